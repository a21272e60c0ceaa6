"""French negatives, part 1: legal vocabulary without exercising anything.

Questions about rights, homework, CNIL complaints, advice, other people's data,
thank-you notes above handled requests, consent given, Sandra's own mail.
"""
from common import (M, SANDRA, CONTACT, SIG_SANDRA, q_gmail_fr, q_outlook_fr,
                    q_apple_fr, fwd_gmail_fr, fwd_outlook_fr)

RECORDS = [

# ------------------------------------------------------------------ questions about rights
# NEAR-LINE: "ai-je le droit de demander ... ?" asks how the right works; she
# explicitly says she is not asking yet -> negative.
M("fr-neg-q-ai-je-le-droit-effacement", "fr", [],
  ("Sandrine Cordier", "sandrine.cordier@gmail.com"), "2025-03-09 20:33",
  "Question RGPD",
  """\
Bonsoir Sandra,

Une question que je me pose depuis la fin de notre accompagnement : ai-je le droit de demander l'effacement de mes notes de séance, ou est-ce que vous êtes obligée de les garder un certain temps (comme un médecin) ? Je lis des choses contradictoires sur le RGPD et le droit à l'effacement.

Je ne vous demande rien pour l'instant, c'est pour comprendre.

Belle soirée,
Sandrine
"""),

M("fr-neg-q-delai-article15-confrere", "fr", [],
  ("Pauline Ferrand", "pauline@ferrand-sophrologie.fr"), "2025-05-19 13:40",
  "Question entre collègues : délai de réponse art. 15",
  """\
Coucou Sandra,

Question de « confrère » : une ancienne cliente m'a envoyé une demande d'accès au titre de l'article 15 du RGPD. Tu sais combien de temps on a pour répondre ? Un mois ? Et est-ce qu'on peut demander une pièce d'identité ? Tu avais eu le cas l'an dernier je crois.

Merci ma belle, on se voit au salon de Bourges ?
Pauline

--
Pauline Ferrand - Sophrologue
ferrand-sophrologie.fr
"""),

# NEAR-LINE: asks what happens to course access IF she unsubscribes; no unsubscribe
# is requested -> negative.
M("fr-neg-q-si-desinscris-acces", "fr", [],
  ("Agnès Riviere", "agnes.riviere@laposte.net"), "2025-10-13 10:18",
  "newsletter et formation",
  """\
Bonjour,

Si je me désinscris de la newsletter, est-ce que je garde l'accès à mes formations en ligne et aux replays ? Je ne voudrais pas tout perdre en cliquant sur le mauvais lien.

Merci,
Agnès
"""),

M("fr-neg-q-difference-opposition-consentement", "fr", [],
  ("Cédric Lamy", "cedric.lamy.coach@gmail.com"), "2025-11-21 09:02",
  "Module 4 - question sur la partie RGPD",
  """\
Bonjour Sandra,

Dans le module 4 de la formation « Lancer son activité de coach », vous parlez des données personnelles des clients. Je n'ai pas bien saisi la différence entre le droit d'opposition et le retrait du consentement. Si une cliente ne veut plus recevoir ma newsletter, c'est lequel des deux ? Et pour un témoignage ?

Pourrez-vous en dire un mot lors du live de jeudi ?

Merci pour ce module très complet,
Cédric
"""),

M("fr-neg-q-hebergement-donnees", "fr", [],
  ("Hélène Prévost", "helene.prevost@orange.fr"), "2025-01-15 17:25",
  "Avant de m'inscrire",
  """\
Bonjour Madame,

Avant de m'inscrire à votre accompagnement, j'ai lu votre politique de confidentialité. J'ai une question : les données de santé que vous collectez éventuellement sont-elles stockées sur Google Drive ? Est-ce hébergé en France ou aux États-Unis ?

Je suis un peu méfiante sur ces sujets depuis une mauvaise expérience.

Cordialement,
Hélène Prévost
"""),

M("fr-neg-q-suppression-auto-3-ans", "fr", [],
  ("Roger Bailly", "roger.bailly@wanadoo.fr"), "2026-02-12 14:50",
  "Durée de conservation",
  """\
Bonjour,

J'ai vu dans votre politique que les données de prospection sont gardées 3 ans. Est-ce que vous les supprimez automatiquement au bout de 3 ans, ou faut-il le demander ? C'est juste pour savoir, je suis trésorier d'une association et on se pose la même question chez nous.

Merci d'avance,
Roger Bailly
"""),

M("fr-neg-q-suisse-transferts", "fr", [],
  ("Aline Perret", "aline.perret@bluewin.ch"), "2025-06-18 08:31",
  "Politique de confidentialité - question",
  """\
Madame,

Votre politique de confidentialité mentionne des transferts de données hors Union européenne, avec des clauses contractuelles types. Habitant en Suisse, je me demande si mes données seraient considérées comme « transférées » et quelle protection s'appliquerait (LPD ou RGPD ?).

Je vous pose la question avant de m'inscrire à la formation en ligne.

Avec mes meilleures salutations,
Aline Perret
"""),

# ------------------------------------------------------------------ homework / students
M("fr-neg-bts-interview-rgpd", "fr", [],
  ("Inès Moulin", "ines.moulin.bts@gmail.com"), "2025-02-27 16:12",
  "Demande d'entretien pour un dossier de BTS",
  """\
Bonjour Madame Delomenie,

Je suis étudiante en BTS Support à l'action managériale au lycée Balzac d'Issoudun. Pour mon dossier de deuxième année, je travaille sur « Le RGPD dans les très petites entreprises ».

Accepteriez-vous de répondre à quelques questions (20 minutes, par téléphone ou par écrit) ? Par exemple :
- Comment recueillez-vous le consentement de vos clients ?
- Avez-vous déjà reçu une demande de droit d'accès ou d'effacement ? Comment l'avez-vous traitée ?
- Combien de temps conservez-vous les données personnelles ?
- Tenez-vous un registre des traitements ?

Votre nom n'apparaîtra pas dans le dossier si vous le souhaitez.

Merci beaucoup d'avance,
Inès Moulin
"""),

M("fr-neg-memoire-stagiaire-docx", "fr", [],
  ("Florian Vidal", "florian.vidal@outlook.fr"), "2025-09-08 21:05",
  "Mémoire - chapitre 3 pour relecture",
  """\
Bonsoir Sandra,

Comme convenu, voici le chapitre 3 de mon mémoire de certification : « Déontologie du coach et protection des données personnelles ». J'y parle du consentement, du droit d'accès du client à ses notes de séance et de la durée de conservation.

Je ne suis pas sûr de ma partie sur l'article 9 (données de santé) : un coach peut-il vraiment en collecter avec le seul consentement du client ?

Tes remarques sont les bienvenues, même sévères !
Florian
""", attach=[("Memoire_Vidal_chap3.docx", "Chapitre 3 - Deontologie du coach et protection des donnees personnelles\n3.1 Le consentement du client\n3.2 Le droit d'acces aux notes de seance\n3.3 Duree de conservation")]),

# ------------------------------------------------------------------ CNIL complaints
# NEAR-LINE: copy of a CNIL complaint against Sandra that narrates an unanswered
# access request; a complaint or its copy is a negative under the policy.
M("fr-neg-copie-plainte-cnil-contre-elle", "fr", [],
  ("Bruno Lacombe", "bruno.lacombe@free.fr"), "2025-08-11 10:45",
  "Copie de ma plainte CNIL",
  """\
Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer sur le site de la CNIL.

-----
Plainte n° 25-0811-4471 - Objet : droit d'accès non respecté
Organisme mis en cause : Floraison de Soi (Sandra Delomenie), Issoudun
Description : Le 3 juin 2025 j'ai demandé à cet organisme, par courriel, l'accès à mes données personnelles en application de l'article 15 du RGPD. Malgré une relance le 8 juillet, je n'ai reçu aucune réponse dans le délai d'un mois.
Pièces jointes : courriel du 3 juin, relance du 8 juillet.
-----

B. Lacombe
"""),

M("fr-neg-plainte-cnil-ex-employeur", "fr", [],
  ("Stéphane Giraud", "stephane.giraud@gmail.com"), "2025-12-04 18:55",
  "Fwd: Votre plainte auprès de la CNIL",
  """\
Sandra,

Je te transfère l'accusé de réception de la CNIL pour ma plainte contre mon ancienne boîte (ils ont gardé mes évaluations et mon dossier médical du travail alors que j'avais demandé l'effacement). Je voulais que tu voies que je suis allé au bout, comme on en avait parlé en séance. Ça m'a fait du bien de ne plus subir.

On en reparle le 12 ?
Stéphane

""" + fwd_gmail_fr("2025-12-04 11:20", "CNIL - Service des plaintes", "ne-pas-repondre@cnil.fr",
                   "stephane.giraud@gmail.com", "Votre plainte auprès de la CNIL", """\
Madame, Monsieur,

Nous accusons réception de votre plainte n° 25-1204-2290 à l'encontre de la société LOGITRANS CENTRE, relative à l'exercice de votre droit à l'effacement (article 17 du RGPD).

Votre plainte va être examinée par nos services. Compte tenu du nombre important de plaintes, le délai de traitement peut être de plusieurs mois.

Commission nationale de l'informatique et des libertés
3 place de Fontenoy - TSA 80715 - 75334 Paris Cedex 07""")),

# NEAR-LINE: tells her a complaint has been filed with the CNIL; it narrates an
# old erasure request but asks nothing new of her -> negative (complaint).
M("fr-neg-jai-porte-plainte", "fr", [],
  ("Virginie Paquet", "virginie.paquet@hotmail.fr"), "2026-03-02 09:40",
  "Plainte",
  """\
Madame Delomenie,

Je vous informe que j'ai saisi la CNIL ce matin. Je vous avais demandé en janvier la suppression de mes données et j'ai encore reçu votre newsletter la semaine dernière. Je considère que mes droits ne sont pas respectés et je laisse désormais l'autorité de contrôle s'en occuper.

V. Paquet
"""),

# ------------------------------------------------------------------ advice from friends / colleagues
M("fr-neg-conseil-amie-coach-registre", "fr", [],
  ("Élodie Berthier", "elodie.berthier.coach@gmail.com"), "2025-04-01 22:14",
  "RGPD - ce que j'ai fait de mon côté",
  """\
Coucou ma Sandra,

Suite à notre conversation de samedi, voilà ce que j'ai mis en place pour le RGPD, si ça peut t'aider :

1. Un registre des traitements (un simple tableau : finalité, base légale, données, durée de conservation).
2. Une case à cocher séparée pour le consentement aux témoignages, et une autre pour les données de santé.
3. Un modèle de réponse pour les demandes d'accès, d'effacement et de portabilité (je te l'envoie si tu veux).
4. J'ai signé le DPA de Systeme.io et vérifié celui de Google Workspace.
5. Un bandeau cookies sur le site, parce que Google Analytics sans consentement, la CNIL n'aime pas du tout.

Franchement ça m'a pris un week-end, pas plus. Tu devrais mettre à jour ta politique de confidentialité aussi, il y a une coquille dans « RGDP » 😉

Bisous,
Élodie
"""),

M("fr-neg-amie-alerte-sanction-cnil", "fr", [],
  ("Muriel", "muriel.dupuy@orange.fr"), "2025-07-30 12:03",
  "fais gaffe",
  """\
Coucou Sandra

J'ai vu passer sur LinkedIn qu'une naturopathe s'était pris une amende de la CNIL pour avoir gardé des fiches de santé de clients pendant 10 ans et pour avoir refusé une demande de suppression. Bon, 3 000 €, c'est pas des millions, mais quand même.

Je pense à toi parce que tu gardes tes carnets depuis le début... fais gaffe !

Gros bisous, à dimanche pour le marché
Muriel
"""),

M("fr-neg-comptable-ne-rien-supprimer", "fr", [],
  ("Cabinet Audit Berry - Isabelle Roux", "i.roux@auditberry.fr"), "2026-01-09 11:20",
  "Clôture 2025 - pièces à conserver",
  """\
Bonjour Madame Delomenie,

Dans le cadre de la clôture de l'exercice 2025, je vous rappelle que les factures et pièces comptables doivent être conservées 10 ans. Merci de ne rien supprimer dans Stripe ni dans vos exports bancaires, même pour les clients qui vous demanderaient l'effacement de leurs données : l'obligation légale prime pour ces pièces.

Pourriez-vous m'envoyer l'export Stripe de l'année (format CSV) avant le 31 janvier ?

Bien cordialement,
Isabelle Roux
Cabinet Audit Berry - Expertise comptable
"""),

# ------------------------------------------------------------------ GDPR elsewhere, client context
M("fr-neg-client-demande-acces-ex-employeur", "fr", [],
  ("Amandine Pruvost", "amandine.pruvost@gmail.com"), "2025-05-05 19:09",
  "Pour notre séance de mercredi",
  """\
Bonsoir Sandra,

Pour préparer mercredi : j'ai enfin envoyé ma demande d'accès à mon dossier RH chez mon ancien employeur (article 15, avec copie de ma carte d'identité, tout comme il faut). Ils ont un mois pour répondre. J'ai peur de ce que je vais découvrir dans les évaluations.

J'aimerais qu'on travaille sur la façon de recevoir ça sans m'effondrer.

À mercredi,
Amandine
"""),

M("fr-neg-aide-rediger-effacement-meetic", "fr", [],
  ("Coralie Hubert", "coralie.hubert@sfr.fr"), "2025-09-17 22:48",
  "un petit service ?",
  """\
Coucou Sandra,

Je sais que ce n'est pas vraiment ton métier, mais tu as l'air de bien connaître le RGPD. Tu pourrais m'aider à rédiger une demande d'effacement de mes données pour un site de rencontre ? Mon ancien profil traîne encore avec mes photos et je n'arrive à rien avec leur formulaire.

Sinon pas grave, je me débrouillerai !
Coralie
"""),

# ------------------------------------------------------------------ another living adult's data
M("fr-neg-mari-veut-savoir", "fr", [],
  ("Franck Morin", "franck.morin36@orange.fr"), "2025-04-25 07:12",
  "Ma femme",
  """\
Madame,

Ma femme, Sylvie Morin, vient chez vous tous les mardis depuis janvier. Je paie les séances avec notre compte commun.

J'aimerais savoir ce qu'elle vous raconte et voir les fiches que vous remplissez. Je pense que j'ai le droit de savoir, vu que c'est moi qui paie.

F. Morin
"""),

# NEAR-LINE: the daughter asks for her living adult mother's files without any
# mandate -> another living adult's data, negative.
M("fr-neg-fille-pour-mere-vivante", "fr", [],
  ("Christine Aubry", "christine.aubry@gmail.com"), "2025-10-02 12:40",
  "Fiches de ma mère",
  """\
Bonjour Madame,

Ma mère, Paulette Aubry (78 ans), a suivi vos ateliers mémoire et bien-être à la résidence des Tilleuls. Elle ne sait pas se servir d'internet.

Pourriez-vous me transmettre ses fiches et ce qu'elle a rempli pendant les ateliers ? Je m'occupe de ses papiers en ce moment.

Merci,
Christine Aubry
"""),

# NEAR-LINE: a company asking about its employee's evaluation = another adult's data.
M("fr-neg-rh-evaluation-salarie", "fr", [],
  ("Service RH - Menuiseries du Berry", "rh@menuiseries-berry.fr"), "2025-11-14 15:02",
  "Évaluation de fin de formation - M. Kevin Rault",
  """\
Bonjour,

Notre salarié M. Kevin Rault a suivi votre formation « Gestion du stress et des conflits » les 6 et 7 novembre.

Pourriez-vous nous transmettre son évaluation de fin de formation, ses feuilles d'émargement signées, ainsi que vos observations éventuelles sur sa participation ? Ces éléments sont nécessaires pour notre dossier OPCO et pour son entretien annuel.

Cordialement,
Nadia Benali
Responsable RH - Menuiseries du Berry
"""),

# NEAR-LINE: a colleague relays what another adult supposedly wants; the data
# subject is not writing and there is no mandate -> negative.
M("fr-neg-collegue-photo-julien", "fr", [],
  ("Aurélien Mathieu", "aurelien.mathieu@gmail.com"), "2025-07-21 13:33",
  "photo du stage",
  """\
Bonjour Sandra,

Mon collègue Julien, qui a fait le stage avec moi en juin, m'a dit en passant qu'il n'aimait pas trop la photo de groupe sur votre site. Je ne sais pas s'il vous a écrit, je vous le signale à tout hasard.

Moi elle me plaît bien !

Aurélien
"""),

# ------------------------------------------------------------------ thank-you above handled requests
M("fr-neg-merci-au-dessus-acces", "fr", [],
  ("Nadège Pouliquen", "nadege.pouliquen@gmail.com"), "2025-03-02 09:15",
  "Re: petite question",
  """\
Merci beaucoup Sandra, bien reçu le dossier ! Ça m'a fait quelque chose de relire tout ça, mais c'est rassurant de savoir ce qu'il y a.

Belle journée,
Nadège

""" + q_gmail_fr("2025-02-28 17:40", "Sandra Delomenie", "sandra.delomenie@orange.fr", """\
Bonjour Nadège,

Suite à votre message, vous trouverez ci-joint l'ensemble des éléments que je conserve vous concernant : votre fiche d'inscription, le questionnaire initial, mes notes de séance (retranscrites) et nos échanges de mails.

Bien à vous,
""" + SIG_SANDRA + """

Le mar. 11 févr. 2025 à 21:47, Nadège Pouliquen <nadege.pouliquen@gmail.com> a écrit :
> Je voudrais savoir ce que vous avez gardé sur moi.
> Est-ce que vous pourriez me dire ce qu'il y a, et me l'envoyer si c'est possible ?"""),
  irt="reply-acces-nadege", refs=[("fr-acc-garde-sur-moi", "nadege.pouliquen@gmail.com")]),

M("fr-neg-merci-au-dessus-effacement", "fr", [],
  ("Thierry Moreau", "thierry.moreau18@free.fr"), "2025-05-27 08:02",
  "RE: Suppression",
  """\
Parfait, merci pour la rapidité.

Cordialement,
Thierry Moreau

""" + q_outlook_fr("2025-05-26 18:10", "Sandra Delomenie", "sandra.delomenie@orange.fr",
                   "thierry.moreau18@free.fr", "RE: Suppression", """\
Bonjour Monsieur Moreau,

Je vous confirme que vos données ont été supprimées de mon fichier et de la plateforme Systeme.io. Seule la facture de la conférence de 2022 est conservée, pour les obligations comptables.

Bien cordialement,
Sandra Delomenie

-----Message d'origine-----
De : Thierry Moreau <thierry.moreau18@free.fr>
Objet : Suppression

Pourriez-vous supprimer mes données de vos fichiers ? Je n'ai plus l'usage de vos services."""),
  irt="reply-era-moreau"),

M("fr-neg-merci-belge-desinscription", "fr", [],
  ("Marc Wauters", "marc.wauters@telenet.be"), "2025-07-24 10:30",
  "Re: Liste",
  """\
C'est bien noté, merci pour la réponse rapide. Bonne continuation !

Marc

""" + q_apple_fr("2025-07-23 16:02", "Sandra Delomenie", "sandra.delomenie@orange.fr", """\
Bonjour Monsieur Wauters,

C'est fait : vous ne recevrez plus la lettre d'information ni les annonces d'ateliers.

Belle journée,
Sandra

> Le 22 juil. 2025 à 11:11, Marc Wauters <marc.wauters@telenet.be> a écrit :
> Veuillez me retirer de votre liste d'envoi, s'il vous plaît."""),
  irt="reply-obj-wauters"),

M("fr-neg-merci-rectif-faite", "fr", [],
  ("Bernard Lefebvre", "bernard.lefebvre@orange.fr"), "2025-10-27 09:12",
  "RE: Attestation de formation",
  """\
Bonjour Madame,

Bien reçu l'attestation corrigée, c'est parfait cette fois. Mon service RH est satisfait.

Merci encore pour ces deux journées.
Bernard Lefebvre

""" + q_outlook_fr("2025-10-24 11:45", "Sandra Delomenie", "sandra.delomenie@orange.fr",
                   "Bernard Lefebvre", "RE: Attestation de formation", """\
Bonjour Monsieur Lefebvre,

Toutes mes excuses pour cette erreur. J'ai corrigé votre nom dans mon fichier et vous trouverez l'attestation rectifiée en pièce jointe.

Bien à vous,
Sandra Delomenie
Floraison de Soi"""), irt="reply-rect-lefebvre"),

M("fr-neg-merci-temoignage-retire", "fr", [],
  ("Séverine A.", "severine.arnould@gmail.com"), "2025-02-03 12:12",
  "Re: Mon témoignage",
  """\
Super, merci Sandra, et désolée pour le dérangement. Je garde un très bon souvenir de notre travail !

Séverine

""" + q_gmail_fr("2025-02-01 10:05", "Sandra Delomenie", "sandra.delomenie@orange.fr", """\
Bonjour Séverine,

Aucun souci, c'est tout à fait compréhensible. Votre témoignage a été retiré du site ce matin.

Belle journée à vous,
Sandra"""), irt="reply-wc-severine"),

# ------------------------------------------------------------------ giving consent
M("fr-neg-consent-temoignage-oui", "fr", [],
  ("Laurence Millet", "laurence.millet@gmail.com"), "2025-06-12 18:48",
  "Re: Un petit témoignage ?",
  """\
Bonjour Sandra,

Oui, avec plaisir ! Vous pouvez publier mon témoignage sur votre site et sur Systeme.io, avec mon prénom et l'initiale de mon nom (Laurence M.). Pas de photo par contre, je ne suis pas photogénique 😄

Voici le texte :
« Je suis arrivée épuisée et perdue, je repars avec un cap et de l'énergie. Sandra a une écoute rare. »

Laurence
""", irt="demande-temoignage-millet"),

M("fr-neg-consent-formulaire-sante-pdf", "fr", [],
  ("Robert Klein", "robert.klein@orange.fr"), "2025-09-29 10:10",
  "Formulaire de consentement signé",
  """\
Bonjour Madame Delomenie,

Veuillez trouver ci-joint le formulaire de consentement à la collecte de données de santé, daté et signé, ainsi que les conditions générales paraphées.

À mardi pour notre première séance.

Robert Klein
""", attach=[("Consentement_donnees_sante_Klein.pdf", "FORMULAIRE DE CONSENTEMENT\nJ'accepte que Floraison de Soi collecte des donnees relatives a ma sante\ndans le cadre de mon accompagnement.\nRobert Klein - signe le 28/09/2025")]),

M("fr-neg-consent-photo-facebook-ok", "fr", [],
  ("Élise Carpentier", "elise.carpentier@hotmail.fr"), "2025-06-23 21:30",
  "photos du stage",
  """\
Coucou Sandra,

Pour ta question de samedi : oui, c'est ok pour moi que tu mettes les photos de groupe sur Facebook et Instagram, même celles où on me voit bien. Et tu peux me taguer !

Encore merci pour ce week-end magique ✨
Élise
"""),

M("fr-neg-consent-quebec-enregistrement", "fr", [],
  ("Olivier Bergeron", "olivier.bergeron@videotron.ca"), "2025-03-25 14:14",
  "Re: Enregistrement de nos rencontres",
  """\
Salut Sandra,

C'est correct pour l'enregistrement, pas de trouble. Ça va m'aider à réécouter les bouts que j'oublie.

À jeudi!
Olivier
""", irt="enreg-bergeron"),

# ------------------------------------------------------------------ Sandra's own sent mail
M("fr-neg-sandra-envoie-acces", "fr", [],
  SANDRA, "2025-04-29 17:30",
  "Votre demande d'accès à vos données",
  """\
Bonjour Madame Vandeputte,

Suite à votre demande du 16 avril, et conformément à l'article 15 du RGPD, vous trouverez ci-joint une copie des données personnelles que je détiens vous concernant :
- fiche d'inscription et coordonnées ;
- questionnaire initial et bilan intermédiaire ;
- notes de séances (retranscrites) ;
- historique des factures.

Ces données n'ont été transmises à aucun tiers, en dehors de mes sous-traitants techniques (Google Drive, Systeme.io, Stripe).

Je reste à votre disposition.

Bien cordialement,
""" + SIG_SANDRA, to=("Anne-Sophie Vandeputte", "as.vandeputte@skynet.be"),
  attach=[("Donnees_ASVandeputte.pdf", "Floraison de Soi - Donnees personnelles de Anne-Sophie Vandeputte\nFiche d'inscription\nQuestionnaire initial\nNotes de seances")],
  irt="fr-acc-belge-copie-dossier", irt_addr="as.vandeputte@skynet.be"),

M("fr-neg-sandra-export-comptable", "fr", [],
  SANDRA, "2026-01-27 08:55",
  "Export Stripe 2025",
  """\
Bonjour Isabelle,

Voici l'export Stripe 2025 en CSV, comme demandé. J'ai aussi les relevés Systeme.io si besoin.

Belle journée,
Sandra
""", to=("Isabelle Roux", "i.roux@auditberry.fr"),
  attach=[("stripe_export_2025.csv", "id,created,amount,currency,description\npy_3Q1a,2025-01-14,90.00,eur,Seance individuelle\npy_3Q2b,2025-02-03,240.00,eur,Atelier printemps\npy_3Q3c,2025-03-22,480.00,eur,Formation 2 jours\n")],
  irt="fr-neg-comptable-ne-rien-supprimer", irt_addr="i.roux@auditberry.fr"),

M("fr-neg-sandra-confirme-effacement", "fr", [],
  SANDRA, "2025-07-04 09:40",
  "Confirmation d'effacement - Léa Caillaud",
  """\
Bonjour Monsieur Caillaud,

Je vous confirme que toutes les données concernant Léa ont été effacées : le questionnaire de l'atelier, sa fiche d'inscription et les deux photos prises pendant la séance (qui n'avaient pas été publiées).

Je vous présente mes excuses pour le manque d'information préalable sur ce questionnaire ; le formulaire d'inscription des ateliers ados a été modifié pour que les parents soient prévenus.

Bien cordialement,
""" + SIG_SANDRA, to=("Olivier Caillaud", "olivier.caillaud@sfr.fr"),
  cc=("Nathalie Caillaud", "nath.caillaud@sfr.fr"),
  irt="fr-era-parent-questionnaire-fille", irt_addr="olivier.caillaud@sfr.fr"),

M("fr-neg-contact-lien-acces-espace", "fr", [],
  CONTACT, "2025-10-06 07:00",
  "Vos accès au parcours « 30 jours pour soi »",
  """\
Bonjour Laetitia,

Bienvenue dans le parcours « 30 jours pour soi » !

Voici vos accès à votre espace membre :
Lien : https://floraisondesoi.systeme.io/login
Identifiant : laetitia.brunet@outlook.fr

Si vous avez oublié votre mot de passe, cliquez sur « Mot de passe oublié » sur la page de connexion.

À très vite,
Sandra - Floraison de Soi
""", to=("Laetitia Brunet", "laetitia.brunet@outlook.fr"), shape="alt"),

# ------------------------------------------------------------------ misc legal-vocab negatives
M("fr-neg-article-monde-applis-meditation", "fr", [],
  ("Véronique Tessier", "vero.tessier@gmail.com"), "2025-11-10 08:20",
  "Tu as vu ça ?",
  """\
Salut Sandra,

Tu as vu l'article sur la CNIL et les applis de méditation qui revendent les données de santé de leurs utilisateurs ? Ça fait froid dans le dos. Heureusement que toi tu fais tout à la main avec ton carnet 😄

https://www.lemonde.fr/pixels/article/2025/11/09/applications-de-meditation-donnees-de-sante-cnil

Bises,
Véro
"""),

M("fr-neg-stagiaire-module-rgpd", "fr", [],
  ("Mélissa Gautier", "melissa.gautier.coach@gmail.com"), "2026-03-19 12:45",
  "Suggestion pour la formation",
  """\
Bonjour Sandra,

Je viens de terminer la formation « Lancer son activité de coach », merci, c'était vraiment riche.

Une suggestion : ce serait génial d'ajouter un module complet sur le RGPD. Comment gérer le consentement des clients, quoi répondre à une demande de suppression, combien de temps garder les notes de séance, comment rédiger sa politique de confidentialité... On est beaucoup à être perdues là-dessus.

Belle journée,
Mélissa
"""),
# NEAR-LINE: the attached message is a deletion request addressed to the trainee
# (another controller); the new text only asks Sandra for advice -> negative.
M("fr-neg-stagiaire-transfere-demande-cliente", "fr", [],
  ("Mélissa Gautier", "melissa.gautier.coach@gmail.com"), "2026-04-09 18:25",
  "Une cliente m'envoie ça, je réponds quoi ?",
  """\
Bonjour Sandra,

Je vous mets en pièce jointe le mail qu'une de mes toutes premières clientes vient de m'envoyer. C'est la première fois que ça m'arrive et je panique un peu.

Je dois vraiment tout effacer, même les factures ? Et est-ce que je dois lui répondre dans un délai précis ? Vous nous aviez dit en formation qu'il y avait un mois, mais je ne sais plus si c'est un mois ou 30 jours ouvrés.

Merci infiniment,
Mélissa
""", attach_msg=dict(frm=("Josette Lamarque", "josette.lamarque@orange.fr"),
                     to=("Mélissa Gautier", "melissa.gautier.coach@gmail.com"),
                     date="2026-04-09 11:02", subject="Mes données",
                     key="fr-neg-stagiaire-transfere-demande-cliente/sub",
                     body="""\
Bonjour Mélissa,

Je ne souhaite pas poursuivre le coaching. Merci de supprimer toutes mes données, mes fiches et nos échanges.

Josette Lamarque
""")),
]

