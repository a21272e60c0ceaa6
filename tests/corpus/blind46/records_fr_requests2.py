# French requests, part 2.
from recordlib import M, SANDRA, SANDRA_O

NEWSLETTER_QUOTE = """Floraison de Soi - La lettre de février

Bonjour à toutes et à tous,

Février, c'est le mois où l'on a le droit d'hiberner encore un peu. Ce mois-ci je vous propose un petit rituel du soir en trois étapes pour apaiser le mental avant de dormir.

Au programme des prochaines semaines :
- Atelier « Émotions en couleurs » le samedi 15 mars à Issoudun
- Webinaire gratuit « Sortir du pilote automatique » le jeudi 20 mars à 19h

Prenez soin de vous,
Sandra

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

RECORDS = [

M("fr-retrait-cookies",
  "Cookies de votre site",
  """Bonjour,

En visitant votre site la semaine dernière j'ai cliqué sur « Tout accepter » dans le bandeau des cookies, sans vraiment réfléchir. Je retire ce consentement : je ne veux pas de traceurs Google Analytics me concernant. Comme le bandeau ne réapparaît pas, je vous l'écris ici.

Cordialement,
Benoît Chauvet""",
  ["withdraw_consent"], ("Benoît Chauvet", "benoit.chauvet@gmx.fr")),
# NEAR-LINE: cookie/tracker consent withdrawn explicitly ("je retire ce consentement") -> withdraw_consent rather than objection.

M("fr-retrait-consentement-sante",
  "Consentement données de santé",
  """Bonjour Sandra,

Au moment de signer le contrat d'accompagnement j'ai coché la case autorisant la collecte de mes données de santé. Après réflexion, je retire ce consentement. Je préfère que nous travaillions sans que mes problèmes de thyroïde ou mes traitements apparaissent dans votre suivi.

Pour le reste, rien ne change, je serai bien là jeudi.

Isabelle""",
  ["withdraw_consent"], ("Isabelle Robin", "isa.robin@laposte.net")),

M("fr-supprimer-compte-et-donnees",
  "Suppression compte + données",
  """Bonjour,

Merci de supprimer mon compte sur votre espace de formation ainsi que toutes mes données personnelles. Je n'utiliserai plus la plateforme.

Karine Sabatier""",
  ["erasure"], ("Karine Sabatier", "karine.sabatier@yahoo.fr")),

M("fr-ebook-effacez-moi",
  "ebook",
  """Bonjour,

J'ai téléchargé votre ebook « 7 jours pour s'aimer un peu plus » il y a quelques mois, je n'ai jamais rien acheté d'autre. Je ne vois pas pourquoi vous garderiez mes coordonnées : effacez-moi de vos fichiers, s'il vous plaît.

Merci,
Jessica""",
  ["erasure"], ("Jessica Perrot", "jess.perrot@gmail.com")),

M("fr-desinscrire-et-effacer",
  "Désabonnement",
  """Bonjour, je souhaite me désabonner de la newsletter et que vous effaciez mes données de votre base. Merci de me le confirmer.
Cordialement
G. Baudry""",
  ["erasure", "objection"], ("Ghislaine Baudry", "ghislaine.baudry@orange.fr"), mailer="orange", cte="qp"),

M("fr-formel-acces-portabilite",
  "Exercice de mes droits d'accès et à la portabilité",
  """Madame,

Par la présente, j'exerce mon droit d'accès (article 15 du RGPD) ainsi que mon droit à la portabilité (article 20).

Je vous demande en conséquence :
1° de m'indiquer quelles données personnelles me concernant vous détenez et de m'en remettre une copie ;
2° de me transmettre les données que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Je vous remercie de me répondre à cette adresse électronique.

Salutations distinguées,
Alain Decroix""",
  ["access", "portability"], ("Alain Decroix", "alain.decroix@free.fr"), mailer="thunderbird"),

M("fr-effacez-tout-coaching-inutile",
  "arret",
  """bjr
jveux que vous effaciez tout ce que vous avez sur moi. jai arrete le coaching ca m'a pas aidé du tout et franchement 60 euros la seance pour m'entendre dire de respirer...
merci de confirmer
kevin""",
  ["erasure"], ("Kevin Moulin", "kev.moulin36@gmail.com"), cte="7bit"),

M("fr-plainte-deposee-je-redemande",
  "Suppression de mes données - relance après plainte",
  """Madame,

