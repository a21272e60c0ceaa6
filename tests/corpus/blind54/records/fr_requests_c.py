"""French requests, part C: objection, withdraw_consent, and multi-right requests."""
from ._base import R

NEWSLETTER_JUIN = """Bonjour à toutes et à tous,

Juin est là, les journées s'allongent : c'est le moment idéal pour sortir marcher en conscience.
- Samedi 14 : balade sophro au parc de la Rocheforêt
- Mardi 17 : cercle de parole « Oser dire non »
- Inscriptions ouvertes pour le stage d'été « Se retrouver »

Prenez soin de vous,
Sandra - Floraison de Soi

Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre d'information. Se désinscrire : https://floraisondesoi.fr/desinscription"""

RECORDS = [

# ------------------------------------------------------------------ objection
R("fr-obj-desinscription-newsletter", ["objection"],
  ("Mathilde Renaud", "mathilde.renaud@gmail.com"),
  "Re: Juin à Floraison de Soi ☀️",
  """Bonjour, merci de me désinscrire de la newsletter, le lien en bas de page m'envoie sur une page d'erreur.
Mathilde
""", to="c", date="2025-06-04 08:12", html="alt", cte="quoted-printable",
  quote=dict(style="gmail_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", days=1,
             text=NEWSLETTER_JUIN)),

R("fr-obj-trop-vieille-pub", ["objection"],
  ("jacqueline fradet", "jacqueline.fradet@orange.fr"),
  "arreter les mail",
  """bonjour

arreter de m envoyer vos mail de pub pour les stage svp, j ai 84 ans je vais pas aller marcher dans les bois au mois de novembre . ma boite est pleine tous les jours

merci madame
""", to="o", cte="7bit"),

R("fr-obj-sms-promo", ["objection"],
  ("Sébastien Poirier", "seb.poirier@free.fr"),
  "SMS",
  """Bonjour,

Je ne veux plus recevoir vos SMS promotionnels (promos, nouveaux stages...). Les rappels de mes rendez-vous, en revanche, vous pouvez continuer.

Merci,
Sébastien Poirier
""", to="c", cte="8bit", mid="free"),

R("fr-obj-statistiques", ["objection"],
  ("Agnès Leroux", "agnes.leroux@laposte.net"),
  "Utilisation de mes données pour vos bilans d'activité",
  """Bonjour Sandra,

Lors du dernier cercle vous avez mentionné que vous utilisiez les fiches des participantes pour établir vos statistiques annuelles (âge, situation familiale, motif de venue). Je m'oppose à ce que mes données servent à cela.

Pour le reste, rien ne change, je serai là le mois prochain.

Agnès
""", to="c", cte="quoted-printable"),

R("fr-obj-demarchage-telephone", ["objection"],
  ("Gérard Tissier", "gerard.tissier@wanadoo.fr"),
  "appels téléphoniques",
  """Madame,

Votre assistante m'a appelé trois fois ce mois-ci pour me proposer votre nouveau programme. Je ne souhaite plus être démarché par téléphone, ni par vous ni par quiconque travaille pour vous.

Salutations,
G. Tissier
""", to="o", cte="8bit"),

R("fr-obj-parent-mineur-newsletter", ["objection"],
  ("Frédéric Lambert", "frederic.lambert@gmail.com"),
  "Inscription de ma fille à votre newsletter",
  """Bonjour,

Ma fille Zoé, 15 ans, s'est inscrite à votre lettre d'information après l'atelier ados du collège. Je préfère qu'elle ne reçoive pas de sollicitations commerciales à son âge.

Pouvez-vous la retirer de votre liste de diffusion ? Son adresse est zoe.lambert2010@gmail.com.

Merci,
Frédéric Lambert
""", to="c", html="alt", cte="quoted-printable"),

R("fr-obj-art21-formel", ["objection"],
  ("Hélène Carpentier", "helene.carpentier@outlook.fr"),
  "Opposition au traitement de mes données - art. 21 RGPD",
  """Madame,

Par la présente, j'exerce mon droit d'opposition prévu à l'article 21 du Règlement général sur la protection des données.

Je m'oppose à tout traitement de mes données personnelles à des fins de prospection commerciale, de fidélisation ou de promotion, quel qu'en soit le canal (courriel, SMS, téléphone, courrier, réseaux sociaux).

Je vous remercie de m'en donner acte.

Hélène Carpentier
""", to="o", html="alt", cte="base64",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-obj-fwd822-liste", ["objection"],
  ("Pierre-Yves Lorin", "py.lorin@orange.fr"),
  "Fw: Dernières places pour le stage de Pâques",
  """Bonjour,

Je reçois ceci (message joint) alors que je n'ai plus rien demandé depuis longtemps. Retirez-moi de cette liste, s'il vous plaît.

PY Lorin
""", to="c", date="2026-03-24 18:22", kind="fwd822", cte="8bit",
  inner=dict(frm=("Floraison de Soi", "contact@floraisondesoi.fr"),
             to="py.lorin@orange.fr", subject="Dernières places pour le stage de Pâques",
             days=1, filename="Dernières places pour le stage de Pâques.eml",
             headers={"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=py.lorin%40orange.fr>"},
             body="""Bonjour Pierre-Yves,

Il reste 3 places pour le stage « Renaître au printemps » du 6 au 8 avril.
Trois jours pour ralentir, respirer et se recentrer, au gîte des Chaumes.

Je vous attends !
Sandra""",
             html="""<html><body><p>Bonjour Pierre-Yves,</p><p>Il reste <b>3 places</b> pour le stage « Renaître au printemps » du 6 au 8 avril.<br>Trois jours pour ralentir, respirer et se recentrer, au gîte des Chaumes.</p><p>Je vous attends !<br>Sandra</p></body></html>
""")),

# NEAR-LINE: "stop chasing me about the training" is about being contacted for prospecting, not a cancellation: objection.
R("fr-obj-relances-formation", ["objection"],
  ("Nathalie Besnard", "nathalie.besnard@yahoo.fr"),
  "Re: Avez-vous réfléchi ? 🌱",
  """Bonjour Sandra,

C'est gentil mais c'est la quatrième relance pour la formation « Devenir praticienne ». Je ne suis pas intéressée, merci de ne plus me contacter à ce sujet ni pour d'autres offres.

Bonne continuation,
Nathalie
""", to="c", html="alt", cte="quoted-printable",
  quote=dict(style="gmail_fr", who="Sandra Delomenie <contact@floraisondesoi.fr>", days=3,
             text="""Bonjour Nathalie,

Je reviens vers vous au sujet de la formation « Devenir praticienne ». Les inscriptions ferment vendredi, avez-vous eu le temps d'y réfléchir ?

Belle journée,
Sandra""")),

R("fr-obj-suivi-ouvertures", ["objection"],
  ("Raphaël Denis", "raphael.denis@protonmail.com"),
  "Pixels de suivi dans vos e-mails",
  """Bonjour,

Vos lettres d'information contiennent des pixels de suivi (Brevo) qui enregistrent quand et où je les ouvre et sur quoi je clique. Je m'oppose à ce profilage de mes lectures.

Vous pouvez continuer à m'envoyer la lettre si c'est possible sans ce traçage ; sinon, tant pis.

Raphaël Denis
""", to="c", cte="8bit", mid="plain"),

# ------------------------------------------------------------------ withdraw_consent
R("fr-wc-temoignage-site", ["withdraw_consent"],
  ("Sabrina Letellier", "sabrina.letellier@gmail.com"),
  "Mon témoignage sur votre site",
  """Bonjour Sandra,

Il y a deux ans je vous avais autorisée à publier mon témoignage sur votre site (« Grâce à Sandra, j'ai osé quitter mon poste... »). Ma situation professionnelle a changé et je préfère qu'il ne soit plus en ligne, mon nouvel employeur pourrait tomber dessus.

Je retire donc mon accord, pouvez-vous l'enlever ?

Merci de votre compréhension,
Sabrina
""", to="c", html="alt", cte="quoted-printable"),

R("fr-wc-photo-groupe-facebook", ["withdraw_consent"],
  ("Martine Gillet", "martine.gillet@orange.fr"),
  "photo sur facebook",
  """Bonjour Sandra

Je suis sur la photo du stage de septembre que vous avez mise sur votre page Facebook (la troisième en partant de la gauche, avec le chapeau). Finalement je ne souhaite pas y apparaître, pouvez-vous la retirer ou me couper dessus ?

Merci, bonne soirée
Martine
""", attach=[("png", "photo_stage_septembre.png", "stage-septembre-groupe")], to="o", cte="8bit"),

R("fr-wc-grand-mere-video", ["withdraw_consent"],
  ("Yvonne Chauvet", "yvonne.chauvet@laposte.net"),
  "La vidéo de l'atelier",
  """Chère Madame,

Mes petits-enfants m'ont montré sur le téléphone la petite vidéo de l'atelier de danse assise où l'on me voit faire les mouvements avec mon foulard. Ils ont bien ri, mais moi beaucoup moins : je n'aime pas me voir comme ça, avec ma canne, et je ne savais pas que ce serait sur internet pour tout le monde.

J'avais signé le papier, c'est vrai, mais je reviens dessus. Je vous demande de retirer cette vidéo.

Sans rancune, je reviendrai à l'atelier,
Yvonne Chauvet
""", to="c", cte="quoted-printable"),

R("fr-wc-donnees-sante", ["withdraw_consent"],
  ("Aline Perret", "aline.perret@icloud.com"),
  "Retrait de mon consentement (données de santé)",
  """Bonjour,

Lors de mon inscription j'avais coché la case autorisant la collecte de mes données de santé (traitement, antécédents) pour adapter les séances. Je retire ce consentement à compter d'aujourd'hui.

Je continuerai les séances sans que ces informations soient prises en compte.

Aline Perret
""", to="o", html="alt", cte="quoted-printable", headers={"X-Mailer": "Apple Mail (2.3826.200.121)"}),

R("fr-wc-parent-photo-enfant", ["withdraw_consent"],
  ("Céline Vasseur", "celine.vasseur@hotmail.fr"),
  "Photo de Nathan - atelier parents/enfants",
  """Bonjour,

J'avais donné mon autorisation pour que la photo de l'atelier parents-enfants soit publiée sur Instagram. Nathan (9 ans) y est reconnaissable et, après réflexion avec son papa, nous retirons notre autorisation.

Merci de retirer la publication.

Céline Vasseur
""", to="c", cte="base64"),

R("fr-wc-questionnaire-recherche", ["withdraw_consent"],
  ("Florence Marty", "florence.marty@gmail.com"),
  "questionnaire pour votre mémoire",
  """Bonjour Sandra,

En mars, j'avais accepté que mes réponses au questionnaire sur le burn-out soient utilisées (anonymisées) pour votre mémoire de certification. En y repensant, certaines réponses sont trop personnelles et je préfère qu'elles ne soient pas utilisées.

Je retire donc mon accord pour cet usage. Désolée si cela vous complique la tâche.

Florence
""", to="c", cte="8bit"),

R("fr-wc-enregistrement-audio", ["withdraw_consent"],
  ("Thierry Barbier", "thierry.barbier@sfr.fr"),
  "Enregistrement des séances",
  """Bonjour Madame,

J'avais accepté que nos séances soient enregistrées pour que vous puissiez les réécouter en supervision. Je n'y suis plus favorable. Je retire mon accord : merci de ne plus enregistrer et de ne plus utiliser les enregistrements déjà faits.

Cordialement,
Thierry Barbier
""", to="o", cte="quoted-printable", mid="sfr"),

# ------------------------------------------------------------------ multi-right
R("fr-multi-acc-rec-adresse", ["access", "rectification"],
  ("Bernadette Jouan", "bernadette.jouan@orange.fr"),
  "Mon dossier et ma nouvelle adresse",
  """Bonjour Sandra,

Deux choses : j'aimerais recevoir une copie de ce que vous avez dans mon dossier (je n'ai jamais su ce qu'il y avait dedans), et ma nouvelle adresse depuis le mois dernier est 5 rue Pierre Brossolette, 36100 Issoudun. L'ancienne, route de Vatan, est à remplacer.

Merci et à bientôt,
Bernadette
""", to="o", cte="8bit"),

R("fr-multi-era-wc-temoignage", ["erasure", "withdraw_consent"],
  ("Laure Dumas", "laure.dumas@outlook.fr"),
  "Retrait de mon témoignage et suppression",
  """Bonjour,

Je souhaite que mon témoignage (texte et photo) soit retiré de votre site et de votre page Systeme.io, je ne donne plus mon accord pour sa publication.

Et tant qu'à faire, supprimez aussi l'ensemble de mes données : je ne reprendrai pas d'accompagnement.

Laure Dumas
""", to="c", html="alt", cte="quoted-printable"),

R("fr-multi-obj-era-newsletter", ["erasure", "objection"],
  ("Jérôme Blondel", "jerome.blondel@gmail.com"),
  "Re: La lettre de rentrée",
  """Je ne veux plus recevoir ces mails. Désinscrivez-moi et effacez tout ce que vous avez sur moi.
""", to="c", date="2025-09-03 22:40", cte="quoted-printable",
  quote=dict(style="gmail_fr", who="Floraison de Soi <contact@floraisondesoi.fr>", days=1,
             text="""C'est la rentrée à Floraison de Soi !
Les ateliers reprennent le 15 septembre. Découvrez le programme du trimestre sur le site.

Sandra""")),

R("fr-multi-acc-era-avant", ["access", "erasure"],
  ("Françoise Lamy", "francoise.lamy@free.fr"),
  "Avant de tout effacer",
  """Bonjour,

Avant que vous ne supprimiez mes données, ce que je vous demande par ce message, j'aimerais en recevoir une copie pour mes archives personnelles. Ensuite vous pourrez tout effacer.

Merci beaucoup,
Françoise Lamy
""", to="o", cte="8bit", mid="free"),

R("fr-multi-acc-por-csv", ["access", "portability"],
  ("Benoît Charrier", "benoit.charrier@gmail.com"),
  "Données me concernant",
  """Bonjour,

J'aimerais savoir précisément quelles données vous détenez sur moi, et récupérer celles de mon espace de formation (progression, quiz, notes) dans un format réutilisable type CSV pour les importer ailleurs.

Merci d'avance,
Benoît Charrier
""", date="2025-04-10 08:55", to="c", html="alt", cte="base64"),

# NEAR-LINE: contesting plus pausing alone would be restriction only; she also gives the correct value and asks for the fix.
R("fr-multi-rec-res-note", ["rectification", "restriction"],
  ("Ingrid Pasquier", "ingrid.pasquier@laposte.net"),
  "Erreur dans le compte rendu envoyé à mon employeur",
  """Madame,

Le compte rendu de bilan indique que j'ai quitté mon poste précédent « pour raisons disciplinaires ». C'est inexact : il s'agissait d'une rupture conventionnelle, signée le 3 février 2023.

Je vous demande de corriger ce point et, d'ici à ce que ce soit fait, de ne plus transmettre ni utiliser ce compte rendu.

Ingrid Pasquier
""", attach=[("pdf", "Convention_rupture_conventionnelle_Pasquier.pdf", ["CONVENTION DE RUPTURE CONVENTIONNELLE", "Salariee : Ingrid PASQUIER", "Signee le 3 fevrier 2023"])], to="o", html="alt", cte="quoted-printable"),

R("fr-multi-obj-wc-photo", ["objection", "withdraw_consent"],
  ("Delphine Royer", "delphine.royer@yahoo.fr"),
  "Newsletter + photo",
  """Coucou Sandra,

Deux petites choses : je ne veux plus recevoir la newsletter (trop de mails en ce moment, rien de personnel !), et je retire mon accord pour la photo de moi au cercle de lune sur ton site, je ne m'aime pas dessus 🙈

Bises,
Delphine
""", to="c", cte="base64"),

R("fr-multi-era-obj-rambling", ["erasure", "objection"],
  ("Jean Bouchet", "jean.bouchet@wanadoo.fr"),
  "Suite à notre conversation de l'autre jour",
  """Bonjour Madame,

Je fais suite à notre conversation téléphonique de mardi où je n'ai pas su tout vous dire, ma femme me dit toujours que je m'égare. J'ai 76 ans, j'ai été chef de gare à Vierzon pendant trente ans, et j'ai découvert vos conférences sur le « bien vieillir » grâce au club des aînés de Saint-Georges-sur-Arnon.

La conférence m'a beaucoup intéressé, notamment la partie sur le sommeil, et j'ai appliqué vos conseils de la tisane et de la lumière le matin. Mon médecin est content, ma tension a baissé. Ma femme, elle, préfère les mots croisés.

Mais depuis que j'ai laissé mon adresse sur la feuille de présence, je reçois vos courriels deux ou trois fois par semaine, et aussi des choses de votre plateforme dont je ne comprends pas l'intérêt. Je ne veux plus rien recevoir, et je voudrais que vous effaciez mon nom et mon adresse de tous vos fichiers.

Je vous souhaite une bonne continuation, vos conférences font du bien aux anciens.

Jean Bouchet
""", to="o", cte="quoted-printable"),

R("fr-multi-acc-obj-partage", ["access", "objection"],
  ("Sonia Mercier", "sonia.mercier@hotmail.fr"),
  "Transmission de mes coordonnées ?",
  """Bonjour,

Une personne se présentant comme « partenaire de Floraison de Soi » m'a appelée pour me vendre des séances de naturopathie. Je voudrais savoir à qui vous avez transmis mes coordonnées. Et je m'oppose à ce que mes données soient utilisées pour de la prospection, par vous ou vos partenaires.

Sonia Mercier
""", to="c", cte="quoted-printable"),

R("fr-multi-por-era-transfert", ["erasure", "portability"],
  ("Émilie Garnier", "emilie.garnier@gmail.com"),
  "Fin d'accompagnement - transfert puis suppression",
  """Bonjour Sandra,

Comme évoqué, je continue avec une thérapeute plus près de chez moi. Pouvez-vous envoyer mon dossier (bilans et fiches d'exercices) sous forme de fichiers réutilisables à Mme Caroline Petit (c.petit.therapie@gmail.com) ? Une fois que c'est fait, je souhaite que vous supprimiez toutes mes données de votre côté.

Merci encore pour ces mois,
Émilie
""", to="c", cc="Caroline Petit <c.petit.therapie@gmail.com>", html="alt", cte="quoted-printable"),

R("fr-multi-parent-acc-era-mineur", ["access", "erasure"],
  ("Philippe Brunet", "philippe.brunet@orange.fr"),
  "Dossier de mon fils Enzo (13 ans)",
  """Madame,

Enzo a suivi l'atelier « Mieux dormir, mieux apprendre » avec sa classe. En tant que père et représentant légal, je demande à recevoir une copie de toutes les données que vous détenez sur lui, puis leur suppression complète.

Je joins mon livret de famille.

Philippe Brunet
""", to="o", cte="base64",
  attach=[("pdf", "livret_famille_Brunet.pdf",
           ["LIVRET DE FAMILLE - extrait", "Enfant : BRUNET Enzo, ne le 12 avril 2012",
            "Pere : BRUNET Philippe"])]),

R("fr-multi-avocat-acc-res", ["access", "restriction"],
  ("Me Sarah Benhamou", "s.benhamou@avocats-berry.fr"),
  "Votre ancienne cliente Mme Estelle PONS",
  """Madame,

Je vous écris en qualité d'avocate de Madame Estelle PONS, qui m'a donné mandat (joint).

Ma cliente sollicite, d'une part, la communication de l'ensemble des données la concernant que vous conservez et, d'autre part, la limitation de leur traitement : ces données ne devront être ni effacées ni utilisées jusqu'à l'issue de la procédure en cours devant le tribunal judiciaire de Châteauroux.

Veuillez agréer, Madame, mes salutations distinguées.

Sarah Benhamou
Avocate
""", to="c", html="alt", cte="quoted-printable", mid="plain",
  headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("pdf", "Mandat_PONS.pdf",
           ["MANDAT", "Mme Estelle PONS mandate Me Sarah Benhamou, avocate,",
            "pour l'exercice de ses droits (acces, limitation) aupres de Floraison de Soi."])]),

