"""French-language requests (labels non-empty)."""
from mailkit import Q, SANDRA, CONTACT, SIG_SANDRA, SIG_SANDRA_SHORT
from common import nl_quote, NL_MARS, NL_RENTREE, NL_JANVIER, NL_MAI

RECORDS = []


def R(**kw):
    kw.setdefault("lang", "fr")
    RECORDS.append(kw)


# ------------------------------------------------------------------ ACCESS
# Request only in the newest message of a 4-level thread about rescheduling.
R(key="fr-access-gmail-longthread-notes", rights=["access"], client="gmail",
  frm="Claire Vasseur <claire.vasseur84@gmail.com>", date="2025-02-11 22:14",
  subject="Re: Séance du 14 ?",
  body="""Bonsoir Sandra,

Parfait pour jeudi 18h, merci.

Autre chose, qui n'a rien à voir : en rangeant mes papiers je me suis rendu compte que je ne sais pas du tout ce que vous gardez de nos séances depuis 2023. Pourriez-vous m'envoyer une copie de l'ensemble des données que vous avez sur moi (fiche de suivi, notes, questionnaires, factures) ? Je préfère avoir tout ça de mon côté.

Belle soirée,
Claire""",
  quote=Q(frm=SANDRA, date="2025-02-11 17:40", client="orange", body="""Bonjour Claire,

Je peux vous proposer jeudi 13 à 18h à la place, ou vendredi 14 à 9h30. Dites-moi ce qui vous arrange.

Sandra""",
          quote=Q(frm="Claire Vasseur <claire.vasseur84@gmail.com>", date="2025-02-10 08:03", client="gmail",
                  body="""Bonjour Sandra,
Je suis désolée mais j'ai un empêchement vendredi 14 (réunion parents-profs déplacée). Est-ce qu'on pourrait décaler la séance ?
Claire""",
                  quote=Q(frm=SANDRA, date="2025-02-03 12:20", client="orange", body="""Bonjour Claire,

Je vous confirme notre prochaine séance le vendredi 14 février à 10h, au cabinet.

Bonne semaine,
""" + SIG_SANDRA))))

R(key="fr-access-iphone-short-stage2023", rights=["access"], client="iphone", mime="plain",
  frm="Nadège Perrot <nadege.perrot@icloud.com>", date="2025-03-02 09:47",
  subject="Mes infos",
  body="""Bonjour Madame Delomenie

J'ai fait votre stage de gestion du stress en 2023 avec ma boîte. Je voudrais savoir quelles informations vous conservez sur moi depuis, et si vous les avez transmises à quelqu'un (mon employeur ?).

Cordialement
Nadège Perrot

Envoyé de mon iPhone""")

# NEAR-LINE: the question "d'où vous tenez mon adresse" is asked above a quoted newsletter; the source of the
# data is an access item per the policy, and the new text is what counts.
R(key="fr-be-access-source-above-newsletter", rights=["access"], client="outlook_web",
  frm="Geneviève Lambotte <g.lambotte@skynet.be>", date="2025-03-06 14:31",
  subject="RE: 🌱 La lettre de mars : oser dire non sans se justifier",
  body="""Bonjour Madame,

Je reçois votre lettre depuis quelques semaines sans me souvenir de m'y être inscrite. Je n'ai, à ma connaissance, jamais suivi d'atelier chez vous (j'habite Namur !).

Pouvez-vous me dire d'où provient mon adresse électronique et quelles autres données vous détenez à mon sujet ? Je vous en saurais gré.

Bien à vous,
Geneviève Lambotte""",
  quote=nl_quote(NL_MARS, "2025-03-05 07:00"))

R(key="fr-access-negation-yahoo", cte="base64", rights=["access"], client="yahoo",
  frm="Josiane Marcelin <josiane.marcelin@yahoo.fr>", date="2025-05-19 16:05",
  subject="demande de copie",
  body="""Bonjour Sandra,

Suite à notre conversation au téléphone, je vous confirme par écrit : je ne demande pas la suppression de mon dossier, je veux seulement en avoir une copie, tout ce qui me concerne, pour le montrer à mon médecin.

Vous pouvez me l'envoyer par mail ou par courrier comme vous voulez.

Merci encore pour tout
Josiane""")

R(key="fr-access-parent-minor-outlookmobile", cte="base64", html_cte="base64", rights=["access"], client="outlook_mobile",
  frm="Frédéric Aubry <fred.aubry@outlook.fr>", date="2025-06-03 07:12",
  subject="Dossier de Théo",
  body="""Bonjour Madame Delomenie,

Notre fils Théo (15 ans) a suivi six séances avec vous cet hiver. En tant que parent, je souhaite recevoir une copie des informations que vous détenez à son sujet (fiche, questionnaires remplis, comptes rendus éventuels).

Ma femme est au courant et d'accord.

Frédéric Aubry
06 12 48 93 07

Obtenir Outlook pour Android""")

R(key="fr-access-lawyer-mandate-outlook", rights=["access"], client="outlook", logo=True,
  frm="Maître Hélène Caradec <h.caradec@caradec-avocats.fr>", date="2025-09-16 11:02",
  subject="Mme Laure BESNIER – demande de communication de données personnelles",
  cc="Laure Besnier <laure.besnier@gmail.com>",
  body="""Madame,

J'interviens pour le compte de Madame Laure BESNIER, qui a suivi un accompagnement individuel au sein de votre structure « Floraison de Soi » entre octobre 2023 et juin 2024.

En vertu du mandat ci-joint, et sur le fondement de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'intégralité des données à caractère personnel concernant ma cliente que vous détenez, ainsi que les destinataires auxquels elles ont pu être communiquées.

Vous trouverez également en pièce jointe la copie de sa pièce d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Caradec
Avocate au Barreau de Tours
12 boulevard Béranger – 37000 Tours
Tél. 02 47 61 22 90

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.""",
  attach=[dict(kind="pdf", name="Mandat_BESNIER_signé.pdf",
               lines=["MANDAT", "Je soussignée Laure BESNIER donne mandat à Maître Hélène Caradec",
                      "pour exercer en mon nom mes droits au titre du RGPD auprès de",
                      "Floraison de Soi (Sandra Delomenie).", "Fait à Tours, le 12 septembre 2025"]),
          dict(kind="jpg", name="CNI_Besnier_recto.jpg")])

R(key="fr-access-informal-samsung", rights=["access"], client="samsung", mime="html",
  frm="Kévin Delorme <kevdelorme36@gmail.com>", date="2025-10-04 23:51", subject="coucou",
  body="""salut sandra c kevin (le stage de cet été a chateauroux)
tu pourrais m envoyer tout ce que t as sur moi ? les fiches, le questionnaire du debut, tout quoi. jsuis curieux de voir ce qu il y a dedans lol
merci et bonne continuation
Envoyé depuis mon smartphone Samsung Galaxy.""")

# Bottom-posted reply (Thunderbird) under Sandra's message.
R(key="fr-ch-access-bottompost-thunderbird", rights=["access"], client="thunderbird", bottom=True, mime="plain",
  frm="Béatrice Rochat <beatrice.rochat@bluewin.ch>", date="2025-11-21 10:38",
  subject="Re: Attestation de formation",
  body="""Merci Madame Delomenie, je l'ai bien reçue.

Par la même occasion, je vous prie de me communiquer l'ensemble des données personnelles me concernant que vous conservez (y compris celles hébergées chez vos prestataires, Systeme.io et Stripe si je comprends bien votre politique), ainsi que leur durée de conservation.

Avec mes meilleures salutations,
Béatrice Rochat
Lausanne""",
  quote=Q(frm=SANDRA, date="2025-11-20 18:02", client="orange", body="""Bonjour Madame Rochat,

Vous trouverez ci-joint votre attestation de formation pour la journée « Communication bienveillante en équipe ».

Bien cordialement,
""" + SIG_SANDRA))

# NEAR-LINE: new text says "je vous renvoie ma demande" above a forwarded earlier request; the sender re-asserts
# the request in the new text, so it counts (unlike a thank-you above a quoted request).
R(key="fr-access-forward-own-unanswered", rights=["access"], client="gmail", fwd=True,
  frm="Ophélie Garnier <ophelie.garnier@gmail.com>", date="2025-04-02 13:27",
  subject="Fwd: demande d'accès à mes données",
  body="""Bonjour,

Je vous renvoie ma demande ci-dessous, envoyée le 24 février et restée sans réponse. Je souhaite toujours recevoir une copie de mes données. Pouvez-vous me confirmer que vous l'avez bien reçue cette fois ?

Ophélie""",
  quote=Q(frm="Ophélie Garnier <ophelie.garnier@gmail.com>", date="2025-02-24 09:10", client="gmail",
          to="contact@floraisondesoi.fr", subject="demande d'accès à mes données",
          body="""Bonjour,

J'ai suivi le parcours en ligne « Retrouver son élan » en 2024. Je souhaiterais obtenir une copie des données personnelles que vous avez à mon sujet.

Merci d'avance,
Ophélie Garnier"""))

