"""French-language hard negatives written by people (clients, partners, Sandra herself)."""
from mailkit import Q, SANDRA, CONTACT, SIG_SANDRA, SIG_SANDRA_SHORT
from common import nl_quote, NL_MARS, NL_RENTREE, NL_JANVIER, NL_MAI

RECORDS = []


def R(**kw):
    kw.setdefault("lang", "fr")
    kw.setdefault("rights", [])
    RECORDS.append(kw)


# ------------------------------------------------------------------ thank-you above quoted, handled requests
# NEAR-LINE: thank-you above a quoted, already handled erasure request -> negative.
R(key="fr-neg-thanks-above-erasure-3levels", client="gmail",
  frm="Aurore Lefèvre <aurore.lefevre29@gmail.com>", date="2025-03-29 10:14",
  subject="Re: Suppression de mes données",
  body="""Merci beaucoup Sandra pour votre rapidité et votre gentillesse. Belle continuation !
Aurore""",
  quote=Q(frm=SANDRA, date="2025-03-28 17:48", body="""Bonjour Aurore,

C'est fait : votre dossier, vos questionnaires et votre contact dans l'outil d'emailing ont été supprimés. Je conserve uniquement les factures, comme la loi m'y oblige, pendant la durée légale.

Bien à vous,
""" + SIG_SANDRA,
          quote=Q(frm="Aurore Lefèvre <aurore.lefevre29@gmail.com>", date="2025-03-25 21:02",
                  body="""Bonjour Sandra,

Suite à mon déménagement en Bretagne, je vous demande de supprimer l'ensemble des données me concernant.

Merci,
Aurore Lefèvre""")))

# NEAR-LINE: thank-you above a quoted, handled access request -> negative.
R(key="fr-neg-thanks-received-copy-iphone", client="iphone",
  frm="Mireille Fontaine <mireille.fontaine@icloud.com>", date="2025-06-16 13:05",
  subject="Re: Votre demande de copie de dossier",
  body="""Bien reçu le dossier, merci Sandra ! Je vais prendre le temps de le relire tranquillement.

Envoyé de mon iPhone""",
  quote=Q(frm=SANDRA, date="2025-06-16 09:30", body="""Bonjour Mireille,

Comme convenu, vous trouverez ci-joint la copie complète de votre dossier : fiche d'inscription, questionnaires, comptes rendus de séance et factures.

Bonne lecture,
Sandra""",
          quote=Q(frm="Mireille Fontaine <mireille.fontaine@icloud.com>", date="2025-06-02 18:44", client="iphone",
                  body="""Bonjour Sandra, pourriez-vous m'envoyer une copie de tout mon dossier ? Merci !

Envoyé de mon iPhone""")))

# NEAR-LINE: acknowledgement above a quoted, handled unsubscribe -> negative.
R(key="fr-neg-cestnote-above-unsub-confirmation", client="orange", mime="plain",
  frm="Jacqueline Roux <jacqueline.roux@orange.fr>", date="2025-09-08 11:40",
  subject="RE: Re: Rentrée : trois rituels pour garder le cap 🍂",
  body="""C'est noté, merci et bonne rentrée à vous aussi.
J. Roux""",
  quote=Q(frm=SANDRA, date="2025-09-08 09:12", body="""Bonjour Madame Roux,

C'est fait, vous ne recevrez plus la lettre d'information. Vous restez bien sûr la bienvenue aux ateliers !

Sandra""",
          quote=Q(frm="Jacqueline Roux <jacqueline.roux@orange.fr>", date="2025-09-04 08:01", client="orange",
                  body="""Bonjour, je ne souhaite plus recevoir cette lettre. Merci""",
                  quote=nl_quote(NL_RENTREE, "2025-09-03 07:30"))))

# NEAR-LINE: the newest text asks an unrelated practical question; the erasure request and its handling are only
# in the quoted history, so nothing new is exercised.
R(key="fr-neg-new-question-above-handled-request", client="gmail",
  frm="Léa Dupont <lea.dupont.37@gmail.com>", date="2025-11-04 14:22",
  subject="Re: Retrait de la photo",
  body="""Super, merci !

Au fait, le cercle de novembre a bien lieu jeudi 6 ? Je pense venir avec une amie.

Léa""",
  quote=Q(frm=SANDRA, date="2025-11-03 19:10", body="""Bonjour Léa,

J'ai retiré la photo de la page Facebook et du site, comme demandé. Désolée pour le désagrément.

Sandra""",
          quote=Q(frm="Léa Dupont <lea.dupont.37@gmail.com>", date="2025-11-03 08:40",
                  body="""Bonjour Sandra, je ne suis plus d'accord pour que la photo du cercle d'octobre soit en ligne, pouvez-vous la retirer ? Merci, Léa""")))

# NEAR-LINE: Long thread; an objection (no more newsletter) sits three levels down and was handled; the newest
# message is only about a workshop date.
R(key="fr-neg-objection-deep-in-thread-logistics", client="outlook_web",
  frm="Catherine Weber <catherine.weber@hotmail.fr>", date="2026-02-04 09:02",
  subject="RE: RE: RE: Atelier de février",
  body="""Parfait, je serai là samedi 14 à 9h30. Je viendrai en covoiturage avec Annie.

Catherine""",
  quote=Q(frm=SANDRA, date="2026-02-03 18:00", client="orange", body="""Bonjour Catherine,

Oui, il reste de la place pour l'atelier du 14 février. Je vous inscris.

Sandra""",
          quote=Q(frm="Catherine Weber <catherine.weber@hotmail.fr>", date="2026-02-03 12:15", client="outlook_web",
                  body="""Bonjour Sandra,

Puisque je ne reçois plus la lettre, je ne sais plus quand sont les ateliers ! Y en a-t-il un en février ?

Catherine""",
                  quote=Q(frm=SANDRA, date="2026-01-10 10:20", client="orange", body="""Bonjour Catherine,

C'est fait, je vous ai retirée de la liste de la newsletter.

Sandra""",
                          quote=Q(frm="Catherine Weber <catherine.weber@hotmail.fr>", date="2026-01-09 08:30",
                                  client="outlook_web", body="""Bonjour, merci de ne plus m'envoyer la newsletter. Catherine""")))))

