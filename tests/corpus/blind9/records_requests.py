# Message records for the b9 corpus: REQUESTS (messages that exercise at least one right).
# Each record: key, lang, rights, frm=(display name, address), subj, body, plus optional
# shape (plain|qp|b64|html|alt|alt_b64), att (file names), quote/fwd (history), reply_to,
# headers, to, cc, rfc822 (attached message). "# NEAR-LINE:" comments explain close calls.

S = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
SP = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
SIG_S = "Sandra Delomenie\nFloraison de Soi - coaching & formation\n06 81 84 21 73"

NEWSLETTER_FR = """Bonjour à toutes et à tous,

Le printemps arrive et avec lui le cercle de parole du jeudi soir : il reste 3 places !
Au programme ce mois-ci : « Oser dire non sans culpabiliser ».
Inscriptions sur la page Ateliers du site.

Belle semaine,
Sandra - Floraison de Soi
Pour ne plus recevoir cette lettre, cliquez ici."""

NEWSLETTER_EN = """Hello lovely people,

The English-speaking online circle starts again on the 14th. Six Tuesdays, 7pm Paris time.
Early-bird price until Sunday.

Warmly,
Sandra - Floraison de Soi
You receive this email because you registered on floraisondesoi.fr. Unsubscribe"""

REMINDER_FR = """Bonjour,

Petit rappel : votre séance de suivi est prévue mardi à 18h au cabinet, 46 rue d'Estienne d'Orves.
En cas d'empêchement, merci de prévenir 48h à l'avance.

Sandra"""