# ------------------------------------------------------------------ RECTIFICATION
# NEAR-LINE: old address to be dropped and new one given -> rectification only, not erasure.
R(key="fr-rect-new-email-gmail-above-thread", rights=["rectification"], client="gmail",
  frm="Mathilde Ferrand <mathilde.ferrand.pro@gmail.com>", date="2025-01-20 12:44",
  subject="Re: Votre facture – accompagnement janvier",
  body="""Bonjour Sandra,

Bien reçu, merci. Petite chose : je n'utilise plus mon adresse laposte (mathilde.ferrand@laposte.net), elle va être fermée. Pouvez-vous la remplacer par celle-ci, mathilde.ferrand.pro@gmail.com, dans votre fichier et sur Systeme.io ?

Merci !
Mathilde""",
  quote=Q(frm=SANDRA, date="2025-01-17 09:15", to="Mathilde Ferrand <mathilde.ferrand@laposte.net>",
          client="orange", body="""Bonjour Mathilde,

Voici votre facture pour les deux séances de janvier, réglées par carte via Stripe.

Bonne fin de semaine,
""" + SIG_SANDRA_SHORT))

R(key="fr-rect-married-name-iphone", rights=["rectification"], client="iphone",
  frm="Anaïs Texier <anais.texier@icloud.com>", date="2025-07-08 19:02",
  subject="Changement de nom",
  body="""Bonsoir Sandra,

Je me suis mariée en juin 💍 ! Est-ce que vous pouvez mettre à jour mon nom dans mon dossier et pour les factures : Anaïs Texier au lieu d'Anaïs Moreau. Le prénom ne change pas 😄

Bises et à bientôt pour le cercle

Envoyé de mon iPhone""")

R(key="fr-rect-postal-address-outlook", rights=["rectification"], client="outlook",
  frm="Patrick Lemaire <patrick.lemaire@wanadoo.fr>", date="2025-08-28 08:55",
  subject="Nouvelle adresse",
  body="""Bonjour Madame,

Nous avons déménagé. Merci de noter ma nouvelle adresse postale pour les factures et les courriers :

Patrick Lemaire
7 allée des Tilleuls
18100 Vierzon

L'ancienne (rue de la Gare à Issoudun) n'est plus valable.

Cordialement,
Patrick Lemaire""")

# NEAR-LINE: "vous pouvez effacer l'ancien" with the new number given -> rectification only.
R(key="fr-rect-phone-orange", rights=["rectification"], client="orange",
  frm="Monique Charpentier <monique.charpentier@orange.fr>", date="2025-10-13 15:20",
  subject="téléphone",
  body="""Bonjour Sandra

J'ai changé de numéro de portable. Le nouveau c'est le 07 68 32 11 45. Vous pouvez effacer l'ancien (06 75...), il ne marche plus du tout.

Bonne journée
Monique""")

R(key="fr-be-rect-birthdate-gmail", rights=["rectification"], client="gmail",
  frm="Sébastien Dewez <seb.dewez@gmail.com>", date="2025-12-02 20:16",
  subject="Erreur dans ma fiche",
  body="""Bonsoir Madame Delomenie,

En relisant le document d'inscription que vous m'avez renvoyé, je constate que ma date de naissance est erronée : vous avez noté le 03/08/1986 alors que je suis né le 08/03/1986 (inversion jour/mois, à la belge on écrit pareil pourtant 🙂).

Pourriez-vous corriger cela dans vos fichiers ?

Merci bien et à tantôt,
Sébastien Dewez""")

R(key="fr-rect-parent-minor-health-zimbra", charset="iso-8859-1", rights=["rectification"], client="zimbra", mime="plain",
  frm="Corinne Boulanger <corinne.boulanger@free.fr>", date="2026-01-14 18:40",
  subject="Fiche de Lilou",
  body="""Bonjour Sandra,

Une petite mise à jour pour la fiche de ma fille Lilou (14 ans) : elle ne prend plus de traitement pour l'asthme depuis novembre, le pneumologue l'a arrêté. Sur le questionnaire de début d'accompagnement c'était indiqué, pouvez-vous corriger l'information ?

Merci beaucoup,
Corinne Boulanger""")

R(key="fr-rect-job-correction-thunderbird", rights=["rectification"], client="thunderbird",
  frm="Élodie Marchal <elodie.marchal@laposte.net>", date="2025-04-23 21:08",
  subject="Une petite correction",
  body="""Bonsoir Sandra,

Je crois qu'il y a une erreur dans mon dossier : dans le compte rendu de bilan vous m'avez notée « infirmière », alors que je suis aide-soignante (ce n'est pas du tout la même chose et c'est justement le sujet de ma reconversion !). Pourriez-vous corriger ?

Merci et à mardi,
Élodie""")

# Inline reply: answers interleaved in Sandra's questions.
# NEAR-LINE: the corrections are typed inline between quoted lines of Sandra's form; the interleaved new lines are new text, so rectification.
R(key="fr-rect-inline-reply-gmail", rights=["rectification"], client="gmail",
  frm="Lucie Brunet <lucie.brunet.33@gmail.com>", date="2025-05-27 12:03",
  subject="Re: Vérification de vos coordonnées avant la formation",
  plain="""Bonjour Sandra, réponses dans le texte 👇

Le mar. 27 mai 2025 à 09:14, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
> Bonjour Lucie,
>
> Avant la formation de juin, pouvez-vous vérifier vos coordonnées ?
>
> Nom : BRUNET Lucie

Oui c'est bon.

> Adresse : 14 rue Porte Neuve, 36100 Issoudun

Non, j'ai déménagé : 3 impasse du Moulin, 36100 Saint-Georges-sur-Arnon. Merci de remplacer.

> Téléphone : 06 44 20 17 89

Celui-là est faux, c'est 06 44 20 71 89 (le 7 et le 1 inversés).

> Employeur : Pharmacie du Centre

Ok.
>
> Merci !
> Sandra

Bonne journée,
Lucie""",
  quote=Q(frm=SANDRA, date="2025-05-27 09:14", body="(inline)"))

# ------------------------------------------------------------------ ERASURE
R(key="fr-erasure-gmail-top-over-3levels", rights=["erasure"], client="gmail",
  frm="Aurélie Mangin <aurelie.mangin38@gmail.com>", date="2025-04-14 21:37",
  subject="Re: Merci pour l'atelier de samedi 🌸",
  body="""Bonsoir Sandra,

Merci pour votre message et pour l'atelier, vraiment. Après réflexion je préfère ne pas continuer : je déménage à Grenoble et je souhaite repartir de zéro. Pourriez-vous supprimer toutes les données que vous avez à mon nom (fiche d'inscription, questionnaire, mails) ?

Bonne continuation à vous,
Aurélie""",
  quote=Q(frm=SANDRA, date="2025-04-13 10:02", client="iphone", body="""Bonjour à toutes,

Merci pour votre présence et votre confiance samedi. Vous trouverez en pièce jointe le support de l'atelier et la fiche « trois respirations ».

Au plaisir de vous retrouver,
Sandra

Envoyé de mon iPhone""",
          quote=Q(frm="Aurélie Mangin <aurelie.mangin38@gmail.com>", date="2025-04-09 12:30", client="gmail",
                  body="""Bonjour, je confirme ma présence samedi. Faut-il apporter quelque chose ? Aurélie""",
                  quote=Q(frm=SANDRA, date="2025-04-07 08:45", body="""Bonjour,

Rappel : l'atelier « S'affirmer en douceur » a lieu samedi 12 avril à 9h30. Pensez à confirmer votre présence.

""" + SIG_SANDRA))))

R(key="fr-erasure-iphone-terse", rights=["erasure"], client="iphone", mime="plain",
  frm="Yasmina Belkacem <yasmina.bk@icloud.com>", date="2025-06-21 08:12", subject="",
  body="""Bonjour, je souhaite que vous effaciez mon dossier et toutes mes informations. Merci de me confirmer quand c'est fait.
Y. Belkacem

Envoyé de mon iPhone""")

R(key="fr-erasure-polite-question-orange", rights=["erasure"], client="orange",
  frm="Jean-Paul Guérin <jp.guerin@orange.fr>", date="2025-09-02 10:47",
  subject="Question",
  body="""Bonjour Madame,

J'ai participé à la conférence sur le burn-out l'an dernier à la médiathèque. Pourriez-vous supprimer mes données de vos fichiers ? Je n'ai plus l'utilité de vos services.

Je vous remercie par avance.
Jean-Paul Guérin""")

