"""French requests, part B: restriction, portability, objection, withdraw_consent,
post_mortem (single right)."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

# ------------------------------------------------------------------ restriction
# NEAR-LINE: "n'utilisez plus ... mais ne les supprimez pas" -> restriction only.
R("fr-res-keep-for-tribunal", ["restriction"], "fr",
  "Frédéric Gauthier <frederic.gauthier@gmail.com>",
  "Mes données - ne pas supprimer",
  "2025-04-02 18:14",
  """Madame,

Je vous demande de ne plus utiliser mes données personnelles, mais surtout de ne pas les supprimer : les comptes-rendus de notre accompagnement pourront m'être utiles dans le cadre de la procédure que j'ai engagée devant le conseil de prud'hommes contre mon ancien employeur.

Merci de les conserver en l'état, sans aucun autre usage, jusqu'à nouvel ordre de ma part.

Frédéric Gauthier"""),

R("fr-res-contest-accuracy", ["restriction"], "fr",
  "Claire Dupuis <claire.dupuis@outlook.fr>",
  "Contestation notes de séance du 3 mars",
  "2025-03-12 12:25",
  """Bonjour Sandra,

Je conteste l'exactitude de ce qui est écrit dans la synthèse de la séance du 3 mars : je n'ai jamais dit que j'envisageais de quitter mon mari, j'ai dit que je m'interrogeais sur notre façon de communiquer. C'est très différent.

En attendant qu'on en parle et que vous vérifiiez, je vous demande de geler l'utilisation de cette synthèse : qu'elle ne serve à rien, ni pour la suite de l'accompagnement ni ailleurs.

Claire""",
  client="outlook", html="alt",
  quote=dict(frm=SANDRA, date="2025-03-10 18:05", subj="Synthèse séance du 3 mars",
             text="""Bonjour Claire,

Voici comme convenu la synthèse écrite de notre séance du 3 mars, avec les pistes de travail pour les prochaines semaines.

Belle soirée,
Sandra"""), refs=0),

R("fr-res-keep-dont-use-be", ["restriction"], "fr-BE",
  "Geneviève Lambert <genevieve.lambert@live.be>",
  "Mon dossier",
  "2025-06-23 08:57",
  """Bonjour Madame,

Je fais une pause dans mon accompagnement pour des raisons personnelles. Gardez mon dossier tel quel, ne l'effacez pas, mais ne vous en servez plus pour quoi que ce soit tant que je ne vous ai pas recontactée.

Je vous remercie de votre compréhension.

Bien à vous,
Geneviève Lambert""",
  client="outlook", cte="b64"),

R("fr-res-dispute-invoice", ["restriction"], "fr",
  "Alain Perret <alain.perret@laposte.net>",
  "Litige - limitation du traitement",
  "2025-09-18 16:40",
  """Madame,

Comme je vous l'ai indiqué par courrier, je conteste la facture de la formation de juillet. Dans l'attente de la résolution de notre litige, je vous demande de limiter le traitement de mes données personnelles : ne les transmettez à personne (ni société de recouvrement, ni autre prestataire) et ne les utilisez pas, tout en les conservant.

Salutations,
Alain Perret""",
  client="thunderbird"),

R("fr-res-informal", ["restriction"], "fr-informal",
  "Lulu <lucie.marty.36@gmail.com>",
  "mon dossier",
  "2025-10-08 00:23",
  """coucou sandra
stp touche plus a mon dossier pour l'instant. l'efface pas non plus hein, je reviendrai surement l'an prochain quand ca ira mieux au boulot, mais la je veux que personne y touche ni s'en serve
merci t'es top
lucie"""),

R("fr-res-swiss-iban", ["restriction"], "fr-CH",
  "Laurent Python <laurent.python@bluewin.ch>",
  "Coordonnées bancaires erronées - limitation",
  "2025-11-26 09:05",
  """Madame,

Les coordonnées bancaires qui figurent dans votre dossier client ne sont pas les miennes (l'IBAN se termine par 4471, ce n'est pas mon compte). Je conteste donc l'exactitude de ces données.

