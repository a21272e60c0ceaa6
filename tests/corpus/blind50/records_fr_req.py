# French-language requests (new text in French). Each record is one message.
# Fields: key, subject, body, rights, and optional quote/html/headers/sender/att/cte/pool...


def R(key, subject, body, rights=(), **kw):
    d = dict(key=key, subject=subject, body=body, rights=list(rights))
    d.update(kw)
    return d


RECORDS = [
# ------------------------------------------------------------------ access
R("fr-acc-formel-art15", "Demande d'accès à mes données personnelles – article 15 RGPD",
"""Madame,

Conformément à l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les informations suivantes : les finalités du traitement, les destinataires auxquels elles ont été communiquées, la durée de conservation envisagée et leur source lorsqu'elles n'ont pas été collectées auprès de moi.

J'ai suivi un accompagnement individuel chez vous entre mars et juin 2024.

Je joins une copie de ma pièce d'identité. Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

{name}""", ["access"], att=[("pdf", "CNI_{last}.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE - {last} {first}")]),

R("fr-acc-notes-seances", "mes notes de séances",
"""Bonjour Sandra,

J'espère que vous allez bien. Je repense souvent à nos séances de l'an dernier et je me demandais s'il était possible de récupérer une copie des notes que vous aviez prises pendant nos rendez-vous, ainsi que le questionnaire que j'avais rempli au début ? J'aimerais relire tout ça tranquillement.

Merci d'avance,
{first}""", ["access"]),

R("fr-acc-oneliner", "Données", "Bonjour, quelles données avez-vous sur moi ? Merci. {first} {last}", ["access"], cte="7bit"),

R("fr-acc-source", "comment avez-vous eu mon adresse ?",
"""Bonjour,

Je reçois depuis deux semaines votre newsletter alors que je ne me suis jamais inscrite à quoi que ce soit chez vous, du moins pas à ma connaissance. Pouvez-vous me dire d'où vient mon adresse mail et quelles autres informations vous avez à mon sujet ?

Cordialement
{name}""", ["access"]),
# NEAR-LINE: no unsubscribe asked, only source + what is held -> access only

R("fr-acc-partage", "Question sur la transmission de mes informations",
"""Bonjour Madame Delomenie,

Lors de la formation de novembre financée par mon employeur, j'ai rempli plusieurs fiches (bilan de départ, auto-évaluation). Pourriez-vous m'indiquer à qui ces documents ont été transmis ? Mon responsable semble avoir eu connaissance de certaines réponses et je voudrais comprendre. Je souhaite aussi en obtenir une copie.

Bien à vous,
{name}""", ["access"]),

R("fr-acc-sms", "coucou",
"""coucou sandra c {first} du stage de juillet !! tu pourrais m envoyer ce que t as comme infos sur moi stp ? une copie de tout quoi. bisous""", ["access"], html="none"),

R("fr-acc-be", "Demande de copie de mon dossier",
"""Bonjour Madame,

Je me permets de vous écrire depuis Namur. J'ai participé à deux ateliers en ligne chez vous en 2023, dont un qui a duré nonante minutes au lieu d'une heure, on ne s'ennuyait pas ! Je voudrais recevoir une copie de mon dossier client complet, y compris les échanges du chat Zoom si vous les avez conservés.

D'avance merci et bonne journée,
{name}""", ["access"], pool="be"),

R("fr-acc-reponse-questionnaire", "Re: Questionnaire de satisfaction",
"""Bonjour,

Est-ce que je pourrais avoir une copie de mes réponses à ce questionnaire ? Je ne les ai pas gardées et j'en aurais besoin pour mon bilan de compétences.

Merci
{first}""", ["access"],
  quote=dict(style="gmail_fr", text="Bonjour,\n\nMerci d'avoir participé à l'atelier « Oser dire non ». Votre avis m'est précieux : pourriez-vous prendre 5 minutes pour remplir ce questionnaire ?\n\nBelle journée,\nSandra")),

# ------------------------------------------------------------------ rectification
R("fr-rect-nom-orthographe", "Erreur dans mon nom",
"""Bonjour,

Sur l'attestation de formation et sur les factures, mon nom est écrit « Lefebvre » alors que c'est « Lefèvre », sans b et avec un accent grave. Pourriez-vous corriger dans votre fichier pour que ce soit juste à l'avenir ?

Merci beaucoup,
{first} Lefèvre""", ["rectification"], sender=("Nadège Lefèvre", "nadege.lefevre@laposte.net")),

R("fr-rect-adresse", "Changement d'adresse",
"""Bonjour Sandra,

Je vous informe que j'ai déménagé. Ma nouvelle adresse postale est :
12 allée des Tilleuls
18000 Bourges

Merci de mettre à jour mes coordonnées, l'ancienne (rue de la République à Issoudun) n'est plus valable.

{first}""", ["rectification"]),

R("fr-rect-tel", "nouveau numéro",
"""Bonjour, mon ancien numéro 06 12 48 77 30 ne marche plus, merci de le retirer et de noter le nouveau : 07 68 21 54 09. Bonne soirée. {first}""", ["rectification"]),
# NEAR-LINE: "retirer" the old number but new one given -> rectification only

R("fr-rect-naissance", "Date de naissance erronée",
"""Madame,

En consultant le récapitulatif d'inscription reçu de Systeme.io, je constate que ma date de naissance est indiquée au 03/11/1978 ; il s'agit en réalité du 11/03/1978 (inversion jour/mois). Je vous remercie de procéder à la rectification.

Cordialement,
{name}""", ["rectification"]),

R("fr-rect-note-fausse", "Une précision sur ma fiche",
"""Bonjour Sandra,

Lors de notre dernier rendez-vous, vous avez noté que j'étais en arrêt maladie depuis janvier. Ce n'est pas le cas : j'étais en congé sans solde, c'est très différent pour moi. Je voudrais que ce soit corrigé dans vos notes, s'il vous plaît.

Merci pour votre compréhension,
{first}

Envoyé de mon iPhone""", ["rectification"]),

R("fr-rect-qc-courriel", "Mise à jour de mon courriel",
"""Bonjour Madame Delomenie,

Je vous écris pour vous aviser que mon ancienne adresse courriel (celle chez Vidéotron) sera fermée à la fin du mois. Pourriez-vous la remplacer dans vos dossiers par celle-ci, à partir de laquelle je vous écris ?

Merci beaucoup et au plaisir,
{name}
Sherbrooke (Québec)""", ["rectification"], pool="qc"),

R("fr-rect-nom-marital", "Nom d'usage",
"""Bonjour,
Suite à mon divorce j'ai repris mon nom de jeune fille ({last}). Est-ce que vous pourriez modifier mon nom sur mon compte de formation et dans votre fichier clients ? Merci d'avance !
{first} {last} (ex-Bouvier)""", ["rectification"]),

# ------------------------------------------------------------------ erasure
R("fr-era-formel-art17", "Demande d'effacement – article 17 du RGPD",
"""Madame,

Par la présente, j'exerce mon droit à l'effacement prévu à l'article 17 du RGPD. Je vous demande de supprimer l'intégralité des données personnelles me concernant (coordonnées, historique des rendez-vous, notes, questionnaires) et de m'en confirmer l'exécution par écrit.

Je n'ai plus de relation contractuelle avec vous depuis 2022.

Salutations,
{name}""", ["erasure"]),

R("fr-era-compte-et-donnees", "suppression compte",
"""Bonjour
Je souhaite que vous supprimiez mon compte sur votre plateforme de formation et toutes les données qui vont avec. Je n'utilise plus ce service.
Cordialement""", ["erasure"]),

R("fr-era-poli", "Petite demande",
"""Bonjour Sandra,

Tout d'abord merci encore pour l'atelier sur la gestion des émotions, c'était vraiment riche. Je vais être honnête, je traverse une période où j'ai besoin de « faire le ménage » un peu partout, y compris numériquement. Pourriez-vous effacer mes informations de vos fichiers ? Ce n'est absolument pas contre vous !

Avec toute ma gratitude,
{first}""", ["erasure"]),

R("fr-era-sans-accents", "effacer mes donnees",
"""bonjour
je voudrai que vous effaciez toute mes donnees personel de votre systeme svp, je suis pas a l aise avec le fait que mes infos de sante soient stockees quelque part
merci""", ["erasure"], cte="7bit"),

R("fr-era-ch", "Demande de suppression",
"""Madame,

Domiciliée à Lausanne, j'ai participé à l'une de vos conférences en ligne l'automne passé. Je vous saurais gré de bien vouloir supprimer toutes les données me concernant, y compris l'enregistrement de ma participation. Je vous remercie de me le confirmer d'ici la fin du mois.

Avec mes salutations les meilleures,
{name}""", ["erasure"], pool="ch"),

R("fr-era-enfant", "Données de ma fille",
"""Bonjour Madame,

Ma fille Lou, 15 ans, a suivi avec vous trois séances de préparation aux examens l'an dernier. C'est moi qui l'avais inscrite. Nous souhaitons maintenant que l'ensemble de ses données (fiche, notes, coordonnées) soient supprimées. Je suis sa mère et représentante légale.

Merci de me confirmer quand ce sera fait.
{name}""", ["erasure"]),

R("fr-era-enfoui", "Nouvelles et bilan",
"""Bonjour Sandra,

Cela fait longtemps ! Je voulais vous donner des nouvelles : j'ai finalement quitté mon poste à la banque en septembre et je me suis lancée dans la céramique. Tout ce que nous avions travaillé ensemble sur la peur du changement m'a énormément servi, vraiment. Je suis maintenant installée à Tours, dans un petit atelier partagé avec deux autres artisanes, et ça se passe bien même si les débuts sont financièrement serrés.

Je repense souvent à la métaphore de la graine que vous m'aviez proposée. Je l'ai même offerte à une amie qui traverse la même chose.

Bref, petite parenthèse plus administrative : comme je tourne la page, je préfère que vous ne gardiez plus rien de mon dossier, vous pouvez tout détruire, fiches et notes comprises.

Encore merci pour tout et à bientôt peut-être sur un de vos ateliers,
{first}""", ["erasure"]),

R("fr-era-sujet-seul", "Merci de supprimer toutes mes données personnelles", "", ["erasure"]),

# ------------------------------------------------------------------ restriction
R("fr-res-geler", "Gel de mon dossier",
"""Bonjour,

Je suis actuellement en litige avec mon ancien employeur, qui avait financé ma formation chez vous. Mon avocat me conseille de ne rien effacer. Je vous demande donc de ne pas supprimer mon dossier, mais de ne plus l'utiliser ni le transmettre à qui que ce soit, jusqu'à nouvel ordre de ma part.

Merci,
{name}""", ["restriction"], cc="Me Damien Aubert <d.aubert@aubert-avocats.fr>"),

R("fr-res-contester-exactitude", "Contestation des informations de mon bilan",
"""Madame,

Je conteste l'exactitude de plusieurs éléments figurant dans le compte rendu de bilan qui m'a été remis le 14 mai (notamment le paragraphe sur mes « difficultés relationnelles »). Dans l'attente que nous puissions en discuter, je vous demande de suspendre tout usage de ce document, en application de l'article 18 du RGPD.

Cordialement,
{name}""", ["restriction"]),

R("fr-res-pause", "Mettre en pause",
"""Bonjour Sandra

Est-ce qu'on peut mettre mes données « en pause » ? Je veux pas que vous les effaciez parce que je reviendrai sûrement l'année prochaine, mais en attendant je ne veux pas qu'elles servent à quoi que ce soit. C'est possible ?

{first}""", ["restriction"]),
# NEAR-LINE: phrased as "c'est possible ?" but it asks for the freeze itself -> request, restriction

R("fr-res-be-conserver", "Conservation de mes documents",
"""Bonjour Madame,

Je vous saurais gré de conserver mes documents (bilan et attestations) sans les effacer, car j'en aurai besoin pour une procédure auprès de mon organisme de formation. Par contre, merci de ne plus les traiter pour autre chose d'ici là.

Bien à vous,
{name}
Liège""", ["restriction"], pool="be"),

R("fr-res-questionnaire", "questionnaire santé",
"""Bonjour, j'ai rempli le questionnaire santé avant la 1ère séance mais j'ai mis des choses inexactes (j'étais pas bien ce jour-là). En attendant que je vous renvoie une version corrigée, est-ce que vous pouvez ne pas vous en servir svp ? Ne le supprimez pas, je veux d'abord le relire. Merci {first}""", ["restriction"]),
# NEAR-LINE: mentions inaccuracy but asks to pause use and not delete, no correction given -> restriction only

R("fr-res-outlook", "RE: Votre accompagnement - suite",
"""Bonjour Sandra,

Merci pour votre retour. Concernant mes données, je préfère que vous les gardiez de côté, sans les utiliser pendant la durée de mon congé parental.

Bonne journée,
{first} {last}
Assistante de direction – Groupe Berthier
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""", ["restriction"],
  quote=dict(style="outlook_fr", text="Bonjour {first},\n\nJe reviens vers vous pour savoir si vous souhaitez poursuivre l'accompagnement à la rentrée, ou si nous en restons là pour le moment.\n\nBelle journée,\nSandra Delomenie\nFloraison de Soi")),

# ------------------------------------------------------------------ portability
R("fr-port-format", "Export de mes données",
"""Bonjour,

Je change de coach (rien de personnel !) et ma nouvelle accompagnante me propose de reprendre l'historique. Pourriez-vous m'envoyer mes données dans un format réutilisable, type CSV ou tableur, pour que je puisse les lui transmettre ?

Merci beaucoup,
{first}""", ["portability"]),

R("fr-port-transfert", "Transmission de mon dossier à un autre praticien",
"""Madame,

Au titre de l'article 20 du RGPD, je souhaite que les données que je vous ai fournies (questionnaires, fiche d'informations, auto-évaluations) soient transmises directement à Mme Hélène Garnier, sophrologue, à l'adresse h.garnier.sophro@gmail.com, dans un format structuré et lisible par machine.

Je vous en remercie par avance.
{name}""", ["portability"]),

R("fr-port-json", "format json ?",
"""Salut Sandra, petite question de geek : tu pourrais m'exporter mes réponses aux tests et mon historique de séances en JSON ou CSV ? Je me fais un tableau de bord perso de mon évolution. Merci ! {first}""", ["portability"]),

R("fr-port-qc", "Récupérer mes informations",
"""Bonjour,

Je déménage au Québec pour de bon et je vais poursuivre mon cheminement avec une intervenante de Montréal. Serait-il possible de recevoir mes données (questionnaires et bilans) dans un fichier que je pourrai lui envoyer directement, idéalement un format standard qu'elle pourra importer?

Merci et bonne continuation!
{name}""", ["portability"], pool="qc"),

R("fr-port-rh-plateforme", "Portabilité – données de formation",
"""Bonjour,

Je souhaite récupérer sous forme de fichier exploitable (Excel ou CSV) l'ensemble des données que j'ai saisies dans votre espace de formation Systeme.io : résultats des quiz, progression, exercices rendus. C'est pour les intégrer à mon passeport de compétences.

Cordialement,
{name}""", ["portability"]),

# ------------------------------------------------------------------ objection
R("fr-obj-desinscription", "désinscription",
"""Bonjour, merci de me désinscrire de votre newsletter. Bonne continuation.""", ["objection"], cte="8bit"),

R("fr-obj-stop-sms", "STOP SMS",
"""Bonjour,
Je reçois régulièrement des SMS pour vos ateliers. Je ne souhaite plus en recevoir. Merci de retirer mon numéro de votre liste d'envoi SMS.
{first}""", ["objection"]),
# NEAR-LINE: "retirer mon numéro" of the SMS list = unsubscribe from SMS marketing -> objection only, not erasure

R("fr-obj-prospection", "Opposition à la prospection",
"""Madame,

Ancienne cliente depuis plus de trois ans, je m'oppose à toute utilisation de mes coordonnées à des fins de prospection commerciale, quel qu'en soit le canal (courriel, téléphone, courrier). Je vous remercie d'en prendre acte.

{name}""", ["objection"]),

R("fr-obj-statistiques", "Utilisation de mes réponses",
"""Bonjour,

J'ai appris lors du dernier webinaire que vous utilisiez les réponses aux questionnaires pour faire des statistiques sur vos accompagnements. Je ne suis pas d'accord pour que les miennes servent à ça. Vous pouvez les garder pour mon suivi, mais pas pour des statistiques.

Merci,
{first} {last}""", ["objection"]),

R("fr-obj-appels", "Appels téléphoniques",
"""Bonjour, j'ai été appelée deux fois cette semaine pour me proposer votre nouvelle formation. Je ne souhaite plus être contactée par téléphone. Cordialement, {name}""", ["objection"]),

R("fr-obj-newsletter-reply", "Re: 🌸 La lettre de Floraison – printemps",
"""Désabonnez-moi s'il vous plaît.""", ["objection"],
  quote=dict(style="apple_fr", text="Chères âmes en chemin,\n\nLe printemps est là et avec lui l'envie de se déployer. Ce mois-ci je vous propose un nouveau cercle de parole le 12 avril à Issoudun...\n\nPour vous désinscrire, cliquez ici.\nSandra – Floraison de Soi"), html="alt"),

R("fr-obj-profilage", "Google Analytics et traceurs",
"""Bonjour,

En naviguant sur votre site j'ai vu que vous utilisiez Google Analytics. Je m'oppose au suivi de ma navigation et à tout profilage me concernant à partir de ces données. Merci de faire le nécessaire.

{first}""", ["objection"]),

R("fr-obj-be-courrier", "Plus de courrier svp",
"""Bonjour,

Pourriez-vous arrêter de m'envoyer vos invitations par la poste ? Je n'en veux plus, ni par mail d'ailleurs. Merci bien et bonne continuation à vous.

{name}
Bruxelles""", ["objection"], pool="be"),

# ------------------------------------------------------------------ withdraw_consent
R("fr-wc-temoignage", "Mon témoignage sur le site",
"""Bonjour Sandra,

Je vous avais donné mon accord l'an dernier pour publier mon témoignage avec mon prénom sur votre site. Je préfère le retirer maintenant, je ne suis plus à l'aise avec le fait qu'il soit public. Merci de le retirer du site et de votre page Facebook.

Belle journée,
{first}""", ["withdraw_consent"]),

R("fr-wc-photo", "photo atelier",
"""bonjour, sur la photo de groupe de l'atelier du 8 mars publiée sur instagram on me voit très bien (je suis à gauche en pull vert). j'avais dit oui sur le moment mais je retire mon accord, merci de l'enlever ou de me flouter""", ["withdraw_consent"]),

R("fr-wc-video", "Retrait d'autorisation – enregistrement vidéo",
"""Madame,

J'ai signé le 2 février une autorisation d'enregistrement et de diffusion de mon image dans le cadre du replay de la conférence « Se réconcilier avec soi ». Je retire ce consentement et vous demande de ne plus diffuser le passage où j'interviens.

Veuillez agréer mes salutations.
{name}""", ["withdraw_consent"]),

R("fr-wc-sante", "consentement données de santé",
"""Bonjour,

À l'inscription j'avais coché la case autorisant la collecte de mes données de santé pour adapter l'accompagnement. Je souhaite retirer ce consentement. Je comprends que ça puisse limiter ce que vous proposez, ce n'est pas grave.

Cordialement
{first} {last}""", ["withdraw_consent"]),

R("fr-wc-audio", "enregistrement de la séance",
"""Coucou Sandra, finalement je ne veux plus que tu utilises l'enregistrement audio de notre séance pour ta formation de supervision. Je retire mon accord, désolée pour le revirement ! Bises {first}""", ["withdraw_consent"]),

R("fr-wc-ch-questionnaire", "Utilisation de mon questionnaire",
"""Bonjour,

J'avais accepté que mon questionnaire anonymisé soit utilisé pour votre étude sur l'épuisement professionnel. Je reviens sur cette décision et retire mon consentement.

Meilleures salutations,
{name}
Genève""", ["withdraw_consent"], pool="ch"),

# ------------------------------------------------------------------ post_mortem
R("fr-pm-fille-deces", "Décès de ma mère",
"""Bonjour Madame,

J'ai la tristesse de vous annoncer le décès de ma mère, Jacqueline Moreau, le 3 janvier dernier. Elle vous consultait depuis 2023 et parlait souvent de vous avec beaucoup d'affection.

En tant que fille, je souhaiterais savoir ce que vous avez conservé la concernant et vous demander de supprimer son dossier. Vous trouverez ci-joint l'acte de décès.

Avec mes remerciements,
{name}""", ["post_mortem"], att=[("pdf", "acte_de_deces_Moreau.pdf", "ACTE DE DECES - Jacqueline MOREAU - decedee le 3 janvier 2025 - Chateauroux")], date_range=("2025-01-20", "2025-03-15")),

R("fr-pm-notaire", "Succession de M. Roger Pasquier – demande d'informations",
"""Madame,

Je suis chargé du règlement de la succession de M. Roger Pasquier, décédé le 17 octobre 2025 à Vierzon. Dans le cadre de cette mission, je vous remercie de bien vouloir m'indiquer si le défunt disposait d'un compte ou d'un abonnement en cours auprès de votre structure, et de procéder à la clôture de celui-ci ainsi qu'à l'effacement des données le concernant.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Étienne Blanchard
Notaire
Office notarial Blanchard & Associés
14 place du Marché – 18100 Vierzon
Tél. 02 48 71 00 00""", ["post_mortem"], sender=("Office notarial Blanchard", "accueil.blanchard@notaires.fr"),
  att=[("pdf", "attestation_notariee.pdf", "ATTESTATION - Me Etienne Blanchard charge de la succession de M. Roger PASQUIER")], date_range=("2025-11-03", "2026-01-20")),

R("fr-pm-directives", "Mes directives pour après",
"""Bonjour Sandra,

Ce message va peut-être vous paraître étrange. Suite à mon diagnostic, je mets mes affaires en ordre. Je souhaite qu'après mon décès, l'ensemble des notes et documents de nos séances soient détruits, et que personne de ma famille n'y ait accès, à l'exception de ma sœur Claire si elle le demande.

Merci de votre écoute, pendant toutes ces années.
{first}""", ["post_mortem"]),

R("fr-pm-fils-newsletter", "Mon père ne lira plus vos mails",
"""Bonjour, mon père Daniel est décédé cet été. Il reçoit toujours votre newsletter sur sa boîte que je consulte. Merci de le retirer de vos envois. {first} {last}""", ["post_mortem"]),
# NEAR-LINE: looks like an unsubscribe, but a relative after a death -> post_mortem only

R("fr-pm-epoux-acces", "Dossier de mon épouse",
"""Madame,

Mon épouse, {first2} {last}, nous a quittés au printemps. Je suis son mari et son héritier. J'aimerais, si la loi le permet, obtenir une copie des écrits qu'elle vous avait confiés pendant l'accompagnement, notamment les lettres qu'elle avait rédigées en séance. Cela compterait beaucoup pour nos enfants.

Je tiens à votre disposition l'acte de décès et le livret de famille.

Respectueusement,
{name}""".replace("{first2}", "Martine"), ["post_mortem"], sender=("Gérard Tissier", "gerard.tissier36@orange.fr")),

R("fr-pm-qc-fils", "Décès de ma mère – fermeture de son compte",
"""Bonjour,

Ma mère, Louise Pelletier, est décédée le mois dernier à Trois-Rivières. Elle était inscrite à votre formation en ligne. Je suis l'exécuteur testamentaire. Pourriez-vous fermer son compte et effacer ses renseignements personnels? Je peux vous fournir le certificat de décès au besoin.

Merci de votre compréhension,
{name}""", ["post_mortem"], pool="qc"),

R("fr-pm-soeur-photos", "photos de ma soeur",
"""Bonjour Mme Delomenie. Ma sœur Nathalie est décédée en août. On la voit sur plusieurs photos de vos stages publiées sur Facebook. La famille préférerait qu'elles soient retirées, c'est trop dur de tomber dessus. Merci infiniment. {first}""", ["post_mortem"]),
# NEAR-LINE: photo withdrawal, but by a relative after death -> post_mortem only

R("fr-pm-directives-heritiere", "Directives relatives à mes données",
"""Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous transmets mes directives particulières relatives au sort de mes données après mon décès : je désigne ma fille, Mme Anaïs {last}, pour exercer mes droits ; elle pourra demander la communication puis l'effacement de mon dossier.

Je vous remercie d'en prendre note.
{name}""", ["post_mortem"]),

# ------------------------------------------------------------------ multi-right
R("fr-multi-acc-rect", "Mes informations",
"""Bonjour,

Pouvez-vous m'envoyer une copie de tout ce que vous avez sur moi ? Je crois que vous avez encore mon ancienne adresse à Châteauroux, qui n'est plus la bonne : c'est maintenant 5 impasse des Lilas, 36100 Issoudun. Merci de la corriger par la même occasion.

{first} {last}""", ["access", "rectification"]),

R("fr-multi-era-wc", "Tout retirer",
"""Bonjour Sandra,

J'aimerais retirer mon témoignage vidéo de votre page d'accueil, et plus largement que vous supprimiez l'ensemble de mes données. Je pars vivre à l'étranger et je fais table rase.

Merci pour tout,
{first}""", ["erasure", "withdraw_consent"]),

R("fr-multi-era-obj", "Re: Invitation – Cercle des femmes de mai",
"""Non merci. Désinscrivez-moi et effacez mes coordonnées de vos fichiers svp.""", ["erasure", "objection"],
  quote=dict(style="gmail_fr", text="Bonjour à toutes,\n\nLe prochain Cercle des femmes aura lieu le samedi 17 mai de 14h à 17h. Places limitées à 10 personnes.\n\nAu plaisir,\nSandra")),

R("fr-multi-acc-port", "Demande RGPD",
"""Bonjour,

Je souhaite exercer mes droits d'accès et à la portabilité : d'une part savoir quelles données vous détenez sur moi et à qui elles ont été communiquées, d'autre part récupérer celles que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.

Cordialement,
{name}""", ["access", "portability"]),

R("fr-multi-res-acc", "Avant toute chose",
"""Madame,

Avant de décider de la suite à donner, je souhaite obtenir copie de l'ensemble des notes vous concernant... pardon, me concernant, et je vous demande de ne pas les utiliser ni les effacer d'ici là.

Merci de votre diligence,
{name}""", ["access", "restriction"]),

R("fr-multi-avocat-mandat", "Votre cliente Mme Chaumeau – demande au titre des articles 15 et 17 RGPD",
"""Madame,

J'interviens en qualité de conseil de Madame Sabrina Chaumeau, qui m'a donné mandat à cet effet (mandat joint).

Ma cliente souhaite d'une part obtenir la communication de l'intégralité des données la concernant, y compris les comptes rendus de séances, et d'autre part, une fois cette communication effectuée, l'effacement de ces données.

Je vous remercie de me répondre dans le délai légal.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

{name}
Avocat au Barreau de Bourges""".replace("{first2}", "Sabrina"), ["access", "erasure"],
  sender=("Maître Olivier Renaud", "o.renaud@renaud-avocat.fr"), first="Olivier", last="Renaud",
  att=[("pdf", "mandat_signe.pdf", "MANDAT - Je soussignee Sabrina Chaumeau donne mandat a Me Olivier Renaud")]),
# NEAR-LINE: written by a lawyer holding a mandate -> a request on the client's behalf

R("fr-multi-obj-wc", "newsletter + témoignage",
"""Bonjour, je ne souhaite plus recevoir la newsletter et je retire aussi mon accord pour le témoignage écrit que je vous avais envoyé en 2023. Merci. {first}""", ["objection", "withdraw_consent"]),

R("fr-multi-rect-obj", "Correction + plus de pub",
"""Bonjour,

Deux choses : mon prénom est mal orthographié dans vos mails (« Gaelle » au lieu de « Gaëlle »), merci de corriger. Et je ne veux plus recevoir les offres promotionnelles, seulement les infos pratiques sur mon parcours en cours.

Gaëlle""", ["rectification", "objection"], sender=("Gaëlle Bonnet", "gaelle.bonnet@free.fr")),

R("fr-multi-port-era", "Fin d'accompagnement",
"""Bonjour Sandra,

Nous arrivons au bout de notre parcours. Je voudrais récupérer mes fiches d'exercices et questionnaires dans un fichier que je puisse réutiliser (Word ou PDF éditable ça me va), puis que vous effaciez tout de votre côté.

Merci pour ces mois riches,
{first}""", ["portability", "erasure"]),

R("fr-multi-html-acc-obj", "Demande concernant mes données",
"""Bonjour,

Je voudrais savoir quelles informations vous avez à mon sujet, et je vous demande de cesser de m'envoyer des courriels commerciaux.

Cordialement,
{name}""", ["access", "objection"], html="only"),

R("fr-multi-formulaire", "Nouveau message depuis le formulaire de contact",
"""Nom : {name}
Email : {addr}
Téléphone : 
Sujet : Données personnelles

Message :
Bonjour, je voudrais une copie de mes données et qu'ensuite vous les supprimiez, et je retire mon consentement pour la photo prise au salon du bien-être d'Issoudun. Merci

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  ["access", "erasure", "withdraw_consent"], sender=("Floraison de Soi", "wordpress@floraisondesoi.fr"),
  reply_to="{addr}", first="Agnès", last="Guérin", no_mailer=True, to="contact@floraisondesoi.fr"),
R("fr-multi-rect-port", "changement de coach + adresse",
"""Bonjour Sandra,

Je commence un suivi avec une praticienne à Orléans, où j'habite désormais (14 rue Bannier, 45000 Orléans – merci de remplacer mon ancienne adresse de Déols). Pourriez-vous aussi m'envoyer mes questionnaires et fiches dans un fichier réutilisable, qu'elle puisse les reprendre ?

Merci beaucoup,
{first}

Envoyé de mon iPhone""", ["rectification", "portability"]),

R("fr-multi-rect-res-opco", "Erreur sur mon bilan – à ne pas transmettre",
"""Madame,

Le bilan de fin de formation indique que j'ai été absente le deuxième jour, ce qui est faux : j'étais présente, j'ai même signé la feuille d'émargement. Je vous demande de corriger ce point et, tant que ce n'est pas fait, de ne pas transmettre ce bilan à l'OPCO ni à mon employeur.

Cordialement,
{name}""", ["rectification", "restriction"], cc="Service RH <rh@transports-pinault.fr>"),

R("fr-multi-formulaire-acc-rect", "[Floraison de Soi] Nouveau message de Thierry Roux",
"""De : Thierry Roux <thierry.roux18@gmail.com>
Objet : Mes coordonnées

Corps du message :
Bonjour, j'aimerais savoir quelles informations vous conservez sur moi depuis le stage de 2022. Mon numéro a changé aussi, c'est le 06 33 71 20 48 maintenant (l'ancien en 02 n'existe plus). Merci

--
Cet e-mail a été envoyé via le formulaire de contact de https://floraisondesoi.fr""",
  ["access", "rectification"], sender=("WordPress", "wordpress@floraisondesoi.fr"), reply_to="Thierry Roux <thierry.roux18@gmail.com>",
  first="Thierry", last="Roux", no_mailer=True, to="contact@floraisondesoi.fr", html="alt"),

]

# the contact form record: the person is in the body, not in From; fix the fill values explicitly
for _r in RECORDS:
    if _r["key"] == "fr-multi-formulaire":
        _r["body"] = _r["body"].replace("{name}", "Agnès Guérin").replace("{addr}", "agnes.guerin@sfr.fr")
        _r["reply_to"] = "Agnès Guérin <agnes.guerin@sfr.fr>"
