# Parents and legal guardians of minors exercising rights for the child (all requests).
from common import M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, q, gmail_fr, gmail_en, apple_fr, outlook_fr, fwd_fr

RECORDS = [

M("b32-par-mere-dossier-fils-15", ["access"], "fr",
  "Karine Leblanc <karine.leblanc@gmail.com>", "2025-01-20 12:47",
  "Dossier de mon fils Mathis (15 ans)",
  """Bonjour Madame Deloménie,

Mon fils Mathis Leblanc, 15 ans, a suivi avec vous le coaching "méthodo et motivation" entre septembre et décembre. Il a beaucoup progressé, merci.

En tant que sa mère et représentante légale, je souhaiterais recevoir une copie de l'ensemble des éléments que vous avez conservés le concernant : fiches de suivi, résultats des tests (notamment le test sur les styles d'apprentissage), et les bilans de séance. Mathis est d'accord, on en a parlé ensemble.

Je joins ma pièce d'identité et une copie du livret de famille.

Bien cordialement,
Karine Leblanc""",
  attach=[("CNI_K_Leblanc.pdf", "pdf", "Carte nationale d'identite - Karine Leblanc"),
          ("livret_famille.pdf", "pdf", "Livret de famille - page enfant")]),

M("b32-par-pere-effacer-fille-16", ["erasure"], "fr",
  "Stéphane Girard <s.girard@cabinet-girard-expertise.fr>", "2025-03-17 07:58",
  "Fin du coaching de Léna – suppression des données",
  """Bonjour,

Léna a décidé d'arrêter le coaching, ce que nous respectons. Sa maman et moi souhaitons que l'ensemble des données la concernant soient supprimées de vos fichiers : fiche d'inscription, notes de séances, questionnaires, ainsi que son compte sur votre plateforme en ligne.

Léna a 16 ans ; je suis son père et j'exerce l'autorité parentale conjointement avec sa mère, qui est en copie de ce message.

Merci de nous confirmer la suppression.

Stéphane Girard
--
Stéphane Girard – Expert-comptable
Cabinet Girard Expertise – 2 bd Stalingrad, 36000 Châteauroux""",
  cc="Aurélie Girard <aurelie.girard@gmail.com>"),

M("b32-par-photo-fille-facebook", ["withdraw_consent"], "fr",
  "Amandine Petitjean <amandine.petitjean@yahoo.fr>", "2025-04-08 22:05",
  "Photo de ma fille sur votre page",
  """Bonsoir Sandra,

Lors de l'inscription de Zoé (14 ans) à l'atelier "Gérer son stress avant le brevet", j'avais coché la case autorisant l'utilisation de photos pour votre communication.

Je reviens sur cette autorisation : Zoé n'est pas à l'aise avec la photo publiée sur Facebook et Instagram où on la voit en gros plan, et franchement moi non plus maintenant que je la vois. Merci de la retirer et de ne plus utiliser son image à l'avenir.

Pour le reste, tout va bien, elle a adoré l'atelier.

Amandine"""),

M("b32-par-orthographe-prenom", ["rectification"], "fr",
  "Famille Nguyen <nguyen.thi.lan@gmail.com>", "2025-06-11 13:26",
  "Erreur sur le nom de notre fils",
  """Bonjour Madame,

Notre fils est inscrit au stage d'été pour adolescents. Sur la confirmation d'inscription et sur l'attestation de l'an dernier, son prénom est écrit "Minh" alors qu'il s'écrit "Minh-Khoa", et sa date de naissance indiquée est le 03/11/2011 au lieu du 11/03/2011.

Merci de bien vouloir corriger ces informations dans son dossier, c'est important pour nous car l'attestation est jointe à son dossier scolaire.

Bien cordialement,
Lan Nguyen (maman de Minh-Khoa)"""),

M("b32-par-newsletter-ado-13", ["objection"], "fr",
  "Delphine Caron <delphine.caron@orange.fr>", "2025-02-25 19:32",
  "Newsletter reçue par mon fils",
  """Bonjour,

Mon fils Noah, 13 ans, a participé à votre atelier du mercredi et depuis il reçoit votre newsletter et vos offres promotionnelles sur sa propre adresse (noah.caron2012@gmail.com). Il n'a pas l'âge de s'abonner à quoi que ce soit et je ne souhaite pas qu'il reçoive de la publicité.

Merci de retirer son adresse de votre liste de diffusion.

Delphine Caron""",
  fmt="alt"),

M("b32-par-mum-export-son-course", ["portability"], "en",
  "Jessica Holloway <jess.holloway@gmail.com>", "2025-05-06 16:11",
  "Oliver's course progress - export please",
  """Hello Sandra,

My son Oliver (16) has been doing your online study-skills course. We're moving him to a tutor in Tours who uses her own platform, and she'd like to see what he's already completed.

Could you please send me Oliver's data from the course - modules completed, quiz scores, the reflection exercises he submitted - in a format she can import or at least reuse, e.g. CSV or a spreadsheet? If it's easier you could send it directly to her: m.lefevre.tutorat@gmail.com.

I'm his mother and the account is in my name for billing.

Thanks a lot,
Jessica Holloway"""),

M("b32-par-pere-separe-qui-a-vu", ["access"], "fr",
  "Franck Aubert <franck.aubert@laposte.net>", "2025-07-15 10:40",
  "Demande d'informations – dossier de ma fille Inès Aubert",
  """Madame,

Je suis le père d'Inès Aubert, 12 ans. Sa mère et moi sommes séparés et j'exerce l'autorité parentale conjointe (jugement joint).

Sa mère l'a inscrite à un accompagnement chez vous sans m'en informer. Sans remettre en cause cet accompagnement, je souhaite savoir quelles données vous détenez concernant Inès, d'où elles proviennent, et à qui elles ont éventuellement été transmises (école, médecin, autre professionnel).

Je vous remercie de me répondre par écrit à cette adresse.

Franck Aubert
22 rue Périgois, 36000 Châteauroux""",
  attach=[("jugement_JAF_extrait.pdf", "pdf", "Extrait jugement JAF - autorite parentale conjointe"),
          ("piece_identite_F_Aubert.jpg", "jpg")]),

# NEAR-LINE: the mother contests a sentence in her son's bilan and asks that it no longer be used
# until it is sorted out; contesting accuracy + pausing use is restriction only (no new value given).
M("b32-par-conteste-note-tda", ["restriction"], "fr",
  "Valérie Simonin <valerie.simonin@gmail.com>", "2025-10-02 08:29",
  "Bilan de Lucas – mention que je conteste",
  """Bonjour Madame Deloménie,

J'ai lu le bilan de fin d'accompagnement de Lucas (14 ans). Il y est écrit qu'il "présente probablement un trouble de l'attention". Aucun diagnostic n'a jamais été posé par un médecin et je conteste cette mention.

En attendant que nous en parlions, je vous demande de ne plus utiliser ce bilan, de ne le transmettre à personne (ni au collège ni à l'orthophoniste) et de le garder de côté. Je ne demande pas qu'il soit supprimé pour l'instant.

Je suis disponible pour un appel la semaine prochaine.

Valérie Simonin"""),

M("b32-par-maman-belge-video-tout", ["erasure", "withdraw_consent"], "fr-BE",
  "Sarah Dewitte <sarah.dewitte@skynet.be>", "2025-08-27 21:14",
  "Vidéo de Jules + ses données",
  """Bonjour Madame,

Mon fils Jules (11 ans) a participé au stage de juillet à Issoudun, pendant nos vacances chez sa mamy. J'avais donné mon accord pour la vidéo de fin de stage, mais je retire cet accord : je ne souhaite pas que la vidéo où il parle soit publiée, ni sur le site ni sur YouTube.

Et tant qu'à faire, comme il ne reviendra pas l'année prochaine (nous habitons à Liège), je vous demande d'effacer toutes les données que vous avez sur lui : fiche d'inscription, fiche santé, photos.

Merci d'avance et bonne fin d'été,
Sarah Dewitte
Liège"""),

M("b32-par-dad-health-questionnaire", ["access", "withdraw_consent"], "en",
  "Daniel Mercer <dan.mercer@protonmail.com>", "2025-11-12 07:46",
  "Amelia Mercer (12) - health questionnaire",
  """Dear Ms Deloménie,

When my wife enrolled our daughter Amelia (12) in your group workshop, she filled in a health questionnaire about Amelia's anxiety and the medication she takes, and ticked the consent box for you to use it.

I am withdrawing that consent on Amelia's behalf: please don't use that health information any further. I'd also like to receive a copy of the questionnaire as it was filled in and anything else you hold about Amelia, as my wife doesn't remember exactly what she wrote.

We're both her parents and my wife agrees with this request.

Best regards,
Daniel Mercer""",
  cc="Sophie Mercer <sophie.mercer@protonmail.com>"),

# NEAR-LINE: the mother also says 'supprimer l'ancien' numéro, but she replaces it with the new value -> rectification only.
M("b32-par-nouveau-numero-ado", ["rectification"], "fr",
  "Nadia Belkacem <nadia.belkacem@hotmail.fr>", "2025-09-15 18:02",
  "changement de numéro pour Yanis",
  """Bonjour Sandra,

Yanis a changé de téléphone et de numéro (il s'est fait voler l'ancien). Pour les rappels de séance par SMS, merci de remplacer le 07 81 22 45 09 par son nouveau numéro : 07 66 03 18 72.

Et pensez à supprimer l'ancien, on ne sait pas qui l'a récupéré...

Merci !
Nadia, la maman de Yanis"""),

M("b32-par-suisse-opposition-enquetes", ["objection"], "fr-CH",
  "Christophe et Anne Favre <favre.famille@sunrise.ch>", "2025-12-03 14:55",
  "Opposition – notre fils Elias",
  """Madame,

Notre fils Elias (15 ans) a suivi votre programme en ligne pour adolescents. Nous constatons qu'il reçoit régulièrement des questionnaires de satisfaction et des invitations à des webinaires.

En tant que parents, nous nous opposons à l'utilisation de ses coordonnées pour les enquêtes de satisfaction et pour toute communication promotionnelle. Le programme est terminé, nous n'en voyons plus l'utilité.

Avec nos salutations distinguées,
Christophe et Anne Favre
Lausanne"""),

M("b32-par-tests-psychologue", ["access", "portability"], "fr",
  "Émilie Fontaine <emilie.fontaine@free.fr>", "2026-01-08 11:20",
  "Tests de Chloé – transmission à la psychologue scolaire",
  """Bonjour Madame Deloménie,

La psychologue de l'Éducation nationale qui suit Chloé (13 ans) aimerait disposer des résultats des tests que vous lui avez fait passer (profil de motivation, questionnaire d'estime de soi). Pourriez-vous me les transmettre sous un format réutilisable, un tableur ou un fichier CSV, qu'elle puisse les reprendre dans ses outils ?

Et, par la même occasion, j'aimerais savoir ce que vous conservez d'autre sur Chloé, pour avoir une vue d'ensemble.

Merci beaucoup,
Émilie Fontaine"""),

M("b32-par-mdph-geler", ["restriction"], "fr",
  "Pascal Roux <pascal.roux@sfr.fr>", "2026-02-04 09:12",
  "Dossier de mon fils – ne rien supprimer svp",
  """Bonjour,

Notre fils Timéo (10 ans) a terminé l'accompagnement avec vous. Nous sommes en train de monter un dossier MDPH et il est possible que nous ayons besoin de vos bilans dans les mois qui viennent.

Je vous demande donc de ne rien supprimer, mais de ne plus utiliser ses données pour quoi que ce soit d'autre (pas de relances, pas d'exemple anonymisé dans vos formations, rien), le temps que la procédure aboutisse.

Bien à vous,
Pascal Roux, papa de Timéo"""),

M("b32-par-mama-espanola-borrar", ["erasure"], "en-nonnative",
  "Lucía Fernández <lucia.fernandez.ruiz@gmail.com>", "2025-06-30 22:41",
  "delete data of my son Pablo",
  """Hello Sandra,

I am the mother of Pablo Fernández, he have 14 years and he did the english summer workshop with you last year when we lived in Issoudun. Now we are back in Valencia.

Please can you delete all the informations of Pablo in your files and in the online platform? Also the photos. He dont need the account anymore.

Thank you very much and sorry for my english.
Lucía"""),

M("b32-par-quebec-audio", ["withdraw_consent"], "fr-CA",
  "Marie-Ève Tremblay <marieeve.tremblay@hotmail.com>", "2025-10-20 15:33",
  "Enregistrements des séances d'Olivia",
  """Bonjour Sandra,

Je reviens sur l'autorisation que j'ai signée pour l'enregistrement audio des séances d'Olivia (14 ans). Elle m'a dit que ça la gêne de savoir qu'elle est enregistrée, et que ça l'empêche de parler librement.

Donc je retire mon consentement pour les enregistrements : on continue les séances, mais sans enregistrer, et les enregistrements déjà faits ne doivent plus servir.

Merci pis bonne semaine!
Marie-Ève"""),

M("b32-par-informel-effacer-fille", ["erasure"], "fr-informal",
  "sandrine.b <sandrine.bertin36@gmail.com>", "2025-11-25 13:07",
  "effacer donnees",
  """bonjour madame
pouvez vous effacer les donnees de ma fille Lou Bertin elle a 13 ans, elle est venue a l atelier estime de soi en mars. elle veut plus que son nom soit sur vos listes et moi non plus
merci
Sandrine Bertin
envoyé de mon tel"""),

M("b32-par-grandmere-tutrice", ["access"], "fr",
  "Monique Perrot <monique.perrot@orange.fr>", "2026-03-03 15:45",
  "Demande de copie du dossier de mon petit-fils",
  """Madame,

Je suis la tutrice légale de mon petit-fils, Enzo Perrot, âgé de 14 ans, depuis le jugement du tribunal judiciaire de Châteauroux du 5 mai 2024 (ses parents n'ont plus l'autorité parentale). Je vous joins la copie du jugement de tutelle.

Enzo a été suivi par vous à la demande de son éducatrice en 2025. Je souhaite recevoir la copie de l'ensemble des informations écrites que vous avez sur lui.

Je vous remercie,
Monique Perrot
La Tuilerie, 36100 Saint-Aoustrille""",
  attach=[("jugement_tutelle_Enzo.pdf", "pdf", "Jugement - ouverture de tutelle mineur Enzo Perrot")],
  cte="quoted-printable"),

M("b32-par-desinscrire-et-effacer", ["erasure", "objection"], "fr",
  "Laure Dufresne <laure.dufresne@gmail.com>", "2025-05-27 20:19",
  "Rose Dufresne – liste de diffusion",
  """Bonjour,

Ma fille Rose (15 ans) reçoit vos mails commerciaux sur son adresse personnelle depuis l'atelier de février. Merci de la retirer de la liste de diffusion, et de supprimer complètement son contact et ses informations de vos fichiers, elle n'a plus rien en cours avec vous.

Cordialement,
Laure Dufresne""",
  fmt="html"),

# NEAR-LINE: the father asks for a correction (new value given) AND to stop using the questionnaire
# until it is fixed; both rectification and restriction are labelled.
M("b32-par-father-birth-year-freeze", ["rectification", "restriction"], "en",
  "Mark Ellison <mark.ellison@outlook.com>", "2025-07-08 09:05",
  "Noah's file - wrong birth year",
  """Hi Sandra,

I noticed on Noah's intake form (the one you sent back for checking) that his year of birth is recorded as 2008. It's 2010 - he's 15, not 17, which matters because some of the questions in your assessment are scored by age band.

Please correct it to 2010, and in the meantime don't use his assessment results or share them with his school until the scoring has been redone with the right age.

Thanks,
Mark Ellison (Noah's dad)"""),

M("b32-par-photo-qui-a-vu", ["access", "withdraw_consent"], "fr",
  "Caroline Jacquet <caroline.jacquet@icloud.com>", "2026-04-14 12:31",
  "Autorisation photo – Maël",
  """Bonjour Madame Deloménie,

Je retire l'autorisation de diffusion de l'image de mon fils Maël (12 ans) que j'avais signée au stage de Pâques l'an dernier. Merci de retirer les photos de lui partout où elles apparaissent.

J'aimerais aussi savoir à qui ces photos ont été transmises ou montrées : uniquement votre site ? Les réseaux ? Le groupe WhatsApp des parents ? Un partenaire ? Un camarade de classe m'a dit l'avoir vu sur une affiche.

Merci de votre retour,
Caroline Jacquet

Envoyé de mon iPhone"""),

M("b32-par-transfert-nouvelle-coach", ["portability"], "fr",
  "Benoît Lemaire <benoit.lemaire@gmail.com>", "2025-12-16 17:48",
  "Transfert du dossier de Léo à Mme Roux",
  """Bonjour Sandra,

Comme convenu au téléphone, Léo (16 ans) va poursuivre son accompagnement à Tours avec Mme Carole Roux, plus proche de son internat. Elle nous demande si vous pourriez lui transférer directement les éléments de suivi de Léo (questionnaires remplis, résultats des tests, objectifs fixés), idéalement dans un format numérique qu'elle peut réutiliser.

Son adresse : carole.roux.coaching@gmail.com

Merci encore pour tout ce que vous avez fait pour Léo.
Benoît Lemaire"""),

M("b32-par-opposition-bilan-collectif", ["objection"], "fr",
  "Agnès Morel <agnes.morel@laposte.net>", "2026-05-05 08:44",
  "Bilan collectif de l'atelier – prénom de ma fille",
  """Madame,

J'ai appris que vous réalisiez un bilan écrit de l'atelier de groupe destiné au collège, avec les prénoms des élèves et quelques phrases sur chacun.

Je m'oppose à ce que le prénom et les informations concernant ma fille Jeanne (13 ans, classe de 4e B) apparaissent dans ce document, ou dans tout autre document partagé avec l'établissement.

Merci de votre compréhension,
Agnès Morel"""),

M("b32-par-college-outil-export", ["portability"], "fr",
  "Thierry Vidal <thierry.vidal@wanadoo.fr>", "2026-06-09 21:17",
  "Export des données du parcours en ligne de Sacha",
  """Bonjour,

Le collège de Sacha (14 ans) met en place une nouvelle plateforme d'orientation et souhaite récupérer son parcours "Découvrir ses talents" fait chez vous l'an dernier.

Pouvez-vous m'envoyer l'export de ses données du parcours (réponses aux exercices, résultats du test de personnalité, badges obtenus) dans un format lisible par ordinateur, CSV ou JSON ? Le collège se charge ensuite de l'importer.

Merci,
Thierry Vidal""",
  cte="base64"),

M("b32-par-transmettre-puis-effacer", ["erasure", "portability"], "fr",
  "Hélène Barbier <helene.barbier@outlook.fr>", "2026-02-23 10:03",
  "RE: Fin d'accompagnement de Manon",
  """Bonjour Sandra,

Merci pour votre message et pour le bilan final.

Comme Manon (17 ans) continue avec l'orthophoniste de Bourges, pouvez-vous envoyer ses fiches de progression, dans un format numérique réutilisable, directement à l'orthophoniste (cabinet.orthophonie.bourges@gmail.com) ? Une fois que c'est fait, nous souhaitons que vous effaciez toutes les données de Manon de votre côté.

Bonne journée,
Hélène Barbier

""" + outlook_fr("Sandra Deloménie <sandra.delomenie@orange.fr>", "lundi 16 février 2026 18:40",
                 "Hélène Barbier <helene.barbier@outlook.fr>", "Fin d'accompagnement de Manon",
                 """Bonjour Hélène,

Voici en pièce jointe le bilan de fin d'accompagnement de Manon. Ce fut un plaisir de la voir prendre confiance séance après séance.

N'hésitez pas si vous avez des questions.

Sandra"""),
  in_reply_to="b32-sandra-bilan-manon"),

M("b32-par-maman-plus-de-mails-groupe", ["objection"], "fr-informal",
  "Sabrina Lopes <sabrina.lopes@live.fr>", "2025-10-28 07:21",
  "Jade",
  """Bonjour c'est la maman de Jade Lopes (15 ans)

Jade veut plus recevoir les mails et les relances pour les prochains ateliers, ni les messages promo. elle a fini son stage elle est contente mais ça suffit lol
Vous pouvez enlever son adresse de la liste ?

Merci bonne journée
Sabrina"""),

M("b32-par-changement-nom-judiciaire", ["rectification"], "fr",
  "Aline Carpentier <aline.carpentier@gmail.com>", "2026-04-27 14:09",
  "Changement de nom de famille de ma fille",
  """Bonjour Madame,

Suite à une décision de changement de nom (l'arrêté est joint), ma fille ne s'appelle plus Emma Rigaud mais Emma Carpentier. Elle a 12 ans et elle est inscrite à votre cercle "Paroles d'ados" du samedi.

Pourriez-vous mettre à jour son nom partout dans votre dossier : fiche d'inscription, liste de présence, compte sur la plateforme et attestations ? Elle tient beaucoup à ce que l'ancien nom n'apparaisse plus.

Merci,
Aline Carpentier""",
  attach=[("decision_changement_nom.pdf", "pdf", "Decision de changement de nom - Emma Carpentier")]),

# NEAR-LINE: Ava is 17, still a minor, and her mother writes as legal guardian with Ava in Cc -> access request (not an adult child).
M("b32-par-mom-teen-asked-copy", ["access"], "en",
  "Karen O'Neill <karen.oneill@gmail.com>", "2026-01-27 18:36",
  "Request for a copy of Ava's file",
  """Hi Sandra,

Ava (she's 17 now, turns 18 in August) asked me to write to you since I'm still her legal guardian for a few more months. She'd like a copy of everything you have on file about her from the coaching sessions - notes, the values exercise, the goals sheet, emails. She's applying to universities and wants to reread what she worked on.

Ava is copied here so you can see she's on board.

Thank you!
Karen O'Neill""",
  cc="Ava O'Neill <ava.oneill08@gmail.com>"),

M("b32-par-mom-what-unsub-delete", ["access", "erasure", "objection"], "en",
  "Laura Jennings <laura.jennings@gmail.com>", "2026-05-31 21:06",
  "My daughter Lily (14)",
  """Hi Sandra,

My daughter Lily (14) did the teen confidence workshop in March. Three things, as her mum:

- could you tell me what information you hold about her (and send me a copy)?
- please take her email off your mailing list, she keeps getting offers for new courses;
- after that, please delete her data altogether.

Thank you,
Laura Jennings""",
  fmt="alt"),

]
