# Post-mortem: heirs, notaries, executors, relatives after a death, and people
# leaving instructions for their own data after their death.
from common import M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, q, gmail_fr, gmail_en, apple_fr, outlook_fr, fwd_fr

RECORDS = [

M("b32-pm-notaire-castagnet", ["post_mortem"], "fr",
  "Office notarial Castagnet & Rives <accueil@castagnet-rives.notaires.fr>", "2025-02-11 10:37",
  "Succession de Mme Odile PERRAUDIN – votre cliente",
  """Madame,

Nous sommes chargés du règlement de la succession de Madame Odile PERRAUDIN, née le 2 juillet 1951, demeurant de son vivant 12 allée des Tilleuls à Châteauroux, décédée le 19 décembre 2024.

Parmi les papiers de la défunte, ses enfants ont retrouvé des factures établies par Floraison de Soi pour un accompagnement individuel en 2023 et 2024. À la demande des héritiers, nous vous saurions gré de bien vouloir :
- nous indiquer la nature des informations que vous conservez encore au nom de Madame PERRAUDIN ;
- procéder ensuite à la clôture de son dossier et à la suppression de ses coordonnées de vos listes d'envoi, les héritiers continuant de recevoir vos courriels sur son adresse.

Vous trouverez ci-joint une copie de l'acte de décès ainsi que l'attestation de dévolution successorale.

Nous restons à votre disposition et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Hélène CASTAGNET,
Laetitia Morin, clerc de notaire
Office notarial Castagnet & Rives
3 place Gambetta – 36000 Châteauroux
Tél. 02 54 22 18 40

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  attach=[("acte_deces_PERRAUDIN.pdf", "pdf", "Extrait d'acte de deces - PERRAUDIN Odile"),
          ("attestation_devolution.pdf", "pdf", "Attestation de devolution successorale")]),

# NEAR-LINE: the daughter asks to stop the newsletter and delete her late mother's data
# (objection + erasure wording), but a relative writing after a death is post_mortem only.
M("b32-pm-fille-newsletter-maman", ["post_mortem"], "fr",
  "Claire Vasseur <claire.vasseur58@gmail.com>", "2025-03-04 21:48",
  "Ma maman, Monique Vasseur",
  """Bonsoir Madame Deloménie,

Je me permets de vous écrire car ma maman, Monique Vasseur, nous a quittés le 12 février. Elle avait fait plusieurs ateliers avec vous à Issoudun et elle en parlait souvent, ça lui avait fait beaucoup de bien après le décès de papa.

Je gère sa boîte mail en ce moment pour les démarches et je vois qu'elle reçoit toujours votre lettre d'information chaque mois. Est-ce que vous pourriez arrêter les envois et effacer ce que vous avez à son nom ? Je préfère que tout soit fermé proprement.

Je peux vous envoyer une copie du certificat de décès si besoin.

Merci d'avance, et merci pour ce que vous lui avez apporté.

Claire Vasseur"""),

M("b32-pm-fils-notes-papa", ["post_mortem"], "fr",
  "Julien Marchetti <j.marchetti@free.fr>", "2025-05-19 08:15",
  "Demande concernant les séances de mon père, Antoine Marchetti (décédé)",
  """Bonjour,

Mon père, Antoine Marchetti, est décédé le 28 avril dernier. Je sais qu'il a suivi un accompagnement avec vous pendant quelques mois l'an dernier, au moment de sa retraite.

En tant que son fils et héritier, je souhaiterais, si la loi le permet, obtenir une copie des documents que vous avez conservés : fiches de suivi, questionnaires qu'il aurait remplis, échanges écrits. Nous essayons de comprendre certaines décisions qu'il a prises dans ses derniers mois et ces éléments pourraient nous aider.

Je joins l'acte de décès et le livret de famille. Je peux bien sûr compléter le dossier avec tout autre justificatif.

Bien cordialement,
Julien Marchetti
14 rue des Vignes, 18100 Vierzon""",
  attach=[("acte_de_deces_A_Marchetti.pdf", "pdf", "Acte de deces Antoine Marchetti"),
          ("livret_famille_p2.jpg", "jpg")]),

# NEAR-LINE: reads like withdrawing a testimonial consent, but the writer is the widower
# after the client's death -> post_mortem only.
M("b32-pm-veuf-temoignage-photo", ["post_mortem"], "fr",
  "Gérard Lacombe <gerard.lacombe36@orange.fr>", "2025-06-02 14:02",
  "témoignage de mon épouse sur votre site",
  """Madame,

Mon épouse Françoise Lacombe est décédée au début du mois de mai. En cherchant des photos d'elle, notre petit-fils est tombé sur votre site internet où figure son témoignage avec sa photo, sous le titre "Françoise, 68 ans".

C'est très dur pour nous de tomber dessus sans s'y attendre. Je vous demande de bien vouloir retirer ce témoignage et la photo, sur le site et sur votre page Facebook s'il y est aussi.

Je vous remercie de votre compréhension.

Gérard Lacombe""",
  cte="quoted-printable"),

M("b32-pm-directives-soeur", ["post_mortem"], "fr",
  "Nathalie Brossard <nathalie.brossard@laposte.net>", "2025-09-23 18:40",
  "Directives sur mes données après mon décès",
  """Bonjour Sandra,

Je suis en train de mettre mes affaires en ordre (rien d'alarmant, c'est suite à une discussion avec mon notaire) et j'ai lu dans votre politique de confidentialité qu'on pouvait donner des directives pour ses données après son décès.

Voici donc les miennes, pour ce que vous détenez sur moi chez Floraison de Soi :
1. À mon décès, je souhaite que l'ensemble de mes fiches de suivi, notes de séances et questionnaires soient détruits, sans être communiqués à qui que ce soit, y compris à mes enfants.
2. Seules les factures peuvent être conservées le temps de vos obligations comptables.
3. La personne que je désigne pour veiller à l'exécution de ces directives est ma sœur, Mme Isabelle Brossard (isabelle.brossard@gmail.com).

Je vous joins ma pièce d'identité et le document signé.

Merci de me confirmer que c'est bien enregistré.

Nathalie Brossard""",
  attach=[("directives_post_mortem_signees.pdf", "pdf", "Directives particulieres - Nathalie Brossard"),
          ("CNI_Brossard.jpg", "jpg")]),

M("b32-pm-directives-informel", ["post_mortem"], "fr",
  "Mimi Rolland <mimi.rolland@sfr.fr>", "2025-11-07 23:12",
  "une question un peu bizarre",
  """Coucou Sandra,

bon ma question va te paraître bizarre mais depuis mon opération j'y pense beaucoup. Si jamais il m'arrive quelque chose, je ne veux PAS que mes carnets de séances et tout ce que je t'ai raconté sur ma famille soient donnés à mon mari ou à mes enfants. Tu détruis tout, point.

Par contre la vidéo de l'atelier "renaître" où je témoigne, tu peux la garder, ça me ferait plaisir qu'elle serve à d'autres.

Je te mets ça par écrit pour que ce soit clair. Si tu as besoin d'une signature ou d'un papier, dis moi.

Bisous et à jeudi
Mimi (Michèle Rolland)"""),

M("b32-pm-executor-uk", ["post_mortem"], "en",
  "Howard Pemberton <h.pemberton@pembertonlaw.co.uk>", "2025-04-15 11:20",
  "Estate of the late Mrs Eleanor Whitfield",
  """Dear Ms Deloménie,

I act as executor of the estate of Mrs Eleanor Whitfield, formerly of Bourges, who died on 3 March 2025. Mrs Whitfield appears to have been enrolled on one of your online courses and to have had a monthly payment set up via Stripe.

On behalf of the estate I would be grateful if you would:
(a) confirm what personal information you still hold relating to Mrs Whitfield;
(b) close her course account and remove her from any mailing lists; and
(c) confirm that no further payments will be taken.

A certified copy of the death certificate and the grant of probate are attached.

Yours sincerely,

Howard Pemberton
Executor
Pemberton & Lyle LLP, 22 Castle Street, Shrewsbury SY1 2BQ""",
  attach=[("Whitfield_death_certificate.pdf", "pdf", "Certified copy - death certificate Eleanor Whitfield"),
          ("Grant_of_probate.pdf", "pdf", "Grant of Probate")]),

M("b32-pm-daughter-recordings-us", ["post_mortem"], "en",
  "Rachel Donnelly <rachel.donnelly@yahoo.com>", "2025-08-21 03:55",
  "my mom's coaching recordings",
  """Hi Sandra,

You don't know me, I'm Janet Donnelly's daughter. Mom moved to France in 2019 and did a long series of online sessions with you. She passed away in July, very suddenly.

Going through her laptop I found out the sessions were recorded. I know this is an unusual request but would it be possible to get a copy of those recordings and any notes? Hearing her voice talking about her plans would mean the world to my brother and me. We're her only children and I'm handling the estate.

I can send her death certificate (it's in French, from the mairie in Vichy) and my passport.

Thank you so much for reading this.
Rachel Donnelly
Portland, OR""",
  fmt="alt"),

M("b32-pm-notaire-belge", ["post_mortem"], "fr-BE",
  "Étude du notaire Vandenbroucke <etude@vandenbroucke-notaire.be>", "2025-10-09 09:03",
  "Succession Lambert Jacqueline – réf. 2025/0417",
  """Madame,

En ma qualité de notaire en charge de la succession de feu Madame Jacqueline LAMBERT, domiciliée de son vivant à Namur, décédée le 30 août 2025, je me permets de prendre contact avec vous.

Il ressort des relevés bancaires de la défunte qu'elle a réglé en 2025 plusieurs formations en ligne auprès de votre entreprise. Les héritiers, Monsieur Pierre LAMBERT et Madame Sophie LAMBERT, m'ont chargé de vous demander de clôturer son compte de formation, de supprimer ses données personnelles et de ne plus lui adresser de communications.

Je vous remercie de bien vouloir me confirmer la bonne exécution de ces démarches par retour de courriel, en rappelant la référence ci-dessus.

Veuillez agréer, Madame, l'assurance de ma considération distinguée.

Maître Bernard Vandenbroucke
Notaire à Namur
Rue de Fer 41 – 5000 Namur – Belgique""",
  attach=[("acte_deces_LAMBERT.pdf", "pdf", "Extrait acte de deces - Jacqueline Lambert")]),

M("b32-pm-executeur-geneve", ["post_mortem"], "fr-CH",
  "Marc-André Rochat <ma.rochat@bluewin.ch>", "2026-01-13 16:27",
  "Feu Madame Anne-Lise Rochat – données personnelles",
  """Madame,

Je suis l'exécuteur testamentaire désigné de feu ma tante, Madame Anne-Lise Rochat, décédée à Genève le 22 novembre 2025. Elle avait suivi votre formation en ligne « S'affirmer sans s'épuiser » et participé à un stage à Issoudun en 2024.

Conformément aux volontés qu'elle a exprimées dans son testament, je vous prie de bien vouloir me transmettre une copie des documents écrits qu'elle aurait produits dans le cadre de ces formations (elle tenait à ce que ses écrits soient conservés par la famille), puis de supprimer son compte.

Vous trouverez en annexe le certificat d'héritier et l'extrait du testament qui me désigne.

Avec mes salutations les meilleures,

Marc-André Rochat
Chemin de la Gravière 8
1227 Carouge GE""",
  attach=[("certificat_heritier.pdf", "pdf", "Certificat d'heritier - succession Rochat"),
          ("extrait_testament.pdf", "pdf", "Extrait de testament")]),

M("b32-pm-liquidateur-quebec", ["post_mortem"], "fr-CA",
  "Étienne Gagnon <etienne.gagnon@videotron.ca>", "2025-07-30 13:44",
  "Décès de ma mère Lise Gagnon",
  """Bonjour Madame,

Je vous écris de Québec. Ma mère, Lise Gagnon, est décédée le 4 juillet dernier et je suis le liquidateur de sa succession.

Elle suivait vos formations en ligne depuis l'an dernier, elle avait connu votre travail par une amie française. J'ai trouvé dans ses courriels ses accès à votre plateforme et plusieurs infolettres.

Je voudrais fermer son dossier correctement : savoir ce que vous avez comme renseignements sur elle, et que tout soit effacé ensuite. Je ne veux pas que son nom traîne dans des listes d'envoi.

Je peux vous faire parvenir le certificat de décès du Directeur de l'état civil et le document notarié qui me nomme liquidateur.

Merci beaucoup et bonne journée,
Étienne Gagnon
Québec (Québec)"""),

M("b32-pm-advance-directive-en", ["post_mortem"], "en",
  "Fiona McAllister <fiona.mcallister@icloud.com>", "2025-12-01 10:06",
  "Instructions for my data after I die",
  """Dear Sandra,

As you know I'm dealing with quite a serious diagnosis at the moment. I'm putting my paperwork in order and my lawyer told me that in France I can leave instructions about what happens to my personal data after my death.

So, for the record, regarding everything Floraison de Soi holds on me:
- after my death, please delete my session notes, the health questionnaire and the workbook I shared with you;
- my husband, Callum McAllister, can be told that I was a client but should not receive any of the content;
- Callum is the person I'm naming to make sure this is carried out. His email is callum.mcallister@icloud.com.

I've signed the attached letter. Please let me know you've received it and filed it.

With warmth and gratitude,
Fiona""",
  attach=[("Fiona_McAllister_data_instructions.pdf", "pdf", "Directives regarding personal data - Fiona McAllister")]),

# NEAR-LINE: the deceased person was a minor (15) when she attended the workshop; a parent of a
# minor would normally make it an ordinary request, but writing after the death makes it post_mortem only.
M("b32-pm-parents-ado-decede", ["post_mortem"], "fr",
  "Sylvie et Thomas Renard <famille.renard36@gmail.com>", "2025-04-28 20:31",
  "Notre fils Hugo",
  """Madame Deloménie,

C'est avec une immense tristesse que nous vous écrivons. Notre fils Hugo, qui avait participé à votre stage "Confiance ado" en octobre, est décédé dans un accident le 6 avril. Il avait 15 ans.

Nous aurions deux demandes. D'abord, la photo de groupe du stage où il apparaît est toujours en ligne sur votre page Facebook ; nous aimerions qu'elle soit retirée, ou qu'il soit flouté. Ensuite, Hugo avait rempli un questionnaire pendant le stage, "ce qui me rend fort". Si vous l'avez gardé, nous voudrions beaucoup en recevoir une copie.

Nous joignons l'acte de décès.

Merci pour votre humanité.
Sylvie et Thomas Renard""",
  attach=[("acte_deces_Hugo_Renard.pdf", "pdf", "Acte de deces - Hugo Renard")]),

# NEAR-LINE: the brother mainly wants a Stripe subscription stopped (a cancellation would be a
# negative), but he writes after the client's death and asks for her data to be removed -> post_mortem.
M("b32-pm-frere-abonnement-stripe", ["post_mortem"], "fr",
  "Olivier Dumas <olivier.dumas@outlook.fr>", "2025-09-02 12:18",
  "Prélèvements sur le compte de ma sœur décédée",
  """Bonjour,

Ma sœur, Camille Dumas, est décédée le 14 juillet. En faisant le point sur ses comptes avec la banque, je constate qu'un prélèvement mensuel de 29 € au nom de "FLORAISON DE SOI" continue d'être débité (abonnement au programme en ligne, je crois).

Je vous demande d'arrêter cet abonnement et de supprimer sa carte bancaire et ses informations de votre système. Pour les prélèvements postérieurs au décès (août et septembre), pourriez-vous voir pour un remboursement sur le compte de la succession ?

Je suis son frère et je m'occupe de la succession avec notre mère. Je peux envoyer les justificatifs nécessaires.

Cordialement,
Olivier Dumas
06 72 44 18 93"""),

# NEAR-LINE: a living client asks for a copy of her data now (access) and in the same message
# leaves instructions for after her death (post_mortem): both rights are labelled.
M("b32-pm-copie-et-directives", ["access", "post_mortem"], "fr",
  "Bernadette Chauvin <b.chauvin@wanadoo.fr>", "2026-02-17 09:50",
  "Mes données : copie + consignes",
  """Bonjour Madame Deloménie,

J'ai 74 ans et je range mes papiers. Deux choses :

1) Pourriez-vous m'envoyer une copie de tout ce que vous avez sur moi (fiches, comptes rendus de séances, questionnaires, factures) ? Je voudrais relire tout cela tranquillement.

2) Pour plus tard : quand je ne serai plus là, je souhaite que mon dossier soit remis à ma fille Agnès Chauvin, et à personne d'autre. Vous pouvez ensuite le détruire. Mon neveu n'a pas à le voir, même s'il vous écrit.

Ci-joint ma carte d'identité.

Avec toute ma reconnaissance,
Bernadette Chauvin
7 impasse du Moulin, 36100 Issoudun""",
  attach=[("carte_identite_chauvin.jpg", "jpg")]),

M("b32-pm-german-widow-systemeio", ["post_mortem"], "en-nonnative",
  "Ingrid Hoffmann <ingrid.hoffmann@web.de>", "2025-11-18 15:09",
  "Account of my died husband Klaus Hoffmann",
  """Dear Mrs Delomenie,

I write you because my husband Klaus Hoffmann is died in September. He made your online course for coaching in english and french language, I think on the systeme.io platform.

I am his wife and his heir. Please can you close his account and tell me which data of him are still saved by you? I want also that he do not get more e-mails, every week comes one and it is hard for me to see it.

I can send the death certificate (Sterbeurkunde) and the Erbschein if you need it.

Thank you and best regards
Ingrid Hoffmann
Freiburg im Breisgau""",
  cte="base64"),

M("b32-pm-avocat-heritiers", ["post_mortem"], "fr",
  "Cabinet Ferrand Avocats <secretariat@ferrand-avocats.fr>", "2026-03-10 17:22",
  "Succession DELAGE – demande de communication",
  """Madame,

Je vous informe être le conseil de Mesdames Élise et Mathilde DELAGE, seules héritières de leur père, Monsieur Roger DELAGE, décédé le 2 janvier 2026 à Bourges.

Monsieur DELAGE a bénéficié d'un accompagnement individuel auprès de vous en 2025. Dans le cadre d'un désaccord familial portant sur une donation consentie peu avant le décès, mes clientes souhaitent avoir communication des éléments écrits conservés dans son dossier, dans les limites prévues par l'article 85 de la loi Informatique et Libertés.

Vous trouverez ci-joint le mandat signé par mes clientes, l'acte de décès et l'acte de notoriété.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Maître Philippe Ferrand
Avocat au Barreau de Bourges
11 rue Moyenne – 18000 Bourges

Ce courriel est couvert par le secret professionnel.""",
  attach=[("mandat_heritieres_DELAGE.pdf", "pdf", "Mandat - Elise et Mathilde Delage"),
          ("acte_deces_DELAGE.pdf", "pdf", "Acte de deces Roger Delage"),
          ("acte_notoriete.pdf", "pdf", "Acte de notoriete")]),

# NEAR-LINE: the wording is a plain unsubscribe ("désabonner"), which alone would be objection,
# but the son writes because his mother died -> post_mortem only.
M("b32-pm-fils-desabonner-maman", ["post_mortem"], "fr-informal",
  "kevin.moreau <kevin.moreau86@hotmail.fr>", "2026-04-06 19:03",
  "desabonner ma mere",
  """bonjour
ma mere Martine Moreau est decedee le mois dernier, elle recevait vos mails sur martine.moreau36@orange.fr, je m'occupe de sa boite mail.
merci de la desabonner et de retirer son adresse de vos fichiers
cordialement
Kevin Moreau""",
  in_reply_to="b32-nl-avril-2026", parent_addr="contact@floraisondesoi.fr"),

# NEAR-LINE: a living client changes the person she had designated in her post-mortem directives;
# although it "modifies" something, this is about her data after death -> post_mortem (not rectification).
M("b32-pm-modif-directives", ["post_mortem"], "fr",
  "Hélène Quintin <helene.quintin@gmail.com>", "2026-05-26 11:41",
  "Re: Directives post-mortem – bien enregistrées",
  """Bonjour Sandra,

Je reviens vers vous au sujet des directives que je vous avais transmises l'an dernier pour mes données après mon décès. Je souhaite changer la personne désignée : ce ne sera plus mon ex-compagnon, Laurent Perrin, mais mon amie Corinne Weber (corinne.weber@laposte.net, 06 33 12 90 54).

Le reste de mes consignes ne change pas : destruction de mes notes de séances, pas de communication à ma famille.

Merci de mettre à jour votre dossier.
Hélène

""" + gmail_fr("mar. 8 avr. 2025 à 16:20", "Sandra Deloménie <sandra.delomenie@orange.fr>",
               """Bonjour Hélène,

Je vous confirme que vos directives relatives à vos données après votre décès sont bien enregistrées dans votre dossier, avec la désignation de M. Laurent Perrin pour en assurer l'exécution.

Bien à vous,
Sandra"""),
  in_reply_to="b32-pm-quintin-confirm-2025"),

]
