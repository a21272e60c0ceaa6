# -*- coding: utf-8 -*-
"""b31 corpus - requests (messages that exercise at least one right).

Theme: short and terse. Record fields are documented in README.md.
"""

S = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
C = ("Floraison de Soi", "contact@floraisondesoi.fr")
SC = ("Sandra - Floraison de Soi", "contact@floraisondesoi.fr")

NL_OCT = """\
La lettre de Floraison de Soi - octobre

Bonjour à toutes et à tous,

L'automne est là, et avec lui l'envie de ralentir. Ce mois-ci je vous propose
un petit exercice : noter chaque soir une chose que vous avez faite pour vous.

Prochain atelier "Oser dire non" : samedi 18 octobre, 9h30-12h30, Issoudun.
Il reste 3 places.

Belle semaine,
Sandra

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

NL_PROMO_EN = """\
Last seats for the May workshop!

Hi there,

Only 2 places left for "Confidence at work" (online, 3 x 2h, in English).
Early-bird price ends Sunday.

Book here: https://floraisondesoi.systeme.io/confidence-may

Warmly,
Sandra

You are receiving this because you joined the Floraison de Soi list."""

RECORDS = [
    # ================================================================ ACCESS
    dict(key="acc-quelles-donnees", rights=["access"], lang="fr", var="FR",
         frm=("Julie Marchand", "julie.marchand56@gmail.com"),
         subj="mes données",
         body="""\
Bonjour,
Quelles données avez-vous sur moi ?
Merci
Julie

Envoyé de mon iPhone
"""),

    # NEAR-LINE: "oui tout" only makes sense with the quote: it accepts Sandra's offer of a full copy -> access.
    dict(key="acc-oui-tout", rights=["access"], lang="fr", var="FR",
         frm=("Martine Roux", "martine.roux36@orange.fr"),
         subj="Re: votre demande de ce matin",
         body="oui tout\n\nEnvoyé depuis mon mobile Orange\n",
         q=("orange_fr", """\
Bonjour Madame Roux,

Suite à votre appel de ce matin : souhaitez-vous recevoir la copie de
l'ensemble des données que je conserve vous concernant (fiches de suivi,
questionnaires, factures) ou seulement les fiches de séance ?

Bien à vous,
Sandra Delomenie
Floraison de Soi""")),

    # NEAR-LINE: "la copie svp" answers an offer to send a copy of the coaching file (personal data) -> access.
    dict(key="acc-la-copie-svp-dossier", rights=["access"], lang="fr", var="FR",
         frm=("Thierry Aubrun", "thierry.aubrun@free.fr"),
         subj="Re: votre dossier",
         body="la copie svp\n",
         q=("gmail_fr", """\
Bonjour Thierry,

Je vous confirme que je détiens votre dossier d'accompagnement : notes de
séance 2023-2024, questionnaire initial et factures. Comme vous me l'avez
demandé au téléphone, souhaitez-vous en recevoir une copie, ou préférez-vous
que je le supprime ?

Sandra""")),

    dict(key="acc-sms-tt-ce-que-vs-avez", rights=["access"], lang="fr", var="FR-informal",
         frm=("Kevin L.", "kev.lmbrt@gmail.com"),
         subj="rgpd",
         body="bjr, vs pouvez m envoyer tt ce que vs avez sur moi? merci. Kev\n"),

    # NEAR-LINE: the whole request is in the subject; the body is only a phone footer.
    dict(key="acc-subject-only-art15", rights=["access"], lang="fr", var="FR",
         frm=("Nathalie Pereira", "nath.pereira@orange.fr"),
         subj="Demande de copie de mes données personnelles (art. 15 RGPD)",
         body="\n\nEnvoyé depuis mon mobile Orange\n"),

    dict(key="acc-be-origine-adresse", rights=["access"], lang="fr", var="BE",
         frm=("Chantal Vandenbroucke", "chantal.vdbroucke@skynet.be"),
         subj="Votre mail",
         body="""\
Bonjour Madame,

D'où tenez-vous mon adresse ? Je n'ai jamais été cliente chez vous.

Bien à vous,
C. Vandenbroucke
"""),

    dict(key="acc-a-qui-transmis", date=(2025, 5, 12, 13, 40, 21), rights=["access"], lang="fr", var="FR",
         frm=("Sophie Carré", "sophie.carre@laposte.net"),
         subj="question",
         body="""\
A qui avez-vous transmis mes coordonnées ? Je reçois des pubs d'un autre
coach depuis l'atelier de mars.

S. Carré
""", shape="qp"),

    dict(key="acc-ch-copie-notes", rights=["access"], lang="fr", var="CH",
         frm=("Nadia Perrin", "nadia.perrin@bluewin.ch"),
         subj="Notes de séances",
         body="""\
Bonjour,

Je souhaiterais obtenir une copie de mes notes de séances.

Avec mes meilleures salutations,
Nadia Perrin
Lausanne
"""),

    dict(key="acc-qc-tout-mon-dossier", rights=["access"], lang="fr", var="CA",
         frm=("Marie-Ève Bouchard", "me.bouchard@videotron.ca"),
         subj="mon dossier",
         body="Allo Sandra! Peux-tu m'envoyer tout ce que t'as dans mon dossier? Merci ben gros 🙏\n",
         shape="alt"),

    dict(key="acc-en-what-data", rights=["access"], lang="en", var="GB",
         frm=("Emma Clarke", "emma.clarke88@gmail.com"),
         subj="data",
         body="Hi, what personal data do you hold about me? Thanks, Emma\n"),

    dict(key="acc-en-sar-iphone", rights=["access"], lang="en", var="GB",
         frm=("Daniel Hughes", "d.hughes@btinternet.com"),
         subj="SAR",
         body="""\
Subject access request. Please send a copy of all personal data you hold on
me. Name: Daniel Hughes, email as above. ID attached.

Sent from my iPhone
""", att=[("IMG_2291.jpg", "jpg")]),

    dict(key="acc-en-de-which-datas", rights=["access"], lang="en", var="DE",
         frm=("Markus Brandt", "m.brandt@web.de"),
         subj="Question datas",
         body="""\