# ------------------------------------------------------------------ Sandra's own sent mail
# NEAR-LINE: Sandra's own sent mail quoting a request -> negative.
R(key="fr-neg-sandra-confirms-erasure-sent", client="orange",
  frm=SANDRA, to="Gaëlle Simon <gaelle.simon@free.fr>", date="2025-05-05 18:20",
  subject="Re: suppression",
  body="""Bonjour Gaëlle,

Je vous confirme la suppression de vos données : fiche client, notes de séances et contact Systeme.io. Les factures sont conservées dix ans pour des raisons comptables.

Je vous souhaite le meilleur pour la suite,
""" + SIG_SANDRA,
  quote=Q(frm="Gaëlle Simon <gaelle.simon@free.fr>", date="2025-05-04 22:11", client="zimbra",
          body="""Bonsoir Sandra, merci de supprimer toutes mes données, je n'ai plus besoin de l'accompagnement. Gaëlle"""))

# NEAR-LINE: Sandra forwards a client's testimonial-withdrawal request to her webmaster. Her own sent mail:
# the request is only in the forwarded part and she is the sender.
R(key="fr-neg-sandra-fwd-to-webmaster", client="iphone", fwd=True,
  frm=SANDRA, to="Lucas Webdesign <lucas@lucas-webdesign.fr>", date="2025-02-20 08:15",
  subject="Fwd: Mon témoignage sur votre site",
  body="""Salut Lucas,

Tu peux retirer le témoignage de Caroline Benoît de la page Témoignages (texte + photo) ? Je m'occupe de Systeme.io.

Merci !
Sandra

Envoyé de mon iPhone""",
  quote=Q(frm="Caroline Benoît <caroline.benoit.coach@gmail.com>", date="2025-02-19 15:34", to=SANDRA,
          body="""Bonjour Sandra,

Ma situation professionnelle a changé et je préférerais que mon témoignage n'apparaisse plus sur le site. Je retire mon accord.

Caroline"""))

R(key="fr-neg-sandra-reschedule-iphone", client="iphone", mime="plain",
  frm=SANDRA, to="Julie Morel <julie.morel.36@gmail.com>", date="2025-10-16 07:32",
  subject="Re: Jeudi",
  body="""Oui pas de souci Julie, on décale à 17h30. À jeudi !
Sandra

Envoyé de mon iPhone""",
  quote=Q(frm="Julie Morel <julie.morel.36@gmail.com>", date="2025-10-15 22:10",
          body="""Bonsoir Sandra, est-ce possible de décaler jeudi à 17h30 au lieu de 17h ? Je finis plus tard. Julie"""))

R(key="fr-neg-sandra-to-accountant-export", client="orange",
  frm=SANDRA, to="Cabinet Auditex – Marion <marion@auditex-comptable.fr>", date="2026-01-22 14:00",
  subject="Export Stripe 2025",
  body="""Bonjour Marion,

Voici l'export des paiements Stripe de l'année 2025 (CSV) et le relevé Systeme.io. J'ai supprimé les colonnes inutiles (adresses e-mail des clientes) pour ne garder que les montants, dates et numéros de facture.

Dites-moi s'il manque quelque chose pour la liasse.

Belle journée,
""" + SIG_SANDRA,
  attach=[dict(kind="csv", name="stripe_paiements_2025.csv",
               text="date,facture,montant_eur,frais_eur\n2025-01-17,2025-004,140.00,2.35\n2025-02-03,2025-011,70.00,1.23\n2025-03-12,2025-019,97.00,1.61\n")])

# ------------------------------------------------------------------ cancellations (trigger words)
# NEAR-LINE: "supprimer mon inscription" to a workshop = cancelling a booking, not erasure of data.
R(key="fr-neg-cancel-workshop-supprimer-inscription", client="gmail",
  frm="Amandine Carré <amandine.carre@gmail.com>", date="2025-04-08 07:48",
  subject="Atelier samedi – annulation",
  body="""Bonjour Sandra,

Ma fille a de la fièvre, je ne pourrai pas venir samedi. Pouvez-vous supprimer mon inscription à l'atelier et la reporter sur celui de mai si c'est possible ?

Désolée du contretemps,
Amandine""")

R(key="fr-neg-resiliation-abonnement-stripe", client="outlook_web",
  frm="Émilie Barré <emilie.barre@outlook.fr>", date="2025-07-01 20:30",
  subject="Résiliation abonnement",
  body="""Bonjour,

Je souhaite résilier mon abonnement mensuel au parcours « Retrouver son élan » à compter de ce mois-ci (prélèvement Stripe du 5). Merci de me confirmer que le prochain prélèvement n'aura pas lieu.

Cordialement,
Émilie Barré""")

R(key="fr-neg-calendly-slot-deleted", client="samsung", mime="html",
  frm="Ludovic Henry <ludo.henry36@gmail.com>", date="2025-12-10 06:55",
  subject="Créneau de jeudi",
  body="""Bonjour Sandra, j'ai supprimé mon créneau de jeudi sur Calendly, j'ai un souci de voiture. Je reprends un rdv la semaine prochaine. Ludovic
Envoyé depuis mon smartphone Samsung Galaxy.""")

