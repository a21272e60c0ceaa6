# -*- coding: utf-8 -*-
"""Message records for the b10 corpus (held-out evaluation set for DSR Desk).
Each record: key, lang, rights, frm, subj, body + optional shape/quote/attach/hdrs/...
Only the NEW text of a message decides its label (quoted history does not count)."""

ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}
RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "Floraison de Soi <contact@floraisondesoi.fr>"

def M(key, lang, rights, frm, subj, body, **kw):
    rec = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    rec.update(kw)
    RECORDS.append(rec)

A, R, E, L, P, O, W, PM = ("access", "rectification", "erasure", "restriction",
                           "portability", "objection", "withdraw_consent", "post_mortem")

# ===================== REQUESTS: ACCESS =====================
M("acc-fr-formal-lettre", "fr", [A], "Véronique Taillandier <v.taillandier@wanadoo.fr>",
  "Demande de communication de mes données personnelles",
  """Madame,

Ayant suivi un accompagnement individuel avec vous entre septembre 2023 et février 2024, je souhaiterais obtenir la communication de l'ensemble des informations me concernant que vous conservez : fiches de suivi, notes de séances, questionnaires remplis, ainsi que les échanges écrits.

Je vous remercie de bien vouloir me les adresser par courriel à la présente adresse. Vous trouverez ci-joint la copie de ma carte d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Véronique Taillandier
12 allée des Tilleuls
18000 Bourges""", attach=["CNI_Taillandier_recto_verso.pdf"])

M("acc-fr-tutoie-notes", "fr", [A], "Mélanie R. <melanie.rougier83@gmail.com>",
  "petite question",
  """Coucou Sandra,

j'espère que tu vas bien ! Je repense souvent à nos séances de l'an dernier... Est-ce que tu pourrais m'envoyer ce que tu as noté sur moi pendant le coaching ? Ça m'aiderait vraiment de relire ça maintenant que je reprends le boulot.

Merci d'avance, bises
Mél""")