Hello Sandra,
please can you send me which datas you have saved from me?
Greetings
Markus
""", shape="b64"),

    dict(key="acc-en-yes-everything", rights=["access"], lang="en", var="GB",
         frm=("Priya Shah", "priya.shah@outlook.com"),
         subj="RE: your request",
         body="yes please, everything\n\nGet Outlook for Android\n",
         q=("outlook_en", """\
Hi Priya,

Do you want a copy of all the data I hold about you (session notes, intake
form, invoices) or just the intake form?

Best,
Sandra""")),

    # NEAR-LINE: a parent asks for the file of her 16-year-old daughter (minor) -> access on the child's behalf.
    dict(key="acc-parent-lea", rights=["access"], lang="fr", var="FR",
         frm=("Isabelle Garnier", "isa.garnier@sfr.fr"),
         subj="dossier de Léa",
         body="""\
Bonjour, je suis la maman de Léa (16 ans) que vous avez suivie cet hiver.
Je voudrais une copie de son dossier svp.
Cordialement,
Isabelle Garnier
"""),

    # ========================================================= RECTIFICATION
    dict(key="rect-nouveau-num", rights=["rectification"], lang="fr", var="FR-informal",
         frm=("Laurent Gaillard", "laurent.gaillard@wanadoo.fr"),
         subj="changement tel",
         body="nouveau num : 07 62 18 44 90. merci\n"),

    dict(key="rect-lefebvre", rights=["rectification"], lang="fr", var="FR",
         frm=("Anne Lefebvre", "anne.lefebvre@gmail.com"),
         subj="orthographe",
         body="""\
Bonjour, mon nom est mal orthographié dans vos fichiers : c'est Lefebvre,
pas Lefèvre. Merci de corriger.
Anne
"""),

    # NEAR-LINE: old email is removed and the new one given -> rectification only, no erasure.
    dict(key="rect-nouvelle-adresse-mail", rights=["rectification"], lang="fr", var="FR",
         frm=("Claire Dumas", "c.dumas.pro@outlook.fr"),
         subj="nouvelle adresse",
         body="""\
nouvelle adresse mail : c.dumas.pro@outlook.fr
l'ancienne (cdumas@free.fr) ne marche plus, vous pouvez l'enlever.

Obtenir Outlook pour Android
"""),

    dict(key="rect-demenage-bourges", rights=["rectification"], lang="fr", var="FR-informal",
         frm=("Jessica M", "jess.moreau18@gmail.com"),
         subj="",
         body="jai demenagé : 12 rue des Tanneurs 18000 Bourges. pouvez vous mettre a jour svp\n"),

    dict(key="rect-nom-epouse", rights=["rectification"], lang="fr", var="FR",
         frm=("Aurélie Baudin", "aurelie.baudin@icloud.com"),
         subj="Changement de nom",
         body="""\
Bonjour Sandra,

Je me suis mariée 🥂 merci d'enregistrer mon nom d'épouse : Aurélie Baudin
(ex-Mercier).

Aurélie

Envoyé de mon iPhone
""", shape="alt"),

    # NEAR-LINE: four words, but they correct a wrong birth date shown in the quoted recap -> rectification.
    dict(key="rect-1987-pas-1978", rights=["rectification"], lang="fr", var="FR-informal",
         frm=("Romain Texier", "romain.texier@gmail.com"),
         subj="Re: récapitulatif inscription",
         body="c'est 1987 pas 1978 😅 merci de corriger\n",
         q=("gmail_fr", """\
Bonjour Romain,

Voici le récapitulatif de votre inscription au parcours "Reprendre confiance" :
Nom : Texier
Prénom : Romain
Date de naissance : 12/04/1978
Téléphone : 06 12 77 40 31

Merci de me signaler toute erreur.
Sandra""")),

    dict(key="rect-be-cadre-sante", rights=["rectification"], lang="fr", var="BE",
         frm=("Véronique Lambotte", "v.lambotte@skynet.be"),
         subj="Ma fiche",
         body="""\
Bonjour,

Petite erreur dans ma fiche : je ne suis plus infirmière mais cadre de santé
depuis septembre. Merci de rectifier.

Bien à vous,
Véronique
"""),

    dict(key="rect-maelys-trema", rights=["rectification"], lang="fr", var="FR",
         frm=("Maëlys Robin", "maelys.robin@yahoo.fr"),
         subj="Prénom",
         body="Merci de corriger mon prénom : Maëlys avec un tréma, pas Maelys.\n\nEnvoyé depuis Yahoo Mail pour Android\n",
         shape="qp", cs="iso-8859-1"),

    dict(key="rect-en-new-email", rights=["rectification"], lang="en", var="GB",
         frm=("Tom Bennett", "tom.b@protonmail.com"),
         subj="new email",
         body="new email: tom.b@protonmail.com - please update. thx\n\nSent from Proton Mail mobile\n"),

    dict(key="rect-en-kowalczyk", rights=["rectification"], lang="en", var="PL",
         frm=("Agnieszka Kowalczyk", "a.kowalczyk@gmail.com"),
         subj="Surname",
         body="Hi, my surname is misspelled in your records - it's Kowalczyk, not Kowalcyk. Could you fix it?\n"),

    dict(key="rect-en-uk-mobile", rights=["rectification"], lang="en", var="GB",
         frm=("Rachel Moss", "rachel.moss@yahoo.co.uk"),
         subj="Phone number",
         body="Please update my phone number to +44 7700 900412. The old one is gone.\n"),

    dict(key="rect-adresse-facturation", rights=["rectification"], lang="fr", var="FR",
         frm=("Pascale Vidal", "pascale.vidal@atelier-vert.fr"),
         subj="Adresse facturation",
         body="""\
Bonjour Sandra,
Mon adresse a changé : 3 place du Marché, 36100 Issoudun. A mettre à jour
sur mes prochaines factures et dans votre fichier svp.
Pascale Vidal
Atelier Vert - EI
"""),

    dict(key="rect-en-dublin", rights=["rectification"], lang="en", var="IE",
         frm=("Siobhan Byrne", "siobhan.byrne@eircom.net"),
         subj="moved",
         body="Hi, I moved. New address: 27 Harcourt Road, Dublin 2. Please change it on file.\n\nSiobhan\n"),

    # =============================================================== ERASURE
    dict(key="era-supprimez-svp-empty-subject", rights=["erasure"], lang="fr", var="FR",
         frm=("Céline Blanchard", "celine.blanchard@icloud.com"),
         subj="",
         body="supprimez mes données svp\n\nEnvoyé de mon iPhone\n"),

    # NEAR-LINE: subject-only "delete my account and all my data" (empty body) -> erasure, not a bare account closure.
    dict(key="era-subject-only-compte-donnees", rights=["erasure"], lang="fr", var="FR",
         frm=("Franck Olivier", "franck.olivier@sfr.fr"),
         subj="Suppression de mon compte et de toutes mes données",
         body=""),

    # NEAR-LINE: "tout svp" chooses "all your data" over "only the Systeme.io account" in the quote -> erasure.
    dict(key="era-tout-svp-quote", rights=["erasure"], lang="fr", var="FR",
         frm=("Hélène Caron", "helene.caron@gmail.com"),
         subj="Re: suppression",
         body="tout svp\n",
         q=("gmail_fr", """\