# NEAR-LINE: "désinscrire de l'atelier" = cancelling a workshop seat, not unsubscribing from mailings.
R(key="fr-neg-desinscrire-atelier-mars", cte="base64", client="yahoo",
  frm="Fatima Ouali <fatima.ouali@yahoo.fr>", date="2026-03-02 12:12",
  subject="désinscription atelier",
  body="""Bonjour Madame,

Je voudrais me désinscrire de l'atelier du 21 mars, je travaille finalement ce samedi-là. Est-ce que l'acompte peut être gardé pour un prochain atelier ?

Merci beaucoup
Fatima""")

R(key="fr-neg-company-cancels-training-contract", client="outlook", logo=True,
  frm="Sylvie Marchand <s.marchand@berry-plasturgie.fr>", date="2025-10-27 10:40",
  subject="Annulation session « Gestion du stress » du 18 novembre",
  body="""Bonjour Madame Delomenie,

Suite à une réorganisation du planning de production, nous sommes contraints d'annuler la session de formation du 18 novembre prévue pour 8 de nos collaborateurs. Merci de nous indiquer les conditions d'annulation prévues à la convention.

Nous reviendrons vers vous pour reprogrammer en 2026.

Cordialement,

Sylvie Marchand
Responsable Ressources Humaines
Berry Plasturgie – ZI du Cher – 36100 Issoudun
Tél. : 02 54 03 12 00

Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels.""",
  attach=[dict(kind="ics", name="Annulation – Formation Gestion du stress.ics", method="CANCEL", text="""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000
DTSTART;TZID=Romance Standard Time:20251118T090000
DTEND;TZID=Romance Standard Time:20251118T170000
SUMMARY;LANGUAGE=fr-FR:Annulé : Formation Gestion du stress – Berry Plasturgie
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR""")])

# NEAR-LINE: a parent removing a minor from a workshop list = cancelling a booking.
R(key="fr-neg-parent-remove-teen-from-workshop-list", client="iphone",
  frm="Christophe Giraud <christophe.giraud@icloud.com>", date="2025-10-07 19:42",
  subject="Atelier ados mercredi",
  body="""Bonsoir,

Pouvez-vous retirer Mathis de la liste des participants de l'atelier de mercredi ? Il a un match de foot reporté. On verra pour la session de novembre.

Christophe Giraud

Envoyé de mon iPhone""")

# ------------------------------------------------------------------ password / espace / close account
R(key="fr-neg-password-espace-formation", client="gmail",
  frm="Nadia Bensaïd <nadia.bensaid@gmail.com>", date="2025-09-22 21:14",
  subject="Impossible d'accéder à mon espace",
  body="""Bonsoir Sandra,

Je n'arrive plus à accéder à mon espace de formation sur Systeme.io. J'ai cliqué sur « mot de passe oublié » mais je ne reçois aucun mail (j'ai regardé dans les spams). Pouvez-vous m'aider ?

Merci !
Nadia""")

R(key="fr-neg-lien-acces-ne-marche-pas", client="samsung",
  frm="Patricia Morin <patricia.morin36@sfr.fr>", date="2025-11-15 09:30",
  subject="Re: Votre accès au parcours « Retrouver son élan »",
  body="""Bonjour le lien ne marche pas il me dit que la page n'existe pas. Comment je fais pour accéder à mon espace ?
Patricia

Envoyé depuis mon smartphone Samsung Galaxy.""",
  quote=Q(frm=CONTACT, date="2025-11-14 18:00", client="system", body="""Bonjour Patricia,

Bienvenue dans le parcours « Retrouver son élan » ! Voici votre lien d'accès personnel : https://floraisondesoi.systeme.io/school/course/retrouver-son-elan

Votre identifiant : patricia.morin36@sfr.fr

À très vite,
Sandra – Floraison de Soi"""))

# NEAR-LINE: "fermer mon compte" alone, no mention of data -> negative per policy.
R(key="fr-neg-close-account-alone", client="thunderbird",
  frm="Hervé Tessier <herve.tessier@gmx.fr>", date="2026-01-30 17:05",
  subject="Compte Systeme.io",
  body="""Bonjour,

Pourriez-vous fermer mon compte sur la plateforme de formation ? Je ne m'en sers plus depuis la fin du module.

Merci,
Hervé Tessier""")

R(key="fr-neg-identifiant-change-question", client="outlook_web",
  frm="Annie Legrand <annie.legrand@live.fr>", date="2026-04-16 16:16",
  subject="Connexion",
  body="""Bonjour Sandra,

Quand je veux me connecter à mon espace pour revoir le replay, il me demande un code envoyé par mail mais je ne le reçois pas. Faut-il que je crée un nouveau compte ?

Annie""")

# ------------------------------------------------------------------ questions about how rights work
# NEAR-LINE: "ai-je le droit" + "je ne vous le demande pas maintenant" -> negative.
R(key="fr-neg-question-droit-suppression-notes", client="gmail",
  frm="Élise Rousseau <elise.rousseau@gmail.com>", date="2025-05-12 12:40",
  subject="Question RGPD",
  body="""Bonjour Sandra,

Une question sans urgence : ai-je le droit de demander la suppression de vos notes de séance tout en continuant l'accompagnement ? Ou est-ce que ça vous empêcherait de me suivre correctement ?

Je ne vous le demande pas maintenant, je me renseigne 🙂

Élise""")

# NEAR-LINE: hypothetical question about portability "si un jour..." -> a question about how the right works.
R(key="fr-neg-question-conservation-recuperer", client="orange",
  frm="Bernard Chevalier <bernard.chevalier@orange.fr>", date="2025-08-07 10:55",
  subject="Durée de conservation",
  body="""Bonjour Madame,

Combien de temps conservez-vous les dossiers une fois l'accompagnement terminé ? Et si un jour je change de coach, est-ce que j'aurai la possibilité de récupérer mon dossier sous forme de fichier ?

Merci pour ces précisions,
Bernard Chevalier""")

