# -*- coding: utf-8 -*-
"""b66 records B: forwards (assistant, person from another address), relatives' and employers' addresses, PDF letters."""
from common import *

ASSIST = ("Camille Roux (assistante Floraison de Soi)", "assistante@floraisondesoi.fr")

RECORDS = [
R("fr-tr-assistante-effacement", ["erasure"], "TR: suppression de mes coordonnées",
  "Sandra,\nJe te transfère, arrivé sur la boîte Gmail de l'ancienne adresse du site. Elle veut qu'on efface tout, je n'ai rien fait en attendant ton feu vert.\nCamille",
  quote="Bonjour,\nJe vous ai donné mes coordonnées au salon bien-être de Déols. Je ne souhaite pas être recontactée et je vous demande de supprimer mes nom, téléphone et adresse de vos fichiers.\nCordialement,\nMartine Giraud",
  qstyle="fwd_outlook", qfrom="Martine Giraud <martine.giraud36@orange.fr>", qto="floraisondesoi@gmail.com", qsubject="suppression de mes coordonnées",
  frm=ASSIST, to=CONTACT),
  # NEAR-LINE: relay by the assistant; the forwarded person's request is what reaches Sandra -> labelled by it

R("fr-tr-assistante-traite-neg", [], "TR: Demande de désinscription",
  "Pour info : fait ce matin, elle est sortie de la liste Brevo et je lui ai répondu. Rien à faire de ton côté.\nBonne journée\nCamille",
  quote="Bonjour, merci de ne plus m'envoyer la newsletter. Cordialement. Agnès Perrin",
  qstyle="fwd_outlook", qfrom="Agnès Perrin <agnes.perrin@free.fr>", qsubject="Demande de désinscription",
  frm=ASSIST, to=ORANGE),
  # NEAR-LINE: forwarded request already handled; new text is an FYI -> negative

R("fr-fwd-soi-meme-relance", ["access"], "Fwd: Demande d'accès à mes données",
  "Je vous renvoie ma demande depuis mon adresse perso car je n'ai eu aucune réponse en un mois sur l'adresse du boulot. Le délai légal est dépassé, merci de me répondre.\n\nJ. Mercier",
  quote="Madame,\nEn application de l'article 15 du RGPD, je vous demande communication de l'ensemble des données personnelles me concernant que vous traitez, ainsi que leur source.\nJulien Mercier",
  qstyle="fwd_gmail", qfrom="Julien Mercier <j.mercier@btp-mercier-fils.fr>", qsubject="Demande d'accès à mes données",
  frm=("Julien Mercier", "julien.mercier.perso@gmail.com"), to=ORANGE),

R("en-fwd-below-erasure", ["erasure"], "Fwd: your workshop list",
  "---------- Forwarded message ---------\nFrom: Floraison de Soi <contact@floraisondesoi.fr>\nDate: Tue, 4 Mar 2025 at 08:00\nSubject: Spring workshops are open!\nTo: <laura.b.moss@gmail.com>\n\nHello Laura, our spring workshops are open for registration...\n\n\nThis is the kind of mail I keep getting on my old address. I never took a workshop, I was only on a trial webinar. Please erase everything you have connected to laura.b.moss@gmail.com and to this address as well.\nLaura Moss",
  frm=("Laura Moss", "lmoss@posteo.de"), to=CONTACT),
  # NEAR-LINE: request written below the forwarded newsletter -> request

R("fr-tr-pdf-lettre-avocat", ["access", "erasure"], "TR: Courrier – Mme Isabelle Fournier / Floraison de Soi",
  "Madame,\n\nVeuillez trouver ci-joint le courrier de notre cabinet agissant pour le compte de Mme Isabelle Fournier, ainsi que le mandat signé.\n\nBien à vous,\n\nAssistante de Maître Hélène Braud\nCabinet Braud Avocats – 14 place Voltaire, 36000 Châteauroux\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.",
  att=[("pdf", "2025-031_Fournier_courrier.pdf", ["Cabinet Braud Avocats", "Objet : exercice des droits de Mme Isabelle Fournier (art. 15 et 17 RGPD)",
        "Madame, agissant en vertu du mandat ci-joint, nous vous demandons la communication de l'integralite",
        "des donnees concernant notre cliente, puis leur effacement dans le delai d'un mois.", "Me Helene Braud"]),
       ("pdf", "Mandat_Fournier_signe.pdf", ["MANDAT", "Je soussignee Isabelle Fournier donne mandat a Me Helene Braud", "pour exercer mes droits RGPD aupres de Floraison de Soi."])],
  frm=("Secrétariat Braud Avocats", "secretariat@braud-avocats.fr"), to=ORANGE),

R("fr-pdf-seule-lettre-rectif", ["rectification"], "Courrier",
  "Bonjour,\nveuillez trouver ma lettre en pièce jointe.\nCordialement\nR. Dufour",
  att=[("pdf", "lettre_Floraison.pdf", ["Roland Dufour", "12 rue de la Poterie 36100 Issoudun", "Madame,",
        "Je vous prie de bien vouloir corriger ma fiche client : mon prenom est Roland et non Rolland,",
        "et mon adresse actuelle est 12 rue de la Poterie (et non 3 impasse du Moulin).", "Salutations, R. Dufour"])],
  frm=("roland dufour", "roland.dufour@wanadoo.fr"), to=ORANGE),

R("fr-pdf-postmortem-acte", ["post_mortem"], "Succession de M. Gérard Auclair",
  "Madame,\n\nJe fais suite à notre conversation téléphonique. Vous trouverez ci-joint la copie de l'acte de décès de mon père ainsi que mon courrier. Je vous remercie par avance.\n\nSophie Auclair-Renaud",
  att=[("pdf", "acte_deces_G_Auclair.pdf", ["REPUBLIQUE FRANCAISE - Extrait d'acte de deces", "Gerard Auclair, decede le 03/01/2026 a Bourges (Cher)"]),
       ("pdf", "courrier_S_Auclair.pdf", ["Madame, en ma qualite d'heritiere, je vous demande la communication des ecrits", "que mon pere vous a confies, puis la suppression de son dossier."])],
  frm=("Sophie Auclair-Renaud", "sophie.renaud@outlook.fr"), to=ORANGE),

R("fr-pdf-facture-neg", [], "Copie de facture pour remboursement",
  "Bonjour Sandra,\nMa mutuelle me réclame la facture des séances de janvier et février. Je vous joins le formulaire qu'ils veulent voir rempli. Vous pouvez me renvoyer une copie de facture ? Merci beaucoup\nEmma",
  att=[("pdf", "formulaire_mutuelle_MGEN.pdf", ["Attestation de prise en charge - medecines douces", "A remplir par le praticien"])],
  frm=("Emma Lacroix", "emma.lacroix@gmail.com"), to=CONTACT),

R("fr-mari-pour-femme-neg", [], "Dossier de ma femme",
  "Bonjour,\nJe vous écris pour ma femme, Christine Bonnet, qui est suivie chez vous. Pourriez-vous me dire ce qu'elle vous a raconté lors des dernières séances ? Je m'inquiète pour elle et elle ne me dit rien.\nMerci de votre compréhension,\nPhilippe Bonnet",
  frm=("Philippe Bonnet", "philippe.bonnet@orange.fr"), to=ORANGE),
  # NEAR-LINE: spouse asking about another living adult's data -> negative

R("fr-adresse-fille-pour-mere-mandat", ["erasure"], "Pour ma mère Mme Renée Morin",
  "Bonjour Madame,\nJ'écris depuis mon adresse car maman n'a pas d'ordinateur. Elle est d'accord et a signé le papier ci-joint. Elle demande que vous retiriez ses données de vos fichiers et qu'on ne reçoive plus rien à son nom.\nCordialement, Valérie Morin (sa fille)",
  att=[("pdf", "demande_signee_R_Morin.pdf", ["Je soussignee Renee Morin demande la suppression de mes donnees chez Floraison de Soi.", "Signe : R. Morin", "Piece jointe : copie carte d'identite"]),
       ("jpg", "CNI_maman.jpg")],
  frm=("Valérie Morin", "valerie.morin72@yahoo.fr"), to=CONTACT),
  # NEAR-LINE: daughter writing for a living mother but with her signed request attached -> request (mandate)

R("fr-employeur-adresse-pro-objection", ["objection"], "Plus de sollicitations sur ma boîte pro",
  "Bonjour,\nJe reçois vos invitations aux ateliers sur mon adresse professionnelle. Mon employeur n'apprécie pas. Je vous demande de ne plus utiliser cette adresse ni aucune autre pour me démarcher.\n\nSamuel Giraud\nTechnicien qualité – Laboratoires Berry Santé\nTél. 02 54 03 18 77\n\nAVERTISSEMENT : Ce courriel et ses pièces jointes sont confidentiels. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.",
  frm=("GIRAUD Samuel", "samuel.giraud@berry-sante.fr"), to=CONTACT, headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-rh-entreprise-paie-neg", [], "Convention de formation – session du 12 mai",
  "Bonjour Madame Delomenie,\n\nVous trouverez ci-joint la convention signée pour la session « Gérer ses émotions au travail ». Pouvez-vous nous transmettre la feuille d'émargement et les attestations individuelles après la formation ? Je vous confirme la liste des 8 participants (noms, adresses mail) dans le fichier CSV.\n\nCordialement,\nNadia Chérif\nAssistante RH – SAS Menuiseries du Centre",
  att=[("pdf", "Convention_MDC_signee.pdf", ["Convention de formation professionnelle", "Entre SAS Menuiseries du Centre et Floraison de Soi"]),
       ("csv", "participants.csv", "nom;prenom;email\nBlanchet;Eric;e.blanchet@mdc36.fr\nCosta;Julie;j.costa@mdc36.fr\nDiallo;Moussa;m.diallo@mdc36.fr\n")],
  frm=("Nadia Chérif", "n.cherif@mdc36.fr"), to=CONTACT),

R("fr-rh-entreprise-pour-stagiaire-mandat", ["rectification"], "Correction attestations – demande de M. Costa",
  "Bonjour,\n\nJulien Costa, un de nos salariés ayant suivi votre formation, m'a demandé de vous transmettre sa demande (il est en copie) : son prénom a été mal orthographié « Julie » sur votre liste et sur l'attestation, il s'agit de « Julien ». Pouvez-vous corriger votre fichier et nous renvoyer une attestation ?\n\nNadia Chérif\nAssistante RH",
  cc="Julien Costa <j.costa@mdc36.fr>", frm=("Nadia Chérif", "n.cherif@mdc36.fr"), to=CONTACT),
  # NEAR-LINE: HR relays the trainee's own request with him in Cc -> request

R("en-father-minor-erasure", ["erasure"], "My son's data",
  "Hi Sandra,\nMy son Ethan (14) did the teen confidence workshop in April. His mum and I have decided we don't want any record of him kept beyond what's legally required. Please delete his registration form, the worksheet he filled in and his email address.\nThanks,\nMark Denton",
  frm=("Mark Denton", "mark.denton@btinternet.com"), to=CONTACT),

R("fr-fwd-apple-personne-dessus", ["withdraw_consent"], "Fwd: Autorisation droit à l'image",
  "Je retrouve ce mail où je vous avais donné mon accord. Je l'annule : ne plus utiliser la vidéo de moi, ni sur Instagram ni dans vos présentations.\n\nEnvoyé de mon iPhone",
  quote="Oui c'est ok pour moi, vous pouvez utiliser la vidéo du cercle où je témoigne.\nBien à vous\nSolène",
  qstyle="fwd_apple", qfrom="Solène Perrot <solene.perrot@icloud.com>", qsubject="Autorisation droit à l'image",
  frm=("Solène Perrot", "solene.perrot@icloud.com"), to=CONTACT),

R("fr-tr-assistante-demande-avis-neg", [], "TR: Question sur vos données",
  "Sandra, tu peux regarder ? Je ne sais pas quoi répondre sur la durée. Je lui ai dit qu'on revenait vers elle.\nC.",
  quote="Bonjour, combien de temps gardez-vous les notes de séance une fois l'accompagnement terminé ? Et les données de santé ? Merci. Inès",
  qstyle="fwd_outlook", qfrom="Inès Hamdi <ines.hamdi@gmail.com>", qsubject="Question sur vos données",
  frm=ASSIST, to=ORANGE),
  # NEAR-LINE: forwarded content is a question about retention -> negative

R("fr-rfc822-transfert-mari", ["objection"], "Tr : vos mails",
  "Bonjour,\nC'est Laurent, le mari de Brigitte Faure. Elle m'a demandé de vous faire suivre son message (pièce jointe) car sa boîte refuse d'envoyer. Elle ne veut plus de prospection de votre part.\nLaurent",
  rfc822=dict(frm="Brigitte Faure <brigitte.faure36@laposte.net>", subject="vos mails",
              body="Bonjour, je ne souhaite plus recevoir vos offres ni vos invitations. Merci de ne plus me solliciter. Brigitte Faure"),
  frm=("Laurent Faure", "laurent.faure@sfr.fr"), to=CONTACT),
  # NEAR-LINE: husband relays wife's own message attached verbatim, at her request -> request

R("fr-pdf-restriction-lettre", ["restriction"], "Lettre recommandée – copie par mail",
  "Madame,\nCopie par courriel de mon courrier envoyé ce jour en recommandé avec AR.\nSalutations distinguées,\nF. Delaunay",
  att=[("pdf", "Delaunay_art18.pdf", ["Francois Delaunay", "Objet : limitation du traitement - article 18 RGPD",
        "Je conteste l'exactitude du compte rendu du 14 octobre. Pendant la verification,",
        "je demande la limitation : conservation uniquement, aucune utilisation."])],
  frm=("François Delaunay", "f.delaunay@laposte.net"), to=ORANGE, headers={"X-Mailer": "Mozilla Thunderbird"}),

R("en-pdf-only-portability", ["portability"], "Request (see attached)",
  "Hello, attached is my request. Kind regards, Anke",
  att=[("pdf", "request_Anke_deVries.pdf", ["Anke de Vries, Utrecht", "Under Article 20 GDPR I request my questionnaire results and session logs",
        "in a structured, commonly used, machine-readable format (CSV or JSON), sent to this email."])],
  frm=("Anke de Vries", "anke.devries@ziggo.nl"), to=CONTACT),

R("fr-notaire-pdf", ["post_mortem"], "Succession DUBOIS Marcel – réf. 2025/1187",
  "Madame,\n\nEn qualité de notaire chargé du règlement de la succession de M. Marcel DUBOIS, je vous prie de trouver ci-joint notre correspondance.\n\nVeuillez agréer, Madame, l'expression de mes salutations distinguées.\n\nMaître Claire Vernet\nOffice notarial Vernet & Associés – Issoudun",
  att=[("pdf", "2025-1187_Floraison.pdf", ["Office notarial Vernet & Associes", "Les ayants droit de M. Marcel Dubois demandent la cloture de son compte",
        "et la suppression de ses donnees, ainsi que le remboursement du solde de la carte de seances."])],
  frm=("Office notarial Vernet", "office.vernet@notaires.fr"), to=ORANGE),

R("fr-cnil-copie-neg", [], "Copie de ma plainte CNIL",
  "Madame,\nPour votre information, je joins la copie de la plainte que j'ai déposée aujourd'hui sur le site de la CNIL concernant l'absence de réponse à ma demande de janvier.\nM. Lemaire",
  att=[("pdf", "plainte_CNIL_accuse.pdf", ["CNIL - Accuse de reception de votre plainte n° 25-014872", "Organisme mis en cause : Floraison de Soi"])],
  frm=("Marc Lemaire", "marc.lemaire@numericable.fr"), to=ORANGE),

R("fr-fwd-personne-dessous-acces-question", [], "TR: Mes données de santé",
  "-----Message d'origine-----\nDe : Floraison de Soi <contact@floraisondesoi.fr>\nEnvoyé : lundi 3 mars 2025 18:04\nÀ : pascale.rey@gmail.com\nObjet : Consentement données de santé\n\nBonjour Pascale, merci de bien vouloir signer le formulaire de consentement joint avant notre première séance.\n\n\nRe-bonjour, je ne suis pas sûre de comprendre : si je signe, est-ce que j'aurai le droit de retirer mon accord plus tard ? Et est-ce que je peux le faire par simple mail ?\nPascale",
  frm=("Pascale Rey", "pascale.rey@gmail.com"), to=CONTACT),
  # NEAR-LINE: asks how withdrawing consent would work -> question about a right, negative

R("fr-conjoint-deces-postmortem", ["post_mortem"], "Jean-Pierre",
  "Sandra,\nJe ne sais pas trop comment écrire ça. Jean-Pierre nous a quittés le mois dernier. Il tenait beaucoup à vos séances. Je ne veux plus recevoir de courrier à son nom, ça me fait trop mal. Et je voudrais savoir s'il avait écrit des choses chez vous, des lettres, ces exercices qu'il faisait.\nMerci\nDanielle",
  frm=("Danielle Mathieu", "danielle.mathieu@orange.fr"), to=ORANGE),

R("en-hr-company-paid-neg", [], "Training invoices and attendance",
  "Dear Ms Delomenie,\n\nOur finance team needs the attendance sheets and the invoice copies for the two-day training you ran for our Vierzon staff. Could you also confirm the trainers' insurance certificate is still valid? We have a supplier audit next week.\n\nKind regards,\nRebecca Lang\nHR Business Partner, Oakridge Components SAS",
  frm=("Rebecca Lang", "rebecca.lang@oakridge-components.com"), to=CONTACT),

R("fr-tr-assistante-multi", ["access", "portability"], "TR: données pour mon nouveau praticien",
  "Sandra, demande d'une ancienne cliente de 2023. Elle veut voir ce qu'on a et l'avoir dans un fichier transmissible. Je lui prépare un export Systeme.io si tu valides ?",
  quote="Bonjour, j'aimerais savoir quelles données vous avez gardées sur moi, et les recevoir sous forme de fichier que je pourrai transmettre à mon naturopathe. Merci ! Magali Roussel",
  qstyle="fwd_gmail", qfrom="Magali Roussel <magali.roussel@gmail.com>", qsubject="données pour mon nouveau praticien",
  frm=ASSIST, to=CONTACT),

R("fr-suisse-rectif-adresse", ["rectification"], "Changement d'adresse",
  "Bonjour Madame Delomenie,\nJe vous informe que j'ai déménagé : ma nouvelle adresse est Chemin des Vignes 8, 1095 Lutry. L'ancienne à Pully n'est plus valable, merci de la remplacer dans vos fichiers pour les prochaines factures.\nAvec mes meilleures salutations\nCorinne Gaillard",
  frm=("Corinne Gaillard", "corinne.gaillard@bluewin.ch"), to=CONTACT),

R("fr-adresse-pro-rh-collegue-deces-neg", [], "Notre collègue Mme Laroche",
  "Bonjour,\nNous avons appris que Mme Sylvie Laroche, qui a suivi votre formation chez nous, est hospitalisée. Pourriez-vous nous dire si elle avait évoqué des difficultés lors des séances ? Cela nous aiderait à adapter son retour.\nService RH, Clinique Saint-François",
  frm=("Service RH Clinique Saint-François", "rh@clinique-stfrancois36.fr"), to=CONTACT),

R("fr-pdf-consentement-donne-neg", [], "Formulaire signé",
  "Bonjour Sandra, voici le formulaire de consentement pour les données de santé, signé et daté. À jeudi !\nNicolas",
  att=[("pdf", "consentement_signe_N_Besson.pdf", ["Consentement a la collecte de donnees de sante", "J'accepte. Signe : Nicolas Besson, le 02/09/2025"])],
  frm=("Nicolas Besson", "nicolas.besson@gmail.com"), to=CONTACT),

R("en-fwd-from-work-address-access", ["access"], "FW: Subject access request",
  "Sending this from my work account as my personal one is locked. Please reply to my personal address once it's back, or here.\n\nAmira",
  quote="Dear Sandra,\nPlease provide me with a copy of all personal data you hold about me, including any notes from our sessions and any third parties you have shared them with.\nThank you,\nAmira Haddad",
  qstyle="en_outlook", qfrom="Amira Haddad <amira.haddad@gmail.com>", qsubject="Subject access request",
  frm=("Haddad, Amira", "amira.haddad@capgemini.com"), to=CONTACT, noreply_hdr=True),

R("fr-tr-assistante-postmortem", ["post_mortem"], "TR: décès de M. Pinault",
  "Sandra, message reçu sur le répondeur puis confirmé par mail (ci-dessous). Triste nouvelle. Le fils demande qu'on supprime tout. Je mets le dossier de côté en attendant que tu voies.",
  quote="Bonjour, mon père, Alain Pinault, est décédé en décembre. Merci de supprimer son compte et ses informations, et de ne plus lui écrire. Cordialement, Thomas Pinault",
  qstyle="fwd_outlook", qfrom="Thomas Pinault <t.pinault@gmail.com>", qsubject="décès de M. Pinault",
  frm=ASSIST, to=ORANGE),

R("fr-docx-lettre-withdraw-erasure", ["erasure", "withdraw_consent"], "Ma demande",
  "Bonjour, ma demande est dans le document. Claudine",
  att=[("docx", "demande_Claudine_Perret.docx", "Madame Delomenie,\nJe retire mon autorisation de publier mon témoignage écrit et ma photo sur votre site et sur systeme.io.\nJe vous demande aussi d'effacer toutes les données me concernant.\nClaudine Perret, 4 rue Basse, 36100 Issoudun")],
  frm=("Claudine Perret", "claudine.perret@orange.fr"), to=ORANGE),

R("fr-fwd-assistante-planning-neg", [], "TR: Export agenda et salle",
  "Je te transfère la réponse de la mairie pour la salle. Ils veulent un export de l'agenda des ateliers et une copie de l'assurance. J'ai mis l'export en PJ.",
  quote="Bonjour, pour l'accès à la salle polyvalente le samedi, merci de nous faire parvenir vos dates et l'attestation d'assurance. Service associations, Mairie d'Issoudun",
  qstyle="fwd_outlook", qfrom="Associations Mairie <associations@issoudun.fr>", qsubject="Export agenda et salle",
  att=[("csv", "agenda_ateliers_2025.csv", "date;atelier;horaire\n2025-09-13;Cercle des émotions;9h30-12h\n2025-10-11;Oser dire non;9h30-12h\n")],
  frm=ASSIST, to=CONTACT),

R("fr-mere-pour-fils-majeur-neg", [], "mon fils Kévin",
  "Bonjour Madame,\nMon fils Kévin (22 ans) a fait deux séances avec vous. Il ne va pas bien et refuse d'en parler. Vous pouvez me dire ce qui est noté dans son dossier ? Je suis sa mère quand même.\nMme Colin",
  frm=("Martine Colin", "martine.colin52@orange.fr"), to=ORANGE),
  # NEAR-LINE: parent of an adult child -> another living adult -> negative

R("fr-mere-pour-mineure-rectif", ["rectification"], "Fiche de ma fille Zoé",
  "Bonjour Sandra,\nPetite erreur dans la fiche d'inscription de Zoé (12 ans) pour le stage de la Toussaint : sa date de naissance est le 03/07/2013, pas le 07/03. Et son allergie aux arachides n'apparaît pas, merci de l'ajouter.\nBonne journée,\nAurélie Marchal",
  frm=("Aurélie Marchal", "aurelie.marchal@gmail.com"), to=CONTACT),

R("en-pdf-post-mortem-instructions", ["post_mortem"], "Instructions for my file",
  "Dear Sandra,\nFollowing our last session, I've written down what I'd like done with my file after my death. It's attached and signed. My solicitor has a copy.\nWarm regards,\nGraham Whitcombe",
  att=[("pdf", "Whitcombe_instructions.pdf", ["Instructions regarding my personal data after my death", "1. Delete all session notes.", "2. Give my daughter Fiona a copy of the letters I wrote during the exercises.", "Signed: G. Whitcombe"])],
  frm=("Graham Whitcombe", "g.whitcombe@icloud.com"), to=CONTACT),

R("fr-pdf-neg-devis-signe", [], "Devis signé accompagnement",
  "Bonjour Sandra,\nVoici le devis signé pour les 8 séances. Le virement part demain. Vous trouverez aussi mon questionnaire préparatoire rempli.\nÀ très vite,\nLouise",
  att=[("pdf", "devis_signe_Louise_Tanguy.pdf", ["Devis n° 2025-044 - Bon pour accord", "Louise Tanguy"]),
       ("docx", "questionnaire_preparatoire_L_Tanguy.docx", "Mes objectifs : retrouver confiance après un burn-out.\nMes attentes : des outils concrets.")],
  frm=("Louise Tanguy", "louise.tanguy@laposte.net"), to=CONTACT),

R("fr-fwd-gmail-dessus-restriction-stats", ["objection", "restriction"], "Fwd: Votre enquête annuelle",
  "Deux choses. Je ne veux pas que mes anciennes réponses servent dans cette enquête ni dans vos statistiques. Et mon dossier, vous le gardez si vous devez, mais vous ne l'utilisez plus pour rien, le temps que je décide si je reprends ou pas.\nA.",
  quote="Bonjour à toutes et à tous, comme chaque année, je vous propose de répondre à l'enquête de satisfaction. Vos réponses des années passées seront comparées... Sandra",
  qstyle="fwd_gmail", qfrom="Floraison de Soi <contact@floraisondesoi.fr>", qsubject="Votre enquête annuelle",
  frm=("Agathe Bru", "agathe.bru@gmail.com"), to=CONTACT),

R("fr-employeur-domaine-mineur-neg", [], "Stage d'observation de 3e",
  "Bonjour,\nJe suis le tuteur de stage de votre fille ? Non pardon, je reprends : notre collège cherche des structures pour les stages d'observation de 3e. Accepteriez-vous d'accueillir un élève une semaine en décembre ? Il faudrait remplir la convention avec ses informations.\nM. Texier, professeur principal, collège Les Capucins",
  frm=("Texier Olivier", "olivier.texier@ac-orleans-tours.fr"), to=CONTACT),
]