M("acc-fr-source", "fr", [A], "Hervé Lamothe <herve.lamothe@free.fr>",
  "Où avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois depuis trois semaines vos mails au sujet de vos ateliers « Confiance en soi ». Je ne me souviens pas de m'être inscrit nulle part. Pouvez-vous me dire d'où vient mon adresse électronique et quelles autres informations vous avez sur moi ?

Cordialement,
H. Lamothe""")

M("acc-fr-destinataires", "fr", [A], "Claire Besnard <claire.besnard@laposte.net>",
  "Données transmises à des tiers ?",
  """Bonjour Madame Delomenie,

Lors de ma formation en ligne j'ai rempli un long questionnaire avec des éléments sur ma santé. J'aimerais savoir à qui ces informations ont été transmises (plateforme, assistante, comptable ?) et obtenir une copie de ce questionnaire tel que vous l'avez conservé.

Bien à vous,
Claire Besnard""")

M("acc-en-copy", "en", [A], "Rebecca Holt <rebecca.holt@outlook.com>",
  "Subject access request",
  """Hello Sandra,

I attended two of your online workshops last spring while I was living in Lyon. Under Article 15 GDPR I'd like a copy of the personal data you hold about me, including any notes, recordings of the Zoom sessions where I appear, and payment records.

Please send it to this address. Happy to verify my identity if needed.

Kind regards,
Rebecca Holt""")

M("acc-be-belgique", "fr", [A], "Nathalie Dewulf <nathalie.dewulf@skynet.be>",
  "Demande d'accès - atelier en ligne",
  """Bonjour Madame,

Je vous écris depuis Namur. J'ai participé à votre webinaire en visio au mois de mars. Je voudrais savoir quelles données vous détenez à mon sujet, s'il vous plaît, et si elles ont été partagées avec d'autres sociétés.

Je vous remercie déjà pour votre retour, et je vous souhaite une bonne fin de journée.

Nathalie Dewulf""", shape="alt")

M("acc-qc-courriel", "fr", [A], "Geneviève Tremblay <gen.tremblay@videotron.ca>",
  "Mes renseignements personnels",
  """Bonjour Sandra,

J'ai suivi ta formation en ligne sur Systeme.io l'automne passé, à partir de Québec. J'aimerais obtenir une copie des renseignements personnels que tu as à mon dossier (compte de formation, réponses aux exercices, paiements).

Merci beaucoup et bonne journée!
Geneviève""")

M("acc-fr-phone-short", "fr", [A], "Karim B. <karim.benali@sfr.fr>",
  "Dossier",
  """Bonjour, pouvez-vous m'envoyer une copie de mon dossier client svp. Merci

Envoyé de mon iPhone""")

M("acc-fr-qp-long", "fr", [A], "Françoise Marchadier <f.marchadier@orange.fr>",
  "Suite à notre accompagnement",
  """Bonjour Sandra,

Je me permets de revenir vers vous car je suis actuellement en procédure avec mon ancien employeur et mon avocate m'a conseillé de rassembler tous les écrits relatifs à la période de mon burn-out.

Vous m'aviez suivie pendant six mois en 2024 et je sais que vous preniez des notes pendant nos séances. Serait-il possible de m'en faire parvenir une copie, ainsi que les bilans intermédiaires que vous aviez rédigés ?

Je comprends tout à fait que cela demande un peu de temps.

Avec toute ma gratitude pour ce que vous avez fait pour moi,
Françoise""", shape="qp")

M("acc-en-what-hold", "en", [A], "Tom Whitfield <t.whitfield@btinternet.com>",
  "What info do you have on me?",
  """Hi,

Bit of an odd one - I got a Stripe receipt from Floraison de Soi in my inbox years ago, and now I'm getting your newsletter. Could you tell me exactly what personal information you have stored about me and where you got it?

Thanks,
Tom""")

M("acc-ch-suisse", "fr", [A], "Anne-Laure Berset <al.berset@bluewin.ch>",
  "Renseignement sur mes données",
  """Bonjour Madame Delomenie,

Domiciliée à Fribourg, j'ai participé au stage résidentiel d'août 2024. Je vous saurais gré de bien vouloir me communiquer les données me concernant que vous avez enregistrées, y compris les photos prises pendant le stage si vous les avez conservées.

Avec mes meilleures salutations,
Anne-Laure Berset""")

M("acc-fr-html-recipients", "fr", [A], "Sophie Garnier <sophie.garnier@hotmail.fr>",
  "Question sur mes données",
  """Bonjour,

Je viens de recevoir une publicité ciblée sur Facebook pour votre atelier alors que je n'ai parlé de mon projet qu'à vous. Avez-vous transmis mes coordonnées à Meta ou à un outil de publicité ? Je voudrais la liste de tous ceux à qui mes données ont été communiquées.

Merci de me répondre rapidement.
Sophie Garnier""", shape="html")

M("acc-en-reply-above-newsletter", "en", [A], "Julia Kowalski <julia.kowalski@gmail.com>",
  "Re: Les nouvelles de Floraison - Avril",
  """Hi Sandra, before anything else - can you send me a copy of everything you've got about me? I think my details are mixed up with an old address and I want to check what you have on file.
Julia""", quote=("gmail", C, """Les nouvelles de Floraison - Avril

Bonjour à toutes et à tous,
Le printemps est là et avec lui notre nouveau cycle d'ateliers...
Pour vous désinscrire, cliquez ici."""))

M("acc-fr-id-attached-outlook", "fr", [A], "Patrick Vayssade <patrick.vayssade@cegetel.net>",
  "RE: Votre demande",
  """Bonjour,

Comme demandé, voici ma pièce d'identité en pièce jointe. J'attends donc la copie de mes données (inscriptions aux ateliers, factures, notes éventuelles) dans le délai d'un mois.

Cordialement,
Patrick Vayssade""", attach=["passeport_vayssade.jpg"],
  quote=("outlook", S, """Bonjour Monsieur Vayssade,

J'ai bien reçu votre demande d'accès à vos données. Afin de la traiter, pourriez-vous me transmettre un justificatif d'identité ?

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", "Votre demande"), qto="Patrick Vayssade <patrick.vayssade@cegetel.net>")
# NEAR-LINE: follow-up that re-states the access request while sending ID -> access.

M("acc-fr-parent-mineur", "fr", [A], "Isabelle Morin <isabelle.morin.36@gmail.com>",
  "Données de ma fille (atelier ados)",
  """Bonjour Sandra,

Ma fille Lou, 15 ans, a participé à votre atelier « Gérer son stress avant le bac » en février. Elle a rempli une fiche avec des questions assez personnelles. En tant que mère, je souhaiterais recevoir une copie de ce qu'elle a rempli et savoir ce que vous conservez sur elle.

Merci,
Isabelle Morin""")
# NEAR-LINE: parent for a minor child = request (policy).

M("acc-en-lawyer", "en", [A], "Daniel Okafor <d.okafor@okafor-legal.co.uk>",
  "Data Subject Access Request - our client Ms Priya Nair",
  """Dear Ms Delomenie,

We act for Ms Priya Nair, who was your coaching client between January and June 2025. Please find attached her signed letter of authority.

On her behalf, we request a copy of all personal data you process about her, the purposes of processing, the recipients, the retention period and the source of any data not collected from her.

We look forward to your response within one month.

Yours sincerely,
Daniel Okafor
Solicitor, Okafor Legal LLP
This email and any attachments are confidential and may be legally privileged.""", attach=["Letter_of_Authority_PNair.pdf"], shape="alt")

# ===================== REQUESTS: ERASURE =====================
M("era-fr-formal", "fr", [E], "Bernard Chaumette <bernard.chaumette@orange.fr>",
  "Demande d'effacement",
  """Madame,

Par la présente, je vous demande de procéder à l'effacement de l'intégralité des données à caractère personnel me concernant, conformément à l'article 17 du RGPD, et de m'en confirmer la réalisation par écrit.

Veuillez agréer, Madame, mes salutations distinguées.

Bernard Chaumette""")

M("era-fr-familier", "fr", [E], "Lola <lola.petitjean@gmail.com>",
  "stp",
  """Salut Sandra,
tu peux tout effacer me concernant ? je préfère que rien ne reste, surtout les notes de nos séances. merci
Lola""")

M("era-fr-compte-et-donnees", "fr", [E], "Jérôme Faucher <jerome.faucher@gmx.fr>",
  "Suppression compte Systeme.io",
  """Bonjour,

Je ne suivrai plus la formation. Merci de supprimer mon compte sur la plateforme et toutes les données qui vont avec (exercices, progression, coordonnées).

Bonne continuation,
Jérôme""")

M("era-en-delete-all", "en", [E], "Sarah Mitchell <sarah.m.mitchell@yahoo.com>",
  "Please erase my information",
  """Hello Sandra,

I did the 8-week programme with you in 2023. I'm moving on and would like all of my personal data to be deleted from your records, including the Google Drive folder you shared with me and my session notes.

Please confirm once done.

Best,
Sarah""")

M("era-fr-sante", "fr", [E], "Agnès Poupard <agnes.poupard@sfr.fr>",
  "Mes informations de santé",
  """Bonjour Sandra,

Lors de notre premier rendez-vous je vous ai parlé de ma dépression et de mon traitement. Avec le recul, je ne suis pas à l'aise que ces informations restent quelque part. Pourriez-vous les détruire, ainsi que le questionnaire santé que j'avais rempli ?

Merci de votre compréhension.
Agnès""")
# NEAR-LINE: erasure limited to health data -> still erasure.

M("era-be", "fr", [E], "Marc Vandenbroucke <marc.vdb@telenet.be>",
  "Effacement de mes données",
  """Bonjour,

Ayant participé à une conférence en ligne l'an passé, je vous saurais gré de bien vouloir effacer toutes les données que vous avez à mon nom. Je vous remercie d'avance et vous souhaite une bonne journée.

Marc Vandenbroucke
Liège""")

M("era-en-terse", "en", [E], "j.novak@protonmail.com",
  "GDPR erasure",
  """Delete everything you hold on me. Art. 17. Confirm in writing.
J. Novak""")

M("era-fr-above-quoted-reminder", "fr", [E], "Corinne Lebas <corinne.lebas@laposte.net>",
  "Re: Rappel : votre séance de demain 10h",
  """Bonjour, je ne viendrai plus. Et je vous demande aussi d'effacer mon dossier, mes coordonnées et tout ce que vous avez noté pendant nos rendez-vous. Merci.
Corinne""", quote=("gmail", S, """Bonjour Corinne,

Petit rappel : notre séance est prévue demain à 10h au cabinet, 46 rue d'Estienne d'Orves.

À demain,
Sandra"""))
# NEAR-LINE: cancels a session (negative alone) but also asks erasure -> erasure.

M("era-qc", "fr", [E], "Mathieu Gagnon <mathieu.gagnon@sympatico.ca>",
  "Retrait de mon dossier",
  """Allô,

J'aimerais que vous détruisiez mon dossier au complet ainsi que mes renseignements personnels dans votre système. Je n'ai plus l'intention d'utiliser vos services.

Merci,
Mathieu Gagnon
Sherbrooke (Qc)""")

M("era-en-after-breakup", "en", [E], "Chloé Martin <chloe.martin.pro@icloud.com>",
  "Removing my details",
  """Hi Sandra,

Hope you're well. My situation has changed a lot and I'd really rather there was no record of my coaching sessions anywhere. Would you be able to remove all my details and notes from your files and Drive? No need to explain, I'm fine, I just want a clean slate.

Thank you for everything,
Chloé""", quote=None)

M("era-fr-html", "fr", [E], "Sylvie Arnaud <sylvie.arnaud@neuf.fr>",
  "Suppression de mes données personnelles",
  """Bonjour Madame,

J'ai acheté votre e-book il y a deux ans. Je souhaite que vous supprimiez définitivement mon nom, mon adresse mail et mon historique d'achat de vos fichiers.

Sincères salutations,
Sylvie Arnaud""", shape="html")

M("era-fr-oubli", "fr", [E], "Thierry Mounier <thierry.mounier@outlook.fr>",
  "Droit à l'oubli",
  """Bonjour,

J'invoque mon droit à l'oubli : je ne veux plus figurer nulle part chez Floraison de Soi. Merci de me faire un retour quand c'est fait.

T. Mounier""")

M("era-ch", "fr", [E], "Pascale Rochat <pascale.rochat@sunrise.ch>",
  "Effacement",
  """Bonjour Sandra,

Suite à l'atelier de Lausanne (en visio) je me rends compte que j'ai laissé beaucoup d'informations personnelles dans le formulaire d'inscription. Je vous prierais de bien vouloir tout effacer, formulaire compris.

Meilleures salutations,
Pascale Rochat""")

M("era-en-photo-id", "en", [E], "Michael Brennan <mbrennan@eircom.net>",
  "Erasure request - ID attached",
  """Dear Sandra,

Following up on my phone message: please delete all the data you hold on me (I was a client in 2022). I've attached a scan of my driving licence as your privacy policy says.

Regards,
Michael Brennan""", attach=["driving_licence_scan.pdf"])

M("era-fr-pere-mineur", "fr", [E], "Olivier Fabre <olivier.fabre@bbox.fr>",
  "Données de mon fils Hugo",
  """Bonjour Madame,

Mon fils Hugo (16 ans) a rempli chez vous un bilan d'orientation en avril. Nous avons décidé de ne pas poursuivre. Je vous demande, en tant que représentant légal, de supprimer l'ensemble des informations le concernant.

Cordialement,
Olivier Fabre""")
# ===================== REQUESTS: RECTIFICATION =====================
M("rec-fr-nom-mariage", "fr", [R], "Émilie Durand-Caillaud <emilie.caillaud@gmail.com>",
  "Changement de nom",
  """Bonjour Sandra,

Je me suis mariée cet été, pourriez-vous mettre à jour mon nom dans vos fichiers ? Je m'appelle désormais Émilie Caillaud (et non plus Durand). Mes factures futures doivent être à ce nom.

Merci beaucoup !
Émilie""")

M("rec-fr-orthographe", "fr", [R], "Maëlys Lefèvre <maelys.lefevre@free.fr>",
  "Erreur sur mon attestation",
  """Bonjour,

Mon prénom est mal orthographié sur l'attestation de formation et dans mon espace : c'est Maëlys avec un tréma, pas « Maelis ». Pouvez-vous corriger cela dans vos enregistrements ?

Merci,
Maëlys Lefèvre""", attach=["attestation_formation.pdf"])

M("rec-fr-nouvelle-adresse", "fr", [R], "Jean-Paul Rigaud <jp.rigaud@orange.fr>",
  "Nouvelle adresse postale",
  """Bonjour,

Nous avons déménagé. Merci de remplacer mon ancienne adresse (3 impasse des Lilas, Châteauroux) par la nouvelle :
17 rue Pierre Brossolette
36100 Issoudun

Cordialement,
Jean-Paul Rigaud""")

M("rec-en-phone", "en", [R], "Hannah Lewis <hannah.lewis@gmail.com>",
  "New mobile number",
  """Hi Sandra,

Quick one - I've changed my number. Please replace +33 6 12 44 87 90 with +33 7 68 21 05 33 in your records, and delete the old one.

Thanks!
Hannah""")
# NEAR-LINE: "delete the old one" + new value -> rectification only (policy).

M("rec-fr-note-erronee", "fr", [R], "Dominique Pelletier <dominique.pelletier@laposte.net>",
  "Une erreur dans le compte rendu",
  """Bonjour Sandra,

En relisant le compte rendu de notre dernière séance que vous m'avez envoyé, je vois qu'il est écrit que j'ai « quitté mon poste suite à un conflit ». C'est inexact : j'ai été licenciée pour motif économique. Je tiens à ce que ce soit corrigé dans votre fiche de suivi, car ce n'est pas du tout la même chose.

Merci,
Dominique""")

M("rec-fr-date-naissance", "fr", [R], "Yannick Boulanger <yannick.boulanger@sfr.fr>",
  "date de naissance fausse",
  """bonjour
sur le formulaire d'inscription j'ai tapé 1987 au lieu de 1978 pour mon année de naissance, pouvez vous rectifier svp
yannick""")

M("rec-en-email-change", "en", [R], "Oliver Grant <oliver.grant@fastmail.com>",
  "Update my email address",
  """Hello,

My old address oliver.grant@company-old.com no longer works since I left that job. Could you replace it with this one (oliver.grant@fastmail.com) everywhere - course account, invoices, the WhatsApp group list?

Cheers,
Oliver""")

M("rec-be-completer", "fr", [R], "Sabine Peeters <sabine.peeters@proximus.be>",
  "Compléter ma fiche",
  """Bonjour Madame Delomenie,

Je constate que sur ma facture il manque le nom de ma société, alors que je suis venue dans le cadre professionnel. Pourriez-vous compléter mes informations avec : SPRL Peeters Conseil, BE 0712.345.678 ? Je vous en remercie d'avance.

Sabine Peeters""")

M("rec-fr-outlook-reply", "fr", [R], "Laurent Cazenave <l.cazenave@bouyguestelecom.fr>",
  "RE: Confirmation d'inscription - Atelier du 14 juin",
  """Bonjour,

Petite correction : mon nom est Cazenave, pas Casenave, et mon numéro de portable est le 06 45 12 98 70 (pas le 06 45 12 89 70). Merci de rectifier pour la suite.

Laurent Cazenave""", quote=("outlook", C, """Bonjour Laurent Casenave,

Votre inscription à l'atelier « Oser dire non » du 14 juin est confirmée.
Nous vous contacterons au 06 45 12 89 70 en cas de changement.

L'équipe Floraison de Soi""", "Confirmation d'inscription - Atelier du 14 juin"), qto="Laurent Cazenave <l.cazenave@bouyguestelecom.fr>")

M("rec-qc", "fr", [R], "Marie-Ève Bouchard <marieeve.bouchard@hotmail.ca>",
  "Correction à mon dossier",
  """Bonjour,

Dans mon dossier, c'est écrit que je suis infirmière, mais je suis inhalothérapeute. Est-ce que ce serait possible de corriger ça? Ça change un peu le contexte de mon accompagnement.

Merci!
Marie-Ève""")

M("rec-en-pronouns", "en", [R], "Alex Moreau <alex.moreau@posteo.de>",
  "Name and title in your records",
  """Hi Sandra,

I've legally changed my first name. Could you update your records from "Alexandra Moreau, Mme" to "Alex Moreau", no title? That includes the Systeme.io account and the mailing list.

Thanks so much,
Alex""")

M("rec-fr-qp", "fr", [R], "Hélène Guérin <helene.guerin@orange.fr>",
  "Rectification d'une information me concernant",
  """Madame,

Dans le bilan que vous m'avez remis le 3 mars, il est indiqué que je souffre d'« anxiété généralisée ». Ce diagnostic n'a jamais été posé par un médecin : j'avais simplement évoqué des périodes de stress. Je vous demande de rectifier cette mention dans votre dossier.

Salutations,
Hélène Guérin""", shape="qp")

# ===================== REQUESTS: RESTRICTION =====================
M("res-fr-conteste-gel", "fr", [L], "Nadine Cordier <nadine.cordier@gmail.com>",
  "Ne rien faire de mon dossier pour l'instant",
  """Bonjour Sandra,

Je conteste certaines choses écrites dans mon bilan de fin d'accompagnement et je vais vous envoyer mes remarques. En attendant qu'on ait tiré ça au clair, je vous demande de ne pas utiliser ni transmettre ce bilan, à personne.

Merci,
Nadine""")

M("res-fr-garder-pas-supprimer", "fr", [L], "Philippe Arnoux <philippe.arnoux@wanadoo.fr>",
  "Conservation de mes échanges",
  """Bonjour Madame,

Je suis en litige avec mon ancien employeur et mes échanges avec vous pourraient servir. Surtout ne les supprimez pas, même si le délai de conservation arrive à terme, mais ne les utilisez plus pour quoi que ce soit d'autre. Merci de les mettre de côté.

Philippe Arnoux""")

M("res-en-freeze", "en", [L], "Emma Richardson <emma.richardson@gmail.com>",
  "Please put my data on hold",
  """Hi Sandra,

I've objected to some of what's in my file (see my email last week) and I'd like you to restrict processing of my data until we've sorted that out. Please don't delete anything, just don't use it.

Thanks,
Emma""")

M("res-fr-temoignage-en-attente", "fr", [L], "Christine Fayolle <christine.fayolle@free.fr>",
  "Mon profil sur la plateforme",
  """Bonjour,

J'ai l'impression que les informations affichées sur mon compte Systeme.io ne sont pas exactes (mauvaise formation indiquée, mauvais niveau). Tant que ce n'est pas vérifié, je préférerais que vous suspendiez tout traitement de ces données.

Cordialement,
Christine Fayolle""")

M("res-be", "fr", [L], "Luc Maes <luc.maes@scarlet.be>",
  "Limitation",
  """Bonjour Madame,

Je vous demande de limiter le traitement de mes données à leur simple conservation : ne plus les utiliser, ne plus les partager, mais ne pas les effacer non plus, car j'en aurai besoin pour faire valoir mes droits.

Je vous remercie de votre compréhension.
Luc Maes""")

M("res-fr-familier", "fr", [L], "Samia <samia.haddad@hotmail.fr>",
  "mes notes",
  """Coucou Sandra, tu peux garder mes notes de coaching mais ne t'en sers plus du tout stp, même pas pour tes stats ou tes exemples en formation, et surtout tu les effaces pas, j'en aurai peut-être besoin. merci ☺
Samia""")
# NEAR-LINE: "keep but don't use, don't delete" -> restriction only (policy), even though "stats" hints at objection.

M("res-en-accuracy", "en", [L], "Daniel Weiss <daniel.weiss@gmx.ch>",
  "Contesting accuracy",
  """Dear Ms Delomenie,

I dispute the accuracy of the progress assessment recorded for me in the leadership course. Pending your verification, please pause any processing of that assessment (including sharing it with my employer, who paid for the training).

Regards,
Daniel Weiss
Zürich""")

M("res-fr-html-assistante", "fr", [L], "Gaëlle Renaud <gaelle.renaud@yahoo.fr>",
  "Merci de bloquer mon dossier",
  """Bonjour Sandra,

Pouvez-vous geler mon dossier pour le moment ? Je ne veux pas qu'il soit consulté par votre assistante ni par qui que ce soit tant que je n'ai pas décidé de la suite. Ne l'effacez pas, je reviendrai peut-être.

Gaëlle""", shape="html")

M("res-qc", "fr", [L], "Sébastien Côté <seb.cote@videotron.ca>",
  "Mettre mon dossier sur pause",
  """Bonjour,

Je vous demanderais de mettre mon dossier sur la glace : ne pas l'utiliser ni le transmettre, mais le conserver pour l'instant. Je conteste l'exactitude de certaines notes et je veux d'abord régler ça.

Merci
Sébastien Côté""")

M("res-en-legal-claim", "en", [L], "Laura Bennett <laura.bennett@hotmail.co.uk>",
  "Retention - do not delete",
  """Hello Sandra,

I understand your retention period for my file ends soon. I need you to keep it beyond that date because I may need it for an insurance claim - but please don't use it for anything in the meantime.

Best,
Laura""")

# ===================== REQUESTS: PORTABILITY =====================
M("por-fr-transfert-coach", "fr", [P], "Aurélie Vidal <aurelie.vidal@gmail.com>",
  "Transfert de mon dossier",
  """Bonjour Sandra,

Je déménage à Bordeaux et vais poursuivre avec une autre coach, Mme Perrin (cabinet Équilibre, contact@cabinet-equilibre.fr). Pourriez-vous lui transmettre directement mes questionnaires et mes fiches de suivi dans un format qu'elle pourra reprendre ?

Merci pour tout,
Aurélie""")

M("por-en-csv", "en", [P], "Priya Sharma <priya.sharma@gmail.com>",
  "Export of my data",
  """Hi Sandra,

Could you send me my course progress, quiz answers and the journaling entries I submitted in a machine-readable format (CSV or JSON is fine)? I'd like to import them into my own notes app.

Thanks!
Priya""")

M("por-fr-formel", "fr", [P], "Gilles Morvan <gilles.morvan@orange.fr>",
  "Droit à la portabilité",
  """Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données que je vous ai fournies dans le cadre de mon accompagnement, dans un format structuré, couramment utilisé et lisible par machine.

Salutations distinguées,
Gilles Morvan""")

M("por-fr-drive", "fr", [P], "Léa Fontaine <lea.fontaine@protonmail.com>",
  "Récupérer mes fichiers",
  """Bonjour,

Le dossier Google Drive où on déposait mes exercices va être fermé. Est-ce que tu peux m'exporter tout ce que j'y ai déposé, plus mes réponses aux questionnaires, en fichiers que je peux rouvrir (Excel ou autre) ? Je veux pouvoir les réutiliser avec ma nouvelle thérapeute.

Léa""")

M("por-be", "fr", [P], "Catherine Lambert <catherine.lambert@skynet.be>",
  "Transmission de mes données à un autre organisme",
  """Bonjour Madame,

Je poursuis ma formation de coach auprès d'un autre organisme à Bruxelles. Pourriez-vous leur transmettre mon historique de formation et mes évaluations, dans un format exploitable ? Leur adresse : admissions@coaching-academy.be.

Je vous en remercie d'avance,
Catherine Lambert""")

M("por-en-another-provider", "en", [P], "James Carter <james.carter@icloud.com>",
  "Moving to another coach - data transfer",
  """Hello Sandra,

I've decided to continue my coaching with someone closer to home. Would you be able to send my intake forms and session worksheets straight to her (ruth@clearpathcoaching.co.uk) in a standard digital format?

Many thanks for everything,
James""")

M("por-ch-json", "fr", [P], "Nicolas Favre <nicolas.favre@netplus.ch>",
  "Export de mes données de formation",
  """Bonjour,

J'aimerais recevoir un export de mes données de la plateforme de formation (modules, résultats aux quiz, notes personnelles déposées) dans un format réutilisable, idéalement CSV.

Cordialement,
Nicolas Favre, Sion""")

M("por-fr-qp-stripe", "fr", [P], "Emmanuelle Roux <emmanuelle.roux@laposte.net>",
  "Fichier de mes données",
  """Bonjour Sandra,

Pour ma comptabilité d'auto-entrepreneuse et pour les garder de mon côté, j'aimerais avoir sous forme de fichier tableur (xlsx ou csv) toutes les informations que je vous ai données : coordonnées, séances suivies, paiements. Pas besoin de PDF, je veux pouvoir les importer.

Merci beaucoup,
Emmanuelle""", shape="qp")

M("por-qc", "fr", [P], "Jessica Pelletier <jessica.pelletier@gmail.com>",
  "Transférer mon dossier",
  """Salut Sandra,

Je change de coach pour une question d'horaire (décalage avec le Québec, c'est compliqué!). Est-ce que tu pourrais transférer mon dossier numérique à ma nouvelle coach dans un format qu'elle pourra ouvrir? Je te mets son courriel : info@coachingboreal.ca

Merci encore,
Jessica""")

M("por-en-terse", "en", [P], "Mark Evans <mark.evans@me.com>",
  "Art. 20",
  """Please provide my data in a portable, machine-readable format. Thanks. Mark Evans""")
# ===================== REQUESTS: OBJECTION =====================
M("obj-fr-desinscrire-newsletter", "fr", [O], "Monique Perrot <monique.perrot@orange.fr>",
  "Re: Les nouvelles de Floraison - Septembre",
  """Bonjour, merci de me retirer de votre liste de diffusion, je ne souhaite plus recevoir ces courriels. Bonne continuation.""",
  quote=("gmail", C, """Les nouvelles de Floraison - Septembre

La rentrée est là ! Découvrez nos nouveaux ateliers « Retrouver son énergie »...
Vous recevez ce mail car vous êtes inscrit(e) à la newsletter de Floraison de Soi."""))

M("obj-en-stop-marketing", "en", [O], "Peter Lang <peter.lang@gmail.com>",
  "Stop the promotional emails",
  """Hi,

Please stop sending me marketing emails about your workshops. I've told you twice already. I don't want any more promotions from you by email or SMS.

Peter""")

M("obj-fr-sms", "fr", [O], "Didier Baudry <didier.baudry@sfr.fr>",
  "SMS",
  """Bonjour,
je reçois vos SMS de promo pour les ateliers, merci de ne plus m'en envoyer.
D. Baudry""")

M("obj-fr-oppose-stats", "fr", [O], "Armelle Quéré <armelle.quere@gmail.com>",
  "Utilisation de mes réponses",
  """Bonjour Sandra,

J'ai appris que vous utilisez les réponses aux questionnaires de satisfaction pour vos statistiques et vos présentations. Je m'oppose à ce que les miennes soient utilisées à cette fin, y compris de façon agrégée. Je reste cliente par ailleurs.

Merci,
Armelle""")

M("obj-fr-ne-plus-contacter", "fr", [O], "Roland Cheminot <roland.cheminot@wanadoo.fr>",
  "Ne plus me contacter",
  """Madame,

Je vous demande de ne plus me contacter, ni par téléphone ni par courrier électronique, pour me proposer vos prestations. Ma situation personnelle ne me permet pas de suivre vos ateliers et ces relances répétées me sont pénibles.

R. Cheminot""")

M("obj-be-desabonner", "fr", [O], "Françoise Janssens <f.janssens@skynet.be>",
  "Désabonnement",
  """Bonjour,

Auriez-vous l'amabilité de me désabonner de votre lettre d'information ? Le lien en bas du courriel ne fonctionne pas chez moi.

Je vous remercie,
Françoise Janssens""")

M("obj-en-profiling", "en", [O], "Sophie Turner <sophie.turner@outlook.com>",
  "Targeted ads",
  """Hi Sandra,

I noticed I'm being shown your Facebook ads after visiting your site. I object to my data being used for advertising or audience targeting - please exclude me from any custom audiences you upload to Meta.

Thanks,
Sophie""")

M("obj-fr-html-unsub", "fr", [O], "Valérie Gomez <valerie.gomez@hotmail.fr>",
  "Désinscription",
  """Bonjour, je souhaite être désinscrite de toutes vos communications commerciales (newsletter, offres, invitations aux webinaires). Merci.""", shape="html")

M("obj-qc", "fr", [O], "Pierre-Luc Lavoie <pl.lavoie@outlook.com>",
  "Arrêter les infolettres",
  """Bonjour,

SVP me retirer de votre infolettre. Je l'avais reçue après le webinaire gratuit mais ça ne m'intéresse plus.

Merci et bonne journée
Pierre-Luc""")

M("obj-en-testimonials-stats", "en", [O], "Rachel Green <rachel.green.coach@gmail.com>",
  "Re: Quick survey - 2 minutes!",
  """Hi Sandra - please take me off the survey mailings and stop using my email for these follow-up campaigns. I don't want to be contacted for feedback any more.
R.""", quote=("apple", C, """Quick survey - 2 minutes!
Your opinion matters! Tell us about your experience with Floraison de Soi..."""))

M("obj-fr-whatsapp", "fr", [O], "Stéphanie Leroux <steph.leroux@gmail.com>",
  "Groupe WhatsApp",
  """Bonjour Sandra,

Je m'oppose à ce que mon numéro continue d'être utilisé pour les messages promotionnels envoyés sur le groupe WhatsApp des anciens stagiaires. Pour mon travail, je ne peux pas recevoir ce genre de messages. Merci de m'en retirer.

Stéphanie""")
# NEAR-LINE: removal from a promotional group list = objection to marketing use.

M("obj-ch", "fr", [O], "Jean-Marc Pittet <jm.pittet@bluewin.ch>",
  "Opposition au traitement",
  """Madame,

Je fais valoir mon droit d'opposition au traitement de mes données à des fins de prospection commerciale. Je ne souhaite plus recevoir aucune sollicitation de votre part.

Meilleures salutations,
Jean-Marc Pittet""")

M("obj-fr-prospect-salon", "fr", [O], "Nadia Belkacem <nadia.belkacem@free.fr>",
  "Vos mails",
  """Bonjour,

Je vous ai laissé ma carte au salon bien-être de Bourges mais je ne m'attendais pas à recevoir un mail par semaine. Merci de ne plus m'écrire pour vos offres.

Nadia""")

M("obj-en-phone-calls", "en", [O], "George Harris <g.harris@sky.com>",
  "Calls",
  """Sandra, please stop calling my mobile to follow up on the free discovery session. I'm not interested and don't want to be contacted again for sales purposes.
G. Harris""")

# ===================== REQUESTS: WITHDRAW CONSENT =====================
M("wc-fr-temoignage-site", "fr", [W], "Brigitte Lacombe <brigitte.lacombe@orange.fr>",
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Je vous avais donné mon accord pour publier mon témoignage avec ma photo sur votre site. Aujourd'hui, pour des raisons professionnelles, je préfère qu'il n'apparaisse plus. Pourriez-vous le retirer, ainsi que ma photo ?

Merci beaucoup, et encore bravo pour votre travail.
Brigitte""")

M("wc-en-video", "en", [W], "Natalie Price <natalie.price@gmail.com>",
  "The workshop video",
  """Hi Sandra,

I agreed to be in the promo video from the June retreat, but I've changed my mind. Please take down the clips where I appear (website, Instagram, YouTube) - I'm withdrawing my consent.

Sorry for the hassle,
Natalie""")

M("wc-fr-photos-facebook", "fr", [W], "Julie Marchand <julie.marchand@laposte.net>",
  "photos du stage",
  """Bonjour !
Je viens de voir les photos du stage d'été sur votre page Facebook. J'avais coché « oui » pour le droit à l'image mais finalement je ne suis plus d'accord, merci d'enlever celles où on me reconnaît.
Julie""")

M("wc-fr-donnees-sante", "fr", [W], "Annick Tessier <annick.tessier@gmail.com>",
  "Retrait de mon consentement",
  """Madame,

J'avais signé dans le contrat le consentement au recueil de données de santé. Je retire ce consentement à compter d'aujourd'hui : je ne souhaite plus que vous preniez note de quoi que ce soit concernant ma santé lors des prochaines séances.

Cordialement,
Annick Tessier""")
# NEAR-LINE: withdrawal of health-data consent for future sessions (not deletion) -> withdraw_consent.

M("wc-be-enregistrement", "fr", [W], "Martine Claes <martine.claes@hotmail.be>",
  "Enregistrement du cercle de parole",
  """Bonjour Sandra,

J'avais accepté que le cercle de parole de jeudi soit enregistré pour le replay. Après réflexion, je retire mon accord : pourriez-vous couper mon intervention ou ne pas diffuser le replay ? J'ai dit des choses très personnelles.

Merci de votre compréhension,
Martine""")

M("wc-en-cookies", "en", [W], "Lucas Fischer <lucas.fischer@web.de>",
  "Withdrawing consent",
  """Hello,

I accepted analytics cookies on your website but I'd like to withdraw that consent now. Also please remove my testimonial quote from your sales page ("Sandra helped me find my voice - L.F.").

Thanks,
Lucas Fischer""")

M("wc-fr-questionnaire-recherche", "fr", [W], "Céline Barbier <celine.barbier@yahoo.fr>",
  "Utilisation de mon questionnaire",
  """Bonjour,

J'avais donné mon accord pour que mon questionnaire soit utilisé (anonymisé) dans votre mémoire de certification. Je préfère finalement retirer cet accord.

Bonne journée,
Céline Barbier""")

M("wc-qc-temoignage", "fr", [W], "Karine Bergeron <karine.bergeron@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra!

Est-ce que tu pourrais retirer mon témoignage de ta page de vente? Je suis maintenant coach moi aussi et ça porte à confusion auprès de ma clientèle. Merci de ta compréhension 🙏

Karine""")

M("wc-fr-insta-apple", "fr", [W], "Anaïs Robin <anais.robin@icloud.com>",
  "Re: Merci pour ce beau week-end !",
  """Coucou Sandra, merci à toi ! Par contre je n'avais pas vu que tu allais mettre la photo de groupe sur Insta... Je ne souhaite pas y apparaître, peux-tu la retirer ou me flouter ? Désolée 😕""",
  quote=("apple", S, """Merci à toutes pour ce week-end lumineux ! Les photos sont en ligne sur Instagram et Facebook 🌸
Sandra"""))
# NEAR-LINE: she had accepted the droit à l'image at registration; asking removal of photo -> withdraw_consent.

M("wc-en-podcast", "en", [W], "Ben Adler <ben.adler@gmail.com>",
  "Podcast episode",
  """Hi Sandra,

I gave you permission to use the recording of our call in your podcast episode on career change. I'm withdrawing that permission - please don't publish it, or remove it if it's already out.

Best,
Ben""")

M("wc-fr-formel-image", "fr", [W], "Régine Pasquier <regine.pasquier@orange.fr>",
  "Droit à l'image - retrait",
  """Madame,

Je vous informe que je retire l'autorisation d'utilisation de mon image que je vous avais accordée lors de l'atelier du 12 avril. Je vous demande de retirer les photographies concernées de l'ensemble de vos supports.

Salutations,
Régine Pasquier""")

M("wc-ch-temoignage-systemeio", "fr", [W], "Sandrine Gay <sandrine.gay@gmail.com>",
  "Témoignage sur la plateforme",
  """Bonjour Sandra,

Mon témoignage écrit est toujours visible sur la page de la formation sur Systeme.io. Je ne suis plus d'accord qu'il y figure, merci de l'ôter.

Belle journée,
Sandrine (Genève)""")

# ===================== REQUESTS: POST MORTEM =====================
M("pm-fr-fille-deces-mere", "fr", [PM], "Caroline Mercier <caroline.mercier@gmail.com>",
  "Décès de ma mère, Josiane Mercier",
  """Bonjour Madame,

J'ai le regret de vous informer du décès de ma mère, Josiane Mercier, survenu le 2 février. Elle avait suivi plusieurs ateliers chez vous. En tant qu'héritière, je vous demande de supprimer ses données et de la retirer de votre liste d'envoi, les mails qui arrivent encore sur sa boîte sont douloureux à lire.

Vous trouverez ci-joint l'acte de décès.

Caroline Mercier""", attach=["acte_deces_J_Mercier.pdf"])

M("pm-fr-notaire", "fr", [PM], "Étude Maître Dufresne <office.dufresne@notaires.fr>",
  "Succession de M. Alain Rouvière",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Alain Rouvière, décédé le 14 octobre 2025 à Châteauroux. Nous vous saurions gré de bien vouloir nous indiquer si vous détenez des données ou documents le concernant et, le cas échéant, de nous en adresser copie.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Dufresne,
Claire Pinaud, clerc de notaire
Office notarial Dufresne — 5 place du Marché, 36000 Châteauroux
Ce message est confidentiel et destiné exclusivement à son destinataire.""", attach=["Attestation_notariale_Rouviere.pdf"])

M("pm-en-husband", "en", [PM], "David Clarke <david.clarke@gmail.com>",
  "My late wife, Helen Clarke",
  """Dear Sandra,

My wife Helen passed away in March. She spoke very warmly of your sessions. I'd be grateful if you could send me any notes or letters she wrote during the programme - it would mean a lot to our children. I can provide the death certificate.

With thanks,
David Clarke""")

M("pm-fr-directives", "fr", [PM], "Simone Audebert <simone.audebert@orange.fr>",
  "Mes directives pour après",
  """Bonjour Sandra,

Je suis gravement malade et je mets mes affaires en ordre. Je souhaite qu'après mon décès, toutes les notes de nos séances soient détruites et que rien ne soit communiqué à ma famille, y compris à mon fils. Pouvez-vous prendre acte de cette volonté ?

Avec toute mon affection,
Simone Audebert""")

M("pm-fr-fils-compte", "fr", [PM], "Thomas Giraud <thomas.giraud@hotmail.fr>",
  "Compte de mon père",
  """Bonjour,

Mon père, Michel Giraud, est décédé le mois dernier. Il avait un compte sur votre plateforme de formation et continue de recevoir des relances de paiement. Pouvez-vous fermer son compte et effacer ses informations ?

Merci
Thomas Giraud""")

M("pm-en-daughter-testimonial", "en", [PM], "Laura Jennings <laura.jennings@hotmail.com>",
  "Mum's testimonial on your website",
  """Hello,

My mother, Margaret Jennings, died last autumn. Her testimonial and photo are still on your website. The family would prefer that they be taken down. Could you let me know when that's done?

Kind regards,
Laura Jennings""")
# NEAR-LINE: removal of a testimonial by an heir -> post_mortem only, not withdraw_consent.

M("pm-be-soeur", "fr", [PM], "Anne Dubois <anne.dubois@skynet.be>",
  "Ma sœur Christine Dubois",
  """Bonjour Madame,

Ma sœur Christine est décédée le 8 janvier. Je m'occupe de ses affaires. Elle avait mentionné qu'elle avait écrit des textes lors de votre stage d'écriture thérapeutique ; si vous les avez gardés, la famille aimerait beaucoup les récupérer.

Avec mes remerciements,
Anne Dubois, Charleroi""")

M("pm-fr-veuf-newsletter", "fr", [PM], "René Chabert <rene.chabert@wanadoo.fr>",
  "Désinscription de mon épouse décédée",
  """Madame,

Mon épouse, Danielle Chabert, nous a quittés en juin. Je vous serais reconnaissant de la désinscrire de votre lettre d'information et de supprimer son adresse, qui est aussi la boîte que je consulte.

René Chabert""")
# NEAR-LINE: unsubscribe asked by widower after death -> post_mortem only (policy: whatever they ask).

M("pm-en-own-instructions", "en", [PM], "Irene Walsh <irene.walsh@gmail.com>",
  "Instructions regarding my records",
  """Dear Sandra,

I'm updating my will and my digital legacy instructions. When I die, I'd like my daughter, Fiona Walsh (fiona.walsh@gmail.com), to be allowed to receive a copy of my coaching journal and session notes. Everything else can be deleted. Please keep this email on file.

Warm regards,
Irene""")

M("pm-qc-neveu", "fr", [PM], "Francis Ouellet <francis.ouellet@videotron.ca>",
  "Décès de ma tante",
  """Bonjour,

Ma tante Lise Ouellet est décédée il y a trois semaines. Je suis l'exécuteur testamentaire. Elle avait un abonnement à votre formation en ligne; pourriez-vous supprimer ses renseignements et cesser les prélèvements?

Francis Ouellet""", attach=["certificat_deces_L_Ouellet.pdf"])

M("pm-fr-html-fille-photos", "fr", [PM], "Élodie Fabre <elodie.fabre@gmail.com>",
  "Photos de ma maman",
  """Bonjour Sandra,

Maman (Jacqueline Fabre) est partie le 12 mai. Sur votre page il y a encore des photos d'elle lors de l'atelier jardin. Est-ce qu'on pourrait avoir les originaux ? Et ensuite, on aimerait que vous les retiriez.

Élodie""", shape="html")

M("pm-fr-directives-formelles", "fr", [PM], "Gérard Lemoine <gerard.lemoine@laposte.net>",
  "Directives particulières relatives à mes données",
  """Madame,

Conformément à l'article 85 de la loi Informatique et Libertés, je vous adresse mes directives particulières : à mon décès, je demande que l'ensemble des données me concernant soit effacé sans délai et qu'aucune ne soit communiquée à mes héritiers. Je désigne mon ami M. Paul Renard pour veiller à leur exécution.

Gérard Lemoine""", attach=["directives_post_mortem_Lemoine.pdf"])

M("pm-en-son-access", "en", [PM], "Chris Porter <chris.porter@outlook.com>",
  "Re: My father Richard Porter",
  """Thanks for your condolences. As his executor I'd also like to know what data you still hold about Dad and whether anything was shared with third parties. The probate document is attached.
Chris""", attach=["grant_of_probate_RPorter.pdf"], quote=("gmail", S, """Dear Chris,

I am so sorry to hear about your father. Richard was a generous and curious participant.
Please let me know how I can help.

Sandra"""))
# ===================== REQUESTS: MULTI-RIGHT =====================
M("multi-fr-acces-rectif", "fr", [A, R], "Josette Rivière <josette.riviere@orange.fr>",
  "Mon dossier",
  """Bonjour Madame Delomenie,

Je voudrais savoir ce que vous avez exactement dans mon dossier. Je crois aussi que l'adresse que vous avez est l'ancienne : c'est désormais 9 chemin des Vignes, 36100 Saint-Georges-sur-Arnon. Merci de corriger et de m'envoyer une copie de ce que vous conservez.

Bien cordialement,
Josette Rivière""")

M("multi-en-copy-then-delete", "en", [A, E], "Anna Lindqvist <anna.lindqvist@gmail.com>",
  "My data - copy and deletion",
  """Hi Sandra,

Two things, if you don't mind: first, please send me a copy of all the information you hold about me (forms, notes, emails). Once I've received it, please delete everything.

Thank you,
Anna""")

M("multi-fr-desinscription-suppression", "fr", [E, O], "Fabienne Collet <fabienne.collet@free.fr>",
  "Désinscription et suppression",
  """Bonjour,

Merci de me désinscrire de la newsletter ET de supprimer toutes mes données de votre fichier clients. Je ne souhaite plus avoir de lien avec Floraison de Soi.

F. Collet""")

M("multi-fr-temoignage-et-tout", "fr", [E, W], "Marion Lebrun <marion.lebrun@gmail.com>",
  "Tout retirer",
  """Bonjour Sandra,

Je souhaite que mon témoignage vidéo soit retiré de votre site et de votre chaîne, et plus largement que vous effaciez toutes les données que vous avez sur moi. J'ai besoin de tourner la page.

Merci,
Marion""")

M("multi-en-access-portability", "en", [A, P], "Kevin O'Brien <kevin.obrien@gmail.com>",
  "Data request",
  """Hi,

I'd like to know what personal data you hold about me, and I'd also like an export of my course data (progress, assignments) in CSV so I can move it to another platform.

Thanks,
Kevin""")

M("multi-fr-email-et-newsletter", "fr", [R, O], "Pauline Hamon <pauline.hamon@outlook.fr>",
  "changement d'adresse mail",
  """Bonjour Sandra,
Mon adresse pauline.hamon@wanadoo.fr va fermer, merci d'utiliser désormais pauline.hamon@outlook.fr pour les factures et les rendez-vous. Par contre je ne veux plus de la newsletter, ni sur l'ancienne ni sur la nouvelle !
Merci 😊
Pauline""")

M("multi-be-acces-opposition", "fr", [A, O], "Guy Lemaire <guy.lemaire@telenet.be>",
  "Vos courriels publicitaires",
  """Bonjour Madame,

Je reçois vos courriels publicitaires alors que je ne suis jamais venu à vos ateliers. Je vous prie de cesser ces envois et de me faire savoir quelles données vous possédez à mon sujet et comment vous les avez obtenues.

Je vous remercie.
Guy Lemaire, Mons""")

M("multi-en-video-wipe", "en", [E, W], "Olivia Brooks <olivia.brooks@icloud.com>",
  "Video + my data",
  """Hi Sandra,

Please take down the testimonial video I recorded last year, and wipe all my personal data from your systems. I'm withdrawing consent for both.

Olivia""")
# NEAR-LINE: "withdrawing consent for both" - video consent (withdraw_consent) + all data deletion (erasure).

M("multi-fr-lettre-trois", "fr", [A, E, O], "Marcel Dupuis <marcel.dupuis@laposte.net>",
  "Exercice de mes droits - RGPD",
  """Madame,

Je vous prie de bien vouloir :
1) me communiquer l'ensemble des données personnelles me concernant que vous détenez ;
2) cesser toute utilisation de mes coordonnées à des fins de prospection ;
3) procéder ensuite à l'effacement de ces données.