# NEAR-LINE: "est-ce que j'ai le droit de m'opposer" is a question about a right -> negative.
R(key="fr-neg-question-employer-see-notes", client="thunderbird",
  frm="Christine Faure <christine.faure@ac-orleans-tours.fr>", date="2025-09-29 18:18",
  subject="Confidentialité",
  body="""Bonjour,

Mon employeur finance une partie de l'accompagnement. Est-ce que j'ai le droit de m'opposer à ce qu'il reçoive un compte rendu ? Comment ça se passe d'habitude ?

Merci,
Christine Faure""")

R(key="fr-neg-fellow-coach-rgpd-advice", client="gmail",
  frm="Marion Leclerc – Les Chemins du Lien <marion@leschemins-dulien.fr>", date="2025-06-24 14:02",
  subject="Petite question RGPD entre collègues",
  body="""Coucou Sandra,

J'espère que tu vas bien ! Une cliente vient de me demander d'effacer ses données et je panique un peu : est-ce que je dois aussi supprimer ses factures ? Et tu utilises un registre de traitement, toi ? Tu avais fait une formation RGPD il me semble.

Si tu as 10 minutes pour un appel cette semaine, je t'offre le café à Châteauroux 😊

Bises,
Marion
Coach & sophrologue – Les Chemins du Lien""")

# ------------------------------------------------------------------ CNIL complaints / copies
# NEAR-LINE: copy of a CNIL complaint sent to her: negative per policy, even though it mentions access.
R(key="fr-neg-cnil-complaint-copy", client="gmail", fwd=True,
  frm="Joël Marchetti <joel.marchetti@gmail.com>", date="2025-07-18 09:10",
  subject="Fwd: Accusé de réception de votre plainte – CNIL",
  body="""Madame,

Pour votre information, je vous transmets l'accusé de réception de la plainte que j'ai déposée auprès de la CNIL.

J. Marchetti""",
  quote=Q(frm="CNIL <ne-pas-repondre@cnil.fr>", date="2025-07-17 16:44", client="system", to="joel.marchetti@gmail.com",
          subject="Accusé de réception de votre plainte – CNIL",
          body="""Madame, Monsieur,

Nous accusons réception de votre plainte n° 25-041877 concernant l'organisme « Floraison de Soi – Sandra Delomenie », relative à l'absence de réponse à une demande de droit d'accès.

Votre plainte va faire l'objet d'un examen par nos services. Nous vous tiendrons informé(e) des suites qui y seront données.

Commission nationale de l'informatique et des libertés
3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07"""))

R(key="fr-neg-cnil-instruction-letter", client="outlook",
  frm="CNIL – Service des plaintes <plaintes@cnil.fr>", date="2025-09-15 11:20",
  subject="Plainte n° 25-041877 – Floraison de Soi",
  body="""Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte à l'encontre de votre organisme, relative à la gestion d'une demande d'exercice du droit d'accès.

Afin de nous permettre d'instruire ce dossier, nous vous remercions de nous indiquer, dans un délai d'un mois, les suites que vous avez données à cette demande et de nous transmettre tout élément utile.

Vous trouverez ci-joint le courrier correspondant.

Le service des plaintes
CNIL – 3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07""",
  attach=[dict(kind="pdf", name="Courrier_CNIL_25-041877.pdf",
               lines=["Commission nationale de l'informatique et des libertes", "Plainte n 25-041877"])])

# NEAR-LINE: announces a CNIL complaint and copies its text; asks nothing of Sandra -> negative.
R(key="fr-neg-cnil-threat-with-complaint-text", client="yahoo", mime="plain",
  frm="Serge Dumont <serge.dumont@yahoo.fr>", date="2026-02-05 23:12",
  subject="Plainte",
  body="""Madame,

Je vous informe que j'ai saisi la CNIL aujourd'hui. Je vous copie ci-dessous le texte de ma plainte pour que vous sachiez à quoi vous en tenir.

« Je me suis inscrit à un webinaire gratuit de Floraison de Soi en 2024. Depuis, je reçois régulièrement des courriels commerciaux malgré plusieurs désinscriptions. Je demande à la CNIL d'intervenir. »

Serge Dumont""")

# ------------------------------------------------------------------ about another living adult
# NEAR-LINE: spouse asking for another living adult's notes -> negative.
R(key="fr-neg-husband-wants-wife-notes", cte="base64", client="outlook_web",
  frm="Franck Leroux <franck.leroux@hotmail.fr>", date="2025-04-22 22:40",
  subject="Ma femme",
  body="""Madame,

Ma femme, Valérie Leroux, vous consulte depuis janvier. Je souhaiterais avoir une copie des notes de ses séances, j'estime avoir le droit de savoir ce qui se dit sur notre couple.

Franck Leroux""")

# NEAR-LINE: mother asking for her adult (22) daughter's file -> negative.
R(key="fr-neg-mother-adult-daughter-file", client="orange",
  frm="Monique Vasseur <monique.vasseur@orange.fr>", date="2025-08-18 15:03",
  subject="Dossier de ma fille",
  body="""Bonjour,

Ma fille Laura (22 ans) a fait un accompagnement avec vous au printemps. Elle ne va pas bien et ne me dit rien. Pourriez-vous m'envoyer son dossier ou au moins me dire ce qu'il contient ? Je suis sa mère, je m'inquiète.

Monique Vasseur""")

# NEAR-LINE: an employer asking to delete a former employee's data is about another living adult -> negative.
R(key="fr-neg-hr-delete-former-employee", reply_to="Nadège Fournier <n.fournier@cofralim.fr>", client="outlook",
  frm="Ressources Humaines – Cofralim <rh@cofralim.fr>", date="2025-11-20 09:15",
  subject="Salariée sortie des effectifs – Mme Pereira",
  body="""Bonjour,

Mme Ana Pereira, qui avait suivi votre formation « Gestion du stress » dans le cadre de notre plan de développement des compétences, a quitté l'entreprise le 31 octobre. Pouvez-vous supprimer ses données et ses évaluations de vos fichiers ?

Cordialement,
Service RH – Cofralim
Avenue de la Gare – 36100 Issoudun""")