Faute de réponse à mes deux courriels de novembre, j'ai déposé une plainte auprès de la CNIL le 12 décembre (référence 25-118734).

Cela ne vous dispense pas de répondre : je vous demande à nouveau, et pour la dernière fois, de supprimer l'ensemble de mes données personnelles et de me le confirmer par écrit.

Élodie Garnier""",
  ["erasure"], ("Élodie Garnier", "elodie.garnier@hotmail.fr"),
  date="2025-12-29 10:03"),
# NEAR-LINE: mentions a CNIL complaint already filed, but renews the erasure request in the new text -> request.

M("fr-stagiaire-resultats-evaluation",
  "Formation 'Animer un groupe de parole' - mes évaluations",
  """Bonjour Madame Deloménie,

J'ai suivi votre formation de trois jours en octobre, financée par mon CPF. Pour mon dossier de VAE j'ai besoin de la copie de mes évaluations : le QCM final, la grille d'observation de la mise en situation et vos commentaires sur ma pratique.

Pourriez-vous me les transmettre ?

Bien cordialement,
Rachid Benali
Éducateur spécialisé""",
  ["access"], ("Rachid Benali", "rachid.benali@laposte.net"),
  date="2026-01-12 09:45"),

M("fr-completer-dossier-allergie",
  "Complément à ma fiche",
  """Bonjour Sandra,

En remplissant la fiche d'inscription au stage nature de juillet j'ai oublié d'indiquer que je suis allergique aux piqûres de guêpe (j'ai un stylo d'adrénaline sur moi). Pourriez-vous l'ajouter à ma fiche ?

Merci !
Caroline""",
  ["rectification"], ("Caroline Maury", "caroline.maury@gmail.com")),

M("fr-arretez-de-me-relancer",
  "Re: Et si on reprenait ?",
  """Sandra,

Je vous ai répondu non en septembre, puis non en novembre. Vos relances me culpabilisent et ce n'est vraiment pas ce dont j'ai besoin en ce moment.

Merci de ne plus me contacter pour me proposer de reprendre l'accompagnement.

Sabine""",
  ["objection"], ("Sabine Charpentier", "sabine.charpentier@orange.fr"),
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour Sabine,

Cela fait quelques mois que nous ne nous sommes pas vues et je pensais à vous. Où en êtes-vous de votre projet ?

Si vous le souhaitez, je vous propose une séance « point d'étape » offerte en janvier. Il suffit de répondre à ce mail.

Belle journée,
Sandra"""),
  date="2025-12-10 21:05"),

M("fr-acces-et-nouvelle-adresse",
  "Demande de copie + changement d'adresse",
  """Bonjour,

Deux choses :
1) pouvez-vous m'envoyer une copie des informations que vous avez sur moi ? je voudrais vérifier ce qu'il y a dans mon dossier ;
2) j'ai déménagé, ma nouvelle adresse postale est 21 rue Pierre-Brossolette, 36000 Châteauroux (l'ancienne à Issoudun n'est plus valable).

Merci beaucoup,
Fabienne Texier""",
  ["access", "rectification"], ("Fabienne Texier", "fabienne.texier@laposte.net")),

M("fr-effacer-tout-et-photo-instagram",
  "Suppression",
  """Bonjour,

Je souhaite que toutes mes données soient effacées de vos fichiers. Ça comprend aussi la photo de moi que vous avez mise sur Instagram après le stage de mai : je n'y consens plus, merci de la retirer.

Je ne donnerai pas plus d'explications, c'est personnel.

Audrey

Envoyé de mon iPhone""",
  ["erasure", "withdraw_consent"], ("Audrey Fleury", "audrey.fleury@icloud.com"), mailer="iphone",
  date="2025-07-07 23:02"),

M("fr-desinscription-et-temoignage",
  "Newsletter et témoignage",
  """Bonjour Sandra,

Ce n'est pas contre vous, mais je fais un grand ménage dans ma vie numérique. Je souhaite :
- ne plus recevoir la newsletter ;
- que mon témoignage (celui signé « Pauline, 34 ans, Vierzon ») soit retiré de votre site : je retire l'autorisation que je vous avais donnée.

Merci et belle continuation,
Pauline""",
  ["objection", "withdraw_consent"], ("Pauline Giraud", "pauline.giraud@gmail.com")),

