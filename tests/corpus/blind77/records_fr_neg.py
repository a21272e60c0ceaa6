# French hard negatives — theme: third parties and go-betweens.
from rec import R

SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}
RECORDS = [
# ---------------- relatives / colleagues about another living adult ----------------
R("fr-neg-mari-donnees-epouse", "", "Serge Lambert <serge.lambert@orange.fr>",
  "Données de ma femme",
  """Bonjour,

Ma femme Nathalie a fait plusieurs séances avec vous. Je voudrais savoir ce qu'elle vous a raconté et recevoir une copie de ses fiches, je pense que j'y ai droit en tant que mari.

Serge Lambert"""),
# NEAR-LINE: spouse asks for another living adult's data -> negative.
R("fr-neg-mere-fils-majeur", "", "Françoise Delorme <francoise.delorme@wanadoo.fr>",
  "Mon fils Adrien",
  """Madame,

Mon fils Adrien, 24 ans, vous consulte depuis quelques mois. Il ne va pas bien et ne nous dit rien. Pourriez-vous supprimer son dossier ? Je pense que ces séances lui font plus de mal que de bien.

Françoise Delorme"""),
# NEAR-LINE: parent of an adult child -> another living adult -> negative.
R("fr-neg-assistante-paraphrase", "", "Nadia Ferreira <n.ferreira@groupe-altis.fr>",
  "Dossier de M. Castel",
  """Bonjour,

Je suis l'assistante de M. Castel, directeur commercial. Il aimerait que vous retiriez ses coordonnées de vos listes ; pouvez-vous me confirmer quand ce sera fait ?

Bien cordialement,
Nadia Ferreira
Assistante de direction - Groupe Altis""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
# NEAR-LINE: assistant paraphrasing her boss, no mandate and not his words -> colleague asking about another adult -> negative.
R("fr-neg-rh-presence-salarie", "", "Service RH - Transports Ribot <rh@transports-ribot.fr>",
  "Présence de M. Kaci à la formation",
  """Bonjour Madame,

M. Samir Kaci, salarié de notre entreprise, était inscrit à votre formation « Gestion du stress » des 3 et 4 avril. Pouvez-vous nous transmettre la feuille d'émargement et ses résultats à l'évaluation finale ?

Cordialement,
Service des ressources humaines"""),
R("fr-neg-rh-liste-participants", "", "Audrey Picard - RH <audrey.picard@menuiserie-dubreuil.fr>",
  "Export des participants de la session de juin",
  """Bonjour Sandra,

Pourriez-vous m'envoyer l'export de la liste des participants de notre session intra de juin (noms, présence) pour le bilan OPCO ? Le format Excel ira très bien.

Merci,
Audrey Picard
Responsable RH - Menuiserie Dubreuil""", html="alt"),
R("fr-neg-collegue-corrige-nom", "", "Mickaël Brun <mickael.brun@cc-champagne-berrichonne.fr>",
  "Nom de ma collègue sur l'attestation",
  """Bonjour,

Sur l'attestation de formation de ma collègue Véronique Pelletier, son nom est écrit Peltier. Pouvez-vous la corriger ? Elle est en congés et m'a demandé de m'en occuper quand j'aurais un moment.

Mickaël Brun"""),
# NEAR-LINE: colleague asks correction of another living adult's data, paraphrased -> negative.
R("fr-neg-fille-mere-vivante-desabo", "", "Pauline Guillot <pauline.guillot@gmail.com>",
  "Newsletter de ma mère",
  """Bonjour,

Ma mère reçoit votre newsletter et ne sait pas comment se désinscrire. Pourriez-vous la retirer ? Son adresse est monique.guillot@orange.fr. Elle ne lit pas ses mails de toute façon.

Pauline"""),
# NEAR-LINE: unsubscribing a living adult parent, paraphrased -> negative.
R("fr-neg-ex-mari-acces", "", "Ludovic Gaillard <ludo.gaillard@free.fr>",
  "Séances de mon ex-femme",
  """Madame,

Mon ex-femme prétend devant le JAF qu'elle suit un coaching chez vous pour sa « reconstruction ». J'aimerais savoir si c'est vrai et depuis quand. Je peux vous faire parvenir le numéro de procédure.

Ludovic Gaillard"""),
R("fr-neg-avocat-partie-adverse", "", "Me Isabelle Rocher <i.rocher@rocher-avocats.fr>",
  "Affaire Bertin c/ Bertin - communication de pièces",
  """Madame,

Je suis le conseil de M. Fabrice Bertin dans la procédure de divorce qui l'oppose à son épouse, Mme Laure Bertin, que vous avez accompagnée en 2025.

Je vous saurais gré de bien vouloir me communiquer les comptes-rendus de séances de Mme Bertin, utiles à la défense des intérêts de mon client.

Isabelle Rocher""", cte="qp"),
# NEAR-LINE: lawyer without the data subject's mandate (opposing party) -> negative.
R("fr-neg-ami-nouvelle-adresse", "", "Christine Marty <christine.marty@laposte.net>",
  "Pour Josiane",
  """Coucou Sandra,

Josiane (de l'atelier du jeudi) a déménagé, elle m'a dit qu'elle ne recevait plus tes invitations. Je crois que c'est le 4 rue Pasteur maintenant mais je ne suis pas sûre. Tu peux voir avec elle ?

Bises,
Christine"""),
R("fr-neg-soeur-vivante-temoignage", "", "Aurélie Masson <aurelie.masson@gmail.com>",
  "Le témoignage de ma soeur",
  """Bonjour,

Je trouve que le témoignage de ma soeur Cécile sur votre site la montre sous un mauvais jour. Vous devriez l'enlever. Je ne lui en ai pas parlé.

Aurélie"""),
R("fr-neg-question-epoux-droit", "", "Hugo Mercier <hugo.mercier@outlook.fr>",
  "Question",
  """Bonjour,

Est-ce que je peux demander à votre place... pardon, est-ce que j'ai le droit de demander l'accès au dossier de ma compagne si elle est d'accord, ou faut-il qu'elle le fasse elle-même ?

Merci,
Hugo"""),
# ---------------- questions about how a right works ----------------
R("fr-neg-question-duree-conservation", "", "Aline Renaud <aline.renaud@gmail.com>",
  "Durée de conservation",
  """Bonjour Sandra,

Par curiosité, combien de temps conservez-vous les notes de séance après la fin d'un accompagnement ? Je n'ai rien à demander, je me posais juste la question.

Aline"""),
R("fr-neg-question-heritier", "", "Mathilde Granger <mathilde.granger@orange.fr>",
  "Question sur les données après décès",
  """Bonjour,

Je prépare mes papiers avec mon notaire. Est-ce que mes enfants pourront accéder à mon dossier chez vous après ma mort, ou faut-il que je laisse des instructions ? Je n'ai pas encore décidé ce que je veux.

Mathilde Granger"""),
# NEAR-LINE: asks how post-mortem directives work, leaves none -> negative.
R("fr-neg-question-droit-effacement", "", "Lucas Bertrand <lucas.bertrand@free.fr>",
  "ai-je le droit",
  """bonjour, ai-je le droit de demander la suppression de mes notes de séance si je suis encore en cours d'accompagnement ? merci"""),
R("fr-neg-question-tuteur", "", "Josiane Rivière - Mandataire judiciaire <j.riviere.mjpm@gmail.com>",
  "Information préalable",
  """Madame,

Je suis mandataire judiciaire à la protection des majeurs. Une personne que je suis souhaite s'inscrire à vos ateliers. Pourriez-vous m'indiquer quelles données vous collectez et à qui elles sont transmises, afin que je puisse l'informer avant toute inscription ?

Josiane Rivière"""),
# NEAR-LINE: general information question before any registration -> negative.
# ---------------- thank-yous above handled requests ----------------
R("fr-neg-merci-suppression", "", "Véronique Charpentier <veronique.charpentier@gmail.com>",
  "Re: Votre demande de suppression",
  """Merci beaucoup Sandra pour votre réactivité, c'est parfait.

Véronique""",
  q="""Bonjour Véronique,

Comme demandé, j'ai supprimé l'ensemble de vos données de mes fichiers et de la plateforme Systeme.io. Seules les factures sont conservées pour la durée légale.

Bien à vous,
Sandra

Le 3 oct. 2025, Véronique Charpentier a écrit :
> Bonjour, merci de supprimer toutes mes données.""", qs="gmail"),
R("fr-neg-merci-notaire", "", "Office notarial Mes Perrot & Lagarde <succession@perrot-lagarde.notaires.fr>",
  "RE: Succession de M. Gérard Aubineau - Réf. 2025/0417/ML",
  """Madame,

Nous accusons bonne réception de votre envoi et vous en remercions. Le dossier est complet.

Bien cordialement,
Marion Lagarde""",
  q="""Maître,

Suite à votre courrier, veuillez trouver ci-joint les documents concernant M. Aubineau. Aucune somme n'est due.

Sandra Delomenie""", qs="outlook", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
R("fr-neg-merci-parent", "", "Laurence Hébrard <laurence.hebrard@gmail.com>",
  "Re: Ma fille Inès, 15 ans - ce que vous avez sur elle",
  """Bien reçu, merci Sandra ! Inès vous embrasse.""",
  q="""Bonjour Laurence,

Voici en pièce jointe la copie du dossier d'Inès : fiche d'inscription, deux questionnaires et le bilan de fin de cycle.

Belle soirée,
Sandra

Le 2 juin 2025, Laurence Hébrard a écrit :
> Pouvez-vous m'envoyer une copie de ce que vous avez noté sur elle ?""", qs="apple"),
R("fr-neg-merci-desabo", "", "Hervé Lacombe <herve.lacombe@gmail.com>",
  "Re: Votre désinscription",
  """ok merci c bon je ne reçois plus rien""",
  q="""Bonjour Hervé, c'est fait, vous ne recevrez plus mes emails promotionnels. Belle journée, Sandra""", qs="gmail"),
# ---------------- cancellations / logistics with trigger words ----------------
R("fr-neg-assistante-annule-rdv", "", "Nadia Ferreira <n.ferreira@groupe-altis.fr>",
  "Annulation rdv M. Castel du 14/03",
  """Bonjour,

M. Castel ne pourra pas honorer son rendez-vous de vendredi 14h. Pouvez-vous supprimer ce créneau et lui en proposer un autre la semaine suivante ?

Nadia Ferreira
Assistante de direction""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
R("fr-neg-mari-annule-atelier", "", "Jacques Fleury <jacques.fleury@orange.fr>",
  "Atelier de samedi",
  """Bonjour, ma femme Odette est grippée, elle ne viendra pas samedi à l'atelier. Pouvez-vous annuler son inscription et la rembourser si c'est possible ? Merci. J. Fleury"""),
R("fr-neg-reception-acces-salle", "", "Accueil Maison des Associations <accueil.mda@issoudun.fr>",
  "Accès salle 3 - samedi",
  """Bonjour Madame Delomenie,

Pour votre atelier de samedi en salle 3, le badge d'accès sera à retirer à l'accueil vendredi avant 17h. Merci de bien effacer le tableau blanc et de fermer les fenêtres en partant.

L'accueil de la Maison des Associations""", to="o"),
R("fr-neg-colis-retirer", "", "Colissimo <ne-pas-repondre@notif-colissimo.laposte.info>",
  "Votre colis vous attend en point retrait",
  """Bonjour,

Votre colis n° 6A21458877412 est disponible en point de retrait :
Tabac-Presse du Beffroi, 2 place du 10 juin, 36100 Issoudun.

Vous pouvez le retirer jusqu'au 24/04 muni d'une pièce d'identité ou du code 5521.

La Poste - Colissimo""", hdr=AUTO, html="only"),
R("fr-neg-entreprise-copie-facture", "", "Comptabilité SARL Plessis <compta@sarl-plessis.fr>",
  "Copie de facture formation",
  """Bonjour,

Pourriez-vous nous renvoyer une copie de la facture FA-2025-042 (formation de nos deux salariées) ? Notre expert-comptable ne la retrouve pas.

Merci,
Service comptabilité""", cte="qp"),
R("fr-neg-opco-attestation", "", "OPCO EP - Gestion <ne-pas-repondre@opcoep.fr>",
  "Dossier 2025-36-00412 : pièces manquantes",
  """Madame,

Le dossier de prise en charge n° 2025-36-00412 est incomplet. Merci de déposer sur votre espace les attestations d'assiduité et la facture acquittée.

OPCO EP""", hdr=AUTO),
R("fr-neg-corriger-document-support", "", "Hélène Roy <helene.roy@gmail.com>",
  "Support de formation - coquille",
  """Bonjour Sandra,

Petite coquille dans le support PDF du module 3, page 12 : « consentement éclairé » est écrit « consentement éclairer ». Peut-être à corriger pour la prochaine session ? Super formation sinon !

Hélène"""),
R("fr-neg-rgpd-sujet-formation", "", "Marc Lenoir <marc.lenoir@cabinet-infirmier-lenoir.fr>",
  "Formation RGPD pour un cabinet infirmier ?",
  """Bonjour,

Proposez-vous un module sur le RGPD et le consentement des patients pour les soignants libéraux ? Nous sommes quatre infirmières et un kiné intéressés. Il s'agit de comprendre le droit d'accès et d'effacement des patients.

Marc Lenoir"""),
R("fr-neg-s-opposer-conflit", "", "Delphine Arnaud <delphine.arnaud@gmail.com>",
  "Question pour la prochaine séance",
  """Bonjour Sandra,

Pour notre séance de mardi : j'aimerais travailler sur ma difficulté à m'opposer à ma belle-mère sans culpabiliser. Elle veut toujours tout contrôler, y compris l'accès à nos comptes... Je vous raconterai.

Delphine"""),
R("fr-neg-export-agenda", "", "Florian Marchand <florian.marchand@gmail.com>",
  "Export agenda des ateliers",
  """Bonjour, est-ce que vous avez un export .ics ou un lien Google Agenda avec les dates des ateliers 2026 ? Ce serait pratique pour ma femme et moi. Merci !"""),
R("fr-neg-mes-informations-inscription", "", "Yasmine Bensaïd <yasmine.bensaid@hotmail.fr>",
  "Inscription stage d'été",
  """Bonjour,

Voici mes informations pour l'inscription au stage d'été : Yasmine Bensaïd, 31 ans, 12 rue Gambetta 18000 Bourges, 06 12 54 78 33. Végétarienne. Je vous envoie l'acompte par virement.

Yasmine"""),
R("fr-neg-consentement-donne", "", "Rachel Dubois <rachel.dubois@orange.fr>",
  "Autorisation témoignage",
  """Bonjour Sandra,

Oui avec plaisir, vous pouvez publier mon témoignage et la photo sur le site et Facebook. J'ai signé le formulaire, je le joins.

Rachel""", att=[("pdf", "autorisation_temoignage_Dubois.pdf", "Autorisation de publication de temoignage - Rachel Dubois - accord")]),
R("fr-neg-parent-consent-photos", "", "Sébastien Hervé <sebastien.herve@gmail.com>",
  "Autorisation photos Lina",
  """Bonjour, je vous confirme que nous sommes d'accord pour que Lina apparaisse sur les photos de l'atelier enfants. Bonne journée. S. Hervé"""),
R("fr-neg-mot-de-passe", "", "Bernard Coste <bernard.coste@laposte.net>",
  "Je n'arrive plus à accéder à mon espace",
  """Bonjour,

Je n'arrive plus à me connecter à mon espace de formation, le mot de passe ne marche plus et je ne reçois pas le mail de réinitialisation. Ma fille a essayé aussi sans succès.

Bernard Coste"""),
R("fr-neg-fermer-compte-seul", "", "Lisa Moulin <lisa.moulin@gmail.com>",
  "Fermer mon compte",
  """Bonjour, pouvez-vous fermer mon compte sur la plateforme ? Je ne m'en sers plus. Merci, Lisa"""),
# NEAR-LINE: close account alone, no data mentioned -> negative.
R("fr-neg-resilier-abonnement", "", "Jérôme Pichon <jerome.pichon@free.fr>",
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à la fin du mois. Merci de ne plus prélever à partir de mai.

J. Pichon"""),
R("fr-neg-epouse-resilie-mari", "", "Monique Vasseur <monique.vasseur@orange.fr>",
  "Abonnement de mon mari",
  """Bonjour,

Mon mari Daniel est hospitalisé pour plusieurs semaines. Pouvez-vous suspendre son abonnement aux séances en attendant ? Il vous recontactera à sa sortie.

Monique Vasseur"""),
# ---------------- CNIL ----------------
R("fr-neg-copie-plainte-cnil", "", "Romain Delpech <romain.delpech@proton.me>",
  "Copie de ma plainte à la CNIL",
  """Madame,

Pour information, je vous transmets copie de la plainte que je viens de déposer auprès de la CNIL, faute de réponse satisfaisante de votre part.

R. Delpech""",
  q="""Plainte n° 25-0412377
Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
Objet : réception de courriels de prospection sans consentement, absence de réponse sur l'origine des données.
Date de dépôt : 12/09/2025""", qs="fwd_fr", qf="CNIL <ne-pas-repondre@cnil.fr>", qto="romain.delpech@proton.me", qsub="Accusé de réception de votre plainte"),
R("fr-neg-cnil-courrier-instruction", "", "CNIL - Service des plaintes <plaintes@cnil.fr>",
  "Plainte n° 25-0412377 - Floraison de Soi",
  """Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte relative à l'exercice des droits d'une personne auprès de votre organisme. Nous vous remercions de nous indiquer, sous un mois, les suites que vous avez réservées à cette demande.

Le service des plaintes""", cte="qp"),
R("fr-neg-ami-conseille-cnil", "", "Benoît Lacroix <benoit.lacroix@gmail.com>",
  "TR: ma plainte CNIL",
  """Sandra, je te fais suivre pour info ce que mon beau-frère a envoyé à la CNIL contre une autre coach (pas toi !). Tu devrais peut-être vérifier tes mentions légales, je dis ça en ami.
Benoît""",
  q="""Madame, Monsieur,
Je souhaite déposer une réclamation contre la société Coaching Horizon qui refuse d'effacer mes données malgré trois relances.
Thierry Bonnet""", qs="fwd_fr", qf="Thierry Bonnet <thierry.bonnet@yahoo.fr>", qto="plaintes@cnil.fr", qsub="Réclamation"),
# ---------------- auto-replies ----------------
R("fr-neg-autoreply-conges", "", "Valérie Jourdain <v.jourdain@cabinet-mareuil.fr>",
  "Réponse automatique : Rendez-vous Bilan M. Mareuil",
  """Bonjour,

Je suis absente jusqu'au 25 août inclus. Pour toute urgence, merci de contacter l'accueil au 02 54 03 12 00.

Valérie Jourdain""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk", "X-Mailer": "Microsoft Outlook 16.0"}),
R("fr-neg-autoreply-rgpd-mairie", "", "Mairie d'Issoudun <ne-pas-repondre@mairie-issoudun.fr>",
  "Accusé de réception automatique",
  """Votre message a bien été reçu par les services de la Ville d'Issoudun.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition sur vos données, que vous pouvez exercer auprès de notre délégué à la protection des données : dpo@mairie-issoudun.fr.

Ceci est un message automatique, merci de ne pas y répondre.""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}, html="alt"),
R("fr-neg-autoreply-avocat", "", "Cabinet Ferrand Avocats <contact@ferrand-avocats.fr>",
  "Réponse automatique",
  """Le cabinet est fermé du 22 décembre au 2 janvier. Votre message sera traité à notre retour. En cas d'urgence, merci de contacter Me Ferrand au 06 98 44 21 07.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
# ---------------- bounces ----------------
R("fr-neg-bounce-orange", "", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Échec de la remise : adresse introuvable",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<laurent.dufour36@orange.fr> : adresse inconnue.

Ceci est un message automatique.""", kind="bounce", bounce_to="laurent.dufour36@orange.fr", bounce_subject="Confirmation de suppression de vos données", hdr=AUTO, to="o"),
R("fr-neg-bounce-ovh", "", "Mail Delivery System <MAILER-DAEMON@mx1.mail.ovh.net>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.mail.ovh.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<c.pelletier@ancien-employeur.fr>: host mx.ancien-employeur.fr said:
550 5.1.1 User unknown""", kind="bounce", bounce_to="c.pelletier@ancien-employeur.fr", bounce_subject="Votre attestation de formation", hdr=AUTO, to="c"),
# ---------------- platform notifications ----------------
R("fr-neg-stripe-paiement", "", "Stripe <notifications@stripe.com>",
  "Paiement de 180,00 € reçu de Claire Bonnefoy",
  """Vous avez reçu un paiement de 180,00 €.

Client : claire.bonnefoy@gmail.com
Description : Parcours Renaissance - acompte
Virement prévu sur votre compte le 14 mars.

Voir le paiement dans le Dashboard.""", hdr=AUTO, html="only"),
R("fr-neg-systemeio-nouveau-contact", "", "Systeme.io <no-reply@systeme.io>",
  "Nouveau contact ajouté à votre liste « Newsletter »",
  """Bonjour Sandra,

Un nouveau contact s'est inscrit via le formulaire « Ebook gratuit : 7 clés pour s'affirmer » :
- Email : lucie.fournial@gmail.com
- Tag : ebook-affirmation

L'équipe Systeme.io""", hdr=AUTO, html="alt"),
R("fr-neg-systemeio-suppression-contact", "", "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désinscrit",
  """Bonjour Sandra,

Le contact sylvain.perret@free.fr s'est désinscrit de toutes vos campagnes via le lien de désinscription.

Aucune action n'est requise de votre part.""", hdr=AUTO),
# NEAR-LINE: platform reports an unsubscribe already done automatically -> notification, not a request.
R("fr-neg-calendly-annulation", "", "Calendly <notifications@calendly.com>",
  "Annulé : Séance découverte (30 min) avec Paul Renard",
  """Bonjour Sandra Delomenie,

Le rendez-vous ci-dessous a été annulé.

Invité : Paul Renard
Email de l'invité : paul.renard@gmail.com
Date : jeudi 9 octobre 2025, 10:00 - 10:30 (Europe/Paris)
Annulé par : Secrétariat Renard (assistante)
Motif : « Empêchement de M. Renard, il reprendra contact. »""", hdr=AUTO, html="alt"),
R("fr-neg-zoom-enregistrement", "", "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion « Cercle en ligne - mars » est maintenant disponible.

Partager l'enregistrement avec les participants
Les enregistrements sont conservés 30 jours puis supprimés automatiquement.""", hdr=AUTO, html="only"),
R("fr-neg-qonto-virement", "", "Qonto <no-reply@qonto.com>",
  "Virement reçu : 240,00 €",
  """Un virement de 240,00 € a été crédité sur votre compte.
Émetteur : SARL PLESSIS
Référence : FA-2025-042""", hdr=AUTO),
R("fr-neg-urssaf-echeance", "", "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires",
  """Madame Delomenie,

Votre déclaration de chiffre d'affaires du 2e trimestre est à effectuer avant le 31 juillet sur autoentrepreneur.urssaf.fr.

Pour accéder à votre espace, connectez-vous avec vos identifiants habituels.""", hdr=AUTO),
R("fr-neg-paypal-litige", "", "PayPal <service@paypal.fr>",
  "Un client a ouvert un litige",
  """Bonjour Sandra Delomenie,

Jacques Fleury a ouvert un litige concernant un paiement de 45,00 EUR (atelier du samedi). Merci de répondre dans les 10 jours.""", hdr=AUTO, html="alt"),
R("fr-neg-brevo-rapport", "", "Brevo <no-reply@brevo.com>",
  "Rapport de campagne : La lettre de Floraison de Soi - Mars",
  """Votre campagne a été envoyée à 412 contacts.
Taux d'ouverture : 48,3 %
Désinscriptions : 3
Plaintes pour spam : 0""", hdr=AUTO, html="only"),
R("fr-neg-google-securite", "", "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

Votre compte Google a été utilisé pour vous connecter sur un nouvel appareil. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.""", hdr=AUTO, html="alt"),
R("fr-neg-facebook-groupe-demande", "", "Facebook <notification@facebookmail.com>",
  "Martine Ragot a demandé à rejoindre Les Floraisons - groupe privé",
  """Martine Ragot a demandé à rejoindre votre groupe Les Floraisons - groupe privé.
Approuver ou refuser la demande.""", hdr=AUTO, html="only"),
R("fr-neg-whatsapp-sauvegarde", "", "Google Drive <drive-shares-dm-noreply@google.com>",
  "Anaïs Perrin a partagé un dossier avec vous",
  """Anaïs Perrin a partagé un dossier avec vous :
« Photos stage Renaître 2025 »
Ouvrir""", hdr=AUTO, html="alt"),
R("fr-neg-ovh-dpa", "", "OVHcloud <noreply@ovh.com>",
  "Mise à jour de nos conditions de traitement des données (DPA)",
  """Madame, Monsieur,

Nous vous informons de la mise à jour de notre Annexe relative au traitement des données à caractère personnel (DPA), applicable à compter du 1er mars 2026. Vous pouvez consulter la nouvelle version depuis votre espace client.

L'équipe OVHcloud""", hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, html="alt"),
R("fr-neg-wordpress-formulaire-question", "", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Corinne Blot",
  """Nom : Corinne Blot
E-mail : corinne.blot@gmail.com
Sujet : Atelier

Message :
Bonjour, reste-t-il des places pour l'atelier du 22 ? Et est-ce que je peux venir avec ma fille de 17 ans ?

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "corinne.blot@gmail.com", "X-Mailer": "WordPress/6.7.1"}, to="c"),
R("fr-neg-messagerie-vocale-rdv", "", "Messagerie Orange <messagerie-vocale@orange.fr>",
  "Nouveau message vocal de 06 61 08 23 55",
  """Vous avez reçu un nouveau message vocal.
De : 06 61 08 23 55
Durée : 0 min 31 s

Transcription (automatique, peut contenir des erreurs) :
« Oui bonjour c'est le secrétariat du docteur Aubert, je vous appelle de la part de madame Leroy qui voudrait décaler sa séance de jeudi à vendredi si c'est possible. Merci de la rappeler directement. Au revoir. »""",
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Orange Messagerie Vocale Visuelle"}, to="o"),
# ---------------- her own sent mail ----------------
R("fr-neg-sent-confirmation-effacement", "", SANDRA_C,
  "Confirmation de suppression de vos données",
  """Bonjour Madame Plantier,

Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers ainsi que de la plateforme Systeme.io. Seules les pièces comptables sont conservées pour la durée légale de 10 ans.

Bien à vous,
Sandra Delomenie
Floraison de Soi""", to="Agnès Plantier <agnes.plantier@yahoo.fr>"),
R("fr-neg-sent-export", "", SANDRA_O,
  "Vos données au format CSV",
  """Bonjour Élodie,

Comme demandé, voici l'export de vos données (profil, progression, résultats des quiz) au format CSV.

Belle continuation,
Sandra""", to="Élodie Rambaud <elodie.rambaud@gmail.com>",
  att=[("csv", "export_elodie_rambaud.csv", "champ;valeur\nnom;Rambaud\nprenom;Elodie\nmodule_1;termine\nquiz_1;18/20\n")]),
R("fr-neg-sent-newsletter", "", "Floraison de Soi <contact@floraisondesoi.fr>",
  "🌸 La lettre de Floraison de Soi - Avril",
  """Bonjour à toutes et à tous,

Avril, le mois où l'on ose sortir. Au programme : atelier « Dire non sans culpabiliser » le 12 avril, et un nouveau cercle de parole pour les aidants familiaux.

Vous recevez cette lettre car vous êtes inscrit·e sur floraisondesoi.fr. Pour ne plus la recevoir, suivez le lien de désinscription en bas de ce message.

Sandra""", to="Abonnés Floraison de Soi <contact@floraisondesoi.fr>",
  hdr={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:desinscription@floraisondesoi.fr>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}, html="alt"),
R("fr-neg-sent-reponse-mari", "", SANDRA_O,
  "Re: Données de ma femme",
  """Bonjour Monsieur Lambert,

Je comprends votre inquiétude, mais je ne peux communiquer aucune information sur l'accompagnement d'une autre personne majeure, même à son conjoint. Si votre épouse souhaite une copie de son dossier, elle peut m'en faire la demande elle-même.

Bien cordialement,
Sandra Delomenie""", to="Serge Lambert <serge.lambert@orange.fr>", reply=True),
R("fr-neg-sent-demande-justificatif", "", SANDRA_C,
  "Votre demande concernant votre père",
  """Bonjour Monsieur Marsault,

Je vous présente mes sincères condoléances. Afin de traiter votre demande, pourriez-vous me faire parvenir une copie de votre pièce d'identité en complément de l'acte de décès ?

Sandra Delomenie""", to="Julien Marsault <julien.marsault@outlook.fr>", reply=True),
# ---------------- spam / phishing ----------------
R("fr-neg-spam-conformite", "", "Conformité RGPD Express <info@rgpd-conformite-express.com>",
  "URGENT : votre site n'est pas conforme au RGPD - amende jusqu'à 20 M€",
  """Madame, Monsieur,

Notre audit automatique a détecté que votre site floraisondesoi.fr ne respecte pas les obligations du RGPD (registre, bandeau cookies, DPO). Mettez-vous en conformité sous 48h pour seulement 349 € HT.

Cliquez ici pour régulariser votre situation.""", hdr={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@rgpd-conformite-express.com>"}, html="only"),
R("fr-neg-phishing-orange", "", "Orange Service Client <securite@orange-assistance-compte.com>",
  "Votre boîte mail sera suspendue",
  """Cher client,

Suite à une activité inhabituelle, l'accès à votre messagerie sera suspendu sous 24h. Pour conserver vos données et vos messages, confirmez vos identifiants ici : http://orange-verif-compte.info/login

Le service client Orange""", html="only", to="o"),
R("fr-neg-phishing-avocat", "", "Cabinet Juridique Européen <service@cabinet-juri-eu.net>",
  "Mise en demeure - protection des données",
  """Madame,

Agissant pour le compte de plusieurs de vos clients, nous vous mettons en demeure de régler sous 72 heures la somme de 1 200 € au titre de l'indemnisation prévue à l'article 82 du RGPD. Le paiement s'effectue exclusivement par carte cadeau.

Le service contentieux""", html="alt"),
# NEAR-LINE: fake "lawyer" extortion with no named client or mandate -> phishing, negative.
# ---------------- more third-party everyday mail ----------------
R("fr-neg-secretaire-medecin-adresse", "", "Secrétariat Dr Aubert <secretariat.draubert@medecin.fr>",
  "Orientation d'une patiente",
  """Bonjour Madame,

Le Dr Aubert souhaite orienter vers vous une patiente, Mme Leroy, pour un accompagnement en gestion du stress. Elle vous contactera directement. Pourriez-vous nous adresser vos tarifs et disponibilités ?

Le secrétariat""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
R("fr-neg-entreprise-inscrire-salaries", "", "Karine Morvan - Directrice <k.morvan@ehpad-lesglycines.fr>",
  "Inscription de 3 agents - formation bientraitance",
  """Bonjour,

Je souhaite inscrire trois de nos agents à la session de novembre. Voici leurs informations : Sophie Blanc, Ahmed Naït, Laure Gilbert. Pouvez-vous nous envoyer la convention ?

Karine Morvan""", att=[("docx", "liste_agents.docx", "Liste des agents inscrits - Blanc, Nait, Gilbert")]),
R("fr-neg-rh-supprimer-inscription", "", "Service Formation - CH Issoudun <formation@ch-issoudun.fr>",
  "Désinscription d'un agent",
  """Bonjour,

Merci de supprimer l'inscription de Mme Claire Vidal à la session du 18 mai : elle a quitté l'établissement. Nous vous proposerons un remplaçant.

Le service formation""", cte="qp"),
# NEAR-LINE: employer removes an employee from a training booking -> cancellation, negative.
R("fr-neg-ami-recommande", "", "Sandrine Colas <sandrine.colas@gmail.com>",
  "Je t'envoie une amie",
  """Coucou Sandra,

Je t'ai recommandée à mon amie Émilie, qui traverse un moment compliqué au boulot. Je lui ai donné ton numéro, j'espère que ça ne te dérange pas. Elle s'appelle Émilie Sarrazin.

Bises,
Sandrine"""),
R("fr-neg-mari-cadeau-bon", "", "Olivier Fabre <olivier.fabre@hotmail.fr>",
  "Bon cadeau pour ma femme",
  """Bonjour,

Je voudrais offrir un bon cadeau pour un accompagnement à ma femme pour ses 50 ans. Il me faut son nom sur le bon ? Elle s'appelle Brigitte Fabre. Pouvez-vous garder ça secret si elle vous appelle ? 😉

Olivier"""),
R("fr-neg-heritier-remerciement", "", "Claire Bonnefoy <claire.bonnefoy@gmail.com>",
  "Re: Ma mère, Josiane Bonnefoy",
  """Merci pour votre message si gentil et pour avoir fait le nécessaire. Cela compte beaucoup pour nous.

Claire""",
  q="""Chère Madame,

Je vous présente toutes mes condoléances. J'ai retiré votre maman de la liste de diffusion et supprimé son dossier.

Sandra""", qs="gmail"),
# NEAR-LINE: heir thanking after handling -> only new text counts -> negative.
R("fr-neg-parent-question-age", "", "Anne Dumas <anne.dumas@gmail.com>",
  "Dossier de mon fils à ses 18 ans",
  """Bonjour,

Mon fils Hugo a fait un accompagnement chez vous à 15 ans. Il aura bientôt 18 ans : à partir de là, c'est lui seul qui pourra décider de son dossier, c'est bien ça ? Juste pour savoir.

Anne Dumas"""),
R("fr-neg-transfert-newsletter-amie", "", "Paule Girard <paule.girard@laposte.net>",
  "TR: 🌸 La lettre de Floraison de Soi - Mars",
  """Sandra, je fais suivre ta lettre à mon amie Denise qui cherche un atelier, elle va s'inscrire. Tu peux l'ajouter à ta liste ? denise.chollet@orange.fr
Paule""",
  q="""🌸 La lettre de Floraison de Soi - Mars
Atelier « Respirer ses émotions » le 22 mars.""", qs="fwd_fr", qf="Floraison de Soi <contact@floraisondesoi.fr>", qto="paule.girard@laposte.net"),
R("fr-neg-belge-demande-devis", "", "Jean-Luc Vandenberghe <jl.vandenberghe@proximus.be>",
  "Demande de prix pour notre asbl",
  """Bonjour Madame,

Notre asbl organise une journée de ressourcement pour ses bénévoles en nonante-cinq minutes chrono (!). Seriez-vous disponible pour animer un atelier ? Nous aimerions un devis.

Bien à vous,
Jean-Luc"""),
R("fr-neg-suisse-acces-replay", "", "Sophie Rochat <sophie.rochat@gmx.ch>",
  "Accès replay",
  """Bonjour,

Je n'ai pas reçu le lien d'accès au replay du webinaire de jeudi. Pourriez-vous me le renvoyer ? Merci d'avance, avec mes meilleures salutations.

Sophie Rochat"""),
R("fr-neg-quebec-facture-copie", "", "Luc Bélanger <luc.belanger@sympatico.ca>",
  "Copie de reçu",
  """Bonjour,

Pourriez-vous m'envoyer une copie de mon reçu pour la formation en ligne? C'est pour mes impôts.

Merci là,
Luc"""),
R("fr-neg-conjoint-retire-colis", "", "Thierry Gomez <thierry.gomez@free.fr>",
  "Livre commandé",
  """Bonjour, c'est mon mari qui passera retirer le livre que j'ai commandé samedi à la fin de l'atelier, il s'appelle Thierry Gomez aussi 😄. Isabelle"""),
R("fr-neg-assistante-maj-agenda", "", "Maëlle Tanguy <m.tanguy@kerbrat-conseil.fr>",
  "Séance de M. Kerbrat - corriger l'heure",
  """Bonjour, il y a une erreur dans l'invitation envoyée pour M. Kerbrat : c'est 15h et pas 16h. Pouvez-vous corriger l'invitation ? Merci, Maëlle Tanguy""",
  att=[("ics", "invitation.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Floraison de Soi//FR\r\nBEGIN:VEVENT\r\nUID:kerbrat-seance@floraisondesoi.fr\r\nDTSTAMP:20250301T090000Z\r\nDTSTART:20250312T150000Z\r\nSUMMARY:Seance Kerbrat\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),
R("fr-neg-fille-papa-malade-info", "", "Émilie Sarrazin <emilie.sarrazin@gmail.com>",
  "Papa ne viendra pas",
  """Bonjour Sandra, papa est hospitalisé, il ne viendra pas aux prochaines séances. Il vous recontactera quand il ira mieux. Émilie"""),
R("fr-neg-voisin-question-ateliers", "", "René Bouchet <rene.bouchet@wanadoo.fr>",
  "Renseignement",
  """Bonjour madame, ma voisine madame Petit m'a parlé de vos ateliers. Est-ce qu'il faut s'inscrire à l'avance et combien ça coûte ? merci"""),
R("fr-neg-curateur-paiement", "", "Association Tutélaire du Berry <tutelles@atberry.org>",
  "Règlement facture M. Frappier",
  """Madame,

Veuillez trouver ci-joint l'avis de virement correspondant à la facture de M. Didier Frappier pour les séances de février.

Le délégué mandataire""", att=[("pdf", "avis_virement.pdf", "Avis de virement - Facture Frappier fevrier")]),
R("fr-neg-notaire-question-generale", "", "Me Paul Rigaud <p.rigaud@notaires.fr>",
  "Question",
  """Madame,

Une de nos clientes, bien vivante, souhaite rédiger des directives sur ses données numériques. Acceptez-vous d'en être destinataire pour celles que vous détenez, et sous quelle forme ?

Paul Rigaud, notaire"""),
# NEAR-LINE: notary asks a general question for a living client; no directive given -> negative.
R("fr-neg-mari-quote-request", "", "Jean-Paul Morin <jp.morin36@orange.fr>",
  "Re: De la part de Jean-Paul",
  """Merci Sandra, c'est parfait. Ma femme m'a montré votre réponse.
J-P Morin""",
  q="""Bonjour Monsieur Morin,

J'ai bien retiré votre témoignage et effacé vos données.

Sandra""", qs="gmail"),
R("fr-neg-relance-eleve-stage", "", "Lycée Balzac - Vie scolaire <vie-scolaire@lycee-balzac-issoudun.fr>",
  "Convention de stage d'observation",
  """Madame,

L'élève Inès Hébrard effectuera son stage d'observation de 3e dans votre structure du 16 au 20 décembre. Merci de compléter et retourner la convention jointe.

La vie scolaire""", att=[("pdf", "convention_stage.pdf", "Convention de stage d'observation - eleve Ines Hebrard")]),
R("fr-neg-sms-relay-retard", "", "+33 6 72 14 09 88 <sms-relay@sms.orange.fr>",
  "SMS de +33672140988",
  """coucou c Myriam je serai en retard de 10 min ce soir, ma fille me depose""", hdr={"X-Mailer": "Orange SMS-to-Mail"}, to="o"),
R("fr-neg-retirer-inscription-enfant", "", "Nicolas Benoit <nicolas.benoit@gmail.com>",
  "Atelier enfants du 5",
  """Bonjour, on doit retirer Tom de l'atelier enfants du 5, on part en vacances plus tôt. Merci ! Nicolas"""),
# NEAR-LINE: "retirer" = cancel a child's booking -> negative.
]