def R(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


RECORDS = [
# ---------------------------------------------------------------- ACCESS (single)
R("acc-fr-formel-cni", "fr", ["access"], ("Hélène Marchetti", "helene.marchetti@wanadoo.fr"),
  "Demande d'accès à mes données personnelles",
  """Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, qu'elles figurent dans vos dossiers papier, sur votre ordinateur ou chez vos prestataires (Systeme.io, Google Drive, Stripe).

J'ai suivi un accompagnement individuel entre septembre 2023 et mars 2024.

Vous trouverez ci-joint la copie de ma carte d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Marchetti
12 allée des Tilleuls
36000 Châteauroux""", att=["CNI_Marchetti_recto_verso.pdf"], shape="qp"),

R("acc-fr-tutoiement", "fr", ["access"], ("Juju", "julie.ferrand86@gmail.com"),
  "petite question",
  """Coucou Sandra !

J'espère que tu vas bien depuis le stage. Dis, est-ce que tu pourrais m'envoyer tout ce que tu as gardé sur moi ? Genre mes fiches, les notes de nos séances, le questionnaire du début... Je suis curieuse de relire tout ça avec du recul 😊

Merci d'avance, bisous
Julie"""),

R("acc-fr-source", "fr", ["access"], ("Marc Aubineau", "m.aubineau@free.fr"),
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois depuis deux semaines vos messages sur les ateliers « Floraison de Soi ». Je ne me souviens pas du tout m'être inscrit quelque part.

Pourriez-vous m'indiquer d'où provient mon adresse mail et à quelle date elle a été enregistrée chez vous ?

Cordialement,
M. Aubineau"""),
# NEAR-LINE: only asks where the address came from (source) -> access; no request to stop mailing.

R("acc-fr-destinataires", "fr", ["access"], ("Nadia Benslimane", "nadia.benslimane@laposte.net"),
  "Transmission de mes coordonnées ?",
  """Bonjour Madame Delomenie,

Après votre atelier de novembre à la médiathèque, j'ai été démarchée par téléphone par une sophrologue qui connaissait mon prénom et savait que j'avais participé à l'atelier.

Je souhaite savoir à qui mes informations ont été communiquées, et lesquelles exactement.

Merci de votre retour.
Nadia Benslimane"""),

R("acc-fr-html-dossier", "fr", ["access"], ("Corinne Vasseur", "corinne.vasseur@orange.fr"),
  "Dossier d'accompagnement",
  """Bonjour Sandra,

Je souhaiterais obtenir une copie de mon dossier d'accompagnement, y compris les questionnaires que j'ai remplis en 2023 et vos notes de séances.

Bien à vous,
Corinne

Envoyé depuis mon iPhone""", shape="html"),

R("acc-fr-avocat", "fr", ["access"], ("Maître Olivier Tessier", "o.tessier@tessier-avocats.fr"),
  "Mme Laure Pinaud - demande de communication de données",
  """Madame,

Je suis le conseil de Madame Laure Pinaud, qui a bénéficié de vos prestations de coaching au cours de l'année 2024, et agis en vertu du mandat ci-joint.

Ma cliente entend exercer son droit d'accès et obtenir la communication de l'intégralité des données personnelles la concernant, ainsi que les informations relatives aux finalités, aux destinataires et aux durées de conservation.

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet dans le délai d'un mois.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Olivier Tessier
Avocat au Barreau de Bourges
Cabinet Tessier - 4 place Gordaine - 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.""",
  att=["Mandat_Pinaud_signe.pdf", "CNI_L_Pinaud.pdf"], shape="alt"),

R("acc-fr-parent-mineure", "fr", ["access"], ("Stéphanie Guérin", "steph.guerin@sfr.fr"),
  "Atelier ados - données de ma fille",
  """Bonjour,

Ma fille Inès (14 ans) a participé à votre atelier « Confiance en soi pour les ados » pendant les vacances de la Toussaint. En tant que mère et représentante légale, je voudrais savoir quelles informations vous conservez sur elle (fiche d'inscription, questionnaire, photos éventuelles) et en recevoir une copie.

Merci,
Stéphanie Guérin"""),

R("acc-fr-sur-newsletter", "fr", ["access"], ("Bernard Chollet", "bchollet@orange.fr"),
  "RE: Le cercle de parole revient !",
  """Bonjour Sandra,

Au passage, pouvez-vous me dire précisément quelles données vous avez sur moi ? Je fais un peu de ménage dans ma vie numérique et je recense qui détient quoi.

Merci
Bernard""", quote=dict(style="outlook_fr", who=SP, text=NEWSLETTER_FR)),

R("acc-fr-outlook-qp", "fr", ["access"], ("Aurélie Dufresne", "aurelie.dufresne@ac-orleans-tours.fr"),
  "Demande au titre du RGPD",
  """Madame,

Je vous prie de bien vouloir me communiquer l'ensemble des informations me concernant détenues par Floraison de Soi : les données elles-mêmes, les finalités pour lesquelles elles sont traitées, les destinataires à qui elles ont pu être transmises et la durée pendant laquelle vous comptez les conserver.

Pour rappel, j'ai suivi la formation « Communication bienveillante » en 2022.

Avec mes remerciements,

Aurélie Dufresne
Professeure des écoles""", shape="qp"),

R("acc-fr-notes-psy", "fr", ["access"], ("Lucie Perrot", "lucieperrot@yahoo.fr"),
  "Mes notes de séance",
  """Bonjour Sandra,

Je commence un travail avec une psychologue et j'aimerais lui montrer ce que nous avions travaillé ensemble. Est-ce possible de récupérer une copie de vos notes de séances me concernant, ainsi que les bilans que vous aviez rédigés ?

Merci beaucoup,
Lucie"""),
# NEAR-LINE: wants a copy to show someone, no format/transfer asked -> access, not portability.

R("acc-fr-sans-accents", "fr", ["access"], ("Kevin L.", "kev.lemaire36@gmail.com"),
  "donnees",
  """bonjour
je voudrai savoir ce que vous avez comme infos sur moi, j ai fait la formation en ligne l an dernier (compte systeme io) et payé par stripe. merci de m envoyer ca
kevin lemaire"""),

R("acc-en-copy", "en", ["access"], ("Rachel Owens", "rachel.owens@btinternet.com"),
  "Copy of my personal information",
  """Hi Sandra,

I did the online "Find your voice" programme with you in 2024. Could you please send me a copy of whatever personal information you keep about me? That would include my course account details and anything from the intake questionnaire.

Many thanks,
Rachel"""),

R("acc-en-sar", "en", ["access"], ("Thomas Greaves", "t.greaves@outlook.com"),
  "Subject Access Request - Thomas Greaves",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 GDPR.

Please provide:
1. confirmation of whether you process my personal data;
2. a copy of that data;
3. the purposes, recipients and retention periods;
4. the source of any data not collected from me.

For identification: I booked two coaching sessions via Calendly in May 2025 using this address. A copy of my passport is attached.

Yours sincerely,
Thomas Greaves""", att=["passport_greaves.jpg"], shape="alt"),

R("acc-en-how-got", "en", ["access"], ("Priya Natarajan", "priya.n@protonmail.com"),
  "Where did you get my email?",
  """Hello,

I have never been in touch with you and yet I'm on your list. Who gave you my address, and when? I'd like to know what exactly you have recorded about me.

Priya"""),

R("acc-en-what-on-file", "en", ["access"], ("Daniel Kowalski", "dkowalski@gmx.de"),
  "What do you have on file?",
  """Hi Sandra,

quick one: I paid for the weekend retreat through Stripe and had a Systeme.io login for the replays. Can you tell me what information you have on file for me and send it over? No rush.

Cheers,
Dan""", shape="html"),

# ---------------------------------------------------------------- RECTIFICATION (single)
R("rect-fr-nom-attestation", "fr", ["rectification"], ("Mathilde Quéré", "mathilde.quere@gmail.com"),
  "Erreur dans mon nom",
  """Bonjour Sandra,

Mon nom est mal orthographié dans votre fichier : il apparaît comme « Querre » sur l'attestation et dans les mails de la formation. Il s'écrit Quéré, avec deux accents aigus.

Pouvez-vous corriger ?

Merci !
Mathilde Quéré"""),

R("rect-fr-demenagement", "fr", ["rectification"], ("Patrick Roussel", "patrick.roussel@orange.fr"),
  "Changement d'adresse",
  """Bonjour,

Je vous informe de mon déménagement. Merci de bien vouloir remplacer mon ancienne adresse (7 rue des Minimes, Issoudun) par la nouvelle :

Patrick Roussel
23 avenue de la Gare
18100 Vierzon

Cordialement,
P. Roussel"""),

R("rect-fr-telephone", "fr", ["rectification"], ("Sylvie Moreau", "sylvie.moreau18@laposte.net"),
  "nouveau numéro",
  """Bonjour Sandra,
Mon ancien numéro (06 12 45 78 90) n'est plus attribué, vous pouvez l'effacer. Le nouveau c'est le 07 68 21 33 05.
Bonne journée
Sylvie"""),
# NEAR-LINE: "vous pouvez l'effacer" about the old number, with the new one given -> rectification only.

R("rect-fr-fiche-suivi", "fr", ["rectification"], ("Amandine Leroux", "amandine.leroux@hotmail.fr"),
  "Erreur dans ma fiche de suivi",
  """Bonjour Sandra,

En relisant le compte rendu que vous m'avez envoyé après la séance du 14, je vois qu'il est écrit que je suis sous antidépresseurs. Ce n'est pas le cas, je prends un traitement pour la thyroïde, c'est tout. J'ai dû mal m'exprimer.

Merci de rectifier ce point dans votre dossier.

Amandine"""),

R("rect-fr-mariage", "fr", ["rectification"], ("Claire Bonnin-Delaunay", "claire.bonnin@gmail.com"),
  "Mise à jour de mon nom",
  """Bonjour,

Suite à mon mariage, je porte désormais le nom Bonnin-Delaunay. Pourriez-vous mettre à jour mon nom sur mon compte de formation Systeme.io et dans vos fichiers clients, pour que mes prochaines factures soient au bon nom ?

Merci,
Claire Bonnin-Delaunay (ex-Bonnin)"""),

R("rect-fr-date-naissance", "fr", ["rectification"], ("Gérard Tixier", "gerard.tixier@orange.fr"),
  "Date de naissance erronée",
  """Madame,

Sur le formulaire d'inscription que vous m'avez renvoyé pour signature, ma date de naissance est indiquée au 03/11/1958. Il s'agit du 11/03/1958 (jour et mois inversés). Je vous remercie de corriger votre dossier.

Bien cordialement,
Gérard Tixier""", shape="qp"),

R("rect-fr-statut-pro", "fr", ["rectification"], ("Élodie Carpentier", "elodie@carpentier-design.fr"),
  "Ma situation a changé",
  """Bonjour Sandra,

Dans ma fiche, j'étais notée « salariée en agence de communication ». Depuis janvier je suis graphiste indépendante. Tu peux compléter / mettre à jour ? Ça a son importance pour la suite de l'accompagnement et pour les factures (adresse pro : 5 place du Marché, 36100 Issoudun).

Merci !
Élodie"""),

R("rect-fr-email", "fr", ["rectification"], ("Annie Gaillard", "annie.gaillard@orange.fr"),
  "Remplacement de mon adresse mail",
  """Bonjour,

Mon adresse annie.gaillard@club-internet.fr va être fermée à la fin du mois. Merci de la remplacer partout chez vous par celle-ci : annie.gaillard@orange.fr.

Merci et à bientôt au cercle,
Annie"""),

R("rect-fr-prenom", "fr", ["rectification"], ("Noé Verdier", "noe.verdier@protonmail.com"),
  "Changement de prénom",
  """Bonjour Sandra,

Depuis l'an dernier j'ai officiellement changé de prénom : je m'appelle Noé (et non plus Camille). L'état civil est à jour. Est-ce que tu pourrais modifier mon prénom dans ton fichier et sur la plateforme de formation ? Je reçois encore des mails « Bonjour Camille » et c'est un peu dur.

Merci beaucoup,
Noé"""),

R("rect-en-surname", "en", ["rectification"], ("Joanna Whitfield", "joanna.whitfield@gmail.com"),
  "Spelling of my surname",
  """Hi Sandra,

Small thing: my surname is misspelled in your records (and on my course certificate). It's Whitfield, not Whitefield. Could you fix it please?

Thanks,
Joanna""", shape="alt"),

R("rect-en-new-email", "en", ["rectification"], ("Mark Ellison", "mark.ellison@fastmail.com"),
  "New email address",
  """Hello,

Please replace my old address (mark.ellison@corp-mail.co.uk, I have left that job) with this one: mark.ellison@fastmail.com. Same for the course platform login if you can.

Thanks,
Mark"""),

R("rect-en-wrong-note", "en", ["rectification"], ("Hannah Brooks", "hannah.brooks@icloud.com"),
  "Correction to session summary",
  """Dear Sandra,

The summary you sent after our second session says I was referred to you by my employer. That's not accurate - I came on my own initiative, and my employer knows nothing about the coaching. Please correct that in your notes, it matters to me.

Best,
Hannah""", quote=dict(style="apple_en", who=S, text="""Hi Hannah,

Here is the summary of our session of Tuesday, as promised.
- Referred by employer (HR), context of reorganisation
- Goals: assertiveness, boundaries

Talk soon,
Sandra""")),

# ---------------------------------------------------------------- ERASURE (single)
R("era-fr-art17", "fr", ["erasure"], ("Françoise Lamarque", "f.lamarque@orange.fr"),
  "Exercice du droit à l'effacement",
  """Madame,

Conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement de l'ensemble de mes données personnelles, sur tous vos supports et chez vos sous-traitants, et de m'en confirmer la réalisation par écrit.

Vous trouverez ma pièce d'identité en pièce jointe.

Françoise Lamarque
3 impasse du Moulin - 36100 Saint-Georges-sur-Arnon""", att=["piece_identite_FL.jpg"]),

R("era-fr-page-tournee", "fr", ["erasure"], ("Sabrina", "sab.dumas@gmail.com"),
  "Suppression",
  """Salut Sandra,

Je vais être directe : j'ai tourné la page sur cette période de ma vie et je préfère qu'il ne reste rien. Tu peux supprimer tout ce que tu as sur moi stp ? Notes, mails, fiches, tout.

Merci pour tout quand même,
Sab"""),

R("era-fr-question-polie", "fr", ["erasure"], ("Monique Berthier", "monique.berthier@sfr.fr"),
  "Mes données",
  """Bonjour Madame,

Pourriez-vous supprimer mes données de vos fichiers ? Je ne viens plus aux ateliers depuis longtemps.

Merci d'avance,
Monique Berthier"""),

R("era-fr-compte-et-donnees", "fr", ["erasure"], ("Yannick Perrin", "yannick.perrin@gmail.com"),
  "Supprimer mon compte",
  """Bonjour,

Merci de supprimer mon compte sur votre plateforme de formation ainsi que toutes les données qui y sont associées (progression, exercices déposés, historique de paiement si possible).

Cordialement,
Yannick Perrin"""),
# Policy: "Delete my account and all my data" = erasure.

R("era-fr-notes-detruites", "fr", ["erasure"], ("Véronique Saulnier", "v.saulnier@laposte.net"),
  "Notes de nos séances",
  """Bonjour Sandra,

Nous avons terminé l'accompagnement en juin. J'ai parlé pendant nos séances de choses très intimes (santé, couple). Je souhaite que vos notes et mes questionnaires soient détruits, je ne veux pas que cela traîne quelque part.

Merci de me confirmer quand ce sera fait.
Véronique""", shape="b64"),

R("era-fr-nulle-part", "fr", ["erasure"], ("Thierry Gauthier", "thierry.gauthier@bbox.fr"),
  "Effacement de mes coordonnées",
  """Bonjour,

Effacez mes coordonnées de l'ensemble de vos fichiers, je ne veux plus figurer nulle part chez vous.

T. Gauthier"""),

R("era-fr-parent-mineur", "fr", ["erasure"], ("Laurent Faure", "laurent.faure@orange.fr"),
  "Données de mon fils Hugo",
  """Bonjour Madame Delomenie,

Mon fils Hugo, 15 ans, a participé au stage « Gérer son stress avant le brevet » en mai. Avec sa mère, nous souhaitons que toutes les informations le concernant soient supprimées : fiche d'inscription, questionnaire, échanges de mails, tout.

Je suis son père et exerce l'autorité parentale.

Cordialement,
Laurent Faure""", shape="alt"),
# NEAR-LINE: a parent writing for a minor child -> a request (erasure), per policy.

R("era-fr-avocat", "fr", ["erasure"], ("Cabinet Rives & Associés", "contact@rives-avocats.fr"),
  "N/Réf. 2025-114 - M. Denis Achard - effacement de données",
  """Madame,

Nous intervenons pour le compte de Monsieur Denis Achard, dont le mandat est joint à la présente.

Notre client vous demande de procéder sans délai à l'effacement de toutes les données personnelles le concernant, en application de l'article 17 du RGPD, et de nous confirmer par écrit l'exécution de cette demande.

Nous vous prions de croire, Madame, à l'assurance de nos sentiments distingués.

Pour le cabinet,
Me Sophie Rives""", att=["2025-114_mandat_Achard.pdf"]),

R("era-fr-sur-rappel", "fr", ["erasure"], ("Isabelle Fontaine", "isa.fontaine@gmail.com"),
  "Re: Rappel séance mardi",
  """Bonjour Sandra,

Je ne viendrai pas mardi et je ne reprendrai pas les séances. Je vous demande par ailleurs d'effacer toutes mes données, y compris le questionnaire de départ.

Isabelle""", quote=dict(style="gmail_fr", who=S, text=REMINDER_FR)),

R("era-fr-sms-style", "fr", ["erasure"], ("Dylan M", "dylan.m.36@hotmail.fr"),
  "suppression donnees",
  """bjr
jveux que vous effaciez mes donnees svp jsuis plus interessé. jai fait juste latelier decouverte
merci"""),

R("era-en-art17", "en", ["erasure"], ("Sophie Lindqvist", "sophie.lindqvist@telia.se"),
  "Erasure request (Art. 17 GDPR)",
  """Dear Sandra Delomenie,

Under Article 17 GDPR I request the erasure of all personal data you hold about me, including data held by your processors (course platform, cloud storage, email tool). Please confirm once completed.

Kind regards,
Sophie Lindqvist"""),

R("era-en-forgotten", "en", ["erasure"], ("Leo Marshall", "leo.marshall@gmail.com"),
  "right to be forgotten",
  """hi, I'd like to use my right to be forgotten. please wipe whatever you've got on me. thanks, Leo"""),

R("era-en-account-everything", "en", ["erasure"], ("Grace Adeyemi", "grace.adeyemi@yahoo.co.uk"),
  "Delete my account + data",
  """Hello Sandra,

Could you delete my account on the course site and everything you have on me? I'm moving on from coaching for now.

Thank you for everything,
Grace""", shape="html"),

R("era-en-health-questionnaire", "en", ["erasure"], ("Megan Fraser", "megan.fraser@outlook.com"),
  "Health questionnaire",
  """Hi Sandra,

Can you remove my health questionnaire (the one I filled in before the retreat) from your files? I'm not comfortable with it being kept now that the retreat is over.

Thanks,
Megan"""),
# NEAR-LINE: deleting the questionnaire itself (not withdrawing consent to its use) -> erasure.

# ---------------------------------------------------------------- RESTRICTION (single)
R("res-fr-litige", "fr", ["restriction"], ("Pascale Rigaud", "pascale.rigaud@orange.fr"),
  "Mes données - ne rien supprimer",
  """Madame,

Compte tenu du différend qui nous oppose au sujet du remboursement du stage, je vous demande de ne plus utiliser mes données personnelles, mais surtout de ne rien supprimer : j'en aurai peut-être besoin pour faire valoir mes droits.

Pascale Rigaud"""),

R("res-fr-exactitude", "fr", ["restriction"], ("Olivier Lacombe", "olivier.lacombe@free.fr"),
  "Contestation du bilan",
  """Bonjour,

Je conteste l'exactitude de plusieurs éléments du bilan de fin d'accompagnement (notamment ce qui concerne mes relations avec ma hiérarchie). En attendant que nous en parlions et que ce soit vérifié, je vous demande de geler l'utilisation de ce document et de ne le transmettre à personne.

Olivier Lacombe"""),

R("res-fr-garder-avocat", "fr", ["restriction"], ("Nathalie Besson", "nathalie.besson@gmail.com"),
  "Dossier",
  """Bonjour Sandra,

J'ai besoin que tu gardes mon dossier tel quel, mon avocat pourrait en avoir besoin dans le cadre de mon divorce. Par contre je ne veux plus qu'il soit utilisé pour quoi que ce soit d'autre, ni consulté par ton assistante.

Merci de ta compréhension,
Nathalie"""),

R("res-fr-art18", "fr", ["restriction"], ("Jean-Luc Mercier", "jl.mercier@wanadoo.fr"),
  "Demande de limitation du traitement",
  """Madame,

Je vous demande, sur le fondement de l'article 18 du RGPD, de limiter le traitement des données me concernant jusqu'à nouvel ordre.

Salutations,
Jean-Luc Mercier""", shape="qp"),

R("res-fr-pause-reclamation", "fr", ["restriction"], ("Karine Weber", "karine.weber@laposte.net"),
  "Suite à ma réclamation",
  """Bonjour,

Le temps que ma réclamation sur la formation soit traitée, pouvez-vous mettre mon dossier de côté ? Ne le détruisez pas, mais ne vous en servez plus (pas de relance, pas d'utilisation dans vos statistiques de réussite, rien).

Merci,
Karine Weber"""),
# NEAR-LINE: "ne vous en servez plus" could read as objection, but the keep-but-freeze framing is restriction.

R("res-fr-informel", "fr", ["restriction"], ("Manon", "manon.petitjean@gmail.com"),
  "mes infos",
  """hello Sandra
touche plus à mes infos stp mais efface rien, j'en aurai besoin pour mon dossier mutuelle plus tard. juste tu les laisses dormir
merci
Manon"""),

R("res-fr-transmission-employeur", "fr", ["restriction"], ("Frédéric Ollivier", "f.ollivier@gmail.com"),
  "Synthèse du bilan - suspension",
  """Bonjour Madame Delomenie,

La synthèse du coaching financé par mon employeur contient selon moi des erreurs sur mes motivations. Je vous demande de suspendre tout traitement de cette synthèse, et notamment sa transmission aux RH, tant que nous n'avons pas clarifié son contenu.

Cordialement,
Frédéric Ollivier""", shape="alt"),

R("res-en-restrict", "en", ["restriction"], ("Alan Pritchard", "alan.pritchard@gmail.com"),
  "Restriction of processing",
  """Dear Ms Delomenie,

I contest the accuracy of the notes you hold about our sessions. Pending verification, I ask you to restrict the processing of my personal data under Article 18 GDPR: store it, but do not otherwise use it.

Regards,
Alan Pritchard"""),

R("res-en-insurance", "en", ["restriction"], ("Fiona McLeod", "fiona.mcleod@btinternet.com"),
  "Please don't delete my file",
  """Hi Sandra,

I know my course finished a while ago but please don't delete my file - I may need the attendance records for an insurance claim. I'd just rather you didn't use it for anything else in the meantime (no emails, no stats).

Thanks a lot,
Fiona"""),

R("res-en-freeze", "en", ["restriction"], ("Omar Haddad", "omar.haddad@hotmail.com"),
  "freeze my data",
  """Hi - while my complaint about the workshop refund is open, can you freeze my data? Don't delete it, don't use it. Thanks. Omar"""),

R("res-fr-questionnaire-conteste", "fr", ["restriction"], ("Ghislaine Royer", "ghislaine.royer@orange.fr"),
  "Résultats du test",
  """Bonjour,

Les résultats du test de personnalité qui figurent dans mon dossier ne correspondent pas à mes réponses, je pense qu'il y a eu une erreur de saisie. Merci de ne pas les utiliser tant que nous n'avons pas vérifié ensemble.

Ghislaine Royer"""),
# NEAR-LINE: contests accuracy and asks to pause use -> restriction only (policy), not rectification.

# ---------------------------------------------------------------- PORTABILITY (single)
R("por-fr-format-structure", "fr", ["portability"], ("Anthony Morel", "anthony.morel@gmail.com"),
  "Portabilité de mes données",
  """Bonjour,

Je souhaite recevoir les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON de préférence), afin de pouvoir les réutiliser.

Merci,
Anthony Morel"""),

R("por-fr-nouvelle-coach", "fr", ["portability"], ("Delphine Marchand", "delphine.marchand@sfr.fr"),
  "Transfert de mon dossier",
  """Bonjour Sandra,

Comme je déménage à Nantes, je vais poursuivre mon accompagnement avec une coach là-bas, Mme Agathe Renou (agathe.renou@coach-nantes.fr). Pourriez-vous lui transmettre directement mon dossier et mes questionnaires, pour qu'elle n'ait pas à tout reprendre de zéro ?

Merci infiniment pour ces deux années,
Delphine""", cc="Agathe Renou <agathe.renou@coach-nantes.fr>"),

R("por-fr-export-systemeio", "fr", ["portability"], ("Rémi Chevalier", "remi.chevalier@outlook.fr"),
  "Export de ma progression",
  """Bonjour,

J'aimerais un export de ma progression dans la formation en ligne (modules suivis, exercices rendus, résultats des quiz) sous forme de fichier exploitable, pour pouvoir l'importer dans l'outil de suivi de mon organisme de formation.

Cordialement,
Rémi Chevalier"""),

R("por-fr-word-excel", "fr", ["portability"], ("Agnès Lemoine", "agnes.lemoine@gmail.com"),
  "notes réutilisables",
  """Bonjour Sandra,

Mon nouveau praticien voudrait partir de ce que nous avons fait. Serait-il possible d'avoir mes notes et mes réponses aux questionnaires dans un fichier Word ou Excel que je puisse lui envoyer et qu'il puisse réutiliser ? Pas un scan, il faut que ce soit modifiable.

Merci,
Agnès""", shape="html"),

R("por-fr-tableur", "fr", ["portability"], ("Cédric Hamon", "cedric.hamon@laposte.net"),
  "Mes réponses aux questionnaires",
  """Bonjour,

Est-ce que je peux recevoir mes réponses aux questionnaires de la formation sous forme de tableur (xlsx ou csv) ? Je veux les analyser de mon côté avec les autres outils que j'utilise.

Merci !
Cédric"""),
# NEAR-LINE: machine-readable format for reuse -> portability; no "what do you hold" -> no access.

R("por-en-json", "en", ["portability"], ("Lukas Becker", "lukas.becker@posteo.de"),
  "Data portability request",
  """Hello,

I am exercising my right to data portability (Art. 20 GDPR). Please provide the personal data I provided to you in a structured, commonly used and machine-readable format (JSON or CSV).

Best regards,
Lukas Becker"""),

R("por-en-new-coach", "en", ["portability"], ("Emily Carter", "emily.carter@gmail.com"),
  "Sending my records to my new coach",
  """Hi Sandra,

I'm continuing with a coach closer to home, Jess Morgan (jess@morgancoaching.co.uk). Would you be able to send my coaching records to her directly, in a format she can import into her system? She uses a standard client-management app that takes CSV.

Thanks so much for everything,
Emily""", shape="alt"),

R("por-en-machine-readable", "en", ["portability"], ("Ravi Shah", "ravi.shah@yahoo.com"),
  "machine-readable copy of course data",
  """Hey, can I get a machine-readable copy of my course data (progress, quiz results, submitted exercises)? I want to move it into my own learning tracker. A CSV is fine. Thanks - Ravi"""),

R("por-fr-transfert-organisme", "fr", ["portability"], ("Sandrine Collet", "sandrine.collet@orange.fr"),
  "Transmission de mes données à mon nouveau cabinet",
  """Madame,

Je vous serais reconnaissante de transmettre les données me concernant (fiche, questionnaires, historique des séances) au cabinet Équilibre & Vous, à l'attention de M. Besnard, qui prend le relais de mon accompagnement. Un export numérique standard leur conviendra.

Bien cordialement,
Sandrine Collet"""),

# ---------------------------------------------------------------- OBJECTION (single)
R("obj-fr-desinscrire-nl", "fr", ["objection"], ("Brigitte Hervé", "brigitte.herve@orange.fr"),
  "désinscription",
  """Bonjour, merci de me désinscrire de votre newsletter. Bonne continuation. B. Hervé"""),

R("obj-fr-stop-sms", "fr", ["objection"], ("Jacques Poirier", "jacques.poirier@sfr.fr"),
  "SMS",
  """Bonjour,

Je reçois régulièrement vos SMS pour les ateliers. STOP SMS s'il vous plaît, je ne souhaite plus en recevoir.

J. Poirier"""),

R("obj-fr-offres-promo", "fr", ["objection"], ("Christelle Dupuy", "christelle.dupuy@gmail.com"),
  "Vos offres",
  """Bonjour Sandra,

Je garde un très bon souvenir de la formation, mais je ne souhaite plus recevoir vos offres promotionnelles ni les propositions de nouveaux stages. Trop de mails en ce moment, je fais le tri.

Belle continuation !
Christelle"""),

R("obj-fr-statistiques", "fr", ["objection"], ("Philippe Barre", "philippe.barre@orange.fr"),
  "Enquêtes et statistiques",
  """Madame,

Je m'oppose à ce que mes données (réponses aux questionnaires, présence aux séances) soient utilisées dans vos statistiques, enquêtes de satisfaction ou bilans d'activité, même anonymisés de votre côté.

Philippe Barre"""),

R("obj-fr-relances-tel", "fr", ["objection"], ("Martine Giraud", "martine.giraud36@orange.fr"),
  "Appels",
  """Bonjour,

Vous m'avez appelée trois fois cette semaine pour me proposer la formation de printemps. Je vous demande de ne plus me contacter, ni par téléphone ni autrement, pour ce genre de proposition.

Martine Giraud"""),

R("obj-fr-profilage", "fr", ["objection"], ("Fabien Noël", "fabien.noel@protonmail.com"),
  "Segmentation",
  """Bonjour,

J'ai vu dans votre politique de confidentialité que vous utilisez un outil d'emailing. Je m'oppose à tout profilage ou segmentation de mon adresse à partir de mes clics et ouvertures de mails.

Fabien Noël"""),

R("obj-fr-retirer-liste", "fr", ["objection"], ("Odile Marin", "odile.marin@wanadoo.fr"),
  "RE: Le cercle de parole revient !",
  """Merci de me retirer de cette liste.""", quote=dict(style="outlook_fr", who=SP, text=NEWSLETTER_FR), shape="alt"),

R("obj-fr-situation-particuliere", "fr", ["objection"], ("Caroline Vidal", "caroline.vidal@gmail.com"),
  "Opposition",
  """Bonjour Sandra,

Je travaille désormais comme assistante sociale à Issoudun et je suis amenée à croiser certaines personnes qui participent à tes ateliers. Pour des raisons de confidentialité liées à ma situation professionnelle, je m'oppose à ce que mes données continuent d'être utilisées pour l'organisation des ateliers et des groupes (groupe WhatsApp, listes de participants partagées).

Merci de ta compréhension,
Caroline"""),

R("obj-fr-whatsapp", "fr", ["objection"], ("Roselyne Charrier", "roselyne.charrier@orange.fr"),
  "messages WhatsApp",
  """Bonjour Sandra, je ne souhaite plus être relancée par WhatsApp pour les ateliers du mois. Si je veux venir je regarderai le site. Merci, Roselyne"""),

R("obj-en-unsubscribe-reply", "en", ["objection"], ("Katie Sullivan", "katie.sullivan@gmail.com"),
  "Re: The English-speaking circle is back",
  """Unsubscribe me please.""", quote=dict(style="gmail_en", who=SP, text=NEWSLETTER_EN)),

R("obj-en-stop-webinars", "en", ["objection"], ("Peter Lang", "peter.lang@aol.com"),
  "Stop",
  """Please stop emailing me about your webinars. I attended one free session two years ago, that's all.

Peter Lang"""),

R("obj-en-marketing", "en", ["objection"], ("Isabella Romano", "isabella.romano@libero.it"),
  "Objection to marketing",
  """Dear Sandra,

I object to the use of my personal data for direct marketing purposes, including newsletters and promotional offers sent by email or text.

Regards,
Isabella Romano""", shape="html"),

R("obj-en-mailing-list", "en", ["objection"], ("Nick Davies", "nick.davies@hotmail.co.uk"),
  "Mailing list",
  """Hi, please take me off your mailing list. I never really asked to be on it. Thanks, Nick"""),

# ---------------------------------------------------------------- WITHDRAW CONSENT (single)
R("wc-fr-temoignage-site", "fr", ["withdraw_consent"], ("Valérie Bourdin", "valerie.bourdin@orange.fr"),
  "Mon témoignage",
  """Bonjour Sandra,

J'avais accepté avec plaisir que mon témoignage figure sur votre site. Ma situation professionnelle a changé et je préférerais qu'il n'y soit plus. Je retire donc mon accord pour sa publication.

Avec toute ma gratitude,
Valérie"""),

R("wc-fr-photo-facebook", "fr", ["withdraw_consent"], ("Estelle Jacquet", "estelle.jacquet@gmail.com"),
  "Photo du stage de Pâques",
  """Bonjour,

Merci d'enlever de votre page Facebook la photo du stage de Pâques sur laquelle j'apparais (2e rang, pull vert). Je n'ai plus envie qu'elle soit visible.

Estelle""", att=["capture_page_facebook.png"]),

R("wc-fr-video-replay", "fr", ["withdraw_consent"], ("Gilles Renard", "gilles.renard@laposte.net"),
  "Replay de l'atelier du 12",
  """Bonjour Madame,

Lors de l'atelier en ligne du 12, j'ai pris la parole à visage découvert et j'avais accepté l'enregistrement. À la réflexion, je ne souhaite plus que la vidéo où j'apparais reste disponible sur la plateforme.

Cordialement,
Gilles Renard"""),

R("wc-fr-questionnaire-etude", "fr", ["withdraw_consent"], ("Laetitia Prévost", "laetitia.prevost@gmail.com"),
  "Questionnaire pour votre étude",
  """Bonjour Sandra,

En mars j'avais donné mon accord pour que mes réponses au questionnaire soient utilisées dans l'étude que tu prépares sur l'estime de soi. Je reviens sur cet accord : merci de ne pas les intégrer.

Bonne journée,
Laetitia"""),

R("wc-fr-cookies", "fr", ["withdraw_consent"], ("Hervé Lucas", "herve.lucas@free.fr"),
  "Cookies sur votre site",
  """Bonjour,

J'ai accepté les cookies de mesure d'audience sur floraisondesoi.fr un peu vite. Je retire mon consentement au suivi Google Analytics me concernant.

H. Lucas"""),
# NEAR-LINE: not one of the listed items (testimonial/photo...) but an explicit withdrawal of a consent-based processing.

R("wc-fr-donnees-sante", "fr", ["withdraw_consent"], ("Florence Arnaud", "florence.arnaud@orange.fr"),
  "Retrait de consentement - données de santé",
  """Madame,

Lors de la signature du contrat, j'avais consenti à la collecte de données de santé dans le cadre de l'accompagnement. Je retire ce consentement à compter de ce jour.

Florence Arnaud""", shape="qp"),

R("wc-fr-temoignage-audio", "fr", ["withdraw_consent"], ("Séverine", "severine.blanc@hotmail.fr"),
  "témoignage audio",
  """Coucou Sandra, mon témoignage audio qui passe sur la page de vente de la formation, tu peux l'enlever stp ? J'ai plus envie qu'on entende ma voix là-dessus. Merci 🙏 Séverine"""),

R("wc-fr-avis-site", "fr", ["withdraw_consent"], ("Benoît Michaud", "benoit.michaud@gmail.com"),
  "Mon avis",
  """Salut Sandra,

Tu peux retirer mon avis de ton site ? J'ai changé de boulot et je préfère que mon nom complet n'y apparaisse plus. Rien de grave, hein !

Benoît"""),

R("wc-en-testimonial", "en", ["withdraw_consent"], ("Sarah Mitchell", "sarah.mitchell@gmail.com"),
  "My testimonial",
  """Hi Sandra,

Would you mind taking down my testimonial from the website and the sales page? I'm withdrawing my consent - nothing personal, I just want a lower profile online these days.

Thanks,
Sarah"""),

R("wc-en-recordings", "en", ["withdraw_consent"], ("James O'Connor", "james.oconnor@eircom.net"),
  "Session recordings",
  """Dear Sandra,

I agreed at the start that our online sessions could be recorded and used (anonymised) for your supervision and training. I no longer consent to that use.

Kind regards,
James""", shape="alt"),

R("wc-en-instagram", "en", ["withdraw_consent"], ("Chloe Bennett", "chloe.bennett@icloud.com"),
  "Photo on Instagram",
  """Hi! Could you remove the group photo from the retreat that's on your Instagram? I'm in it (far left) and I'd rather not be. Thanks x Chloe

Sent from my iPhone"""),

# ---------------------------------------------------------------- POST MORTEM
R("pm-fr-fille-mere", "fr", ["post_mortem"], ("Aline Fournier", "aline.fournier@gmail.com"),
  "Décès de ma mère, Josiane Fournier",
  """Bonjour Madame,

Ma mère, Josiane Fournier, qui participait à vos cercles de parole, est décédée le mois dernier. Je souhaiterais que son compte sur votre plateforme soit fermé et que ses données soient supprimées. Elle reçoit encore vos mails, ce qui est douloureux.

Vous trouverez ci-joint l'acte de décès.

Aline Fournier""", att=["acte_deces_J_Fournier.pdf"]),

R("pm-fr-notaire", "fr", ["post_mortem"], ("Étude de Maître Brunet", "office.brunet@notaires.fr"),
  "Succession de M. Roger Valette - demande d'informations",
  """Madame,

En charge du règlement de la succession de Monsieur Roger Valette, décédé le 2 février 2025, nous vous saurions gré de nous indiquer si vous détenez des informations, documents ou sommes en lien avec le défunt, et le cas échéant de nous les communiquer.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Brunet, notaire
Céline Ardouin, clerc
Office notarial - 2 rue Porte aux Boeufs - 36100 Issoudun""", att=["Attestation_notaire_Valette.pdf"], shape="alt"),

R("pm-fr-epoux-notes", "fr", ["post_mortem"], ("Michel Dorléans", "michel.dorleans@orange.fr"),
  "Ma femme Annick",
  """Bonjour Madame Delomenie,

Mon épouse Annick vous a consultée pendant plusieurs mois avant sa disparition en décembre. J'aimerais, si c'est possible, avoir accès à vos notes. J'ai besoin de comprendre ce qu'elle traversait.

Je vous remercie de votre humanité.
Michel Dorléans"""),

R("pm-fr-fils-temoignage", "fr", ["post_mortem"], ("Julien Masson", "julien.masson@gmail.com"),
  "Témoignage de mon père",
  """Bonjour,

Mon père, Alain Masson, nous a quittés cet été. Son témoignage et sa photo figurent toujours sur votre site. La famille souhaiterait qu'ils soient retirés.

Merci par avance,
Julien Masson"""),
# NEAR-LINE: withdrawing a testimonial, but by an heir after death -> post_mortem only.

R("pm-fr-directives-propres", "fr", ["post_mortem"], ("Denise Aubry", "denise.aubry@laposte.net"),
  "Directives pour après mon décès",
  """Chère Sandra,

Je suis malade et je prends mes dispositions. Je souhaite qu'après mon décès, vos notes et tous les documents me concernant soient détruits, sans être communiqués à qui que ce soit, à l'exception de ma sœur Thérèse si elle en fait la demande.

Merci pour tout ce que vous m'avez apporté.
Denise Aubry"""),

R("pm-fr-newsletter-defunt", "fr", ["post_mortem"], ("Famille Leclerc", "leclerc.famille@orange.fr"),
  "RE: Le cercle de parole revient !",
  """Bonjour,

Monsieur Pierre Leclerc est décédé en mars. Merci de ne plus lui adresser vos lettres d'information.

Sa fille, Anne Leclerc""", quote=dict(style="outlook_fr", who=SP, text=NEWSLETTER_FR)),
# NEAR-LINE: looks like an unsubscribe, but written by a relative after a death -> post_mortem only.

R("pm-fr-mari-atelier", "fr", ["post_mortem"], ("Yvette Charpentier", "yvette.charpentier@orange.fr"),
  "Mon mari",
  """Madame,

Mon mari Raymond est décédé il y a trois semaines. Il est toujours inscrit sur vos listes et dans l'annuaire du groupe des participants. Pouvez-vous mettre à jour et retirer ses coordonnées ?

Yvette Charpentier"""),

R("pm-fr-frere-outlook", "fr", ["post_mortem"], ("Xavier Langlois", "xavier.langlois@bnpparibas.com"),
  "Données de mon frère, Nicolas Langlois (décédé)",
  """Bonjour,

Je suis le frère et l'un des héritiers de Nicolas Langlois, décédé le 14 octobre. Il avait suivi votre formation en ligne en 2023. Nous souhaitons obtenir une copie des échanges et documents le concernant, puis la clôture de son compte.

Pièces jointes : acte de décès, attestation de dévolution successorale.

Cordialement,
Xavier Langlois

_______________
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite.""",
  att=["acte_de_deces_N_Langlois.pdf", "attestation_devolution.pdf"], shape="alt_b64"),

R("pm-fr-grand-mere-html", "fr", ["post_mortem"], ("Léa Robin", "lea.robin@gmail.com"),
  "Ma grand-mère",
  """Bonjour Sandra,

Ma grand-mère Colette Robin nous a quittés en janvier. Elle adorait vos ateliers sophro du mardi. Nous aimerions savoir ce que vous avez gardé la concernant : elle parlait d'un carnet de suivi, et nous aimerions le récupérer en souvenir si c'est possible.

Léa, sa petite-fille""", shape="html"),

R("pm-en-sister", "en", ["post_mortem"], ("Laura Jenkins", "laura.jenkins@gmail.com"),
  "My late sister, Karen Jenkins",
  """Dear Sandra,

My sister Karen passed away in April. She was one of your online clients. As her next of kin, I'd like her personal data deleted from your systems and her course account closed.

I've attached the death certificate.

With thanks,
Laura Jenkins""", att=["death_certificate_K_Jenkins.pdf"]),

R("pm-en-executor", "en", ["post_mortem"], ("Robert Hughes", "r.hughes@hughes-law.co.uk"),
  "Estate of the late Mrs Margaret Ellis",
  """Dear Ms Delomenie,

I act as executor of the estate of the late Mrs Margaret Ellis, who died on 3 March 2025. I should be grateful if you would provide a copy of any personal data and documents you hold relating to Mrs Ellis, and confirm any outstanding payments or subscriptions.

Grant of probate enclosed.

Yours sincerely,
Robert Hughes
Executor""", att=["grant_of_probate_Ellis.pdf"], shape="alt"),

R("pm-en-own-instructions", "en", ["post_mortem"], ("Graham Price", "graham.price@gmail.com"),
  "Instructions regarding my data after my death",
  """Hello Sandra,

I'm putting my affairs in order. If I die, I'd like everything you hold about me to be deleted, except my testimonial, which my wife may keep using as she sees fit. She can be contacted at helen.price@gmail.com.

Best,
Graham"""),

R("pm-en-widow-unsub", "en", ["post_mortem"], ("Helen Thornton", "helen.thornton@outlook.com"),
  "Re: The English-speaking circle is back",
  """Hello,

My husband David passed away last autumn. Please stop sending him these emails - I still open his inbox and it's hard.

Helen""", quote=dict(style="gmail_en", who=SP, text=NEWSLETTER_EN)),

# ---------------------------------------------------------------- MULTI-RIGHT (FR)
R("multi-fr-copie-puis-supprime", "fr", ["access", "erasure"], ("Agathe Poulain", "agathe.poulain@gmail.com"),
  "Mes données : copie puis suppression",
  """Bonjour Sandra,

Avant de clore définitivement notre histoire commerciale, j'aimerais recevoir une copie de tout ce que vous détenez sur moi. Une fois que je l'aurai reçue, merci de tout supprimer.

Agathe Poulain"""),

R("multi-fr-voir-et-corriger", "fr", ["access", "rectification"], ("René Pichon", "rene.pichon@orange.fr"),
  "Vérification de mon dossier",
  """Bonjour,

Je souhaiterais voir les informations que vous avez sur moi. Je sais déjà que l'adresse est fausse : j'habite au 14 rue Danton, et non au 41. Merci de corriger.

René Pichon"""),

R("multi-fr-temoignage-et-tout", "fr", ["erasure", "withdraw_consent"], ("Émilie Tanguy", "emilie.tanguy@hotmail.fr"),
  "Témoignage et données",
  """Bonjour Sandra,

Je souhaite que tu retires mon témoignage (site + page Systeme.io) et que tu supprimes ensuite toutes mes données. Je ne souhaite plus avoir de lien avec la structure.

Émilie"""),

R("multi-fr-desabo-efface", "fr", ["erasure", "objection"], ("Dominique Perret", "dominique.perret@orange.fr"),
  "Newsletter + données",
  """Bonjour,

Désabonnez-moi de la newsletter et effacez mes coordonnées de vos fichiers.

Merci,
D. Perret"""),

R("multi-fr-quoi-et-csv", "fr", ["access", "portability"], ("Thibault Roger", "thibault.roger@gmail.com"),
  "Mes données en CSV",
  """Bonjour,

Pourriez-vous me dire quelles données vous détenez me concernant, et me les transmettre dans un format réutilisable (CSV) pour que je puisse les intégrer à mon propre suivi ?

Merci,
Thibault Roger"""),

R("multi-fr-mail-et-nl", "fr", ["objection", "rectification"], ("Josiane Bertin", "josiane.bertin@sfr.fr"),
  "changement d'adresse mail",
  """Bonjour Sandra,

Ma nouvelle adresse est josiane.bertin@sfr.fr (l'ancienne en @neuf.fr ne marche plus). Et par la même occasion je ne veux plus recevoir la newsletter, seulement les mails liés à mon accompagnement.

Merci,
Josiane"""),

R("multi-fr-conteste-copie", "fr", ["access", "restriction"], ("Arnaud Clément", "arnaud.clement@orange.fr"),
  "Notes de séances - contestation",
  """Madame,

Je conteste certains éléments de vos notes de séance, qui ont été évoqués devant un tiers. Je vous demande de m'en transmettre une copie intégrale et, dans l'attente de l'examen de ma contestation, de ne plus les utiliser ni les communiquer.

Arnaud Clément""", shape="qp"),

R("multi-fr-source-stop-sms", "fr", ["access", "objection"], ("Laurence Tessier", "laurence.tessier@gmail.com"),
  "SMS non sollicités",
  """Bonjour,

D'où tenez-vous mon numéro de portable ? Je reçois vos SMS pour les stages alors que je ne vous ai jamais rien demandé. Et arrêtez ces SMS s'il vous plaît.

L. Tessier"""),

R("multi-fr-photo-promo", "fr", ["objection", "withdraw_consent"], ("Sonia Meunier", "sonia.meunier@orange.fr"),
  "Photo et mails",
  """Bonjour,

Merci de retirer ma photo de la galerie « Souvenirs de stage » sur votre site, je n'y consens plus. Et je ne souhaite plus recevoir vos mails promotionnels.

Sonia Meunier""", shape="html"),

R("multi-fr-transfert-puis-suppr", "fr", ["erasure", "portability"], ("Carole Lefèvre", "carole.lefevre@laposte.net"),
  "Transfert de dossier puis suppression",
  """Bonjour Sandra,

Je poursuis avec une autre accompagnante. Pourriez-vous lui transmettre mon dossier dans un format qu'elle puisse reprendre (elle m'a dit qu'un export Word ou PDF texte irait), puis le supprimer de votre côté une fois transmis ?

Ses coordonnées : Mme Ingrid Fabre, ingrid.fabre@gmail.com

Merci,
Carole"""),

R("multi-fr-trois-droits", "fr", ["access", "erasure", "objection"], ("Vincent Garnier", "vincent.garnier@free.fr"),
  "RGPD",
  """Bonjour,

1) Quelles données avez-vous sur moi et d'où viennent-elles ?
2) Je m'oppose à toute prospection commerciale.
3) Une fois que vous m'aurez répondu, supprimez l'ensemble de ces données.

V. Garnier"""),

R("multi-fr-avocat-acces-gel", "fr", ["access", "restriction"], ("Maître Anne-Sophie Delcroix", "as.delcroix@avocat-conseil.fr"),
  "Mme Valérie Simonet - droits RGPD",
  """Madame,

Intervenant pour Madame Valérie Simonet (mandat ci-joint), je vous demande de me communiquer une copie de l'ensemble des données la concernant. Dans l'attente d'une éventuelle procédure, je vous demande également de conserver ces données en l'état, sans les modifier ni les effacer, et de vous abstenir de tout autre usage.

Me A.-S. Delcroix
Avocate""", att=["mandat_Simonet.pdf"], shape="alt"),

R("multi-fr-ddn-sante", "fr", ["erasure", "rectification"], ("Paulette Guillot", "paulette.guillot@orange.fr"),
  "Corrections",
  """Bonjour Sandra,

Deux choses : ma date de naissance dans votre fichier est fausse (c'est le 22/07/1961, pas 1967). Et je voudrais que soient supprimées les informations de santé que j'avais données au début, je n'en vois plus l'utilité.

Paulette"""),

R("multi-fr-video-ou", "fr", ["access", "withdraw_consent"], ("Morgane Lebrun", "morgane.lebrun@gmail.com"),
  "Vidéo du webinaire",
  """Bonjour,

Je ne consens plus à la diffusion de la vidéo du webinaire dans laquelle j'interviens. Merci de la retirer, et de me dire à qui ou sur quelles plateformes elle a été partagée.

Morgane Lebrun"""),

R("multi-fr-cookies-profil", "fr", ["objection", "withdraw_consent"], ("Loïc Bernier", "loic.bernier@outlook.fr"),
  "Traceurs et publicité",
  """Bonjour,

Je retire mon consentement aux traceurs (Google Analytics) sur votre site et je m'oppose à l'utilisation de mes données pour du ciblage publicitaire sur Facebook.

Loïc Bernier"""),

R("multi-fr-sms-efface", "fr", ["erasure", "objection"], ("Jess", "jessica.leblanc36@gmail.com"),
  "stop",
  """stop les mails et les sms svp et effacez moi de votre fichier. merci"""),

R("multi-fr-acces-export-suppr", "fr", ["access", "erasure", "portability"], ("Mathieu Renaud", "mathieu.renaud@proton.me"),
  "Demande RGPD complète",
  """Bonjour,

Je souhaite :
- savoir quelles données vous conservez sur moi et pour quelle durée ;
- les récupérer dans un format structuré et lisible par machine ;
- qu'elles soient ensuite effacées de tous vos systèmes.

Pièce d'identité jointe.

Mathieu Renaud""", att=["CNI_Renaud.pdf"]),

R("multi-fr-parent-acces-suppr", "fr", ["access", "erasure"], ("Céline Roux", "celine.roux@wanadoo.fr"),
  "Mon fils Théo - stage ado",
  """Bonjour,

Je suis la maman de Théo (16 ans) qui a fait le stage ado de février. Pouvez-vous m'envoyer ce que vous avez sur lui et ensuite tout supprimer ? Il ne souhaite pas continuer.

Céline Roux""", shape="alt"),

R("multi-fr-correction-export", "fr", ["portability", "rectification"], ("Hugo Bertrand", "hugo.bertrand@gmail.com"),
  "export + correction",
  """Bonjour Sandra,

Mon nom est noté « Bertrant » dans la plateforme, merci de corriger en Bertrand. Et est-ce que tu pourrais m'exporter mes résultats de quiz et mes exercices en CSV ? Je veux les importer dans mon outil de suivi de formation.

Hugo"""),

R("multi-fr-sur-rappel-acces-obj", "fr", ["access", "objection"], ("Solène Rivière", "solene.riviere@gmail.com"),
  "Re: Rappel séance mardi",
  """Bonjour,

Je confirme ma présence mardi. En revanche, j'ai reçu un mail d'un autre organisme qui semblait connaître ma participation chez vous : pouvez-vous me dire avec qui vous partagez mes coordonnées ? Et je ne veux plus recevoir les relances marketing, seulement les rappels de séance.

Solène""", quote=dict(style="apple_fr", who=S, text=REMINDER_FR)),

# ---------------------------------------------------------------- MULTI-RIGHT (EN)
R("multi-en-copy-then-delete", "en", ["access", "erasure"], ("Olivia Grant", "olivia.grant@gmail.com"),
  "My data",
  """Hi Sandra,

Please send me a copy of all the personal data you hold on me, then delete it. I'd like confirmation of both.

Thanks,
Olivia"""),

R("multi-en-unsub-delete", "en", ["erasure", "objection"], ("Ben Walsh", "ben.walsh@yahoo.com"),
  "Re: The English-speaking circle is back",
  """Take me off this list and delete my details please.""", quote=dict(style="gmail_en", who=SP, text=NEWSLETTER_EN)),

R("multi-en-what-and-export", "en", ["access", "portability"], ("Anna Schmidt", "anna.schmidt@web.de"),
  "Access and export",
  """Hello,

I'd like to know what personal data you hold about me, and receive it as a machine-readable file (JSON/CSV) that I can take elsewhere.

Anna Schmidt""", shape="alt"),

R("multi-en-see-and-fix", "en", ["access", "rectification"], ("Chris Doyle", "chris.doyle@gmail.com"),
  "Checking my details",
  """Hi,

Can you send me what you have on me? I suspect the phone number is wrong - it should be +44 7700 900123, not ...321. Please correct it.

Chris""", shape="html"),

R("multi-en-testimonial-delete", "en", ["erasure", "withdraw_consent"], ("Natalie Evans", "natalie.evans@hotmail.com"),
  "Testimonial and account",
  """Hi Sandra,

I'm withdrawing my consent for my testimonial and photo to be used anywhere. Please also delete all my data and my account.

Natalie""", quote=dict(style="gmail_en", who=S, text="""Hi Natalie,

Thanks so much for your lovely words! With your permission I'll publish them with your photo on the programme page.

Sandra""")),

R("multi-en-update-no-marketing", "en", ["objection", "rectification"], ("Sam Patel", "sam.patel@outlook.com"),
  "Update and opt-out",
  """Hi,

My address has changed to 9 Mill Lane, Bath BA1 2QX (please replace the London one). Also, I'd rather not get any more promotional emails.

Sam""", reply_to="Sam Patel <sam.patel.home@gmail.com>"),

R("multi-en-optout-consent", "en", ["objection", "withdraw_consent"], ("Zoe Harper", "zoe.harper@gmail.com"),
  "Opting out",
  """Dear Sandra,

I withdraw the consent I gave for my workshop video to be used in your promotional material, and I object to receiving marketing emails from you.

Zoe Harper"""),

R("multi-en-freeze-copy", "en", ["access", "restriction"], ("Martin Blake", "martin.blake@gmail.com"),
  "Dispute - data",
  """Sandra,

Given our dispute over the cancelled retreat, I want a copy of everything you hold about me. Until this is resolved, don't use or delete any of it.

Martin Blake"""),

R("multi-en-three", "en", ["access", "erasure", "withdraw_consent"], ("Amy Turner", "amy.turner@icloud.com"),
  "GDPR request",
  """Hello,

Please (1) tell me what data you hold about me and who it has been shared with, (2) take down my testimonial, and (3) erase all my data afterwards.

Thank you,
Amy Turner"""),
]