R(key="fr-neg-manager-wants-employee-assessment", client="outlook",
  frm="Didier Masson <didier.masson@transports-masson.fr>", date="2026-03-10 08:20",
  subject="Évaluation de M. Kevin Roy",
  body="""Madame Delomenie,

Pourriez-vous me transmettre l'évaluation individuelle et les réponses au questionnaire de M. Kevin Roy, qui a suivi la formation la semaine dernière ? J'en ai besoin pour son entretien annuel.

Merci,
Didier Masson
Directeur d'exploitation""")

# NEAR-LINE: a colleague asking to change another adult's email -> negative.
R(key="fr-neg-colleague-update-coworker-email", client="gmail",
  frm="Sophie Garnier <sophie.garnier.ehpad@gmail.com>", date="2026-01-26 13:30",
  subject="Adresse de ma collègue",
  body="""Bonjour Sandra,

Ma collègue Justine Faure (formation de février) a changé d'adresse mail mais elle n'a pas le temps de vous écrire : pouvez-vous remplacer son adresse par justine.faure.pro@gmail.com ? Elle n'a pas reçu la convocation.

Merci !
Sophie""")

# NEAR-LINE: adult son asking about his living mother's data, no mandate or guardianship -> negative.
R(key="fr-neg-son-asks-about-mother-alive", client="thunderbird",
  frm="Frédéric Lambert <fred.lambert@laposte.net>", date="2025-12-01 18:00",
  subject="Ma mère, Mme Lambert",
  body="""Bonjour,

Ma mère, Josette Lambert, 78 ans, suit votre cercle mensuel. Elle commence à perdre un peu la tête et je voudrais savoir quelles informations vous avez sur elle et si vous avez ses coordonnées bancaires. Pouvez-vous me les communiquer ?

Frédéric Lambert""")

# ------------------------------------------------------------------ giving consent
R(key="fr-neg-consent-testimonial-yes", client="gmail",
  frm="Noémie Blanc <noemie.blanc@gmail.com>", date="2025-06-06 11:11",
  subject="Re: Votre témoignage ?",
  body="""Avec grand plaisir Sandra ! Oui, vous pouvez publier mon témoignage avec mon prénom et la photo de l'atelier. Je suis fière de ce chemin 🌸

Noémie""",
  quote=Q(frm=SANDRA, date="2025-06-05 17:30", body="""Bonjour Noémie,

Vous m'aviez dit de si jolies choses à la fin du parcours… Accepteriez-vous que je les publie sur mon site, avec votre prénom et éventuellement une photo ? Vous pourrez retirer votre accord à tout moment.

Sandra"""))

R(key="fr-neg-consent-photo-form-signed", cte="base64", client="outlook_mobile",
  frm="Valentin Roche <valentin.roche@outlook.fr>", date="2025-09-11 08:02",
  subject="Autorisation droit à l'image",
  body="""Bonjour,

Voici l'autorisation de droit à l'image signée pour ma fille Inès (stage ados d'octobre). Nous sommes d'accord pour les photos de groupe.

Valentin Roche

Obtenir Outlook pour Android""",
  attach=[dict(kind="jpg", name="autorisation_image_Ines.jpg")])

R(key="fr-neg-consent-health-data-contract", client="apple",
  frm="Isabelle Marty <isabelle.marty@me.com>", date="2026-01-16 19:45",
  subject="Contrat signé",
  body="""Bonsoir Sandra,

Je vous renvoie le contrat d'accompagnement signé. J'ai bien coché la case de consentement pour les données de santé : je préfère que vous sachiez pour ma fibromyalgie, cela fait partie du tableau.

À mardi,
Isabelle""",
  attach=[dict(kind="pdf", name="Contrat_accompagnement_Marty_signé.pdf",
               lines=["Contrat d'accompagnement individuel", "Isabelle Marty", "Lu et approuve"])])

# NEAR-LINE: "je ne retire rien" – negation: she keeps her consent -> negative.
R(key="fr-neg-keep-testimonial-reply", client="iphone",
  frm="Odette Vincent <odette.vincent@icloud.com>", date="2026-03-27 10:00",
  subject="Re: Votre témoignage sur le site",
  body="""Bonjour Sandra, non non gardez-le, ça me fait plaisir qu'il puisse aider d'autres femmes. Je ne retire rien du tout 😊

Envoyé de mon iPhone""",
  quote=Q(frm=SANDRA, date="2026-03-26 16:40", body="""Bonjour Odette,

Je refais mon site et je fais le point avec chaque personne dont le témoignage y figure. Souhaitez-vous que je conserve le vôtre, ou préférez-vous que je le retire ?

Sandra"""))

# ------------------------------------------------------------------ ordinary coaching mail with trigger words
R(key="fr-neg-deleted-file-resend", client="gmail",
  frm="Anne-Laure Petit <annelaure.petit@gmail.com>", date="2025-03-03 20:20",
  subject="Fiche exercice",
  body="""Bonsoir Sandra,

J'ai supprimé par erreur la fiche « Mes valeurs » que vous m'aviez envoyée après la séance. Pourriez-vous me la renvoyer ?

Merci et bonne soirée,
Anne-Laure""")

R(key="fr-neg-replay-access", client="orange",
  frm="Hélène Gautier <helene.gautier@wanadoo.fr>", date="2025-05-24 09:40",
  subject="Replay webinaire",
  body="""Bonjour,

Je n'ai pas accès au replay du webinaire de jeudi, le lien renvoie vers une page d'erreur. Pourriez-vous me renvoyer le bon lien ?

Merci
Hélène Gautier""")

