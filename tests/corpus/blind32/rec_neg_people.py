# Negatives around other people's data: relatives, friends, colleagues, managers and HR asking about
# another LIVING adult without a mandate; family logistics; questions about how rights work;
# thank-yous above handled requests; consent given by parents.
from common import (M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, SIG_SANDRA, q, gmail_fr, gmail_en,
                    apple_fr, outlook_fr, outlook_en, fwd_fr, fwd_en)

RECORDS = [

M("b32-neg-epouse-ce-que-mari-dit", [], "fr",
  "Christine Bailly <christine.bailly@gmail.com>", "2025-01-23 22:36",
  "Mon mari, Éric Bailly",
  """Madame,

Mon mari Éric vient vous voir depuis septembre. Il ne me dit rien de ce qui se passe pendant les séances et je sens qu'il s'éloigne. Je suis sa femme depuis 22 ans, je pense avoir le droit de savoir.

Pouvez-vous me dire de quoi il vous parle, ou m'envoyer vos notes ? Je ne lui dirai pas que je vous ai écrit.

Christine Bailly"""),

# NEAR-LINE: a mother asks to delete her son's data; the son is 22, a living adult, and there is no
# mandate -> negative (relative about another adult), despite the erasure wording.
M("b32-neg-mere-fils-22-supprimer", [], "fr",
  "Marie-Pierre Cordier <mp.cordier@orange.fr>", "2025-02-14 09:53",
  "Données de mon fils",
  """Bonjour,

Mon fils Quentin Cordier, 22 ans, a fait votre formation en ligne l'année dernière. Il est parti travailler en Australie et ne s'occupe plus de rien ici.

Je préfère que vous supprimiez toutes ses données, son compte, etc., ça évitera qu'il reçoive des mails pour rien. Vous pouvez me répondre à moi.

Merci,
Marie-Pierre Cordier"""),

# NEAR-LINE: the daughter was 17 during the coaching but is now 18; the father no longer represents
# her -> negative, although he would have been a legitimate requester a year earlier.
M("b32-neg-pere-fille-18-bilan", [], "fr",
  "Laurent Vidal <laurent.vidal@sfr.fr>", "2025-03-21 18:14",
  "Bilan de ma fille Anaïs",
  """Bonjour Madame Deloménie,

Ma fille Anaïs a suivi votre coaching d'orientation de janvier à juin l'an dernier, c'est moi qui l'avais inscrite et qui ai tout payé. Elle a fêté ses 18 ans en février.

Elle ne veut pas me montrer son bilan final. Pourriez-vous m'en envoyer une copie ? En tant que payeur, il me semble normal d'y avoir accès.

Cordialement,
Laurent Vidal"""),

# NEAR-LINE: an unsubscribe request, but made by the husband for his adult wife without any mandate
# -> negative (relative about another living adult).
M("b32-neg-husband-unsub-wife", [], "en",
  "Greg Palmer <greg.palmer@gmail.com>", "2025-04-10 07:12",
  "Please stop emailing my wife",
  """Hi there,

My wife Linda Palmer gets your emails every couple of days and frankly she doesn't have time for them. Can you take her off your list? Her email is linda.palmer64@gmail.com.

She doesn't know I'm writing, she'd just say she'll get round to it.

Thanks,
Greg"""),

M("b32-neg-drh-presence-evaluations", [], "fr",
  "Nathalie Perrier – RH <n.perrier@menuiseries-berrichonnes.fr>", "2025-05-06 14:03",
  "Formation management – bilan des participants",
  """Bonjour Madame Deloménie,

Nos quatre chefs d'équipe ont suivi votre formation "Manager avec bienveillance" en mars et avril.

Pour préparer les entretiens annuels, pourriez-vous me transmettre pour chacun : les feuilles de présence signées, les résultats de l'autodiagnostic fait en début de formation et vos appréciations individuelles ? Notre directeur souhaite savoir qui s'est vraiment investi.

Merci d'avance,
Nathalie Perrier
Responsable RH – Menuiseries Berrichonnes
ZA La Malterie – 36100 Issoudun"""),

M("b32-neg-manager-notes-collaboratrice", [], "fr",
  "Hervé Langlois <herve.langlois@transports-langlois.fr>", "2025-06-03 17:41",
  "Coaching de Mme Renaudin",
  """Bonjour,

Nous avons financé le coaching individuel de Mme Aurélie Renaudin, notre responsable logistique. J'aimerais avoir un retour sur ses séances : ses points faibles, ce qu'elle a dit de l'équipe et de moi, et si elle envisage de quitter l'entreprise.

Pouvez-vous m'envoyer vos comptes rendus ? C'est l'entreprise qui paie.

Hervé Langlois
Directeur général – Transports Langlois"""),

# NEAR-LINE: looks like rectification (new email given) but it concerns a coworker, an adult who did
# not ask and gave no mandate -> negative.
M("b32-neg-colleague-fix-coworker-email", [], "en",
  "Simon Clarke <simon.clarke@abernethy-group.com>", "2025-06-26 10:27",
  "Wrong email for Raj on the training list",
  """Hi Sandra,

I noticed on the participant list for next week's training that my colleague Raj Mehta's email is still his old one (raj.mehta@abernethy-old.com). It should be rmehta@abernethy-group.com - could you change it so he gets the joining instructions?

He's on leave this week so I thought I'd let you know.

Simon"""),

M("b32-neg-amie-temoignage", [], "fr",
  "Véronique Laurent <vero.laurent@gmail.com>", "2025-07-09 12:55",
  "Témoignage de mon amie Sylvie",
  """Bonjour,

Je suis une amie de Sylvie Marceau. Je crois qu'elle a été votre cliente, c'est bien ça ? Il y a un témoignage signé "Sylvie M., 52 ans, Vierzon" sur votre site et je suis presque sûre que c'est elle.

Franchement, je trouve que ça la met en difficulté vis-à-vis de son travail. Vous devriez le retirer. Je ne lui en ai pas parlé.

Véronique"""),

# NEAR-LINE: the brother is alive (hospitalised) and the sister has no legal mandate -> negative,
# not post_mortem and not a representative request.
M("b32-neg-soeur-frere-hospitalise", [], "fr",
  "Annie Rousseau <annie.rousseau@laposte.net>", "2025-08-13 08:31",
  "Mon frère Patrice Rousseau",
  """Bonjour Madame,

Mon frère Patrice Rousseau est hospitalisé depuis trois semaines au CHU de Tours, il est dans le coma. Je sais qu'il vous voyait régulièrement.

Pour aider les médecins et la famille à comprendre son état d'esprit avant son accident, pourriez-vous m'envoyer ce que vous avez sur lui ? Je suis sa sœur aînée, nos parents sont décédés.

Merci de votre aide,
Annie Rousseau"""),

M("b32-neg-ex-mari-jaf", [], "fr",
  "Olivier Brunet <olivier.brunet@outlook.fr>", "2025-09-08 20:47",
  "Demande de pièces – procédure JAF",
  """Madame,

Dans le cadre de la procédure devant le juge aux affaires familiales qui m'oppose à mon ex-épouse, Sophie Lefort (anciennement Brunet), j'ai besoin de prouver que son état psychologique n'est pas compatible avec la résidence alternée.

Elle a suivi un coaching chez vous en 2024. Je vous demande de me communiquer les comptes rendus des séances et les tests qu'elle a passés. À défaut, mon avocat vous fera sommation.

Olivier Brunet"""),

# NEAR-LINE: the mother is alive and the daughter has no LPA or court order yet -> negative; compare
# with the LPA holder in rec_reps, which is a request.
M("b32-neg-daughter-mother-dementia-nolpa", [], "en",
  "Helen Marsh <helen.marsh@gmail.com>", "2025-10-01 13:20",
  "My mother's account",
  """Dear Sandra,

My mother, Patricia Marsh, has early-stage dementia and I've just discovered she signed up for several of your programmes. We're applying for power of attorney but it will take months.

In the meantime could you send me a list of everything she's signed up for and what personal details she's given you? And please delete her card details. I'm her only daughter.

Regards,
Helen Marsh"""),

# NEAR-LINE: an employer asks for erasure of its former employees' data; the company is not the data
# subject and holds no individual mandate -> negative.
M("b32-neg-drh-anciens-salaries", [], "fr",
  "Service RH – Groupe Coudray <rh@groupe-coudray.fr>", "2025-10-23 11:09",
  "Données de nos anciens salariés",
  """Madame,

Plusieurs de nos salariés ayant suivi vos formations en 2023 et 2024 ont depuis quitté l'entreprise (liste jointe : 6 personnes).

Par souci de conformité RGPD, nous vous demandons de supprimer les données de ces personnes de vos fichiers et de nous le confirmer.

Cordialement,
Service Ressources Humaines
Groupe Coudray""",
  attach=[("anciens_salaries_formes.csv", "csv",
           "nom;prenom;formation;annee\nGIRAUD;Lucas;Manager avec bienveillance;2023\nPETIT;Sonia;Gestion du stress;2023\n"
           "MOREAU;Karim;Prise de parole;2024\nFAURE;Emma;Gestion du stress;2024\nLEGRAND;Paul;Manager avec bienveillance;2024\n"
           "COLIN;Julie;Communication bienveillante;2024\n")]),

M("b32-neg-collegue-pense-que", [], "fr",
  "Bastien Mercier <b.mercier@credit-berry.fr>", "2025-11-14 12:02",
  "newsletter",
  """Bonjour,

Je pense que ma collègue Émilie Royer, qui a fait la formation avec moi, n'a pas très envie de recevoir votre lettre d'info, elle en parlait à la pause déj. Vous devriez peut-être la retirer de vos listes ?

Moi par contre je la lis avec plaisir !

Bastien"""),

M("b32-neg-pere-fils-25-motdepasse", [], "fr",
  "Gilles Chartier <gilles.chartier@wanadoo.fr>", "2025-12-04 16:44",
  "mot de passe de mon fils",
  """Bonjour,

Mon fils Alexandre (25 ans) a perdu le mot de passe de son espace de formation sur votre plateforme. Il est en déplacement et m'a demandé de voir avec vous. Pouvez-vous réinitialiser son mot de passe et me l'envoyer ?

Merci,
Gilles Chartier"""),

M("b32-neg-compagne-il-vient", [], "fr-informal",
  "Manon <manon.dlr@gmail.com>", "2026-01-09 23:58",
  "",
  """bonsoir
est ce que Nicolas Pasquier vient vous voir ?? il me dit qu'il va au sport le mardi soir mais je suis tombée sur une facture floraison de soi dans sa voiture
je veux juste savoir si il est inscrit chez vous et depuis quand
merci de me repondre c'est important pour moi"""),

# NEAR-LINE: a portability-style request (machine-readable export) made by a manager about employees
# -> negative, the employees did not ask.
M("b32-neg-boss-export-employees", [], "en",
  "Mark Sutton <mark.sutton@sutton-engineering.co.uk>", "2026-01-30 09:18",
  "Course completion data for my team",
  """Hello Sandra,

Five of my engineers did your online course "Calm under pressure" this quarter on a company licence. For our L&D records, could you send me an export of each person's progress and quiz scores as a CSV? I'd like to compare them before bonus reviews.

Thanks,
Mark Sutton
Head of Engineering"""),

M("b32-neg-mere-fille-adulte-stripe", [], "fr",
  "Évelyne Morand <evelyne.morand@laposte.net>", "2026-02-12 14:28",
  "paiement de ma fille",
  """Bonjour,

Ma fille Laetitia (34 ans) me dit qu'elle a payé votre accompagnement en plusieurs fois, mais je me fais du souci pour ses finances. Pouvez-vous me dire combien elle vous a versé en tout et s'il reste des échéances à venir ?

Merci,
Évelyne Morand""",
  cte="base64"),

# NEAR-LINE: the husband only asks whether his wife's erasure request has been handled; he is not
# making a request himself and the wife is an adult -> negative.
M("b32-neg-mari-statut-demande-epouse", [], "fr",
  "Jacques Fontanel <jacques.fontanel@orange.fr>", "2026-03-02 10:40",
  "Demande de ma femme",
  """Bonjour,

Mon épouse, Danielle Fontanel, vous a envoyé il y a trois semaines une demande de suppression de ses données. Elle n'a pas eu de réponse, est-ce que c'est fait ? Elle m'a demandé de vérifier parce qu'elle n'est pas à l'aise avec les mails.

Cordialement,
Jacques Fontanel"""),

M("b32-neg-grand-pere-petit-fils-belge", [], "fr-BE",
  "Albert Claes <albert.claes@telenet.be>", "2026-03-19 15:15",
  "Mon petit-fils",
  """Bonjour Madame,

Mon petit-fils Maxime Claes, qui a 27 ans, a participé à votre stage d'été. Il est un peu perdu ces temps-ci et la famille s'inquiète. Pourriez-vous me dire ce qu'il y a dans son dossier, ses coordonnées actuelles et s'il a l'intention de revenir ?

Je vous remercie d'avance, et à votre service.
Albert Claes, Gand"""),

M("b32-neg-friend-no-email-question", [], "en",
  "Susan Reid <susan.reid@btinternet.com>", "2026-04-07 11:03",
  "Question about a friend",
  """Hi Sandra,

A friend of mine, Margaret, went to one of your workshops and would like her details removed from your list, but she doesn't use email at all. Is it possible for me to ask on her behalf, or does she need to write a letter herself? What would you need from her?

Thanks,
Susan"""),

# NEAR-LINE: the manager asks to remove a team photo because some colleagues object; he speaks for
# other adults who did not write -> negative (he does not say he wants his own image removed).
M("b32-neg-manager-photo-equipe", [], "fr",
  "Stéphane Roger <s.roger@pharmacie-du-marche.fr>", "2026-04-21 09:44",
  "Photo de l'équipe sur votre site",
  """Bonjour Sandra,

Merci encore pour la formation cohésion d'équipe. J'ai vu que vous aviez mis la photo de groupe sur votre site. Deux de mes préparatrices m'ont dit qu'elles n'étaient pas très à l'aise avec ça. Pourriez-vous la retirer, ou mettre une autre photo sans elles ?

Bonne journée,
Stéphane Roger
Pharmacie du Marché – Issoudun"""),

# NEAR-LINE: the father is alive (end of life); the son wants to "prepare" deletion after the death
# -> negative, no death yet and no mandate; the father could leave his own directives.
M("b32-neg-fils-pere-fin-de-vie", [], "fr",
  "Damien Lecomte <damien.lecomte@gmail.com>", "2026-05-07 21:22",
  "Mon père",
  """Bonsoir,

Mon père, Henri Lecomte, est en soins palliatifs et les médecins parlent de quelques semaines. Il a suivi des séances avec vous l'an dernier.

Je préfère anticiper : pouvez-vous d'ores et déjà supprimer son dossier, ou me dire ce que vous avez, pour que je n'aie pas à gérer ça après ? Il n'est plus vraiment en état d'écrire.

Damien Lecomte"""),

# NEAR-LINE: a question about what her children could do after her death; she leaves no instruction
# -> negative (question about how a right works), not post_mortem.
M("b32-neg-question-enfants-apres-deces", [], "fr",
  "Marie-Thérèse Guillot <mt.guillot@orange.fr>", "2026-05-22 16:05",
  "Une question",
  """Bonjour Sandra,

Une question qui me trotte dans la tête depuis notre dernière séance : si je venais à disparaître, est-ce que mes enfants pourraient vous demander mes notes de séances ? Est-ce que vous seriez obligée de leur donner ? Je ne sais pas trop ce que dit la loi.

Je ne vous demande rien pour l'instant, je me renseigne.

Bien à vous,
Marie-Thérèse"""),

M("b32-neg-question-parent-teen-file", [], "en",
  "Rachel Kim <rachel.kim@gmail.com>", "2025-02-05 20:31",
  "Question before I enrol my son",
  """Hi Sandra,

Before I sign my son (15) up for your teen coaching, I have a question: as a parent, am I entitled to see his session notes if I ask? Or are they confidential between you and him? I'd like to understand the rules before we start.

Thanks,
Rachel"""),

# NEAR-LINE: "suis-je en droit de demander ... ?" is a question about how the right works, not a
# request, even though the child is a minor.
M("b32-neg-question-droit-fils-16", [], "fr",
  "Olivier Perrot <olivier.perrot36@gmail.com>", "2025-03-07 13:34",
  "Question sur le dossier de mon fils",
  """Bonjour Madame,

Mon fils de 16 ans est suivi par vous depuis janvier. Suis-je en droit de demander une copie de son dossier, ou est-ce qu'il faut son accord ? Et s'il refuse, est-ce que vous pouvez quand même me le donner ?

Je pose juste la question, je ne veux pas créer de conflit avec lui.

Olivier Perrot"""),

# NEAR-LINE: a lawyer writes, but for the opposing party (the ex-husband), not for the data subject;
# no mandate from her -> negative.
M("b32-neg-avocat-partie-adverse", [], "fr",
  "Maître Thierry Bazin <t.bazin@bazin-avocat.fr>", "2025-04-16 15:58",
  "Affaire BRUNET c/ LEFORT – sommation de communiquer",
  """Madame,

Je suis le conseil de Monsieur Olivier BRUNET dans le cadre de la procédure de divorce l'opposant à Madame Sophie LEFORT.

Il est établi que Madame LEFORT a bénéficié d'un accompagnement auprès de votre cabinet en 2024. Je vous serais obligé de me communiquer les éléments de son dossier permettant d'apprécier son état psychologique à cette période.

À défaut de communication spontanée, je solliciterai toute mesure utile auprès du juge.

Thierry Bazin
Avocat au Barreau de Châteauroux"""),

M("b32-neg-rh-remplacement-participant", [], "fr",
  "Coralie Dubreuil <c.dubreuil@laiterie-du-berry.fr>", "2025-05-20 08:47",
  "Formation du 12 juin – changement de participant",
  """Bonjour Sandra,

Petit changement pour la formation du 12 juin : Paul Girardin ne pourra pas venir (arrêt maladie), il sera remplacé par Marc Tessier, technicien qualité. Pouvez-vous modifier la liste des participants et l'attestation de présence en conséquence ?

Mail de Marc : m.tessier@laiterie-du-berry.fr

Merci !
Coralie Dubreuil – Assistante formation""",
  fmt="alt"),

M("b32-neg-parent-annule-seances", [], "fr",
  "Sophie Marchand <sophie.marchand@free.fr>", "2025-06-10 19:20",
  "Annulation des séances de Tom",
  """Bonjour Sandra,

Nous avons décidé avec Tom d'arrêter les séances après le brevet, il est épuisé et on part en vacances le 5 juillet. Pouvez-vous annuler les deux derniers rendez-vous (24 juin et 1er juillet) ?

Merci pour tout ce que vous avez fait cette année, il a vraiment changé.
Sophie"""),

M("b32-neg-parent-mdp-fille", [], "fr",
  "Éric Lemaire <eric.lemaire@orange.fr>", "2025-09-16 21:03",
  "Accès à l'espace de ma fille",
  """Bonsoir,

Ma fille Clara (14 ans) n'arrive plus à se connecter à son espace pour le parcours "Bien dans mes baskets". Le lien de réinitialisation du mot de passe n'arrive jamais (on a regardé dans les spams). Pouvez-vous regarder ?

Son adresse de connexion : clara.lemaire2011@gmail.com

Merci,
Éric Lemaire"""),

# NEAR-LINE: the son says his father "asked him to deal with it" orally; the father is alive and
# capable, no written mandate -> negative.
M("b32-neg-son-father-account-oral", [], "en",
  "Ryan Fletcher <ryan.fletcher@outlook.com>", "2025-10-15 17:26",
  "Dad's account",
  """Hello,

My dad, Robert Fletcher, did your French-English online course last year. He asked me to sort out his "internet stuff" as he's not great with computers. Could you send me his login details and what info you've got on him so I can tidy it up?

Cheers,
Ryan"""),

# NEAR-LINE: correcting a name on an attestation is rectification-like, but it is a colleague asking
# for someone else -> negative.
M("b32-neg-collegue-nom-attestation", [], "fr",
  "Sylvain Petit <sylvain.petit@ehpad-lesglycines.fr>", "2025-11-06 14:19",
  "Attestation de ma collègue",
  """Bonjour,

Sur l'attestation de formation de ma collègue Fatima, vous avez écrit "Fatima Benhamou" alors que c'est "Fatma Benhamou". Vous pouvez corriger ? Elle n'a pas d'adresse mail pro, c'est pour ça que je vous écris.

Sylvain, infirmier coordinateur"""),

M("b32-neg-assistante-decaler-rdv", [], "fr",
  "Isabelle Roy <isabelle.roy@groupe-verdier.fr>", "2025-12-08 08:54",
  "Décalage de la séance de M. Verdier",
  """Bonjour Madame Deloménie,

M. Verdier a un conseil d'administration qui a été déplacé au jeudi 11 décembre. Serait-il possible de décaler sa séance au vendredi 12 à la même heure (14h), ou sinon au lundi 15 ?

Je vous remercie,
Isabelle Roy
Assistante de direction – Groupe Verdier"""),

M("b32-neg-avocat-facture-impayee", [], "fr",
  "Maître Hugues Delorme <h.delorme@delorme-avocats.fr>", "2026-01-14 11:38",
  "Contestation de facture – M. Fabien Mallet",
  """Madame,

Je vous écris en qualité de conseil de Monsieur Fabien MALLET, qui conteste la facture n° 2025-118 d'un montant de 480 € relative à un forfait de quatre séances dont deux n'ont pas été réalisées.

Mon client sollicite l'émission d'un avoir ou le remboursement de la somme de 240 €. À défaut d'accord amiable sous quinze jours, il se réserve la possibilité de saisir le médiateur de la consommation.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Hugues Delorme, avocat"""),

M("b32-neg-merci-mere-apres-suppression", [], "fr",
  "Laure Dufresne <laure.dufresne@gmail.com>", "2025-06-05 09:02",
  "Re: Rose Dufresne – liste de diffusion",
  """Merci beaucoup Sandra pour votre rapidité, Rose est contente. Bonne continuation !

Laure

""" + gmail_fr("mer. 4 juin 2025 à 18:12", "Sandra Deloménie <sandra.delomenie@orange.fr>",
               """Bonjour Madame Dufresne,

Je vous confirme que l'adresse de Rose a été retirée de la liste de diffusion et que l'ensemble de ses données a été supprimé de mes fichiers, de la plateforme et de mon agenda.

Bien cordialement,
Sandra Deloménie

""" + gmail_fr("mar. 27 mai 2025 à 20:19", "Laure Dufresne <laure.dufresne@gmail.com>",
               """Bonjour,

Ma fille Rose (15 ans) reçoit vos mails commerciaux sur son adresse personnelle depuis l'atelier de février. Merci de la retirer de la liste de diffusion, et de supprimer complètement son contact et ses informations de vos fichiers, elle n'a plus rien en cours avec vous.""")),
  in_reply_to="b32-sandra-confirm-rose", refs=["b32-par-desinscrire-et-effacer"]),

# NEAR-LINE: a notary after a death would be post_mortem, but the new text only thanks and closes the file above the quoted answer; it asks nothing -> negative.
M("b32-neg-merci-notaire-dossier-clos", [], "fr",
  "Office notarial Castagnet & Rives <accueil@castagnet-rives.notaires.fr>", "2025-03-10 11:15",
  "RE: Succession de Mme Odile PERRAUDIN – votre cliente",
  """Madame,

Nous accusons bonne réception de votre courrier et vous remercions pour ces éléments, que nous transmettons aux héritiers. Le dossier est clos en ce qui vous concerne.

Bien cordialement,
Laetitia Morin, clerc de notaire
Office notarial Castagnet & Rives

""" + outlook_fr("Sandra Deloménie <sandra.delomenie@orange.fr>", "jeudi 6 mars 2025 17:02",
                 "accueil@castagnet-rives.notaires.fr", "RE: Succession de Mme Odile PERRAUDIN – votre cliente",
                 """Madame,

Suite à votre courrier du 11 février, je vous informe que je détenais au nom de Mme Perraudin ses coordonnées, ses factures (conservées pour mes obligations comptables) et des notes de séance. Ses coordonnées ont été retirées de ma liste d'envoi et son dossier est clôturé.

Bien cordialement,
Sandra Deloménie"""),
  in_reply_to="b32-sandra-reponse-notaire"),

M("b32-neg-parent-donne-accord-photo", [], "fr",
  "Hélène Morvan <helene.morvan@gmail.com>", "2025-07-03 13:48",
  "Autorisation droit à l'image – Capucine",
  """Bonjour Sandra,

Voici l'autorisation de droit à l'image signée pour Capucine (12 ans) pour le stage de juillet. Nous sommes d'accord pour que les photos de groupe soient publiées sur votre site et votre page Facebook, pas de souci.

À lundi !
Hélène""",
  attach=[("autorisation_image_Capucine.pdf", "pdf", "Autorisation droit a l'image - Capucine Morvan - signee")]),

M("b32-neg-parent-consent-health-form", [], "en",
  "Andrew Collins <andrew.collins@gmail.com>", "2025-09-01 19:37",
  "Signed consent form - Sophie Collins",
  """Hi Sandra,

Attached is the signed consent form for Sophie's health information (her asthma and the allergy details) for the October workshop. We're fine with you keeping it for the duration of the workshop as described.

See you on the 4th,
Andrew""",
  attach=[("Sophie_Collins_consent_health.pdf", "pdf", "Consent to processing of health data - Sophie Collins - signed by parent")]),

M("b32-neg-bon-cadeau-soeur", [], "fr",
  "Audrey Fleury <audrey.fleury@gmail.com>", "2025-11-28 12:11",
  "Bon cadeau pour ma sœur",
  """Bonjour,

Je voudrais offrir un bon cadeau pour trois séances de coaching à ma sœur pour Noël. Elle traverse une période difficile et je pense que ça lui ferait du bien.

Est-ce possible de l'acheter en ligne ? Et est-ce que je dois vous donner ses coordonnées, ou c'est elle qui vous contactera ? Je préférerais que ce soit elle, qu'elle ne se sente pas forcée.

Merci,
Audrey"""),

M("b32-neg-sandra-condoleances", [], "fr",
  SANDRA, "2025-03-06 18:20",
  "Re: Ma maman, Monique Vasseur",
  """Chère Madame Vasseur,

Je suis profondément touchée par votre message et vous présente mes sincères condoléances. Votre maman était une personne lumineuse et je garde un beau souvenir des ateliers auxquels elle a participé.

Comme vous me l'avez demandé, elle ne recevra plus la lettre d'information et ses données ont été effacées de mes fichiers (à l'exception de ses factures, que je dois conserver pour des raisons comptables).

Je pense bien à vous et à votre famille.

""" + SIG_SANDRA + """

""" + gmail_fr("mar. 4 mars 2025 à 21:48", "Claire Vasseur <claire.vasseur58@gmail.com>",
               """Bonsoir Madame Deloménie,

Je me permets de vous écrire car ma maman, Monique Vasseur, nous a quittés le 12 février."""),
  to="Claire Vasseur <claire.vasseur58@gmail.com>",
  in_reply_to="b32-pm-fille-newsletter-maman", parent_addr="claire.vasseur58@gmail.com"),

M("b32-neg-employer-training-hours", [], "en",
  "Olga Ivanova <o.ivanova@northstar-logistics.eu>", "2026-02-20 10:56",
  "Attendance confirmation for funding",
  """Dear Ms Deloménie,

For our training-funding file, could you confirm that our employees Tomasz Zielinski and Marie Leduc attended the full 14 hours of your "Stress management" course on 2-3 February? A simple signed attendance certificate per person is enough.

Best regards,
Olga Ivanova
HR Coordinator, Northstar Logistics"""),

M("b32-neg-opco-feuilles-emargement", [], "fr",
  "OPCO EP – Service contrôle <controle.formation@opcoep.fr>", "2026-03-11 09:30",
  "Dossier de prise en charge n° 2026-036-04417 – pièces manquantes",
  """Madame,

Dans le cadre de l'instruction du dossier de prise en charge référencé ci-dessus (entreprise : Boulangerie Pâtisserie Aupetit, stagiaire : Mme Chloé Aupetit), nous vous remercions de nous transmettre les feuilles d'émargement signées par demi-journée ainsi que le certificat de réalisation.

Sans ces pièces sous 30 jours, le dossier sera clôturé sans paiement.

Cordialement,
Service contrôle de la formation – OPCO EP""",
  headers=[("Auto-Submitted", "auto-generated")]),

M("b32-neg-wife-how-husband-ask", [], "en",
  "Megan Turner <megan.turner@gmail.com>", "2026-04-02 19:44",
  "How can my husband get his data?",
  """Hi Sandra,

My husband did a few sessions with you last year and now he'd like to see what you have on file about him. He asked me to find out what the procedure is: does he just email you, does he need to send ID, how long does it take?

Thanks,
Megan"""),

# NEAR-LINE: updating a postal address (rectification-like) for an adult mother in a care home, by a
# daughter without mandate -> negative.
M("b32-neg-fille-adresse-mere-ehpad", [], "fr",
  "Corinne Baron <corinne.baron@sfr.fr>", "2026-04-28 17:02",
  "Adresse de ma mère",
  """Bonjour,

Ma mère, Jeanine Baron, est entrée en EHPAD à Déols. Elle recevait vos courriers à son ancienne adresse, 14 rue de la Gare à Issoudun. Vous pouvez noter sa nouvelle adresse : EHPAD Les Charmilles, chambre 108, 36130 Déols.

Merci,
Corinne Baron"""),

# NEAR-LINE: unsubscribe for a 20-year-old daughter by her mother, without mandate -> negative (relative about another adult).
M("b32-neg-mere-fille-20-newsletter", [], "fr",
  "Pascale Rivet <pascale.rivet@orange.fr>", "2026-05-13 08:39",
  "Désinscription de ma fille",
  """Bonjour,

Ma fille Inès (20 ans) a fait un atelier chez vous quand elle était au lycée. Elle reçoit toujours votre newsletter, elle ne lit jamais ses mails alors sa boîte déborde. Pouvez-vous la désinscrire ? Son adresse : ines.rivet2005@gmail.com

Merci bien,
Pascale Rivet"""),

M("b32-neg-hr-gdpr-contract-question", [], "en",
  "Lisa Becker <lisa.becker@kronos-media.de>", "2026-05-27 14:25",
  "GDPR clause for the team training",
  """Hello Sandra,

Before we sign the agreement for the team training in September, our legal department asks whether you will delete our staff's personal data after the training, and how long you keep the attendance sheets. Do you have a data processing agreement we could attach to the contract?

Best,
Lisa Becker
People & Culture, Kronos Media GmbH"""),

M("b32-neg-thanks-lawyer-received", [], "en",
  "Amelia Brooks <a.brooks@harcourtsolicitors.co.uk>", "2025-07-28 09:41",
  "RE: Subject Access Request - our client Mr James Whitaker",
  """Dear Ms Deloménie,

Thank you for your response and the enclosed documents, which we have forwarded to our client. We consider the matter closed.

Kind regards,
Amelia Brooks
Harcourt Solicitors

""" + outlook_en("Sandra Deloménie <sandra.delomenie@orange.fr>", "25 July 2025 16:30",
                 "Amelia Brooks <a.brooks@harcourtsolicitors.co.uk>",
                 "RE: Subject Access Request - our client Mr James Whitaker",
                 """Dear Ms Brooks,

Please find attached a copy of the personal data I hold regarding Mr Whitaker, together with the information requested on recipients and retention periods. No data were shared with his former employer.

Kind regards,
Sandra Deloménie"""),
  in_reply_to="b32-sandra-sar-whitaker", refs=["b32-rep-solicitor-dsar"]),

M("b32-neg-epouse-decaler-seance-couple", [], "fr",
  "Karine Lambert <karine.lambert36@gmail.com>", "2026-02-05 12:33",
  "Séance de couple de jeudi",
  """Bonjour Sandra,

Frédéric a un déplacement imprévu jeudi, est-ce qu'on pourrait décaler notre séance de couple à la semaine suivante, même jour même heure ? Sinon le samedi matin nous irait aussi.

Merci et à bientôt,
Karine"""),

M("b32-neg-fiance-gift-partner-details", [], "en",
  "James O'Connor <james.oconnor@gmail.com>", "2025-12-14 21:10",
  "Surprise for my fiancée",
  """Hi Sandra,

My fiancée Chloé did a few sessions with you this year and loved it. I'd like to surprise her with a package for the new year. Could you tell me which programme she did and what she said she wanted to work on next, so I can pick the right one? Obviously keep this between us!

Thanks,
James"""),

# NEAR-LINE: an HR colleague asks to correct or ignore a colleague's questionnaire; he is not the data subject and has no mandate -> negative.
M("b32-neg-collegue-forward-sans-mandat", [], "fr",
  "Nicolas Berthier <nicolas.berthier@mairie-issoudun.fr>", "2026-06-04 10:14",
  "TR: questionnaire de Julie",
  """Bonjour,

Ma collègue Julie Marquet a rempli votre questionnaire d'évaluation après la formation de mai, mais je crois qu'elle s'est trompée d'un bout à l'autre (elle a noté 1 partout au lieu de 5). Vous pouvez corriger ou ignorer son questionnaire ? Elle est en congé jusqu'à fin juin.

Merci,
Nicolas Berthier
Service des ressources humaines – Ville d'Issoudun"""),

]