R(key="fr-erasure-noaccents-informal", rights=["erasure"], client="gmail", mime="plain", cte="quoted-printable",
  frm="Dylan Moreau <dylan.m36@gmail.com>", date="2025-11-09 01:34", subject="svp",
  body="""bonsoir
svp effacer tout ce que vous avez sur moi, jveux plus rien avoir avec ce truc de coaching c etait l idee de ma copine
merci
dylan""")

# Forward of a Stripe receipt + request (forward of a system mail).
R(key="fr-erasure-fwd-stripe-receipt", rights=["erasure"], client="gmail", fwd=True,
  frm="Sonia Ribeiro <sonia.ribeiro.pt@gmail.com>", date="2026-02-03 18:22",
  subject="Fwd: Votre reçu de Floraison de Soi #2318-4471",
  body="""Bonjour,

Je vous transfère le dernier reçu que j'ai reçu de votre part. J'ai terminé le parcours et je souhaite que vous supprimiez toutes mes informations, y compris ce qui concerne mes paiements, dans la mesure de ce que la loi vous permet.

Sonia Ribeiro""",
  quote=Q(frm="Floraison de Soi <receipts+acct_1NfDx2Lk@stripe.com>", date="2026-01-05 10:00", client="system",
          subject="Votre reçu de Floraison de Soi #2318-4471", to="sonia.ribeiro.pt@gmail.com",
          body="""Reçu de Floraison de Soi
Montant payé : 97,00 €
Date de paiement : 5 janv. 2026
Moyen de paiement : Visa – 4417

Parcours en ligne « Retrouver son élan » – mensualité 3/3   97,00 €

Des questions ? Contactez Floraison de Soi à contact@floraisondesoi.fr.
Vous recevez cet e-mail parce que vous avez effectué un achat chez Floraison de Soi, qui travaille avec Stripe pour les factures et le traitement des paiements."""))

R(key="fr-ch-erasure-formal-bluewin", rights=["erasure"], client="outlook_old", mime="plain", charset="iso-8859-1",
  frm="Pierre-Alain Favre <pa.favre@bluewin.ch>", date="2026-03-11 09:30",
  subject="Effacement de mes données personnelles (art. 17 RGPD)",
  body="""Madame,

Ayant participé en 2024 à une journée de formation organisée par votre entreprise pour le compte de mon ancien employeur, je vous prie de procéder à l'effacement de l'ensemble des données personnelles me concernant, conformément à l'art. 17 RGPD (et, pour ce qui me concerne en tant que résident suisse, à l'art. 32 nLPD).

Vous trouverez ci-joint une copie de mon passeport. Je vous remercie de me confirmer l'exécution de cette demande dans le délai légal.

Avec mes salutations distinguées,

Pierre-Alain Favre
Chemin des Vignes 4
1260 Nyon""",
  attach=[dict(kind="pdf", name="Passeport_Favre_PA.pdf", lines=["SCAN", "Passeport suisse", "FAVRE Pierre-Alain"])])

# NEAR-LINE: account deletion with "toutes les données" -> erasure (unlike close-account-alone negatives).
R(key="fr-erasure-systemeio-account-and-data", rights=["erasure"], client="outlook_web",
  frm="Charlène Dupuis <charlene.dupuis@hotmail.fr>", date="2025-08-05 13:15",
  subject="Suppression compte + données",
  body="""Bonjour,

Je voudrais que vous supprimiez mon compte sur votre plateforme de formation (Systeme.io) et toutes les données qui vont avec, ainsi que mon dossier chez vous.

Merci,
Charlène Dupuis""")

R(key="fr-qc-erasure-courriel", cte="base64", rights=["erasure"], client="outlook_web",
  frm="Marie-Ève Tremblay <marieeve.tremblay@videotron.ca>", date="2025-10-22 15:48",
  subject="Retrait de mes renseignements personnels",
  body="""Bonjour Sandra,

J'ai suivi ton webinaire en ligne au printemps, pendant mon séjour en France. Astheure que je suis revenue au Québec, je n'en ai plus besoin : j'aimerais que tu effaces mes renseignements personnels de tes dossiers, incluant mon courriel et mon numéro de cellulaire.

Merci beaucoup, c'était vraiment le fun!
Marie-Ève""")

# ------------------------------------------------------------------ RESTRICTION
# NEAR-LINE: contesting accuracy and asking to pause use, explicitly not deleting -> restriction only (no rectification).
R(key="fr-restriction-contest-notes-pause", rights=["restriction"], client="gmail",
  frm="Nathalie Roussel <nathalie.roussel71@gmail.com>", date="2025-03-18 09:26",
  subject="Compte rendu de bilan",
  body="""Bonjour Sandra,

J'ai relu le compte rendu de bilan que vous m'avez transmis et plusieurs éléments ne correspondent pas à ce que j'ai dit : je n'ai jamais parlé de « conflit ouvert » avec ma responsable, ni de projet de démission.

Je conteste donc l'exactitude de ce document et je vous demande de ne plus l'utiliser, ni de le transmettre à quiconque, le temps que nous en parlions. Je ne vous demande pas de le supprimer pour l'instant.

Cordialement,
Nathalie Roussel""")

R(key="fr-restriction-keep-dont-use-litige", reply_to="Vincent Aubert <vincent.aubert36@gmail.com>", rights=["restriction"], client="outlook",
  frm="Vincent Aubert <v.aubert@aubert-menuiserie.fr>", date="2025-06-10 17:45",
  subject="Mon dossier – à conserver",
  body="""Madame Delomenie,

Comme vous le savez j'ai un litige avec mon ancien associé et mon avocat pourrait avoir besoin des éléments de mon accompagnement. Je vous demande donc de ne rien supprimer de mon dossier, mais de ne plus l'utiliser pour quoi que ce soit d'ici là (pas de relance, pas d'exploitation).

Je reviendrai vers vous une fois la procédure terminée.

Bien cordialement,

Vincent Aubert
Gérant – Aubert Menuiserie
ZA des Grands Champs – 36100 Issoudun
02 54 21 88 70""")

R(key="fr-restriction-freeze-during-complaint-iphone", rights=["restriction"], client="iphone",
  frm="Agnès Fleury <agnes.fleury@me.com>", date="2025-09-25 22:03",
  subject="Re: Suite à notre échange",
  body="""Sandra,

Je maintiens ma réclamation concernant la facturation de septembre. En attendant qu'on règle ce différend, je vous demande de geler mon dossier : vous le gardez, mais vous n'en faites plus rien.

Agnès

Envoyé de mon iPhone""",
  quote=Q(frm=SANDRA, date="2025-09-25 16:30", body="""Bonjour Agnès,

Je comprends votre mécontentement. Comme je vous l'ai expliqué, la séance annulée moins de 24 h avant est due selon les conditions générales que vous avez signées. Je reste disponible pour en parler.

Sandra"""))

# NEAR-LINE: contests attendance data and asks to limit processing meanwhile -> restriction only.
R(key="fr-be-restriction-attestation-hours", rights=["restriction"], client="gmail",
  frm="Olivier Jacquemin <olivier.jacquemin@gmail.com>", date="2025-12-09 11:11",
  subject="Heures de formation – contestation",
  body="""Bonjour Madame,

L'attestation et la feuille d'émargement me concernant indiquent 7 heures de présence au lieu de 14 (j'étais bien là les deux jours). Je conteste ces données.

En attendant la vérification, merci de limiter leur traitement : ne transmettez rien à mon employeur ni à l'organisme de financement tant que ce n'est pas éclairci.

Bien à vous,
Olivier Jacquemin""")

R(key="fr-restriction-formal-limitation-roundcube", charset="iso-8859-1", rights=["restriction"], client="roundcube", mime="plain",
  frm="Denise Carpentier <denise.carpentier@numericable.fr>", date="2026-02-17 14:02",
  subject="Demande de limitation du traitement",
  body="""Madame,

Par la présente, j'exerce mon droit à la limitation du traitement prévu à l'article 18 du RGPD pour les données relatives à ma santé figurant dans mon dossier d'accompagnement.

Je m'oppose à leur effacement, mais souhaite qu'elles ne fassent plus l'objet d'aucune utilisation, sauf pour leur conservation.

Veuillez agréer, Madame, mes salutations distinguées.

Denise Carpentier""")

R(key="fr-restriction-samsung-block-pending", mime="html", rights=["restriction"], client="samsung",
  frm="Karine Pottier <karine.pottier36@gmail.com>", date="2025-05-06 12:49",
  subject="Mes données",
  body="""Bonjour Sandra

Merci de bloquer l'utilisation de mes données le temps que je décide si je continue ou pas l'accompagnement. Ne supprimez rien, je vous redis en septembre.

Karine

Envoyé depuis mon smartphone Samsung Galaxy.""")