M("fr-export-csv-puis-suppression",
  "Export puis suppression",
  """Bonjour,

Avant de quitter définitivement votre programme, je souhaite récupérer mes données (journal de bord, objectifs, exercices complétés) dans un fichier CSV ou équivalent, afin de les réimporter dans mon application de journaling. Une fois l'envoi effectué, merci de supprimer l'ensemble de mes données de vos systèmes.

Cordialement,
Nicolas Peyrot""",
  ["erasure", "portability"], ("Nicolas Peyrot", "nicolas.peyrot@proton.me"), mailer="none"),

M("fr-reponse-newsletter-retirez-moi",
  "RE: Floraison de Soi - La lettre de février",
  """Retirez-moi de cette liste svp. Merci.""",
  ["objection"], ("Danielle Mercier", "danielle.mercier@wanadoo.fr"), mailer="orange",
  quote=dict(style="outlook_fr", frm=("Floraison de Soi", "contact@floraisondesoi.fr"),
             text=NEWSLETTER_QUOTE, subject="Floraison de Soi - La lettre de février"),
  date="2025-02-10 13:26"),

M("fr-reponse-rappel-rdv-effacez",
  "Re: Rappel : votre rendez-vous du mardi 14 octobre à 10h",
  """Je ne viendrai pas, ni mardi ni plus tard. Je vous demande aussi d'effacer mes coordonnées, je ne veux plus recevoir ces rappels.
Anne

Envoyé de mon iPhone""",
  ["erasure"], ("Anne Delaunay", "anne.delaunay@free.fr"),
  quote=dict(style="apple_fr", frm=("Floraison de Soi", "contact@floraisondesoi.fr"),
             subject="Rappel : votre rendez-vous du mardi 14 octobre à 10h",
             text="""Bonjour Anne,

Ceci est un rappel automatique de votre rendez-vous :
Séance individuelle - mardi 14 octobre à 10h00
Lieu : 46 rue d'Estienne d'Orves, 36100 Issoudun

En cas d'empêchement, merci de prévenir au moins 48h à l'avance.

Floraison de Soi""", days=2),
  mailer="iphone",
  date="2025-10-12 09:30"),
# NEAR-LINE: cancellation plus erasure of her contact details -> erasure (the cancellation part alone would be a negative).

M("fr-objet-seul-suppression",
  "Demande de suppression de mes données personnelles",
  "",
  ["erasure"], ("Corinne Vallet", "corinne.vallet@sfr.fr")),

M("fr-objet-seul-desinscription",
  "désinscription newsletter svp",
  "",
  ["objection"], ("Jérôme Blanchard", "jerome.blanchard@gmail.com"), mailer="iphone2"),

M("fr-formulaire-site-acces",
  "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
  """Nom : Sylvie Jourdain
E-mail : sylvie.jourdain@orange.fr
Téléphone : 06 74 31 88 02
Objet : Mes données

Message :
Bonjour, j'ai été cliente en 2022 et 2023. Je souhaiterais savoir quelles informations vous conservez encore sur moi et en recevoir une copie. Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""",
  ["access"], ("Floraison de Soi", "wordpress@floraisondesoi.fr"), to="contact",
  reply_to=("Sylvie Jourdain", "sylvie.jourdain@orange.fr"), html="only", mailer="php"),

M("fr-formulaire-site-effacement",
  "Nouveau message de contact - floraisondesoi.fr",
  """De : Thomas Renaud <t.renaud@gmail.com>
Sujet : RGPD

Corps du message :
bonjour je veux que vous supprimiez mon adresse et mon numéro de votre fichier, je me suis inscrit a un webinaire il y a longtemps et depuis je recois des trucs. merci

--
Envoyé depuis le formulaire Contact Form 7 de Floraison de Soi""",
  ["erasure"], ("WordPress", "wordpress@floraisondesoi.fr"), to="contact",
  reply_to=("Thomas Renaud", "t.renaud@gmail.com"), mailer="php", cte="qp"),