Bonjour Hélène,

Bien reçu votre message. Souhaitez-vous que je supprime uniquement votre compte
Systeme.io (accès aux modules), ou l'ensemble de vos données (fiches,
échanges, questionnaires) ?

Belle journée,
Sandra""")),

    dict(key="era-sms-efface-dossier", rights=["erasure"], lang="fr", var="FR-informal",
         frm=("Manon", "manon.rx@hotmail.fr"),
         subj="coucou",
         body="slt sandra, tu peux effacer mon dossier stp? jen ai plus besoin. bisous\n"),

    dict(key="era-ch-integralite", rights=["erasure"], lang="fr", var="CH",
         frm=("Pierre-Alain Monnier", "pa.monnier@bluewin.ch"),
         subj="Données personnelles",
         body="""\
Madame,

Je vous prie de bien vouloir effacer l'intégralité des données me concernant.
Copie de ma pièce d'identité en annexe.

Meilleures salutations,
Pierre-Alain Monnier
""", shape="qp", att=[("ID_Monnier.pdf", "pdf", ["CONFOEDERATIO HELVETICA - CARTE D'IDENTITE",
                                                 "MONNIER Pierre-Alain"])]),

    # NEAR-LINE: polite question form ("pourriez-vous ... ?") that asks for the thing -> request.
    dict(key="era-pourriez-vous", rights=["erasure"], lang="fr", var="FR",
         frm=("Bernard Chevallier", "b.chevallier@orange.fr"),
         subj="Pourriez-vous",
         body="Pourriez-vous supprimer mes données ? Merci\n"),

    dict(key="era-qc-effacez-infos", rights=["erasure"], lang="fr", var="CA",
         frm=("Geneviève Tremblay", "gen.tremblay@videotron.ca"),
         subj="Mes informations",
         body="""\
Bonjour,
SVP effacez mes informations de vos dossiers.
Merci,
Geneviève Tremblay
Sherbrooke
"""),

    # NEAR-LINE: parent writing for a 15-year-old (minor) -> request by the holder of parental authority.
    dict(key="era-parent-ines", date=(2025, 3, 18, 20, 55, 3), rights=["erasure"], lang="fr", var="FR",
         frm=("Karine Benali", "karine.benali@gmail.com"),
         subj="Inès - atelier ado",
         body="""\
Bonjour,
Ma fille Inès (15 ans) a participé à l'atelier ado en février. Merci
d'effacer ses données (fiche d'inscription, questionnaire). Son père et moi
sommes d'accord.
Karine Benali
"""),

    dict(key="era-en-delete-all", rights=["erasure"], lang="en", var="GB",
         frm=("", "j.whitfield@gmail.com"),
         subj="delete",
         body="Please delete all my data. Thanks.\n"),

    dict(key="era-en-the-lot", rights=["erasure"], lang="en", var="AU",
         frm=("Ben Tran", "bentran.au@gmail.com"),
         subj="erase",
         body="Hi Sandra, could you erase everything you have on me? Account, notes, the lot. Cheers, Ben\n",
         shape="alt"),

    dict(key="era-en-account-and-data", rights=["erasure"], lang="en", var="US",
         frm=("Kayla Johnson", "kaylaj@icloud.com"),
         subj="Account",
         body="Delete my account and all my data please.\n\nSent from my iPhone\n"),

    # NEAR-LINE: non-native "cancellation of all my personal data" means deletion of data, not cancelling a booking.
    dict(key="era-en-it-cancellation", rights=["erasure"], lang="en", var="IT",
         frm=("Giulia Rinaldi", "giulia.rinaldi@libero.it"),
         subj="cancellation of my data",
         body="""\
Good morning,
I ask you the cancellation of all my personal data from your archive.
Best regards
Giulia Rinaldi
"""),

    # NEAR-LINE: lawyer acting under a written mandate for the data subject -> request.
    dict(key="era-avocat-mandat", rights=["erasure"], lang="fr", var="FR",
         frm=("Maître Céline Aubert", "c.aubert@aubert-avocats.fr"),
         subj="Mme Sabrina Leroy - effacement",
         body="""\
Madame,

Agissant pour le compte de Mme Sabrina Leroy (mandat ci-joint), je vous
demande l'effacement de l'ensemble des données la concernant, sur le
fondement de l'article 17 du RGPD.

Je vous remercie de m'en confirmer l'exécution.

Céline Aubert
Avocate au Barreau de Châteauroux
12 rue Grande - 36000 Châteauroux

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement
à leur destinataire.
""", att=[("mandat_Leroy.pdf", "pdf", ["MANDAT", "Je soussignee Sabrina Leroy donne mandat a",
                                        "Me Celine Aubert pour exercer mes droits RGPD",
                                        "aupres de Floraison de Soi.", "Fait a Chateauroux"])]),

    dict(key="era-effacez-tout-infos", rights=["erasure"], lang="fr", var="FR-informal",
         frm=("Dylan Perrot", "dylan.perrot@laposte.net"),
         subj="mes infos",
         body="je veux plus que vous gardiez mes infos. effacez tout. merci\n"),

    # =========================================================== RESTRICTION
    # NEAR-LINE: "don't use, don't delete" -> restriction only.
    dict(key="restr-litige-assurance", rights=["restriction"], lang="fr", var="FR",
         frm=("Olivier Marchal", "olivier.marchal@free.fr"),
         subj="mon dossier",
         body="""\
