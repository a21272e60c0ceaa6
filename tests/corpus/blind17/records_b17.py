# -*- coding: utf-8 -*-
"""Message records for corpus b17 (short, indirect mail). Each R(...) is one message.
rights=[] means: not a data-subject request addressed to Sandra."""

RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SP = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
IPH = "Envoyé de mon iPhone"
AND = "Envoyé depuis mon mobile Orange"
IPH_EN = "Sent from my iPhone"
OUTL = "Obtenir Outlook pour Android"


def R(k, lang, rights, frm, subj, body, **kw):
    d = dict(k=k, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


NEWS = """Floraison de Soi - la lettre de juin

Bonjour à toutes et à tous,
Le prochain cercle de parole aura lieu le 21 juin à Issoudun. Il reste 3 places.
Au programme : respiration, écriture, partage.

Belle floraison,
Sandra

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

NEWS_EN = """Floraison de Soi - newsletter

Hello everyone,
The online "Bloom" workshop (in English!) starts on 9 October. Early bird until Friday.

Sandra

You receive this email because you subscribed on floraisondesoi.fr.
Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"""

RELANCE = """Bonjour,
Cela fait un moment que nous ne nous sommes pas vus ! Je vous propose une séance "bilan" à tarif doux en septembre.
Répondez simplement à ce mail si cela vous tente.
Sandra - Floraison de Soi
06 81 84 21 73"""

# =====================================================================
# REQUESTS
# =====================================================================

# ---------------- access ----------------
R("acc-cestquoi", "fr", ["access"], "Léa Marchand <lea.marchand36@gmail.com>", "question",
  "Bonjour Sandra, c'est quoi que vous gardez sur moi exactement ? depuis le coaching de 2023 je sais plus trop\nMerci !\nLéa", sig=IPH)
R("acc-toutcequevousavez", "fr", ["access"], "Nadia B. <nadia.bouzid@free.fr>", "mes données",
  "bjr, vous pouvez m'envoyer tout ce que vous avez me concernant ? merci", sig=AND)
# NEAR-LINE: only asks where her address came from -> access (source of data); no unsubscribe asked.
R("acc-dou-adresse", "fr", ["access"], "Murielle Cantin <mcantin@wanadoo.fr>", "??",
  "Bonjour, je reçois votre lettre alors que je ne me suis jamais inscrite. Vous avez eu mon adresse comment ?", q=("gmail", SP, NEWS))
R("acc-transmis-qui", "fr", ["access"], "Gaëlle Poirier <gaelle.poirier@sfr.fr>", "appel bizarre",
  "Bonjour, une \"formatrice partenaire\" m'a appelée en disant venir de votre part. Vous avez transmis mon numéro à qui ?")
R("acc-notes-copie", "fr", ["access"], "Camille Roussel <camille.roussel@gmail.com>", "mes notes",
  "Coucou Sandra, est-ce que je pourrais avoir une copie de mes notes de séances ? j'aimerais relire tout ça au calme. Bises, Camille")
R("acc-en-onfile", "en", ["access"], "Hannah Reid <hannah.reid@outlook.com>", "quick one",
  "Hi Sandra, quick one – what info do you still have on file for me? Thanks! H.", sig=IPH_EN)
R("acc-en-sar", "en", ["access"], "Mark Ellison <m.ellison@protonmail.com>", "Subject access request",
  "Dear Ms Delomenie,\n\nPlease send me a copy of all personal data you hold about me (Mark Ellison, email as above). Copy of my passport attached.\n\nRegards,\nMark Ellison", att=["passport_ellison.jpg"])
# NEAR-LINE: one-line reply to her clarifying question; the quoted question gives the meaning -> access.
R("acc-reply-lacopie", "fr", ["access"], "Josiane Moreau <josiane.moreau@orange.fr>", "Re: votre demande",
  "La copie svp", sig=AND,
  q=("gmail", SP, "Bonjour Madame Moreau,\n\nAfin de traiter votre demande, pourriez-vous me préciser si vous souhaitez recevoir une copie de vos données ou leur suppression ?\n\nBien à vous,\nSandra"))
# NEAR-LINE: request carried by the subject only.
R("acc-subjonly", "fr", ["access"], "Thierry Vasseur <thierry.vasseur@laposte.net>", "Demande copie de mes données perso", "", sig=IPH)
R("acc-parent-ado", "fr", ["access"], "Hélène Roux <helene.roux.36@gmail.com>", "atelier ados - Théo",
  "Bonjour, mon fils Théo (15 ans) a participé à votre atelier estime de soi en avril. Je voudrais savoir quelles informations vous conservez sur lui. Cordialement, H. Roux")
R("acc-en-sharedwith", "en", ["access"], "Oliver Grant <olly.grant@gmail.com>", "your 'partner'",
  "Who did you share my details with? Getting mails from some 'partner coach' since your webinar.")
R("acc-art15", "fr", ["access"], "Bruno Lacaze <bruno.lacaze@gmx.fr>", "Article 15 RGPD",
  "Madame,\nJe vous demande communication de l'ensemble des données me concernant, de leur source et de leurs destinataires.\nCordialement,\nB. Lacaze")
R("acc-en-lol", "en", ["access"], "Jade Turner <jadeturner99@icloud.com>", "hey",
  "what data do u have on me?? asking for real lol", sig=IPH_EN)
R("acc-avocat", "fr", ["access"], "Maître Claire Béranger <c.beranger@beranger-avocat.fr>", "Mme Sophie Lagarde - demande de communication",
  "Madame,\n\nJ'interviens pour le compte de Mme Sophie Lagarde, dont vous trouverez le mandat ci-joint. Ma cliente sollicite la communication de l'intégralité des données la concernant (fiches de suivi, notes, échanges).\n\nVeuillez agréer, Madame, mes salutations distinguées.\n\nClaire Béranger\nAvocate au Barreau de Châteauroux",
  att=["mandat_Lagarde.pdf"], shape="alt")
R("acc-drive", "fr", ["access"], "Pauline Favier <pauline.favier@yahoo.fr>", "Drive",
  "Bonjour, qu'est-ce qui est stocké à mon nom sur votre Google Drive ? juste pour savoir. merci")
R("acc-en-fromwhere", "en", ["access"], "Sam Whitfield <sam@whitfield.co.uk>", "where did you get my email",
  "Never met you, never signed up. Where did you get my address from?", q=("gmail_en", SP, NEWS_EN))
R("acc-stripe-quoi", "fr", ["access"], "Antoine Mercier <a.mercier@free.fr>", "paiements",
  "Bonsoir, vous gardez quoi comme infos sur moi côté paiement (Stripe etc) ? et le reste aussi tant qu'on y est")

# ---------------- rectification ----------------
R("rect-en-address", "en", ["rectification"], "Chloé Dumas <chloe.dumas@gmail.com>", "new address",
  "my address changed, it's now 14 rue des Tanneurs, 36000 Châteauroux. thx!", sig=IPH_EN)
R("rect-num", "fr", ["rectification"], "Sylvie Barbier <sylvie.barbier@orange.fr>", "nouveau numéro",
  "Nouveau numéro : 07 62 18 44 90, l'ancien ne marche plus. Bonne journée", sig=AND)
R("rect-deloffre", "fr", ["rectification"], "Marion Deloffre <marion.deloffre@gmail.com>", "mon nom",
  "Bonjour, c'est Deloffre avec deux f, pas Delofre 🙂 vous pouvez corriger dans votre fichier ? merci")
R("rect-ddn", "fr", ["rectification"], "Aurélie Chevalier <aurelie.chevalier86@hotmail.fr>", "petite erreur",
  "Bonjour Sandra, dans mon profil sur la plateforme ma date de naissance c'est le 03/07/1986, pas 1968 ! je rajeunis pas mais quand même 😅")
R("rect-mailpro", "fr", ["rectification"], "Marc Gauthier <marc.gauthier36@orange.fr>", "changement d'adresse mail",
  "Merci de remplacer mon adresse par celle-ci : m.gauthier.pro@gmail.com. L'ancienne sera fermée fin du mois.")
R("rect-en-married", "en", ["rectification"], "Priya Hughes <priya.hughes@gmail.com>", "name change",
  "Hi! Got married in May – could you update my surname to Patel-Hughes in your records? Thanks x")
R("rect-note-conge", "fr", ["rectification"], "Élodie Renard <elodie.renard@gmail.com>", "compte rendu",
  "Bonjour, dans le compte rendu de séance il est écrit que je suis en arrêt maladie, c'est faux, j'étais en congé parental. Vous pouvez rectifier svp ?")
# NEAR-LINE: bare new address, meaning comes from her quoted question -> rectification.
R("rect-reply-adresse", "fr", ["rectification"], "Gérard Lemoine <gerard.lemoine18@orange.fr>", "RE: votre adresse",
  "12 allée des Tilleuls 18100 Vierzon",
  q=("outlook", SP, "Bonjour Monsieur Lemoine,\nLe courrier de votre attestation m'est revenu. Pouvez-vous me confirmer votre nouvelle adresse postale ?\nCordialement,\nSandra Delomenie"))
R("rect-maelle", "fr", ["rectification"], "Maëlle Girard <maelle.girard@laposte.net>", "tréma",
  "Mon prénom c'est Maëlle avec un tréma, pas Maelle. Ça s'affiche mal partout dans les mails 😕")
# NEAR-LINE: "supprimez l'ancien" with the new value given -> rectification only.
R("rect-mail-supprancien", "fr", ["rectification"], "Julien Perrin <j.perrin@laposte.net>", "mail",
  "Mon mail a changé => j.perrin@laposte.net. Supprimez l'ancien (jperrin36@orange.fr) svp")
R("rect-en-ukphone", "en", ["rectification"], "Nathalie Cross <nat.cross@gmail.com>", "moving to the UK",
  "Please remove my old number 06 12 34 56 78 and use +44 7700 900123 instead. Moving next week!")
R("rect-allergie", "fr", ["rectification"], "Anne-Sophie Lebrun <as.lebrun@gmail.com>", "stage de juillet",
  "Bonjour, pouvez-vous compléter ma fiche d'inscription : j'ai oublié de préciser que je suis allergique au latex. Merci !")
R("rect-en-typo", "en", ["rectification"], "Jon Baxter <jon.baxter@gmail.com>", "typo",
  "typo in my email in your system, it's jon.baxter not john.baxter. that's why I never get anything")
# NEAR-LINE: terse "c'est Mme pas M." above a quoted confirmation -> rectification of civility.
R("rect-madame", "fr", ["rectification"], "Dominique Lemaire <dominique.lemaire@free.fr>", "Re: Votre inscription à l'atelier du 14",
  "c'est Madame, pas Monsieur 🙄", sig=IPH,
  q=("gmail", SP, "Bonjour Monsieur Lemaire,\n\nJe vous confirme votre inscription à l'atelier \"Oser dire non\" du 14 à 14h.\n\nÀ bientôt,\nSandra"))
R("rect-ville", "fr", ["rectification"], "Karine Tessier <karine.tessier@sfr.fr>", "adresse",
  "J'habite plus à Déols, c'est 3 impasse des Lilas à Ardentes maintenant (36120). Pour vos fichiers !")
R("rect-en-note", "en", ["rectification"], "Tom Becker <tom.becker@gmx.de>", "session summary",
  "Hi Sandra, the summary says I have two kids – it's one. Could you fix that in my file? Cheers, Tom")
R("rect-nomjf", "fr", ["rectification"], "Isabelle Fabre <isabelle.fabre@gmail.com>", "nom",
  "Bonjour, je suis divorcée, merci de mettre Fabre et plus Martinet partout (factures, plateforme). Merci")

# ---------------- erasure ----------------
# NEAR-LINE: request only in the subject "vous pouvez m'oublier ?" with a short body.
R("era-oublier", "fr", ["erasure"], "Coralie Benoît <coralie.benoit@gmail.com>", "vous pouvez m'oublier ?",
  "plus intéressée, merci de m'effacer de vos fichiers", sig=IPH)
R("era-compte-tout", "fr", ["erasure"], "Patrick Jourdain <p.jourdain@orange.fr>", "suppression",
  "Bonjour, je souhaite que vous supprimiez mon compte et toutes mes données. Cordialement.")
R("era-en-everything", "en", ["erasure"], "Emily Stone <emily.stone@yahoo.com>", "delete",
  "please delete everything you have about me. thanks")
# NEAR-LINE: one-word reply "Tout." to her question -> erasure.
R("era-reply-tout", "fr", ["erasure"], "Sabrina Collet <sabrina.collet@hotmail.fr>", "Re: votre demande",
  "Tout.", sig=IPH,
  q=("apple", SP, "Bonjour Sabrina,\nSouhaitez-vous la suppression de l'ensemble de vos données ou seulement de votre compte Systeme.io ?\nSandra"))
R("era-pas-finalise", "fr", ["erasure"], "Laurence Picard <laurence.picard@gmail.com>", "inscription",
  "Bonjour, pourriez-vous supprimer mes données ? je n'ai jamais finalisé l'inscription à la formation. Merci")
R("era-notes", "fr", ["erasure"], "Valérie Hamon <valerie.hamon@gmail.com>", "notes",
  "Effacez mes notes de séances svp. L'accompagnement est fini et ça me gêne qu'elles traînent quelque part.")
R("era-oubli-subj", "fr", ["erasure"], "Kevin Durand <kevin.durand36@gmail.com>", "droit à l'oubli", "", sig=AND)
R("era-en-art17", "en", ["erasure"], "Rachel Moore <rachel.moore@mail.com>", "Erasure request - Art. 17 GDPR",
  "Hello,\n\nPlease erase my personal data, including the intake questionnaire and the health information I gave you. Please confirm in writing.\n\nRachel Moore")
# NEAR-LINE: parent for a minor asks deletion of answers AND contact details -> erasure (not only withdrawal of questionnaire consent).
R("era-parent-ines", "fr", ["erasure"], "Farid Amrani <farid.amrani@gmail.com>", "Inès Amrani - atelier au collège",
  "Bonjour, ma fille Inès (14 ans) a rempli un questionnaire et donné son téléphone lors de votre intervention au collège. Je souhaite que tout ce qui la concerne soit supprimé. Merci. F. Amrani")
R("era-drive", "fr", ["erasure"], "Cécile Vidal <cecile.vidal@gmail.com>", "Drive",
  "Supprimez mes documents du dossier Drive svp (CV, bilan, tests). Merci !")
R("era-en-wipe", "en", ["erasure"], "Dan Roberts <droberts@fastmail.com>", "",
  "Can you wipe my info from your system? no need to reply, just do it.")
# NEAR-LINE: remove phone number with no new value -> erasure, not rectification.
R("era-numero", "fr", ["erasure"], "Stéphanie Loriot <steph.loriot@gmail.com>", "mon numéro",
  "Retirez mon numéro de vos fichiers svp, je ne veux plus être appelée sur ce numéro ni ailleurs. Mon mail suffit.")
R("era-systemeio", "fr", ["erasure"], "Romain Petit <romain.petit@outlook.fr>", "compte formation",
  "Supprimez mon compte Systeme.io et tout ce qui va avec (progression, infos perso). Merci")
R("era-en-forget", "en", ["erasure"], "Grace Kim <grace.kim@gmail.com>", "forget me",
  "Hi, I'd like you to forget me please – all my details, session notes, everything. Thank you for everything though.")
R("era-effacer-fiche", "fr", ["erasure"], "Monique Lefèvre <monique.lefevre@orange.fr>", "Effacement de ma fiche",
  "Madame, je vous prie d'effacer ma fiche client ainsi que mes réponses aux tests. Salutations.", shape="plain")
R("era-whatsapp-msgs", "fr", ["erasure"], "Aïcha Diallo <aicha.diallo@gmail.com>", "mes messages",
  "Bonjour Sandra, pourriez-vous effacer les messages et infos perso que j'ai partagés avec vous (mail + WhatsApp) ? je tourne la page. merci 🙏")

# ---------------- restriction ----------------
R("res-pas-supprimer", "fr", ["restriction"], "Caroline Mallet <caroline.mallet@gmail.com>", "mes notes",
  "Ne supprimez pas mes notes svp, j'en aurai peut-être besoin pour un litige avec mon employeur. Mais ne vous en servez plus d'ici là.")
R("res-geler", "fr", ["restriction"], "Fabrice Colin <fabrice.colin@orange.fr>", "fiche de suivi",
  "Je conteste ce qui est écrit dans ma fiche de suivi. En attendant qu'on en parle, je vous demande de geler mon dossier.")
R("res-en-insurer", "en", ["restriction"], "Laura Bennett <laura.bennett@gmail.com>", "my file",
  "Please don't use my data for anything for now, but don't delete it either – I may need the invoices and notes for my insurer.")
R("res-avocat-pause", "fr", ["restriction"], "Sandrine Hoarau <sandrine.hoarau@yahoo.fr>", "dossier",
  "Vous pouvez mettre mon dossier en pause ? n'en faites rien tant que je n'ai pas vu mon avocat. Et surtout ne rien effacer.", sig=IPH)
# NEAR-LINE: contests accuracy and asks to suspend -> restriction only (no corrected value given).
R("res-art18", "fr", ["restriction"], "Jean-Luc Ferrand <jl.ferrand@free.fr>", "Limitation du traitement",
  "Madame,\nJe conteste l'exactitude des informations de santé notées dans mon dossier. Je vous demande d'en suspendre l'utilisation pendant la vérification (art. 18 RGPD).\nJ.-L. Ferrand")
R("res-en-burnout", "en", ["restriction"], "Chris Walsh <chris.walsh@gmail.com>", "hold",
  "Hold on my file please – don't process it, don't delete it. I dispute the note about 'burnout'.")
R("res-bloquer", "fr", ["restriction"], "Lucie Garnier <lucie.garnier@gmail.com>", "données",
  "Gardez mes données mais bloquez-les, je ne veux plus qu'elles servent à quoi que ce soit.")
# NEAR-LINE: "la 2e option" only makes sense with her question quoted -> restriction.
R("res-reply-2e", "fr", ["restriction"], "Florence Aubert <florence.aubert@gmail.com>", "Re: votre dossier",
  "la 2e option", sig=IPH,
  q=("gmail", SP, "Bonjour Florence,\nSouhaitez-vous que je supprime votre dossier, ou que je le conserve sans plus l'utiliser jusqu'à ce que vous me recontactiez ?\nBelle journée,\nSandra"))
R("res-comptable", "fr", ["restriction"], "Olivier Roy <olivier.roy@gmail.com>", "facture contestée",
  "Je conteste la facture de mars. D'ici à ce que ce soit réglé, merci de ne plus rien faire de mes données (pas d'envoi au comptable ni ailleurs), mais gardez tout.")
R("res-en-freeze", "en", ["restriction"], "Megan Fox-Lee <megan.foxlee@gmail.com>", "freeze",
  "pls freeze my data, don't delete it", sig=IPH_EN)
R("res-parent-fils", "fr", ["restriction"], "Nathalie Brun <nathalie.brun36@orange.fr>", "Lucas",
  "Bonjour, concernant mon fils Lucas (12 ans), merci de ne plus utiliser ses données jusqu'à ce qu'on ait clarifié la situation avec son père. Ne les supprimez pas non plus.")
R("res-ne-pas-transmettre", "fr", ["restriction"], "Hervé Masson <herve.masson@wanadoo.fr>", "",
  "Suspendez l'utilisation de mon dossier svp, le temps que je vérifie les infos qu'il contient. Je reviens vers vous.")

# ---------------- portability ----------------
R("port-csv", "fr", ["portability"], "Agathe Rolland <agathe.rolland@gmail.com>", "export",
  "Vous pouvez m'envoyer mes données en CSV ? je change d'outil de suivi")
R("port-autre-coach", "fr", ["portability"], "Bérénice Caron <berenice.caron@gmail.com>", "transfert dossier",
  "Bonjour Sandra, je continue avec une autre coach à Lyon. Vous pourriez lui transmettre directement mon dossier en numérique ? c.morel@coaching-morel.fr. Merci pour tout !")
R("port-en-workbook", "en", ["portability"], "Ella Murphy <ella.murphy@gmail.com>", "export",
  "Can I get my workbook answers and progress exported? JSON or CSV, whatever Systeme lets you do.")
R("port-formel", "fr", ["portability"], "Yannick Morin <yannick.morin@laposte.net>", "Demande de portabilité",
  "Madame, merci de me fournir les données que je vous ai communiquées dans un format structuré, couramment utilisé et lisible par machine. Cordialement.")
R("port-excel", "fr", ["portability"], "Manon Leroy <manon.leroy@gmail.com>", "questionnaires",
  "exporter mes réponses aux questionnaires en excel c'est possible ? 🙏", sig=IPH)
R("port-en-therapist", "en", ["portability"], "Ben Carter <ben.carter@gmail.com>", "file transfer",
  "Could you send my client file straight to my new therapist, Dr Amir Haddad (a.haddad@cabinet-haddad.fr)? In a format his software can import if possible, not a scan.")
R("port-ma-plateforme", "fr", ["portability"], "Ophélie Lambert <ophelie.lambert@gmail.com>", "données de formation",
  "J'ai besoin de récupérer mes données de formation dans un fichier réutilisable pour les importer dans mon propre espace. C'est faisable ?")
# NEAR-LINE: one-word reply choosing the reusable format -> portability (she did not ask to know what is held).
R("port-reply-tableur", "fr", ["portability"], "Christophe Noël <christophe.noel@gmail.com>", "Re: vos données",
  "tableur",
  q=("gmail", SP, "Bonjour Christophe,\nVoulez-vous recevoir vos données en PDF (lecture seule) ou en fichier tableur réutilisable ?\nSandra"))
R("port-en-machine", "en", ["portability"], "Zoe Hall <zoe.hall@icloud.com>", "my data",
  "pls send my data in machine readable format. ty", sig=IPH_EN)
R("port-vers-coach", "fr", ["portability"], "Delphine Roche <delphine.roche@free.fr>", "Re: fin d'accompagnement",
  "Merci Sandra ! Du coup vous pouvez envoyer mes fiches et questionnaires sous format fichier à Mme Perret (nouvelle accompagnante) ? adresse : perret.sophro@gmail.com",
  q=("gmail", SP, "Chère Delphine,\nC'était un plaisir de t'accompagner. Je te souhaite le meilleur pour la suite.\nSandra"))

# ---------------- objection ----------------
R("obj-plusdemails", "fr", ["objection"], "Annie Vial <annie.vial@orange.fr>", "Re: Floraison de Soi - la lettre de juin",
  "plus de mails svp", sig=AND, q=("gmail", SP, NEWS))
# NEAR-LINE: subject-only "STOP pub" to her marketing -> objection.
R("obj-stop-subj", "fr", ["objection"], "René Guillot <rene.guillot@orange.fr>", "STOP pub", "")
R("obj-en-unsub-reply", "en", ["objection"], "Kate Miller <kate.miller@hotmail.com>", "Re: Floraison de Soi - newsletter",
  "unsubscribe", q=("gmail_en", SP, NEWS_EN))
R("obj-lien-casse", "fr", ["objection"], "Christine Pons <christine.pons@gmail.com>", "désinscription",
  "Bonjour, le lien de désinscription ne marche pas chez moi, vous pouvez me retirer de la newsletter ? merci")
R("obj-appels", "fr", ["objection"], "Bernard Millet <b.millet@wanadoo.fr>", "démarchage",
  "Arrêtez de m'appeler pour me proposer des ateliers svp. Je ne suis pas intéressé.")
R("obj-stats", "fr", ["objection"], "Inès Carpentier <ines.carpentier@gmail.com>", "stats",
  "je ne veux plus que mes réponses et mes données servent à vos statistiques, merci d'arrêter")
R("obj-en-sms", "en", ["objection"], "Paul Hart <paul.hart@gmail.com>", "texts",
  "Please stop sending me texts about your workshops. thanks")
R("obj-necontactezplus", "fr", ["objection"], "Noémie Baron <noemie.baron@laposte.net>", "",
  "Ne me contactez plus.")
R("obj-prospection", "fr", ["objection"], "Alain Perrot <alain.perrot@orange.fr>", "Opposition",
  "Madame, je m'oppose au traitement de mes données à des fins de prospection commerciale. Salutations, A. Perrot")
R("obj-en-list", "en", ["objection"], "Sophie Turner <s.turner@btinternet.com>", "mailing list",
  "take me off your mailing list please x")
R("obj-2fois", "fr", ["objection"], "Maryse Bonnet <maryse.bonnet@gmail.com>", "encore ??",
  "pourquoi je reçois encore vos mails ?? je me suis désinscrite 2 fois. retirez moi", sig=IPH)
# NEAR-LINE: body "merci" only, the request is in the subject.
R("obj-desabo-subj", "fr", ["objection"], "Françoise Lucas <francoise.lucas@orange.fr>", "désabonnement",
  "merci", sig=AND)
R("obj-profilage", "fr", ["objection"], "Estelle Moulin <estelle.moulin@gmail.com>", "segmentation ?",
  "Bonjour, j'ai vu dans l'URL de vos mails que je suis taguée \"prospect-chaud\"… je ne souhaite pas être profilée comme ça, merci d'arrêter.")
R("obj-en-workaddr", "en", ["objection"], "Richard Evans <richard.evans@acme-logistics.co.uk>", "stop",
  "Stop emailing my work address with promos, please.")
R("obj-relances-sms", "fr", ["objection"], "Guillaume Faure <guillaume.faure@gmail.com>", "relances",
  "Vous pouvez arrêter les relances par SMS ? Je ne reprendrai pas de séance. Merci quand même 🙂")
R("obj-relance-reply", "fr", ["objection"], "Sylvain Rey <sylvain.rey@free.fr>", "RE: On se revoit ?",
  "Non merci et ne me relancez plus svp.",
  q=("outlook", SP, RELANCE))
R("obj-en-reengage", "en", ["objection"], "Lily Adams <lily.adams@gmail.com>", "Re: We miss you!",
  "no thanks, please don't email me about offers anymore",
  q=("apple_en", SP, "Hi Lily,\nWe miss you! Here's 20% off your next session.\nSandra"))
R("obj-ma-situation", "fr", ["objection"], "Corinne Dupuis <corinne.dupuis@gmail.com>", "messages",
  "Bonjour, vu ma situation familiale en ce moment (séparation), je vous demande de ne plus m'écrire ni m'appeler à la maison. Merci de votre compréhension.")

# ---------------- withdraw_consent ----------------
R("wc-en-insta", "en", ["withdraw_consent"], "Mia Lopez <mia.lopez@gmail.com>", "insta",
  "can you take my pic off insta? 🙏", sig=IPH_EN)
R("wc-temoignage", "fr", ["withdraw_consent"], "Agnès Renaud <agnes.renaud@gmail.com>", "témoignage",
  "Je retire mon accord pour mon témoignage, vous pouvez l'enlever du site ? merci")
R("wc-video-atelier", "fr", ["withdraw_consent"], "Juliette Marie <juliette.marie@gmail.com>", "vidéo",
  "Coucou Sandra, finalement je préfère que la vidéo de l'atelier où on me voit ne soit pas publiée. Désolée du revirement !")
R("wc-photo-groupe", "fr", ["withdraw_consent"], "Nicole Charpentier <nicole.charpentier@orange.fr>", "photo Facebook",
  "Vous pouvez enlever ma tête de la photo de groupe sur Facebook ? merci bcp", sig=AND)
R("wc-en-salespage", "en", ["withdraw_consent"], "Helen Wright <helen.wright@gmail.com>", "my testimonial",
  "I'd rather my testimonial weren't on your sales page anymore. Could you remove it? No hard feelings!")
R("wc-questionnaire", "fr", ["withdraw_consent"], "Clément Bertin <clement.bertin@gmail.com>", "questionnaire",
  "je retire mon consentement pour l'utilisation de mes réponses au questionnaire dans votre étude.")
R("wc-replay", "fr", ["withdraw_consent"], "Martine Guérin <martine.guerin@gmail.com>", "replay",
  "Pour l'enregistrement du cercle de mardi : je ne suis plus d'accord pour qu'il soit diffusé en replay. Merci de me retirer ou de couper.")
R("wc-sante", "fr", ["withdraw_consent"], "Sébastien Royer <sebastien.royer@gmail.com>", "consentement données de santé",
  "Je ne consens plus au traitement de mes données de santé. Merci d'en tenir compte.")
R("wc-en-website-photo", "en", ["withdraw_consent"], "Amy Clarke <amy.clarke@gmail.com>", "photo",
  "please remove the photo of me on your 'workshops' page, I'm not ok with it anymore")
R("wc-prenom-insta", "fr", ["withdraw_consent"], "Justine Blanc <justine.blanc@gmail.com>", "insta",
  "Vous pouvez retirer mon prénom et ma photo du post témoignage sur Insta ?")
R("wc-exmari", "fr", ["withdraw_consent"], "Nadège Simon <nadege.simon@gmail.com>", "URGENT témoignage",
  "mon ex est tombé sur mon témoignage… vous pouvez l'enlever svp ? vite si possible", sig=IPH)
R("wc-reply-finalementnon", "fr", ["withdraw_consent"], "Émilie Robin <emilie.robin@gmail.com>", "Re: Re: votre témoignage",
  "en fait non, retirez-le svp, je suis pas à l'aise. désolée !",
  q=("gmail", "Émilie Robin <emilie.robin@gmail.com>", "Oui avec plaisir, prénom + ville ça me va !\n\n> Puis-je publier votre témoignage (prénom + ville) sur mon site ?\n> Sandra"))
R("wc-en-cookies", "en", ["withdraw_consent"], "Ryan Cooper <ryan.cooper@gmail.com>", "cookies",
  "I clicked accept on your site's analytics cookies by mistake – I withdraw that consent, please stop tracking me.")
R("wc-videopromo", "fr", ["withdraw_consent"], "Lina Haddad <lina.haddad@gmail.com>", "vidéo promo",
  "Retirez-moi de la vidéo promo svp (je suis à 0:42). Merci")

# ---------------- post_mortem ----------------
R("pm-fille-monique", "fr", ["post_mortem"], "Catherine Bardet <catherine.bardet@gmail.com>", "Monique Bardet",
  "Bonjour Madame, je suis la fille de Monique Bardet, décédée le 2 mars. Pouvez-vous fermer son compte et supprimer ses données ? Je joins l'acte de décès.",
  att=["acte_deces_M_Bardet.pdf"])
R("pm-notaire", "fr", ["post_mortem"], "Étude Lefort <office.lefort@notaires.fr>", "Succession Gérard PICHON",
  "Madame,\n\nEn charge de la succession de M. Gérard Pichon, décédé le 14 janvier 2025, je vous remercie de m'indiquer les sommes éventuellement dues et de me communiquer les informations détenues au nom du défunt.\n\nMaître Anne Lefort, notaire\n12 place du Sablon, 36100 Issoudun",
  shape="alt", att=["attestation_notaire_Pichon.pdf"])
R("pm-en-mum", "en", ["post_mortem"], "David Shaw <david.shaw@gmail.com>", "my mum",
  "My mum passed away in January. She was on your newsletter and had a course account. Could you close everything please? — David")
R("pm-mari", "fr", ["post_mortem"], "Ginette Roux <ginette.roux@orange.fr>", "",
  "Mon mari est décédé, il recevait encore vos mails. Merci d'arrêter.", sig=AND)
R("pm-directive-notes", "fr", ["post_mortem"], "Danielle Caillaud <danielle.caillaud@gmail.com>", "pour plus tard",
  "Sandra, je souhaite que mes notes de séances soient détruites à mon décès et que rien ne soit transmis à ma famille. Merci de le noter quelque part.")
R("pm-en-instruction", "en", ["post_mortem"], "Fiona Grant <fiona.grant@gmail.com>", "in case",
  "If anything happens to me, I want my testimonial taken down and my file deleted. Please record this as my instruction.")
R("pm-soeur-ecrits", "fr", ["post_mortem"], "Agnès Valentin <agnes.valentin@gmail.com>", "Claire",
  "Ma sœur Claire nous a quittés. Elle tenait beaucoup à vos ateliers. Est-ce qu'on pourrait récupérer les textes qu'elle avait écrits pendant les séances ?")
R("pm-photo-fb", "fr", ["post_mortem"], "Thomas Besson <thomas.besson@gmail.com>", "photo de ma mère",
  "Bonjour, suite au décès de ma mère je souhaiterais que sa photo soit retirée de votre page Facebook. Merci.")
R("pm-executeur", "fr", ["post_mortem"], "Patrice Royer <patrice.royer@orange.fr>", "Mme Aline Royer",
  "Je suis l'exécuteur testamentaire de Mme Aline Royer. Merci de me transmettre une copie de ses données et de clôturer son compte.", att=["testament_extrait.pdf"])
R("pm-en-paul", "en", ["post_mortem"], "Julia Hughes <julia.hughes@gmail.com>", "Re: We miss you, Paul!",
  "Paul died last year. Please take him off.", q=("gmail_en", SP, "Hi Paul,\nWe miss you! Come back for a free discovery call.\nSandra"))
R("pm-designation", "fr", ["post_mortem"], "Michel Arnaud <michel.arnaud@free.fr>", "directives",
  "directives post mortem : je désigne ma fille Lucie Arnaud pour exercer mes droits sur mes données après mon décès.")
R("pm-maman", "fr", ["post_mortem"], "Émilie Caron <emilie.caron@gmail.com>", "Re: Floraison de Soi - la lettre de juin",
  "Maman est décédée en novembre, vous pouvez la désinscrire ? merci", sig=IPH, q=("apple", SP, NEWS))
R("pm-en-executor", "en", ["post_mortem"], "George Palmer <george.palmer@gmail.com>", "my father, Alan Palmer",
  "My father's email is still on your list. He passed in 2024. I'm his executor – a copy of his records please, then delete them.")

# ---------------- multi-right ----------------
R("m-acc-era", "fr", ["access", "erasure"], "Sarah Lemaire <sarah.lemaire@gmail.com>", "mes infos",
  "envoyez-moi ce que vous avez sur moi puis effacez tout. merci")
R("m-en-acc-era", "en", ["access", "erasure"], "Lucy Evans <lucy.evans@gmail.com>", "data",
  "send me whatever you have on me, then delete it all pls", sig=IPH_EN)
R("m-acc-rect", "fr", ["access", "rectification"], "Mme Fabienne Ollivier <fabienne.ollivier@orange.fr>", "infos",
  "Vous pouvez me dire quelles infos vous avez sur moi ? Je crois que vous avez encore mon nom de jeune fille (Denis), c'est Ollivier maintenant.")
R("m-acc-obj", "fr", ["access", "objection"], "Lionel Bouvier <lionel.bouvier@gmail.com>", "SMS",
  "Pourquoi je reçois vos pubs par SMS ? d'où vous tenez mon numéro ? et stop les SMS.")
R("m-en-acc-port", "en", ["access", "portability"], "Alice Ward <alice.ward@gmail.com>", "course data",
  "Can I get all my course data in a file I can import elsewhere (csv?), plus a list of what else you keep on me?")
R("m-acc-res", "fr", ["access", "restriction"], "Véronique Marty <veronique.marty@free.fr>", "dossier",
  "Gelez mon dossier svp (ne rien supprimer) et envoyez-moi une copie de ce qu'il contient.")
R("m-rect-obj", "fr", ["objection", "rectification"], "Hugo Brunet <hugo.brunet@gmail.com>", "nouveau mail",
  "Nouvelle adresse : hugo.brunet@proton.me. Par contre sur la nouvelle, pas de newsletter merci 🙂")
R("m-rect-era", "fr", ["erasure", "rectification"], "Ludivine Gaillard <ludivine.gaillard@gmail.com>", "mise à jour",
  "Bonjour, nouvelle adresse : 9 rue Grande, 36100 Issoudun. Et pouvez-vous supprimer les notes de 2022 ? je n'en veux plus chez vous.")
R("m-era-obj", "fr", ["erasure", "objection"], "Yvette Chauvin <yvette.chauvin@orange.fr>", "",
  "Ne m'envoyez plus rien et effacez mon adresse de vos listes.")
R("m-en-era-obj", "en", ["erasure", "objection"], "Jack Wilson <jack.wilson@gmail.com>", "Re: Floraison de Soi - newsletter",
  "stop these and delete my details please", q=("gmail_en", SP, NEWS_EN))
R("m-era-wc", "fr", ["erasure", "withdraw_consent"], "Mélanie Guillaume <melanie.guillaume@gmail.com>", "témoignage + données",
  "Retirez mon témoignage du site et effacez toutes mes données svp. Merci")
R("m-en-era-wc", "en", ["erasure", "withdraw_consent"], "Olivia Price <olivia.price@gmail.com>", "",
  "Please take my video testimonial down and delete all my data too. Thanks.")
R("m-port-era", "fr", ["erasure", "portability"], "Alexandre Fleury <alex.fleury@gmail.com>", "fin formation",
  "Exportez-moi mes fichiers de cours en format réutilisable (zip/csv), puis fermez le compte et effacez tout. Merci")
R("m-obj-wc", "fr", ["objection", "withdraw_consent"], "Solène Marchal <solene.marchal@gmail.com>", "newsletter + photo",
  "Plus de newsletter svp, et retirez ma photo de la page d'accueil. Merci !")
R("m-en-obj-wc", "en", ["objection", "withdraw_consent"], "Hannah Lee <hannah.lee@gmail.com>", "a couple of things",
  "unsubscribe me pls, and take down the group photo with me in it from your FB page")
R("m-port-res", "fr", ["portability", "restriction"], "Cyril Lebon <cyril.lebon@gmail.com>", "dossier",
  "Envoyez mon dossier en format exploitable à ma nouvelle coach (lea.vernet@gmail.com). D'ici là ne l'utilisez plus, sans le supprimer.")
R("m-acc-era-obj", "fr", ["access", "erasure", "objection"], "Mathilde Perrier <mathilde.perrier@gmail.com>", "RGPD",
  "Bonjour, 1) d'où vient mon adresse ? 2) plus aucun mail 3) supprimez tout. Merci")
R("m-en-rect-acc", "en", ["access", "rectification"], "Eric Johnson <eric.johnson@gmail.com>", "records",
  "Could you tell me what you hold on me? Pretty sure my DOB is wrong in there – it's 12/04/1979.")
R("m-acc-wc", "fr", ["access", "withdraw_consent"], "Rose Dufour <rose.dufour@gmail.com>", "photos",
  "Vous avez quelles photos/vidéos de moi exactement ? et celles publiées, retirez-les svp.")
R("m-obj-era-fr2", "fr", ["erasure", "objection"], "Bertrand Lenoir <bertrand.lenoir@gmail.com>", "RE: On se revoit ?",
  "Non. Ne me relancez plus et supprimez mes coordonnées.", q=("outlook", SP, RELANCE))
R("m-en-acc-obj", "en", ["access", "objection"], "Mike Foster <mike.foster@gmail.com>", "??",
  "how did you get my number and why am I getting your ads by text? stop it please", sig=IPH_EN)
R("m-wc-era-parent", "fr", ["erasure", "withdraw_consent"], "Céline Morel <celine.morel@gmail.com>", "photos de Zoé",
  "Bonjour, je retire l'autorisation pour les photos de ma fille Zoé (10 ans) prises à l'atelier, et je souhaite que toutes ses données soient supprimées.")
R("m-port-acc", "fr", ["access", "portability"], "Quentin Bailly <quentin.bailly@gmail.com>", "mes données",
  "Je voudrais savoir ce que vous avez sur moi et récupérer mes questionnaires en fichier réutilisable (csv ou xlsx).")
R("m-en-rect-obj", "en", ["objection", "rectification"], "Claire Dubois <claire.dubois@gmail.com>", "email",
  "new email: claire.d@fastmail.com – and no marketing on that one please")
R("m-res-obj", "fr", ["objection", "restriction"], "Pascale Robert <pascale.robert@orange.fr>", "dossier",
  "Plus de mails promo svp. Et mon dossier, ne l'utilisez plus le temps que je vérifie les notes, mais ne le supprimez pas.")
R("m-en-port-era", "en", ["erasure", "portability"], "Noah Fisher <noah.fisher@gmail.com>", "leaving",
  "Moving to another platform – can you export my course progress/data as CSV, then delete my account and all data?")

# =====================================================================
# NEGATIVES (rights = [])
# =====================================================================
N = []

# ---- short client replies that use the vocabulary ----
R("neg-supprime", "fr", N, "Amandine Roger <amandine.roger@gmail.com>", "Re: photo du tableau",
  "supprimé !", sig=IPH,
  q=("gmail", SP, "Coucou Amandine, pourrais-tu supprimer la photo du tableau que tu as postée dans le groupe WhatsApp ? On y voit les prénoms de tout le monde. Merci !\nSandra"))
R("neg-jai-modifie", "fr", N, "Yasmine Belkacem <yasmine.belkacem@gmail.com>", "Re: adresse de facturation",
  "c'est bon j'ai modifié 👍",
  q=("gmail", SP, "Bonjour Yasmine,\nStripe me signale que l'adresse de facturation de votre carte ne correspond pas. Pouvez-vous la modifier depuis le lien de paiement ?\nSandra"))
# NEAR-LINE: thank-you above her reply that carried the requested copy -> negative (only new text counts).
R("neg-copie-recue", "fr", N, "Josiane Moreau <josiane.moreau@orange.fr>", "Re: Re: votre demande",
  "copie reçue merci", sig=AND,
  q=("gmail", SP, "Bonjour Madame Moreau,\nVeuillez trouver ci-joint la copie de l'ensemble de vos données (fiche client, factures, notes).\nBien à vous,\nSandra\n\n> La copie svp"))
R("neg-stop-rdv", "fr", N, "Lydie Pasquier <lydie.pasquier@gmail.com>", "jeudi",
  "stop le rdv de jeudi, j'ai la grippe 🤒 je vous redis", sig=IPH)
# NEAR-LINE: her webmaster reporting a bug in her own newsletter template, not an unsubscribe request.
R("neg-unsub-broken", "en", N, "Matt (web) <matt@pixelroots.studio>", "newsletter template",
  "fyi unsubscribe link broken lol – tested on yesterday's send, gives a 404. I'll fix it tonight")
R("neg-annuler-mardi", "fr", N, "Océane Vincent <oceane.vincent@gmail.com>", "séance",
  "vous pouvez annuler ma séance de mardi ? désolée 😞", sig=IPH)
R("neg-mdp", "fr", N, "Brigitte Leclerc <brigitte.leclerc@orange.fr>", "accès espace formation",
  "Bonjour, je n'arrive plus à accéder à mon espace, j'ai perdu le mot de passe. Vous pouvez m'aider ?")
R("neg-copie-contrat", "fr", N, "Arnaud Giraud <arnaud.giraud@gmail.com>", "Re: contrat d'accompagnement",
  "Merci pour la copie du contrat ! Je le signe ce soir.",
  q=("gmail", SP, "Bonjour Arnaud,\nComme convenu, voici une copie du contrat d'accompagnement (6 séances).\nSandra"))
R("neg-desinscris-atelier", "fr", N, "Marine Lopez <marine.lopez@gmail.com>", "atelier du 12",
  "Bonjour, je me désinscris de l'atelier du 12, empêchement pro. Vous me remboursez ou je garde un avoir ?")
# NEAR-LINE: "close my account" with no data mentioned -> negative per policy.
R("neg-fermez-compte", "fr", N, "Roland Perret <roland.perret@free.fr>", "compte",
  "fermez mon compte svp, je ne me sers plus de la plateforme")
R("neg-resiliation", "fr", N, "Sandra Mathieu <sandra.mathieu@gmail.com>", "Résiliation abonnement mensuel",
  "Bonjour, je souhaite résilier mon abonnement mensuel au programme Floraison à partir de juillet. Merci.")
R("neg-creneau", "fr", N, "Julie Lacroix <julie.lacroix@gmail.com>", "créneau",
  "Pouvez-vous supprimer le créneau de 14h ? je prends celui de 16h finalement")
R("neg-rib", "fr", N, "Jacques Boyer <jacques.boyer@orange.fr>", "prélèvement",
  "Vous avez bien reçu mes coordonnées bancaires pour le prélèvement ? je vous les ai envoyées lundi.")
# NEAR-LINE: asks how the erasure right works later, does not exercise it -> negative.
R("neg-question-plustard", "fr", N, "Audrey Fontaine <audrey.fontaine@gmail.com>", "question RGPD",
  "Bonjour, si je m'inscris, est-ce que je pourrai demander la suppression de mes données plus tard si je veux ? Ça se passe comment ?")
R("neg-expose-delai", "fr", N, "Lola Henry <lola.henry@etu.univ-tours.fr>", "petite question",
  "Bonjour, je prépare un exposé sur le RGPD chez les indépendants. C'est quoi le délai pour répondre à une demande d'accès ? Merci !")
# NEAR-LINE: husband asking about his wife (living adult) -> negative.
R("neg-femme", "fr", N, "Gilles Morin <gilles.morin@orange.fr>", "ma femme",
  "Bonjour, ma femme voudrait savoir ce que vous avez sur elle, vous pouvez me dire ? Elle s'appelle Corinne Morin.")
# NEAR-LINE: colleague relaying for another adult -> negative.
R("neg-collegue", "fr", N, "Sonia Barre <sonia.barre@mairie-issoudun.fr>", "Thomas",
  "Bonjour, mon collègue Thomas voudrait que vous effaciez ses infos de votre fichier, je transmets. Bonne journée")
R("neg-plainte-cnil-copie", "fr", N, "Régis Fournier <regis.fournier@gmail.com>", "TR: Plainte CNIL",
  "Pour info, voici la plainte que j'ai déposée.",
  q=("fwd", "CNIL <ne-pas-repondre@cnil.fr>", "Votre plainte a bien été enregistrée sous la référence 25-118442.\nObjet : absence de réponse à une demande d'effacement - Floraison de Soi.\nLa CNIL examinera votre plainte."),
  qsubj="Accusé de réception de votre plainte")
R("neg-corrige-doc", "fr", N, "Estelle Moulin <estelle.moulin@gmail.com>", "doc partagé",
  "J'ai corrigé la faute dans le doc partagé de l'atelier, c'était \"bienveillence\" 😉")
R("neg-consentement-ou", "fr", N, "Nina Gauthier <nina.gauthier@gmail.com>", "consentement",
  "Le formulaire de consentement pour les données de santé, je le signe où ? Je ne le trouve pas dans l'espace.")
R("neg-consent-signe", "fr", N, "Daniel Pichard <daniel.pichard@gmail.com>", "formulaire",
  "Je vous renvoie le formulaire de consentement signé. Bonne soirée", att=["consentement_signe.pdf"])
R("neg-oui-temoignage", "fr", N, "Laetitia Faure <laetitia.faure@gmail.com>", "Re: votre témoignage",
  "oui vous pouvez utiliser mon témoignage 😊 avec mon prénom c'est ok",
  q=("gmail", SP, "Bonjour Laetitia,\nPuis-je publier votre témoignage sur mon site ?\nSandra"))
R("neg-ok-photo", "fr", N, "Cindy Leroux <cindy.leroux@gmail.com>", "Re: photo de groupe",
  "Ok pour la photo !", sig=IPH, q=("apple", SP, "Coucou, ok pour que je mette la photo de groupe sur Insta ?"))
# NEAR-LINE: confirms the address is unchanged -> nothing to rectify.
R("neg-adresse-inchangee", "fr", N, "Gérald Vasseur <gerald.vasseur@orange.fr>", "RE: facture",
  "Mon adresse n'a pas changé, c'est toujours 5 rue de la Gare.",
  q=("outlook", SP, "Bonjour,\nPouvez-vous me confirmer votre adresse pour la facture ?\nSandra"))
# NEAR-LINE: asks whether she has his new number; no value given, no request on the file -> negative.
R("neg-nouveau-num-question", "fr", N, "Fabien Leblanc <fabien.leblanc@gmail.com>", "rdv",
  "Vous avez mon nouveau num ? sinon je vous le donne au rdv, pas grave")
R("neg-facture-effacee", "fr", N, "Séverine Dumont <severine.dumont@gmail.com>", "facture",
  "J'ai effacé la facture par erreur, vous pouvez me la renvoyer ? pour ma mutuelle")
R("neg-replay-lien", "fr", N, "Kelly Marchand <kelly.marchand@gmail.com>", "replay",
  "J'ai supprimé le mail avec le lien du replay 🙈 vous pouvez me le renvoyer ?")
R("neg-oppose-samedi", "fr", N, "Xavier Noël <xavier.noel@gmail.com>", "Re: décalage",
  "Je m'oppose formellement à ce que la séance soit décalée au samedi 😄 non je plaisante, samedi ça va.")
R("neg-collegue-coach", "fr", N, "Agnès Lambert <agnes.lambert.coach@gmail.com>", "question entre nous",
  "Coucou Sandra ! Tu utilises quoi pour gérer les demandes RGPD ? J'ai eu ma première demande d'effacement et je panique un peu 😅 Bises")
# NEAR-LINE: accountant asks for a business export, not a data-subject right.
R("neg-comptable-export", "fr", N, "Cabinet Compta Berry <contact@compta-berry.fr>", "export Stripe 2025",
  "Bonjour Madame Delomenie,\nMerci de m'envoyer l'export Stripe de l'année ainsi que le relevé des remboursements pour la clôture.\nCordialement,\nValérie, Cabinet Compta Berry", shape="alt")
R("neg-webmaster-tests", "fr", N, "Matt (web) <matt@pixelroots.studio>", "comptes test",
  "J'ai supprimé les vieux comptes de test sur Systeme et corrigé le formulaire d'inscription. Tout est ok.")
R("neg-merci-suppression", "fr", N, "Patrick Jourdain <p.jourdain@orange.fr>", "Re: suppression",
  "Bien reçu la confirmation de suppression, merci beaucoup.",
  q=("gmail", SP, "Bonjour Monsieur Jourdain,\nJe vous confirme la suppression de votre compte et de vos données.\nSandra\n\n> Bonjour, je souhaite que vous supprimiez mon compte et toutes mes données."))
R("neg-comment-ca-marche", "fr", N, "Odile Renaud <odile.renaud@orange.fr>", "droits",
  "On m'a dit qu'on pouvait demander à voir ses données, c'est vrai ? comment ça marche chez vous ?")
R("neg-rgdp-typo", "fr", N, "Pierre Caillaud <pierre.caillaud@gmail.com>", "petite coquille",
  "Dans votre politique de confidentialité vous écrivez RGDP au lieu de RGPD 😉 (article 1 et 12). Bonne journée !")
R("neg-affiche", "fr", N, "Médiathèque d'Issoudun <mediatheque@issoudun.fr>", "affiche conférence",
  "Bonjour, pouvez-vous corriger le titre sur l'affiche ? c'est \"Conférence\" et non \"Conférance\". Merci !")
R("neg-liste-participants", "fr", N, "Gîte des Bruyères <contact@gite-bruyeres.fr>", "stage du 5 juillet",
  "Bonjour, pour le stage merci de m'envoyer la liste des participants (noms + régimes alimentaires) avant jeudi.")
R("neg-amie-photo", "fr", N, "Vanessa <vanessa.t@gmail.com>", "ton site",
  "Ta nouvelle photo sur le site est top ! tu devrais retirer celle de 2019 par contre 😘")
# NEAR-LINE: co-organiser asking her to stop mailing logistics; not about his data.
R("neg-plusdemails-orga", "fr", N, "Julien (co-anim) <julien.ferry@gmail.com>", "Re: logistique cercle",
  "plus de mails svp pour la logistique, passe par WhatsApp c'est plus simple 🙂",
  q=("gmail", SP, "Julien,\nJe t'envoie le planning des salles en PJ. On cale le reste par mail ?\nS."))
# NEAR-LINE: one-off delivery address for a book, not replacing her address on file.
R("neg-livre-bureau", "fr", N, "Anaïs Michel <anais.michel@gmail.com>", "livre",
  "Pour le livre, vous pouvez l'envoyer à mon bureau plutôt ? 8 av. de la Gare, 36000 Châteauroux. juste pour cette fois")
R("neg-stripe-moi-meme", "fr", N, "Benoît Garnier <benoit.garnier@gmail.com>", "paiement",
  "Mes infos de paiement ont changé mais je les ai mises à jour sur Stripe moi-même, rien à faire de votre côté.")
R("neg-espace-modif", "fr", N, "Sophie Aubry <sophie.aubry@gmail.com>", "Re: profil",
  "c'est bon j'ai modifié mon adresse dans mon espace",
  q=("gmail", SP, "Bonjour Sophie, pensez à mettre à jour votre adresse dans votre espace formation (onglet Profil).\nSandra"))
# NEAR-LINE: removing herself from a car-sharing table for a workshop = logistics change.
R("neg-covoit", "fr", N, "Hélène Faure <helene.faure@gmail.com>", "covoiturage",
  "Tu peux m'effacer du tableau des covoiturages ? finalement je viens en train")
R("neg-candidature", "fr", N, "Maxime Colas <maxime.colas@gmail.com>", "formation praticien",
  "Je retire ma candidature pour la formation praticien, ce n'est pas le bon moment. Merci pour votre temps.")
R("neg-retire-dit", "fr", N, "Carole <carole.vidal@gmail.com>", "hier",
  "Je retire ce que j'ai dit hier, tu avais raison pour le cercle 🙏")
# NEAR-LINE: a relative writing about a living adult sister (no mandate) -> negative per policy.
R("neg-desinscription-soeur", "fr", N, "Morgane Brun <morgane.brun@gmail.com>", "ma sœur",
  "Ma sœur veut se désinscrire de votre newsletter mais elle ne sait pas faire, je m'en occupe ? elle m'a dit de vous écrire")
R("neg-donnees-bilan", "fr", N, "Arthur Meyer <arthur.meyer@gmail.com>", "bilan",
  "Je vous envoie les données de mon bilan de compétences comme demandé, pour préparer la séance.", att=["bilan_competences_Meyer.pdf"])
R("neg-carte-vitale", "fr", N, "Lina Perrin <lina.perrin@gmail.com>", "dossier OPCO",
  "Voici la copie de ma pièce d'identité pour le dossier de financement OPCO.", att=["CNI_recto_verso.jpg"])
R("neg-cpf", "fr", N, "Damien Rolland <damien.rolland@gmail.com>", "CPF",
  "Comment j'accède aux infos de la formation sur mon compte CPF ? Je ne la vois pas apparaître.")
R("neg-merci-parfait", "fr", N, "Élodie Renard <elodie.renard@gmail.com>", "Re: Re: compte rendu",
  "Merci Sandra, c'est parfait 🙏",
  q=("gmail", SP, "Bonjour Élodie,\nC'est corrigé : congé parental. Désolée pour l'erreur.\nSandra\n\n> Bonjour, dans le compte rendu de séance il est écrit que je suis en arrêt maladie, c'est faux."))
R("neg-groupe-whatsapp-lien", "fr", N, "Noah Petit <noah.petit@gmail.com>", "groupe",
  "Le lien du groupe WhatsApp ne marche plus, vous pouvez me rajouter ? 07 88 21 45 10")
R("neg-dossier-oublie", "fr", N, "Monique Besnard <monique.besnard@orange.fr>", "carnet",
  "J'ai oublié mon carnet d'exercices chez vous mardi, vous pouvez me le garder ? je passe jeudi", sig=AND)
R("neg-question-conservation", "fr", N, "Gaëtan Morel <gaetan.morel@gmail.com>", "question",
  "Par curiosité, vous gardez les notes de séances combien de temps en général ?")
R("neg-info-pratique", "fr", N, "Valentine Roux <valentine.roux@gmail.com>", "Re: infos pratiques stage",
  "Super merci. Je note l'adresse. Il faut apporter un tapis ?",
  q=("gmail", SP, "Bonjour à toutes,\nVoici les infos pratiques pour le stage : 46 rue d'Estienne d'Orves, 9h30.\nSandra"))
R("neg-anniversaire", "fr", N, "Jocelyne Pinto <jocelyne.pinto@orange.fr>", "5 ans !",
  "Bravo pour les 5 ans de Floraison de Soi ! Je viendrai à la soirée avec ma fille si c'est possible.")
R("neg-devis", "fr", N, "Entreprise Brisard <rh@brisard-sa.fr>", "Demande de devis atelier QVT",
  "Bonjour, nous souhaiterions un devis pour un atelier gestion du stress pour 12 salariés. Nos données de contact : RH, 02 54 21 00 00.", shape="alt")
R("neg-modif-date-atelier", "fr", N, "Amélie Texier <amelie.texier@gmail.com>", "Re: atelier",
  "ok pour modifier la date, le 23 me va aussi",
  q=("gmail", SP, "Bonjour,\nL'atelier du 16 doit être déplacé. Le 23 vous conviendrait-il ?\nSandra"))
R("neg-je-supprime-compte-fb", "fr", N, "Carine Lemoine <carine.lemoine@gmail.com>", "groupe facebook",
  "Je vais supprimer mon compte Facebook donc je ne verrai plus le groupe privé, vous pouvez m'envoyer les infos par mail ?")
R("neg-avis-google", "fr", N, "Jérôme Aubert <jerome.aubert@gmail.com>", "avis",
  "J'ai laissé un avis Google, j'ai dû le modifier car il y avait une faute dans votre nom 😅")
R("neg-confirm-oui", "fr", N, "Pascaline Roy <pascaline.roy@gmail.com>", "Re: confirmation",
  "oui", sig=IPH,
  q=("gmail", SP, "Bonjour Pascaline, je vous confirme la séance de vendredi 10h ? Sandra"))
# NEAR-LINE: relative about a living adult (mother alive) -> negative.
R("neg-fils-pour-mere", "fr", N, "Nicolas Blanchard <nicolas.blanchard@gmail.com>", "ma mère",
  "Bonjour, ma mère (78 ans) est suivie chez vous. Pouvez-vous m'envoyer ses notes de séances ? Je m'inquiète pour elle.")
R("neg-question-portabilite", "fr", N, "Vincent Marechal <vincent.marechal@gmail.com>", "portabilité ?",
  "Question bête : la portabilité des données, ça s'applique aussi aux notes de coaching ou seulement aux formulaires ?")
R("neg-effacer-tableau", "fr", N, "Marie-Paule Riviere <mp.riviere@orange.fr>", "Re: atelier écriture",
  "Oui vous pouvez effacer le tableau, j'ai pris la photo 📸",
  q=("apple", SP, "Je peux effacer le tableau ou quelqu'un veut le prendre en photo ?"))

# ---- English client / contact negatives ----
R("neg-en-dup-invoice", "en", N, "Helen Barnes <helen.barnes@gmail.com>", "invoice",
  "Could you delete the duplicate invoice you sent? I got two for the same session.")
R("neg-en-thanks-removed", "en", N, "Kate Miller <kate.miller@hotmail.com>", "Re: Re: Floraison de Soi - newsletter",
  "thanks, confirmed 👍",
  q=("gmail_en", SP, "Hi Kate, done – you've been removed from the list.\nSandra\n\n> unsubscribe"))
R("neg-en-safe", "en", N, "Tim Oakley <tim.oakley@gmail.com>", "question",
  "Is my data safe with you? Just wondering since I read about a breach at some course platform.")
# NEAR-LINE: husband about his wife -> negative.
R("neg-en-husband", "en", N, "Andrew Cole <andrew.cole@gmail.com>", "my wife's file",
  "My wife Jenny did some sessions with you. Could you tell me what you have on her? She's fine with it.")
R("neg-en-certificate", "en", N, "Priya Nair <priya.nair@gmail.com>", "certificate",
  "How do I download my certificate? can't find it in the course area")
R("neg-en-password", "en", N, "Lucas Ford <lucas.ford@gmail.com>", "login",
  "forgot my password, reset link never arrives 😩", sig=IPH_EN)
R("neg-en-cancel-sub", "en", N, "Grace Bell <grace.bell@gmail.com>", "subscription",
  "cancel my monthly subscription pls, money's tight. thanks for everything")
# NEAR-LINE: close account alone -> negative.
R("neg-en-close", "en", N, "Harry Stone <harry.stone@gmail.com>", "account",
  "close my account please")
R("neg-en-billing", "en", N, "Eva Martin <eva.martin@gmail.com>", "billing",
  "Hey, I've updated my billing address in Stripe myself, no action needed on your side.")
R("neg-en-delete-slot", "en", N, "Ben Turner <ben.turner@gmail.com>", "Thursday",
  "can you delete my Thursday slot? I'll book another one next week")
R("neg-en-how-request", "en", N, "Jessica Moore <jessica.moore@gmail.com>", "privacy question",
  "If I ever wanted a copy of my data, how would I ask for it? Just curious, not now.")
R("neg-en-copy-recording", "en", N, "Laura Scott <laura.scott@gmail.com>", "Re: Bloom workshop",
  "Thanks for the copy of the slides! Really helpful.",
  q=("gmail_en", SP, "Hi all, here's a copy of the slides from today.\nSandra"))
R("neg-en-remove-from-call", "en", N, "Oscar Reed <oscar.reed@gmail.com>", "call",
  "Could you remove me from Friday's group call? Can't make it, sorry.")
# NEAR-LINE: colleague relaying for another living adult -> negative.
R("neg-en-colleague", "en", N, "Natalie Green <natalie.green@brightpath.org>", "Sarah",
  "My colleague Sarah wants her details deleted from your list, she asked me to pass it on.")
R("neg-en-consent-yes", "en", N, "Chloe Walker <chloe.walker@gmail.com>", "Re: testimonial",
  "Yes happy for you to use it, first name only please",
  q=("gmail_en", SP, "Hi Chloe, may I use your lovely feedback as a testimonial on my site?\nSandra"))
# NEAR-LINE: copy of a CNIL complaint -> negative.
R("neg-en-cnil", "en", N, "Daniel Frost <daniel.frost@gmail.com>", "complaint",
  "FYI I've lodged a complaint with the CNIL about how my unsubscribe request was handled. Copy attached.", att=["CNIL_complaint_copy.pdf"])
R("neg-en-export-done", "en", N, "Ella Murphy <ella.murphy@gmail.com>", "Re: export",
  "got the CSV, thanks a lot!",
  q=("gmail_en", SP, "Hi Ella, your export is attached.\nSandra\n\n> Can I get my workbook answers and progress exported?"))
R("neg-en-vendor-dpa-question", "en", N, "Sam (Pixelroots) <sam@pixelroots.studio>", "cookie banner",
  "We need to update the cookie consent banner on your site – should the analytics be opt-in by default? Let me know.")

# ---- her own sent mail ----
R("neg-own-confirm-suppr", "fr", N, SP, "Confirmation de suppression de vos données",
  "Bonjour Madame Benoît,\n\nJe vous confirme que vos données ont été effacées de mes fichiers et de la plateforme Systeme.io.\n\nBelle continuation,\nSandra Delomenie\nFloraison de Soi", to="Coralie Benoît <coralie.benoit@gmail.com>")
# NEAR-LINE: her own forward of a client request to her other mailbox -> her own mail, negative.
R("neg-own-fwd", "fr", N, SP, "Fwd: vous pouvez m'oublier ?",
  "à traiter lundi", to=S,
  q=("fwd", "Coralie Benoît <coralie.benoit@gmail.com>", "plus intéressée, merci de m'effacer de vos fichiers"), fwdto="contact@floraisondesoi.fr")
R("neg-own-newsletter", "fr", N, SP, "Floraison de Soi - la lettre de septembre",
  "Bonjour à toutes et à tous,\nLa rentrée est là ! Nouveaux ateliers \"Oser dire non\" les 14 et 28 septembre.\n\nSe désinscrire : https://floraisondesoi.systeme.io/unsubscribe",
  to="liste@floraisondesoi.fr", shape="html", hdrs={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>"})
R("neg-own-facture", "fr", N, SP, "Votre facture F-2025-118",
  "Bonjour,\nVeuillez trouver votre facture en pièce jointe.\nSandra", to="Arnaud Giraud <arnaud.giraud@gmail.com>", att=["F-2025-118.pdf"])
R("neg-own-question", "fr", N, S, "Re: votre demande",
  "Bonjour Florence,\nSouhaitez-vous que je supprime votre dossier, ou que je le conserve sans plus l'utiliser ?\nSandra", to="Florence Aubert <florence.aubert@gmail.com>")
R("neg-own-en", "en", N, SP, "Your data export",
  "Hi Ella,\nAs requested, please find your course data attached as CSV.\nBest,\nSandra", to="Ella Murphy <ella.murphy@gmail.com>", att=["export_ella_murphy.csv"])

# ---- automatic mail ----
R("neg-auto-absente", "fr", N, "Claire Fontaine <claire.fontaine@ac-orleans-tours.fr>", "Réponse automatique : Floraison de Soi - la lettre de juin",
  "Bonjour,\nJe suis absente jusqu'au 25 août inclus, sans accès à mes mails. Pour toute urgence : secretariat@ac-orleans-tours.fr",
  hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
R("neg-auto-en-ooo", "en", N, "Peter Lang <peter.lang@lang-consulting.com>", "Automatic reply: Re: session notes",
  "I'm on leave until Monday 3 November with limited access to email. For urgent matters please contact office@lang-consulting.com.",
  hdrs={"Auto-Submitted": "auto-replied"})
R("neg-bounce-orange", "fr", N, "Mail Delivery System <MAILER-DAEMON@orange.fr>", "Message non remis : Confirmation de suppression de vos données",
  "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\nmarie.dupont36@wanadoo.fr : adresse introuvable",
  bounce=dict(status="Reporting-MTA: dns; smtp.orange.fr\n\nFinal-Recipient: rfc822; marie.dupont36@wanadoo.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
              orcpt="marie.dupont36@wanadoo.fr", osubj="Confirmation de suppression de vos données",
              obody="Bonjour,\nJe vous confirme la suppression de vos données.\nSandra"))
R("neg-bounce-en", "en", N, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  "Address not found\n\nYour message wasn't delivered to jon.baxter.old@gmail.com because the address couldn't be found.",
  bounce=dict(status="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; jon.baxter.old@gmail.com\nAction: failed\nStatus: 5.1.1\n",
              orcpt="jon.baxter.old@gmail.com", osubj="Your data export", obody="Hi Jon, attached is the copy of your data.\nSandra"))
R("neg-bounce-quota", "fr", N, "MAILER-DAEMON@laposte.net <MAILER-DAEMON@laposte.net>", "Undelivered Mail Returned to Sender",
  "This is the mail system at host smtp.laposte.net.\n\nI'm sorry to have to inform you that your message could not be delivered: mailbox full.",
  bounce=dict(status="Reporting-MTA: dns; smtp.laposte.net\n\nFinal-Recipient: rfc822; yannick.morin@laposte.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 Mailbox full\n",
              orcpt="yannick.morin@laposte.net", osubj="Vos données - format CSV", obody="Bonjour, voici vos données au format CSV.\nSandra"))
R("neg-stripe-paiement", "fr", N, "Stripe <notifications@stripe.com>", "Paiement de 90,00 € reçu de Camille Roussel",
  "Vous avez reçu un paiement de 90,00 € EUR.\nClient : camille.roussel@gmail.com\nDescription : Séance individuelle\nConsultez les données du paiement dans votre Dashboard.",
  shape="alt")
R("neg-stripe-payout", "en", N, "Stripe <notifications@stripe.com>", "Your payout of €612.40 is on the way",
  "Your payout of €612.40 is expected to arrive on 14 May. View payout details in your Dashboard.\n\nManage your email preferences in the Dashboard.", shape="html")
R("neg-stripe-dpa", "en", N, "Stripe <notifications@stripe.com>", "Updates to the Stripe Data Processing Agreement",
  "We're updating our Data Processing Agreement and Privacy Policy effective 1 March. You don't need to take any action. Learn more about how Stripe processes personal data.", shape="html")
R("neg-systemeio-inscrit", "fr", N, "Systeme.io <no-reply@systeme.io>", "Nouveau contact : julie.blanc@gmail.com",
  "Un nouveau contact s'est inscrit à votre liste \"Newsletter Floraison\".\nEmail : julie.blanc@gmail.com\nSource : formulaire page d'accueil", shape="alt")
# NEAR-LINE: platform notification that a contact unsubscribed (already handled by the tool) -> negative.
R("neg-systemeio-desabo", "fr", N, "Systeme.io <no-reply@systeme.io>", "Un contact s'est désabonné",
  "Le contact maryse.bonnet@gmail.com s'est désabonné de la liste \"Newsletter Floraison\".\nAucune action n'est requise.", shape="alt")
R("neg-systemeio-rgpd", "fr", N, "Systeme.io <news@systeme.io>", "Mise à jour de notre politique de confidentialité",
  "Bonjour,\nNous mettons à jour notre politique de confidentialité et nos conditions de traitement des données (RGPD) à compter du 1er février. Vous pouvez consulter et exporter vos données depuis les paramètres de votre compte.\nL'équipe Systeme.io",
  shape="html", hdrs={"List-Unsubscribe": "<mailto:unsubscribe@systeme.io>"})
R("neg-systemeio-export", "fr", N, "Systeme.io <no-reply@systeme.io>", "Votre export de contacts est prêt",
  "Votre export CSV de 412 contacts est prêt. Le lien de téléchargement expire dans 24h.", shape="alt")
# NEAR-LINE: Google Drive "request access" notification, i.e. access to a shared file, not a GDPR access request.
R("neg-drive-acces", "fr", N, "Camille Roussel (via Google Drive) <drive-shares-dm-noreply@google.com>", "Demande d'accès à l'élément \"Bilan séance 4.docx\"",
  "Camille Roussel (camille.roussel@gmail.com) demande l'accès à l'élément suivant :\nBilan séance 4.docx\n[Partager] [Refuser]\n\nGoogle LLC, 1600 Amphitheatre Parkway", shape="html")
R("neg-drive-partage", "fr", N, "Google Drive <drive-shares-noreply@google.com>", "Document partagé avec vous : \"Planning stages 2026\"",
  "Matt a partagé un document avec vous.\nPlanning stages 2026\nOuvrir", shape="html")
R("neg-google-takeout", "fr", N, "Google <no-reply@accounts.google.com>", "Vos données Google sont prêtes à être téléchargées",
  "L'exportation de vos données Google (Drive, Gmail) que vous avez demandée le 2 avril est prête. Téléchargez-la avant le 9 avril.", shape="html")
R("neg-google-securite", "fr", N, "Google <no-reply@accounts.google.com>", "Alerte de sécurité",
  "Nouvelle connexion à votre compte Google depuis Windows. Si ce n'était pas vous, sécurisez votre compte.", shape="alt")
R("neg-google-workspace-dpa", "en", N, "Google Workspace <workspace-noreply@google.com>", "[Action required] Review the updated Cloud Data Processing Addendum",
  "Dear Administrator,\nWe have updated the Cloud Data Processing Addendum. Please review and accept the updated terms in the Admin console.", shape="html")
R("neg-zoom-record", "en", N, "Zoom <no-reply@zoom.us>", "Cloud Recording - Cercle en ligne is now available",
  "Your cloud recording is now available. Recordings will be deleted automatically after 30 days.\nShare recording link", shape="html")
R("neg-zoom-suppr", "fr", N, "Zoom <no-reply@zoom.us>", "Enregistrements supprimés",
  "Les enregistrements cloud de la réunion \"Atelier Oser dire non\" ont été déplacés dans la corbeille et seront supprimés définitivement dans 30 jours.", shape="html")
R("neg-calendly-annule", "fr", N, "Calendly <notifications@calendly.com>", "Annulé : Appel découverte 30 min avec Lydie Pasquier",
  "Lydie Pasquier a annulé l'événement.\nMotif : empêchement\nJeudi 10:00 - 10:30", shape="alt", att=["invite.ics"])
R("neg-calendly-new", "en", N, "Calendly <notifications@calendly.com>", "New Event: Ben Carter - 30 Minute Discovery Call",
  "Invitee: Ben Carter\nInvitee Email: ben.carter@gmail.com\nEvent Date/Time: 10:00am Tuesday\nQuestions: What would you like to work on? Confidence at work.", shape="alt")
R("neg-calendly-privacy", "en", N, "Calendly <no-reply@calendly.com>", "We've updated our Privacy Notice",
  "We're writing to let you know we've updated our Privacy Notice, including how we handle data subject requests from your invitees.", shape="html",
  hdrs={"List-Unsubscribe": "<https://calendly.com/unsubscribe>"})
R("neg-banque-releve", "fr", N, "Crédit Agricole Centre Ouest <ne-pas-repondre@credit-agricole.fr>", "Votre relevé de compte est disponible",
  "Madame DELOMENIE,\nVotre relevé de compte professionnel du mois est disponible dans votre espace. Pour modifier vos préférences de communication, rendez-vous dans votre espace.", shape="html")
R("neg-banque-rgpd", "fr", N, "Crédit Agricole Centre Ouest <ne-pas-repondre@credit-agricole.fr>", "Information sur la protection de vos données personnelles",
  "Madame,\nConformément au RGPD, nous vous informons de la mise à jour de notre notice de protection des données. Vous pouvez exercer vos droits d'accès, de rectification et d'opposition auprès de notre DPO.", shape="html")
R("neg-paypal", "fr", N, "PayPal <service@paypal.fr>", "Vous avez reçu un paiement",
  "Hugo Brunet vous a envoyé 45,00 EUR.\nNote : atelier du 14", shape="alt")
R("neg-urssaf", "fr", N, "URSSAF <ne-pas-repondre@urssaf.fr>", "Votre déclaration de chiffre d'affaires",
  "Madame, votre déclaration trimestrielle est disponible sur autoentrepreneur.urssaf.fr. Pensez à corriger vos informations si besoin avant validation.", shape="html")
R("neg-facebook-notif", "fr", N, "Facebook <notification@facebookmail.com>", "Juliette Marie a commenté votre photo",
  "Juliette Marie a commenté votre photo : \"Trop belle journée 😍\"\nRépondre\n\nSe désabonner", shape="html",
  hdrs={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=unsub>"})
R("neg-insta-notif", "en", N, "Instagram <no-reply@mail.instagram.com>", "mia.lopez tagged you in a post",
  "mia.lopez tagged you in a post. See post.\n\nUnsubscribe from these emails.", shape="html",
  hdrs={"List-Unsubscribe": "<https://instagram.com/emails/unsubscribe>"})
R("neg-linkedin", "en", N, "LinkedIn <messages-noreply@linkedin.com>", "Your data archive is ready",
  "The data archive you requested is ready for download. You can download it from Settings > Data privacy.", shape="html")
R("neg-newsletter-coach", "fr", N, "Isabelle Padovani - L'Atelier du Lien <newsletter@atelierdulien.fr>", "🌿 Lettre d'automne : oser supprimer ce qui encombre",
  "Chère lectrice, cher lecteur,\nCet automne, je vous propose de faire le tri : supprimer ce qui encombre, retirer ce qui pèse…\n\nSe désinscrire | Gérer mes données",
  shape="html", hdrs={"List-Unsubscribe": "<mailto:unsub@atelierdulien.fr?subject=unsubscribe>", "List-Id": "<lettre.atelierdulien.fr>"})
R("neg-newsletter-en", "en", N, "Coaching Business Weekly <hello@coachingbizweekly.com>", "5 ways to handle data requests from clients",
  "This week: how to handle access and deletion requests from your coaching clients without panic.\n\nUnsubscribe | Update preferences",
  shape="html", hdrs={"List-Unsubscribe": "<https://coachingbizweekly.com/u>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
R("neg-ovh", "fr", N, "OVHcloud <noreply@ovh.com>", "Renouvellement de votre nom de domaine floraisondesoi.fr",
  "Votre domaine expire dans 30 jours. Vérifiez et modifiez vos informations de contact WHOIS si nécessaire.", shape="html")
R("neg-wordpress", "fr", N, "WordPress <wordpress@floraisondesoi.fr>", "[Floraison de Soi] Demande d'export de données personnelles confirmée",
  "L'utilisateur admin a confirmé la demande d'export de données pour test@floraisondesoi.fr. Cette notification a été générée automatiquement.")

# ---- spam / phishing about GDPR ----
R("neg-phish-amende", "fr", N, "Service Conformité RGPD <conformite@rgpd-controle-france.com>", "URGENT : votre site n'est pas conforme RGPD – amende jusqu'à 20 000 €",
  "Madame,\nSuite à un contrôle automatique, votre site floraisondesoi.fr ne respecte pas le RGPD. Vous disposez de 48h pour régulariser en cliquant ici. Passé ce délai, votre dossier sera transmis.",
  shape="html")
R("neg-phish-dernier-rappel", "fr", N, "Pôle Mise en Conformité <info@mise-en-conformite-donnees.fr>", "Dernier rappel : mise en conformité obligatoire de vos données",
  "Obligation légale : tout professionnel doit disposer d'un registre des traitements. Sans réponse, une procédure sera engagée. Tarif : 489 € HT.", shape="alt")
R("neg-phish-en", "en", N, "GDPR Compliance Team <audit@gdpr-eu-compliance.net>", "GDPR violation notice – floraisondesoi.fr",
  "Your domain has been flagged for non-compliance with GDPR Art. 30. Please verify your data processing records within 24 hours to avoid penalties.", shape="html")
R("neg-phish-orange", "fr", N, "Orange Messagerie <securite@orange-messagerie-verif.com>", "Votre boîte mail sera supprimée",
  "Votre compte de messagerie sera supprimé sous 24h faute de mise à jour de vos informations. Cliquez pour vérifier vos données.", shape="html")
R("neg-spam-seo", "en", N, "Ravi SEO <ravi.seo.expert@gmail.com>", "Remove negative reviews",
  "Hello, I can remove bad reviews and improve your Google ranking. Reply for price list.")
