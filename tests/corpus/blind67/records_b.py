# -*- coding: utf-8 -*-
"""Theme negatives (French) and theme messages in English: third parties, HR, heirs' questions."""
from common import R

RECORDS = [
R("fr-neg-fils-notes-mere-vivante", "Les séances de maman",
"""Bonjour Madame,

Je suis le fils de Mme Colette Barbier que vous suivez depuis le printemps. Je m'inquiète pour elle, elle a beaucoup changé. Pourriez-vous me faire parvenir vos notes de séance, ou au moins me dire de quoi elle vous parle ? Je ne veux que son bien.

Cordialement,
Arnaud Barbier""", [],
# NEAR-LINE: adult son asking for a living adult's data, no mandate -> negative
),

R("fr-neg-rh-attestation-presence", "Attestation de présence – formation du 12/03",
"""Bonjour Madame Delomenie,

Pourriez-vous nous transmettre une copie de l'attestation de présence de nos trois salariés ayant suivi la formation « Gestion du stress au travail » du 12 mars, ainsi que la feuille d'émargement ? Notre OPCO nous les réclame pour le remboursement.

Merci d'avance,
Service RH – Menuiseries du Berry
Laëtitia Caron, assistante RH
Tél. 02 54 03 xx xx""", [], frm=("Laëtitia Caron", "rh@menuiseries-du-berry.fr"), html="alt"),

R("fr-neg-rh-evaluations-salarie", "Résultats individuels de M. Pinto",
"""Bonjour,

Nous avons financé l'accompagnement de M. Bruno Pinto dans le cadre de sa prise de poste. Afin de préparer son entretien annuel, pourriez-vous nous communiquer vos observations et ses résultats aux tests de personnalité ?

Bien cordialement,
Direction des ressources humaines
Agrial Centre""", [],
# NEAR-LINE: the employer paid, but asks for another living adult's data -> negative
frm=("DRH Agrial Centre", "drh.centre@agrial-centre.fr")),

R("fr-neg-entreprise-facture-adresse", "Correction facture n° 2025-041",
"""Bonjour,

La facture 2025-041 pour la session intra du 18 septembre porte l'ancienne adresse de notre siège. Merci de la rééditer au 3 avenue de la Gare, 18100 Vierzon, et de mentionner notre n° de bon de commande BC-7781. Sans cela notre comptabilité ne pourra pas la régler.

Cordialement,
Service comptabilité – Celtis Emballages""", [],
# NEAR-LINE: correcting a company's invoice address is billing, not personal data rectification
frm=("Comptabilité Celtis", "compta@celtis-emballages.fr")),

R("fr-neg-epouse-annule-mari", "annulation rdv de mon mari",
"""Bonjour, mon mari Patrick Roux a rdv vendredi 15h avec vous, il a la grippe, il ne pourra pas venir. Vous pouvez supprimer le créneau et lui en proposer un autre la semaine prochaine ? Merci. Sylvie""", [], cte="8bit"),

R("fr-neg-curatrice-renseignements-frere", "Mon frère Alain",
"""Bonjour,

Je suis la curatrice de mon frère Alain Dumas (curatelle simple). Il m'a dit qu'il avait pris un forfait de 10 séances chez vous. Pourriez-vous me dire combien il a payé exactement et ce que vous avez dans son dossier ? Je dois surveiller ses dépenses.

Merci,
Françoise Dumas""", [],
# NEAR-LINE: in a curatelle simple the adult acts himself; a relative/curator asking about a living adult's data without his mandate -> negative
),

R("fr-neg-question-enfants-acces-apres-deces", "Une question pour après",
"""Bonjour Sandra,

Question un peu morbide : si je meurs, est-ce que mes enfants auront le droit de lire ce que je vous ai confié ? Comment ça se passe en général avec vos dossiers ?

Merci, et à bientôt
Josette""", [],
# NEAR-LINE: asks how it works, leaves no instruction -> negative (not post_mortem)
),

R("fr-neg-question-parent-notes-ado", "Question RGPD – ados",
"""Bonjour,

Je suis CPE dans un collège et nous envisageons de vous faire intervenir pour des ateliers. Question qu'on nous pose souvent : un parent a-t-il le droit de demander à lire ce qu'un élève de 15 ans a dit pendant un atelier ? Comment gérez-vous ça ?

Cordialement,
Anthony Meunier, CPE""", []),

R("fr-neg-avocat-sans-mandat", "Renseignements – Mme Valérie Girard",
"""Madame,

Je suis susceptible d'intervenir pour le compte d'une partie adverse de Mme Valérie Girard dans une procédure familiale. Je souhaiterais savoir si Mme Girard est suivie par vous, et à quelle fréquence.

Veuillez agréer, Madame, mes salutations.

Me Paul-Henri Dessange""", [],
# NEAR-LINE: lawyer without a mandate from the data subject asking about another adult -> negative
frm=("Paul-Henri Dessange", "phdessange@dessange-avocats.fr")),

R("fr-neg-merci-notaire-apres-traitement", "RE: Succession de Madame Odette Brunet – données personnelles",
"""Madame,

Nous accusons réception de votre confirmation et vous en remercions. Le dossier est clos de notre côté.

Bien à vous,
Lucie Gaudin, clerc de notaire""", [],
quote="""Madame,

Suite à votre courrier, je vous confirme avoir supprimé l'ensemble des données de Mme Odette Brunet, à l'exception des factures que je dois conserver dix ans pour des raisons comptables.

Bien cordialement,
Sandra Delomenie""", quote_style="outlook", frm=("Office notarial Aubry", "office.aubry@notaires.fr")),

R("fr-neg-merci-parent-apres-effacement", "Re: Données de votre fils",
"""Super, merci beaucoup pour la rapidité !! Bonne continuation à vous.
Mélanie""", [],
quote="""Bonjour Madame Roux,

C'est fait : les données d'Hugo ont été effacées de mon fichier et de la plateforme. Il ne recevra plus rien de ma part.

Belle soirée,
Sandra""", quote_style="apple"),

R("fr-neg-sandra-confirme-heritier", "Succession de M. Lambert – suite à votre demande",
"""Bonjour Monsieur Lambert,

Je vous présente à nouveau mes sincères condoléances. Comme convenu, j'ai clôturé le compte de votre père sur la plateforme et supprimé ses coordonnées de ma liste d'envoi. Seules les factures sont conservées, comme la loi m'y oblige.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun""", [],
frm=("Sandra Delomenie", "contact@floraisondesoi.fr"), to=("Vincent Lambert", "vincent.lambert@gmail.com")),

R("fr-neg-mere-inscription-ado-infos", "Inscription de ma fille – stage de juillet",
"""Bonjour,

Je souhaite inscrire ma fille Clémence (14 ans) au stage « Confiance et prise de parole » du 7 au 11 juillet. Voici mes informations : Aurélie Fontaine, 6 impasse des Vignes, 36100 Issoudun, 06 71 22 xx xx. Clémence n'a pas d'allergie.

Comment se passe le règlement ?

Merci !
Aurélie""", []),

R("fr-neg-autorisation-parentale-signee", "Autorisation parentale signée",
"""Bonjour,

Ci-joint l'autorisation parentale et le formulaire de droit à l'image pour Timéo, signés par nous deux. Nous sommes d'accord pour les photos de groupe.

Bonne journée
Famille Perrot""", [], attachments=[("pdf", "autorisation_parentale_Timeo.pdf", "Autorisation parentale et droit a l'image - PERROT Timeo - signee")]),

R("fr-neg-rh-supprimer-creneau-salarie", "Session du 4 – un salarié en moins",
"""Bonjour Sandra,

M. Lemoine ne pourra pas participer à la session du 4 décembre (arrêt maladie). Merci de supprimer son inscription, nous serons donc 7 au lieu de 8. Faut-il un avenant à la convention ?

Cordialement,
Marion, RH – Imprimerie Nouvelle""", [], frm=("Marion Guérin", "m.guerin@imprimerie-nouvelle.fr")),

R("fr-neg-aidante-renseignements-coaching", "Accompagnement pour aidants ?",
"""Bonjour,

Je m'occupe de mon mari atteint de Parkinson depuis 6 ans et je suis épuisée. Une amie m'a parlé de vos ateliers pour les aidants. Y a-t-il des places à la rentrée ? Est-ce pris en charge par une mutuelle ?

Merci pour votre réponse,
Denise Collin""", []),

R("fr-neg-fils-changer-tel-pere", "Numéro de papa",
"""Bonjour, mon père Marcel Renaud (vos ateliers mémoire du mardi) a changé de portable, il ne sait pas trop envoyer des mails. Le nouveau c'est le 06 45 78 xx xx, vous pouvez mettre à jour ? Merci
Stéphane""", [],
# NEAR-LINE: looks like rectification, but a son updating a living adult father's data with no mandate -> negative per policy
),

R("fr-neg-ex-mari-ce-quelle-dit", "Ce que mon ex raconte",
"""Madame,

Mon ex-compagne vous consulte, je le sais. Elle répète partout que c'est vous qui lui avez conseillé de partir. J'exige de savoir ce qui est écrit dans son dossier.

R. Morel""", []),

R("fr-neg-avocat-copie-cnil", "Copie – plainte déposée auprès de la CNIL",
"""Madame,

Pour votre information, je vous adresse copie de la plainte déposée ce jour auprès de la CNIL au nom de ma cliente, Mme Jocelyne Aubry, pour défaut de réponse à sa demande du 2 février.

Me Xavier Colombe""", [],
frm=("Xavier Colombe", "xcolombe@colombe-avocat.fr"),
attachments=[("pdf", "plainte_CNIL_Aubry.pdf", "Copie plainte CNIL - AUBRY Jocelyne c/ Floraison de Soi")]),

R("fr-neg-notaire-vente-local", "Vente du local rue d'Estienne d'Orves",
"""Madame,

Dans le cadre de la vente du local commercial dont vous êtes locataire, nous vous informons que le nouveau propriétaire sera la SCI Les Acacias à compter du 1er mars. Votre bail se poursuit aux mêmes conditions. Une copie de l'acte vous sera adressée sur demande.

Office notarial Marot & Lefranc""", [], frm=("SCP Marot Lefranc", "accueil.marot-lefranc@notaires.fr")),

R("fr-neg-cabinet-avocats-formation-rgpd", "Formation RGPD pour notre cabinet ?",
"""Bonjour,

Nous sommes un petit cabinet d'avocats à Bourges. Une consœur nous a parlé de vos formations en communication bienveillante. Proposez-vous aussi un module sur le consentement et la relation client (RGPD, secret) ? Nous serions 6.

Cordialement,
Sophie Delmas, avocate""", []),

R("fr-neg-condoleances-participante", "Triste nouvelle",
"""Bonsoir Sandra,

Je voulais te prévenir que Gisèle, du groupe du jeudi, est décédée ce week-end. Les obsèques ont lieu mercredi à 14h30 à Saint-Cyr. Quelques-unes d'entre nous voulaient faire une collecte pour des fleurs, est-ce que tu veux participer ?

Bises,
Évelyne""", [],
# NEAR-LINE: a death is mentioned, but the writer is a fellow participant asking nothing about the deceased's data -> negative
),

R("fr-neg-petite-fille-decede-question-delai", "Question sur les délais",
"""Bonjour,

Mon grand-père, qui était votre client, est décédé. Combien de temps gardez-vous les dossiers des clients en général ? C'est juste pour savoir, on n'a pas de demande particulière.

Cordialement""", [],
# NEAR-LINE: relative after a death, but explicitly only a general retention question, no ask about the deceased's data -> negative
),

R("fr-neg-rh-opco-convention", "Convention de formation – signature",
"""Bonjour Madame,

Veuillez trouver ci-joint la convention de formation pour Mme Lemaire et M. Jacquet, signée par notre directeur. Merci de nous retourner un exemplaire contresigné. Le financement OPCO EP est accordé.

Cordialement,
Karine, RH – Garage Central Issoudun""", [],
attachments=[("pdf", "convention_formation_signee.pdf", "Convention de formation professionnelle - Garage Central - signee")]),

R("fr-neg-compagne-supprimer-pour-lui", "Pour Jérémy",
"""Bonjour,
Jérémy (mon compagnon) m'a demandé de vous écrire parce qu'il est hospitalisé pour quelques semaines. Il voudrait que vous supprimiez ses données et que vous arrêtiez de lui envoyer des mails. Il vous recontactera à sa sortie.
Merci
Laura""", [],
# NEAR-LINE: a partner relaying a living adult's wish without any mandate -> negative per policy
),

R("fr-neg-parent-consentement-atelier", "Re: Formulaire de consentement",
"""Oui c'est bon pour nous, j'ai coché les deux cases. Louise sera là samedi à 10h.
Nicolas""", [],
quote="""Bonjour,

Avant l'atelier de samedi, merci de me retourner le formulaire de consentement (utilisation des photos de groupe et des productions des enfants) rempli et signé.

Sandra""", quote_style="gmail"),

R("fr-neg-rgpd-theme-formation-ehpad", "Contenu de la formation « Accompagner les aidants »",
"""Bonjour Sandra,

Pour la formation que vous animerez chez nous en mai, pourriez-vous prévoir un temps sur le consentement des résidents et la confidentialité des informations partagées par les familles ? Nos équipes ont beaucoup de questions sur ce que l'on peut dire ou non aux enfants des résidents.

Merci,
Agnès Tessier, cadre de santé
EHPAD Les Glycines""", [], frm=("Agnès Tessier", "cadre.sante@ehpad-glycines.fr"), html="alt"),

R("fr-neg-mere-acceder-espace-fils", "Connexion impossible",
"""Bonjour, je n'arrive pas à accéder à l'espace en ligne de mon fils pour voir les vidéos de la formation, le mot de passe ne marche plus. Il faut passer par où pour le réinitialiser ?
Merci
Corinne""", []),

R("fr-neg-question-tuteur-droit", "Majeur protégé – droits",
"""Bonjour,

Je suis tuteur familial de mon frère handicapé. Il aimerait participer à vos ateliers. En cas de problème, est-ce moi ou lui qui aurai le droit de demander ses données ou leur suppression ? Je préfère savoir avant.

Merci,
Ludovic""", []),

R("fr-neg-heritier-remerciements-pas-demande", "Merci",
"""Madame Delomenie,

Nous avons bien reçu votre carte de condoléances et en sommes très touchés. Maman vous appréciait beaucoup.

La famille Girard""", [],
# NEAR-LINE: heirs after a death, but only a thank-you for condolences, nothing asked -> negative
),

R("fr-neg-entreprise-export-liste-stagiaires", "Liste des stagiaires pour notre bilan social",
"""Bonjour,

Pourriez-vous nous envoyer un export (Excel) de la liste de nos collaborateurs formés en 2025 avec les dates et intitulés ? C'est pour notre bilan social.

Merci,
Service formation – Mutuelle du Centre""", [],
# NEAR-LINE: export requested by the employer about its staff, not by the data subjects -> negative
frm=("Service formation MdC", "formation@mutuelle-du-centre.fr")),

R("fr-neg-conjoint-reservation-cadeau", "Bon cadeau pour ma femme",
"""Bonjour,

Je voudrais offrir à ma femme un bon cadeau pour 3 séances de sophrologie. Est-ce possible de l'envoyer par mail à son adresse le jour de son anniversaire (18 novembre) ? Je vous laisse ses infos si besoin.

Merci,
Rémi""", []),

R("fr-neg-fille-plainte-cnil-mere-vivante", "Je vais saisir la CNIL",
"""Madame,

Ma mère, 82 ans, reçoit vos publicités alors qu'elle ne sait même pas ce qu'est un ordinateur. Je vous préviens que je saisis la CNIL dès demain si ça continue.

Brigitte Lacroix""", [],
# NEAR-LINE: relative about a living adult's data, plus a threat of CNIL complaint -> negative
),

R("fr-neg-sandra-envoie-export-parent", "Dossier de Maxime – export",
"""Bonjour Madame Mallet,

Comme demandé, vous trouverez ci-joint le dossier de Maxime au format CSV (séances, objectifs, évaluations), que vous pouvez transmettre à sa psychologue. Je reste disponible pour un échange avec elle si elle le souhaite.

Bien cordialement,
Sandra Delomenie""", [], frm=("Sandra Delomenie", "sandra.delomenie@orange.fr"), to=("Sandrine Mallet", "sandrine.mallet@gmail.com"),
attachments=[("csv", "dossier_Maxime_export.csv", "date;type;objectif;evaluation\n2025-02-04;seance;confiance;3/5\n2025-03-11;seance;organisation;4/5\n")]),

# ---------------- English, theme ----------------
R("en-parent-minor-erasure", "My son's data - workshop in Issoudun",
"""Hello Ms Delomenie,

We are a British family living near Châteauroux. Our son Oliver (14) attended your summer confidence workshop. We have decided he will not continue, and as his parents we would like you to delete all the personal data you hold about him — registration form, questionnaire, any photos.

Many thanks,
Rebecca Hughes""", ["erasure"], frm=("Rebecca Hughes", "rebecca.hughes@btinternet.com")),

R("en-executor-estate", "Estate of the late Mr Peter Walsh",
"""Dear Madam,

I am the executor of the estate of Mr Peter Walsh, who passed away on 3 March 2026. Among his papers I found receipts for coaching sessions with you. Could you please close any account he had with you and let me know whether any personal information is still held? A copy of the death certificate and the grant of probate can be provided.

Yours faithfully,
Margaret Walsh""", ["post_mortem"], frm=("Margaret Walsh", "m.walsh.estate@gmail.com"),
attachments=[("pdf", "death_certificate_Walsh.pdf", "Certified copy of an entry of death - WALSH Peter")]),

R("en-solicitor-authority-access", "Subject access request on behalf of Ms Anna Kowalski",
"""Dear Ms Delomenie,

We act for Ms Anna Kowalski, whose signed letter of authority is attached. Under Article 15 GDPR, please provide a copy of all personal data you process about our client, together with the purposes, recipients and retention periods.

We look forward to your response within one month.

Kind regards,
Daniel Clarke
Clarke & Novak LLP
This email is confidential and may be legally privileged.""", ["access"], frm=("Daniel Clarke", "d.clarke@clarkenovak.co.uk"), html="alt",
attachments=[("pdf", "letter_of_authority_Kowalski.pdf", "Letter of authority - Anna KOWALSKI authorises Clarke & Novak LLP")]),

R("en-own-instructions-after-death", "In case something happens to me",
"""Dear Sandra,

I'm going in for surgery next month and I've been putting my affairs in order. If I don't make it, I would like all my coaching notes and journals with you to be destroyed, and nothing shared with my ex-husband. My brother Tom can confirm this wish if needed.

Thank you for everything,
Grace""", ["post_mortem"]),

R("en-neg-daughter-mum-living", "My mother's sessions",
"""Hi,

My mum Hannah Becker sees you every other week. She has been confused lately and I'd like to know what she has been telling you and what's in her file. I'm her daughter and live in Germany so I can't be there.

Thanks,
Sarah""", [],
# NEAR-LINE: adult child asking about a living parent, no mandate -> negative
),

R("en-neg-hr-employee-feedback", "Feedback on our employee's coaching",
"""Dear Sandra,

As you know we funded the leadership coaching for Marco Rossi. Could you send us a short summary of his progress and any assessment results before his review on Friday?

Best,
Emma Turner
People Team, Bluewave Logistics""", [], frm=("Emma Turner", "emma.turner@bluewave-logistics.com")),

R("en-neg-question-guardian-rights", "Question about guardianship",
"""Hello, I'm the legal guardian of my adult sister who has a learning disability. If she signs up for your workshops, can I later ask for her data on her behalf? How does that work under GDPR? Thanks, James""", []),

R("en-parent-withdraw-photo", "Photo of my daughter",
"""Dear Sandra,

My daughter Mia (10) is in the group photo on your Instagram from the children's mindfulness day. We signed the consent but my husband is not comfortable with it. Please take it down and don't use her picture again.

Kind regards,
Olivia Jensen""", ["withdraw_consent"]),

R("en-widow-unsubscribe-husband", "Please remove my late husband",
"""Hello,

My husband Lukas Novak died in January. He still gets your newsletter and workshop invitations. Please remove his address from all your lists.

Hana Novak""", ["post_mortem"]),

R("en-neg-thanks-executor", "Re: Estate of the late Mr Walsh",
"""Thank you Sandra, that's very kind and very quick. All sorted on my side.
Margaret""", [],
quote="""Dear Mrs Walsh,

I have closed Mr Walsh's account and deleted his details from my records, apart from invoices I must keep for accounting purposes.

With my condolences,
Sandra Delomenie""", quote_style="en", frm=("Margaret Walsh", "m.walsh.estate@gmail.com")),

R("en-husband-data-in-wife-file", "Information about me in your records",
"""Dear Ms Delomenie,

My wife has been seeing you for coaching. I understand your notes may include information about me, including my health. I am not asking about her file as such, but I would like to know what personal data about me you hold, and to receive a copy of it.

Regards,
Tom Murphy""", ["access"],
# NEAR-LINE: spouse asking for his own data held in his wife's file -> access, not a third-party request
),

R("en-parent-minor-portability", "Transfer of Ella's coaching file",
"""Hi Sandra,

Ella (15) is moving to a school counsellor in Bordeaux. Could you send her file — session summaries and the goal sheets — in a format the counsellor can import, e.g. CSV or Word, directly to counsel@lycee-montaigne-bx.fr? We're her parents and she agrees.

Cheers,
Lucy & Mark Allen""", ["portability"]),

R("en-neg-lawyer-no-mandate", "Enquiry regarding Ms Claire Dubois",
"""Dear Madam,

We are instructed by Ms Dubois' former employer in a pending dispute. Please confirm whether Ms Dubois attended your burnout programme in 2024 and provide any attendance records.

Yours faithfully,
H. Grant, Grant Legal""", [],
# NEAR-LINE: a lawyer instructed by someone else, not by the data subject -> negative
frm=("Hugh Grant-Lewis", "hgl@grantlegal.co.uk")),

R("en-neg-company-invoice-copy", "Invoice copy needed - team workshop",
"""Hello,

Could you please resend a copy of the invoice for our team workshop on 14 May? Our finance system requires the VAT number to be shown. Our VAT no. is FR 45 812 345 678.

Thanks,
Accounts Payable, Hexa Studio""", [], frm=("Hexa Studio AP", "ap@hexastudio.eu")),

R("en-notary-foreign-post-mortem", "Succession of Mrs. Ingrid Larsen",
"""Dear Madam,

I write as notary handling the estate of Mrs Ingrid Larsen (deceased 19 August 2025). Her heirs request any written material she left with you (letters, exercise books) and otherwise the deletion of her data.

Regards,
Notar Erik Holm, Aarhus""", ["post_mortem"], frm=("Erik Holm", "erik.holm@holm-notar.dk")),

R("en-son-mother-deceased-access", "My mother's file",
"""Hello,

My mother, Jean Clarke, passed away last month. She told me she'd written a letter to me during one of your sessions that she left with you. If that's true, could I have it? And any other notes she wanted passed on.

Thank you,
Robert Clarke""", ["post_mortem"]),

R("en-guardian-court-appointed-erasure", "Deputyship - Mr Liam Foster",
"""Dear Ms Delomenie,

I am the court-appointed deputy for property and affairs of Mr Liam Foster (order attached). Mr Foster bought your online course in a period when he lacked capacity. Please delete his account and all personal data you hold, and stop emailing him.

Sincerely,
Patricia Moore
Deputy, Moore Care Services""", ["erasure", "objection"],
# NEAR-LINE: a court-appointed deputy is a legal representative -> request
frm=("Patricia Moore", "p.moore@moorecare.co.uk"),
attachments=[("pdf", "deputyship_order_Foster.pdf", "Court of Protection - deputyship order - FOSTER Liam")]),

R("en-neg-carer-workshop-info", "Workshops for carers?",
"""hi sandra, i look after my dad who has dementia and a friend said you do something for carers. is it in english at all? my french is ok but not great. thanks, hannah""", []),
]