# NEAR-LINE: duplicate of one invoice for a works council = ordinary billing, not a copy of all personal data.
R(key="fr-neg-copie-facture-ce", client="outlook_web",
  frm="Morgane Rivière <morgane.riviere@hotmail.fr>", date="2025-04-01 12:50",
  subject="Copie facture",
  body="""Bonjour Sandra,

Le CE de mon entreprise rembourse une partie des ateliers. Pourriez-vous m'envoyer une copie de la facture de l'atelier de mars à mon nom ?

Merci beaucoup,
Morgane""")

R(key="fr-neg-export-video-exercise", client="samsung",
  frm="Cédric Noël <cedric.noel36@gmail.com>", date="2025-06-19 21:35",
  subject="Vidéo",
  body="""Bonsoir, j'arrive pas à exporter la vidéo de l'exercice de cohérence cardiaque pour la mettre sur mon téléphone. Il y a un moyen de la télécharger ? Merci
Cédric

Envoyé depuis mon smartphone Samsung Galaxy.""")

R(key="fr-neg-modifier-rdv", client="iphone", mime="plain",
  frm="Sarah Bouvier <sarah.bouvier@icloud.com>", date="2025-07-07 07:15",
  subject="Modifier rdv",
  body="""Bonjour Sandra, est-ce qu'on peut modifier le rdv de vendredi ? Je peux lundi ou mardi en fin de journée. Bonne journée

Envoyé de mon iPhone""")

R(key="fr-neg-corriger-fiche-exercice", client="gmail",
  frm="Tiphaine Robert <tiphaine.robert@gmail.com>", date="2025-10-10 18:07",
  subject="Re: Exercice de la semaine",
  body="""Bonsoir Sandra,

Voici ma fiche d'exercice complétée. Je me suis trompée dans la colonne « besoins », j'ai corrigé à la main avant de scanner, j'espère que c'est lisible !

Tiphaine""",
  attach=[dict(kind="jpg", name="fiche_besoins_scan.jpg")],
  quote=Q(frm=SANDRA, date="2025-10-07 12:00", body="""Bonjour Tiphaine,

Comme convenu, voici l'exercice de la semaine : noter chaque soir une situation, l'émotion ressentie et le besoin derrière.

Belle semaine,
Sandra"""))

R(key="fr-neg-retirer-candidature-certif", client="thunderbird",
  frm="Guillaume Adam <guillaume.adam@gmx.fr>", date="2026-02-19 09:25",
  subject="Formation certifiante",
  body="""Bonjour Madame Delomenie,

Je souhaite retirer ma candidature pour la formation certifiante de septembre : mon financement CPF n'a pas été accepté. Je reviendrai vers vous l'an prochain.

Cordialement,
Guillaume Adam""")

R(key="fr-neg-opposer-chef-temps-partiel", client="outlook_web",
  frm="Virginie Chauvet <virginie.chauvet@outlook.fr>", date="2025-11-27 19:50",
  subject="Pour notre séance de mardi",
  body="""Bonsoir Sandra,

Je voulais vous prévenir avant mardi : mon chef s'oppose finalement à mon passage à temps partiel. Je suis effondrée. Je voudrais qu'on consacre la séance à comment réagir et préparer l'entretien avec les RH.

À mardi,
Virginie""")

R(key="fr-neg-effacer-pensees-exercise-reply", client="gmail", bottom=True,
  frm="Marjorie Blanchard <marjorie.blanchard@gmail.com>", date="2026-03-12 22:30",
  subject="Re: Le carnet de gratitude",
  body="""Merci Sandra. J'ai essayé trois soirs. Le plus dur c'est d'effacer les pensées négatives qui reviennent en boucle au moment d'écrire. Est-ce normal ? On en reparle jeudi ?

Marjorie""",
  quote=Q(frm=SANDRA, date="2026-03-09 11:00", body="""Bonjour Marjorie,

Pour cette semaine, je vous propose le carnet de gratitude : trois choses, chaque soir, même minuscules.

Sandra"""))

R(key="fr-neg-teen-consent-workshop-question", client="yahoo",
  frm="Laurence Aubert <laurence.aubert@yahoo.fr>", date="2025-09-16 12:10",
  subject="Atelier ados – consentement",
  body="""Bonjour,

Mon fils (15 ans) est intéressé par l'atelier ados. J'ai vu que le thème d'octobre portait sur « le consentement et les relations ». Pourriez-vous m'en dire un peu plus sur le contenu avant que je l'inscrive ?

Merci,
Laurence Aubert""")

R(key="fr-neg-qualiopi-donnees-opco", client="outlook", logo=True,
  frm="Aurélie Pons <aurelie.pons@groupe-alisse.fr>", date="2025-12-16 15:30",
  subject="Dossier OPCO – pièces manquantes",
  body="""Bonjour Madame Delomenie,

Pour la prise en charge de la formation du 4 décembre par l'OPCO, il nous manque les feuilles d'émargement signées et la synthèse des questionnaires de satisfaction (données agrégées suffisent). Pouvez-vous nous les transmettre avant le 20 ?

Merci d'avance,

Aurélie Pons
Chargée de formation
Groupe Alisse – Châteauroux

Pensez à l'environnement avant d'imprimer ce mail.""")

# NEAR-LINE: an employer swapping which employee attends a training = booking change, about another adult.
R(key="fr-neg-substitution-participant", client="outlook",
  frm="Pascale Renaud <p.renaud@mairie-issoudun.fr>", date="2026-01-28 11:45",
  subject="Formation du 3 février – remplacement d'un agent",
  body="""Bonjour,

M. Thierry Blanc ne pourra pas participer à la formation du 3 février. Il sera remplacé par Mme Céline Roussel (celine.roussel@mairie-issoudun.fr). Pouvez-vous modifier la liste des inscrits et la convocation en conséquence ?

Bien cordialement,
Pascale Renaud
Service formation – Mairie d'Issoudun""")