R(key="fr-restriction-parent-teen-freeze", rights=["restriction"], client="thunderbird",
  frm="Stéphane Lecomte <stephane.lecomte@sfr.fr>", date="2026-04-08 20:21",
  subject="Dossier de notre fils Hugo",
  body="""Bonsoir Madame Delomenie,

Notre fils Hugo, 16 ans, a fait quelques séances avec vous. Sa mère et moi ne sommes pas d'accord sur la suite et nous sommes en médiation. En attendant, je vous demande de suspendre toute utilisation des informations concernant Hugo (pas d'envoi, pas de compte rendu), sans les effacer.

Cordialement,
Stéphane Lecomte""")

# ------------------------------------------------------------------ PORTABILITY
# NEAR-LINE: transfer to another coach in reusable digital form -> portability only (no ask to see/know what is held).
R(key="fr-portability-transfer-new-coach", rights=["portability"], client="gmail",
  frm="Hélène Maurel <helene.maurel@gmail.com>", date="2025-02-26 10:19",
  subject="Transfert de mon dossier",
  cc="Cabinet Respire – Julie Navarro <contact@cabinet-respire.fr>",
  body="""Bonjour Sandra,

Comme je vous l'ai annoncé, je poursuis l'accompagnement avec Julie Navarro (en copie), plus proche de chez moi depuis mon déménagement à Bourges.

Pourriez-vous lui transmettre directement mes données – fiche, questionnaires et historique des séances – dans un format qu'elle pourra réutiliser (fichier numérique plutôt que papier) ?

Un grand merci pour ces deux années,
Hélène""")

R(key="fr-portability-csv-systemeio-progress", rights=["portability"], client="outlook_web",
  frm="Romain Pasquier <romain.pasquier@outlook.fr>", date="2025-07-15 09:02",
  subject="Export de mes données de formation",
  body="""Bonjour,

J'ai terminé la formation en ligne sur Systeme.io. Je voudrais récupérer mes données (progression, réponses aux quiz, notes personnelles saisies dans les modules) dans un fichier exploitable, type CSV ou Excel, pour les importer dans mon propre outil.

Merci d'avance,
Romain Pasquier""")

R(key="fr-portability-art20-thunderbird", rights=["portability"], client="thunderbird",
  frm="Françoise Dumas <francoise.dumas@laposte.net>", date="2025-11-03 16:44",
  subject="Droit à la portabilité",
  body="""Madame,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies (formulaires d'inscription, questionnaires, coordonnées) dans un format structuré, couramment utilisé et lisible par machine.

Je vous prie d'agréer, Madame, mes salutations respectueuses.

Françoise Dumas""")

R(key="fr-portability-informal-json", rights=["portability"], client="gmail", mime="plain",
  frm="Thibault Renaud <thibault.renaud.dev@gmail.com>", date="2026-01-27 13:58",
  subject="récup de mes données",
  body="""Hello Sandra,

Petite demande de geek : est-ce que tu peux m'exporter mes données (mes réponses aux questionnaires et mon suivi) en JSON ou en CSV ? Je me fais un journal de bord perso et j'aimerais tout centraliser. Pas besoin de PDF, un fichier brut c'est parfait.

Merci !
Thibault""")

R(key="fr-ch-portability-tableur", rights=["portability"], client="apple",
  frm="Corinne Python <corinne.python@sunrise.ch>", date="2025-09-09 08:20",
  subject="Mes données au format tableur",
  body="""Bonjour Madame Delomenie,

Je change d'organisme pour la suite de ma formation de coach. Le nouvel organisme me demande de fournir mon historique. Pourriez-vous m'envoyer mes données au format tableur (Excel ou LibreOffice) afin que je puisse les leur transmettre ?

Avec mes remerciements et mes meilleures salutations,
Corinne Python
Genève""")

R(key="fr-qc-portability-transfer", rights=["portability"], client="gmail",
  frm="Jonathan Gagnon <jonathan.gagnon@gmail.com>", date="2026-05-05 14:33",
  subject="Transfert de mes données vers ma nouvelle plateforme",
  body="""Bonjour,

Je m'inscris sur une autre plateforme de coaching en ligne (basée à Montréal). Est-ce possible de leur transférer mes données de parcours directement, dans un format qu'ils peuvent importer ? Je te donne leur adresse : import@coachingboreal.ca.

Merci, bonne journée!
Jonathan""")

R(key="fr-portability-reusable-fwd-outlook", rights=["portability"], client="outlook", fwd=True,
  frm="Isabelle Roche <isabelle.roche@cabinet-roche-rh.fr>", date="2025-04-29 11:24",
  subject="TR: Vos données – parcours de reconversion",
  body="""Bonjour Sandra,

Je me permets de vous transférer le message de mon conseiller bilan ci-dessous. Pourriez-vous m'envoyer, à moi, mes données (tests, questionnaires, synthèses que je vous ai remis) dans un format numérique réutilisable, pour que je puisse les lui transmettre ?

Merci,
Isabelle Roche""",
  quote=Q(frm="Marc Lefebvre <m.lefebvre@bilan-centre.fr>", date="2025-04-28 17:02", client="outlook",
          to="Isabelle Roche <isabelle.roche@cabinet-roche-rh.fr>", subject="Vos données – parcours de reconversion",
          body="""Bonjour Madame Roche,

Pour démarrer le bilan dans de bonnes conditions, il serait utile que vous récupériez auprès de votre coach précédente les tests et questionnaires que vous avez remplis, idéalement sous forme de fichiers (Excel, CSV ou PDF texte).

Cordialement,
Marc Lefebvre
Consultant bilan de compétences"""))

# ------------------------------------------------------------------ OBJECTION
R(key="fr-objection-reply-newsletter-gmail", rights=["objection"], client="gmail",
  frm="Valérie Chauvin <valerie.chauvin@gmail.com>", date="2025-03-05 08:17",
  subject="Re: 🌱 La lettre de mars : oser dire non sans se justifier",
  body="""Bonjour,
Merci de me retirer de votre liste de diffusion, je reçois trop de mails en ce moment.
Bonne journée""",
  quote=nl_quote(NL_MARS, "2025-03-05 07:00"))

R(key="fr-objection-sms-iphone", rights=["objection"], client="iphone", mime="plain",
  frm="Laetitia Fabre <laetitia.fabre@icloud.com>", date="2025-04-10 12:31",
  subject="SMS",
  body="""Bonjour, je ne veux plus recevoir vos SMS de rappel pour les ateliers et les promos. Merci.

Envoyé de mon iPhone""")

R(key="fr-objection-prospection-outlook", rights=["objection"], client="outlook",
  frm="Gérard Lemoine <gerard.lemoine@lemoine-expertise.fr>", date="2025-06-17 14:05",
  subject="Opposition à la prospection",
  body="""Madame,

Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection commerciale, quel que soit le canal (courriel, téléphone, SMS).

Mes coordonnées vous ont été communiquées dans le cadre d'une formation suivie par notre cabinet et n'ont pas vocation à servir à autre chose.

Gérard Lemoine
Expert-comptable associé

AVERTISSEMENT : ce message est confidentiel. Lemoine Expertise décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.""")

# NEAR-LINE: "je m'oppose" to open/click tracking tied to her mailings (legitimate interest) -> objection, not withdraw_consent.
R(key="fr-objection-analytics-thunderbird", rights=["objection"], client="thunderbird",
  frm="Arnaud Besson <arnaud.besson@posteo.net>", date="2025-10-01 19:36",
  subject="Statistiques et suivi des ouvertures",
  body="""Bonjour,

J'ai remarqué que vos courriels contiennent des pixels de suivi et que vous mesurez les ouvertures et les clics. Je m'oppose au traitement de mes données à des fins de mesure d'audience et de statistiques.

Je souhaite continuer à être informé de mes séances, mais sans ce suivi.

Arnaud Besson""")

R(key="fr-objection-desinscription-samsung", rights=["objection"], client="samsung", mime="html",
  frm="Bernadette Collin <bernadette.collin@sfr.fr>", date="2025-09-04 07:58",
  subject="Re: Rentrée : trois rituels pour garder le cap 🍂",
  body="""Désinscription svp. Merci
Envoyé depuis mon smartphone Samsung Galaxy.""",
  quote=nl_quote(NL_RENTREE, "2025-09-03 07:30"))

# NEAR-LINE: objects to her number being used for the alumni WhatsApp group (legitimate-interest processing) -> objection; not a cancellation.
R(key="fr-objection-whatsapp-group-gmail", rights=["objection"], client="gmail",
  frm="Emma Gauthier <emma.gauthier.36@gmail.com>", date="2025-11-18 21:10",
  subject="Groupe WhatsApp",
  body="""Bonsoir Sandra,

J'ai vu que vous m'avez ajoutée au groupe WhatsApp des anciennes du parcours. C'est gentil mais je ne souhaite pas que mon numéro soit utilisé pour ça ni partagé avec le groupe : je m'y oppose. Pouvez-vous me retirer du groupe et ne plus m'y inclure ?

Merci de votre compréhension,
Emma""")

