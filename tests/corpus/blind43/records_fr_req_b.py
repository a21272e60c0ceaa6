# French requests, part B: objection, withdraw_consent, restriction, post_mortem, multi-right.
from rec_common import SC, SO, FS, SIG_SANDRA, SIG_SANDRA_SHORT

NEWSLETTER_MARS = """Bonjour,

Le printemps frappe à la porte. C'est le moment idéal pour faire le tri : dans nos placards, mais aussi dans nos pensées.

📅 Les prochains rendez-vous
- Atelier « Oser dire non » - samedi 22 mars, Issoudun
- Webinaire gratuit « Sortir du pilote automatique » - jeudi 27 mars, 20h
- Stage de printemps « Renaître » - 12 et 13 avril

Prenez soin de vous,
Sandra - Floraison de Soi

Vous recevez ce message car vous êtes abonné(e) à la lettre de Floraison de Soi.
Pour ne plus recevoir nos emails : https://floraisondesoi.systeme.io/unsubscribe"""

RECORDS = [

# ----------------------------------------------------------------------------- OBJECTION
dict(
    key="fr-objection-desinscrivez-moi-sur-newsletter",
    date="2025-03-05 09:12",
    frm=("Martine Gallais", "martine.gallais@wanadoo.fr"),
    subject="RE: Le printemps de Floraison de Soi 🌱",
    rights=["objection"],
    body="""Désinscrivez moi svp, le lien ne fonctionne pas.
M. Gallais""",
    qstyle="outlook_fr",
    thread=[dict(frm=FS, ago=0.3, to=("Martine Gallais", "martine.gallais@wanadoo.fr"),
                 subject="Le printemps de Floraison de Soi 🌱", body=NEWSLETTER_MARS)],
),

dict(
    key="fr-objection-stop-sms-promo",
    frm=("Jean-Marc Thibault", "jm.thibault@laposte.net"),
    subject="SMS publicitaires",
    rights=["objection"],
    body="""Bonjour,

Je reçois régulièrement des SMS pour vos stages et ateliers. Merci de ne plus m'en envoyer, je ne suis pas intéressé.

Jean-Marc Thibault""",
),

dict(
    key="fr-objection-audiences-facebook-ciblage",
    frm=("Clémence Arnaud", "clemence.arnaud@protonmail.com"),
    subject="Utilisation de mon adresse pour de la publicité ciblée",
    rights=["objection"],
    body="""Bonjour,

Je vois passer vos publicités sur Instagram et Facebook depuis que je me suis inscrite à votre webinaire. J'imagine que mon adresse mail a été importée dans une audience personnalisée Meta.

Je m'oppose à ce que mes données soient utilisées à des fins de ciblage publicitaire ou de profilage. Merci de retirer mon adresse de toute audience publicitaire.

Clémence Arnaud""",
),

dict(
    key="fr-objection-statistiques-qualiopi-bilan-annuel",
    frm=("Pascal Ouvrard", "pascal.ouvrard@gmail.com"),
    subject="Re: Votre avis nous intéresse - questionnaire à froid",
    rights=["objection"],
    body="""Bonjour Madame,

J'ai rempli le questionnaire, mais je ne souhaite pas que mes réponses soient utilisées dans vos statistiques annuelles ou dans les indicateurs que vous publiez sur votre site. Je m'y oppose. Elles sont pour vous, pour améliorer la formation, pas pour des chiffres de communication.

Cordialement,
Pascal Ouvrard""",
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=4, subject="Votre avis nous intéresse - questionnaire à froid",
                 body="""Bonjour Pascal,

Il y a trois mois, vous suiviez la formation « Gérer les conflits en équipe ». Pourriez-vous prendre 5 minutes pour répondre à ce questionnaire ? Vos réponses nous aident à améliorer nos formations et alimentent nos indicateurs qualité.

Merci !
Sandra""")],
    # NEAR-LINE: objecting to use of answers for statistics is objection (not withdrawal of a questionnaire consent).
),

dict(
    key="fr-objection-ne-plus-appeler-stages",
    frm=("Francis Lhermite", "francis.lhermite@orange.fr"),
    to="orange",
    subject="Appels",
    rights=["objection"],
    body="""Madame,

Vous m'avez appelé deux fois cette semaine pour me proposer votre stage d'été. J'avais participé à une conférence il y a deux ans, cela ne vous autorise pas à me démarcher.

Je vous demande de ne plus me contacter pour vos offres, ni par téléphone ni autrement.

F. Lhermite""",
),

