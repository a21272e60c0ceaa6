# -*- coding: utf-8 -*-
"""Negatives (empty rights): third parties without mandate, team, automatic mail, near-miss wording."""
from b21_records import R, S, C

NEG = [
# ---------------- relatives about living adults (no mandate) ----------------
R("neg-mother-adult-daughter-notes", "fr", [],
  "Brigitte Sauvage <brigitte.sauvage@orange.fr>", "Ma fille Camille",
  """Bonjour Madame,

Ma fille Camille (27 ans) vous consulte depuis quelques mois. Je suis très inquiète pour elle, elle ne nous parle plus. Pourriez-vous m'envoyer une copie de vos notes, ou au moins me dire ce qu'elle vous a confié ? Je suis sa mère, j'ai le droit de savoir.

Brigitte Sauvage"""),

# NEAR-LINE: husband asks to delete his living wife's data without any mandate and without her in copy:
# a relative about another living adult -> negative.
R("neg-husband-delete-wife", "fr", [],
  "Didier Perrin <didier.perrin@sfr.fr>", "Supprimer le dossier de ma femme",
  """Madame,

Ma femme Sylvie Perrin a suivi vos séances cet hiver. Elle ne viendra plus. Je vous demande de supprimer son dossier et de ne plus la contacter, c'est mieux pour tout le monde.

D. Perrin"""),

R("neg-sister-unsub-brother", "fr", [],
  "Aline Vidal <aline.vidal@gmail.com>", "newsletter de mon frère",
  """Coucou,

Mon frère Julien reçoit ta newsletter sur sa boîte et il râle mais il a la flemme de se désinscrire lol. Tu peux l'enlever de ta liste ? julien.vidal85@gmail.com

Bises, Aline (on s'est vues au salon !)"""),

# NEAR-LINE: the adult son writes about his 82-year-old father, who is NOT in copy and gave no mandate:
# relative about a living adult -> negative (contrast with elderly-cc-* requests).
R("neg-en-son-about-father", "en", [],
  "Mark Hollis <mark.hollis@gmail.com>", "My father's data",
  """Hi Sandra,

My dad (Brian Hollis) has been going to your wellbeing circle. He's 82 and I'm worried he's signed up to things he doesn't understand. Could you send me a copy of everything you have on him, including what he's paid, and cancel anything ongoing?

Mark""", shape="alt"),

# NEAR-LINE: parent of an ADULT (19-year-old) child: not a minor, no mandate -> negative.
R("neg-parent-19yo-son", "fr", [],
  "Catherine Marchal <catherine.marchal@laposte.net>", "Mon fils Théo - 19 ans",
  """Bonjour,

Mon fils Théo, 19 ans, fait votre accompagnement orientation. C'est nous qui payons. J'aimerais recevoir les comptes rendus de séance et les résultats des tests, et que vous corrigiez son adresse (il est revenu chez nous : 14 rue Basse, Issoudun).

Catherine Marchal"""),

# NEAR-LINE: new value given (would be rectification) but written by the wife about her living husband, no mandate -> negative.
R("neg-wife-correct-husband-phone", "fr", [],
  "Josette Brunet <josette.brunet@orange.fr>", "Numéro de mon mari",
  """Bonjour Sandra,

Le numéro de Robert dans votre fichier est l'ancien. Le nouveau c'est le 06 72 18 44 02. Vous pouvez le changer ? Il est à la pêche, il ne lit jamais ses mails !

Josette"""),

R("neg-friend-photo-wish", "fr", [],
  "Valentine Roy <valentine.roy@gmail.com>", "Photo de mon amie Claire",
  """Bonjour Sandra,

Mon amie Claire Dubois, qui était au stage avec moi, m'a dit qu'elle n'aimait pas trop la photo de groupe publiée sur ton site. Elle n'ose pas te le dire. Tu pourrais la retirer ? Ne lui dis pas que c'est moi qui t'en ai parlé :)

Valentine"""),

R("neg-en-friend-pass-on", "en", [],
  "Kate Morrison <kate.morrison@gmail.com>", "On behalf of a friend",
  """Hi Sandra,

A friend of mine, Lucy Adams, did your Bloom course last year. She mentioned she'd like her account deleted but she's travelling and hasn't got round to emailing you. I said I'd pass it on!

Kate x"""),

R("neg-daughter-mother-no-cc", "fr", [],
  "Virginie Moreau <virginie.moreau@gmail.com>", "Données de ma mère",
  """Bonjour,

Ma mère Jeanine Moreau a participé à vos ateliers mémoire. Elle commence à perdre un peu la tête et je voudrais savoir ce que vous avez comme informations sur sa santé dans vos dossiers. Merci de me les envoyer à cette adresse.

Virginie Moreau"""),

R("neg-ex-husband-notes", "fr", [],
  "Franck Aubry <franck.aubry@gmail.com>", "Comptes rendus concernant mon ex-épouse",
  """Madame,

Mon ex-épouse, Sandrine Aubry, vous consulte. Dans le cadre de notre procédure, j'ai besoin de tout document qui montrerait son état psychologique. Pouvez-vous m'en transmettre une copie ?

Franck Aubry"""),

R("neg-en-partner-unsub", "en", [],
  "Tom Baker <tom.baker@gmail.com>", "Please stop emailing my girlfriend",
  """Hi,

My girlfriend Amy signed up for your freebie and now gets emails every day. Could you unsubscribe her (amy.r.collins@gmail.com)? She asked me to sort it.

Tom"""),

R("neg-brother-rect-sister-name", "fr", [],
  "Marc Lefort <marc.lefort@orange.fr>", "Nom de ma sœur",
  """Bonjour,

Ma sœur Émilie s'est remariée, elle s'appelle maintenant Émilie Carrère. Je vous préviens parce qu'elle est débordée. Vous pouvez mettre à jour votre fichier ?

Marc"""),

R("neg-mother-adult-erase", "fr", [],
  "Odile Mercier <odile.mercier@wanadoo.fr>", "Merci d'effacer les données de ma fille",
  """Madame,

Ma fille Pauline, 24 ans, a été embarquée dans votre programme par une copine. Je vous demande d'effacer toutes ses données et de la laisser tranquille.

Odile Mercier"""),

R("neg-en-wife-access-husband", "en", [],
  "Linda Price <linda.price@btinternet.com>", "Husband's sessions",
  """Dear Sandra,

My husband Colin has been seeing you and won't tell me anything about it. Could you let me know what information you have on him and who you've shared it with? We have a joint account so I believe I'm entitled.

Linda Price"""),

# ---------------- HR / employers ----------------
R("neg-hr-attendance", "fr", [],
  "Service RH - Thermi-Pro <rh@thermi-pro.fr>", "Formation « Gestion du stress » - présence de nos salariés",
  """Bonjour Madame Delomenie,

Dans le cadre de la formation « Gestion du stress » financée par notre entreprise (session du 14 au 16 mai), pourriez-vous nous transmettre les feuilles d'émargement, les attestations individuelles, ainsi que les résultats des questionnaires d'évaluation de nos 8 salariés ?

Nous avons besoin de ces éléments pour notre OPCO.

Cordialement,
Sophie Legrand
Responsable RH – Thermi-Pro SAS""", shape="alt", att=["liste_stagiaires_ThermiPro.xlsx"]),

R("neg-hr-en-employee-notes", "en", [],
  "People Team - Nordwave <people@nordwave.io>", "Coaching outcomes - Laura Kent",
  """Hi Sandra,

Laura Kent from our Paris office completed the 6-session coaching package we purchased. As part of her performance review, could you share a summary of the topics covered and your assessment notes?

Thanks,
Jens
People Partner, Nordwave""", hdr={"Organization": "Nordwave ApS"}),

R("neg-manager-delete-employee", "fr", [],
  "Patrick Roussel <p.roussel@garage-roussel.fr>", "Ancienne salariée",
  """Bonjour,

Mme Karine Dubois ne fait plus partie de nos effectifs. Merci de supprimer son inscription à la formation et ses données de votre plateforme, nous ne paierons plus pour elle.

Patrick Roussel
Garage Roussel SARL"""),

R("neg-opco-request", "fr", [],
  "OPCO EP - Service financement <financement@opcoep.fr>", "Dossier n°EP-2025-448712 - pièces justificatives",
  """Madame,

Afin de procéder au règlement de l'action de formation référencée ci-dessus, merci de déposer sur votre espace les pièces suivantes : certificat de réalisation, feuilles d'émargement signées, programme.

Sans ces documents sous 30 jours, le dossier sera clôturé.

Service financement – OPCO EP
Ce message est généré automatiquement, merci de ne pas y répondre.""", hdr={"Auto-Submitted": "auto-generated"}),

R("neg-hr-rect-employee-name", "fr", [],
  "Amélie Vannier - RH Biscuiterie du Berry <a.vannier@biscuiterie-berry.fr>", "Correction nom stagiaire",
  """Bonjour,

Une erreur s'est glissée sur l'attestation de notre salarié : il s'agit de M. Jean-Baptiste Caillaud, et non Jean Caillaud. Pouvez-vous corriger et nous renvoyer l'attestation ? 

Bien cordialement,
Amélie Vannier"""),

# ---------------- her own team ----------------
R("neg-assistant-export", "fr", [],
  "Justine Morel (assistante) <justine.morel.assistante@gmail.com>", "Export clients Systeme.io fait",
  """Coucou Sandra,

J'ai fait l'export CSV des contacts Systeme.io comme demandé (1 284 contacts). Je l'ai déposé dans le Drive, dossier « Admin > Exports ». J'ai supprimé les doublons et corrigé les adresses mal saisies.

Pense à supprimer le fichier une fois que tu as fini l'import dans le nouvel outil, il contient les téléphones.

Justine""", att=["export_contacts_2025-06.csv"]),

R("neg-assistant-erasure-done", "fr", [],
  "Justine Morel (assistante) <justine.morel.assistante@gmail.com>", "Re: demande de suppression Mme Colin",
  """Sandra,

C'est fait pour Mme Colin : compte Systeme.io supprimé, retirée de la newsletter, dossier Drive effacé. Il reste ses factures dans Stripe et chez le comptable (obligation légale). Tu lui confirmes ou je m'en charge ?

J.""", q=("gmail", S, "Justine, peux-tu traiter la demande de suppression de Mathilde Colin (mail ci-dessous) ? Merci !")),

R("neg-webmaster-cookies", "fr", [],
  "Romain - WebAtelier <romain@webatelier36.fr>", "Mise à jour bandeau cookies + RGPD",
  """Bonjour Sandra,

J'ai mis à jour le bandeau cookies (Complianz) : le consentement est maintenant redemandé au bout de 13 mois, et Google Analytics ne se charge plus avant l'accord. J'ai aussi ajouté un lien « Gérer mes données » en pied de page qui pointe vers ta politique de confidentialité.

Pense à valider le nouveau texte de la page « Mentions légales ».

Romain
WebAtelier – sites WordPress""", shape="alt"),

R("neg-webmaster-purge-accounts", "fr", [],
  "Romain - WebAtelier <romain@webatelier36.fr>", "Purge comptes inactifs",
  """Hello,

Comme prévu dans ta politique (12 mois d'inactivité), j'ai listé 214 comptes membres inactifs sur le site. Je peux les supprimer vendredi. Tu me donnes ton feu vert ? Je garde une sauvegarde chiffrée 30 jours.

Romain""", att=["comptes_inactifs.xlsx"]),

R("neg-accountant-invoices", "fr", [],
  "Cabinet Expertise Berry - Marion <m.lagarde@expertise-berry.fr>", "Pièces comptables 2025",
  """Bonjour Madame Delomenie,

Pour la clôture de l'exercice, merci de nous envoyer une copie de toutes vos factures clients 2025 et l'export des paiements Stripe et PayPal (format CSV). Vous pouvez les déposer sur notre portail.

Nous vous rappelons que les justificatifs doivent être conservés 10 ans.

Marion Lagarde
Collaboratrice comptable""", shape="qp"),

R("neg-accountant-en-data-question", "en", [],
  "Paul Green <paul@greenaccounts.co.uk>", "UK clients - VAT",
  """Hi Sandra,

For your UK clients I need their billing addresses to check VAT treatment. Can you send me the Stripe customer export? I'll delete the file after I've done the reconciliation.

Paul"""),

R("neg-assistant-rect-client", "fr", [],
  "Justine Morel (assistante) <justine.morel.assistante@gmail.com>", "Mme Guérin a déménagé",
  """Sandra,

J'ai mis à jour l'adresse et le portable de Mme Guérin dans Systeme.io et dans le fichier clients suite à son mail. L'ancien numéro est effacé.

Bonne soirée,
Justine"""),

R("neg-assistant-en-access-pack", "en", [],
  "Justine Morel (assistante) <justine.morel.assistante@gmail.com>", "Hannah Schultz SAR - draft reply",
  """Sandra,

I've put together the data pack for Hannah Schultz's access request: account data, invoices, workshop registration. Draft reply attached — it lists the recipients (Systeme.io, Stripe, Google). Can you check and send before the 15th?

Justine""", att=["Reponse_acces_Schultz_DRAFT.docx"]),

R("neg-supervisor-notes", "fr", [],
  "Hélène Castaing <helene.castaing.supervision@gmail.com>", "Supervision jeudi",
  """Bonjour Sandra,

Pour jeudi, tu peux préparer deux situations. Pense à anonymiser tes notes (initiales modifiées, pas de dates précises) avant de me les envoyer : je préfère ne pas recevoir de données identifiantes.

À jeudi,
Hélène"""),

# ---------------- her own sent mail ----------------
R("neg-own-sent-confirm-erasure", "fr", [],
  S, "Confirmation de suppression de vos données",
  """Bonjour Madame Colin,

Je vous confirme que votre compte sur la plateforme de formation a été supprimé, que vous avez été retirée de la newsletter et que votre dossier a été effacé. Seules vos factures sont conservées, pour une durée de 10 ans, conformément à nos obligations comptables.

Bien à vous,
Sandra Delomenie
Floraison de Soi""", to="Mathilde Colin <mathilde.colin@hotmail.com>"),

R("neg-own-sent-newsletter", "fr", [],
  C, "🌸 Atelier « Oser dire non » - samedi 14 juin",
  """Bonjour,

Il reste 3 places pour l'atelier « Oser dire non » du samedi 14 juin à Issoudun.

Pour vous inscrire, répondez simplement à ce mail.

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi. Pour vous désinscrire, cliquez ici. Vos données sont traitées conformément à notre politique de confidentialité ; vous pouvez exercer vos droits d'accès, de rectification et d'effacement à sandra.delomenie@orange.fr.""",
  to="Abonnés Floraison <newsletter@floraisondesoi.fr>", shape="html",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>", "Precedence": "bulk"}),

R("neg-own-sent-ask-id", "fr", [],
  S, "Re: Droit d'accès - 2e demande",
  """Bonjour Monsieur Pichon,

Je vous prie de m'excuser pour ce délai. Afin de traiter votre demande d'accès, pourriez-vous me transmettre une copie de votre pièce d'identité, comme le prévoit ma politique de confidentialité ?

Bien cordialement,
Sandra Delomenie""", to="Jérôme Pichon <jerome.pichon@free.fr>",
  q=("gmail", "Jérôme Pichon <jerome.pichon@free.fr>", "Madame,\n\nJe renouvelle ma demande : merci de m'adresser une copie de toutes les données me concernant.\n\nJérôme Pichon")),

R("neg-own-sent-en-reply", "en", [],
  S, "Re: Data portability request (Art. 20)",
  """Dear Mr Weber,

Please find attached your data in JSON format (account data, course progress and journal entries). Let me know if anything is missing.

Kind regards,
Sandra Delomenie""", to="Jonas Weber <jonas.weber@mailbox.org>", att=["export_Weber.pdf"]),

R("neg-own-sent-to-assistant", "fr", [],
  C, "Demandes RGPD en attente",
  """Justine,

On a trois demandes en cours : l'accès de M. Pichon, l'effacement de Mme Colin, l'export de M. Weber. Peux-tu préparer les fichiers cette semaine ? Ne supprime rien chez Stripe.

Merci !
Sandra""", to="Justine Morel <justine.morel.assistante@gmail.com>"),

# ---------------- thank-yous / replies above quoted requests ----------------
R("neg-thanks-above-erasure", "fr", [],
  "Mathilde Colin <mathilde.colin@hotmail.com>", "Re: Confirmation de suppression de vos données",
  """Merci beaucoup pour votre réactivité, bonne continuation !

Mathilde""", q=("gmail", S, "Bonjour Madame Colin,\n\nJe vous confirme que votre compte a été supprimé et que votre dossier a été effacé.\n\nSandra Delomenie")),

R("neg-thanks-above-own-request", "fr", [],
  "Caroline Méric <caroline.meric@gmail.com>", "Re: Demande d'accès à mes données personnelles",
  """Bien reçu, merci Sandra ! Tout est clair.

Caroline""", q=("apple", "Caroline Méric <caroline.meric@gmail.com>", "Bonjour Sandra,\n\nDans le cadre du RGPD, je souhaiterais recevoir une copie de l'ensemble des données personnelles que vous détenez sur moi.\n\nCaroline Méric")),

R("neg-en-thanks-above-delete", "en", [],
  "Michael Grant <mgrant@protonmail.com>", "Re: Delete my data",
  """Thanks, confirmed received.

M.""", q=("gmail", "Michael Grant <mgrant@protonmail.com>", "Sandra,\n\nDelete my account and all of my data.\n\nM. Grant")),

R("neg-pm-thanks", "fr", [],
  "Isabelle Garnier-Roche <isa.garnier.roche@gmail.com>", "Re: Décès de ma mère, Mme Monique Roche",
  """Merci Sandra pour votre message si délicat et pour avoir fait le nécessaire si vite. Maman aurait été touchée.

Isabelle""", q=("gmail", S, "Chère Madame,\n\nToutes mes condoléances. J'ai clôturé le compte de votre maman et supprimé ses données.\n\nSandra")),

R("neg-en-thanks-mum-letters", "en", [],
  "Owen Probert <owen.probert@outlook.com>", "Re: Mum (Gillian Probert)",
  """Got them. Thank you Sandra, it means a lot.
Owen""", q=("gmail", S, "Dear Owen, as your mother wished, please find attached the letters she wrote. With my deepest sympathy, Sandra")),

# ---------------- how-a-right-works questions ----------------
R("neg-question-how-erasure", "fr", [],
  "Noémie Lefranc <noemie.lefranc@gmail.com>", "Question avant inscription",
  """Bonjour,

Avant de m'inscrire à votre accompagnement, j'aimerais comprendre : si un jour je souhaite que mes notes soient supprimées, comment ça se passe ? Combien de temps gardez-vous les données de santé ?

Merci,
Noémie"""),

R("neg-en-question-portability", "en", [],
  "Daniel Kim <daniel.kim@gmail.com>", "Question about your privacy policy",
  """Hi Sandra,

Quick question before I join Bloom: is it possible to export course data if I leave later on, and in which format? Just want to know how it works.

Daniel"""),

R("neg-question-parent-rights", "fr", [],
  "Aurore Dufour <aurore.dufour@gmail.com>", "Atelier ados - question RGPD",
  """Bonjour,

Ma fille de 15 ans voudrait s'inscrire à l'atelier ados. Qui aura accès à ses réponses aux questionnaires ? Est-ce que les parents peuvent demander à les consulter, ou est-ce confidentiel ? Je pose la question en amont pour qu'on en parle ensemble.

Aurore Dufour"""),

R("neg-question-post-mortem", "fr", [],
  "Gérard Faucher <gerard.faucher@orange.fr>", "Article 13 de votre politique",
  """Madame,

J'ai lu l'article 13 de votre politique sur le sort des données après le décès. Concrètement, comment rédige-t-on ces directives, et faut-il passer par un notaire ? Je me renseigne, rien d'urgent.

G. Faucher"""),

R("neg-en-question-lawyer-general", "en", [],
  "Sam Reid <sam.reid@reidlegal.co.uk>", "General enquiry",
  """Dear Ms Delomenie,

I'm preparing guidance for a client who may wish to make a subject access request to several French practitioners. Could you tell me what identification you normally require and your usual response times?

Best regards,
Sam Reid""", shape="html"),

# ---------------- CNIL complaints ----------------
R("neg-cnil-complaint-copy", "fr", [],
  "Jérôme Pichon <jerome.pichon@free.fr>", "TR: Plainte CNIL n°25-114587",
  """Pour information, copie de la plainte que j'ai déposée auprès de la CNIL.

J. Pichon""", q=("fwd", "CNIL <ne-pas-repondre@cnil.fr>", "Votre plainte a bien été enregistrée sous le numéro 25-114587.\n\nObjet : absence de réponse à une demande de droit d'accès – Floraison de Soi (Sandra Delomenie).\n\nLa CNIL instruira votre plainte dans les meilleurs délais.", "Accusé de réception de votre plainte"), q_to="jerome.pichon@free.fr"),

R("neg-en-cnil-cc", "en", [],
  "Rebecca Stone <rebecca.stone@outlook.com>", "Complaint to the French data protection authority",
  """To whom it may concern at the CNIL,

I am writing to complain that Floraison de Soi kept emailing me after I asked to be removed. I attach the emails. Sandra Delomenie is copied.

Rebecca Stone""", to="plaintes@cnil.fr", cc=S, att=["emails_after_unsubscribe.pdf"]),

# ---------------- cancellations / account / slots ----------------
R("neg-cancel-workshop", "fr", [],
  "Sandrine Petit <sandrine.petit@gmail.com>", "Annulation atelier du 22",
  """Bonjour Sandra,

Je dois malheureusement annuler mon inscription à l'atelier du samedi 22, ma fille est malade. Vous pouvez retirer mon nom de la liste et proposer ma place à quelqu'un d'autre.

Désolée !
Sandrine"""),

R("neg-delete-slot", "fr", [],
  "Julien Morel <julien.morel@gmail.com>", "RDV mardi",
  """Bonjour,
Pouvez-vous supprimer mon créneau de mardi 10h ? Je vous recontacte pour en fixer un autre.
Julien"""),

# NEAR-LINE: 'close my account' alone with no data mentioned -> negative per policy.
R("neg-close-account-only", "fr", [],
  "Romane Girard <romane.girard@gmail.com>", "Fermeture de compte",
  """Bonjour,
Pouvez-vous fermer mon compte sur la plateforme ? Je ne m'en sers plus.
Merci,
Romane"""),

R("neg-en-cancel-subscription", "en", [],
  "Jack Turner <jack.turner@gmail.com>", "Cancel my monthly membership",
  """Hi Sandra,

Please cancel my monthly membership from next month. Money's tight right now. I've really enjoyed it!

Jack"""),

R("neg-password-reset", "fr", [],
  "Françoise Blanchard <francoise.blanchard@orange.fr>", "Impossible d'accéder à mon espace",
  """Bonjour,

Je n'arrive pas à accéder à mon espace de formation, le mot de passe ne marche plus. Pouvez-vous me renvoyer un lien pour le modifier ?

Françoise Blanchard""", shape="b64"),

R("neg-en-access-course", "en", [],
  "Priya Shah <priya.shah@gmail.com>", "Can't access my course",
  """Hi, I paid for Bloom yesterday but I can't access the modules. It says "access denied". Can you check my account?
Priya"""),

# NEAR-LINE: a copy of one invoice for reimbursement is ordinary customer service, not a copy of all data -> negative.
R("neg-invoice-copy", "fr", [],
  "Stéphane Girard <stephane.girard@sfr.fr>", "Copie de facture",
  """Bonjour,

Pourriez-vous me renvoyer une copie de la facture de mars ? Je ne la retrouve pas et mon CE la demande pour le remboursement.

Stéphane Girard"""),

R("neg-correct-invoice-amount", "fr", [],
  "Agathe Leroy <agathe.leroy@gmail.com>", "Erreur sur la facture",
  """Bonjour Sandra,

La facture n°2025-087 indique 4 séances alors que nous en avons fait 3. Pouvez-vous la corriger et me la renvoyer ?

Merci,
Agathe"""),

R("neg-modify-booking", "fr", [],
  "Patrice Lemoine <patrice.lemoine@orange.fr>", "Modifier mon rendez-vous",
  """Bonjour,
Est-il possible de modifier mon rendez-vous du 3 au 10 avril, même heure ?
Cordialement
P. Lemoine"""),

R("neg-en-delete-duplicate-booking", "en", [],
  "Eva Schmidt <eva.schmidt@gmx.de>", "Double booking",
  """Hi Sandra, I accidentally booked the taster session twice on Calendly. Could you delete one of them? Thanks! Eva"""),

R("neg-withdraw-registration", "fr", [],
  "Hervé Charpentier <herve.charpentier@gmail.com>", "Retrait de mon inscription au stage",
  """Bonjour,

Je souhaite retirer mon inscription au stage d'été (juillet). Pouvez-vous me rembourser l'acompte ?

Hervé Charpentier"""),
]

NEG += [
# ---------------- automatic mail ----------------
R("neg-stripe-payout", "fr", [], "Stripe <notifications@stripe.com>", "Votre virement de 642,50 € est en route",
  """Bonjour Floraison de Soi,

Un virement de 642,50 € a été initié vers votre compte bancaire se terminant par 4471. Il devrait arriver d'ici 2 jours ouvrés.

Consulter le détail dans le Dashboard.

Stripe, 1 Grand Canal Street Lower, Dublin 2, Irlande. Vous recevez cet e-mail car vous êtes administrateur d'un compte Stripe. Gérer vos préférences de notification.""",
  shape="alt", hdr={"Auto-Submitted": "auto-generated"}),
R("neg-stripe-dispute", "en", [], "Stripe <notifications@stripe.com>", "A payment was disputed",
  """A customer has disputed a €120.00 payment (reason: product not received). You can submit evidence until Oct 14.

The cardholder's bank will review the evidence. Customer data related to the payment is available in your Dashboard.""", shape="html"),
R("neg-systemeio-new-contact", "fr", [], "Systeme.io <no-reply@systeme.io>", "Nouveau contact inscrit : formulaire « Ebook offert »",
  """Un nouveau contact s'est inscrit via votre formulaire « Ebook offert ».

Email : m.lebreton@gmail.com
Tag ajouté : ebook-estime

Vous pouvez modifier ou supprimer ce contact depuis votre tableau de bord.""", hdr={"Auto-Submitted": "auto-generated"}),
R("neg-systemeio-unsub-notif", "fr", [], "Systeme.io <no-reply@systeme.io>", "Un contact s'est désabonné",
  """Le contact f.maurin@orange.fr s'est désabonné de vos campagnes.
Il ne recevra plus vos newsletters. Cette action a été effectuée par le contact via le lien de désinscription.""", hdr={"Auto-Submitted": "auto-generated"}),
R("neg-systemeio-gdpr-update", "fr", [], "Systeme.io <news@systeme.io>", "Mise à jour de nos conditions et de notre accord de traitement des données (DPA)",
  """Bonjour Sandra,

Nous mettons à jour nos Conditions générales et notre accord de traitement des données (DPA) à compter du 1er mars. Ces changements concernent notamment la liste de nos sous-traitants ultérieurs.

Vous pouvez consulter les nouvelles versions dans votre espace. Si vous ne souhaitez pas les accepter, vous pouvez supprimer votre compte à tout moment.

L'équipe Systeme.io""", shape="html", hdr={"List-Unsubscribe": "<mailto:unsubscribe@systeme.io>"}),
R("neg-google-security", "fr", [], "Google <no-reply@accounts.google.com>", "Alerte de sécurité",
  """Nouvelle connexion sur Windows

Nous avons détecté une nouvelle connexion à votre compte Google contact@floraisondesoi.fr. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.""", to=C, shape="alt"),
R("neg-google-drive-share", "fr", [], "Laure Besnard (via Google Drive) <drive-shares-dm-noreply@google.com>", "Document partagé avec vous : « Journal de bord - Laure »",
  """Laure Besnard vous a invité(e) à modifier le document suivant :

Journal de bord - Laure
« Voilà mes notes de la semaine, bonne lecture ! »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", reply_to="Laure Besnard <laure.besnard@gmail.com>", shape="html"),
R("neg-google-storage", "en", [], "Google One <googleone-noreply@google.com>", "Your storage is almost full",
  """You've used 95% of your 100 GB storage. To keep receiving email and backing up files, free up space or upgrade.

Delete files you no longer need from Drive, Gmail and Photos.""", to=C, shape="html"),
R("neg-zoom-recording", "en", [], "Zoom <no-reply@zoom.us>", "Cloud Recording - Webinaire Estime de soi is now available",
  """Hi Sandra,

Your cloud recording is now available. Recordings will be automatically deleted after 30 days according to your account settings.

Share this recording with viewers: https://zoom.us/rec/share/...""", to=C),
R("neg-calendly-cancel", "fr", [], "Calendly <notifications@calendly.com>", "Annulé : Julien Morel - Séance découverte 45 min",
  """Un événement a été annulé.

Nom de l'invité : Julien Morel
Événement : Séance découverte 45 min
Date : mardi 10:00 - 10:45 (heure de Paris)
Motif de l'annulation : « Empêchement, je reprendrai rendez-vous »""", att=["invite.ics"], shape="alt"),
R("neg-calendly-new", "en", [], "Calendly <notifications@calendly.com>", "New Event: Aisha Mensah - Discovery call",
  """Hi Sandra,
A new event has been scheduled.
Invitee: Aisha Mensah
Invitee Email: aisha.mensah@gmail.com
Questions: What would you like to work on? "Confidence at work"
View event in Calendly""", shape="html"),
R("neg-bank-statement", "fr", [], "Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>", "Votre relevé de compte est disponible",
  """Madame DUMOT-DELOMENIE,

Votre relevé de compte professionnel du mois est disponible dans votre espace en ligne.

Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition en écrivant à notre Délégué à la protection des données.""", shape="html"),
R("neg-paypal-receipt", "fr", [], "service@paypal.fr", "Vous avez reçu un paiement de 90,00 EUR",
  """Nathalie Dupré vous a envoyé 90,00 EUR.
Note : « Séance du 12 »
Détails de la transaction disponibles dans votre compte.""", shape="alt"),
R("neg-auto-reply-fr", "fr", [], "Agathe Roussel <agathe.roussel@coaching-lyon.fr>", "Réponse automatique : Transfert du dossier d'Hélène Bertrand",
  """Bonjour,

Je suis absente du cabinet jusqu'au 25 août inclus, avec un accès limité à mes mails. Pour toute urgence, contactez le 04 78 00 00 00.

Agathe Roussel""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
R("neg-auto-reply-en", "en", [], "Priya Natarajan <p.natarajan@hallettlaw.co.uk>", "Automatic reply: Our client: Ms Joanne Carter",
  """Thank you for your email. I am out of the office until Monday 9 June. For urgent matters please contact dataprotection@hallettlaw.co.uk.""",
  hdr={"Auto-Submitted": "auto-replied"}),
R("neg-bounce-fr", "fr", [], "Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>", "Undelivered Mail Returned to Sender",
  """Ceci est un message du système de messagerie Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires : julien.vidal85@gmial.com

Adresse introuvable.""", shape="dsn", rcpt="julien.vidal85@gmial.com", diag="550 5.1.2 Host unknown",
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: julien.vidal85@gmial.com\nSubject: =?utf-8?q?Confirmation_de_d=C3=A9sinscription?=\n"),
R("neg-bounce-en", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to ben.carter77@hotmail.com because the address couldn't be found, or is unable to receive mail.""",
  shape="dsn", mta="mail-sor-f41.google.com", rcpt="ben.carter77@hotmail.com", to=C,
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: ben.carter77@hotmail.com\nSubject: Your data export\n"),
R("neg-newsletter-in", "fr", [], "La lettre de Coachs & Co <lettre@coachsetco.fr>", "RGPD : 5 erreurs que font les coachs avec leurs données clients",
  """Bonjour Sandra,

Notes de séance, données de santé, fichiers Excel qui traînent... Cette semaine, on fait le point sur les 5 erreurs RGPD les plus courantes chez les coachs indépendants, et comment répondre à une demande d'accès ou de suppression.

Lire l'article

Vous recevez cette lettre car vous êtes inscrite sur coachsetco.fr. Se désinscrire | Modifier mes préférences""",
  shape="html", hdr={"List-Unsubscribe": "<https://coachsetco.fr/unsub?u=8841>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),
R("neg-newsletter-en", "en", [], "Coaching Business Weekly <hello@coachingbizweekly.com>", "Your clients' data: what to delete and when",
  """This week: retention periods for session notes, how to handle a deletion request, and our favourite CRM tools.

You're receiving this because you subscribed. Unsubscribe or update your preferences.""",
  shape="html", hdr={"List-Unsubscribe": "<https://coachingbizweekly.com/u/abc>", "Precedence": "bulk"}),
R("neg-ovh-notice", "fr", [], "OVHcloud <noreply@ovh.com>", "Informations importantes sur le traitement de vos données",
  """Bonjour,

Dans le cadre de notre engagement en matière de protection des données personnelles, nous vous informons de la mise à jour de notre politique de confidentialité. Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et de portabilité depuis votre espace client.

L'équipe OVHcloud""", shape="alt"),
R("neg-meta-notice", "en", [], "Meta for Business <notification@business.facebook.com>", "Update to our Business Tools Terms",
  """We're updating the Meta Business Tools Terms. These updates clarify how we process data you share via the Meta Pixel. No action is required.""", shape="html"),
R("neg-phishing-rgpd", "fr", [], "Service Conformité RGPD <conformite@rgpd-mise-en-demeure.com>", "URGENT : Mise en demeure - non-conformité RGPD de votre site",
  """Madame, Monsieur,

Notre audit automatique a relevé que votre site floraisondesoi.fr n'est pas conforme au RGPD (absence de registre des traitements, bandeau cookies non conforme).

Vous encourez une amende pouvant aller jusqu'à 20 000 000 €. Pour régulariser votre situation, réglez les frais de mise en conformité (389 € HT) sous 72 heures via le lien ci-dessous.

Cellule de conformité""", shape="html", reply_to="paiement@rgpd-regul.net"),
R("neg-phishing-en", "en", [], "GDPR Compliance Team <noreply@gdpr-verify-center.com>", "Action required: verify your data processing registration",
  """Dear business owner,

Your organisation has not completed its mandatory GDPR data processing registration. Failure to comply within 48 hours will result in penalties. Click here to verify and pay the registration fee.""", shape="html"),
R("neg-spam-seo", "en", [], "Ryan | Growth Agency <ryan@growthleadsagency.io>", "Quick question about floraisondesoi.fr",
  """Hi there,

I noticed your site isn't ranking for "coach Issoudun". We can fix that in 30 days. Reply "STOP" if you don't want to hear from me again.

Ryan""", hdr={"List-Unsubscribe": "<mailto:optout@growthleadsagency.io>"}),
R("neg-laposte-notice", "fr", [], "Orange <serviceclient@orange.fr>", "Votre facture Orange est disponible",
  """Bonjour,

Votre facture du mois est disponible dans votre Espace Client. Montant : 42,99 €.

Pour gérer vos données personnelles et vos préférences de communication, rendez-vous dans la rubrique « Mes informations ».""", shape="html"),
R("neg-helloasso-notif", "fr", [], "HelloAsso <notifications@helloasso.com>", "Nouvelle inscription : Cercle de femmes - Équinoxe",
  """Une nouvelle participante s'est inscrite à votre événement « Cercle de femmes - Équinoxe ».
Nom : Estelle Vincent
Tarif : 25 €
Retrouvez la liste des participantes et exportez-la depuis votre back-office.""", shape="alt"),
R("neg-whatsapp-backup", "en", [], "WhatsApp <no-reply@whatsapp.com>", "Your chat backup will be deleted",
  """Your Google Drive backup hasn't been updated in 5 months and will be deleted. Open WhatsApp to back up your chats again.""", to=C),

# ---------------- near-miss client mail ----------------
R("neg-modify-workshop-diet", "fr", [], "Irène Lopez <irene.lopez@gmail.com>", "Régime pour le stage",
  """Bonjour Sandra,

Pour le stage de samedi, je suis végétarienne, je ne sais plus si je l'avais indiqué dans le formulaire. Et est-ce que je peux venir avec une amie ?

Irène"""),
R("neg-delete-my-message", "fr", [], "Corentin Blanc <corentin.blanc@gmail.com>", "Oups",
  """Sandra, je t'ai envoyé par erreur un mail destiné à mon banquier il y a 5 min (« relevé mars »). Tu peux le supprimer sans l'ouvrir ? Merci et désolé !
Corentin"""),
R("neg-en-remove-from-group-chat-logistics", "en", [], "Hannah Price <hannah.price@gmail.com>", "WhatsApp group",
  """Hi Sandra, I'm going to leave the retreat WhatsApp group myself as my phone is full of notifications, just wanted to let you know so you don't think I'm being rude! Hannah"""),
R("neg-copy-of-exercise", "fr", [], "Claire Fontaine <claire.fontaine@gmail.com>", "Copie de l'exercice de la roue de vie",
  """Bonjour Sandra,

Pourriez-vous me renvoyer une copie vierge de l'exercice de la roue de vie ? J'aimerais le refaire avec mon mari.

Claire"""),
R("neg-update-me-on-course", "fr", [], "Karine Dubois <karine.dubois@gmail.com>", "Modifier mon programme ?",
  """Bonjour,

Est-il possible de modifier le programme de mon accompagnement pour intégrer des séances en visio ? Je déménage à Tours en septembre.

Karine"""),
R("neg-consent-form-returned", "fr", [], "Manon Girard <manon.girard@gmail.com>", "Formulaire de consentement signé",
  """Bonjour,

Voici le formulaire de consentement au droit à l'image signé pour le stage, ainsi que l'autorisation parentale pour ma fille Léna.

Bonne journée,
Manon""", att=["consentement_image_signe.pdf", "autorisation_parentale_Lena.pdf"]),
# NEAR-LINE: gives (not withdraws) consent for a testimonial, restricts to text only -> negative.
R("neg-en-consent-happy", "en", [], "Jessica Moreau <jess.moreau@gmail.com>", "Re: Testimonial",
  """Of course, happy for you to use my testimonial and first name on the website! No photo please, just the text.

Jess""", q=("gmail", S, "Hi Jess, would you be OK with me publishing your lovely message as a testimonial?")),
R("neg-data-of-cousin-workshop", "fr", [], "Albane Chevalier <albane.chevalier@gmail.com>", "Inscription de ma cousine",
  """Bonjour,

J'aimerais inscrire ma cousine Juliette (32 ans) à l'atelier du 5 octobre, c'est un cadeau d'anniversaire. Voici ses coordonnées : juliette.chevalier@gmail.com, 06 22 45 78 11. Je paie pour elle.

Albane"""),
R("neg-parent-minor-logistics", "fr", [], "Vincent Barbier <vincent.barbier@orange.fr>", "Stage ados - horaires",
  """Bonjour,

Mon fils Tom (14 ans) est inscrit au stage ados de la Toussaint. À quelle heure faut-il venir le chercher le soir ? Et faut-il prévoir un pique-nique ?

Merci,
Vincent Barbier"""),
R("neg-parent-minor-photo-ok", "fr", [], "Julie Masson <julie.masson@gmail.com>", "Photos du stage",
  """Bonjour Sandra,

Les photos du stage sont magnifiques ! Pouvez-vous m'envoyer celles où on voit Emma ? J'aimerais les imprimer pour sa grand-mère.

Julie"""),
R("neg-en-parent-minor-progress", "en", [], "Rachel Whitfield <rachel.whitfield@btinternet.com>", "Tom's afternoon",
  """Hi Sandra, Tom hasn't stopped talking about the breathing games! Do you run anything similar online that he could do from the UK? Rachel"""),
R("neg-grandmother-gift", "fr", [], "Yvette Lamarque <yvette.lamarque@orange.fr>", "Bon cadeau pour ma petite-fille",
  """Bonjour Madame,

Je voudrais offrir un bon cadeau de 3 séances à ma petite-fille Chloé pour ses 30 ans. Pouvez-vous m'envoyer un bon à imprimer ? Je ne veux pas qu'elle reçoive de mail avant Noël.

Yvette Lamarque"""),
# NEAR-LINE: grandson 'manages her mail' but the grandmother is alive and no mandate/tutelle is shown -> negative.
R("neg-heir-living-grandmother", "fr", [], "Thomas Renaud <thomas.renaud@gmail.com>", "Ma grand-mère - EHPAD",
  """Bonjour,

Ma grand-mère Mme Paulette Renaud est entrée en EHPAD. Elle ne participera plus aux ateliers. Pouvez-vous supprimer ses coordonnées de vos listes ? C'est moi qui gère son courrier maintenant.

Thomas"""),
R("neg-rgpd-mention-signature", "fr", [], "Mutuelle Berry Santé <partenariats@berry-sante.fr>", "Proposition de partenariat - ateliers prévention",
  """Madame,

Notre mutuelle souhaite proposer à ses adhérents des ateliers de gestion du stress. Seriez-vous disponible pour en échanger ?

Cordialement,
Nadège Portal, chargée de partenariats

Conformément au RGPD, vous pouvez vous opposer à la réception de nos communications ou demander la suppression de vos données en écrivant à dpo@berry-sante.fr.""", shape="qp"),
R("neg-colleague-coach-referral", "fr", [], "Agathe Roussel <agathe.roussel@coaching-lyon.fr>", "Hélène Bertrand - bien reçu",
  """Bonjour Sandra,

J'ai bien reçu les questionnaires d'Hélène Bertrand, merci. Je les ai ajoutés à son dossier. Si tu as aussi le plan d'action, je veux bien, mais seulement si elle est d'accord.

Agathe"""),
R("neg-colleague-about-shared-client", "fr", [], "Carole Lebrun <carole.lebrun.sophro@gmail.com>", "Mme Vasseur",
  """Bonjour,

Mme Corinne Vasseur m'a dit que vous alliez m'envoyer ses questionnaires. Je n'ai encore rien reçu. Pouvez-vous me dire où en sont ses données ?

Carole Lebrun, sophrologue"""),
R("neg-en-ex-client-chat", "en", [], "Tomás Ruiz <tomas.ruiz@gmail.com>", "Re: Copy of my session recordings and notes",
  """Got the files, thanks! One question — the notes from session 4 mention a book, could you remind me of the title?

Tomás""", q=("gmail", S, "Hi Tomás, please find attached a copy of your data as requested. Best, Sandra")),
R("neg-remove-from-whatsapp-logistic-fr", "fr", [], "Nicole Faure <nicole.faure@gmail.com>", "groupe whatsapp cercle",
  """Coucou Sandra, tu peux ajouter ma nouvelle voisine Sophie au groupe WhatsApp du cercle ? Son numéro : 06 78 12 33 90. Elle est d'accord. Bisous"""),
R("neg-client-rgpd-joke", "fr", [], "Laurent Hoarau <laurent.hoarau@gmail.com>", "Re: Demande de copie et correction",
  """Parfait, tout est à jour. Vous êtes plus rapide que mon opérateur téléphonique pour le RGPD ! 😄

Laurent""", q=("gmail", S, "Bonjour Monsieur Hoarau, voici la copie de votre fiche ; j'ai corrigé votre adresse. Sandra")),
R("neg-en-delete-old-mail", "en", [], "Olivia Brooks <olivia.brooks@gmail.com>", "Ignore my last email",
  """Hi Sandra, please ignore / delete my last email about rescheduling, I've sorted it. See you Thursday! Olivia"""),
R("neg-fwd-article-rgpd", "fr", [], "Martine Caillaud <martine.caillaud@orange.fr>", "TR: Protection des données : ce qui change pour les particuliers",
  """Sandra, j'ai pensé à vous en lisant cet article, à propos de notre discussion. Bises, Martine""",
  q=("fwd", "Le Berry Républicain <newsletter@leberry.fr>", "Protection des données : ce qui change pour les particuliers. Droit d'accès, droit à l'oubli, directives post-mortem : le point sur vos droits.", "Protection des données : ce qui change pour les particuliers"), q_to="martine.caillaud@orange.fr"),
R("neg-en-dpa-from-vendor", "en", [], "Kit (ConvertKit) <privacy@kit.com>", "Important: changes to our Data Processing Addendum",
  """Hi Sandra,

We're updating our Data Processing Addendum to reflect new sub-processors. As a controller, you remain responsible for handling your subscribers' requests to access, correct or delete their data.

The Kit team""", shape="alt", hdr={"List-Unsubscribe": "<https://kit.com/unsubscribe>"}),
# NEAR-LINE: judicial requisition about a client: authority request, not a data-subject right -> negative.
R("neg-gendarmerie", "fr", [], "Brigade de gendarmerie d'Issoudun <bta.issoudun@gendarmerie.interieur.gouv.fr>", "Réquisition judiciaire - procédure n° 00412/2025",
  """Madame,

Dans le cadre d'une enquête en cours, nous vous prions de nous communiquer les coordonnées et l'historique des rendez-vous de M. Yann LE GALL. Une réquisition judiciaire signée est jointe.

L'adjudant-chef, commandant de brigade""", att=["requisition_00412.pdf"]),
R("neg-lawyer-opposing-party", "fr", [], "Me Paul Ménard <p.menard@menard-avocats.fr>", "Affaire BESSON c/ BESSON",
  """Madame,

Je suis le conseil de Madame Nadia BESSON, épouse de votre client M. Patrice BESSON. Je vous serais obligé de me communiquer toute fiche de suivi le concernant, utile à la procédure en cours.

Paul Ménard, avocat"""),
R("neg-en-insurer-client", "en", [], "Claims Team - Aviva <claims@aviva-claims.co.uk>", "Claim ref 88-22014 - Ms Nora Haddad",
  """Dear Sir/Madam,

We are handling a claim for Ms Nora Haddad. Please provide copies of all session notes and attendance records relating to our policyholder.

Claims Team""", shape="html"),
R("neg-client-update-to-accountant", "fr", [], "Cabinet Expertise Berry - Marion <m.lagarde@expertise-berry.fr>", "Suppression de données dans le logiciel",
  """Bonjour Madame Delomenie,

Suite à votre demande concernant l'ancienne cliente Mme Colin : nous ne pouvons pas effacer ses factures de la comptabilité, elles doivent être conservées 10 ans. Nous avons en revanche supprimé sa fiche de contact du logiciel de relance.

Marion"""),
R("neg-webmaster-en-form-test", "en", [], "Romain - WebAtelier <romain@webatelier36.fr>", "Test: contact form",
  """[TEST] Contact form submission
Name: Test Romain
Email: test@webatelier36.fr
Message: I would like to delete my data (test du formulaire, ignorer)
--
This message was sent from the contact form on floraisondesoi.fr""", hdr={"X-Mailer": "WordPress/6.5; https://floraisondesoi.fr"}),
R("neg-contact-form-workshop", "fr", [], "WordPress <wordpress@floraisondesoi.fr>", "[Floraison de Soi] Nouveau message de : Cécile Barre",
  """De : Cécile Barre <cecile.barre@gmail.com>
Objet : Renseignement

Message :
Bonjour, je souhaiterais des informations sur vos tarifs d'accompagnement individuel. Peut-on faire les séances en visio ?

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  reply_to="Cécile Barre <cecile.barre@gmail.com>", hdr={"X-Mailer": "WordPress/6.5; https://floraisondesoi.fr"}),
R("neg-client-access-replay", "fr", [], "Pauline Garnier <pauline.garnier@gmail.com>", "Accès au replay",
  """Bonjour,
Je n'ai pas pu assister au webinaire de jeudi, est-ce que je peux avoir accès au replay ? Merci d'avance
Pauline"""),
R("neg-unsub-confirmation-auto", "fr", [], "Systeme.io <no-reply@systeme.io>", "Confirmation de votre désinscription",
  """Vous avez bien été désinscrit(e) de la liste « Floraison de Soi - Newsletter ». Vous ne recevrez plus d'e-mails de cette liste.""",
  to="Jacqueline Roux <jacqueline.roux@orange.fr>", hdr={"Auto-Submitted": "auto-generated"}),
R("neg-en-retreat-feedback", "en", [], "Aisha Mensah <aisha.mensah@gmail.com>", "Feedback form",
  """Hi Sandra, I've filled in the feedback questionnaire — feel free to use my comments however you like, anonymously of course. Thanks for a wonderful day! Aisha"""),
# NEAR-LINE: mother is gravely ill but alive; the daughter only passes on an absence -> negative (no post_mortem).
R("neg-sister-pm-question-living", "fr", [], "Élise Carpentier <elise.carpentier@gmail.com>", "Ma mère hospitalisée",
  """Bonjour Sandra,

Maman (Bernadette Carpentier) est hospitalisée en soins palliatifs. Elle m'a demandé de vous prévenir qu'elle ne pourra pas venir au cercle de jeudi. Elle vous embrasse.

Élise""", shape="alt"),
R("neg-en-spouse-cancel-booking", "en", [], "Robert Hughes <robert.hughes@gmail.com>", "Dan's session tomorrow",
  """Hi Sandra, Dan has come down with flu, so he won't make tomorrow's session. He'll be in touch to rebook. Rob"""),
R("neg-assistant-en-template", "en", [], "Justine Morel (assistante) <justine.morel.assistante@gmail.com>", "Template for deletion requests",
  """Hi Sandra,

Here's the English template for replying to deletion requests, following the French one:

"Dear [Name], we confirm that your personal data has been erased from our systems, except invoices which we must keep for 10 years..."

Let me know if you want changes.
Justine"""),
R("neg-own-sent-pm-condolences", "fr", [], S, "Condoléances",
  """Chère Madame Lacoste... pardon, cher Monsieur Lacoste,

J'ai bien reçu votre message et je vous présente mes sincères condoléances. J'ai fait le nécessaire pour que plus aucun courrier ne soit adressé à Josiane.

Avec toute ma sympathie,
Sandra""", to="Henri Lacoste <henri.lacoste@orange.fr>"),
R("neg-client-consent-renewal", "fr", [], "Sylvie Bonnet <sylvie.bonnet@gmail.com>", "Re: Souhaitez-vous continuer à recevoir nos nouvelles ?",
  """Oui oui, je veux continuer à recevoir la lettre ! Merci.
Sylvie""", q=("outlook", C, "Cela fait 3 ans que vous êtes inscrite à notre lettre. Souhaitez-vous continuer à la recevoir ? Sans réponse, vos coordonnées seront supprimées.", "Souhaitez-vous continuer à recevoir nos nouvelles ?"), q_to="Sylvie Bonnet <sylvie.bonnet@gmail.com>"),
R("neg-en-colleague-data-breach", "en", [], "Elena Rossi <elena.rossi.coach@gmail.com>", "Heads up - phishing",
  """Hi Sandra, just a heads-up: several coaches in our network got a fake "GDPR compliance" email asking for payment. Don't click anything! Elena"""),
R("neg-employee-union", "fr", [], "CSE Thermi-Pro <cse@thermi-pro.fr>", "Formation gestion du stress - retours des salariés",
  """Bonjour Madame,

Le CSE souhaiterait recevoir une synthèse anonymisée des retours des salariés sur la formation, sans aucune donnée nominative. Est-ce possible ?

Le secrétaire du CSE""", shape="qp"),
]
