# French requests exercising a single right (the hard-to-tell-apart ones).
from rec_common import R, HER, HER_ORANGE

# ---------------------------------------------------------------- access
R("fr-acc-notes-seances", "Mes notes de séances",
  """Bonjour Sandra,

J'ai terminé mon accompagnement avec vous en juin. Avec le recul, j'aimerais relire ce que vous aviez noté pendant nos séances, notamment sur la période où je changeais de poste. Est-ce possible de m'en transmettre une copie ?

Je ne vous demande rien d'autre, je n'ai pas l'intention de tout effacer, c'est juste pour moi.

Belle journée,
Maëlle Ouvrard""", ["access"], frm="Maëlle Ouvrard <maelle.ouvrard@gmail.com>")

R("fr-acc-origine", "d'où vient mon adresse ?",
  """Bonjour,
je reçois vos mails depuis quelques semaines mais je ne me souviens pas du tout m'être inscrite. Pouvez vous me dire d'où vous tenez mon adresse et ce que vous avez d'autre sur moi ?
Merci
Jocelyne B.""", ["access"], frm="Jocelyne Barrault <jbarrault36@wanadoo.fr>")
# NEAR-LINE: she may want to unsubscribe later, but the new text only asks where the address came from and what is held -> access only

R("fr-acc-art15-formel", "Demande d'accès – article 15 du RGPD",
  """Madame,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- la confirmation que des données me concernant sont traitées par Floraison de Soi ;
- une copie de ces données ;
- les destinataires auxquels elles ont été communiquées (plateformes, comptable, etc.) ;
- la durée de conservation envisagée.

Vous trouverez ci-joint la copie de ma carte d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hervé Lemasson
12 allée des Tilleuls
36000 Châteauroux""", ["access"], frm="Hervé Lemasson <herve.lemasson@laposte.net>",
  att=[("pdf", "CNI_Lemasson.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE - LEMASSON Herve - ne le 03.07.1968")])

R("fr-acc-questionnaire", "Re: Questionnaire préalable",
  """Coucou Sandra, tu pourrais me renvoyer mes réponses au questionnaire du début ? Je les ai pas gardées et j'aimerais voir comment j'ai évolué depuis 😊
Bises
Aurore""", ["access"], frm="Aurore Pichon <aurore.pichon@hotmail.fr>",
  q="""Bonjour Aurore,

Voici le questionnaire préalable à remplir avant notre première séance.
Il me permet de préparer au mieux notre accompagnement.

Sandra""", qs="gmail")

R("fr-acc-partage", "Question sur le partage de mes infos",
  """Bonjour Madame Delomenie,

Lors de la formation financée par mon employeur, j'ai rempli plusieurs fiches. Je souhaiterais savoir à qui ces informations ont été transmises : mon employeur a-t-il reçu mes évaluations individuelles ? Merci de me donner la liste précise des personnes ou organismes qui ont eu communication de mes données.

Cordialement,
Thibault Garnier""", ["access"], frm="Thibault Garnier <t.garnier@outlook.fr>")

R("fr-acc-belge", "Demande de mes données",
  """Bonjour Madame,

J'ai suivi votre atelier en ligne l'année passée depuis Namur. Je souhaiterais recevoir un relevé de toutes les données que vous détenez à mon nom, s'il vous plaît. Je vous en remercie d'avance et vous souhaite une bonne fin de semaine.

Amitiés,
Geneviève Dethier""", ["access"], frm="Geneviève Dethier <genevieve.dethier@skynet.be>")

R("fr-acc-sms", "mes donnees",
  """slt c quoi les infos que t'as sur moi exactement ? envoie moi tout stp
Kev""", ["access"], frm="Kevin Morel <kev.morel36@gmail.com>")

R("fr-acc-fiche-suivi", "Fiche de suivi",
  """Madame,
Mon médecin me demande si un bilan a été rédigé lors de mes séances de coaching. Pouvez-vous me faire parvenir ma fiche de suivi, telle que vous l'avez établie ?
Respectueusement,
Colette Fradin""", ["access"], frm="Colette Fradin <colette.fradin@orange.fr>", html="alt")

