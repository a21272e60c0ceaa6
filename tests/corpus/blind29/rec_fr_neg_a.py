# -*- coding: utf-8 -*-
"""French negatives, part A: mail written by people (clients, partners, relatives).
Field meanings: see rec_fr_req_a.py."""

R = [

# ------------------------------------------------------------ ordinary mail, trigger words

# P: Marion, 34, stagiaire de l'atelier en ligne de jeudi, a supprimé par erreur l'invitation.
# Gmail mobile, pressée avant le boulot.
dict(key="fr-neg-marion-lien-zoom-supprime", rights=[], lang="fr",
     frm="Marion Lebeau <marion.lebeau@gmail.com>", mailer="gmail",
     date="2025-03-13 07:46", subj="Lien Zoom supprimé par erreur",
     body="""
Bonjour Sandra,

Oups, j'ai supprimé par erreur le mail avec le lien Zoom pour l'atelier de ce soir. Est-ce que vous pourriez me le renvoyer ?

Merci et à ce soir !
Marion
"""),

# P: Hervé, 50, client en coaching, veut corriger une erreur dans son exercice de la semaine.
# Thunderbird, un peu scolaire.
dict(key="fr-neg-herve-corriger-exercice", rights=[], lang="fr",
     frm="Hervé Collin <herve.collin@free.fr>", mailer="thunderbird",
     date="2025-04-02 21:05", subj="Exercice 3 - version corrigée",
     att=[("Exercice3_roue_de_vie_Herve_v2.docx",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
     body="""
Bonsoir Sandra,

Je me suis aperçu que j'avais inversé deux colonnes dans la roue de vie envoyée hier. Je voulais corriger ça avant notre séance : voici la version modifiée. Vous pouvez effacer la précédente.

À mardi,
Hervé
"""),

# P: Christelle, 44, comptable indépendante de Sandra, a besoin de l'export Stripe du
# trimestre. Outlook du cabinet, ton pro.
dict(key="fr-neg-comptable-export-stripe", rights=[], lang="fr",
     frm="Christelle Auger - Cabinet Auger Compta <c.auger@auger-compta.fr>", mailer="outlook",
     date="2025-04-09 10:12", subj="Export Stripe T1 + relevés",
     body="""
Bonjour Sandra,

Pour la clôture du premier trimestre, pourriez-vous m'envoyer l'export CSV des transactions Stripe (janvier à mars) et la copie des relevés bancaires pro ?

Je rappelle que la déclaration URSSAF est à faire avant le 30 avril.

Bonne journée,
Christelle Auger
Cabinet Auger Compta - Issoudun
"""),

# P: Agnès, 39, cliente, a besoin d'une copie de sa facture de mars pour sa mutuelle.
# Gmail, efficace.
# NEAR-LINE: a copy of one invoice for her insurer is an ordinary business document request,
# not a request for a copy of her personal data - negative.
dict(key="fr-neg-agnes-copie-facture", rights=[], lang="fr",
     frm="Agnès Roussel <agnes.roussel36@gmail.com>", mailer="gmail",
     date="2025-05-07 12:30", subj="Copie facture mars",
     body="""
Bonjour Sandra,

Ma mutuelle rembourse une partie des séances (enfin !). Pourriez-vous m'envoyer une copie de la facture de mars ? Je ne la retrouve plus.

Merci beaucoup,
Agnès
"""),

# P: Delphine, 37, RH d'une PME qui envoie deux salariés en formation. A besoin de la
# convention et de l'attestation pour l'OPCO. Outlook entreprise, signature longue.
# NEAR-LINE: "modifier l'adresse de facturation" concerns the company's billing address,
# not a person's data; the staff names are given for registration, not a rights request.
dict(key="fr-neg-rh-convention-opco", rights=[], lang="fr",
     frm="Delphine Marchal <d.marchal@transports-berrichons.fr>", mailer="outlook",
     date="2025-06-03 14:48", subj="Convention de formation + attestations OPCO",
     body="""
Bonjour Madame Delomenie,

Nous avons inscrit deux collaborateurs (M. Arnaud Petit et Mme Laure Jacquet) à votre formation "Communication non violente" des 12 et 13 juin.

Pour la prise en charge OPCO, pourriez-vous nous transmettre la convention de formation signée, le programme détaillé et, à l'issue, les attestations de présence ? Merci de modifier également l'adresse de facturation : siège social, 4 avenue de la Gare, 36100 Issoudun.

Cordialement,

Delphine Marchal
Responsable RH - Transports Berrichons SAS
Tél. 02 54 21 00 48
Ce message est confidentiel et destiné exclusivement à son destinataire.
"""),

# P: Laurent, 46, ancien client, demande à décaler la séance. Message très court.
dict(key="fr-neg-laurent-modifier-rdv", rights=[], lang="fr",
     frm="Laurent Bouvier <laurent.bouvier@orange.fr>", mailer="orange",
     date="2025-06-16 08:02", subj="Modifier notre RDV de jeudi",
     body="""
Bonjour Sandra,

Pouvons-nous modifier l'heure de notre rendez-vous de jeudi ? 17h30 au lieu de 16h, si c'est possible pour vous.

Merci,
Laurent
"""),

# P: Justine, 31, stagiaire de la formation "Prendre la parole", demande le support en PDF.
dict(key="fr-neg-justine-support-pdf", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="fr",
     frm="Justine Morel <justine.morel@sfr.fr>", mailer="gmail",
     date="2025-07-01 17:33", subj="Support de formation",
     body="""
Bonjour Sandra,

Merci pour ces deux jours, j'ai adoré ! Est-il possible d'avoir une copie du support de formation (les slides) en PDF ? J'aimerais revoir la partie sur la respiration.

Bonne soirée,
Justine
"""),

# P: Sylvain, 42, coach et ami de Sandra, lui répond sur une idée d'atelier commun.
# Tutoiement, ton de collègue, Gmail.
dict(key="fr-neg-sylvain-collegue-opposer", rights=[], lang="fr",
     frm="Sylvain Marquet <sylvain@marquet-coaching.fr>", mailer="gmail",
     date="2025-09-10 22:10", subj="Re: Atelier commun en novembre ?",
     irt="<CAF7wq9Lm2kdTz@mail.gmail.com>",
     body="""
Salut Sandra,

Je vais m'opposer amicalement à ton idée de faire ça un samedi matin : on perdrait tous les parents. Je proposerais plutôt un jeudi soir en visio, puis une journée en présentiel en décembre.

Pour les données des inscrits, on fait comme d'habitude : chacun garde ses contacts, on ne mélange pas les fichiers.

Je t'appelle demain ?
Sylvain

Le mer. 10 sept. 2025 à 18:22, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
> Coucou Sylvain,
> Que dirais-tu d'un atelier commun "Parents d'ados" en novembre, un samedi matin à Issoudun ?
> Bises,
> Sandra
"""),

# P: Manon, 35, retire sa candidature pour le cercle de femmes (pas assez de temps).
dict(key="fr-neg-manon-retire-candidature", rights=[], lang="fr",
     frm="Manon Ferré <manon.ferre@laposte.net>", mailer="thunderbird",
     date="2025-09-18 12:07", subj="Cercle de femmes - je me retire",
     body="""
Bonjour Sandra,

Je préfère retirer ma candidature pour le cercle de femmes qui démarre en octobre. Avec la rentrée et le nouveau boulot, je ne pourrai pas être présente chaque mois et je ne veux pas prendre la place de quelqu'un.

Ce n'est que partie remise, j'espère !
Manon
"""),

# P: Béatrice, 55, client, envoie les résultats de son test de personnalité. Utilise
# "données" au sens neutre.
dict(key="fr-neg-beatrice-resultats-test", rights=[], lang="fr",
     frm="Béatrice Caillaud <beatrice.caillaud@wanadoo.fr>", mailer="orange",
     date="2025-10-01 09:20", subj="Mes résultats du test",
     att=[("Resultats_test_Caillaud.pdf", "application/pdf")],
     body="""
Bonjour Sandra,

Voici les résultats du test de personnalité que vous m'aviez demandé de passer en ligne. Je ne sais pas trop quoi penser de toutes ces données, j'ai hâte qu'on en parle !

À vendredi,
Béatrice
"""),

# P: Nina, 28, prospecte, demande un devis pour une journée d'équipe. Ton start-up.
dict(key="fr-neg-nina-devis-equipe", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="fr",
     frm="Nina Dubreuil <nina@agence-lumen.fr>", mailer="gmail",
     date="2025-11-05 15:55", subj="Devis séminaire équipe (12 pers.)",
     body="""
Bonjour Sandra,

On m'a recommandé vos ateliers ! Nous sommes une agence de 12 personnes et on aimerait organiser une journée "cohésion et gestion du stress" en janvier.

Pourriez-vous m'envoyer un devis ? Nos contraintes : un jeudi ou vendredi, dans nos locaux à Bourges, et si possible un accès au replay pour les absents.

Merci !
Nina Dubreuil
Office manager - Agence Lumen
"""),

# P: Gaëlle, 40, webmaster freelance de Sandra, annonce la mise à jour de la page RGPD.
dict(key="fr-neg-webmaster-page-rgpd", rights=[], lang="fr",
     frm="Gaëlle Prieur <gaelle@prieur-web.fr>", mailer="thunderbird",
     date="2025-12-02 11:11", subj="Site : politique de confidentialité + bandeau cookies à jour",
     body="""
Bonjour Sandra,

C'est fait : j'ai mis en ligne la nouvelle version de la politique de confidentialité (avec la mention de Calendly dans les destinataires), et le bandeau cookies propose maintenant "Tout refuser" au même niveau que "Tout accepter", comme le demande la CNIL.

J'ai aussi corrigé le formulaire de contact : le consentement newsletter n'est plus précoché.

Facture à suivre,
Gaëlle
"""),

# P: Thierry, 47, participant au stage, dit qu'il quitte le groupe WhatsApp lui-même.
# NEAR-LINE: "je vais me désinscrire moi-même du groupe WhatsApp" - he does it himself and asks
# nothing of Sandra; a WhatsApp group is not a mailing list. Negative.
dict(key="fr-neg-thierry-quitte-whatsapp", rights=[], lang="fr",
     frm="Thierry Lagarde <thierry.lagarde@gmail.com>", mailer="gmail",
     date="2026-01-09 18:40", subj="Groupe WhatsApp",
     body="""
Bonsoir Sandra,

Pas de souci, je vais me désinscrire moi-même du groupe WhatsApp du stage, ça fait trop de notifications pour moi. Je reste joignable par mail bien sûr.

Merci encore pour ce beau week-end,
Thierry
"""),

# P: Léa, 25, cliente, raconte sa séance et utilise "effacer" et "supprimer" au figuré.
dict(key="fr-neg-lea-effacer-schemas", rights=[], lang="fr",
     frm="Léa Fontaine <lea.fontaine99@gmail.com>", mailer="gmail",
     date="2026-02-17 20:20", subj="Après la séance d'hier",
     body="""
Coucou Sandra,

Je voulais juste vous dire merci pour hier. J'ai l'impression d'avoir effacé un vieux schéma que je traînais depuis l'enfance, et d'avoir supprimé pas mal de "il faut" dans ma tête !

J'ai commencé le carnet de gratitude ce matin. Hâte de vous raconter.

Léa
"""),

# ------------------------------------------------------------ cancellations

# P: Sandrine, 52, annule sa participation à l'atelier du samedi (mère hospitalisée).
dict(key="fr-neg-sandrine-annule-atelier", rights=[], lang="fr",
     frm="Sandrine Pichon <sandrine.pichon@orange.fr>", mailer="orange",
     date="2025-03-20 19:12", subj="Annulation atelier du 22 mars",
     body="""
Bonsoir Sandra,

Je suis désolée, je dois annuler ma participation à l'atelier de samedi : ma mère vient d'être hospitalisée et je pars à Tours demain.

Est-il possible de reporter mon inscription sur la session de mai ?

Merci de votre compréhension,
Sandrine
"""),

# P: Erwan, 38, met fin à son abonnement mensuel au programme en ligne. Gmail.
dict(key="fr-neg-erwan-resilie-abonnement", rights=[], lang="fr",
     frm="Erwan Le Bihan <erwan.lebihan@gmail.com>", mailer="gmail",
     date="2025-08-04 10:58", subj="Résiliation abonnement mensuel",
     body="""
Bonjour,

Je souhaite résilier mon abonnement mensuel au "Cercle Floraison" à partir de septembre. Merci de stopper les prélèvements Stripe après le paiement d'août.

Cordialement,
Erwan Le Bihan
"""),

# P: Valentin, 30, supprime son créneau de jeudi. Texto-mail.
# NEAR-LINE: "supprimer mon créneau" = cancelling a booking - negative.
dict(key="fr-neg-valentin-supprimer-creneau", rights=[], lang="fr-informal",
     frm="Valentin R <valentin.rivet@hotmail.fr>", mailer="outlook", shape="plain", cte="8bit",
     date="2025-10-22 07:31", subj="jeudi",
     body="""
bjr sandra, vous pouvez supprimer mon creneau de jeudi 10h, jsuis malade. je reprends rdv la semaine pro sur calendly
valentin
"""),

# P: Jeanne, 60, Namur, annule sa place au stage (problème de genou). Belge.
dict(key="fr-neg-jeanne-namur-annule-stage", rights=[], lang="fr-BE",
     frm="Jeanne Collard <jeanne.collard@skynet.be>", mailer="thunderbird",
     date="2025-06-26 16:14", subj="Désistement stage de juillet",
     body="""
Bonjour Madame Delomenie,

Je dois malheureusement me désister du stage de juillet : mon genou me fait des misères et le médecin m'interdit la route pour l'instant.

Pourriez-vous m'indiquer les modalités de remboursement de l'acompte de septante euros ?

Je vous remercie et vous souhaite un beau stage.

Jeanne Collard
"""),

# P: M. Bonnet, gérant d'une TPE, résilie le contrat-cadre de formation pour 2026. Courrier
# formel, PDF joint.
dict(key="fr-neg-tpe-resiliation-contrat", cte="b64", rights=[], lang="fr",
     frm="Philippe Bonnet <p.bonnet@bonnet-elec.fr>", mailer="outlook",
     date="2025-11-30 09:40", subj="Résiliation contrat formation 2026",
     att=[("Lettre_resiliation_Bonnet_Elec.pdf", "application/pdf")],
     body="""
Madame,

Par la présente, nous vous informons de notre décision de ne pas reconduire le contrat-cadre de formation pour l'année 2026, conformément à l'article 9 (préavis de deux mois).

Vous trouverez ci-joint le courrier signé.

Nous vous remercions pour la qualité de vos interventions.

Philippe Bonnet
Gérant - Bonnet Électricité
"""),

# P: Audrey-Anne, 33, Montréal, annule un coaching en visio à cause du décalage horaire.
dict(key="fr-neg-audreyanne-qc-annule", rights=[], lang="fr-CA",
     frm="Audrey-Anne Bélanger <aabelanger@gmail.com>", mailer="gmail",
     date="2026-02-20 06:15", subj="Annulation de ma rencontre de mardi",
     body="""
Bonjour Sandra,

Je dois annuler notre rencontre de mardi : avec le décalage horaire et mon nouvel horaire au bureau, 7 h chez nous ça ne marche plus. Est-ce qu'on pourrait regarder un autre moment, en fin d'après-midi chez vous?

Merci et bonne journée!
Audrey-Anne
"""),

# ------------------------------------------------------------ password / accès à l'espace

# P: Francine, 65, n'arrive pas à se connecter à la formation. Perdue avec la technique.
dict(key="fr-neg-francine-mot-de-passe", rights=[], lang="fr",
     frm="Francine Girault <francine.girault@orange.fr>", mailer="orange",
     date="2025-02-03 15:20", subj="je n'arrive pas à me connecter",
     body="""
Bonjour Sandra,

Je n'arrive pas à accéder à mon espace de formation. J'ai cliqué sur "mot de passe oublié" mais je ne reçois rien. Mon petit-fils a regardé aussi, sans succès.

Pouvez-vous m'aider ? Je voudrais commencer le module 2.

Francine
"""),

# P: Yanis, 22, accès au module 3 bloqué. Pas d'accents.
dict(key="fr-neg-yanis-acces-module", rights=[], lang="fr-informal",
     frm="Yanis <yanis.k2003@gmail.com>", mailer="gmail", shape="plain",
     date="2025-05-25 23:55", subj="acces module 3",
     body="""
salut jarrive pas a acceder au module 3 de la formation ca me met "contenu verrouille" alors que jai fini le 2. cest normal ?
yanis
"""),

# P: Caroline, 41, veut accéder à son espace Systeme.io avec une autre adresse. Gmail.
dict(key="fr-neg-caroline-acceder-espace", rights=[], lang="fr",
     frm="Caroline Weber <caroline.weber67@gmail.com>", mailer="gmail",
     date="2025-10-10 12:52", subj="Accéder à mon espace",
     body="""
Bonjour,

Comment puis-je accéder à mon espace membre ? J'ai acheté le programme "Estime de soi" la semaine dernière mais je n'ai jamais reçu d'identifiants. J'ai regardé dans les spams.

Merci,
Caroline Weber
"""),

# P: Pauline, 27, Lausanne, réinitialisation du mot de passe qui ne marche pas.
dict(key="fr-neg-pauline-lausanne-reset", rights=[], lang="fr-CH",
     frm="Pauline Favre <pauline.favre@sunrise.ch>", mailer="apple",
     date="2026-01-15 19:07", subj="Réinitialisation mot de passe",
     body="""
Bonsoir,

Le lien de réinitialisation du mot de passe de la plateforme m'indique "lien expiré" à chaque fois, même quand je clique tout de suite. Pourriez-vous réinitialiser mon accès manuellement ?

Merci d'avance et belle soirée,
Pauline
"""),

# ------------------------------------------------------------ "fermez mon compte" seul

# P: Anthony, 36, a fini le programme, ne veut plus de compte. Rien sur les données.
# NEAR-LINE: "close my account" alone, no data mentioned - negative per policy.
dict(key="fr-neg-anthony-fermer-compte", rights=[], lang="fr",
     frm="Anthony Mercier <anthony.mercier@outlook.fr>", mailer="outlook",
     date="2025-07-17 13:03", subj="Fermeture compte",
     body="""
Bonjour,

J'ai terminé la formation en ligne. Pouvez-vous fermer mon compte sur la plateforme ? Je ne l'utiliserai plus.

Merci,
Anthony Mercier
"""),

# P: Gisèle, 70, veut clôturer son compte "sur internet" chez Sandra. Orange.
# NEAR-LINE: account closure only, no mention of data - negative.
dict(key="fr-neg-gisele-cloturer-compte", rights=[], lang="fr",
     frm="Gisèle Bardin <gisele.bardin@orange.fr>", mailer="orange", shape="plain",
     date="2025-12-18 10:44", subj="compte",
     body="""
Bonjour Madame,

Je voudrais clôturer mon compte sur votre site, je ne me sers pas de l'ordinateur assez. Je continuerai à venir aux ateliers du jeudi avec plaisir.

Gisèle Bardin
"""),

# P: Rémi, 31, Bruxelles, désactiver son compte membre. Belge.
dict(key="fr-neg-remi-bxl-desactiver", rights=[], lang="fr-BE",
     frm="Rémi Claes <remi.claes@gmail.com>", mailer="gmail",
     date="2026-03-04 08:57", subj="Désactivation compte membre",
     body="""
Bonjour,

Pourriez-vous désactiver mon compte membre ? J'ai eu ce qu'il me fallait avec le programme, merci beaucoup.

Bonne journée,
Rémi
"""),

# ------------------------------------------------------------ questions on how rights work

# P: Emmanuelle, 48, prudente, avant de s'engager dans un coaching, pose des questions.
# NEAR-LINE: "aurais-je le droit de..." - a question about how the right works, no request.
dict(key="fr-neg-emmanuelle-question-droit", rights=[], lang="fr",
     frm="Emmanuelle Dupuis <emmanuelle.dupuis@gmail.com>", mailer="gmail",
     date="2025-01-28 18:25", subj="Question avant de m'engager",
     body="""
Bonjour Sandra,

Avant de m'engager dans l'accompagnement de 6 mois, j'ai une question : si un jour j'arrête, aurais-je le droit de demander la suppression des notes que vous prenez pendant les séances ? Et combien de temps les gardez-vous en temps normal ?

Je préfère savoir à quoi m'attendre.

Merci,
Emmanuelle
"""),

# P: Gérald, 58, lit la politique de confidentialité et pose des questions techniques.
dict(key="fr-neg-gerald-question-portabilite", rights=[], lang="fr",
     frm="Gérald Moulin <gerald.moulin@laposte.net>", mailer="thunderbird",
     date="2025-08-07 16:16", subj="Question sur votre politique de confidentialité",
     body="""
Bonjour Madame,

En lisant votre politique de confidentialité, je vois que vous mentionnez le droit à la portabilité "à certaines conditions". De quelles conditions s'agit-il ? Est-ce que cela concerne aussi les notes de séance ou seulement ce que le client a rempli lui-même ?

Je pose la question par curiosité, je n'ai pas de demande particulière pour l'instant.

Cordialement,
Gérald Moulin
"""),

# P: Coline, 24, étudiante en droit, demande si elle peut s'opposer à la prospection.
# Sans accents.
dict(key="fr-neg-coline-ai-je-le-droit", rights=[], lang="fr-informal",
     frm="Coline <coline.martinez@etu.univ-poitiers.fr>", mailer="thunderbird",
     date="2026-04-06 14:02", subj="petite question rgpd",
     body="""
bonjour

je fais un memoire sur le rgpd chez les independants et je me demandais : si une ancienne cliente vous demande de ne plus recevoir de mails commerciaux, est ce que vous etes obligee d'accepter meme si elle est cliente depuis moins de 3 ans ? et ai-je le droit de vous citer dans mon memoire (anonymement) ?

merci beaucoup
coline
"""),

# P: Marc-André, 40, Québec, demande comment fonctionne la suppression sur Systeme.io.
dict(key="fr-neg-marcandre-qc-comment", rights=[], lang="fr-CA",
     frm="Marc-André Lévesque <ma.levesque@videotron.ca>", mailer="outlook",
     date="2025-10-16 21:33", subj="Question sur vos renseignements personnels",
     body="""
Bonjour,

Je songe à m'inscrire à votre formation en ligne. Par curiosité : si un jour je veux que mes renseignements soient effacés, est-ce que ça se fait automatiquement quand je ferme mon compte Systeme.io, ou faut-il vous écrire? Et combien de temps ça prend d'habitude?

Merci!
Marc-André
"""),

# ------------------------------------------------------------ CNIL complaints / copies

# P: Renaud, 51, ancien client mécontent, met Sandra en copie de sa plainte CNIL. Ton glacial.
# NEAR-LINE: a copy of a CNIL complaint is negative, even if it mentions his earlier request.
dict(key="fr-neg-renaud-copie-plainte-cnil", rights=[], lang="fr",
     frm="Renaud Chauvin <renaud.chauvin@gmail.com>", mailer="gmail",
     date="2025-07-24 11:50", subj="Copie : plainte déposée auprès de la CNIL",
     att=[("Plainte_CNIL_Chauvin.pdf", "application/pdf")],
     body="""
Madame,

Pour votre information, vous trouverez ci-joint copie de la plainte que j'ai déposée ce jour auprès de la CNIL (réf. en ligne 25-0724-118845), faute de réponse satisfaisante à mon courrier du mois de mai.

Je laisse désormais la CNIL traiter ce dossier.

Renaud Chauvin
"""),

# P: Josette, 63, transfère à Sandra la confirmation de sa plainte CNIL contre une autre
# entreprise, par erreur (elle voulait l'envoyer à sa fille). Orange.
dict(key="fr-neg-josette-fwd-cnil-erreur", rights=[], lang="fr",
     frm="Josette Morin <josette.morin@orange.fr>", mailer="orange",
     date="2025-11-21 17:02", subj="TR: Accusé de réception de votre plainte",
     body="""
Regarde ma chérie, la CNIL m'a répondu pour le démarchage de la cuisine. Tu crois que ça va marcher ?

Maman

-------- Message transféré --------
De : CNIL <ne-pas-repondre@cnil.fr>
Date : 21/11/2025 16:40
Objet : Accusé de réception de votre plainte

Madame,
Nous accusons réception de votre plainte n° 25-1121-009412 concernant la société Cuisines Horizon.
Votre plainte sera examinée par nos services dans les meilleurs délais.
La Commission nationale de l'informatique et des libertés
"""),

# ------------------------------------------------------------ about another living adult

# P: Jean-Pierre, 58, mari d'une cliente, veut savoir ce que sa femme raconte en séance.
# Jaloux, passe par l'adresse commune du couple.
# NEAR-LINE: a spouse asking about another living adult's data - negative.
dict(key="fr-neg-jeanpierre-epouse", rights=[], lang="fr",
     frm="Famille Renard <famille.renard@wanadoo.fr>", mailer="orange",
     date="2025-05-15 22:41", subj="Ma femme",
     body="""
Madame,

Mon épouse, Christine Renard, vous consulte depuis plusieurs mois. Je paie ces séances et j'estime avoir le droit de savoir ce qui s'y dit. Je vous demande de m'envoyer une copie de son dossier et de vos notes.

Jean-Pierre Renard
"""),

# P: Danielle, 55, mère d'un fils de 22 ans suivi en coaching, inquiète.
# NEAR-LINE: the son is an adult (22) - a parent asking for an adult child's data is negative.
dict(key="fr-neg-danielle-fils-majeur", rights=[], lang="fr",
     frm="Danielle Garnier <danielle.garnier@free.fr>", mailer="thunderbird",
     date="2025-09-24 13:27", subj="Dossier de mon fils Théo",
     body="""
Bonjour Madame Delomenie,

Mon fils Théo Garnier, 22 ans, est suivi par vous depuis septembre. Il traverse une période difficile et ne nous dit rien. Pourriez-vous m'envoyer les comptes rendus de ses séances ? Je veux seulement l'aider.

Une maman inquiète,
Danielle Garnier
"""),

# P: Olivier, 45, directeur d'une PME, veut les résultats individuels d'un salarié formé.
# NEAR-LINE: an employer asking for an employee's (living adult's) data - negative.
dict(key="fr-neg-directeur-resultats-salarie", cte="b64", rights=[], lang="fr",
     frm="Olivier Pradel <o.pradel@menuiseries-pradel.fr>", mailer="outlook",
     date="2025-04-17 11:36", subj="Résultats de M. Girardin",
     body="""
Bonjour Madame Delomenie,

Suite à la formation "Management bienveillant" de mars, pourriez-vous me transmettre le profil de personnalité et l'évaluation individuelle de Thomas Girardin ? Nous préparons son entretien annuel et ces éléments nous seraient utiles.

Nous avons financé cette formation, cela me semble légitime.

Cordialement,
Olivier Pradel
Directeur - Menuiseries Pradel
"""),

# P: Aline, 39, collègue d'une participante, demande qu'on supprime le numéro de sa collègue
# du groupe WhatsApp "parce qu'elle n'ose pas". Gmail.
# NEAR-LINE: a colleague asking erasure for another living adult without mandate - negative.
dict(key="fr-neg-aline-collegue-numero", rights=[], lang="fr",
     frm="Aline Roche <aline.roche@gmail.com>", mailer="gmail",
     date="2026-02-10 12:25", subj="Pour ma collègue Sonia",
     body="""
Bonjour Sandra,

Ma collègue Sonia Lemaire a fait le stage de janvier avec moi. Elle n'ose pas vous le dire, mais elle voudrait que vous supprimiez son numéro du groupe WhatsApp et de vos contacts. Vous pouvez le faire de ma part ?

Merci !
Aline
"""),

# ------------------------------------------------------------ thank-you above handled request

# P: Nathalie (même que la demande d'accès pour sa fille, plus tard) remercie pour l'envoi.
# Gmail-style quote of Sandra's reply which quotes the original request.
# NEAR-LINE: thank-you above a quoted, already handled access request - only the new text
# counts: negative.
dict(key="fr-neg-merci-copie-recue", rights=[], lang="fr",
     frm="Nathalie Roux <nathalie.roux36@orange.fr>", mailer="gmail",
     date="2025-05-12 19:30", subj="Re: Données de ma fille Lilou",
     irt="<5b1e2a7c-0d1f-4c55-9a8e-7e3f1e88a203@orange.fr>",
     body="""
Bonsoir Sandra,

Bien reçu, merci beaucoup pour votre rapidité et pour le petit mot qui accompagnait le dossier. Lilou et moi l'avons lu ensemble, c'était un beau moment.

Belle soirée,
Nathalie

Le lun. 12 mai 2025 à 10:04, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
> Bonjour Nathalie,
>
> Vous trouverez ci-joint la copie du dossier de Lilou (fiche d'inscription, questionnaires, comptes rendus).
>
> Belle journée,
> Sandra
>
>> Le 23 avr. 2025 à 13:02, Nathalie Roux <nathalie.roux36@orange.fr> a écrit :
>> En tant que responsable légale, je souhaiterais recevoir une copie des données que vous avez conservées sur Lilou.
"""),

# P: Fanny (ménage numérique) remercie pour la confirmation de suppression. Outlook style quote.
dict(key="fr-neg-merci-suppression-faite", rights=[], lang="fr",
     frm="Fanny Leclerc <fanny.leclerc.pro@gmail.com>", mailer="outlook",
     date="2025-01-15 08:55", subj="RE: Suppression de mes données personnelles",
     body="""
Parfait, merci pour la confirmation et bonne continuation !

Fanny

De : Sandra Delomenie <sandra.delomenie@orange.fr>
Envoyé : mardi 14 janvier 2025 18:12
À : Fanny Leclerc <fanny.leclerc.pro@gmail.com>
Objet : Re: Suppression de mes données personnelles

Bonjour Fanny,
Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers, de Systeme.io et de Google Drive.
Belle journée,
Sandra

De : Fanny Leclerc
Envoyé : mercredi 8 janvier 2025 20:05
Objet : Suppression de mes données personnelles

Merci de supprimer l'ensemble des données personnelles me concernant et de me confirmer la suppression.
"""),

# P: Didier (Charleroi) remercie, Apple Mail quote style.
dict(key="fr-neg-didier-merci-desinscription", rights=[], lang="fr-BE",
     frm="Didier Wauthier <didier.wauthier@skynet.be>", mailer="apple",
     date="2025-05-29 09:14", subj="Re: Liste de diffusion",
     body="""
Merci Madame, c'est parfait. Bonne continuation à vous.

D. Wauthier

> Le 28 mai 2025 à 18:03, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
>
> Bonjour Monsieur Wauthier,
> C'est fait : vous ne recevrez plus la lettre d'information.
> Bien cordialement,
> Sandra
>
>> Le 27 mai 2025 à 11:36, Didier Wauthier <didier.wauthier@skynet.be> a écrit :
>>
>> Je vous saurais gré de bien vouloir me retirer de votre liste de diffusion.
"""),

# ------------------------------------------------------------ giving consent

# P: Sabine, 44, renvoie le formulaire de consentement données de santé signé.
dict(key="fr-neg-sabine-consentement-sante", rights=[], lang="fr",
     frm="Sabine Huet <sabine.huet@gmail.com>", mailer="gmail",
     date="2025-02-24 08:18", subj="Formulaire de consentement signé",
     att=[("Consentement_donnees_sante_Huet_signe.pdf", "application/pdf")],
     body="""
Bonjour Sandra,

Voici le formulaire de consentement pour la collecte de mes données de santé, signé. J'ai bien lu la politique de confidentialité, tout est clair pour moi.

À lundi pour notre première séance,
Sabine
"""),

# P: Arthur, 33, accepte que son témoignage soit publié, avec enthousiasme.
dict(key="fr-neg-arthur-accepte-temoignage", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=[], lang="fr",
     frm="Arthur Lemaire <arthur.lemaire@outlook.fr>", mailer="outlook",
     date="2025-06-09 12:01", subj="Re: Votre témoignage ?",
     irt="<CAF7wq9Aa8TgEm1@mail.gmail.com>",
     body="""
Bonjour Sandra,

Avec plaisir ! J'accepte que mon témoignage soit publié sur votre site et sur Instagram, avec mon prénom et ma photo (celle du stage me va très bien). Vous pouvez modifier un peu le texte si c'est trop long.

Arthur

De : Sandra Delomenie <contact@floraisondesoi.fr>
Envoyé : vendredi 6 juin 2025 17:40
Objet : Votre témoignage ?

Bonjour Arthur, accepteriez-vous que je publie le petit mot que vous m'avez envoyé après le stage ?
"""),

# ------------------------------------------------------------ forwarded

# P: Corinne, 49, amie coach, transfère un mail d'une cliente à elle pour avoir l'avis de Sandra.
# NEAR-LINE: the forwarded text is a request addressed to another coach; the new text just
# asks for advice - negative for Sandra.
dict(key="fr-neg-corinne-fwd-avis", rights=[], lang="fr",
     frm="Corinne Lambert <corinne@lambert-coaching.fr>", mailer="gmail",
     date="2025-08-18 14:35", subj="Fwd: Demande de suppression",
     body="""
Coucou Sandra,

Je reçois ça d'une ancienne cliente, c'est la première fois. Tu ferais comment toi ? Je dois tout effacer même les factures ? Tu as un modèle de réponse ?

Merci ma belle,
Corinne

---------- Forwarded message ---------
De : Aurore Ménard <aurore.menard@gmail.com>
Date: lun. 18 août 2025 à 09:12
Subject: Demande de suppression
To: <corinne@lambert-coaching.fr>

Bonjour Corinne,
Je vous demande de supprimer toutes mes données personnelles.
Aurore Ménard
"""),


# ------------------------------------------------------------ more hard negatives

# P: Sophie-Anne, 43, s'inscrit à la formation certifiante via son CPF. Envoie sa pièce
# d'identité comme demandé pour le dossier. Gmail.
# NEAR-LINE: an ID scan attached (as in many requests), but it is sent for a CPF enrolment
# file - negative.
dict(key="fr-neg-sophieanne-cni-cpf", rights=[], lang="fr",
     frm="Sophie-Anne Giraud <sophieanne.giraud@gmail.com>", mailer="gmail",
     date="2025-09-08 12:58", subj="Pièces pour mon dossier CPF",
     att=[("CNI_Giraud_recto.jpg", "image/jpeg"), ("Attestation_employeur.pdf", "application/pdf")],
     body="""
Bonjour Sandra,

Comme demandé, voici ma carte d'identité et l'attestation de mon employeur pour finaliser mon inscription à la formation certifiante via Mon Compte Formation.

Dites-moi s'il manque quelque chose pour que vous puissiez valider le dossier.

Belle journée,
Sophie-Anne
"""),

# P: Julien, 37, ingénieur, suit son humeur sur une appli et envoie l'export à Sandra pour
# la séance. Données, export, CSV : tout y est, mais c'est du travail de coaching.
dict(key="fr-neg-julien-export-humeur", rights=[], lang="fr",
     frm="Julien Marchand <julien.marchand@free.fr>", mailer="thunderbird",
     date="2026-01-29 22:14", subj="Export de mon suivi d'humeur",
     att=[("humeur_janvier.csv", "text/csv",
           "date,humeur,sommeil_h,note\n2026-01-05,3,6.5,reunion difficile\n"
           "2026-01-12,4,7,week-end au calme\n2026-01-19,2,5,conflit equipe\n"
           "2026-01-26,4,7.5,sport x3\n")],
     body="""
Bonsoir Sandra,

Comme convenu, voici l'export de mes données d'humeur de janvier (l'appli sort un CSV). On pourra regarder ensemble la semaine du 19, qui a été compliquée.

À mardi,
Julien
"""),

# P: Karima, 41, chargée de formation d'une entreprise cliente, envoie une invitation Teams
# pour caler le bilan de formation (ICS). Outlook.
dict(key="fr-neg-karima-invitation-bilan", rights=[], lang="fr",
     frm="Karima Saidi <k.saidi@groupe-berrichon-sante.fr>", mailer="outlook", cte="b64",
     date="2025-11-07 16:20", subj="Invitation : Bilan formation CNV - mar. 18 nov. 2025 14:00",
     att=[("invite.ics", "text/calendar", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008b29karima
DTSTAMP:20251107T152000Z
DTSTART:20251118T130000Z
DTEND:20251118T140000Z
SUMMARY:Bilan formation CNV
LOCATION:Microsoft Teams
ORGANIZER;CN=Karima Saidi:mailto:k.saidi@groupe-berrichon-sante.fr
ATTENDEE;CN=Sandra Delomenie:mailto:sandra.delomenie@orange.fr
END:VEVENT
END:VCALENDAR
""")],
     body="""
Bonjour Sandra,

Je vous propose ce créneau pour faire le bilan de la formation CNV avec notre directrice. Nous aimerions aussi parler de l'accès des stagiaires aux replays et de la suppression des supports papier après la session.

Cordialement,
Karima Saidi
Chargée de formation - Groupe Berrichon Santé
"""),

]