M("fr-long-mail-newsletter-a-la-fin",
  "Des nouvelles, un an après",
  """Chère Sandra,

Cela fait presque un an jour pour jour que nous avons terminé notre accompagnement, et je voulais vous donner des nouvelles. J'ai fini par quitter la banque. Ça n'a pas été simple : six mois de doute, une rupture conventionnelle arrachée de haute lutte, et pendant quelques semaines l'impression d'avoir tout raté. Mais je me suis inscrite à la formation de fleuriste à Tours et je commence mon stage chez une artisane à Loches le mois prochain.

Je repense souvent à l'exercice de la « ligne de vie » que nous avions fait en mars. J'ai gardé la feuille, elle est punaisée au-dessus de mon bureau. Mon compagnon se moque un peu de moi, mais je crois qu'au fond il est fier.

Il y a eu aussi des moments plus durs, je ne vais pas vous mentir. Ma mère a été hospitalisée cet été et j'ai dû beaucoup faire la navette avec Vendôme. C'est dans ces moments-là que j'ai le plus repensé à ce que vous m'aviez dit sur le fait de ne pas tout porter seule.

Bref, je voulais vous dire merci. Vous avez compté dans ce virage.

Une petite chose pratique au passage : je ne lis plus vraiment la newsletter, faute de temps, alors autant m'en désinscrire, ça m'évitera de culpabiliser en la voyant arriver ! Ça n'enlève rien à ce que je vous écris au-dessus.

Je vous embrasse,
Marion""",
  ["objection"], ("Marion Chevalier", "marion.chevalier@gmail.com"),
  date="2025-10-27 22:19"),

M("fr-euphemisme-aucune-trace",
  "Fin",
  """Bonjour Sandra,

J'ai beaucoup réfléchi depuis notre dernière séance. J'aimerais que notre histoire s'arrête là et que vous ne gardiez aucune trace de moi, ni dans vos carnets, ni dans votre ordinateur. Je crois que c'est la seule façon pour moi d'avancer.

Prenez soin de vous,
Laure""",
  ["erasure"], ("Laure Besson", "laure.besson@orange.fr"),
  date="2026-04-14 16:45"),
# NEAR-LINE: euphemistic wording ("aucune trace de moi") but the request is for erasure of all her data -> erasure.

M("fr-disparaitre-de-vos-fichiers",
  "Re: Vos inscriptions pour la rentrée",
  """Bonjour,

Merci, mais non. J'ai participé à deux de vos cercles de parole l'an dernier et j'en garde un souvenir mitigé. Je souhaiterais disparaître de vos listes et de vos dossiers : faites comme si je n'étais jamais passée chez vous.

Bonne rentrée malgré tout,
F. Lacombe""",
  ["erasure"], ("Fanny Lacombe", "fanny.lacombe@yahoo.fr"),
  quote=dict(style="gmail_fr", frm=SANDRA,
             text="""Bonjour à toutes et à tous,

Les inscriptions pour les cercles de parole de la rentrée sont ouvertes ! Premier cercle le mardi 16 septembre à 18h30.

Places limitées à 8 personnes.

Sandra"""),
  date="2025-08-28 11:42"),
# NEAR-LINE: "disparaître de vos listes et de vos dossiers" covers all her data, not just the mailing list -> erasure, not objection.

M("fr-mail-pirate-nouvelle-adresse",
  "Adresse mail piratée",
  """Bonjour Sandra,

Mon ancienne adresse (celine.moreau1979@hotmail.fr) a été piratée et je n'y ai plus accès. Je vous écris depuis ma nouvelle adresse : merci de la mettre à la place de l'ancienne dans vos fichiers et sur la plateforme des ateliers.

Si vous recevez un message bizarre de l'ancienne adresse, ce n'est pas moi !

Céline Moreau""",
  ["rectification"], ("Céline Moreau", "celine.moreau.36@gmail.com")),

M("fr-score-test-conteste",
  "Résultat du test de personnalité",
  """Bonjour,

Le profil que vous avez tiré du test du premier jour me décrit comme « évitante et peu fiable dans l'engagement ». Je suis persuadée que ce résultat est faux : j'ai rempli le questionnaire en cinq minutes entre deux réunions et j'ai mal compris l'échelle de notation.

J'aimerais recevoir une copie de mes réponses et du calcul du profil. En attendant qu'on ait tiré ça au clair, je vous demande de ne pas vous servir de ce profil, ni en séance ni dans vos échanges avec ma responsable RH qui finance l'accompagnement.

Cordialement,
Valérie Cordier""",
  ["access", "restriction"], ("Valérie Cordier", "valerie.cordier@outlook.fr"), mailer="outlook"),