Ne supprimez rien, mais n'utilisez plus mes données svp. Litige en cours
avec mon assurance, j'en aurai peut-être besoin.
O. Marchal
"""),

    # NEAR-LINE: contests accuracy of notes and asks to pause their use -> restriction only (no new value given).
    dict(key="restr-notes-fausses", rights=["restriction"], lang="fr", var="FR",
         frm=("Élodie Fournier", "elodie.fournier@gmail.com"),
         subj="séance du 14",
         body="""\
Les notes de la séance du 14 sont fausses, je n'ai jamais dit ça.
Merci de ne plus les utiliser tant qu'on n'a pas vérifié ensemble.
""", shape="alt"),

    dict(key="restr-bloquez-dossier", rights=["restriction"], lang="fr", var="FR",
         frm=("Stéphane Guérin", "s.guerin@orange.fr"),
         subj="Dossier",
         body="Bloquez mon dossier svp, ne l'effacez pas. Je vous explique plus tard.\n\nEnvoyé depuis l'application Mail Orange\n"),

    dict(key="restr-sms-gelez", rights=["restriction"], lang="fr", var="FR-informal",
         frm=("Yanis B", "yanis.b92@gmail.com"),
         subj="donnees",
         body="gelez mes donnees svp, pas de suppression. merci\n"),

    dict(key="restr-en-court-case", rights=["restriction"], lang="en", var="GB",
         frm=("Helen Parry", "helen.parry@outlook.com"),
         subj="my file",
         body="Please don't delete my file, but stop using it for now. I may need it for a court case.\n\nHelen\n"),

    dict(key="restr-en-contest-assessment", rights=["restriction"], lang="en", var="US",
         frm=("Marcus Reed", "marcus.reed@gmail.com"),
         subj="assessment",
         body="I contest the accuracy of the assessment you wrote about me. Please restrict processing until it's resolved.\n"),

    dict(key="restr-be-limitation", rights=["restriction"], lang="fr", var="BE",
         frm=("Nicolas Dethier", "nicolas.dethier@telenet.be"),
         subj="Limitation",
         body="""\
Bonjour,
Je vous demande la limitation du traitement de mes données, le temps de
vérifier l'exactitude de mon dossier de formation.
Bien à vous,
N. Dethier
"""),

    dict(key="restr-en-freeze", rights=["restriction"], lang="en", var="GB",
         frm=("Sam Holloway", "samholloway@icloud.com"),
         subj="freeze",
         body="Freeze my data pls. Don't use, don't delete. Will explain.\n\nSent from my iPhone\n"),

    # NEAR-LINE: "juste geler" picks the "set aside without using" option offered in the quote -> restriction.
    dict(key="restr-juste-geler-quote", rights=["restriction"], lang="fr", var="FR",
         frm=("Agnès Poulain", "agnes.poulain@gmail.com"),
         subj="Re: votre dossier",
         body="juste geler svp, ne supprimez pas\n",
         q=("gmail_fr", """\
Bonjour Agnès,

Voulez-vous que je supprime votre dossier, ou seulement que je le mette de
côté sans plus l'utiliser le temps que vous y voyiez plus clair ?

Sandra""")),

    dict(key="restr-procedure-employeur", rights=["restriction"], lang="fr", var="FR",
         frm=("Karim Haddad", "karim.haddad@outlook.fr"),
         subj="Procédure",
         body="""\
Bonjour,
Mon ex-employeur conteste ma formation chez vous. Merci de conserver mon
dossier tel quel, sans le traiter, jusqu'à la fin de la procédure.
Karim Haddad
"""),

    # NEAR-LINE: says "object" but asks to put data on hold while accuracy is checked -> restriction, not objection.
    dict(key="restr-en-object-accuracy", rights=["restriction"], lang="en", var="NL",
         frm=("Femke de Vries", "femke.devries@ziggo.nl"),
         subj="training report",
         body="Hi, I object to the accuracy of my feedback scores in your training report. Until it is checked, please put my data on hold.\nFemke\n"),

    # =========================================================== PORTABILITY
    dict(key="port-csv-excel", rights=["portability"], lang="fr", var="FR",
         frm=("Mélanie Collin", "melanie.collin@gmail.com"),
         subj="export",
         body="Pouvez-vous m'envoyer mes données dans un fichier csv ou excel ? Je change de coach.\n"),

    dict(key="port-transfert-claire-fabre", rights=["portability"], lang="fr", var="FR",
         frm=("Julien Barbier", "julien.barbier@free.fr"),
         subj="Transfert",
         body="""\
Bonjour,
Merci de transférer mon dossier à ma nouvelle coach, Claire Fabre
(claire@fabre-coaching.fr), en format numérique svp.
J. Barbier
"""),

    # NEAR-LINE: "Can I get ...?" asks for the thing, it is not a question about how the right works.
    dict(key="port-en-can-i-get-json", rights=["portability"], lang="en", var="US",
         frm=("Alyssa Grant", "alyssa.grant@gmail.com"),
         subj="my data",
         body="Can I get my data in a machine-readable format (JSON/CSV)? Thanks\n"),

    dict(key="port-en-progress-csv", rights=["portability"], lang="en", var="GB",
         frm=("Oliver Hart", "oliver.hart@outlook.com"),
         subj="export",
         body="Please export my course progress and notes as CSV and send them to me. Moving platforms.\n\nGet Outlook for iOS\n"),

    dict(key="port-sms-art20", rights=["portability"], lang="fr", var="FR-informal",
         frm=("", "lucas.meunier@sfr.fr"),
         subj="art 20",
         body="export de mes donnees en format reutilisable svp (art 20)\n"),

    dict(key="port-horizon-rh", rights=["portability"], lang="fr", var="FR",
         frm=("Patricia Lemoine", "patricia.lemoine@orange.fr"),
         subj="Portabilité",
         body="""\
Je souhaite exercer mon droit à la portabilité : envoyez mes données à mon
nouveau prestataire, Cabinet Horizon RH, rh@cabinet-horizon.fr.
Patricia Lemoine
""", shape="b64"),

    dict(key="port-en-import-elsewhere", rights=["portability"], lang="en", var="CA",
         frm=("Megan Fraser", "megan.fraser@shaw.ca"),
         subj="intake + history",
         body="Please send my intake answers and session history in a format I can import elsewhere, e.g. CSV.\n"),

    dict(key="port-qc-coach-montreal", rights=["portability"], lang="fr", var="CA",
         frm=("Sylvie Gagné", "sylvie.gagne@videotron.ca"),
         subj="transfert de dossier",
         body="""\
