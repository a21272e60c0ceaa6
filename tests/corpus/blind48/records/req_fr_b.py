# French requests (part B): heirs, notaries, lawyers, formal letters, multi-right, registers.
from _common import R, form, booking, SANDRA_C, SANDRA_O

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"

RECORDS = [

R("fr-rh-plus-de-prospection-perso", ["objection"],
  "Vos sollicitations",
  "Bonjour Madame,\n\nJe suis responsable RH chez Berry Emballages et nous avions fait appel à vous pour une "
  "formation en 2024. Depuis, je reçois à titre personnel, sur ma ligne directe et mon adresse, vos offres "
  "commerciales quasiment chaque mois. Je vous demande de ne plus m'adresser de prospection.\n\n"
  "Cordialement,\n\nValérie Jouannet\nResponsable Ressources Humaines\nBerry Emballages SAS – ZI des Rochettes – "
  "36100 Issoudun\n\nCe courriel et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, "
  "merci de le supprimer et d'en informer l'expéditeur.",
  frm="Valérie Jouannet <v.jouannet@berry-emballages.fr>", to=0, mailer="outlook"),

R("fr-gerant-pme-retirez-moi-liste", ["objection"],
  "liste de diffusion entreprises",
  "Bonjour, je suis le gérant de la société qui vous avait financé une session l'an dernier. Vous pouvez "
  "me retirer de votre liste « entreprises », vos mailings ne m'intéressent pas. Merci. Y. Coulon - "
  "Coulon Menuiserie",
  frm="Yannick Coulon <contact@coulon-menuiserie.fr>", to=0),

# NEAR-LINE: contesting accuracy and asking to suspend use while checking -> restriction only.
R("fr-form-cf7-contestation-suspendre", ["restriction"],
  "Formulaire de contact : informations inexactes",
  form("cf7", [("De", "Gaëlle Simonin <gaelle.simonin@gmail.com>"), ("Objet", "informations inexactes")],
       "La fiche d'évaluation de fin de formation qui me concerne comporte des appréciations que je conteste "
       "(je n'ai jamais quitté la session du deuxième jour). Tant que ce point n'est pas éclairci, je vous "
       "demande de suspendre toute utilisation de cette fiche, notamment son envoi à l'organisme financeur."),
  frm=WP, reply_to="gaelle.simonin@gmail.com", to=2),

R("fr-calendly-note-effacer-questionnaires", ["erasure"],
  "New Event: Sandra Delomenie - Séance de clôture",
  booking("calendly", [("Event Type", "Séance de clôture (45 min)"), ("Invitee", "Mélanie Bouchet"),
                       ("Invitee Email", "melanie.bouchet@gmail.com")],
          "Ce sera notre dernière séance :) Après la séance, je vous demande de bien vouloir effacer mes "
          "questionnaires et mes fiches, je n'en veux pas de copie."),
  frm="Calendly <notifications@calendly.com>", reply_to="melanie.bouchet@gmail.com", to=2, html="alt"),

R("fr-fils-notes-papa", ["post_mortem"],
  "Mon père, Jacques Ferrand",
  "Bonjour Madame,\n\nMon père, Jacques Ferrand, est décédé le mois dernier. En rangeant ses papiers, j'ai "
  "vu qu'il avait fait un travail avec vous sur la retraite et le deuil de ma mère. Serait-il possible "
  "d'avoir une copie de ce qu'il a pu écrire ou remplir chez vous ? Cela nous aiderait, ma sœur et moi, "
  "à comprendre certaines choses.\n\nJe peux vous fournir l'acte de décès et le livret de famille.\n\n"
  "Cordialement,\nLaurent Ferrand",
  frm="Laurent Ferrand <laurent.ferrand@sfr.fr>", to=0),

R("fr-veuve-plus-de-courriers", ["post_mortem"],
  "Monsieur Alain Gobert",
  "Madame,\n\nMon époux Alain Gobert est décédé en décembre. Il reçoit toujours vos courriels et vos "
  "invitations aux ateliers. Je vous serais reconnaissante de ne plus rien lui envoyer et de retirer son "
  "nom de vos listes.\n\nMarguerite Gobert",
  frm="Marguerite Gobert <gobert.marguerite@orange.fr>", to=1),

R("fr-notaire-pdf-acte-notoriete", ["post_mortem"],
  "Succession BLANCHARD Denise – pièces jointes",
  "Madame,\n\nVeuillez trouver ci-joint notre courrier relatif à la succession de Madame Denise Blanchard, "
  "accompagné de l'acte de notoriété.\n\nNous restons à votre disposition.\n\n"
  "Pour Maître Claire Tessier,\nFlorence, clerc de notaire\nSCP Tessier – Levroux",
  frm="SCP Tessier <office.tessier@notaires.fr>", to=1,
  attach=[("pdf", "Courrier_Succession_Blanchard.pdf",
           "SCP Tessier, notaires - Levroux\n\nObjet : Succession de Mme Denise BLANCHARD\n\nMadame,\n"
           "Nous intervenons pour le reglement de la succession de Mme Denise Blanchard, decedee le 2 mai.\n"
           "Ses heritiers souhaitent obtenir la communication des donnees la concernant detenues par votre\n"
           "cabinet, puis leur suppression definitive. Merci de nous repondre a l'adresse de l'etude.\n\n"
           "Me Claire Tessier"),
          ("pdf", "Acte_de_notoriete.pdf", "ACTE DE NOTORIETE\nSuccession de Madame Denise BLANCHARD\n"
           "Heritiers : M. Paul Blanchard, Mme Sylvie Armand nee Blanchard")]),

R("fr-association-deuil-pour-famille", ["post_mortem"],
  "Accompagnement d'une famille endeuillée – M. Kévin Laroche",
  "Bonjour Madame Delomenie,\n\nJe suis bénévole à l'association Vivre son Deuil Berry. J'accompagne la famille "
  "de Kévin Laroche, 34 ans, décédé en avril, qui avait participé à votre groupe de parole. Ses parents "
  "m'ont demandé de vous écrire car ils n'en ont pas la force : ils souhaitent que les photos et le "
  "témoignage de leur fils soient retirés de votre site et de vos réseaux.\n\nSes parents sont en copie "
  "et confirment cette demande.\n\nAvec mes remerciements,\nBrigitte Aumont\nAssociation Vivre son Deuil Berry",
  frm="Brigitte Aumont <vivresondeuil.berry@gmail.com>", to=0,
  cc=["Jean et Sylvie Laroche <laroche.famille@orange.fr>"]),

R("fr-directives-numeriques-lettre", ["post_mortem"],
  "Directives relatives à mes données après mon décès",
  "Madame,\n\nConformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978, je vous fais part de mes "
  "directives particulières concernant le sort de mes données personnelles après mon décès :\n\n"
  "– mes données de contact et de facturation pourront être conservées le temps des obligations légales ;\n"
  "– mes notes de séances et questionnaires devront être effacés sans être communiqués à quiconque ;\n"
  "– je désigne ma nièce, Mme Carole Duvivier, pour veiller à l'exécution de ces directives.\n\n"
  "Je vous prie d'agréer, Madame, mes salutations respectueuses.\n\nRaymond Duvivier",
  frm="Raymond Duvivier <raymond.duvivier@wanadoo.fr>", to=1),

R("fr-soeur-photos-frere", ["post_mortem"],
  "photos de mon frère sur votre site",
  "bonjour, mon frere Julien Aubry est decede cet ete. il est sur une photo de groupe sur votre page "
  "d'accueil (stage de juin 2024). ma mere tombe dessus et c'est tres dur pour elle, pouvez vous l'enlever "
  "svp. merci beaucoup. Sandrine Aubry",
  frm="sandrine aubry <sandrine.aubry@free.fr>", to=0),

R("fr-executeur-testamentaire", ["post_mortem"],
  "Exécution testamentaire – feu M. Henri Lamy",
  "Madame,\n\nDésigné exécuteur testamentaire de mon ami Henri Lamy, décédé le 18 janvier, je suis chargé "
  "de veiller à ses volontés. Celui-ci a laissé une note demandant que « tout ce qui concerne [son] "
  "coaching soit détruit ». Je vous remercie de procéder en ce sens et de me le confirmer.\n\n"
  "Copie du testament olographe (extrait) sur demande.\n\nGilbert Perraud",
  frm="Gilbert Perraud <g.perraud@laposte.net>", to=1),

R("fr-avocat-conservation-limitation", ["restriction"],
  "Dossier Mme Nadège Roux c/ SARL Horizon Formation – conservation des données",
  "Madame,\n\nJ'interviens pour Madame Nadège Roux (mandat joint) dans un litige prud'homal l'opposant à son "
  "ancien employeur, lequel avait financé l'accompagnement que vous lui avez dispensé.\n\n"
  "Je vous demande, au nom de ma cliente et en application de l'article 18.1 c) du RGPD, de conserver "
  "l'ensemble des données la concernant, qui pourraient être nécessaires à la défense de ses droits en "
  "justice, et de vous abstenir de tout autre traitement, notamment de toute communication à son ancien "
  "employeur, jusqu'à l'issue de la procédure.\n\nMaître Hugo Besnard\nAvocat – Orléans",
  frm="Hugo Besnard <hbesnard@besnard-avocat.fr>", to=1,
  attach=[("pdf", "mandat_Roux.pdf", "Mandat - Nadege Roux a Me Hugo Besnard - donnees personnelles "
           "Floraison de Soi\nSigne a Orleans")]),

R("fr-avocat-rectification-compte-rendu", ["rectification"],
  "M. Farid Belkacem – rectification d'un compte rendu",
  "Madame,\n\nMandaté par Monsieur Farid Belkacem, je vous indique que le compte rendu de bilan daté du 3 "
  "mars mentionne à tort que mon client « n'a pas souhaité poursuivre la démarche ». M. Belkacem a au "
  "contraire demandé par écrit la poursuite de l'accompagnement (courriel du 28 février, ci-joint).\n\n"
  "Je vous prie de rectifier ce document et votre dossier en conséquence, et de me faire parvenir la "
  "version corrigée.\n\nBien à vous,\nMe Clémence Ogier",
  frm="Clemence Ogier <c.ogier@ogier-avocats.com>", to=0,
  attach=[("pdf", "courriel_28fevrier_Belkacem.pdf", "De : Farid Belkacem - 28 fevrier\nA : Sandra Delomenie\n"
           "Objet : suite\nBonjour, je souhaite poursuivre l'accompagnement comme convenu.")]),

R("fr-lettre-opposition-article21", ["objection"],
  "Exercice du droit d'opposition",
  "Madame,\n\nPar la présente, j'exerce mon droit d'opposition au titre de l'article 21 du RGPD à "
  "l'utilisation de mes coordonnées à des fins de prospection, quelle qu'en soit la forme (courriel, SMS, "
  "courrier, appel). Je vous remercie de me confirmer la prise en compte de cette opposition.\n\n"
  "Veuillez agréer, Madame, mes salutations distinguées.\n\nÉric Vallin\n18 rue de la République\n"
  "18200 Saint-Amand-Montrond",
  frm="Eric Vallin <eric.vallin@gmail.com>", to=1),

R("fr-lettre-portabilite-vers-autre-coach", ["portability"],
  "Demande de portabilité – article 20 RGPD",
  "Madame,\n\nJe vous prie de transmettre directement à Mme Hélène Caradec, coach certifiée (helene@caradec-"
  "coaching.fr), les données que je vous ai fournies dans le cadre de mon accompagnement, dans un format "
  "structuré, couramment utilisé et lisible par machine, conformément à l'article 20.2 du RGPD.\n\n"
  "Cordialement,\nMaxime Lebrun",
  frm="Maxime Lebrun <maxime.lebrun@outlook.com>", to=0, cc=["helene@caradec-coaching.fr"]),

R("fr-pdf-lettre-copie-puis-effacement", ["access", "erasure"],
  "Demande RGPD",
  "Bonjour Madame, ci-joint ma demande. Merci. Odile Renaud",
  frm="Odile Renaud <odile.renaud@orange.fr>", to=1,
  attach=[("pdf", "demande_RGPD_Renaud.pdf",
           "Odile Renaud - 5 place du Marche - 36260 Reuilly\n\nMadame,\nJe vous demande de m'adresser une copie "
           "de l'ensemble des donnees que vous detenez sur moi.\nUne fois cette copie recue, je vous demande de "
           "les effacer integralement de vos fichiers.\nMerci de me confirmer ces deux operations par ecrit.\n"
           "Odile Renaud")]),

R("fr-docx-corrections-fiche", ["rectification"],
  "Corrections à apporter à ma fiche",
  "Bonjour Sandra,\n\nComme tu me l'as proposé, j'ai listé dans le document joint les informations de ma "
  "fiche client à mettre à jour. Bonne réception !\n\nMarc",
  frm="Marc Delaunay <marc.delaunay@free.fr>", to=0,
  attach=[("docx", "corrections_fiche_Delaunay.docx",
           "Fiche client Marc Delaunay - corrections\nNom : Delaunay (et non Delaunet)\n"
           "Adresse : 17 rue Jean Jaures, 36100 Issoudun (nouvelle adresse depuis avril)\n"
           "Telephone : 06 33 18 72 40 (remplace l'ancien 06 33 18 27 04)\n"
           "Profession : infirmier liberal (et non aide-soignant)")]),

# NEAR-LINE: withdrawing consent to a group photo staying online -> withdraw_consent only.
R("fr-photo-groupe-plus-en-ligne", ["withdraw_consent"],
  "photo du stage",
  "Bonjour,\n\nJ'avais coché la case pour le droit à l'image lors du stage de Pâques. Je ne souhaite plus "
  "que la photo de groupe où j'apparais soit en ligne (site et Instagram). Merci de la retirer ou de me "
  "flouter.\n\nBonne journée,\nCéline",
  frm="Céline Marchand <celine.marchand@yahoo.fr>", to=0),

R("fr-podcast-temoignage-retrait", ["withdraw_consent"],
  "Épisode 12 du podcast",
  "Bonjour Sandra,\n\nTu te souviens de l'enregistrement de mon témoignage pour ton podcast ? Je l'ai "
  "réécouté et je me sens trop exposée. Je te retire mon autorisation de diffusion, peux-tu dépublier "
  "l'épisode ou couper mon passage ? Je suis désolée...\n\nJulie",
  frm="Julie Marquet <julie.marquet@gmail.com>", to=0, mailer="iphone"),

R("fr-temoignage-et-tout-supprimer", ["erasure", "withdraw_consent"],
  "Retrait",
  "Madame Delomenie,\n\nJe retire mon consentement à la publication de mon témoignage (page Avis) et vous "
  "demande par ailleurs de supprimer toutes les données que vous avez sur moi.\n\nSalutations,\nB. Karamoko",
  frm="Binta Karamoko <binta.karamoko@hotmail.fr>", to=0),

R("fr-suspendre-et-plus-de-prospection", ["objection", "restriction"],
  "Suspension",
  "Bonjour,\n\nJe conteste le montant qui m'est réclamé pour la seconde session et j'ai saisi le médiateur. "
  "En attendant, merci de ne plus traiter mes données (ni relance, ni transmission au recouvrement), "
  "sans les effacer. Et indépendamment de ce litige, je ne veux plus recevoir de publicités de votre part.\n\n"
  "Cordialement,\nStéphane Guillot",
  frm="Stéphane Guillot <stephane.guillot@sfr.fr>", to=1),

R("fr-quelles-donnees-et-adresse-fausse", ["access", "rectification"],
  "Mes données",
  "Bonjour, pourriez-vous me dire quelles données personnelles vous avez sur moi ? Je pense que l'adresse "
  "est fausse : la bonne est 22 rue des Minimes, 36100 Issoudun (et pas Minines). Merci. Sylvie Texier",
  frm="Sylvie Texier <sylvie.texier@laposte.net>", to=0, cte="b64"),

R("fr-stop-sms", ["objection"],
  "STOP",
  "STOP SMS pub merci. Numéro 06 45 82 11 90",
  frm="Jordan Petit <jordanpetit36@gmail.com>", to=0),

R("fr-sans-accents-effacez-tout", ["erasure"],
  "arret",
  "bonjour sandra jai arreter le coaching comme je vous l'ai dit au tel. svp effacez tt ce que vous avez sur "
  "moi, mes fiches mes mails tt. merci bonne continuation",
  frm="Cindy Lopes <cindy.lopes@hotmail.fr>", to=0),

R("fr-pourriez-vous-supprimer", ["erasure"],
  "Petite question",
  "Bonjour Madame,\n\nPourriez-vous supprimer mes données personnelles de votre fichier clients ? Je vous "
  "en remercie par avance.\n\nDominique Berthon",
  frm="Dominique Berthon <d.berthon@wanadoo.fr>", to=1),

R("fr-journal-de-bord-format-import", ["portability"],
  "Mon journal de bord",
  "Bonjour Sandra,\n\nJ'ai rempli mon journal de bord sur ton espace en ligne pendant six mois. Je voudrais "
  "continuer à l'utiliser dans Notion : est-ce que tu peux m'exporter mes entrées dans un format que je "
  "peux importer (CSV, Markdown...) ?\n\nMerci beaucoup,\nThéo",
  frm="Théo Girardin <theo.girardin@gmail.com>", to=0),

R("fr-copie-reponses-enneagramme", ["access", "portability"],
  "Réponses au questionnaire",
  "Bonjour Madame Delomenie,\n\nJe n'ai pas conservé mes réponses au questionnaire ennéagramme rempli en "
  "début de parcours. Pouvez-vous m'en envoyer une copie ? Si possible aussi sous forme de fichier "
  "exploitable (tableur), pour que je puisse les charger dans l'application que m'a conseillée ma "
  "nouvelle thérapeute.\n\nBien cordialement,\nÉlise Fontaine",
  frm="Elise Fontaine <elise.fontaine@icloud.com>", to=0, mailer="apple"),

# NEAR-LINE: contests a note and asks it be set aside while discussed -> restriction only (no correction asked yet).
R("fr-mention-burnout-contestee", ["restriction"],
  "la mention « burn-out »",
  "Sandra,\n\nJe ne suis pas d'accord avec le terme de « burn-out » dans ma fiche, aucun médecin ne l'a "
  "posé. On en parlera à la prochaine séance, mais d'ici là je te demande de mettre cette information de "
  "côté : ne l'utilise pas et ne la mentionne à personne.\n\nCoralie",
  frm="Coralie Vannier <coralie.vannier@gmail.com>", to=0),

R("fr-reponse-newsletter-plus-de-mails", ["objection"],
  "RE: Les inscriptions pour l'automne sont ouvertes",
  "Bonjour,\nje souhaite ne plus recevoir ces envois. Merci de me retirer de la liste.\nM. Renard",
  frm="Michel Renard <michel.renard@orange.fr>", to=0, mailer="outlook",
  quote=dict(style="outlook_fr", who="Floraison de Soi <contact@floraisondesoi.fr>",
             to="michel.renard@orange.fr", subject="Les inscriptions pour l'automne sont ouvertes",
             text="Bonjour,\n\nLes inscriptions pour les ateliers d'automne sont ouvertes !\n\n"
                  "Se désinscrire | Voir dans le navigateur")),

R("fr-reponse-rappel-rdv-effacez", ["erasure"],
  "Re: Rappel : votre rendez-vous du 14/10",
  "Je n'ai pris aucun rendez-vous, il doit y avoir une erreur de saisie. Effacez mes coordonnées de votre "
  "agenda et de vos fichiers s'il vous plaît.\n\nArnaud P.",
  frm="Arnaud Poirier <arnaud.poirier@gmail.com>", to=0,
  quote=dict(style="gmail_fr", who="Floraison de Soi <no-reply@floraisondesoi.fr>",
             text="Bonjour Arnaud,\n\nNous vous rappelons votre rendez-vous le 14/10 à 10h00 avec Sandra "
                  "Delomenie, 46 rue d'Estienne d'Orves, Issoudun.\n\nCeci est un message automatique.")),

R("fr-export-csv-puis-suppression", ["erasure", "portability"],
  "Export + suppression",
  "Bonjour,\nAvant de clôturer, envoyez-moi svp l'export CSV de mes données de l'espace membre "
  "(questionnaires, objectifs, suivi des séances). Une fois reçu, vous pourrez tout supprimer.\nMerci,\n"
  "Kelly Nguyen",
  frm="Kelly Nguyen <kelly.nguyen@outlook.fr>", to=0),

R("fr-form-fille-papa-decede", ["post_mortem"],
  "[Floraison de Soi] Nouveau message de Manon Delorme",
  form("wpforms", [("Nom", "Manon Delorme"), ("E-mail", "manon.delorme@gmail.com"),
                   ("Objet de votre demande", "Autre")],
       "Bonjour, mon père Christian Delorme est décédé le 9 mars. Il avait un compte sur votre espace membre et "
       "un abonnement. Je suis son unique héritière. Pouvez-vous clôturer son compte, arrêter l'abonnement et "
       "me dire ce que vous avez gardé le concernant ? Merci."),
  frm=WP, reply_to="Manon Delorme <manon.delorme@gmail.com>", to=2),

R("fr-form-systeme-pas-demarchage", ["objection"],
  "Nouveau message via « Me contacter »",
  form("systeme", [("Prénom", "Raphaël"), ("E-mail", "raphael.mercier@free.fr")],
       "Je suis venu une fois à une conférence. Depuis votre assistante m'appelle et m'écrit pour vendre vos "
       "programmes. Je refuse d'être démarché, rayez-moi de vos contacts commerciaux."),
  frm="Systeme.io <notifications@systeme.io>", reply_to="raphael.mercier@free.fr", to=2),

R("fr-cliente-avocat-cc-acces-gel", ["access", "restriction"],
  "Demande – copie de mon dossier et suspension",
  "Madame,\n\nMon avocat, en copie, m'a conseillé de vous écrire directement. Je souhaite obtenir une copie "
  "complète de mon dossier (fiches, notes, échanges). Dans l'attente du règlement de notre différend, je "
  "vous demande de ne pas détruire ces éléments mais de cesser de les utiliser.\n\nCordialement,\n"
  "Valentine Morel",
  frm="Valentine Morel <valentine.morel@gmail.com>", to=1, cc=["Me Julien Carré <j.carre@carre-avocat.fr>"]),

R("fr-retrait-accord-enregistrement-seances", ["withdraw_consent"],
  "Enregistrement des séances",
  "Bonjour Sandra,\n\nJ'avais accepté que nos séances en visio soient enregistrées pour ta supervision. À "
  "partir de maintenant je ne le souhaite plus, merci de ne plus enregistrer.\n\nÀ jeudi,\nAntoine",
  frm="Antoine Riviere <antoine.riviere@gmail.com>", to=0),

R("fr-parent-retrait-photo-fils", ["withdraw_consent"],
  "Autorisation photo – Lucas Perrin",
  "Bonjour,\n\nJ'avais signé l'autorisation de droit à l'image pour mon fils Lucas (12 ans) lors de l'atelier "
  "« Gérer ses émotions ». Je reviens sur cette autorisation : merci de ne plus utiliser de photos de lui et "
  "de retirer celles déjà publiées.\n\nSophie Perrin",
  frm="Sophie Perrin <sophie.perrin@bbox.fr>", to=0),

R("fr-stagiaire-litige-financement-gel", ["restriction"],
  "Mes données de stagiaire",
  "Madame,\n\nComme vous le savez, France Travail conteste ma présence à deux demi-journées. Je vous demande "
  "de conserver mes feuilles d'émargement et attestations en l'état, sans les modifier ni les effacer, et "
  "de ne les utiliser que pour ce dossier jusqu'à sa clôture.\n\nRespectueusement,\nAbdel Haddad",
  frm="Abdel Haddad <abdel.haddad@gmail.com>", to=0),

R("fr-nom-epouse-mariage", ["rectification"],
  "Changement de nom",
  "Bonjour Sandra !\n\nJe me suis mariée cet été 💍 : je m'appelle désormais Laëtitia Roche (et plus Laëtitia "
  "Pasquier). Peux-tu mettre à jour ma fiche et mon adresse mail, qui devient laetitia.roche@gmail.com ?\n\n"
  "Merci, à bientôt,\nLaëtitia",
  frm="Laetitia Roche <laetitia.roche@gmail.com>", to=0, html="alt"),

R("fr-belge-effacer-et-plus-de-pub", ["erasure", "objection"],
  "Vos courriels",
  "Bonjour Madame,\n\nJe vous ai rencontrée au salon bien-être de Tournai l'an passé. Depuis, je reçois vos "
  "publicités. Je ne souhaite plus en recevoir, et je vous saurais gré d'effacer mes coordonnées de vos "
  "fichiers, tant qu'à faire. Merci bien.\n\nMarc Dujardin\nMouscron",
  frm="Marc Dujardin <marc.dujardin@skynet.be>", to=0),

R("fr-export-google-sheets-seances", ["portability"],
  "Historique de mes séances",
  "Bonjour, j'aimerais récupérer l'historique de mes séances et de mes objectifs (dates, exercices, "
  "évaluations) dans un fichier que je peux ouvrir dans Google Sheets, pour le transmettre à mon nouveau "
  "praticien. Merci d'avance. Yasmine",
  frm="Yasmine Cherif <yasmine.cherif@gmail.com>", to=0),

R("fr-acces-menace-cnil", ["access"],
  "2e demande – accès à mes données",
  "Madame,\n\nJe vous ai écrit le 3 janvier pour obtenir une copie des données me concernant, sans réponse à "
  "ce jour. Je renouvelle ma demande. Sans réponse de votre part sous quinze jours, je saisirai la CNIL.\n\n"
  "Bernard Leroux",
  frm="Bernard Leroux <bernard.leroux@orange.fr>", to=1),

R("fr-email-corrige-et-notes-effacees", ["erasure", "rectification"],
  "Deux choses",
  "Bonjour,\n\n1) Mon adresse mail a changé : c'est désormais m.cordonnier@proton.me (l'ancienne "
  "marion.cordonnier@neuf.fr est fermée).\n2) Par ailleurs je souhaiterais que les notes de la première séance, "
  "où j'avais beaucoup parlé de mon ex, soient supprimées.\n\nMerci,\nMarion Cordonnier",
  frm="Marion Cordonnier <m.cordonnier@proton.me>", to=0),

R("fr-newsletter-stop-et-temoignage-retire", ["objection", "withdraw_consent"],
  "Deux demandes",
  "Bonjour Sandra, je ne veux plus recevoir la newsletter, et je retire aussi mon accord pour l'utilisation "
  "de mon témoignage vidéo sur ta page de vente. Merci de me confirmer. Aurore",
  frm="Aurore Besson <aurore.besson@yahoo.fr>", to=0),

R("fr-html-seul-ne-plus-traiter", ["restriction"],
  "Ma fiche client",
  "Bonjour Madame,\n\nJe viens d'apprendre que ma fiche client contient peut-être des informations "
  "erronées transmises par ma mutuelle. En attendant que nous fassions le point ensemble, je vous demande de "
  "geler son utilisation : pas de facturation automatique, pas de transmission.\n\nMerci,\nRégine Audoin",
  frm="Régine Audoin <regine.audoin@laposte.net>", to=0, html="only"),
]