M("fr-lettre-scannee-effacement",
  "Courrier - demande d'effacement",
  """Bonjour,

Veuillez trouver ci-joint mon courrier de demande d'effacement de mes données au titre de l'article 17 du RGPD, daté et signé, ainsi que la copie de ma pièce d'identité.

Cordialement,
Roland Jacquet""",
  ["erasure"], ("Roland Jacquet", "roland.jacquet@wanadoo.fr"), mailer="orange",
  attachments=[dict(kind="pdf", name="courrier_effacement_Jacquet.pdf",
                    text="Roland JACQUET\n4 chemin des Vignes, 36100 Saint-Aoustrille\nA l'attention de Mme Sandra Delomenie - Floraison de Soi\nObjet : demande d'effacement (article 17 RGPD)\nMadame, je vous demande d'effacer l'ensemble des donnees me concernant.\nFait le 3 mars 2026. Signature : R. Jacquet"),
               dict(kind="pdf", name="CNI_Jacquet.pdf",
                    text="CARTE NATIONALE D'IDENTITE\nJACQUET Roland Andre\nNe le 21/08/1955 a Issoudun")],
  date="2026-03-04 17:55"),

M("fr-notes-deuil-souvenir",
  "Mes notes de l'an dernier",
  """Bonjour Sandra,

L'an dernier, après le décès de maman, vous m'avez accompagnée pendant six mois. Ce travail m'a portée plus que je ne saurais le dire.

Le premier anniversaire de sa mort approche et j'aimerais relire le chemin parcouru. Serait-il possible de recevoir une copie de mes notes de séance et de la lettre que j'avais écrite pendant la séance sur l'adieu ? Ce sont mes mots, et j'ai envie de les garder près de moi.

Avec toute ma gratitude,
Hélène Dumas""",
  ["access"], ("Hélène Dumas", "helene.dumas@laposte.net")),
# NEAR-LINE: talks about a death, but she asks for a copy of her OWN session notes; she is not writing as an heir -> access, not post_mortem.

M("fr-transmettre-a-ma-sophrologue",
  "Transmission de mon dossier",
  """Bonjour,

Je vais continuer mon travail avec une sophrologue à Tours, Mme Pasquier. Pourriez-vous lui transmettre directement mon dossier au format numérique (mon bilan, mes fiches d'exercices et le questionnaire de départ) à l'adresse cabinet.pasquier@sophro-tours.fr ?

Je vous donne bien sûr mon accord pour cet envoi.

Merci,
Annie Rolland""",
  ["portability"], ("Annie Rolland", "annie.rolland@orange.fr")),

M("fr-ancienne-cliente-jamais-consenti",
  "Vos mails",
  """Bonjour,

Je ne suis plus votre cliente depuis 2021 et je n'ai jamais donné mon accord pour recevoir vos offres. Je m'oppose à ce que vous continuiez à m'écrire à des fins commerciales.

Cordialement,
Monique Fabre""",
  ["objection"], ("Monique Fabre", "monique.fabre@free.fr")),

M("fr-enregistrements-audio-honte",
  "Les enregistrements de mes séances",
  """Sandra,

Vous m'aviez proposé d'enregistrer nos séances pour que je puisse les réécouter, et j'avais accepté. Je les ai réécoutées hier soir. Entendre ma propre voix dire tout ça, c'était insupportable.

Je retire mon accord pour ces enregistrements. Je ne veux pas qu'ils existent quelque part, chez vous ou sur un serveur.

Je vous prie de m'excuser d'être aussi abrupte.
J.""",
  ["withdraw_consent"], ("Juliette Renard", "juliette.renard@gmail.com")),
# NEAR-LINE: withdraws the recording consent and wants the recordings gone, but not all her data -> withdraw_consent only.

M("fr-photo-et-sms",
  "Deux demandes",
  """Bonjour Sandra,

1. Je ne veux plus que ma photo (atelier cuisine intuitive) serve pour vos publicités, je reviens sur mon autorisation.
2. J'aimerais ne plus recevoir les SMS promotionnels.

Merci d'avance, et à bientôt pour le suivi individuel quand même :)
Nadia""",
  ["objection", "withdraw_consent"], ("Nadia Lemaire", "nadia.lemaire@hotmail.fr")),

