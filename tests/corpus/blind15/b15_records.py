# -*- coding: utf-8 -*-
"""Message records for the b15 held-out corpus (DSR Desk, Floraison de Soi).
Each record: key, lang, rights (space-separated in r()), frm, subj, body, optional
shape (plain/html/alt), cte, quote, attach, fwd, headers, to, cc, reply, raw.
Only the new text of a message counts for the label."""

RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "Floraison de Soi <contact@floraisondesoi.fr>"


def r(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=rights.split() if rights else [], frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


# =====================================================================
# 1. FRENCH MULTI-RIGHT REQUESTS
# =====================================================================

r("fr-acc-era-1", "fr", "access erasure", "Mélanie Roux <melanie.roux84@gmail.com>",
  "Mes données personnelles",
  """Bonjour Sandra,

J'ai suivi votre accompagnement individuel en 2023 et je ne compte pas reprendre de séances.

Avant tout, j'aimerais recevoir une copie de l'ensemble des informations que vous conservez sur moi (fiches de suivi, notes de séances, questionnaires). Une fois que je les aurai reçues, merci de tout supprimer de votre côté.

Bien cordialement,
Mélanie Roux""")

r("fr-acc-era-2", "fr", "access erasure", "J. Perrichon <jperrichon@orange.fr>",
  "demande RGPD",
  """Madame,

En application des articles 15 et 17 du RGPD, je vous demande :
1. de me communiquer l'ensemble des données personnelles me concernant que vous détenez, ainsi que leur source ;
2. puis de procéder à leur effacement complet, y compris sur Systeme.io et Google Drive.

Vous trouverez ci-joint une copie de ma carte d'identité.

Jacques Perrichon
12 allée des Tilleuls, 36100 Issoudun""",
  attach=["CNI_Perrichon.pdf"])

r("fr-acc-era-3", "fr", "access erasure", "Nadège <nadege.b@free.fr>",
  "Re: Votre atelier du 14",
  """Bonjour,
je voudrais savoir ce que vous avez gardé comme infos sur moi depuis l'atelier "Confiance en soi" et ensuite que vous effaciez tout. Je ne souhaite plus figurer dans vos fichiers.
Merci
Nadège Bertin

Envoyé de mon iPhone""",
  quote=dict(style="apple", who=C, text="""Bonjour à toutes et à tous,

Merci encore pour votre présence à l'atelier. Vous trouverez le support en pièce jointe.

Belle journée,
Sandra"""))

r("fr-acc-era-4", "fr", "access erasure", "Corinne Vallat <corinne.vallat@laposte.net>",
  "Dossier coaching - fin",
  """Bonjour Sandra,

Notre accompagnement s'est terminé il y a maintenant deux ans. Je fais un peu de rangement dans ma vie numérique et je vous écris pour deux choses :

- d'abord, pouvez-vous me dire quelles informations vous avez encore sur moi et à qui elles ont été transmises (comptable, plateformes...) ?

- ensuite, je souhaite que mes données de santé et mes notes de séance soient supprimées, ainsi que le reste de mon dossier dans la mesure où la loi le permet.

Merci d'avance, et encore merci pour tout ce travail ensemble.

Corinne""")

r("fr-acc-era-5", "fr", "access erasure", "Bruno Lefèvre <bruno.lefevre@sfr.fr>",
  "Suppression après consultation",
  """Bonjour,

Je souhaite exercer mon droit d'accès : merci de m'envoyer une copie de mes données (inscriptions, paiements, échanges). Je vous demanderai ensuite leur suppression définitive - considérez ce message comme valant aussi demande d'effacement, à exécuter une fois la copie envoyée.

Cordialement,
B. Lefèvre""", cte="quoted-printable")

r("fr-acc-era-6", "fr", "access erasure", "Aurélie Dumas <aurelie.dumas@hotmail.fr>",
  "RE: Confirmation de votre inscription",
  """Bonjour,

Finalement je ne participerai à rien d'autre. Je vous demande de m'indiquer quelles données vous détenez sur moi, puis de les effacer toutes, merci.

Aurélie Dumas""",
  quote=dict(style="outlook", who=C, text="""Bonjour Aurélie,

Votre inscription au cercle de parole du 12 est bien confirmée. Le lien Zoom vous sera envoyé la veille.

Sandra Delomenie
Floraison de Soi"""))

r("fr-acc-port-1", "fr", "access portability", "Claire Morin <claire.morin@gmail.com>",
  "Export de mes données",
  """Bonjour Sandra,

Je vais poursuivre mon travail avec une thérapeute à Bourges et j'aimerais lui transmettre mon historique.

Pourriez-vous m'envoyer mes données (questionnaires, fiches de suivi, bilans) dans un format réutilisable, idéalement un fichier PDF + un export tableur ? Et j'aimerais aussi savoir précisément tout ce que vous conservez me concernant, pour être sûre de ne rien oublier.

Merci beaucoup,
Claire""")

r("fr-acc-port-2", "fr", "access portability", "Thierry Gaudin <t.gaudin@wanadoo.fr>",
  "demande d'accès et de portabilité",
  """Madame Delomenie,

Je vous prie de bien vouloir :
a) m'indiquer quelles données personnelles me concernant sont traitées par Floraison de Soi, les finalités et les destinataires ;
b) me transmettre les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON).

Je vous remercie par avance.
Thierry Gaudin""")

r("fr-acc-port-3", "fr", "access portability", "Ophélie <ophelie.coach@outlook.fr>",
  "Transfert vers ma nouvelle coach",
  """Coucou Sandra,

Comme je te l'ai dit au téléphone, je déménage à Nantes et je vais continuer avec une autre coach là-bas. Elle me demande si tu pourrais lui transférer directement mon dossier (bilan de départ, objectifs, exercices), son adresse : marion.pelletier.coaching@gmail.com.

Et au passage, j'aimerais bien voir ce qu'il y a dans mon dossier avant, par curiosité 🙂

Bises,
Ophélie""", shape="alt")

r("fr-acc-port-4", "fr", "access portability", "Patrick Chevalier <patrick.chevalier@free.fr>",
  "Formation en ligne - récupérer mes données",
  """Bonjour,

J'ai terminé la formation "Prendre sa place" sur la plateforme. Je voudrais savoir quelles données me concernant sont stockées sur Systeme.io (progression, réponses aux quiz, commentaires) et en obtenir un export que je puisse réimporter ailleurs.

Merci,
Patrick Chevalier""")

r("fr-rect-obj-1", "fr", "objection rectification", "Sylvie Garnier <sylvie.garnier@orange.fr>",
  "Changement d'adresse + newsletter",
  """Bonjour Sandra,

Deux petites choses :
- j'ai déménagé, ma nouvelle adresse est 7 rue Porte Neuve, 18000 Bourges (l'ancienne à Issoudun n'est plus valable) ;
- et je ne souhaite plus recevoir la newsletter, merci de me retirer de la liste.

Belle journée,
Sylvie""")

r("fr-rect-obj-2", "fr", "objection rectification", "Hervé Baudry <herve.baudry@gmail.com>",
  "Erreur sur mon nom",
  """Bonjour,

Mon nom est mal orthographié dans vos envois : c'est Baudry et non Beaudry. Merci de corriger.

Par ailleurs, je préfère ne plus être sollicité pour vos offres de stages. Je reste client pour le suivi en cours mais pas de mails promotionnels.

Cordialement
Hervé Baudry""")

r("fr-rect-obj-3", "fr", "objection rectification", "Lucie Fabre <lucie.fabre@yahoo.fr>",
  "mon numéro",
  """Bonjour, mon numéro a changé : 06 72 14 58 90 (l'ancien 06 11 .. ne marche plus). Et svp arrêtez les SMS de promo pour les ateliers, je préfère recevoir juste les rappels de rdv. Merci Lucie""")

r("fr-rect-obj-4", "fr", "objection rectification", "Mme Josiane Perrin <josiane.perrin36@orange.fr>",
  "Madame",
  """Madame,

Suite à mon mariage je m'appelle désormais Josiane Perrin (et non plus Josiane Marchand). Je vous serais reconnaissante de mettre à jour votre fichier.

Je m'oppose en outre à ce que mes coordonnées soient utilisées à des fins de prospection commerciale.

Veuillez agréer, Madame, mes salutations distinguées.

J. Perrin""", cte="base64")

r("fr-acc-restr-1", "fr", "access restriction", "Marc-Antoine Lebrun <ma.lebrun@protonmail.com>",
  "Notes de séances",
  """Bonjour,

Je conteste certaines informations qui figureraient dans mes notes de séance (une amie commune m'en a parlé et je suis inquiet). Je vous demande :

1) une copie de ces notes ;
2) de ne plus les utiliser ni les partager (supervision, etc.) tant que nous n'avons pas éclairci ce point. Je ne vous demande pas de les supprimer pour l'instant.

Marc-Antoine Lebrun""")
# NEAR-LINE: contesting accuracy + pause = restriction; the copy request adds access. No correction value given, so no rectification.

r("fr-acc-restr-2", "fr", "access restriction", "Émilie Caron <emilie.caron@gmail.com>",
  "Litige - gel de mes données",
  """Bonjour Sandra,

Comme vous le savez, je conteste la facture de novembre. En attendant que cela soit réglé, je vous demande de geler mon dossier : ne rien supprimer, mais ne plus l'utiliser.

J'ai également besoin d'une copie de tous nos échanges et des données de paiement que vous avez sur moi, pour mon avocat.

Émilie Caron""")

r("fr-acc-restr-3", "fr", "access restriction", "Denis Royer <denis.royer@laposte.net>",
  "Mes informations",
  """Bonjour,
Pouvez-vous me dire quelles données vous avez sur moi et avec qui vous les avez partagées ? Et en attendant votre réponse, merci de limiter leur traitement au strict minimum (conservation uniquement).
D. Royer""")

r("fr-era-wc-1", "fr", "erasure withdraw_consent", "Stéphanie Blanc <steph.blanc@gmail.com>",
  "Témoignage et données",
  """Bonjour Sandra,

J'avais accepté que vous publiiez mon témoignage avec ma photo sur votre site et sur Instagram. Je retire ce consentement, merci de les enlever.

Et de façon générale, je souhaite que toutes mes données soient supprimées de vos fichiers.

Merci de votre compréhension,
Stéphanie""")

r("fr-era-wc-2", "fr", "erasure withdraw_consent", "Fabienne Noël <fabienne.noel@orange.fr>",
  "vidéo du stage",
  """Bonjour,

Je ne veux plus apparaître dans la vidéo du stage de juin diffusée sur la page Facebook, je retire mon accord. Et puisque j'y suis : effacez aussi mon compte Systeme.io et toutes mes informations, je ne reviendrai pas.

Fabienne Noël""")

r("fr-era-wc-3", "fr", "erasure withdraw_consent", "Gaëlle Martineau <gaelle.martineau@free.fr>",
  "Retrait",
  """Madame,

Par la présente :
- je retire mon consentement à l'utilisation de mes réponses au questionnaire de satisfaction à des fins de publication ;
- je demande l'effacement de l'ensemble des données me concernant.

Pièce jointe : copie de mon passeport.

Gaëlle Martineau""", attach=["passeport_GMartineau.jpg"])

r("fr-era-wc-4", "fr", "erasure withdraw_consent", "Karine L. <karine.lemaire@sfr.fr>",
  "Re: Merci pour votre témoignage !",
  """Bonjour Sandra,

J'ai réfléchi et finalement je préfère que mon témoignage ne soit pas publié, même avec mes initiales. Et je préfère aussi que vous supprimiez toutes mes données, je traverse une période où j'ai besoin de tourner la page.

Je vous remercie pour tout.
Karine""",
  quote=dict(style="gmail", who=C, text="""Bonjour Karine,

Merci infiniment pour ce beau témoignage ! Avec votre accord, je le publierai sur le site la semaine prochaine.

Sandra"""))

r("fr-era-obj-1", "fr", "erasure objection", "Julien Marchal <julien.marchal@gmail.com>",
  "STOP",
  """Bonjour,

Je reçois vos mails depuis un salon en 2022 auquel je ne me souviens même pas être allé. Merci d'arrêter de m'envoyer vos newsletters et de supprimer mes coordonnées de votre fichier.

Julien Marchal""")

r("fr-era-obj-2", "fr", "erasure objection", "Valérie Chauvin <valerie.chauvin@wanadoo.fr>",
  "Demande",
  """Bonjour,

Je vous demande de ne plus me contacter, ni par mail ni par téléphone, et d'effacer les données me concernant.

Valérie Chauvin""")

r("fr-era-obj-3", "fr", "erasure objection", "Anne-Sophie Renaud <as.renaud@outlook.fr>",
  "Fw: Nouvel atelier en mars 🌸",
  """Bonjour,
je ne veux plus recevoir ce genre de message. Désabonnez-moi et supprimez mes infos svp.
AS Renaud""",
  quote=dict(style="outlook", who=C, to="as.renaud@outlook.fr", subj="Nouvel atelier en mars 🌸", text="""Bonjour à toutes et à tous,

Le printemps arrive et avec lui un nouvel atelier "Oser s'affirmer" le samedi 22 mars à Issoudun !
Places limitées à 8 personnes.

Pour vous désinscrire de cette liste, cliquez ici."""))

r("fr-acc-rect-1", "fr", "access rectification", "Isabelle Poirier <isabelle.poirier@gmail.com>",
  "Fiche client",
  """Bonjour Sandra,

En regardant ma facture j'ai vu que ma date de naissance était fausse (c'est le 03/07/1979, pas le 07/03/1979). Pourriez-vous la corriger ?

Et tant qu'à faire, j'aimerais bien recevoir une copie de ma fiche client complète pour vérifier le reste.

Merci !
Isabelle""")

r("fr-acc-rect-2", "fr", "access rectification", "Rémi Fontaine <remi.fontaine@laposte.net>",
  "Droit d'accès et rectification",
  """Bonjour Madame,

Je souhaiterais connaître l'ensemble des données me concernant que vous avez enregistrées. Par ailleurs, l'adresse mail rf.fontaine@free.fr n'est plus la mienne : merci de la remplacer par celle-ci, remi.fontaine@laposte.net.

Cordialement,
Rémi Fontaine""")

r("fr-acc-rect-3", "fr", "access rectification", "Nathalie Giraud <n.giraud@orange.fr>",
  "Erreur dans le compte rendu",
  """Bonjour,

Dans le compte rendu de bilan que vous m'avez envoyé, il est écrit que j'ai deux enfants, alors que j'en ai trois. Merci de rectifier cette information dans votre dossier.

J'aimerais aussi savoir ce qui est noté d'autre sur moi, pouvez-vous m'envoyer tout ce que vous avez ?

Nathalie Giraud""")

r("fr-acc-obj-1", "fr", "access objection", "Laurent Bonnet <laurent.bonnet@gmail.com>",
  "Comment avez-vous eu mon adresse ?",
  """Bonjour,

Je reçois vos e-mails promotionnels alors que je n'ai jamais été client. D'où tenez-vous mon adresse et quelles autres informations avez-vous sur moi ?

Je m'oppose à toute prospection de votre part à l'avenir.

L. Bonnet""")

r("fr-acc-obj-2", "fr", "access objection", "Sophie Lambert <sophie.lambert@icloud.com>",
  "statistiques",
  """Bonjour Sandra,

Je voudrais savoir quelles données me concernant vous utilisez pour vos statistiques de satisfaction, et je ne souhaite pas que mes réponses y figurent : vu ma situation (je travaille dans le même secteur), je préfère qu'elles ne soient pas exploitées de cette manière.

Bien à vous,
Sophie""")
# NEAR-LINE: stop using answers for statistics on grounds of her situation = objection (not withdraw_consent: she is a client, basis is legitimate interest).

r("fr-port-era-1", "fr", "erasure portability", "Hélène Schmitt <helene.schmitt@gmail.com>",
  "Fin de l'accompagnement",
  """Bonjour Sandra,

Merci pour ces mois de travail. Pour clôturer proprement :
1. Pouvez-vous m'envoyer l'ensemble de mes documents et fiches dans un format que je peux réutiliser (Word ou tableur) ?
2. Ensuite, merci de supprimer définitivement mon dossier de votre Google Drive et de vos autres outils.

Hélène""")

r("fr-port-era-2", "fr", "erasure portability", "Cédric Mallet <cedric.mallet@free.fr>",
  "Export + suppression compte formation",
  """Bonjour,

Je souhaite récupérer mes données de la formation en ligne (mes exercices et mes notes) sous forme de fichier exportable, puis que mon compte et toutes les données associées soient supprimés.

Cordialement,
Cédric Mallet""")

r("fr-acc-era-obj-1", "fr", "access erasure objection", "Michèle Arnaud <michele.arnaud@orange.fr>",
  "Vos courriels",
  """Madame,

Je vous prie de cesser immédiatement l'envoi de vos courriels publicitaires.

Je souhaite par ailleurs savoir quelles informations vous détenez à mon sujet, et qu'elles soient ensuite supprimées.

Michèle Arnaud""")

r("fr-acc-port-era-1", "fr", "access erasure portability", "Romain Tessier <romain.tessier@gmail.com>",
  "RGPD - accès, portabilité, effacement",
  """Bonjour,

Dans le cadre du RGPD, je vous demande :
- l'accès à toutes mes données personnelles (quelles données, quelles finalités, quels destinataires) ;
- la transmission des données que je vous ai fournies dans un format lisible par machine ;
- puis l'effacement de toutes ces données.

Merci de me confirmer la prise en compte de ma demande.

Romain Tessier""")

r("fr-rect-era-1", "fr", "erasure rectification", "Agnès Vidal <agnes.vidal@laposte.net>",
  "Mise à jour",
  """Bonjour Sandra,

Je continue mon accompagnement mais je voudrais faire un peu de ménage :
- mon adresse est maintenant 3 place du Marché, 36100 Issoudun ;
- et je souhaite que le questionnaire de santé que j'avais rempli en 2021 soit supprimé, il n'est plus d'actualité et je ne veux pas qu'il traîne.

Merci,
Agnès""")
# NEAR-LINE: deletion of a specific health document (not all data) is still erasure; the address update is rectification.

r("fr-obj-wc-1", "fr", "objection withdraw_consent", "Laetitia Morel <laetitia.morel@gmail.com>",
  "Newsletter et photos",
  """Bonjour,

Merci de me désabonner de la newsletter. Et je retire mon accord pour les photos du cercle de femmes où j'apparais : merci de les enlever de la page Facebook.

Laetitia""")

r("fr-obj-wc-2", "fr", "objection withdraw_consent", "Pascale Lemoine <pascale.lemoine@sfr.fr>",
  "Enregistrement audio",
  """Bonjour Sandra,

Je ne souhaite plus que l'enregistrement audio de mon témoignage soit utilisé dans vos contenus, je retire mon consentement.
Et je ne veux plus recevoir vos mails commerciaux.

Pascale""")

r("fr-restr-obj-1", "fr", "objection restriction", "Georges Hamon <georges.hamon@orange.fr>",
  "Données inexactes",
  """Madame,

Les informations que vous détenez sur ma situation professionnelle sont inexactes (je ne suis plus cadre chez Arvalis). En attendant vérification, je vous demande de suspendre tout traitement de mes données.

Et retirez-moi de votre liste de diffusion.

G. Hamon""")

r("fr-rect-restr-1", "fr", "rectification restriction", "Sandrine Aubert <sandrine.aubert@gmail.com>",
  "Deux demandes",
  """Bonjour Sandra,

1. Mon prénom est Sandrine et non Sandra sur mon compte de formation, pouvez-vous corriger ?
2. Je fais une pause dans l'accompagnement pendant quelques mois. Je voudrais que mon dossier reste en l'état mais qu'il ne soit plus utilisé (pas de relance, pas de réutilisation en supervision) tant que je ne vous ai pas recontactée. Ne supprimez rien.

Merci beaucoup,
Sandrine""")

r("fr-acc-wc-1", "fr", "access withdraw_consent", "Valentine Roche <valentine.roche@gmail.com>",
  "Ma photo sur le site",
  """Bonjour,

Je vois que ma photo est toujours sur la page "Ils m'ont fait confiance". Je retire mon autorisation, merci de la retirer.

Et pouvez-vous me dire quelles autres données vous conservez sur moi ?

Valentine""")

r("fr-port-obj-1", "fr", "objection portability", "Yannick Collet <yannick.collet@free.fr>",
  "Données de ma formation",
  """Bonjour,

Pouvez-vous m'envoyer mes résultats de quiz et mon attestation de suivi sous forme de fichier CSV ou Excel, pour que je puisse les intégrer à mon dossier CPF ? Par ailleurs, je ne souhaite plus recevoir de propositions commerciales.

Yannick Collet""")
# NEAR-LINE: attestation de suivi alone would be a service document; "CSV/Excel ... intégrer" = reusable format -> portability.

r("fr-acc-era-wc-1", "fr", "access erasure withdraw_consent", "Christine Delmas <christine.delmas@orange.fr>",
  "Ma demande",
  """Bonjour,

Je vous écris pour trois choses.

Premièrement, je retire mon consentement pour mon témoignage vidéo.

Deuxièmement, je souhaite savoir quelles données vous avez sur moi.

Enfin, je souhaite que tout soit effacé une fois que vous m'aurez répondu.

Cordialement,
Christine Delmas""")

r("fr-acc-era-7", "fr", "access erasure", "Olivier Besson <olivier.besson@gmail.com>",
  "Formulaire de contact - demande",
  """Bonjour Mme Delomenie,
pourriez-vous m'envoyer une copie de mes données puis les supprimer ? Mon adresse de connexion était olivier.besson@gmail.com.
Merci
Olivier""", shape="html")

r("fr-acc-obj-3", "fr", "access objection", "Fanny Carpentier <fanny.carpentier@yahoo.fr>",
  "Profilage ?",
  """Bonjour,

J'ai l'impression de recevoir des offres très ciblées selon les pages que je visite sur votre site. Pouvez-vous m'indiquer quelles données de navigation vous avez me concernant ? Je m'oppose à ce profilage et à l'utilisation de ces données à des fins publicitaires.

Fanny Carpentier""")

r("fr-restr-acc-4", "fr", "access restriction", "Jean-Luc Marie <jl.marie@wanadoo.fr>",
  "Suspension",
  """Bonjour Sandra,

Je suis en désaccord avec le contenu du bilan de compétences que vous avez rédigé me concernant, certains éléments sont faux.
Merci de ne plus l'utiliser ni le transmettre à mon employeur tant que nous n'en avons pas discuté, et de m'en adresser une copie intégrale.

Jean-Luc Marie""")

# =====================================================================
# 2. ENGLISH MULTI-RIGHT REQUESTS
# =====================================================================

r("en-acc-era-1", "en", "access erasure", "Rachel Hughes <rachel.hughes@gmail.com>",
  "Data request",
  """Hi Sandra,

I attended one of your online workshops last year while I was living in France. I'd like a copy of whatever personal data you hold about me, and once I've received it, please delete it all.

Thanks,
Rachel Hughes""")

r("en-acc-era-2", "en", "access erasure", "Tom Whitaker <tom.whitaker@outlook.com>",
  "Subject access request and erasure",
  """Dear Ms Delomenie,

Under Articles 15 and 17 GDPR I request (1) confirmation of whether you process my personal data and a copy of it, including its source and any recipients, and (2) erasure of that data after you have provided the copy.

Kind regards,
Tom Whitaker""")

r("en-acc-port-1", "en", "access portability", "Emma Clarke <emma.clarke@protonmail.com>",
  "Moving my coaching file",
  """Hello Sandra,

I'm moving back to Dublin and will continue coaching with someone there. Could you send my file (intake questionnaire, session summaries, goals sheet) directly to her at aoife@brightpathcoaching.ie, in a format she can open and reuse?

Also, I'd like to know everything you have stored about me - just so I know.

All the best,
Emma""")

r("en-acc-port-2", "en", "access portability", "Daniel Novak <dnovak@gmail.com>",
  "Course data export",
  """Hi,

1. What personal data of mine do you hold on the course platform and elsewhere?
2. Please export my course progress, quiz answers and notes as CSV or JSON.

Cheers,
Daniel""")

r("en-rect-obj-1", "en", "objection rectification", "Sarah O'Neill <sarah.oneill@yahoo.co.uk>",
  "Wrong surname + emails",
  """Hi,

You've got my surname as "O'Neil" - it's O'Neill with two Ls. Could you fix that?

Also please stop sending me the marketing emails, I only want the practical info for the retreat I booked.

Sarah""")

r("en-acc-restr-1", "en", "access restriction", "Mark Jennings <mark.jennings@gmail.com>",
  "Session notes",
  """Dear Sandra,

I believe some of what's recorded in my session notes is inaccurate. Please send me a full copy of the notes, and until we have gone through them, please don't use them for anything (don't delete them either).

Regards,
Mark""")

r("en-era-wc-1", "en", "erasure withdraw_consent", "Hannah Brooks <hannah.brooks@icloud.com>",
  "Please remove my testimonial",
  """Hi Sandra,

I'd like to withdraw my consent for the testimonial and photo on your website. And actually, please delete all my data altogether - I've decided to close this chapter.

Thank you for understanding,
Hannah""")

r("en-era-obj-1", "en", "erasure objection", "Peter Lang <peter.lang@gmx.de>",
  "Unsubscribe and delete",
  """Hello,

Please unsubscribe me from all mailings and erase my contact details from your database.

Peter Lang""")

r("en-acc-rect-1", "en", "access rectification", "Olivia Bennett <olivia.bennett@gmail.com>",
  "My details",
  """Hi Sandra,

My phone number has changed to +44 7700 900 123 - the French one you have is no longer in use. Could you also send me a copy of the personal information you hold on me?

Thanks!
Olivia""")

r("en-port-era-1", "en", "erasure portability", "James Carter <james.carter@hotmail.com>",
  "Export then delete",
  """Hi,

Before I leave the platform, I'd like an export of all my data (in a machine-readable format please), and then I'd like my account and all associated data deleted.

James""")

r("en-acc-obj-1", "en", "access objection", "Laura Mitchell <laura.mitchell@gmail.com>",
  "Where did you get my email?",
  """Hello,

I keep receiving your newsletter but I never signed up. Where did you get my email address from, and what else do you have about me? Please stop emailing me.

Laura Mitchell""")

r("en-obj-wc-1", "en", "objection withdraw_consent", "Chloe Evans <chloe.evans@gmail.com>",
  "Video + newsletter",
  """Hi Sandra,

Two things:
- I no longer consent to the workshop video I'm in being shown on YouTube, please take it down or cut me out.
- Please take me off the newsletter list.

Thanks,
Chloe""")

r("en-acc-port-era-1", "en", "access erasure portability", "Ben Harris <ben.harris@fastmail.com>",
  "GDPR request",
  """Dear Sandra Delomenie,

Please treat this as a formal request to:
(a) give me access to my personal data and tell me who you've shared it with;
(b) send me the data I provided in a structured, machine-readable format;
(c) delete my personal data once (a) and (b) are done.

Regards,
Ben Harris""")

r("en-rect-restr-1", "en", "rectification restriction", "Grace Walker <grace.walker@outlook.com>",
  "Two things",
  """Hi Sandra,

My date of birth in your records should be 14/02/1988, not 1983 - please correct it.

Separately, I'm taking a break from coaching. Please keep my file as it is but don't use it or contact me about it until I get back in touch. No need to delete anything.

Grace""")

# =====================================================================
# 3. FRENCH SINGLE-RIGHT REQUESTS
# =====================================================================

# ---- access
r("fr-acc-1", "fr", "access", "Murielle Gauthier <murielle.gauthier@orange.fr>",
  "Demande de copie de mes données",
  """Bonjour Sandra,

J'aimerais recevoir une copie de toutes les données que vous avez sur moi. Pas besoin de les supprimer, je compte bien revenir en septembre 😊

Murielle""")
# NEAR-LINE: mentions deletion only to exclude it -> access only.

r("fr-acc-2", "fr", "access", "Francis Delorme <francis.delorme@laposte.net>",
  "Droit d'accès",
  """Madame,

Conformément à l'article 15 du RGPD, je vous prie de me faire savoir si des données me concernant sont traitées et, le cas échéant, de m'en communiquer une copie.

Je joins une copie de ma pièce d'identité.

Francis Delorme""", attach=["piece_identite_FDelorme.pdf"])

r("fr-acc-3", "fr", "access", "Inès Benali <ines.benali@gmail.com>",
  "question",
  """Bonjour, à qui avez-vous transmis mes coordonnées ? Depuis que je me suis inscrite à votre webinaire je reçois des appels d'autres coachs... Merci de me dire avec qui mes informations ont été partagées.
Inès""")

r("fr-acc-4", "fr", "access", "Denise Favre <denise.favre@wanadoo.fr>",
  "Re: Votre accompagnement",
  """Bonjour Sandra,

Merci pour votre message. Je n'ai pas encore pris ma décision pour la suite, mais en attendant est-ce que vous pourriez m'envoyer tout ce que vous avez noté me concernant pendant nos séances ? J'aimerais relire tout ça.

Denise""",
  quote=dict(style="gmail", who=S, text="""Bonjour Denise,

Notre cycle de 6 séances se termine. Souhaitez-vous poursuivre ? Je vous propose d'en parler lors d'un appel.

Sandra"""))

r("fr-acc-5", "fr", "access", "Alain Brunet <alain.brunet@sfr.fr>",
  "D'où viennent mes informations",
  """Bonjour,

Je ne vous ai jamais donné mon numéro de portable et pourtant j'ai reçu un SMS de Floraison de Soi. D'où provient ce numéro ? Quelles autres données détenez-vous à mon sujet ?

Alain Brunet""")

r("fr-acc-6", "fr", "access", "Maëlle Guérin <maelle.guerin@outlook.fr>",
  "Demande",
  """Bonjour Sandra,
Est-ce que je pourrais avoir une copie du questionnaire initial et des fiches de suivi que j'ai remplis chez vous ? C'est pour moi, pour garder une trace.
Merci beaucoup !
Maëlle""", shape="html")
# NEAR-LINE: copy of her own questionnaires and follow-up sheets = personal data held -> access (not a course-material request).

# ---- rectification
r("fr-rect-1", "fr", "rectification", "Nicolas Petit <nicolas.petit@gmail.com>",
  "Nouvelle adresse mail",
  """Bonjour,

Merci de remplacer mon ancienne adresse nicolas.petit@hotmail.fr par nicolas.petit@gmail.com, et de supprimer l'ancienne que je n'utilise plus.

Nicolas""")
# NEAR-LINE: "supprimer l'ancienne" with the new value given = rectification only (policy).

r("fr-rect-2", "fr", "rectification", "Béatrice Lacroix <b.lacroix@orange.fr>",
  "correction facture / fiche",
  """Bonjour Sandra,
Sur vos documents mon nom apparaît comme "Lacroit". C'est Lacroix, avec un x. Pouvez-vous corriger dans votre fichier pour les prochaines factures ?
Merci
Béatrice""")

r("fr-rect-3", "fr", "rectification", "Thomas Renard <thomas.renard@free.fr>",
  "Changement de numéro",
  """Bonjour,
Mon ancien numéro 06 45 .. .. .. n'est plus attribué, merci de l'effacer et d'utiliser désormais le 07 81 33 20 64.
Bonne journée
Thomas Renard""")

r("fr-rect-4", "fr", "rectification", "Élodie Marchand <elodie.marchand@gmail.com>",
  "Erreur dans ma fiche de suivi",
  """Bonjour Sandra,

En relisant la synthèse que vous m'avez transmise, je vois qu'il est noté que j'ai quitté mon poste en 2022 : c'est en réalité en 2023, et c'était une rupture conventionnelle, pas une démission. Merci de corriger ma fiche, c'est important pour moi que ce soit exact.

Elodie""")

r("fr-rect-5", "fr", "rectification", "Gérard Moulin <gerard.moulin@wanadoo.fr>",
  "modification de mes coordonnées - ne rien effacer",
  """Bonjour Madame,

Je déménage au 1er du mois : 22 avenue de la Gare, 36000 Châteauroux. Merci de mettre à jour mon adresse. Surtout ne supprimez pas mon dossier, je continue les séances en visio.

Gérard Moulin""")

r("fr-rect-6", "fr", "rectification", "Aline Perret <aline.perret@laposte.net>",
  "Compléter mon dossier",
  """Bonjour,

Lors de mon inscription je n'avais pas indiqué mon allergie au latex, qui ne figure donc pas dans mon dossier alors que l'atelier bien-être utilise des élastiques. Merci de compléter mon dossier avec cette information.

Aline""")
# NEAR-LINE: completing incomplete data (health info) = rectification.

# ---- erasure
r("fr-era-1", "fr", "erasure", "Audrey Lemaire <audrey.lemaire@gmail.com>",
  "Suppression de mon compte et de mes données",
  """Bonjour,

Merci de supprimer mon compte sur la plateforme de formation ainsi que toutes les données me concernant.

Audrey Lemaire""")

r("fr-era-2", "fr", "erasure", "Monique Rey <monique.rey@orange.fr>",
  "Question",
  """Bonjour Sandra,

Pourriez-vous supprimer mes données ? Je n'ai plus besoin de vos services et je préfère ne pas laisser d'informations personnelles traîner.

Merci et bonne continuation,
Monique""")

r("fr-era-3", "fr", "erasure", "Kévin Dupuis <kevin.dupuis@hotmail.fr>",
  "droit à l'oubli",
  """Bjr, je demande l'effacement de mes données conformément à l'article 17 du RGPD. Merci de me confirmer quand c'est fait. Kévin Dupuis""")

r("fr-era-4", "fr", "erasure", "Florence Masson <florence.masson@yahoo.fr>",
  "Fw: Rappel : votre séance de jeudi",
  """Bonjour,

J'ai décidé d'arrêter l'accompagnement. Je voudrais que vous effaciez mes notes de séances et mon questionnaire de santé, ainsi que tout ce que vous avez sur moi. Merci de ne plus m'envoyer de rappels.

Florence""",
  quote=dict(style="outlook", who="Floraison de Soi <noreply@systeme.io>", to="florence.masson@yahoo.fr", subj="Rappel : votre séance de jeudi", text="""Bonjour Florence,

Petit rappel : votre séance est prévue jeudi à 18h00.

À bientôt,
Floraison de Soi"""))
# NEAR-LINE: "ne plus m'envoyer de rappels" = consequence of leaving; reminders are service mail not marketing, so no objection label.

r("fr-era-5", "fr", "erasure", "Laure Benoît <laure.benoit@free.fr>",
  "Mes données chez vous",
  """Bonjour,

Je souhaite que mon dossier soit entièrement supprimé (y compris sur Google Drive). Par contre je garde l'accès à la formation que j'ai achetée, ne fermez pas mon compte Systeme.io svp.

Laure""")
# NEAR-LINE: she asks deletion of the coaching file but to keep the course account -> erasure (partial) only.

r("fr-era-6", "fr", "erasure", "Xavier Meunier <xavier.meunier@gmail.com>",
  "Effacement",
  """Madame,

Je vous demande de bien vouloir effacer toutes les données personnelles me concernant, y compris celles détenues par vos sous-traitants (Systeme.io, Stripe dans la mesure du possible).

Ci-joint ma carte d'identité.

Xavier Meunier""", attach=["CNI recto verso.pdf"])

r("fr-era-7", "fr", "erasure", "Patricia Colin <patricia.colin@orange.fr>",
  "Ma fille - suppression",
  """Bonjour Madame Delomenie,

Ma fille Léa (14 ans) a participé à l'atelier ados "Estime de soi" en avril. Je souhaite, en tant que mère, que toutes les données la concernant (fiche d'inscription, questionnaire) soient supprimées.

Patricia Colin""")
# NEAR-LINE: parent for a minor child = request (policy) -> erasure.

r("fr-era-8", "fr", "erasure", "Maître Antoine Girard <a.girard@girard-avocat.fr>",
  "Mme Hélène Faure - demande d'effacement",
  """Madame,

J'interviens en qualité de conseil de Madame Hélène Faure, qui m'a donné mandat à cet effet (mandat joint).

Ma cliente vous demande l'effacement de l'ensemble des données personnelles la concernant, conformément à l'article 17 du RGPD.

Je vous remercie de m'adresser confirmation de l'exécution de cette demande.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Antoine Girard
Avocat au Barreau de Bourges""", attach=["Mandat_HFaure.pdf"])

# ---- restriction
r("fr-restr-1", "fr", "restriction", "Catherine Bouvier <catherine.bouvier@gmail.com>",
  "Ne rien supprimer mais...",
  """Bonjour Sandra,

Je vais peut-être avoir besoin de mon dossier pour une procédure aux prud'hommes. Je vous demande donc de ne rien supprimer, mais de ne plus utiliser mes données pour quoi que ce soit d'autre d'ici là.

Catherine""")

r("fr-restr-2", "fr", "restriction", "Éric Lambert <eric.lambert@orange.fr>",
  "Contestation",
  """Bonjour,

Je conteste l'exactitude des informations notées à l'issue de notre dernière séance. Je vous demande de suspendre leur utilisation le temps que nous vérifiions ensemble.

Éric Lambert""")

r("fr-restr-3", "fr", "restriction", "Sabrina Moreau <sabrina.moreau@gmail.com>",
  "gel",
  """Bonjour, je ne veux pas que vous supprimiez mes données car j'en aurai besoin pour mon dossier MDPH, mais merci de ne plus vous en servir, juste les garder. Sabrina""")

r("fr-restr-4", "fr", "restriction", "Henri Dubois <henri.dubois@wanadoo.fr>",
  "Limitation du traitement",
  """Madame,

Je sollicite la limitation du traitement de mes données personnelles en application de l'article 18 du RGPD, dans l'attente de l'examen de ma réclamation relative à votre facture n° 2025-041.

Henri Dubois""")

r("fr-restr-5", "fr", "restriction", "Amandine Robin <amandine.robin@laposte.net>",
  "Supervision",
  """Bonjour Sandra,

Vous m'aviez dit que vous présentiez parfois des situations (anonymisées) en supervision. Je préférerais que mon dossier ne soit plus utilisé du tout, même anonymisé, pendant que je réfléchis. Gardez-le, mais mettez-le de côté.

Amandine""")
# NEAR-LINE: "gardez-le mais mettez-le de côté" = don't use, don't delete -> restriction (not objection).

# ---- portability
r("fr-port-1", "fr", "portability", "Vincent Leroy <vincent.leroy@gmail.com>",
  "Transfert de mon dossier",
  """Bonjour Madame,

Je commence un suivi avec Mme Anne Roussel, sophrologue (anne.roussel.sophro@orange.fr). Pouvez-vous lui transmettre directement les documents que je vous ai fournis (questionnaire, bilans) ? Vous pouvez garder une copie de votre côté, ça ne me dérange pas.

Vincent Leroy""")
# NEAR-LINE: "garder une copie" explicitly not erasure -> portability only.

r("fr-port-2", "fr", "portability", "Justine Perrot <justine.perrot@yahoo.fr>",
  "Export de mes réponses",
  """Bonjour,
Pourriez-vous m'envoyer mes réponses aux questionnaires de la formation en format Excel ou CSV ? Je voudrais les réutiliser dans un autre outil.
Merci
Justine""")

r("fr-port-3", "fr", "portability", "Bernard Carré <bernard.carre@orange.fr>",
  "Portabilité",
  """Madame,

Au titre de l'article 20 du RGPD, je vous demande de me transmettre, dans un format structuré et lisible par machine, les données personnelles que je vous ai fournies.

B. Carré""")

# ---- objection
r("fr-obj-1", "fr", "objection", "Valérie Bertrand <valerie.bertrand@gmail.com>",
  "newsletter",
  """Bonjour Sandra,

Je garde bien sûr mon accompagnement et tout ce qui va avec, mais je ne souhaite plus recevoir la newsletter, trop de mails en ce moment ! Merci 🙏

Valérie""")
# NEAR-LINE: "keep everything but stop the newsletter" -> objection only.

r("fr-obj-2", "fr", "objection", "Roger Blanchard <roger.blanchard@orange.fr>",
  "Re: [Floraison de Soi] Les dernières places pour le stage d'été",
  """Désinscrivez-moi s'il vous plaît.""",
  quote=dict(style="gmail", who=C, subj="[Floraison de Soi] Les dernières places pour le stage d'été", text="""Bonjour Roger,

Il reste 3 places pour le stage d'été "Se reconnecter à soi" du 14 au 18 juillet !

Réservez ici : https://floraisondesoi.fr/stage-ete

Vous recevez ce mail car vous êtes inscrit à la newsletter de Floraison de Soi."""))

r("fr-obj-3", "fr", "objection", "Coralie Henry <coralie.henry@sfr.fr>",
  "SMS",
  """Bonjour,
merci de ne plus m'envoyer de SMS promotionnels. Je reste inscrite à l'atelier de samedi, pas de souci.
Coralie""")

r("fr-obj-4", "fr", "objection", "Didier Lucas <didier.lucas@free.fr>",
  "Opposition",
  """Madame,

Je m'oppose, conformément à l'article 21 du RGPD, au traitement de mes données à des fins de prospection.

Didier Lucas""")

r("fr-obj-5", "fr", "objection", "Manon Fleury <manon.fleury@gmail.com>",
  "Ne plus me contacter",
  """Bonjour,

Vous m'avez appelée deux fois cette semaine pour me proposer le nouveau programme. Je ne souhaite plus être contactée, ni par téléphone ni par mail, pour ce genre de proposition. Je vous remercie.

Manon Fleury""")

r("fr-obj-6", "fr", "objection", "Philippe Roy <philippe.roy@outlook.fr>",
  "utilisation de mes données",
  """Bonjour Sandra,

J'ai vu dans ta politique que tu utilises les données pour mesurer l'audience et pour des enquêtes. Vu ma situation (je suis en conflit avec un ancien associé qui te connaît), je préfère que mes données ne servent à rien d'autre qu'à mes séances. Pas de questionnaires de satisfaction, pas de statistiques.

Philippe""")

r("fr-obj-7", "fr", "objection", "Agathe Simon <agathe.simon@laposte.net>",
  "Désabonnement",
  """Bonjour,

J'ai cliqué sur "se désinscrire" en bas de votre newsletter mais je la reçois toujours. Merci de me retirer de la liste manuellement.

Agathe Simon""", shape="alt")

# ---- withdraw_consent
r("fr-wc-1", "fr", "withdraw_consent", "Mathilde Rolland <mathilde.rolland@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

J'avais donné mon accord pour que mon témoignage soit publié sur le site. Je préférerais finalement qu'il soit retiré. Par contre je reste cliente et je garde mon dossier chez toi, bien sûr !

Mathilde""")
# NEAR-LINE: "remove my testimonial but keep my file" -> withdraw_consent only.

r("fr-wc-2", "fr", "withdraw_consent", "Sébastien Guillot <sebastien.guillot@orange.fr>",
  "photo groupe",
  """Bonjour,

Sur la photo de groupe du séminaire publiée sur Instagram je suis au premier rang. Je retire mon autorisation de diffusion de mon image, merci de flouter ou de retirer la photo.

Sébastien""")

r("fr-wc-3", "fr", "withdraw_consent", "Nadia Khelifi <nadia.khelifi@gmail.com>",
  "Questionnaire de recherche",
  """Bonjour Mme Delomenie,

J'avais accepté que mes réponses au questionnaire soient utilisées pour votre étude sur l'estime de soi. Je retire mon consentement à cette utilisation.

Cordialement,
Nadia Khelifi""")

r("fr-wc-4", "fr", "withdraw_consent", "Laurence Hubert <laurence.hubert@wanadoo.fr>",
  "Replay",
  """Bonjour,

J'ai participé au webinaire de mars avec ma caméra allumée et j'apparais dans le replay qui est en ligne. Je n'y consens plus, pouvez-vous retirer ma partie ou me couper du replay ?

Laurence""")

r("fr-wc-5", "fr", "withdraw_consent", "Danielle Faure <danielle.faure@sfr.fr>",
  "Mon audio",
  """Bonjour Sandra, l'extrait audio où je parle de mon burn-out est utilisé dans ton podcast, j'étais d'accord à l'époque mais plus maintenant, merci de le retirer. Bisous, Danielle""")

# ---- post_mortem
r("fr-pm-1", "fr", "post_mortem", "Claude Vasseur <claude.vasseur@orange.fr>",
  "Décès de mon épouse",
  """Madame,

Mon épouse, Françoise Vasseur, est décédée le 2 février. Elle avait suivi vos ateliers pendant plusieurs années. Je vous demande de bien vouloir supprimer son compte et l'ensemble de ses données, et de cesser les envois à son adresse.

Je joins une copie de l'acte de décès.

Claude Vasseur""", attach=["acte_deces_FVasseur.pdf"])

r("fr-pm-2", "fr", "post_mortem", "Étude de Maître Rousseau <office.rousseau@notaires.fr>",
  "Succession de M. Pierre Lemoine",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Pierre Lemoine, décédé le 18 octobre 2025.

Dans ce cadre, nous vous prions de bien vouloir nous communiquer les éventuelles sommes restant dues ou créances, ainsi que la copie des contrats et factures établis au nom du défunt.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour le notaire,
Julie Marchetti, clerc""")

r("fr-pm-3", "fr", "post_mortem", "Lucie Germain <lucie.germain@gmail.com>",
  "Maman",
  """Bonjour Sandra,

C'est Lucie, la fille de Monique Germain. Maman nous a quittés le mois dernier. Elle parlait souvent de vous avec beaucoup d'affection.

Est-ce que ce serait possible de récupérer les écrits qu'elle avait faits pendant les ateliers d'écriture ? Et ensuite, vous pouvez tout effacer.

Merci du fond du cœur,
Lucie""")

r("fr-pm-4", "fr", "post_mortem", "Yves Perrier <yves.perrier@wanadoo.fr>",
  "Mes directives",
  """Bonjour Sandra,

Je suis gravement malade et je mets mes affaires en ordre. Je souhaite qu'après mon décès toutes les notes de nos séances soient détruites et que rien ne soit communiqué à ma famille, même si elle le demande.

Merci pour votre accompagnement.
Yves Perrier""")

r("fr-pm-5", "fr", "post_mortem", "Romain Tessier-Noël <romain.tn@gmail.com>",
  "Compte de mon père",
  """Bonjour,

Mon père, Gilles Noël, est décédé en décembre. Il continue de recevoir vos emails et son compte de formation est toujours actif. Merci de le désinscrire de tout et de fermer son compte.

Romain""")

r("fr-pm-6", "fr", "post_mortem", "Sophie Arnoux <sophie.arnoux@laposte.net>",
  "Témoignage de ma sœur",
  """Bonjour,

Ma sœur Caroline Arnoux est décédée en janvier. Son témoignage avec sa photo figure toujours sur votre site. Toute la famille souhaiterait qu'il soit retiré.

Sophie Arnoux""")

r("fr-pm-7", "fr", "post_mortem", "Jean-Pierre Rivière <jp.riviere@orange.fr>",
  "Rectification - M. Rivière décédé",
  """Bonjour,

Vous avez écrit à mon frère André Rivière en l'appelant "M. Rivierre". André est décédé le 4 mars. Je vous demande de mettre à jour vos fichiers en indiquant son décès et de ne plus lui écrire.

Jean-Pierre Rivière, son frère""")

# =====================================================================
# 4. ENGLISH SINGLE-RIGHT REQUESTS
# =====================================================================

r("en-acc-1", "en", "access", "Sophie Turner <sophie.turner@gmail.com>",
  "Copy of my data",
  """Hi Sandra,

Could you send me a copy of all the personal data you hold about me? No need to delete anything - I'm planning to book another retreat next year!

Sophie""")
# NEAR-LINE: "send me my data, no need to delete" -> access only.

r("en-acc-2", "en", "access", "Michael Reid <michael.reid@btinternet.com>",
  "SAR",
  """Dear Sir/Madam,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide all personal data relating to me, the purposes of processing, the recipients, and the retention period.

Yours faithfully,
Michael Reid""")

r("en-acc-3", "en", "access", "Amy Collins <amy.collins@icloud.com>",
  "who has my info?",
  """Hi, quick one - who have you shared my details with? I've started getting emails from a course platform I've never heard of since signing up to your webinar.
Amy""")

r("en-rect-1", "en", "rectification", "David Foster <david.foster@gmail.com>",
  "Email change",
  """Hello,

Please update my email address from d.foster@company-old.com (I've left that company) to david.foster@gmail.com. Please don't delete my account - I'm still going through the course.

David""")
# NEAR-LINE: replacing email with new value, explicitly not erasure -> rectification only.

r("en-rect-2", "en", "rectification", "Jessica Moore <jessica.moore@outlook.com>",
  "Name on certificate",
  """Hi Sandra,

My name is spelled "Jessika" on my account and on the certificate. It's Jessica with a c. Could you correct it in your records?

Thanks,
Jessica""")

r("en-era-1", "en", "erasure", "Lucy Ward <lucy.ward@gmail.com>",
  "Delete my account and data",
  """Hi,

Please delete my account and all my data. Thank you.

Lucy Ward""")

r("en-era-2", "en", "erasure", "Andrew Kelly <andrew.kelly@yahoo.com>",
  "Right to erasure",
  """Dear Ms Delomenie,

Would you be able to delete all the information you hold about me? I no longer need your services.

Many thanks,
Andrew Kelly""")

r("en-restr-1", "en", "restriction", "Natalie Price <natalie.price@gmail.com>",
  "Please hold my data",
  """Hi Sandra,

I'm in a dispute with my former employer, who paid for the coaching. Please don't delete anything, as I may need it, but please don't use or share my file in the meantime.

Natalie""")

r("en-restr-2", "en", "restriction", "Oliver Grant <oliver.grant@hotmail.co.uk>",
  "Restriction of processing",
  """Hello,

I contest the accuracy of the data in my intake form. Please restrict processing of my personal data while this is verified, in accordance with Article 18 GDPR.

Oliver Grant""")

r("en-port-1", "en", "portability", "Rebecca Hill <rebecca.hill@gmail.com>",
  "Data in a usable format",
  """Hello,

Could you send me the data I provided during the programme (questionnaires, goal sheets) in a machine-readable format, e.g. CSV? I'd like to import it into the journaling app I use.

Rebecca""")

r("en-obj-1", "en", "objection", "Paul Stewart <paul.stewart@gmail.com>",
  "Re: Spring workshops are here!",
  """Please remove me from this mailing list. Thanks.""",
  quote=dict(style="gmail", who=C, subj="Spring workshops are here!", text="""Hello Paul,

Spring workshops are now open for booking - online and in Issoudun.

You are receiving this email because you subscribed to the Floraison de Soi newsletter.
Unsubscribe"""))

r("en-obj-2", "en", "objection", "Karen Lewis <karen.lewis@outlook.com>",
  "Marketing",
  """Hi Sandra,

I'm happy with the coaching, and please keep my file, but I'd rather not receive any more promotional emails or offers. Thanks!

Karen""")
# NEAR-LINE: keep file but stop promotions -> objection only.

r("en-wc-1", "en", "withdraw_consent", "Megan Scott <megan.scott@gmail.com>",
  "Photo on Instagram",
  """Hi Sandra,

I'd like to withdraw my consent for the photo of me from the October retreat that's on your Instagram. Could you take it down please? Everything else is fine.

Megan""")

r("en-wc-2", "en", "withdraw_consent", "Rosie Adams <rosie.adams@icloud.com>",
  "Testimonial",
  """Hello Sandra, I'm withdrawing my permission for my testimonial to be used on your website and sales page. Please remove it. Best, Rosie""")

r("en-pm-1", "en", "post_mortem", "William Taylor <william.taylor@gmail.com>",
  "My late wife Susan Taylor",
  """Dear Ms Delomenie,

My wife Susan Taylor passed away in November. She attended several of your online courses. I would be grateful if you could send me a copy of any of her writings or course work you hold, and then close her account.

Kind regards,
William Taylor""")

r("en-pm-2", "en", "post_mortem", "Anna Schneider <anna.schneider@web.de>",
  "Instructions regarding my data",
  """Dear Sandra,

I am preparing my will. I would like to leave instructions: after my death, please delete all my personal data and session notes, and do not pass them on to anyone, including my family.

Best regards,
Anna Schneider""")

r("en-pm-3", "en", "post_mortem", "Robert Evans <robert.evans@outlook.com>",
  "Mother's account",
  """Hello,

My mother, Margaret Evans, died last month. She's still receiving your newsletter. As her executor, please unsubscribe her and remove her details.

Robert Evans""")

r("fr-pm-8", "fr", "post_mortem", "Martine Leblanc <martine.leblanc@orange.fr>",
  "Directives post mortem",
  """Bonjour Sandra,

Suite à notre conversation, je vous confirme par écrit mes volontés : en cas de décès, je désigne ma fille Camille Leblanc (camille.leblanc@gmail.com) pour récupérer une copie de mes écrits et décider du sort de mes données.

Martine Leblanc""")

r("fr-pm-9", "fr", "post_mortem", "Gilbert Roux <gilbert.roux36@orange.fr>",
  "mon fils",
  """Bonjour Madame

Notre fils Thomas Roux qui suivait vos séances est décédé cet été. Nous aimerions savoir ce qu'il vous a confié et récupérer son dossier si c'est possible.

Gilbert et Marie Roux""")

# ---- more single-right requests in unusual shapes
r("fr-era-form", "fr", "erasure", "WordPress <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Corinne Lagarde",
  """De : Corinne Lagarde <corinne.lagarde@gmail.com>
Objet : Suppression

Corps du message :
Bonjour, je souhaite que vous supprimiez toutes mes données personnelles de votre site et de vos listes. Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Corinne Lagarde <corinne.lagarde@gmail.com>"})
# NEAR-LINE: the request is carried by a contact-form notification; the visitor's text is new text addressed to her -> erasure.

r("fr-acc-7", "fr", "access", "Gwenaëlle Le Gall <gwen.legall@orange.fr>",
  "données",
  """Bonjour,

Que savez-vous exactement de moi ? Je voudrais la liste de toutes les informations que vous avez enregistrées à mon nom, et ce que vous en faites.

Merci,
Gwenaëlle Le Gall

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  cte="base64")

r("fr-rect-7", "fr", "rectification", "Virginie Baron <virginie.baron@gmail.com>",
  "RE: Votre facture FDS-2025-118",
  """Bonjour Sandra,

Merci pour la facture. Petite correction : je ne suis plus à Vatan, merci de mettre à jour mon adresse dans votre fichier : 15 rue Jean Jaurès, 36100 Issoudun. Pas besoin de refaire cette facture-ci.

Virginie""",
  quote=dict(style="outlook", who=S, to="Virginie Baron <virginie.baron@gmail.com>", text="""Bonjour Virginie,

Veuillez trouver ci-joint la facture correspondant à votre séance du 4.

Bien à vous,
Sandra Delomenie"""))

r("fr-restr-6", "fr", "restriction", "Olivier Carlier <olivier.carlier@free.fr>",
  "Re: Questionnaire de satisfaction",
  """Bonjour,

Je conteste le résumé que vous avez fait de mes réponses dans votre compte rendu, ce n'est pas ce que j'ai dit. Tant qu'on n'a pas revu ça ensemble, merci de ne pas l'utiliser.

Olivier""",
  quote=dict(style="gmail", who=C, text="""Bonjour Olivier,

Merci d'avoir répondu au questionnaire ! Voici une synthèse de vos retours que j'intégrerai à mon bilan annuel.

Sandra"""))

r("en-era-3", "en", "erasure", "Charlotte Young <charlotte.young@gmail.com>",
  "Erase my details",
  """Hi Sandra,

I hope you're well. I've decided not to continue, and I'd really appreciate it if you could erase my notes and personal details from your files.

Warmly,
Charlotte

Sent from my iPhone""", shape="html")

r("en-obj-3", "en", "objection", "Ian Murray <ian.murray@gmail.com>",
  "Tracking",
  """Hello,

I object to my browsing data on your website being used for analytics or targeted advertising. Please stop processing it for those purposes.

Ian Murray""")

r("fr-wc-6", "fr", "withdraw_consent", "Agnès Thomas <agnes.thomas@orange.fr>",
  "TR: autorisation droit à l'image",
  """Bonjour Sandra,

Je reviens sur l'autorisation de droit à l'image signée lors du stage (copie ci-dessous). Je la retire : merci de ne plus utiliser les photos et vidéos où j'apparais.

Agnès""",
  quote=dict(style="outlook", who="Agnès Thomas <agnes.thomas@orange.fr>", to=S, subj="autorisation droit à l'image", days=60, text="""Bonjour,

Voici l'autorisation signée.

Agnès"""))

r("en-pm-4", "en", "post_mortem", "Fiona MacLeod <fiona.macleod@gmail.com>",
  "My brother Alistair",
  """Dear Sandra,

I'm writing to let you know that my brother Alistair MacLeod died in January. He spoke warmly of your sessions. Could you tell me what you hold about him? We're trying to close his accounts and sort out his affairs.

With thanks,
Fiona""")

r("fr-pm-10", "fr", "post_mortem", "Nicole Barbier <nicole.barbier@wanadoo.fr>",
  "Rectification suite décès",
  """Bonjour,

Mon mari Jacques Barbier est décédé. Vous continuez à lui envoyer des courriers à notre ancienne adresse. Notre nouvelle adresse est 4 rue des Lilas, 36100 Issoudun, mais je vous demande surtout de clôturer son dossier.

Nicole Barbier""")
# NEAR-LINE: relative after a death, even with a new address -> post_mortem only.

r("fr-obj-8", "fr", "objection", "Mireille Andrieu <mireille.andrieu@orange.fr>",
  "Liste WhatsApp promo",
  """Bonjour Sandra, je suis dans ta liste de diffusion WhatsApp pour les promos des ateliers, peux-tu m'en retirer ? Je garde le groupe du stage, c'est juste les annonces commerciales que je ne veux plus. Merci !""")

r("fr-acc-8", "fr", "access", "Rachid Hamdi <rachid.hamdi@gmail.com>",
  "Paiements",
  """Bonjour,

Pourriez-vous m'indiquer quelles informations bancaires et de paiement vous conservez à mon sujet (Stripe, RIB...) et combien de temps ?

Rachid Hamdi""")
# NEAR-LINE: asks what data of his is held (specific category) -> access, not a general how-it-works question.

# =====================================================================
# 5. HARD NEGATIVES - HUMAN MAIL, FRENCH
# =====================================================================

r("neg-fr-cancel-1", "fr", "", "Hélène Mercier <helene.mercier@gmail.com>",
  "Annulation inscription atelier",
  """Bonjour Sandra,

Je suis désolée mais je dois annuler mon inscription à l'atelier de samedi, ma fille est malade. Pouvez-vous supprimer mon inscription et me dire si je peux reporter sur la session d'avril ?

Merci,
Hélène""")

r("neg-fr-cancel-2", "fr", "", "Jacqueline Roussel <jacqueline.roussel@orange.fr>",
  "supprimer le rdv de jeudi",
  """Bonjour, pouvez-vous supprimer le créneau de jeudi 16h que j'ai réservé par erreur ? Je garde celui du mardi. Merci. Jacqueline""")

r("neg-fr-pwd", "fr", "", "Paul Garcia <paul.garcia@free.fr>",
  "Impossible d'accéder à mon espace",
  """Bonjour,

Je n'arrive plus à accéder à mon espace de formation, le mot de passe ne fonctionne pas et je ne reçois pas le mail de réinitialisation. Pouvez-vous m'aider ? J'ai besoin d'accéder au module 3 avant vendredi.

Paul Garcia""")

r("neg-fr-close", "fr", "", "Sylvain Marty <sylvain.marty@gmail.com>",
  "Fermer mon compte",
  """Bonjour,
Pouvez-vous fermer mon compte sur la plateforme ? J'ai fini la formation.
Merci
Sylvain""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

r("neg-fr-how-1", "fr", "", "Céline Brun <celine.brun@gmail.com>",
  "Question avant de m'inscrire",
  """Bonjour Sandra,

Avant de m'engager dans l'accompagnement, j'aimerais comprendre : si un jour je souhaite que mes notes de séances soient effacées, comment ça se passe ? Est-ce que c'est possible à tout moment, et combien de temps les gardez-vous normalement ?

Merci pour votre réponse,
Céline""")
# NEAR-LINE: question about how erasure works, hypothetical -> negative.

r("neg-fr-how-2", "fr", "", "Thibault Renaud <thibault.renaud@laposte.net>",
  "RGPD ?",
  """Bonjour,

Une question un peu technique : vos données sont-elles stockées en France ou aux États-Unis ? Je vois que vous utilisez Google Drive et Stripe. Je me pose la question pour savoir si je m'inscris.

Thibault""")

r("neg-fr-relative", "fr", "", "Michel Fournier <michel.fournier@orange.fr>",
  "Ma femme",
  """Bonjour Madame,

Mon épouse Nathalie suit vos séances depuis septembre. Je m'inquiète pour elle et j'aimerais savoir ce qu'elle vous raconte. Pourriez-vous m'envoyer une copie de ses fiches de suivi ? Je suis son mari, je pense que c'est légitime.

Michel Fournier""")
# NEAR-LINE: relative asking about another living adult's data -> negative.

r("neg-fr-colleague", "fr", "", "Agnès Joly <a.joly@mairie-issoudun.fr>",
  "Données de ma collègue",
  """Bonjour,

Ma collègue Françoise Petit a participé à la formation "Gestion du stress" pour le service. Elle est en arrêt et je gère son dossier : pouvez-vous supprimer ses informations de votre liste et me transférer ses évaluations ?

Agnès Joly
Service RH - Mairie d'Issoudun""")
# NEAR-LINE: colleague asking about another living adult's data, no mandate -> negative.

r("neg-fr-cnil", "fr", "", "Bertrand Millet <bertrand.millet@gmail.com>",
  "Copie de ma plainte CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer auprès de la CNIL.

-----
Objet : Plainte contre Floraison de Soi (Mme Sandra Delomenie)
Je reçois des courriels commerciaux de cette entreprise malgré plusieurs demandes de désinscription. Je demande à la CNIL d'intervenir.
-----

Bertrand Millet""", attach=["plainte_cnil_BMillet.pdf"])
# NEAR-LINE: copy of a CNIL complaint -> negative even though it mentions unsubscription requests.

r("neg-fr-invoice", "fr", "", "Anne Girard <anne.girard@gmail.com>",
  "copie facture",
  """Bonjour Sandra,
Pourriez-vous m'envoyer une copie de ma facture de février ? Ma mutuelle me la demande pour le remboursement.
Merci d'avance
Anne""")
# NEAR-LINE: copy of an invoice for reimbursement = routine customer service, not access to all data.

r("neg-fr-support", "fr", "", "Christophe Leclerc <christophe.leclerc@gmail.com>",
  "Support de l'atelier",
  """Bonjour,

Pourriez-vous m'envoyer une copie du support de présentation de l'atelier d'hier ? J'ai oublié de prendre des notes sur la partie sur les croyances limitantes.

Merci,
Christophe""")

r("neg-fr-consent-form", "fr", "", "Manon Dupont <manon.dupont@yahoo.fr>",
  "Formulaire de consentement signé",
  """Bonjour Sandra,

Voici le formulaire de consentement pour la collecte des données de santé, signé et daté, ainsi que les CGV. À jeudi pour notre première séance !

Manon""", attach=["consentement_donnees_sante_signe.pdf", "CGV_signees.pdf"])

r("neg-fr-myinfo", "fr", "", "Léa Bonnard <lea.bonnard@gmail.com>",
  "Mes informations pour l'inscription",
  """Bonjour,

Voici mes informations pour l'inscription au stage de juillet :
Léa Bonnard
8 rue Danton, 36100 Issoudun
06 52 18 44 09
Pas d'allergie, végétarienne.

Merci !
Léa""")
# NEAR-LINE: providing data for a first registration, not correcting existing data -> negative.

r("neg-fr-modify-date", "fr", "", "Jérôme Aubry <jerome.aubry@orange.fr>",
  "Modifier notre rendez-vous",
  """Bonjour Sandra,

Est-il possible de modifier la date de notre rendez-vous ? Le 12 ne m'arrange plus, le 14 ou le 15 seraient parfaits.

Jérôme""")

r("neg-fr-oppose", "fr", "", "Nathalie Caron <nathalie.caron@free.fr>",
  "Re: Proposition de date pour le cercle",
  """Je m'oppose à la date du 8, c'est un jour férié et beaucoup ne pourront pas venir ! Le 15 serait mieux à mon avis.
Nathalie""",
  quote=dict(style="gmail", who=C, text="""Bonjour à toutes,

Je vous propose le jeudi 8 mai pour notre prochain cercle. Qu'en pensez-vous ?

Sandra"""))

r("neg-fr-resubscribe", "fr", "", "Isabelle Marchand <isabelle.marchand@gmail.com>",
  "newsletter",
  """Bonjour Sandra, je me suis désinscrite de la newsletter par erreur il y a quelques mois, est-ce que tu peux me réinscrire ? Ça me manque ! Isabelle""")

r("neg-fr-thanks-above-request", "fr", "", "Mélanie Roux <melanie.roux84@gmail.com>",
  "Re: Mes données personnelles",
  """Merci beaucoup Sandra pour votre réactivité, j'ai bien reçu le fichier et la confirmation. Tout est en ordre.

Belle continuation,
Mélanie""",
  quote=dict(style="gmail", who="Mélanie Roux <melanie.roux84@gmail.com>", to=S, days=20, text="""Bonjour Sandra,

J'aimerais recevoir une copie de l'ensemble des informations que vous conservez sur moi. Une fois que je les aurai reçues, merci de tout supprimer de votre côté.

Mélanie Roux"""))
# NEAR-LINE: thank-you above a quoted request -> negative (only new text counts).

r("neg-fr-followup-done", "fr", "", "Kévin Dupuis <kevin.dupuis@hotmail.fr>",
  "Re: droit à l'oubli",
  """ok parfait merci, bonne journée""",
  quote=dict(style="apple", who=S, text="""Bonjour Monsieur Dupuis,

Je vous confirme que vos données ont été effacées de mes fichiers et de la plateforme.

Bien cordialement,
Sandra Delomenie"""))

r("neg-fr-delete-file-sent", "fr", "", "Carole Meyer <carole.meyer@gmail.com>",
  "document envoyé par erreur",
  """Bonjour Sandra,

Je vous ai envoyé hier la mauvaise version du devis de mon traiteur (rien à voir avec nous !). Vous pouvez l'ignorer, je vous renvoie le bon questionnaire ce soir.

Carole""")

r("neg-fr-access-replay", "fr", "", "Danièle Costa <daniele.costa@sfr.fr>",
  "Accès au replay",
  """Bonjour,
Je n'ai pas reçu l'accès au replay du webinaire de mardi. Pourriez-vous me renvoyer le lien ? Merci
Danièle Costa""")

r("neg-fr-export-agenda", "fr", "", "Arnaud Petit <arnaud.petit@gmail.com>",
  "Export agenda",
  """Bonjour Sandra,

Est-ce que tu pourrais m'exporter les dates des 10 séances au format .ics pour que je les mette dans mon agenda Outlook ?

Merci !
Arnaud""")

r("neg-fr-peer-coach", "fr", "", "Marie-Laure Vidal <ml.vidal.coaching@gmail.com>",
  "Ta politique de confidentialité",
  """Coucou Sandra,

Je suis en train de refaire mon site et je galère avec la partie RGPD. J'ai vu ta politique de confidentialité, elle est super complète. Tu as utilisé un modèle ? Et comment tu gères les demandes de suppression de données de tes clients, tu as un registre ?

Bises et à bientôt à la supervision,
Marie-Laure""")
# NEAR-LINE: a fellow coach asking how she handles deletion requests -> negative (no right exercised).

r("neg-fr-retirer-cheque", "fr", "", "Simone Garnier <simone.garnier@wanadoo.fr>",
  "chèque",
  """Bonjour Madame, je vous ai remis un chèque pour le stage mais je voudrais le retirer et payer par virement finalement. Pouvez-vous me le rendre samedi ? Cordialement, Simone Garnier""")

r("neg-fr-withdraw-reg", "fr", "", "Coline Perrin <coline.perrin@gmail.com>",
  "Retrait de ma candidature",
  """Bonjour,

Je retire ma candidature pour la formation certifiante de septembre, j'ai finalement trouvé un emploi. Merci de l'annuler.

Coline Perrin""")

r("neg-fr-sub-cancel", "fr", "", "Damien Rolland <damien.rolland@free.fr>",
  "Résiliation abonnement",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à compter du mois prochain. Merci de stopper les prélèvements Stripe.

Damien Rolland""")

r("neg-fr-whatsapp-group", "fr", "", "Fatima Ziani <fatima.ziani@gmail.com>",
  "Groupe WhatsApp",
  """Bonjour Sandra, peux-tu m'ajouter au groupe WhatsApp du stage ? Mon numéro c'est le 06 98 45 12 30. Merci !""")

r("neg-fr-someone-else-photo", "fr", "", "Laurent Mercier <laurent.mercier@orange.fr>",
  "Photo de ma compagne",
  """Bonjour,

Ma compagne apparaît sur une photo publiée sur votre page Facebook. Je ne trouve pas ça approprié, pouvez-vous la retirer ? Elle n'est pas au courant que je vous écris.

Laurent Mercier""")
# NEAR-LINE: partner asking about another living adult's image, without her -> negative.

r("neg-fr-friend-data", "fr", "", "Hugo Lemaire <hugo.lemaire@gmail.com>",
  "ma mère",
  """Bonjour, ma mère (Évelyne Lemaire, 68 ans) est inscrite chez vous et reçoit plein de mails. Elle ne sait pas trop se servir de l'ordinateur. Est-ce qu'on peut faire en sorte qu'elle en reçoive moins ? Je ne veux pas la désinscrire sans lui demander, mais est-ce possible de regrouper les envois ?
Hugo""")

r("neg-fr-correct-doc", "fr", "", "Pauline Renard <pauline.renard@gmail.com>",
  "Corrections sur mon CV",
  """Bonjour Sandra,

Voici mon CV mis à jour suite à notre séance. Pourriez-vous le relire et corriger ce qui ne va pas ? Je ne suis pas sûre de la partie "compétences".

Merci mille fois,
Pauline""", attach=["CV_Pauline_Renard_v3.docx"])

r("neg-fr-data-exercise", "fr", "", "Guillaume Morel <guillaume.morel@laposte.net>",
  "Exercice de la semaine",
  """Bonjour Sandra,

J'ai fait l'exercice : j'ai noté toutes mes "données" de la semaine (sommeil, humeur, énergie) dans le tableau. Je vous l'envoie, on en parle mardi ?

Guillaume""", attach=["suivi_semaine_12.xlsx"])

r("neg-fr-gift", "fr", "", "Sylvie Rocher <sylvie.rocher@orange.fr>",
  "Bon cadeau",
  """Bonjour,

Je voudrais offrir une séance à ma sœur pour son anniversaire. Faut-il que je vous donne ses coordonnées ou elle vous contactera directement ? Je préfère ne pas transmettre ses infos sans son accord.

Sylvie""")

r("neg-fr-info-request", "fr", "", "Bénédicte Vial <benedicte.vial@gmail.com>",
  "Informations",
  """Bonjour,

Je souhaiterais avoir des informations sur vos accompagnements individuels : durée, tarifs, et est-ce possible en visio ?

Bien cordialement,
Bénédicte Vial""")

r("neg-fr-erase-board", "fr", "", "Élise Fontaine <elise.fontaine@gmail.com>",
  "Re: Document partagé",
  """Sandra, j'ai effacé par erreur une partie du document partagé sur le Drive (la page des objectifs du groupe). Tu peux restaurer la version précédente ? Désolée !!
Élise""",
  quote=dict(style="gmail", who=C, text="""Bonjour à toutes, voici le document partagé pour préparer notre stage."""))

r("neg-fr-complaint-service", "fr", "", "Roland Picard <roland.picard@orange.fr>",
  "Réclamation",
  """Madame,

Je suis très mécontent de l'organisation de l'atelier du 5 : la salle était trop petite et nous avons commencé avec 40 minutes de retard. Je demande le remboursement de 50 % du prix.

Roland Picard""")

r("neg-fr-rgpd-question-storage", "fr", "", "Anaïs Colin <anais.colin@gmail.com>",
  "Durée de conservation ?",
  """Bonjour Sandra,

Par curiosité, combien de temps gardez-vous les questionnaires de satisfaction ? Je ne demande rien de particulier, c'est juste que je fais une formation RGPD au boulot et je regarde comment font les petites entreprises 🙂

Anaïs""")

r("neg-fr-rights-how-oppose", "fr", "", "Martin Giraud <martin.giraud@free.fr>",
  "Droit d'opposition ?",
  """Bonjour,

Dans votre politique de confidentialité vous mentionnez le droit d'opposition. Concrètement, à quoi cela s'applique-t-il dans votre cas ? Je ne comprends pas bien la différence avec la suppression.

Cordialement,
Martin Giraud""")
# NEAR-LINE: asks how a right works, not exercising it -> negative.

r("neg-fr-fwd-to-accountant", "fr", "", S,
  "TR: Factures du trimestre",
  """Bonjour Patrick,

Je te transfère les factures du trimestre comme convenu. Les données clients sont dans le tableau joint, merci de ne pas le diffuser.

Sandra""", to="Patrick Aubert Expert-Comptable <p.aubert@cabinet-aubert.fr>", attach=["factures_T3_2025.zip"])

r("neg-fr-sandra-confirm", "fr", "", S,
  "Re: Suppression de mon compte et de mes données",
  """Bonjour Madame Lemaire,

Je vous confirme que votre compte sur la plateforme de formation ainsi que l'ensemble de vos données ont été supprimés ce jour.

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", to="Audrey Lemaire <audrey.lemaire@gmail.com>",
  quote=dict(style="gmail", who="Audrey Lemaire <audrey.lemaire@gmail.com>", to=S, text="""Bonjour,

Merci de supprimer mon compte sur la plateforme de formation ainsi que toutes les données me concernant.

Audrey Lemaire"""))

r("neg-fr-sandra-newsletter", "fr", "", C,
  "🌿 La lettre de Floraison de Soi - Octobre",
  """Bonjour à toutes et à tous,

L'automne est là, saison idéale pour faire le tri... dans nos pensées comme dans nos placards !

Au programme ce mois-ci :
- Atelier "Lâcher prise" le 18 octobre à Issoudun
- Nouveau module en ligne : "Poser ses limites"
- Le cercle de femmes reprend le 1er jeudi du mois

Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter. Pour vous désinscrire, cliquez ici. Pour exercer vos droits (accès, rectification, effacement), écrivez à sandra.delomenie@orange.fr.

Sandra""", to="Floraison de Soi <contact@floraisondesoi.fr>", shape="alt",
  headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe/abc123>", "Precedence": "bulk"})

r("neg-fr-sandra-reply-rectif", "fr", "", S,
  "Re: Nouvelle adresse mail",
  """Bonjour Nicolas,

C'est fait, j'ai remplacé votre adresse et supprimé l'ancienne de mes fichiers.

Belle journée,
Sandra""", to="Nicolas Petit <nicolas.petit@gmail.com>")

r("neg-fr-sandra-to-client-copy", "fr", "", S,
  "Votre dossier - copie de vos données",
  """Bonjour Claire,

Suite à votre demande, vous trouverez ci-joint la copie de vos données (questionnaires, fiches de suivi, bilans) au format PDF et tableur.

N'hésitez pas si vous avez besoin d'autre chose.
Sandra""", to="Claire Morin <claire.morin@gmail.com>", attach=["Dossier_Claire_Morin.pdf", "export_Claire_Morin.xlsx"])

r("neg-fr-family-wedding", "fr", "", "Tante Josette <josette.delomenie@orange.fr>",
  "Photos du mariage",
  """Coucou ma Sandra,

Je t'envoie les photos du mariage de Julie. Tu peux supprimer celles où je suis floue, hihi. Bisous à tous,

Josette""", attach=["IMG_2034.jpg", "IMG_2035.jpg"])

r("neg-fr-forwarded-article", "fr", "", "Marie-Laure Vidal <ml.vidal.coaching@gmail.com>",
  "Fwd: Newsletter CNIL - les droits des personnes",
  """Regarde, ça peut t'intéresser pour ton site !

---------- Forwarded message ---------
De : CNIL <newsletter@cnil.fr>
Date : jeu. 6 nov. 2025
Objet : Les droits des personnes : droit d'accès, d'effacement, de portabilité

Comment répondre à une demande de droit d'accès ? Quels délais ? Découvrez notre nouveau guide pour les TPE.""")

r("neg-fr-unsubscribe-workshop-list", "fr", "", "Clément Faure <clement.faure@gmail.com>",
  "Désinscription atelier du 22",
  """Bonjour,

Je me désinscris de l'atelier du 22 mars, un imprévu professionnel. Est-ce que l'acompte peut être reporté sur un prochain atelier ?

Clément""")
# NEAR-LINE: "désinscris" refers to a workshop booking (cancellation), not a mailing list -> negative.

r("neg-fr-testimonial-give", "fr", "", "Odile Lambert <odile.lambert@wanadoo.fr>",
  "Mon témoignage",
  """Bonjour Sandra,

Comme promis voici mon témoignage ! Tu peux l'utiliser sur ton site avec mon prénom et ma photo, j'en serai ravie.

« Grâce à Sandra j'ai retrouvé confiance en moi... »

Odile""", attach=["photo_odile.jpg"])

r("neg-fr-change-email-question", "fr", "", "Yannick Bourgeois <yannick.bourgeois@gmail.com>",
  "Changer d'adresse mail ?",
  """Bonjour,

Si je change d'adresse mail l'année prochaine (je vais quitter Orange), est-ce que je pourrai quand même accéder à mes formations ? Comment ça se passera ?

Yannick""")
# NEAR-LINE: hypothetical question, no new value given, no change requested -> negative.

r("neg-fr-phishing-like-client", "fr", "", "Service Client Orange <ne-pas-repondre@orange-securite-compte.info>",
  "Votre messagerie sera supprimée",
  """Cher(e) client(e),

Votre boîte mail sandra.delomenie@orange.fr a atteint sa limite de stockage. Toutes vos données seront supprimées sous 24h si vous ne confirmez pas votre identité.

Confirmer mon compte : http://orange-securite-compte.info/verif

L'équipe Orange""", shape="html")

r("neg-fr-delete-whatsapp-msg", "fr", "", "Nadine Leroux <nadine.leroux@gmail.com>",
  "message WhatsApp",
  """Sandra, j'ai écrit un message dans le groupe du stage qui était destiné à mon mari 🙈 Je l'ai supprimé pour tout le monde mais certaines l'ont peut-être vu. Pas grave ! À demain
Nadine""")

r("neg-fr-invoice-name-company", "fr", "", "Delphine Barre <delphine.barre@atelier-barre.fr>",
  "Facture au nom de ma société",
  """Bonjour,

Pour la prochaine facture, pourriez-vous l'établir au nom de ma société (SARL Atelier Barre, 10 rue du Commerce, 36100 Issoudun) plutôt qu'à mon nom personnel ? C'est pour la comptabilité.

Delphine Barre""")
# NEAR-LINE: billing entity for future invoices, not correcting inaccurate personal data -> negative.

r("neg-fr-partner-request", "fr", "", "Jean Morvan <jean.morvan@salonbienetre-berry.fr>",
  "Salon du bien-être - fichier exposants",
  """Bonjour Madame Delomenie,

Pour le salon du bien-être de Châteauroux, nous mettons à jour notre fichier exposants. Pourriez-vous nous confirmer vos coordonnées (adresse, téléphone, site) ou nous indiquer les modifications à apporter ?

Cordialement,
Jean Morvan
Comité d'organisation""")

# =====================================================================
# 6. HARD NEGATIVES - HUMAN MAIL, ENGLISH
# =====================================================================

r("neg-en-cancel", "en", "", "Kate Morgan <kate.morgan@gmail.com>",
  "Cancel my booking",
  """Hi Sandra,

I'm so sorry, I need to cancel my spot on the October retreat - family emergency. Could you remove me from the attendee list and let me know about the refund?

Kate""")

r("neg-en-close-account", "en", "", "Liam Wright <liam.wright@outlook.com>",
  "Close my account",
  """Hi, can you close my account on the course site? I've finished everything. Thanks, Liam""")
# NEAR-LINE: close account alone, no data -> negative.

r("neg-en-how-delete", "en", "", "Ella Thompson <ella.thompson@gmail.com>",
  "Question about data",
  """Hello Sandra,

Before I sign up for the 3-month programme: if I decide to stop halfway, would my notes be deleted automatically, or would I need to ask? How long do you keep them?

Thanks,
Ella""")

r("neg-en-copy-slides", "en", "", "George Hall <george.hall@gmail.com>",
  "Copy of the slides",
  """Hi Sandra, could you send me a copy of the slides from Tuesday's webinar? The download link seems broken. Cheers, George""")

r("neg-en-spouse", "en", "", "Steven Clark <steven.clark@gmail.com>",
  "My wife's sessions",
  """Hello,

My wife Jennifer has been seeing you for coaching. Could you send me the notes from her sessions? I'd like to understand what she's going through. She doesn't need to know I asked.

Steven""")

r("neg-en-thanks", "en", "", "Rachel Hughes <rachel.hughes@gmail.com>",
  "Re: Data request",
  """Thank you Sandra, received everything. Much appreciated!

Rachel""",
  quote=dict(style="gmail", who="Rachel Hughes <rachel.hughes@gmail.com>", to=S, days=25, text="""Hi Sandra,

I'd like a copy of whatever personal data you hold about me, and once I've received it, please delete it all.

Thanks,
Rachel Hughes"""))

r("neg-en-unsubscribe-workshop", "en", "", "Noah Green <noah.green@gmail.com>",
  "Unsubscribe from Saturday's session",
  """Hi, please unsubscribe me from Saturday's online session - I can't make it after all. Can I join the next one instead?
Noah""")
# NEAR-LINE: "unsubscribe" refers to a session booking -> cancellation, negative.

r("neg-en-update-booking", "en", "", "Isla Robinson <isla.robinson@gmail.com>",
  "Change of dates",
  """Hi Sandra,

Could you modify my booking to the 2nd weekend instead? Same room if possible.

Isla""")

r("neg-en-gdpr-consultant", "en", "", "Sam Patel <sam@gdpr-easy-consulting.com>",
  "Is your coaching business GDPR compliant?",
  """Hi Sandra,

I came across Floraison de Soi and noticed your privacy policy hasn't been updated since 2021. Many solo practitioners risk fines of up to €20 million. We offer a complete GDPR audit for just €299.

Book a free call: https://gdpr-easy-consulting.com/book

Best,
Sam Patel""")

r("neg-en-colleague", "en", "", "HR Team <hr@techcorp-europe.com>",
  "Employee coaching records",
  """Dear Ms Delomenie,

One of our employees, Mr. John Davies, attended coaching sessions paid for by TechCorp. As his employer, we request a copy of the session reports for our records.

Kind regards,
HR Team, TechCorp Europe""")
# NEAR-LINE: employer asking about another living adult's data -> negative.

r("neg-en-question-rights", "en", "", "Mia Johnson <mia.johnson@gmail.com>",
  "Data portability?",
  """Hi,

I'm writing a blog post on GDPR for small wellness businesses. Would you mind telling me how you handle data portability requests in practice? Do clients ever ask?

Thanks,
Mia""")

r("neg-en-delete-photo-own", "en", "", "Zoe Baker <zoe.baker@gmail.com>",
  "Photos from the retreat",
  """Hi Sandra!

Here are the photos I took at the retreat. Feel free to use any of them, and just delete the blurry ones.

Love,
Zoe""", attach=["retreat_01.jpg", "retreat_02.jpg"])

r("neg-en-password", "en", "", "Lucas Martin <lucas.martin@gmail.com>",
  "Can't log in",
  """Hello, I can't access my account - password reset email never arrives. Could you reset it for me? Thanks, Lucas""")

r("neg-en-edit-testimonial", "en", "", "Hannah Brooks <hannah.brooks@icloud.com>",
  "Re: Your testimonial draft",
  """Hi Sandra,

Looks great! Just one edit: please change "career change" to "career transition" in the second sentence. Otherwise happy for it to go live.

Hannah""",
  quote=dict(style="apple", who=S, text="""Hi Hannah,

Here's the draft of your testimonial for the website. Let me know if you'd like any changes before I publish it.

Sandra"""))
# NEAR-LINE: editing a testimonial draft before publication, consent maintained -> negative.

r("neg-en-invoice-copy", "en", "", "Oscar Wood <oscar.wood@outlook.com>",
  "Invoice copy",
  """Hi Sandra, could I get a copy of the invoice for the May workshop? My employer will reimburse it. Thanks! Oscar""")

# =====================================================================
# 7. AUTOMATIC / SYSTEM MAIL
# =====================================================================

r("neg-auto-fr-ooo", "fr", "", "Brigitte Masson <brigitte.masson@orange.fr>",
  "Réponse automatique : Nouvel atelier en mars 🌸",
  """Bonjour,

Je suis absente du 10 au 24 mars inclus, sans accès à mes mails. Pour toute urgence, merci de contacter le secrétariat au 02 54 21 00 00.

Brigitte Masson""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

r("neg-auto-en-ooo", "en", "", "Jenny Fox <jenny.fox@company.co.uk>",
  "Automatic reply: Spring workshops are here!",
  """Thank you for your email. I am out of the office until Monday 14 April with limited access to email. If your message is urgent, please contact my colleague at office@company.co.uk.

Jenny""", headers={"Auto-Submitted": "auto-replied"})

r("neg-auto-fr-ooo-2", "fr", "", "Dr Anne Vernet <cabinet.vernet@orange.fr>",
  "Absence",
  """Je suis en congés. Les demandes concernant les dossiers patients seront traitées à mon retour. Merci de ne pas m'envoyer de données médicales par mail.""",
  headers={"Auto-Submitted": "auto-replied"})

r("neg-stripe-1", "en", "", "Stripe <notifications@stripe.com>",
  "Payment received from Hélène Schmitt",
  """You received a payment of €180.00 from helene.schmitt@gmail.com.

Payment ID: pi_3Q8x2aL5mKz
Description: Accompagnement individuel - 3 séances

View payment in your Dashboard: https://dashboard.stripe.com/payments

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""", to=S, shape="alt")

r("neg-stripe-2", "fr", "", "Stripe <notifications@stripe.com>",
  "Votre virement de 1 240,00 € est en route",
  """Bonjour,

Un virement de 1 240,00 € vers votre compte bancaire se terminant par 4417 a été initié. Il devrait arriver d'ici 2 jours ouvrés.

L'équipe Stripe""", shape="alt")

r("neg-stripe-dpa", "en", "", "Stripe <legal@stripe.com>",
  "Updates to the Stripe Data Processing Agreement",
  """Hello,

We're writing to let you know that we are updating our Data Processing Agreement (DPA) and Privacy Policy, effective 1 March 2026. These updates reflect changes to data protection laws, including the GDPR, and clarify how we process personal data on your behalf.

You don't need to take any action. Continuing to use Stripe after the effective date means you accept the updated terms.

Stripe""", shape="alt", headers={"List-Unsubscribe": "<mailto:unsubscribe@stripe.com>"})

r("neg-systemeio-unsub", "fr", "", "Systeme.io <notification@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact anne-sophie.r@outlook.fr s'est désabonné de la liste "Newsletter Floraison de Soi".

Il ne recevra plus vos campagnes e-mail.

L'équipe Systeme.io""", shape="html")
# NEAR-LINE: platform notification of an unsubscription -> negative (no request addressed to her).

r("neg-systemeio-new", "fr", "", "Systeme.io <notification@systeme.io>",
  "Nouvelle inscription : Prendre sa place",
  """Bonjour,

Un nouvel étudiant s'est inscrit à votre formation "Prendre sa place" :
Nom : Patrick Chevalier
E-mail : patrick.chevalier@free.fr

Voir le contact : https://systeme.io/dashboard/contacts""", shape="html")

r("neg-systemeio-gdpr", "fr", "", "Systeme.io <no-reply@systeme.io>",
  "Mise à jour de nos conditions et de notre politique de confidentialité",
  """Bonjour,

Nous mettons à jour nos Conditions Générales d'Utilisation et notre Politique de Confidentialité à compter du 1er janvier 2026. Ces modifications concernent notamment la suppression automatique des données des contacts inactifs et l'export de données.

Vous pouvez consulter les nouvelles versions dans votre espace.

L'équipe Systeme.io""", shape="alt", headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe>"})

r("neg-systemeio-delete-contact", "fr", "", "Systeme.io <notification@systeme.io>",
  "Demande de suppression de données traitée",
  """Bonjour,

La demande de suppression des données du contact #48213 a été traitée avec succès. Les données personnelles associées ont été anonymisées.

L'équipe Systeme.io""", shape="html")

r("neg-google-drive-share", "fr", "", "Google Drive <drive-shares-dm-noreply@google.com>",
  "Élise Fontaine a partagé un document avec vous",
  """Élise Fontaine (elise.fontaine@gmail.com) vous a invité à modifier le document suivant :

Objectifs du groupe - stage juillet

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car elise.fontaine@gmail.com a partagé un document avec vous depuis Google Drive.""",
  headers={"Reply-To": "elise.fontaine@gmail.com"}, shape="alt")

r("neg-google-security", "fr", "", "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

Nous avons détecté une nouvelle connexion à votre compte Google floraisondesoi@gmail.com. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité""", shape="alt")

r("neg-google-storage", "en", "", "Google One <googleone-noreply@google.com>",
  "Your Google storage is almost full",
  """You've used 14.2 GB of your 15 GB. Once you run out of space, you won't be able to upload new files to Drive or back up photos. Delete files or get more storage.""", shape="alt")

r("neg-google-takeout", "fr", "", "Google <noreply@google.com>",
  "Votre archive de données Google est prête",
  """Vos fichiers Google sont prêts à être téléchargés

Vous avez demandé une copie de vos données Google (Drive, Gmail) le 3 février. L'archive est disponible pendant 7 jours.

Télécharger l'archive""", shape="alt")
# NEAR-LINE: Takeout export notification (her own account) -> negative.

r("neg-zoom-recording", "en", "", "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Cercle de femmes is now available",
  """Hi Sandra,

Your cloud recording is now available.
Topic: Cercle de femmes - novembre
Date: Nov 6, 2025 06:30 PM Paris

Recordings will be automatically deleted after 30 days.

Thank you for choosing Zoom.""", shape="alt")

r("neg-zoom-privacy", "en", "", "Zoom <privacy-noreply@zoom.us>",
  "Important update to Zoom's Privacy Statement",
  """We've updated our Privacy Statement to give you more information about how we collect, use, and share personal data, including your rights to access, correct and delete your data.""",
  shape="html", headers={"List-Unsubscribe": "<https://zoom.us/unsubscribe>"})

r("neg-calendly-cancel", "fr", "", "Calendly <notifications@calendly.com>",
  "Annulé : Jacqueline Roussel - Séance individuelle",
  """Bonjour Sandra,

L'événement ci-dessous a été annulé.

Type d'événement : Séance individuelle (1h)
Invité : Jacqueline Roussel
Date : jeudi 16 octobre 2025, 16:00 (heure de Paris)
Raison de l'annulation : « réservé par erreur »

Calendly""", shape="alt", headers={"Reply-To": "jacqueline.roussel@orange.fr"})

r("neg-calendly-new", "en", "", "Calendly <notifications@calendly.com>",
  "New Event: Olivia Bennett - Discovery call",
  """Hi Sandra,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Olivia Bennett
Invitee Email: olivia.bennett@gmail.com
Questions: "I'd like to talk about my career change and how the coaching works."

View event in Calendly""", shape="alt")

r("neg-bank-1", "fr", "", "Crédit Agricole Centre Ouest <ne-pas-repondre@credit-agricole.fr>",
  "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois de septembre est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Crédit Agricole Centre Ouest""", shape="html")

r("neg-bank-2", "fr", "", "Crédit Agricole Centre Ouest <ne-pas-repondre@credit-agricole.fr>",
  "Information sur la protection de vos données personnelles",
  """Madame,

Dans le cadre du Règlement Général sur la Protection des Données (RGPD), nous vous informons de la mise à jour de notre notice d'information sur les données personnelles. Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition auprès de notre Délégué à la Protection des Données.

Crédit Agricole Centre Ouest""", shape="html")

r("neg-paypal", "fr", "", "PayPal <service@paypal.fr>",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 45,00 EUR de Rosie Adams.
Note : « Atelier en ligne - merci ! »

Numéro de transaction : 8KJ23456AB789012C""", shape="alt")

r("neg-newsletter-1", "fr", "", "Psychologies Magazine <newsletter@psychologies.com>",
  "Comment effacer ses regrets ? 5 exercices",
  """Cette semaine dans Psychologies :
- Comment effacer ses regrets : 5 exercices de pleine conscience
- Ces données qui en disent long sur notre sommeil
- Test : êtes-vous trop dans le contrôle ?

Se désinscrire | Gérer mes préférences | Données personnelles""", shape="html",
  headers={"List-Unsubscribe": "<mailto:unsub@psychologies.com>, <https://psychologies.com/unsub>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

r("neg-newsletter-2", "fr", "", "ICF France <info@coachfederation.fr>",
  "Votre lettre ICF - déontologie et RGPD",
  """Chers membres,

Ce mois-ci, retour sur la conférence "Déontologie du coach et protection des données des clients" : que faire quand un client demande l'accès à ses notes de séance ? Faut-il les supprimer à la fin du contrat ?

Se désabonner""", shape="alt",
  headers={"List-Unsubscribe": "<https://coachfederation.fr/unsub>", "List-Id": "ICF France <news.coachfederation.fr>"})

r("neg-newsletter-3", "en", "", "Canva <marketing@engage.canva.com>",
  "Design your spring workshop flyers in minutes",
  """New templates for coaches and trainers. Remove backgrounds, resize, export to any format.

Unsubscribe from these emails.""", shape="html",
  headers={"List-Unsubscribe": "<https://canva.com/unsub?u=1>"})

r("neg-newsletter-4", "fr", "", "Orange <info@orange.fr>",
  "Vos avantages Orange du mois",
  """Découvrez vos avantages du mois. Pour ne plus recevoir nos offres, rendez-vous dans votre espace client, rubrique "Mes données personnelles".""",
  shape="html", headers={"List-Unsubscribe": "<mailto:desabonnement@orange.fr>"})

r("neg-facebook", "fr", "", "Facebook <notification@facebookmail.com>",
  "Laetitia Morel a commenté la publication de Floraison de Soi",
  """Laetitia Morel a commenté : « Superbe journée, merci Sandra ! 🌸 »

Voir la publication

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne voulez plus recevoir ces e-mails de Meta, désabonnez-vous.""", shape="html",
  headers={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS>"})

r("neg-wordpress-form-info", "fr", "", "WordPress <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Sabine Laroche",
  """De : Sabine Laroche <sabine.laroche@gmail.com>
Objet : Renseignements

Corps du message :
Bonjour, je souhaiterais connaître les dates des prochains ateliers sur la gestion des émotions et le tarif. Merci !

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Sabine Laroche <sabine.laroche@gmail.com>"})

r("neg-wordpress-update", "fr", "", "WordPress <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Demande d'export de données personnelles confirmée",
  """Howdy,

Une demande d'export de données personnelles a été confirmée pour : test@floraisondesoi.fr

Vous pouvez voir et gérer ces demandes d'export de données personnelles ici :
https://floraisondesoi.fr/wp-admin/export-personal-data.php

Cordialement,
Tous vos sites WordPress""")
# NEAR-LINE: WordPress tool notification about a test request -> negative.

r("neg-ovh", "fr", "", "OVHcloud <support@ovh.com>",
  "Votre nom de domaine floraisondesoi.fr expire bientôt",
  """Bonjour,

Votre nom de domaine floraisondesoi.fr expire le 12/04/2026. Pensez à le renouveler pour éviter toute interruption de service et la suppression de vos données.

L'équipe OVHcloud""", shape="alt")

r("neg-spam-rgpd-1", "fr", "", "Service Conformité RGPD <conformite@rgpd-controle-entreprises.fr>",
  "URGENT : mise en conformité RGPD obligatoire - dernier rappel",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI n'a pas encore effectué sa déclaration de conformité au RGPD. Vous vous exposez à une amende pouvant atteindre 20 000 000 €.

Pour régulariser votre situation, merci de remplir le formulaire sous 72h et de régler les frais de dossier de 389 € HT.

Régulariser maintenant : http://rgpd-controle-entreprises.fr/dossier

Service Conformité""", shape="html")

r("neg-spam-rgpd-2", "fr", "", "Registre National RGPD <contact@registre-national-rgpd.com>",
  "Avis de non-conformité - FLORAISON DE SOI",
  """AVIS DE NON-CONFORMITÉ

Votre établissement doit désigner un délégué à la protection des données et tenir un registre des traitements. Contrôle prévu à partir du 15 du mois.

Merci de nous retourner le bon de commande ci-joint.""", attach=["bon_de_commande_RGPD.pdf"])

r("neg-spam-en-1", "en", "", "Data Protection Compliance Team <alerts@eu-dataprotection-cert.net>",
  "Final notice: GDPR certificate required",
  """Dear business owner,

Your website floraisondesoi.fr has been flagged as non-compliant with GDPR. To avoid penalties, obtain your compliance certificate today for €249.

Click here to comply.""", shape="html")

r("neg-spam-en-2", "en", "", "Mailbox Admin <admin@mail-orange-verify.com>",
  "Action required: your data will be deleted",
  """Your mailbox sandra.delomenie@orange.fr has been scheduled for deletion due to a GDPR policy update. Verify your account within 24 hours to keep your data.

VERIFY NOW""", shape="html")

r("neg-spam-seo", "en", "", "Alex SEO <alex.marketing@rankbooster.biz>",
  "Remove bad reviews + grow your coaching business",
  """Hi there,

We can remove negative reviews about your business from Google and get you on page 1. Reply "YES" for a free audit. Reply "REMOVE" to stop receiving these emails.""")

r("neg-vendor-notice-calendly", "en", "", "Calendly <legal@calendly.com>",
  "We're updating our Privacy Notice",
  """We're updating our Privacy Notice to provide more detail about how we handle personal data, including data subject rights (access, deletion, portability) and international transfers. No action is required.""",
  shape="html")

r("neg-cnil-newsletter", "fr", "", "CNIL <lettre-info@cnil.fr>",
  "La lettre de la CNIL - Droit d'accès : les bons réflexes",
  """Droit d'accès : les bons réflexes pour les professionnels

Comment répondre à une personne qui demande une copie de ses données ? Quels délais respecter ? Retrouvez nos fiches pratiques.

Pour vous désinscrire, cliquez ici.""", shape="html",
  headers={"List-Unsubscribe": "<https://www.cnil.fr/desinscription>"})

r("neg-laposte-suivi", "fr", "", "La Poste <noreply@laposte.fr>",
  "Votre colis est en cours de livraison",
  """Votre colis 6A12345678901 sera livré aujourd'hui. Vous pouvez modifier votre livraison depuis l'application.""",
  shape="alt")

r("neg-urssaf", "fr", "", "URSSAF <ne-pas-repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires",
  """Madame DUMOT-DELOMENIE,

Votre déclaration de chiffre d'affaires pour le trimestre est à effectuer avant le 31 octobre. Connectez-vous à votre espace pour accéder à votre déclaration.

L'Urssaf""", shape="html")

# ---- bounces (multipart/report, built raw)
def _bounce(rcpt, subj, lang, status="5.1.1", diag="550 5.1.1 <{r}>: Recipient address rejected: User unknown"):
    def make(date, key):
        b = "----=_Bounce_" + key.replace("-", "")
        if lang == "fr":
            txt = (f"Ceci est le système de messagerie d'Orange.\r\n\r\nVotre message n'a pas pu être remis à\r\n"
                   f"un ou plusieurs destinataires :\r\n\r\n<{rcpt}> : adresse inconnue\r\n")
        else:
            txt = (f"This is the mail system at host smtp.orange.fr.\r\n\r\nI'm sorry to have to inform you that your message "
                   f"could not be delivered to one or more recipients.\r\n\r\n<{rcpt}>: host said: {diag.format(r=rcpt)}\r\n")
        return (f"From: Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>\r\n"
                f"To: sandra.delomenie@orange.fr\r\n"
                f"Subject: {'Non remis' if lang == 'fr' else 'Undelivered Mail Returned to Sender'}: {subj}\r\n"
                f"Date: {date}\r\nMessage-ID: <bounce.{key}@smtp.orange.fr>\r\nAuto-Submitted: auto-replied\r\n"
                f"MIME-Version: 1.0\r\n"
                f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n\r\n"
                f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{txt}\r\n"
                f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\n"
                f"Reporting-MTA: dns; smtp.orange.fr\r\n\r\n"
                f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: {status}\r\n"
                f"Diagnostic-Code: smtp; {diag.format(r=rcpt)}\r\n\r\n"
                f"--{b}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                f"From: Floraison de Soi <contact@floraisondesoi.fr>\r\nTo: {rcpt}\r\nSubject: {subj}\r\n\r\n"
                f"--{b}--\r\n")
    return make


r("neg-bounce-1", "fr", "", "MAILER-DAEMON@smtp.orange.fr", "Non remis",
  "", raw=_bounce("rf.fontaine@free.fr", "Re: Droit d'accès et rectification", "fr"))
r("neg-bounce-2", "en", "", "MAILER-DAEMON@smtp.orange.fr", "Undelivered",
  "", raw=_bounce("d.foster@company-old.com", "Your course access", "en"))
r("neg-bounce-3", "en", "", "MAILER-DAEMON@smtp.orange.fr", "Undelivered",
  "", raw=_bounce("francoise.vasseur@orange.fr", "La lettre de Floraison de Soi - Novembre", "en",
                  status="5.2.2", diag="552 5.2.2 <{r}>: mailbox full"))

# =====================================================================
# 8. MORE REQUESTS (forward / follow-up shapes)
# =====================================================================

r("fr-era-relance", "fr", "erasure", "Xavier Meunier <xavier.meunier@gmail.com>",
  "RE: Effacement - 2e demande",
  """Madame,

Sans réponse de votre part depuis plus d'un mois, je renouvelle ma demande d'effacement de l'ensemble de mes données personnelles. Je vous rappelle que le délai légal de réponse est d'un mois.

Xavier Meunier""",
  quote=dict(style="outlook", who="Xavier Meunier <xavier.meunier@gmail.com>", to=S, days=40, subj="Effacement", text="""Madame,

Je vous demande de bien vouloir effacer toutes les données personnelles me concernant.

Xavier Meunier"""))
# NEAR-LINE: follow-up that restates the erasure request in the new text -> erasure.

r("en-obj-fwd", "en", "objection", "Jack Turner <jack.turner@gmail.com>",
  "Fwd: Last chance: 20% off the online programme",
  """Hi Sandra,

I keep getting these (see attached). I'm still doing the programme and I'm happy with it, but please stop the promotional emails - I'll see offers on the site if I need them.

Jack""",
  fwd=dict(frm=C, to="jack.turner@gmail.com", subj="Last chance: 20% off the online programme",
           body="""Hello Jack,

Only 48 hours left to get 20% off "Prendre sa place" - the online programme.

Unsubscribe | Manage preferences"""))

# =====================================================================
# 9. MORE HARD NEGATIVES
# =====================================================================

r("neg-en-fwd-phish", "en", "", "Marie-Laure Vidal <ml.vidal.coaching@gmail.com>",
  "Fwd: GDPR data deletion notice",
  """Sandra, did you get this too? Looks like a scam to me, don't click anything!

ML""",
  fwd=dict(frm="Compliance Desk <notice@gdpr-registry-eu.org>", to="ml.vidal.coaching@gmail.com",
           subj="GDPR data deletion notice",
           body="""Your customer database will be deleted unless you renew your GDPR registration. Pay the €190 fee within 48h."""))

r("neg-fr-fwd-client-mail", "fr", "", "Bernard Aubert <bernard.aubert@gmail.com>",
  "TR: Convocation",
  """Bonjour Sandra,

Je vous transfère la convocation de Pôle emploi dont je vous ai parlé, pour qu'on la prépare ensemble mardi.

Bernard""",
  fwd=dict(frm="France Travail <ne-pas-repondre@francetravail.fr>", to="bernard.aubert@gmail.com",
           subj="Convocation à un entretien", body="""Monsieur Aubert,

Vous êtes convoqué le 14 à 10h00 pour un entretien de suivi. Munissez-vous d'une pièce d'identité.

France Travail"""))

r("neg-en-testimonial-ok", "en", "", "Megan Scott <megan.scott@gmail.com>",
  "Re: Photo on Instagram",
  """Actually, never mind - I talked to my partner and it's fine, you can leave the photo up! Sorry for the back and forth.

Megan""",
  quote=dict(style="gmail", who="Megan Scott <megan.scott@gmail.com>", to=S, days=1, text="""Hi Sandra,

I'd like to withdraw my consent for the photo of me from the October retreat that's on your Instagram. Could you take it down please?

Megan"""))
# NEAR-LINE: new text retracts the quoted withdrawal -> negative.

r("neg-en-newsletter-praise", "en", "", "Grace Walker <grace.walker@outlook.com>",
  "Re: La lettre de Floraison de Soi - Octobre",
  """Loved this month's letter, especially the bit about letting go. Please keep them coming, even though I'm taking a break from sessions!

Grace""",
  quote=dict(style="outlook", who=C, to="grace.walker@outlook.com", text="""Bonjour à toutes et à tous,

L'automne est là, saison idéale pour faire le tri..."""))

r("neg-en-access-zoom", "en", "", "Tom Whitaker <tom.whitaker@outlook.com>",
  "Access link",
  """Hi Sandra, I don't seem to have access to the Zoom link for tomorrow - could you resend it? Thanks, Tom""")

r("neg-en-remove-from-group-photo-question", "en", "", "Chloe Evans <chloe.evans@gmail.com>",
  "Retreat photos - question",
  """Hi Sandra,

Will there be photos taken at the retreat? If so, will you ask before posting them? I'm fine with it in principle, just curious how it works.

Chloe""")

r("neg-en-data-job", "en", "", "Amelia Ross <amelia.ross@gmail.com>",
  "Coaching for my data career",
  """Hi Sandra,

I work as a data analyst and I'm considering a career change. I'd love to know whether your coaching would suit someone in tech. Do you offer sessions in English?

Best,
Amelia""")

r("neg-en-delete-dup", "en", "", "Daniel Novak <dnovak@gmail.com>",
  "Duplicate booking",
  """Hi, I think I booked the same webinar twice by mistake (two confirmation emails). Could you delete one of the bookings and refund the duplicate? Thanks, Daniel""")

r("neg-en-cnil-copy", "en", "", "Peter Lang <peter.lang@gmx.de>",
  "FW: my complaint to the CNIL",
  """FYI - below is the complaint I filed with the CNIL today.

---
I asked Floraison de Soi to stop emailing me and delete my data. I have not received any response within one month.
---

Peter Lang""")
# NEAR-LINE: copy of a CNIL complaint -> negative, even though it restates earlier requests.

r("neg-en-lawyer-info", "en", "", "Sarah Kim <s.kim@kimlegal.co.uk>",
  "Query regarding client records retention",
  """Dear Ms Delomenie,

We act for a UK wellbeing company drafting its retention policy. Could you share, as a professional courtesy, how long French coaches typically retain session notes? We're not acting for any of your clients.

Kind regards,
Sarah Kim""")

r("neg-en-ooo-3", "en", "", "Robert Evans <robert.evans@outlook.com>",
  "Automatic reply: Re: Mother's account",
  """I'm travelling until 20 March with intermittent email access. I will respond on my return.""",
  headers={"Auto-Submitted": "auto-replied"})

r("neg-en-stripe-dispute", "en", "", "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a payment of €90.00. Reason: product not received. Please submit evidence by 12 December.

View dispute in Dashboard""", shape="alt")

r("neg-en-linkedin", "en", "", "LinkedIn <messages-noreply@linkedin.com>",
  "You appeared in 12 searches this week",
  """Sandra, you appeared in 12 searches this week. See who's looking at your profile.

Unsubscribe""", shape="html", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"})

r("neg-en-sandra-ack", "en", "", S,
  "Re: Subject access request and erasure",
  """Dear Mr Whitaker,

Thank you for your message. I acknowledge receipt of your request for access and erasure and will respond within one month. Could you please confirm the email address you used when registering?

Kind regards,
Sandra Delomenie
Floraison de Soi""", to="Tom Whitaker <tom.whitaker@outlook.com>")

r("neg-en-event-partner", "en", "", "Events Team <events@wellbeing-expo.eu>",
  "Exhibitor data form",
  """Dear exhibitor,

Please update your listing details in the exhibitor portal (company name, contact, logo) before 1 May. You can edit or delete your listing at any time.

Wellbeing Expo Team""", shape="alt")

r("neg-fr-fwd-amie", "fr", "", "Odile Lambert <odile.lambert@wanadoo.fr>",
  "Une amie intéressée",
  """Bonjour Sandra,

Mon amie Brigitte aimerait faire un atelier avec toi. Je lui ai donné ton mail, j'espère que ça ne t'embête pas. Elle te contactera directement pour ne pas que je transmette ses coordonnées.

Odile""")

r("neg-fr-rect-review", "fr", "", "Pauline Renard <pauline.renard@gmail.com>",
  "Re: Corrections sur mon CV",
  """Super merci pour les corrections ! J'ai tout intégré. Dernière chose : tu peux supprimer la version 2 du Drive partagé, il ne faut garder que la v3 pour éviter de confondre.

Pauline""",
  quote=dict(style="gmail", who=S, text="""Voici tes corrections, on en parle jeudi."""))
# NEAR-LINE: tidying a shared working document (keep v3, delete v2) -> negative.

r("neg-fr-sandra-reminder", "fr", "", C,
  "Rappel : atelier samedi 10h",
  """Bonjour à toutes et à tous,

Petit rappel : l'atelier a lieu samedi à 10h au 46 rue d'Estienne d'Orves. Pensez à apporter un carnet.

Si vous ne pouvez plus venir, merci de me prévenir pour libérer votre place.

Sandra""", to="undisclosed-recipients:;")

r("neg-fr-banque-rib", "fr", "", "Émilie Caron <emilie.caron@gmail.com>",
  "Nouveau RIB",
  """Bonjour Sandra,

Pour le remboursement de l'atelier annulé, voici mon RIB comme vous me l'avez demandé.

Émilie""", attach=["RIB_Emilie_Caron.pdf"])
# NEAR-LINE: providing a bank account for a one-off refund (asked by her), not correcting stored data -> negative.

r("neg-fr-orange-mail", "fr", "", "Orange <ne-pas-repondre@orange.fr>",
  "Votre espace de stockage Mail Orange",
  """Bonjour,

Votre boîte Mail Orange est pleine à 92 %. Supprimez les messages inutiles ou videz la corbeille pour continuer à recevoir vos e-mails.

L'équipe Orange""", shape="html")

r("neg-fr-mutuelle", "fr", "", "Harmonie Mutuelle <ne-pas-repondre@harmonie-mutuelle.fr>",
  "Vos données personnelles : ce qui change",
  """Madame,

Nous faisons évoluer notre politique de protection des données personnelles. Vous pouvez à tout moment retirer votre consentement ou vous opposer à la prospection depuis votre espace adhérent.

Harmonie Mutuelle""", shape="html", headers={"List-Unsubscribe": "<mailto:unsub@harmonie-mutuelle.fr>"})

r("neg-fr-client-opposes-exercise", "fr", "", "Hervé Baudry <herve.baudry@gmail.com>",
  "Re: Exercice",
  """Sandra, je dois te dire que je m'oppose un peu à l'idée de l'exercice de la lettre à mon père... Je ne me sens pas prêt. On peut en reparler jeudi ?
Hervé""",
  quote=dict(style="gmail", who=S, text="""Pour la prochaine fois, je vous propose d'écrire une lettre (que vous n'enverrez pas) à votre père."""))

r("neg-fr-relance-facture", "fr", "", "Cabinet Aubert <p.aubert@cabinet-aubert.fr>",
  "Pièces manquantes",
  """Bonjour Sandra,

Il me manque les relevés Stripe de novembre et décembre pour clôturer. Peux-tu m'envoyer un export CSV depuis ton tableau de bord ?

Patrick""")
# NEAR-LINE: accountant asking for a Stripe export for bookkeeping -> negative.

r("neg-fr-gmail-forward-politique", "fr", "", "Sandrine Aubert <sandrine.aubert@gmail.com>",
  "Re: Deux demandes",
  """Merci Sandra, c'est parfait, on se recontacte en septembre 🌸""",
  quote=dict(style="gmail", who=S, text="""Bonjour Sandrine,

C'est corrigé pour votre prénom, et votre dossier est mis en pause jusqu'à nouvel ordre.

Sandra"""))