dict(
    key="fr-objection-relance-toujours-des-mails-apres-desabo",
    frm=("Valérie Chassagne", "valerie.chassagne@gmail.com"),
    subject="Re: désinscription",
    rights=["objection"],
    body="""Bonjour,

Je vous ai écrit il y a trois semaines pour être retirée de votre liste de diffusion et j'ai encore reçu deux mails cette semaine (dont un "dernière chance" pour le stage). Merci de faire le nécessaire pour que ça s'arrête vraiment.

Valérie""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=20, subject="Re: désinscription",
             body="""Bonjour Valérie,

C'est noté, je vous retire de la liste. Belle journée à vous.

Sandra"""),
        dict(frm=("Valérie Chassagne", "valerie.chassagne@gmail.com"), ago=21, subject="désinscription",
             body="Bonjour, merci de me retirer de votre newsletter. Valérie Chassagne"),
    ],
),

dict(
    key="fr-objection-sujet-seul-ne-plus-recevoir",
    frm=("", "bernadette.vigier@orange.fr"),
    subject="Je ne veux plus recevoir vos mails publicitaires",
    rights=["objection"],
    body="",
),

dict(
    key="fr-objection-entreprise-cliente-envois-commerciaux",
    frm=("Laurent Meunier", "l.meunier@transports-berrichons.fr"),
    subject="Vos envois commerciaux",
    rights=["objection"],
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Bonjour Madame Delomenie,

Notre société vous a confié l'an dernier la formation de nos chefs d'équipe et nous en avons été satisfaits.

En revanche, je reçois depuis à titre personnel (l.meunier@transports-berrichons.fr) vos lettres d'information et vos offres promotionnelles. Merci de retirer mon adresse de vos envois commerciaux ; pour les prochaines sessions, c'est moi qui vous recontacterai.

Cordialement,

Laurent Meunier
Responsable RH - Transports Berrichons SAS
ZI de la Limoise - 36100 Issoudun
Tél. 02 54 21 87 40

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
),

dict(
    key="fr-objection-escalade-cc-deux-adresses",
    frm=("Nadine Cormier", "nadine.cormier@hotmail.fr"),
    to="contact",
    subject="TR: TR: Arrêtez de m'écrire",
    rights=["objection"],
    headers={"Cc": "Sandra Delomenie <sandra.delomenie@orange.fr>"},
    body="""Troisième fois que je le demande. Je ne veux plus rien recevoir de Floraison de Soi : ni lettre, ni invitation, ni "cadeau". Je mets vos deux adresses pour être sûre que quelqu'un lise.

Nadine Cormier""",
    qstyle="fwd_outlook_fr",
    thread=[
        dict(frm=("Nadine Cormier", "nadine.cormier@hotmail.fr"), ago=10, subject="TR: Arrêtez de m'écrire",
             body="Je renvoie mon message, toujours pas de réponse et toujours vos mails."),
        dict(frm=("Nadine Cormier", "nadine.cormier@hotmail.fr"), ago=24, subject="Arrêtez de m'écrire",
             body="Bonjour, merci de me retirer de vos listes. N. Cormier"),
    ],
),

dict(
    key="fr-objection-groupes-whatsapp-promo",
    date="2025-09-15 21:50",
    frm=("Audrey Pelletier", "audrey.pelletier@gmail.com"),
    subject="groupes whatsapp",
    rights=["objection"],
    body="""Salut Sandra,

Je t'écris ici parce que sur WhatsApp je ne veux pas polluer le groupe. Depuis le stage de juin je me retrouve ajoutée à chaque nouveau groupe "promo" pour les ateliers à venir. Le stage était top mais là c'est trop : merci de ne plus m'ajouter dans ces groupes et de ne plus m'envoyer les annonces.

Bises,
Audrey""",
),

# ----------------------------------------------------------------------------- WITHDRAW CONSENT
dict(
    key="fr-retrait-temoignage-page-accueil",
    date="2025-11-17 10:00",
    frm=("Géraldine Poirot", "geraldine.poirot@gmail.com"),
    subject="Mon témoignage sur votre site",
    rights=["withdraw_consent"],
    body="""Bonjour Sandra,

Il y a deux ans je vous avais autorisée à publier mon témoignage (avec mon prénom et ma photo) sur la page d'accueil. Ma situation professionnelle a changé et je préférerais qu'il n'y soit plus.

Pouvez-vous le retirer ? Je retire mon accord, tout simplement, sans aucun reproche !

Belle journée,
Géraldine""",
),

dict(
    key="fr-retrait-photo-groupe-facebook-atelier",
    date="2025-04-15 22:10",
    frm=("Isabelle Morin", "isa.morin@laposte.net"),
    subject="photo atelier sur facebook",
    rights=["withdraw_consent"],
    attach=[("png", "capture_page_facebook.png", "")],
    body="""Bonjour,
sur la page facebook de floraison de soi il y a la photo de groupe de l'atelier du 8 mars ou on me voit au premier rang. j'avais dit oui sur le moment mais finalement je prefere ne pas apparaitre, mon employeur est tombé dessus.
merci de l'enlever ou de me flouter
Isabelle""",
),

dict(
    key="fr-retrait-passage-replay-webinaire",
    frm=("Jérôme Castaing", "jerome.castaing@outlook.fr"),
    subject="Re: Le replay du webinaire est disponible !",
    rights=["withdraw_consent"],
    body="""Bonjour Sandra,

J'ai regardé le replay et on m'entend et me voit longuement pendant le temps d'échange (vers 41 min), quand je parle de mon burn-out. Sur le coup j'avais accepté l'enregistrement, mais je reviens sur cet accord : pouvez-vous couper mon intervention du replay ou le retirer ?

Je sais que ça demande un peu de montage, désolé.
Jérôme""",
    qstyle="outlook_fr",
    thread=[dict(frm="SC", ago=1.5, subject="Le replay du webinaire est disponible !",
                 body="""Bonjour à tous,

Merci d'avoir été si nombreux jeudi soir ! Le replay de « Sortir du pilote automatique » est disponible pendant 30 jours sur votre espace.

Belle semaine,
Sandra""")],
),

dict(
    key="fr-retrait-consentement-donnees-sante",
    frm=("Marie-Christine Faure", "mc.faure@orange.fr"),
    to="orange",
    subject="Consentement données de santé",
    rights=["withdraw_consent"],
    body="""Bonjour Sandra,

Lors de mon inscription, j'avais coché la case autorisant la collecte de mes données de santé (mes migraines, le traitement, etc.). Après réflexion, je retire ce consentement. Je continuerai les séances, mais sans que ces éléments figurent dans mon dossier.

Merci de votre compréhension,
Marie-Christine""",
    # NEAR-LINE: withdrawal of the health-data consent given in the contract -> withdraw_consent, not erasure.
),

dict(
    key="fr-retrait-temoignage-toujours-en-ligne-relance",
    frm=("Romain Guillot", "romain.guillot@gmail.com"),
    subject="Re: Retrait de mon témoignage",
    rights=["withdraw_consent"],
    body="""Bonjour Sandra,

Vous m'aviez répondu que c'était fait, mais mon témoignage (avec ma photo) apparaît toujours sur la page "Ils m'ont fait confiance" de Systeme.io et dans le carrousel du site. Pouvez-vous vérifier et le retirer partout ?

Merci d'avance,
Romain""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=15, body="""Bonjour Romain,

C'est fait, votre témoignage a été retiré du site. Belle journée !

Sandra"""),
        dict(frm=("Romain Guillot", "romain.guillot@gmail.com"), ago=16,
             body="Bonjour Sandra, je ne souhaite plus que mon témoignage soit publié. Merci ! Romain"),
    ],
),

