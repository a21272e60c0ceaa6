"""Long threads with a short new request, requests in attachments, direct mail."""
from rec import R

S_OR = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
S_CT = ("Floraison de Soi - Sandra Delomenie", "contact@floraisondesoi.fr")

LONG_SUIVI = """Bonjour Sandra,
Merci pour la séance de mardi. J'ai repensé à ce que vous disiez sur le « triangle » avec ma sœur et ma mère, et je crois que c'est exactement ça.
Pour la suite, est-ce qu'on peut passer à une séance toutes les trois semaines ? Financièrement c'est un peu juste en ce moment.
Belle journée,
Aurore

> Le jeu. 6 mars 2025 à 18:20, Sandra Delomenie <sandra.delomenie@orange.fr> a écrit :
> Bonjour Aurore,
> Bien sûr, on peut espacer. Je vous propose le 27 mars à 10h, puis le 17 avril.
> Pensez à noter d'ici là les moments où vous vous sentez « coincée » : on s'en servira.
> Bien à vous,
> Sandra
>
>> Le mer. 5 mars 2025 à 21:02, Aurore Baudin <aurore.baudin@gmail.com> a écrit :
>> Bonsoir, le 27 me va. Je vous apporterai le carnet.
>> Aurore"""

RECORDS = [
    R("fr-thread-long-suivi-puis-effacement", ["erasure"], "Re: Suite de nos séances",
      "Bonjour Sandra,\nJe reviens vers vous plusieurs mois après : j'ai décidé d'arrêter l'accompagnement et je "
      "préfère que rien ne reste. Pouvez-vous effacer mon dossier, vos notes et mon carnet scanné ?\nMerci pour tout,\n"
      "Aurore",
      frm=("Aurore Baudin", "aurore.baudin@gmail.com"),
      quote=dict(style="gmail", who=S_OR, days=120, text=LONG_SUIVI)),
    R("fr-thread-outlook-formation-acces-rectif", ["access", "rectification"], "RE: Attestation formation « Communication bienveillante »",
      "Bonjour Madame,\n\nMerci pour l'envoi. Deux choses : mon prénom est Maryline (avec un y), pas Marilyne, "
      "pouvez-vous le corriger dans vos fichiers et sur l'attestation ? Et j'aimerais recevoir une copie de "
      "l'évaluation individuelle que vous avez remplie à mon sujet.\n\nCordialement,\nMaryline Dufresne\n"
      "Assistante de direction — Mairie de Vatan\n\nCe message et ses pièces jointes sont confidentiels et destinés "
      "exclusivement à leur destinataire. Toute diffusion non autorisée est interdite.",
      frm=("Maryline Dufresne", "m.dufresne@mairie-vatan.fr"), mailer="Microsoft Outlook 16.0",
      quote=dict(style="outlook", who=S_CT, to="Maryline Dufresne <m.dufresne@mairie-vatan.fr>",
                 subject="Attestation formation « Communication bienveillante »",
                 text="Bonjour Madame Dufresne,\n\nVeuillez trouver ci-joint votre attestation de fin de formation "
                      "ainsi que le support de cours.\n\nLa formation s'est déroulée les 12 et 13 juin 2025 à la "
                      "salle polyvalente (14 heures). Le questionnaire de satisfaction à froid vous parviendra dans "
                      "trois mois.\n\nJe reste à votre disposition pour toute question.\n\nBien cordialement,\n"
                      "Sandra Delomenie\nFloraison de Soi — Coaching & Formation\n46 rue d'Estienne d'Orves, 36100 Issoudun")),
    R("en-thread-retreat-then-portability", ["access", "portability"], "Re: Retreat logistics - Berry, 12-14 Sept",
      "Hi Sandra,\n\nThe retreat was wonderful, thank you again. One last thing before I go: could you tell me what "
      "you keep on file about me, and send me my intake form and journal prompts answers as a file I can reuse "
      "(CSV or JSON is fine)? My new coach in Bristol would like to see them.\n\nWarmly,\nJoanna",
      frm=("Joanna Whitfield", "joanna.whitfield@icloud.com"),
      quote=dict(style="en", who=S_CT, days=30,
                 text="Dear all,\n\nHere is everything you need for the weekend:\n- Arrival Friday from 4pm, "
                      "dinner at 7.30pm\n- Bring comfortable clothes, a notebook, and outdoor shoes\n- Vegetarian "
                      "meals; tell me about any allergy\n- Train: Paris Austerlitz to Issoudun, I'll pick you up at "
                      "the station\n\nThe intake form is attached — please return it by 5 September.\n\nSee you soon,\n"
                      "Sandra")),
    R("fr-thread-merci-au-dessus-demande-traitee", [], "Re: Votre demande de suppression",
      "Parfait, merci beaucoup pour votre rapidité !\nBonne continuation,\nFrédérique",
      frm=("Frédérique Vial", "frederique.vial@laposte.net"),
      quote=dict(style="gmail", who=S_OR,
                 text="Bonjour Madame Vial,\n\nJe vous confirme que votre fiche, vos notes de séance et votre "
                      "adresse e-mail ont été supprimées de mes fichiers et de la plateforme Systeme.io, "
                      "conformément à votre demande du 2 avril.\n\nBien cordialement,\nSandra Delomenie\n\n"
                      ">> Bonjour, je souhaite que toutes mes données soient effacées. F. Vial")),
    R("en-thread-thanks-above-export", [], "Re: Your data export",
      "Got it, the file opens fine. Thanks Sandra, much appreciated!\n\nTom",
      frm=("Tom Reilly", "tom.reilly@gmail.com"),
      quote=dict(style="en", who=S_CT,
                 text="Hi Tom,\n\nAs requested, please find attached the export of your programme data (goals, "
                      "check-ins, worksheet answers) in CSV format.\n\nBest,\nSandra\n\n> On Mon, Tom Reilly wrote:\n"
                      "> Could you send me my data in a portable format please?")),
    R("fr-thread-newsletter-desabo-et-effacer", ["erasure", "objection"], "Re: 🌿 Nouveaux ateliers d'automne",
      "Désinscrivez-moi et effacez mes coordonnées de votre fichier s'il vous plaît. Merci.\nM. Perrin",
      frm=("Marc Perrin", "marc.perrin@sfr.fr"),
      quote=dict(style="apple", who=S_CT,
                 text="Bonjour à toutes et à tous,\n\nL'automne arrive et avec lui trois nouveaux ateliers :\n"
                      "• « Dire non avec douceur » — 4 octobre\n• « Sommeil et émotions » — 18 octobre\n"
                      "• « Cercle des femmes » — chaque premier jeudi\n\nInscriptions sur le site.\n\nSandra\n\n"
                      "Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire")),
    R("fr-thread-apple-nouveau-portable", ["rectification"], "Re: Rappel de votre rendez-vous",
      "Bonjour, merci pour le rappel. Par contre il est arrivé sur le portable de mon ex-mari ! Mon numéro à moi "
      "c'est le 06 26 71 09 48, pouvez-vous remplacer l'ancien dans ma fiche ?\nSophie\n\nEnvoyé de mon iPhone",
      frm=("Sophie Marchal", "sophie.marchal@icloud.com"), mailer="iPhone Mail (22B83)",
      quote=dict(style="apple", who=S_CT,
                 text="Bonjour Sophie,\nPetit rappel : votre séance a lieu jeudi 9 octobre à 17h30, 46 rue "
                      "d'Estienne d'Orves.\nÀ jeudi,\nSandra")),
    R("fr-thread-litige-facture-limitation", ["restriction"], "RE: Facture n° 2025-041",
      "Madame,\n\nNous ne sommes toujours pas d'accord sur cette facture et j'ai saisi le conciliateur. En attendant "
      "son avis, je vous demande de geler mes données : ne les effacez pas, elles serviront au dossier, mais ne "
      "les utilisez pas (pas de relance commerciale, pas de transmission à un recouvreur).\n\nCordialement,\n"
      "Bruno Lemaître",
      frm=("Bruno Lemaître", "bruno.lemaitre@hotmail.fr"),
      quote=dict(style="outlook", who=S_OR, to="Bruno Lemaître <bruno.lemaitre@hotmail.fr>",
                 subject="Facture n° 2025-041",
                 text="Monsieur,\n\nSauf erreur de ma part, la facture n° 2025-041 du 3 mars (4 séances, 240 €) "
                      "reste impayée. Les séances ont bien eu lieu les 6, 13, 20 et 27 février.\n\nJe vous remercie "
                      "de procéder au règlement ou de me contacter.\n\nSandra Delomenie")),
    R("en-thread-contest-accuracy-pause", ["restriction"], "Re: Coaching summary for your manager",
      "Sandra,\n\nI'm afraid the summary is not accurate: I never said I wanted to leave the team. Until we sort this "
      "out, please put my file on hold — don't use it, don't send it anywhere. I'm not asking you to delete it.\n\n"
      "Regards,\nMarcus",
      frm=("Marcus Lindgren", "marcus.lindgren@outlook.com"),
      quote=dict(style="en", who=S_CT,
                 text="Hi Marcus,\n\nAs agreed in our tripartite contract, here is the draft summary I plan to share "
                      "with your manager on Friday. Let me know if anything should be changed.\n\nBest,\nSandra")),
    R("fr-thread-rappel-atelier-mais-acces", ["access"], "Re: Rappel : atelier « Estime de soi » samedi 9h30",
      "Bonjour, je viendrai bien samedi. J'en profite : j'aimerais recevoir une copie des réponses que j'ai données "
      "au questionnaire d'entrée l'an dernier, je ne les ai jamais eues.\nMerci\nIrène",
      frm=("Irène Costa", "irene.costa@free.fr"),
      quote=dict(style="gmail", who=S_CT,
                 text="Bonjour,\n\nPetit rappel : l'atelier « Estime de soi » a lieu samedi à 9h30. Prévoyez une "
                      "tenue confortable et de quoi écrire. Café et thé offerts.\n\nÀ samedi !\nSandra")),
    R("fr-thread-corriger-devis", [], "Re: Devis formation équipe",
      "Bonjour Sandra,\nPouvez-vous corriger le document : le devis doit être au nom de l'association (Les Jardins "
      "partagés d'Issoudun), pas au mien, et il manque notre SIRET. Merci !\nOdile",
      frm=("Odile Brun", "jardins.partages.issoudun@gmail.com"),
      quote=dict(style="gmail", who=S_OR,
                 text="Bonjour Odile,\nVoici le devis pour la demi-journée « Coopérer sans s'épuiser » (12 "
                      "personnes). Il est valable 21 jours.\nBonne journée,\nSandra")),
    R("fr-thread-changement-creneau-long", [], "Re: Re: Re: Créneau de novembre",
      "Finalement le 21 à 18h c'est parfait, je le note. Et je supprime le créneau du 14 de mon agenda.\nÀ bientôt,\nNoémie",
      frm=("Noémie Garcia", "noemie.garcia@outlook.fr"),
      quote=dict(style="outlook", who=S_OR, to="Noémie Garcia <noemie.garcia@outlook.fr>", subject="Re: Re: Créneau de novembre",
                 text="Noémie,\nLe 14 je suis en formation à Bourges toute la journée, désolée. Je peux vous proposer "
                      "le 21 à 18h ou le 25 à 9h.\nSandra\n\n-----\nDe : Noémie Garcia\nEnvoyé : lundi\nObjet : Re: "
                      "Créneau de novembre\n\nEst-ce que le 14 à 18h serait possible ? Le mardi c'est compliqué avec "
                      "les enfants.\n\n-----\nDe : Sandra Delomenie\nObjet : Créneau de novembre\n\nBonjour Noémie, "
                      "pour la séance de novembre quelles sont vos disponibilités ?")),
    R("en-thread-how-long-do-you-keep", [], "Re: Welcome to the 8-week programme",
      "Hi Sandra, thanks for the welcome pack! Quick question before I fill in the health questionnaire: how long do "
      "you keep those answers once the programme is over, and who can see them? Just curious.\n\nCheers,\nAmelia",
      frm=("Amelia Grant", "amelia.grant@yahoo.co.uk"),
      quote=dict(style="en", who=S_CT,
                 text="Welcome Amelia!\n\nYou'll find attached the programme calendar, the health questionnaire "
                      "and my privacy policy. Our first call is on Monday at 6pm (Paris time).\n\nSandra")),
    R("fr-thread-4-niveaux-retrait-questionnaire", ["withdraw_consent"], "Re: Re: Re: Re: Mémoire DU — utilisation des questionnaires",
      "Sandra,\nAprès réflexion, je retire mon accord pour que mes questionnaires figurent dans ton mémoire, même "
      "anonymisés. Je suis désolée de changer d'avis si tard.\nMarie-Laure",
      frm=("Marie-Laure Simon", "ml.simon@wanadoo.fr"),
      quote=dict(style="gmail", who=S_OR,
                 text="Pas de souci, ils seront anonymisés, prénom changé, ville retirée.\n\n> Le lun., "
                      "Marie-Laure Simon a écrit :\n> Et mon prénom apparaîtra ?\n>\n>> Le dim., Sandra a écrit :\n>> "
                      "Merci infiniment ! Je t'envoie le formulaire de consentement.\n>>\n>>> Le sam., Marie-Laure a "
                      "écrit :\n>>> D'accord pour que tu utilises mes questionnaires pour ton mémoire de DU.")),
    R("fr-thread-opposition-offres-ciblees", ["objection"], "Re: Une offre pensée pour vous, Véronique",
      "Bonjour,\nJe m'oppose à ce que mes réponses aux bilans servent à me proposer des offres « pensées pour moi ». "
      "Ce n'est pas pour ça que je les ai données.\nVéronique Bailly",
      frm=("Véronique Bailly", "veronique.bailly@gmail.com"),
      quote=dict(style="gmail", who=S_CT,
                 text="Bonjour Véronique,\n\nD'après votre bilan de printemps, vous aviez identifié la gestion du "
                      "temps comme priorité. J'ai pensé à vous pour le nouveau module « Mieux s'organiser sans "
                      "s'épuiser », à -15 % jusqu'au 30.\n\nSandra")),
    R("en-thread-object-and-know", ["access", "objection"], "Re: You might like our new online course",
      "Hello,\nI object to receiving any further promotional emails. I'd also like to know what information you have "
      "about me and how you got it — I only bought one ebook in 2023.\nRegards, P. Novak",
      frm=("Petra Novak", "petra.novak@seznam.cz"),
      quote=dict(style="en", who=S_CT,
                 text="Hello!\n\nOur new online course \"Calm mind, clear goals\" is open for registration. "
                      "Early bird price until Friday.\n\nSandra\n\nUnsubscribe")),
    # NEAR-LINE: the request is only in the attached signed letter; body points to it
    R("fr-pj-courrier-acces-rectif", ["access", "rectification"], "Courrier — exercice de mes droits",
      "Bonjour,\n\nVeuillez trouver ci-joint mon courrier signé ainsi que la copie de ma pièce d'identité.\n\n"
      "Cordialement,\nYvette Lagarde",
      frm=("Yvette Lagarde", "yvette.lagarde@orange.fr"),
      atts=[("pdf", "courrier_droits_Lagarde.pdf",
             "Yvette Lagarde - 12 rue Porte aux Boeufs - 36100 Issoudun\nObjet : droit d'acces et de rectification\n"
             "Madame, je vous demande copie de l'ensemble des donnees me concernant\net la correction de mon adresse "
             "(ancienne : 4 rue Basse).\nSignature"),
            ("pdf", "CNI_Lagarde.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE\nLAGARDE Yvette")]),
    R("fr-pj-mandat-avocat-acces", ["access"], "Me Dutheil — Mme Corinne Arnal — demande de communication",
      "Madame,\n\nJe suis le conseil de Mme Corinne Arnal, qui m'a donné mandat (ci-joint) pour exercer en son nom "
      "son droit d'accès au titre de l'article 15 du RGPD. Je vous remercie de me communiquer l'intégralité des "
      "données la concernant, y compris les comptes rendus de séances, dans le délai d'un mois.\n\n"
      "Veuillez agréer, Madame, l'expression de mes salutations distinguées.\n\nMe Anne Dutheil\nAvocate au Barreau "
      "de Châteauroux\n\nCONFIDENTIALITÉ : ce message est couvert par le secret professionnel.",
      frm=("Me Anne Dutheil", "a.dutheil@avocat-dutheil.fr"), to="orange", mailer="Microsoft Outlook 16.0",
      atts=[("pdf", "mandat_Arnal.pdf", "MANDAT\nJe soussignee Corinne Arnal donne mandat a Me Anne Dutheil\npour exercer mes droits RGPD aupres de Floraison de Soi.")]),
    R("fr-pj-notaire-acte-deces", ["post_mortem"], "Succession Lucienne Dumas — Réf. 2025/1187",
      "Madame,\n\nJe suis chargé du règlement de la succession de Mme Lucienne Dumas, décédée le 11 août 2025, dont "
      "vous trouverez l'acte de décès ci-joint. À la demande des héritiers, je vous prie de nous faire savoir si "
      "vous détenez des données la concernant, de nous en adresser copie puis de procéder à leur suppression.\n\n"
      "Me Olivier Renaudin\nNotaire — 4 place du Marché, 36100 Issoudun",
      frm=("Office notarial Renaudin", "office.renaudin@notaires.fr"), to="orange",
      atts=[("pdf", "acte_deces_Dumas.pdf", "EXTRAIT D'ACTE DE DECES\nDUMAS Lucienne, decedee le 11 aout 2025 a Issoudun")]),
    R("fr-pj-docx-effacement-opposition", ["erasure", "objection"], "Demande RGPD",
      "Bonjour, ma demande est dans le document joint. Merci de me répondre par mail.\nC. Lenoir",
      frm=("Cédric Lenoir", "cedric.lenoir@laposte.net"),
      atts=[("docx", "demande_RGPD_Lenoir.docx",
             "Cedric Lenoir\nObjet : effacement et opposition\nJe m'oppose a toute utilisation de mes donnees a des fins de prospection\net je demande l'effacement de toutes mes donnees (articles 17 et 21 du RGPD).")]),
    R("en-pj-id-card-erase", ["erasure"], "Erasure request + ID",
      "Dear Sandra,\n\nAs your privacy policy asks for proof of identity, please find my passport scan attached. I "
      "request the erasure of all my personal data held by Floraison de Soi, including on Systeme.io and Google "
      "Drive.\n\nKind regards,\nLukas Weber",
      frm=("Lukas Weber", "lukas.weber@gmx.de"),
      atts=[("pdf", "passport_Weber.pdf", "PASSPORT - BUNDESREPUBLIK DEUTSCHLAND\nWEBER, Lukas")]),
    R("fr-pj-capture-newsletter-desabo", ["objection"], "newsletter (capture)",
      "Bonjour, je vous mets une capture : le lien de désinscription en bas de votre lettre affiche une erreur 404. "
      "Merci de me désinscrire vous-même.\nAline",
      frm=("Aline Mercier", "aline.mercier@yahoo.fr"),
      atts=[("png", "capture_erreur_404.png", "")]),
    R("fr-pj-capture-adresse-erronee", ["rectification"], "Adresse erronée sur ma facture",
      "Bonjour,\nSur la facture (capture jointe) mon adresse est « 8 rue du Château », or j'habite au 18. Pouvez-vous "
      "corriger dans votre logiciel pour les prochaines ?\nMerci,\nGilles Texier",
      frm=("Gilles Texier", "gilles.texier@orange.fr"),
      atts=[("png", "facture_capture.png", "")]),
    R("fr-pj-facture-fournisseur", [], "Facture F-2025-0912 — Imprimerie du Centre",
      "Bonjour,\n\nVeuillez trouver ci-jointe la facture correspondant à l'impression de 500 flyers « Ateliers "
      "2025-2026 ». Règlement à 30 jours.\n\nCordialement,\nImprimerie du Centre — Service comptabilité",
      frm=("Imprimerie du Centre", "compta@imprimerie-centre36.fr"),
      atts=[("pdf", "F-2025-0912.pdf", "FACTURE F-2025-0912\n500 flyers A5 - 89,00 EUR HT")]),
    R("fr-pj-programme-formation-rgpd", [], "Programme co-animation « RGPD pour les thérapeutes »",
      "Salut Sandra,\nVoici le programme revu pour notre journée co-animée : matin sur le consentement et les "
      "données de santé, après-midi sur les droits des clients (accès, effacement, portabilité) avec cas pratiques. "
      "Corrige ce que tu veux directement dans le doc !\nJulie",
      frm=("Julie Barbier", "julie.barbier.formation@gmail.com"),
      atts=[("docx", "programme_RGPD_therapeutes_v2.docx", "Programme - RGPD pour les therapeutes\nMatin : consentement, donnees de sante\nApres-midi : droits des personnes, cas pratiques")]),
    R("en-pj-own-death-instructions", ["post_mortem"], "Instructions regarding my data after my death",
      "Dear Sandra,\n\nFollowing our last session, and as French law allows, I attach my signed instructions regarding "
      "my personal data after my death: my session notes are to be destroyed, and my sister Helen may receive only "
      "my invoices if she asks.\n\nWith gratitude,\nPeter Lawson",
      frm=("Peter Lawson", "peter.lawson@protonmail.com"),
      atts=[("pdf", "directives_post_mortem_Lawson.pdf", "Instructions for the handling of my personal data after my death\nPeter Lawson - signed")]),
    R("fr-pj-parent-photos-fils", ["erasure", "withdraw_consent"], "Photos stage enfants — retrait autorisation",
      "Madame,\n\nJe retire l'autorisation de droit à l'image signée pour mon fils Nathan (9 ans) lors du stage "
      "« Petits explorateurs des émotions » (copie jointe). Merci de retirer les photos de votre site et de votre "
      "page Facebook, et plus largement d'effacer toutes les données concernant Nathan.\n\nAurélien Chauvet",
      frm=("Aurélien Chauvet", "aurelien.chauvet@gmail.com"),
      atts=[("pdf", "autorisation_image_Nathan.pdf", "Autorisation de droit a l'image - Nathan Chauvet - signee le 10/07/2025")]),
    R("fr-pj-copie-plainte-cnil", [], "Copie de ma plainte CNIL",
      "Madame,\n\nFaute de réponse à mon courrier du 3 janvier, j'ai déposé une plainte auprès de la CNIL. Vous en "
      "trouverez copie ci-jointe pour information.\n\nA. Roussel",
      frm=("Antoine Roussel", "antoine.roussel@sfr.fr"),
      atts=[("pdf", "plainte_CNIL_accuse.pdf", "CNIL - Accuse de reception de plainte n. 25-04411\nOrganisme mis en cause : Floraison de Soi")]),
    R("en-pj-calendar-invite", [], "Invitation: Partnership call @ Tue Mar 17, 2026 11am - 11:30am",
      "You have been invited to the following event.\n\nPartnership call — Wellbeing festival Tours\nTue Mar 17, 2026 "
      "11am – 11:30am (Central European Time - Paris)\nJoining info: meet.google.com/abc-defg-hij\n\nInvitation from "
      "Google Calendar",
      frm=("Sarah O'Connell", "sarah@wellbeingfest-tours.fr"), html="alt",
      atts=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\nDTSTART:20260317T100000Z\r\nDTEND:20260317T103000Z\r\nSUMMARY:Partnership call\r\nUID:b74partnership@google.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),
    R("fr-direct-article-15-formel", ["access"], "Demande d'accès — article 15 RGPD",
      "Madame,\n\nEn application de l'article 15 du Règlement (UE) 2016/679, je vous prie de me faire connaître si des "
      "données me concernant sont traitées par Floraison de Soi et, dans l'affirmative, de m'en communiquer une copie, "
      "ainsi que les finalités, les destinataires, la durée de conservation et la source de ces données.\n\nJe vous "
      "remercie de me répondre dans le délai d'un mois prévu à l'article 12.\n\nVeuillez agréer, Madame, mes "
      "salutations distinguées.\n\nFrançois Méténier\n22 avenue de la Gare, 36100 Issoudun",
      frm=("François Méténier", "francois.metenier@wanadoo.fr")),
    R("fr-direct-art17-art21", ["erasure", "objection"], "Effacement et opposition",
      "Madame Delomenie,\n\nJe m'oppose, sur le fondement de l'article 21 du RGPD, à tout traitement de mes données "
      "à des fins de prospection, et vous demande, en application de l'article 17, l'effacement de l'ensemble des "
      "données me concernant. Merci de me confirmer l'exécution de ces demandes.\n\nGuillaume Pasquier",
      frm=("Guillaume Pasquier", "g.pasquier@free.fr")),
    R("fr-direct-art18-limitation", ["restriction"], "Limitation du traitement (art. 18 RGPD)",
      "Madame,\n\nJe conteste l'exactitude des informations figurant dans la fiche de suivi transmise à mon "
      "organisme de formation (mention d'un « abandon » alors que j'ai été hospitalisée). Conformément à l'article "
      "18 du RGPD, je vous demande la limitation du traitement de ces données pendant la durée de vérification.\n\n"
      "Nadia Ferrand",
      frm=("Nadia Ferrand", "nadia.ferrand@outlook.fr")),
    R("fr-direct-art20-portabilite", ["portability"], "Portabilité de mes données",
      "Bonjour,\n\nAu titre de l'article 20 du RGPD, je souhaite recevoir les données que je vous ai fournies "
      "(formulaires d'inscription, questionnaires, auto-évaluations) dans un format structuré, couramment utilisé "
      "et lisible par machine.\n\nMerci,\nOlivier Chaput",
      frm=("Olivier Chaput", "olivier.chaput@gmail.com")),
    R("fr-direct-note-erronee", ["rectification"], "Erreur dans mon dossier",
      "Bonjour Sandra,\n\nEn relisant le compte rendu que vous m'avez envoyé, j'ai vu qu'il est noté que j'ai été "
      "hospitalisé en 2019. C'est faux, c'était mon frère. Je vous demande de corriger cette mention dans mon dossier.\n\n"
      "Merci,\nTristan Bellamy",
      frm=("Tristan Bellamy", "tristan.bellamy@gmail.com")),
    R("fr-direct-sans-accents-effacer", ["erasure"], "mes donnees",
      "bonjour\nje veux que vous effacier tout ce que vous avez sur moi, fiche mail tel etc\nmerci de me confirmer\n"
      "kevin l.",
      frm=("kevin lebon", "kev.lebon36@gmail.com")),
    R("fr-direct-sujet-seul-desinscription", ["objection"], "désinscription newsletter", "",
      frm=("Josette Prieur", "josette.prieur@orange.fr")),
    R("en-direct-subject-only-delete", ["erasure"], "Please delete all my personal data", "",
      frm=("Mia Hoffmann", "mia.hoffmann@web.de")),
    R("fr-direct-euphemisme-oubliez-moi", ["erasure"], "Tourner la page",
      "Chère Sandra,\n\nVous m'avez beaucoup aidée, et c'est justement pour ça que j'ai besoin de tourner la page. "
      "J'aimerais que vous m'oubliiez complètement : qu'il ne reste rien de moi dans vos dossiers, ni papier ni "
      "ordinateur.\n\nAvec toute ma gratitude,\nÉmilie",
      frm=("Émilie Garreau", "emilie.garreau@icloud.com")),
    R("fr-direct-long-enfoui-notes", ["access"], "Des nouvelles",
      "Bonjour Sandra,\n\nCela fait presque un an que nous ne nous sommes pas vues et je voulais vous donner des "
      "nouvelles. J'ai finalement quitté la banque en juin, après des mois d'hésitation, et je me suis lancée dans la "
      "céramique. Mon premier marché de Noël a eu lieu à Bourges, j'ai tout vendu, vous imaginez ! Mon compagnon me "
      "soutient, les enfants trouvent ça « cool », ma mère un peu moins mais ça viendra.\n\nJe repense souvent à nos "
      "séances de l'hiver dernier, surtout à l'exercice des « trois chaises ». D'ailleurs, si c'est possible, "
      "j'aimerais beaucoup avoir une copie de vos notes de nos séances et du bilan que nous avions fait ensemble : "
      "j'écris un petit texte sur ce parcours et je voudrais me souvenir de ce que je disais à l'époque.\n\nSi vous "
      "passez à Bourges au printemps, je vous offre un bol !\n\nBien à vous,\nCatherine",
      frm=("Catherine Morel", "catherine.morel.ceramique@gmail.com")),
    R("en-direct-nonnative-name-and-copy", ["access", "rectification"], "about my name in your files",
      "Hello Mrs Sandra,\n\nI am Jiří Dvořák, I made the workshop in your office in last May. In your emails my name "
      "is write \"Jiri Dvorak\" and my family name is also in the place of first name. Please can you correct it. "
      "Also I would like to receive what informations you have about me, one copy.\n\nThank you very much and sorry "
      "for my english,\nJiří",
      frm=("Jiří Dvořák", "jiri.dvorak@seznam.cz")),
    R("fr-direct-be-portabilite", ["portability"], "Transfert de mon dossier",
      "Bonjour Madame,\n\nJe m'installe à Mons et je poursuis mon coaching avec une consœur de la région. Seriez-vous "
      "d'accord de lui transférer directement mes fiches et les résultats de mes tests, sous forme de fichiers "
      "qu'elle pourra intégrer dans son logiciel ? Je vous remercie déjà pour votre aide, ça me ferait bien plaisir.\n\n"
      "Bien à vous,\nNathalie Vandenberghe",
      frm=("Nathalie Vandenberghe", "n.vandenberghe@telenet.be")),
    R("fr-direct-ch-limitation", ["restriction"], "Dossier à bloquer provisoirement",
      "Madame,\n\nSuite à un différend avec mon ancien employeur à Genève, mon avocat pourrait avoir besoin de votre "
      "rapport. Je vous saurais gré de ne pas l'effacer, mais d'en bloquer toute autre utilisation jusqu'à nouvel "
      "avis. Je vous remercie par avance et vous adresse mes meilleures salutations.\n\nChristophe Favre, Carouge",
      frm=("Christophe Favre", "christophe.favre@bluewin.ch")),
    R("fr-direct-qc-retrait-video", ["withdraw_consent"], "Ma vidéo témoignage",
      "Bonjour Sandra,\n\nJ'avais dit oui pour la vidéo témoignage tournée à la fin du séminaire à Montréal, mais là "
      "je suis plus à l'aise avec ça. Je retire mon consentement, tu peux l'ôter de ton site et de ta page? Merci "
      "ben gros, pis bonne continuation!\n\nMarie-Ève Gagnon",
      frm=("Marie-Ève Gagnon", "marieeve.gagnon@videotron.ca")),
    R("en-direct-gdpr-15-20", ["access", "portability"], "Subject access and data portability request",
      "Dear Ms Delomenie,\n\nUnder Articles 15 and 20 GDPR I request (1) confirmation of whether you process my "
      "personal data and a copy of it, and (2) the data I provided to you in a structured, commonly used, "
      "machine-readable format.\n\nYours sincerely,\nDavid Okonkwo",
      frm=("David Okonkwo", "david.okonkwo@gmail.com")),
    R("en-direct-object-profiling", ["objection"], "Objection to profiling",
      "Hello,\n\nYour last email suggested a course \"based on my profile\". I object to you profiling me from my "
      "questionnaire answers or my clicks for marketing purposes. Please stop.\n\nRegards,\nIngrid Solberg",
      frm=("Ingrid Solberg", "ingrid.solberg@gmail.com")),
    R("en-direct-withdraw-photo-erase-all", ["erasure", "withdraw_consent"], "Photo and my data",
      "Hi Sandra,\n\nI withdraw my consent for the group photo from the May workshop where I'm visible, and beyond "
      "that I'd like all my data erased from your systems. Thanks for understanding.\n\nNoor Haddad",
      frm=("Noor Haddad", "noor.haddad@hotmail.com")),
    R("fr-direct-heritiere-dossier-mere", ["post_mortem"], "Dossier de ma mère, Mme Jeanne Bonnet",
      "Madame,\n\nMa mère, Jeanne Bonnet, est décédée le 28 janvier. Elle vous consultait depuis 2021. En tant que "
      "fille et héritière, je souhaiterais avoir accès à son dossier, en particulier aux écrits qu'elle vous a remis.\n\n"
      "Je peux vous faire parvenir l'acte de décès et l'acte de notoriété.\n\nCordialement,\nBéatrice Bonnet-Lamy",
      frm=("Béatrice Bonnet-Lamy", "beatrice.lamy@orange.fr")),
    R("en-direct-son-father-died", ["post_mortem"], "My father, Alan Mitchell",
      "Dear Sandra,\n\nMy father Alan Mitchell died last month in Bourges. Going through his papers I found he'd been "
      "seeing you. Could you please remove him from your mailing lists and let me know what happens to his records? "
      "I am his son and the executor.\n\nThank you,\nJames Mitchell",
      frm=("James Mitchell", "james.mitchell@gmail.com")),
    R("fr-direct-directives-mes-donnees", ["post_mortem"], "Mes volontés concernant mes données",
      "Sandra,\n\nJe préfère l'écrire noir sur blanc : après mon décès, je souhaite que mon dossier soit transmis à ma "
      "compagne, Hélène Ruiz, et à personne d'autre, puis détruit. Je vous remercie de le noter.\n\nDominique Vernet",
      frm=("Dominique Vernet", "dominique.vernet@laposte.net")),
    R("fr-direct-nom-usage", ["rectification"], "Nom d'usage",
      "Bonjour, depuis mon mariage j'utilise le nom Carpentier-Roche. Pouvez-vous compléter ma fiche avec ce nom "
      "d'usage (en gardant Roche comme nom de naissance) ? Merci, Laetitia",
      frm=("Laetitia Carpentier-Roche", "laetitia.cr@gmail.com")),
    R("fr-direct-nouveau-mail-stop-sms", ["objection", "rectification"], "Changement de mail + SMS",
      "Bonjour,\n\nMerci d'utiliser désormais l'adresse anne-sophie.marin@proton.me à la place de as.marin@hotmail.fr "
      "(que je ferme). Et je ne veux plus recevoir les SMS promotionnels.\n\nAnne-Sophie Marin",
      frm=("Anne-Sophie Marin", "anne-sophie.marin@proton.me")),
    R("en-direct-new-postal-address", ["rectification"], "New postal address",
      "Hi Sandra, I've moved: my new address is 27 Rue Gambetta, 18000 Bourges (no longer Vierzon). Please update it "
      "in your client file so the certificate goes to the right place. Best, Owen",
      frm=("Owen Price", "owen.price@outlook.com")),
    R("fr-direct-verif-pause", ["restriction"], "Vérification avant toute utilisation",
      "Bonjour Sandra,\n\nLes résultats du test de personnalité qui figurent dans mon dossier ne sont pas les miens "
      "(je pense à une inversion avec une autre participante). Le temps de vérifier, pouvez-vous suspendre toute "
      "utilisation de ces résultats ?\n\nMerci, Hugo Pelletier",
      frm=("Hugo Pelletier", "hugo.pelletier@gmail.com")),
    R("en-direct-keep-for-claim", ["restriction"], "Please keep but do not use my data",
      "Dear Sandra,\n\nYou told me my file would be deleted after 3 years. Please don't: I need it for an insurance "
      "claim. But I don't want it used for anything else in the meantime — no newsletters, no statistics, nothing.\n\n"
      "Best regards,\nClaire Dubois-Hart",
      frm=("Claire Dubois-Hart", "claire.dh@gmail.com")),
    R("fr-direct-portab-autre-plateforme", ["portability"], "Récupération de mes modules",
      "Bonjour,\n\nJe quitte la plateforme de formation. Pourriez-vous transférer mes données de progression et mes "
      "réponses aux exercices vers mon compte sur Podia (même adresse mail), ou à défaut me les donner dans un fichier "
      "réutilisable ?\n\nMerci, Alexis Roger",
      frm=("Alexis Roger", "alexis.roger@gmail.com")),
    R("en-direct-portability-json", ["portability"], "Export of my data",
      "Hey Sandra, could you send me everything I entered in the online programme (mood tracker, journal, goals) as "
      "JSON or CSV? I'm moving it all to my own app. Thanks! — Sam",
      frm=("Sam Taylor", "sam.taylor@fastmail.com")),
    R("fr-direct-retrait-enregistrement", ["withdraw_consent"], "Enregistrement de la séance de groupe",
      "Bonjour Sandra,\n\nLors du cercle du 12 j'avais accepté l'enregistrement audio pour le replay. Je retire mon "
      "accord : merci de couper mon intervention ou de ne pas diffuser l'enregistrement.\n\nMarianne",
      frm=("Marianne Lefort", "marianne.lefort@free.fr")),
    R("fr-direct-retrait-donnees-sante", ["withdraw_consent"], "Consentement données de santé",
      "Madame,\n\nJ'avais donné mon accord au contrat pour la collecte de données de santé (traitement, "
      "antécédents). Je retire ce consentement à compter de ce jour.\n\nSincèrement,\nRoland Michaud",
      frm=("Roland Michaud", "roland.michaud@wanadoo.fr")),
    R("fr-direct-acces-destinataires", ["access"], "À qui avez-vous transmis mes données ?",
      "Bonjour,\n\nJe reçois depuis peu des mails d'un organisme de formation que je ne connais pas et qui cite votre "
      "atelier. Pouvez-vous me dire à qui mes données ont été communiquées, et quelles données vous détenez sur moi ?\n\n"
      "Patricia Lenoir",
      frm=("Patricia Lenoir", "patricia.lenoir@sfr.fr")),
    R("fr-direct-avocat-effacement-opposition", ["erasure", "objection"], "V/Réf : M. Fabien Joly — RGPD",
      "Madame,\n\nAgissant pour le compte de M. Fabien Joly, en vertu du mandat joint, je vous demande de cesser toute "
      "sollicitation commerciale à son égard et de procéder à l'effacement de ses données personnelles.\n\nMe Pierre "
      "Auclair, avocat",
      frm=("Me Pierre Auclair", "cabinet@auclair-avocats.fr"), to="orange",
      atts=[("pdf", "mandat_Joly.pdf", "Mandat de representation - M. Fabien Joly donne pouvoir a Me Pierre Auclair")]),
    R("en-lawyer-access-restriction", ["access", "restriction"], "Our client Ms Rebecca Shaw — data request",
      "Dear Madam,\n\nWe act for Ms Rebecca Shaw (authority enclosed). On her behalf we request a copy of all personal "
      "data you hold about her. Pending resolution of her employment dispute, we further ask that you restrict any "
      "processing of that data other than storage.\n\nYours faithfully,\nHarper & Cole LLP",
      frm=("Harper & Cole LLP", "dataprotection@harpercole.co.uk"),
      atts=[("pdf", "authority_Shaw.pdf", "Letter of authority - Rebecca Shaw authorises Harper & Cole LLP")]),
    R("fr-direct-acces-et-correction", ["access", "rectification"], "Mon dossier",
      "Bonjour Sandra, j'aimerais voir ce qu'il y a dans mon dossier et corriger ma date de naissance (c'est le "
      "3 septembre 1985, pas 1958 !). Merci, Julie Poulain",
      frm=("Julie Poulain", "julie.poulain@gmail.com")),
    R("en-direct-access-then-erase", ["access", "erasure"], "My data",
      "Hello, I'd like a copy of the data you hold on me, and once I've received it, please erase everything. "
      "Thank you, Laura Jensen",
      frm=("Laura Jensen", "laura.jensen@outlook.dk")),
    # NEAR-LINE: asks whether she has the right to get her data back -> question about a right -> negative
    R("fr-direct-question-droit-recuperer", [], "Question",
      "Bonjour, est-ce que j'ai le droit de récupérer mes questionnaires quand l'accompagnement est terminé, ou ils "
      "restent chez vous ? Je me pose la question avant de commencer. Merci, Ophélie",
      frm=("Ophélie Tanguy", "ophelie.tanguy@gmail.com")),
    R("fr-direct-soeur-donnees", [], "Ma sœur",
      "Bonjour,\nMa sœur Nathalie a été votre cliente. Pourriez-vous me dire ce que vous avez noté sur elle ? Je "
      "m'inquiète beaucoup pour elle en ce moment.\nCordialement, Sophie Pons",
      frm=("Sophie Pons", "sophie.pons@orange.fr")),
    R("en-direct-close-account", [], "Close my account",
      "Hi, please close my account on the course platform, I'm done with the programme. Thanks, Greg",
      frm=("Greg Hall", "greg.hall@gmail.com")),
    R("fr-direct-retirer-colis", [], "Colis cahiers d'exercices",
      "Bonjour Sandra, le colis des cahiers est arrivé au relais Pickup du Carrefour, je peux aller le retirer pour "
      "toi demain si tu me fais une procuration. Bises, Fanny",
      frm=("Fanny Rigaud", "fanny.rigaud@gmail.com")),
    R("fr-direct-salle-tableau", [], "Salle du 14",
      "Bonjour Madame, suite à votre location de la salle Jean-Moulin samedi, merci de penser à effacer le tableau "
      "blanc et à rendre la clé à l'accueil. Le code d'accès à la salle reste 2417.\nService des salles, Mairie "
      "d'Issoudun",
      frm=("Service des salles", "salles@ville-issoudun.fr")),
    R("en-direct-password-help", [], "Can't log in",
      "Hi Sandra, I reset my password twice and the platform still says \"invalid credentials\". Could you check "
      "my access to the member area? Course starts tomorrow! — Nadia",
      frm=("Nadia Rahman", "nadia.rahman@gmail.com")),
    R("fr-direct-corriger-memoire", [], "Relecture mémoire",
      "Coucou Sandra, tu aurais le temps de corriger mon mémoire de fin de formation ? Surtout la partie sur le "
      "consentement éclairé en coaching, j'ai peur d'avoir dit des bêtises. 25 pages. Merci !! Estelle",
      frm=("Estelle Moulin", "estelle.moulin@gmail.com"),
      atts=[("docx", "memoire_Moulin_v3.docx", "Le consentement eclaire en coaching - memoire de fin de formation")]),
    R("fr-direct-resiliation-abonnement", [], "Résiliation abonnement mensuel",
      "Bonjour, je souhaite résilier mon abonnement mensuel au cercle en ligne à partir du mois prochain. Merci de "
      "ne plus prélever. Cordialement, Jacques Roy",
      frm=("Jacques Roy", "jacques.roy@wanadoo.fr")),
    R("en-direct-cancel-contract", [], "Cancelling the team coaching contract",
      "Dear Sandra,\n\nFollowing our budget review, we have to cancel the remaining four sessions of the team coaching "
      "contract signed in January. Please send us the final invoice for the sessions delivered.\n\nBest regards,\n"
      "Henrik Olsen, Operations Manager",
      frm=("Henrik Olsen", "h.olsen@nordlys-consulting.com")),
    R("fr-direct-acces-replay", [], "Pas accès au replay",
      "Bonjour, je n'ai pas accès au replay du webinaire d'hier, le lien renvoie vers une page de connexion. Pouvez-"
      "vous me renvoyer le bon lien ? Merci, Sabine",
      frm=("Sabine Leclerc", "sabine.leclerc@laposte.net")),
    R("fr-direct-debat-opposer", [], "Suite à votre conférence",
      "Madame,\nJ'ai apprécié votre conférence de jeudi mais je m'oppose fermement à l'idée que l'on puisse « choisir » "
      "ses émotions. Je serais ravi d'en débattre autour d'un café.\nBien cordialement,\nAlain Desbois, professeur "
      "de philosophie retraité",
      frm=("Alain Desbois", "alain.desbois@orange.fr")),
]