# NEAR-LINE: the erasure request is addressed to another coach; Sandra is only in Cc "pour info".
R(key="fr-neg-request-to-other-coach-cc", client="gmail", to="Julie Navarro <contact@cabinet-respire.fr>",
  cc=SANDRA,
  frm="Hélène Maurel <helene.maurel@gmail.com>", date="2025-03-10 09:05",
  subject="Mon dossier",
  body="""Bonjour Julie,

Finalement je vais rester avec Sandra (en copie, pour info), la route jusqu'à Bourges est trop compliquée pour moi. Je vous demande donc de supprimer le dossier que vous aviez commencé à mon nom.

Merci pour votre compréhension,
Hélène""")

R(key="fr-neg-fwdfwd-flyer-places", client="outlook_web", fwd=True,
  frm="Agnès Petitjean <agnes.petitjean@hotmail.fr>", date="2025-03-31 13:13",
  subject="TR: Fwd: atelier s'affirmer en douceur",
  body="""Bonjour Madame,

Une amie m'a fait suivre votre annonce ci-dessous. Reste-t-il de la place pour l'atelier du 12 avril ? Et est-ce adapté à quelqu'un qui n'a jamais fait de coaching ?

Merci,
Agnès Petitjean""",
  quote=Q(frm="Brigitte Morand <brigitte.morand@gmail.com>", date="2025-03-30 18:20", client="gmail", fwd=True,
          to="Agnès Petitjean <agnes.petitjean@hotmail.fr>", subject="Fwd: atelier s'affirmer en douceur",
          body="""Tiens, ça pourrait te plaire, je l'ai fait l'an dernier c'était super.
Bises, Brigitte""",
          quote=Q(frm="Odile Marchand <odile.marchand36@orange.fr>", date="2025-03-29 10:05", client="orange", fwd=True,
                  to="Brigitte Morand <brigitte.morand@gmail.com>", subject="atelier s'affirmer en douceur",
                  body="""Pour info !""",
                  quote=nl_quote(NL_MARS, "2025-03-05 07:00"))))

R(key="fr-neg-attestation-cpf", client="gmail",
  frm="Yohan Marchal <yohan.marchal@gmail.com>", date="2025-12-19 10:10",
  subject="Attestation de fin de formation",
  body="""Bonjour Sandra,

Pour mon dossier Pôle emploi / France Travail, j'ai besoin d'une attestation de fin de formation avec le nombre d'heures. Pouvez-vous me l'envoyer ?

Merci beaucoup,
Yohan""")

R(key="fr-neg-devis-with-rgpd-dpa", client="outlook",
  frm="Nicolas Perrin <n.perrin@coopagri-berry.fr>", date="2026-04-09 14:40",
  subject="Demande de devis – formation managers + annexe RGPD",
  body="""Bonjour Madame Delomenie,

Nous souhaitons organiser une formation « Manager avec bienveillance » pour 10 managers au second semestre. Pourriez-vous nous transmettre un devis ?

Notre service juridique demande par ailleurs que tout prestataire signe notre annexe RGPD (accord de sous-traitance), que vous trouverez en pièce jointe.

Cordialement,
Nicolas Perrin
Responsable développement RH – Coopagri Berry""",
  attach=[dict(kind="docx", name="Annexe_RGPD_sous-traitance_Coopagri.docx",
               lines=["Annexe relative à la protection des données personnelles",
                      "Article 28 du RGPD – Obligations du sous-traitant"])])

R(key="fr-neg-questionnaire-sante-sent", client="orange",
  frm="Danielle Morel <danielle.morel@orange.fr>", date="2025-02-12 16:00",
  subject="questionnaire",
  body="""Bonjour Sandra,

Voici le questionnaire de début d'accompagnement rempli. J'ai mis mes traitements en cours dans la case « santé » comme vous me l'avez demandé.

À jeudi
Danielle""",
  attach=[dict(kind="pdf", name="questionnaire_debut_Morel.pdf",
               lines=["Questionnaire de debut d'accompagnement", "Nom : Morel Danielle"])])

R(key="fr-neg-webmaster-cookie-banner", client="thunderbird",
  frm="Lucas Webdesign <lucas@lucas-webdesign.fr>", date="2025-07-09 10:30",
  subject="Bannière cookies + page politique de confidentialité",
  body="""Salut Sandra,

J'ai mis à jour la bannière cookies (le consentement Google Analytics est maintenant bien demandé avant le dépôt du traceur) et j'ai intégré ta nouvelle politique de confidentialité sur la page dédiée. Peux-tu vérifier que tout te va ?

Lien de prévisualisation : https://floraisondesoi.fr/?preview=true&p=412

Lucas""")

# NEAR-LINE: reports receiving the newsletter twice, does not ask to stop -> negative.
R(key="fr-neg-double-newsletter", client="gmail",
  frm="Carole Meunier <carole.meunier@gmail.com>", date="2025-09-04 12:45",
  subject="Re: Rentrée : trois rituels pour garder le cap 🍂",
  body="""Bonjour Sandra,

Merci pour ces rituels ! Petite remarque : je reçois votre lettre en double (une fois sur cette adresse, une fois sur mon adresse pro carole.meunier@ville-chateauroux.fr). Peut-être un souci d'inscription ? Ce n'est pas grave du tout.

Carole""",
  quote=nl_quote(NL_RENTREE, "2025-09-03 07:30"))

