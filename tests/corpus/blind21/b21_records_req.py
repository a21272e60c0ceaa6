# -*- coding: utf-8 -*-
"""Requests (non-empty rights). Emphasis: family, heirs, lawyers, people writing for others."""
from b21_records import R, S, C

REQ = [
# ---------------- parents writing for minor children ----------------
R("minor-teen-erase-photos", "fr", ["erasure", "withdraw_consent"],
  "Nathalie Fournier <nath.fournier36@gmail.com>", "Données de ma fille Lila (15 ans) - atelier ados",
  """Bonjour Madame Delomenie,

Ma fille Lila Fournier, 15 ans, a participé à votre atelier « Confiance en soi pour les ados » en avril. Nous avons décidé avec son père qu'elle n'y retournerait pas.

En tant que représentante légale, je vous demande d'effacer l'ensemble des données personnelles la concernant (fiche d'inscription, questionnaire, échanges) et de retirer les photos de groupe où elle apparaît sur votre page Facebook et votre site. Nous retirons l'autorisation de droit à l'image signée à l'inscription.

Vous trouverez ci-joint le livret de famille pour justifier de mon autorité parentale.

Cordialement,
Nathalie Fournier
06 12 44 87 09""", att=["livret_famille_Fournier.pdf"]),

R("minor-father-notes-access", "fr", ["access"],
  "Olivier Marchal <o.marchal@laposte.net>", "Suivi de mon fils Hugo - demande de copie",
  """Madame,

Mon fils Hugo (14 ans) a suivi six séances d'accompagnement avec vous entre janvier et mars, à la demande de sa mère. Nous exerçons l'autorité parentale conjointement.

Je souhaiterais obtenir une copie des données que vous détenez sur lui : fiche de suivi, notes de séance, questionnaires remplis, ainsi que les échanges de mails le concernant. Pourriez-vous me les transmettre ?

Je joins ma pièce d'identité et l'extrait d'acte de naissance d'Hugo.

Bien à vous,
Olivier Marchal""", att=["CNI_Olivier_Marchal.pdf", "acte_naissance_Hugo.pdf"]),

R("minor-en-son-photo", "en", ["withdraw_consent"],
  "Rachel Whitfield <rachel.whitfield@btinternet.com>", "Photo of my son on Instagram",
  """Hi Sandra,

My son Tom (he's 12) was at the kids' mindfulness afternoon in Issoudun during our stay in July. I've just seen he's clearly visible in the photo you posted on Instagram and in the slideshow on your website.

I did tick the photo box on the form, but on reflection I'd rather not have him online at all, so I'm withdrawing that consent. Could you take down the pictures he's in, please?

Many thanks, it was a lovely afternoon otherwise.
Rachel""", shape="alt"),

R("minor-name-misspelt", "fr", ["rectification"],
  "Karim Benali <karim.benali@free.fr>", "Erreur sur le nom de ma fille",
  """Bonjour,

Ma fille est inscrite à votre stage de sophro-relaxation des vacances de la Toussaint (elle a 11 ans). Son nom a été enregistré « Yasmine Benalli » avec deux L, alors que c'est Yasmina BENALI, avec un A à la fin et un seul L. L'erreur apparaît sur la confirmation et sur l'attestation.

Pouvez-vous corriger dans vos fichiers s'il vous plaît ? Sa date de naissance est aussi fausse : c'est le 14/02/2014 et non le 12/04/2014.

Merci d'avance,
Karim Benali (papa de Yasmina)"""),

R("minor-unsub-newsletter", "fr", ["objection"],
  "Sophie Garnier <sophie.garnier@orange.fr>", "newsletter adressée à mon fils",
  """Bonjour,

Mon fils Mathis, 16 ans, a laissé son adresse mail (mathis.garnier2009@gmail.com) sur votre stand au salon du bien-être de Châteauroux. Il reçoit depuis votre newsletter et vos offres de formation.

Je vous remercie de le retirer de votre liste de diffusion et de ne plus lui envoyer de mails commerciaux. Il est mineur et n'a pas à recevoir ce type de sollicitations.

Sophie Garnier"""),

R("minor-both-parents-what-held", "fr", ["access"],
  "Famille Leroy-Dumas <leroy.dumas@sfr.fr>", "Demande d'information - données concernant notre fils Noé",
  """Madame Dumot-Deloménie,

Nous sommes les parents de Noé Leroy-Dumas, 13 ans, que vous avez reçu en accompagnement l'an dernier sur orientation de l'infirmière scolaire.

Nous souhaitons savoir précisément quelles informations vous conservez à son sujet, d'où elles proviennent (le collège vous a-t-il transmis quelque chose ?) et si elles ont été communiquées à des tiers, notamment à l'établissement scolaire.

Merci de nous répondre par écrit.

Claire Leroy et Julien Dumas"""),

R("minor-en-export-new-coach", "en", ["portability"],
  "Mark Donnelly <mark.donnelly@gmail.com>", "Ellie's records - transfer to new practitioner",
  """Dear Ms Delomenie,

As you know we're moving back to Dublin in September. Our daughter Ellie (10) has been seeing you for anxiety since last year and her new therapist has asked for her intake form and the questionnaires she filled in.

As her parent, could you send us her data in an electronic format we can pass on (PDF or spreadsheet is fine), or send it directly to Dr. Aoife Brennan at abrennan@childmind.ie if that's easier?

Kind regards,
Mark Donnelly"""),

# NEAR-LINE: mother of a 14-year-old who signed up alone; new text above a quoted welcome mail -> erasure.
R("minor-stop-contact-mother", "fr", ["erasure"],
  "Élodie Perrin <elodie.perrin@hotmail.fr>", "Re: Votre inscription à la Masterclass Ados",
  """Bonjour,

C'est la maman de Jade. Elle s'est inscrite toute seule sur Systeme.io avec mon adresse, elle a 14 ans et je n'étais pas au courant. Merci de supprimer son compte et toutes les données la concernant (nom, date de naissance, réponses au questionnaire d'entrée).

Bonne journée
Élodie Perrin""", q=("gmail", C, "Bonjour Jade,\n\nBienvenue dans la Masterclass Ados ! Voici vos identifiants pour accéder à votre espace de formation.\n\nÀ très vite,\nSandra")),

# ---------------- lawyers / mandates ----------------
R("lawyer-access-mandate", "fr", ["access"],
  "Maître Hélène Vasseur <h.vasseur@vasseur-avocats.fr>", "Mme Corinne LAMBERT - exercice du droit d'accès (art. 15 RGPD)",
  """Madame,

J'interviens en qualité de conseil de Madame Corinne LAMBERT, demeurant 12 rue des Minimes à Bourges, qui a bénéficié d'un accompagnement individuel auprès de votre cabinet de septembre 2023 à juin 2024.

Agissant en vertu du mandat ci-joint, je vous prie de bien vouloir me communiquer, dans le délai d'un mois prévu à l'article 12 du RGPD, une copie de l'intégralité des données personnelles concernant ma cliente, en ce compris les notes de séance, fiches de suivi, questionnaires, échanges électroniques et données de facturation, ainsi que la liste des destinataires auxquels ces données ont pu être communiquées.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène VASSEUR
Avocat au Barreau de Bourges
14 boulevard de la République – 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.""",
  att=["Mandat_LAMBERT_signe.pdf", "CNI_LAMBERT_Corinne.pdf"], shape="qp"),

R("lawyer-rectif-restrict", "fr", ["rectification", "restriction"],
  "Cabinet Roux & Associés <secretariat@roux-associes.fr>", "V/Réf : Delomenie / N/Réf : 25-0187 M. BESSON",
  """Madame,

Nous sommes mandatés par Monsieur Patrice BESSON (mandat joint).

Notre client conteste l'exactitude de la mention figurant dans la fiche de suivi établie à l'issue de la séance du 4 mars 2025, selon laquelle il aurait « reconnu des épisodes de violence verbale ». Cette mention ne reflète pas ses propos.

Nous vous demandons en conséquence :
1) de rectifier cette mention ;
2) dans l'attente, de limiter tout traitement de cette fiche, et notamment de ne pas la communiquer à quiconque, y compris dans le cadre de la procédure familiale en cours.

Veuillez agréer, Madame, nos salutations distinguées.

Pour le Cabinet,
Me Antoine Roux""", att=["mandat_BESSON.pdf"], hdr={"Organization": "Roux & Associés - Avocats"}),

R("lawyer-en-erase-object", "en", ["erasure", "objection"],
  "Priya Natarajan <p.natarajan@hallettlaw.co.uk>", "Our client: Ms Joanne Carter - data erasure request",
  """Dear Ms Delomenie,

We act for Ms Joanne Carter, who attended your online programme "Bloom" in 2024. A signed letter of authority is attached.

On our client's behalf we request that you (i) erase all personal data you hold about her, including her Systeme.io account and any coaching notes, and (ii) in the meantime cease sending her any marketing communications.

Please confirm in writing once this has been done.

Yours sincerely,

Priya Natarajan
Associate, Hallett Law LLP
This email is confidential and may be legally privileged.""", att=["Letter_of_Authority_JCarter.pdf"]),

R("lawyer-keep-data-dispute", "fr", ["restriction"],
  "Me Julie Ferrand <julie.ferrand@avocat-ferrand.fr>", "Mme Aurélie THOMAS - demande de conservation / limitation",
  """Madame,

Je représente Madame Aurélie THOMAS, votre ancienne cliente (pouvoir ci-joint).

Ma cliente a appris que vous prévoyiez de purger les dossiers des anciens clients. Un litige l'opposant à son ancien employeur étant en cours, elle a besoin que les éléments de son dossier (notamment ses questionnaires et les échanges de mails de 2023) soient conservés.

Je vous demande donc de ne pas les effacer, mais de ne plus les utiliser à aucune autre fin que leur conservation jusqu'à l'issue de la procédure.

Bien confraternellement — pardon, bien cordialement,
Julie Ferrand""", att=["pouvoir_THOMAS.pdf"]),

# ---------------- adults helping elderly parents ----------------
# NEAR-LINE: written by the son, but the mother is in Cc and confirms in her own words under the message:
# the data subject is present and endorses it, so it is her request (objection).
R("elderly-cc-mother-unsub", "fr", ["objection"],
  "Thierry Bouchet <thierry.bouchet@wanadoo.fr>", "Mails pour ma mère, Mme Odette Bouchet",
  """Bonjour Madame,

Je vous écris pour ma mère, Odette Bouchet (en copie), qui a 84 ans et a du mal avec l'ordinateur. Elle reçoit chaque semaine vos mails d'offres et de newsletter et cela l'angoisse un peu. Elle ne souhaite plus les recevoir.

Maman, je t'ai mise en copie, tu peux confirmer ?

Thierry

---
Oui c'est bien moi, je ne veux plus recevoir ces mails merci. Odette Bouchet""",
  cc="Odette Bouchet <odette.bouchet36@orange.fr>"),

# NEAR-LINE: sent from the mother's own mailbox, typed by her daughter under dictation and signed by the mother:
# the data subject is the sender, so this is a request (access).
R("elderly-dictated-access", "fr", ["access"],
  "Jeanine Moreau <jeanine.moreau@orange.fr>", "demande",
  """Bonjour Madame Sandra

C'est ma fille Valérie qui tape ce message pour moi car je ne vois plus bien l'écran. J'avais fait les ateliers mémoire et bien-être en 2022 et 2023 au centre social.

Je voudrais savoir ce que vous avez gardé comme renseignements sur moi, j'avais rempli des papiers avec mes médicaments et ma santé. Pouvez vous m'envoyer une copie par la poste a mon adresse 7 impasse des Tilleuls 36100 Issoudun.

Merci bien
Jeanine Moreau"""),

# NEAR-LINE: the daughter writes from her own address, but the father is in Cc and the daughter states that he
# asked for it and is copied; he replies "d'accord" in-line. Treated as the father's request (erasure).
R("elderly-cc-father-erase", "fr", ["erasure"],
  "Anne-Sophie Lemaire <as.lemaire@gmail.com>", "Compte de mon père - Gérard Lemaire",
  """Bonjour,

Mon père Gérard Lemaire (en copie de ce mail) a suivi votre programme en ligne « Retraite sereine » il y a deux ans. Il m'a demandé de vous écrire car il souhaite que vous supprimiez son compte et toutes ses données, il ne s'en sert plus et ne veut plus rien recevoir.

Il est en copie pour que vous ayez son accord.

Cordialement,
Anne-Sophie Lemaire

> Je confirme, supprimez tout. G. Lemaire""",
  cc="Gérard Lemaire <gerard.lemaire@laposte.net>"),

# NEAR-LINE: English, sent from the father's account by his son, signed "for Dad" and "Dad says: yes please".
R("elderly-en-dad-account-rect", "en", ["rectification"],
  "Brian Hollis <brian.hollis41@gmail.com>", "Change of address and phone",
  """Hello Sandra,

This is Brian's son Paul writing from Dad's account, he's sat next to me. Dad has moved into sheltered housing and his details need updating on your records for the wellbeing circle:

New address: Résidence Les Glycines, apt 14, 3 rue de la Gare, 36100 Issoudun
New phone: 06 45 12 78 30 (the landline 02 54 21 xx xx is cut off, please remove it)

Dad says: yes please and thank you!

Paul (for Brian Hollis)"""),

# ---------------- heirs / post mortem ----------------
R("pm-daughter-delete-all", "fr", ["post_mortem"],
  "Isabelle Garnier-Roche <isa.garnier.roche@gmail.com>", "Décès de ma mère, Mme Monique Roche",
  """Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Monique Roche, le 2 février dernier. Elle vous appréciait beaucoup et parlait souvent de vos ateliers.

En tant que fille et héritière, je vous demande de clôturer son compte sur votre plateforme de formation, d'arrêter l'envoi des mails et de supprimer toutes ses données. Je joins l'acte de décès.

Merci pour tout ce que vous lui avez apporté.
Isabelle Garnier-Roche""", att=["acte_de_deces_Roche.pdf"]),

R("pm-notary-succession", "fr", ["post_mortem"],
  "Office notarial Girard & Pinault <office.girard@notaires.fr>", "Succession M. Jean-Claude FAVRE - demande d'information",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Jean-Claude FAVRE, décédé le 18 novembre 2025 à Châteauroux.

Les héritiers nous indiquent que le défunt avait souscrit auprès de vous un accompagnement payé par prélèvement mensuel. Nous vous remercions de nous faire connaître les sommes éventuellement dues ou à rembourser, de nous adresser copie du contrat et des factures, et de procéder à la clôture du dossier.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître GIRARD,
Florence Pinault, clerc de notaire""", att=["attestation_notaire_FAVRE.pdf"], shape="qp"),

R("pm-en-widower-newsletter", "en", ["post_mortem"],
  "David Ashworth <d.ashworth@me.com>", "Please stop emails to Helen",
  """Dear Sandra,

I'm sorry to have to tell you that my wife Helen passed away in October. She loved your weekly letters and kept every one.

They are still arriving in her inbox and I'm finding it hard. Could you please take her off your list and remove her details?

With thanks,
David Ashworth"""),

R("pm-son-testimonial", "fr", ["post_mortem"],
  "Romain Vidal <romain.vidal@outlook.fr>", "Témoignage de mon père sur votre site",
  """Bonjour,

Mon père, Bernard Vidal, est décédé en décembre. Son témoignage vidéo, avec sa photo, figure toujours sur la page « Ils m'ont fait confiance » de votre site.

La famille préférerait qu'il soit retiré. Pourriez-vous faire le nécessaire ?

Merci de votre compréhension,
Romain Vidal

Envoyé de mon iPhone"""),

R("pm-sister-notes", "fr", ["post_mortem"],
  "Claire Dupuis <claire.dupuis@yahoo.fr>", "Mon frère Stéphane Dupuis",
  """Madame,

Mon frère Stéphane s'est donné la mort en janvier. Je sais qu'il vous consultait depuis plusieurs mois. Je suis sa seule famille.

J'aimerais, si c'est possible, avoir accès aux notes et aux écrits qu'il vous avait confiés. J'ai besoin de comprendre. Je peux vous fournir l'acte de décès et un certificat d'hérédité.

Claire Dupuis"""),

R("pm-own-directives-fr", "fr", ["post_mortem"],
  "Martine Caillaud <martine.caillaud@orange.fr>", "Mes directives pour après mon décès",
  """Bonjour Sandra,

Suite à notre dernière séance où nous avons parlé de « mettre de l'ordre », je voulais vous laisser une consigne écrite.

Le jour où je ne serai plus là, je souhaite que l'ensemble de mes notes de séance et de mes carnets soient détruits, et qu'aucune information ne soit communiquée à mes enfants. Ma fille Caroline est au courant et vous préviendra.

Je vous embrasse,
Martine"""),

R("pm-own-directives-en", "en", ["post_mortem"],
  "Gillian Probert <gill.probert@gmail.com>", "My wishes regarding my data",
  """Hi Sandra,

I'm putting my affairs in order after the diagnosis. I'd like to leave you a clear instruction: after my death, please delete everything you hold about me (notes, the recordings of our sessions, my account), except that my son Owen can have a copy of the letters I wrote during the programme if he asks you.

Thank you for everything.
Gill"""),

R("pm-husband-stripe", "fr", ["post_mortem"],
  "Alain Mercier <alain.mercier36@sfr.fr>", "Prélèvements au nom de ma femme",
  """Madame,

Mon épouse Chantal Mercier est décédée le 12 mai. Je constate que des paiements mensuels à « Floraison de Soi » continuent d'être prélevés sur sa carte.

Je vous demande d'arrêter ces paiements, de résilier son abonnement et d'effacer ses coordonnées bancaires et ses informations.

Alain Mercier""", att=["acte_deces_C_Mercier.jpg"]),

R("pm-daughter-invoices", "fr", ["post_mortem"],
  "Sylvie Bonnet <sylvie.bonnet@gmail.com>", "Factures de ma mère pour la déclaration de succession",
  """Bonjour,

Ma mère Lucienne Bonnet est décédée en septembre. Le notaire nous demande de rassembler ses dépenses de 2025. Elle avait suivi votre formation « Mieux vivre après 70 ans ».

Pourriez-vous m'envoyer une copie de ses factures et de ce que vous avez comme informations à son nom ?

Sylvie Bonnet""", shape="html"),

# NEAR-LINE: niece (relative) writing after the uncle's death; she asks to close the account -> post_mortem only.
R("pm-niece-systemeio", "fr", ["post_mortem"],
  "Léa Fontaine <lea.fontaine@icloud.com>", "Fermeture du compte de mon oncle",
  """Bonjour,

Mon oncle Pierre Fontaine nous a quittés le mois dernier. Je m'occupe de ses affaires avec ma tante. Il avait un compte sur votre espace de formation (Systeme.io) avec l'adresse pierre.fontaine@orange.fr.

Est-ce que vous pouvez fermer ce compte et retirer son nom de vos listes ?

Merci
Léa""", shape="alt"),

R("pm-en-executor", "en", ["post_mortem"],
  "James Whitaker <j.whitaker@whitaker-probate.co.uk>", "Estate of the late Mrs Margaret Ellis",
  """Dear Madam,

I am the executor of the estate of the late Mrs Margaret Ellis of Rue Porte Neuve, Issoudun, who died on 3 March 2025.

Please provide a copy of any personal data you hold relating to Mrs Ellis, together with any account balance or sums owed, and thereafter close her records. A copy of the grant of probate is attached.

Yours faithfully,
James Whitaker""", att=["Grant_of_Probate_Ellis.pdf"]),

# NEAR-LINE: the data subject leaves instructions for after her death -> post_mortem (not erasure).
R("pm-own-daughter-transmit", "fr", ["post_mortem"],
  "Francine Aubert <francine.aubert@laposte.net>", "Directive particulière",
  """Madame Delomenie,

Conformément à ce que prévoit votre politique de confidentialité (article 13), je vous transmets une directive particulière concernant mes données après mon décès :

- mes fiches de suivi et mes écrits pourront être communiqués à ma fille, Mme Émilie Aubert ;
- tout le reste (compte, paiements, photos) devra être supprimé.

Ma fille est désignée pour exécuter cette directive. Document signé joint.

Francine Aubert""", att=["directive_post_mortem_Aubert.pdf"]),

# NEAR-LINE: asks to correct then to stop/delete; widower after death -> post_mortem only.
R("pm-widower-correct-name", "fr", ["post_mortem"],
  "Henri Lacoste <henri.lacoste@orange.fr>", "Erreur de nom - ma défunte épouse",
  """Madame,

Mon épouse Josiane est décédée au printemps. Je reçois encore du courrier à son nom de jeune fille « Josiane Perrot » envoyé par votre organisme. Pourriez-vous corriger ou plutôt tout arrêter et supprimer sa fiche ?

Salutations,
Henri Lacoste"""),

# NEAR-LINE: PACS partner after death, asks for copies then removal of photos -> post_mortem only, not access/withdraw_consent.
R("pm-pacs-partner-photos", "fr", ["post_mortem"],
  "Mélanie Caron <melanie.caron@proton.me>", "Photos de Julien - stage de juin",
  """Bonjour Sandra,

Je ne sais pas si vous avez appris la nouvelle : Julien, mon compagnon (nous étions pacsés), est décédé dans un accident de moto le mois dernier.

Il y a des photos de lui sur votre page du stage de juin. Je voudrais récupérer les originaux si vous les avez, et ensuite qu'elles soient retirées. Sa mère est d'accord.

Merci d'avance,
Mélanie""", att=["certificat_pacs.pdf"]),

R("pm-en-son-recordings", "en", ["post_mortem"],
  "Owen Probert <owen.probert@outlook.com>", "Mum (Gillian Probert)",
  """Dear Sandra,

Mum passed away peacefully last week. She told me she had left instructions with you. I'd like to ask for the copy of the letters she wrote during the programme, as she wished. I can send the death certificate.

Thank you for being there for her.
Owen""", q=("gmail", "Gillian Probert <gill.probert@gmail.com>", "Owen, I've sent Sandra my wishes. The letters are yours if you want them. x Mum")),

R("pm-brother-delete-account", "fr", ["post_mortem"],
  "Patrick Renaud <p.renaud@bbox.fr>", "compte de ma soeur Nadine",
  """bonjour
ma soeur Nadine Renaud est décédée en aout, elle avait une inscription chez vous pour le cycle de l'automne.
Pouvez vous annuler et supprimer ses infos. Et rembourser si possible sur le compte de la succession.
merci
Patrick Renaud"""),
]

REQ += [
# ---------------- clients writing for themselves: access ----------------
R("own-access-all-fr", "fr", ["access"],
  "Caroline Méric <caroline.meric@gmail.com>", "Demande d'accès à mes données personnelles",
  """Bonjour Sandra,

J'espère que vous allez bien. Dans le cadre du RGPD, je souhaiterais recevoir une copie de l'ensemble des données personnelles que vous détenez sur moi (fiche client, notes de séances, questionnaires, factures).

Vous trouverez ma carte d'identité en pièce jointe.

Merci beaucoup,
Caroline Méric""", att=["CNI_recto_verso.pdf"]),

R("own-access-en-what", "en", ["access"],
  "Hannah Schultz <hannah.schultz@posteo.de>", "Subject access request",
  """Dear Ms Delomenie,

Under Article 15 GDPR I would like to know what personal data you hold about me, for which purposes, and which third parties (e.g. Systeme.io, Stripe, Google) have received it.

I attended your online workshop "Finding your ground" in November 2024 under this email address.

Best regards,
Hannah Schultz"""),

# NEAR-LINE: stranger asking where his address came from and what else is held -> access.
R("own-access-source", "fr", ["access"],
  "Bruno Tessier <bruno.tessier@gmx.fr>", "D'où tenez-vous mon adresse ?",
  """Bonjour,

Je reçois depuis deux semaines des mails de « Floraison de Soi ». Je ne vous connais pas et je n'ai jamais rien signé. Pouvez-vous me dire d'où vous tenez mon adresse mail et quelles autres informations vous avez sur moi ?

Bruno Tessier"""),

R("own-access-shared-with", "fr", ["access"],
  "Amandine Roy <amandine.roy@live.fr>", "Question sur le partage de mes infos",
  """Bonjour Sandra,

Suite à l'accompagnement pris en charge par mon employeur, j'aimerais savoir à qui vous avez transmis des informations me concernant. Mon manager semblait au courant de choses que je n'avais dites qu'en séance. Avez-vous envoyé un compte rendu à mon entreprise ou aux RH ? Je souhaite la liste des destinataires.

Amandine""", shape="qp"),

R("own-access-notes-polite", "fr", ["access"],
  "Valérie Chassagne <valerie.chassagne@orange.fr>", "Mes notes de séances",
  """Bonjour Sandra,

Est-ce que ce serait possible de récupérer une copie des notes que vous avez prises pendant nos séances de l'an dernier ? Je refais le point sur mon parcours et ça m'aiderait beaucoup de les relire.

Merci mille fois,
Valérie""", q=("gmail", S, "Bonjour Valérie,\n\nJe vous souhaite une belle année 2026 !\n\nSandra")),

R("own-access-en-recordings", "en", ["access"],
  "Tomás Ruiz <tomas.ruiz@gmail.com>", "Copy of my session recordings and notes",
  """Hi Sandra,

Could you please send me a copy of all the data you have on me, including the Zoom recordings of our coaching calls (if you kept them), your notes and the forms I filled in?

Thanks,
Tomás""", shape="alt"),

R("own-access-cnil-mention", "fr", ["access"],
  "Jérôme Pichon <jerome.pichon@free.fr>", "Droit d'accès - 2e demande",
  """Madame,

Je vous ai adressé le 3 mars une demande d'accès à mes données qui est restée sans réponse. Je la renouvelle : merci de m'adresser une copie de toutes les données me concernant.

À défaut de réponse sous un mois, je saisirai la CNIL.

Jérôme Pichon""", q=("outlook", "Jérôme Pichon <jerome.pichon@free.fr>", "Madame,\n\nJe souhaite exercer mon droit d'accès à mes données personnelles.\n\nJ. Pichon", "Droit d'accès"), q_to=S),

R("own-access-health", "fr", ["access"],
  "Sabrina Klein <sabrina.klein@laposte.net>", "données de santé",
  """Bonjour,

Lors de l'inscription au stage de jeûne et ressourcement, j'ai rempli un questionnaire santé assez complet (traitements, antécédents). Je voudrais savoir si vous l'avez encore, et si oui en recevoir une copie. Je voudrais aussi savoir qui d'autre y a eu accès (l'intervenante naturopathe ?).

Sabrina Klein"""),

R("own-access-en-short", "en", ["access"],
  "Liam O'Brien <liamob@icloud.com>", "data",
  """hi, can you send me everything you've got stored about me pls. cheers liam

Sent from my iPhone"""),

# ---------------- rectification ----------------
R("own-rect-new-email", "fr", ["rectification"],
  "Delphine Marchand <delphine.marchand@proton.me>", "Changement d'adresse mail",
  """Bonjour Sandra,

Je change d'adresse mail : l'ancienne (delphine.marchand@neuf.fr) va être fermée. Merci de la remplacer par celle-ci, delphine.marchand@proton.me, pour mon compte formation et pour les envois.

Belle journée,
Delphine"""),

R("own-rect-birthdate", "fr", ["rectification"],
  "Jean-Marc Lefèvre <jm.lefevre@orange.fr>", "Erreur sur mon attestation de formation",
  """Bonjour,

Sur mon attestation de fin de formation, ma date de naissance est indiquée au 03/07/1968 au lieu du 07/03/1968, et mon nom est écrit sans accent (Lefevre). Pouvez-vous corriger votre fichier et me renvoyer l'attestation corrigée ?

Merci,
Jean-Marc Lefèvre""", att=["attestation_formation.pdf"]),

R("own-rect-note-wrong", "fr", ["rectification"],
  "Laure Besnard <laure.besnard@gmail.com>", "Précision sur ma fiche de suivi",
  """Bonjour Sandra,

En relisant le bilan que vous m'avez envoyé, j'ai vu qu'il est écrit que j'ai « deux enfants ». J'en ai trois (Inès est née en 2021). Il est aussi noté que je suis « en arrêt maladie » : ce n'est plus le cas depuis septembre, j'ai repris à mi-temps thérapeutique.

Pouvez-vous corriger ces deux points dans mon dossier ?

Laure""", shape="html"),

R("own-rect-en-name-change", "en", ["rectification"],
  "Emma Kowalski <emma.kowalski@gmail.com>", "Name change after marriage",
  """Hi Sandra,

I got married in the summer and have changed my surname. Could you update your records from Emma Ward to Emma Kowalski, including on my course account and invoices going forward?

Thanks so much!
Emma"""),

R("own-rect-address-phone", "fr", ["rectification"],
  "Patricia Guérin <patricia.guerin@sfr.fr>", "nouvelles coordonnées",
  """Bonjour,
J'ai déménagé. Ma nouvelle adresse : 4 allée des Peupliers, 18100 Vierzon. Nouveau portable : 07 68 22 41 90. L'ancien numéro n'est plus attribué, merci de le retirer de votre fichier.
Cordialement
P. Guérin"""),

R("own-rect-complete-profile", "fr", ["rectification"],
  "Nicolas Arnaud <nicolas.arnaud@gmail.com>", "Compléter mon dossier",
  """Bonjour Sandra,

Lors de notre premier entretien je n'avais pas mentionné que je suis diabétique de type 1. Je pense que c'est important pour le stage de randonnée méditative. Pouvez-vous compléter mon dossier avec cette information ? Je vous envoie aussi ma nouvelle adresse postale : 9 rue Jean Jaurès, 36000 Châteauroux.

Nicolas"""),

R("own-rect-en-wrong-invoice-name", "en", ["rectification"],
  "Sarah Lindqvist <sarah@lindqvist-design.se>", "Wrong name and address on my invoices",
  """Hello,

All my invoices show "Sara Lindquist" and an old address in Stockholm. The correct details are Sarah Lindqvist, Lindqvist Design AB, Götgatan 22, 118 46 Stockholm. Please correct my customer record so this is right on future and past invoices.

Best,
Sarah"""),

# ---------------- erasure ----------------
R("own-erase-account-all", "fr", ["erasure"],
  "Mathilde Colin <mathilde.colin@hotmail.com>", "Suppression de mon compte et de mes données",
  """Bonjour,

Je souhaite que vous supprimiez mon compte sur votre plateforme ainsi que toutes mes données personnelles.

Merci de me confirmer la suppression.

Mathilde Colin"""),

R("own-erase-polite-question", "fr", ["erasure"],
  "Yves Perret <yves.perret@orange.fr>", "question",
  """Bonjour Madame,

J'ai arrêté les séances il y a un an. Pourriez-vous effacer mes données de vos fichiers, s'il vous plaît ? Je préfère qu'il ne reste rien de mes confidences.

Bien cordialement,
Yves Perret"""),

R("own-erase-en-right-forgotten", "en", ["erasure"],
  "Chloe Bennett <chloe.bennett@yahoo.co.uk>", "Right to be forgotten",
  """Dear Sandra,

I'm writing to exercise my right to erasure under Article 17 GDPR. Please delete all personal data you hold about me, including my coaching notes, intake questionnaire and any copies on Google Drive.

Please confirm once completed.

Chloe Bennett""", shape="html"),

R("own-erase-health-only", "fr", ["erasure"],
  "Gaëlle Morin <gaelle.morin@free.fr>", "Mon questionnaire santé",
  """Bonjour Sandra,

L'accompagnement est terminé et s'est très bien passé. Par contre je ne souhaite pas que mon questionnaire santé (avec mes antécédents) reste chez vous. Merci de le détruire, version papier et version Drive.

Gaëlle"""),

R("own-erase-whatsapp", "fr", ["erasure"],
  "Fabien Carré <fabien.carre@gmail.com>", "Groupe WhatsApp et mes infos",
  """Salut Sandra,

Le stage est fini depuis 6 mois. Je suis sorti du groupe WhatsApp mais mes messages et mon numéro y sont encore visibles pour tout le monde. Tu peux supprimer mes messages du groupe et effacer mon numéro de tes contacts pro ?

Merci !
Fabien"""),

R("own-erase-en-after-complaint", "en", ["erasure"],
  "Michael Grant <mgrant@protonmail.com>", "Delete my data",
  """Sandra,

After the way the last workshop was handled I don't want to continue. Delete my account and all of my data. I don't need a reply beyond a confirmation.

M. Grant"""),

R("own-erase-drive-docs", "fr", ["erasure"],
  "Céline Robin <celine.robin@orange.fr>", "Documents partagés sur le Drive",
  """Bonjour Sandra,

Je vous avais partagé sur Google Drive mon journal de bord et des photos personnelles pendant l'accompagnement. Pouvez-vous supprimer toutes les copies que vous en avez, ainsi que mon dossier client ?

Merci,
Céline""", q=("apple", S, "Bonjour Céline,\nVoici le lien vers votre dossier partagé.\nSandra")),

# ---------------- restriction ----------------
R("own-restrict-dont-delete", "fr", ["restriction"],
  "Agnès Poirier <agnes.poirier@laposte.net>", "Ne rien supprimer svp",
  """Bonjour Sandra,

J'ai vu dans votre mail que vous faites le ménage dans vos fichiers. Je vous demande de ne pas supprimer mon dossier : j'en aurai peut-être besoin pour une expertise médicale. Par contre je ne veux plus que vous l'utilisiez ni qu'il soit consulté, juste conservé.

Agnès Poirier"""),

R("own-restrict-contest-accuracy", "fr", ["restriction"],
  "Thomas Giraud <thomas.giraud@gmail.com>", "Contestation du bilan",
  """Bonjour,

Je conteste le contenu du bilan de fin d'accompagnement qui dit que je n'ai « pas réalisé les exercices demandés ». Tant que nous n'avons pas éclairci ce point, je vous demande de geler ce document : ne l'utilisez pas et ne le transmettez pas à mon organisme financeur.

Thomas Giraud"""),

R("own-restrict-en-freeze", "en", ["restriction"],
  "Nora Haddad <nora.haddad@gmail.com>", "Please freeze my file",
  """Hi Sandra,

I'm in the middle of an insurance claim and may need my coaching records later, so please don't delete anything. But until then please don't process or use my data in any way — just keep it stored.

Thanks,
Nora"""),

R("own-restrict-pause-marketing-use", "fr", ["restriction"],
  "Bérénice Lamy <berenice.lamy@icloud.com>", "Suspension du traitement de mes données",
  """Bonjour,

Je vous ai signalé hier que mes informations de profil sur Systeme.io étaient fausses (ancienne profession, mauvaise ville). En attendant que vous vérifiiez, je vous demande de suspendre l'utilisation de ces données.

Bérénice Lamy"""),

# ---------------- portability ----------------
R("own-port-csv", "fr", ["portability"],
  "Sébastien Marty <sebastien.marty@gmail.com>", "Export de mes données",
  """Bonjour,

Je souhaiterais récupérer mes données (questionnaires, suivi des exercices, progression dans la formation) dans un format réutilisable type CSV ou JSON, afin de les importer dans mon application de suivi personnel.

Merci,
Sébastien"""),

R("own-port-to-new-coach", "fr", ["portability"],
  "Hélène Bertrand <helene.bertrand@orange.fr>", "Transfert de mon dossier à ma nouvelle coach",
  """Bonjour Sandra,

Comme je déménage à Lyon, je vais poursuivre avec une coach sur place, Mme Agathe Roussel (agathe.roussel@coaching-lyon.fr). Pourriez-vous lui transmettre directement mes données (fiche, questionnaires, plan d'action) sous format numérique ?

Merci pour ces deux belles années,
Hélène"""),

R("own-port-en-machine-readable", "en", ["portability"],
  "Jonas Weber <jonas.weber@mailbox.org>", "Data portability request (Art. 20)",
  """Hello,

Please provide the personal data I supplied to you (account data, course progress, journal entries submitted through the platform) in a structured, commonly used and machine-readable format.

Regards,
Jonas Weber"""),

# NEAR-LINE: asks to know what is held AND a reusable file -> access + portability.
R("own-port-and-access", "fr", ["access", "portability"],
  "Ophélie Dumont <ophelie.dumont@gmail.com>", "Mes données - copie et export",
  """Bonjour,

J'aimerais savoir quelles données vous détenez sur moi, et recevoir mes réponses aux questionnaires et mes exercices dans un fichier exploitable (Excel ou CSV) pour les garder.

Bonne journée,
Ophélie"""),

# ---------------- objection ----------------
R("own-obj-newsletter", "fr", ["objection"],
  "Jacqueline Roux <jacqueline.roux@orange.fr>", "Désinscription newsletter",
  """Bonjour,
Merci de me désinscrire de votre newsletter, je n'ai plus le temps de la lire.
Cordialement
Jacqueline Roux"""),

R("own-obj-sms", "fr", ["objection"],
  "Kevin Lambert <kevin.lambert@gmail.com>", "SMS promotionnels",
  """Bonjour,
Je reçois vos SMS pour les ateliers et les promos. Merci de ne plus m'envoyer de SMS commerciaux.
Kevin"""),

R("own-obj-en-stop-marketing", "en", ["objection"],
  "Fiona MacLeod <fiona.macleod@gmail.com>", "Re: Last chance: 30% off Bloom",
  """Please stop sending me marketing emails. I only did one free webinar.

Fiona""", q=("gmail", C, "Last chance! The doors of Bloom close tonight at midnight...\n\nUnsubscribe: https://floraisondesoi.fr/unsubscribe"), shape="alt"),

R("own-obj-profiling", "fr", ["objection"],
  "Romain Chevalier <romain.chevalier@outlook.fr>", "Utilisation de mes données pour vos statistiques",
  """Bonjour,

J'ai compris que vous utilisez les réponses aux questionnaires pour faire des statistiques et des études sur vos clients. Compte tenu de ma situation (je travaille dans le même secteur que vous), je m'oppose à ce que mes réponses soient utilisées à ces fins.

Romain Chevalier"""),

R("own-obj-no-contact", "fr", ["objection"],
  "Isabelle Noël <isabelle.noel@wanadoo.fr>", "Merci de ne plus me relancer",
  """Madame,

Vous m'avez appelée deux fois et envoyé plusieurs mails pour me proposer un « accompagnement de reprise ». Je ne souhaite plus être contactée pour de la prospection, ni par téléphone ni par mail.

I. Noël""", shape="b64"),

# NEAR-LINE: objects to audience measurement/ad targeting (consent-based) phrased as objection -> objection.
R("own-obj-en-analytics", "en", ["objection"],
  "Daniel Hughes <dan.hughes@fastmail.com>", "Tracking",
  """Hi,

I object to the use of my browsing data on your site for audience measurement and to being shown your ads on Facebook. Please stop using my data for that.

Dan Hughes"""),

R("own-obj-unsub-all-lists", "fr", ["objection"],
  "Monique Tardieu <monique.tardieu@laposte.net>", "STOP",
  """STOP aux mails. Désinscrivez-moi de toutes vos listes svp.
M. Tardieu

Envoyé depuis l'application Mail Orange"""),

# ---------------- withdraw consent ----------------
R("own-wc-testimonial", "fr", ["withdraw_consent"],
  "Aurélie Masson <aurelie.masson@gmail.com>", "Mon témoignage sur votre site",
  """Bonjour Sandra,

Je vous avais donné mon accord pour publier mon témoignage avec mon prénom et ma photo. Ma situation a changé (nouveau poste) et je préfère retirer cet accord. Pouvez-vous le retirer du site et de Facebook ?

Merci de ta compréhension,
Aurélie"""),

R("own-wc-video", "fr", ["withdraw_consent"],
  "Christophe Blanc <christophe.blanc@orange.fr>", "Vidéo du webinaire",
  """Bonjour,

J'apparais (image et voix) dans le replay du webinaire du 12 mars que vous avez mis en accès libre. Je retire mon consentement à cette diffusion, merci de couper le passage ou de retirer la vidéo.

Christophe Blanc"""),

R("own-wc-en-questionnaire", "en", ["withdraw_consent"],
  "Aisha Mensah <aisha.mensah@gmail.com>", "Research questionnaire",
  """Hi Sandra,

I agreed last spring to let you use my answers to the wellbeing questionnaire for your article/book project. I've thought about it and I'd like to withdraw that consent. Please don't use my answers.

Best,
Aisha"""),

R("own-wc-photo-salon", "fr", ["withdraw_consent"],
  "Estelle Vincent <estelle.vincent@gmail.com>", "Photo salon Bien-être",
  """Coucou Sandra,

Sur ta page Instagram il y a une photo du salon où on me voit bien au premier plan. J'avais dit oui sur le moment mais finalement je préfère pas. Tu peux l'enlever ?

Bises
Estelle"""),

R("own-wc-recording", "fr", ["withdraw_consent"],
  "Paul-Henri Dubreuil <ph.dubreuil@gmail.com>", "Enregistrement audio de nos séances",
  """Bonjour Madame,

J'avais accepté que nos séances soient enregistrées en audio pour votre supervision. Je retire ce consentement à compter d'aujourd'hui : merci de ne plus enregistrer et de ne plus utiliser les enregistrements existants en supervision.

Paul-Henri Dubreuil"""),

# ---------------- multi-right own requests ----------------
R("own-multi-erase-wc", "fr", ["erasure", "withdraw_consent"],
  "Stéphanie Hamel <stephanie.hamel@sfr.fr>", "Retrait témoignage + suppression",
  """Bonjour,

Je souhaite que mon témoignage et ma photo soient retirés de votre site, et plus largement que toutes mes données soient effacées de vos fichiers.

Stéphanie Hamel"""),

R("own-multi-access-erase", "fr", ["access", "erasure"],
  "Loïc Brunet <loic.brunet@gmail.com>", "RGPD - accès puis effacement",
  """Bonjour,

Avant de clore définitivement notre relation, je voudrais recevoir une copie de toutes les données que vous avez à mon sujet. Une fois que je les aurai reçues, merci de tout effacer.

Loïc Brunet""", att=["passeport_Brunet.jpg"]),

R("own-multi-en-obj-erase", "en", ["erasure", "objection"],
  "Rebecca Stone <rebecca.stone@outlook.com>", "Unsubscribe and delete",
  """Hi,

Please unsubscribe me from all mailings and delete my details from your database.

Thanks,
Rebecca""", shape="html"),

R("own-multi-rect-obj", "fr", ["objection", "rectification"],
  "Gilles Marchetti <gilles.marchetti@orange.fr>", "Coordonnées + newsletter",
  """Bonjour,

1) Mon numéro a changé : c'est désormais le 06 31 77 20 54 (remplacez le 06 11 ...).
2) Par ailleurs je ne veux plus recevoir la newsletter, seulement les infos pratiques de mon accompagnement.

Merci,
Gilles"""),

R("own-multi-access-port-en", "en", ["access", "portability"],
  "Kenji Watanabe <kenji.w@gmail.com>", "Request for my data",
  """Dear Sandra,

I'd like to know what information you hold about me, and I'd also like an export of my course data (progress, quiz results, uploaded files) in a machine-readable format so I can move it to another platform.

Kind regards,
Kenji Watanabe"""),

R("own-multi-restrict-rect", "fr", ["rectification", "restriction"],
  "Virginie Lemoine <virginie.lemoine@gmail.com>", "Erreur dans mon compte rendu",
  """Bonjour Sandra,

Le compte rendu de séance du 15 octobre mentionne un « trouble anxieux diagnostiqué ». Je n'ai jamais eu un tel diagnostic. Merci de corriger, et en attendant, ne transmettez pas ce compte rendu à la mutuelle comme prévu.

Virginie"""),

R("own-multi-wc-obj", "fr", ["objection", "withdraw_consent"],
  "Coralie Peyre <coralie.peyre@yahoo.fr>", "Photo et mails",
  """Bonjour,

Merci de retirer ma photo de la page « Témoignages » (je retire mon accord) et de me désabonner de la newsletter.

Coralie Peyre"""),

R("own-multi-access-rect-en", "en", ["access", "rectification"],
  "Olivia Brooks <olivia.brooks@gmail.com>", "My records",
  """Hi Sandra,

Could you send me a copy of what you hold about me? I suspect some of it is out of date – my surname is now Brooks (not Patel), and my address is 11 Rue de la Paix, 36100 Issoudun. Please correct those.

Olivia"""),

R("own-multi-erase-port", "fr", ["erasure", "portability"],
  "Maxime Leclerc <maxime.leclerc@gmail.com>", "Récupération puis suppression",
  """Bonjour,

Je quitte la formation en ligne. Pouvez-vous m'envoyer un export de mes exercices et de mon journal au format CSV ou JSON, puis supprimer mon compte et toutes mes données ?

Maxime""", shape="alt"),

R("own-multi-three", "fr", ["access", "erasure", "objection"],
  "Danielle Fabre <danielle.fabre@orange.fr>", "Mes données personnelles",
  """Madame,

1. Quelles données détenez-vous sur moi et à qui les avez-vous communiquées ?
2. Je m'oppose à toute prospection commerciale.
3. Une fois votre réponse reçue, effacez mes données.

Danielle Fabre
Pièce d'identité jointe.""", att=["CI_Fabre.pdf"]),
]

REQ += [
# ---------------- more requests: family / representatives ----------------
R("minor-restrict-custody", "fr", ["restriction"],
  "Sandrine Aubry <sandrine.aubry@gmail.com>", "Dossier de ma fille Manon - ne rien transmettre",
  """Madame,

Je suis la mère de Manon Aubry (12 ans), que vous suivez depuis septembre. Son père et moi sommes en procédure devant le juge aux affaires familiales.

Je vous demande de ne pas supprimer le dossier de Manon, mais de ne plus l'utiliser et de ne le communiquer à personne (y compris à son père ou à son avocat) tant que le juge n'a pas statué. Je préfère en parler de vive voix si besoin.

Sandrine Aubry"""),

R("minor-port-school-change", "fr", ["portability"],
  "Frédéric Lenoir <fred.lenoir@free.fr>", "Dossier de Lucas - transfert",
  """Bonjour Sandra,

Lucas (16 ans) va intégrer un internat à Tours et continuer son accompagnement avec la psychologue de l'établissement. Pouvez-vous nous envoyer ses données (questionnaires, bilans de compétences, tests) sous format numérique, qu'on puisse les transférer ?

Frédéric, papa de Lucas""", q=("gmail", S, "Bonjour Frédéric,\n\nLe bilan de Lucas est terminé, je vous propose un dernier rendez-vous à trois.\n\nSandra")),

R("minor-en-wc-video", "en", ["withdraw_consent"],
  "Laura Jennings <laura.jennings@gmail.com>", "Re: Kids' yoga video",
  """Hi Sandra,

Sorry to change my mind — we've decided we don't want Mia (9) in the promo video after all. Please consider the consent form I signed as withdrawn and don't use the footage of her.

Laura (Mia's mum)""", q=("gmail", S, "Hi Laura, here's the consent form for the promo video, as discussed. Thanks! Sandra")),

R("minor-access-erase", "fr", ["access", "erasure"],
  "Christelle Barbier <christelle.barbier@orange.fr>", "Ma fille Zoé (13 ans) – données",
  """Bonjour,

Zoé a participé au cercle de parole pour collégiens l'an dernier. Je voudrais savoir ce que vous avez conservé sur elle (fiches, écrits, photos) et qu'ensuite tout soit supprimé.

Je suis sa mère et j'exerce seule l'autorité parentale (jugement joint).

Christelle Barbier""", att=["jugement_autorite_parentale.pdf"]),

R("minor-rect-parent-contact", "fr", ["rectification"],
  "Samia Haddad <samia.haddad@gmail.com>", "Coordonnées à modifier pour Adam",
  """Bonjour,

Pour le dossier de mon fils Adam (10 ans), le numéro de téléphone du père qui figure comme contact d'urgence n'est plus bon. Le bon numéro est 06 58 32 19 07. Merci aussi de corriger l'allergie : il est allergique à l'arachide, pas au lait.

Samia Haddad""", shape="qp"),

R("minor-obj-en-stats", "en", ["objection"],
  "Peter Lindgren <peter.lindgren@gmail.com>", "Use of my son's answers",
  """Hello Sandra,

My son Erik (15) filled in your teen self-esteem survey at school. I understand you use the results for statistics and your presentations. As his parent I object to his answers being used for those purposes.

Regards,
Peter Lindgren"""),

R("lawyer-port-en", "en", ["portability"],
  "Caroline Dupré <cdupre@dupre-avocats.eu>", "Data portability on behalf of Mr Hans Vogel",
  """Dear Madam,

Acting on behalf of Mr Hans Vogel under the attached power of attorney, I request that the personal data he provided to you, in particular his Systeme.io course data and uploaded assignments, be transmitted in a structured, machine-readable format to his new provider, Lumen Coaching GmbH (data@lumen-coaching.de).

Kind regards,
Caroline Dupré
Avocate""", att=["Vollmacht_Vogel.pdf"]),

R("lawyer-wc-testimonial", "fr", ["withdraw_consent"],
  "Me Arnaud Pelletier <a.pelletier@pelletier-avocat.fr>", "Mme Sonia MARTIN - retrait de consentement (témoignage)",
  """Madame,

Je suis le conseil de Madame Sonia MARTIN (mandat joint), dont le témoignage filmé figure sur votre site et votre chaîne YouTube.

Ma cliente retire le consentement donné à la diffusion de ce témoignage et de son image. Je vous remercie de procéder à leur retrait sous huitaine et de m'en confirmer l'exécution.

Arnaud Pelletier, avocat""", att=["mandat_MARTIN.pdf"]),

# NEAR-LINE: court-appointed guardian (tutelle) of an adult = legal representative with a mandate -> request (access).
R("guardian-tutelle-access", "fr", ["access"],
  "UDAF de l'Indre - Service MJPM <mjpm@udaf36.fr>", "M. René Cartier - mesure de tutelle - demande de communication",
  """Madame,

L'UDAF de l'Indre a été désignée tuteur de Monsieur René CARTIER par jugement du juge des contentieux de la protection de Châteauroux (copie jointe).

Dans le cadre de cette mesure de représentation, nous vous remercions de nous communiquer une copie des données personnelles que vous détenez sur M. Cartier, ainsi que l'état des contrats et paiements en cours.

La mandataire judiciaire,
Corinne Blondel""", att=["jugement_tutelle_CARTIER.pdf"]),

R("lawyer-obj-restrict", "fr", ["objection", "restriction"],
  "Me Sabine Rocher <s.rocher@rocher-avocat.fr>", "M. Didier GAUTHIER",
  """Madame,

Je représente Monsieur Didier GAUTHIER (pouvoir joint).

Mon client s'oppose à toute utilisation de ses données à des fins de prospection et vous demande, dans l'attente de la résolution du différend relatif à la facture de mars, de geler son dossier : ne rien effacer, ne rien utiliser.

Sabine Rocher""", att=["pouvoir_GAUTHIER.pdf"]),

# NEAR-LINE: the wife writes but explicitly as the husband's attorney under a notarised power of attorney
# (procuration) attached: treated like a representative with a mandate, so a request.
R("spouse-with-procuration", "fr", ["erasure"],
  "Monique Delaunay <monique.delaunay@orange.fr>", "Pour mon mari Jacques Delaunay - procuration jointe",
  """Madame,

Mon mari Jacques Delaunay a été hospitalisé et n'est plus en mesure de gérer ses affaires. Je dispose d'une procuration notariée générale, que je vous joins.

À ce titre je vous demande de supprimer son compte et toutes les données le concernant, et de cesser tout prélèvement.

Monique Delaunay""", att=["procuration_notariee_Delaunay.pdf"]),

# ---------------- more own requests ----------------
R("own-port-en-google-drive", "en", ["portability"],
  "Marta Novak <marta.novak@gmail.com>", "Export of my journal",
  """Hi Sandra!

I'm switching to another coaching app. Could you export the journal entries and worksheets I submitted through the course platform as a CSV or JSON file, or share them to my Google Drive as editable files? I'd like to import them.

Thanks a lot,
Marta"""),

R("own-port-fr-json", "fr", ["portability"],
  "Alexandre Pruvost <alex.pruvost@protonmail.com>", "Article 20 RGPD",
  """Bonjour,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.

A. Pruvost"""),

R("own-port-transfer-fr", "fr", ["portability"],
  "Corinne Vasseur <corinne.vasseur@gmail.com>", "transmission de mon dossier à Mme Lebrun",
  """Bonjour Sandra,

J'ai décidé de poursuivre mon travail avec Mme Lebrun, sophrologue à Bourges. Elle m'a demandé mes questionnaires d'entrée. Pouvez-vous les lui envoyer directement par mail en fichier (carole.lebrun.sophro@gmail.com) ?

Merci pour tout,
Corinne"""),

R("own-restrict-fr-ne-pas-utiliser", "fr", ["restriction"],
  "Lucie Garcia <lucie.garcia@hotmail.fr>", "Mes données",
  """Bonjour,

Ne supprimez pas mes données, mais ne les utilisez plus pour l'instant s'il vous plaît. Je reviendrai vers vous quand j'aurai pris une décision pour la suite de l'accompagnement.

Lucie"""),

R("own-restrict-en-contest", "en", ["restriction"],
  "George Palmer <george.palmer@gmail.com>", "Inaccurate record",
  """Sandra,

Your summary says I was "absent without notice" for three sessions. That's not accurate — I emailed each time. Until this is sorted out please restrict processing of my file and don't send it to my employer's training fund.

George Palmer"""),

R("own-restrict-fr-litige", "fr", ["restriction"],
  "Henriette Faure <henriette.faure@laposte.net>", "Conservation de mon dossier",
  """Madame,

Votre mail du 3 m'indique que mon dossier sera supprimé fin du mois en application de votre politique de conservation. Je m'y oppose : j'en ai besoin pour faire valoir mes droits auprès de ma mutuelle. Merci de le conserver mais de ne plus en faire aucun autre usage.

H. Faure""", q=("outlook", S, "Madame,\n\nConformément à notre politique de conservation, les dossiers clos depuis plus de deux ans seront supprimés le 31.\n\nSandra Delomenie", "Suppression des dossiers anciens"), q_to="Henriette Faure <henriette.faure@laposte.net>"),

R("own-wc-en-photo", "en", ["withdraw_consent"],
  "Jessica Moreau <jess.moreau@gmail.com>", "Photo on your website",
  """Hi Sandra,

I'm withdrawing my consent for the group photo from the April retreat to be used on your website and social media. Could you crop me out or remove it?

Thanks,
Jess"""),

R("own-wc-fr-questionnaire", "fr", ["withdraw_consent"],
  "Pascale Renard <pascale.renard@orange.fr>", "Consentement questionnaire étude",
  """Bonjour Sandra,

J'avais accepté que mes réponses au questionnaire soient utilisées, anonymisées, pour votre mémoire de supervision. Je reviens sur cette décision et retire mon consentement.

Pascale""", shape="html"),

R("own-wc-fr-health-consent", "fr", ["withdraw_consent"],
  "Nadia Benkirane <nadia.benkirane@gmail.com>", "Retrait de mon consentement",
  """Bonjour,

Je retire le consentement que j'avais donné au contrat pour la collecte de mes données de santé. Je continuerai l'accompagnement mais sans que ces informations soient consignées.

Nadia Benkirane"""),

R("own-wc-en-audio-testimonial", "en", ["withdraw_consent"],
  "Sophie Turner <sophie.turner@icloud.com>", "Podcast testimonial",
  """Hello Sandra,

I no longer want my voice testimonial to be used in your podcast intro. I'm withdrawing my consent. Please remove it from future episodes.

Sophie""", q=("apple", S, "Hi Sophie, your testimonial is live in the podcast, thanks again!")),

R("own-erase-fr-systemeio", "fr", ["erasure"],
  "Thibault Rey <thibault.rey@gmail.com>", "suppression compte formation et données",
  """Bonjour,
Merci de supprimer mon compte Systeme.io ainsi que toutes les données associées (progression, commentaires, adresse).
Thibault Rey"""),

R("own-erase-en-stripe", "en", ["erasure"],
  "Anna Petrova <anna.petrova@gmail.com>", "Delete my data incl. card",
  """Hello,

Please erase all my personal data, including my card details and billing address stored with your payment provider, and my account. I won't be buying anything else.

Anna Petrova"""),

R("own-erase-fr-facebook-group", "fr", ["erasure"],
  "Marion Chauvin <marion.chauvin@gmail.com>", "Groupe Facebook privé",
  """Bonjour Sandra,

Pouvez-vous supprimer mes publications et commentaires dans le groupe Facebook privé de la formation, ainsi que mes données dans votre fichier clients ? Je ne souhaite plus rien laisser en ligne.

Merci,
Marion"""),

R("own-erase-fr-dictaphone", "fr", ["erasure"],
  "Arnaud Leroux <arnaud.leroux@sfr.fr>", "Effacement",
  """Madame,

En application de l'article 17 du RGPD je vous demande d'effacer sans délai l'ensemble de mes données personnelles.

Arnaud Leroux
12 rue Pierre Brossolette
36100 Issoudun""", att=["scan_CNI_Leroux.pdf"], shape="b64"),

R("own-obj-fr-newsletter-reply", "fr", ["objection"],
  "Evelyne Brun <evelyne.brun@orange.fr>", "RE: ✿ La lettre de Floraison - Printemps",
  """Bonjour,
Je ne souhaite plus recevoir ces mails, merci de me retirer de la liste.
E. Brun""", q=("outlook", C, "La lettre de Floraison – Printemps\n\nCe mois-ci : l'atelier « Renaître au printemps », un nouveau podcast et une méditation offerte.\n\nSe désinscrire", "✿ La lettre de Floraison - Printemps"), q_to="Evelyne Brun <evelyne.brun@orange.fr>"),

R("own-obj-en-unsub", "en", ["objection"],
  "Grace Li <grace.li@gmail.com>", "Unsubscribe",
  """Hi, the unsubscribe link in your newsletter doesn't work. Please take me off the mailing list.
Grace"""),

R("own-obj-fr-phone-prospection", "fr", ["objection"],
  "Rémi Fleury <remi.fleury@free.fr>", "Opposition à la prospection",
  """Madame,

Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection commerciale (mails, SMS, appels).

Rémi Fleury"""),

R("own-obj-fr-situation", "fr", ["objection"],
  "Nathalie Dupré <nathalie.dupre@gmail.com>", "Relances",
  """Bonjour Sandra,

Je traverse une période difficile (deuil) et vos mails de relance sur la suite du programme me font beaucoup de mal. Je vous demande de ne plus me contacter, ni pour des offres ni pour des relances.

Nathalie""", shape="alt"),

R("own-obj-fr-retargeting", "fr", ["objection"],
  "Hugo Mallet <hugo.mallet@gmail.com>", "Pubs Facebook",
  """Bonjour,

Depuis ma visite sur votre site je vois vos pubs partout sur Facebook et Instagram. Je m'oppose à l'utilisation de mes données pour le ciblage publicitaire.

Hugo""", shape="html"),

R("own-access-fr-short", "fr", ["access"],
  "Bernadette Carpentier <bernadette.carpentier@orange.fr>", "Demande de mes informations",
  """Bonjour,
Pouvez-vous m'envoyer toutes les informations que vous avez sur moi ?
Merci
Bernadette Carpentier"""),

R("own-access-fr-drive", "fr", ["access"],
  "Gabriel Simon <gabriel.simon@gmail.com>", "Qui a accès à mon dossier ?",
  """Bonjour Sandra,

Mon dossier est sur Google Drive, si j'ai bien compris. Pouvez-vous me dire quelles données y figurent et qui d'autre que vous y a accès (assistante, comptable, webmaster) ?

Gabriel""", q=("gmail", S, "Bonjour Gabriel,\n\nJe vous ai partagé le document de bilan sur Drive.\n\nSandra")),

R("own-access-en-zoom-chat", "en", ["access"],
  "Ruth Cohen <ruth.cohen@gmail.com>", "Chat messages from webinars",
  """Dear Sandra,

I attended several of your live webinars. Could you tell me whether you keep the chat logs, and send me a copy of any personal data of mine you hold, including those messages?

Best,
Ruth Cohen"""),

R("own-rect-fr-spelling", "fr", ["rectification"],
  "Maëlys Girardot <maelys.girardot@gmail.com>", "Orthographe de mon prénom",
  """Bonjour,
Mon prénom est Maëlys avec un tréma, et non Maelis comme indiqué sur mon compte et dans vos mails. Pourriez-vous corriger ?
Merci !""", shape="qp"),

R("own-rect-en-email", "en", ["rectification"],
  "Ben Carter <ben.carter@newmail.com>", "Updated email address",
  """Hi Sandra,

Please update my email on your records from ben.carter77@hotmail.com (no longer in use) to ben.carter@newmail.com.

Ben"""),

R("own-rect-fr-profession", "fr", ["rectification"],
  "Sylvain Roche <sylvain.roche@gmail.com>", "Erreur dans ma fiche",
  """Bonjour Sandra,

Dans ma fiche client, vous avez noté « infirmier ». Je suis aide-soignant. Ça a son importance pour le dossier de financement. Pouvez-vous rectifier ?

Sylvain"""),

R("own-multi-fr-port-wc", "fr", ["portability", "withdraw_consent"],
  "Clémence Audouin <clemence.audouin@gmail.com>", "Vidéos et export",
  """Bonjour Sandra,

Je retire mon accord pour l'utilisation de ma vidéo témoignage. Par ailleurs j'aimerais récupérer les fichiers de mes exercices de la formation dans un format que je puisse réutiliser (Word ou PDF modifiable).

Clémence"""),

R("own-multi-en-restrict-obj", "en", ["objection", "restriction"],
  "Harriet Lowe <harriet.lowe@gmail.com>", "My file",
  """Hi Sandra,

Two things: please stop all marketing emails to me, and please don't delete my coaching file — I may need it for a tribunal — but don't use it for anything else meanwhile.

Harriet"""),

R("own-multi-fr-access-wc", "fr", ["access", "withdraw_consent"],
  "Solène Perrot <solene.perrot@yahoo.fr>", "Enregistrements",
  """Bonjour,

Je retire mon consentement à l'enregistrement de mes séances. Pouvez-vous aussi me dire quels enregistrements et quelles notes vous avez conservés sur moi, et m'en envoyer une copie ?

Solène""", att=["CNI_Perrot.pdf"]),

R("own-multi-fr-rect-access", "fr", ["access", "rectification"],
  "Laurent Hoarau <laurent.hoarau@gmail.com>", "Demande de copie et correction",
  """Bonjour,

Je voudrais une copie de ma fiche client. Je sais déjà que mon adresse est ancienne : la bonne est 3 chemin des Vignes, 36260 Reuilly.

Laurent Hoarau"""),

R("own-multi-en-erase-wc-photo", "en", ["erasure", "withdraw_consent"],
  "Isabel Ferreira <isabel.ferreira@gmail.com>", "Remove my photo and delete everything",
  """Dear Sandra,

I withdraw my consent for the use of my photo and testimonial, and I'd like you to delete all the personal data you have about me.

Isabel""", shape="alt"),

R("own-multi-fr-erase-obj", "fr", ["erasure", "objection"],
  "Joël Vasseur <joel.vasseur@orange.fr>", "désabonnement et suppression",
  """Bonjour,
Désabonnez-moi de la newsletter et effacez toutes mes données s'il vous plaît.
Joël"""),

# NEAR-LINE: mentions deletion but explicitly chooses 'keep without using' -> restriction only.
R("own-multi-fr-erase-restrict-question", "fr", ["restriction"],
  "Muriel Baron <muriel.baron@gmail.com>", "Suppression ? plutôt pas",
  """Bonjour Sandra,

J'avais d'abord pensé vous demander de tout supprimer, mais finalement, gardez mon dossier sans vous en servir, le temps que je réfléchisse à reprendre ou non. Merci !

Muriel"""),
]