R("fr-acc-quebec", "Renseignements à mon dossier",
  """Bonjour Sandra,

J'ai fait le webinaire l'automne passé pis j'ai rempli le sondage après. Ça me tente de savoir ce qui est conservé à mon dossier chez vous, au complet. Pouvez-vous m'envoyer ça quand vous aurez une minute?

Merci ben gros,
Mélanie Tremblay
Sherbrooke (Québec)""", ["access"], frm="Mélanie Tremblay <melanie.tremblay@videotron.ca>")

# ---------------------------------------------------------------- rectification
R("fr-rect-orthographe", "Orthographe de mon nom",
  """Bonjour,

Sur l'attestation de formation et dans vos mails mon nom est écrit "Lefevre". C'est "Lefèvre-Darras", avec l'accent et le trait d'union. Merci de corriger dans votre fichier.

Nathalie Lefèvre-Darras""", ["rectification"], frm="Nathalie Lefèvre-Darras <n.lefevre-darras@gmail.com>")

R("fr-rect-nouvelle-adresse-mail", "Changement d'adresse mail",
  """Bonjour Sandra,
Je n'utiliserai bientôt plus cette adresse Orange. Pouvez-vous remplacer dans vos contacts mon adresse actuelle par : p.vautrin@proton.me ? Et supprimer l'ancienne bien sûr.
Merci !
Pascal""", ["rectification"], frm="Pascal Vautrin <pascal.vautrin@orange.fr>")
# NEAR-LINE: "supprimer l'ancienne" with the new value given = replacing an old email -> rectification only

R("fr-rect-telephone", "nouveau numéro",
  """Bonjour, mon 06 12 34 88 10 n'est plus attribué, le nouveau c'est le 07 68 21 45 03. Vous pouvez effacer l'ancien de votre fichier.
Cdt
Yannick Rabier""", ["rectification"], frm="Yannick Rabier <yrabier@sfr.fr>")
# NEAR-LINE: deleting the old phone with the new one given -> rectification only

R("fr-rect-date-naissance", "Erreur date de naissance",
  """Bonjour Madame,

En relisant le dossier d'inscription au stage, je m'aperçois que ma date de naissance est indiquée 14/03/1987 au lieu de 14/08/1987. Comme ce document sert pour la prise en charge OPCO, je préfère que ce soit exact. Pourriez-vous faire la modification ?

Merci,
Inès Boukhalfa""", ["rectification"], frm="Inès Boukhalfa <ines.boukhalfa@yahoo.fr>")

R("fr-rect-note-erronee", "Une note erronée dans mon dossier",
  """Bonjour Sandra,

Dans le compte rendu de notre 3e séance que vous m'avez partagé, il est écrit que j'ai "quitté mon emploi sur un conflit". Ce n'est pas exact : j'ai demandé une rupture conventionnelle, d'un commun accord. Je voudrais que la note soit corrigée en ce sens, ce document pouvant être relu plus tard.

Merci de votre compréhension,
Delphine Roche""", ["rectification"], frm="Delphine Roche <delphine.roche@free.fr>")

R("fr-rect-demenagement-suisse", "Nouvelle adresse postale",
  """Bonjour Madame Delomenie,

Je vous informe que j'ai déménagé. Merci de mettre à jour mon adresse pour l'envoi des factures :
Route de Chêne 41, 1208 Genève.
L'ancienne adresse à Annemasse n'est plus valable.

Avec mes meilleures salutations,
Laurent Favre""", ["rectification"], frm="Laurent Favre <laurent.favre@bluewin.ch>")

R("fr-rect-completer", "Compléter ma fiche",
  """Bonjour,
Lors de l'inscription j'ai laissé vide le champ "profession". Pour que ma fiche soit complète, vous pouvez noter : infirmière en libéral. Et mon nom d'usage est Mme Carré épouse Lenoir.
Merci, bonne soirée
Sylvie""", ["rectification"], frm="Sylvie Lenoir <sylvie.lenoir36@gmail.com>")

R("fr-rect-nom-usage", "Changement de nom",
  """Bonjour Sandra,

Suite à mon divorce j'ai repris mon nom de jeune fille : Armelle PETITJEAN (et non plus Armelle Guérin). Merci de corriger mon nom dans votre fichier clients et sur la plateforme de formation.

Armelle""", ["rectification"], frm="Armelle Petitjean <armelle.petitjean@icloud.com>", html="only")