dict(
    key="fr-retrait-temoignage-ajoute-apres-correction-adresse",
    frm=("Monique Barreau", "monique.barreau@free.fr"),
    subject="Re: Modification de vos coordonnées",
    rights=["withdraw_consent"],
    body="""Merci Sandra, c'est parfait pour l'adresse.

Et tant que je vous écris : je préfère finalement que mon petit texte de témoignage ne soit plus affiché sur votre page Facebook. À l'époque j'avais dit oui, mais aujourd'hui je ne me reconnais plus trop dedans.

Bonne soirée,
Monique""",
    qstyle="thunderbird_fr",
    thread=[
        dict(frm="SC", ago=1, subject="Modification de vos coordonnées",
             body="""Bonjour Monique,

Votre nouvelle adresse à Reuilly est bien enregistrée.

""" + SIG_SANDRA_SHORT),
        dict(frm=("Monique Barreau", "monique.barreau@free.fr"), ago=3, subject="Modification de vos coordonnées",
             body="Bonjour, j'ai déménagé : 4 rue de la Gare, 36260 Reuilly. Merci de mettre à jour. Monique Barreau"),
    ],
    # NEAR-LINE: thank-you for a handled rectification plus a NEW withdrawal of testimonial consent -> withdraw_consent only.
),

dict(
    key="fr-retrait-interview-audio-podcast",
    frm=("Delphine Moreau", "delphine.moreau.sophro@gmail.com"),
    subject="Épisode 12 du podcast",
    rights=["withdraw_consent"],
    body="""Bonjour Sandra,

J'avais accepté avec plaisir d'être interviewée pour ton podcast (épisode 12, « Se reconvertir à 45 ans »). Depuis, j'ai ouvert mon propre cabinet et certains passages me mettent mal à l'aise vis-à-vis de mes futurs clients.

Je te demande donc de retirer l'épisode de ta chaîne et des plateformes. Je sais que c'est embêtant, désolée.

Delphine""",
),

dict(
    key="fr-retrait-usage-questionnaire-etude-de-cas",
    frm=("Bruno Lefèvre", "bruno.lefevre@sfr.fr"),
    subject="Utilisation de mon questionnaire",
    rights=["withdraw_consent"],
    body="""Bonjour Madame Delomenie,

J'avais accepté que mes réponses au questionnaire sur l'équilibre vie pro / vie perso soient utilisées de façon anonymisée pour l'étude de cas que vous présentez dans vos formations de coachs.

Je ne souhaite plus que ce questionnaire soit utilisé à ces fins. Merci de le sortir de votre support.

Cordialement,
Bruno Lefèvre""",
),

# ----------------------------------------------------------------------------- RESTRICTION
dict(
    key="fr-limitation-contestation-exactitude-en-attendant",
    frm=("Élodie Garnier", "elodie.garnier@gmail.com"),
    subject="Informations inexactes dans mon dossier",
    rights=["restriction"],
    body="""Bonjour Sandra,

En relisant la synthèse que vous avez transmise à l'organisme qui finance mon bilan, j'ai relevé plusieurs éléments qui ne correspondent pas à ce que j'ai dit (notamment sur mes raisons de quitter mon poste).

Je conteste l'exactitude de ces informations. En attendant qu'on en parle et qu'on vérifie ensemble, je vous demande de ne plus les utiliser ni les transmettre.

Élodie Garnier""",
),

dict(
    key="fr-limitation-ne-pas-supprimer-litige-employeur",
    frm=("Yves Bonnin", "yves.bonnin@orange.fr"),
    to="orange",
    subject="Conservation de nos échanges - important",
    rights=["restriction"],
    body="""Bonjour Sandra,

Je suis en conflit avec mon ancien employeur et mon avocate pense que nos échanges de mails et vos comptes rendus de séance pourraient servir de preuve.

Je vous demande donc de ne surtout rien supprimer me concernant, même si les délais de conservation arrivent à échéance, mais de ne plus vous en servir pour quoi que ce soit d'autre en attendant.

Merci beaucoup,
Yves Bonnin""",
),

dict(
    key="fr-limitation-geler-dossier-reflexion",
    frm=("Coralie Dumas", "coralie.dumas@hotmail.fr"),
    subject="Pause",
    rights=["restriction"],
    body="""Bonjour Sandra,

Je fais une pause dans l'accompagnement, je ne sais pas encore si je reprendrai. Est-ce que vous pourriez "geler" mon dossier en attendant : pas le supprimer, mais ne rien en faire, ne pas l'utiliser, pas de relances non plus liées à mon suivi ?

Je vous redirai d'ici l'été.
Coralie""",
    # NEAR-LINE: freezing the file ("ne pas supprimer, ne rien en faire") -> restriction only.
),

dict(
    key="fr-limitation-relance-gel-outlook",
    frm=("Arnaud Chevallier", "a.chevallier@live.fr"),
    subject="RE: Limitation du traitement de mes données",
    rights=["restriction"],
    body="""Bonjour,

Sans retour de votre part, je vous rappelle ma demande ci-dessous : limitation du traitement de mes données le temps que la réclamation sur la facturation soit tranchée. Merci de me confirmer que mes données sont bien mises de côté et ne sont plus utilisées.

Arnaud Chevallier""",
    qstyle="outlook_fr",
    thread=[dict(frm=("Arnaud Chevallier", "a.chevallier@live.fr"), ago=17,
                 subject="Limitation du traitement de mes données",
                 body="""Madame,

Dans l'attente de la résolution de notre désaccord sur la facture n° 2025-041, je vous demande de limiter le traitement de mes données personnelles à leur seule conservation (article 18 du RGPD).

Arnaud Chevallier""")],
),