Allo Sandra,
Je déménage mon suivi chez une autre coach à Montréal. Peux-tu lui
transférer mon dossier en format électronique? Son courriel :
j.gagnon@coachgagnon.ca
Merci!
"""),

    dict(key="port-en-json-please", rights=["portability"], lang="en", var="GB",
         frm=("", "n.ashworth@gmail.com"),
         subj="data portability request",
         body="JSON please.\n"),

    # NEAR-LINE: "en csv svp" only answers Sandra's question about the export format -> portability.
    dict(key="port-en-csv-svp-quote", rights=["portability"], lang="fr", var="FR",
         frm=("Florence Maillard", "florence.maillard@laposte.net"),
         subj="Re: export de vos données",
         body="en csv svp\n",
         q=("apple_fr", """\
Bonjour Florence,

Sous quel format voulez-vous recevoir l'export de vos données pour votre
nouvelle plateforme : CSV ou JSON ?

Sandra"""), cl="apple"),

    # ============================================================= OBJECTION
    # NEAR-LINE: a bare "stop" above the quoted newsletter = unsubscribe -> objection.
    dict(key="obj-stop-newsletter", date=(2025, 10, 3, 8, 12, 9), rights=["objection"], lang="fr", var="FR",
         frm=("Jacqueline Faure", "jacqueline.faure@wanadoo.fr"),
         subj="RE: La lettre de Floraison de Soi - octobre",
         body="stop\n",
         q=("orange_fr", NL_OCT), qa=C),

    dict(key="obj-desinscrivez-newsletter", rights=["objection"], lang="fr", var="FR-informal",
         frm=("Audrey Lemaire", "audrey.lemaire@gmail.com"),
         subj="newsletter",
         body="désinscrivez moi de la newsletter svp\n"),

    dict(key="obj-plus-de-sms", rights=["objection"], lang="fr", var="FR-informal",
         frm=("Sébastien Roy", "seb.roy@free.fr"),
         subj="sms",
         body="plus de sms promo svp merci\n"),

    # NEAR-LINE: subject-only "unsubscribe" sent to her -> objection.
    dict(key="obj-en-unsubscribe-subject", rights=["objection"], lang="en", var="US",
         frm=("", "tlopez77@yahoo.com"),
         subj="unsubscribe",
         body=""),

    dict(key="obj-en-mailing-list", rights=["objection"], lang="en", var="GB",
         frm=("Graham Pike", "graham.pike@btinternet.com"),
         subj="Mailing list",
         body="Please take me off your mailing list.\n\nG. Pike\n"),

    dict(key="obj-plus-offres", rights=["objection"], lang="fr", var="FR",
         frm=("Monique Perret", "monique.perret@orange.fr"),
         subj="Vos offres",
         body="Je ne veux plus recevoir vos offres. Merci.\n"),

    dict(key="obj-be-prospection", rights=["objection"], lang="fr", var="BE",
         frm=("Marc Janssens", "marc.janssens@proximus.be"),
         subj="Prospection",
         body="""\
Bonjour,
Je m'oppose à l'utilisation de mon adresse pour votre prospection.
Bien à vous,
Marc Janssens
"""),

    dict(key="obj-en-stop-emailing-promo", date=(2025, 4, 24, 21, 5, 33), rights=["objection"], lang="en", var="US",
         frm=("Rebecca Stone", "rebecca.stone@gmail.com"),
         subj="Re: Last seats for the May workshop!",
         body="stop emailing me\n",
         q=("gmail_en", NL_PROMO_EN), qa=C),

    dict(key="obj-listes-diffusion-emoji", rights=["objection"], lang="fr", var="FR-informal",
         frm=("Laetitia Giraud", "laeti.giraud@icloud.com"),
         subj="listes",
         body="retirez moi de vos listes de diffusion svp 🙏\n\nEnvoyé de mon iPhone\n",
         shape="alt"),

    dict(key="obj-ch-envoi-publicitaire", rights=["objection"], lang="fr", var="CH",
         frm=("Daniel Favre", "daniel.favre@sunrise.ch"),
         subj="Envois",
         body="""\
Madame,
Je vous prie de cesser tout envoi publicitaire à mon adresse.
Meilleures salutations
D. Favre
"""),

    # NEAR-LINE: "remove me of the list" = unsubscribe from the newsletter -> objection only, not erasure.
    dict(key="obj-en-es-remove-list", rights=["objection"], lang="en", var="ES",
         frm=("Lucía Fernández", "lucia.fdez@gmail.com"),
         subj="newsletter",
         body="Hello, I don't want receive more your newsletter. Please remove me of the list. Thank you\n"),

    dict(key="obj-plus-mails-marketing", rights=["objection"], lang="fr", var="FR-informal",
         frm=("Thomas Rey", "thomas.rey@hotmail.fr"),
         subj="",
         body="plus de mails marketing merci\n\nObtenir Outlook pour Android\n"),

    dict(key="obj-formel-prospection", rights=["objection"], lang="fr", var="FR",
         frm=("Gilles Besson", "gilles.besson@laposte.net"),
         subj="Opposition",
         body="""\