R("fr-rect-genre", "Civilité",
  """Bonjour,
vos mails commencent par "Chère Madame" alors que je suis un homme (Camille est un prénom mixte 🙂). Pouvez-vous rectifier la civilité dans votre base ?
Camille Vernet""", ["rectification"], frm="Camille Vernet <camille.vernet@gmx.fr>")

R("fr-rect-typo-sms", "mail",
  """bjr vous avez mis mon mail avec une faute, c'est lea.mouline@gmail.com pas lea.moulin@gmail.com, je recois rien du coup 😅 merci de changer""",
  ["rectification"], frm="Léa Mouline <lea.mouline@gmail.com>")

# ---------------------------------------------------------------- erasure
R("fr-era-poli", "Suppression",
  """Bonjour Sandra,

Pourriez-vous supprimer l'ensemble de mes données personnelles de vos fichiers ? Je ne souhaite plus donner suite et préfère qu'il ne reste rien.

Je vous remercie,
Bérénice Aumont""", ["erasure"], frm="Bérénice Aumont <berenice.aumont@gmail.com>")

R("fr-era-compte-et-donnees", "Fermeture de mon compte + données",
  """Bonjour,
Merci de supprimer mon compte sur votre espace de formation ainsi que toutes les données qui y sont associées (profil, progression, réponses aux quiz).
Cordialement
Olivier Ternon""", ["erasure"], frm="Olivier Ternon <olivier.ternon@laposte.net>")

R("fr-era-art17", "Exercice du droit à l'effacement (art. 17 RGPD)",
  """Madame,

Par la présente, j'exerce mon droit à l'effacement prévu à l'article 17 du RGPD. Les données me concernant (identité, échanges, notes de séances, données de santé éventuellement recueillies) ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées, notre contrat ayant pris fin en 2021.

Je vous remercie de procéder à leur effacement, y compris chez vos sous-traitants, et de m'en confirmer l'exécution dans le délai d'un mois.

Pièce jointe : justificatif d'identité.

Françoise Mallet""", ["erasure"], frm="Françoise Mallet <francoise.mallet@orange.fr>",
  att=[("pdf", "justificatif_identite.pdf", "PASSEPORT - MALLET Francoise - FRA - 16AB12345")], cte="quoted-printable")

R("fr-era-sante", "mes infos de santé",
  """Bonjour Sandra, j'avais mentionné ma maladie de Crohn dans le questionnaire de début d'accompagnement. Aujourd'hui je suis mal à l'aise que ce soit écrit quelque part. Est-ce que vous pouvez effacer ces informations ? Le reste ne me gêne pas.
Merci beaucoup, Karine""", ["erasure"], frm="Karine Dufresne <karine.dufresne@hotmail.fr>")
# NEAR-LINE: erasure of health data only, not a withdrawal of a testimonial/photo consent -> erasure

R("fr-era-euphemisme", "Tourner la page",
  """Bonjour,

J'ai décidé de tourner la page sur cette période de ma vie, et cela passe aussi par ne plus exister dans les fichiers des personnes que j'ai consultées à l'époque. Je vous serais reconnaissant de faire disparaître tout ce qui me concerne chez vous.

Avec ma gratitude pour votre aide d'alors,
Mathieu Crozat""", ["erasure"], frm="Mathieu Crozat <mathieu.crozat@proton.me>")

R("fr-era-oneliner-sujet", "Merci d'effacer toutes mes données. Marc Girod", "", ["erasure"],
  frm="Marc Girod <marc.girod@free.fr>")

R("fr-era-whatsapp-groupe", "Après le stage",
  """Bonjour Sandra,
Le stage est fini depuis un moment. Je voudrais que mon numéro et mes infos soient supprimés de vos listes, y compris de la liste des participants du groupe WhatsApp que vous administrez. Ne vous inquiétez pas, tout s'est très bien passé !
Émilie""", ["erasure"], frm="Émilie Charpentier <emilie.charpentier@gmail.com>")

R("fr-era-avocat", "Demande d'effacement pour le compte de Mme Sabatier",
  """Madame,

Je vous écris en qualité de conseil de Madame Agnès Sabatier, qui m'a donné mandat pour la représenter (mandat joint).

Ma cliente vous demande l'effacement de l'ensemble des données à caractère personnel la concernant que vous détenez, conformément à l'article 17 du RGPD, et la confirmation écrite de cet effacement.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Maître Julien Percheron
Avocat au Barreau de Bourges""", ["erasure"], frm="Me Julien Percheron <j.percheron@percheron-avocat.fr>",
  att=[("pdf", "mandat_Sabatier.pdf", "MANDAT - Je soussignee Agnes Sabatier donne mandat a Me Julien Percheron")])