M("fr-majeure-maintenant-effacement",
  "Mes données (ateliers ados 2023)",
  """Bonjour,

J'ai participé à vos ateliers ados quand j'avais 16 ans, c'est ma mère qui m'avait inscrite. Je viens d'avoir 18 ans et j'aimerais que tout ce qui me concerne soit supprimé, les fiches, les photos, mes coordonnées et celles de ma mère liées à mon inscription.

Merci
Manon Petit""",
  ["erasure"], ("Manon Petit", "manonpetit2007@gmail.com")),

M("fr-refus-remboursement-copie",
  "Suite à votre refus de remboursement",
  """Madame Deloménie,

J'ai bien reçu votre refus de me rembourser le programme « Renaître » que j'ai interrompu au bout de trois semaines. Je le trouve injuste et je vais étudier mes recours.

Dans cette perspective, je vous demande de me transmettre une copie de mon contrat, de mes factures et de l'ensemble des notes et documents me concernant que vous avez conservés.

Sans réponse sous un mois, je m'adresserai à la CNIL et à la DGCCRF.

Gaëlle Monnier""",
  ["access"], ("Gaëlle Monnier", "gaelle.monnier@gmail.com")),

M("fr-trois-droits-formel",
  "Demande RGPD (art. 15, 17 et 21)",
  """Madame,

Je vous adresse la présente en vue d'exercer plusieurs droits que me confère le Règlement général sur la protection des données :

- droit d'accès (art. 15) : je souhaite obtenir la liste et une copie des données me concernant ;
- droit d'opposition (art. 21) : je m'oppose dès à présent à l'envoi de toute sollicitation commerciale ;
- droit à l'effacement (art. 17) : une fois la copie transmise, je vous demande d'effacer mes données.

Je reste à votre disposition pour tout justificatif d'identité complémentaire.

Gilles Barbier""",
  ["access", "erasure", "objection"], ("Gilles Barbier", "gilles.barbier@orange.fr"), mailer="outlook",
  html="alt",
  attachments=[dict(kind="docx", name="courrier_RGPD_Barbier.docx", text="Gilles BARBIER\nObjet : exercice des droits d'acces, d'opposition et d'effacement\nArticles 15, 17 et 21 du RGPD\nSignature : G. Barbier")]),

M("fr-opposition-partenaires",
  "Partenaires",
  """Bonjour,

Lors du salon bien-être de Bourges vous avez annoncé un partenariat avec une école de naturopathie. Je m'oppose à ce que mes coordonnées leur soient communiquées ou que vous m'adressiez des offres de leur part.

Merci,
Sandrine Leclerc""",
  ["objection"], ("Sandrine Leclerc", "sandrine.leclerc@free.fr")),

M("fr-petite-fille-photos-mamie",
  "Photos de ma grand-mère",
  """Bonjour Madame,

Ma grand-mère, Odette Gauthier, a participé à plusieurs de vos ateliers mémoire à la résidence des Tilleuls. Elle est décédée en janvier.

Ma mère (sa fille) et moi aimerions savoir si vous avez gardé des photos d'elle prises pendant les ateliers, et si vous pourriez nous les envoyer. Ce serait un beau souvenir pour la famille.

Merci infiniment,
Chloé Gauthier""",
  ["post_mortem"], ("Chloé Gauthier", "chloe.gauthier@gmail.com"),
  date="2026-02-25 18:30"),

M("fr-directive-fils-ecrits",
  "Pour plus tard",
  """Bonjour Sandra,

J'ai 78 ans et je mets de l'ordre dans mes affaires, sans drame. Si un jour je venais à disparaître, je souhaite que mon fils Éric (eric.bouchet@orange.fr) puisse récupérer les textes que j'ai écrits pendant vos ateliers d'écriture, et que tout le reste me concernant soit supprimé.

Je vous remercie de noter cela dans mon dossier.

Bien amicalement,
Jeanne Bouchet""",
  ["post_mortem"], ("Jeanne Bouchet", "jeanne.bouchet@wanadoo.fr"), mailer="orange"),

