# French messages that exercise at least one right.
from rec_util import R, CONTACT, ORANGE

RECORDS = [
# ------------------------------------------------------------------ access
R("fr-acc-notes-relire", ("Camille Vernet", "camille.vernet@gmail.com"), ["access"],
  "petite question entre deux séances",
  """Coucou Sandra !

J'espère que tu vas bien et que ton stage de printemps s'est bien passé, j'ai vu les photos sur Insta, ça avait l'air top.

Je repensais à notre travail de l'an dernier sur la confiance... Je me demandais si tu avais encore tes notes de nos séances ? Ce serait chouette de pouvoir les relire maintenant que j'ai un peu de recul, si tu peux me les transmettre.

Bises et à bientôt,
Camille"""),

R("fr-acc-tout-ce-que-tu-as", ("Julien Perrot", "jperrot36@orange.fr"), ["access"],
  "Re: Ta facture de mars",
  """Merci c'est bien reçu, je fais le virement ce week-end.

Sinon rien à voir mais par curiosité : qu'est-ce que t'as exactement comme infos sur moi dans tes fichiers ? Tu peux m'envoyer tout ça un de ces jours, pas d'urgence.

Julien""",
  quote="""Bonjour Julien,

Voici la facture de mars pour les deux séances (140 €). Bonne réception !

Sandra""", quote_style="gmail"),

R("fr-acc-questionnaire-reponses", ("Nadège Fournier", "nadege.fournier@laposte.net"), ["access"],
  "Mes réponses au questionnaire de départ",
  """Bonjour Sandra,

Au tout début de mon accompagnement j'avais rempli le grand questionnaire (valeurs, besoins, tout ça). Je ne l'ai pas gardé et ma psy aimerait que je le relise avec elle.

Est-ce que je pourrais en avoir une copie ?

Merci d'avance,
Nadège F."""),

R("fr-acc-ou-trouve-numero", ("Bruno Chassagne", "b.chassagne@free.fr"), ["access"],
  "SMS reçu hier",
  """Bonjour,

J'ai reçu hier un SMS pour votre atelier "Oser dire non". Je ne me souviens pas vous avoir donné mon numéro. Vous l'avez eu comment ? Merci de me dire d'où il sort.

B. Chassagne"""),
  # NEAR-LINE: only asks where the number came from (source of data = access), no stop request.

R("fr-acc-partage-qui", ("Élodie Marchand", "elodie.marchand@icloud.com"), ["access"],
  "Question bête",
  """Hello Sandra,

Question peut-être bête mais bon : quand je me suis inscrite à la formation via mon employeur, est-ce que tu as transmis des trucs sur moi à mon boss ? Genre mes évaluations ou mes réponses aux exercices ? J'aimerais savoir à qui mes infos ont été communiquées exactement.

Merci !
Élodie

Envoyé de mon iPhone""", mailer="iPhone Mail (22B91)"),

R("fr-acc-sms-style", ("Kev", "kevin.dlb36@gmail.com"), ["access"],
  "mes donnees",
  """slt sandra c kevin (latelier du samedi)
tu peu menvoyer ce ke tu as sur moi stp? tout ce ki est dans ton fichier
merci bcp
kev"""),

R("fr-acc-belge-copie", ("Françoise Deprez", "francoise.deprez@skynet.be"), ["access"],
  "Demande de copie de mon dossier",
  """Bonjour Madame Delomenie,

J'ai suivi votre accompagnement à distance l'année passée depuis Namur. Pourriez-vous me faire parvenir une copie de mon dossier, à savoir les fiches de suivi et les exercices que je vous avais renvoyés ? Je voudrais faire le point avant de septante ans, comme on dit chez nous, ce qui nous laisse encore un peu de marge !

D'avance je vous remercie,
Françoise Deprez"""),

R("fr-acc-formel-art15", ("Me Thibault Garnier", "t.garnier@garnier-avocat.fr"), ["access"],
  "Demande d'accès - Mme Aurélie Besson - art. 15 RGPD",
  """Madame,

Je vous écris en qualité de conseil de Madame Aurélie Besson, qui m'a donné mandat à cet effet (mandat joint).

Au titre de l'article 15 du Règlement (UE) 2016/679, ma cliente sollicite la communication de l'ensemble des données à caractère personnel la concernant que vous traitez, ainsi que des informations relatives aux finalités, aux destinataires et à la durée de conservation.

Je vous remercie de bien vouloir me faire parvenir ces éléments dans le délai d'un mois prévu par le texte.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Thibault Garnier
Avocat au Barreau de Châteauroux""",
  attachments=[("pdf", "mandat_Besson.pdf", "Mandat - Aurelie Besson donne mandat a Me Thibault Garnier pour exercer ses droits RGPD")]),

R("fr-acc-quebec", ("Geneviève Tremblay", "gen.tremblay@videotron.ca"), ["access"],
  "Mes notes de coaching",
  """Allô Sandra!

J'espère que t'as pas trop frette en France, icitte on est à -25 ce matin, c'est pas mêlant.

Je me demandais : tu pourrais-tu m'envoyer une copie de mes notes de coaching de l'automne passé? Je me cherche une nouvelle job et ça m'aiderait de revoir ce qu'on avait dégagé ensemble.

Merci ben gros!
Gen"""),

R("fr-acc-vite-fait-thread", ("Marion Lefort", "marion.lefort@hotmail.fr"), ["access"],
  "RE: Séance du 14",
  """ok pour le 14 à 18h 👍
et tu peux m'envoyer le compte rendu de toutes nos séances depuis janvier stp ? je veux faire un bilan perso

Marion""",
  quote="""Bonjour Marion,
Je te propose le 14 à 18h ou le 16 à 10h, dis-moi ce qui t'arrange.
Sandra""", quote_style="outlook"),

R("fr-acc-en-passant-paiement", ("Hélène Brunet", "helene.brunet@wanadoo.fr"), ["access"],
  "Paiement en 3 fois ?",
  """Bonjour Sandra,

Je voudrais m'inscrire au cycle de 6 séances, est-ce possible de régler en trois fois par chèque ?

Et pendant que j'y pense : j'avais fait un bilan avec vous en 2022, vous avez sûrement gardé ma fiche. Je serais curieuse de voir ce qu'il y avait dedans, si vous pouviez me l'envoyer avant qu'on recommence.

Cordialement,
Hélène Brunet"""),
  # NEAR-LINE: access request buried under a payment question.

R("fr-acc-enregistrement-voix", ("Sébastien Roux", "seb.roux@gmail.com"), ["access"],
  "L'enregistrement de la séance",
  """Salut Sandra,

Tu avais enregistré notre séance de visualisation (avec mon accord évidemment). Tu pourrais me transférer le fichier audio ? C'est ma voix, ma séance, et j'aimerais la réécouter le soir.

Merci !
Seb"""),

R("fr-acc-form-contact", ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"), ["access"],
  "[Floraison de Soi] Nouveau message de : Patricia Aubert",
  """Nom : Patricia Aubert
Email : patricia.aubert@sfr.fr
Téléphone : 06 12 44 87 90
Sujet : Informations me concernant

Message :
Bonjour, je reçois votre newsletter depuis longtemps et je ne sais plus ce que je vous ai donné comme infos. Pouvez-vous me dire quelles données vous avez sur moi ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Patricia Aubert <patricia.aubert@sfr.fr>"}, mailer="WordPress/6.5.3"),

# ------------------------------------------------------------------ rectification
R("fr-rect-nom-mariage", ("Laura Martin", "laura.martin.pro@gmail.com"), ["rectification"],
  "Nouvelles !",
  """Coucou !

Alors ça y est, on s'est dit oui le 7 juin, c'était magique (et il a fait beau, miracle). Merci encore pour le travail sur mes peurs, je n'aurais jamais osé la robe rouge sans toi 😄

Petit détail pratique : je ne suis plus Laura Gauthier mais Laura Martin, et j'ai changé d'adresse mail, c'est celle-ci maintenant. Tu pourras mettre ta fiche à jour ?

Des bisous,
Laura"""),

R("fr-rect-tel-change", ("Ahmed Benali", "ahmed.benali@outlook.fr"), ["rectification"],
  "changement de numéro",
  """Bonjour Sandra,
J'ai changé d'opérateur et de numéro : l'ancien 06 45 21 33 08 ne marche plus, le nouveau c'est le 07 68 02 19 55. Pense à remplacer dans ton répertoire pour les rappels de rdv.
Merci, à jeudi
Ahmed"""),

R("fr-rect-orthographe", ("Anaïs Lhermitte", "anais.lhermitte@yahoo.fr"), ["rectification"],
  "Re: Votre attestation de formation",
  """Merci beaucoup pour l'attestation !

Par contre petite coquille : c'est Lhermitte avec un h après le L, pas "Lermite" 🙂 Vous pourriez corriger dans votre fichier et me renvoyer l'attestation corrigée ?

Bonne journée,
Anaïs""",
  quote="""Bonjour Anaïs,

Vous trouverez ci-joint votre attestation de fin de formation "Communication bienveillante en équipe".

Belle continuation,
Sandra Delomenie""", quote_style="apple"),
  # NEAR-LINE: asks to correct her name in the file (rectification), not only the document.

R("fr-rect-date-naissance", ("Denis Morel", "denis.morel@free.fr"), ["rectification"],
  "erreur date de naissance",
  """Bonjour,

Sur le récapitulatif d'inscription que j'ai reçu, ma date de naissance est notée 03/11/1978. C'est le 11/03/1978 (jour et mois inversés). Merci de rectifier.

Denis Morel"""),

R("fr-rect-note-fausse", ("Sophie Carrère", "sophie.carrere@gmail.com"), ["rectification"],
  "Une petite chose qui me chiffonne",
  """Bonjour Sandra,

En relisant la fiche de synthèse que tu m'as envoyée, j'ai vu écrit que j'avais "deux enfants". En fait j'en ai trois (Lucas, Inès et la petite Romane qui n'était pas encore née au moment du premier rdv !). Ça n'a l'air de rien mais ça change un peu le tableau de mon organisation...

Tu peux corriger ça dans ton dossier ?

Bonne soirée,
Sophie"""),

R("fr-rect-adresse-demenagement", ("Paul et Martine Gervais", "gervais.famille@orange.fr"), ["rectification"],
  "Déménagement",
  """Bonjour Sandra,

Nous quittons Issoudun pour nous rapprocher des enfants. Notre nouvelle adresse à partir du 1er septembre : 12 allée des Tilleuls, 18000 Bourges. Merci de la noter à la place de l'ancienne pour les courriers et factures.

Martine continue ses séances en visio, elle vous recontacte pour les dates.

Amicalement,
Paul Gervais"""),

R("fr-rect-suisse-completer", ("Christine Favre", "christine.favre@bluewin.ch"), ["rectification"],
  "Compléments à mon dossier",
  """Bonjour Madame,

Lors de mon inscription en ligne, je n'avais pas indiqué mon nom de jeune fille, ni mon natel, le formulaire ne prenait pas les numéros suisses. Je souhaiterais que mon nom complet figure dans mon dossier : Christine Favre, née Rochat, et que vous ajoutiez mon numéro : +41 79 455 12 87.

Avec mes meilleures salutations,
Christine Favre, Lausanne"""),

R("fr-rect-sans-accent", ("Theo Lacroix", "theo.lacroix@gmail.com"), ["rectification"],
  "mail",
  """salut sandra
jai plus acces a mon ancienne adresse theo.lacroix@hotmail.fr, tu peux la virer et mettre celle ci a la place stp
merci a+"""),

R("fr-rect-genre-prenom", ("Noé Castel", "noe.castel@proton.me"), ["rectification"],
  "Mon prénom",
  """Bonjour Sandra,

Je t'écris pour une chose un peu personnelle : depuis quelques mois j'utilise le prénom Noé (au lieu de Noémie) et le pronom il. Est-ce que tu pourrais mettre à jour mon prénom dans tes fichiers et sur la liste des participants de l'atelier ?

Merci pour ta bienveillance, c'est aussi grâce à nos échanges que j'ai franchi le pas.

Noé"""),

# ------------------------------------------------------------------ erasure
R("fr-eras-tourner-page", ("Claire Dumas", "claire.dumas@gmail.com"), ["erasure"],
  "Tourner la page",
  """Bonjour Sandra,

Je vais être honnête, cette période de ma vie, je préfère la laisser derrière moi. Ce n'est pas du tout contre toi, nos séances m'ont vraiment aidée.

Est-ce que tu pourrais faire en sorte qu'il ne reste plus rien de moi chez toi ? Fiches, mails, notes, tout.

Merci de ta compréhension,
Claire"""),
  # NEAR-LINE: euphemistic ("qu'il ne reste plus rien de moi") but clearly an erasure request.

R("fr-eras-compte-et-donnees", ("Mathieu Renard", "m.renard@laposte.net"), ["erasure"],
  "suppression compte",
  """Bonjour,
Merci de supprimer mon compte sur votre espace formation ainsi que toutes les données qui vont avec.
Cordialement
M. Renard"""),

R("fr-eras-blague", ("Isabelle Noël", "isa.noel@sfr.fr"), ["erasure"],
  "Mode fantôme activé 👻",
  """Hello Sandra,

J'ai décidé de faire une grande détox numérique (oui oui, moi, la fille qui répondait à tes mails à 23h). Je supprime mes réseaux, je désactive des comptes, je fais le vide.

Et donc toi aussi tu y passes, désolée 😅 : tu peux effacer mes coordonnées et tout ce que tu as sur moi ? Je te promets que si je reviens ce sera par pigeon voyageur.

Bises,
Isa"""),

R("fr-eras-outlook-formel", ("Gérard Lemoine", "gerard.lemoine@wanadoo.fr"), ["erasure"],
  "Demande d'effacement de données personnelles",
  """Madame,

Conformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données personnelles me concernant, y compris celles collectées lors de ma participation à la conférence de novembre 2024 à Châteauroux.

Je vous saurais gré de me confirmer l'effacement par retour de mail.

Gérard Lemoine
14 rue Porte Neuve, 36100 Issoudun""",
  mailer="Microsoft Outlook 16.0"),

R("fr-eras-maman-mineur", ("Valérie Simon", "valerie.simon36@gmail.com"), ["erasure"],
  "Données de ma fille Jade",
  """Bonjour Madame Delomenie,

Ma fille Jade (15 ans) a participé à l'atelier gestion du stress pour ados en avril. Elle ne souhaite pas poursuivre et, en tant que mère, je vous demande de supprimer les informations la concernant : fiche d'inscription, questionnaire et coordonnées.

Je vous remercie,
Valérie Simon"""),

R("fr-eras-reply-to-newsletter", ("Romain Faure", "romain.faure@gmail.com"), ["erasure"],
  "Re: 🌸 La lettre de Floraison de Soi - Avril",
  """Bonjour,
Je ne suis plus cliente depuis longtemps : effacez s'il vous plaît mon dossier et mes coordonnées de toutes vos bases.
Merci.""",
  quote="""🌸 La lettre de Floraison de Soi - Avril

Le printemps est là, et avec lui l'envie de se remettre en mouvement !
Ce mois-ci : un nouvel atelier "Oser sa place" le samedi 26 avril, et un exercice de respiration à faire chez vous.

Pour vous désinscrire, cliquez ici.""", quote_style="gmail", quote_from=("Floraison de Soi", "contact@floraisondesoi.fr")),
  # NEAR-LINE: "cliente" by a man; typo-level. Request above a quoted newsletter = request. Deleting the whole file, not just unsubscribing = erasure.

R("fr-eras-apple-court", ("Léa Girard", "lea.girard@icloud.com"), ["erasure"],
  "Re: Suite à notre échange",
  """Finalement je préfère que tu supprimes tout ce qui me concerne, y compris le bilan. Merci d'avance 🙏

Envoyé de mon iPhone""",
  quote="""Bonjour Léa,
Comme convenu au téléphone, je garde ton bilan au chaud si jamais tu veux reprendre en septembre.
Belle journée,
Sandra""", quote_style="apple"),

R("fr-eras-belge-une-fois", ("Olivier Peeters", "olivier.peeters@telenet.be"), ["erasure"],
  "Effacement",
  """Bonjour Sandra,

Suite à mon déménagement à Liège, je ne vais plus pouvoir suivre vos ateliers. Je vous remercie de bien vouloir effacer mes données de votre fichier. Il n'y a pas de souci, c'était très chouette, mais autant faire place nette.

Bien à vous,
Olivier"""),

R("fr-eras-whatsapp-groupe", ("Coralie Besnard", "coralie.besnard@gmail.com"), ["erasure"],
  "groupe whatsapp + fichier",
  """Coucou Sandra, j'ai quitté le groupe WhatsApp de la formation (trop de notifs, désolée 😅). Et tant que j'y suis, tu peux aussi m'effacer de ton fichier participants et supprimer mes coordonnées ? je ne reviendrai pas sur le prochain cycle.
Merci !! Coralie"""),

R("fr-eras-hint-oubli", ("Yannick Bouvier", "y.bouvier@orange.fr"), ["erasure"],
  "oubliez-moi :)",
  """Bonjour Sandra,
Petit message pour vous demander de m'oublier... au sens informatique du terme bien sûr ! Vous pouvez retirer mes infos de votre fichier et supprimer nos échanges, je n'en ai plus besoin.
Bonne continuation,
Yannick"""),

R("fr-eras-rh-ancien-salarie", ("Stéphanie Roussel", "stephanie.roussel@menuiseries-berry.fr"), ["erasure"],
  "Formation management 2024 - M. Lucas Perrin",
  """Bonjour Madame Delomenie,

M. Lucas Perrin a quitté notre entreprise. Il nous a demandé de vous transmettre sa demande : il souhaite que ses évaluations et ses travaux de la formation management 2024 soient supprimés de vos dossiers. Vous trouverez ci-joint son courrier signé.

Cordialement,
Stéphanie Roussel
Responsable RH - Menuiseries du Berry""",
  attachments=[("pdf", "courrier_L_Perrin.pdf", "Je soussigne Lucas Perrin demande la suppression de mes donnees de formation. Signe: L. Perrin")]),
  # NEAR-LINE: HR relays a signed request from the person himself = request, not "colleague asking about another adult".

# ------------------------------------------------------------------ restriction
R("fr-restr-pas-supprimer", ("Agnès Poulain", "agnes.poulain@gmail.com"), ["restriction"],
  "Mon dossier - ne rien effacer svp",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur et mon avocat m'a dit que mes notes de coaching pourraient servir. Donc surtout ne supprime rien ! Mais en attendant, je préfère que tu ne t'en serves plus du tout (pas de relance, pas d'exemple anonymisé pour tes formations, rien). Juste les garder au frais.

Merci beaucoup,
Agnès"""),

R("fr-restr-conteste-note", ("François Mallet", "francois.mallet@free.fr"), ["restriction"],
  "Compte rendu contesté",
  """Bonjour,

Le compte rendu de la séance collective du 12 indique que j'aurais "refusé de participer aux exercices". C'est inexact, j'avais simplement demandé à passer en dernier. Tant que nous n'avons pas clarifié ce point, je vous demande de ne pas utiliser ce compte rendu, ni de le transmettre à mon employeur.

François Mallet"""),

R("fr-restr-geler", ("Nina Petit", "nina.petit@hotmail.com"), ["restriction"],
  "Pause",
  """Coucou Sandra,

Je fais une pause dans l'accompagnement (bébé n°2 en route 🤰). Tu peux geler mon dossier ? Tu le gardes, mais tu n'en fais rien et tu ne m'inclus dans rien pour l'instant. Je te redis quand je suis prête à reprendre.

Bisous,
Nina"""),
  # NEAR-LINE: "geler mon dossier" = freeze = restriction by policy.

R("fr-restr-questionnaire-stats", ("Marc Olivier", "marc.olivier@yahoo.fr"), ["restriction"],
  "Mes réponses au questionnaire",
  """Bonjour,
Je conteste plusieurs réponses qui me sont attribuées dans le questionnaire d'évaluation (j'ai l'impression qu'il y a eu mélange avec un autre participant). Merci de suspendre toute utilisation de mon questionnaire le temps de vérifier.
Marc Olivier"""),

R("fr-restr-tu-gardes", ("Inès Morin", "ines.morin@gmail.com"), ["restriction"],
  "Re: Archivage des dossiers",
  """Alors non surtout pas d'effacement, j'en aurai peut-être besoin pour la MDPH. Mais que ça reste dans un tiroir, que personne d'autre n'y touche et que tu ne t'en serves pour rien d'autre, ok ?

Inès""",
  quote="""Bonjour Inès,

Je fais le tri dans mes dossiers de 2022. Souhaites-tu que je supprime le tien ou que je le garde ?

Sandra""", quote_style="gmail"),

R("fr-restr-sms-style", ("Lulu", "lucie.garnier.36@gmail.com"), ["restriction"],
  "dossier",
  """coucou! jte previens jsuis en procedure avec mon ex, tu effaces rien de mon dossier mais tu l'utilises plus du tout stp, meme pas pour m'envoyer des trucs. merci t'es top"""),

# ------------------------------------------------------------------ portability
R("fr-port-nouvelle-coach", ("Amandine Robert", "amandine.robert@gmail.com"), ["portability"],
  "Transfert vers ma nouvelle coach",
  """Bonjour Sandra,

Comme je te l'ai dit, je déménage à Nantes et je vais continuer avec une coach là-bas, Mme Hamon. Est-ce que tu pourrais lui transmettre directement mon dossier (questionnaires, fiches) dans un format qu'elle pourra réutiliser ? Son adresse : c.hamon@coaching-ouest.fr

Mille mercis pour tout,
Amandine"""),

R("fr-port-csv", ("Pierre-Yves Leclerc", "py.leclerc@proton.me"), ["portability"],
  "Export de mes données",
  """Bonjour,

Pourriez-vous m'exporter mes données (historique des séances, réponses aux questionnaires, suivi) dans un format structuré type CSV ou JSON ? Je centralise tout dans un outil perso de journaling.

Merci,
P.-Y. Leclerc"""),

R("fr-port-systemeio", ("Aurélie Picard", "aurelie.picard@orange.fr"), ["portability"],
  "Re: Accès à la plateforme",
  """Merci pour le lien. Ah et j'y pense, comme la formation se termine : est-ce que tu peux me sortir mes résultats de quiz et mes travaux rendus dans un fichier exploitable (Excel ou autre) ? Je voudrais les importer dans mon portfolio de formatrice.

Aurélie""",
  quote="""Bonjour Aurélie,
Voici le lien pour te reconnecter à l'espace formation : https://floraisondesoi.systeme.io/login
Bonne journée !""", quote_style="gmail"),

R("fr-port-hint", ("Maëlle Jacob", "maelle.jacob@gmail.com"), ["portability"],
  "Mon carnet de bord",
  """Coucou Sandra !

Tu te souviens du carnet de bord qu'on remplissait ensemble dans ton outil en ligne ? J'aimerais bien continuer à le tenir toute seule de mon côté, sur mon appli à moi. Ce serait possible de me le récupérer dans un format que je peux importer ailleurs ?

Bises et merci pour tout,
Maëlle"""),

R("fr-port-entreprise-transfert", ("Hugo Barbier", "hugo.barbier@gmail.com"), ["portability"],
  "Mes évaluations de formation",
  """Bonjour Madame Delomenie,

J'ai suivi votre formation "Prise de parole" financée par mon CPF. Mon nouvel organisme (Formapro Centre) me demande mes évaluations de compétences. Pouvez-vous les leur transférer directement, dans un format numérique réutilisable ? Contact : parcours@formapro-centre.fr

Merci,
Hugo Barbier"""),

# ------------------------------------------------------------------ objection
R("fr-obj-newsletter-enlever", ("Brigitte Colin", "brigitte.colin@orange.fr"), ["objection"],
  "trop de mails",
  """Bonjour Sandra,
Je vous aime bien mais je croule sous les mails en ce moment. Pourriez-vous m'enlever de votre newsletter ? Je passerai voir votre site de temps en temps.
Bonne continuation,
Brigitte"""),

R("fr-obj-sujet-seul", ("J. Vidal", "jvidal@gmail.com"), ["objection"],
  "désinscription newsletter svp", ""),

R("fr-obj-sms-stop", ("Christophe Aubry", "chris.aubry@sfr.fr"), ["objection"],
  "SMS",
  """Bonjour, je reçois vos SMS de promo pour les ateliers, merci d'arrêter. Par mail ça va, mais plus de SMS.
Christophe"""),

R("fr-obj-prospection", ("Sylvie Brun", "sylvie.brun@laposte.net"), ["objection"],
  "Ne plus me contacter",
  """Madame,

J'ai assisté une seule fois à votre conférence et depuis je suis relancée régulièrement par téléphone pour des offres. Je m'oppose à ce que vous me contactiez à des fins commerciales, par quelque moyen que ce soit.

Sylvie Brun"""),

R("fr-obj-humour", ("David Lopez", "david.lopez@gmail.com"), ["objection"],
  "Lettre de rupture 💔",
  """Chère newsletter,

Ce n'est pas toi, c'est moi. On a passé de bons moments ensemble, tes conseils du lundi, tes exercices de respiration... Mais il est temps que chacun reprenne sa route.

Bref Sandra, tu peux me désabonner ? 😂

David"""),

R("fr-obj-stats", ("Anne-Sophie Perrin", "as.perrin@gmail.com"), ["objection"],
  "Utilisation de mes réponses",
  """Bonjour Sandra,

J'ai vu dans ta présentation au salon que tu utilises les réponses aux questionnaires des participants pour faire des statistiques (même anonymisées). Je préfère que les miennes n'en fassent pas partie. Tu peux les exclure ?

Merci,
Anne-Sophie"""),

R("fr-obj-en-passant-rdv", ("Laurent Marie", "laurent.marie@free.fr"), ["objection"],
  "Re: Rdv mardi",
  """Mardi 10h c'est parfait.
Par contre plus besoin de m'envoyer la newsletter, je l'avais pas demandée à la base et je la lis jamais 😅
À mardi""",
  quote="""Bonjour Laurent,
Je peux te proposer mardi 10h pour notre prochaine séance.
Sandra""", quote_style="gmail"),

R("fr-obj-quebec-courriel", ("Marc-André Gagnon", "ma.gagnon@hotmail.com"), ["objection"],
  "Vos courriels",
  """Bonjour Madame,

J'apprécie beaucoup votre travail, mais je reçois vos courriels promotionnels à peu près à toutes les semaines et c'est un peu trop pour moi. Pourriez-vous me retirer de votre liste d'envoi?

Merci et bonne fin de journée,
Marc-André"""),

R("fr-obj-profilage", ("Thomas Brunel", "thomas.brunel@proton.me"), ["objection"],
  "Google Analytics et profilage",
  """Bonjour,

Je constate que votre site utilise Google Analytics et que vos emails contiennent des pixels de suivi. Je m'oppose, au titre de l'article 21 du RGPD, au suivi de mes ouvertures de mails et à tout profilage me concernant.

Thomas Brunel"""),

R("fr-obj-plus-relance", ("Fatou Diallo", "fatou.diallo@gmail.com"), ["objection"],
  "Re: Et si on se revoyait ?",
  """Bonjour Sandra, merci pour le message mais je ne souhaite pas reprendre. Je préfère ne plus recevoir de relances de ce type, ni par mail ni par téléphone. Belle journée à toi.""",
  quote="""Bonjour Fatou,
Cela fait un an que nous avons terminé ton accompagnement. Et si on faisait un petit point ? Je t'offre une séance bilan de 30 minutes.
Sandra""", quote_style="outlook"),

# ------------------------------------------------------------------ withdraw_consent
R("fr-wc-temoignage-site", ("Océane Lambert", "oceane.lambert@gmail.com"), ["withdraw_consent"],
  "Mon témoignage",
  """Coucou Sandra,

Je suis tombée par hasard sur mon témoignage sur ton site (avec ma photo !). Sur le moment j'étais ok mais là je suis en recherche d'emploi et je préfère que ça n'apparaisse plus en tapant mon nom sur Google... Tu peux l'enlever ?

Merci, et désolée pour le dérangement !
Océane"""),

R("fr-wc-photo-atelier", ("Gaëlle Henry", "gaelle.henry@orange.fr"), ["withdraw_consent"],
  "photos atelier",
  """Bonjour,
Sur la page Facebook de Floraison de Soi il y a une photo de groupe de l'atelier du 15 mars où on me voit bien. J'avais coché oui pour les photos mais je change d'avis, pouvez-vous la retirer ou me flouter ?
Merci
Gaëlle Henry"""),

R("fr-wc-video-replay", ("Jérôme Caron", "jerome.caron@gmail.com"), ["withdraw_consent"],
  "replay du webinaire",
  """Salut Sandra,
Dans le replay du webinaire de jeudi on m'entend et on me voit pendant les questions. J'avais dit oui sur le coup mais finalement je préfère que tu coupes ce passage ou que tu retires la vidéo. Merci !
Jérôme"""),

R("fr-wc-questionnaire-recherche", ("Cécile Moulin", "cecile.moulin@univ-orleans.fr"), ["withdraw_consent"],
  "Consentement questionnaire",
  """Bonjour Madame Delomenie,

J'avais accepté que mes réponses au questionnaire de satisfaction soient utilisées dans votre étude sur l'accompagnement des enseignants. Je retire ce consentement : merci de ne plus utiliser mes réponses à cette fin.

Cordialement,
Cécile Moulin"""),

R("fr-wc-hint-insta", ("Manon Blanc", "manon.blanc@icloud.com"), ["withdraw_consent"],
  "ma tête sur insta 🙈",
  """Hello hello !

Alors j'ai vu la story avec la vidéo de l'atelier danse-libération... Je me suis trouvée tellement ridicule 🙈🙈 Je sais que j'avais signé le papier pour l'image mais est-ce qu'il y aurait moyen que je n'y sois plus ? Genre tu la retires ou tu me coupes au montage ?

Sinon trop hâte de l'atelier de juin !
Manon""", mailer="iPhone Mail (21E236)"),
  # NEAR-LINE: hinted ("est-ce qu'il y aurait moyen") but asks to withdraw image consent.

R("fr-wc-donnees-sante", ("Patrick Lemaire", "patrick.lemaire@wanadoo.fr"), ["withdraw_consent"],
  "Données de santé",
  """Madame,

Lors de l'inscription j'avais donné mon consentement à la collecte d'informations sur ma santé (traitement, sommeil). Je retire ce consentement à compter de ce jour. Nous poursuivons les séances mais sans ces éléments.

Patrick Lemaire"""),

R("fr-wc-audio-podcast", ("Sarah Benoît", "sarah.benoit@gmail.com"), ["withdraw_consent"],
  "L'extrait audio dans le podcast",
  """Bonjour Sandra,

Une amie m'a dit qu'elle m'avait reconnue dans ton dernier épisode de podcast (l'extrait de séance anonymisé... pas tant que ça, ma voix est reconnaissable !). J'avais dit oui mais je ne me sens plus à l'aise. Tu pourrais retirer cet extrait ?

Sarah"""),

# ------------------------------------------------------------------ post_mortem
R("fr-pm-fille-maman", ("Céline Rolland", "celine.rolland@gmail.com"), ["post_mortem"],
  "Ma maman, Jacqueline Rolland",
  """Bonjour Sandra,

Je suis la fille de Jacqueline Rolland, qui venait à vos ateliers de sophrologie du mardi. Maman nous a quittés le mois dernier. Elle parlait souvent de vous avec beaucoup d'affection.

Je reçois encore vos mails sur sa boîte, que je consulte pour les démarches. Pourriez-vous la retirer de vos listes et supprimer son dossier ?

Merci pour ce que vous lui avez apporté.
Céline Rolland"""),

R("fr-pm-notaire", ("Étude Me Dubreuil", "office.dubreuil@notaires.fr"), ["post_mortem"],
  "Succession de M. André Pichon - demande d'informations",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur André Pichon, décédé le 2 février 2025 à Issoudun.

Dans le cadre de nos opérations, nous vous remercions de bien vouloir nous communiquer les informations et documents que vous détiendriez au nom du défunt (factures, contrats en cours), et de nous indiquer le sort que vous réservez à ses données personnelles.

Vous trouverez ci-joint l'acte de décès.

Veuillez agréer, Madame, nos salutations distinguées.

Pour Maître Dubreuil,
Sandrine Labbé, clerc de notaire""",
  attachments=[("pdf", "acte_deces_Pichon.pdf", "Acte de deces - Andre Pichon - decede le 2 fevrier 2025 a Issoudun (Indre)")]),

R("fr-pm-mes-directives", ("Monique Berger", "monique.berger@orange.fr"), ["post_mortem"],
  "Pour plus tard",
  """Bonjour Sandra,

Sujet un peu étrange, mais après nos échanges sur "ranger sa vie" j'ai fait mes papiers. J'ai 78 ans et je préfère tout prévoir : le jour où je ne serai plus là, je souhaite que tout ce que vous avez sur moi soit détruit, et que personne, pas même mes enfants, n'ait accès à mes carnets de séance.

Je vous remercie de le noter quelque part.

Monique"""),

R("fr-pm-veuf-court", ("Alain Jourdain", "alain.jourdain@free.fr"), ["post_mortem"],
  "Mon épouse",
  """Bonjour,
Mon épouse Nathalie Jourdain est décédée en août. Elle avait suivi vos séances. J'aimerais récupérer ses notes, c'est tout ce qu'il me reste de cette période. Est-ce possible ?
Alain Jourdain"""),

R("fr-pm-frere-compte", ("Vincent Arnaud", "vincent.arnaud@gmail.com"), ["post_mortem"],
  "Re: Ton accès à la formation expire bientôt",
  """Bonjour,

Je me permets de répondre à ce mail reçu sur la boîte de mon frère, Damien Arnaud, décédé en janvier. Merci de fermer son compte sur la plateforme de formation et d'effacer ses données. Je peux fournir un justificatif si besoin.

Vincent Arnaud""",
  quote="""Bonjour Damien,

Ton accès à la formation "Mieux gérer ses émotions" expire dans 7 jours. Pense à télécharger tes supports !

L'équipe Floraison de Soi""", quote_style="gmail", quote_from=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("fr-pm-belge-heritiers", ("Famille Lambotte", "m.lambotte@skynet.be"), ["post_mortem"],
  "Décès de notre père, Jean Lambotte",
  """Madame,

Nous avons le regret de vous faire part du décès de notre père, Jean Lambotte, survenu à Charleroi. Il avait suivi un accompagnement avec vous à distance.

En tant qu'héritiers, nous souhaiterions savoir quelles données vous conservez à son nom et vous demandons ensuite de les supprimer. Ci-joint une copie de l'acte de décès.

Veuillez croire, Madame, en nos sentiments respectueux.
Marc et Sylvie Lambotte""",
  attachments=[("pdf", "acte_deces_J_Lambotte.pdf", "Extrait d'acte de deces - Jean Lambotte - Charleroi")]),

R("fr-pm-facebook-fille", ("Emma Guérin", "emma.guerin@hotmail.fr"), ["post_mortem"],
  "Le témoignage de mon papa",
  """Bonjour,

Mon papa, Gilles Guérin, est parti en mars. En cherchant son nom sur internet je suis tombée sur son témoignage sur votre site, avec sa photo. C'est beau mais c'est dur à voir pour l'instant. Pourriez-vous le retirer, au moins quelque temps ?

Emma"""),
  # NEAR-LINE: looks like withdraw_consent, but a relative after a death = post_mortem only.

# ------------------------------------------------------------------ multi-right
R("fr-multi-acc-rect", ("Véronique Lucas", "veronique.lucas@gmail.com"), ["access", "rectification"],
  "Quelques mises à jour",
  """Bonjour Sandra,

J'espère que tu vas bien ! Trois petites choses en vrac :
- le solde de la formation, je te le règle la semaine prochaine, promis ;
- j'ai changé de boulot, mon mail pro n'existe plus (v.lucas@pharmacie-centrale36.fr), garde seulement celui-ci ;
- et j'aimerais bien recevoir une copie de tout ce que tu as sur moi, par simple curiosité.

Merci et à bientôt au prochain atelier !
Véro"""),

R("fr-multi-eras-obj", ("Grégory Fabre", "greg.fabre@yahoo.fr"), ["erasure", "objection"],
  "stop",
  """Bonjour,
Je ne veux plus recevoir ni newsletter ni SMS et je vous demande de supprimer mes données de vos fichiers.
G. Fabre"""),

R("fr-multi-eras-wc", ("Justine Mercier", "justine.mercier@gmail.com"), ["erasure", "withdraw_consent"],
  "Je tourne la page",
  """Coucou Sandra,

Je voulais te dire que je ferme définitivement le chapitre "coaching" (c'est positif hein, je vais bien !). Du coup, est-ce que tu peux enlever ma vidéo témoignage de ta page d'accueil, et ensuite effacer tout mon dossier ?

Plein de belles choses pour la suite,
Justine"""),

R("fr-multi-acc-port", ("Romain Gauthier", "romain.gauthier@gmail.com"), ["access", "portability"],
  "Mes données",
  """Bonjour,

Je souhaiterais savoir quelles données vous détenez sur moi, et récupérer mes réponses aux tests et mon suivi dans un fichier exploitable (CSV de préférence) pour les transmettre à mon nouveau thérapeute.

Merci,
Romain Gauthier"""),

R("fr-multi-acc-eras", ("Delphine Vasseur", "delphine.vasseur@free.fr"), ["access", "erasure"],
  "avant que tu effaces",
  """Salut Sandra,

Avant de tout effacer me concernant (car oui je voudrais que tu supprimes mon dossier), est-ce que tu pourrais m'envoyer une copie de mes fiches ? J'aimerais garder une trace pour moi.

Merci beaucoup !
Delphine"""),

R("fr-multi-rect-obj", ("Hervé Collet", "herve.collet@orange.fr"), ["objection", "rectification"],
  "Nouveau mail + newsletter",
  """Bonjour,

Mon ancienne adresse herve.collet@wanadoo.fr va fermer, merci de la remplacer par celle-ci. Et au passage je ne veux plus de la newsletter, juste les infos pratiques pour mes séances.

Hervé"""),

R("fr-multi-obj-wc", ("Pauline Rey", "pauline.rey@gmail.com"), ["objection", "withdraw_consent"],
  "Deux petites demandes",
  """Hello Sandra !

Déjà merci pour le stage, j'en suis revenue boostée 🔥

Deux trucs : tu peux retirer la photo de moi que tu as mise dans ton dernier post LinkedIn ? Et me désinscrire de la lettre mensuelle, je préfère te suivre sur les réseaux.

Bisous !
Pauline"""),

R("fr-multi-acc-obj", ("Raphaël Dupuis", "raphael.dupuis@laposte.net"), ["access", "objection"],
  "Démarchage",
  """Bonjour,

Je reçois depuis peu des mails de votre part alors que je ne vous connais pas. Je souhaite savoir comment vous avez obtenu mon adresse et quelles informations vous avez sur moi. Par ailleurs, je m'oppose à toute prospection de votre part.

R. Dupuis"""),

R("fr-multi-restr-acc", ("Karine Morel", "karine.morel@gmail.com"), ["access", "restriction"],
  "Fiche de suivi",
  """Bonjour Sandra,

Mon employeur a financé l'accompagnement et je crains qu'il y ait des choses inexactes dans la fiche de suivi qui doit lui être remise. Peux-tu m'envoyer une copie de ce qu'il y a dedans, et ne rien transmettre ni utiliser tant que je ne l'ai pas relue ?

Merci,
Karine"""),
  # NEAR-LINE: contesting + pausing = restriction; plus a copy = access.

R("fr-multi-port-eras", ("Benjamin Hoarau", "benjamin.hoarau@gmail.com"), ["erasure", "portability"],
  "Changement de plateforme",
  """Bonjour Sandra,

Je change d'organisme pour finir ma certification. Peux-tu m'envoyer mes évaluations et mes travaux dans un format que je pourrai importer chez eux (un export tableur ira très bien), puis supprimer mon compte et mes données chez toi ?

Merci pour tout,
Benjamin"""),

R("fr-multi-trois", ("Corinne Dufour", "corinne.dufour@wanadoo.fr"), ["access", "objection", "rectification"],
  "Plusieurs choses",
  """Bonjour Madame Delomenie,

1) Mon nom est Dufour et non Dufort sur vos envois. Merci de corriger.
2) Je souhaite obtenir une copie des informations que vous détenez me concernant.
3) Je ne souhaite plus recevoir d'offres commerciales.

Cordialement,
Corinne Dufour"""),

R("fr-multi-eras-wc-sante", ("Aline Barre", "aline.barre@gmail.com"), ["erasure", "withdraw_consent"],
  "arrêt",
  """Bonjour Sandra,
J'arrête l'accompagnement. Je retire mon accord pour que tu conserves mes infos de santé et je veux que tu effaces tout le reste aussi, merci.
Aline"""),

R("fr-multi-obj-rect-sms", ("Mohamed Haddad", "m.haddad@sfr.fr"), ["objection", "rectification"],
  "Re: Rappel : atelier samedi 9h",
  """Merci du rappel. Pour info mon numéro c'est plus le 06 22 14 98 71, c'est le 06 51 33 20 04. Et arrête les SMS pour les pubs des autres ateliers stp, juste les rappels ça me va.""",
  quote="""Rappel : votre atelier "Respirer pour mieux vivre" a lieu samedi à 9h, salle des Augustins. À samedi !""",
  quote_style="gmail", quote_from=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("fr-multi-acc-rect-famille", ("Élise Charpentier", "elise.charpentier@gmail.com"), ["access", "rectification"],
  "ma fiche",
  """Bonjour,

Pourrais-tu m'envoyer ma fiche client ? Je crois que mon adresse et ma situation familiale sont fausses (je suis séparée depuis l'an dernier, et j'habite maintenant 5 rue du Bât-le-Roi, 36100 Issoudun). Merci de les corriger !

Élise"""),

R("fr-multi-restr-obj", ("Fabien Giraud", "fabien.giraud@gmail.com"), ["objection", "restriction"],
  "Mes données",
  """Bonjour,

Je pense que certaines informations dans mon dossier de formation sont erronées (notamment les résultats du test de positionnement). En attendant vérification, ne les utilisez pas. Et je ne veux plus être sollicité pour vos autres formations.

Fabien Giraud"""),

R("fr-multi-eras-obj-blague", ("Nathalie Rivière", "nath.riviere@free.fr"), ["erasure", "objection"],
  "Marie Kondo est passée par là",
  """Bonjour Sandra !

J'ai lu Marie Kondo cet été et je range TOUT, même ma boîte mail 😄 Ta newsletter ne m'apporte plus de joie (désolée !), donc tu peux me désinscrire ? Et efface aussi mon dossier client pendant que tu y es.

Merci et belle rentrée,
Nathalie"""),

R("fr-multi-acc-wc", ("Sandrine Lebon", "sandrine.lebon@gmail.com"), ["access", "withdraw_consent"],
  "témoignage + questions",
  """Bonjour Sandra,

Je voudrais retirer mon témoignage écrit de ton site, je ne m'y reconnais plus trop. Et j'aimerais savoir ce que tu as conservé d'autre à mon sujet (fiches, mails ?).

Bonne journée
Sandrine"""),

# ------------------------------------------------------------------ more singles, varied shapes
R("fr-acc-html-bilan", ("Christine Faure", "christine.faure@orange.fr"), ["access"],
  "Bilan de compétences 2023",
  """Bonjour Madame,

Je souhaiterais recevoir une copie complète de mon bilan de compétences réalisé avec vous en 2023, ainsi que les résultats des tests passés à cette occasion.

Avec mes remerciements,
Christine Faure""", html="alt"),

R("fr-rect-html-only", ("Jean-Luc Riou", "jeanluc.riou@laposte.net"), ["rectification"],
  "Correction adresse",
  """Bonjour,

Votre dernier courrier m'a été envoyé au 8 rue Saint-Jean, c'est le 18. Merci de corriger l'adresse dans votre fichier : 18 rue Saint-Jean, 36100 Issoudun.

Jean-Luc Riou""", html="only"),

R("fr-eras-piece-identite", ("Marine Klein", "marine.klein@gmail.com"), ["erasure"],
  "Demande de suppression",
  """Bonjour,

Comme demandé par votre mail précédent, je joins ma pièce d'identité. Merci de procéder à la suppression de toutes mes données personnelles.

Marine Klein""",
  attachments=[("pdf", "CNI_Klein_Marine.pdf", "Carte nationale d'identite - KLEIN Marine - nee le 04/06/1991")]),

R("fr-obj-html-newsletter", ("Lydie Germain", "lydie.germain@hotmail.fr"), ["objection"],
  "Re: 🌼 Les nouvelles de juin",
  """Bonjour, merci de ne plus m'envoyer ces nouvelles, je ne suis plus intéressée. Belle journée.""",
  quote="""🌼 Les nouvelles de juin

Au programme : le cercle de femmes du 21 juin et les dates des stages d'été.
Se désinscrire""", quote_style="outlook", quote_from=("Floraison de Soi", "contact@floraisondesoi.fr"), html="alt"),

R("fr-wc-temoin-formel-b64", ("Albert Chevalier", "albert.chevalier@wanadoo.fr"), ["withdraw_consent"],
  "Retrait de mon autorisation de diffusion",
  """Madame,

Par la présente, je retire l'autorisation de diffusion de mon témoignage et de ma photographie signée le 3 octobre 2024. Je vous demande de les retirer de votre site internet et de vos brochures.

Albert Chevalier""", cte="base64"),

R("fr-port-8bit-liste", ("Estelle Noël", "estelle.noel@gmail.com"), ["portability"],
  "Récupérer mon suivi",
  """Salut Sandra,

Je bascule tout mon suivi perso sur Notion. Est-ce que tu pourrais m'exporter mes objectifs, les comptes rendus et les exercices dans un fichier que je peux importer (CSV, Markdown, peu importe tant que c'est lisible par une machine) ?

Merci d'avance !
Estelle""", cte="8bit"),

R("fr-restr-qp-apple", ("Thierry Vincent", "thierry.vincent@icloud.com"), ["restriction"],
  "Re: Attestation pour l'employeur",
  """N'envoie rien à mon employeur pour l'instant s'il te plaît. Je ne suis pas d'accord avec ce qui est écrit sur mon assiduité, il y a une erreur sur les dates. On en parle d'abord, et en attendant tu bloques le dossier.

Thierry

Envoyé de mon iPhone""",
  quote="""Bonjour Thierry,
Ton employeur me demande l'attestation d'assiduité. Je la lui transmets demain sauf avis contraire.
Sandra""", quote_style="apple", cte="quoted-printable"),

R("fr-pm-forward-directive", ("Yvette Marchal", "yvette.marchal@orange.fr"), ["post_mortem"],
  "Mes volontés",
  """Bonjour Sandra,

Je vous transfère le message que j'ai envoyé à mon fils, pour que vous soyez au courant aussi. Ce qui me concerne chez vous, je voudrais que ce soit effacé à mon décès, et que mon fils Pascal puisse vous le demander en mon nom.

Bien amicalement,
Yvette""",
  quote="""Pascal,

J'ai mis mes papiers en ordre. Pour Floraison de Soi (Sandra, la coach), je veux que tout soit effacé quand je ne serai plus là. Tu pourras le lui rappeler.

Maman""", quote_style="forward", quote_from=("Yvette Marchal", "yvette.marchal@orange.fr"), quote_to="Pascal Marchal <pascal.marchal@gmail.com>"),

R("fr-acc-outlook-pro", ("Nicolas Gaillard", "nicolas.gaillard@outlook.fr"), ["access"],
  "RE: Formation \"Manager avec bienveillance\" - documents",
  """Bonjour Sandra,

Merci pour les supports. Je voudrais également récupérer les évaluations me concernant (auto-évaluation et retour à 360°) que vous avez collectées pendant la formation, car elles ne sont pas dans le pack.

Cordialement,
Nicolas Gaillard
Chef d'équipe logistique

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.""",
  quote="""Bonjour à tous,

Vous trouverez ci-joint les supports de la formation.

Sandra Delomenie""", quote_style="outlook"),

R("fr-rect-sms-adresse", ("Steph", "steph.moreau36@gmail.com"), ["rectification"],
  "adresse",
  """coucou c steph, jai demenagé !! nouvelle adresse 3 place du 10 juin 36100 issoudun, tu changes sur ta fiche stp ? bisous"""),

R("fr-eras-court-form", ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"), ["erasure"],
  "[Floraison de Soi] Nouveau message de : Romane Weber",
  """Nom : Romane Weber
Email : romane.weber@gmail.com
Sujet : Données personnelles

Message :
Merci d'effacer toutes les données me concernant de vos fichiers. Je ne suis plus cliente.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Romane Weber <romane.weber@gmail.com>"}, mailer="WordPress/6.6.1"),

R("fr-obj-whatsapp-pro", ("Audrey Leroux", "audrey.leroux@gmail.com"), ["objection"],
  "Liste de diffusion WhatsApp",
  """Coucou, tu peux me retirer de ta liste de diffusion WhatsApp "Les petites graines de la semaine" ? Je suis déjà trop sollicitée sur mon tel. Je reste abonnée à rien, c'est mieux 😉
Audrey"""),

R("fr-wc-cercle-enreg", ("Florence Marty", "florence.marty@free.fr"), ["withdraw_consent"],
  "Enregistrement du cercle",
  """Bonjour Sandra,

Après réflexion, je ne suis plus d'accord pour que l'enregistrement du cercle de parole de samedi soit partagé aux absentes. J'ai parlé de choses très personnelles. Merci de ne pas l'envoyer (ou de retirer mon passage).

Florence"""),

R("fr-pm-neveu-court", ("Julien Masson", "julien.masson@gmail.com"), ["post_mortem"],
  "Décès de Mme Odette Masson",
  """Madame, ma tante Odette Masson est décédée le 14 octobre. Je suis son exécuteur testamentaire. Pourriez-vous supprimer son adresse de vos envois et m'indiquer si vous détenez d'autres documents à son nom ? Cordialement, Julien Masson"""),

R("fr-acc-rgpd-art15-court", ("C. Bertin", "c.bertin@laposte.net"), ["access"],
  "Art. 15 RGPD",
  """Madame,
En application de l'article 15 du RGPD, merci de me communiquer une copie de mes données personnelles.
C. Bertin"""),

R("fr-eras-hint-reseaux", ("Lou Besson", "lou.besson@gmail.com"), ["erasure"],
  "Re: Ça fait longtemps !",
  """Oui ça fait longtemps 😊 Je vais bien, je suis partie vivre à Lyon. Du coup je ne reviendrai pas aux ateliers, et honnêtement tu peux me sortir de tes fichiers, faire disparaître ma fiche et tout. Pas besoin de garder quoi que ce soit de moi !

Gros bisous
Lou""",
  quote="""Coucou Lou,

Ça fait longtemps ! J'espère que tu vas bien. Je relance les ateliers du jeudi soir en septembre, ça te dirait ?

Sandra""", quote_style="gmail"),
  # NEAR-LINE: news + roundabout wording; "faire disparaître ma fiche ... pas besoin de garder quoi que ce soit" = erasure.

R("fr-restr-tribunal", ("Me Hélène Vasseur", "h.vasseur@avocats-bourges.fr"), ["restriction"],
  "Dossier M. Patrice Léger - conservation des données",
  """Madame,

J'interviens pour le compte de M. Patrice Léger, qui m'a mandatée (pouvoir joint). Une procédure prud'homale est en cours. Mon client vous demande de conserver en l'état l'ensemble des documents le concernant, sans les effacer, et de limiter leur traitement à cette seule conservation jusqu'à l'issue de la procédure (article 18 du RGPD).

Je vous prie d'agréer, Madame, mes salutations distinguées.

Hélène Vasseur, avocate""",
  attachments=[("pdf", "pouvoir_Leger.pdf", "Pouvoir - Patrice Leger mandate Me Helene Vasseur")]),

R("fr-port-autre-coach-hint", ("Mélanie Perret", "melanie.perret@orange.fr"), ["portability"],
  "Re: Au revoir et merci",
  """Merci Sandra pour ce beau message 🌷

Dernière chose : Marion (ma nouvelle praticienne à Tours) m'a dit que ce serait super si elle pouvait reprendre mes questionnaires sans que je refasse tout. Tu pourrais lui envoyer ça en fichier directement ? Son mail : marion.lefebvre.praticienne@gmail.com

Bises""",
  quote="""Chère Mélanie,

Quel chemin parcouru ! Je te souhaite plein de belles choses à Tours.

Sandra""", quote_style="gmail"),
]

RECORDS += [
R("fr-acc-cni-scan", ("Josette Lemaire", "josette.lemaire@orange.fr"), ["access"],
  "Re: Votre demande",
  """Bonjour Madame,

Voici la photo de ma carte d'identité comme vous me l'avez demandé. Je vous redis ma demande : je voudrais savoir tout ce que vous avez sur moi depuis l'atelier mémoire de 2023, et recevoir une copie des fiches.

Mon petit-fils m'a aidée pour la photo, j'espère qu'elle est lisible.

Josette Lemaire""",
  quote="""Bonjour Madame Lemaire,
Afin de traiter votre demande, pourriez-vous me transmettre une copie de votre pièce d'identité ?
Bien cordialement,
Sandra Delomenie""", quote_style="outlook",
  attachments=[("png", "carte_identite_recto.png")]),
]

# Extra headers / copies added per record (kept apart so the texts above stay readable).
_EXTRA = {
    "fr-acc-formel-art15": {"cc": [("Aurélie Besson", "aurelie.besson@gmail.com")]},
    "fr-eras-rh-ancien-salarie": {"cc": [("Lucas Perrin", "lucas.perrin.36@gmail.com")]},
    "fr-port-nouvelle-coach": {"cc": [("Claire Hamon", "c.hamon@coaching-ouest.fr")]},
    "fr-rect-adresse-demenagement": {"cc": [("Martine Gervais", "martine.gervais@orange.fr")]},
    "fr-restr-tribunal": {"cc": [("Patrice Léger", "patrice.leger@free.fr")]},
    "fr-pm-belge-heritiers": {"cc": [("Sylvie Lambotte", "sylvie.lambotte@gmail.com")]},
    "fr-multi-acc-port": {"headers": {"Reply-To": "Romain Gauthier <romain.g.perso@gmail.com>"}},
}
for _r in RECORDS:
    _r.update(_EXTRA.get(_r["key"], {}))