R(key="fr-be-objection-promos-outlookweb", rights=["objection"], client="outlook_web",
  frm="Nicolas Vandenberghe <nicolas.vdb@hotmail.com>", date="2026-01-12 10:27",
  subject="RE: Belle année 2026 ✨ et les ateliers du trimestre",
  body="""Bonjour,

Meilleurs vœux également. Je ne souhaite cependant plus recevoir vos courriels promotionnels ni la newsletter. Je reste évidemment joignable pour la formation que notre service suit en mars.

Nicolas Vandenberghe
Service RH – Mutualité Saint-Michel
Bruxelles""",
  quote=nl_quote(NL_JANVIER, "2026-01-08 08:00"))

R(key="fr-objection-informal-noaccent", rights=["objection"], client="yahoo", mime="plain",
  frm="Sabrina Hamel <sabrina.hamel@yahoo.fr>", date="2026-03-03 22:47", subject="stop",
  body="""bonsoir
arretez de m envoyer vos mails svp je me suis inscrite au webinaire gratuit une fois c tout, je veux plus recevoir la lettre ni les pubs
merci

Envoyé de Yahoo Mail pour Android""")

# NEAR-LINE: stop satisfaction surveys and object to use of his details for them -> objection.
R(key="fr-objection-surveys-apple", rights=["objection"], client="apple",
  frm="Michel Royer <michel.royer@me.com>", date="2025-07-02 11:40",
  subject="Questionnaires de satisfaction",
  body="""Bonjour Sandra,

Je reçois pour la troisième fois un questionnaire de satisfaction sur la formation de mai. J'y ai répondu une fois, cela suffit : je ne souhaite plus recevoir d'enquêtes ni de sollicitations de ce type, et je m'oppose à ce que mes coordonnées soient utilisées pour cela.

Cordialement,
Michel Royer""")

R(key="fr-objection-newsletter-keep-client", rights=["objection"], client="orange", bottom=False,
  frm="Françoise Leclerc <francoise.leclerc@wanadoo.fr>", date="2026-05-08 09:12",
  subject="RE: Cercle de juin & nouvelles du jardin 🌿",
  body="""Bonjour Sandra,

Je continue nos séances bien sûr, mais je préfère ne plus recevoir la lettre d'information : je la lis rarement et ma boîte déborde. Pouvez-vous me désabonner ?

À jeudi,
Françoise""",
  quote=nl_quote(NL_MAI, "2026-05-07 07:45"))

# ------------------------------------------------------------------ WITHDRAW CONSENT
R(key="fr-withdraw-testimonial-site-gmail", rights=["withdraw_consent"], client="gmail",
  frm="Caroline Benoît <caroline.benoit.coach@gmail.com>", date="2025-02-19 15:34",
  subject="Mon témoignage sur votre site",
  body="""Bonjour Sandra,

J'avais accepté avec plaisir que vous publiiez mon témoignage (avec mon prénom et ma photo) sur la page Témoignages. Ma situation professionnelle a changé et je préférerais qu'il n'y apparaisse plus. Je retire donc mon accord : pouvez-vous l'enlever du site et de Systeme.io ?

Merci, et sans rancune aucune 🙂
Caroline""")

R(key="fr-withdraw-photo-facebook-iphone", rights=["withdraw_consent"], client="iphone",
  frm="Manon Leroy <manon.leroy@icloud.com>", date="2025-05-13 18:48",
  subject="Photo atelier",
  body="""Coucou Sandra,

Sur la photo de groupe de l'atelier publiée sur la page Facebook, on me reconnaît très bien. Finalement je ne suis plus d'accord pour qu'elle soit diffusée, est-ce que tu peux la retirer ou me flouter ?

Merci ❤️
Manon

Envoyé de mon iPhone""")

R(key="fr-withdraw-questionnaire-use-outlook", rights=["withdraw_consent"], client="outlook",
  frm="Delphine Girard <delphine.girard@ac-orleans-tours.fr>", date="2025-08-19 10:12",
  subject="Utilisation de mes réponses au questionnaire",
  body="""Bonjour Madame Delomenie,

J'avais coché la case autorisant l'utilisation anonymisée de mes réponses au questionnaire de fin de parcours pour vos statistiques et supports de présentation. Je retire ce consentement.

Bien cordialement,

Delphine Girard
Conseillère principale d'éducation
Lycée Balzac – Issoudun""")

# NEAR-LINE: explicit withdrawal of the health-data consent given at contract; the "ne plus utiliser" follows from it -> withdraw_consent, not restriction.
R(key="fr-withdraw-health-consent-gmail", rights=["withdraw_consent"], client="gmail",
  frm="Audrey Lucas <audrey.lucas.36@gmail.com>", date="2025-10-28 08:03",
  subject="Consentement données de santé",
  body="""Bonjour Sandra,

Lors de la signature du contrat, j'avais donné mon consentement pour que vous notiez des informations sur ma santé (mon endométriose, mon traitement). Je retire ce consentement à partir d'aujourd'hui. Je préfère qu'on n'aborde plus ce sujet dans le suivi et que ces informations ne soient plus utilisées.

Merci de votre compréhension,
Audrey""")

R(key="fr-withdraw-recording-zoom-thunderbird", rights=["withdraw_consent"], client="thunderbird",
  frm="Hugues Lefort <hugues.lefort@gmx.fr>", date="2026-02-24 17:55",
  subject="Enregistrement de la séance de groupe",
  body="""Bonjour,

J'avais accepté que la séance de groupe du 10 février soit enregistrée pour le replay. À la réflexion je ne le souhaite plus : je retire mon consentement à l'enregistrement où l'on me voit et m'entend. Merci de couper mon passage ou de retirer le replay.

Hugues Lefort""")

R(key="fr-qc-withdraw-video-testimonial", rights=["withdraw_consent"], client="iphone",
  frm="Sophie Bouchard <sophie.bouchard@icloud.com>", date="2025-12-15 20:14",
  subject="Ma vidéo-témoignage",
  body="""Allô Sandra!

La petite vidéo-témoignage que j'ai faite à la fin de la formation, je ne suis plus à l'aise qu'elle soit sur ta page Instagram pis sur ton site. Je retire mon consentement, peux-tu l'enlever s'il te plaît?

Merci, à la revoyure!
Sophie

Envoyé de mon iPhone""")

R(key="fr-withdraw-testimonial-terse-mailorange", rights=["withdraw_consent"], client="orange", mime="plain",
  frm="Ginette Masson <ginette.masson@orange.fr>", date="2026-04-21 11:20", subject="témoignage",
  body="""Bonjour
enlevez mon témoignage de votre site svp, je ne veux plus qu'il y soit
merci
Ginette Masson

Envoyé depuis l'application Mail Orange""")

R(key="fr-withdraw-parent-photo-teen", rights=["withdraw_consent"], client="outlook_web",
  frm="Cécile Morel <cecile.morel@outlook.fr>", date="2025-06-30 13:37",
  subject="Photo de Jade – stage ados",
  body="""Bonjour Sandra,

Pour le stage ados d'avril, j'avais signé l'autorisation de droit à l'image pour ma fille Jade (13 ans). Elle est très mal à l'aise depuis que ses camarades ont vu la photo en ligne. Je retire cette autorisation : merci de retirer les photos où elle apparaît.

Cordialement,
Cécile Morel""")

# ------------------------------------------------------------------ POST MORTEM
R(key="fr-pm-daughter-death-cert-gmail", rights=["post_mortem"], client="gmail",
  frm="Sandrine Barbier <sandrine.barbier@gmail.com>", date="2025-03-24 10:05",
  subject="Décès de ma mère, Mme Odile Barbier",
  body="""Madame,

J'ai le regret de vous informer du décès de ma mère, Odile Barbier, le 2 mars dernier. Elle suivait vos ateliers et recevait votre lettre.

En tant que fille et héritière, je vous demande de clôturer son dossier et de supprimer ses données. Je joins l'acte de décès.

Cordialement,
Sandrine Barbier""",
  attach=[dict(kind="pdf", name="acte_deces_Barbier_Odile.pdf",
               lines=["EXTRAIT D'ACTE DE DECES", "Mairie d'Issoudun", "Odile Barbier, née Perrin",
                      "décédée le 2 mars 2025"])])