M("fr-belge-soeur-decedee",
  "Décès de ma sœur Martine Wauters",
  """Madame,

C'est avec beaucoup de tristesse que je vous informe du décès de ma sœur, Martine Wauters, survenue le 3 mars à Liège. Elle avait suivi votre formation en ligne l'an passé.

En tant que sa seule héritière, je vous saurais gré de clôturer son compte sur votre plateforme et de m'indiquer si des données la concernant doivent encore être conservées.

Veuillez agréer, Madame, mes salutations distinguées.

Josiane Wauters""",
  ["post_mortem"], ("Josiane Wauters", "josiane.wauters@telenet.be"),
  date="2025-03-24 14:16"),

M("fr-annulation-rdv-papa-decede",
  "Rendez-vous de mon père",
  """Bonjour,

Mon père, Guy Lefort, avait rendez-vous avec vous le jeudi 5 juin. Il est décédé dimanche. Je me permets d'annuler ce rendez-vous et les suivants.

Pouvez-vous aussi effacer ses informations de votre agenda et de vos rappels ? Ma mère reçoit les SMS sur le téléphone qu'ils partageaient.

Merci,
Sébastien Lefort""",
  ["post_mortem"], ("Sébastien Lefort", "seb.lefort@free.fr"),
  date="2025-06-02 08:14"),
# NEAR-LINE: looks like a cancellation, but it is a relative writing after a death and asking about the deceased's data -> post_mortem only.

M("fr-belge-nouvelle-adresse-plus-de-courrier",
  "Modification de mes coordonnées",
  """Bonjour Madame Deloménie,

Je vous prie de bien vouloir noter ma nouvelle adresse : avenue de la Toison d'Or 42, boîte 7, 1050 Ixelles (l'adresse de Wavre n'est plus d'actualité).

Par la même occasion, je ne souhaite plus recevoir vos catalogues et invitations par la poste. Les courriels me suffisent amplement.

Avec mes meilleures salutations,
Dominique Hennebert""",
  ["objection", "rectification"], ("Dominique Hennebert", "d.hennebert@skynet.be")),

M("fr-suisse-ne-rien-utiliser",
  "Mon dossier chez vous",
  """Chère Madame Deloménie,

Je suis actuellement en désaccord avec mon employeur, qui a financé mon coaching, au sujet du compte rendu que vous lui avez adressé en fin de mission. Je conteste plusieurs éléments qui y figurent.

Jusqu'à ce que cette question soit réglée, je vous prie de ne plus traiter mes données d'aucune manière : ni transmission, ni mise à jour, ni utilisation pour une éventuelle suite. Il va de soi que vous les conservez en l'état.

Avec mes salutations les meilleures,
Yves Perrenoud
Neuchâtel""",
  ["restriction"], ("Yves Perrenoud", "yves.perrenoud@bluewin.ch")),

M("fr-json-pour-mon-appli",
  "Récupération de mes données (format JSON ?)",
  """Salut Sandra,

Je développe une petite appli perso pour suivre mon humeur et mes habitudes, et j'aimerais y intégrer l'historique de mes auto-évaluations hebdomadaires faites sur ta plateforme. Tu pourrais me sortir mes données dans un format lisible par une machine, genre JSON ou CSV ? Le PDF ça ne m'aide pas.

Merci d'avance !
Maxime""",
  ["portability"], ("Maxime Royer", "maxime.royer@proton.me"), mailer="none",
  date="2026-03-21 11:25"),

M("fr-quebec-transfert-puis-effacement",
  "Transfert de mon dossier au Québec",
  """Bonjour Sandra,

Je suis revenue m'installer à Québec et je vais poursuivre ma démarche avec une psychoéducatrice d'ici. Pourrais-tu m'envoyer mes données (bilan, plan d'action, fiches de suivi) dans un fichier électronique que je pourrai lui remettre tel quel?

Une fois que c'est fait, tu peux tout effacer de ton côté, je n'aurai plus besoin que tu gardes quoi que ce soit.

Merci pour tout, vraiment,
Catherine Gagnon""",
  ["erasure", "portability"], ("Catherine Gagnon", "catherine.gagnon@videotron.ca")),

M("fr-menace-cnil-suppression-48h",
  "Données personnelles - mise en demeure",
  """Madame,

Je vous mets en demeure de supprimer toutes les données me concernant. Vous m'avez promis en janvier de le faire et je viens de recevoir un mail de relance pour « finaliser mon inscription ».

Si je n'ai pas de confirmation écrite dans les 15 jours, je dépose plainte auprès de la CNIL et je laisse un avis détaillé sur votre fiche Google.

Josette Renaudin""",
  ["erasure"], ("Josette Renaudin", "josette.renaudin@orange.fr"), mailer="orange"),