Je vous demande de mettre en pause tout traitement de mes données personnelles, en particulier tout prélèvement, le temps que vous vérifiiez leur exactitude (limitation au sens de l'article 18 RGPD).

Meilleures salutations,
Laurent Python
Avenue de Beaulieu 12, 1004 Lausanne"""),

R("fr-res-set-aside", ["restriction"], "fr",
  "Morgane Leclerc <morgane.leclerc@gmail.com>",
  "Mise en sommeil de mes données",
  "2026-01-28 13:44",
  """Bonjour Sandra,

Je ne veux pas que mes données soient effacées : je compte reprendre le coaching en 2026, quand ma situation sera plus stable. En revanche, d'ici là, je souhaite qu'elles soient simplement mises de côté, sans aucune utilisation.

Est-ce possible de faire comme ça ? Merci de me dire quand c'est en place.

Morgane""",
  html="alt"),

# ------------------------------------------------------------------ portability
R("fr-por-reusable-format", ["portability"], "fr",
  "Hervé Colin <herve.colin@gmail.com>",
  "Récupération de mes données",
  "2025-02-19 11:11",
  """Bonjour,

Pourriez-vous m'envoyer les données que je vous ai fournies (fiche d'inscription, réponses aux questionnaires, historique des séances) dans un format réutilisable, CSV ou Excel par exemple ?

Merci par avance,
Hervé Colin"""),

# NEAR-LINE: transmission directly to another coach = portability; they do not ask to see
# or know what is held, so no access.
R("fr-por-transfer-new-coach", ["portability"], "fr",
  "Camille Rey <camille.rey@gmail.com>",
  "Transfert de mon dossier",
  "2025-05-21 10:02",
  """Bonjour Sandra,

Comme je vous l'ai expliqué, je déménage à Bordeaux et je poursuis mon accompagnement avec une autre coach, Mme Agnès Valade (agnes.valade@coaching-valade.fr).

Pourriez-vous lui transmettre directement, au format numérique, les questionnaires et bilans que j'ai remplis avec vous ? Cela nous éviterait de tout recommencer.

Merci pour ces mois de travail ensemble,
Camille""",
  cc="Agnès Valade <agnes.valade@coaching-valade.fr>"),

R("fr-por-course-exercises", ["portability"], "fr",
  "Séverine Aubert <severine.aubert@orange.fr>",
  "Mes exercices de la formation en ligne",
  "2025-07-29 15:37",
  """Bonjour,

Je voudrais récupérer mes réponses aux exercices de la formation en ligne "Apprivoiser ses émotions" (journal de bord, fiches d'auto-évaluation) dans un fichier exploitable, pour pouvoir les importer dans l'application que j'utilise maintenant.

Un export CSV ou JSON serait parfait.

Cordialement,
Séverine Aubert""",
  client="orange"),

R("fr-por-belgian-json", ["portability"], "fr-BE",
  "Thomas Dubois <thomas.dubois@telenet.be>",
  "Demande de portabilité (art. 20 RGPD)",
  "2025-10-21 20:30",
  """Madame,

Conformément à l'article 20 du RGPD, je vous prie de me transmettre les données personnelles que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine (JSON ou CSV).

Je vous remercie d'avance.

Bien à vous,
Thomas Dubois""",
  client="outlook"),

R("fr-por-informal-app", ["portability"], "fr-informal",
  "Océane <oceane.fournier@hotmail.fr>",
  "export de mes trucs",
  "2026-02-07 18:48",
  """hello sandra

tu pourrais m'exporter mes trucs (mes bilans + mes journaux de gratitude du programme) en fichier que je peux reutiliser ailleurs ? je change d'appli pr mon suivi perso et je voudrais pas tout retaper

merci !!
oceane"""),

# ------------------------------------------------------------------ objection
R("fr-obj-newsletter-simple", ["objection"], "fr",
  "Jacqueline Bertin <jacqueline.bertin@orange.fr>",
  "Newsletter",
  "2025-01-30 09:02",
  """Bonjour,

Merci de me désinscrire de votre newsletter.

Cordialement,
J. Bertin""",
  client="orange"),

# NEAR-LINE: request above a quoted newsletter -> objection (only the new text counts).
R("fr-obj-above-newsletter-link-broken", ["objection"], "fr",
  "Raphaël Simon <raphael.simon@gmail.com>",
  "Re: 🌿 La lettre de Floraison de Soi - octobre",
  "2025-10-06 07:45",
  """Désabonnez-moi s'il vous plaît, le lien en bas du mail ne fonctionne pas (page d'erreur).