dict(
    key="fr-limitation-gardez-mais-nutilisez-plus-informel",
    frm=("Lola", "lolaberthier@gmail.com"),
    subject="mes infos",
    rights=["restriction"],
    body="""hello sandra

tu peux garder mes infos dans ton ordi (je reviendrai peut-etre en septembre) mais stp ne t'en sers plus pour l'instant, ni pour me relancer ni pour tes stats ni rien. juste tu les gardes au chaud

merci !! lola""",
    # NEAR-LINE: "don't use, don't delete" -> restriction only (not objection).
),

dict(
    key="fr-limitation-formel-article-18",
    frm=("Jean-Philippe Rousset", "jp.rousset@cabinet-rousset.fr"),
    to="orange",
    subject="Demande de limitation du traitement (art. 18 RGPD)",
    rights=["restriction"],
    attach=[("docx", "Courrier_limitation_Rousset.docx", "Jean-Philippe Rousset\nObjet : demande de limitation du traitement (article 18 RGPD)\nMadame, par la presente, j'exerce mon droit a la limitation du traitement...")],
    body="""Madame,

Par la présente, j'exerce mon droit à la limitation du traitement prévu à l'article 18 du RGPD.

Je m'oppose à l'effacement des données me concernant, qui me sont nécessaires pour la constatation de droits en justice, et vous demande d'en limiter le traitement à leur stricte conservation jusqu'à nouvel ordre de ma part.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Jean-Philippe Rousset""",
    # NEAR-LINE: uses the word "m'oppose" but about erasure; it asks conservation-only processing -> restriction.
),

dict(
    key="fr-limitation-contestation-note-reponse-fil",
    frm=("Florence Babin", "florence.babin@yahoo.fr"),
    subject="Re: Votre fiche de suivi",
    rights=["restriction"],
    body="""Bonjour Sandra,

Je ne suis pas d'accord avec ce qui est écrit dans la fiche, notamment "difficultés relationnelles avec sa hiérarchie". Tant qu'on n'en a pas rediscuté, je vous demande de suspendre l'utilisation de cette fiche et de ne pas la transmettre à mon entreprise pour le bilan.

Florence""",
    qstyle="yahoo_fr",
    thread=[dict(frm="SC", ago=2, subject="Votre fiche de suivi",
                 body="""Bonjour Florence,

Vous trouverez ci-dessous la fiche de suivi de mi-parcours, qui sera jointe au bilan transmis au service formation de votre entreprise comme prévu à la convention.

Points saillants : difficultés relationnelles avec sa hiérarchie, besoin de reconnaissance, bonne capacité d'analyse.

Sandra""")],
    # NEAR-LINE: contesting accuracy and pausing use, no corrected value given -> restriction only.
),

# ----------------------------------------------------------------------------- POST MORTEM
dict(
    key="fr-deces-fille-supprimer-compte-maman",
    date="2026-02-26 20:15",
    frm=("Aurélie Desroches", "aurelie.desroches@gmail.com"),
    subject="Décès de ma mère, Mme Jacqueline Desroches",
    rights=["post_mortem"],
    body="""Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Jacqueline Desroches, le 4 février dernier. Elle avait suivi plusieurs de vos ateliers et en parlait avec beaucoup de chaleur.

Je m'occupe de ses affaires. Pourriez-vous supprimer son compte sur votre plateforme et l'ensemble de ses données ? Je reçois encore les mails qui lui sont destinés sur sa boîte.

Je vous remercie,
Aurélie Desroches""",
),

dict(
    key="fr-deces-notaire-factures-succession",
    date="2026-01-27 10:42",
    frm=("Office notarial Bonnet & Giraud", "accueil.bonnet-giraud@notaires.fr"),
    to="orange",
    subject="Succession de M. René Lhuillier - demande de renseignements",
    rights=["post_mortem"],
    body="""Madame,

Nous sommes chargés du règlement de la succession de Monsieur René LHUILLIER, décédé le 11 janvier 2026 à Châteauroux.

Nous vous serions obligés de bien vouloir nous faire connaître si le défunt était redevable envers vous d'une somme quelconque et, le cas échéant, nous adresser copie des factures correspondantes. Vous trouverez ci-joint une copie de l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Bonnet,
Sabrina Leroux, clerc
Office notarial Bonnet & Giraud
2 place du 10 Juin - 36100 Issoudun""",
    attach=[("pdf", "acte_deces_Lhuillier.pdf",
             "EXTRAIT D'ACTE DE DECES\nRene LHUILLIER, decede le 11 janvier 2026 a Chateauroux (Indre)\nDelivre par la mairie de Chateauroux")],
    # NEAR-LINE: a notary after a death asking for invoices -> post_mortem whatever they ask.
),