Je m'oppose au traitement de mes données à des fins de prospection
commerciale.
Gilles Besson
""", shape="html"),

    dict(key="obj-en-opt-out-texts", rights=["objection"], lang="en", var="GB",
         frm=("Zoe Mitchell", "zoe.mitchell@gmail.com"),
         subj="opt out",
         body="Opt me out of marketing emails and texts, thanks.\n"),

    # ====================================================== WITHDRAW CONSENT
    dict(key="wc-temoignage-site", rights=["withdraw_consent"], lang="fr", var="FR",
         frm=("Brigitte Noël", "brigitte.noel@orange.fr"),
         subj="témoignage",
         body="Je retire mon témoignage du site svp.\nBrigitte\n"),

    dict(key="wc-photo-atelier", rights=["withdraw_consent"], lang="fr", var="FR-informal",
         frm=("Camille Hubert", "camille.hubert@gmail.com"),
         subj="photo",
         body="Enlevez la photo de l'atelier où on me voit svp, je ne suis plus d'accord.\n",
         shape="alt"),

    dict(key="wc-en-video-testimonial", rights=["withdraw_consent"], lang="en", var="GB",
         frm=("Louise Carter", "louise.carter@outlook.com"),
         subj="video",
         body="Please take down my video testimonial. I withdraw my consent.\n\nLouise\n"),

    dict(key="wc-questionnaire-stats", rights=["withdraw_consent"], lang="fr", var="FR-informal",
         frm=("Nicole Barre", "nicole.barre@sfr.fr"),
         subj="questionnaire",
         body="je ne veux plus que mon questionnaire serve à vos stats. merci\n"),

    dict(key="wc-qc-temoignage-facebook", rights=["withdraw_consent"], lang="fr", var="CA",
         frm=("Josée Pelletier", "josee.pelletier@hotmail.com"),
         subj="mon témoignage",
         body="Peux-tu retirer mon témoignage de ta page Facebook? J'aime mieux pas finalement.\n"),

    dict(key="wc-en-group-recording", rights=["withdraw_consent"], lang="en", var="GB",
         frm=("Amir Khan", "amir.khan@gmail.com"),
         subj="recording",
         body="I'd like to withdraw my consent for the recording of our group session on Tuesday.\n"),

    # NEAR-LINE: the photo was published under a signed authorisation; "retirez-la" revokes that consent.
    dict(key="wc-retirez-la-photo-quote", rights=["withdraw_consent"], lang="fr", var="FR",
         frm=("Océane Lebrun", "oceane.lebrun@gmail.com"),
         subj="Re: photo de groupe",
         body="non finalement, retirez-la svp\n",
         q=("gmail_fr", """\
Bonjour à toutes,

Comme convenu lors de l'atelier (vous aviez toutes signé l'autorisation),
voici la photo de groupe publiée sur Instagram et sur le site.

Merci encore pour cette belle journée !
Sandra""")),

    dict(key="wc-donnees-sante", rights=["withdraw_consent"], lang="fr", var="FR",
         frm=("Catherine Royer", "catherine.royer@free.fr"),
         subj="consentement",
         body="Je retire mon consentement à la collecte de mes données de santé.\nC. Royer\n"),

    dict(key="wc-en-quote-sales-page", rights=["withdraw_consent"], lang="en", var="US",
         frm=("Jenna Walsh", "jenna.walsh@gmail.com"),
         subj="my quote",
         body="Remove my quote from your sales page please, I no longer agree to it being used.\n"),

    dict(key="wc-be-audio-supervision", rights=["withdraw_consent"], lang="fr", var="BE",
         frm=("Sarah Peeters", "sarah.peeters@skynet.be"),
         subj="Enregistrement",
         body="""\
Bonjour Sandra,
Je ne souhaite plus que l'enregistrement audio de ma séance serve pour votre
supervision. Je retire mon accord.
Bien à vous, Sarah
"""),

    # NEAR-LINE: "don't use" about a testimonial is withdrawal of testimonial consent, not restriction.
    dict(key="wc-en-dont-use-testimonial", rights=["withdraw_consent"], lang="en", var="GB",
         frm=("Natalie Ford", "natalie.ford@icloud.com"),
         subj="Re: your testimonial",
         body="Please don't use my testimonial anymore.\n\nSent from my iPhone\n",
         q=("apple_en", """\
Hi Natalie,

Your lovely words are now on the website, under "What they say". Thank you
again for agreeing to share them!

Sandra""")),

    dict(key="wc-prenom-photo-temoignage", rights=["withdraw_consent"], lang="fr", var="FR-informal",
         frm=("Inès Morel", "ines.morel@gmail.com"),
         subj="",
         body="retirez mon prénom et ma photo du témoignage en ligne svp\n"),

    # ========================================================== POST MORTEM
    dict(key="pm-pere-gerard", date=(2025, 3, 24, 10, 17, 45), rights=["post_mortem"], lang="fr", var="FR",
         frm=("Hélène Moreau", "helene.moreau@orange.fr"),
         subj="Gérard Moreau",
         body="""\
Bonjour,
Mon père, Gérard Moreau, qui suivait vos ateliers, est décédé le 3 mars.
Merci de supprimer son compte. Je joins l'acte de décès.
Sa fille, Hélène Moreau
""", shape="alt", att=[("acte_deces_G_Moreau.pdf", "pdf", ["ACTE DE DECES", "Gerard Moreau", "decede le 3 mars 2025"])]),

    # NEAR-LINE: notary settling an estate -> post_mortem, whatever is asked.
    dict(key="pm-notaire-josiane", date=(2025, 7, 8, 11, 22, 7), rights=["post_mortem"], lang="fr", var="FR",
         frm=("Étude Lambert & Associés", "office.lambert@notaires.fr"),
         subj="Succession Mme Josiane PETIT - réf. 2025/0412",
         body="""\
Madame,

Nous sommes chargés du règlement de la succession de Mme Josiane PETIT,
décédée le 2 juin 2025. Merci de nous communiquer les sommes éventuellement
dues et de clôturer son dossier.

Cordialement,
Pour Maître Lambert, notaire à Châteauroux
Mme F. Giraud, clerc
""", att=[("courrier_succession_PETIT.docx", "docx",
           ["Etude Lambert & Associes", "Succession de Mme Josiane PETIT",
            "Demande de cloture de dossier et de releve des sommes dues"])]),

    # NEAR-LINE: someone leaving instructions for their own data after their death -> post_mortem.
    dict(key="pm-directive-propre", rights=["post_mortem"], lang="fr", var="FR",
         frm=("Christiane Bailly", "christiane.bailly@laposte.net"),
         subj="au cas où",
         body="""\
Si je décède, je veux que tout mon dossier soit détruit. Personne ne doit y
avoir accès, même pas mon mari.
Christiane
"""),

    # NEAR-LINE: heir asks to stop emails and close the account -> post_mortem only (not objection).
    dict(key="pm-en-mother-ann", rights=["post_mortem"], lang="en", var="IE",
         frm=("Ciara Walsh", "ciara.walsh@gmail.com"),
         subj="Ann Walsh",
         body="My mother Ann Walsh passed away last month. Please stop the emails and close her account.\nCiara\n"),

    dict(key="pm-en-executor-david", date=(2025, 2, 18, 15, 9, 30), rights=["post_mortem"], lang="en", var="GB",
         frm=("Richard Clarke", "richard.clarke@clarke-law.co.uk"),
         subj="Estate of David Clarke",
         body="""\