R. Simon""",
  quote=dict(frm=CONTACT, date="2025-10-05 08:00",
             subj="🌿 La lettre de Floraison de Soi - octobre",
             text="""Bonjour Raphaël,

Ce mois-ci, je vous parle de l'automne comme saison du lâcher-prise, et je vous propose un petit exercice de respiration à faire le matin.

Au programme des ateliers :
- 18 octobre : "Dire non sans se justifier"
- 8 novembre : cercle de parole "Transitions de vie"

Prenez soin de vous,
Sandra

Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun
Vous ne souhaitez plus recevoir nos e-mails ? Se désinscrire"""), html="alt"),

R("fr-obj-sms-promos", ["objection"], "fr",
  "Nadine Girard <nadine.girard@sfr.fr>",
  "SMS",
  "2025-04-24 12:58",
  """Bonjour,

Je ne veux plus recevoir vos SMS annonçant les promotions et les nouveaux stages. Les rappels de mes rendez-vous, eux, ne me dérangent pas.

Merci,
Nadine Girard""",
  client="thunderbird"),

R("fr-obj-prospection-art21", ["objection"], "fr",
  "Xavier Meunier <xavier.meunier@gmail.com>",
  "Opposition à la prospection commerciale",
  "2025-06-11 10:30",
  """Madame,

En application de l'article 21 du RGPD, je m'oppose à l'utilisation de mes coordonnées (adresse électronique, téléphone, adresse postale) à des fins de prospection commerciale, par vous comme par vos partenaires.

Je vous prie de prendre en compte cette opposition sans délai.

Xavier Meunier"""),

# NEAR-LINE: negation - no erasure asked, only no more promotional mail -> objection only.
R("fr-obj-negation-no-delete", ["objection"], "fr",
  "Isabelle Caron <isabelle.caron@hotmail.fr>",
  "Mails promotionnels",
  "2025-08-21 17:16",
  """Bonjour Sandra,

Je ne vous demande pas de supprimer quoi que ce soit, mon dossier peut rester tel quel au cas où je reprendrais des séances. Je veux simplement ne plus recevoir vos mails promotionnels et vos offres de stages, j'en reçois vraiment beaucoup en ce moment.

Merci de votre compréhension,
Isabelle""",
  html="alt"),

R("fr-obj-informal-stop", ["objection"], "fr-informal",
  "kelly.vasseur <kelly.vasseur@yahoo.fr>",
  "stop",
  "2025-11-30 21:59",
  """arretez de menvoyer vos mails de promo svp jsuis plus interessee du tout, sa fait 3 fois que je demande sur votre facebook
merci""",
  client="yahoo"),

R("fr-obj-liste-diffusion-be", ["objection"], "fr-BE",
  "Martine Peeters <martine.peeters@skynet.be>",
  "Liste de diffusion",
  "2025-03-27 14:03",
  """Bonjour,

Je souhaiterais ne plus figurer sur votre liste de diffusion. J'avais participé à un webinaire il y a deux ans mais je ne suis plus intéressée par vos offres.

Je vous remercie d'avance, et vous souhaite une bonne continuation.

Martine Peeters"""),

R("fr-obj-quebec-courriels", ["objection"], "fr-CA",
  "Sylvain Côté <sylvain.cote@videotron.ca>",
  "Retrait de la liste d'envoi",
  "2025-12-11 19:34",
  """Bonjour,

S'il vous plaît, retirez-moi de votre liste d'envoi. Je reçois vos courriels trois fois par semaine et c'est vraiment trop pour moi.

Merci et joyeuses Fêtes,
Sylvain Côté"""),

# NEAR-LINE: satisfaction surveys rely on legitimate interest for clients; opposing them
# is objection.
R("fr-obj-surveys", ["objection"], "fr",
  "Hélène Prévost <helene.prevost@gmail.com>",
  "Enquêtes de satisfaction",
  "2025-07-16 08:26",
  """Bonjour,

Je reçois régulièrement vos enquêtes de satisfaction et vos sondages sur les futurs ateliers. Je m'oppose à ce que mes coordonnées et mes données soient utilisées pour ces enquêtes : merci de ne plus me solliciter.

