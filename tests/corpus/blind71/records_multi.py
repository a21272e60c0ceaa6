from rec import m

# ---------------- French multi-right requests ----------------
m("fr-mx-acc-era", "Mes données : copie puis suppression",
"""Bonjour Sandra,

Avant de tourner définitivement la page, je voudrais recevoir une copie de tout ce que tu as sur moi, puis que tu supprimes l'ensemble une fois que je t'ai confirmé la bonne réception.

Merci,
Anaïs""", ["access", "erasure"], frm="Anaïs Pichon <anais.pichon@gmail.com>")

m("fr-mx-acc-rect", "vérifier et corriger",
"""Bonjour,

Je voudrais savoir ce que vous avez comme informations sur moi. Je suis presque sûr que l'adresse est fausse (vous m'écrivez encore à Déols, j'habite Saint-Maur depuis deux ans, 5 impasse des Lilas). Merci de corriger et de m'envoyer le reste.

Frédéric Gaudin""", ["access", "rectification"], frm="Frédéric Gaudin <fred.gaudin@orange.fr>", to=1)

m("fr-mx-era-wc", "Témoignage et tout le reste",
"""Bonjour,

Je retire mon autorisation de publier mon témoignage et ma photo. Et je préfère même que vous effaciez tout ce qui me concerne, fiche client comprise.

Cordialement,
Pascale Néron""", ["erasure", "withdraw_consent"], frm="Pascale Néron <pascale.neron@yahoo.fr>")

m("fr-mx-obj-era", "Plus rien",
"""Bonjour,

Je ne veux plus recevoir vos mails ni vos SMS, et je vous demande de supprimer mon numéro et mon adresse de vos fichiers.

Merci
Sylvie Marchand""", ["erasure", "objection"], frm="Sylvie Marchand <sylvie.marchand@sfr.fr>")
# NEAR-LINE: deleting the number/address without a new value is erasure (not rectification), plus unsubscribe -> objection

m("fr-mx-acc-por", "Mon dossier complet",
"""Madame,

Je vous prie de m'indiquer quelles données me concernant vous conservez et de me les transmettre dans un format numérique réutilisable (CSV ou JSON de préférence), conformément aux articles 15 et 20 du RGPD.

Salutations distinguées,
Vincent Moreau""", ["access", "portability"], frm="Vincent Moreau <vincent.moreau@proton.me>")

m("fr-mx-res-rect", "Erreur dans l'attestation transmise à l'OPCO",
"""Bonjour Sandra,

L'attestation envoyée à l'OPCO indique 14 heures de formation au lieu de 21. Merci de corriger le nombre d'heures, et d'ici là de ne plus transmettre ce document à qui que ce soit.

Bonne journée,
Karima Benali
Assistante RH – Menuiseries du Berry""", ["rectification", "restriction"], frm="Karima Benali <k.benali@menuiseries-berry.fr>",
  mailer="Microsoft Outlook 16.0")
# NEAR-LINE: HR writing about its own training certificate hours; the data are the employee's... treated as request on behalf of the company's trainee file -> rectification + restriction

m("fr-mx-obj-wc", "Stop à tout",
"""Bonjour Sandra,

Deux choses : je ne souhaite plus recevoir la newsletter, et je retire mon accord pour que ma photo apparaisse dans ton diaporama de présentation.

Merci, bonne continuation
Aurélie""", ["objection", "withdraw_consent"], frm="Aurélie Germain <aurelie.germain@gmail.com>")

m("fr-mx-rect-obj", "adresse + pub",
"""bonjour
mon adresse mail a changé c'est celle ci maintenant (plus l'ancienne r.vallet@wanadoo.fr). par contre plus de publicité svp, juste les infos pratiques des ateliers ou je suis inscrit
merci
René Vallet""", ["objection", "rectification"], frm="René Vallet <rene.vallet@gmail.com>")

m("fr-mx-acc-res", "Notes de séance – ne pas détruire",
"""Bonjour Madame,

Je souhaiterais obtenir une copie de mes notes de séance. Par ailleurs, ne les détruisez pas : j'en aurai peut-être besoin pour une procédure, et je vous demande de les conserver sans autre usage jusqu'à nouvel ordre.

Cordialement,
Agnès Poirier""", ["access", "restriction"], frm="Agnès Poirier <agnes.poirier@orange.fr>", to=1)

m("fr-mx-por-era", "Fin de contrat",
"""Bonjour,

Je quitte l'espace membre. Merci de m'exporter mes journaux et mes exercices dans un fichier (CSV ou autre) puis d'effacer mon compte et toutes mes données.

Julien Caillaud""", ["erasure", "portability"], frm="Julien Caillaud <julien.caillaud@gmail.com>")

m("fr-mx-belge-trois", "Mes données personnelles",
"""Bonjour Madame,

Suite à mon désistement de la formation, je souhaiterais :
1) savoir quelles données vous avez sur moi ;
2) ne plus recevoir vos communications commerciales ;
3) que tout soit ensuite supprimé.

D'avance merci, et bonne continuation.
Olivier Maes
Liège""", ["access", "erasure", "objection"], frm="Olivier Maes <olivier.maes@telenet.be>")

