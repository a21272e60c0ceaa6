# -*- coding: utf-8 -*-
"""Message records for the b13 corpus (emphasis: requests hidden inside ordinary client mail).
Each record: key, lang, rights (empty = not a request to her), frm, subj, body (new text only),
optional: shape (plain|qp|b64|html|html_qp|alt|alt_qp|alt_b64), quote (style, who, when, text[, subject]),
att [(filename, mime)], rfc822 (subject, from, body), hdr {extra headers}, to, cc, kind, when (y,m,d,h,mi).
"""
RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SC = "Floraison de Soi <contact@floraisondesoi.fr>"


def M(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


NEWS_FR = """Floraison de Soi - La lettre d'octobre
Bonjour à toutes et à tous,
Ce mois-ci je vous parle de l'automne intérieur : ralentir, trier, laisser tomber ce qui ne nous sert plus.
Prochain atelier "Cercle de femmes" le samedi 18 octobre à Issoudun, 9h30-12h30.
Belle journée,
Sandra
Pour ne plus recevoir cette lettre, cliquez ici."""

NEWS_EN = """Floraison de Soi - Newsletter
Hello everyone,
This month: slowing down, sorting out, letting go of what no longer serves us.
Next online workshop (in English!) on Thursday 20 November, 7pm Paris time.
Warmly,
Sandra"""

CONF_FR = """Bonjour,
Votre séance d'accompagnement est confirmée pour le mardi 10 juin à 14h00, au cabinet (46 rue d'Estienne d'Orves, Issoudun).
En cas d'empêchement merci de me prévenir 48h à l'avance.
Sandra Delomenie - Floraison de Soi
06 81 84 21 73"""

INV_FR = """Bonjour,
Veuillez trouver ci-joint la facture n° 2025-0147 correspondant au accompagnement individuel (pack 5 séances).
Règlement possible par virement ou via le lien Stripe.
Bien à vous,
Sandra Delomenie"""

# =====================================================================
# REQUESTS - FRENCH
# =====================================================================
M("rq_fr_ps_booking_access", "fr", ["access"], "Claire Moutardier <claire.moutardier@gmail.com>",
  "Re: Confirmation séance du 10 juin",
  """Bonjour Sandra,

C'est noté pour mardi 14h, j'y serai. Je viendrai sans doute un peu en avance car je dépose ma fille au conservatoire juste à côté.

Belle fin de semaine,
Claire

P.S. : petite chose sans rapport : j'aimerais savoir ce que vous conservez comme informations sur moi depuis notre premier accompagnement en 2022 (fiches, questionnaires...). Vous pouvez me l'envoyer quand vous aurez un moment.""",
  quote=("gmail", S, "ven. 6 juin 2025 à 09:12", CONF_FR))

M("rq_fr_thanks_lastline_erasure", "fr", ["erasure"], "Bénédicte Rolland <bene.rolland@orange.fr>",
  "Merci pour tout",
  """Chère Sandra,

Voilà, notre dernière séance est passée et je voulais vous dire merci. Je suis arrivée chez vous en miettes il y a huit mois, et je repars avec un vrai projet (la boutique ouvre en mars !). Vos questions m'ont souvent agacée sur le moment, puis j'y repensais le soir et je comprenais.

Je vous recommande déjà autour de moi, ma belle-sœur devrait vous appeler.

Une dernière chose, et ne le prenez pas mal : maintenant que c'est fini, je préfère que vous effaciez tout ce que vous avez sur moi, les notes de séances y compris. J'ai besoin de tourner la page proprement.

Avec toute ma gratitude,
Bénédicte""", shape="qp")

M("rq_fr_invoice_name_rectif", "fr", ["rectification"], "Jérôme Lefebvre <j.lefebvre@free.fr>",
  "RE: Facture 2025-0147",
  """Bonjour Madame Delomenie,

Merci pour la facture, le virement part aujourd'hui.

En revanche mon nom est écrit "Lefèvre" sur la facture, et je suppose que c'est pareil dans votre fichier client. C'est Lefebvre, avec un b. Merci de corriger partout où c'est enregistré, mon comité d'entreprise est assez pointilleux sur les justificatifs.

Cordialement,
Jérôme Lefebvre""",
  quote=("outlook", S, "lundi 3 mars 2025 10:41", INV_FR, "Facture 2025-0147"), att=[("virement_0147.pdf", "application/pdf")])

M("rq_fr_newsletter_reply_objection", "fr", ["objection"], "Martine Groslier <martine.groslier@laposte.net>",
  "Re: La lettre d'octobre",
  """Bonjour Sandra,
Très joli texte sur l'automne intérieur, ça m'a fait du bien de le lire ce matin.
Cela dit je vais vous demander de m'enlever de votre liste de diffusion, je reçois trop de mails en ce moment et je n'arrive plus à suivre. Rien de personnel !
Martine""",
  quote=("apple", "Floraison de Soi <contact@floraisondesoi.fr>", "14 oct. 2025 à 07:00", NEWS_FR))

M("rq_fr_reschedule_testimonial_withdraw", "fr", ["withdraw_consent"], "Nadia Benchekroun <nadia.bk@hotmail.fr>",
  "Décaler jeudi ?",
  """Coucou Sandra,

Est-ce qu'on pourrait décaler jeudi 14h à vendredi même heure ? J'ai une réunion parents-profs qui a été déplacée.

Et pendant que je t'écris : j'ai repensé au témoignage que je t'avais donné en juin. Finalement je préfère qu'il n'apparaisse plus sur ton site ni sur ta page Facebook, mon nouvel employeur tombe dessus quand on tape mon nom. Tu peux le retirer ? Merci de ta compréhension.

Bises,
Nadia""")

M("rq_fr_subject_only_erasure", "fr", ["erasure"], "Hélène Faucheux <helene.faucheux@sfr.fr>",
  "Suppression de mes données personnelles svp",
  """Bonjour Sandra,

J'espère que vous allez bien et que l'atelier de samedi s'est bien passé, j'ai vu les photos du lieu, ça avait l'air magnifique avec les arbres en fleurs. Je regrette de ne pas avoir pu venir, mais la période est compliquée avec le déménagement.

Je vous souhaite une belle continuation.

Hélène""")
# NEAR-LINE: the request is only in the subject; body is chatty. Subject is new text written by the sender -> erasure.

M("rq_fr_en_inside_fr_access", "fr", ["access"], "Emma Whitcombe <emma.whitcombe@gmail.com>",
  "Atelier du 22 mars - merci",
  """Bonjour Sandra,

Merci beaucoup pour l'atelier de samedi, j'ai beaucoup aimé le travail avec les cartes. Mon français n'est pas parfait mais j'ai compris presque tout !

PS - sorry, easier in English: could you send me a copy of all the personal information you hold about me (the registration form, the questionnaire I filled in, payment details)? I'm just trying to keep track of where my data is since I moved to France.

Bonne semaine,
Emma""")

M("rq_fr_invoice_transfer_portability", "fr", ["portability"], "Sylvie Marchand <sylvie.marchand56@gmail.com>",
  "Re: Facture séance de novembre",
  """Bonjour Sandra,

Voici la preuve du virement pour la séance de novembre.

Comme je vous l'avais dit, je déménage à Rennes en janvier et je vais continuer avec une coach là-bas (Anne Le Goff, annelegoff.coaching@gmail.com). Est-ce que vous pourriez lui transmettre directement mes fiches de suivi et mes questionnaires, dans un format qu'elle pourra ouvrir et réutiliser (Word ou tableur, pas un scan) ? Ça nous éviterait de tout reprendre depuis le début.

Merci encore pour ces deux années,
Sylvie""", att=[("preuve_virement_nov.pdf", "application/pdf")])

M("rq_fr_contest_note_restriction", "fr", ["restriction"], "Pascal Vidonne <p.vidonne@wanadoo.fr>",
  "compte rendu séance 3",
  """Bonjour,

J'ai relu le compte rendu de la séance 3 que vous m'avez envoyé. Il y a une phrase sur ma relation avec mon frère qui ne correspond pas du tout à ce que j'ai dit, je ne suis pas d'accord avec cette formulation.

On en parlera à la prochaine séance. D'ici là je vous demande de ne pas vous servir de ce document, ni de le partager avec qui que ce soit (superviseur compris), et de ne pas le supprimer non plus : je veux qu'on le regarde ensemble.

Pascal Vidonne""")

M("rq_fr_daughter_death_cancel_pm", "fr", ["post_mortem"], "Agnès Pelletier <agnes.pelletier@orange.fr>",
  "Séances de ma mère, Mme Josiane Pelletier",
  """Bonjour Madame,

Je suis la fille de Josiane Pelletier, qui venait vous voir le mercredi. Ma mère est décédée le 2 février. Je vous écris pour annuler ses rendez-vous à venir, vous aviez noté jusqu'à fin mars je crois.

Je sais qu'elle tenait beaucoup à vos séances. Si ce n'est pas trop compliqué, j'aimerais que son dossier et ses coordonnées soient supprimés, et qu'elle ne reçoive plus la lettre d'information, ça me fait un choc à chaque fois que je relève son courrier électronique.

Merci pour tout ce que vous avez fait pour elle.
Agnès Pelletier""")

M("rq_fr_before_leaving_access_erasure", "fr", ["access", "erasure"], "Thomas Arnoult <thomas.arnoult@protonmail.com>",
  "fin d'accompagnement + une demande",
  """Bonjour Sandra,

Je confirme que je m'arrête après la séance du 15, comme on en a parlé. Merci pour ce bout de chemin.

Avant que tout soit archivé : pouvez-vous m'envoyer une copie de l'ensemble de ce que vous avez sur moi (notes, tests, échanges) ? Une fois que je l'aurai reçu, vous pourrez tout effacer de votre côté.

Thomas""", shape="alt")

M("rq_fr_paris_workshop_photo_withdraw", "fr", ["withdraw_consent"], "Lucie Ferrand <lucie.ferrand@yahoo.fr>",
  "Re: Photos de l'atelier",
  """Merci Sandra pour l'envoi des photos, elles sont très belles !

Juste un détail : sur celle du cercle (la 4e) on me voit bien de face. J'avais coché oui pour le droit à l'image mais je change d'avis, je ne souhaite pas qu'elle soit publiée sur Instagram ni ailleurs. Les autres où on ne voit que mes mains, pas de souci.

Lucie""",
  quote=("gmail", SC, "dim. 13 avr. 2025 à 18:30", "Bonjour à toutes,\nVoici les photos de notre atelier de samedi, comme promis.\nSauf avis contraire de votre part, certaines seront publiées sur le site et Instagram, conformément au droit à l'image signé.\nSandra"))
# NEAR-LINE: partial withdrawal (one photo) of image consent -> withdraw_consent.

M("rq_fr_address_change_rectif", "fr", ["rectification"], "Gérard Thouvenin <gerard.thouvenin@orange.fr>",
  "Chèque + changement d'adresse",
  """Bonjour Madame Delomenie,

Je vous ai posté hier le chèque pour le stage de juillet.

Nous avons déménagé, pouvez-vous noter notre nouvelle adresse : 12 impasse des Tilleuls, 18100 Vierzon (au lieu de la rue Pierre Brossolette à Issoudun). Le téléphone fixe ne marche plus non plus, il faut le retirer, seul le portable 06 12 48 90 33 reste valable.

Cordialement,
Gérard Thouvenin""")

M("rq_fr_whatsapp_group_objection", "fr", ["objection"], "Valérie Cassagne <val.cassagne@gmail.com>",
  "groupe whatsapp",
  """Bonsoir Sandra,

Le stage était super, merci ! Par contre est-ce que tu peux arrêter de m'ajouter dans les groupes WhatsApp des stages suivants et des "anciennes" ? Je ne veux plus être sollicitée par ce canal, ni pour les promos des prochains ateliers. Je regarderai ton site si j'ai envie de revenir.

Val""")
# NEAR-LINE: stop being contacted/solicited via WhatsApp for promotions -> objection (direct marketing).

M("rq_fr_ps_health_delete_partial_erasure", "fr", ["erasure"], "Isabelle Kervella <isa.kervella@gmail.com>",
  "Re: Questionnaire avant séance",
  """Bonjour Sandra,

Je vous renvoie le questionnaire rempli.

PS : dans celui de l'an dernier j'avais parlé de mon traitement pour la thyroïde. Ce n'est plus d'actualité et je ne me sens pas à l'aise que ça traîne quelque part : vous pouvez supprimer cette partie-là (et le questionnaire de l'an dernier en entier, d'ailleurs) ?

Isabelle""", att=[("questionnaire_IK_2025.pdf", "application/pdf")])

M("rq_fr_abrupt_stop_everything", "fr", ["erasure", "objection"], "R. Daubigny <rdaubigny@free.fr>",
  "stop",
  """Je ne veux plus de vos mails. Effacez mon adresse et le reste, je ne suis plus cliente depuis longtemps.""")

M("rq_fr_mid_invoice_access_shared", "fr", ["access"], "Catherine Soulier <c.soulier@neuf.fr>",
  "Facture et question",
  """Bonjour Sandra,

Le règlement de la facture 2025-0212 a été fait par mon entreprise (OPCO), vous devriez le recevoir d'ici la fin du mois.

J'en profite : j'ai reçu la semaine dernière un appel d'une "plateforme de formation bien-être" qui connaissait mon nom et le fait que j'avais suivi votre formation. Est-ce que vous pourriez me dire à qui mes coordonnées ont été transmises (prestataires, partenaires...) ? Je ne vous accuse de rien, j'essaie de comprendre d'où ça sort.

Et une bonne nouvelle : j'ai eu mon entretien annuel, ça s'est très bien passé, j'ai utilisé vos conseils.

Belle journée,
Catherine""", shape="qp")

M("rq_fr_lawyer_mandate_access", "fr", ["access"], "Maître Hugues Ravanel <h.ravanel@ravanel-avocats.fr>",
  "Mme Florence Duchâteau - demande de communication",
  """Madame,

Je vous écris en qualité de conseil de Madame Florence Duchâteau, qui a suivi un accompagnement auprès de vous entre septembre 2023 et juin 2024, et dont vous trouverez le mandat ci-joint.

Ma cliente souhaite obtenir communication de l'intégralité des données la concernant que vous détenez, notamment les notes de séances et les échanges écrits, ainsi que l'indication des destinataires à qui elles auraient été communiquées.

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet dans le délai légal.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Hugues Ravanel
Avocat au Barreau de Bourges
--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  att=[("mandat_Duchateau_signe.pdf", "application/pdf"), ("CNI_F_Duchateau.jpg", "image/jpeg")], shape="alt")

M("rq_fr_parent_minor_erasure", "fr", ["erasure"], "Laurent Pichon <laurent.pichon@gmail.com>",
  "Atelier ados - Lison",
  """Bonjour,

Lison (15 ans) a participé à l'atelier "confiance en soi" pour ados de février. Elle a adoré, merci.

Ma femme et moi ne souhaitons toutefois pas que ses informations restent chez vous : fiche d'inscription, questionnaire, son numéro de portable. Pouvez-vous les supprimer ? Nous sommes ses deux parents et sommes d'accord là-dessus.

Merci,
Laurent Pichon""")

M("rq_fr_reply_reminder_switch_stats_objection", "fr", ["objection"], "Odile Brémond <odile.bremond@laposte.net>",
  "Re: Votre avis compte ! Questionnaire de satisfaction",
  """Je veux bien répondre une fois, mais ensuite je ne veux plus être relancée par ces questionnaires, et je ne souhaite pas que mes réponses servent à vos statistiques ou à vos présentations. J'ai eu une mauvaise expérience avec un autre organisme qui a publié des chiffres où on se reconnaissait.
Odile Brémond""",
  quote=("outlook", SC, "mardi 2 septembre 2025 08:00", "Bonjour,\nVous avez participé au stage d'été. Votre avis compte ! Merci de prendre 3 minutes pour répondre à ce questionnaire.\nSandra", "Votre avis compte ! Questionnaire de satisfaction"))

M("rq_fr_wrong_note_rectif", "fr", ["rectification"], "Marc-Antoine Giraud <ma.giraud@outlook.fr>",
  "RE: fiche de suivi",
  """Bonjour Sandra,

Merci pour la fiche de suivi. Une correction : il est écrit que je suis "cadre dans la banque", mais j'ai quitté la banque en 2023, je suis maintenant à mon compte comme menuisier. Et ma date de naissance est le 14/07/1979, pas 1978. Peux-tu mettre à jour ?

Au plaisir,
Marc-Antoine""",
  quote=("outlook", S, "jeudi 20 février 2025 17:02", "Bonjour Marc-Antoine,\nVoici la fiche de suivi après notre premier rendez-vous, pour relecture.\nSandra", "fiche de suivi"))

M("rq_fr_gift_voucher_ps_portability_access", "fr", ["access", "portability"], "Fanny Lacombe <fanny.lacombe@gmail.com>",
  "Bon cadeau pour ma sœur",
  """Bonjour Sandra,

Je voudrais offrir un bon cadeau pour une séance découverte à ma sœur pour son anniversaire (le 3 mai). C'est possible de le recevoir en PDF ?

Autre chose : vous pourriez me dire ce que vous gardez sur moi, et m'envoyer mes questionnaires et bilans dans un format numérique que je puisse réutiliser (csv, docx, peu importe) ? Je me fais un petit "dossier de développement perso" et j'aimerais y verser tout ça.

Merci !
Fanny""")

M("rq_fr_pm_notary", "fr", ["post_mortem"], "Office notarial Brunet & Associés <etude.brunet@notaires.fr>",
  "Succession de M. Yves Carrier - dossier 2025/0318",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur Yves CARRIER, décédé le 11 avril 2025 à Châteauroux.

Il ressort des relevés bancaires du défunt qu'il était votre client. Nous vous remercions de bien vouloir nous faire savoir si des sommes restent dues de part ou d'autre et de nous communiquer les éléments le concernant que vous détenez, à la demande de ses héritiers.

Vous trouverez ci-joint l'acte de décès ainsi que l'attestation de dévolution.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour l'Office, Clerc de notaire
Sophie Marais""", att=[("acte_deces_Carrier.pdf", "application/pdf"), ("attestation_devolution.pdf", "application/pdf")], shape="alt_qp")

M("rq_fr_testimonial_and_erase_all", "fr", ["erasure", "withdraw_consent"], "Chantal Mourgues <chantal.mourgues@gmail.com>",
  "Mon témoignage et le reste",
  """Bonjour Sandra,

Je ne sais pas trop comment formuler ça sans paraître ingrate. Votre accompagnement m'a beaucoup aidée en 2023, mais aujourd'hui je souhaite effacer cette période de ma vie numérique.

Donc : merci de retirer ma vidéo-témoignage de votre page d'accueil et de YouTube, et de supprimer toutes les données que vous avez à mon nom.

Chantal""")

M("rq_fr_ps_after_invoice_restriction", "fr", ["restriction"], "Delphine Aubertin <delphine.aubertin@icloud.com>",
  "Facture janvier",
  """Bonjour Sandra,

C'est bien reçu pour la facture, je règle avant la fin de semaine.

P.-S. Je suis en procédure de divorce et mon avocate m'a conseillé de "geler" tout ce qui me concerne chez les professionnels que je consulte. Concrètement, pouvez-vous ne plus rien faire avec mes notes de séance (ne pas les modifier, ne pas les supprimer, ne pas les communiquer) jusqu'à ce que la procédure soit terminée ? Je vous préviendrai.

Delphine""", when=(2026, 1, 19, 21, 4))

M("rq_fr_systemeio_email_rectif", "fr", ["rectification"], "Paul Girardot <paul.girardot@gmail.com>",
  "Accès formation en ligne",
  """Bonjour,

J'ai bien accès à la formation "Mieux se connaître", tout fonctionne, merci.

Mais le compte a été créé avec mon ancienne adresse pro (paul.girardot@transalp-logistique.fr) que je n'aurai plus à partir du mois prochain. Pouvez-vous la remplacer par celle-ci, paul.girardot@gmail.com, dans votre fichier et sur la plateforme ?

Paul""")

M("rq_fr_vague_forget_me", "fr", ["erasure"], "Mireille <mireille.t36@orange.fr>",
  "Re: Nouvelles dates ateliers 2026",
  """Bonjour

Merci pour les dates mais j'ai arrêté tout ça. J'aimerais qu'on m'oublie dans vos fichiers si c'est possible, vraiment tout.

Mireille""",
  quote=("gmail", SC, "mer. 7 janv. 2026 à 10:00", "Bonjour à toutes et à tous,\nVoici les nouvelles dates des ateliers du premier semestre 2026 : 17 janvier, 14 février, 21 mars.\nInscriptions sur le site.\nSandra"))
# NEAR-LINE: "qu'on m'oublie dans vos fichiers... vraiment tout" reads as erasure (not only newsletter objection).

M("rq_fr_call_recordings_withdraw", "fr", ["withdraw_consent"], "Stéphanie Vernet <steph.vernet@gmail.com>",
  "Re: Lien Zoom séance de vendredi",
  """Merci pour le lien.

Pour vendredi, je préfère qu'on n'enregistre plus les séances. Et les enregistrements précédents que j'avais accepté que vous gardiez pour votre supervision, je retire mon accord, merci de ne plus vous en servir.

À vendredi,
Stéphanie""",
  quote=("gmail", S, "mar. 9 sept. 2025 à 16:22", "Bonjour Stéphanie,\nVoici le lien Zoom pour vendredi 10h : https://zoom.us/j/84512277301\nSandra"))

M("rq_fr_new_phone_abrupt_rectif", "fr", ["rectification"], "Kévin Robin <kevin.robin36@gmail.com>",
  "nouveau numéro",
  """Salut Sandra, nouveau num : 07 68 22 41 09. L'ancien (06 33...) tu peux l'effacer il est résilié. À mardi pour la séance.
Kévin""")

M("rq_fr_pm_self_instructions_cc_daughter", "fr", ["post_mortem"], "Monique Dardenne <monique.dardenne@orange.fr>",
  "Après moi",
  """Chère Sandra,

Vous savez que ma santé décline et que je prépare les choses avec mes enfants. Je voulais vous laisser des consignes pour ce qui est chez vous : quand je ne serai plus là, je souhaite que mes carnets de séance soient détruits et que rien ne soit transmis à qui que ce soit, sauf à ma fille Claire si elle le demande. Je mets ma fille en copie pour qu'elle soit au courant.

Merci pour ces années,
Monique""", cc="Claire Dardenne <claire.dardenne@gmail.com>")

M("rq_fr_ex_client_data_source_access", "fr", ["access"], "Yannick Le Bihan <y.lebihan@gmail.com>",
  "Pourquoi je reçois votre lettre ?",
  """Bonjour,

Je reçois votre newsletter depuis quelques semaines sans me souvenir m'être inscrit. Ce n'est pas grave en soi, le contenu est sympa, mais j'aimerais savoir d'où vous tenez mon adresse et quelles informations vous avez sur moi.

Cordialement,
Yannick Le Bihan""")
# NEAR-LINE: asks origin + what data held, doesn't ask to unsubscribe -> access only.

M("rq_fr_workshop_change_objection_profiling", "fr", ["objection"], "Aurélie Chabanne <aurelie.chabanne@gmail.com>",
  "Changement atelier + pub Facebook",
  """Bonjour Sandra,

Je voudrais passer de l'atelier du 14 à celui du 28, si c'est encore possible.

Petite remarque : je vois vos publicités Facebook partout depuis que je suis inscrite, et je me doute que mon adresse a servi à créer une "audience". Merci de ne plus utiliser mes coordonnées pour ce genre de ciblage publicitaire.

Aurélie""")

M("rq_fr_drive_folder_portability", "fr", ["portability"], "Jean-Baptiste Corre <jb.corre@gmail.com>",
  "Dossier Drive partagé",
  """Bonjour Sandra,

Le dossier Google Drive partagé où on déposait mes exercices va bientôt être fermé si j'ai bien compris ta dernière séance. Est-ce que tu pourrais m'exporter tout ce qu'il y a dedans (mes exercices, tes retours, le tableau de suivi) en fichiers normaux, et me les envoyer par WeTransfer ? Je voudrais les garder et peut-être les reprendre avec quelqu'un d'autre.

Merci !
JB""")

M("rq_fr_en_subject_fr_body_withdraw", "fr", ["withdraw_consent"], "Sophie Langlois <sophie.langlois@gmail.com>",
  "Please remove my testimonial",
  """Bonjour Sandra,

Pardon pour l'objet en anglais, je jongle entre les deux langues toute la journée au boulot ! Tout va bien de mon côté, le nouveau poste me plaît beaucoup. J'ai pensé à toi en préparant ma présentation.

Bises et à bientôt,
Sophie""")
# NEAR-LINE: request only in the (English) subject of a French chatty body.

M("rq_fr_bank_details_erasure_partial", "fr", ["erasure"], "Annie Coutant <annie.coutant@gmail.com>",
  "Mandat de prélèvement",
  """Bonjour Sandra,

Nous avons terminé le paiement en 4 fois, merci pour la souplesse.

Pouvez-vous supprimer mon RIB et l'autorisation de prélèvement de vos dossiers (et de Stripe si c'est vous qui l'avez enregistré) ? Je n'aime pas que mes coordonnées bancaires restent là où je n'ai plus rien à payer.

Annie""")

M("rq_fr_post_session_access_notes", "fr", ["access"], "Hervé Maillot <herve.maillot@gmail.com>",
  "Re: Merci et prochaine étape",
  """Merci Sandra. Oui pour la séance de suivi dans un mois, je t'envoie mes dispos.
Est-ce que je peux avoir une copie des notes que tu as prises pendant nos séances ? J'aimerais les relire à tête reposée.
H.""",
  quote=("apple", S, "12 mai 2025 à 19:48", "Bonjour Hervé,\nMerci pour ce bel échange aujourd'hui. Comme convenu, je te propose une séance de suivi dans un mois.\nSandra"))
# NEAR-LINE: copy of the session notes (her data about him) -> access.

M("rq_fr_restriction_pending_correction", "fr", ["rectification", "restriction"], "Nathalie Perrot <nathalie.perrot@laposte.net>",
  "Attestation de formation erronée",
  """Bonjour,

L'attestation de fin de formation que j'ai reçue indique 14 heures au lieu de 21 heures, et mon nom de naissance (Perrot) au lieu de mon nom d'usage (Perrot-Villiers).

Merci de corriger ces informations dans votre dossier, et de ne pas transmettre ce dossier à mon OPCO tant que ce n'est pas corrigé.

Nathalie Perrot-Villiers""", att=[("attestation_formation_NP.pdf", "application/pdf")])

M("rq_fr_retreat_booking_ps_pm_self", "fr", ["post_mortem"], "Jacqueline Hervieu <j.hervieu@wanadoo.fr>",
  "Inscription retraite de mai",
  """Bonjour Sandra,

Je m'inscris pour la retraite de mai en Creuse, chambre partagée, je vous envoie l'acompte par chèque.

P.S. J'ai rédigé mes directives anticipées et je fais le tour de tout. Si je venais à disparaître, je voudrais que tout ce que vous avez à mon nom soit supprimé, sans rien communiquer à ma famille. Je préfère l'écrire quelque part.

Jacqueline""")

M("rq_fr_birthdate_newsletter_rectif", "fr", ["rectification"], "Élodie Fontaine <elodie.fontaine@gmail.com>",
  "Re: Joyeux anniversaire !",
  """Haha merci beaucoup pour le petit mot et le code promo, c'est gentil ! Mais mon anniversaire c'est le 21 novembre, pas le 21 septembre ;) Tu peux corriger dans ta base pour l'an prochain ?
Élodie""",
  quote=("gmail", SC, "dim. 21 sept. 2025 à 08:00", "Joyeux anniversaire Élodie !\nPour l'occasion, profitez de -15% sur votre prochaine séance avec le code FLORAISON15.\nSandra"))

M("rq_fr_ps_stop_sms", "fr", ["objection"], "Dominique Aubry <dom.aubry@free.fr>",
  "Séance du 4",
  """Bonjour,

Je confirme ma présence le 4 à 17h30.

PS : les SMS de rappel pour les ateliers et les promos, je n'en veux plus svp. Pour les rendez-vous, le mail suffit.

D. Aubry""")
# NEAR-LINE: opts out of marketing/promotional SMS -> objection.

M("rq_fr_mother_for_minor_access", "fr", ["access"], "Karine Besson <karine.besson@gmail.com>",
  "Accompagnement de Mathis",
  """Bonjour Madame Delomenie,

Mathis (16 ans) a fini son accompagnement orientation avec vous, il est ravi de son choix de bac pro. Merci.

En tant que mère, je souhaiterais recevoir une copie des informations que vous avez conservées à son sujet (tests d'orientation, synthèse, notes). Son père est d'accord.

Bien cordialement,
Karine Besson""", shape="html")

M("rq_fr_multi_stop_mkt_keep_training", "fr", ["objection", "rectification"], "Gilles Saunier <gilles.saunier@orange.fr>",
  "Re: Offre de rentrée -20 %",
  """Bonjour,
Deux choses suite à ce mail :
1. je ne souhaite plus recevoir d'offres commerciales, merci de me retirer de la liste ;
2. pour la formation en cours, en revanche, mon adresse a changé : 8 rue des Jardins, 36000 Châteauroux. Merci de la mettre à jour pour l'envoi de l'attestation.
G. Saunier""",
  quote=("outlook", SC, "lundi 1 septembre 2025 07:30", "C'est la rentrée ! -20 % sur tous les accompagnements jusqu'au 30 septembre.\nFloraison de Soi", "Offre de rentrée -20 %"))

M("rq_fr_indirect_wondering_portab", "fr", ["portability"], "Corinne Vasseur <corinne.vasseur@gmail.com>",
  "Une question en passant",
  """Bonjour Sandra,

Tout va bien de mon côté, je continue les exercices de respiration tous les matins.

Je me demandais s'il serait possible de récupérer mes réponses aux questionnaires de la formation en ligne (sur Systeme.io) sous forme de fichier, genre Excel, pour les importer dans l'appli de journaling que j'utilise maintenant. Ce serait super.

Corinne""")
# NEAR-LINE: "je me demandais s'il serait possible" = polite request, not a how-it-works question.

M("rq_fr_referral_ps_unsub", "fr", ["objection"], "Benoît Lacaze <benoit.lacaze@laposte.net>",
  "Recommandation",
  """Bonjour Sandra,

Je vous recommande à une collègue, Aline, qui traverse une période difficile. Elle vous appellera sans doute la semaine prochaine.

De mon côté, je n'ai plus besoin de recevoir vos mailings, vous pouvez me désabonner.

Benoît""")

M("rq_fr_outlook_forward_access_systemeio", "fr", ["access"], "Murielle Taché <murielle.tache@outlook.fr>",
  "TR: Votre compte a été créé",
  """Bonjour Sandra,

Je vous transfère ce mail reçu de Systeme.io. Je n'ai jamais créé de compte moi-même, c'est sans doute lors de l'inscription au webinaire. Pouvez-vous me dire quelles données sur moi sont sur cette plateforme et ce qu'elles deviennent ?

Murielle""",
  quote=("fwd", "Systeme.io <no-reply@systeme.io>", "mar. 4 nov. 2025 à 11:02", "Bonjour Murielle,\nVotre compte a été créé sur l'espace membre de Floraison de Soi.\nConnectez-vous avec votre adresse e-mail."))

M("rq_fr_pm_son_whatsapp", "fr", ["post_mortem"], "Romain Quéré <romain.quere@gmail.com>",
  "Mon père",
  """Bonjour,

Mon père, Alain Quéré, est décédé le mois dernier. Il participait à vos cercles d'hommes. Je voudrais savoir si vous avez des écrits de lui (il parlait d'un "carnet de route" qu'il remplissait pendant les ateliers) et si je peux les récupérer. Et qu'il soit retiré du groupe WhatsApp, les messages continuent d'arriver sur son téléphone.

Romain""")

M("rq_fr_stage_photo_withdraw_alt", "fr", ["withdraw_consent"], "Ophélie Marchal <ophelie.marchal@gmail.com>",
  "Stage été - formulaire droit à l'image",
  """Bonjour Sandra,

Merci pour le stage, je repars pleine d'énergie !

Je reviens sur le formulaire de droit à l'image signé le premier jour : je retire mon autorisation, pour les photos et pour la petite vidéo du cercle. Vous pouvez garder ce qui a déjà été envoyé au groupe en privé, mais rien de public.

Ophélie""", shape="alt_qp")

M("rq_fr_restriction_dispute_invoice", "fr", ["restriction"], "Franck Boulanger <franck.boulanger@gmail.com>",
  "Litige facture 2025-0233",
  """Bonjour,

Je conteste la facture 2025-0233 : la séance du 12 n'a pas eu lieu, vous l'aviez annulée vous-même. Le bilan que vous avez rédigé pour cette "séance" ne correspond donc à rien.

En attendant qu'on règle ça, je vous demande de mettre ce bilan de côté : ne le transmettez pas à mon employeur avec le dossier de fin de parcours.

Franck Boulanger""")
# NEAR-LINE: contests accuracy + asks to pause use -> restriction only (not rectification).

M("rq_fr_thanks_then_objection_relances", "fr", ["objection"], "Laetitia Gomez <laetitia.gomez@hotmail.com>",
  "Re: Et si on se revoyait ?",
  """Bonjour Sandra,

C'est gentil de penser à moi. Je vais bien, j'ai retrouvé du travail et la vie a repris son cours.

Je préfère ne plus recevoir ce genre de relances personnalisées, ni par mail ni par téléphone. Si un jour j'ai besoin, je reviendrai vers vous, promis.

Laetitia""",
  quote=("gmail", S, "lun. 17 nov. 2025 à 09:30", "Bonjour Laetitia,\nCela fait un an que nous avons terminé notre accompagnement. Comment allez-vous ? Si vous le souhaitez, je vous offre une séance bilan.\nSandra"))

M("rq_fr_vague_what_do_you_have", "fr", ["access"], "Patrick Meunier <pmeunier@club-internet.fr>",
  "question",
  """bonjour
je suis venu 2 fois chez vous en 2021 je crois. vous avez encore quelque chose sur moi ? si oui j'aimerais savoir quoi
merci
P. Meunier""")
# NEAR-LINE: short and vague, but asks to know what is held -> access.

M("rq_fr_conference_chat_pseudo_erasure", "fr", ["erasure"], "Armelle Rivoal <armelle.rivoal@gmail.com>",
  "Replay de la conférence",
  """Bonjour,

J'ai regardé le replay de la conférence sur l'estime de soi, très intéressant. Par contre, on voit mes messages dans le chat avec mon prénom et mon nom, dont un où je parle de ma dépression. Pouvez-vous effacer mes messages du replay et de vos sauvegardes ?

Armelle Rivoal""")

M("rq_fr_portability_to_new_platform", "fr", ["portability"], "Sandrine Peyrat <sandrine.peyrat@gmail.com>",
  "Re: Renouvellement abonnement programme",
  """Bonjour Sandra,

Merci pour le rappel. Je ne renouvelle pas l'abonnement, mais je voudrais récupérer ma progression et mes journaux de bord de la plateforme dans un fichier exploitable (CSV ou JSON) pour les transférer sur une autre appli. Possible ?

Sandrine""",
  quote=("gmail", SC, "ven. 28 nov. 2025 à 12:00", "Bonjour Sandrine,\nVotre abonnement au programme \"12 semaines pour fleurir\" arrive à échéance le 5 décembre.\nSandra"))
# NEAR-LINE: non-renewal (negative alone) + machine-readable export -> portability.

M("rq_fr_access_health_before_doctor", "fr", ["access"], "Bernadette Roux <bernadette.roux@orange.fr>",
  "Re: Rendez-vous de mars",
  """Oui mardi me va.

Mon médecin traitant voudrait voir ce que j'ai rempli dans le questionnaire santé au début de l'accompagnement (j'ai oublié ce que j'avais mis). Pouvez-vous me l'envoyer, à moi, par mail ? Je lui montrerai.

Bernadette""",
  quote=("apple", S, "3 mars 2026 à 14:10", "Bonjour Bernadette,\nJe vous propose mardi 10 mars à 10h ou jeudi 12 à 15h.\nSandra"))

M("rq_fr_hidden_middle_old_email_rectif", "fr", ["rectification"], "Céline Arnaud <celine.arnaud.pro@gmail.com>",
  "Inscription formation praticien",
  """Bonjour Sandra,

Je souhaite m'inscrire à la formation praticien de septembre. J'ai bien lu le programme et les CGV.

Au passage, vous avez encore mon ancienne adresse celine.arnaud@kelkoo-mail.fr, elle n'existe plus ; utilisez celle-ci à la place et supprimez l'autre.

Pour le financement, je passe par France Travail, je vous envoie le devis signé dès que je l'ai.

Céline""")

M("rq_fr_objection_legit_interest", "fr", ["objection"], "Alexandre Ponsard <a.ponsard@gmail.com>",
  "RE: Enquête clients 2025",
  """Bonjour,

Je ne suis plus client depuis deux ans et je ne souhaite pas participer. Je m'oppose à ce que mes données continuent d'être utilisées pour vos enquêtes et votre prospection.

A. Ponsard""",
  quote=("outlook", SC, "lundi 12 mai 2025 09:00", "Bonjour,\nDans le cadre de l'amélioration de nos prestations, nous vous invitons à répondre à notre enquête clients 2025.\nFloraison de Soi", "Enquête clients 2025"))

M("rq_fr_erasure_plus_unsub_ps", "fr", ["erasure", "objection"], "Coralie Besnard <coralie.besnard@yahoo.fr>",
  "Annulation atelier du 8",
  """Bonjour,

Je dois annuler ma place à l'atelier du 8, désolée. Pas besoin de remboursement, gardez l'acompte.

P.S. Et retirez-moi de la newsletter, et supprimez ma fiche, je ne pense pas revenir.

Coralie""")
# NEAR-LINE: cancellation alone is negative; the P.S. carries objection (newsletter) + erasure (fiche).

M("rq_fr_rectif_name_after_marriage", "fr", ["rectification"], "Manon Girard <manon.girard@gmail.com>",
  "Re: Séance découverte",
  """Bonjour Sandra,

Avec plaisir pour jeudi. Petite info : je me suis mariée cet été, je m'appelle maintenant Manon Girard-Lemoine. Pouvez-vous changer le nom sur ma fiche et pour les prochaines factures ?

Manon""",
  quote=("gmail", S, "lun. 6 oct. 2025 à 11:15", "Bonjour Manon,\nJe vous propose jeudi 9 octobre à 18h pour la séance découverte.\nSandra"))

M("rq_fr_restriction_dont_use_dont_delete", "fr", ["restriction"], "Fabienne Collin <fabienne.collin@gmail.com>",
  "Ma demande concernant mon dossier",
  """Bonjour Sandra,

Je traverse une période compliquée au travail, une procédure prud'homale est en cours et il se peut que j'aie besoin de mon dossier d'accompagnement plus tard.

Donc : surtout ne le supprimez pas, même si la durée de conservation arrive à terme. Mais ne l'utilisez plus non plus, ni pour vous ni pour personne, en attendant.

Fabienne""")

M("rq_fr_en_body_fr_client_erasure", "fr", ["erasure"], "Julie Sanchez <julie.sanchez@gmail.com>",
  "Re: Rappel : votre séance demain",
  """Merci pour le rappel, je serai là.

Et comme je te disais au téléphone : after our last session, please delete everything, notes included. Je préfère te l'écrire pour que ce soit clair.

Julie""",
  quote=("gmail", "Floraison de Soi <contact@floraisondesoi.fr>", "jeu. 4 déc. 2025 à 18:00", "Rappel : votre séance est prévue demain vendredi 5 décembre à 11h00.\nFloraison de Soi"))

M("rq_fr_access_recipients_accountant", "fr", ["access"], "Roland Bertin <roland.bertin@orange.fr>",
  "Votre expert-comptable",
  """Bonjour,

J'ai reçu un courrier de relance d'un cabinet d'expertise comptable qui mentionne votre nom et ma facture. Je n'avais pas compris que mes informations partaient chez un comptable.

Pourriez-vous m'indiquer la liste des personnes ou sociétés à qui vous avez communiqué mes données ?

Roland Bertin""", att=[("courrier_relance.jpg", "image/jpeg")])

M("rq_fr_pm_widower_testimonial", "fr", ["post_mortem"], "Bernard Lecoq <bernard.lecoq@sfr.fr>",
  "Témoignage de mon épouse",
  """Madame,

Mon épouse Françoise Lecoq nous a quittés en septembre. J'ai découvert par hasard son témoignage sur votre site, avec sa photo. Cela m'a ému, mais je ne souhaite pas que cela reste en ligne. Je vous remercie de le retirer.

Bernard Lecoq""", att=[("acte_deces_FLecoq.pdf", "application/pdf")])
# NEAR-LINE: widower asks to remove testimonial -> post_mortem only (policy: heir after a death).

M("rq_fr_multi_access_rectif", "fr", ["access", "rectification"], "Virginie Maury <virginie.maury@gmail.com>",
  "Mes infos",
  """Bonjour Sandra,

Je vais postuler pour un poste où on me demande de justifier mes formations. Est-ce que vous pourriez m'envoyer tout ce que vous avez à mon nom (inscriptions, attestations, paiements) ? Et si ça n'a pas été fait : la formation de 2024 a été payée par moi, pas par Pôle Emploi comme noté sur l'attestation, il faudrait corriger.

Merci !
Virginie""")

M("rq_fr_b64_outlook_mobile_objection", "fr", ["objection"], "Jean-Pierre Morin <jp.morin@outlook.fr>",
  "Re: Ateliers du printemps",
  """Bonjour,
Merci mais ce n'est plus pour moi. Merci de ne plus m'écrire pour vos ateliers.
Cordialement
JP Morin

Envoyé de Outlook pour Android""", shape="b64",
  quote=("outlook", SC, "samedi 1 mars 2025 08:00", "Les ateliers du printemps sont en ligne ! Cercle de femmes, confiance en soi, journée nature.\nSandra", "Ateliers du printemps"))

M("rq_fr_portab_access_lawyer_minor", "fr", ["access", "portability"], "Maître Claire Foucault <cfoucault@avocats-bourges.fr>",
  "Jeune Léa Renaud - mandat",
  """Madame,

Agissant pour le compte de Madame Hélène Renaud, mère et représentante légale de la jeune Léa Renaud (14 ans), je vous prie de bien vouloir :
- nous faire connaître l'ensemble des données que vous détenez concernant Léa ;
- nous transmettre ses questionnaires et bilans dans un format électronique structuré, afin qu'ils puissent être repris par la psychologue qui assure désormais son suivi.

Le mandat et la copie du livret de famille sont joints.

Bien à vous,
Claire Foucault""", att=[("mandat_Renaud.pdf", "application/pdf"), ("livret_famille_extrait.pdf", "application/pdf")])

M("rq_fr_thanks_circle_withdraw_quest", "fr", ["withdraw_consent"], "Sabine Delorme <sabine.delorme@gmail.com>",
  "Merci pour le cercle",
  """Bonjour Sandra,

Merci pour ce cercle de samedi, c'était doux et fort à la fois.

Tu nous avais demandé si on acceptait que nos réponses au questionnaire soient utilisées (anonymement) pour ton mémoire de supervision. J'avais dit oui sur le moment, mais finalement je préfère que tu ne t'en serves pas. Désolée de revenir dessus !

Sabine""")

M("rq_fr_analytics_cookie_withdraw", "fr", ["withdraw_consent"], "Loïc Garnier <loic.garnier@posteo.net>",
  "Cookies sur votre site",
  """Bonjour,

J'ai accepté les cookies un peu vite sur votre site la semaine dernière en m'inscrivant à l'atelier. Je retire ce consentement pour la mesure d'audience Google Analytics ; merci de supprimer ce qui a été collecté me concernant si c'est identifiable.

Par ailleurs, est-ce que l'atelier se fait en salle ou dehors s'il fait beau ?

Loïc Garnier""")
# NEAR-LINE: withdrawal of analytics cookie consent; the "supprimer ce qui a été collecté" is tied to that consent only -> withdraw_consent alone.

M("rq_fr_erasure_account_and_data", "fr", ["erasure"], "Morgane Tessier <morgane.tessier@gmail.com>",
  "Désinscription formation en ligne",
  """Bonjour,

Je n'ai jamais vraiment commencé la formation en ligne, la vie a pris le dessus. Vous pouvez supprimer mon compte et toutes mes données qui vont avec.

Bonne continuation,
Morgane""")

M("rq_fr_daughter_pm_access_notes", "fr", ["post_mortem"], "Estelle Gauthier <estelle.gauthier@gmail.com>",
  "Re: Nouvelles dates ateliers 2026",
  """Bonjour,

Je réponds à ce mail reçu sur la boîte de ma mère, Colette Gauthier, décédée en novembre. Je gère ses affaires avec mon frère.

Nous aimerions obtenir une copie de ce qu'elle avait écrit lors de vos ateliers, si vous avez conservé quelque chose. Et merci de retirer son adresse de vos envois.

Estelle Gauthier""",
  quote=("gmail", SC, "mer. 7 janv. 2026 à 10:00", "Bonjour à toutes et à tous,\nVoici les nouvelles dates des ateliers du premier semestre 2026.\nSandra"))

M("rq_fr_rectif_wrong_info_in_bilan", "fr", ["rectification"], "Thierry Vasseur <thierry.vasseur@gmail.com>",
  "Bilan de fin d'accompagnement",
  """Bonjour Sandra,

J'ai bien reçu le bilan, merci, il est très complet. Il y a juste une erreur : vous avez écrit que j'ai deux enfants, j'en ai trois (Lola, Inès et Hugo). Ce n'est pas grave mais comme ce document va dans mon dossier, je préfère qu'il soit juste.

Thierry""")

M("rq_fr_objection_phone_prospect", "fr", ["objection"], "Agathe Perrin <agathe.perrin@gmail.com>",
  "Votre appel de ce matin",
  """Bonjour,

Vous m'avez appelée ce matin pour me proposer votre nouveau programme. Je suis un peu surprise, je vous avais juste demandé un renseignement l'an dernier.

Je préfère ne pas être démarchée par téléphone, merci d'en prendre note.

Agathe Perrin""")

M("rq_fr_three_rights", "fr", ["access", "erasure", "objection"], "Didier Chevalier <didier.chevalier@laposte.net>",
  "RGPD",
  """Madame,

En application du RGPD, je vous demande :
- de me communiquer l'ensemble des données me concernant ;
- de cesser de m'adresser votre newsletter ;
- puis d'effacer mes données une fois la copie transmise.

Vous trouverez ma pièce d'identité en pièce jointe.

Didier Chevalier
14 rue Basse, 36100 Issoudun""", att=[("CNI_Chevalier_recto_verso.pdf", "application/pdf")])

M("rq_fr_html_only_portab", "fr", ["portability"], "Inès Haddad <ines.haddad@gmail.com>",
  "Mes fiches d'exercices",
  """Coucou Sandra !

Le programme est terminé et j'ai adoré. Est-ce que je pourrais recevoir toutes mes fiches d'exercices et mes réponses en format éditable (Word ou Google Docs à copier dans mon Drive à moi) ? J'aimerais continuer à les compléter dans mon coin.

Inès 🌸""", shape="html")

M("rq_fr_after_cancel_data_restriction", "fr", ["restriction"], "Laurence Michaud <laurence.michaud@orange.fr>",
  "Interruption de l'accompagnement",
  """Bonjour Sandra,

Comme annoncé au téléphone, j'interromps l'accompagnement pour raisons de santé, peut-être jusqu'à l'été.

Pendant cette pause, je souhaite que mon dossier soit mis en veille : vous le gardez, mais sans l'utiliser, sans me relancer par rapport à son contenu et sans le partager en supervision.

Laurence""")
# NEAR-LINE: "mis en veille / gardez sans utiliser" = freeze -> restriction.

M("rq_fr_access_and_withdraw", "fr", ["access", "withdraw_consent"], "Pauline Roche <pauline.roche@gmail.com>",
  "Mes photos",
  """Bonjour,

Pouvez-vous me dire où sont publiées les photos de moi prises pendant le stage de 2024 (site, Facebook, Instagram, brochure ?) et me donner la liste ? Et je retire mon accord pour leur utilisation à partir de maintenant.

Pauline Roche""")

M("rq_fr_pm_self_instruction_at_signup", "fr", ["post_mortem"], "Henri Blanchard <henri.blanchard@orange.fr>",
  "Inscription + une consigne",
  """Bonjour Madame,

Je m'inscris à votre cycle "Traverser le deuil". Vous trouverez le bulletin rempli en pièce jointe.

Je souhaite aussi vous laisser une consigne : en cas de décès, mes écrits et mes notes de séance pourront être communiqués à mon fils Pierre Blanchard, et à lui seul. Ensuite ils devront être détruits.

Henri Blanchard""", att=[("bulletin_inscription_Blanchard.pdf", "application/pdf")])

M("rq_fr_rectif_complete_allergy", "fr", ["rectification"], "Amandine Jolly <amandine.jolly@gmail.com>",
  "Retraite de juin - repas",
  """Bonjour Sandra,

Pour la retraite de juin : j'ai oublié de préciser dans la fiche d'inscription que je suis allergique aux fruits à coque, et mon contact d'urgence a changé : c'est maintenant Julien Jolly, 06 45 21 78 90. Tu peux compléter ma fiche ?

Hâte d'y être !
Amandine""")
# NEAR-LINE: completing incomplete registration data with new value -> rectification.

M("rq_fr_unsub_reply_signature", "fr", ["objection"], "Anne-Sophie Brunel <as.brunel@cabinet-brunel.fr>",
  "RE: La lettre d'octobre",
  """Désinscription svp.

Anne-Sophie Brunel
Cabinet Brunel - Expertise & Conseil
5 place du Marché, 36000 Châteauroux
Tél. 02 54 22 10 10
Ce message et toutes les pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.""",
  quote=("outlook", SC, "mardi 14 octobre 2025 07:00", NEWS_FR, "La lettre d'octobre"))

M("rq_fr_erasure_but_keep_invoices_ok", "fr", ["erasure"], "Maëlle Rigaud <maelle.rigaud@gmail.com>",
  "Suite à notre échange",
  """Bonjour Sandra,

Comme convenu à la fin de la séance, je te confirme par écrit : tu peux détruire mes notes, les questionnaires et les dessins que j'avais faits. Je sais que tu dois garder les factures pour la comptabilité, pas de souci.

Merci encore, tu as été précieuse.
Maëlle""")

M("rq_fr_objection_statistics_situation", "fr", ["objection"], "Hugo Lemaire <hugo.lemaire@gmail.com>",
  "Ma participation à votre étude",
  """Bonjour,

Vous m'avez indiqué utiliser les données des clients, de façon agrégée, pour une étude sur les reconversions dans l'Indre. Vu ma situation (je suis en litige avec mon ancien employeur, qui est un petit acteur local et pourrait me reconnaître), je m'oppose à ce que mes données y figurent.

Hugo Lemaire""")

M("rq_fr_withdraw_health_consent", "fr", ["withdraw_consent"], "Solène Mercier <solene.mercier@gmail.com>",
  "Consentement données de santé",
  """Bonjour Sandra,

En relisant le contrat j'ai vu que j'avais coché la case pour les données de santé. Je la décoche : je retire mon consentement, je ne veux plus que ces informations-là soient prises en compte ou conservées dans mon dossier.

Sinon on se voit toujours le 22 ?

Solène""")
# NEAR-LINE: withdrawing health-data consent (consent-based processing) -> withdraw_consent; "ni conservées" tied to that consent, not all data.

M("rq_fr_qp_long_thanks_access", "fr", ["access"], "Évelyne Bouchard <evelyne.bouchard@orange.fr>",
  "Un grand merci",
  """Chère Sandra,

Je voulais prendre le temps de vous écrire après ces trois mois. Quand je suis arrivée, je ne dormais plus, je pleurais dans la voiture avant d'aller au travail. Aujourd'hui j'ai posé ma démission, j'ai un projet de gîte avec mon compagnon, et surtout je me reconnais à nouveau dans le miroir.

Merci pour votre patience, votre humour, et ces silences que vous saviez laisser.

J'aimerais beaucoup garder une trace de ce chemin : est-ce que vous accepteriez de m'envoyer une copie de mon dossier, vos notes et mes questionnaires ?

Je vous embrasse,
Évelyne""", shape="qp")

M("rq_fr_apple_portab_transfer_psy", "fr", ["portability"], "Delphine Caron <delphine.caron@icloud.com>",
  "Re: Fin de notre accompagnement",
  """Merci Sandra pour ce message.

Comme convenu, je poursuis avec une psychologue, Mme Lucas. Pouvez-vous lui transmettre directement mon dossier en version numérique (elle m'a donné son adresse : cabinet.lucas@psy-chateauroux.fr) ? Je vous donne mon accord.

Delphine

Envoyé de mon iPhone""",
  quote=("apple", S, "19 mars 2025 à 20:02", "Chère Delphine,\nNous voici au terme de notre accompagnement. Je vous souhaite le meilleur pour la suite.\nSandra"))
# NEAR-LINE: direct transfer to another provider -> portability.

M("rq_fr_erasure_ex_participant_abrupt", "fr", ["erasure"], "noel.baudin@free.fr",
  "Effacement",
  """Effacez mes données de votre base. Merci.""")

M("rq_fr_rectif_restriction_multi2", "fr", ["rectification", "restriction"], "Véronique Lambert <vero.lambert@gmail.com>",
  "Erreur dans la synthèse envoyée au RH",
  """Bonjour Sandra,

La synthèse de bilan transmise à mon service RH mentionne que je "souhaite quitter l'entreprise à court terme". Je n'ai jamais dit ça, j'ai dit que je réfléchissais à une mobilité interne.

Merci de corriger cette phrase, et d'ici là de ne plus transmettre ce document à personne.

Véronique""")

M("rq_fr_course_change_ps_withdraw_video", "fr", ["withdraw_consent"], "Justine Moreau <justine.moreau@gmail.com>",
  "Changement de session formation",
  """Bonjour,

Est-ce que je peux passer de la session de mars à celle de mai pour la formation ? Mon planning a changé.

Ah et la vidéo de présentation que j'ai enregistrée pour le groupe de la session de mars : je ne veux pas qu'elle soit réutilisée dans vos supports, ni montrée aux autres promotions. J'avais donné mon accord, je le retire.

Justine""")

M("rq_fr_what_shared_stripe_paypal", "fr", ["access"], "Olivier Fabre <olivier.fabre@gmail.com>",
  "Paiement en ligne",
  """Bonjour,

J'ai payé via le lien Stripe pour le stage de juillet, tout s'est bien passé.

Pouvez-vous me dire quelles informations vous avez et lesquelles partent chez Stripe, Systeme.io et les autres prestataires ? Juste pour ma gouverne, je fais un peu le ménage.

Olivier""")
# NEAR-LINE: "Pouvez-vous me dire quelles informations vous avez" - request to know held data/recipients, not how a right works -> access.

# =====================================================================
# REQUESTS - ENGLISH
# =====================================================================
M("rq_en_ps_booking_erasure", "en", ["erasure"], "Rachel Hutchins <rachel.hutchins@gmail.com>",
  "Re: Your session is confirmed",
  """Hi Sandra,

Thanks, Tuesday at 2 works. I'll be coming by train so might be 5 minutes late.

P.S. Totally unrelated - when we finish in June, I'd like you to delete my file and notes. I'm a bit of a minimalist about my data these days!

Rachel""",
  quote=("gmail", S, "Fri, 6 Jun 2025 at 09:12", "Hello Rachel,\nYour coaching session is confirmed for Tuesday 10 June at 2pm (online).\nSandra"))

M("rq_en_newsletter_reply_unsub", "en", ["objection"], "Peter Lindqvist <peter.lindqvist@outlook.com>",
  "RE: Newsletter",
  """Lovely piece on slowing down, thanks. Could you take me off the list though? I read very little email nowadays.
Peter""",
  quote=("outlook", SC, "Tuesday, 14 October 2025 07:00", NEWS_EN, "Newsletter"))

M("rq_en_invoice_access_mid", "en", ["access"], "Joanna Pryce <joanna.pryce@btinternet.com>",
  "Invoice 2025-0188",
  """Hello Sandra,

Thanks for sending the invoice. My company will pay it directly; could you add the PO number 4500-2281 if you reissue it?

Also, as part of a general tidy-up of my online life, I'd like to get a copy of the personal data you hold on me - whatever you have, in whatever form.

And thank you for the last session, the values exercise really stuck with me.

Best,
Joanna""", shape="alt")

M("rq_en_testimonial_pull_reschedule", "en", ["withdraw_consent"], "Daniel Okafor <daniel.okafor@gmail.com>",
  "Moving Thursday + testimonial",
  """Hi Sandra,

Could we move Thursday's call to Friday same time? Work travel again.

Also - I've been thinking about the testimonial I wrote for your website last year. I'd rather it came down now. It's nothing you did, I'm just more private about this stuff than I used to be.

Cheers,
Dan""")

M("rq_en_subject_only_access", "en", ["access"], "Megan Farrow <megan.farrow@yahoo.co.uk>",
  "Subject access request",
  """Hi Sandra!

Hope the autumn in Issoudun is lovely. We're back in Bristol now and I miss the market on Saturdays. The kids still talk about the workshop for teens.

Lots of love,
Megan""")
# NEAR-LINE: "Subject access request" in subject only; chatty body -> access.

M("rq_en_portability_new_coach", "en", ["portability"], "Liam Gallagher-Byrne <liam.gb@gmail.com>",
  "Moving to Dublin",
  """Hi Sandra,

As I mentioned, I'm moving back to Dublin next month. I've found a coach there (Siobhan Kelly). Would you be able to send her my session summaries and assessment results in an editable format - Word or a spreadsheet - so she can pick up where we left off? I'm happy to confirm by phone if needed.

Thanks for everything,
Liam""")

M("rq_en_fr_inside_en_objection", "en", ["objection"], "Hannah Wright <hannah.wright@gmail.com>",
  "Thanks for the workshop!",
  """Hi Sandra,

Thank you so much for Saturday, it was exactly what I needed. The forest walk at the end was magical.

Petite demande (je pratique mon français !) : merci de ne plus m'envoyer vos offres promotionnelles par SMS, je préfère les recevoir seulement par mail.

See you in spring maybe,
Hannah""")
# NEAR-LINE: stops marketing SMS only -> objection.

M("rq_en_restriction_contest", "en", ["restriction"], "Marcus Webb <marcus.webb@protonmail.com>",
  "Session notes",
  """Sandra,

The summary you sent says I "acknowledged a pattern of avoidance with my manager". That's not what I said and I'm not comfortable with it being on file.

Until we've discussed it, please don't use that summary for anything or share it with anyone, including your supervisor.

Marcus""")

M("rq_en_pm_sister", "en", ["post_mortem"], "Fiona McAllister <fiona.mcallister@gmail.com>",
  "My sister, Kirsty McAllister",
  """Dear Sandra,

I'm writing with sad news. My sister Kirsty, who did your online programme in English last year, passed away in August. I'm her executor.

Her account on your course platform still sends her reminders. Could you please close it and remove her details from all your lists? If there's anything she wrote that you still have, the family would be grateful to receive a copy.

Kind regards,
Fiona McAllister""", att=[("death_certificate_KMcAllister.pdf", "application/pdf")])

M("rq_en_erasure_plus_withdraw_photo", "en", ["erasure", "withdraw_consent"], "Sophie Turner-Hale <sophie.th@gmail.com>",
  "Leaving France",
  """Hi Sandra,

We're leaving France at the end of the month. Thank you for the circle - it carried me through a hard year.

Two things before I go: please take down the photo of me from the retreat on your Instagram (I withdraw the permission I gave), and please delete all the data you have about me.

Warmly,
Sophie""")

M("rq_en_rectif_email_change", "en", ["rectification"], "Oliver Grant <oliver.grant@gmail.com>",
  "New email address",
  """Hi Sandra, quick one: my work address (o.grant@meridian-partners.co.uk) will stop working on Friday as I'm changing jobs. Please use oliver.grant@gmail.com from now on and remove the old one. Speak next week!
Oliver""")

M("rq_en_objection_profiling_ads", "en", ["objection"], "Anika Schulz <anika.schulz@web.de>",
  "Facebook ads",
  """Hello Sandra,

I signed up for your free e-book and now I see your ads everywhere on Facebook and Instagram. I assume my email went into a custom audience. Please stop using my details for ad targeting.

The e-book was good though!

Anika""")

M("rq_en_access_where_from", "en", ["access"], "Graham Holt <graham.holt@btinternet.com>",
  "How did you get my number?",
  """Hello,

I got a text message today about your "English-speaking women's circle". I've never been in touch with you as far as I remember. Could you tell me where you got my phone number from and what else you have on me?

Graham Holt""")

M("rq_en_multi_access_portab", "en", ["access", "portability"], "Charlotte Evans <charlotte.evans@icloud.com>",
  "Re: Programme completed!",
  """Thank you Sandra! I'd love a certificate, yes.

Could you also tell me what data you keep about me, and send my workbook answers and progress in a CSV or similar so I can import them into Notion?

Charlotte""",
  quote=("apple", SC, "2 Jul 2025 at 10:00", "Congratulations Charlotte, you've completed the \"12 weeks to bloom\" programme!\nWould you like a certificate of completion?\nSandra"))

M("rq_en_lawyer_erasure", "en", ["erasure"], "Harriet Cole (Cole & Wainwright) <h.cole@colewainwright.co.uk>",
  "Our client: Mr James Thornton",
  """Dear Ms Delomenie,

We act for Mr James Thornton, who attended a workshop you organised in May 2024. A signed letter of authority is attached.

Our client requests the erasure of all personal data relating to him held by you or on your behalf, including on your course platform and mailing tools. Please confirm once this has been carried out.

Yours sincerely,
Harriet Cole
Solicitor""", att=[("Letter_of_authority_Thornton.pdf", "application/pdf")], shape="alt")

M("rq_en_parent_minor_withdraw", "en", ["withdraw_consent"], "Rebecca Stone <rebecca.stone@gmail.com>",
  "Teen workshop photos - Ella",
  """Hi Sandra,

Ella really enjoyed the teen workshop, thank you.

I signed the photo release on the day but I've since talked with Ella and she doesn't want any pictures of her online. Please don't use them - I'm withdrawing that consent as her parent.

Best,
Rebecca""")

M("rq_en_thank_you_last_line_objection", "en", ["objection"], "Tom Barker <tom.barker@gmail.com>",
  "Thank you",
  """Sandra,

Just a short note to say thanks. Six months ago I couldn't see a way out of that job and now I've got an offer from a company I actually respect. Your questions were annoying in the best way.

I'd appreciate it if you didn't add me to the newsletter or send follow-up offers - I'll reach out if I need you again.

All the best,
Tom""")
# NEAR-LINE: pre-emptive "don't add me / no follow-up offers" = objection to marketing.

M("rq_en_delete_account_all_data", "en", ["erasure"], "Priya Nair <priya.nair@gmail.com>",
  "Course account",
  """Hi, I'm not going to continue with the online course. Please delete my account and all my data. Thanks, Priya""")

M("rq_en_restriction_freeze_legal", "en", ["restriction"], "Caroline Dupré-Smith <caroline.ds@gmail.com>",
  "Re: Data retention",
  """Hi Sandra,

Thanks for letting me know my file is due to be deleted next month under your retention policy. Please DON'T delete it - I may need it for an employment tribunal. But please don't use it for anything else either in the meantime. Just keep it as is.

Caroline""",
  quote=("gmail", S, "Mon, 10 Feb 2025 at 11:20", "Hello Caroline,\nAs per my privacy policy, the data from your coaching programme will be deleted on 15 March unless you tell me otherwise.\nSandra"))

M("rq_en_pm_self_instruction", "en", ["post_mortem"], "Margaret Lowe <margaret.lowe@gmail.com>",
  "A wish for later",
  """Dear Sandra,

I'm putting my affairs in order (nothing urgent, I'm only being organised). Should I die, I'd like my coaching notes to be destroyed, and nothing to be passed on to my family except to my husband Richard if he asks.

See you at the circle on Thursday,
Margaret""")

M("rq_en_access_recipients", "en", ["access"], "Nils Andersen <nils.andersen@gmail.com>",
  "Who has my data?",
  """Hi Sandra,

After the webinar I started getting emails from a wellbeing company I've never heard of. Could you let me know who you've shared my details with?

Thanks,
Nils""")

M("rq_en_multi_rectif_objection", "en", ["objection", "rectification"], "Emily Parker <emily.parker@gmail.com>",
  "Re: Autumn offers",
  """Hi,

Please stop sending me promotional emails. Also my surname is spelled Parker, not Parkes, on the account for the course I'm still taking - could you fix it?

Emily""",
  quote=("gmail", SC, "Mon, 1 Sep 2025 at 07:30", "Autumn offers: 20% off all programmes until 30 September.\nFloraison de Soi"))

M("rq_en_withdraw_recording", "en", ["withdraw_consent"], "Jessica Moore <jessica.moore@gmail.com>",
  "Webinar recording",
  """Hi Sandra,

I said yes to being recorded during the Q&A of last week's webinar, but I shared more than I meant to. Please cut me out of the replay / don't publish that part - I take back my consent.

Jess""")

M("rq_en_erasure_objection_abrupt", "en", ["erasure", "objection"], "k.moss@outlook.com",
  "remove me",
  """remove me from your mailing list and delete whatever you have on me. never signed up for this""")

M("rq_en_access_in_fr_mail_subject", "en", ["access"], "Alice Dubois-Kent <alice.dk@gmail.com>",
  "Request: copy of my data",
  """Hi Sandra,

The weather has been glorious here, I hope you managed to get out into the garden. Did the roses survive the frost?

I'll be in Issoudun for the summer, perhaps we could have a coffee.

Alice""")

M("rq_en_portab_systemeio", "en", ["portability"], "Ben Carter <ben.carter@gmail.com>",
  "Re: Your membership expires soon",
  """Not renewing, but could I have an export of my course notes and quiz answers from the platform (CSV/JSON)? I want to bring them into another app.
Ben""",
  quote=("gmail", "Systeme.io for Floraison de Soi <no-reply@systeme.io>", "Wed, 26 Nov 2025 at 12:00", "Your membership to \"12 weeks to bloom\" expires on 5 December.\nRenew now to keep access."))

M("rq_en_rectif_wrong_dob", "en", ["rectification"], "Laura Simmons <laura.simmons@gmail.com>",
  "Certificate",
  """Hi Sandra, thanks for the certificate! One thing: my date of birth on it (and presumably in your records) is wrong - it should be 03/08/1985, not 08/03/1985. Could you correct it? Laura""")

M("rq_en_pm_son_access", "en", ["post_mortem"], "Andrew Fletcher <andrew.fletcher@gmail.com>",
  "My mother's sessions",
  """Dear Ms Delomenie,

My mother, Patricia Fletcher, died last month. She saw you for several months in 2024. I would like to know what information you have about her and whether we can receive her written work, which she mentioned often.

I am attaching the death certificate and proof that I am her son.

Yours,
Andrew Fletcher""", att=[("death_cert_PFletcher.pdf", "application/pdf"), ("birth_cert_AFletcher.jpg", "image/jpeg")])

M("rq_en_restriction_withdraw_multi", "en", ["restriction", "withdraw_consent"], "Natalie Brooks <natalie.brooks@gmail.com>",
  "Questionnaire and my file",
  """Hi Sandra,

I no longer agree to my questionnaire answers being used in your case studies - please consider that consent withdrawn.

Separately, there's a dispute about the programme fees with my employer. Until that's sorted, please keep my file but don't process it further or pass it to anyone.

Natalie""")

M("rq_en_objection_contact_situation", "en", ["objection"], "Sarah Mitchell <sarah.mitchell@gmail.com>",
  "Please don't contact me",
  """Hi Sandra,

I'm going through a very difficult time (a bereavement) and I'd ask you to stop contacting me - no check-in emails, no calls, no invitations - for the foreseeable future. I'm fine, I just need quiet.

Sarah""")
# NEAR-LINE: objection to being contacted on grounds of her situation (not a death of the data subject).

M("rq_en_access_copy_health", "en", ["access"], "Ruth Adeyemi <ruth.adeyemi@gmail.com>",
  "Re: Booking for March",
  """Yes, Thursday at 4 please.

And could you send me a copy of the health questionnaire and intake notes you have for me? My GP asked what I'd been working on.

Ruth""", shape="b64",
  quote=("gmail", S, "Tue, 3 Mar 2026 at 14:10", "Hello Ruth,\nI can offer Tuesday 10 March at 10am or Thursday 12 March at 4pm.\nSandra"))

M("rq_en_erasure_parent_minor", "en", ["erasure"], "Michael Osei <michael.osei@gmail.com>",
  "My son's details",
  """Hello,

My son Kwame (13) attended your teen confidence workshop in April. Please delete his registration form, questionnaire and contact details; we'd prefer nothing is kept about him.

Michael Osei (father)""")

M("rq_en_multi_three", "en", ["access", "erasure", "withdraw_consent"], "Victoria Hale <victoria.hale@gmail.com>",
  "GDPR request",
  """Dear Sandra,

Under the GDPR I'd like to:
1. receive a copy of all personal data you hold about me;
2. withdraw my consent to the use of my testimonial and photo;
3. have all my data erased once you've sent me the copy.

ID attached.

Victoria Hale""", att=[("passport_VHale.pdf", "application/pdf")])

M("rq_en_rectif_address", "en", ["rectification"], "Rosie Campbell <rosie.campbell@gmail.com>",
  "Re: Invoice",
  """Thanks! Paid. Could you update my address on your records for future invoices? It's now 3 rue du Château, 36100 Issoudun (we moved from Vatan).
Rosie""",
  quote=("gmail", S, "Mon, 3 Mar 2025 at 10:41", "Hello Rosie,\nPlease find attached invoice 2025-0151.\nSandra"))

M("rq_en_html_objection_unsub_footer", "en", ["objection"], "Grace Liu <grace.liu@gmail.com>",
  "Unsubscribe",
  """Hi Sandra, the unsubscribe link in your newsletter gives me an error page. Could you please just remove me from it manually? Thank you! Grace""", shape="html")
# NEAR-LINE: reports a broken link AND asks to be removed -> objection.

M("rq_en_portab_transfer", "en", ["portability"], "Thomas Reid <thomas.reid@gmail.com>",
  "File transfer",
  """Hi Sandra,

I'm continuing coaching with Jane Morrow (jane@morrowcoaching.com). Please send her my assessment results and session summaries directly in a format she can import or edit. You have my permission.

Thanks,
Tom""")

M("rq_en_video_withdraw_plus_erasure", "en", ["withdraw_consent", "erasure"], "Isla Fraser <isla.fraser@gmail.com>",
  "About the video",
  """Hi Sandra,

Please take my video testimonial off YouTube and your website - I no longer consent. And I'd like the rest of my information deleted as well, I'm closing that chapter.

Thanks for understanding,
Isla""")

# ---- additional requests (balancing) ----
M("rq_fr_restriction_objection_multi", "fr", ["objection", "restriction"], "Christelle Noyer <christelle.noyer@gmail.com>",
  "Re: Relance inscription formation praticien",
  """Bonjour Sandra,

Merci pour la relance, mais je ne donnerai pas suite, et je ne souhaite plus recevoir de relances commerciales.

Par ailleurs, le questionnaire d'entrée que j'avais rempli mentionne une reconversion "subie" : c'est inexact, et je ne veux pas qu'il soit utilisé tant qu'on n'en a pas parlé. Gardez-le de côté pour l'instant.

Christelle""",
  quote=("gmail", SC, "lun. 19 mai 2025 à 08:45", "Bonjour Christelle,\nIl reste 2 places pour la formation praticien de septembre ! Souhaitez-vous finaliser votre inscription ?\nSandra"))

M("rq_fr_restriction_access_multi", "fr", ["access", "restriction"], "Arnaud Pelissier <arnaud.pelissier@orange.fr>",
  "Mon dossier - urgent",
  """Madame,

Mon ex-compagne prétend que vous lui auriez parlé de mes séances. Je n'y crois pas forcément, mais je veux en avoir le cœur net.

Je vous demande donc : de me dire à qui vous avez communiqué des informations me concernant, et de m'envoyer une copie de mon dossier. En attendant que cela soit éclairci, merci de bloquer toute utilisation de ce dossier.

Arnaud Pelissier""")

M("rq_fr_pm_nephew_newsletter", "fr", ["post_mortem"], "Cyril Daumas <cyril.daumas@gmail.com>",
  "Re: La lettre d'octobre",
  """Bonjour,

Je suis le neveu de Mme Raymonde Daumas, qui est décédée au printemps ; je m'occupe de fermer ses comptes. Merci de la désinscrire et de supprimer ses coordonnées.

Cyril Daumas""",
  quote=("gmail", SC, "mar. 14 oct. 2025 à 07:00", NEWS_FR))
# NEAR-LINE: after a death, unsubscribing the deceased -> post_mortem only (not objection).

M("rq_fr_pm_partner_photos", "fr", ["post_mortem"], "Nicole Arbez <nicole.arbez@gmail.com>",
  "Pour Jean-Luc",
  """Sandra,

Jean-Luc est parti il y a trois semaines. Tu te souviens de lui, il était venu au stage de l'été dernier avec moi. Je voudrais récupérer les photos de lui que tu as prises pendant le stage, et celles qui sont sur ton site, j'aimerais qu'elles y restent, c'était un beau moment pour lui. Tu peux m'envoyer les originaux ?

Nicole""")
# NEAR-LINE: partner after a death, asks copies and keeping photos online -> still post_mortem.

M("rq_fr_portab_objection_multi", "fr", ["objection", "portability"], "Gaëlle Simonin <gaelle.simonin@gmail.com>",
  "Mon compte sur la plateforme",
  """Bonjour,

Je ne veux plus recevoir les mails automatiques de la plateforme (les "tu n'as pas ouvert ta leçon depuis 7 jours" et les promos), ça me culpabilise plus qu'autre chose.

En revanche j'aimerais exporter mes notes de cours et mes réponses aux exercices, dans un format que je peux réutiliser ailleurs. Vous pouvez me les envoyer ?

Gaëlle""")

M("rq_en_portab_erasure_multi", "en", ["erasure", "portability"], "Daniel Hughes <dan.hughes@gmail.com>",
  "Closing down",
  """Hi Sandra,

I'm wrapping up the programme. Please send my workbook data to me as a spreadsheet (so I can reuse it), then delete my account and everything else you hold.

Thanks,
Dan""")

M("rq_en_rectif_access_multi", "en", ["access", "rectification"], "Helen Marsh <helen.marsh@gmail.com>",
  "My details",
  """Hi Sandra,

Could you send me a summary of the information you hold about me? I suspect some of it is out of date - my phone is now +44 7700 900412 (the French one is gone), please update that in any case.

Helen""")

# =====================================================================
# NEGATIVES - FRENCH CLIENT MAIL (same shapes, no request)
# =====================================================================
M("ng_fr_ps_booking_parking", "fr", [], "Claudine Rivière <claudine.riviere@gmail.com>",
  "Re: Confirmation séance du 10 juin",
  """Bonjour Sandra,

Parfait pour mardi 14h.

P.S. : est-ce qu'il y a un parking près du cabinet ou vaut-il mieux se garer place du Sacre ? La dernière fois j'ai tourné vingt minutes.

Claudine""",
  quote=("gmail", S, "ven. 6 juin 2025 à 09:12", CONF_FR))

M("ng_fr_thanks_use_testimonial", "fr", [], "Brigitte Chauvet <brigitte.chauvet@orange.fr>",
  "Merci !",
  """Chère Sandra,

Un immense merci pour ces six séances. Je me sens plus légère, et j'ai enfin osé parler à ma sœur.

Vous pouvez utiliser ce que je vous ai écrit comme témoignage sur votre site, avec mon prénom seulement, j'en serais heureuse.

Brigitte""")

M("ng_fr_invoice_deleted_link", "fr", [], "Yves Tardieu <yves.tardieu@free.fr>",
  "Facture 2025-0163",
  """Bonjour Madame,

J'ai bien reçu votre facture, merci.

J'ai malheureusement supprimé par erreur le mail qui contenait le lien de paiement Stripe (ma boîte fait le ménage toute seule, je n'y comprends rien). Pourriez-vous me le renvoyer ?

Bonne journée,
Yves Tardieu""")

M("ng_fr_newsletter_reply_shared", "fr", [], "Gisèle Faure <gisele.faure@laposte.net>",
  "Re: La lettre d'octobre",
  """Bonjour Sandra,
Votre lettre m'a émue, surtout le passage sur "laisser tomber ce qui ne nous sert plus". Je l'ai transférée à ma fille qui traverse une période difficile. Elle vous contactera peut-être.
Gisèle""",
  quote=("apple", "Floraison de Soi <contact@floraisondesoi.fr>", "14 oct. 2025 à 07:00", NEWS_FR))

M("ng_fr_reschedule_only", "fr", [], "Noémie Bertrand <noemie.bertrand@hotmail.fr>",
  "Modifier mon rendez-vous",
  """Coucou Sandra,

Est-ce qu'on peut modifier mon rendez-vous de jeudi ? Je peux vendredi matin ou lundi après-midi. Désolée pour le changement de dernière minute, la nounou est malade.

Bises,
Noémie""")

M("ng_fr_subject_suppression_slot", "fr", [], "Francis Auclair <francis.auclair@orange.fr>",
  "Suppression créneau du 12",
  """Bonjour Sandra,

Comme je te le disais au téléphone, je ne pourrai pas venir le 12, on part voir notre petit-fils à Lyon. On se revoit le 26 comme prévu.

Francis""")
# NEAR-LINE: "Suppression" in subject refers to an appointment slot -> negative.

M("ng_fr_en_inside_fr_invoice_copy", "fr", [], "Kate Morrison <kate.morrison@gmail.com>",
  "Atelier de samedi",
  """Bonjour Sandra,

Merci pour samedi, c'était très beau, le lieu est magnifique.

PS - quick one in English: could you send me a copy of the receipt? My health insurance in the UK might reimburse part of it.

Bises,
Kate""")
# NEAR-LINE: copy of a receipt for insurance is an ordinary document request, not right of access.

M("ng_fr_my_info_for_registration", "fr", [], "Rémi Castel <remi.castel@gmail.com>",
  "Mes informations pour l'inscription",
  """Bonjour,

Voici mes informations pour l'inscription au stage de juillet, comme demandé :
Rémi Castel, né le 02/05/1990
24 rue Porte aux Boeufs, 36100 Issoudun
06 21 45 87 12
Régime : végétarien

Je vous envoie l'acompte par virement demain.

Rémi""")

M("ng_fr_cancel_workshop_remove_from_list", "fr", [], "Aline Mercadier <aline.mercadier@gmail.com>",
  "Re: Rappel atelier samedi",
  """Bonjour Sandra,

Je ne pourrai finalement pas venir samedi, j'ai une angine. Tu peux me retirer de la liste des participantes et proposer ma place à quelqu'un d'autre ?

Bon atelier à toutes !
Aline""",
  quote=("gmail", SC, "jeu. 16 oct. 2025 à 18:00", "Rappel : l'atelier \"Cercle de femmes\" a lieu samedi 18 octobre, 9h30, salle des Augustins.\nSandra"))
# NEAR-LINE: "retirer de la liste des participantes" = cancelling a workshop place -> negative.

M("ng_fr_password_reset", "fr", [], "Marion Delattre <marion.delattre@gmail.com>",
  "Impossible d'accéder à mon espace",
  """Bonjour,

Je n'arrive plus à accéder à mon espace sur la formation en ligne. J'ai cliqué sur "mot de passe oublié" mais je ne reçois rien (j'ai regardé dans les spams). Pouvez-vous m'aider ou réinitialiser mon accès ?

Marion""")

M("ng_fr_close_account_only", "fr", [], "Jacques Poirier <jacques.poirier@wanadoo.fr>",
  "Fermeture compte",
  """Bonjour, merci de fermer mon compte sur votre plateforme de formation, je n'en ai plus l'usage. Cordialement, J. Poirier""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

M("ng_fr_husband_wife_data", "fr", [], "Philippe Garnier <philippe.garnier@orange.fr>",
  "Ma femme",
  """Madame,

Ma femme, Sylvie Garnier, vient vous voir depuis trois mois. Elle est très secrète sur ce qui s'y dit. Je voudrais savoir ce qu'elle vous raconte à notre sujet et ce que vous notez dans son dossier. Je paie les séances, j'estime avoir le droit de savoir.

Philippe Garnier""")
# NEAR-LINE: spouse asking about another living adult's data -> negative.

M("ng_fr_cnil_complaint_copy", "fr", [], "Gaspard Vincent <gaspard.vincent@gmail.com>",
  "TR: Votre plainte auprès de la CNIL - accusé de réception",
  """Pour votre information.

G. Vincent""",
  quote=("fwd", "CNIL <ne-pas-repondre@cnil.fr>", "lun. 2 juin 2025 à 15:32",
         "Madame, Monsieur,\nNous accusons réception de votre plainte n° 25-041872 concernant l'organisme Floraison de Soi.\nObjet : absence de réponse à une demande d'effacement de données.\nVotre plainte sera instruite dans les meilleurs délais.\nLe service des plaintes"))
# NEAR-LINE: copy of a CNIL complaint; the new text asks nothing -> negative per policy.

M("ng_fr_question_how_erasure_works", "fr", [], "Léa Marchetti <lea.marchetti@gmail.com>",
  "Question avant de m'engager",
  """Bonjour Sandra,

Avant de m'inscrire à l'accompagnement, une question : si à la fin je souhaite que mes notes soient effacées, comment ça se passe ? Est-ce que c'est possible, et dans quel délai ? Je demande parce que je vais parler de choses assez intimes.

Merci,
Léa""")
# NEAR-LINE: question about how erasure would work later, not a request now.

M("ng_fr_thanks_above_quoted_erasure_request", "fr", [], "Hélène Faucheux <helene.faucheux@sfr.fr>",
  "Re: Suppression de mes données personnelles svp",
  """Merci beaucoup Sandra pour votre réponse rapide et pour la confirmation. Belle continuation à vous !
Hélène""",
  quote=("gmail", S, "mar. 11 mars 2025 à 17:40", "Bonjour Hélène,\nC'est fait : votre fiche, vos questionnaires et votre adresse ont été supprimés de mes fichiers et de Systeme.io. Seules les factures sont conservées pour la comptabilité (obligation légale).\nBelle continuation,\nSandra\n\nLe lun. 10 mars 2025 à 09:02, Hélène Faucheux a écrit :\n> Bonjour Sandra, pourriez-vous supprimer toutes mes données ? Merci."))

M("ng_fr_remark_systemeio_reassured", "fr", [], "Christophe Lenoir <christophe.lenoir@gmail.com>",
  "Formation en ligne",
  """Bonjour Sandra,

J'ai commencé le module 1, c'est très clair. J'ai lu votre politique de confidentialité (déformation professionnelle, je travaille dans l'informatique) : ça me rassure que Systeme.io soit une société française et que mes données restent en Europe pour l'essentiel.

Hâte de voir la suite,
Christophe""")

M("ng_fr_already_unsubscribed_info", "fr", [], "Suzanne Perret <suzanne.perret@laposte.net>",
  "Re: La lettre de novembre",
  """Bonjour Sandra,
Je me suis désabonnée de la lettre via le lien en bas, tout a bien fonctionné. Ce n'est pas contre vous, je fais du tri dans mes abonnements. Je continuerai à suivre votre page Facebook.
Suzanne""",
  quote=("gmail", SC, "mar. 11 nov. 2025 à 07:00", "Floraison de Soi - La lettre de novembre\nBonjour à toutes et à tous,\nCe mois-ci : la gratitude en hiver.\nSandra"))
# NEAR-LINE: reports having unsubscribed herself; nothing asked of Sandra -> negative.

M("ng_fr_corrected_address_myself", "fr", [], "Fabrice Lemoine <fabrice.lemoine@gmail.com>",
  "Adresse",
  """Bonjour,

Pour info, j'ai modifié moi-même mon adresse postale dans mon espace membre, ça a l'air d'avoir marché. Pas besoin de faire quoi que ce soit de votre côté.

À bientôt pour le module 3,
Fabrice""")

M("ng_fr_correct_typo_booklet", "fr", [], "Danielle Masson <danielle.masson@gmail.com>",
  "Petite coquille dans le livret",
  """Bonjour Sandra,

J'ai adoré le livret du stage. Petite coquille page 12 : "la respiration carrée se pratique en quatres temps". Tu pourras corriger pour la prochaine édition ;)

Danielle""")

M("ng_fr_oppose_outdoor", "fr", [], "Yvette Brunet <yvette.brunet@orange.fr>",
  "Atelier de janvier dehors ?",
  """Bonjour Sandra,

J'ai vu que l'atelier de janvier était prévu en extérieur. Je m'oppose un peu à l'idée, avec mes rhumatismes ! Y aurait-il une possibilité de repli en salle s'il gèle ?

Yvette""")

M("ng_fr_consent_form_signed", "fr", [], "Marine Clément <marine.clement@gmail.com>",
  "Formulaire de consentement signé",
  """Bonjour Sandra,

Vous trouverez ci-joint le formulaire de consentement signé (données de santé et droit à l'image). J'ai coché oui pour tout.

À samedi,
Marine""", att=[("consentement_signe_MClement.pdf", "application/pdf")])

M("ng_fr_rgpd_training_remark", "fr", [], "Thibault Roger <thibault.roger@gmail.com>",
  "Re: Séance de jeudi",
  """Jeudi c'est parfait. Je serai un peu fatigué, j'ai une formation RGPD obligatoire toute la journée mercredi au bureau... trois heures sur le consentement et les droits d'accès, tu imagines. On pourra en rire.
Thibault""",
  quote=("gmail", S, "lun. 24 nov. 2025 à 12:05", "Bonjour Thibault,\nJe te propose jeudi 27 à 18h30 pour notre prochaine séance.\nSandra"))

M("ng_fr_attestation_presence", "fr", [], "Sonia Ferreira <sonia.ferreira@gmail.com>",
  "Attestation de présence",
  """Bonjour,

Mon employeur me demande une attestation de présence pour la formation des 3 et 4 avril, pour justifier mes deux jours d'absence. Pouvez-vous m'en faire une ?

Merci beaucoup,
Sonia Ferreira""")
# NEAR-LINE: asks for a document she issues (attendance certificate), not a copy of personal data held -> negative.

M("ng_fr_exported_notes_myself", "fr", [], "Pierre-Yves Lallement <py.lallement@gmail.com>",
  "Merci pour le tuto",
  """Bonjour Sandra,

Merci pour la petite vidéo explicative : j'ai réussi à exporter mes notes de cours depuis la plateforme en PDF, tout est là. Super pratique.

PY""")

M("ng_fr_drive_erased_table_restore", "fr", [], "Anaïs Guillot <anais.guillot@gmail.com>",
  "Drive - oups",
  """Sandra, je crois que j'ai effacé sans faire exprès le tableau de suivi dans notre dossier Drive partagé ! Est-ce que tu peux restaurer la version d'hier ? Je suis désolée...
Anaïs""")
# NEAR-LINE: asks to restore an accidentally deleted shared document -> negative.

M("ng_fr_no_more_access_training", "fr", [], "Vincent Royer <vincent.royer@gmail.com>",
  "Plus d'accès à la formation",
  """Bonjour,

Depuis hier je n'ai plus accès aux vidéos du module 4, j'ai un message "contenu verrouillé". Est-ce normal ? J'ai bien payé la dernière mensualité.

Vincent Royer""")

M("ng_fr_colleague_asks_for_colleague", "fr", [], "Sandrine Lopez <sandrine.lopez@mairie-issoudun.fr>",
  "Coordonnées de ma collègue",
  """Bonjour Madame Delomenie,

Ma collègue Aurélie Fontanel a suivi votre atelier l'an dernier. Elle est en arrêt en ce moment et je voudrais lui envoyer une carte : auriez-vous encore son adresse postale ? Et pourriez-vous me dire si elle est toujours inscrite à vos ateliers ?

Cordialement,
Sandrine Lopez
Service RH - Mairie d'Issoudun""")
# NEAR-LINE: colleague asking for another living adult's data -> negative.

M("ng_fr_sister_brother_data", "fr", [], "Marie Delaunay <marie.delaunay@gmail.com>",
  "Mon frère Julien",
  """Bonjour,

Mon frère Julien Delaunay (34 ans) suit un accompagnement chez vous. La famille s'inquiète beaucoup pour lui. Pourriez-vous supprimer ses coordonnées de vos listes d'envoi ? Il reçoit trop de sollicitations et ça l'angoisse. Il ne sait pas que je vous écris.

Marie""")
# NEAR-LINE: relative asking about a living adult's data without mandate -> negative.

M("ng_fr_newsletter_reply_deleted_facebook", "fr", [], "Maryse Carpentier <maryse.carpentier@gmail.com>",
  "Re: La lettre d'octobre",
  """Votre lettre tombe à pic : cette semaine j'ai enfin supprimé mon compte Facebook et effacé toutes mes vieilles photos du cloud. Laisser tomber ce qui ne nous sert plus, c'est exactement ça ! Merci Sandra.
Maryse""",
  quote=("gmail", SC, "mar. 14 oct. 2025 à 07:00", NEWS_FR))

M("ng_fr_thanks_above_own_old_request", "fr", [], "Thomas Arnoult <thomas.arnoult@protonmail.com>",
  "Re: fin d'accompagnement + une demande",
  """Parfait, bien reçu le dossier. Merci Sandra, bonne continuation !
Thomas""",
  quote=("gmail", S, "lun. 21 avr. 2025 à 10:02", "Bonjour Thomas,\nVoici en pièce jointe la copie de votre dossier. Comme demandé, l'ensemble sera effacé à la fin de la semaine.\nSandra\n\nLe jeu. 17 avr. 2025 à 19:55, Thomas Arnoult a écrit :\n> Avant que tout soit archivé : pouvez-vous m'envoyer une copie de l'ensemble de ce que vous avez sur moi ?\n> Une fois que je l'aurai reçu, vous pourrez tout effacer de votre côté."))
# NEAR-LINE: thank-you above a quoted request -> negative (only new text counts).

M("ng_fr_retention_question", "fr", [], "Jocelyne Martel <jocelyne.martel@orange.fr>",
  "Question sur vos dossiers",
  """Bonjour Sandra,

Par curiosité, combien de temps gardez-vous les dossiers des clients une fois l'accompagnement terminé ? Mon amie psychologue me disait qu'elle doit tout garder vingt ans, je me demandais si c'était pareil pour une coach.

Jocelyne""")

M("ng_fr_right_curiosity", "fr", [], "Benjamin Roussel <benjamin.roussel@gmail.com>",
  "Droit d'accès ?",
  """Bonjour,

Question théorique, je ne demande rien : est-ce qu'un client a le droit de demander à voir les notes que vous prenez pendant les séances ? On en discutait entre amis hier soir et personne n'était d'accord.

Benjamin""")
# NEAR-LINE: explicitly a question about how the right works, not a request.

M("ng_fr_cancel_subscription", "fr", [], "Nathalie Guérin <nathalie.guerin@gmail.com>",
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme "Fleurir chaque mois" à partir de décembre. Merci de ne plus prélever ma carte. J'ai beaucoup aimé, mais le budget est serré en ce moment.

Nathalie Guérin""")
# NEAR-LINE: cancelling a subscription and stopping card charges -> negative.

M("ng_fr_desinscrire_workshop", "fr", [], "Rose Lefort <rose.lefort@gmail.com>",
  "Désinscription atelier du 8 mars",
  """Bonjour,
Je souhaite me désinscrire de l'atelier du 8 mars, j'ai un mariage ce jour-là. Pourrai-je reporter mon acompte sur l'atelier d'avril ?
Merci,
Rose""")

M("ng_fr_id_scan_france_travail", "fr", [], "Karim Belkacem <karim.belkacem@gmail.com>",
  "Dossier France Travail - pièces",
  """Bonjour Madame,

Comme demandé pour monter le dossier de financement France Travail, voici la copie de ma carte d'identité et mon attestation d'inscription.

Cordialement,
Karim Belkacem""", att=[("CNI_Belkacem.jpg", "image/jpeg"), ("attestation_France_Travail.pdf", "application/pdf")])

M("ng_fr_sleep_data_attached", "fr", [], "Carole Barbier <carole.barbier@gmail.com>",
  "Mes données de sommeil",
  """Bonjour Sandra,

Comme convenu, voici mes données de sommeil du mois (export de ma montre). On voit bien que depuis que je fais l'exercice du soir, je me réveille moins la nuit !

On en parle jeudi ?
Carole""", att=[("sommeil_octobre.csv", "text/csv")])

M("ng_fr_forwarded_scam_to_sandra", "fr", [], "Jean-Marc Tissier <jm.tissier@orange.fr>",
  "TR: Mise à jour de vos données de paiement",
  """Sandra, j'ai reçu ce mail bizarre au nom de Floraison de Soi. Je suppose que ce n'est pas toi ? Je n'ai cliqué sur rien.
JM""",
  quote=("fwd", "Floraison de Soi <securite@floraisondesoi-paiement.com>", "jeu. 6 févr. 2025 à 03:14",
         "Cher client,\nSuite à la mise en conformité RGPD, vous devez mettre à jour vos données de paiement sous 24h sinon votre accès sera supprimé.\nCliquez ici : http://floraisondesoi-paiement.com/maj"))

M("ng_fr_broken_unsub_but_likes", "fr", [], "Viviane Renard <viviane.renard@free.fr>",
  "Lien de désinscription",
  """Bonjour Sandra,

Je voulais vous signaler que le lien "se désinscrire" en bas de la lettre renvoie vers une page d'erreur. Rassurez-vous, je ne voulais pas me désinscrire, j'ai cliqué par erreur en voulant ouvrir l'agenda ! Mais d'autres pourraient avoir le problème.

Viviane""")
# NEAR-LINE: reports a broken unsubscribe link without wishing to unsubscribe -> negative.

M("ng_fr_where_hosted_question", "fr", [], "Antoine Michel <antoine.michel@gmail.com>",
  "Hébergement des données",
  """Bonjour,

Simple question avant de m'inscrire : où sont hébergées les données de la plateforme de formation ? En France ou aux États-Unis ?

Merci,
Antoine""")

M("ng_fr_subscribe_me", "fr", [], "Lucette Dumas <lucette.dumas@orange.fr>",
  "Inscription à la lettre",
  """Bonjour Sandra, mon amie Gisèle me transfère toujours votre lettre, pouvez-vous m'ajouter à la liste directement ? Mon adresse : lucette.dumas@orange.fr. Merci !""")

M("ng_fr_en_ps_duplicate_booking", "fr", [], "Chloé Winter <chloe.winter@gmail.com>",
  "Réservation stage",
  """Bonjour Sandra,

Je suis inscrite au stage de juillet, j'ai hâte !

PS: I think I booked twice by mistake on Calendly (both 12 and 13 June for the discovery call) - could you delete the duplicate one? Le 12 me va.

Chloé""")
# NEAR-LINE: delete a duplicate booking -> negative (deleting a slot).

M("ng_fr_correct_my_exercise", "fr", [], "Laure Benoit <laure.benoit@gmail.com>",
  "Mon exercice de la semaine",
  """Bonjour Sandra,

Voici mon exercice "lettre à mon moi de 20 ans". Tu peux le corriger / le commenter avant jeudi ? Je ne suis pas sûre d'avoir bien compris la consigne.

Laure""", att=[("lettre_moi_20ans.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

M("ng_fr_retirer_livre", "fr", [], "Gérald Hubert <gerald.hubert@gmail.com>",
  "Livre",
  """Bonjour Sandra, je passerai retirer le livre que tu m'as conseillé (celui de Christophe André) au cabinet vendredi vers midi, si c'est ok. Je te le rends la semaine suivante. Gérald""")

M("ng_fr_new_policy_ok", "fr", [], "Francine Laporte <francine.laporte@gmail.com>",
  "Re: Mise à jour de ma politique de confidentialité",
  """Bonjour Sandra,
Bien reçu, j'ai lu, tout me va. C'est bien que vous preniez le temps d'expliquer tout ça.
Francine""",
  quote=("outlook", SC, "lundi 6 janvier 2025 09:00", "Bonjour,\nJ'ai mis à jour ma politique de confidentialité. Vous y trouverez les données que je conserve et vos droits (accès, rectification, effacement...).\nSandra", "Mise à jour de ma politique de confidentialité"))

M("ng_fr_husband_delete_wife", "fr", [], "Dominique Fournier <dominique.fournier@sfr.fr>",
  "Pour ma femme",
  """Bonjour,

Ma femme Brigitte ne veut plus avoir de contact avec vous après votre dernière séance qui s'est mal passée. Supprimez son dossier s'il vous plaît.

D. Fournier""")
# NEAR-LINE: husband asking erasure of a living adult's data with no mandate -> negative per policy.

M("ng_fr_switch_presentiel", "fr", [], "Sarah Benhamou <sarah.benhamou@gmail.com>",
  "Modifier mon inscription",
  """Bonjour,

Je voudrais modifier mon inscription à la formation : passer du présentiel au distanciel pour les deux derniers modules, pour raisons familiales. Est-ce possible sans frais ?

Sarah""")

M("ng_fr_cash_retirer", "fr", [], "André Leclerc <andre.leclerc@wanadoo.fr>",
  "Règlement",
  """Bonjour Madame, je n'ai pas de chéquier en ce moment, je viens de retirer de l'argent, je vous paierai en espèces jeudi. Cordialement, A. Leclerc""")

M("ng_fr_hr_attendance_list", "fr", [], "Service RH - Transalp Logistique <rh@transalp-logistique.fr>",
  "Liste des participants - formation gestion du stress",
  """Madame,

Dans le cadre de la formation "gestion du stress" suivie par plusieurs de nos salariés, merci de nous transmettre la liste des participants avec leurs heures de présence et leurs évaluations individuelles.

Cordialement,
Service RH""")
# NEAR-LINE: employer asking for others' data -> negative.

M("ng_fr_reply_she_confirms_rectif", "fr", [], "Manon Girard-Lemoine <manon.girard@gmail.com>",
  "Re: Re: Séance découverte",
  """Super, merci d'avoir fait le changement aussi vite ! À jeudi 18h.
Manon""",
  quote=("gmail", S, "lun. 6 oct. 2025 à 14:02", "C'est corrigé sur votre fiche, Manon, et félicitations !\nSandra\n\n> Je m'appelle maintenant Manon Girard-Lemoine. Pouvez-vous changer le nom sur ma fiche ?"))

M("ng_fr_sante_change_session_info", "fr", [], "Isabelle Roy <isabelle.roy@gmail.com>",
  "Séance de mardi",
  """Bonjour Sandra,

Je préfère te prévenir avant mardi : je me suis cassé le poignet, donc pas d'exercices d'écriture pour moi cette fois ! On pourra faire plutôt de l'oral ?

Isabelle""")

M("ng_fr_photo_ok_publish", "fr", [], "Zoé Marchand <zoe.marchand@gmail.com>",
  "Re: Photos de l'atelier",
  """Elles sont superbes ! Pas de souci pour que tu publies celle du cercle où on me voit, j'adore ma tête dessus :)
Zoé""",
  quote=("gmail", SC, "dim. 13 avr. 2025 à 18:30", "Bonjour à toutes,\nVoici les photos de notre atelier de samedi, comme promis.\nSandra"))

M("ng_fr_opcodoc_request", "fr", [], "Jennifer Klein <jennifer.klein@gmail.com>",
  "Documents pour l'OPCO",
  """Bonjour Sandra,

L'OPCO me demande le programme détaillé de la formation, la convention signée et le devis. Pouvez-vous me les envoyer en PDF ?

Merci !
Jennifer""")

M("ng_fr_qp_long_thanks", "fr", [], "Raymonde Picard <raymonde.picard@orange.fr>",
  "Merci pour ces mois",
  """Chère Sandra,

Je n'ai jamais été très douée pour les mots, mais je voulais vous dire merci. Quand mon mari est parti, je pensais que je ne saurais plus rien faire seule. Vous m'avez aidée à retrouver mes propres envies : je me suis inscrite à la chorale, j'ai repris la marche.

Vous pouvez garder mon adresse pour la lettre, j'aime bien la recevoir le mardi matin avec mon café.

Avec ma reconnaissance,
Raymonde""", shape="qp")
# NEAR-LINE: mentions keeping her address for the newsletter (the opposite of a request).

M("ng_fr_fwd_friend_workshop", "fr", [], "Lydie Vallet <lydie.vallet@gmail.com>",
  "TR: atelier confiance en soi",
  """Sandra, je te transfère le message de mon amie Pascale qui aimerait venir à l'atelier de mars. Tu peux lui répondre directement ? Elle est timide !
Lydie""",
  quote=("fwd", "Pascale Gros <pascale.gros@gmail.com>", "mer. 5 févr. 2025 à 21:12",
         "Coucou Lydie, tu m'as parlé de l'atelier de ta coach, tu peux lui demander s'il reste de la place ? Je n'ose pas écrire.\nPascale"))

M("ng_fr_whatsapp_group_left", "fr", [], "Valentine Costa <valentine.costa@gmail.com>",
  "groupe WhatsApp",
  """Coucou Sandra, j'ai quitté le groupe WhatsApp du stage, rien de grave, je change de téléphone et je recrée tout. Tu peux me rajouter avec mon nouveau numéro ? C'est le même en fait, juste un nouveau compte. Merci !
Val""")

M("ng_fr_b64_outlook_mobile_thanks", "fr", [], "Jean-Paul Girard <jp.girard@outlook.fr>",
  "Re: Ateliers du printemps",
  """Bonjour,
Merci pour l'info, je m'inscris à la journée nature.
Cordialement
JP Girard

Envoyé de Outlook pour Android""", shape="b64",
  quote=("outlook", SC, "samedi 1 mars 2025 08:00", "Les ateliers du printemps sont en ligne ! Cercle de femmes, confiance en soi, journée nature.\nSandra", "Ateliers du printemps"))

M("ng_fr_html_only_thanks_program", "fr", [], "Jade Rousseau <jade.rousseau@gmail.com>",
  "Programme terminé !!",
  """Coucou Sandra !

J'ai fini le programme, j'ai pleuré sur la dernière vidéo. Je vais relire mes fiches cet été. Merci merci merci.

Jade 🌼""", shape="html")

M("ng_fr_ps_gift_voucher_only", "fr", [], "Fanny Bourdon <fanny.bourdon@gmail.com>",
  "Bon cadeau",
  """Bonjour Sandra,

Je voudrais offrir un bon cadeau pour une séance découverte à ma mère pour la fête des mères. C'est possible de le recevoir en PDF ?

PS : j'ai adoré votre dernière lettre sur la gratitude, je l'ai affichée sur mon frigo.

Fanny""")

M("ng_fr_apple_transfer_appointment", "fr", [], "Delphine Petit <delphine.petit@icloud.com>",
  "Re: Fin de notre accompagnement",
  """Merci Sandra pour ce joli message. Je garde précieusement vos conseils. Si un jour je repars sur un accompagnement, ce sera avec vous !

Delphine

Envoyé de mon iPhone""",
  quote=("apple", S, "19 mars 2025 à 20:02", "Chère Delphine,\nNous voici au terme de notre accompagnement. Je vous souhaite le meilleur pour la suite.\nSandra"))

M("ng_fr_contract_cgv_question", "fr", [], "Bruno Lacroix <bruno.lacroix@gmail.com>",
  "Conditions générales",
  """Bonjour,

Dans vos CGV il est écrit que les données de santé sont conservées 2 ans maximum. C'est à partir de la fin de l'accompagnement ou de la collecte ? Je pose la question par simple curiosité, je signe le contrat de toute façon.

Bruno""", att=[("contrat_signe_Lacroix.pdf", "application/pdf")])

M("ng_fr_zoom_link_issue", "fr", [], "Agnès Morel <agnes.morel@gmail.com>",
  "Re: Lien Zoom séance de vendredi",
  """Merci pour le lien, mais il me demande un code secret, tu peux me le redonner ? Et au fait, c'est bien OK si on enregistre, comme la dernière fois.
Agnès""",
  quote=("gmail", S, "mar. 9 sept. 2025 à 16:22", "Bonjour Agnès,\nVoici le lien Zoom pour vendredi 10h : https://zoom.us/j/84512277301\nSandra"))

M("ng_fr_deceased_mention_no_request", "fr", [], "Josette Lemaire <josette.lemaire@orange.fr>",
  "Une triste nouvelle",
  """Bonjour Sandra,

Je voulais vous apprendre que Madeleine, qui venait au cercle du jeudi avec moi, nous a quittés la semaine dernière. Les obsèques ont lieu samedi à Saint-Cyr. Je sais qu'elle vous appréciait beaucoup.

Je viendrai au cercle jeudi, ça me fera du bien.

Josette""")
# NEAR-LINE: announces a death but asks nothing about the deceased's data -> negative.

M("ng_fr_move_address_future", "fr", [], "Hugo Benard <hugo.benard@gmail.com>",
  "Déménagement",
  """Salut Sandra,

Petite nouvelle : on déménage à Bourges en septembre ! Je continuerai les séances en visio. Je te donnerai la nouvelle adresse quand on aura signé le bail.

Hugo""")
# NEAR-LINE: announces a future move without giving a new value -> negative.

M("ng_fr_bulk_invoice_request", "fr", [], "Comptabilité - Asso Les Tisserandes <compta@lestisserandes.org>",
  "Demande de facture",
  """Bonjour,

Pour l'intervention du 15 novembre auprès de notre association, merci de nous faire parvenir la facture au nom de l'association, avec notre numéro SIRET 812 554 021 00018.

Bien cordialement,
La trésorière""")

M("ng_fr_subject_rgpd_chatty", "fr", [], "Élise Moulin <elise.moulin@gmail.com>",
  "RGPD haha",
  """Coucou Sandra,

Tu as vu le mail délirant qu'on a tous reçu "de la part de la CNIL" qui demande de payer 300 € pour une mise en conformité RGPD ? Ma voisine a failli payer. Fais attention si tu le reçois, c'est une arnaque !

Bises,
Élise""")

# =====================================================================
# NEGATIVES - AUTOMATIC / VENDOR / OWN MAIL (FR)
# =====================================================================
M("ng_auto_fr_bounce_orange", "fr", [], "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<mireille.t36@orange.fr>: host mx.orange.fr said: 550 5.1.1 Adresse
    d'au moins un destinataire invalide. Invalid recipient. OFR_416
""", kind="bounce",
  dsn="Reporting-MTA: dns; smtp.orange.fr\n\nFinal-Recipient: rfc822; mireille.t36@orange.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Invalid recipient\n",
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: mireille.t36@orange.fr\nSubject: Confirmation de suppression de vos données\nDate: Thu, 15 Jan 2026 10:02:11 +0100\n",
  hdr={"Auto-Submitted": "auto-replied"})

M("ng_auto_fr_bounce_gmail_newsletter", "fr", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Adresse introuvable

Votre message n'a pas pu être remis à ancien.client36@gmail.com, car l'adresse est introuvable ou ne peut pas recevoir de messages.
""", kind="bounce",
  dsn="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; ancien.client36@gmail.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: ancien.client36@gmail.com\nSubject: Votre demande d'accès à vos données\nDate: Tue, 03 Jun 2025 14:20:00 +0200\n",
  hdr={"Auto-Submitted": "auto-replied"})

M("ng_auto_fr_ooo_subject_erasure", "fr", [], "Hélène Faucheux <helene.faucheux@sfr.fr>",
  "Réponse automatique : Suppression de mes données personnelles svp",
  """Bonjour,

Je suis absente du 10 au 21 mars inclus, sans accès à mes mails. Je vous répondrai à mon retour.

Hélène Faucheux""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})
# NEAR-LINE: auto-reply whose subject echoes an erasure request -> negative (automatic).

M("ng_auto_fr_ooo_outlook", "fr", [], "Catherine Soulier <c.soulier@neuf.fr>",
  "Absent(e) du bureau : Facture et question",
  """Je suis en congés jusqu'au 2 septembre. Pour toute urgence, merci de contacter Mme Morel au 02 54 03 11 20.
Cordialement,
Catherine Soulier""", shape="html",
  hdr={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "c.soulier@neuf.fr"})

M("ng_auto_fr_ooo_notaire", "fr", [], "Office notarial Brunet & Associés <etude.brunet@notaires.fr>",
  "Accusé de réception automatique",
  """Madame, Monsieur,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais. Pour toute question relative à une succession, merci de rappeler la référence du dossier.

L'Office notarial""", hdr={"Auto-Submitted": "auto-replied"})

M("ng_auto_fr_systemeio_unsub_notification", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact martine.groslier@laposte.net s'est désabonné de la liste "Newsletter Floraison de Soi" le 15/10/2025 à 08:12.

Raison indiquée : "Je reçois trop d'emails".

Vous pouvez consulter vos contacts dans votre tableau de bord.

L'équipe Systeme.io""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})
# NEAR-LINE: platform notification of an unsubscribe, not a request addressed to her.

M("ng_auto_fr_systemeio_new_sale", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Programme 12 semaines pour fleurir",
  """Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Programme "12 semaines pour fleurir"
Client : Corinne Vasseur (corinne.vasseur@gmail.com)
Montant : 297,00 EUR

L'équipe Systeme.io""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_systemeio_export_ready", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Votre export de contacts est prêt",
  """Bonjour,

L'export de contacts que vous avez demandé est prêt. Il contient 412 contacts.
Téléchargez votre fichier CSV (lien valable 24 heures).

Pour des raisons de sécurité, ce lien ne doit pas être partagé.

L'équipe Systeme.io""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_systemeio_dpa_update", "fr", [], "Systeme.io <legal@systeme.io>",
  "Mise à jour de nos Conditions et de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour nos conditions d'utilisation et notre accord de traitement des données (DPA) au 1er février 2026, conformément au RGPD. Les principales modifications concernent la liste de nos sous-traitants ultérieurs et les durées de conservation des journaux.

Aucune action n'est requise de votre part. Si vous vous opposez à ces modifications, vous pouvez supprimer votre compte depuis vos paramètres.

L'équipe juridique Systeme.io""", shape="html",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe?u=8812>", "Precedence": "bulk"})

M("ng_auto_fr_google_drive_share", "fr", [], "Jean-Baptiste Corre (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : \"Mes exercices - JB\"",
  """Jean-Baptiste Corre a partagé un dossier avec vous.

Mes exercices - JB
Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car jb.corre@gmail.com a partagé un dossier avec vous depuis Google Drive.""",
  shape="alt", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_google_security", "fr", [], "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.""",
  shape="html", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_calendly_canceled", "fr", [], "Calendly <notifications@calendly.com>",
  "Annulé : Aurélie Chabanne - Séance découverte 30 min",
  """Bonjour Sandra,

Un événement a été annulé.
Type d'événement : Séance découverte 30 min
Invité : Aurélie Chabanne (aurelie.chabanne@gmail.com)
Date : jeudi 12 juin 2025 10:00 (heure de Paris)
Motif d'annulation : "merci de supprimer ce rendez-vous, j'en ai pris un autre"

Voir l'événement dans Calendly""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})
# NEAR-LINE: "supprimer ce rendez-vous" in a Calendly cancellation reason -> negative.

M("ng_auto_fr_calendly_new", "fr", [], "Calendly <notifications@calendly.com>",
  "Nouvel événement : Martine Lefranc - Séance d'accompagnement 1h",
  """Bonjour Sandra,

Un nouvel événement a été planifié.
Invité : Martine Lefranc (martine.lefranc@orange.fr)
Date : mardi 4 novembre 2025 14:00 (heure de Paris)
Réponses de l'invité :
- Qu'attendez-vous de cette séance ? "Faire le point après mon burn-out"

Voir l'événement dans Calendly""", shape="alt", att=[("invite.ics", "text/calendar")], hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_bank_statement", "fr", [], "Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>",
  "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois d'octobre 2025 est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Crédit Agricole Centre Loire""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_bank_transfer", "fr", [], "Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>",
  "Alerte : virement reçu",
  """Un virement de 240,00 EUR a été crédité sur votre compte ****4471.
Émetteur : M. LEFEBVRE JEROME
Libellé : FACT 2025-0147

Crédit Agricole Centre Loire - Service alertes""", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_fr_newsletter_fede", "fr", [], "Fédération Francophone des Coachs <lettre@coachs-federation.fr>",
  "La lettre des coachs - Mars 2026 : le point sur le RGPD pour les indépendants",
  """La lettre des coachs - Mars 2026

Dossier du mois : RGPD, ce que tout coach indépendant doit savoir
- Comment répondre à une demande d'accès ou d'effacement ?
- Combien de temps conserver les notes de séance ?
- Modèle de registre des traitements à télécharger

Agenda : journée régionale Centre-Val de Loire le 14 avril à Tours.

Vous recevez cette lettre car vous êtes adhérente. Se désinscrire : https://coachs-federation.fr/desinscription""",
  shape="alt", hdr={"List-Unsubscribe": "<mailto:desinscription@coachs-federation.fr>, <https://coachs-federation.fr/desinscription?id=5521>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("ng_auto_fr_newsletter_malt", "fr", [], "Canva <marketing@engage.canva.com>",
  "Sandra, de nouveaux modèles pour vos ateliers",
  """Bonjour Sandra,

Découvrez nos nouveaux modèles de présentations et de flyers pour les pros du bien-être.

Modifier vos préférences e-mail | Se désabonner
Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australie""",
  shape="html", hdr={"List-Unsubscribe": "<https://www.canva.com/unsubscribe?e=sandra.delomenie%40orange.fr>", "Precedence": "bulk"})

M("ng_own_fr_confirm_erasure", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Confirmation de suppression de vos données",
  """Bonjour Hélène,

Suite à votre demande du 10 mars, je vous confirme que votre fiche client, vos questionnaires et votre adresse ont été supprimés de mes fichiers et de la plateforme Systeme.io. Les factures sont conservées 10 ans, conformément à mes obligations comptables.

Belle continuation,
Sandra Delomenie
Floraison de Soi""", to="Hélène Faucheux <helene.faucheux@sfr.fr>")
# NEAR-LINE: her own sent mail confirming an erasure -> negative.

M("ng_own_fr_access_answer", "fr", [], "Floraison de Soi <contact@floraisondesoi.fr>",
  "Votre demande d'accès à vos données",
  """Bonjour Monsieur Meunier,

Suite à votre message, vous trouverez ci-joint l'ensemble des informations vous concernant que je conserve : votre fiche de contact et les deux factures de 2021. Je n'ai pas conservé de notes de séance.

Si vous souhaitez qu'elles soient rectifiées ou supprimées, il vous suffit de me le dire.

Sandra Delomenie""", to="Patrick Meunier <pmeunier@club-internet.fr>", att=[("donnees_P_Meunier.pdf", "application/pdf")])

M("ng_own_fr_newsletter_copy", "fr", [], "Floraison de Soi <contact@floraisondesoi.fr>",
  "La lettre de décembre",
  """Floraison de Soi - La lettre de décembre

Bonjour à toutes et à tous,

Décembre, le mois où l'on range, où l'on trie, où l'on fait de la place. Et si on effaçait la liste des "il faudrait" pour écrire celle des "j'ai envie" ?

Prochain cercle : samedi 13 décembre.

Pour ne plus recevoir cette lettre, cliquez ici.""",
  to="Floraison de Soi <contact@floraisondesoi.fr>", shape="alt",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>", "Precedence": "bulk"})

M("ng_auto_fr_orange_privacy", "fr", [], "Orange <information@orange.fr>",
  "Évolution de notre politique de protection des données personnelles",
  """Chère cliente, cher client,

Nous faisons évoluer notre politique de protection des données personnelles. Vous pouvez à tout moment exercer vos droits d'accès, de rectification, d'effacement ou d'opposition depuis votre Espace Client, rubrique "Mes données personnelles".

Orange SA - 111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux""",
  shape="html", hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://r.orange.fr/unsub?id=7f12>"})

M("ng_spam_fr_rgpd_fine", "fr", [], "Service Conformité RGPD <contact@conformite-rgpd-pro.fr>",
  "URGENT : votre entreprise n'est pas en conformité RGPD - sanction jusqu'à 20 M€",
  """Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr ne respecte pas les obligations du Règlement Général sur la Protection des Données (RGPD). Vous êtes passible d'une amende pouvant aller jusqu'à 20 millions d'euros.

Pour régulariser votre situation, remplissez le formulaire de mise en conformité sous 72 heures et réglez les frais de dossier de 349 € HT.

Service Conformité RGPD
Cet e-mail ne vaut pas notification officielle. Pour ne plus recevoir nos messages, répondez STOP.""",
  shape="html_qp")

M("ng_spam_fr_cnil_phishing", "fr", [], "CNIL - Service des contrôles <controle@cnil-gouv-fr.info>",
  "Notification de contrôle - Dossier n°CN-2025-88412",
  """Madame DELOMENIE,

Un signalement a été déposé à l'encontre de votre entreprise concernant le traitement des données personnelles de vos clients.

Afin d'éviter une procédure de sanction, veuillez télécharger le formulaire ci-joint et le retourner complété avec une copie de votre registre des traitements.

Service des contrôles""", att=[("Formulaire_CNIL_CN-2025-88412.pdf.zip", "application/zip")])

# =====================================================================
# NEGATIVES - ENGLISH (client mail + automatic)
# =====================================================================
M("ng_en_ps_booking_parking", "en", [], "Amy Whitfield <amy.whitfield@gmail.com>",
  "Re: Your session is confirmed",
  """Hi Sandra,

Great, see you Tuesday.

P.S. Is there somewhere to leave a bike near your office? I'll be cycling over from the campsite.

Amy""",
  quote=("gmail", S, "Fri, 6 Jun 2025 at 09:12", "Hello Amy,\nYour session is confirmed for Tuesday 10 June at 2pm, 46 rue d'Estienne d'Orves.\nSandra"))

M("ng_en_thanks_testimonial_ok", "en", [], "Paul Jennings <paul.jennings@gmail.com>",
  "Thank you!",
  """Sandra,

Thank you for a brilliant six months. Feel free to use my comments on your website as a testimonial - first name and country only, please.

Paul""")

M("ng_en_invoice_deleted_resend", "en", [], "Claire Dawson <claire.dawson@outlook.com>",
  "Invoice",
  """Hi Sandra,

Embarrassing - I deleted your email with the invoice while clearing my inbox. Could you resend it? I'll pay straight away.

Thanks,
Claire""")

M("ng_en_newsletter_reply_forwarded", "en", [], "Ian Murray <ian.murray@gmail.com>",
  "RE: Newsletter",
  """Loved this one. I've forwarded it to my wife - she might sign up for the English workshop.
Ian""",
  quote=("outlook", SC, "Tuesday, 14 October 2025 07:00", NEWS_EN, "Newsletter"))

M("ng_en_reschedule", "en", [], "Lucy Palmer <lucy.palmer@gmail.com>",
  "Can we change Thursday?",
  """Hi Sandra, something's come up at work - could we change Thursday's session to next Monday? Any time after 3 works. Sorry! Lucy""")

M("ng_en_subject_delete_slot", "en", [], "George Harper <george.harper@gmail.com>",
  "Delete Tuesday?",
  """Hi Sandra,

We talked about it on the phone - the builders are coming Tuesday so I can't do our session. Let's just skip that one and see each other the week after.

George""")
# NEAR-LINE: "Delete" in subject refers to an appointment -> negative.

M("ng_en_receipt_copy", "en", [], "Emma Lawson <emma.lawson@gmail.com>",
  "Receipt for my insurer",
  """Hello Sandra,

My insurer asks for a copy of the receipt for the sessions in March and April. Could you send me one? Many thanks,
Emma""")
# NEAR-LINE: copy of a receipt -> ordinary document request, not access.

M("ng_en_cant_access_portal", "en", [], "Chris Newman <chris.newman@gmail.com>",
  "Can't get into my course",
  """Hi, I can't access my course area - the password reset email never arrives. Could you reset my access? Thanks, Chris""")

M("ng_en_close_account_only", "en", [], "Sam Whitaker <sam.whitaker@gmail.com>",
  "Please close my account",
  """Hi Sandra, I've finished the course and won't need the platform any more - please close my account. Thanks for everything! Sam""")
# NEAR-LINE: close my account alone, no data mentioned -> negative.

M("ng_en_wife_husband_data", "en", [], "Karen Bishop <karen.bishop@gmail.com>",
  "My husband's sessions",
  """Dear Sandra,

My husband Neil has been seeing you for a few months. He won't tell me anything. Could you send me a copy of your notes on him? I'm worried about him.

Karen Bishop""")
# NEAR-LINE: spouse asking for a living adult's data -> negative.

M("ng_en_retention_question", "en", [], "Olivia Grant <olivia.grant@gmail.com>",
  "Quick question",
  """Hi Sandra,

Before I book: how long do you keep clients' notes after coaching ends? And are they stored on paper or online? Just want to understand before I start.

Olivia""")

M("ng_en_thanks_above_deletion_confirm", "en", [], "Priya Nair <priya.nair@gmail.com>",
  "Re: Course account",
  """Thanks Sandra, much appreciated. All the best!
Priya""",
  quote=("gmail", S, "Wed, 9 Apr 2025 at 16:10", "Hi Priya,\nDone: your account and data have been deleted from the platform and my files.\nSandra\n\nOn Tue, 8 Apr 2025 at 21:33, Priya Nair wrote:\n> Please delete my account and all my data. Thanks, Priya"))
# NEAR-LINE: thank-you above quoted erasure request -> negative.

M("ng_en_already_unsubscribed", "en", [], "Mark Ellison <mark.ellison@gmail.com>",
  "Newsletter",
  """Hi Sandra - just so you know I've unsubscribed from the newsletter using the link, no need to do anything. Nothing personal, inbox detox! Best, Mark""")
# NEAR-LINE: informs that he unsubscribed himself; nothing asked -> negative.

M("ng_en_remove_from_workshop", "en", [], "Beth Holloway <beth.holloway@gmail.com>",
  "Re: Reminder: online workshop Thursday",
  """Hi Sandra, I can't make Thursday after all - please take me off the attendee list and give my spot to someone on the waiting list. Sorry! Beth""",
  quote=("gmail", SC, "Tue, 18 Nov 2025 at 18:00", "Reminder: the English-language online workshop is on Thursday 20 November at 7pm Paris time.\nSandra"))
# NEAR-LINE: withdrawing from a workshop -> negative.

M("ng_en_slides_copy", "en", [], "Daniel Price <daniel.price@gmail.com>",
  "Slides?",
  """Hi Sandra, could you send a copy of the slides from Thursday's webinar? I'd like to go over the model again. Thanks! Dan""")

M("ng_en_exported_notes_myself", "en", [], "Anna Kowalski <anna.kowalski@gmail.com>",
  "Export worked",
  """Hi Sandra, just to say your tip worked - I exported all my notes from the course platform as a PDF. Brilliant. Anna""")

M("ng_en_mood_data_attached", "en", [], "Joe Sullivan <joe.sullivan@gmail.com>",
  "My mood data",
  """Hi Sandra,

As you suggested I've been tracking my mood every evening - attached is the data for the last month. Some interesting patterns around Sundays!

See you Wednesday,
Joe""", att=[("mood_tracker_oct.csv", "text/csv")])

M("ng_en_right_curious", "en", [], "Rachel Green <rachel.green@gmail.com>",
  "GDPR question",
  """Hi Sandra,

Not a request, just curious: under GDPR, would I be entitled to a copy of the notes you take during our sessions, or are they considered your personal working notes?

Rachel""")
# NEAR-LINE: explicitly a question about how the right works.

M("ng_en_friend_gdpr_advice", "en", [], "Molly Hart <molly.hart@gmail.com>",
  "GDPR for my yoga studio?",
  """Hi Sandra!

I'm launching my yoga classes in Châteauroux and someone told me I need a privacy policy and a "register" for GDPR. How did you do yours? Did you use a template? Coffee next week?

Molly""")

M("ng_en_cancel_subscription", "en", [], "Helen Carr <helen.carr@gmail.com>",
  "Monthly membership",
  """Hi Sandra, I'd like to cancel my monthly membership from next month - please stop the payments. I loved it, just need to cut back. Helen""")

M("ng_en_add_colleague", "en", [], "Tessa Grey <tessa.grey@gmail.com>",
  "Newsletter for a colleague",
  """Hi Sandra, my colleague Ruth would like to receive your English newsletter - could you add her? ruth.obi@gmail.com. Thanks! Tessa""")

M("ng_en_sister_brother_data", "en", [], "Laura Bennett <laura.bennett@gmail.com>",
  "My brother Tom",
  """Hello,

My brother Tom Bennett (38) saw you last year. He's not coping well and won't talk to us. Could you tell me what he discussed with you, or at least whether he's still a client?

Laura""")
# NEAR-LINE: relative asking about a living adult's data -> negative.

M("ng_en_cnil_complaint_copy", "en", [], "Marcus Webb <marcus.webb@protonmail.com>",
  "FW: Complaint submitted to the CNIL",
  """FYI - I've submitted the complaint below to the CNIL.

Marcus""",
  quote=("fwd", "Marcus Webb <marcus.webb@protonmail.com>", "Mon, 7 Jul 2025 at 09:14",
         "To the CNIL,\nI wish to complain about Floraison de Soi (Sandra Delomenie), which did not answer my request to restrict the use of a session summary within one month.\nMarcus Webb"))
# NEAR-LINE: copy of a CNIL complaint -> negative per policy.

M("ng_en_workbook_typo", "en", [], "Sophie Clarke <sophie.clarke@gmail.com>",
  "Typo in the workbook",
  """Hi Sandra, small thing: the English workbook says "wheel of live" on page 3 instead of "wheel of life". Might want to correct it before the next group! Sophie""")

M("ng_en_fr_inside_en_thanks", "en", [], "Hannah Price <hannah.price@gmail.com>",
  "Thanks for the workshop!",
  """Hi Sandra,

Thank you for Saturday, it was lovely. Petite remarque en français (je m'entraîne !) : j'ai bien reçu tous vos SMS de rappel, c'était très pratique.

See you soon,
Hannah""")

M("ng_en_thank_you_last_line_newsletter_yes", "en", [], "Tom Baxter <tom.baxter@gmail.com>",
  "Thank you",
  """Sandra,

Just a note to say thanks. I took the job in the end and I'm loving it.

Do keep me on the newsletter - I like the monthly reminder to slow down.

Tom""")

# ---- automatic EN ----
M("ng_auto_en_bounce", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to o.grant@meridian-partners.co.uk because the address couldn't be found, or is unable to receive mail.
""", kind="bounce",
  dsn="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; o.grant@meridian-partners.co.uk\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: o.grant@meridian-partners.co.uk\nSubject: Re: New email address\nDate: Mon, 12 May 2025 09:00:00 +0200\n",
  hdr={"Auto-Submitted": "auto-replied"})

M("ng_auto_en_ooo", "en", [], "Joanna Pryce <joanna.pryce@btinternet.com>",
  "Automatic reply: Your data request",
  """Thank you for your email. I am out of the office until Monday 8 September with limited access to email. For urgent matters please contact my assistant.

Joanna Pryce""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
# NEAR-LINE: auto-reply whose subject mentions a data request -> negative.

M("ng_auto_en_ooo2", "en", [], "Harriet Cole (Cole & Wainwright) <h.cole@colewainwright.co.uk>",
  "Out of Office: Our client: Mr James Thornton",
  """I am currently on annual leave, returning on 3 November. Your message will not be forwarded.

Cole & Wainwright LLP is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.""",
  shape="html", hdr={"Auto-Submitted": "auto-replied"})

M("ng_auto_en_stripe_payment", "en", [], "Stripe <notifications@stripe.com>",
  "Payment of €240.00 from Jérôme Lefebvre",
  """You received a payment of €240.00 from j.lefebvre@free.fr.

Payment details
Amount: €240.00
Description: Facture 2025-0147
Card: Visa •••• 4242

View payment in your Dashboard.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_en_stripe_payout", "en", [], "Stripe <notifications@stripe.com>",
  "Your payout of €1,284.50 is on the way",
  """Your payout of €1,284.50 is on its way to your bank account ending in 4471 and should arrive by Tuesday.

Stripe""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_en_stripe_dispute", "en", [], "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a €95.00 payment (ch_3PQx72). Reason: "Product not received".

Respond by 14 December 2025 with evidence to contest the dispute. If you don't respond, the dispute will be decided in the customer's favour.

Stripe""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_en_zoom_recording", "en", [], "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Online workshop (EN) is now available",
  """Hi Sandra,

Your cloud recording is now available.
Topic: Online workshop (EN)
Date: 20 Nov 2025 07:00 PM Paris

Recordings will be deleted automatically after 30 days per your account settings.

Zoom""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_en_zoom_data_notice", "en", [], "Zoom <no-reply@zoom.us>",
  "Updates to Zoom's Privacy Statement",
  """We're updating our Privacy Statement, effective 1 March 2026. The update clarifies how we process personal data, including your rights to access, delete and export your data under the GDPR.

You can read the updated Privacy Statement on our website. No action is required.

Zoom Communications, Inc.""", shape="html", hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://zoom.us/unsubscribe?id=a7c2>"})

M("ng_auto_en_calendly_rescheduled", "en", [], "Calendly <notifications@calendly.com>",
  "Rescheduled: Daniel Okafor - Coaching call 1h",
  """Hi Sandra,

An event has been rescheduled.
Invitee: Daniel Okafor (daniel.okafor@gmail.com)
Former: Thursday 6 March 2025 10:00 (Paris)
New: Friday 7 March 2025 10:00 (Paris)
Reason: "work travel"

View event in Calendly""", shape="alt", att=[("invite.ics", "text/calendar")], hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_en_google_analytics_retention", "en", [], "Google Analytics <analytics-noreply@google.com>",
  "[Action may be required] Data retention settings for floraisondesoi.fr",
  """Hi Sandra,

We're writing to let you know that user-level data in your Google Analytics 4 property "floraisondesoi.fr" will be deleted according to your data retention setting (2 months). You can review this setting in Admin > Data Settings > Data Retention.

Google LLC""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

M("ng_auto_en_newsletter_icf", "en", [], "Coaching World <newsletter@coachingworld.example.org>",
  "This week: handling client data requests with confidence",
  """Coaching World Weekly

- Handling client data requests (access, deletion, portability) with confidence
- Five questions to ask before recording a session
- Webinar: ethics and confidentiality in online coaching

You are receiving this because you subscribed at coachingworld.example.org. Unsubscribe | Manage preferences""",
  shape="alt", hdr={"List-Unsubscribe": "<https://coachingworld.example.org/unsub?u=221>", "List-Id": "Coaching World Weekly <weekly.coachingworld.example.org>", "Precedence": "bulk"})

M("ng_auto_en_calendly_privacy", "en", [], "Calendly <privacy@calendly.com>",
  "We're updating our Data Processing Addendum",
  """Hello,

We are updating our Data Processing Addendum (DPA) and list of sub-processors, effective 15 January 2026. These changes reflect new EU Standard Contractual Clauses. If you object to a new sub-processor, you may contact privacy@calendly.com within 30 days.

The Calendly Team""", shape="html", hdr={"Precedence": "bulk"})

M("ng_spam_en_gdpr_audit", "en", [], "GDPR Compliance Team <audit@eu-gdpr-compliance-check.com>",
  "Final notice: GDPR audit of floraisondesoi.fr",
  """Dear Business Owner,

Our automated scan found 7 GDPR violations on your website, including missing cookie consent and no data deletion procedure. Fines can reach 4% of annual turnover.

Book your compliance audit today for only €199. Reply REMOVE to stop receiving these messages.

EU GDPR Compliance Check""", shape="html_qp")

M("ng_spam_en_phish_data_export", "en", [], "Systeme.io Support <support@systerne-io.com>",
  "Your account data export request",
  """Hello,

We received a request to export and delete all data from your account. If this wasn't you, verify your identity within 24 hours to cancel the request:

https://systerne-io.com/verify

Systeme.io Security""", shape="html")
# NEAR-LINE: phishing using "export/delete data" wording -> negative.