R(key="fr-pm-notary-letter-pdf-outlook", rights=["post_mortem"], client="outlook", logo=True,
  frm="Office notarial Bernard & Associés <negociation@bernard-notaires.fr>", date="2025-07-22 15:40",
  subject="Succession de M. Alain ROBIN – demande d'informations",
  body="""Madame,

Nous sommes chargés du règlement de la succession de Monsieur Alain ROBIN, décédé le 14 juin 2025 à Châteauroux.

Les héritiers souhaitent obtenir communication des données et documents détenus par votre entreprise concernant le défunt, notamment les contrats et factures en cours. Vous trouverez ci-joint notre courrier ainsi que la copie de l'acte de décès.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Olivier Bernard,
Aurélie Dos Santos, clerc de notaire
Office notarial Bernard & Associés – 3 place de la République, 36000 Châteauroux

Les informations contenues dans ce courriel sont confidentielles. Pensez à l'environnement avant d'imprimer ce message.""",
  attach=[dict(kind="pdf", name="Courrier_succession_ROBIN.pdf",
               lines=["Office notarial Bernard & Associes", "Succession ROBIN Alain",
                      "Demande de communication de documents"]),
          dict(kind="pdf", name="Acte_deces_ROBIN.pdf", lines=["ACTE DE DECES", "ROBIN Alain", "14/06/2025"])])

R(key="fr-pm-widow-copy-notes-iphone", rights=["post_mortem"], client="iphone",
  frm="Martine Cordier <martine.cordier@icloud.com>", date="2025-10-06 14:18",
  subject="Mon mari",
  body="""Bonjour Madame,

Mon mari Jacques Cordier est décédé le mois dernier. Il avait fait un accompagnement avec vous après son licenciement, et il en parlait beaucoup. J'aimerais, si c'est possible, avoir une copie de ses notes ou de ce qu'il vous avait confié par écrit. Cela m'aiderait à comprendre.

Merci de votre humanité,
Martine Cordier

Envoyé de mon iPhone""")

# NEAR-LINE: a living client leaving instructions for after her death -> post_mortem (not erasure).
R(key="fr-pm-own-directive-gmail", rights=["post_mortem"], client="gmail",
  frm="Paulette Giraud <paulette.giraud48@gmail.com>", date="2025-11-25 16:30",
  subject="Mes directives",
  body="""Chère Sandra,

Vous savez que ma santé n'est pas bonne. Je voudrais mettre les choses en ordre : après mon décès, je souhaite que toutes mes données chez vous soient effacées, sauf mon témoignage, que vous pourrez garder. Mon fils Bruno (bruno.giraud@orange.fr) est la personne à contacter pour tout cela.

Merci pour tout ce que vous m'avez apporté,
Paulette""")

# NEAR-LINE: a widower asking to stop the newsletter of his deceased wife -> post_mortem only, not objection.
R(key="fr-pm-still-receiving-newsletter-orange", mime="html", rights=["post_mortem"], client="orange",
  frm="Gilles Renard <gilles.renard@orange.fr>", date="2026-01-09 09:52",
  subject="RE: Belle année 2026 ✨ et les ateliers du trimestre",
  body="""Bonjour,

Ma femme, Hélène Renard, est décédée en octobre. Je continue de recevoir votre lettre sur sa boîte, que je consulte. Merci de ne plus lui écrire.

Gilles Renard""",
  quote=nl_quote(NL_JANVIER, "2026-01-08 08:00"), to="Floraison de Soi <contact@floraisondesoi.fr>")

# NEAR-LINE: notary ends a subscription and asks to delete the deceased's account -> post_mortem only.
R(key="fr-be-pm-notaire-namur", rights=["post_mortem"], client="outlook_web",
  frm="Étude du notaire Delvaux <etude@notaire-delvaux.be>", date="2026-03-19 11:45",
  subject="Succession Mme Jeanine COLLARD",
  body="""Madame,

Nous vous informons du décès de Madame Jeanine COLLARD, domiciliée à Dinant, survenu le 27 février 2026. Elle figurait, selon les relevés bancaires, parmi les abonnés de votre parcours en ligne.

Nous vous saurions gré de bien vouloir mettre fin à l'abonnement, de nous adresser un relevé des sommes éventuellement dues et de supprimer le compte de la défunte.

Veuillez agréer, Madame, nos salutations distinguées.

Pour le notaire Delvaux,
Anne-Sophie Hubert, collaboratrice""")

# NEAR-LINE: heir asks to remove a deceased person's testimonial -> post_mortem only, not withdraw_consent.
R(key="fr-pm-heir-remove-testimonial", cte="base64", rights=["post_mortem"], client="yahoo",
  frm="Laurent Perret <laurent.perret@yahoo.fr>", date="2025-08-12 20:40",
  subject="Témoignage de mon père",
  body="""Bonjour,

Mon père, Raymond Perret, est décédé en juillet. Son témoignage avec sa photo figure toujours sur votre site, page des stages seniors. La famille préférerait qu'il soit retiré. Pouvez-vous le faire ?

Merci,
Laurent Perret""")

# NEAR-LINE: heir asks to cancel appointments, stop mail and delete -> post_mortem only.
R(key="fr-pm-son-fwd-mother-mailbox", rights=["post_mortem"], client="gmail", fwd=True,
  frm="Damien Collet <damien.collet@gmail.com>", date="2026-05-26 13:02",
  subject="Fwd: Rappel : votre séance de jeudi",
  body="""Bonjour,

Je gère la messagerie de ma mère, Yvette Collet, décédée le 10 mai. Je vous transfère le rappel automatique qu'elle a reçu. Pouvez-vous annuler ses rendez-vous, arrêter les envois et supprimer ce que vous avez sur elle ?

Damien Collet""",
  quote=Q(frm=CONTACT, date="2026-05-25 08:00", client="system", to="yvette.collet@orange.fr",
          subject="Rappel : votre séance de jeudi",
          body="""Bonjour Yvette,

Petit rappel : votre séance avec Sandra a lieu jeudi 28 mai à 14h00, au 46 rue d'Estienne d'Orves à Issoudun.

En cas d'empêchement, merci de prévenir au moins 24 h à l'avance.

Floraison de Soi"""))

# NEAR-LINE: instructions for after death -> post_mortem.
R(key="fr-pm-own-directive-son-designee-outlook", rights=["post_mortem"], client="outlook",
  frm="Roger Baudin <roger.baudin@orange.fr>", date="2026-02-09 10:14",
  subject="Directives concernant mes données",
  body="""Madame Delomenie,

À la suite de notre dernier entretien, je souhaite vous laisser des directives particulières : en cas de décès, je désigne ma fille, Mme Catherine Baudin, pour recevoir une copie de mon dossier d'accompagnement ; le reste pourra être détruit.

Veuillez trouver ci-joint le document signé.

Roger Baudin""",
  attach=[dict(kind="docx", name="Directives_Roger_Baudin.docx",
               lines=["Directives relatives à mes données personnelles après mon décès",
                      "Je soussigné Roger Baudin désigne Catherine Baudin ...", "Fait à Issoudun le 8 février 2026"])])


# ------------------------------------------------------------------ more singles
# Request only in the newest message of a long Outlook thread (flat header-style quoting, no '>').
# NEAR-LINE: request only in the newest message of a four-message Outlook thread about an invoice.
R(key="fr-erasure-outlook-newest-of-invoice-thread", rights=["erasure"], client="outlook",
  frm="Christelle Vidal <christelle.vidal@groupe-vidal-transports.fr>", date="2025-05-15 16:52",
  subject="RE: RE: RE: Facture n°2025-031 – erreur de montant",
  body="""Bonjour Sandra,

Merci, l'avoir est bien arrivé, on est bons pour la compta.

Comme je vous le disais, j'arrête les séances. Je vous demande donc de supprimer mon dossier et l'ensemble des données me concernant, en dehors bien sûr des factures que vous devez garder.

Bonne continuation,

Christelle Vidal
Responsable administrative
Groupe Vidal Transports – ZI Les Bordes – 36100 Issoudun
Tél. 02 54 03 44 10

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, merci d'en informer l'expéditeur et de le détruire.""",
  quote=Q(frm=SANDRA, date="2025-05-15 11:05", client="outlook", to="Christelle Vidal <christelle.vidal@groupe-vidal-transports.fr>",
          body="""Bonjour Christelle,

Vous avez raison, j'ai facturé trois séances au lieu de deux. Je vous envoie l'avoir correspondant en pièce jointe.

Désolée pour ce contretemps,
Sandra""",
          quote=Q(frm="Christelle Vidal <christelle.vidal@groupe-vidal-transports.fr>", date="2025-05-14 09:31",
                  client="outlook", body="""Bonjour,

Je ne retrouve que deux séances en avril dans mon agenda, or la facture en compte trois. Pouvez-vous vérifier ?

Christelle""",
                  quote=Q(frm=SANDRA, date="2025-05-02 18:10", client="outlook",
                          body="""Bonjour Christelle,

Veuillez trouver ci-joint la facture n°2025-031 pour les séances d'avril.

Bien à vous,
""" + SIG_SANDRA))))