R("fr-multi-wc-obj-era-trois", ["erasure", "objection", "withdraw_consent"],
  ("Vanessa Hoarau", "vanessa.hoarau@gmail.com"),
  "Je souhaite partir proprement",
  """Bonjour Sandra,

J'ai pris la décision de couper avec tout ce qui touche à cette période de ma vie. Concrètement :
- retirez mon témoignage audio du podcast, je ne donne plus mon accord ;
- arrêtez de m'envoyer la newsletter ;
- et supprimez tout mon dossier.

Je vous souhaite sincèrement le meilleur.
Vanessa
""", to="c", cte="8bit"),

R("fr-multi-rec-obj-mail", ["objection", "rectification"],
  ("Alain Rocher", "alain.rocher@laposte.net"),
  "changement d'adresse mail",
  """Bonjour,

À compter d'aujourd'hui, utilisez alain.rocher@laposte.net à la place de alain.rocher36@wanadoo.fr pour mes factures et mes rendez-vous. Par contre je ne veux plus la lettre d'information, ni sur l'ancienne ni sur la nouvelle.

Alain Rocher
""", to="o", cte="8bit", mid="laposte"),

# NEAR-LINE: typed by a grandson but dictated and signed by the client: her own access and objection.
R("fr-multi-dictee-acc-obj", ["access", "objection"],
  ("Kevin Rabier", "kevin.rabier@gmail.com"),
  "De la part de ma grand-mère, Mme Odette Rabier",
  """Bonjour,

Ma grand-mère Odette Rabier ne sait pas se servir d'un ordinateur, elle me demande de vous écrire ces mots :

« Madame, on m'appelle souvent pour me proposer vos ateliers et je n'en veux plus, je ne veux plus qu'on me téléphone. Je voudrais aussi savoir ce que vous avez écrit sur moi dans vos papiers. Odette Rabier »

Vous pouvez répondre sur mon adresse ou lui écrire au 8 rue de l'Avenir, Issoudun.

Kevin
""", to="c", cte="quoted-printable"),

