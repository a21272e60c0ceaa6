# -*- coding: utf-8 -*-
"""b66 records E: direct mail in many registers (requests and hard negatives), English-heavy."""
from common import *

SQ = "Sandra Delomenie <contact@floraisondesoi.fr>"

RECORDS = [
# ---------------- requests, English ----------------
R("en-formal-art15-20", ["access", "portability"], "Data Subject Access and Portability Request – Articles 15 and 20 GDPR",
  "Dear Data Controller,\n\nPursuant to Article 15 of Regulation (EU) 2016/679, I request confirmation as to whether you process personal data concerning me and, where that is the case, access to that data together with the information listed in Article 15(1)(a)-(h).\n\nFurthermore, pursuant to Article 20, I request that the data I provided to you be supplied in a structured, commonly used and machine-readable format.\n\nIdentification: Jonathan Reilly, born 11/03/1981, client from March to June 2024. A copy of my ID is attached.\n\nYours faithfully,\nJonathan Reilly",
  att=[("pdf", "ID_Reilly.pdf", ["IRELAND - PASSPORT", "REILLY JONATHAN", "Specimen copy for identification only"])],
  frm=("Jonathan Reilly", "jonathan.reilly@eircom.net"), to=ORANGE),

R("en-oneliner-delete", ["erasure"], "delete me",
  "pls delete everything you have on me. thx",
  frm=("", "zoe.k.1999@gmail.com"), to=CONTACT),

R("en-subject-only-unsubscribe", ["objection"], "Unsubscribe me from your mailing list please", "",
  frm=("Peter Lindqvist", "peter.lindqvist@telia.se"), to=CONTACT),

R("en-restriction-dispute", ["restriction"], "Please stop using my file for now",
  "Hi Sandra,\nThe intake form you filled in for me says I was referred by my GP for depression. That's not accurate, I came on my own for career questions. Until this is sorted, please don't use that file for anything, but keep it as it is because I may need it.\nThanks,\nAlice Brennan",
  frm=("Alice Brennan", "alice.brennan@gmail.com"), to=CONTACT),

R("en-restriction-legal-claim", ["restriction"], "Hold on my records",
  "Dear Ms Delomenie,\n\nI am in an employment tribunal dispute and my solicitor advises that your session records may be relevant. I ask that you do not erase them, even though your retention period may be ending, and that you do not process them in any other way in the meantime.\n\nRegards,\nMichael Ogunleye",
  frm=("Michael Ogunleye", "m.ogunleye@yahoo.co.uk"), to=ORANGE),
  # NEAR-LINE: "don't delete, don't use" -> restriction only

R("en-withdraw-photo-html", ["withdraw_consent"], "Group photo",
  "Hi Sandra,\nI agreed to the group photo from the June retreat being used on your Instagram, but I'd like to withdraw that now. Could you take it down or crop me out?\nThanks so much,\nGrace",
  frm=("Grace Liu", "grace.liu@icloud.com"), to=CONTACT, html="only"),

R("en-postmortem-son", ["post_mortem"], "My mother, Margaret Ellis",
  "Dear Sandra,\nI'm sorry to let you know that my mother, Margaret Ellis, passed away on 2 August. She spoke warmly of your sessions. As her executor, I'd ask you to close her file and let me know whether there are any letters or recordings of hers that the family could have.\nWith thanks,\nRichard Ellis",
  frm=("Richard Ellis", "richard.ellis@btinternet.com"), to=CONTACT),

R("en-postmortem-own-directive", ["post_mortem"], "After I'm gone",
  "Sandra,\nMy diagnosis is not good and I'm putting things in order. When I pass, I want my session notes destroyed, not handed to anyone, including my husband. Please confirm you will follow this.\nLove,\nCatherine",
  frm=("Catherine Doyle", "cathdoyle@gmail.com"), to=ORANGE),

R("en-portability-to-provider", ["portability"], "Transfer of my coaching file",
  "Hello,\nI'm continuing my coaching with Thrive Coaching Ltd. Could you transfer my goals sheet and progress tracker directly to them (records@thrivecoaching.co.uk) in a machine-readable format? I consent to the transfer.\nBest,\nNiamh Walsh",
  frm=("Niamh Walsh", "niamh.walsh@gmail.com"), to=CONTACT, cte="qp"),

R("en-portability-json", ["portability"], "Export of my course progress",
  "Hi! Could I get an export of my course progress and quiz results from your platform, ideally JSON or CSV? I'm keeping a personal learning log.\nCheers, Tomasz",
  frm=("Tomasz Wójcik", "tomasz.wojcik@gmail.com"), to=CONTACT),

R("en-nonnative-rectif-multi", ["rectification", "restriction"], "wrong information",
  "Hello Sandra,\nIn my file you write I am married with 2 childs, this is wrong, I am divorced since 2023 and have 1 child. Please correct this. And until you correct, please not to use my file for the group program.\nThank you\nMehmet Yilmaz",
  frm=("Mehmet Yilmaz", "mehmet.yilmaz@gmx.de"), to=CONTACT),
  # NEAR-LINE: gives the correct value (rectification) and pauses use meanwhile (restriction)

R("en-objection-analytics-erasure", ["erasure", "objection"], "Tracking and my data",
  "Hi,\nI object to your website tracking me with Google Analytics and to any marketing profiling. Also, please erase my newsletter signup data and whatever else you have.\nRegards,\nLena Fischer",
  frm=("Lena Fischer", "lena.fischer@posteo.de"), to=CONTACT),

R("en-access-withdraw", ["access", "withdraw_consent"], "Testimonial and my records",
  "Dear Sandra,\nTwo things: I no longer consent to my testimonial video being shown on your site and Systeme.io pages. And could you send me a copy of everything else you hold about me?\nRegards,\nSamuel Adeyemi",
  frm=("Samuel Adeyemi", "samuel.adeyemi@outlook.com"), to=CONTACT),

R("en-lawyer-mandate-erasure", ["erasure"], "Our client Ms Fiona Grant – erasure request",
  "Dear Madam,\n\nWe act for Ms Fiona Grant, whose signed authority is attached. On her behalf we request the erasure of all personal data you hold concerning her under Article 17 GDPR, and written confirmation once complete.\n\nYours faithfully,\nHarper & Stone LLP",
  att=[("pdf", "Authority_Grant.pdf", ["Letter of authority", "I, Fiona Grant, authorise Harper & Stone LLP to act for me in data protection matters."])],
  frm=("Harper & Stone LLP", "dataprotection@harperstone.co.uk"), to=ORANGE),

R("en-parent-minor-withdraw", ["withdraw_consent"], "Photo of my daughter",
  "Hello,\nI signed the image release for my daughter Chloe (11) at the summer kids' workshop. I'm withdrawing it: please remove any photo of her from your website and Facebook page.\nThanks,\nDaniel Moreau",
  frm=("Daniel Moreau", "daniel.moreau@gmail.com"), to=CONTACT),

R("en-euphemistic-erasure", ["erasure"], "Fresh start",
  "Hi Sandra,\nI'm trying to close a chapter of my life, and part of that is making sure there's no trace of that period left anywhere. Could you make sure nothing of mine stays in your files, notes, emails, everything?\nThank you for understanding,\nM.",
  frm=("Melanie Shaw", "mel.shaw@hotmail.co.uk"), to=CONTACT),

R("en-access-where-from", ["access"], "How did you get my number?",
  "Hello, I received an SMS from Floraison de Soi advertising a workshop. I never gave you my number. Where did you obtain it, and what else do you have on me?\nKenji Tanaka",
  frm=("Kenji Tanaka", "kenji.tanaka@gmail.com"), to=CONTACT),

R("en-objection-sms-only", ["objection"], "Texts",
  "Please stop the promotional texts. Emails are fine.\nJames",
  frm=("James Whitaker", "james.whitaker@icloud.com"), to=CONTACT),

R("en-rectif-email-change", ["rectification"], "New email address",
  "Hi Sandra, my old email (r.patel@oldcompany.com) no longer works since I changed jobs. Please replace it with this one, ravi.patel.home@gmail.com, for all future correspondence.\nRavi",
  frm=("Ravi Patel", "ravi.patel.home@gmail.com"), to=CONTACT),

R("en-buried-request-long", ["portability", "erasure"], "Catching up – and a favour",
  "Dear Sandra,\n\nIt's been a while! I wanted to tell you that the new job is going really well. The tools we worked on about saying no without guilt have been a lifesaver with my new manager, who is lovely but very demanding. We moved to Lyon in the spring, the kids are settling in, and I've even started running again.\n\nI've decided to keep working with a coach here, someone recommended by a colleague. She asked whether I could bring my previous assessments. Could you send them to me in a format she can import (CSV or Excel is ideal)? Once that's done, I'm happy for you to delete my file completely, there's no reason for you to keep it.\n\nThank you again for everything.\nWarmly,\nRebecca Stein",
  frm=("Rebecca Stein", "rebecca.stein@gmail.com"), to=CONTACT, cte="b64"),

R("en-postmortem-notary", ["post_mortem"], "Estate of the late Mr Paul Henderson",
  "Dear Madam,\n\nWe are handling the estate of the late Mr Paul Henderson (died 14 January 2026). The beneficiaries request that his customer account be closed and that any sums held on his behalf be refunded to the estate account.\n\nYours faithfully,\nMartin & Co Notaries, Dordogne office",
  frm=("Martin & Co", "succession@martin-notaires.fr"), to=ORANGE),
  # NEAR-LINE: notary after a death asking account closure/refund -> post_mortem whatever asked

R("en-restriction-pause", ["restriction"], "Pause",
  "Sandra, I've moved abroad for a year. Please keep my file but don't use it, don't send anything, don't include me in anything until I write again.\nOlivia",
  frm=("Olivia Grant", "olivia.grant@gmail.com"), to=CONTACT),

# ---------------- requests, French ----------------
R("fr-subject-only-suppr", ["erasure"], "Supprimez toutes mes données svp", "",
  frm=("", "k.benmoussa@gmail.com"), to=CONTACT),

R("fr-formel-art18-21", ["objection", "restriction"], "Exercice de mes droits – articles 18 et 21 du RGPD",
  "Madame,\n\nConformément à l'article 21 du RGPD, je m'oppose au traitement de mes données à des fins de prospection et de fidélisation. Par ailleurs, je conteste l'exactitude des informations relatives à ma situation professionnelle figurant dans votre fichier et demande, en application de l'article 18, la limitation du traitement le temps de la vérification.\n\nJe vous prie d'agréer, Madame, mes salutations distinguées.\n\nEdouard Marchand",
  frm=("Edouard Marchand", "edouard.marchand@orange.fr"), to=ORANGE, cte="qp"),

R("fr-informel-sans-accents-portab", ["portability"], "mes fichiers",
  "slt sandra, tu pourrai m envoyer mes fiches d exercices et mon bilan en fichier que je peux reutiliser ? genre excel ou word pas en photo. c pour ma nouvelle coach merci !!",
  frm=("", "tiph.morel@hotmail.fr"), to=CONTACT),

R("fr-portab-vers-prestataire", ["portability"], "Transfert de mon dossier",
  "Bonjour Madame,\nJe poursuis mon accompagnement chez Mme Agnès Roy, sophrologue à Bourges. Je vous autorise et vous demande de lui transmettre directement mon dossier (questionnaires, bilans) sous un format numérique exploitable, à agnes.roy.sophro@gmail.com.\nBien cordialement,\nYvette Garnier",
  frm=("Yvette Garnier", "yvette.garnier@laposte.net"), to=ORANGE),

R("fr-portab-acces-csv", ["access", "portability"], "Mes données",
  "Bonjour, je voudrais savoir ce que vous avez exactement sur moi, et en recevoir une copie en CSV pour pouvoir l'importer dans mon outil.\nRomain",
  frm=("Romain Tissier", "romain.tissier@free.fr"), to=CONTACT),

R("fr-restriction-gel", ["restriction"], "Dossier à geler",
  "Bonjour Sandra,\nJe suis en instance de divorce et mon avocate m'a conseillé de vous demander de « geler » mon dossier : ne rien détruire, ne rien utiliser, ne rien transmettre à qui que ce soit jusqu'à nouvel ordre.\nMerci de me confirmer.\nCéline",
  frm=("Céline Aubert", "celine.aubert@gmail.com"), to=CONTACT),

R("fr-restriction-8bit", ["restriction"], "Ne pas utiliser mon bilan",
  "Bonjour,\nLe bilan de compétences comporte des erreurs sur mon parcours. Tant que je n'ai pas fourni les justificatifs, je vous demande de ne pas vous en servir, ni de l'envoyer à Pôle emploi / France Travail.\nBien à vous,\nKarim Haddou",
  frm=("Karim Haddou", "karim.haddou@sfr.fr"), to=CONTACT, cte="8bit"),

R("fr-withdraw-audio", ["withdraw_consent"], "Enregistrement du cercle",
  "Bonjour Sandra, j'avais accepté qu'on enregistre le cercle de mardi pour le replay. Je retire mon accord, je ne veux pas que ma voix soit dans le replay.\nMerci de ta compréhension,\nMyriam",
  frm=("Myriam Toure", "myriam.toure@gmail.com"), to=CONTACT),

R("fr-withdraw-sante-erasure", ["erasure", "withdraw_consent"], "Consentement données de santé",
  "Madame,\nJe retire le consentement que j'avais donné à la collecte de mes données de santé. Je vous demande également la suppression de l'ensemble des données me concernant.\nCordialement,\nSylvain Masson",
  frm=("Sylvain Masson", "sylvain.masson@wanadoo.fr"), to=ORANGE),

R("fr-withdraw-temoignage-systemeio", ["withdraw_consent"], "Mon avis sur la page de vente",
  "Bonjour, mon avis avec mon nom complet apparaît sur la page de vente du programme sur systeme.io. Je préfère retirer mon autorisation, merci de l'enlever.\nDelphine Renaud",
  frm=("Delphine Renaud", "delphine.renaud@orange.fr"), to=CONTACT),

R("fr-postmortem-directives-propres", ["post_mortem"], "Mes directives",
  "Chère Sandra,\nÀ mon âge il faut penser à tout. Je vous écris pour vous dire qu'après mon décès, je souhaite que mes carnets d'exercices soient remis à ma petite-fille Léna et que tout le reste soit détruit.\nAvec toute mon affection,\nSimone Chauvin",
  frm=("Simone Chauvin", "simone.chauvin@orange.fr"), to=ORANGE),

R("fr-postmortem-frere", ["post_mortem"], "Mon frère Didier",
  "Bonjour,\nMon frère Didier Perrin est décédé le 19 mai. Je suis son héritier. Je voudrais récupérer la copie de ses échanges avec vous et que vous fermiez son compte sur la plateforme.\nPatrice Perrin",
  frm=("Patrice Perrin", "patrice.perrin@free.fr"), to=CONTACT),

R("fr-postmortem-html", ["post_mortem"], "Décès de Mme Huguette Bailly",
  "Madame,\nJe suis la petite-fille de Mme Huguette Bailly, décédée le 2 octobre. Merci de supprimer ses informations et de cesser tout envoi à son nom. Je joins l'acte de décès.\nAurore Bailly",
  att=[("pdf", "acte_deces_H_Bailly.pdf", ["Extrait d'acte de deces", "Huguette Bailly, decedee le 02/10/2025 a Issoudun"])],
  frm=("Aurore Bailly", "aurore.bailly@gmail.com"), to=ORANGE, html="alt"),

R("fr-acces-qp-long", ["access"], "Demande de communication de mon dossier",
  "Bonjour Madame Delomenie,\n\nJ'ai été accompagnée par vous en 2023 dans le cadre d'un bilan. Je traverse une période compliquée et je voudrais relire ce qui avait été dit et écrit à l'époque : comptes rendus, tests, questionnaires, et tout autre document me concernant.\n\nPouvez-vous me les transmettre par mail ou me dire quand je peux passer ?\n\nMerci infiniment,\nFlorence Bouvier",
  frm=("Florence Bouvier", "florence.bouvier@gmail.com"), to=CONTACT, cte="qp"),

R("fr-rectif-note-erronee", ["rectification"], "Note erronée",
  "Bonjour, dans la fiche de suivi que vous m'avez communiquée, il est écrit que j'ai arrêté le sport. C'est faux, j'ai arrêté le tabac, pas le sport ! Merci de corriger.\nThibault",
  frm=("Thibault Renard", "thibault.renard@gmail.com"), to=CONTACT),

R("fr-objection-sms-suisse", ["objection"], "Messages publicitaires",
  "Bonjour,\nJe reçois vos SMS publicitaires sur mon natel suisse. Je vous prie de cesser cet envoi.\nMeilleures salutations,\nBéatrice Jaquet",
  frm=("Béatrice Jaquet", "beatrice.jaquet@gmail.com"), to=CONTACT),

R("fr-erasure-access-multi-belge", ["access", "erasure"], "Mes données chez vous",
  "Bonjour Madame,\nPourriez-vous m'indiquer quelles données vous détenez sur moi ? Ensuite je souhaite que vous les supprimiez toutes. Je vous remercie déjà.\nGeoffrey Lambert (Liège)",
  frm=("Geoffrey Lambert", "geoffrey.lambert@skynet.be"), to=CONTACT),

R("fr-roundabout-objection", ["objection"], "Trop de mails",
  "Bonjour Sandra, j'adore ce que vous faites mais je suis un peu noyée sous vos mails. Je préférerais ne plus recevoir les lettres ni les annonces d'ateliers, je regarderai votre site de temps en temps.\nAmitiés, Nicole",
  frm=("Nicole Arnaud", "nicole.arnaud@sfr.fr"), to=CONTACT),
  # NEAR-LINE: soft wording "je préférerais ne plus recevoir" = unsubscribe -> objection

R("fr-rectif-complete", ["rectification"], "Compléter ma fiche",
  "Bonjour, vous pouvez compléter ma fiche avec mon deuxième prénom (Marie) et mon numéro fixe 02 54 21 30 08 ? Ça manque sur les attestations.\nAnne-Marie Lucas",
  frm=("Anne Lucas", "anne.lucas@orange.fr"), to=CONTACT),

R("fr-portab-restriction-multi", ["portability", "restriction"], "Dossier – deux demandes",
  "Bonjour,\nJe conteste certaines mentions dans mon dossier : merci de ne plus l'utiliser jusqu'à ce qu'on les revoie ensemble. En parallèle, envoyez-moi mes questionnaires dans un format numérique que je puisse réutiliser ailleurs.\nMathias",
  frm=("Mathias Lebon", "mathias.lebon@gmail.com"), to=CONTACT),

# ---------------- negatives ----------------
R("en-thanks-workshop-neg", [], "Thank you!",
  "Sandra, just wanted to say thank you for Saturday's workshop. The exercise where we crossed out and erased our old beliefs really stuck with me.\nHugs, Tessa",
  frm=("Tessa Moore", "tessa.moore@gmail.com"), to=CONTACT),

R("en-question-retention-neg", [], "How long do you keep data?",
  "Hi, how long do you keep client notes after the coaching ends? Asking because I'm setting up my own practice and want to align on good practice.\nBest, Paula",
  frm=("Paula Jiménez", "paula.jimenez@gmail.com"), to=CONTACT),

R("en-password-reset-neg", [], "Can't log in",
  "Hello, I forgot my password for the course area and the reset email never arrives. Can you help me access my account?\nDimitri",
  frm=("Dimitri Popov", "dimitri.popov@mail.ru"), to=CONTACT),

R("en-invoice-copy-neg", [], "Copy of invoice",
  "Hi Sandra, could you send me a copy of the invoice for the March sessions? My employer reimburses part of it.\nThanks, Lucy",
  frm=("Lucy Armstrong", "lucy.armstrong@gmail.com"), to=CONTACT),

R("en-reschedule-neg", [], "Move Thursday's session?",
  "Hi Sandra, could we delete the Thursday slot and move to Friday same time? Sorry for the short notice.\nAdam",
  frm=("Adam Novak", "adam.novak@seznam.cz"), to=CONTACT),

R("en-cnil-question-neg", [], "Complaint to the supervisory authority",
  "Dear Sandra,\nI'm writing to let you know that I have lodged a complaint with the CNIL regarding the marketing emails I received. I don't expect anything further from you.\nR. Kaur",
  frm=("Rupinder Kaur", "rupinder.kaur@gmail.com"), to=ORANGE),

R("en-wife-data-neg", [], "My wife's sessions",
  "Hello, my wife Anna has been seeing you. Could you tell me which topics you've covered and send me a summary? I'm paying for the sessions after all.\nGeorge Hill",
  frm=("George Hill", "george.hill@gmail.com"), to=CONTACT),

R("en-consent-training-topic-neg", [], "Session idea: consent at work",
  "Hi Sandra,\nFor our team day, could you include a segment on consent and boundaries, e.g. objecting to after-hours messages? People also asked about GDPR basics for HR. Happy to discuss.\nOliver, Team Lead",
  frm=("Oliver Grant", "oliver.grant@brightwater.co.uk"), to=CONTACT),

R("en-giving-consent-neg", [], "Re: Testimonial request",
  "Yes, happy for you to use my quote with my first name and city. Good luck with the new website!\nFrancesca",
  quote="Hi Francesca, would you agree to your feedback being used as a testimonial on my website? Sandra",
  qstyle="en", qfrom=SQ, frm=("Francesca Romano", "francesca.romano@libero.it"), to=CONTACT),

R("en-unsubscribe-done-thanks-neg", [], "Re: You've been unsubscribed",
  "Thanks for sorting that out so quickly!",
  quote="Hi Sam, you have been removed from the newsletter list. Sandra\n\n> On 3 Feb 2026, Sam Turner wrote:\n> Please unsubscribe me.",
  qstyle="en", qfrom=SQ, frm=("Sam Turner", "sam.turner@gmail.com"), to=CONTACT, deep=True),

R("en-access-building-neg", [], "Building access for Saturday",
  "Hi, is there step-free access to the room on Saturday? My mother uses a walker and will come with me.\nKind regards, Helen",
  frm=("Helen Foster", "helen.foster@gmail.com"), to=CONTACT),

R("en-ex-client-catchup-neg", [], "Remember me?",
  "Hi Sandra! It's Julia from the 2023 group. I just wanted to share that I finally opened my bakery. Your voice in my head saying 'what do you really want?' helped a lot. Would love to have you as a customer!\nJulia",
  frm=("Julia Becker", "julia.becker@web.de"), to=CONTACT, html="alt"),

R("en-partner-dpa-neg", [], "DPA for the co-hosted retreat",
  "Hi Sandra,\nFor the co-hosted retreat in June, I've drafted a short data-sharing agreement covering the participants' registration data. Could you review and sign? We both need to be able to answer access or deletion requests.\nBest, Ingrid (Yoga Lumière)",
  att=[("docx", "data_sharing_agreement_retreat.docx", "Data sharing agreement between Floraison de Soi and Yoga Lumiere\nPurpose: retreat registration")],
  frm=("Ingrid Laurent", "ingrid@yogalumiere.fr"), to=CONTACT),

R("fr-annule-stage-neg", [], "Annulation stage de juillet",
  "Bonjour Sandra,\nJe dois annuler ma participation au stage de juillet (raisons familiales). Pouvez-vous me dire ce qu'il en est de l'acompte ?\nMerci, Hélène",
  frm=("Hélène Gros", "helene.gros@orange.fr"), to=CONTACT),

R("fr-copie-attestation-neg", [], "Attestation de présence",
  "Bonjour, pourriez-vous me renvoyer une copie de mon attestation de présence à la formation de mars ? Je l'ai égarée et France Travail me la demande.\nCordialement, Yannick",
  frm=("Yannick Lefebvre", "yannick.lefebvre@gmail.com"), to=CONTACT),

R("fr-question-cnil-neg", [], "RGPD question",
  "Bonjour, est-ce que je peux demander la suppression de mes données même si je vous dois encore une séance ? Je me renseigne avant de faire quoi que ce soit.\nMerci",
  frm=("Manon Petit", "manon.petit@gmail.com"), to=CONTACT),
  # NEAR-LINE: "est-ce que je peux demander" + "je me renseigne" -> question about the right, negative

R("fr-mdp-sms-neg", [], "code",
  "jrecois pas le code pour me connecter a mon espace, vous pouvez regarder ? merci",
  frm=("", "dylan.m36@gmail.com"), to=CONTACT),

R("fr-tr-partage-article-neg", [], "TR: Article sur le droit à l'oubli",
  "Sandra, je pense que cet article t'intéressera pour ta formation sur la confidentialité.\nFrancis",
  quote="Le droit à l'oubli en 5 questions : qui peut demander l'effacement de ses données ? Dans quels délais ?...",
  qstyle="fwd_gmail", qfrom="Le Monde Pixels <newsletter@lemonde.fr>", qsubject="Le droit à l'oubli en 5 questions",
  frm=("Francis Dubreuil", "francis.dubreuil@gmail.com"), to=CONTACT),

R("fr-fournisseur-rgpd-neg", [], "Mise en conformité – registre des traitements",
  "Bonjour,\nDans le cadre de notre partenariat, pourriez-vous nous transmettre l'extrait de votre registre des traitements concernant les stagiaires que nous vous envoyons ? Notre DPO le demande pour l'audit annuel.\nCordialement,\nService qualité, Organisme Formapro Centre",
  frm=("Qualité Formapro", "qualite@formapro-centre.fr"), to=CONTACT),

R("fr-retrait-colis-neg", [], "Colis",
  "Bonjour, votre colis de livres est chez moi, le livreur s'est trompé de numéro. Vous pouvez passer le retirer quand vous voulez.\nVotre voisine, Mme Berthier",
  frm=("Odette Berthier", "odette.berthier@orange.fr"), to=ORANGE),

R("fr-voisin-erreur-destinataire-neg", [], "Mail reçu par erreur",
  "Bonjour, je pense avoir reçu par erreur un mail destiné à une autre personne (Mme Claire Dumont), avec un compte rendu de séance. Je l'ai supprimé, mais je préfère vous prévenir.\nPhilippe Dumont",
  frm=("Philippe Dumont", "philippe.dumont@gmail.com"), to=CONTACT),

R("fr-inscription-newsletter-neg", [], "Inscription à la newsletter",
  "Bonjour ! J'ai croisé votre stand au marché. Vous pouvez m'inscrire à votre lettre d'info ? Mon mail c'est celui-ci. J'accepte de recevoir vos infos.\nColette",
  frm=("Colette Riviere", "colette.riviere@laposte.net"), to=CONTACT),

R("fr-recommandation-neg", [], "Recommandation pour ma sœur",
  "Bonjour Sandra, ma sœur aimerait prendre rendez-vous avec toi. Je lui ai donné ton numéro, j'espère que ça ne te dérange pas.\nÉmilie",
  frm=("Émilie Fabre", "emilie.fabre@gmail.com"), to=CONTACT),

R("fr-apple-merci-export-neg", [], "Re: Export de vos données",
  "Super, reçu et bien ouvert. Merci Sandra pour la rapidité !\n\nEnvoyé de mon iPhone",
  quote="Bonjour Stéphanie, voici l'export de vos résultats au format Excel, comme demandé.",
  qstyle="apple", qfrom=SQ, frm=("Stéphanie Carré", "stephanie.carre@icloud.com"), to=CONTACT),

R("fr-outlook-fin-contrat-neg", [], "RE: Résiliation de l'abonnement mensuel",
  "Bonjour,\nJe confirme la résiliation de mon abonnement au cercle en ligne à compter du mois prochain. Merci de ne plus prélever.\nCordialement\nJacques Marty",
  quote="Bonjour Jacques, pouvez-vous me confirmer votre souhait de résilier ? Sandra",
  qstyle="outlook", qfrom=SQ, qto="jacques.marty@outlook.fr", frm=("Jacques Marty", "jacques.marty@outlook.fr"), to=CONTACT),

# ---------------- additions: more routes ----------------
R("fr-cf7-rectif-objection", ["objection", "rectification"], "[Floraison de Soi] Changement",
  cf7("Gérald Roussel", "gerald.roussel@orange.fr", "Changement",
      "Bonjour, mon adresse postale n'est plus 5 rue du Château mais 17 avenue de la Gare, 36100 Issoudun, merci de corriger. Par contre je ne veux plus recevoir vos catalogues papier ni les mails promotionnels, juste les factures."),
  frm=("Floraison de Soi", "wordpress@floraisondesoi.fr"), reply_to="gerald.roussel@orange.fr", to=CONTACT),

R("fr-wa-digest-acces-erasure", ["access", "erasure"], "Vous avez 2 nouveaux messages",
  wa_digest([("Sonia M.", "08:31", "Bonjour Sandra, avant que tu supprimes tout (je te le demande officiellement), tu peux me dire ce que tu as sur moi et m'envoyer les notes ?"),
             ("Sonia M.", "08:32", "Merci ❤️")]),
  frm=("WhatsApp Business", "noreply@whatsapp.com"), to=CONTACT),

R("fr-tr-personne-multi-withdraw-objection", ["objection", "withdraw_consent"], "TR: Votre nouvelle vidéo",
  "Je vous transfère votre propre mail : c'est moi qu'on voit à 1:12 dans cette vidéo promo ! Je retire l'autorisation donnée au stage, retirez la vidéo. Et ne m'envoyez plus ce genre de mailing.\nValentin",
  quote="Découvrez notre nouvelle vidéo de présentation des stages d'été !",
  qstyle="fwd_outlook", qfrom="Floraison de Soi <newsletter@floraisondesoi.fr>", qsubject="Votre nouvelle vidéo",
  frm=("Valentin Hoarau", "valentin.hoarau@outlook.fr"), to=CONTACT),

R("fr-pdf-lettre-acces-rectif", ["access", "rectification"], "Courrier joint – demande d'accès",
  "Madame, je vous prie de trouver ma demande en pièce jointe, avec copie de ma carte d'identité.\nJ. Cordier",
  att=[("pdf", "demande_Cordier.pdf", ["Jeanne Cordier", "Je vous demande copie de l'ensemble des donnees me concernant (art. 15 RGPD)",
        "et la correction de mon nom de naissance : Cordier et non Cordié."]), ("png", "CNI_recto.png")],
  frm=("Jeanne Cordier", "jeanne.cordier@laposte.net"), to=ORANGE),

R("fr-li-erasure-portab", ["erasure", "portability"], "Nouveau message de Arnaud Mercier",
  linkedin("Arnaud Mercier", "Consultant RH indépendant",
           "Bonjour Sandra, je clôture ma collaboration avec votre réseau de coachs. Merci de m'envoyer mes données de profil et mes évaluations dans un fichier structuré (CSV) puis de les supprimer de vos outils."),
  frm=("LinkedIn", "messages-noreply@linkedin.com"), to=CONTACT),

R("fr-ig-story-neg", [], "@clara.respire vous a mentionné dans sa story",
  insta("clara.respire", "Merci @floraisondesoi pour ce cercle magique 🌸 (mentionné dans une story)"),
  frm=("Instagram", "no-reply@mail.instagram.com"), to=CONTACT, headers={"Auto-Submitted": "auto-generated"}),

R("fr-wix-devis-neg", [], "Nouveau message de Mathilde Garnier",
  wix("Mathilde", "Garnier", "mathilde.garnier@crechelesptitsloups.fr",
      "Bonjour, nous aimerions un atelier pour l'équipe de la crèche sur le thème « poser des limites avec bienveillance ». Pourriez-vous nous envoyer un devis ? Les informations de la structure sont dans ma signature."),
  frm=("Wix Forms", "no-reply@crm.wix.com"), reply_to="mathilde.garnier@crechelesptitsloups.fr", to=CONTACT),

R("fr-malt-avis-neg", [], "Vous avez reçu un nouvel avis",
  "Bonne nouvelle ! Jean-Marc Lebreton a laissé un avis sur votre mission « Coaching d'équipe ».\n\n« Intervention très appréciée, Sandra a su faire émerger les oppositions sans conflit. »\n\nVoir l'avis sur Malt",
  frm=("Malt", "notifications@malt.com"), to=CONTACT, headers={"Auto-Submitted": "auto-generated"}),

R("fr-re-gmail-profonde-neg", [], "Re: Re: Re: Re: Organisation du cercle de juin",
  "Ok pour moi, je m'occupe des tisanes et je supprime le doodle puisque la date est fixée.\nBises\nAnnick",
  quote="Date retenue : jeudi 19 juin. Merci à toutes !\n\n> Le 3 juin 2025, Annick Rousseau a écrit :\n> Le 19 me va mieux.\n>> Le 2 juin 2025, Sandra a écrit :\n>> 12 ou 19 juin ?",
  qstyle="gmail", qfrom=SQ, frm=("Annick Rousseau", "annick.rousseau@gmail.com"), to=CONTACT, deep=True),

R("fr-resalib-question-neg", [], "Nouveau message de Laurent Picot",
  resalib("Laurent Picot", "Bonjour, pour la séance de vendredi, dois-je apporter le questionnaire rempli ou l'envoyer avant ? Et avez-vous un accès parking ?"),
  frm=("Resalib", "ne-pas-repondre@resalib.fr"), to=CONTACT),
]