Cordialement,
Hélène Prévost"""),

# NEAR-LINE: opposing the reuse of his number for invitations and new groups after the
# contract ended (legitimate-interest follow-up) -> objection.
R("fr-obj-groups-next-sessions", ["objection"], "fr",
  "Didier Royer <didier.royer@free.fr>",
  "Groupes WhatsApp / Facebook",
  "2026-03-17 20:05",
  """Bonsoir Sandra,

Deux fois déjà, mon numéro a été ajouté aux groupes WhatsApp des sessions suivantes alors que je ne m'étais inscrit qu'à la première. Je m'oppose à ce que mes coordonnées soient réutilisées pour m'ajouter à de nouveaux groupes ou m'envoyer des invitations aux prochaines sessions.

Bonne soirée,
Didier""",
  client="thunderbird"),

# ------------------------------------------------------------------ withdraw_consent
# NEAR-LINE: withdrawing a testimonial is withdraw_consent only (no erasure of all data).
R("fr-wc-testimonial-site", ["withdraw_consent"], "fr",
  "Corinne Blanc <corinne.blanc@gmail.com>",
  "Mon témoignage sur votre site",
  "2025-02-04 13:27",
  """Bonjour Sandra,

Il y a deux ans je vous avais donné mon accord pour publier mon témoignage sur votre site et votre page de formation. Ma situation professionnelle a changé et je préfère que mon histoire ne soit plus visible.

Je souhaite donc retirer mon témoignage. Merci de le retirer du site et de Systeme.io.

Avec toute ma gratitude pour ce que nous avons fait ensemble,
Corinne"""),

R("fr-wc-group-photo-instagram", ["withdraw_consent"], "fr",
  "Amandine Roussel <amandine.roussel@gmail.com>",
  "Photo de groupe Instagram",
  "2025-05-12 08:49",
  """Bonjour,

J'apparais sur la photo de groupe de l'atelier du 26 avril que vous avez publiée sur Instagram et Facebook. J'avais signé l'autorisation sur place, mais je retire mon accord : mon employeur suit votre page et je ne souhaite pas qu'il voie cette photo.

Merci de la retirer ou de me flouter.

Amandine Roussel""",
  html="alt"),

R("fr-wc-video-sales-page", ["withdraw_consent"], "fr",
  "Yannick Bouvier <yannick.bouvier@orange.fr>",
  "Vidéo témoignage",
  "2025-08-06 11:55",
  """Bonjour Sandra,

Merci de retirer la vidéo où je témoigne sur la page de présentation de votre formation. Je ne suis plus d'accord pour qu'elle soit diffusée.

Cordialement,
Yannick""",
  client="orange"),

# NEAR-LINE: withdrawing the health-data consent while continuing the sessions; the "no
# further use" is the effect of the withdrawal, not a separate restriction request.
R("fr-wc-health-consent", ["withdraw_consent"], "fr",
  "Sandrine Noël <sandrine.noel@laposte.net>",
  "Retrait de consentement - données de santé",
  "2025-09-24 10:12",
  """Madame,

Lors de la signature du contrat d'accompagnement, j'avais coché la case autorisant la collecte de mes données de santé. Je retire aujourd'hui ce consentement.

Je souhaite poursuivre les séances, mais sans que ces informations soient utilisées ni de nouveau collectées.

Sandrine Noël""",
  client="thunderbird"),

R("fr-wc-webinar-replay", ["withdraw_consent"], "fr",
  "Julien Arnaud <julien.arnaud@gmail.com>",
  "Replay du webinaire du 12",
  "2025-11-14 09:40",
  """Bonjour,

J'ai pris la parole pendant le webinaire du 12 novembre et j'apparais à l'écran pendant une dizaine de minutes. Je retire mon consentement à l'enregistrement : je ne souhaite plus apparaître dans le replay mis à disposition des inscrits.

Merci de couper ce passage ou de masquer ma vidéo.

Julien Arnaud"""),

R("fr-wc-questionnaire-book", ["withdraw_consent"], "fr",
  "Monique Leroy <monique.leroy@wanadoo.fr>",
  "Utilisation de mes réponses au questionnaire",
  "2026-01-06 15:18",
  """Bonjour Sandra,

L'an dernier j'avais accepté que mes réponses au questionnaire sur la charge mentale soient utilisées, de façon anonyme, pour le livre que vous préparez. Après réflexion, je reviens sur cet accord : je préfère qu'elles ne soient pas utilisées.