R("fr-multi-res-acc", ["access", "restriction"],
  ("Marion Lefort", "marion.lefort@outlook.fr"),
  "Avant toute chose",
  """Bonjour,

Je ne suis pas d'accord avec certaines choses écrites dans ma fiche de suivi, d'après ce que vous m'en avez dit. Je souhaite d'abord en recevoir une copie intégrale, et d'ici là qu'elle ne soit plus utilisée, ni pour les séances ni pour rien d'autre.

Marion Lefort
""", to="c", html="alt", cte="quoted-printable"),

R("fr-multi-era-wc-video", ["erasure", "withdraw_consent"],
  ("Julie Cordier", "julie.cordier@icloud.com"),
  "Vidéo du webinaire + mes données",
  """Bonjour Sandra,

Je suis intervenue à visage découvert dans le replay du webinaire « Oser changer de vie » que vous avez mis en accès libre. Je ne veux plus que cette vidéo soit diffusée, je retire l'autorisation que je vous avais donnée. Et je souhaite aussi que vous effaciez l'ensemble de mes données, je quitte la communauté.

Julie

Envoyé de mon iPhone
""", to="c", cte="8bit", headers={"X-Mailer": "iPhone Mail (22D72)"}),

R("fr-multi-obj-acc-source", ["access", "objection"],
  ("Roland Masson", "roland.masson@orange.fr"),
  "Appels et SMS",
  """Madame,

Je ne vous connais pas et je reçois des SMS pour vos stages. Où avez-vous obtenu mon numéro de portable ? Je vous demande aussi de cesser de m'envoyer ces messages.

R. Masson
""", to="o", cte="quoted-printable"),

]