dict(
    key="fr-deces-veuf-newsletter-epouse",
    date="2026-02-16 17:30",
    frm=("Gilbert Masson", "gilbert.masson36@orange.fr"),
    subject="RE: Atelier « Oser dire non » - il reste 3 places !",
    rights=["post_mortem"],
    body="""Madame,

Mon épouse Odile nous a quittés cet hiver. C'est moi qui relève sa boîte aux lettres électronique et chaque lettre de votre part me serre le cœur. Je vous prie de ne plus lui écrire et de faire le nécessaire pour ses données.

Gilbert Masson""",
    qstyle="outlook_fr",
    thread=[dict(frm=FS, ago=0.5, to=("Odile Masson", "odile.masson36@orange.fr"),
                 subject="Atelier « Oser dire non » - il reste 3 places !",
                 body="""Bonjour Odile,

Il reste 3 places pour l'atelier « Oser dire non » de samedi ! Un moment pour apprendre à poser ses limites, avec bienveillance.

Réservez ici : https://floraisondesoi.systeme.io/oser-dire-non

Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="fr-deces-fils-relance-avec-acte",
    date="2025-10-06 09:15",
    frm=("Olivier Perrin", "olivier.perrin@gmail.com"),
    subject="Re: Données de mon père, Michel Perrin (décédé)",
    rights=["post_mortem"],
    body="""Bonjour,

Je n'ai pas eu de réponse à mon précédent message. Je vous joins cette fois l'acte de décès de mon père, comme cela semble nécessaire.

Pour rappel : je souhaite récupérer les documents qu'il avait rédigés pendant son accompagnement (il parlait d'un "carnet de route") puis que ses données soient supprimées.

Cordialement,
Olivier Perrin""",
    qstyle="gmail_fr",
    thread=[dict(frm=("Olivier Perrin", "olivier.perrin@gmail.com"), ago=22,
                 subject="Données de mon père, Michel Perrin (décédé)",
                 body="""Bonjour Madame,

Mon père, Michel Perrin, est décédé le 28 août. Il vous voyait régulièrement l'an dernier. En tant que fils et héritier, je souhaite récupérer ses écrits puis que vous supprimiez son dossier.

Olivier Perrin""")],
    attach=[("pdf", "acte_de_deces_Michel_Perrin.pdf",
             "EXTRAIT D'ACTE DE DECES\nMichel PERRIN, ne le 2 mai 1951, decede le 28 aout 2025 a Issoudun (Indre)")],
    # NEAR-LINE: heir asks for a copy and deletion -> post_mortem only, not access/erasure.
),

dict(
    key="fr-deces-directives-propres-maladie",
    frm=("Jeanne Aubert", "jeanne.aubert@laposte.net"),
    subject="Mes volontés concernant mon dossier",
    rights=["post_mortem"],
    body="""Chère Sandra,

Comme vous le savez, ma maladie progresse. Je mets de l'ordre dans mes affaires et je voulais vous écrire à ce sujet, calmement.

Lorsque je ne serai plus là, je souhaite que mon dossier et vos notes soient détruits, sans être communiqués à personne, y compris à mes enfants. Seul le texte que j'ai écrit lors du dernier atelier d'écriture peut être remis à ma petite-fille Léa, si elle le demande.

Merci pour tout ce que vous m'avez apporté.
Jeanne""",
),

dict(
    key="fr-deces-frere-garder-temoignage-en-memoire",
    frm=("Didier Lacombe", "didier.lacombe@sfr.fr"),
    subject="Témoignage de ma sœur Nicole",
    rights=["post_mortem"],
    body="""Bonjour Madame Delomenie,

Ma sœur Nicole Lacombe est décédée le mois dernier. En cherchant des souvenirs, je suis tombé sur son témoignage sur votre site, avec sa photo. Ça nous a beaucoup émus.

Au nom de la famille, nous aimerions qu'il reste en ligne. Pourriez-vous simplement nous confirmer que vous ne le retirerez pas ?

Merci,
Didier Lacombe""",
    # NEAR-LINE: relative writing after a death; asks to keep the testimonial -> post_mortem whatever they ask.
),

dict(
    key="fr-deces-annulation-reservation-stage",
    date="2025-05-05 09:50",
    frm=("Sandrine Vial", "sandrine.vial@gmail.com"),
    subject="Réservation stage de mai - M. Paul Vial",
    rights=["post_mortem"],
    body="""Bonjour,

Mon mari Paul était inscrit à votre stage des 17 et 18 mai. Il est décédé brutalement il y a dix jours. Je vous demande d'annuler son inscription et, si c'est possible, de rembourser l'acompte sur notre compte commun.

Sandrine Vial""",
    # NEAR-LINE: reads like a cancellation (a negative when the client writes), but a relative writing after a death -> post_mortem.
),

dict(
    key="fr-deces-fille-acces-notes-maman",
    date="2025-12-03 22:30",
    frm=("Claire Dubreuil", "claire.dubreuil@outlook.fr"),
    subject="Notes de séances de ma maman",
    rights=["post_mortem"],
    body="""Bonjour Sandra,

Ma mère, Françoise Dubreuil, est partie en octobre. Elle vous a consultée pendant deux ans et je sais qu'elle parlait beaucoup de nous pendant ces séances.

Est-ce qu'il serait possible de lire ce que vous avez noté ? J'ai l'impression qu'il me manque des morceaux de son histoire. Je comprends que ce soit délicat.

Claire""",
),

dict(
    key="fr-deces-ajout-directives-apres-rectif",
    frm=("Henri Blondeau", "henri.blondeau@orange.fr"),
    subject="Re: Votre dossier est à jour",
    rights=["post_mortem"],
    body="""Bonjour Madame,

Merci pour la mise à jour.

Une chose encore, que je n'avais pas osé vous dire au téléphone : à 84 ans, il faut penser à tout. Si je venais à décéder, je souhaite que mon fils Jacques soit la personne à qui vous remettrez mes écrits et les enregistrements de nos séances, et que tout le reste soit effacé.

Henri Blondeau""",
    qstyle="orange_fr",
    thread=[dict(frm="SO", ago=1, subject="Votre dossier est à jour",
                 body="""Bonjour Monsieur Blondeau,

J'ai bien corrigé votre date de naissance et votre numéro de téléphone fixe dans votre dossier.

Bien à vous,
Sandra Delomenie""")],
    # NEAR-LINE: follow-up after a handled rectification; the new text leaves instructions for after his death -> post_mortem.
),

dict(
    key="fr-deces-transfert-faire-part-cousine",
    date="2025-11-10 18:20",
    frm=("Murielle Sabourin", "murielle.sabourin@icloud.com"),
    subject="Tr : Faire-part - Évelyne Sabourin",
    rights=["post_mortem"],
    body="""Bonjour Madame,

Je me permets de vous transférer le faire-part de ma cousine Évelyne, qui participait à vos cercles de femmes. Je suis sa légataire. Merci de retirer ses coordonnées de vos listes et de supprimer ce que vous avez sur elle.

Murielle Sabourin

Envoyé de mon iPhone""",
    qstyle="fwd_apple_fr",
    thread=[dict(frm=("Famille Sabourin", "famille.sabourin@gmail.com"), ago=6,
                 to="undisclosed-recipients:;", subject="Faire-part - Évelyne Sabourin",
                 body="""Nous avons la tristesse de vous faire part du décès d'Évelyne Sabourin, survenu le 3 novembre 2025 à l'âge de 67 ans.

Les obsèques auront lieu le vendredi 7 novembre à 14h30 en l'église Saint-Cyr d'Issoudun.

Ni fleurs ni couronnes, des dons à la Ligue contre le cancer.""")],
),

dict(
    key="fr-deces-notaire-belge-legs",
    date="2026-04-14 11:05",
    frm=("Étude du notaire Van Acker", "etude@notaire-vanacker.be"),
    subject="Succession feu Madame Ghislaine Dumont",
    rights=["post_mortem"],
    body="""Madame,

En notre qualité de notaire chargé de la déclaration de succession de feu Madame Ghislaine DUMONT, en son vivant domiciliée à Tournai, décédée le 19 mars 2026, nous vous prions de bien vouloir nous communiquer les données et documents dont vous disposeriez au nom de la défunte, ainsi que l'état d'un éventuel solde de formation prépayée.

Nous vous prions d'agréer, Madame, l'assurance de notre considération distinguée.

Pour l'étude,
Thibault Van Acker, notaire
Rue Royale 48 - 7500 Tournai""",
),

# ----------------------------------------------------------------------------- MULTI-RIGHT
dict(
    key="fr-multi-acces-puis-effacement-copie-avant",
    frm=("Sarah Benoît", "sarah.benoit@gmail.com"),
    subject="Avant de tout supprimer",
    rights=["access", "erasure"],
    body="""Bonjour Sandra,

J'ai décidé d'arrêter l'accompagnement. Avant que vous supprimiez tout ce qui me concerne (ce que je souhaite), j'aimerais recevoir une copie de ce que vous avez : mes questionnaires, vos notes, mon bilan.

Une fois que je les ai, vous pouvez effacer.

Merci,
Sarah""",
),

dict(
    key="fr-multi-acces-effacement-relance-apple",
    frm=("Vincent Mallet", "vincent.mallet@icloud.com"),
    subject="Re: Mes données",
    rights=["access", "erasure"],
    body="""Bonjour,

Je relance ma demande : j'attends toujours la liste des données que vous détenez sur moi, puis leur suppression complète. Ça fait trois semaines.

Vincent Mallet""",
    qstyle="apple_fr",
    thread=[dict(frm=("Vincent Mallet", "vincent.mallet@icloud.com"), ago=21, subject="Mes données",
                 body="""Bonjour,

Merci de m'indiquer quelles données vous avez sur moi et de les supprimer ensuite. Je ne suis plus client.

Vincent""")],
),

dict(
    key="fr-multi-acces-rectif-verifier-et-corriger-adresse",
    frm=("Brigitte Lemaire", "brigitte.lemaire@wanadoo.fr"),
    to="orange",
    subject="Vérification de mes coordonnées",
    rights=["access", "rectification"],
    body="""Bonjour Madame Delomenie,

J'ai reçu votre dernier courrier à mon ancienne adresse de Vatan. Ma nouvelle adresse est : 15 rue Porte Neuve, 36100 Issoudun ; merci de la corriger.

Par la même occasion, pourriez-vous m'envoyer l'ensemble des informations que vous avez sur moi, que je vérifie s'il n'y a pas d'autres erreurs ?

Cordialement,
Brigitte Lemaire""",
),

dict(
    key="fr-multi-acces-rectif-formel-donnees-erronees",
    frm=("Antoine Faucher", "antoine.faucher@gmail.com"),
    subject="Droits d'accès et de rectification",
    rights=["access", "rectification"],
    body="""Madame,

Je vous prie de bien vouloir me communiquer une copie des données me concernant (articles 15 RGPD) et de rectifier les informations suivantes (article 16) :

- profession : "commercial" -> "chargé d'affaires" ;
- situation familiale : je ne suis pas "divorcé" mais "séparé".

Avec mes remerciements,
Antoine Faucher""",
),

dict(
    key="fr-multi-acces-portabilite-voir-et-csv",
    frm=("Camille Perret", "camille.perret@hotmail.fr"),
    subject="Mes données de formation",
    rights=["access", "portability"],
    body="""Bonjour,

J'aimerais savoir exactement quelles données vous conservez à mon sujet depuis la formation de 2024, et les recevoir dans un fichier CSV que je puisse réutiliser, notamment pour mon dossier CPF.

Merci d'avance,
Camille Perret""",
),

dict(
    key="fr-multi-acces-portabilite-cabinet-rh",
    frm=("Nicolas Girard", "nicolas.girard@gmail.com"),
    subject="Re: Fin de votre accompagnement",
    rights=["access", "portability"],
    body="""Bonjour Sandra,

Merci pour ce beau parcours.

Deux choses avant de clore : pouvez-vous me dire ce que vous gardez sur moi et pendant combien de temps ? Et je voudrais transférer mes résultats de tests et mon plan d'action au cabinet d'outplacement qui prend le relais, dans un format qu'ils puissent importer (ils m'ont parlé d'Excel).

Nicolas""",
    # NEAR-LINE: "combien de temps" alone would be a question; here it asks what she keeps on him (access) plus a reusable transfer (portability).
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=2, subject="Fin de votre accompagnement",
                 body="""Bonjour Nicolas,

Nous voici au terme de nos huit séances. Je vous souhaite le meilleur pour la suite et reste disponible si besoin.

""" + SIG_SANDRA_SHORT)],
),

dict(
    key="fr-multi-effacement-retrait-temoignage-et-tout",
    date="2025-10-13 15:25",
    frm=("Lætitia Caron", "laetitia.caron@gmail.com"),
    subject="Retrait témoignage et suppression",
    rights=["erasure", "withdraw_consent"],
    body="""Bonjour,

Je retire mon autorisation de publication de mon témoignage vidéo (celui tourné au stage de juillet) et je vous demande de supprimer ensuite toutes mes données personnelles.

Merci de me confirmer les deux.
Lætitia Caron""",
),

dict(
    key="fr-multi-effacement-retrait-photos-relance",
    frm=("Marion Leclerc", "marion.leclerc@orange.fr"),
    subject="RE: Photos du stage et suppression",
    rights=["erasure", "withdraw_consent"],
    attach=[("png", "IMG_4471.PNG", "")],
    body="""Bonjour,

Je n'ai pas de nouvelles. Les photos où j'apparais sont toujours sur Instagram. Je redemande : retrait des photos (je retire mon accord de droit à l'image) et suppression de toutes mes données chez vous.

Marion Leclerc""",
    qstyle="outlook_fr",
    thread=[dict(frm=("Marion Leclerc", "marion.leclerc@orange.fr"), ago=14, subject="Photos du stage et suppression",
                 body="Bonjour, merci d'enlever les photos de moi du stage et de supprimer mes données. Marion")],
),

dict(
    key="fr-multi-desabo-et-effacer-tout",
    frm=("Gaëlle Hamon", "gaelle.hamon@gmail.com"),
    subject="désabonnement + suppression",
    rights=["erasure", "objection"],
    body="""Bonjour, merci de me désabonner de la newsletter et d'effacer toutes mes données de vos fichiers. Bonne journée. Gaëlle""",
),

dict(
    key="fr-multi-origine-et-stop-prospection",
    frm=("Serge Aucouturier", "serge.aucouturier@free.fr"),
    subject="Prospection",
    rights=["access", "objection"],
    body="""Madame,

Je reçois de vos prospectus électroniques alors que je n'ai jamais eu affaire à vous. D'où tenez-vous mon adresse mail ? Je souhaite le savoir.

Et je vous demande de cesser toute prospection à mon égard.

Serge Aucouturier""",
),

dict(
    key="fr-multi-rectif-date-et-limitation-tant-que",
    frm=("Patrick Giraudon", "patrick.giraudon@gmail.com"),
    subject="Erreur sur ma date de naissance - ne pas utiliser mon dossier",
    rights=["rectification", "restriction"],
    body="""Bonjour,

La date de naissance indiquée dans mon dossier est fausse : ce n'est pas le 21/03/1987 mais le 12/03/1978. Merci de corriger.

Ce dossier doit être transmis à mon organisme de financement : tant que ce n'est pas corrigé, je vous demande de ne pas l'utiliser ni l'envoyer.

Patrick Giraudon""",
    # NEAR-LINE: contesting accuracy and pausing = restriction; giving the correct value and asking to fix = rectification too.
),

dict(
    key="fr-multi-gel-et-copie-litige",
    frm=("Hervé Maillard", "herve.maillard@orange.fr"),
    to="orange",
    subject="Suspension et copie de mon dossier",
    rights=["access", "restriction"],
    body="""Madame Delomenie,

Suite à notre différend, je vous demande de suspendre toute utilisation de mon dossier (ne rien supprimer, ne rien transmettre) et de m'en adresser une copie intégrale.

Hervé Maillard""",
),

dict(
    key="fr-multi-transfert-puis-suppression-changement-praticienne",
    frm=("Estelle Rigaud", "estelle.rigaud@gmail.com"),
    subject="Changement de praticienne",
    rights=["erasure", "portability"],
    body="""Bonjour Sandra,

Je vais continuer avec une praticienne plus proche de chez moi, à Vierzon. Pourriez-vous lui envoyer mon dossier sous format numérique réutilisable (elle m'a dit qu'un tableur ou un export de la plateforme lui irait), puis le supprimer de votre côté ?

Ses coordonnées : Mathilde Renard, mathilde.renard.coach@gmail.com

Merci pour tout ce chemin,
Estelle""",
),

dict(
    key="fr-multi-plus-de-newsletter-enlever-photo-insta",
    date="2025-06-03 13:10",
    frm=("Julie Carpentier", "julie.carpentier@gmail.com"),
    subject="Re: 🌸 La lettre de Floraison de Soi - Juin",
    rights=["objection", "withdraw_consent"],
    body="""Bonjour Sandra,

Je ne souhaite plus recevoir la lettre, merci de me retirer de la liste.

Et pendant qu'on y est : la photo de moi au cercle de mai que tu as mise sur Instagram, je préfère que tu l'enlèves, je ne suis plus d'accord pour qu'elle soit publiée.

Julie""",
    qstyle="gmail_fr",
    thread=[dict(frm=FS, ago=1, to=("Julie Carpentier", "julie.carpentier@gmail.com"),
                 subject="🌸 La lettre de Floraison de Soi - Juin",
                 body="""Bonjour Julie,

Juin, le mois où tout s'ouvre. Retour en images sur le cercle de mai, et les dates de l'été.

Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="fr-multi-nouvelle-adresse-et-plus-de-lettre",
    frm=("Christian Texier", "christian.texier@gmail.com"),
    subject="Re: Changement d'adresse mail",
    rights=["objection", "rectification"],
    body="""Rebonjour,

J'oubliais : sur la nouvelle adresse (christian.texier@gmail.com, qui remplace l'ancienne c.texier@wanadoo.fr), merci de ne pas me réabonner à la lettre d'information, je ne la lis plus. Gardez-la uniquement pour les factures.

Christian""",
    qstyle="gmail_fr",
    quote=True,
    thread=[dict(frm=("Christian Texier", "christian.texier@gmail.com"), ago=0.05, subject="Changement d'adresse mail",
                 body="Bonjour, je change d'adresse mail, je vous redis laquelle dans un instant. Christian")],
),

dict(
    key="fr-multi-formel-acces-effacement-opposition",
    frm=("Dominique Perrault", "dominique.perrault@laposte.net"),
    to="orange",
    subject="Exercice de mes droits RGPD (accès, effacement, opposition)",
    rights=["access", "erasure", "objection"],
    body="""Madame,

Conformément au RGPD, je vous demande :

1. de me communiquer l'ensemble des données personnelles me concernant et leur source (article 15) ;
2. de vous opposer à tout traitement de mes données à des fins de prospection commerciale, par quelque canal que ce soit (article 21) ;
3. puis de procéder à l'effacement de l'intégralité de ces données (article 17).

Je joins une copie de ma pièce d'identité.

Dominique Perrault""",
    attach=[("pdf", "piece_identite_DPerrault.pdf",
             "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nNom : PERRAULT\nPrenom : Dominique\nNe(e) le 14.02.1975 a ISSOUDUN (36)")],
),

dict(
    key="fr-multi-avocat-acces-portabilite-effacement",
    frm=("SELARL Morand Avocats", "contact@morand-avocats.fr"),
    subject="Mme Sonia Belkacem - exercice de droits - mandat joint",
    rights=["access", "erasure", "portability"],
    headers={"Cc": "Sonia Belkacem <sonia.belkacem@gmail.com>"},
    body="""Madame,

Je suis mandaté par Madame Sonia BELKACEM, dont vous trouverez ci-joint le mandat signé et la pièce d'identité.

Au nom de ma cliente, je vous demande :
- de nous communiquer la copie de l'ensemble des données la concernant ;
- de lui transmettre, dans un format structuré et lisible par machine, les données qu'elle vous a fournies ;
- puis d'effacer ces données.

Je vous remercie de me tenir informé des suites données.

Me Julien Morand
SELARL Morand Avocats - Châteauroux""",
    attach=[("pdf", "mandat_Belkacem.pdf",
             "MANDAT DE REPRESENTATION\nSonia BELKACEM mandate Me Julien MORAND pour exercer ses droits RGPD\naupres de Floraison de Soi (Sandra Delomenie). Signature."),
            ("pdf", "CNI_Belkacem.pdf", "CARTE NATIONALE D'IDENTITE\nBELKACEM Sonia - nee le 30.06.1988")],
),

dict(
    key="fr-multi-retrait-usage-questionnaire-et-copie",
    frm=("Agathe Simonin", "agathe.simonin@gmail.com"),
    subject="Mon questionnaire",
    rights=["access", "withdraw_consent"],
    body="""Bonjour Sandra,

Je ne suis plus d'accord pour que mes réponses au questionnaire "Mes croyances limitantes" servent d'exemple dans vos formations, même anonymisées. Je retire mon accord.

Et j'aimerais bien en recevoir une copie, je ne me souviens plus de tout ce que j'avais écrit.

Merci,
Agathe""",
),

dict(
    key="fr-multi-limitation-et-opposition-prospection-reclamation",
    frm=("Thierry Vallet", "thierry.vallet@outlook.fr"),
    subject="RE: Relance : votre réinscription au parcours",
    rights=["objection", "restriction"],
    body="""Bonjour,

Tant que ma réclamation sur le remboursement n'est pas réglée, je vous demande de geler mon dossier : vous le gardez tel quel, vous ne l'utilisez pas.

Et de manière définitive, je ne veux plus de relances commerciales comme celle-ci.

T. Vallet""",
    qstyle="outlook_fr",
    thread=[dict(frm="SC", ago=1, subject="Relance : votre réinscription au parcours",
                 body="""Bonjour Thierry,

Les inscriptions pour la nouvelle session du parcours « Révéler ses talents » sont ouvertes ! En tant qu'ancien participant, vous bénéficiez de 15 % de réduction jusqu'au 30.

Sandra""")],
),


# ----------------------------------------------------------------------------- follow-ups adding a new right
dict(
    key="fr-suivi-apres-desabo-demande-ce-qui-reste",
    date="2025-07-01 15:26",
    frm=("Corinne Lafarge", "corinne.lafarge@gmail.com"),
    subject="Re: désabonnement",
    rights=["access"],
    body="""Merci Sandra !

Du coup question bête : maintenant que je ne suis plus sur la liste, qu'est-ce que tu as encore comme infos sur moi exactement ? Tu peux m'envoyer ce qui reste dans ton fichier ?

Coco""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=0.25, exact=True, body="""Bonjour Corinne,

C'est fait, vous ne recevrez plus la lettre.

Sandra"""),
        dict(frm=("Coco", "corinne.lafarge@gmail.com"), ago=1, subject="désabonnement",
             body="stp retire moi de la newsletter. merci !"),
    ],
    # NEAR-LINE: thanks for a handled unsubscription, then a NEW request to know/receive what is held -> access only.
),

dict(
    key="fr-suivi-apres-copie-corriger-note",
    date="2025-08-29 10:15",
    frm=("Nathalie Gaudry", "nathalie.gaudry@orange.fr"),
    to="orange",
    subject="Re: Demande de copie de mes notes de séance",
    rights=["rectification"],
    body="""Bonjour Madame Delomenie,

Merci pour l'envoi des notes, et pardon pour le ton un peu sec de ma relance.

En les lisant, je vois que la note du 12 novembre indique que j'ai "deux enfants". J'en ai trois (mon aîné ne vit plus à la maison, c'est peut-être pour ça). Pourriez-vous corriger cette information dans mon dossier ?

Bien cordialement,
Nathalie Gaudry""",
    qstyle="orange_fr",
    thread=[
        dict(frm="SO", ago=2, body="""Bonjour Madame Gaudry,

Toutes mes excuses pour ce délai. Vous trouverez ci-joint la copie de mes notes de séance et des fiches de suivi vous concernant.

Bien à vous,
Sandra Delomenie"""),
    ],
    # NEAR-LINE: follow-up to a handled access request; the new text asks to correct a wrong note -> rectification only.
),

dict(
    key="fr-suivi-apres-export-vous-pouvez-supprimer",
    date="2025-05-10 11:35",
    frm=("Baptiste Colin", "baptiste.colin@gmail.com"),
    subject="Re: Export de vos données de suivi",
    rights=["erasure"],
    body="""Bonjour Sandra,

J'ai tout importé, le fichier est nickel. Maintenant que j'ai une copie de mon côté, vous pouvez supprimer mes données chez vous (fiche, bilans, questionnaires). Merci de me dire quand c'est fait.

Baptiste""",
    qstyle="gmail_fr",
    thread=[
        dict(frm="SC", ago=4, subject="Export de vos données de suivi",
             body="""Bonjour Baptiste,

Vous trouverez ci-joint l'export de vos données de suivi au format CSV.

""" + SIG_SANDRA_SHORT),
    ],
),

]