M("fr-mecontente-tout-voir-puis-effacer",
  "Déçue",
  """Sandra,

Je suis profondément déçue. J'ai appris par une amie commune que vous aviez évoqué ma situation (sans mon nom, soit) lors d'une conférence. Je me suis reconnue immédiatement.

Je veux recevoir tout ce que vous avez sur moi, pour savoir ce que vous avez pu utiliser. Et ensuite je veux que tout soit effacé.

Isabelle M.""",
  ["access", "erasure"], ("Isabelle Mathieu", "isabelle.mathieu@laposte.net")),

M("fr-ex-m-a-inscrite-newsletter",
  "Newsletter",
  """Bonjour,

C'est mon ex qui m'avait inscrite à votre lettre d'information il y a deux ans, en même temps qu'il m'offrait un bon pour un atelier. Nous ne sommes plus ensemble et chaque envoi me rappelle cette période.

Je ne veux plus la recevoir. Merci de retirer mon adresse.

Agathe""",
  ["objection"], ("Agathe Bernard", "agathe.bernard@hotmail.fr")),
# NEAR-LINE: the ex is mentioned, but the address to remove from the mailing list is her own -> objection.

M("fr-ex-connait-mon-mot-de-passe",
  "Changement d'adresse mail de mon compte",
  """Bonjour,

Mon ex-conjoint connaît l'adresse mail et le mot de passe de mon compte sur votre espace formation. Je ne veux pas qu'il puisse lire mes modules ni mes notes.

Pouvez-vous remplacer l'adresse de mon compte (m.chauvin.perso@gmail.com) par celle-ci : marjorie.chauvin@proton.me ? Je changerai le mot de passe moi-même ensuite.

Merci, c'est assez urgent pour moi.
Marjorie Chauvin""",
  ["rectification"], ("Marjorie Chauvin", "marjorie.chauvin@proton.me"), mailer="none"),
# NEAR-LINE: security worry and password, but what she asks is replacing her email with the new value -> rectification only.

M("fr-honte-chat-webinaire",
  "Messages dans le chat du webinaire",
  """Bonjour,

Pendant le webinaire sur l'anxiété j'ai écrit plusieurs messages dans le chat, sous mon vrai nom, où je parle de mes crises de panique au travail. Je n'avais pas réalisé que le chat apparaissait dans le replay.

J'ai honte. Pouvez-vous effacer mes messages du replay et de vos archives ?

Merci,
Benjamin""",
  ["erasure"], ("Benjamin Riviere", "benjamin.riviere@gmail.com")),

M("fr-fiche-inscription-inexacte-limiter",
  "Fiche d'inscription - informations inexactes",
  """Bonjour Madame,

Lors de mon inscription par téléphone, votre assistante a rempli ma fiche à ma place. En la recevant par mail je vois « sans emploi » et « mère isolée » : ces deux informations sont inexactes et je ne sais pas d'où elles sortent.

Le temps de vérifier avec elle ce qui s'est passé, je vous demande de limiter l'utilisation de cette fiche : qu'elle ne serve ni à constituer les groupes de l'atelier ni à m'envoyer des propositions « adaptées à ma situation ».

Merci de votre compréhension,
Nathalie Bourdon""",
  ["restriction"], ("Nathalie Bourdon", "nathalie.bourdon@laposte.net")),
# NEAR-LINE: contests the accuracy of entries and asks to limit use meanwhile, without asking the fix -> restriction only.

M("fr-transfert-et-en-attendant-rien",
  "Changement de coach",
  """Bonjour Sandra,

J'ai décidé de poursuivre avec une autre coach, plus proche de chez moi à Vierzon. Je te remercie pour ces mois de travail, même si la fin a été un peu tendue entre nous.

Peux-tu m'envoyer mes fiches de suivi et mes questionnaires dans un format numérique réutilisable, pour que je puisse les lui transmettre ? D'ici là, et tant que je n'ai pas décidé de la suite, merci de ne plus t'en servir et de ne rien effacer.

Bonne continuation,
Romane""",
  ["portability", "restriction"], ("Romane Leclercq", "romane.leclercq@gmail.com")),

]