m("fr-mx-parent-wc-era", "Photos de mon fils",
"""Bonjour,

Mon fils Enzo (13 ans) apparaît sur les photos de l'atelier « ados et émotions » que vous avez publiées. Je retire l'autorisation de droit à l'image que j'avais signée, et je vous demande d'effacer toutes les données le concernant.

Cordialement,
Nadia Ferreira""", ["erasure", "withdraw_consent"], frm="Nadia Ferreira <nadia.ferreira@hotmail.fr>")

m("fr-mx-quebec-acc-obj", "Questions",
"""Bonjour!

Deux affaires : j'aimerais voir ce que tu conserves à mon sujet, et je ne veux plus que mes réponses aux sondages servent pour tes stats. Merci!

Nathalie Côté""", ["access", "objection"], frm="Nathalie Côté <nathalie.cote@videotron.ca>")

m("fr-mx-rect-acc-suisse", "Vérification de mes données",
"""Madame,

Pourriez-vous m'envoyer la liste des données que vous détenez sur moi ? Je crois que mon nom est mal orthographié (Müller, et non Muller) ; le cas échéant, je vous saurais gré de le corriger.

Meilleures salutations,
Sabine Müller""", ["access", "rectification"], frm="Sabine Müller <sabine.mueller@bluewin.ch>")

m("fr-mx-era-wc-enregistrements", "Enregistrements et dossier",
"""Bonjour Sandra,
je ne suis plus d'accord pour que les enregistrements de nos séances soient conservés, et j'aimerais que tout mon dossier soit effacé en même temps.
Merci
Hugo""", ["erasure", "withdraw_consent"], frm="Hugo Bellanger <hugo.bellanger@gmail.com>")

m("fr-mx-res-obj", "Traitement de mes données",
"""Bonjour,

Je vous demande de cesser de m'envoyer vos offres, et de geler le reste de mes données le temps que je récupère ma facture auprès de mon comptable (ne rien supprimer pour l'instant).

Cordialement,
Bruno Lefort""", ["objection", "restriction"], frm="Bruno Lefort <bruno.lefort@laposte.net>")

m("fr-mx-acc-por-era", "départ",
"""salut sandra, je pars vivre en Espagne. tu peux m'envoyer tout ce que t'as sur moi dans un fichier que je peux réimporter ailleurs (ma nouvelle coach utilise coachaccountable) et après tu effaces tout ? merci beaucoup pour ces 2 ans
Chloé""", ["access", "erasure", "portability"], frm="Chloé Ramos <chloe.ramos@gmail.com>")
# NEAR-LINE: "tout ce que t'as sur moi" = access, reimportable file = portability, then erase

# ---------------- English multi-right requests ----------------
m("en-mx-acc-era", "My data",
"""Hi Sandra,

Could you send me a copy of everything you hold on me and then delete it all? I'm moving on and would like a clean slate.

Thanks,
Rachel Kemp""", ["access", "erasure"], frm="Rachel Kemp <rachel.kemp@gmail.com>")

m("en-mx-obj-era", "Unsubscribe and remove",
"""Please unsubscribe me from all your mailings and erase my details from your records.

Regards,
Ian Fletcher""", ["erasure", "objection"], frm="Ian Fletcher <ian.fletcher@btinternet.com>")

m("en-mx-acc-por", "Subject access + data portability request",
"""Dear Ms Delomenie,

Under Articles 15 and 20 GDPR I request (a) confirmation of whether you process my personal data and a copy of it, and (b) the data I provided to you in a structured, machine-readable format.

I look forward to your response within one month.

Yours sincerely,
Dr. Helen Marsh""", ["access", "portability"], frm="Helen Marsh <h.marsh@protonmail.com>")

m("en-mx-wc-era", "testimonial",
"""Hello Sandra, I no longer want my testimonial and photo on your website, please take them down. Also please delete all my data, I won't be coming back to the workshops. Thank you. Greta""",
  ["erasure", "withdraw_consent"], frm="Greta Lindqvist <greta.lindqvist@gmail.com>")

m("en-mx-rect-res", "Wrong information in my file",
"""Hi,

The summary you sent to my employer after the leadership training says I "did not complete module 3". I did — I attended the make-up session on 12 June. Please correct this, and until it's fixed please don't share my file with anyone else.

Best,
Tom Whitaker""", ["rectification", "restriction"], frm="Tom Whitaker <tom.whitaker@outlook.com>")

m("en-mx-obj-wc", "photos and emails",
"""Dear Sandra, I wish to stop receiving your newsletter. Also I withdraw my consent for using the group picture from the retreat where I am. Kind regards, Ana Popescu""",
  ["objection", "withdraw_consent"], frm="Ana Popescu <ana.popescu@yahoo.com>")
# non-native English writer

m("en-mx-acc-res", "Please keep but don't use",
"""Hi Sandra,

I'd like to see what personal information you keep about me. Until I've had a chance to review it, please don't use it for anything and don't delete it either.

Thanks a lot,
Jonathan Price""", ["access", "restriction"], frm="Jonathan Price <jon.price@icloud.com>")

m("en-mx-acc-rect-por", "data request",
"""Hello,

I'm an expat who did your online course last year. Could you tell me what data you hold about me, fix my surname (it's O'Donnell, not Odonnell) and send me my course data as a file I can import elsewhere?

Cheers,
Siobhan O'Donnell""", ["access", "portability", "rectification"], frm="Siobhan O'Donnell <siobhan.odonnell@gmail.com>")