# ---------------------------------------------------------------- restriction
R("fr-restr-gel", "Ne rien supprimer pour l'instant",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur et mon avocate m'a conseillé de conserver toute trace de mon accompagnement. Je vous demande donc de ne rien effacer de mon dossier, mais aussi de ne plus l'utiliser pour quoi que ce soit (pas de relances, pas de statistiques) jusqu'à nouvel ordre.

Merci,
Christophe Aubry""", ["restriction"], frm="Christophe Aubry <christophe.aubry@gmail.com>")
# NEAR-LINE: "don't use, don't delete" -> restriction only, even though relances/statistiques sound like objection

R("fr-restr-contestation", "Contestation du bilan",
  """Madame,

Je conteste l'exactitude du bilan de fin de formation que vous avez rédigé me concernant (compétences "non acquises"). En attendant que nous en discutions, je vous demande de suspendre toute utilisation de ce document et de ne pas le transmettre à l'organisme financeur.

Salutations,
Rachid Benali""", ["restriction"], frm="Rachid Benali <rachid.benali@outlook.fr>")
# NEAR-LINE: contesting accuracy and pausing processing -> restriction only (no corrected value given)

R("fr-restr-limitation-art18", "Limitation du traitement",
  """Bonjour,

Je souhaite exercer mon droit à la limitation du traitement (article 18 RGPD) s'agissant des questionnaires que j'ai remplis en 2024 : conservez-les, mais ne les exploitez plus.

Bien à vous,
Agathe Mercier""", ["restriction"], frm="Agathe Mercier <agathe.mercier@gmail.com>")

R("fr-restr-garder-pas-utiliser", "mes données",
  """Bonjour, je ne veux pas qu'on efface quoi que ce soit car je reviendrai sûrement l'an prochain, mais en attendant je préfère que mon dossier dorme dans un tiroir : n'y touchez plus svp.
Merci
Hélène""", ["restriction"], frm="Hélène Marchais <helene.marchais@sfr.fr>")

R("fr-restr-belge-bloquer", "Blocage de mon dossier",
  """Bonjour Madame,

Il y a une erreur dans mon dossier concernant mes antécédents, mais je dois retrouver les bons documents avant de vous dire ce qu'il faut y mettre. D'ici là, je voudrais que ces informations soient bloquées, qu'elles ne servent plus à préparer les séances.

Je vous remercie déjà,
Stéphanie Vandenberghe""", ["restriction"], frm="Stéphanie Vandenberghe <s.vandenberghe@telenet.be>")
# NEAR-LINE: contested accuracy, no correction given yet, asks to freeze -> restriction only

R("fr-restr-conserver-preuve", "Conservation de mes échanges",
  """Bonjour Sandra,
Je sais que votre politique prévoit de supprimer les données après un an pour les groupes WhatsApp. J'aurais besoin que vous gardiez mes échanges au-delà, je pourrais en avoir besoin pour un dossier MDPH, mais sans les utiliser pour autre chose. C'est possible ?
Merci d'avance
Gaëlle""", ["restriction"], frm="Gaëlle Poirier <gaelle.poirier@yahoo.fr>")
# NEAR-LINE: asks to keep data beyond retention for a legal claim, no other use -> restriction (art. 18.1.c)

R("fr-restr-pause", "Pause",
  """Bonjour Sandra,

Je mets mon accompagnement entre parenthèses pour raisons de santé. Je ne veux pas que tu supprimes mes notes, mais je préfère que rien ne soit exploité, ni partagé, ni analysé pendant cette pause. On en reparle à mon retour.

Amitiés,
Violaine""", ["restriction"], frm="Violaine Castel <violaine.castel@icloud.com>")

# ---------------------------------------------------------------- portability
R("fr-porta-csv", "Export de mes données",
  """Bonjour,

Je change de coach et ma nouvelle accompagnante utilise un autre outil. Pourriez-vous m'envoyer mes données (fiches, questionnaires, historique des séances) dans un format réutilisable, idéalement CSV ou JSON, que je puisse importer chez elle ?

Merci,
Lucie Marandet""", ["portability"], frm="Lucie Marandet <lucie.marandet@gmail.com>")

R("fr-porta-transfert", "Transfert de dossier vers un autre praticien",
  """Madame,

Je vous prie de transmettre directement mes données à Mme Florence Guillot (florence.guillot@cabinet-guillot.fr), qui reprend mon accompagnement, dans un format structuré et lisible par machine, conformément à l'article 20 du RGPD.

Merci par avance,
Bernard Lécuyer""", ["portability"], frm="Bernard Lécuyer <bernard.lecuyer@wanadoo.fr>")

R("fr-porta-formation", "Récupérer ma progression",
  """Bonjour Sandra,
est-ce que je peux récupérer ma progression et mes réponses aux exercices de la formation en ligne sous forme de fichier (tableur ou autre) ? je voudrais les réimporter dans mon Notion.
Merci !!
Anaïs""", ["portability"], frm="Anaïs Roussel <anais.roussel@gmail.com>")

R("fr-porta-suisse", "Portabilité",
  """Bonjour Madame,

Je fais valoir mon droit à la portabilité : pourriez-vous m'envoyer les données que je vous ai fournies dans un format couramment utilisé et lisible par machine ?

Meilleures salutations,
Nicolas Rochat
Lausanne""", ["portability"], frm="Nicolas Rochat <nicolas.rochat@sunrise.ch>")

R("fr-porta-bilan-fichier", "fichier pour ma nouvelle formatrice",
  """Bonjour Sandra,
ma formatrice au CFA voudrait récupérer mes résultats aux tests de positionnement que j'ai passés chez vous. Est-ce que vous pourriez les lui envoyer directement en fichier Excel ? Son adresse : c.boyer@cfa-indre.fr
merci beaucoup
Jordan Pelletier""", ["portability"], frm="Jordan Pelletier <jordan.pelletier@gmail.com>")
# NEAR-LINE: transfer of his own results to another provider in a spreadsheet -> portability, not a third-party data question

# ---------------------------------------------------------------- objection
R("fr-obj-desabo", "Désabonnement",
  """Bonjour, merci de me désinscrire de votre newsletter. Bonne continuation.
Isabelle Martineau""", ["objection"], frm="Isabelle Martineau <isabelle.martineau@orange.fr>",
  q="""Floraison de Soi – La lettre de mars
Le printemps arrive : trois pistes pour semer de nouvelles intentions.
Atelier "Oser dire non" le 22 mars à Issoudun, il reste 4 places.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""", qs="outlook", qf="Floraison de Soi <contact@floraisondesoi.fr>")

R("fr-obj-sms", "Arrêt des SMS",
  """Bonjour, je ne veux plus recevoir vos SMS de promo pour les ateliers. Merci.
M. Lambert""", ["objection"], frm="Michel Lambert <michel.lambert50@orange.fr>")

R("fr-obj-prospection", "Opposition",
  """Madame,

Je m'oppose, sur le fondement de l'article 21 du RGPD, à tout traitement de mes données à des fins de prospection, quelle qu'en soit la forme (courriel, téléphone, SMS, courrier).

Jean-Paul Duclos""", ["objection"], frm="Jean-Paul Duclos <jp.duclos@laposte.net>")

R("fr-obj-stats", "Statistiques",
  """Bonjour Sandra,

Dans votre dernier mail vous indiquez que les réponses aux questionnaires sont utilisées "à des fins statistiques pour améliorer les prestations". Je ne souhaite pas que mes réponses servent à cela. Pour tout le reste, pas de problème.

Merci,
Corinne Lafont""", ["objection"], frm="Corinne Lafont <corinne.lafont@gmail.com>")

R("fr-obj-appels", "Relances téléphoniques",
  """Bonjour,
On m'a appelée deux fois cette semaine pour me proposer le nouveau parcours. Je ne souhaite plus être contactée de cette manière. Merci de respecter ce choix.
Patricia""", ["objection"], frm="Patricia Morin <patricia.morin@hotmail.fr>")

R("fr-obj-stop-mails-typos", "stop",
  """arretez de m envoyer vos mails svp jai jamais demandé ça !!!""", ["objection"],
  frm="dany36 <dany36@free.fr>")

R("fr-obj-profilage", "Ciblage publicitaire",
  """Bonjour,

J'ai compris que vous utilisiez des outils publicitaires et des listes d'audience Facebook à partir des adresses mail de vos clients. Je refuse que mon adresse soit utilisée pour du ciblage ou du profilage publicitaire.

Cordialement,
Damien Ferrand""", ["objection"], frm="Damien Ferrand <damien.ferrand@gmail.com>")

R("fr-obj-liste-atelier", "Re: [Cercle des femmes] prochaine rencontre",
  """Bonjour Sandra, pouvez-vous me retirer de cette liste de diffusion ? Je ne viendrai plus aux cercles. Merci pour tout.
Odile""", ["objection"], frm="Odile Brunet <odile.brunet@orange.fr>",
  q="""Bonjour à toutes,
Prochaine rencontre du cercle le jeudi 14 à 19h, salle du 46 rue d'Estienne d'Orves.
Thème : la gratitude. Apportez un objet qui compte pour vous.
Sandra""", qs="gmail")

# ---------------------------------------------------------------- withdraw_consent
R("fr-wc-temoignage", "Mon témoignage sur le site",
  """Bonjour Sandra,

J'avais accepté avec plaisir que tu publies mon témoignage sur ton site. Ma situation professionnelle a changé et je préférerais qu'il n'apparaisse plus. Est-ce que tu peux le retirer ?

Merci, et encore bravo pour ton travail,
Céline""", ["withdraw_consent"], frm="Céline Girardot <celine.girardot@gmail.com>")

R("fr-wc-photo", "Photo de l'atelier",
  """Bonjour,
Je me suis reconnue sur la photo de groupe de l'atelier publiée sur Facebook. J'avais signé l'autorisation, mais je la retire : merci d'enlever la photo ou de me flouter.
Sophie Renaud""", ["withdraw_consent"], frm="Sophie Renaud <sophie.renaud@yahoo.fr>")

R("fr-wc-video-replay", "Replay du webinaire",
  """Bonjour Madame Delomenie,

Je suis intervenue à l'oral pendant le webinaire du 12, et j'apparais donc dans le replay. Je ne souhaite plus que cet enregistrement avec ma voix et mon image soit diffusé. Je retire l'accord que j'avais donné en début de séance.

Cordialement,
Roseline Tessier""", ["withdraw_consent"], frm="Roseline Tessier <roseline.tessier@orange.fr>", html="alt")

R("fr-wc-questionnaire-recherche", "Utilisation de mes réponses",
  """Bonjour Sandra,
J'avais coché la case pour que mes réponses au questionnaire servent à ton mémoire de certification. Finalement je préfère que non, tu peux ne plus les utiliser pour ça.
Merci de ta compréhension
Marion""", ["withdraw_consent"], frm="Marion Dubreuil <marion.dubreuil@gmail.com>")

R("fr-wc-consentement-sante", "Retrait de mon consentement",
  """Madame,

Je retire le consentement que j'avais donné lors de la signature du contrat pour la collecte de mes données de santé.

Anne-Laure Peyrot""", ["withdraw_consent"], frm="Anne-Laure Peyrot <al.peyrot@gmail.com>")
# NEAR-LINE: consent withdrawal on health data (the consent basis in her policy), not a request to delete -> withdraw_consent

R("fr-wc-audio", "Enregistrement audio",
  """Coucou Sandra,
Tu avais enregistré ma méditation guidée du stage pour la mettre dans le module en ligne (avec mon accord). Je change d'avis, je préfère qu'elle ne soit pas diffusée. Désolée du contretemps !
Bisous
Juliette""", ["withdraw_consent"], frm="Juliette Arnaud <juliette.arnaud@icloud.com>")

R("fr-wc-cookies", "Cookies / Google Analytics",
  """Bonjour,
J'avais accepté les cookies de mesure d'audience sur votre site par erreur. Je retire ce consentement ; merci de ne plus traiter mes données de navigation.
Cordialement""", ["withdraw_consent"], frm="Quentin Valat <quentin.valat@proton.me>")

# ---------------------------------------------------------------- post_mortem
R("fr-pm-heritier", "Décès de ma mère, Mme Denise Collin",
  """Madame,

J'ai la tristesse de vous informer du décès de ma mère, Denise Collin, le 2 février dernier. Elle avait suivi plusieurs ateliers chez vous. En tant que fille et héritière, je vous demande de clôturer son dossier et de supprimer ses données.

Vous trouverez ci-joint l'acte de décès.

Cordialement,
Véronique Collin""", ["post_mortem"], frm="Véronique Collin <veronique.collin@orange.fr>",
  att=[("pdf", "acte_deces_Collin.pdf", "ACTE DE DECES - Collin Denise nee Baudry - decedee le 2 fevrier - Issoudun")])
# NEAR-LINE: heir asking deletion -> post_mortem only

R("fr-pm-notaire", "Succession de M. Roger Taillandier – demande d'informations",
  """Madame,

En charge du règlement de la succession de Monsieur Roger Taillandier, décédé le 19 octobre, je vous saurais gré de bien vouloir me faire connaître si vous détenez des documents ou données le concernant, et le cas échéant de me les communiquer.

Veuillez agréer, Madame, mes salutations distinguées.

Maître Anne Boisseau
Notaire – Office notarial de la Champagne berrichonne""", ["post_mortem"],
  frm="Office notarial Boisseau <negociation.boisseau@notaires.fr>")
# NEAR-LINE: notary asking for a copy after a death -> post_mortem only, not access

R("fr-pm-directives", "Mes directives pour après",
  """Bonjour Sandra,

Je suis gravement malade et je mets mes affaires en ordre. Je souhaite qu'à mon décès, tout ce que tu as sur moi (notes, enregistrements, photos des stages) soit effacé, et que personne de ma famille ne puisse y avoir accès. Je désigne mon amie Claire Bonnard pour te prévenir le moment venu.

Merci pour tout ce que tu m'as apporté.
Évelyne""", ["post_mortem"], frm="Évelyne Margot <evelyne.margot@gmail.com>")

R("fr-pm-fils-temoignage", "Témoignage de mon père",
  """Bonjour,

Mon père, Gérard Lhomme, est décédé au mois d'août. Je suis tombé sur son témoignage vidéo sur votre page. La famille souhaiterait qu'il soit retiré.

Bien à vous,
Sébastien Lhomme""", ["post_mortem"], frm="Sébastien Lhomme <sebastien.lhomme@gmail.com>")
# NEAR-LINE: looks like withdraw_consent, but a relative writing after a death -> post_mortem only

R("fr-pm-epoux-newsletter", "Newsletter adressée à ma femme",
  """Bonjour, ma femme Monique est décédée en mars. Je continue de recevoir vos lettres à son nom, c'est dur. Merci de ne plus lui écrire.
Jean Rivière""", ["post_mortem"], frm="Jean Rivière <jean.riviere36@wanadoo.fr>")
# NEAR-LINE: sounds like unsubscribing (objection) but a widower after a death -> post_mortem only

R("fr-pm-soeur-acces", "Dossier de ma sœur",
  """Bonjour Madame,

Ma sœur Pauline Verdier nous a quittés il y a deux mois. Elle vous consultait régulièrement et nous essayons, avec mes parents, de comprendre ce qu'elle traversait. Serait-il possible d'avoir accès à ses notes de séances ? Je peux vous fournir l'acte de décès et le livret de famille.

Avec mes remerciements,
Aurélie Verdier""", ["post_mortem"], frm="Aurélie Verdier <aurelie.verdier@laposte.net>", html="only")

R("fr-pm-directive-heritiere", "Instructions en cas de décès",
  """Madame,

Je souhaite vous transmettre mes directives particulières relatives à mes données après ma mort (art. 85 de la loi Informatique et Libertés) : mes données pourront être communiquées à ma fille, Lise Ferrand, qui décidera de leur sort. Aucune autre personne ne devra y avoir accès.

Signé : Marcelle Ferrand""", ["post_mortem"], frm="Marcelle Ferrand <marcelle.ferrand@orange.fr>",
  att=[("pdf", "directives_post_mortem.pdf", "Directives particulieres - Marcelle Ferrand - donnees apres deces")])

R("fr-pm-rectif-heritier", "Erreur sur le nom de mon défunt mari",
  """Bonjour,
Mon mari Alain Roux est décédé l'an dernier. Je remarque qu'il apparaît toujours dans vos mails de relance avec la mauvaise orthographe "Alin". Pouvez-vous corriger ou plutôt clôturer tout ça ?
Merci
Nadine Roux""", ["post_mortem"], frm="Nadine Roux <nadine.roux@sfr.fr>")
# NEAR-LINE: rectification wording, but a widow after a death -> post_mortem only