I'm the executor of the estate of David Clarke (d. 14 January). Please send me
copies of any records you hold for him. Grant of probate attached.

Richard Clarke
""", att=[("grant_of_probate.pdf", "pdf", ["GRANT OF PROBATE", "Estate of David Clarke"])]),

    dict(key="pm-epouse-jean-luc", rights=["post_mortem"], lang="fr", var="FR",
         frm=("Jean-Luc Masson", "jl.masson@wanadoo.fr"),
         subj="",
         body="Mon épouse est décédée. Vous pouvez effacer ses données. Jean-Luc\n"),

    dict(key="pm-sms-maman-decedee", date=(2026, 1, 21, 22, 47, 10), rights=["post_mortem"], lang="fr", var="FR-informal",
         frm=("Aline", "aline.dupuis@gmail.com"),
         subj="maman",
         body="bjr maman est decedee le 12/01. merci darreter les mails a son adresse (francoise.dupuis@orange.fr). sa fille\n"),

    dict(key="pm-be-frere-enregistrements", rights=["post_mortem"], lang="fr", var="BE",
         frm=("Anne Dubois", "anne.dubois@skynet.be"),
         subj="Luc Dubois",
         body="""\
Bonjour,
Mon frère, Luc Dubois, nous a quittés le mois dernier. Je souhaite
récupérer les enregistrements de ses séances pour la famille.
Bien à vous,
Anne Dubois
""", att=[("certificat_deces.jpg", "jpg")]),

    dict(key="pm-en-own-directive", rights=["post_mortem"], lang="en", var="IN",
         frm=("Rohan Patel", "rohan.patel@gmail.com"),
         subj="directive",
         body="Directive for after my death: delete all my coaching notes, don't give them to anyone. - R. Patel\n"),

    # NEAR-LINE: relative of a deceased person asks a correction -> still post_mortem only, not rectification.
    dict(key="pm-mari-facturation-succession", date=(2026, 1, 13, 10, 35, 2), rights=["post_mortem"], lang="fr", var="FR",
         frm=("Françoise Girard", "francoise.girard@orange.fr"),
         subj="Facturation",
         body="""\
Bonjour,
Mon mari, Alain Girard, est décédé en décembre. Merci de corriger son adresse
de facturation au nom de la succession : Succession Girard, c/o Étude
Renaud, 5 bd Stalingrad, 36100 Issoudun.
F. Girard
"""),

    # NEAR-LINE: parents of a deceased son ask to take down his testimonials -> post_mortem only, not withdraw_consent.
    dict(key="pm-ch-fils-temoignages", date=(2025, 5, 27, 19, 14, 8), rights=["post_mortem"], lang="fr", var="CH",
         frm=("Famille Rochat", "rochat.famille@bluewin.ch"),
         subj="Notre fils Mathieu",
         body="""\
Madame,
Notre fils Mathieu est décédé en avril. Nous souhaitons que ses témoignages
soient retirés de votre site.
Avec nos salutations,
Jean et Marianne Rochat
"""),

    dict(key="pm-en-husband-unsubscribe", rights=["post_mortem"], lang="en", var="US",
         frm=("Karen Miller", "karen.miller@comcast.net"),
         subj="Steve Miller",
         body="Hi, my husband Steve passed. Can you unsubscribe him? - Karen\n"),

    # NEAR-LINE: "oui tout supprimer" answers condolences + offer to delete the mother's data -> post_mortem.
    dict(key="pm-oui-tout-supprimer-quote", rights=["post_mortem"], lang="fr", var="FR",
         frm=("Stéphanie Lacroix", "steph.lacroix@gmail.com"),
         subj="Re: Condoléances",
         body="oui tout supprimer. merci pour votre message\n",
         q=("gmail_fr", """\
Bonjour Stéphanie,

Toutes mes condoléances pour votre maman. Souhaitez-vous que je supprime
l'ensemble de ses données (dossier, compte formation, newsletter) ?

Je pense bien à vous,
Sandra""")),

    # ================================================== MULTI-RIGHT REQUESTS
    dict(key="multi-acc-rect-tel", rights=["access", "rectification"], lang="fr", var="FR-informal",
         frm=("Fabien Charpentier", "fabien.charpentier@gmail.com"),
         subj="mes infos",
         body="envoyez moi ce que vous avez sur moi, et au passage mon tel c'est 06 44 21 90 87 maintenant\n"),

    dict(key="multi-en-acc-rect-greene", rights=["access", "rectification"], lang="en", var="GB",
         frm=("Lucy Greene", "lucy.greene@gmail.com"),
         subj="file + surname",
         body="Can you send me a copy of my file? Also my surname is now Greene (married, was Howard).\n"),

    dict(key="multi-acc-rect-impasse-quote", rights=["access", "rectification"], lang="fr", var="FR",
         frm=("Denis Renard", "denis.renard@hotmail.fr"),
         subj="RE: votre demande",
         body="oui la copie. et l'adresse est fausse : 8 impasse des Lilas, pas 18\n",
         q=("outlook_fr", """\
Bonjour Monsieur Renard,

Je peux vous envoyer une copie des données que je détiens vous concernant
(identité, adresse, factures, fiches de séance). Vous la voulez ?

Sandra Delomenie""")),

    dict(key="multi-acc-era-copie-puis", rights=["access", "erasure"], lang="fr", var="FR",
         frm=("Valérie Simon", "valerie.simon@orange.fr"),
         subj="dossier",
         body="Envoyez-moi une copie de mon dossier puis supprimez tout. CNI jointe.\nV. Simon\n",
         att=[("CNI_recto_verso.jpg", "jpg")], shape="alt"),

    dict(key="multi-en-acc-era", rights=["access", "erasure"], lang="en", var="US",
         frm=("Chris Nolan", "chris.nolan.ny@gmail.com"),
         subj="",
         body="Send me what you have, then delete it all.\n\nSent from my Galaxy\n"),

    dict(key="multi-era-wc-temoignage", rights=["erasure", "withdraw_consent"], lang="fr", var="FR-informal",
         frm=("Emma Lefort", "emma.lefort@gmail.com"),
         subj="témoignage + données",
         body="retirez mon témoignage et effacez toutes mes données svp\n"),

    dict(key="multi-en-era-wc-photo", rights=["erasure", "withdraw_consent"], lang="en", var="GB",
         frm=("Hannah Price", "hannah.price@outlook.com"),
         subj="Photo and data",
         body="Take down my photo from the website and delete all my data.\n\nHannah\n",
         shape="alt"),

    dict(key="multi-qc-era-wc-video", rights=["erasure", "withdraw_consent"], lang="fr", var="CA",
         frm=("Kevin Lavoie", "kevin.lavoie@videotron.ca"),
         subj="vidéo",
         body="Enlève ma vidéo témoignage pis efface tout mon dossier stp.\nKev\n"),

    dict(key="multi-era-wc-enregistrement", rights=["erasure", "withdraw_consent"], lang="fr", var="FR",
         frm=("Laure Delaunay", "laure.delaunay@free.fr"),
         subj="Retrait et suppression",
         body="""\