# NEAR-LINE: erase everything "et de votre outil d'emailing" -> erasure only; no separate ask to stop marketing.
R(key="fr-erasure-droit-oubli-zimbra", rights=["erasure"], client="zimbra",
  frm="Yannick Le Goff <yannick.legoff@laposte.net>", date="2025-12-18 08:41",
  subject="Droit à l'oubli",
  body="""Bonjour,

Je fais valoir mon droit à l'oubli : merci d'effacer mes coordonnées et tout ce qui me concerne de vos fichiers (et de votre outil d'emailing).

Cordialement,
Y. Le Goff""")

R(key="fr-qc-rect-courriel-gmail", rights=["rectification"], client="gmail",
  frm="Geneviève Lavoie <genevieve.lavoie.qc@gmail.com>", date="2026-03-24 17:03",
  subject="Changement d'adresse courriel",
  body="""Bonjour Sandra,

Petit changement : mon ancienne adresse courriel (g.lavoie@sympatico.ca) va fermer à la fin du mois. Peux-tu la remplacer par celle-ci, genevieve.lavoie.qc@gmail.com, pour la formation en ligne et les infolettres?

Merci beaucoup!
Geneviève""")

# NEAR-LINE: contests a score and asks not to use it meanwhile -> restriction only.
R(key="fr-restriction-contest-accuracy-apple", rights=["restriction"], client="apple",
  frm="Bruno Lacroix <bruno.lacroix@me.com>", date="2025-08-01 09:09",
  subject="Questionnaire d'évaluation",
  body="""Bonjour Madame Delomenie,

Le score figurant sur le questionnaire d'évaluation de stress que vous avez transmis à mon service RH (avec mon accord) me paraît erroné : je pense qu'il y a eu une erreur de saisie.

Je conteste son exactitude et vous demande, en attendant la vérification, de ne plus l'utiliser ni le communiquer.

Cordialement,
Bruno Lacroix""")

R(key="fr-portability-after-thread-iphone-bottom", rights=["portability"], client="iphone", bottom=True,
  frm="Solène Perrin <solene.perrin@icloud.com>", date="2026-04-14 07:40",
  subject="Re: Fin de notre accompagnement",
  body="""Merci Sandra pour ce beau message 🙏

Dernière chose : pourriez-vous m'envoyer mes questionnaires et mes fiches d'exercices sous forme de fichiers que je peux réutiliser (Word ou Excel plutôt que des scans) ? Je voudrais les garder et continuer à les compléter moi-même.

Solène

Envoyé de mon iPhone""",
  quote=Q(frm=SANDRA, date="2026-04-13 19:25", body="""Chère Solène,

Nous voici au terme de notre accompagnement. Je voulais vous dire combien j'ai été touchée par votre chemin : la Solène de septembre et celle d'aujourd'hui ne se tiennent plus du tout de la même façon.

Je vous souhaite une belle suite,
Sandra"""))

# ------------------------------------------------------------------ MULTI-RIGHT (French)
R(key="fr-multi-access-erasure-gmail", rights=["access", "erasure"], client="gmail",
  frm="Pauline Mercier <pauline.mercier@gmail.com>", date="2025-02-06 18:27",
  subject="Mes données – copie puis suppression",
  body="""Bonjour Sandra,

Je clôture le chapitre « reconversion » (j'ai signé mon CDI 🎉). Avant que vous effaciez quoi que ce soit, j'aimerais recevoir une copie de tout ce que vous avez sur moi. Une fois que je l'aurai, merci de tout supprimer.

Pauline""")

R(key="fr-multi-erasure-objection-apple-above-newsletter", rights=["erasure", "objection"], client="apple",
  frm="Brigitte Hoarau <brigitte.hoarau@icloud.com>", date="2025-09-05 06:44",
  subject="Re: Rentrée : trois rituels pour garder le cap 🍂",
  body="""Bonjour,

Je souhaite être désinscrite de cette lettre et que vous supprimiez toutes les données que vous avez à mon sujet.

Merci
Brigitte Hoarau""",
  quote=nl_quote(NL_RENTREE, "2025-09-03 07:30"))

R(key="fr-multi-erasure-withdraw-testimonial-outlook", rights=["erasure", "withdraw_consent"], client="outlook",
  frm="Stéphanie Colas <stephanie.colas@colas-immobilier.fr>", date="2025-10-20 12:12",
  subject="Témoignage et données",
  body="""Bonjour Sandra,

Je vous demande de retirer mon témoignage (texte et photo) de votre site et de vos réseaux, et d'effacer par la même occasion l'ensemble de mes données personnelles.

Je vous remercie de me confirmer la prise en compte.

Stéphanie Colas
Colas Immobilier – Agence d'Issoudun""")

# NEAR-LINE: asks what data and where stored (access) and a CSV export for another platform (portability).
R(key="fr-multi-access-portability-thunderbird", rights=["access", "portability"], client="thunderbird",
  frm="Maxime Royer <maxime.royer@protonmail.com>", date="2025-12-30 14:48",
  subject="Accès + export",
  body="""Bonjour,

Deux demandes :
1) Pouvez-vous me dire quelles données personnelles vous détenez sur moi, et chez quels prestataires elles sont stockées ?
2) Pouvez-vous m'envoyer mes réponses aux questionnaires et mon historique de formation dans un fichier exploitable (CSV) pour les importer dans la nouvelle plateforme de mon employeur ?

Merci,
Maxime Royer""")

R(key="fr-multi-rect-objection-gmail", rights=["objection", "rectification"], client="gmail",
  frm="Camille Besnard <camille.besnard.rh@gmail.com>", date="2026-01-21 09:36",
  subject="Re: Convocation – formation « Gestion du stress » 3 et 4 février",
  body="""Bonjour Sandra,

Bien reçu, merci. Deux choses :
- mon adresse professionnelle a changé, c'est désormais camille.besnard@ehpad-les-tilleuls.fr (l'ancienne, c.besnard@ehpad-tilleuls.org, est supprimée) ;
- et je ne souhaite plus recevoir la newsletter, seulement les informations liées à la formation.

Bonne journée,
Camille""",
  quote=Q(frm=SANDRA, date="2026-01-20 17:00", to="Camille Besnard <c.besnard@ehpad-tilleuls.org>",
          body="""Bonjour Camille,

Vous trouverez ci-joint votre convocation pour la formation des 3 et 4 février (9h–17h, salle Mandela, EHPAD Les Tilleuls).

""" + SIG_SANDRA))

R(key="fr-multi-access-rect-iphone", rights=["access", "rectification"], client="iphone",
  frm="Rachida Benali <rachida.benali@icloud.com>", date="2025-07-24 21:30",
  subject="Mon dossier",
  body="""Bonsoir Sandra,

Je voudrais savoir ce que vous avez exactement comme informations sur moi dans votre dossier. Et au passage, mon nom est mal écrit sur les factures : c'est Benali, pas Benhali.

Merci d'avance
Rachida

Envoyé de mon iPhone""")

R(key="fr-multi-objection-withdraw-samsung", rights=["objection", "withdraw_consent"], client="samsung",
  frm="Jessica Marie <jessica.marie36@gmail.com>", date="2026-05-12 13:04",
  subject="Re: Cercle de juin & nouvelles du jardin 🌿",
  body="""Bonjour Sandra,
Je ne veux plus recevoir la newsletter. Et je vois que vous avez mis mon témoignage du parcours dans la lettre et sur le site : je retire mon accord, merci de l'enlever.
Jessica
Envoyé depuis mon smartphone Samsung Galaxy.""",
  quote=nl_quote(NL_MAI, "2026-05-07 07:45"))

# NEAR-LINE: contest + pause = restriction (no rectification); full copy = access.
R(key="fr-multi-access-restriction-outlook", rights=["access", "restriction"], client="outlook_web",
  frm="Julien Fontaine <julien.fontaine@outlook.com>", date="2025-04-07 19:19",
  subject="Fiche de suivi",
  body="""Bonjour,

Vous m'avez lu au téléphone un passage de ma fiche de suivi qui ne correspond pas à ce que je vous ai dit. Je conteste ces informations.

Je vous demande :
- de m'envoyer une copie complète de ma fiche et de toutes les notes me concernant ;
- de ne plus les utiliser ni les partager tant que nous n'avons pas éclairci ce point.

Julien Fontaine""")

R(key="fr-multi-portability-erasure-gmail-thread", rights=["erasure", "portability"], client="gmail",
  frm="Marine Lejeune <marine.lejeune.coaching@gmail.com>", date="2026-02-12 11:58",
  subject="Re: Re: Suite de l'accompagnement",
  body="""Merci Sandra, c'est très clair.

Alors on fait comme ça : vous transmettez mon dossier à Isabelle (isabelle@ateliers-du-souffle.fr) dans un format numérique qu'elle pourra reprendre, et une fois que c'est fait vous supprimez tout de votre côté.

Encore merci pour tout,
Marine""",
  quote=Q(frm=SANDRA, date="2026-02-11 18:30", body="""Bonjour Marine,

Bien sûr, je comprends. Je peux envoyer votre dossier directement à Isabelle si vous me le demandez, et ensuite le supprimer de mon côté, ou le garder si vous préférez revenir un jour.

À vous de me dire,
Sandra""",
          quote=Q(frm="Marine Lejeune <marine.lejeune.coaching@gmail.com>", date="2026-02-10 08:15",
                  body="""Bonjour Sandra,

Je vais poursuivre avec une coach à Tours, plus proche de mon nouveau travail. Comment fait-on pour mon dossier ?

Marine""")))