Je joins la copie de ma carte d'identité.

Marcel Dupuis""", attach=["CNI_Dupuis.jpg"])

M("multi-fr-export-puis-supprimer", "fr", [E, P], "Inès Carpentier <ines.carpentier@gmail.com>",
  "Export puis suppression",
  """Bonjour,

J'arrête la formation. Avant de supprimer mon compte et mes données, pouvez-vous m'exporter mes exercices et journaux de bord dans un format que je peux réimporter ailleurs (csv, docx) ? Ensuite vous pouvez tout effacer.

Inès""")

M("multi-fr-newsletter-temoignage", "fr", [O, W], "Delphine Moreau <delphine.moreau@sfr.fr>",
  "Deux demandes",
  """Bonjour Sandra,

1. Merci de retirer mon témoignage (celui signé « Delphine M., Vierzon ») de votre page d'accueil.
2. Merci aussi de ne plus m'envoyer la newsletter.

Je garde un très bon souvenir de nos séances !
Delphine""")

M("multi-qc-acces-rectif", "fr", [A, R], "Isabelle Fortin <isabelle.fortin@gmail.com>",
  "Mon dossier client",
  """Bonjour Sandra,

Pourrais-tu m'envoyer une copie de mon dossier? Je pense qu'il y a une erreur dans ma date de naissance (c'est le 14 juillet 1982, pas le 14 juin). Merci de la corriger en même temps.

Bonne journée!
Isabelle""")

M("multi-en-fix-and-delete-health", "en", [R, E], "Martin Schulz <martin.schulz@t-online.de>",
  "Corrections",
  """Hello Sandra,

Please correct the company name on my invoices - it's "Schulz Consulting GmbH", not "Schultz". And please delete the health questionnaire I filled in at the start; I don't want that kept.

Best regards,
Martin Schulz""")

M("multi-fr-copie-et-gel", "fr", [A, L], "Valentin Roche <valentin.roche@gmail.com>",
  "Ma fiche de suivi",
  """Bonjour,

Je souhaite recevoir une copie intégrale de ma fiche de suivi. En attendant que je l'aie relue et que je vous dise ce qui est inexact, je vous demande de ne pas l'utiliser ni la communiquer à qui que ce soit (ne l'effacez pas).

Valentin Roche""")

M("multi-en-photo-newsletter", "en", [O, W], "Grace Kim <grace.kim@gmail.com>",
  "Photo and emails",
  """Hi Sandra!

Would you mind removing the photo of me from the retreat gallery on your site? I said yes at the time but I'd rather not now. And could you unsubscribe me from the mailing list too?

Thanks, Grace""")

M("multi-ch-acces-portab", "fr", [A, P], "Florence Rey <florence.rey@bluewin.ch>",
  "Mes données",
  """Bonjour Madame,

Pourriez-vous m'indiquer quelles données vous conservez me concernant et me les transmettre dans un format électronique réutilisable (tableur) afin que je puisse les confier à mon nouveau coach ?

Avec mes remerciements,
Florence Rey, Neuchâtel""")

M("multi-en-unsub-delete", "en", [E, O], "Ryan Cooper <ryan.cooper@yahoo.co.uk>",
  "Unsubscribe and delete",
  """Please remove me from your mailing list and delete my details from your database. Thanks.""")

M("multi-fr-acces-retrait-photos", "fr", [A, W], "Laetitia Blanc <laetitia.blanc@orange.fr>",
  "Photos et données",
  """Bonjour,

Je retire mon autorisation de diffusion des photos prises au stage de Pâques. Pourriez-vous également me dire quelles autres informations vous gardez sur moi (formulaires, mails, données de paiement) ?

Merci,
Laetitia Blanc""")

M("multi-fr-avocat-mandat", "fr", [A, E], "Maître Sophie Lagarde <s.lagarde@avocats-lagarde.fr>",
  "Mme Carole Bonnin - exercice des droits RGPD",
  """Madame,

Je suis le conseil de Madame Carole Bonnin, dont vous trouverez le mandat en pièce jointe.

Ma cliente entend obtenir communication de l'intégralité des données la concernant, notamment les notes prises lors des séances d'accompagnement de 2024, puis leur effacement dès cette communication effectuée.

Je vous remercie de m'adresser ces éléments à l'adresse du cabinet.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Sophie Lagarde
Avocate au Barreau de Bourges""", attach=["mandat_Bonnin.pdf"], shape="alt")

M("multi-fr-qp-acces-portab", "fr", [A, P], "Rémi Besson <remi.besson@free.fr>",
  "Récupération de mes données",
  """Bonjour Sandra,

Je souhaite savoir quelles données vous avez sur moi, et récupérer les données de mon compte de formation (progression, quiz, devoirs rendus) dans un fichier exploitable pour les transférer vers mon nouvel organisme.

Merci d'avance,
Rémi""", shape="qp")

M("multi-en-access-rectif", "en", [A, R], "Fiona MacLeod <fiona.macleod@gmail.com>",
  "Checking my records",
  """Dear Sandra,

Could you send me a copy of what you have on file for me? I also noticed my surname is spelt "McLeod" on my receipts - it should be MacLeod. Please fix that.

Many thanks,
Fiona""")

M("multi-fr-trois-unsub-temoignage-effacer", "fr", [E, O, W], "Nicole Guillot <nicole.guillot@wanadoo.fr>",
  "Fin de toute relation",
  """Madame,

Je vous demande :
- de retirer mon témoignage et ma photo de votre site internet et de vos réseaux ;
- de ne plus m'adresser votre lettre d'information ;
- d'effacer l'ensemble de mes données personnelles.

Nicole Guillot""")

M("multi-en-access-objection", "en", [A, O], "Hugo Bernard <hugo.bernard@gmail.com>",
  "Your ads and my data",
  """Hi,

I'd like to know what data of mine was uploaded to Facebook for your ads. And please stop using my information for advertising or targeting of any kind.

Hugo""")

M("multi-en-restrict-access", "en", [A, L], "Sophia Rossi <sophia.rossi@libero.it>",
  "Session recordings",
  """Hi Sandra,

I'd like a copy of the recordings of my two online sessions. Until I've listened to them, please don't use them for anything and don't delete them.

Grazie,
Sophia""")

M("multi-fr-rectif-restriction", "fr", [R, L], "Bruno Lecomte <bruno.lecomte@orange.fr>",
  "Erreurs dans mon dossier",
  """Bonjour,

Mon numéro de téléphone est faux dans vos fichiers, le bon est le 06 22 81 47 09. Par ailleurs je conteste le compte rendu de la séance du 10 mars ; en attendant qu'on en discute, merci de ne pas l'utiliser ni le transmettre.

Bruno Lecomte""")
# NEAR-LINE: phone fix with new value (rectification) + contest-and-pause of a report (restriction).

# a few extra single requests
M("acc-fr-apple-reply", "fr", [A], "Marie-Claude Petit <mc.petit@icloud.com>",
  "Re: Votre facture Floraison de Soi",
  """Merci Sandra. Au passage, pourriez-vous me dire quelles informations sur moi vous avez transmises à votre comptable et à Stripe ?

Marie-Claude""", quote=("apple", S, """Bonjour Marie-Claude,
Vous trouverez ci-joint votre facture pour l'accompagnement de mars.
Belle journée,
Sandra"""))

M("era-fr-whatsapp-group", "fr", [E], "Coralie Masson <coralie.masson@gmail.com>",
  "Effacer mes données",
  """Bonjour Sandra,

Serait-il possible d'effacer mon nom, mon numéro et mes messages de vos fichiers, y compris des exports du groupe WhatsApp de la formation que vous conservez ? Je ne suis plus concernée.

Merci
Coralie""")

M("rec-fr-b64", "fr", [R], "Antoine Leclerc <antoine.leclerc@gmail.com>",
  "Correction de mes coordonnées",
  """Bonjour,

Je m'aperçois que mon adresse sur la facture de janvier est erronée : il s'agit du 24 bis rue Gambetta à Vierzon et non du 24. Merci de mettre à jour ma fiche client.

Antoine Leclerc""", shape="b64")

M("obj-en-reply-above-promo", "en", [O], "Helen Baxter <helen.baxter@gmail.com>",
  "Re: Last chance: 20% off the Spring retreat",
  """No more of these please. Take me off your promotional list.
H""", quote=("gmail", C, """Last chance: 20% off the Spring retreat
Only 3 places left! Book now..."""))

M("pm-fr-fils-acces", "fr", [PM], "Benoît Lafarge <benoit.lafarge@gmail.com>",
  "Données de ma mère décédée",
  """Madame,

Ma mère, Yvette Lafarge, est décédée le 30 novembre. En ma qualité d'héritier, je souhaiterais savoir si vous conservez des écrits ou des enregistrements la concernant et, le cas échéant, en obtenir une copie.

Veuillez trouver ci-joint le certificat d'hérédité.

Benoît Lafarge""", attach=["certificat_heredite.pdf"])

M("res-fr-ne-pas-effacer-compte", "fr", [L], "Sonia Marchetti <sonia.marchetti@free.fr>",
  "Compte inactif",
  """Bonjour,

J'ai reçu un mail automatique disant que mon compte de formation sera supprimé pour inactivité. Je conteste cette suppression : je suis en arrêt maladie et je reprendrai plus tard. Pouvez-vous garder mes données telles quelles sans les supprimer, et sans rien m'envoyer en attendant ?

Sonia""")
# NEAR-LINE: "don't delete, keep frozen" -> restriction.

M("por-fr-familier", "fr", [P], "Thibault <thibault.rey@gmail.com>",
  "export",
  """Hello Sandra, tu peux m'exporter mes données de la plateforme (mes réponses, mes notes) en csv ? je passe tout sur Notion. merci !""")

M("wc-fr-b64", "fr", [W], "Mireille Ferrand <mireille.ferrand@orange.fr>",
  "Ma voix dans le replay",
  """Bonjour Sandra,

J'avais accepté d'être enregistrée pendant le webinaire de mardi. Finalement, je retire mon consentement : merci de supprimer mon passage du replay avant de le partager aux inscrits.

Mireille""", shape="b64")
# ===================== NEGATIVES: AUTOMATIC MAIL =====================
M("neg-stripe-payout", "fr", [], "Stripe <notifications@stripe.com>",
  "Votre virement de 412,00 € est en route",
  """Bonjour Floraison de Soi,

Un virement de 412,00 € a été initié vers votre compte bancaire se terminant par 4821. Il devrait arriver sous 2 jours ouvrés.

Consultez le détail de vos données de paiement et exportez vos transactions depuis votre Dashboard.

L'équipe Stripe
Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Dublin 2, Irlande""", shape="alt",
  hdrs={"Auto-Submitted": "auto-generated"})

M("neg-stripe-dispute", "en", [], "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a payment of €180.00 made to Floraison de Soi.

Reason: product not received
Customer email: m.dubreuil@gmail.com

You can submit evidence, such as a copy of your terms of service or a record of access to your course, until 14 May.

View dispute in Dashboard.""", shape="html", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-systemeio-nouvelle-vente", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Formation « S'affirmer en douceur »",
  """Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Formation « S'affirmer en douceur » — 197,00 €
Client : claire.dumas@gmail.com

Le contact a été ajouté automatiquement à votre liste « Clients formation ». Vous pouvez modifier ou supprimer ce contact depuis l'onglet Contacts.

L'équipe Systeme.io""", shape="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-systemeio-desinscrit", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désinscrit",
  """Bonjour Sandra,

Le contact jacqueline.morel@orange.fr s'est désinscrit de votre campagne « Newsletter mensuelle ». Il ne recevra plus vos e-mails marketing.

Gérer vos contacts : https://systeme.io/dashboard/contacts

— Systeme.io""", hdrs={"Auto-Submitted": "auto-generated"})
# NEAR-LINE: the unsubscribe was already done by the platform; notification to her, not a request.

M("neg-systemeio-suppression-compte", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Demande de suppression de données reçue",
  """Bonjour,

Un de vos contacts a utilisé le lien de gestion des données de votre page de formation. Conformément à votre paramétrage, ses données ont été supprimées automatiquement de votre compte Systeme.io.

Contact : t.lemaitre@free.fr
Date : 04/06/2025 22:41

Ce message est automatique, merci de ne pas y répondre.""", hdrs={"Auto-Submitted": "auto-generated"})
# NEAR-LINE: platform notification about a deletion already performed; not a request to her.

M("neg-systemeio-maj-cgv", "fr", [], "Systeme.io <newsletter@systeme.io>",
  "Mise à jour de nos Conditions générales et de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour nos Conditions générales d'utilisation ainsi que notre accord de traitement des données (DPA) au titre du RGPD, à compter du 1er mars 2026. Les principaux changements portent sur la liste de nos sous-traitants ultérieurs et les transferts hors UE.

Aucune action n'est requise de votre part. Si vous continuez à utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions. Vous pouvez consulter et télécharger une copie du DPA dans vos paramètres.

L'équipe Systeme.io""", shape="alt",
  hdrs={"List-Unsubscribe": "<https://systeme.io/unsubscribe?u=8812ab>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("neg-google-drive-share", "fr", [], "Véronique Taillandier (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : « Mes objectifs 2025 »",
  """Véronique Taillandier a partagé un document avec vous.

« Mes objectifs 2025 »
Voici ma fiche d'objectifs pour la séance de jeudi, tu peux la modifier directement.

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Véronique Taillandier a partagé un document avec vous depuis Google Drive.""", shape="html", reply_to="Véronique Taillandier <v.taillandier@wanadoo.fr>")

M("neg-google-security", "en", [], "Google <no-reply@accounts.google.com>",
  "Security alert",
  """New sign-in to your account

floraisondesoi.admin@gmail.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity

You can also see security activity at https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.""", shape="alt")

M("neg-google-storage", "fr", [], "Google One <googleone-noreply@google.com>",
  "Votre espace de stockage est presque saturé",
  """Vous avez utilisé 93 % de vos 15 Go d'espace de stockage.

Lorsque votre espace sera saturé, vous ne pourrez plus importer de fichiers dans Drive ni envoyer ou recevoir des e-mails dans Gmail. Libérez de l'espace en supprimant les fichiers inutiles ou passez à Google One.

Gérer l'espace de stockage""", shape="html", hdrs={"List-Unsubscribe": "<mailto:unsubscribe-g1@google.com>", "Precedence": "bulk"})

M("neg-zoom-recording", "en", [], "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Cercle de parole mensuel is now available",
  """Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Cercle de parole mensuel
Date: Jan 16, 2026 07:00 PM Paris

Recordings are retained for 30 days and will then be deleted automatically. To keep a copy, download it before the deletion date. Share with viewers:
https://us06web.zoom.us/rec/share/xYz-abc

Thank you for choosing Zoom.""", shape="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-zoom-registration", "fr", [], "Zoom <no-reply@zoom.us>",
  "Nouvelle inscription : Webinaire « Sortir de l'épuisement »",
  """Bonjour Sandra,

Un nouveau participant s'est inscrit à votre webinaire.

Nom : Hélène Vasseur
E-mail : helene.vasseur@gmail.com
Question personnalisée « Qu'attendez-vous de ce webinaire ? » : Des outils concrets, je suis à bout.

Gérer les inscriptions""", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-calendly-new", "fr", [], "Calendly <notifications@calendly.com>",
  "Nouvel événement : Séance découverte (30 min) - Julien Meunier",
  """Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte (30 min)
Invité : Julien Meunier
E-mail : julien.meunier@gmail.com
Date/Heure : 10:00 - mardi 18 novembre 2025 (heure d'Europe centrale)
Réponses : « J'aimerais faire le point sur ma reconversion. »

Voir l'événement dans Calendly""", shape="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-calendly-canceled", "en", [], "Calendly <notifications@calendly.com>",
  "Canceled: Coaching session (60 min) with Emily Ford",
  """Hi Sandra,

The event below has been canceled.

Event Type: Coaching session (60 min)
Invitee: Emily Ford
Invitee Email: emily.ford@gmail.com
Cancellation reason: "Please delete this slot, I'm travelling that week. I'll rebook."

View canceled event""", shape="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-banque-releve", "fr", [], "Crédit Agricole Centre Ouest <noreply@ca-centreouest.fr>",
  "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois de septembre est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition aux données vous concernant, que vous pouvez exercer auprès de notre Délégué à la Protection des Données.

Crédit Agricole Centre Ouest""", shape="html")

M("neg-banque-virement", "fr", [], "Qonto <no-reply@qonto.com>",
  "Virement reçu : 90,00 € de M. LOISEAU",
  """Bonjour Sandra,

Vous avez reçu un virement de 90,00 € de M. LOISEAU PHILIPPE.
Libellé : SEANCE 12/02 LOISEAU

Justificatif : pensez à ajouter une copie de la facture correspondante dans votre compte.

L'équipe Qonto""", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-paypal-recu", "en", [], "PayPal <service@paypal.fr>",
  "You've received a payment",
  """Hello Sandra Delomenie,

You received €45.00 EUR from Katherine Doyle.
Note from Katherine: "Workshop 'Slow down' - 5 April. Please send me the replay link, thanks!"

Transaction ID: 7GH12345AB678901C""", shape="html")

M("neg-newsletter-coach-pro", "fr", [], "Les Coachs Associés <newsletter@lescoachsassocies.fr>",
  "RGPD et coaching : 5 erreurs à éviter en 2026",
  """Bonjour Sandra,

Cette semaine dans notre lettre : comment gérer les demandes d'accès ou d'effacement de vos clients, combien de temps conserver vos notes de séance, et faut-il un consentement pour les données de santé ?

Lire l'article complet sur notre blog.

Vous recevez ce message car vous êtes abonnée à la lettre des Coachs Associés. Se désinscrire | Modifier mes préférences""", shape="html",
  hdrs={"List-Unsubscribe": "<https://lescoachsassocies.fr/desinscription?id=4451>, <mailto:desinscription@lescoachsassocies.fr>", "List-Id": "<lettre.lescoachsassocies.fr>", "Precedence": "bulk"})

M("neg-newsletter-canva", "en", [], "Canva <marketing@engage.canva.com>",
  "New templates for coaches and therapists",
  """Fresh templates just dropped 🎨

Workbooks, session worksheets and social posts made for coaches. Copy, customise and download in seconds.

Don't want these emails? Unsubscribe or update your email preferences. Canva Pty Ltd, Sydney, Australia.""", shape="html",
  hdrs={"List-Unsubscribe": "<https://www.canva.com/unsubscribe?x=ab12>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("neg-newsletter-urssaf", "fr", [], "Urssaf <ne-pas-repondre@info.urssaf.fr>",
  "Auto-entrepreneurs : déclarez votre chiffre d'affaires avant le 31 octobre",
  """Madame,

Nous vous rappelons que votre déclaration de chiffre d'affaires du 3e trimestre doit être effectuée avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Pour modifier vos informations personnelles (adresse, coordonnées bancaires), rendez-vous dans votre espace.

Pour ne plus recevoir nos lettres d'information, cliquez ici.""", shape="html",
  hdrs={"List-Unsubscribe": "<https://info.urssaf.fr/unsub?c=77>", "Precedence": "bulk"})

M("neg-newsletter-ovh", "fr", [], "OVHcloud <noreply@ovh.com>",
  "Votre nom de domaine floraisondesoi.fr expire dans 30 jours",
  """Bonjour,

Le nom de domaine floraisondesoi.fr expire le 12/04/2026. Sans renouvellement, votre site et vos adresses e-mail associées (contact@floraisondesoi.fr) seront suspendus et les données associées supprimées.

Renouveler maintenant depuis votre espace client.

OVHcloud""", shape="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("neg-autoreply-client-fr", "fr", [], "Catherine Vial <catherine.vial@ac-orleans-tours.fr>",
  "Réponse automatique : Votre inscription à l'atelier du 6 décembre",
  """Bonjour,

Je suis absente du 20 au 31 octobre inclus, sans accès à ma messagerie. Vos messages ne seront pas transférés. Pour toute urgence, merci de contacter le secrétariat au 02 54 21 00 00.

Cordialement,
Catherine Vial""", hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, irt=True)

M("neg-autoreply-en", "en", [], "Mark Thompson <mark.thompson@thompson-partners.co.uk>",
  "Automatic reply: Your data request - Floraison de Soi",
  """Thank you for your email. I am out of the office until Monday 3 November with limited access to email. If your message concerns a data protection matter, please contact privacy@thompson-partners.co.uk.

Mark""", hdrs={"Auto-Submitted": "auto-replied"}, irt=True)
# NEAR-LINE: auto-reply to an email Sandra sent; mentions data/privacy but no request.

M("neg-autoreply-cabinet", "fr", [], "Cabinet Compta Berry <accueil@comptaberry.fr>",
  "Accusé de réception",
  """Bonjour,

Nous accusons bonne réception de votre message. Il sera traité dans les meilleurs délais par votre gestionnaire de dossier.

Ceci est un message automatique, merci de ne pas y répondre.

Cabinet Compta Berry - Expertise comptable - Châteauroux
Conformément au RGPD, vous pouvez exercer vos droits d'accès, de rectification et d'effacement auprès de dpo@comptaberry.fr""",
  hdrs={"Auto-Submitted": "auto-replied"}, irt=True)

M("neg-autoreply-conge-mat", "fr", [], "Aurore Desplat <aurore.desplat@gmail.com>",
  "Absence",
  """Bonjour, je suis en congé maternité jusqu'en mars. Je lirai vos messages à mon retour, sans doute avec un peu de retard. Pour une urgence concernant l'association, écrivez à bureau@asso-lespetitspas.fr. 😊 Aurore""",
  hdrs={"Auto-Submitted": "auto-replied"}, irt=True)

M("neg-bounce-fr", "fr", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Votre message n'a pas pu être délivré à un ou plusieurs destinataires.

<anne.souchet@wanadoo.fr> : adresse inconnue (550 5.1.1 User unknown).

Le message d'origine est joint.""", shape="bounce", bounce_rcpt="anne.souchet@wanadoo.fr",
  bounce_subj="Votre demande d'accès à vos données - réponse", bounce_orig="""Bonjour Madame Souchet,

Suite à votre demande d'accès, vous trouverez ci-joint la copie de vos données.

Sandra Delomenie
""")

M("neg-bounce-en", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to j.mckenzie@oldcompany.co.uk because the address couldn't be found, or is unable to receive mail.""",
  shape="bounce", bounce_rcpt="j.mckenzie@oldcompany.co.uk", bounce_subj="Your data has been deleted",
  bounce_orig="Dear Jenny,\n\nAs requested, all your personal data has been erased from my records.\n\nSandra\n")

M("neg-bounce-quota", "fr", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Échec de remise du message",
  """Le message n'a pas pu être remis : la boîte du destinataire est pleine.

<michele.brunet@laposte.net>""", shape="bounce", bounce_rcpt="michele.brunet@laposte.net", bounce_status="5.2.2",
  bounce_diag="smtp; 552 5.2.2 Mailbox full", bounce_subj="Les nouvelles de Floraison - Mai")

M("neg-linkedin", "fr", [], "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, vous apparaissez dans 12 recherches cette semaine",
  """Découvrez qui a consulté votre profil.

Coach certifiée · Formatrice — Issoudun

Vous recevez des e-mails de notifications LinkedIn. Se désabonner · Aide
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""", shape="html",
  hdrs={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>", "Precedence": "bulk"})

M("neg-facebook-msg", "fr", [], "Facebook <notification@facebookmail.com>",
  "Nouveau message de Martine Claes",
  """Martine Claes vous a envoyé un message :
« Coucou Sandra, est-ce que tu as une copie du programme du stage ? Je l'ai supprimé par erreur 🙈 »

Répondre dans Messenger""", shape="html")

M("neg-docusign", "en", [], "DocuSign via Allianz <dse@eumail.docusign.net>",
  "Please DocuSign: Contrat RC Pro 2026 - Floraison de Soi",
  """Allianz sent you a document to review and sign.

REVIEW DOCUMENT

Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""", shape="html")
# ===================== NEGATIVES: HER OWN SENT MAIL =====================
M("neg-own-reponse-acces", "fr", [], S, "Re: Demande de communication de mes données personnelles",
  """Bonjour Madame Taillandier,

J'accuse réception de votre demande d'accès à vos données. Vous trouverez ci-joint la copie de votre dossier (fiches de suivi, questionnaires, échanges). Je reste à votre disposition si vous souhaitez la rectification d'un élément.

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & formation
06 81 84 21 73""", to="Véronique Taillandier <v.taillandier@wanadoo.fr>", attach=["Dossier_Taillandier_2025.pdf"], irt=True)

M("neg-own-bcc-copy", "fr", [], C, "Confirmation de suppression de vos données",
  """Bonjour Monsieur Chaumette,

Comme suite à votre demande du 3 février, je vous confirme que l'ensemble de vos données personnelles a été effacé de mes fichiers, de la plateforme Systeme.io et de mon Google Drive. Seules les factures sont conservées pour la durée légale (10 ans).

Bien cordialement,
Sandra Delomenie""", to="Bernard Chaumette <bernard.chaumette@orange.fr>", cc=S)

M("neg-own-newsletter", "fr", [], C, "Les nouvelles de Floraison - Novembre 🍂",
  """Bonjour à toutes et à tous,

Novembre, le mois idéal pour ralentir. Au programme : l'atelier « Poser ses limites » le 22 novembre, et un nouveau cercle de parole en ligne.

Vous ne souhaitez plus recevoir nos nouvelles ? Désinscrivez-vous en un clic. Pour exercer vos droits (accès, rectification, suppression), écrivez à sandra.delomenie@orange.fr.

Sandra""", to=S, shape="alt", hdrs={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe?c=1>", "Precedence": "bulk"})

M("neg-own-note-to-self", "fr", [], S, "à faire RGPD",
  """- répondre à Mme Dupuis (accès + effacement), délai 1 mois
- vérifier suppression comptes inactifs Systeme.io
- mettre à jour la politique de confidentialité (Calendly)
- demander copie DPA à Systeme.io""", to=S)

M("neg-own-en-reply", "en", [], S, "Re: Subject access request",
  """Dear Rebecca,

Thank you for your message. Please find attached a copy of the personal data I hold about you. There are no Zoom recordings on which you appear: recordings are deleted after 30 days.

Kind regards,
Sandra Delomenie
Floraison de Soi""", to="Rebecca Holt <rebecca.holt@outlook.com>", attach=["Data_Rebecca_Holt.pdf"], irt=True)

M("neg-own-fwd-assistante", "fr", [], S, "TR: Changement de nom",
  """Coucou Fanny,

Peux-tu mettre à jour la fiche d'Émilie dans Systeme.io et sur les factures à venir ? Merci !

Sandra""", to="Fanny Rousseau <fanny.assistante@gmail.com>",
  quote=("fwd", "Émilie Durand-Caillaud <emilie.caillaud@gmail.com>", """Bonjour Sandra,

Je me suis mariée cet été, pourriez-vous mettre à jour mon nom dans vos fichiers ? Je m'appelle désormais Émilie Caillaud.

Merci beaucoup !
Émilie""", "Changement de nom"))
# NEAR-LINE: her own forward of a rectification request to her assistant: sent by her, not a request to her.

# ===================== NEGATIVES: VENDOR GDPR NOTICES / SPAM =====================
M("neg-vendor-calendly-dpa", "en", [], "Calendly <legal@calendly.com>",
  "Important updates to our Privacy Notice and Data Processing Addendum",
  """Hi there,

We're updating our Privacy Notice and Data Processing Addendum, effective January 15, 2026. These updates reflect new sub-processors and clarify how you can respond to your invitees' requests to access, correct or delete their personal data.

No action is required. Continued use of Calendly constitutes acceptance.

Calendly LLC, 115 E Main St, Buford, GA 30518""", shape="html",
  hdrs={"List-Unsubscribe": "<https://calendly.com/unsub?t=xx>", "Precedence": "bulk"})

M("neg-vendor-google-workspace", "en", [], "Google Workspace <workspace-noreply@google.com>",
  "[Action advised] Review your data processing settings",
  """Dear Administrator,

We're writing to let you know about updates to the Cloud Data Processing Addendum. You can review and accept the updated terms, and designate a Data Protection Officer and EU representative contact, in the Admin console under Account > Legal and compliance.

Google Ireland Limited""", shape="alt")

M("neg-vendor-stripe-privacy", "fr", [], "Stripe <notifications@stripe.com>",
  "Mise à jour de la Politique de confidentialité de Stripe",
  """Bonjour,

Nous mettons à jour notre Politique de confidentialité. Elle précise comment vos clients peuvent exercer leurs droits d'accès, de rectification, d'effacement et d'opposition auprès de Stripe. Elle entre en vigueur le 1er juin 2025.

L'équipe Stripe""", shape="alt", hdrs={"Precedence": "bulk"})

M("neg-spam-mise-conformite", "fr", [], "Service Conformité RGPD <contact@rgpd-conformite-pro.com>",
  "URGENT - Votre entreprise n'est pas en conformité RGPD (amende jusqu'à 20 M€)",
  """Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr présente 7 non-conformités au Règlement Général sur la Protection des Données : absence de registre, bandeau cookies non conforme, absence de DPO...

Vous disposez de 8 jours pour régulariser votre situation. Pour éviter une sanction, contactez notre service au 01 84 80 XX XX ou réglez les frais de mise en conformité (349 € HT) via le lien ci-dessous.

Service Conformité RGPD - Département contrôle""", shape="html", reply_to="paiement@rgpd-conformite-pro.com")

M("neg-phishing-orange", "fr", [], "Orange Service Client <securite@orange-messagerie-verif.com>",
  "Votre messagerie sera suspendue - mise à jour RGPD obligatoire",
  """Cher(e) client(e),

Conformément à la nouvelle réglementation RGPD, nous devons vérifier vos informations personnelles. Sans action de votre part sous 48h, votre boîte sandra.delomenie@orange.fr sera supprimée avec toutes vos données.

Confirmer mes informations : http://orange-verif-rgpd.info/login

Service Client Orange""", shape="html")

M("neg-spam-en-gdpr-audit", "en", [], "Lisa from ComplyNow <lisa@complynow-outreach.io>",
  "Quick question about your GDPR data requests",
  """Hi Sandra,

Are you still handling data subject requests (access, deletion, export) manually? Our tool automates DSARs for small businesses in under 5 minutes.

Worth a 15-min call next week?

Lisa
P.S. If you'd rather not hear from me, just reply "remove" and I won't contact you again.""")

M("neg-spam-annuaire", "fr", [], "Annuaire des Pros du Bien-Être <inscription@annuaire-bienetre-pro.fr>",
  "Vérification de vos données - fiche Floraison de Soi",
  """Bonjour,

Votre fiche professionnelle est en ligne dans notre annuaire. Merci de vérifier l'exactitude de vos données (adresse, téléphone, spécialités) et de les corriger si nécessaire en cliquant sur le lien ci-dessous. Sans réponse, votre fiche sera automatiquement reconduite pour 12 mois au tarif de 590 € HT.

Modifier ma fiche""", shape="html")

M("neg-phishing-cnil", "fr", [], "CNIL - Contrôle <controle@cnil-gouv-fr.org>",
  "Avis de contrôle n° 2025-4471",
  """Madame,

La Commission nationale de l'informatique et des libertés vous informe qu'une plainte a été déposée à l'encontre de votre entreprise. Pour consulter le dossier et éviter une sanction, veuillez télécharger la pièce jointe et la retourner complétée.

Service des contrôles""", attach=["Avis_de_controle_2025-4471.zip"])

M("neg-spam-en-seo", "en", [], "Rahul SEO Expert <rahul.seoexpert2025@gmail.com>",
  "Re: website ranking",
  """Hello,

I was checking your website floraisondesoi.fr and found it is not ranking on Google first page for "coach Issoudun". We can fix it and also make your privacy policy GDPR compliant.

Can I send you a copy of our price list?

Regards,
Rahul""")
# ===================== NEGATIVES: CNIL, HOW-TO QUESTIONS, THIRD PARTIES =====================
M("neg-cnil-copie-plainte", "fr", [], "Raymond Tixier <raymond.tixier@orange.fr>",
  "Copie de ma plainte auprès de la CNIL",
  """Madame,

Pour information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer auprès de la CNIL, n'ayant obtenu aucune réponse à mon courrier du mois dernier.

« Je soussigné Raymond Tixier dépose plainte contre l'entreprise Floraison de Soi (Mme Delomenie, Issoudun) qui n'a pas répondu dans le délai légal à ma demande de suppression de mes données. »

R. Tixier""", attach=["accuse_reception_plainte_CNIL.pdf"])
# NEAR-LINE: copy of a CNIL complaint -> negative per policy, even though it mentions a deletion request.

M("neg-cnil-en-complaint", "en", [], "Amelia Stone <amelia.stone@gmail.com>",
  "FYI - complaint lodged with the CNIL",
  """Ms Delomenie,

I'm letting you know that I have today lodged a complaint with the CNIL through their online form about the way my data was handled after the retreat (photos posted without asking). Reference: PL-2025-118834.

Amelia Stone""")

M("neg-question-comment-acces", "fr", [], "Odile Ferrière <odile.ferriere@laposte.net>",
  "Question sur vos conditions",
  """Bonjour,

Avant de m'inscrire à votre accompagnement, j'ai lu votre politique de confidentialité. Comment fait-on concrètement pour demander l'accès à ses notes de séance ? Faut-il forcément envoyer une pièce d'identité ? Et combien de temps gardez-vous les données de santé ?

Merci pour ces précisions,
Odile Ferrière""")

M("neg-question-en-how-delete", "en", [], "Jack Morrison <jack.morrison@gmail.com>",
  "Before I sign up",
  """Hi Sandra,

Just a question before I book the programme: if I decide to stop halfway, how does deletion of my data work? Is it automatic after a certain time or do I have to ask? I'm a bit careful about where my health info ends up.

Thanks,
Jack""")

M("neg-question-be-portabilite", "fr", [], "Véronique Jacobs <veronique.jacobs@gmail.com>",
  "Renseignement",
  """Bonjour Madame,

Une question un peu théorique : si un jour je voulais changer de coach, est-ce que le droit à la portabilité s'appliquerait à mes notes de séance, ou seulement aux données que j'ai fournies moi-même ? Je vous remercie pour votre éclairage.

Véronique Jacobs, Waterloo""")

M("neg-question-collegue-rgpd", "fr", [], "Agathe Lemoine - Sophrologue <agathe.sophro@gmail.com>",
  "RGPD : tu fais comment toi ?",
  """Salut Sandra,

Petite question entre collègues : une cliente me demande de supprimer toutes ses données, mais je dois garder les factures 10 ans. Toi tu fais comment ? Tu effaces les notes et tu gardes juste la compta ? Et tu réponds en combien de temps ?

Merci, bises,
Agathe""")

M("neg-question-qc-loi25", "fr", [], "Chantal Gauthier <chantal.gauthier@outlook.com>",
  "Loi 25 vs RGPD",
  """Bonjour Sandra,

Tu m'avais dit que tu avais travaillé ta politique de confidentialité avec une juriste. Est-ce que la Loi 25 au Québec donne les mêmes droits que le RGPD pour l'accès et la rectification? Je prépare mon site et je suis un peu perdue.

Merci!
Chantal""")

M("neg-mari-donnees-epouse", "fr", [], "Frédéric Pons <frederic.pons@gmail.com>",
  "Dossier de ma femme",
  """Bonjour,

Ma femme, Aline Pons, a suivi un coaching chez vous l'an dernier. Nous traversons une période compliquée et j'aimerais savoir ce qu'elle vous a confié, ou au moins avoir une copie de ses fiches. Je peux passer les récupérer.

Frédéric Pons""")
# NEAR-LINE: spouse asking about a living adult's data -> negative per policy.

M("neg-fille-mere-vivante", "fr", [], "Aurélie Charpentier <aurelie.charpentier@free.fr>",
  "Ma mère, Mme Charpentier",
  """Bonjour,

Ma mère (78 ans) reçoit vos newsletters et s'inquiète d'avoir donné trop d'informations lors de votre conférence. Pouvez-vous supprimer tout ce qui la concerne ? Elle n'est pas très à l'aise avec l'informatique.

Aurélie Charpentier""")
# NEAR-LINE: adult child writing for a living adult parent without a mandate -> negative per policy.

M("neg-manager-salarie", "en", [], "Paul Dawson <paul.dawson@dawsonlogistics.com>",
  "Feedback on our employee",
  """Hi Sandra,

We funded the leadership coaching for our team lead, Mike Harper. Could you send me a copy of your session notes and your assessment of him? It would help with his annual review.

Best,
Paul Dawson
HR Director, Dawson Logistics""")

M("neg-collegue-participante", "fr", [], "Sylvie Marty <sylvie.marty@gmail.com>",
  "Coordonnées d'une participante",
  """Bonjour Sandra,

Au stage de juillet j'ai sympathisé avec une certaine Nathalie (de Tours, je crois). Pourriez-vous me donner son adresse mail ou son numéro ? Je n'ai pas pensé à les lui demander.

Merci beaucoup,
Sylvie""")

M("neg-frere-en", "en", [], "Tom Nair <tom.nair@gmail.com>",
  "My sister's data",
  """Hello,

My sister Priya worked with you last year. She's not well at the moment and asked me to look into whether you still have her files - could you delete them? She's an adult but she's overwhelmed right now.

Tom""")
# NEAR-LINE: sibling for a living adult, no mandate -> negative per policy.

# ===================== NEGATIVES: CANCELLATIONS, ACCOUNTS, PASSWORDS =====================
M("neg-annul-atelier", "fr", [], "Hélène Vasseur <helene.vasseur@gmail.com>",
  "Annulation inscription atelier",
  """Bonjour Sandra,

Je suis désolée mais je dois annuler mon inscription à l'atelier du 22 novembre (problème de garde d'enfants). Pouvez-vous me retirer de la liste des participants ? Est-il possible d'être remboursée ou de reporter ?

Hélène""")

M("neg-annul-rdv-tutoie", "fr", [], "Lola <lola.petitjean@gmail.com>",
  "demain",
  """coucou, je vais devoir supprimer notre rdv de demain, j'ai une réunion qui a été décalée 😩 on peut refaire un point la semaine pro ?""")

M("neg-annul-abonnement", "fr", [], "Jérôme Faucher <jerome.faucher@gmx.fr>",
  "Résiliation de l'abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à compter du mois prochain. Merci de stopper les prélèvements Stripe.

Cordialement,
Jérôme""")

M("neg-cancel-en-retreat", "en", [], "Natalie Price <natalie.price@gmail.com>",
  "Cancelling my place at the retreat",
  """Hi Sandra,

I'm so sorry, I have to cancel my place at the October retreat - my mother is ill. Could you remove me from the attendee list and let me know about the refund policy?

Natalie""")

M("neg-annul-contrat-be", "fr", [], "Marc Vandenbroucke <marc.vdb@telenet.be>",
  "Fin de l'accompagnement",
  """Bonjour Madame,

Je vous informe que je mets fin à notre contrat d'accompagnement après la séance de la semaine prochaine, comme prévu dans vos conditions. Je vous remercie pour ces mois de travail.

Marc""")

M("neg-supprimer-creneau", "fr", [], "Brigitte Lacombe <brigitte.lacombe@orange.fr>",
  "Créneau du jeudi",
  """Bonjour Sandra, pouvez-vous effacer mon créneau de jeudi 16h dans votre agenda et me mettre plutôt vendredi même heure si c'est libre ? Merci !""")

M("neg-mdp-systemeio", "fr", [], "Claire Besnard <claire.besnard@laposte.net>",
  "Mot de passe",
  """Bonjour,

Je n'arrive plus à me connecter à la formation, j'ai oublié mon mot de passe et le lien de réinitialisation n'arrive pas. Pouvez-vous le réinitialiser ?

Merci,
Claire""")

M("neg-acces-espace", "fr", [], "Karim B. <karim.benali@sfr.fr>",
  "accès formation",
  """Bonjour, je n'ai plus accès à mon espace de formation depuis hier, il me dit « accès refusé ». J'ai pourtant payé le module 3. Vous pouvez regarder ? Merci""")

M("neg-en-access-course", "en", [], "Priya Sharma <priya.sharma@gmail.com>",
  "Can't access module 4",
  """Hi Sandra,

I can't seem to access module 4 of the course - the page says my access has expired. I thought I had lifetime access? Could you check my account?

Thanks!
Priya""")

M("neg-qc-acces-replay", "fr", [], "Geneviève Tremblay <gen.tremblay@videotron.ca>",
  "Accès au replay",
  """Allô Sandra!
Je n'arrive pas à accéder au replay du webinaire d'hier, le lien me demande un mot de passe. Peux-tu me le renvoyer?
Merci!
Geneviève""")

M("neg-fermer-compte", "fr", [], "Armelle Quéré <armelle.quere@gmail.com>",
  "Fermer mon compte",
  """Bonjour, pouvez-vous fermer mon compte sur la plateforme ? Je n'utilise plus la formation. Merci.""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

M("neg-en-close-account", "en", [], "Ryan Cooper <ryan.cooper@yahoo.co.uk>",
  "Close my account please",
  """Hi, I've finished the course, you can close my account. Thanks for everything!""")

M("neg-mdp-en-reset", "en", [], "Emma Richardson <emma.richardson@gmail.com>",
  "Password reset not working",
  """Hello, the password reset email from your course platform goes to my old work address, which I can't access anymore. Could you trigger the reset to emma.richardson@gmail.com instead?""")
# NEAR-LINE: password-reset logistics; no correction of stored data asked explicitly -> negative (policy: password reset is negative).

# ===================== NEGATIVES: THANK-YOU ABOVE QUOTED REQUESTS =====================
M("neg-merci-au-dessus-demande", "fr", [], "Bernard Chaumette <bernard.chaumette@orange.fr>",
  "Re: Demande d'effacement",
  """Merci Madame pour votre réponse rapide et votre confirmation. Bonne continuation.
B. Chaumette""", quote=("gmail", "Bernard Chaumette <bernard.chaumette@orange.fr>", """Madame,

Par la présente, je vous demande de procéder à l'effacement de l'intégralité des données à caractère personnel me concernant, conformément à l'article 17 du RGPD.

Bernard Chaumette"""))

M("neg-en-thanks-received", "en", [], "Rebecca Holt <rebecca.holt@outlook.com>",
  "Re: Subject access request",
  """Got it, thank you Sandra - that's everything I needed. All the best!
Rebecca""", quote=("gmail", "Rebecca Holt <rebecca.holt@outlook.com>", """Hello Sandra,

Under Article 15 GDPR I'd like a copy of the personal data you hold about me, including any notes, recordings and payment records.

Kind regards,
Rebecca Holt"""))

M("neg-merci-outlook-rectif", "fr", [], "Laurent Cazenave <l.cazenave@bouyguestelecom.fr>",
  "RE: RE: Confirmation d'inscription - Atelier du 14 juin",
  """Parfait, merci pour la correction ! À samedi.

Laurent""", quote=("outlook", "Laurent Cazenave <l.cazenave@bouyguestelecom.fr>", """Bonjour,

Petite correction : mon nom est Cazenave, pas Casenave, et mon numéro de portable est le 06 45 12 98 70. Merci de rectifier pour la suite.

Laurent Cazenave""", "RE: Confirmation d'inscription - Atelier du 14 juin"), qto=S)

M("neg-apple-merci-photos", "fr", [], "Julie Marchand <julie.marchand@laposte.net>",
  "Re: photos du stage",
  """Super merci Sandra, c'est parfait comme ça ! Bises""", quote=("apple", "Julie Marchand <julie.marchand@laposte.net>", """Bonjour !
J'avais coché « oui » pour le droit à l'image mais finalement je ne suis plus d'accord, merci d'enlever celles où on me reconnaît.
Julie"""))

M("neg-be-relance-sans-demande", "fr", [], "Nathalie Dewulf <nathalie.dewulf@skynet.be>",
  "Re: Demande d'accès - atelier en ligne",
  """Bonjour Madame,

J'ai bien reçu votre envoi, je vous remercie. Tout me semble en ordre.

Belle journée à vous,
Nathalie Dewulf""", quote=("gmail", S, """Bonjour Madame Dewulf,
Veuillez trouver ci-joint la liste des données vous concernant.
Bien cordialement,
Sandra Delomenie"""))
# ===================== NEGATIVES: ORDINARY MAIL WITH THE SAME WORDS =====================
M("neg-copie-facture", "fr", [], "Patrick Vayssade <patrick.vayssade@cegetel.net>",
  "Copie facture",
  """Bonjour,

Pourriez-vous m'envoyer une copie de la facture de l'atelier de mars ? Mon comité d'entreprise me la demande pour le remboursement.

Merci,
P. Vayssade""")
# NEAR-LINE: a copy of a specific invoice for reimbursement is a business document request, not a GDPR access request.

M("neg-programme-copie", "fr", [], "Martine Claes <martine.claes@hotmail.be>",
  "Programme du stage",
  """Coucou Sandra,
Aurais-tu une copie du programme du stage ? J'ai effacé le mail par erreur en faisant du tri 🙈
Merci !!
Martine""")

M("neg-modifier-rdv", "fr", [], "Yannick Boulanger <yannick.boulanger@sfr.fr>",
  "modifier rdv",
  """bonjour, est ce que je peux modifier mon rdv de lundi 9h pour mardi 18h ? merci yannick""")

M("neg-corriger-exercice", "fr", [], "Léa Fontaine <lea.fontaine@protonmail.com>",
  "Exercice module 2",
  """Bonjour Sandra,

J'ai déposé mon exercice du module 2 sur le Drive. Tu pourras le corriger quand tu auras un moment ? Je n'étais pas sûre d'avoir bien compris la consigne sur les « données d'entrée » de l'arbre à problèmes.

Merci !
Léa""")

M("neg-opposer-mari", "fr", [], "Nadine Cordier <nadine.cordier@gmail.com>",
  "Suite séance",
  """Bonjour Sandra,

Comme convenu, je vous écris après la séance. J'ai réussi à m'opposer à mon mari sur la question des vacances, sans crier ! Je voulais partager cette petite victoire. J'ai aussi retiré de mon agenda deux engagements qui m'épuisaient.

À mardi,
Nadine""")

M("neg-consentement-exercice", "fr", [], "Agnès Poupard <agnes.poupard@sfr.fr>",
  "Réflexion après l'atelier",
  """Bonjour Sandra,

L'atelier sur le consentement dans le couple m'a beaucoup fait réfléchir. Auriez-vous des références de livres sur le sujet ? Et est-ce que je peux partager l'exercice des « trois cercles » avec une amie ?

Agnès""")

M("neg-rgpd-stagiaire-formation", "fr", [], "Marc Delaunay <marc.delaunay@gmail.com>",
  "Question module RGPD de la formation",
  """Bonjour Sandra,

Dans la formation « Lancer son activité de coach », le module sur le RGPD parle du registre des traitements. Faut-il en tenir un même quand on est micro-entrepreneur ? Et peut-on utiliser un simple tableur ?

Merci,
Marc""")

M("neg-en-delete-duplicate", "en", [], "Oliver Grant <oliver.grant@fastmail.com>",
  "Duplicate booking",
  """Hi Sandra, I think I booked the same session twice on Calendly by mistake (Thursday 10am). Could you delete one of them? Cheers, Oliver""")

M("neg-en-copy-slides", "en", [], "Hannah Lewis <hannah.lewis@gmail.com>",
  "Slides from Saturday",
  """Hi Sandra!

Loved Saturday's workshop. Could I get a copy of the slides? I'd like to go through the values exercise again. Also, do you remember the name of the book you mentioned about boundaries?

Hannah""")

M("neg-en-unsubscribe-other", "en", [], "Sarah Mitchell <sarah.m.mitchell@yahoo.com>",
  "Random question",
  """Hi Sandra, random one - you mentioned in the session that you use a tool to unsubscribe from all the newsletters cluttering your inbox. What was it called again? I've got 4,000 unread emails 😅 Sarah""")

M("neg-supprimer-groupe-fb", "fr", [], "Coralie Masson <coralie.masson@gmail.com>",
  "Groupe Facebook",
  """Bonjour Sandra,

Je crois qu'une personne qui n'a pas fait la formation s'est glissée dans le groupe Facebook privé (un certain « Coach Success 2025 » qui poste des pubs). Tu peux la supprimer du groupe ? Elle envoie des messages privés à tout le monde.

Coralie""")

M("neg-donnees-memoire", "fr", [], "Céline Barbier <celine.barbier@yahoo.fr>",
  "Mon mémoire",
  """Bonjour Sandra,

Pour mon mémoire de fin de formation, je dois recueillir des données auprès de 10 personnes (questionnaire anonyme). Est-ce que je dois leur faire signer un consentement RGPD ? Tu aurais un modèle ?

Merci,
Céline""")

M("neg-informations-pratiques", "fr", [], "Dominique Pelletier <dominique.pelletier@laposte.net>",
  "Mes informations pour le stage",
  """Bonjour Sandra,

Voici mes informations pour le stage de mai : régime végétarien, allergie aux noix, j'arrive en train à 9h12 à Issoudun. Pouvez-vous me confirmer qu'une navette est prévue ?

Merci,
Dominique""")

M("neg-ajouter-newsletter", "fr", [], "Odile Ferrière <odile.ferriere@laposte.net>",
  "Inscription newsletter",
  """Bonjour, pourriez-vous m'ajouter à votre newsletter ? Le formulaire de votre site ne fonctionne pas sur mon téléphone. Merci ! Odile""")

M("neg-en-stop-sms-reminder", "en", [], "Kevin O'Brien <kevin.obrien@gmail.com>",
  "SMS reminders",
  """Hi Sandra, the SMS reminders are great, but they come at 7am which wakes the baby 😂 Any chance they could come later in the day? Kevin""")
# NEAR-LINE: asks to change the time of service reminders, not to stop marketing -> negative.

M("neg-retirer-colis", "fr", [], "Sylvie Arnaud <sylvie.arnaud@neuf.fr>",
  "Livre commandé",
  """Bonjour, je n'ai pas pu retirer le colis de votre livre au point relais, il est reparti. Pouvez-vous me le renvoyer ? Mon adresse n'a pas changé. Sylvie Arnaud""")

M("neg-modifier-adresse-livraison-ponctuelle", "fr", [], "Jean-Paul Rigaud <jp.rigaud@orange.fr>",
  "Envoi du carnet",
  """Bonjour Sandra,

Pour l'envoi du carnet de bord, exceptionnellement, pourriez-vous l'expédier chez ma fille (12 rue Voltaire, 18100 Vierzon) car je serai chez elle tout le mois d'août ? Ensuite je rentre chez moi.

Merci,
Jean-Paul""")
# NEAR-LINE: one-off delivery address, no correction of stored data -> negative.

M("neg-en-erase-whiteboard", "en", [], "Grace Kim <grace.kim@gmail.com>",
  "Photo of the whiteboard",
  """Hi Sandra, before you erased the whiteboard on Saturday, did anyone take a photo? I'd love a copy of the mind map we did together. Grace""")

M("neg-acces-parking", "fr", [], "Françoise Marchadier <f.marchadier@orange.fr>",
  "Accès au cabinet",
  """Bonjour Sandra, y a-t-il un accès pour fauteuil roulant au cabinet rue d'Estienne d'Orves ? Ma sœur voudrait m'accompagner à l'atelier. Merci, Françoise""")

M("neg-export-agenda", "fr", [], "Fanny Rousseau <fanny.assistante@gmail.com>",
  "Export agenda + factures",
  """Coucou Sandra,

J'ai fait l'export des factures du trimestre en CSV pour le cabinet comptable, il est dans le Drive (dossier Compta/T3). J'ai aussi supprimé les doublons dans la liste des contacts Systeme.io. Dis-moi si tu veux que je corrige autre chose.

Fanny""")

M("neg-comptable-demande", "fr", [], "Cabinet Compta Berry <m.roche@comptaberry.fr>",
  "Pièces manquantes - bilan 2025",
  """Bonjour Madame Delomenie,

Pour finaliser votre bilan 2025, il nous manque la copie des relevés Stripe d'octobre à décembre ainsi que les factures d'achat du matériel. Pourriez-vous nous les transmettre via l'espace client ?

Bien cordialement,
Marion Roche
Cabinet Compta Berry""")

M("neg-webmaster-bandeau", "fr", [], "Julien - Webmaster <julien@studio-pixel36.fr>",
  "Bandeau cookies et formulaire",
  """Bonjour Sandra,

J'ai mis à jour le bandeau cookies : les visiteurs peuvent maintenant retirer leur consentement via le lien « Gérer mes cookies » en pied de page. J'ai aussi ajouté une case de consentement au formulaire de contact. Tu peux vérifier et me dire si je dois modifier le texte ?

Julien""")

M("neg-en-consent-form-question", "en", [], "Ben Adler <ben.adler@gmail.com>",
  "Podcast - consent form",
  """Hi Sandra,

Happy to be on your podcast! I've signed the consent form for the recording - attached. One question: will you send me a copy of the episode before it goes out?

Ben""", attach=["consent_form_signed.pdf"])

M("neg-fr-temoignage-envoi", "fr", [], "Karine Bergeron <karine.bergeron@gmail.com>",
  "Mon témoignage 🌸",
  """Bonjour Sandra!

Comme promis, voici mon témoignage. Tu peux le publier sur ton site avec mon prénom et ma photo, je te donne mon accord. Si tu veux modifier une tournure, pas de souci.

Karine""", attach=["photo_karine.jpg"])

M("neg-en-delete-my-message", "en", [], "Tom Whitfield <t.whitfield@btinternet.com>",
  "Ignore my last email",
  """Hi Sandra, please ignore my last email - I sent it before reading your reply. Sorry for the noise! Tom""")

M("neg-fr-ancien-client-nouvelles", "fr", [], "Thierry Mounier <thierry.mounier@outlook.fr>",
  "Des nouvelles",
  """Bonjour Sandra,

Un an après, je voulais vous dire que j'ai enfin quitté ce poste qui m'épuisait. J'ai effacé de ma vie pas mal de choses toxiques, comme vous me l'aviez suggéré ! Merci pour tout.

Thierry""")

M("neg-en-gdpr-for-my-biz", "en", [], "Rachel Green <rachel.green.coach@gmail.com>",
  "Your privacy policy template",
  """Hi Sandra,

I'm launching my own coaching practice in Dublin. Would you mind if I used your privacy policy as inspiration? Did you write the data retention section yourself or with a lawyer?

Rachel""")

M("neg-fr-formulaire-sante-question", "fr", [], "Annick Tessier <annick.tessier@gmail.com>",
  "Formulaire",
  """Bonjour,

Dans le formulaire d'inscription, je ne comprends pas la case « J'accepte le recueil de mes données de santé ». Est-ce obligatoire pour faire l'atelier relaxation ? Je n'ai pas de problème de santé particulier.

Annick""")

M("neg-stagiaire-retirer-inscription-liste", "fr", [], "Delphine Moreau <delphine.moreau@sfr.fr>",
  "Liste covoiturage",
  """Bonjour Sandra, tu peux me retirer de la liste de covoiturage pour samedi ? Finalement mon mari me dépose. Merci !""")

M("neg-en-photos-request", "en", [], "Olivia Brooks <olivia.brooks@icloud.com>",
  "Retreat photos",
  """Hi Sandra, could you send me the photos from the retreat where I appear? I'd love to keep them. Thanks! Olivia""")
# NEAR-LINE: wants the photos as souvenirs, not "what data do you hold" -> negative.

M("neg-fr-changer-horaire-newsletter", "fr", [], "Monique Perrot <monique.perrot@orange.fr>",
  "Votre dernière lettre",
  """Bonjour Sandra, j'ai adoré la lettre de ce mois-ci sur l'automne intérieur. Je l'ai transférée à deux amies, j'espère que ça ne vous dérange pas ! Monique""")

M("neg-rgpd-partenaire-salle", "fr", [], "Mairie d'Issoudun - Service Vie associative <vie.asso@issoudun.fr>",
  "Réservation salle - liste des participants",
  """Madame,

Pour la réservation de la salle Albert Camus le 14 mars, merci de nous transmettre le nombre de participants. Nous ne demandons pas la liste nominative, conformément au RGPD.

Le Service Vie associative""")

M("neg-fr-erreur-destinataire", "fr", [], "Gilles Morvan <gilles.morvan@orange.fr>",
  "Erreur",
  """Bonjour, je crois que vous m'avez envoyé par erreur la facture d'une autre personne (Mme Besnard). Je l'ai supprimée de ma boîte. Vous devriez vérifier vos envois ! Cordialement, G. Morvan""")
# NEAR-LINE: reports a misdirected email (a breach about someone else) - no right exercised.

M("neg-en-rectify-typo-website", "en", [], "James Carter <james.carter@icloud.com>",
  "Typo on your site",
  """Hi Sandra, small thing: on your English page it says "personnal development" - just so you can correct it. James""")

M("neg-fr-donnees-garmin", "fr", [], "Rémi Besson <remi.besson@free.fr>",
  "Suivi sommeil",
  """Bonjour Sandra,

Comme tu me l'avais suggéré, j'ai exporté les données de sommeil de ma montre sur un mois. Je te les envoie pour qu'on en parle à la prochaine séance.

Rémi""", attach=["sommeil_octobre.csv"])

M("neg-be-inscription-question", "fr", [], "Guy Lemaire <guy.lemaire@telenet.be>",
  "Inscription webinaire",
  """Bonjour Madame,

Je souhaiterais m'inscrire au webinaire de jeudi mais je ne trouve pas le lien. Pourriez-vous me l'envoyer ? Je vous en remercie.

Guy Lemaire""")

M("neg-ch-facture-tva", "fr", [], "Florence Rey <florence.rey@bluewin.ch>",
  "Facture sans TVA",
  """Bonjour Madame,

Ma fiduciaire me demande si votre facture doit mentionner la TVA suisse. Pourriez-vous me renvoyer une facture modifiée avec la mention « TVA non applicable, art. 293 B du CGI » ? Meilleures salutations, Florence Rey""")

M("neg-en-fwd-article", "en", [], "Fiona MacLeod <fiona.macleod@gmail.com>",
  "Fwd: Article on burnout",
  """Thought you'd like this one, Sandra!""", quote=("fwd", "The Guardian <newsletters@theguardian.com>", """The burnout generation: why rest is a radical act
...Read more at theguardian.com
Unsubscribe from this newsletter.""", "Article on burnout"))

M("neg-qc-infolettre-bravo", "fr", [], "Pierre-Luc Lavoie <pl.lavoie@outlook.com>",
  "Ton infolettre",
  """Salut Sandra, ta dernière infolettre était vraiment bonne. Est-ce que tu pourrais me faire une copie du tableau des émotions en PDF? Merci!""")

M("neg-fr-avis-google", "fr", [], "Anaïs Robin <anais.robin@icloud.com>",
  "Avis Google",
  """Coucou Sandra, j'ai voulu laisser un avis Google mais il a été supprimé automatiquement je crois... Tu sais comment ça marche ? Je voudrais vraiment en mettre un !""")

M("neg-fr-retraite-consentement-sexo", "fr", [], "Mélanie R. <melanie.rougier83@gmail.com>",
  "atelier consentement ados",
  """Coucou Sandra ! Tu fais toujours ton atelier « consentement et limites » pour les ados ? Ma nièce serait intéressée. C'est quand le prochain ?""")

M("neg-en-invoice-name-company", "en", [], "Martin Schulz <martin.schulz@t-online.de>",
  "Quote for team workshop",
  """Hello Sandra,

Could you prepare a quote for a one-day workshop for 8 people in our Lyon office? Please address it to Schulz Consulting GmbH. We will need a data processing agreement too if participants fill in questionnaires.

Best regards,
Martin""")

M("neg-fr-qp-remerciement", "fr", [], "Françoise Marchadier <f.marchadier@orange.fr>",
  "Merci",
  """Chère Sandra,

J'ai bien reçu la copie de mes notes de séances. Relire tout ça m'a fait beaucoup de bien et mon avocate est satisfaite. Merci pour votre rapidité et votre délicatesse.

Françoise""", shape="qp")

M("neg-fr-parrainage", "fr", [], "Sophie Garnier <sophie.garnier@hotmail.fr>",
  "Parrainage",
  """Bonjour Sandra, je vous recommande à ma collègue Inès, je lui ai donné votre numéro, elle devrait vous appeler. Est-ce que le parrainage donne droit à une réduction ? Sophie""")

M("neg-en-zoom-link", "en", [], "Anna Lindqvist <anna.lindqvist@gmail.com>",
  "Zoom link for tomorrow",
  """Hi Sandra, I can't find the Zoom link for tomorrow's session, I may have deleted the email. Could you resend? Anna""")

M("neg-fr-faute-nom-participante", "fr", [], "Christine Fayolle <christine.fayolle@free.fr>",
  "Liste des participantes",
  """Bonjour, sur la liste des participantes envoyée hier, le nom de Mme Fabre est écrit « Faber ». Je vous le signale au cas où, pour les attestations. Christine""")
# NEAR-LINE: correcting ANOTHER person's name -> not her own rectification; negative.

M("neg-fr-opposition-tarif", "fr", [], "Roland Cheminot <roland.cheminot@wanadoo.fr>",
  "Augmentation des tarifs",
  """Madame,

Je m'oppose fermement à la hausse de vos tarifs en cours d'accompagnement, ce n'était pas prévu au contrat. Je souhaite conserver le tarif initial jusqu'à la fin du programme.

R. Cheminot""")

M("neg-en-retract-review", "en", [], "Jack Morrison <jack.morrison@gmail.com>",
  "My review",
  """Hi Sandra, I left a grumpy review on Google last month when the session was rescheduled. I've removed it myself - it wasn't fair. Sorry about that! Jack""")

M("neg-fr-whatsapp-nouveau-num", "fr", [], "Stéphanie Leroux <steph.leroux@gmail.com>",
  "Groupe WhatsApp",
  """Coucou Sandra ! Tu peux m'ajouter au groupe WhatsApp de la promo 2026 ? J'ai changé de téléphone et j'ai perdu l'accès. Merci !""")