Bonjour,
Je retire mon accord pour l'enregistrement des séances et je demande la
suppression de l'ensemble de mes données.
Laure Delaunay
""", shape="qp"),

    dict(key="multi-era-obj-newsletter", rights=["erasure", "objection"], lang="fr", var="FR-informal",
         frm=("Gaëlle Perrin", "gaelle.perrin@yahoo.fr"),
         subj="désinscription",
         body="désinscription newsletter + suppression de toutes mes données merci\n"),

    dict(key="multi-en-era-obj", rights=["erasure", "objection"], lang="en", var="US",
         frm=("", "mike.d.harris@aol.com"),
         subj="unsubscribe",
         body="unsubscribe me and delete my data\n"),

    dict(key="multi-stop-effacez-quote", date=(2025, 10, 4, 16, 30, 51), rights=["erasure", "objection"], lang="fr", var="FR",
         frm=("Roland Michaud", "roland.michaud@orange.fr"),
         subj="RE: La lettre de Floraison de Soi - octobre",
         body="stop. et effacez mes données de votre fichier.\n",
         q=("orange_fr", NL_OCT), qa=C),

    dict(key="multi-acc-port-nouveau-coach", rights=["access", "portability"], lang="fr", var="FR",
         frm=("Cécile Marty", "cecile.marty@gmail.com"),
         subj="mes données",
         body="Je voudrais voir ce que vous avez sur moi, et recevoir le tout en csv pour mon nouveau coach.\n"),

    dict(key="multi-en-acc-port-json", rights=["access", "portability"], lang="en", var="GB",
         frm=("Ian Fletcher", "ian.fletcher@btinternet.com"),
         subj="data",
         body="What data do you hold on me? And please export it as JSON so I can move it.\n"),

    dict(key="multi-acc-port-reutilisable", rights=["access", "portability"], lang="fr", var="FR",
         frm=("Hervé Bertin", "herve.bertin@laposte.net"),
         subj="RGPD",
         body="Quelles données détenez-vous ? Merci de me les envoyer dans un format réutilisable.\nH. Bertin\n",
         shape="b64"),

    dict(key="multi-obj-wc-photo-page", rights=["objection", "withdraw_consent"], lang="fr", var="FR",
         frm=("Sabine Leclerc", "sabine.leclerc@icloud.com"),
         subj="",
         body="Plus de newsletter et retirez ma photo de votre page atelier svp.\n\nEnvoyé de mon iPad\n"),

    dict(key="multi-en-obj-wc", rights=["objection", "withdraw_consent"], lang="en", var="US",
         frm=("Tara Quinn", "tara.quinn@gmail.com"),
         subj="unsubscribe + testimonial",
         body="Unsubscribe me, and please remove my testimonial from your site.\n"),

    dict(key="multi-restr-acc-erreurs", rights=["access", "restriction"], lang="fr", var="FR",
         frm=("Philippe Collet", "philippe.collet@free.fr"),
         subj="Erreurs dans mon dossier",
         body="""\
Mon dossier contient des erreurs. En attendant vérification, n'utilisez plus
mes données, et envoyez-moi une copie de ce que vous avez.
P. Collet
"""),

    dict(key="multi-en-restr-acc", rights=["access", "restriction"], lang="en", var="GB",
         frm=("Laura Bishop", "laura.bishop@outlook.com"),
         subj="my data",
         body="Please freeze my data while I check it, and send me a copy of everything first.\n"),

    dict(key="multi-rect-obj-email", rights=["objection", "rectification"], lang="fr", var="FR-informal",
         frm=("Marion Roussel", "m.roussel@laposte.net"),
         subj="",
         body="nouvel email : m.roussel@laposte.net (l'ancien c'était marion.r@club-internet.fr). et plus de newsletter svp\n"),

    dict(key="multi-en-rect-obj-bath", rights=["objection", "rectification"], lang="en", var="GB",
         frm=("Paul Ashby", "paul.ashby@gmail.com"),
         subj="address",
         body="New address for invoices: 14 Oak Lane, Bath BA1 2AB. And no more marketing emails, please.\n"),

    dict(key="multi-acc-era-obj-trois", rights=["access", "erasure", "objection"], lang="fr", var="FR",
         frm=("Corinne Vasseur", "corinne.vasseur@sfr.fr"),
         subj="RGPD",
         body="Désabonnez-moi, dites-moi quelles données vous avez, puis effacez-les.\n"),

    # NEAR-LINE: both a copy (access) and a CSV to load elsewhere (portability) are asked, plus a corrected value.
    dict(key="multi-en-acc-port-rect", rights=["access", "portability", "rectification"], lang="en", var="GB",
         frm=("Jonathan Weir", "jonathan.weir@gmail.com"),
         subj="records",
         body="""\
Please correct my company name to Brightwell Ltd, send me a copy of my
records, and an export in CSV I can load into our HR system.
Jon
"""),

    dict(key="multi-era-port-csv", rights=["erasure", "portability"], lang="fr", var="FR-informal",
         frm=("Anthony Leroux", "anthony.leroux@gmail.com"),
         subj="export",
         body="Exportez mes données en csv et ensuite effacez toutes mes données svp\n"),

    dict(key="multi-en-era-port-anna", rights=["erasure", "portability"], lang="en", var="GB",
         frm=("Victoria Lane", "victoria.lane@outlook.com"),
         subj="Transfer",
         body="Transfer my files to my new coach (anna@annacoaching.co.uk) and then erase everything you hold.\n\nV\n"),
]