# NEAR-LINE: negation: explicitly not asking for deletion or modification -> negative.
R(key="fr-neg-negation-just-thanks", client="apple",
  frm="Henriette Lebrun <henriette.lebrun@me.com>", date="2025-12-22 09:30",
  subject="Merci",
  body="""Chère Sandra,

Je ne vous écris pas pour vous demander de supprimer quoi que ce soit ni pour modifier mes informations, rassurez-vous : je voulais simplement vous remercier pour cette année. Le cercle m'a fait un bien fou.

Joyeux Noël,
Henriette""")

R(key="fr-neg-acceder-espace-telecharger", client="yahoo",
  frm="Brigitte Meyer <brigitte.meyer@yahoo.fr>", date="2026-05-04 20:02",
  subject="support",
  body="""Bonsoir,

Comment je fais pour accéder à mon espace pour télécharger le support du module 3 ? Je ne vois que les vidéos.

Merci
Brigitte

Envoyé de Yahoo Mail sur Android""")

R(key="fr-neg-facebook-tag-happy", client="gmail", fwd=True,
  frm="Sandrine Paris <sandrine.paris36@gmail.com>", date="2025-05-14 08:10",
  subject="Fwd: Floraison de Soi vous a identifiée sur une photo",
  body="""Trop contente de cette photo 😍 merci Sandra, quelle belle matinée !""",
  quote=Q(frm="Facebook <notification@facebookmail.com>", date="2025-05-13 19:00", client="system",
          to="sandrine.paris36@gmail.com", subject="Floraison de Soi vous a identifiée sur une photo",
          body="""Floraison de Soi vous a identifiée sur une photo.

« Merci à toutes pour ce bel atelier ! 🌸 »

Voir la photo : https://www.facebook.com/photo/?fbid=1029384756

Ce message a été envoyé à sandrine.paris36@gmail.com. Pour ne plus recevoir ces e-mails de la part de Meta, désabonnez-vous."""))

R(key="fr-neg-mixed-brit-writes-french-reschedule", client="gmail",
  frm="Janet Holmes <janet.holmes.berry@gmail.com>", date="2026-02-10 10:25",
  subject="Re: Séance de février / February session",
  body="""Bonjour Sandra,

Merci pour votre message. Je suis désolée, mon français n'est pas parfait. Est-ce que je peux changer la séance du 17 pour le 24 ? Mon mari a un rendez-vous à l'hôpital.

Merci beaucoup,
Janet""",
  quote=Q(frm=SANDRA, date="2026-02-09 17:15", body="""Bonjour Janet (hello!),

Je vous confirme la séance du mardi 17 février à 10h. / Your next session is confirmed for Tuesday 17 February at 10 am.

Sandra"""))

R(key="fr-neg-be-modifier-horaire-formation", client="outlook_web",
  frm="Véronique Dubois <veronique.dubois@skynet.be>", date="2025-10-02 09:09",
  subject="Formation en ligne – horaires",
  body="""Bonjour Madame,

Serait-il possible de modifier l'horaire de la séance en visio du 15 octobre ? Avec le décalage de nos horaires de bureau à Liège, 9h00 est difficile, 10h00 serait idéal.

Merci d'avance et bonne journée,
Véronique Dubois""")

R(key="fr-neg-qc-infolettre-compliment", client="gmail",
  frm="Nathalie Côté <nathalie.cote@gmail.com>", date="2026-01-09 14:50",
  subject="Re: Belle année 2026 ✨ et les ateliers du trimestre",
  body="""Bonne année à toi aussi Sandra! Ton infolettre me fait toujours du bien, même de l'autre bord de l'océan. Je vais m'inscrire au webinaire du 22, j'espère que l'heure va fonctionner avec le décalage.

Nathalie xx""",
  quote=nl_quote(NL_JANVIER, "2026-01-08 08:00"))

R(key="fr-neg-cgv-question-rgpd-word", client="thunderbird",
  frm="Alexandre Morel <alexandre.morel@posteo.net>", date="2025-05-30 11:00",
  subject="Avant inscription",
  body="""Bonjour,

Avant de m'inscrire au parcours en ligne, j'ai lu vos CGV et votre politique RGPD. Tout me semble clair, sauf un point : les séances en visio sont-elles enregistrées par défaut ?

Merci,
Alexandre Morel""")


# A client forwards as attachment a phishing mail that impersonates Sandra; the phishing text "asks" to confirm
# data, but the client's new text only warns her. Negative.
# NEAR-LINE: the attached phishing mail talks about data; the client's own text only warns Sandra -> negative.
R(key="fr-neg-client-fwd-phishing-as-attachment", client="outlook",
  frm="Martine Chauvin <martine.chauvin@wanadoo.fr>", date="2025-12-03 10:05",
  subject="TR: Mise à jour RGPD de votre dossier client",
  body="""Bonjour Sandra,

J'ai reçu ce message (en pièce jointe) soi-disant de votre part, qui me demande de « confirmer mes données » et ma carte bancaire pour la mise en conformité RGPD de mon dossier. Ça ne vous ressemble pas du tout, je pense que c'est une arnaque. Je préfère vous prévenir, d'autres clientes ont peut-être été visées.

Bonne journée,
Martine""",
  attach=[dict(kind="eml", msg=dict(key="fr-neg-client-fwd-phishing-as-attachment/inner", lang="fr", client="system",
                                    frm="Floraison de Soi <service@floraison-soi-rgpd.com>",
                                    to="martine.chauvin@wanadoo.fr", date="2025-12-02 23:41",
                                    subject="Mise à jour RGPD de votre dossier client", rights=[], mime="html",
                                    html_doc="<html><body><p>Chère cliente,</p><p>Conformément au RGPD, votre dossier client "
                                             "doit être mis à jour avant le 05/12. Sans action de votre part, vos données "
                                             "et votre accès seront supprimés.</p><p><a href=\"http://floraison-soi-rgpd.com/"
                                             "maj\">Confirmer mes données</a></p><p>Sandra – Floraison de Soi</p></body></html>\n",
                                    plain=""))])
