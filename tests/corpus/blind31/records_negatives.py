# -*- coding: utf-8 -*-
"""b31 corpus - negatives (messages that exercise no right addressed to Sandra).

Theme: short and terse. Record fields are documented in README.md.
"""

S = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
C = ("Floraison de Soi", "contact@floraisondesoi.fr")
SC = ("Sandra - Floraison de Soi", "contact@floraisondesoi.fr")


def lst(list_id, unsub, post=True):
    h = [("List-Id", list_id), ("List-Unsubscribe", unsub)]
    if post:
        h.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    return h


AUTO = [("Auto-Submitted", "auto-replied")]

RECORDS = [
    # ============================================ THANK-YOU ABOVE HANDLED REQUEST
    # NEAR-LINE: quoted mail is Sandra confirming an erasure; the new text only thanks -> negative.
    dict(key="neg-merci-parfait-suppression", rights=[], lang="fr", var="FR",
         frm=("Céline Blanchard", "celine.blanchard@icloud.com"),
         subj="Re: suppression de vos données",
         body="merci c'est parfait\n\nEnvoyé de mon iPhone\n",
         q=("apple_fr", """\
Bonjour Céline,

Comme demandé, j'ai supprimé l'ensemble de vos données : dossier, compte
Systeme.io, historique Stripe hors factures (que je dois garder 10 ans).

Bonne continuation,
Sandra"""), cl="apple"),

    dict(key="neg-bien-recu-copie", rights=[], lang="fr", var="FR",
         frm=("Nadia Perrin", "nadia.perrin@bluewin.ch"),
         subj="RE: Notes de séances",
         body="Bien reçu, merci.\nN. Perrin\n",
         q=("outlook_fr", """\
Bonjour Madame Perrin,

Vous trouverez ci-joint la copie de vos notes de séances ainsi que le
questionnaire initial.

Bien cordialement,
Sandra Delomenie""")),

    dict(key="neg-en-got-it-email-updated", rights=[], lang="en", var="GB",
         frm=("Tom Bennett", "tom.b@protonmail.com"),
         subj="Re: new email",
         body="Got it, thanks!\n",
         q=("gmail_en", """\
Hi Tom,

I've updated your email address as requested, everything will now go to
tom.b@protonmail.com.

Sandra""")),

    dict(key="neg-super-merci-desinscrite", rights=[], lang="fr", var="FR-informal",
         frm=("Audrey Lemaire", "audrey.lemaire@gmail.com"),
         subj="Re: newsletter",
         body="super merci 👍\n",
         q=("gmail_fr", """\
Bonjour Audrey,

C'est fait, vous êtes désinscrite de la newsletter. Vous pouvez toujours me
recontacter si besoin.

Sandra""")),

    dict(key="neg-en-thanks-testimonial-removed", rights=[], lang="en", var="GB",
         frm=("Louise Carter", "louise.carter@outlook.com"),
         subj="RE: video",
         body="Thank you Sandra, much appreciated.\n\nLouise\n",
         q=("outlook_en", """\
Hi Louise,

Your video testimonial has been removed from the website and from my
Systeme.io pages.

Kind regards,
Sandra""")),

    dict(key="neg-merci-reactivite-limitation", rights=[], lang="fr", var="FR",
         frm=("Olivier Marchal", "olivier.marchal@free.fr"),
         subj="Re: mon dossier",
         body="Merci beaucoup pour votre réactivité.\nO. Marchal\n",
         q=("gmail_fr", """\
Bonjour Monsieur Marchal,

Je vous confirme que votre dossier est mis de côté : je ne l'utilise plus et
je ne le supprime pas tant que vous ne m'en donnez pas l'instruction.

Sandra Delomenie""")),

    # NEAR-LINE: the sender's own old request ("supprimez mes données") is only in the quoted history -> negative.
    dict(key="neg-parfait-merci-nested", rights=[], lang="fr", var="FR",
         frm=("Bernard Chevallier", "b.chevallier@orange.fr"),
         subj="Re: Pourriez-vous",
         body="Parfait, merci.\n",
         deep=True,
         q=("orange_fr", """\
Bonjour Monsieur Chevallier,

C'est fait, vos données sont supprimées de mes fichiers.

Sandra

> Message du 03/02/25 18:40
> De : "Bernard Chevallier" <b.chevallier@orange.fr>
> Objet : Pourriez-vous
>
> Pourriez-vous supprimer mes données ? Merci""")),

    dict(key="neg-en-ok-thx-export", rights=[], lang="en", var="GB",
         frm=("Oliver Hart", "oliver.hart@outlook.com"),
         subj="RE: export",
         body="ok thx\n\nGet Outlook for iOS\n",
         q=("outlook_en", """\
Hi Oliver,

Your export is attached (CSV: course progress + notes). Good luck with the
new platform!

Sandra""")),

    # NEAR-LINE: heir thanks Sandra after the father's data was erased; nothing is asked -> negative, not post_mortem.
    dict(key="neg-be-merci-condoleances", date=(2025, 4, 2, 9, 3, 18), rights=[], lang="fr", var="BE",
         frm=("Hélène Moreau", "helene.moreau@orange.fr"),
         subj="RE: Gérard Moreau",
         body="Merci Madame, bonne journée.\n",
         q=("orange_fr", """\
Bonjour Madame Moreau,

Les données de votre père ont été effacées et son compte fermé.
Toutes mes condoléances.

Sandra Delomenie""")),

    dict(key="neg-recu-merci-csv", rights=[], lang="fr", var="FR-informal",
         frm=("Mélanie Collin", "melanie.collin@gmail.com"),
         subj="Re: export",
         body="reçu, merci !\n",
         q=("gmail_fr", """\
Bonjour Mélanie,

Voici le fichier de vos données au format CSV, comme demandé.

Sandra""")),

    # ===================================================== SHORT CANCELLATIONS
    dict(key="neg-annule-seance-jeudi", rights=[], lang="fr", var="FR",
         frm=("Sophie Carré", "sophie.carre@laposte.net"),
         subj="jeudi",
         body="Bonjour, j'annule ma séance de jeudi, je suis malade. Désolée.\nSophie\n"),

    # NEAR-LINE: "je me désinscris" of a workshop = cancelling a booking, not unsubscribing from mail.
    dict(key="neg-desinscris-atelier-15-mars", date=(2025, 3, 10, 7, 58, 40), rights=[], lang="fr", var="FR-informal",
         frm=("Élise Garcia", "elise.garcia@gmail.com"),
         subj="atelier 15 mars",
         body="je me désinscris de l'atelier du 15 mars, empêchement. désolée\n"),

    dict(key="neg-en-cancel-session", rights=[], lang="en", var="GB",
         frm=("Emma Clarke", "emma.clarke88@gmail.com"),
         subj="tomorrow",
         body="Need to cancel tomorrow's session, sorry! Will rebook next week.\n"),

    dict(key="neg-annulation-abonnement-formation", rights=[], lang="fr", var="FR",
         frm=("Régis Fontaine", "regis.fontaine@orange.fr"),
         subj="annulation abonnement",
         body="annulation abonnement formation en ligne svp, le prélèvement du mois prochain ne doit pas passer.\n"),

    # NEAR-LINE: "supprimer mon créneau" deletes a booking slot -> negative.
    dict(key="neg-sms-supprimer-creneau", rights=[], lang="fr", var="FR-informal",
         frm=("Yanis B", "yanis.b92@gmail.com"),
         subj="samedi",
         body="dsl je peux pas venir samedi, vous pouvez supprimer mon créneau ?\n"),

    dict(key="neg-en-cancel-booking-refund", date=(2025, 4, 14, 9, 12, 0), rights=[], lang="en", var="GB",
         frm=("Graham Pike", "graham.pike@btinternet.com"),
         subj="May workshop",
         body="Please cancel my booking for the May workshop. Refund to the same card is fine.\n\nG. Pike\n"),

    dict(key="neg-qc-annule-atelier", rights=[], lang="fr", var="CA",
         frm=("Josée Pelletier", "josee.pelletier@hotmail.com"),
         subj="Atelier de mardi",
         body="Je dois annuler pour l'atelier de mardi, un empêchement au travail. Désolée!\n"),

    # NEAR-LINE: parent un-registers a minor from a workshop -> cancellation, negative.
    dict(key="neg-desinscris-tom-atelier-ado", rights=[], lang="fr", var="FR",
         frm=("Karine Benali", "karine.benali@gmail.com"),
         subj="Tom",
         body="Je désinscris Tom de l'atelier ado de samedi, il a un match. Merci !\n"),

    # NEAR-LINE: "cancel my subscription" refers to the paid monthly membership -> cancellation, not objection.
    dict(key="neg-en-cancel-membership", date=(2026, 5, 6, 8, 31, 17), rights=[], lang="en", var="US",
         frm=("Kayla Johnson", "kaylaj@icloud.com"),
         subj="membership",
         body="cancel my subscription pls - the monthly membership, not renewing in June\n\nSent from my iPhone\n"),

    dict(key="neg-resilie-contrat", rights=[], lang="fr", var="FR",
         frm=("Damien Lefranc", "damien.lefranc@sfr.fr"),
         subj="Fin d'accompagnement",
         body="Je résilie mon contrat d'accompagnement à la fin du mois comme prévu. Merci pour tout.\nCordialement, D. Lefranc\n",
         shape="qp"),

    # ==================================================== SCHEDULING / LOGISTICS
    dict(key="neg-ok-pour-jeudi", rights=[], lang="fr", var="FR",
         frm=("Martine Roux", "martine.roux36@orange.fr"),
         subj="RE: prochaine séance",
         body="ok pour jeudi\n",
         q=("orange_fr", """\
Bonjour Martine,
Je vous propose jeudi 14h pour la prochaine séance ?
Sandra""")),

    dict(key="neg-ok-emoji-rdv", rights=[], lang="fr", var="FR-informal",
         frm=("Manon", "manon.rx@hotmail.fr"),
         subj="RDV",
         body="ok 👍\n"),

    dict(key="neg-en-works-for-me", rights=[], lang="en", var="US",
         frm=("Alyssa Grant", "alyssa.grant@gmail.com"),
         subj="Re: next call",
         body="works for me, see you Tues\n",
         q=("gmail_en", """\
Hi Alyssa, how about Tuesday 6pm Paris time (noon your time) for our next call?
Sandra""")),

    dict(key="neg-retard-subject-only", rights=[], lang="fr", var="FR",
         frm=("Stéphane Guérin", "s.guerin@orange.fr"),
         subj="retard 10 min",
         body="\n\nEnvoyé de mon iPhone\n"),

    dict(key="neg-decaler-17h", rights=[], lang="fr", var="FR",
         frm=("Élodie Fournier", "elodie.fournier@gmail.com"),
         subj="demain",
         body="On peut décaler à 17h ?\n"),

    dict(key="neg-en-parking", rights=[], lang="en", var="GB",
         frm=("Rachel Moss", "rachel.moss@yahoo.co.uk"),
         subj="parking",
         body="Is there parking near your office?\n"),

    dict(key="neg-code-porte", rights=[], lang="fr", var="FR-informal",
         frm=("Jessica M", "jess.moreau18@gmail.com"),
         subj="",
         body="c'est quoi le code de la porte déjà ?\n"),

    dict(key="neg-ch-deux-fois", rights=[], lang="fr", var="CH",
         frm=("Daniel Favre", "daniel.favre@sunrise.ch"),
         subj="Paiement",
         body="Bonjour, est-il possible de régler le stage en deux fois ? Meilleures salutations, D. Favre\n"),

    # ======================================================== DOCUMENTS SENT
    dict(key="neg-photo-envoyee", rights=[], lang="fr", var="FR-informal",
         frm=("Camille Hubert", "camille.hubert@gmail.com"),
         subj="photo envoyée",
         body="ci-joint pour le trombinoscope de la formation\n", shape="alt",
         att=[("IMG_4032.jpg", "jpg")]),

    dict(key="neg-questionnaire-rempli", rights=[], lang="fr", var="FR",
         frm=("Nicole Barre", "nicole.barre@sfr.fr"),
         subj="questionnaire",
         body="ci-joint mon questionnaire rempli\n",
         att=[("questionnaire_initial_N_Barre.docx", "docx",
               ["Questionnaire initial", "Nom : Barre", "Attentes : mieux gerer mon stress au travail"])]),

    dict(key="neg-en-signed-consent-form", rights=[], lang="en", var="GB",
         frm=("Amir Khan", "amir.khan@gmail.com"),
         subj="form",
         body="Here's the signed consent form.\n",
         att=[("consent_form_signed.pdf", "pdf", ["CONSENT FORM", "I agree to the recording of group sessions.",
                                                  "Signed: Amir Khan"])]),

    dict(key="neg-copie-diplome", rights=[], lang="fr", var="FR",
         frm=("Mélissa Carpentier", "melissa.carpentier@gmail.com"),
         subj="diplôme",
         body="voici la copie de mon diplôme pour le dossier de formation\n",
         att=[("diplome_DEES.pdf", "pdf", ["DIPLOME D'ETAT", "Melissa Carpentier"])]),

    dict(key="neg-justificatif-opco", rights=[], lang="fr", var="FR",
         frm=("Service RH - Menuiseries du Berry", "rh@menuiseries-berry.fr"),
         subj="Justificatif OPCO",
         body="""\
Bonjour,
Justificatif OPCO en PJ pour la formation de nos 3 salariés.
Cordialement,
Amandine Roche
Service RH - Menuiseries du Berry
""", att=[("accord_prise_en_charge_OPCO.pdf", "pdf", ["OPCO EP - Accord de prise en charge",
                                                         "Menuiseries du Berry", "Formation : Gestion du stress"])]),

    # NEAR-LINE: "correct" a PO number on a company invoice -> business correction, not personal data.
    dict(key="neg-en-correct-po-number", rights=[], lang="en", var="GB",
         frm=("Accounts Payable - Harlow Design", "ap@harlowdesign.co.uk"),
         subj="Invoice FDS-2025-118",
         body="Hi, please correct the PO number on the invoice to 4500123 and resend. Thanks, Accounts\n"),

    # NEAR-LINE: leaving the WhatsApp group of a cohort is the sender's own action, not objection to marketing.
    dict(key="neg-quitte-whatsapp", rights=[], lang="fr", var="FR-informal",
         frm=("Inès Morel", "ines.morel@gmail.com"),
         subj="groupe",
         body="je quitte le groupe WhatsApp, trop de notifs 😅 je suivrai par mail\n"),

    dict(key="neg-arrete-cercle-samedi", rights=[], lang="fr", var="FR",
         frm=("Laure Delaunay", "laure.delaunay@free.fr"),
         subj="Cercle du samedi",
         body="J'arrête le cercle du samedi, trop de choses en ce moment. À bientôt j'espère.\n"),

    # ========================================================= ACCESS PROBLEMS
    dict(key="neg-acceder-espace", rights=[], lang="fr", var="FR",
         frm=("Patricia Lemoine", "patricia.lemoine@orange.fr"),
         subj="accès",
         body="Je n'arrive plus à accéder à mon espace formation.\n"),

    dict(key="neg-en-reset-link", rights=[], lang="en", var="GB",
         frm=("Zoe Mitchell", "zoe.mitchell@gmail.com"),
         subj="password",
         body="password reset link not working?\n"),

    dict(key="neg-mdp-oublie", rights=[], lang="fr", var="FR-informal",
         frm=("Dylan Perrot", "dylan.perrot@laposte.net"),
         subj="mdp",
         body="mot de passe oublié sur systeme.io, vous pouvez m'aider ?\n", shape="b64"),

    dict(key="neg-acces-module-3", rights=[], lang="fr", var="FR",
         frm=("Agnès Poulain", "agnes.poulain@gmail.com"),
         subj="module 3",
         body="Bonjour, je n'ai pas reçu mes accès au module 3.\n"),

    dict(key="neg-en-cant-log-in", rights=[], lang="en", var="US",
         frm=("Marcus Reed", "marcus.reed@gmail.com"),
         subj="login",
         body="Can't log into the course area, it says account not found.\n", shape="b64"),

    dict(key="neg-acces-bloque-sms", rights=[], lang="fr", var="FR-informal",
         frm=("Laetitia Giraud", "laeti.giraud@icloud.com"),
         subj="help",
         body="acces espace membre bloqué, help 🙏\n\nEnvoyé de mon iPhone\n"),

    # ============================================== CLOSE ACCOUNT (NO DATA)
    # NEAR-LINE: "close my account" alone, no data mentioned -> negative.
    dict(key="neg-fermez-compte", rights=[], lang="fr", var="FR",
         frm=("Sébastien Roy", "seb.roy@free.fr"),
         subj="compte",
         body="Fermez mon compte svp.\n"),

    # NEAR-LINE: "close my account" alone, no data mentioned -> negative.
    dict(key="neg-en-close-account", rights=[], lang="en", var="GB",
         frm=("Helen Parry", "helen.parry@outlook.com"),
         subj="account",
         body="Please close my account.\n\nHelen\n"),

    # NEAR-LINE: closing the Systeme.io account after the course, no data mentioned -> negative.
    dict(key="neg-cloturer-compte-systemeio", rights=[], lang="fr", var="FR",
         frm=("Florence Maillard", "florence.maillard@laposte.net"),
         subj="formation terminée",
         body="vous pouvez clôturer mon compte systeme.io, j'ai fini la formation. merci pour tout !\n"),

    # ============================================= QUESTIONS ABOUT RIGHTS
    # NEAR-LINE: "ai-je le droit de ... ?" asks how a right works -> negative.
    dict(key="neg-ai-je-le-droit", rights=[], lang="fr", var="FR",
         frm=("Anne Lefebvre", "anne.lefebvre@gmail.com"),
         subj="question",
         body="Ai-je le droit de demander la suppression de mes notes de séance ?\n"),

    # NEAR-LINE: conditional/hypothetical question about consequences of erasure -> negative.
    dict(key="neg-en-if-i-ask-delete", rights=[], lang="en", var="GB",
         frm=("Ben Tran", "bentran.au@gmail.com"),
         subj="quick q",
         body="Quick q: if I ask you to delete my data, do I lose access to the replays?\n"),

    dict(key="neg-combien-de-temps", rights=[], lang="fr", var="FR",
         frm=("Brigitte Noël", "brigitte.noel@orange.fr"),
         subj="conservation",
         body="Combien de temps gardez-vous les données après la fin du coaching ?\n"),

    # NEAR-LINE: gives consent and asks whether withdrawal is possible later -> negative.
    dict(key="neg-retirer-plus-tard", rights=[], lang="fr", var="FR",
         frm=("Océane Lebrun", "oceane.lebrun@gmail.com"),
         subj="témoignage",
         body="Est-ce que je pourrai retirer mon témoignage plus tard si je change d'avis ? Sinon ok pour le publier.\n"),

    dict(key="neg-en-how-portability", rights=[], lang="en", var="US",
         frm=("Jenna Walsh", "jenna.walsh@gmail.com"),
         subj="curious",
         body="How does the right to data portability work with your platform? Just curious.\n"),

    dict(key="neg-be-a-qui-sadresser", rights=[], lang="fr", var="BE",
         frm=("Marc Janssens", "marc.janssens@proximus.be"),
         subj="RGPD",
         body="Par curiosité, à qui faut-il s'adresser pour exercer ses droits RGPD chez vous ?\nBien à vous\n"),

    # ============================================================= CNIL
    dict(key="neg-copie-plainte-cnil", rights=[], lang="fr", var="FR",
         frm=("Gilles Besson", "gilles.besson@laposte.net"),
         subj="Pour information",
         body="Pour information, copie de ma plainte déposée auprès de la CNIL ce jour.\nG. Besson\n",
         att=[("plainte_CNIL.pdf", "pdf", ["CNIL - Plainte en ligne", "Organisme mis en cause : Floraison de Soi",
                                            "Motif : prospection"])]),

    dict(key="neg-fwd-ar-cnil", rights=[], lang="fr", var="FR",
         frm=("Corinne Vasseur", "corinne.vasseur@sfr.fr"),
         subj="TR: Accusé de réception de votre plainte",
         body="fyi\n",
         q=("fwd_fr", """\
Madame,

Nous accusons réception de votre plainte n° 25012345 concernant
l'organisme FLORAISON DE SOI. Elle fera l'objet d'un examen attentif.

Le service des plaintes
Commission nationale de l'informatique et des libertés"""),
         qa=("CNIL - Ne pas répondre", "ne-pas-repondre@cnil.fr")),

    dict(key="neg-en-filed-cnil", rights=[], lang="en", var="US",
         frm=("", "tlopez77@yahoo.com"),
         subj="FYI",
         body="FYI I've filed a complaint with the CNIL about your emails.\n"),

    # ==================================================== OTHER LIVING ADULT
    dict(key="neg-ce-que-mari-a-dit", rights=[], lang="fr", var="FR",
         frm=("Valérie Simon", "valerie.simon@orange.fr"),
         subj="mon mari",
         body="Bonjour, pouvez-vous me dire ce que mon mari vous a raconté en séance ?\n"),

    # NEAR-LINE: a mother asks erasure for her 24-year-old (adult) son -> another living adult, negative.
    dict(key="neg-fils-24-ans", rights=[], lang="fr", var="FR",
         frm=("Isabelle Garnier", "isa.garnier@sfr.fr"),
         subj="mon fils",
         body="Mon fils (24 ans) voudrait que vous supprimiez ses données, il n'ose pas vous écrire.\n"),

    dict(key="neg-en-manager-results", rights=[], lang="en", var="GB",
         frm=("Mark Dalton", "mark.dalton@harlowdesign.co.uk"),
         subj="Claire - assessment",
         body="I'm Claire's manager. Can you send me her assessment results from the training?\nMark\n"),

    # NEAR-LINE: husband asks erasure of his (adult) wife's data -> another living adult, negative.
    dict(key="neg-donnees-femme", rights=[], lang="fr", var="FR",
         frm=("Jean-Marc Colas", "jm.colas@wanadoo.fr"),
         subj="",
         body="Supprimez les données de ma femme svp, elle ne veut plus de vos mails.\n"),

    # NEAR-LINE: colleague asks to change another employee's email -> another living adult, negative.
    dict(key="neg-en-colleague-sam", rights=[], lang="en", var="GB",
         frm=("Jo Pritchard", "jo.pritchard@harlowdesign.co.uk"),
         subj="Sam",
         body="My colleague Sam Reid has left - could you update his email on the training list to his personal one?\nJo\n"),

    # ==================================================== GIVING CONSENT
    dict(key="neg-ok-temoignage-prenom", rights=[], lang="fr", var="FR",
         frm=("Véronique Lambotte", "v.lambotte@skynet.be"),
         subj="Re: témoignage",
         body="ok pour le témoignage, vous pouvez mettre mon prénom\n",
         q=("gmail_fr", """\
Bonjour Véronique,

Merci pour votre joli retour ! Me permettez-vous de le publier sur le site,
avec votre prénom seulement ?

Sandra""")),

    dict(key="neg-en-yes-group-photo", rights=[], lang="en", var="GB",
         frm=("Hannah Price", "hannah.price@outlook.com"),
         subj="photo",
         body="Yes, you can use the group photo.\n"),

    dict(key="neg-accepte-donnees-sante", rights=[], lang="fr", var="FR",
         frm=("Catherine Royer", "catherine.royer@free.fr"),
         subj="formulaire",
         body="J'accepte que mes données de santé soient utilisées pour adapter l'accompagnement. Formulaire signé en PJ.\n",
         att=[("consentement_sante_signe.pdf", "pdf", ["Consentement - donnees de sante", "Catherine Royer - lu et approuve"])]),

    dict(key="neg-oui-newsletter", rights=[], lang="fr", var="FR",
         frm=("Denis Renard", "denis.renard@hotmail.fr"),
         subj="RE: lettre mensuelle",
         body="oui pour la newsletter 🙂\n",
         q=("outlook_fr", """\
Bonjour Denis,
Souhaitez-vous recevoir ma lettre mensuelle ?
Sandra""")),

    dict(key="neg-en-consent-attached", rights=[], lang="en", var="GB",
         frm=("Siobhan Byrne", "siobhan.byrne@eircom.net"),
         subj="consent",
         body="consent form attached, all good for recording\n",
         att=[("consent_recording.pdf", "pdf", ["Recording consent", "Siobhan Byrne - agreed"])]),

    # ============================================================= AUTO-REPLIES
    dict(key="neg-auto-absente-newsletter", date=(2025, 8, 14, 9, 0, 3), rights=[], lang="fr", var="FR",
         frm=("Christiane Bailly", "christiane.bailly@laposte.net"),
         to=C,
         subj="Réponse automatique : La lettre de Floraison de Soi - août",
         body="Je suis absente jusqu'au 2 septembre. Je lirai votre message à mon retour.\n",
         hdr=AUTO + [("X-Autoreply", "yes")]),

    dict(key="neg-en-ooo", date=(2025, 7, 9, 17, 2, 26), rights=[], lang="en", var="GB",
         frm=("Ian Fletcher", "ian.fletcher@btinternet.com"),
         subj="Out of Office: Re: data",
         body="I'm out of the office until Monday 14th with limited access to email.\n",
         hdr=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")]),

    # NEAR-LINE: automatic reply announcing a new address; it is not a rectification request from the person.
    dict(key="neg-auto-plus-acces-adresse", rights=[], lang="fr", var="FR",
         frm=("Philippe Collet", "philippe.collet@free.fr"),
         subj="Réponse automatique",
         body="""\
Ce message est une réponse automatique.
Je n'ai plus accès à cette adresse. Merci d'écrire désormais à
p.collet@gmail.com.
""", hdr=AUTO),

    dict(key="neg-en-auto-48h", rights=[], lang="en", var="US",
         frm=("Tara Quinn Coaching", "hello@taraquinncoaching.com"),
         subj="Re: Collaboration",
         body="Thanks for your email! I reply within 48h on weekdays. For urgent matters, text me.\n",
         hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]),

    dict(key="neg-auto-ar-service-formation", rights=[], lang="fr", var="FR",
         frm=("Service Formation - Menuiseries du Berry", "formation@menuiseries-berry.fr"),
         subj="Accusé de réception",
         body="""\
Bonjour,
Nous avons bien reçu votre message et le traiterons dans les meilleurs délais.
Ceci est un message automatique, merci de ne pas y répondre.
""", hdr=AUTO, shape="html"),

    dict(key="neg-auto-conge-maternite", date=(2026, 3, 17, 14, 31, 55), rights=[], lang="fr", var="FR",
         frm=("Amandine Roche", "a.roche@menuiseries-berry.fr"),
         subj="Réponse automatique : Convention de formation",
         body="Je suis en congé maternité jusqu'au 30 juin. Pour toute question RH : rh@menuiseries-berry.fr.\n",
         hdr=AUTO + [("X-Auto-Response-Suppress", "All")]),

    # ================================================================ BOUNCES
    dict(key="neg-bounce-orange-user-unknown", date=(2026, 2, 5, 10, 0, 44), rights=[], lang="en", var="MTA", shape="bounce",
         frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
         bounce={"from": "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", "mta": "smtp.orange.fr",
                "subject": "Undelivered Mail Returned to Sender",
                "rcpt": "francoise.dupuis@orange.fr", "status": "5.1.1",
                "diag": "550 5.1.1 <francoise.dupuis@orange.fr>: Recipient address rejected: User unknown",
                "orig_subject": "La lettre de Floraison de Soi - février",
                "human": "This is the mail system at host smtp.orange.fr.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<francoise.dupuis@orange.fr>: host smtp-in.orange.fr said: 550 5.1.1 User unknown"}),

    dict(key="neg-bounce-non-remis", rights=[], lang="fr", var="MTA", shape="bounce",
         frm=("Postmaster", "postmaster@outlook.com"),
         bounce={"from": "Microsoft Outlook <postmaster@outlook.com>", "mta": "outlook.com",
                 "to": "sandra.delomenie@orange.fr",
                 "subject": "Non remis : Re: votre demande",
                 "rcpt": "priya.shah@outlook.co", "status": "5.4.1",
                 "diag": "550 5.4.1 Recipient address rejected: Access denied",
                 "orig_from": "Sandra Delomenie <sandra.delomenie@orange.fr>",
                 "orig_subject": "Re: your request",
                 "human": "Votre message n'a pas pu être remis à priya.shah@outlook.co.\n\nLe domaine du destinataire est introuvable. Vérifiez l'adresse et renvoyez le message."}),

    dict(key="neg-bounce-google-not-found", rights=[], lang="en", var="MTA", shape="bounce",
         frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
         bounce={"from": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "mta": "mx.google.com",
                 "to": "contact@floraisondesoi.fr",
                 "subject": "Delivery Status Notification (Failure)",
                 "rcpt": "julie.marchand65@gmail.com", "status": "5.1.1",
                 "diag": "550-5.1.1 The email account that you tried to reach does not exist.",
                 "orig_subject": "Votre accès au module 1",
                 "human": "Address not found\n\nYour message wasn't delivered to julie.marchand65@gmail.com because the address couldn't be found, or is unable to receive mail."}),

    dict(key="neg-bounce-boite-pleine", rights=[], lang="fr", var="MTA", shape="bounce",
         frm=("Mailer Daemon", "mailer-daemon@laposte.net"),
         bounce={"from": "Mailer Daemon <mailer-daemon@laposte.net>", "mta": "mx.laposte.net",
                 "to": "contact@floraisondesoi.fr",
                 "subject": "Message non délivré",
                 "rcpt": "gilles.besson@laposte.net", "status": "4.2.2",
                 "diag": "452 4.2.2 Mailbox full",
                 "orig_subject": "Rappel : atelier samedi",
                 "human": "Votre message n'a pas pu être délivré : la boîte du destinataire est pleine.\nDernière tentative : abandon après 5 jours."}),

    # ==================================================== NEWSLETTERS / NOTIFS
    dict(key="neg-stripe-payout", rights=[], lang="en", var="VENDOR",
         frm=("Stripe", "notifications@stripe.com"),
         subj="Your payout of €420.00 is on the way",
         body="""\
Floraison de Soi

A payout of €420.00 is on its way to your bank account ending in 4417.
Expected arrival: 2 business days.

View payout: https://dashboard.stripe.com/payouts

You're receiving this email because you have payout notifications turned on.
Manage notifications: https://dashboard.stripe.com/settings/user
""", hdr=lst("<payouts.stripe.com>", "<https://dashboard.stripe.com/settings/user>", post=False),
         shape="alt"),

    dict(key="neg-systemeio-nouvelle-vente", rights=[], lang="fr", var="VENDOR",
         frm=("Systeme.io", "no-reply@systeme.io"),
         to=C,
         subj="Nouvelle vente : Formation Estime de soi (97,00 €)",
         body="""\
Bonne nouvelle !

Vous avez réalisé une nouvelle vente.
Produit : Formation Estime de soi - 6 modules
Montant : 97,00 €
Client : m.roussel@laposte.net

Voir la commande dans votre tableau de bord.

Systeme.io - Pour ne plus recevoir ces notifications, modifiez vos préférences.
""", hdr=lst("<notifications.systeme.io>", "<https://systeme.io/dashboard/settings/notifications>"),
         shape="html"),

    dict(key="neg-google-stockage", rights=[], lang="fr", var="VENDOR",
         frm=("Google One", "googleone-noreply@google.com"),
         subj="Votre espace de stockage est presque saturé",
         body="""\
Sandra, vous avez utilisé 92 % de vos 15 Go.

Lorsque votre espace sera saturé, vous ne pourrez plus importer de fichiers
dans Google Drive ni recevoir d'e-mails.

Libérer de l'espace ou passer à Google One.

Vous avez reçu cet e-mail pour vous informer des modifications importantes
apportées à votre compte Google.
""", hdr=lst("<storage.google.com>", "<https://myaccount.google.com/email-preferences>"),
         shape="alt"),

    dict(key="neg-calendly-new-event", rights=[], lang="en", var="VENDOR",
         frm=("Calendly", "notifications@calendly.com"),
         subj="New Event: Julie Marchand - 09:30 Thu, 20 Mar 2025 - Séance découverte 30 min",
         body="""\
Hi Sandra,

A new event has been scheduled.

Event Type: Séance découverte 30 min
Invitee: Julie Marchand
Invitee Email: julie.marchand56@gmail.com
Event Date/Time: 09:30 - Thursday, 20 March 2025 (Central European Time)

View event in Calendly
""", hdr=lst("<notifications.calendly.com>", "<https://calendly.com/app/settings/notifications>"),
         shape="alt", date=(2025, 3, 14, 11, 2, 41)),

    dict(key="neg-zoom-recording", rights=[], lang="en", var="VENDOR",
         frm=("Zoom", "no-reply@zoom.us"),
         subj="Cloud Recording - Atelier Oser dire non (en ligne) is now available",
         body="""\
Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Atelier Oser dire non (en ligne)
Date: Nov 18, 2025 09:30 AM Paris

Share recording: https://us06web.zoom.us/rec/share/...

Recordings are kept for 30 days by default.
""", hdr=lst("<recordings.zoom.us>", "<https://zoom.us/profile/setting?tab=recording>"),
         shape="html", date=(2025, 11, 18, 13, 6, 12)),

    dict(key="neg-banque-releve", rights=[], lang="fr", var="VENDOR",
         frm=("Crédit Agricole Centre Ouest", "ne-pas-repondre@ca-centreouest.fr"),
         subj="Votre relevé de compte est disponible",
         body="""\
Madame DELOMENIE,

Votre relevé de compte professionnel du mois est disponible dans votre
espace client, rubrique e-Documents.

Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail.

Crédit Agricole Centre Ouest
""", hdr=lst("<info.ca-centreouest.fr>", "<mailto:desabonnement@ca-centreouest.fr>", post=False),
         shape="html"),

    dict(key="neg-urssaf-declaration", rights=[], lang="fr", var="VENDOR",
         frm=("Urssaf", "ne-pas-repondre@urssaf.fr"),
         subj="Votre déclaration de chiffre d'affaires est attendue",
         body="""\
Bonjour,

Votre déclaration de chiffre d'affaires du trimestre est à effectuer avant le
31 du mois sur autoentrepreneur.urssaf.fr.

Cordialement,
Votre Urssaf

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", hdr=lst("<information.urssaf.fr>", "<https://www.autoentrepreneur.urssaf.fr/desabonnement>", post=False),
         shape="qp"),

    dict(key="neg-autre-coach-newsletter-stop", rights=[], lang="fr", var="VENDOR",
         frm=("Le mag d'Émilie - Coach de vie", "emilie@emilie-coaching.fr"),
         subj="5 façons de dire STOP sans culpabiliser 🌿",
         body="""\
Bonjour Sandra,

Cette semaine on parle limites : comment dire stop, refuser, retirer une
promesse trop vite faite... sans s'effondrer de culpabilité.

1. Respirer avant de répondre
2. Dire "je reviens vers toi"
3. ...

Lire l'article complet sur le blog.

Émilie
Se désinscrire | Modifier mes préférences
""", reply_to=("Émilie", "bonjour@emilie-coaching.fr"), hdr=lst("<mag.emilie-coaching.fr>", "<https://emilie-coaching.fr/unsubscribe?u=8812>"),
         shape="alt"),

    dict(key="neg-cnil-lettre-info", rights=[], lang="fr", var="VENDOR",
         frm=("CNIL", "lettre-info@cnil.fr"),
         subj="La lettre d'information de la CNIL - Droit d'accès : nouvelle fiche pratique",
         body="""\
LA LETTRE D'INFORMATION DE LA CNIL

- Droit d'accès : comment répondre à une demande dans le délai d'un mois ?
- Prospection commerciale : rappel des règles sur l'opposition
- Sanction : 40 000 euros d'amende pour un défaut de réponse aux demandes
  d'effacement

Pour vous désabonner de cette lettre, cliquez ici.
""", hdr=lst("<lettre-info.cnil.fr>", "<https://www.cnil.fr/fr/desabonnement>"),
         shape="html"),

    dict(key="neg-linkedin-searches", rights=[], lang="en", var="VENDOR",
         frm=("LinkedIn", "notifications-noreply@linkedin.com"),
         subj="Sandra, you appeared in 12 searches this week",
         body="""\
You appeared in 12 searches this week

Searchers found you through: coach, formation, gestion du stress

See all searches

This email was intended for Sandra Delomenie (Coach & formatrice - Floraison de Soi).
Unsubscribe | Help
""", hdr=lst("<notifications.linkedin.com>", "<https://www.linkedin.com/e/v2?e=unsub>"),
         shape="alt"),

    dict(key="neg-systemeio-export-contacts", rights=[], lang="fr", var="VENDOR",
         frm=("L'équipe Systeme.io", "news@systeme.io"),
         to=C,
         subj="Nouveau : exportez et supprimez vos contacts en un clic",
         body="""\
Bonjour,

Nouveauté ce mois-ci : un bouton pour exporter vos contacts en CSV et un
autre pour supprimer un contact et toutes ses données (pratique pour vos
demandes RGPD).

Découvrez aussi les nouveaux modèles de tunnels.

L'équipe Systeme.io
Se désabonner
""", reply_to=("Support Systeme.io", "support@systeme.io"), hdr=lst("<news.systeme.io>", "<https://systeme.io/unsubscribe?c=44120>"),
         shape="html"),

    dict(key="neg-canva-newsletter", rights=[], lang="en", var="VENDOR",
         frm=("Canva", "marketing@engage.canva.com"),
         subj="New templates for coaches ✨",
         body="""\
Fresh templates for your next workshop

Workbooks, social posts and certificates - all editable.

Start designing

You're receiving this email because you signed up for Canva.
Unsubscribe | Privacy policy
""", reply_to=("Canva", "no-reply@canva.com"), hdr=lst("<engage.canva.com>", "<https://www.canva.com/unsubscribe?id=7781>"),
         shape="alt"),

    dict(key="neg-qualiopi-rappel", rights=[], lang="fr", var="VENDOR",
         frm=("Certif'Forma Qualiopi", "contact@certifforma.fr"),
         subj="Rappel : audit de surveillance Qualiopi",
         body="""\
Bonjour,

Votre audit de surveillance Qualiopi doit avoir lieu dans les 6 prochains
mois. Pensez à préparer vos preuves (émargements, questionnaires de
satisfaction, attestations).

Certif'Forma
Vous recevez ce message en tant que client. Désinscription : répondre STOP.
""", hdr=lst("<clients.certifforma.fr>", "<mailto:stop@certifforma.fr?subject=unsubscribe>", post=False)),

    dict(key="neg-facebook-group", rights=[], lang="fr", var="VENDOR",
         frm=("Facebook", "notification@facebookmail.com"),
         subj="Nouvelle publication dans Cercle Floraison - promo 2025",
         body="""\
Camille Hubert a publié dans Cercle Floraison - promo 2025 :
"Merci pour l'atelier de samedi, je me sens plus légère 🌸"

Voir la publication

Ce message a été envoyé à sandra.delomenie@orange.fr. Se désabonner.
""", hdr=lst("<groups.facebookmail.com>", "<https://www.facebook.com/o.php?k=unsub>"),
         shape="alt"),

    dict(key="neg-stripe-paiement-fr", rights=[], lang="fr", var="VENDOR",
         frm=("Stripe", "notifications@stripe.com"),
         subj="Paiement de 90,00 € reçu de Romain Texier",
         body="""\
Vous avez reçu un paiement de 90,00 € de romain.texier@gmail.com.

Description : Séance individuelle
Moyen de paiement : Visa •••• 0042

Afficher le paiement dans le Dashboard.
""", hdr=lst("<payments.stripe.com>", "<https://dashboard.stripe.com/settings/user>", post=False),
         shape="alt"),

    dict(key="neg-calendly-canceled", rights=[], lang="en", var="VENDOR",
         frm=("Calendly", "notifications@calendly.com"),
         subj="Canceled: Élodie Fournier - 17:00 Mon, 7 Apr 2025 - Séance individuelle 1h",
         body="""\
Hi Sandra,

The event below has been canceled.

Event Type: Séance individuelle 1h
Invitee: Élodie Fournier
Cancellation reason: "empêchement, je reprends un créneau"
""", hdr=lst("<notifications.calendly.com>", "<https://calendly.com/app/settings/notifications>"),
         date=(2025, 4, 5, 19, 44, 3)),

    # ========================================================= HER OWN MAIL
    dict(key="neg-sandra-c-est-fait", rights=[], lang="fr", var="SELF",
         frm=S, to=("Julie Marchand", "julie.marchand56@gmail.com"),
         subj="Re: mes données",
         body="Bonjour Julie, c'est fait : vos données sont supprimées. Belle journée, Sandra\n\nEnvoyé depuis l'application Mail Orange\n",
         cl="orange"),

    dict(key="neg-sandra-lien-espace", rights=[], lang="fr", var="SELF",
         frm=SC, to=("Agnès Poulain", "agnes.poulain@gmail.com"),
         subj="Votre accès au module 3",
         body="""\
Bonjour Agnès,

Voici le lien pour accéder à votre espace : https://floraisondesoi.systeme.io/login
Votre identifiant est votre adresse mail. Si besoin, utilisez "mot de passe
oublié".

Belle découverte !
Sandra
"""),

    dict(key="neg-sandra-newsletter-test", date=(2025, 10, 30, 16, 4, 50), rights=[], lang="fr", var="SELF",
         frm=C, to=S,
         subj="[TEST] La lettre de Floraison de Soi - novembre",
         body="""\
La lettre de Floraison de Soi - novembre

Bonjour {prenom},

Ce mois-ci : l'atelier "Retirer ses masques" et une méditation guidée offerte.

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe
""", hdr=[("X-Mailer", "Systeme.io")], shape="html"),

    dict(key="neg-sandra-en-copy-attached", rights=[], lang="en", var="SELF",
         frm=S, to=("Priya Shah", "priya.shah@outlook.com"),
         subj="Your data - copy",
         body="Hi Priya, attached is the copy of your data as requested. Best, Sandra\n",
         att=[("donnees_Priya_Shah.csv", "csv",
               "champ,valeur\nnom,Shah\nprenom,Priya\nemail,priya.shah@outlook.com\nseances,6\n")],
         cl="orange"),

    # NEAR-LINE: Sandra's note-to-self mentions deleting a client file; she is not a data subject asking -> negative.
    dict(key="neg-sandra-note-a-soi", rights=[], lang="fr", var="SELF",
         frm=S, to=S,
         subj="rappel",
         body="supprimer dossier Martin (fin + 3 ans) + vérifier export Stripe\n",
         cl="orange"),

    dict(key="neg-sandra-comptable-export", date=(2025, 4, 3, 18, 6, 0), rights=[], lang="fr", var="SELF",
         frm=S, to=("Cabinet Bonnin Expertise", "compta@bonnin-expertise.fr"),
         subj="export Stripe mars",
         body="Bonjour, ci-joint l'export Stripe de mars. Bonne journée, Sandra\n",
         att=[("stripe_export_2025-03.csv", "csv",
               "id,date,montant,devise,description\npy_01,2025-03-04,90.00,eur,Seance individuelle\n"
               "py_02,2025-03-11,97.00,eur,Formation Estime de soi\n")],
         cl="orange"),

    # ===================================================== VENDOR GDPR NOTICES
    dict(key="neg-zoom-privacy-update", date=(2026, 2, 9, 9, 17, 40), rights=[], lang="en", var="VENDOR",
         frm=("Zoom", "privacy-noreply@zoom.us"),
         subj="Updates to our Privacy Statement",
         body="""\
We're updating the Zoom Privacy Statement, effective 1 March.

Highlights: clearer information about your data rights (access, deletion,
portability) and how to exercise them.

No action is required.
""", hdr=lst("<legal.zoom.us>", "<https://zoom.us/unsubscribe>", post=False)),

    dict(key="neg-ovh-dpa", rights=[], lang="fr", var="VENDOR",
         frm=("OVHcloud", "noreply@ovh.net"),
         subj="Évolution de nos conditions de traitement des données (DPA)",
         body="""\
Bonjour,

Nous faisons évoluer notre Accord sur le traitement des données (Data
Processing Agreement). Les modifications entrent en vigueur dans 30 jours.
Vous pouvez consulter la nouvelle version dans votre espace client.

OVHcloud
""", shape="html"),

    dict(key="neg-calendly-dpa", rights=[], lang="en", var="VENDOR",
         frm=("Calendly Legal", "legal@calendly.com"),
         subj="We've updated our Data Processing Addendum",
         body="""\
Hello,

We've updated our Data Processing Addendum and list of subprocessors. If you
object to a new subprocessor, you can notify us within 30 days.

The Calendly Team
""", hdr=lst("<legal.calendly.com>", "<https://calendly.com/app/settings/notifications>", post=False)),

    dict(key="neg-orange-info-donnees", rights=[], lang="fr", var="VENDOR",
         frm=("Orange", "information@orange.fr"),
         subj="Information importante sur vos données personnelles",
         body="""\
Madame,

Nous mettons à jour notre politique de protection des données personnelles.
Vous pouvez à tout moment exercer vos droits d'accès, de rectification ou
d'opposition depuis votre espace client.

Orange
""", hdr=lst("<info.orange.fr>", "<https://r.orange.fr/desinscription>", post=False), shape="qp"),

    # ======================================================= SPAM / PHISHING
    dict(key="neg-spam-rgpd-amende", rights=[], lang="fr", var="SPAM",
         frm=("Conformité RGPD France", "alerte@conformite-rgpd-pme.com"),
         subj="URGENT : Votre site n'est pas conforme RGPD - amende jusqu'à 20 M€",
         body="""\
Madame, Monsieur,

Notre audit automatique a détecté 7 non-conformités RGPD sur votre site.
Régularisez sous 48h pour éviter une sanction. Mise en conformité : 390 € HT.

Répondez OUI pour être rappelé(e).
""", shape="html"),

    dict(key="neg-phishing-orange-boite", rights=[], lang="fr", var="SPAM",
         frm=("Orange Messagerie", "securite@orange-verif-compte.com"),
         reply_to=("Support", "support.orange.mail@gmail.com"),
         subj="Votre boîte mail sera supprimée sous 24h",
         body="""\
Cher(e) client(e),

Votre boîte mail sera supprimée. Vérifiez vos données d'accès ici pour la
conserver : http://orange-verif-compte.com/login

Service Messagerie
""", shape="html"),

    dict(key="neg-en-spam-gdpr-audit", rights=[], lang="en", var="SPAM",
         frm=("GDPR Shield", "offers@gdpr-shield.io"),
         subj="GDPR compliance audit for your website - 50% off",
         body="Is your website GDPR compliant? Get a full audit + cookie banner for $99 (50% off this week).\n"),

    dict(key="neg-phishing-stripe", rights=[], lang="fr", var="SPAM",
         frm=("Stripe Support", "support@stripe-secure-account.net"),
         subj="Compte suspendu : mettez à jour vos données",
         body="Votre compte Stripe est suspendu. Mettez à jour vos données bancaires : https://stripe-secure-account.net/verify\n",
         shape="alt"),

    dict(key="neg-en-phishing-leak", rights=[], lang="en", var="SPAM",
         frm=("Security Alert", "alert@data-leak-check.net"),
         subj="Your data has been leaked",
         body="Your email sandra.delomenie@orange.fr appeared in a data breach. Click to check: http://data-leak-check.net/s\n"),

    # ========================================== ORDINARY MAIL WITH TRIGGER WORDS
    # NEAR-LINE: "la copie svp" answers an offer of the workshop support, not personal data -> negative.
    dict(key="neg-la-copie-svp-support", rights=[], lang="fr", var="FR",
         frm=("Thierry Aubrun", "thierry.aubrun@free.fr"),
         subj="Re: atelier de samedi",
         body="la copie svp\n",
         q=("gmail_fr", """\
Bonjour Thierry,

Je vous envoie une copie du support de l'atelier si vous voulez, ou vous
attendez le replay ?

Sandra""")),

    # NEAR-LINE: "oui tout" asks for all the exercise sheets, not for personal data -> negative.
    dict(key="neg-oui-tout-fiches", rights=[], lang="fr", var="FR",
         frm=("Hélène Caron", "helene.caron@gmail.com"),
         subj="Re: fiches d'exercices",
         body="oui tout\n",
         q=("gmail_fr", """\
Vous voulez les 3 fiches d'exercices ou juste la première ?
Sandra""")),

    # NEAR-LINE: "stop" pauses the breathing exercises (the service), not marketing mail -> negative.
    dict(key="neg-stop-pause-exercices", rights=[], lang="fr", var="FR-informal",
         frm=("Romain Texier", "romain.texier@gmail.com"),
         subj="Re: exercices",
         body="stop, on fait une pause pendant les vacances 🙂\n",
         q=("gmail_fr", """\
On arrête les exercices de respiration ou on continue la semaine prochaine ?
Sandra""")),

    dict(key="neg-en-delete-duplicate-invoice", rights=[], lang="en", var="GB",
         frm=("Paul Ashby", "paul.ashby@gmail.com"),
         subj="invoice",
         body="Could you delete the duplicate invoice you sent yesterday? I got two for the same session.\n"),

    dict(key="neg-coquille-support", rights=[], lang="fr", var="FR",
         frm=("Pascale Vidal", "pascale.vidal@atelier-vert.fr"),
         subj="coquille",
         body="Petite coquille dans le support du module 2, page 4 : « estime de soit ». À corriger 😉\n"),

    dict(key="neg-efface-replay", rights=[], lang="fr", var="FR",
         frm=("Monique Perret", "monique.perret@orange.fr"),
         subj="replay",
         body="J'ai effacé par erreur le replay de mon ordi, vous pouvez me renvoyer le lien ?\n"),

    # NEAR-LINE: "export" of workshop slides, not of personal data -> negative.
    dict(key="neg-en-export-slides", rights=[], lang="en", var="GB",
         frm=("Oliver Hart", "oliver.hart@outlook.com"),
         subj="slides",
         body="Can you export the workshop slides as PDF? The link opens a Keynote file.\n"),

    dict(key="neg-oppose-exercice-lettre", rights=[], lang="fr", var="FR-informal",
         frm=("Élodie Fournier", "elodie.fournier@gmail.com"),
         subj="exercice",
         body="Je m'oppose un peu à l'exercice de la lettre, ça me remue trop 😅 on en parle jeudi ?\n"),

    dict(key="neg-modifie-rdv-calendly", rights=[], lang="fr", var="FR",
         frm=("Julien Barbier", "julien.barbier@free.fr"),
         subj="RDV",
         body="J'ai modifié mon RDV sur Calendly, mardi au lieu de lundi.\n"),

    dict(key="neg-en-hr-attendance-sheets", rights=[], lang="en", var="GB",
         frm=("Jo Pritchard", "jo.pritchard@harlowdesign.co.uk"),
         subj="attendance sheets",
         body="Data question from HR: do you provide signed attendance sheets for the training? We need them for our records.\n"),

    dict(key="neg-ou-retirer-attestation", rights=[], lang="fr", var="FR",
         frm=("Kevin L.", "kev.lmbrt@gmail.com"),
         subj="attestation",
         body="ou je retire mon attestation ? sur l'espace ou par mail ?\n"),

    # NEAR-LINE: the client updates her card herself on Stripe and asks nothing -> negative.
    dict(key="neg-carte-expiree-stripe", rights=[], lang="fr", var="FR",
         frm=("Claire Dumas", "c.dumas.pro@outlook.fr"),
         subj="carte",
         body="Ma carte a expiré, je mets à jour sur Stripe moi-même, pas besoin de rien faire.\n"),

    dict(key="neg-en-newsletter-lovely", date=(2025, 4, 25, 12, 48, 2), rights=[], lang="en", var="GB",
         frm=("Natalie Ford", "natalie.ford@icloud.com"),
         subj="Re: Last seats for the May workshop!",
         body="Your newsletter is lovely, forwarded it to my sister!\n\nSent from my iPhone\n"),

    dict(key="neg-consoeur-formulaire-rgpd", rights=[], lang="fr", var="FR",
         frm=("Émilie Rousseau", "emilie@emilie-coaching.fr"),
         subj="RGPD",
         body="Coucou Sandra, ton formulaire d'inscription est conforme RGPD ? Je cherche un modèle pour le mien 🙂\n"),

    dict(key="neg-acces-pmr", rights=[], lang="fr", var="FR",
         frm=("Nathalie Pereira", "nath.pereira@orange.fr"),
         subj="accès PMR ?",
         body="Bonjour, la salle est-elle accessible en fauteuil ? Ma mère vient à l'atelier.\n"),

    dict(key="neg-consentement-parental-chloe", rights=[], lang="fr", var="FR",
         frm=("Anne-Sophie Thibault", "as.thibault@gmail.com"),
         subj="consentement",
         body="Je vous renvoie le formulaire de consentement parental signé pour Chloé.\n",
         att=[("consentement_parental_Chloe.pdf", "pdf", ["Autorisation parentale", "Chloe Thibault - atelier ado"])]),

    dict(key="neg-supprime-appli-laptop", rights=[], lang="fr", var="FR",
         frm=("Jacqueline Faure", "jacqueline.faure@wanadoo.fr"),
         subj="appli",
         body="J'ai supprimé l'appli du téléphone, je suivrai la formation sur l'ordinateur. Rien à faire de votre côté.\n"),

    # NEAR-LINE: "je retire ce que j'ai dit" is about words in a session, not consent -> negative.
    dict(key="neg-retire-ce-que-jai-dit", rights=[], lang="fr", var="FR",
         frm=("Mélissa Carpentier", "melissa.carpentier@gmail.com"),
         subj="séance",
         body="Je retire ce que j'ai dit en séance sur ma sœur, j'étais en colère 😔\n"),

    dict(key="neg-copie-a-marc", rights=[], lang="fr", var="FR",
         frm=("Amandine Roche", "a.roche@menuiseries-berry.fr"),
         cc=[("Marc Deschamps", "m.deschamps@menuiseries-berry.fr")],
         subj="Inscriptions formation",
         body="Je mets Marc en copie, c'est lui qui gère les inscriptions chez nous désormais.\nAmandine\n"),

    dict(key="neg-mairie-supprimez-atelier", rights=[], lang="fr", var="FR",
         frm=("Mairie d'Issoudun - Vie associative", "vie.associative@issoudun.fr"),
         subj="Atelier samedi annulé",
         body="Bonjour, supprimez l'atelier de samedi de l'agenda partagé, la salle n'est plus disponible. Désolés.\n"),

    # NEAR-LINE: an ID scan sent for a training enrolment file, not attached to any rights request -> negative.
    dict(key="neg-cni-inscription-cpf", rights=[], lang="fr", var="FR",
         frm=("Jessica M", "jess.moreau18@gmail.com"),
         subj="dossier CPF",
         body="ci-joint ma CNI pour le dossier d'inscription CPF\n\nEnvoyé de mon iPhone\n",
         att=[("CNI_Jessica_Moreau.jpg", "jpg")]),

    # ============================================= EMPTY BODY / PHONE FOOTER
    dict(key="neg-jarrive-iphone", rights=[], lang="fr", var="FR",
         frm=("Martine Roux", "martine.roux36@orange.fr"),
         subj="J'arrive",
         body="\nEnvoyé de mon iPhone\n"),

    dict(key="neg-en-running-late", rights=[], lang="en", var="GB",
         frm=("Amir Khan", "amir.khan@gmail.com"),
         subj="running 5 late",
         body="\n\nSent from my Galaxy\n"),

    dict(key="neg-facture-empty", rights=[], lang="fr", var="FR",
         frm=("Régis Fontaine", "regis.fontaine@orange.fr"),
         subj="Facture ?",
         body=""),

    dict(key="neg-pouce-rappel-atelier", date=(2025, 4, 9, 20, 41, 12), rights=[], lang="fr", var="FR",
         frm=("Sabine Leclerc", "sabine.leclerc@icloud.com"),
         subj="Re: Rappel : atelier du 12/04",
         body="👍\n",
         q=("apple_fr", """\
Bonjour à toutes,
Petit rappel : atelier samedi 12/04, 9h30, 46 rue d'Estienne d'Orves.
Pensez à un coussin !
Sandra"""), qa=C, cl="apple"),

    dict(key="neg-invitation-ics", rights=[], lang="fr", var="VENDOR",
         frm=("Agnès Poulain", "agnes.poulain@gmail.com"),
         subj="Invitation: Séance coaching @ jeu. 6 févr. 2025 10:00 - 11:00 (CET)",
         body="Séance coaching\njeudi 6 févr. 2025 · 10:00 – 11:00\nInvitation de Google Agenda\n",
         date=(2025, 2, 1, 18, 20, 5),
         att=[("invite.ics", "ics", """\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250206T090000Z
DTEND:20250206T100000Z
DTSTAMP:20250201T172005Z
ORGANIZER;CN=Agnès Poulain:mailto:agnes.poulain@gmail.com
UID:7kq2b31abc@google.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:sandra.delomenie@orange.fr
SUMMARY:Séance coaching
END:VEVENT
END:VCALENDAR
""")]),
]