# Forward of a forward (HR -> colleague -> her), then her own new text.
R(key="fr-be-multi-access-objection-fwdfwd", rights=["access", "objection"], client="outlook_web", fwd=True,
  frm="Fabienne Claes <fabienne.claes@telenet.be>", date="2025-11-07 12:20",
  subject="TR: TR: Formation bien-être au travail – liste des inscrits",
  body="""Madame,

Une collègue m'a fait suivre le message ci-dessous. Je constate que vous m'écrivez sur mon adresse privée alors que je ne vous l'ai jamais donnée. D'où tenez-vous cette adresse ? Et je vous prie de ne plus m'adresser vos offres commerciales.

Fabienne Claes""",
  quote=Q(frm="Véronique Hermans <veronique.hermans@telenet.be>", date="2025-11-06 18:02", client="outlook_web",
          to="Fabienne Claes <fabienne.claes@telenet.be>", subject="TR: Formation bien-être au travail – liste des inscrits",
          fwd=True, body="""Regarde, tu es aussi dans la liste de diffusion de la coach ! Je pensais que c'était que pour le boulot.
Véro""",
          quote=Q(frm=CONTACT, date="2025-11-05 09:00", client="system", subject="Formation bien-être au travail – liste des inscrits",
                  to="Véronique Hermans <veronique.hermans@telenet.be>",
                  body="""Bonjour,

Les inscriptions pour la session de décembre de la formation « Bien-être au travail » sont ouvertes. Profitez du tarif préférentiel jusqu'au 20 novembre !

Floraison de Soi""")))

# NEAR-LINE: parent for a minor child -> a request (access + erasure).
R(key="fr-multi-parent-access-erasure-minor", rights=["access", "erasure"], client="orange",
  frm="Nathalie Hervé <nathalie.herve@orange.fr>", date="2025-06-26 20:05",
  subject="Dossier de ma fille Zoé",
  body="""Bonsoir Madame,

Zoé (14 ans) a arrêté l'accompagnement. Son père et moi souhaitons d'abord recevoir une copie de ce que vous avez sur elle, puis que tout soit supprimé.

Je vous remercie,
Nathalie Hervé
Mère de Zoé Hervé""")

R(key="fr-multi-lawyer-access-rect", rights=["access", "rectification"], client="outlook_old", mime="plain",
  charset="windows-1252",
  frm="Cabinet Morin Avocats <secretariat@morin-avocats.fr>", date="2026-03-02 10:00",
  subject="Votre ancienne cliente Mme Sylvie ANDRIEU",
  body="""Madame,

Nous représentons Mme Sylvie ANDRIEU (mandat joint).

Notre cliente nous indique que le compte rendu d'accompagnement que vous avez remis à son employeur mentionne une date de fin de prise en charge inexacte (30 avril au lieu du 30 juin 2025). Nous vous demandons :
1. de nous communiquer l'ensemble des données la concernant, et la liste des personnes à qui elles ont été transmises ;
2. de rectifier la date de fin d'accompagnement, qui est le 30 juin 2025.

Veuillez agréer, Madame, nos salutations distinguées.

Me Jacques Morin
Avocat au Barreau de Châteauroux""",
  attach=[dict(kind="pdf", name="mandat_ANDRIEU.pdf", lines=["Mandat de representation", "Sylvie Andrieu",
                                                                 "Cabinet Morin Avocats"])])

R(key="fr-multi-erasure-objection-withdraw-yahoo", cte="base64", html_cte="base64", rights=["erasure", "objection", "withdraw_consent"], client="yahoo",
  frm="Corinne Lagarde <corinne.lagarde@yahoo.fr>", date="2025-08-25 15:15",
  subject="Je quitte tout",
  body="""Bonjour Sandra,

Je tourne la page : merci de me désinscrire de la newsletter, d'enlever mon témoignage vidéo de votre chaîne et de votre site, et de supprimer toutes mes données.

Sans rancune, simplement une nouvelle étape.
Corinne""")

# NEAR-LINE: structured reusable copy = portability; access added because she also asks which data are processed and to whom they went.
R(key="fr-ch-multi-access-port-erasure", rights=["access", "erasure", "portability"], client="apple",
  frm="Laurence Bovet <laurence.bovet@gmail.com>", date="2026-01-05 11:11",
  subject="Demande concernant mes données",
  body="""Bonjour Madame,

Je vous prie de bien vouloir :
– me confirmer quelles données me concernant vous traitez et à qui vous les avez communiquées ;
– m'en remettre une copie dans un format électronique structuré (CSV ou Excel), que je pourrai réutiliser ;
– puis les effacer définitivement.

Avec mes meilleures salutations,
Laurence Bovet
Fribourg""")

# NEAR-LINE: "supprimez mon numero et mon adresse" with no new values -> erasure (not rectification), plus stop SMS/newsletter -> objection.
R(key="fr-multi-erasure-objection-sms-informal", rights=["erasure", "objection"], client="gmail", mime="plain",
  frm="Kelly Durand <kellydurand.36@gmail.com>", date="2026-02-27 22:58", subject="sms + mail",
  body="""bonsoir,
jrecois encore vos sms et vos mails alors que jai jamais fini la formation. stop les sms et la newsletter svp, et supprimez mon numero et mon adresse de vos fichiers.
kelly""")

# NEAR-LINE: withdraws testimonial consent and asks where it was published or passed on (recipients) -> access + withdraw_consent.
R(key="fr-multi-access-withdraw-testimonial-where", rights=["access", "withdraw_consent"], client="thunderbird",
  frm="Agathe Poulain <agathe.poulain@riseup.net>", date="2025-05-20 10:44",
  subject="Mon témoignage",
  body="""Bonjour Sandra,

Je retire mon consentement à la publication de mon témoignage. Pouvez-vous aussi me dire précisément où il a été publié ou transmis (site, Facebook, Systeme.io, partenaires ?) pour que je sache où il a pu circuler ?

Merci,
Agathe""")

# NEAR-LINE: phone replaced with new value (rectification) + deletion of one old document (erasure of part of the data).
R(key="fr-multi-rect-erasure-health-questionnaire", cte="base64", html_cte="base64", rights=["erasure", "rectification"], client="outlook_mobile",
  frm="Aline Perrier <aline.perrier@outlook.fr>", date="2026-04-02 08:26",
  subject="Mise à jour",
  body="""Bonjour Sandra,

Deux choses avant notre reprise :
- mon nouveau numéro est le 06 29 87 14 02 (l'ancien en 07 n'est plus attribué, vous pouvez le remplacer) ;
- et je voudrais que vous supprimiez le questionnaire santé que j'avais rempli en 2023, il n'est plus du tout d'actualité.

Merci !
Aline

Obtenir Outlook pour iOS""")


# Outlook "forward as attachment": the newsletter is attached as message/rfc822; new text = objection.
# NEAR-LINE: the newsletter is attached as message/rfc822; the new text asks to be removed from the list -> objection.
R(key="fr-objection-newsletter-attached-eml", rights=["objection"], client="outlook",
  frm="Dominique Pelletier <d.pelletier@pelletier-assurances.fr>", date="2026-04-03 08:47",
  subject="TR: Belle année 2026 ✨ et les ateliers du trimestre",
  body="""Madame,

Je reçois encore ce type de message (voir pièce jointe) alors que j'ai cliqué deux fois sur « se désinscrire ». Merci de me retirer définitivement de votre liste de diffusion.

Dominique Pelletier
Pelletier Assurances – Agent général
2 place du 10 Juin – 36100 Issoudun""",
  attach=[dict(kind="eml", msg=dict(key="fr-objection-newsletter-attached-eml/inner", lang="fr", client="system",
                                    frm=CONTACT, to="Dominique Pelletier <d.pelletier@pelletier-assurances.fr>",
                                    date="2026-01-08 08:00", subject="Belle année 2026 ✨ et les ateliers du trimestre",
                                    rights=[], mime="alt",
                                    plain=__import__("common").nl_text(NL_JANVIER["title"], NL_JANVIER["paras"], NL_JANVIER["cta"]),
                                    html_doc="<html><body>%s</body></html>" % __import__("common").nl_html(
                                        NL_JANVIER["title"], NL_JANVIER["paras"], NL_JANVIER["cta"]),
                                    headers=[("List-Unsubscribe", "<https://systeme.io/unsubscribe/c/88213>"),
                                             ("X-Mailer", "Systeme.io")]))])
