"""French requests, single right: portability, objection, withdraw_consent, post_mortem."""
from recbase import M

RECORDS = [
    # ------------------------------------------------------------------ portability
    M("fr-nouvelle-coach-bourges-transfert", ["portability"],
      "Elsa Marquet <elsa.marquet@gmail.com>",
      "Transmission de mon suivi",
      """Bonjour Sandra,

Comme vous le savez je pars m'installer à Bourges pour mon nouveau poste. J'ai trouvé une coach sur place, Aude Pinsard (cabinet Les Sentiers, aude@lessentiers-coaching.fr), qui aimerait partir de ce qu'on a déjà fait plutôt que de tout reprendre à zéro.

Pouvez-vous lui transmettre directement mes fiches de suivi et mes questionnaires, dans un format qu'elle puisse réutiliser ? Je la mets en copie pour qu'elle ait votre adresse.

Mille mercis pour ces deux années,
Elsa""",
      cc="Aude Pinsard <aude@lessentiers-coaching.fr>"),

    M("fr-juste-reponses-tableur", ["portability"],
      "Romain Escoffier <romain.escoffier@free.fr>",
      "Mes réponses aux questionnaires",
      """Bonjour,

Juste mes réponses aux trois questionnaires d'auto-évaluation (début, milieu et fin de parcours), rien d'autre : est-ce que vous pourriez me les envoyer dans un fichier tableur, type CSV ou Excel ? Je voudrais faire mes propres courbes d'évolution, et recopier à la main depuis des PDF, ce serait l'enfer.

Merci !
Romain""",
      mailer="thunderbird"),
    # NEAR-LINE: partial ask for one's own answers, but explicitly in a reusable spreadsheet format -> portability only.

    M("fr-progression-formation-en-ligne", ["portability"],
      "Agnès Villatte <agnes.villatte@gmail.com>",
      "Formation en ligne - récupérer ma progression",
      """Bonjour Sandra,

Mon accès à la formation « Reprendre confiance » se termine le 30. J'ai rempli tous les carnets d'exercices directement sur la plateforme et j'aimerais les garder : serait-il possible d'obtenir un export de mes réponses et de ma progression dans un format ouvert (CSV, JSON, peu importe) pour pouvoir les importer ailleurs ?

Merci et bravo pour les vidéos du module 5.
Agnès""",
      html="alt"),

    M("fr-relance-portabilite", ["portability"],
      "Frédéric Gaudon <frederic.gaudon@gmail.com>",
      "Re: Export de mes données",
      """Bonjour Sandra,

Petite relance amicale : je n'ai toujours rien reçu pour l'export de mes données (fiches, comptes rendus, historique des séances) dans un format réutilisable. Ma nouvelle praticienne commence le 15, ce serait bien que je l'aie avant.

Bonne journée,
Fred""",
      quote={"style": "gmail", "who": "Frédéric Gaudon <frederic.gaudon@gmail.com>", "days": 27,
             "text": """Bonjour Sandra,
Dans le cadre de mon droit à la portabilité, pourriez-vous me fournir mes données dans un format structuré et lisible par machine ?
Merci,
Frédéric Gaudon"""}),

    M("fr-avis-google-et-export", ["portability"],
      "Coralie Vasseur <coralie.vasseur@hotmail.fr>",
      "Avis + petite demande technique",
      """Bonjour Sandra,

Je viens de vous laisser un avis 5 étoiles sur Google, c'était bien le moins après ces mois de travail ensemble !

J'aurais une petite demande technique : mon nouveau thérapeute utilise un logiciel de suivi qui peut importer des fichiers. Pourriez-vous m'envoyer un export de mes données dans un fichier lisible par un ordinateur (json ou csv), plutôt que des scans ? Je lui transmettrai moi-même.

Encore merci pour tout,
Coralie""",
      mailer="outlook"),

    M("fr-portabilite-article20", ["portability"],
      "Olivier Brunaud <olivier.brunaud@protonmail.com>",
      "Droit à la portabilité - article 20 RGPD",
      """Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies dans le cadre de mon inscription et de mon accompagnement, dans un format structuré, couramment utilisé et lisible par machine.

Une copie de ma pièce d'identité est jointe.

Salutations,
Olivier Brunaud""",
      att=[{"kind": "pdf", "name": "id_brunaud.pdf", "text": "Carte d'identite - BRUNAUD Olivier - copie pour demande art. 20"}]),

    # ------------------------------------------------------------------ objection
    M("fr-merci-mais-plus-de-graine", ["objection"],
      "Joëlle Papon <joelle.papon@orange.fr>",
      "Merci et au revoir",
      """Bonjour Sandra,

Je tenais à vous remercier pour ces deux années d'ateliers, qui m'ont beaucoup apporté. Je déménage chez ma fille à Nantes et je ne pourrai plus venir.

En revanche je ne souhaite plus recevoir « La Graine du mois », ça ne me concernera plus vraiment là-bas. Vous pouvez me retirer de la liste.

Bien amicalement,
Joëlle""",
      mailer="orange"),

    M("fr-stop-sms-promo", ["objection"],
      "Floraison de Soi - formulaire <wordpress@floraisondesoi.fr>",
      "[Floraison de Soi] Nouveau message de David Chabenat",
      """Nom : David Chabenat
E-mail : david.chabenat@gmail.com
Téléphone : 06 58 20 73 11
Sujet : SMS

Message :
Bonjour, merci d'arrêter de m'envoyer des SMS pour les promotions et les nouveaux ateliers sur le numéro ci-dessus. Les rappels de rendez-vous ça va, mais le reste non. David

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
      to="contact",
      headers=[("Reply-To", "David Chabenat <david.chabenat@gmail.com>"), ("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")]),

    M("fr-troisieme-fois-liste-diffusion", ["objection"],
      "Martine Blondeau <martine.blondeau@sfr.fr>",
      "3ème demande !!!",
      """Bonjour,

C'est la troisième fois que je demande à être retirée de votre liste de diffusion. Le lien « se désinscrire » en bas de vos mails ne fonctionne pas (page blanche) et je reçois encore vos invitations aux ateliers toutes les semaines.

Merci de régler ça une bonne fois pour toutes.

M. Blondeau"""),

    M("fr-oppose-statistiques-reponses", ["objection"],
      "Anthony Rivière <anthony.riviere@outlook.fr>",
      "Utilisation de mes réponses",
      """Bonjour,

Lors du webinaire de janvier, vous avez indiqué que les réponses aux sondages de satisfaction servaient à « établir des statistiques sur les participants ». Je m'oppose à ce que mes réponses soient utilisées à cette fin. Pour le reste, pas de souci.

Cordialement,
Anthony Rivière"""),
    # NEAR-LINE: objecting to use for statistics is objection per policy, not withdrawal of questionnaire-use consent.

    M("fr-plus-de-relances-apres-devis", ["objection"],
      "Nathalie Gourdon - Menuiseries Gourdon <n.gourdon@menuiseries-gourdon.fr>",
      "Votre devis formation",
      """Madame,

Nous avons bien reçu votre devis pour la formation « Communication bienveillante en équipe » et nous avons décidé de ne pas donner suite pour cette année.

Je vous remercie de ne plus me relancer, ni par mail ni par téléphone, à ce sujet ou pour d'autres propositions commerciales. Votre assistante m'a appelée trois fois ce mois-ci.

Cordialement,
Nathalie Gourdon
Responsable administrative
Menuiseries Gourdon - ZA des Coudrais - Issoudun""",
      mailer="outlook15", html="alt"),

    M("fr-tarifs-et-retirez-moi-des-envois", ["objection"],
      "Lionel Bardet <lionel.bardet@yahoo.fr>",
      "Prix du stage d'été",
      """Bonjour,

450 € pour trois jours de stage, hébergement non compris ? Je trouve ça franchement excessif pour la région. J'avais fait le même genre de retraite en Dordogne pour moins cher, repas compris.

Bref, ce ne sera pas pour moi, et retirez-moi de vos envois s'il vous plaît, je n'ai pas besoin de recevoir toutes les offres.

Lionel Bardet"""),

    M("fr-pub-facebook-audiences", ["objection"],
      "Sandrine Ollivier <sandrine.ollivier@gmail.com>",
      "Publicités Facebook",
      """Bonjour,

Je vois passer vos publicités sur Facebook et Instagram depuis que je me suis inscrite à votre webinaire gratuit. J'imagine que mon adresse mail a été chargée dans une « audience personnalisée ». Je ne souhaite pas que mes coordonnées servent à ce type de ciblage publicitaire : merci de les retirer de ces audiences.

Bonne journée,
Sandrine Ollivier""",
      html="only"),

    M("fr-objet-seul-desinscription", ["objection"],
      "Gilles Marcheix <gilles.marcheix@free.fr>",
      "Désinscription newsletter svp",
      "",
      cte="7bit"),

    M("fr-hesitant-moins-invitations", ["objection"],
      "Emmanuelle Brisset <emmanuelle.brisset@icloud.com>",
      "Les invitations",
      """Bonjour Sandra,

J'adore ce que vous faites et je ne voudrais surtout pas vous vexer, mais je pense que je préférerais ne plus recevoir les invitations aux ateliers et aux webinaires par mail, ça fait beaucoup en ce moment et je n'arrive pas à suivre. Je regarderai votre site de temps en temps.

Si jamais ça complique vos listes, dites-le moi.

Belle journée ensoleillée,
Emmanuelle""",
      mailer="iphone", html="alt"),

    M("fr-quebec-desabonnez-courriels", ["objection"],
      "Jonathan Gagnon <jgagnon@videotron.ca>",
      "Désabonnement",
      """Allô,

Pourriez-vous me désabonner de vos courriels promotionnels? Je les reçois depuis le webinaire de l'automne et je ne suis pas intéressé par les ateliers en présentiel, c'est un peu loin du Québec.

Merci, bonne journée!
Jonathan"""),

    # ------------------------------------------------------------------ withdraw_consent
    M("fr-temoignage-site-nouveau-poste", ["withdraw_consent"],
      "Audrey Lelong <audrey.lelong@gmail.com>",
      "Des nouvelles + mon témoignage",
      """Bonjour Sandra,

Je vous donne des nouvelles : j'ai été prise au Conseil départemental ! Le poste correspond exactement à ce qu'on avait dessiné ensemble. Je commence lundi.

Du coup, une demande un peu délicate : mon témoignage est toujours sur votre site, avec mon prénom, mon nom et mon ancien métier. Maintenant que je vais travailler avec des partenaires publics, je préfère que ce ne soit plus visible. Pourriez-vous le retirer ?

Encore merci, vraiment,
Audrey""",
      html="alt"),

    M("fr-photo-atelier-page-facebook", ["withdraw_consent"],
      "Chloé Delavaud <chloe.delavaud@gmail.com>",
      "Photo sur Facebook",
      """Coucou Sandra,

J'avais dit oui pour les photos à l'atelier de Pâques mais finalement celle où on me voit au premier plan sur la page Facebook de Floraison de Soi me met mal à l'aise (des collègues l'ont vue...). Tu peux l'enlever stp ? Les autres où on ne me reconnaît pas, pas de souci.

Merci !! Chloé""",
      mailer="iphone"),

    M("fr-replay-webinaire-intervention", ["withdraw_consent"],
      "Patrice Jallet <patrice.jallet@laposte.net>",
      "Replay du webinaire du 12",
      """Bonjour Madame Delomenie,

Lors du webinaire du 12, j'ai pris la parole assez longuement pour parler de mon burn-out, et j'avais accepté l'enregistrement. Je n'avais pas mesuré que le replay serait accessible à tous les inscrits pendant un an.

Je retire mon accord pour l'enregistrement de mon intervention : pourriez-vous couper ce passage ou retirer le replay ?

Cordialement,
Patrice Jallet"""),

    M("fr-relance-photo-instagram", ["withdraw_consent"],
      "Manon Perrot <manon.perrot@hotmail.fr>",
      "RE: photo",
      """re bonjour,
je reviens vers vous car la photo de groupe où je suis est toujours sur instagram, 2 semaines apres mon message. Je ne donne plus mon accord pour cette photo, merci de la retirer rapidement.
Manon""",
      quote={"style": "outlook", "who": "Manon Perrot <manon.perrot@hotmail.fr>", "days": 15,
             "text": """Bonjour Sandra, pouvez-vous retirer la photo du stage où j'apparais sur votre compte Instagram ? Merci. Manon"""},
      mailer="outlook"),

    M("fr-retrait-accord-questionnaire-etude", ["withdraw_consent"],
      "Aline Coutaud <aline.coutaud@gmail.com>",
      "Étude sur l'estime de soi",
      """Bonjour Sandra,

L'an dernier j'avais coché la case acceptant que mes réponses au questionnaire d'estime de soi soient utilisées, anonymement, pour l'article que vous préparez avec l'association. Après réflexion, je retire cet accord : je préfère que mes réponses ne servent qu'à notre travail à nous deux.

Je continue les séances avec plaisir, rien ne change de ce côté.

Aline""",
      html="alt"),

    M("fr-temoignage-garder-texte-enlever-photo", ["withdraw_consent"],
      "Véronique Tardy <veronique.tardy@orange.fr>",
      "Mon témoignage sur le site",
      """Bonjour Sandra,

Vous pouvez garder le texte de mon témoignage, je le trouve toujours juste. Par contre, est-ce que vous pourriez enlever la photo de moi qui l'accompagne ? Je ne me reconnais plus dessus et je n'ai plus envie qu'elle soit en ligne.

Merci beaucoup,
Véronique""",
      mailer="orange"),
    # NEAR-LINE: partial withdrawal (photo only, text kept) -> still withdraw_consent.

    M("fr-parent-photo-stage-ados", ["withdraw_consent"],
      "Laurent Bichon <laurent.bichon@gmail.com>",
      "Photos stage ados - Lucie Bichon",
      """Bonjour,

Ma fille Lucie (14 ans) a participé au stage « Confiance en soi » pour les ados pendant les vacances de la Toussaint. Sa mère et moi avions signé l'autorisation de droit à l'image, mais Lucie est très mal à l'aise depuis que ses camarades ont vu les photos sur votre site.

En tant que parents, nous retirons notre autorisation : merci de supprimer les photos et la vidéo où elle apparaît.

Laurent Bichon""",
      mailer="samsung"),

    M("fr-podcast-temoignage-audio", ["withdraw_consent"],
      "Fabienne Aumont <fabienne.aumont@yahoo.fr>",
      "Épisode 14 du podcast",
      """Bonjour Sandra,

J'ai écouté l'épisode 14 de votre podcast, où vous avez intégré l'enregistrement de mon témoignage. C'est très bien monté, mais en l'entendant en vrai j'ai réalisé qu'on reconnaissait ma voix et que je parlais de mon mari. Je ne suis plus d'accord pour qu'il soit diffusé, pouvez-vous retirer mon passage ?

Désolée pour le travail en plus,
Fabienne"""),

    # ------------------------------------------------------------------ post_mortem
    M("fr-fille-deces-maman-compte", ["post_mortem"],
      "Caroline Méry <caroline.mery@gmail.com>",
      "Décès de ma mère, Mme Josiane Méry",
      """Bonjour Madame,

J'ai la tristesse de vous informer du décès de ma mère, Josiane Méry, le 2 de ce mois. Elle participait régulièrement à vos ateliers et en parlait avec beaucoup d'affection.

En triant ses papiers, j'ai vu qu'elle avait un compte sur votre plateforme et qu'elle recevait vos lettres. Pourriez-vous clôturer son compte et supprimer les informations la concernant ?

Je vous remercie pour elle,
Caroline Méry""",
      html="alt"),

    M("fr-notaire-succession-acte-deces", ["post_mortem"],
      "Office notarial Delaunay & Fradet <office.delaunay@notaires.fr>",
      "Succession de M. Roger Paulmier - demande d'information",
      """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Roger PAULMIER, décédé à Issoudun. Les héritiers nous ont indiqué que le défunt avait souscrit auprès de vous un accompagnement individuel réglé par prélèvements mensuels.

Nous vous serions obligés de nous faire connaître l'état de ce contrat, les sommes éventuellement dues ou à rembourser, ainsi que de nous transmettre les documents contractuels le concernant.

Vous trouverez ci-joint une copie de l'acte de décès.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour l'Office,
Maître Anne Fradet, notaire
2 boulevard Marx Dormoy, 36100 Issoudun""",
      att=[{"kind": "pdf", "name": "acte_deces_Paulmier.pdf",
            "text": "EXTRAIT D'ACTE DE DECES\nPAULMIER Roger Marcel\nDecede a Issoudun (Indre)\nDelivre par l'officier d'etat civil"}],
      mailer="outlook", cte="qp",
      cc="Sylvie Paulmier <sylvie.paulmier@orange.fr>"),

    M("fr-directives-apres-mon-deces", ["post_mortem"],
      "Denise Fauconnier <denise.fauconnier@orange.fr>",
      "Mes volontés",
      """Chère Sandra,

Vous savez que ma santé n'est pas bonne. Je mets mes affaires en ordre, et je voudrais vous laisser une consigne claire : si je venais à disparaître, je souhaite que mes carnets et vos notes sur nos séances soient détruits, et que personne, pas même mes enfants, n'y ait accès.

Je vous fais confiance pour cela, comme pour le reste.

Avec toute mon amitié,
Denise""",
      to="orange", mailer="orange"),

    M("fr-veuf-newsletter-epouse", ["post_mortem"],
      "Alain Courtaud <alain.courtaud@wanadoo.fr>",
      "Lettre d'information adressée à mon épouse",
      """Madame,

Mon épouse, Michèle Courtaud, est décédée en janvier. Elle reçoit toujours votre lettre d'information sur notre adresse commune, et c'est à chaque fois un petit coup au coeur. Merci de ne plus rien lui envoyer.

Alain Courtaud"""),
    # NEAR-LINE: looks like an unsubscribe (objection), but a relative writing after a death is post_mortem only.

    M("fr-fils-photos-papa-ateliers", ["post_mortem"],
      "Julien Barrault <julien.barrault@gmail.com>",
      "Photos de mon père",
      """Bonjour Sandra,

Mon père, Henri Barrault, nous a quittés cet automne. Il avait participé à plusieurs de vos cercles d'hommes et en revenait toujours apaisé, ce qui n'était pas rien chez lui.

Nous préparons un petit album pour ses petits-enfants. Auriez-vous des photos de lui prises pendant les cercles, ou un texte qu'il aurait écrit pendant un atelier ? Nous serions très touchés de pouvoir en avoir une copie.

Merci pour ce que vous lui avez apporté,
Julien""",
      html="alt", mailer="applemail"),

    M("fr-relance-heritiere-dossier", ["post_mortem"],
      "Monique Giraud <monique.giraud36@laposte.net>",
      "Re: Dossier de ma soeur Évelyne",
      """Bonjour Madame,

Je me permets de revenir vers vous : je n'ai pas eu de réponse à mon courrier ci-dessous. Je suis la seule héritière de ma soeur et j'aimerais vraiment savoir ce qu'il est advenu de son dossier chez vous.

Cordialement,
Monique Giraud""",
      quote={"style": "gmail", "who": "Monique Giraud <monique.giraud36@laposte.net>", "days": 30,
             "text": """Bonjour,
Ma soeur Évelyne Giraud, votre cliente, est décédée en mai. En tant qu'héritière, je souhaiterais savoir quelles informations vous conservez sur elle et que son dossier soit ensuite détruit.
Monique Giraud"""}),

    M("fr-soeur-temoignage-defunte", ["post_mortem"],
      "Annick Peyrot <annick.peyrot@free.fr>",
      "Témoignage de Nicole Peyrot",
      """Bonjour,

Ma soeur Nicole est décédée le mois dernier. Son témoignage, avec sa photo, est toujours en page d'accueil de votre site. Toute la famille le voit passer et c'est très dur. Merci de le retirer.

Annick Peyrot""",
      mailer="thunderbird"),

    M("fr-directive-carnets-pour-ma-fille", ["post_mortem"],
      "Roselyne Boiron <roselyne.boiron@gmail.com>",
      "Une demande pour plus tard",
      """Bonjour Sandra,

Je suis suivie pour un cancer et, même si le moral est bon, je préfère organiser les choses. Après mon décès, je souhaite que vous transmettiez à ma fille Pauline (pauline.boiron@gmail.com) les textes que j'ai écrits pendant nos ateliers d'écriture et la lettre que je m'étais adressée. Tout le reste peut être détruit.

Merci de noter cela dans mon dossier.

Je vous embrasse,
Roselyne""",
      html="alt"),

    M("fr-belge-deces-papa", ["post_mortem"],
      "Geoffrey Lambotte <geoffrey.lambotte@skynet.be>",
      "Mon papa, Jean Lambotte",
      """Bonjour Madame,

Mon papa, Jean Lambotte, est décédé à la fin du mois passé. Il suivait votre formation en ligne depuis Liège et il continue de recevoir les mails de rappel sur son adresse, que je relève maintenant.

Est-ce que vous pourriez fermer son accès et effacer ses données ? Je vous joins l'acte de décès au cas où vous en auriez besoin.

Merci pour votre compréhension, et à tantôt peut-être,
Geoffrey Lambotte""",
      att=[{"kind": "pdf", "name": "acte_deces_Jean_Lambotte.pdf", "text": "Extrait d'acte de deces - LAMBOTTE Jean - Ville de Liege"}]),

    M("fr-facture-impayee-maman-decedee", ["post_mortem"],
      "Thomas Joubert <thomas.joubert@outlook.fr>",
      "Facture de Mme Joubert",
      """Bonjour,

Vous avez adressé à ma mère, Lucienne Joubert, une relance pour la facture de son dernier atelier (45 €). Maman est décédée le 11 et c'est moi qui m'occupe de ses papiers. Je vous règle la somme par virement aujourd'hui, RIB bien noté.

Ensuite, merci de supprimer son dossier et de ne plus lui écrire.

Thomas Joubert""",
      mailer="outlook"),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "fr-oppose-statistiques-reponses": "2026-02-10 12:33",
    "fr-photo-atelier-page-facebook": "2025-05-06 20:18",
    "fr-parent-photo-stage-ados": "2025-11-19 21:47",
    "fr-veuf-newsletter-epouse": "2025-03-18 10:02",
    "fr-fille-deces-maman-compte": "2025-10-21 14:26",
    "fr-facture-impayee-maman-decedee": "2026-03-24 18:09",
    "fr-fils-photos-papa-ateliers": "2025-12-02 20:40",
    "fr-relance-heritiere-dossier": "2025-08-12 11:15",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