Je ne vous en veux pas du tout, c'est un choix personnel.

Bonne année à vous,
Monique""",
  client="orange"),

# NEAR-LINE: "enleve ma photo" about a photo she agreed to -> withdraw_consent only.
R("fr-wc-informal-photo", ["withdraw_consent"], "fr-informal",
  "Alex <alex.moulin.berry@gmail.com>",
  "photo",
  "2025-07-02 22:31",
  """sandra stp enleve ma photo sur ton site, celle du stage en foret de tronçais. javais dit oui sur le coup mais jveux plus qu'elle y soit
merci"""),

# ------------------------------------------------------------------ post_mortem
R("fr-pm-daughter-erase", ["post_mortem"], "fr",
  "Catherine Vidal <catherine.vidal@gmail.com>",
  "Décès de ma mère, Mme Odette Vidal",
  "2025-03-06 10:20",
  """Madame,

J'ai le regret de vous informer du décès de ma mère, Odette Vidal, survenue le 14 février dernier. Elle avait participé à plusieurs de vos ateliers et était abonnée à votre lettre d'information.

En tant que fille et héritière, je vous demande de supprimer l'ensemble des données la concernant. Vous trouverez ci-joint l'acte de décès.

Avec mes remerciements,
Catherine Vidal""",
  att=[dict(name="acte_de_deces_Odette_Vidal.pdf", kind="pdf",
            text="EXTRAIT D'ACTE DE DECES\nVIDAL Odette, nee Brunet\nDecedee le 14 fevrier 2025 a Issoudun")]),

# NEAR-LINE: an heir asking for a copy of the deceased's notes is post_mortem only, not access.
R("fr-pm-son-copy-notes", ["post_mortem"], "fr",
  "Nicolas Garnier <nicolas.garnier@hotmail.fr>",
  "Dossier de mon père, Michel Garnier",
  "2025-06-16 18:02",
  """Bonjour Madame Delomenie,

Mon père, Michel Garnier, est décédé le mois dernier. Il nous avait dit qu'il vous consultait depuis sa retraite et que ces séances lui faisaient beaucoup de bien.

Ma sœur et moi aimerions, si c'est possible, obtenir une copie des notes ou des écrits qu'il avait produits pendant son accompagnement. Nous sommes ses seuls héritiers ; je peux vous fournir l'acte de décès et l'attestation du notaire.

Merci de votre écoute,
Nicolas Garnier""",
  client="outlook", html="alt"),

# NEAR-LINE: a widow asking to remove her husband's testimonial is post_mortem only,
# not withdraw_consent.
R("fr-pm-widow-video", ["post_mortem"], "fr",
  "Françoise Michaud <francoise.michaud@orange.fr>",
  "La vidéo de mon mari",
  "2025-09-03 14:47",
  """Bonjour Sandra,

Vous vous souvenez sans doute de Jacques, qui avait témoigné en vidéo pour votre formation. Il nous a quittés le 2 août.

Je tombe encore sur sa vidéo quand je vais sur votre site, et c'est trop dur pour moi. Pourriez-vous la retirer ? Je vous en serais très reconnaissante.

Françoise Michaud""",
  client="orange"),

R("fr-pm-notary", ["post_mortem"], "fr",
  "Étude Rollin - Notaires <office.rollin@notaires.fr>",
  "Succession de Mme Yvette CHAUVIN - Réf. 2025/0417/BR",
  "2025-10-09 11:30",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Yvette CHAUVIN, décédée à Issoudun le 28 juillet 2025, qui était, selon les documents retrouvés, cliente de votre entreprise.

Nous vous remercions de bien vouloir nous indiquer si des sommes restent dues par ou à la défunte, de nous préciser la nature des données personnelles la concernant que vous détenez, et de procéder ensuite à leur suppression à la demande des héritiers.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Bernard Rollin,
Virginie Hamel, clerc de notaire
Office notarial Rollin - 3 place du 10 juin - 36100 Issoudun""",
  client="outlook",
  att=[dict(name="Acte_notoriete_CHAUVIN_extrait.pdf", kind="pdf",
            text="Office notarial Rollin\nSuccession CHAUVIN Yvette\nExtrait de l'acte de notoriete")]),

# NEAR-LINE: a brother unsubscribing his deceased sister from the newsletter is post_mortem
# only, not objection.
R("fr-pm-brother-newsletter", ["post_mortem"], "fr",
  "Pierre Lacombe <pierre.lacombe@free.fr>",
  "Sabine Lacombe",
  "2025-12-01 09:15",
  """Bonjour,

Ma sœur Sabine Lacombe est décédée en octobre. Je m'occupe de ses papiers et de sa boîte mail, et je continue de recevoir votre newsletter à son nom.

Merci de la retirer de votre liste et de ne plus rien envoyer à son adresse (sabine.lacombe@free.fr).

Pierre Lacombe""",
  client="thunderbird"),

R("fr-pm-own-directives", ["post_mortem"], "fr",
  "Josette Renard <josette.renard@orange.fr>",
  "Mes directives pour après mon décès",
  "2025-04-28 16:05",
  """Bonjour Sandra,

Comme nous en avons parlé lors de notre dernière séance, j'ai rédigé mes directives concernant mes données personnelles après mon décès, dans l'esprit de ce que prévoit votre politique de confidentialité.

En résumé : je souhaite que toutes mes données soient effacées à mon décès, sauf mon témoignage écrit, que ma fille Céline pourra conserver si elle le souhaite. Le document signé est en pièce jointe.

Merci de le garder précieusement,
Josette""",
  client="orange",
  att=[dict(name="Directives_post_mortem_J_Renard.docx", kind="docx",
            text="Directives relatives a mes donnees personnelles apres mon deces\nJe soussignee Josette Renard...\nEffacement de toutes mes donnees\nException : mon temoignage ecrit, remis a ma fille Celine Renard")]),

R("fr-pm-own-directives-be", ["post_mortem"], "fr-BE",
  "Anne Janssens <anne.janssens@skynet.be>",
  "Directives en cas de décès",
  "2025-07-22 10:58",
  """Bonjour Madame,

J'ai 74 ans et je mets de l'ordre dans mes affaires. Je vous informe qu'en cas de décès, j'autorise mon mari, Marc Janssens, à accéder à mon dossier et à décider de ce qu'il en adviendra.

Pourriez-vous noter cette directive dans mon dossier ?

Bien à vous,
Anne Janssens""",
  client="thunderbird"),

# NEAR-LINE: husband of a deceased client asking to close her account and stop payments:
# post_mortem, whatever is asked.
R("fr-pm-husband-close", ["post_mortem"], "fr",
  "Gilles Perrot <gilles.perrot@gmail.com>",
  "Compte de ma femme, Véronique Perrot",
  "2026-02-02 08:36",
  """Bonjour,

Ma femme Véronique est décédée le 20 janvier. Elle était abonnée à votre programme mensuel.

Pouvez-vous fermer son compte et arrêter les prélèvements sur sa carte ? Je n'ai pas ses identifiants. Et faites ce qu'il faut pour ses données, je ne sais pas trop ce qui se fait dans ces cas-là.

Merci,
Gilles Perrot""",
  html="alt"),

# NEAR-LINE: a relative asking what to do about a deceased aunt's data -> post_mortem.
R("fr-pm-informal-niece", ["post_mortem"], "fr-informal",
  "Laura D. <laura.dufour85@gmail.com>",
  "ma tante",
  "2025-11-07 20:41",
  """bonjour

ma tante Monique Dufour est decedee le mois dernier, elle allait a vos ateliers le samedi je crois. elle avait un compte chez vous pour des cours en ligne aussi.
faut faire quoi pour ses donnees ? je voudrais que tout soit fermé proprement, c moi qui gere ses affaires

merci d'avance
laura"""),

R("fr-pm-swiss-son-materials", ["post_mortem"], "fr-CH",
  "Marc-Antoine Bonvin <marc-antoine.bonvin@bluewin.ch>",
  "Journal de ma mère - formation en ligne",
  "2026-03-24 17:12",
  """Madame,

Ma mère, Liliane Bonvin, est décédée en février. Elle suivait votre formation en ligne et y tenait un journal de gratitude, dont elle nous parlait souvent.

Serait-il possible de nous transmettre ce journal et ses écrits dans un fichier, afin que nous puissions les garder en souvenir ? Je peux vous faire parvenir l'acte de décès et le certificat d'héritier.

Avec mes remerciements et mes meilleures salutations,
Marc-Antoine Bonvin
Sion"""),
]
