"""Held-out recognition corpus: hand-written texts and their labels.

Written independently of tests/corpus/recognition (without reading its texts) to estimate how
recognition generalises. See README.md for the labelling policy. Each entry is an ``M``; the
generator (make_heldout.py) wraps it in MIME with realistic headers. All people are invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OWN = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
NEWSLETTER_OWN = ("Floraison de Soi", "sandra.delomenie@orange.fr")


@dataclass(frozen=True)
class M:
    """One held-out message: body (new text), label, and how to wrap it."""

    key: str
    rights: tuple[str, ...]
    subject: str
    body: str
    lang: str = "fr"
    category: str = ""
    sender: tuple[str, str] | None = None      # None: picked by the generator; OWN: her own mail
    quote: str | None = None                     # quoted earlier message, below the new text
    quote_style: str = "gmail"                   # gmail | outlook | apple | en | bottom
    quote_from: tuple[str, str] = OWN
    forward: str | None = None                   # forwarded message, below the new text
    forward_from: tuple[str, str] | None = None
    forward_subject: str = ""
    mime: str = "plain"                          # plain | qp | b64 | latin1 | html | alt
    headers: dict[str, str] = field(default_factory=dict)


NEWSLETTER_FR = """Bonjour à toutes et à tous,

Le printemps arrive et avec lui notre nouveau cycle d'ateliers « Oser sa voix ».
Les inscriptions sont ouvertes jusqu'au 15 avril : 6 places seulement.

Pensez aussi au replay de la conférence sur l'estime de soi, disponible dans votre espace.

Belle semaine,
Sandra - Floraison de Soi

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Pour vous désinscrire, répondez STOP ou cliquez ici. Conformément au RGPD, vous pouvez
demander l'accès, la rectification ou la suppression de vos données à tout moment."""

NEWSLETTER_EN = """Hello everyone,

Our online workshop "Finding your inner compass" (in English!) starts on 3 June.
Early-bird price until 20 May.

Warmly,
Sandra - Floraison de Soi

You receive this email because you subscribed to the Floraison de Soi newsletter.
To unsubscribe, reply STOP. Under the GDPR you may ask to access, correct or delete
your data at any time."""

SANDRA_BOOKING = """Bonjour,

Je vous confirme notre séance jeudi 14h en visio, le lien arrive la veille.
N'hésitez pas si vous avez des questions.

Sandra"""

SANDRA_ASK_FEEDBACK = """Bonjour,

Merci encore pour votre participation à l'atelier de samedi ! Pourriez-vous me dire en
deux lignes ce que vous en avez retenu ? Avec votre accord, j'aimerais publier quelques
témoignages sur le site.

Belle journée,
Sandra"""

SANDRA_INVOICE = """Bonjour,

Vous trouverez ci-joint la facture n° 2025-041 pour le forfait de 5 séances.
Le règlement peut se faire par virement ou par carte via le lien Stripe.

Cordialement,
Sandra Delomenie
Floraison de Soi"""

SANDRA_DATA_INFO = """Bonjour,

Suite à votre demande, voici les informations : je conserve vos coordonnées et mes notes de
séance pendant 3 ans après notre dernier rendez-vous, puis elles sont effacées. Vous pouvez
à tout moment demander une copie de vos données ou leur suppression.

Bien à vous,
Sandra"""

MESSAGES: list[M] = [
    # ------------------------------------------------------------------ access
    M("acc-sms-1", ("access",), "donnees",
      "bjr sandra jvoudrais savoir ce que vous avez comme infos sur moi dans vos fichiers "
      "genre mes notes de seances tout ca, vous pouvez me les envoyer svp merci bcp",
      category="phone"),
    M("acc-lawyer", ("access",), "Mme Lucie Ferrand - demande de communication de données",
      """Madame,

Je suis le conseil de Madame Lucie Ferrand, qui a suivi auprès de vous un accompagnement
entre septembre 2023 et juin 2024.

Agissant en son nom et pour son compte, et conformément à l'article 15 du Règlement (UE)
2016/679, je vous prie de bien vouloir me communiquer, dans le délai d'un mois, l'intégralité
des données à caractère personnel que vous détenez la concernant, y compris les notes prises
lors des séances, ainsi que les finalités du traitement et la durée de conservation.

Vous trouverez ci-joint le pouvoir signé par ma cliente.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Arnaud Vasseur
Avocat au Barreau de Lyon
14 quai Saint-Antoine, 69002 Lyon""", category="formal",
      sender=("Arnaud Vasseur", "a.vasseur@vasseur-avocats.fr")),
    M("acc-indirect", ("access",), "Sollicitation",
      """Bonjour Madame,

Je me permets de vous solliciter afin d'obtenir communication des informations personnelles
me concernant que vous avez pu conserver à l'issue de notre accompagnement de l'an passé.

Avec mes remerciements anticipés,
Geneviève Aubert""", category="indirect"),
    M("acc-en-nonnative", ("access",), "my datas",
      """Hello Mrs Sandra,

I was in your workshop in Annecy on last summer. Please I want to receive all the datas
you are keeping about me, it is my right with the GDPR I think. Can you send them on this mail?

Thank you very much
Mateusz""", lang="en", category="nonnative"),
    M("acc-chitchat", ("access",), "des nouvelles !",
      """Coucou Sandra,

Ça fait un moment ! Je voulais te donner des nouvelles : j'ai finalement changé de poste en
janvier, et les exercices de respiration m'aident énormément avant les réunions. Ma fille a
aussi commencé le théâtre, je pense à toi à chaque spectacle :)

Petite chose au passage : est-ce que tu pourrais m'envoyer une copie de ce que tu as gardé
sur moi (fiche, notes de nos séances) ? J'aimerais relire tout ça maintenant que le temps a passé.

Bref, j'espère que tout va bien de ton côté, et que le cabinet de Tours te plaît.
Je t'embrasse,
Pauline""", category="buried"),
    M("acc-notes", ("access",), "notes de séance",
      "Bonjour, serait-il possible de recevoir les notes que vous avez prises pendant nos "
      "séances ? Je voudrais les montrer à mon psychiatre. Merci, Hugo",
      category="indirect"),
    M("acc-en-subject-access", ("access",), "Subject access request",
      """Dear Sandra Delomenie,

Please treat this email as a subject access request under Article 15 GDPR. I would like a
copy of all personal data you hold about me, the purposes, the recipients and how long you
keep it.

Regards,
Oliver Grant""", lang="en", category="formal"),
    M("acc-reply-newsletter", ("access",), "Re: Le printemps arrive",
      "Bonjour, à ce propos pouvez-vous m'indiquer quelles données vous avez sur moi et m'en "
      "transmettre une copie ? Je ne me souviens même plus m'être inscrite. Merci. Agnès",
      quote=NEWSLETTER_FR, quote_from=NEWSLETTER_OWN, category="reply"),
    M("acc-html", ("access",), "Mes informations",
      "<div>Bonjour,</div><div><br></div><div>Je souhaiterais connaître l'ensemble des "
      "données personnelles que vous détenez à mon sujet et en obtenir une copie.</div>"
      "<div><br></div><div>Cordialement</div><div>Romain Lefort</div>", mime="html",
      category="formal"),
    M("acc-question-form", ("access",), "Question",
      "Bonsoir, est-ce que vous pourriez me dire ce que vous conservez comme informations sur "
      "moi depuis l'atelier ? merci d'avance", category="indirect"),

    # ------------------------------------------------------------ rectification
    M("rect-new-number", ("rectification",), "nouveau numéro",
      "Bonjour Sandra, supprimez mon ancien numéro svp, le nouveau c'est le 06 71 22 48 90. "
      "Bonne journée ! Inès", category="phone"),
    M("rect-sms-address", ("rectification",), "adresse",
      "slt jai demenager ma nouvelle adresse c 5 rue des Tanneurs 37000 tours, "
      "pouvez vous mettre a jour vos fichiers merci", category="phone"),
    M("rect-name", ("rectification",), "Erreur dans mon nom",
      """Bonjour,

Je remarque que mon nom est mal orthographié dans vos mails et sur mon attestation :
c'est « Guérin » et non « Guerrin ». Pourriez-vous corriger cela dans vos fichiers ?

Merci,
Marion Guérin""", category="indirect"),
    M("rect-en-email", ("rectification",), "change of email",
      "Hi Sandra, please update my email address in your records - I don't use "
      "tom.h@btinternet.com anymore, the correct one is this one. Cheers, Tom",
      lang="en", category="nonnative"),
    M("rect-wrong-info", ("rectification",), "erreur dans ma fiche",
      """Bonjour,

Lors de notre dernier échange vous avez mentionné que j'étais en arrêt maladie : ce n'est pas
le cas, j'étais en congé parental. Je tiens à ce que cette information erronée soit rectifiée
dans mon dossier.

Cordialement,
Fabienne Roche""", category="formal"),
    M("rect-married-name", ("rectification",), "changement de nom",
      "Bonjour, je me suis mariée en juin, pouvez vous modifier mon nom de famille dans votre "
      "fichier clients : Delphine Marchal (et non plus Delphine Rivet). Merci !",
      category="indirect"),
    M("rect-en-dob", ("rectification",), "wrong birth date",
      """Hello,

On the certificate you sent me, my date of birth is wrong (it is 12/04/1988 not 21/04/1988).
Could you please correct it in your files and send me again the certificate?

Best,
Anjali""", lang="en", category="nonnative"),
    M("rect-reply-booking", ("rectification",), "Re: Confirmation séance",
      "Merci ! Par contre vous avez encore mon ancien mail pro dans votre fichier, pouvez-vous "
      "le remplacer par celui-ci (perso) ? Celui du boulot va être fermé.",
      quote=SANDRA_BOOKING, quote_style="apple", category="reply"),
    M("rect-latin1", ("rectification",), "Modification de mes coordonnées",
      """Bonjour Madame,

Mes coordonnées ont changé : merci de bien vouloir rectifier mon adresse postale,
désormais 18 allée des Cèdres, 44300 Nantes, ainsi que mon téléphone fixe, qui n'est plus
attribué.

Avec mes remerciements,
Jean-Paul Lemaire""", mime="latin1", category="formal"),
    M("rect-plus-access", ("access", "rectification"), "mes infos",
      """Bonjour,

Je voudrais d'abord voir ce que vous avez sur moi, j'ai l'impression que vous avez des
informations fausses (mauvaise adresse, mauvaise profession). Envoyez-moi le tout et corrigez
ce qui est faux : je suis infirmière, pas aide-soignante, et j'habite à Blois maintenant.

Nathalie""", category="mixed"),

    # ------------------------------------------------------------------ erasure
    M("era-sms-1", ("erasure",), "",
      "bonjour je veux que vous effaciez tt mes donnees svp jai plus besoin de vos services "
      "et je veux pas rester dans vos fichier merci", category="phone"),
    M("era-sms-typos", ("erasure",), "supression",
      "Bjr, pouvez vous suprimer mes donées personelles de votre fichié svp. Cdlt. M. Diallo",
      category="phone"),
    M("era-polite-question", ("erasure",), "Mes données",
      "Bonjour Sandra, pourriez-vous supprimer mes données ? Je n'ai plus l'intention de "
      "reprendre le coaching. Merci pour tout, Chloé", category="indirect"),
    M("era-en-nonnative", ("erasure",), "delete me",
      """Hello,

I am not anymore interested by your services. I ask you to erase all my personal informations
from your database, including my phone and my address. Please confirm me when it's done.

Regards
Giulia Romano""", lang="en", category="nonnative"),
    M("era-relative", ("erasure",), "Pour ma mère, Mme Jeanne Morin",
      """Bonjour,

Je vous écris pour ma mère, Jeanne Morin, 86 ans, qui a participé à vos ateliers de
sophrologie à la maison de quartier. Elle n'a pas d'adresse mail et m'a demandé de vous
écrire : elle souhaite que vous effaciez ses coordonnées et tout ce que vous avez la concernant.
Je joins un petit mot signé de sa main.

Merci beaucoup,
Françoise Morin (sa fille)""", category="relative"),
    M("era-association", ("erasure",), "Demande d'effacement - mandat art. 80 RGPD",
      """Madame,

L'association Données & Citoyens, mandatée par M. Kevin Lambertin conformément à l'article 80
du RGPD, vous demande de procéder à l'effacement de l'ensemble des données à caractère
personnel le concernant, en application de l'article 17 du RGPD, et de nous en confirmer
l'exécution dans le délai légal.

Le mandat est joint au présent courriel.

Pour l'association,
Sophie Perret, juriste""", category="formal",
      sender=("Sophie Perret", "juridique@donnees-citoyens.org")),
    M("era-account", ("erasure",), "fermeture compte espace membre",
      "Bonjour, merci de fermer mon compte sur l'espace membres et d'effacer tout ce qui me "
      "concerne (profil, historique, adresse). Je ne reviendrai pas. Sylvie", category="indirect"),
    M("era-buried", ("erasure",), "Merci pour ces deux années",
      """Bonjour Sandra,

Je voulais prendre le temps de vous remercier pour ces deux années d'accompagnement. Quand je
repense à l'état dans lequel j'étais en arrivant, après le burn-out, je mesure le chemin
parcouru. Les ateliers d'écriture en particulier ont été un déclic, et je continue à tenir mon
carnet chaque matin.

Je démarre une nouvelle vie en Bretagne le mois prochain et j'ai envie de tourner la page
proprement : je vous serais reconnaissante de supprimer mon dossier et mes coordonnées de vos
fichiers une fois que tout sera réglé entre nous.

Encore merci pour votre bienveillance, et longue vie à Floraison de Soi !
Armelle""", category="buried"),
    M("era-en-formal", ("erasure",), "Right to erasure",
      """Dear Ms Delomenie,

I am writing to request the erasure of my personal data under Article 17 of the GDPR. I no
longer wish to be a client and there is no reason for you to keep my data.

Yours sincerely,
Harriet Cole""", lang="en", category="formal"),
    M("era-wipe-en", ("erasure",), "pls remove my info",
      "hey, can u remove all my info from ur system? phone, email, everything. thx",
      lang="en", category="phone"),
    M("era-qp", ("erasure",), "RGPD - suppression",
      """Madame,

En application du règlement général sur la protection des données, je vous demande
d'effacer sans délai l'ensemble des données me concernant et de m'en informer par retour.

Salutations,
Étienne Mercier""", mime="qp", category="formal"),
    M("era-forward-reminder", ("erasure",), "TR: suppression de mes données",
      "Bonjour, je vous renvoie mon message du mois dernier qui est resté sans réponse. "
      "Merci de me confirmer que c'est fait.",
      forward="Bonjour,\nJe souhaite que mes données soient supprimées de vos fichiers.\n"
              "Merci,\nLaurence Picard",
      forward_subject="suppression de mes données", category="forward"),
    M("era-ne-garde-pas", ("erasure",), "fin de l'accompagnement",
      "Bonjour, l'accompagnement est terminé et je préfère que vous ne gardiez rien sur moi. "
      "Vous pouvez tout effacer, notes comprises. Bonne continuation, Yannick",
      category="indirect"),

    # ------------------------------------------------------------------ restriction
    M("res-spec", ("restriction",), "mes données",
      "Bonjour, n'utilisez plus mes données mais ne les supprimez pas, j'en aurai peut-être "
      "besoin pour mon dossier de mutuelle. Merci. Corinne", category="indirect"),
    M("res-litigation", ("restriction",), "Conservation de mes données",
      """Madame,

Un litige m'oppose actuellement à mon ancien employeur, qui a financé mon bilan de compétences
chez vous. Je vous demande de conserver les données me concernant, sans les effacer, mais de
ne plus les utiliser ni les communiquer à quiconque jusqu'à l'issue de la procédure.

Veuillez agréer mes salutations,
Bruno Castel""", category="formal"),
    M("res-freeze-accuracy", ("restriction",), "données contestées",
      """Bonjour,

Je conteste l'exactitude de certaines informations figurant dans mon dossier. En attendant
que vous vérifiiez, je demande la limitation du traitement : merci de geler ces données.

Cordialement,
Aline Morvan""", category="formal"),
    M("res-en", ("restriction",), "please stop using my data (but keep it)",
      """Hi Sandra,

I'd like you to stop processing my data for now but not delete it - I may come back to
coaching next year and I don't want to fill everything again. Just keep it aside, not used.

Thanks,
Priyanka""", lang="en", category="nonnative"),
    M("res-sms", ("restriction",), "",
      "bjr svp gardez mes infos mais les utilisez plus pour l'instant, je reviendrai peut "
      "etre, faut juste pas s'en servir. merci", category="phone"),
    M("res-limit-word", ("restriction",), "limitation",
      "Bonjour, au titre de l'article 18 je vous demande de limiter le traitement de mes données "
      "personnelles à leur seule conservation. Merci de confirmer. Th. Noël",
      category="formal"),
    M("res-en-restrict", ("restriction",), "Restriction of processing",
      """Dear Sandra,

I objected to something in my file last week. While you check it, please restrict the
processing of my personal data - do not use or share it, but do not delete it either.

Kind regards,
Martin Novak""", lang="en", category="nonnative"),
    M("res-buried", ("restriction",), "Re: Confirmation séance",
      """Bonjour Sandra,

Finalement je vais devoir annuler jeudi, mon fils est malade. Je vous recontacte pour
reprogrammer.

Autre chose : comme je change de mutuelle et que je ne sais pas encore ce qu'il me faudra,
je préfère que vous mettiez mes données de côté : ne les utilisez plus du tout, mais ne les
effacez pas pour le moment.

Merci et à bientôt,
Valérie""", quote=SANDRA_BOOKING, category="buried"),
    M("res-b64", ("restriction",), "suspendre l'utilisation de mes informations",
      "Bonjour, je souhaite que vous suspendiez toute utilisation de mes informations "
      "personnelles, sans les détruire, le temps que ma réclamation soit examinée. "
      "Cordialement, Olivier Jacquet", mime="b64", category="formal"),
    M("res-keep-no-use", ("restriction",), "archivage",
      "Bonjour, vous pouvez archiver mon dossier mais je ne veux plus qu'il serve à quoi que "
      "ce soit. Ne le détruisez pas, j'en aurai besoin pour une procédure. Merci, Lise",
      category="indirect"),

    # ------------------------------------------------------------------ portability
    M("por-csv", ("portability",), "export de mes données",
      "Bonjour, pourriez-vous m'envoyer mes données dans un fichier CSV ou Excel, je voudrais "
      "les importer chez ma nouvelle coach. Merci ! Mélanie", category="indirect"),
    M("por-transfer", ("portability",), "transfert de dossier",
      """Bonjour Sandra,

Je continue mon accompagnement avec une consoeur à Bordeaux. Pouvez-vous lui transmettre
directement mes données (fiche, historique des séances) dans un format qu'elle puisse
récupérer ? Son adresse : contact@cabinet-ecoute-bordeaux.fr

Merci pour tout,
Stéphanie""", category="indirect"),
    M("por-en", ("portability",), "data portability",
      """Hello,

Under Article 20 GDPR I request my personal data in a structured, commonly used and
machine-readable format (JSON or CSV), so that I can move it to another provider.

Best regards,
Lukas Brenner""", lang="en", category="formal"),
    M("por-sms", ("portability",), "",
      "hello, vous pouvez m envoyer mes donnees en format excel ou un truc comme ca que je "
      "puisse les mettre ailleurs ? merci", category="phone"),
    M("por-formal", ("portability",), "Droit à la portabilité",
      """Madame,

Conformément à l'article 20 du RGPD, je vous prie de me transmettre les données personnelles
que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Je vous prie d'agréer, Madame, mes salutations distinguées.
Hervé Costa""", category="formal"),
    M("por-en-nonnative", ("portability",), "export",
      "Hi, I change to other coach. Is possible you export my client file and send it to me "
      "as a file I can give her (excel or json is ok)? Thanks a lot, Ana",
      lang="en", category="nonnative"),
    M("por-html", ("portability",), "récupérer mes données",
      "<p>Bonjour,</p><p>Je souhaite récupérer mes données sous un format numérique "
      "réutilisable (CSV de préférence) afin de les transférer à un autre praticien.</p>"
      "<p>Bien cordialement,<br>Agathe Bonnet</p>", mime="alt", category="indirect"),
    M("por-plus-erasure", ("erasure", "portability"), "départ",
      """Bonjour,

Je pars chez un autre coach. Envoyez-moi d'abord toutes mes données dans un fichier
exploitable (csv) pour que je puisse les lui donner, puis supprimez tout de votre côté.

Merci,
Cédric""", category="mixed"),
    M("por-journal", ("portability",), "journal de bord",
      "Bonjour, j'ai rempli pendant un an le journal de bord sur votre plateforme. Est-il "
      "possible de me l'exporter dans un format que je peux importer dans une autre appli "
      "(json, csv) ? Merci, Noémie", category="indirect"),

    # ------------------------------------------------------------------ objection
    M("obj-newsletter-sms", ("objection",), "Re: Le printemps arrive",
      "desinscrivez moi svp je recois trop de mails",
      quote=NEWSLETTER_FR, quote_from=NEWSLETTER_OWN, category="reply"),
    M("obj-stop", ("objection",), "STOP",
      "STOP", quote=NEWSLETTER_FR, quote_from=NEWSLETTER_OWN, category="reply"),
    M("obj-en-unsub", ("objection",), "Re: Finding your inner compass",
      "Please unsubscribe me from this mailing list, I never really signed up. Thanks",
      quote=NEWSLETTER_EN, quote_from=NEWSLETTER_OWN, quote_style="en", lang="en",
      category="reply"),
    M("obj-no-more-mails", ("objection",), "plus de mails svp",
      "Bonjour, merci de ne plus m'envoyer vos lettres d'information ni vos promotions. "
      "Bonne continuation. Gilles", category="indirect"),
    M("obj-formal", ("objection",), "Opposition au traitement",
      """Madame,

Je m'oppose, sur le fondement de l'article 21 du RGPD, au traitement de mes données à des fins
de prospection commerciale. Je vous remercie de cesser tout envoi de communications
commerciales à mon adresse.

Cordialement,
Dominique Arnal""", category="formal"),
    M("obj-outlook-reply", ("objection",), "RE: Le printemps arrive",
      "Bonjour,\nJe ne souhaite plus recevoir cette newsletter. Merci de me retirer de la liste.\n"
      "Bien cordialement\nFrédéric Haas",
      quote=NEWSLETTER_FR, quote_from=NEWSLETTER_OWN, quote_style="outlook", category="reply"),
    M("obj-en-nonnative", ("objection",), "no more emails",
      "Hello, I don't want to receive anymore your emails about workshops. Please remove me "
      "from your mailing. Thank you, Jorge", lang="en", category="nonnative"),
    M("obj-sms-pub", ("objection",), "",
      "arretez de m envoyer vos pubs svp jai jamais demandé ca", category="phone"),
    M("obj-profiling", ("objection",), "Suivi des ouvertures",
      "Bonjour, j'ai vu que vos lettres contiennent un pixel de suivi. Je m'oppose à ce suivi "
      "de mes ouvertures et clics. Merci d'en tenir compte. Raphaël", category="indirect"),
    M("obj-forward-confirm", ("erasure", "objection"), "TR: Confirmez votre inscription",
      "Bonjour, j'ai reçu ça mais je ne me suis jamais inscrite à quoi que ce soit. Retirez-moi "
      "de votre liste et effacez mon adresse s'il vous plaît.",
      forward="Bonjour !\nMerci pour votre inscription au mini-cours « 7 jours pour s'aimer ».\n"
              "Cliquez ici pour confirmer votre adresse.\nSandra - Floraison de Soi\n"
              "Envoyé via Systeme.io",
      forward_from=("Floraison de Soi", "noreply@systeme.io"),
      forward_subject="Confirmez votre inscription", category="forward"),
    M("obj-chitchat", ("objection",), "Atelier d'hier",
      """Bonjour Sandra,

Juste un mot pour dire que l'atelier d'hier m'a fait un bien fou, le groupe était top et
l'exercice du miroir m'a beaucoup touchée. J'ai déjà parlé de vous à deux collègues !

Par contre je reçois vos newsletters en triple (perso, pro et l'ancienne adresse) et ça fait
beaucoup : vous pouvez arrêter de m'envoyer la newsletter tout court, je suivrai sur Instagram.

Merci encore !
Léna""", category="buried"),
    M("obj-sms-list", ("objection",), "",
      "retire moi de ta liste de diffusion stp, merci", category="phone"),

    # ---------------------------------------------------------- withdraw consent
    M("wc-testimonial", ("withdraw_consent",), "Mon témoignage",
      "Bonjour Sandra, je retire mon accord pour la publication de mon témoignage sur votre "
      "site. Merci de l'enlever rapidement. Cordialement, Émilie", category="indirect"),
    M("wc-photo", ("withdraw_consent",), "photo atelier",
      "coucou, finalement je prefere que la photo de groupe ou on me voit soit retiree de "
      "ta page facebook et de ton site, je suis plus d'accord. merci !!", category="phone"),
    M("wc-en-video", ("withdraw_consent",), "Video recording",
      """Hi Sandra,

I agreed last year that you could use the video of our session for your online training.
I've changed my mind and I withdraw my consent - please don't use the video anymore.

Best,
Rachel""", lang="en", category="nonnative"),
    M("wc-formal", ("withdraw_consent",), "Retrait de consentement",
      """Madame,

Par la présente, je retire le consentement que je vous avais donné au traitement de mes
données de santé dans le cadre de notre accompagnement.

Veuillez agréer, Madame, mes salutations.
Céline Brunet""", category="formal"),
    M("wc-reply-feedback", ("withdraw_consent",), "Re: Merci pour samedi",
      "Bonjour, en fait je ne souhaite plus que mon témoignage soit publié, même anonymement. "
      "Je vous avais dit oui un peu vite, désolée ! Karine",
      quote=SANDRA_ASK_FEEDBACK, category="reply"),
    M("wc-en-nonnative", ("withdraw_consent",), "my photo",
      "Hello, I gave you my consent for the photo on Instagram after the retreat but now I "
      "withdraw it, please remove the photo. Thanks, Yuki", lang="en", category="nonnative"),
    M("wc-recording", ("withdraw_consent",), "enregistrement des séances",
      "Bonjour, je ne suis plus d'accord pour que nos séances soient enregistrées. Je reviens "
      "sur l'autorisation que j'avais signée. Merci, Paul", category="indirect"),
    M("wc-plus-erasure", ("erasure", "withdraw_consent"), "témoignage et données",
      """Bonjour,

Je retire mon consentement pour mon témoignage sur le site et sur Instagram, et je vous
demande aussi de supprimer toutes mes données.

Cordialement,
Mathilde Vial""", category="mixed"),
    M("wc-parent", ("withdraw_consent",), "photo de ma fille",
      "Bonjour, je suis la maman de Zoé qui a participé à l'atelier ados. Je retire "
      "l'autorisation de droit à l'image que j'avais signée pour elle : merci de retirer les "
      "photos où elle apparaît. Cordialement, Mme Besson", category="relative"),
    M("wc-buried", ("withdraw_consent",), "petit message",
      """Bonjour Sandra,

J'espère que la rentrée se passe bien. De mon côté j'ai repris le yoga et je continue les
méditations que vous m'avez apprises.

J'ai vu que mon prénom et ma phrase sur le lâcher-prise apparaissent dans votre nouvelle
brochure. Je vous avais donné mon accord à l'époque mais je préfère le retirer aujourd'hui ;
pouvez-vous ne plus l'utiliser pour les prochaines impressions ?

Belle journée,
Florence""", category="buried"),

    # --------------------------------------------------------------- post mortem
    M("pm-son", ("post_mortem",), "Décès de ma mère",
      """Bonjour Madame,

J'ai la tristesse de vous informer du décès de ma mère, Monique Lefèvre, survenu le 2 mars.
Elle avait suivi plusieurs ateliers avec vous. En tant qu'héritier, je vous demande de bien
vouloir clôturer son dossier et supprimer ses données.

Je joins l'acte de décès.
Cordialement,
Philippe Lefèvre""", category="relative"),
    M("pm-sms", ("post_mortem",), "",
      "bonjour mon pere est decede le mois dernier, il recevait vos mails, pouvez vous "
      "enlever tout ce qui le concerne svp. merci. sa fille", category="phone"),
    M("pm-en", ("post_mortem",), "My late husband",
      """Dear Sandra,

My husband Richard passed away in January. He attended your retreat in 2023. As his widow and
executor, I'd like you to close his file and tell me what personal data of his you still hold.

Kind regards,
Margaret Hale""", lang="en", category="relative"),
    M("pm-notaire", ("post_mortem",), "Succession de M. André Poulain",
      """Madame,

Chargé du règlement de la succession de M. André Poulain, décédé le 14 novembre dernier, je
vous prie, à la demande de ses héritiers, de procéder à la clôture de son compte client et de
nous indiquer les données le concernant que vous conservez.

Veuillez agréer, Madame, l'expression de ma considération distinguée.

Maître Claire Dumontel, notaire""", category="formal",
      sender=("Étude Dumontel", "office@dumontel-notaires.fr")),
    M("pm-sister", ("post_mortem",), "ma soeur",
      """Bonjour,

Ma soeur Julie nous a quittés en décembre. Je trouve encore vos newsletters dans sa boîte mail
que je gère maintenant. Merci de la retirer de vos listes et de supprimer ses informations,
c'est trop douloureux de les voir arriver.

Sandrine""", category="relative"),
    M("pm-en-nonnative", ("post_mortem",), "death of my father",
      "Hello, my father Ahmed Belkacem is dead since two months. I am his son. Please delete "
      "his account and all his information in your files. Thank you. Samir Belkacem",
      lang="en", category="nonnative"),
    M("pm-testimonial", ("post_mortem",), "Témoignage de ma femme",
      """Madame,

Mon épouse, Hélène Garnier, est décédée en septembre. Son témoignage et sa photo figurent
toujours sur votre site. Je souhaiterais qu'ils soient retirés, ainsi que ses données.

Cordialement,
Bernard Garnier""", category="relative"),
    M("pm-directives", ("post_mortem",), "Directives de ma mère",
      """Bonjour,

Ma mère est décédée le 8 février. Elle avait laissé des directives concernant ses données
personnelles : elle souhaitait qu'elles soient effacées de tous les services qu'elle utilisait.
Je vous transmets donc sa volonté, en tant que personne désignée.

Merci de votre compréhension,
Alice Marchetti""", category="relative"),
    M("pm-access-heir", ("post_mortem",), "dossier de mon frère",
      "Bonjour, mon frère Lucas est décédé il y a trois semaines. Il vous voyait en séance. "
      "En tant qu'héritière je voudrais obtenir les informations que vous avez sur lui. "
      "Merci. Eva Moreau", category="relative"),

    # ------------------------------------------------------------------ mixed
    M("mix-everything-then-delete", ("access", "erasure"), "mes données",
      "bonjour envoyez moi tout ce que vous avez sur moi et ensuite supprimez tout merci",
      category="mixed"),
    M("mix-en", ("access", "erasure"), "GDPR",
      """Hi,

First send me a copy of all the data you have about me, then delete everything.
Thanks,
Chris""", lang="en", category="mixed"),
    M("mix-unsub-delete", ("erasure", "objection"), "désinscription",
      "Bonjour, merci de me désinscrire de la newsletter et d'effacer mon adresse mail de "
      "votre fichier. Cordialement, Bérénice", category="mixed"),
    M("mix-rect-obj", ("objection", "rectification"), "coordonnées + newsletter",
      """Bonjour,

Deux choses : mon numéro a changé (07 68 12 44 03, l'ancien n'existe plus), merci de
le mettre à jour. Et je ne veux plus recevoir la newsletter.

Merci,
Anthony""", category="mixed"),
    M("mix-lawyer-full", ("access", "erasure"), "Mise en demeure",
      """Madame,

Je vous écris en qualité d'avocate de M. Loïc Tanguy.

Mon client vous a demandé à deux reprises, sans réponse, la communication des données le
concernant. Je vous mets en demeure de lui communiquer sous quinze jours une copie de
l'intégralité de ses données personnelles, puis de procéder à leur effacement définitif.

À défaut, mon client saisira la CNIL.

Maître Hélène Kerbrat""", category="formal",
      sender=("Hélène Kerbrat", "h.kerbrat@avocats-kerbrat.fr")),
    M("mix-restrict-access", ("access", "restriction"), "Mon dossier",
      """Bonjour,

Je souhaite consulter mon dossier complet et, en attendant, que vous ne l'utilisiez plus
pour quoi que ce soit. Ne supprimez rien.

Merci,
Isabelle""", category="mixed"),
    M("mix-wc-obj", ("objection", "withdraw_consent"), "Photos et mails",
      "Bonjour, je retire mon consentement pour l'utilisation de ma photo et je ne veux plus "
      "recevoir vos mails promotionnels non plus. Merci, Jérémie", category="mixed"),
    M("mix-en-port-erase", ("erasure", "portability"), "leaving",
      "Hello Sandra, I am moving to Canada. Could you send me my file in a csv format so I can "
      "import it with my new coach, and after that delete my data? Thank you! Emily",
      lang="en", category="mixed"),
    M("mix-sms-access-rect", ("access", "rectification"), "",
      "bjr jaimerais voir ce que vs avez sur moi et corriger mon adresse qui est fausse "
      "(c 12 bis rue Nationale pas 12) merci", category="phone"),

    # ------------------------------------------------- more positives, hard styles
    M("acc-en-what-data", ("access",), "question",
      "Hi Sandra, could you tell me which personal data you still have on me and send me a "
      "copy? I took the online course in 2022. Thanks, Fiona", lang="en", category="indirect"),
    M("era-whatsapp-and-delete", ("erasure",), "groupe atelier",
      "Bonjour, vous pouvez me retirer du groupe WhatsApp de l'atelier et surtout supprimer "
      "mon numéro de vos contacts et de vos fichiers. Merci, Ophélie",
      category="indirect"),
    M("rect-en-typo", ("rectification",), "my name",
      "hello, you wrote my name wrong in your files (Jonh instead of John). can you fix it "
      "pls? thx John", lang="en", category="phone"),
    M("obj-en-formal", ("objection",), "Objection to processing",
      """Dear Ms Delomenie,

I object to the processing of my personal data for marketing purposes, including your
newsletters and promotional offers. Please stop all such processing.

Regards,
Nikolai Petrov""", lang="en", category="formal"),
    M("wc-newsletter-consent", ("withdraw_consent",), "consentement",
      "Bonjour, je retire mon consentement au traitement de mes données. Bien à vous, "
      "Jacques Renaud", category="formal"),
    M("pm-en-daughter", ("post_mortem",), "Re: Finding your inner compass",
      "Hello, I am writing on behalf of my late mother, Susan Clarke, who passed away in "
      "March. Please remove her from your mailing list and delete her details.",
      quote=NEWSLETTER_EN, quote_from=NEWSLETTER_OWN, quote_style="en", lang="en",
      category="relative"),
    M("res-en-sms", ("restriction",), "",
      "hi pls dont use my data anymore but dont delete it, i need it for an insurance claim "
      "later. thx", lang="en", category="phone"),
    M("por-en-transfer", ("portability",), "Transfer to my new coach",
      "Dear Sandra, please transmit my data directly to my new coach (anna@coach-berlin.de) in "
      "a machine-readable format. Many thanks, Jonas", lang="en", category="nonnative"),
    M("acc-fwd-reminder", ("access",), "Fwd: Demande de copie de mes données",
      "Relance : je n'ai toujours pas reçu de réponse à ma demande ci-dessous. Le délai d'un mois "
      "est bientôt écoulé.",
      forward="Bonjour,\nPourriez-vous m'adresser une copie des données que vous détenez sur moi ?\n"
              "Merci,\nKhadija Mansouri",
      forward_subject="Demande de copie de mes données", category="forward"),
    M("era-reply-invoice", ("erasure",), "Re: Facture",
      "Bien reçu, je règle aujourd'hui. Une fois payé, je souhaite que vous effaciez mes "
      "données, je ne reprendrai pas de séances.",
      quote=SANDRA_INVOICE, quote_style="outlook", category="reply"),
    M("obj-sms-2", ("objection",), "mails",
      "jveux plus recevoir vos newsletter merci de m enlever", category="phone"),
    M("wc-sms", ("withdraw_consent",), "",
      "jretire mon consentement pr la video de latelier, merci de plus la diffuser",
      category="phone"),
    M("rect-html-reply", ("rectification",), "Re: Facture",
      "<div>Bonjour, petite correction : mon adresse n'est plus la bonne, c'est désormais "
      "3 rue Colbert, 37000 Tours. Merci de mettre à jour mon dossier.</div><div>Karim</div>"
      "<blockquote><div>Bonjour,<br>Vous trouverez ci-joint la facture n° 2025-041...</div>"
      "</blockquote>", mime="html", category="reply"),
    M("era-en-long", ("erasure",), "Thank you and goodbye",
      """Dear Sandra,

I just wanted to say thank you for the sessions last year. They helped me through a very
difficult time, especially after my divorce, and I'm now in a much better place. I've even
started painting again!

I am closing a chapter now, so I would appreciate it if you could delete my personal
information and session notes from your records.

With gratitude,
Hannah""", lang="en", category="buried"),
    M("pm-qp", ("post_mortem",), "Décès - M. Robert Chauvin",
      """Madame,

Mon père, Robert Chauvin, est décédé le 3 janvier. Il était inscrit à votre lettre
d'information. En ma qualité de fils et héritier, je vous demande de supprimer son inscription
et l'ensemble de ses données.

Cordialement,
Denis Chauvin""", mime="qp", category="relative"),
    M("acc-html-en", ("access",), "data request",
      "<p>Hello,</p><p>I would like to know what information about me you have stored and "
      "receive a copy of it.</p><p>Regards,<br>Marta Kowalska</p>", mime="html", lang="en",
      category="nonnative"),
    M("res-fr-contest", ("restriction",), "contestation",
      "Bonjour, je conteste l'usage que vous faites de mes données : en attendant votre réponse, "
      "merci de bloquer leur utilisation (sans les supprimer). Cordialement, Rémi Faure",
      category="indirect"),

    # ============================================================== NEGATIVES
    # booking / scheduling
    M("neg-booking-1", (), "séance jeudi",
      "bjr sandra est ce quon peut decaler la seance de jeudi a vendredi meme heure ? "
      "jai un imprevu au boulot merci", category="booking"),
    M("neg-delete-session", (), "séance de jeudi",
      "Bonjour, vous pouvez supprimer la séance de jeudi, je ne pourrai pas venir. Je reprends "
      "un créneau la semaine prochaine. Merci ! Anne", category="booking"),
    M("neg-booking-en", (), "booking",
      "Hi Sandra, do you still have availability on Saturday morning for a first session? "
      "I'm new to Tours. Best, Kate", lang="en", category="booking"),
    M("neg-cancel-workshop", (), "annulation inscription atelier",
      "Bonjour, je dois malheureusement annuler mon inscription à l'atelier du 12 avril. "
      "Est-ce que je peux être remboursée ou reporter sur la session de mai ? Merci, Élise",
      category="cancel"),
    M("neg-delete-duplicate", (), "doublon rendez-vous",
      "Bonjour, je crois que j'ai réservé deux fois le même créneau sur Calendly, vous pouvez "
      "supprimer le doublon ? Merci, Marc", category="booking"),
    M("neg-cancel-subscription", (), "résiliation abonnement",
      "Bonjour, je souhaite résilier mon abonnement mensuel au programme « Éclore » à la fin "
      "du mois. Merci de ne plus prélever. Cordialement, Agnès Huet", category="cancel"),
    M("neg-cancel-en", (), "cancel my membership",
      "Hello, please cancel my monthly membership from next month, I can't afford it at the "
      "moment. Thanks for everything, Sophie", lang="en", category="cancel"),
    M("neg-sms-cancel", (), "",
      "dsl jpourrai pas venir demain ma fille est malade on annule et on voit pr la semaine pro",
      category="booking"),
    M("neg-contract-end", (), "Fin du contrat de coaching",
      """Madame,

Je vous informe que je ne souhaite pas renouveler le contrat d'accompagnement arrivant à
échéance le 30 juin. Merci de m'adresser la facture de solde.

Cordialement,
Gérard Pichon""", category="cancel"),
    M("neg-booking-reply", (), "Re: Confirmation séance",
      "Parfait, merci Sandra ! À jeudi.", quote=SANDRA_BOOKING, category="booking"),
    M("neg-retreat-question", (), "retraite de juillet",
      "Bonjour, la retraite de juillet est-elle accessible aux débutants ? Et les repas sont-ils "
      "inclus ? Merci, Laure", category="booking"),
    # invoices / payment
    M("neg-invoice-1", (), "facture",
      "Bonjour, pourriez-vous me renvoyer la facture de mars ? Je ne la retrouve plus et ma "
      "mutuelle la demande. Merci, Sylvain", category="invoice"),
    M("neg-invoice-error", (), "Re: Facture",
      "Bonjour, il y a une erreur de montant sur la facture : c'était 4 séances et non 5. "
      "Pouvez-vous corriger et me la renvoyer ?",
      quote=SANDRA_INVOICE, quote_style="outlook", category="invoice"),
    M("neg-invoice-en", (), "receipt",
      "Hi, could you send me a receipt for the retreat payment? My employer reimburses it. "
      "Thanks, Daniel", lang="en", category="invoice"),
    M("neg-payment-sms", (), "",
      "coucou le virement est parti hier, dis moi si tu las pas recu bisous", category="invoice"),
    M("neg-refund", (), "remboursement",
      "Bonjour, l'atelier ayant été annulé, je souhaiterais être remboursée des 45 €. "
      "Mon IBAN est joint. Cordialement, Nadège", category="invoice"),
    # login / password / replays / space
    M("neg-password", (), "mot de passe",
      "Bonjour, je n'arrive plus à me connecter à mon espace membre, j'ai oublié mon mot de "
      "passe et le lien de réinitialisation ne marche pas. Pouvez-vous m'aider ? Cathy",
      category="login"),
    M("neg-replays", (), "accès aux replays",
      "Bonjour, je n'ai plus accès à mes replays depuis la mise à jour. Comment puis-je "
      "accéder à mon espace ? Merci, Lucie", category="login"),
    M("neg-access-space-sms", (), "",
      "jarrive pas a acceder a mon espace ca me dit identifiant incorrect help", category="login"),
    M("neg-en-login", (), "can't access the course",
      "Hi, I can't access the course videos anymore, it says my access expired but I paid "
      "for lifetime access. Can you check? Thanks, Ben", lang="en", category="login"),
    M("neg-pdf-support", (), "support de l'atelier",
      "Bonjour, pourriez-vous m'envoyer le PDF du support de l'atelier de samedi ? Je n'ai pas "
      "pris de notes. Merci, Claire", category="login"),
    M("neg-reset-email", (), "changement d'identifiant",
      "Bonjour, comment je fais pour changer l'adresse mail qui me sert d'identifiant sur la "
      "plateforme ? Je ne trouve pas le bouton. Merci", category="login"),
    M("neg-en-copy-recording", (), "recording of the webinar",
      "Hello Sandra, could you send me a copy of the webinar recording from Tuesday? I missed "
      "the second half. Thanks, Amir", lang="en", category="login"),
    # questions about rights
    M("neg-question-right", (), "question RGPD",
      "Bonjour, ai-je le droit de demander la suppression de mes notes de séance une fois "
      "l'accompagnement terminé ? C'est juste pour savoir, je ne le demande pas maintenant. "
      "Merci, Coralie", category="question"),
    M("neg-question-retention", (), "conservation",
      "Bonjour, combien de temps conservez-vous les informations des clients après la fin "
      "d'un accompagnement ? Simple curiosité avant de m'engager. Merci, Valentin",
      category="question"),
    M("neg-question-en", (), "quick question",
      "Hi Sandra, before I sign up: would I be able to get my data deleted later if I stop "
      "coaching? Just want to know how it works. Thanks, Leah", lang="en", category="question"),
    M("neg-question-who", (), "vos données",
      "Bonjour, est-ce que vous partagez les données de vos clients avec des partenaires ? "
      "Et où sont hébergées les notes ? Je me pose la question avant de réserver. Chantal",
      category="question"),
    M("neg-question-sms", (), "",
      "question bete : si jarrete le coaching vous gardez mes infos combien de temps ? "
      "c juste pr savoir", category="question"),
    M("neg-question-portability", (), "curiosité",
      "Bonjour, dans votre politique de confidentialité vous parlez du droit à la portabilité. "
      "Concrètement, ça veut dire quoi pour une cliente comme moi ? Merci ! Ludivine",
      category="question"),
    # negation
    M("neg-dont-delete", (), "Re: Confirmation séance",
      "Bonjour, surtout ne supprimez pas mon dossier, je reprends les séances en septembre ! "
      "Merci et bel été. Ariane", quote=SANDRA_BOOKING, category="negation"),
    M("neg-not-asking", (), "question",
      "Bonjour Sandra, je ne demande pas la suppression de mes données, je voulais seulement "
      "savoir si vous aviez bien reçu mon questionnaire. Merci ! Odile", category="negation"),
    M("neg-en-dont-unsub", (), "Re: Finding your inner compass",
      "Please don't unsubscribe me, I changed my email filter by mistake! I love your "
      "newsletters. Is the early-bird price still available?",
      quote=NEWSLETTER_EN, quote_from=NEWSLETTER_OWN, quote_style="en", lang="en",
      category="negation"),
    M("neg-keep-testimonial", (), "mon témoignage",
      "Bonjour Sandra, vous pouvez bien sûr publier mon témoignage avec mon prénom, ça me fait "
      "plaisir. Je vous envoie aussi une photo si vous voulez. Bises, Manon",
      category="negation"),
    # CNIL / other controllers / third parties
    M("neg-cnil-complaint", (), "plainte CNIL",
      """Bonjour,

Pour votre information, j'ai déposé une plainte auprès de la CNIL contre la société de
formation qui m'a envoyée vers vous (FormaPlus), car ils ont revendu mes coordonnées.
Cela ne vous concerne pas directement, mais je préférais vous prévenir.

Bien cordialement,
Maryse""", category="cnil"),
    M("neg-cnil-how", (), "CNIL",
      "Bonjour, savez-vous comment on porte plainte auprès de la CNIL contre un site qui refuse "
      "de supprimer mon compte ? Vous qui êtes bien renseignée... Merci, Gaël", category="cnil"),
    M("neg-other-controller", (), "Systeme.io",
      "Bonjour, comment je peux récupérer mes données auprès de Systeme.io ? Je ferme mon "
      "propre compte chez eux pour ma petite activité. Vous avez fait comment ? Merci, Jessica",
      category="other"),
    M("neg-husband-data", (), "mon mari",
      "Bonjour, mon mari vous voit en séance depuis janvier. J'aimerais savoir ce qu'il vous "
      "raconte sur nous, pourriez-vous me transmettre ses notes ? Nous sommes mariés. Véronique",
      category="other"),
    M("neg-recommend-gdpr", (), "conseil",
      "Bonjour Sandra, une amie veut demander à son ancien employeur la copie de son dossier "
      "RH. Tu connais la démarche ? Bises, Nico", category="other"),
    M("neg-en-facebook", (), "help with facebook",
      "Hi Sandra, off topic: do you know how to delete my data from Facebook? I want to quit "
      "social media like you suggested in the workshop :) Mia", lang="en", category="other"),
    # whatsapp group
    M("neg-whatsapp-leave", (), "groupe WhatsApp",
      "Bonjour Sandra, retirez-moi du groupe WhatsApp de l'atelier svp, trop de notifications "
      "pour moi en ce moment. Merci et à bientôt ! Julie", category="whatsapp"),
    M("neg-whatsapp-sms", (), "",
      "tu peux menlever du grp whatsapp des anciennes de la retraite ? merci bcp", category="whatsapp"),
    # replies quoting newsletters / her messages, new text benign
    M("neg-reply-newsletter", (), "Re: Le printemps arrive",
      "Bonjour Sandra, il reste de la place pour « Oser sa voix » ? Je suis très tentée ! "
      "Camille", quote=NEWSLETTER_FR, quote_from=NEWSLETTER_OWN, category="reply"),
    M("neg-reply-newsletter-outlook", (), "RE: Le printemps arrive",
      "Merci pour cette belle lettre, toujours un plaisir de vous lire.\nBonne semaine,\nRenée",
      quote=NEWSLETTER_FR, quote_from=NEWSLETTER_OWN, quote_style="outlook", category="reply"),
    M("neg-reply-data-info", (), "Re: vos données",
      "Merci beaucoup pour ces précisions, c'est très clair. À bientôt ! Isabelle",
      quote=SANDRA_DATA_INFO, category="reply"),
    M("neg-reply-newsletter-en", (), "Re: Finding your inner compass",
      "Hi Sandra, is the workshop recorded? I'm in a different time zone. Thanks, Grace",
      quote=NEWSLETTER_EN, quote_from=NEWSLETTER_OWN, quote_style="en", lang="en",
      category="reply"),
    M("neg-reply-bottom", (), "Re: Merci pour samedi",
      "Avec plaisir ! Ce que j'ai retenu : prendre le temps de respirer avant de répondre. "
      "Vous pouvez publier ça avec mon prénom.",
      quote=SANDRA_ASK_FEEDBACK, quote_style="bottom", category="reply"),
    M("neg-forward-friend", (), "Fwd: Le printemps arrive",
      "Regarde, c'est la coach dont je t'ai parlé, l'atelier a l'air top, on s'inscrit ensemble ?",
      forward=NEWSLETTER_FR, forward_from=NEWSLETTER_OWN, forward_subject="Le printemps arrive",
      category="forward"),
    M("neg-forward-to-sandra", (), "TR: Offre partenariat",
      "Bonjour Sandra, je vous transfère le message d'une amie qui organise des salons bien-être, "
      "ça pourrait vous intéresser.",
      forward="Bonjour,\nNous organisons le salon Zen de Tours le 5 octobre. Les exposants "
              "peuvent réserver un stand de 6 m².\nCordialement, l'équipe Salon Zen",
      forward_from=("Salon Zen", "contact@salonzen-tours.fr"), forward_subject="Offre partenariat",
      category="forward"),
    # newsletters / notifications from services
    M("neg-newsletter-other", (), "Les nouveautés de mai chez Bio&Co",
      """Bonjour Sandra,

Découvrez nos nouveautés de mai : tisanes bio, huiles essentielles et -20 % sur les bougies.

Vous recevez cet email car vous êtes inscrite à notre newsletter. Pour vous désinscrire,
cliquez ici. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et
d'effacement de vos données.""", category="newsletter",
      sender=("Bio&Co", "newsletter@bioandco.fr"),
      headers={"List-Unsubscribe": "<mailto:unsubscribe@bioandco.fr>", "Precedence": "bulk"}),
    M("neg-newsletter-en", (), "Your weekly digest",
      """Hi Sandra,

Here are this week's top articles for coaches: how to price your sessions, and how to stay
GDPR compliant (delete client data you no longer need!).

Unsubscribe | Manage preferences""", lang="en", category="newsletter",
      sender=("Coach Weekly", "digest@coachweekly.com"),
      headers={"List-Unsubscribe": "<https://coachweekly.com/u/abc>",
               "List-Id": "<digest.coachweekly.com>"}),
    M("neg-stripe-payment", (), "Paiement reçu de Carole Mathieu",
      """Vous avez reçu un paiement de 180,00 € de Carole Mathieu (carole.mathieu@gmail.com).

Description : Forfait 3 séances
Consultez le paiement dans votre Dashboard Stripe.

Stripe, 354 Oyster Point Blvd, South San Francisco""", category="notification",
      sender=("Stripe", "notifications@stripe.com"),
      headers={"Auto-Submitted": "auto-generated"}),
    M("neg-stripe-dispute", (), "A customer disputed a payment",
      """A customer has disputed a €90.00 payment.

Customer: julien.roy@outlook.fr
Reason: Product not received
Respond before 12 May 2025 by submitting evidence in your Dashboard.

The Stripe team""", lang="en", category="notification",
      sender=("Stripe", "notifications@stripe.com")),
    M("neg-systemeio-unsub", (), "Un contact s'est désinscrit",
      """Bonjour Sandra,

Le contact marie.l@gmail.com s'est désinscrit de votre liste « Newsletter Floraison ».
Il ne recevra plus vos campagnes.

L'équipe Systeme.io""", category="notification",
      sender=("Systeme.io", "noreply@systeme.io"),
      headers={"Auto-Submitted": "auto-generated"}),
    M("neg-systemeio-new", (), "Nouvelle vente : Programme Éclore",
      """Félicitations ! Vous avez une nouvelle vente.

Produit : Programme Éclore (97 €)
Client : Thomas Riviere - t.riviere@gmail.com

Gérez vos commandes dans votre tableau de bord Systeme.io.""", category="notification",
      sender=("Systeme.io", "noreply@systeme.io")),
    M("neg-systemeio-gdpr", (), "Demande de suppression traitée",
      """Bonjour,

Conformément à votre paramétrage RGPD, la demande de suppression de compte du contact
n°48213 a été traitée automatiquement le 04/05/2025.

Ceci est un message automatique, merci de ne pas y répondre.
Systeme.io""", category="notification",
      sender=("Systeme.io", "noreply@systeme.io"),
      headers={"Auto-Submitted": "auto-generated"}),
    M("neg-calendly", (), "Nouveau rendez-vous : Séance découverte",
      """Un nouveau rendez-vous a été programmé.

Invité : Laurent Abadie
Email : laurent.abadie@free.fr
Date : mardi 13 mai 2025, 18:00
Réponses : « Je voudrais travailler sur la confiance en moi »

Annuler ou reprogrammer : calendly.com/...""", category="notification",
      sender=("Calendly", "notifications@calendly.com")),
    M("neg-google-security", (), "Alerte de sécurité",
      """Nouvelle connexion à votre compte Google

Une nouvelle connexion a été détectée sur un appareil Windows. Si c'était vous, aucune action
n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre
compte et aux services Google que vous utilisez.""", category="notification",
      sender=("Google", "no-reply@accounts.google.com")),
    M("neg-doctolib", (), "Votre mot de passe a été réinitialisé",
      """Bonjour,

Le mot de passe de votre compte a bien été réinitialisé. Si vous n'êtes pas à l'origine de
cette demande, contactez notre support.

L'équipe Doctolib""", category="notification",
      sender=("Doctolib", "no-reply@doctolib.fr"), headers={"Auto-Submitted": "auto-generated"}),
    # auto-replies
    M("neg-autoreply-1", (), "Réponse automatique : Le printemps arrive",
      "Bonjour,\nJe suis absente du bureau jusqu'au 22 avril, sans accès à mes mails. Pour "
      "toute demande urgente, contactez le standard.\nCordialement, Hélène Vidal",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, category="auto"),
    M("neg-autoreply-noheader", (), "Absence du bureau",
      "Bonjour, je suis en congé jusqu'au 2 septembre. Votre message ne sera pas transféré. "
      "En cas d'urgence merci de contacter ma collègue. Bien à vous",
      category="auto"),
    M("neg-autoreply-en", (), "Automatic reply: Finding your inner compass",
      "Thank you for your email. I am out of the office until Monday 12 May with limited "
      "access to email. I will respond on my return.",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      lang="en", category="auto"),
    M("neg-autoreply-gdpr-footer", (), "Réponse automatique",
      """Bonjour,

Nous avons bien reçu votre message et vous répondrons sous 48 h.

Le cabinet Lemoine traite vos données conformément au RGPD. Pour exercer vos droits d'accès,
de rectification ou d'effacement, écrivez à dpo@cabinet-lemoine.fr.""",
      headers={"Auto-Submitted": "auto-replied"}, category="auto",
      sender=("Cabinet Lemoine", "accueil@cabinet-lemoine.fr")),
    M("neg-autoreply-ticket", (), "[Ticket #88213] Nous avons bien reçu votre demande",
      "Bonjour, votre demande a bien été enregistrée sous le numéro 88213. Un conseiller vous "
      "répondra dans les meilleurs délais. Ne répondez pas à ce message.",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}, category="auto",
      sender=("Support Ionos", "support@ionos.fr")),
    # bounces
    M("neg-bounce-1", (), "Undelivered Mail Returned to Sender",
      """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<anne.dupuis@wanadoo.fr>: host mx.wanadoo.fr said: 550 5.1.1 User unknown

--- original message ---
Subject: Le printemps arrive
Pour vous désinscrire, répondez STOP. Vous pouvez demander la suppression de vos données.""",
      sender=("Mail Delivery System", "MAILER-DAEMON@orange.fr"), lang="en", category="bounce"),
    M("neg-bounce-fr", (), "Échec de la remise du message",
      """Votre message n'a pas pu être remis à ces destinataires :

julie.m@laposte.net
L'adresse est introuvable ou ne peut pas recevoir de messages.

Message d'origine : « Re: suppression de vos données » envoyé le 14/04/2025.""",
      sender=("postmaster", "postmaster@orange.fr"), category="bounce"),
    M("neg-bounce-quota", (), "Delivery Status Notification (Failure)",
      """Delivery to the following recipient failed permanently:

     paul.verdier@gmail.com

Technical details of permanent failure:
The email account that you tried to reach is over quota.""",
      sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), lang="en",
      category="bounce"),
    # her own mail
    M("neg-own-confirm-erasure", (), "Re: suppression de mes données",
      """Bonjour Madame,

Je vous confirme que vos données ont été supprimées de mes fichiers, conformément à votre
demande. Seules les factures sont conservées pendant la durée légale.

Bien à vous,
Sandra Delomenie""", sender=OWN, category="own"),
    M("neg-own-newsletter", (), "Le printemps arrive", NEWSLETTER_FR, sender=OWN,
      category="own", headers={"List-Unsubscribe": "<mailto:sandra.delomenie@orange.fr?subject=STOP>"}),
    M("neg-own-info", (), "Vos données", SANDRA_DATA_INFO, sender=OWN, category="own"),
    M("neg-own-ask", (), "Votre témoignage", SANDRA_ASK_FEEDBACK, sender=OWN, category="own"),
    M("neg-own-reply-access", (), "Re: Demande de copie de mes données",
      """Bonjour,

Vous trouverez en pièce jointe la copie de l'ensemble de vos données personnelles (fiche
client, notes de séance, factures), comme demandé. N'hésitez pas si vous souhaitez en faire
rectifier ou supprimer une partie.

Bien cordialement,
Sandra""", sender=OWN, quote="Bonjour,\nPourriez-vous m'adresser une copie des données que "
      "vous détenez sur moi ?\nMerci,\nKhadija Mansouri",
      quote_from=("Khadija Mansouri", "khadija.mansouri@gmail.com"), category="own"),
    # spam / vendors talking about GDPR
    M("neg-spam-gdpr", (), "Votre site est-il conforme au RGPD ?",
      """Bonjour,

Saviez-vous que 80 % des sites de coachs ne sont pas conformes au RGPD ? Droit d'accès,
droit à l'effacement, portabilité : notre audit à 99 € vous met en règle en 48 h.

Répondez OUI pour recevoir notre offre.
Jérôme, ConformExpress""", category="spam",
      sender=("Jérôme - ConformExpress", "jerome@conformexpress.io")),
    M("neg-spam-seo", (), "Partnership opportunity",
      "Hello, I'm reaching out about a guest post on your website floraisondesoi.fr. We "
      "offer high DA backlinks. Please reply to remove yourself from our list.",
      lang="en", category="spam", sender=("Alex SEO", "alex@growlinks.biz")),
    M("neg-training-ad", (), "Formation RGPD pour thérapeutes",
      """Bonjour Sandra,

Notre formation « RGPD pour les professionnels du bien-être » aborde : les demandes de
suppression, le droit d'accès, les modèles de réponse. Prochaine session le 12 juin.

Pour ne plus recevoir nos emails, répondez « désinscription ».""", category="spam",
      sender=("Formapro Bien-être", "info@formapro-bienetre.fr"),
      headers={"List-Unsubscribe": "<mailto:stop@formapro-bienetre.fr>"}),
    # misc benign with trigger words
    M("neg-delete-photo-own", (), "photo",
      "Coucou, je t'envoie la photo de l'atelier que j'ai prise, tu peux l'utiliser si tu veux. "
      "Tu peux supprimer la précédente elle était floue. Bises, Ana", category="misc"),
    M("neg-typo-article", (), "petite coquille",
      "Bonjour, dans votre dernier article de blog il y a une coquille au 2e paragraphe "
      "(« quelque soit » → « quel que soit »). Vous pouvez corriger ? Bonne journée, un lecteur",
      category="misc"),
    M("neg-update-question", (), "livre conseillé",
      "Bonjour Sandra, pourriez-vous me redonner le titre du livre dont vous avez parlé à "
      "l'atelier ? Celui sur l'autocompassion. Merci ! Lola", category="misc"),
    M("neg-erase-board", (), "atelier enfants",
      "Bonjour, pour l'atelier enfants de mercredi, faut-il apporter quelque chose ? Ma fille "
      "a effacé le programme par erreur de la tablette, pouvez-vous le renvoyer ? Merci",
      category="misc"),
    M("neg-en-stop-sms-reminder-question", (), "reminders",
      "Hi Sandra, will I get a reminder by text before the session or only by email? Just "
      "checking so I don't forget. Thanks, Olivia", lang="en", category="misc"),
    M("neg-feedback-long", (), "Retour sur l'accompagnement",
      """Bonjour Sandra,

Je voulais vous faire un retour sur nos six mois ensemble. Au début, j'avais du mal à poser
des limites au travail ; aujourd'hui, j'arrive à dire non sans culpabiliser. Le travail sur
les valeurs m'a aidée à clarifier ce que je voulais vraiment, et j'ai supprimé de mon agenda
les réunions qui ne servaient à rien !

Je pense revenir à la rentrée pour travailler sur la prise de parole.

Avec toute ma gratitude,
Amandine""", category="misc"),
    M("neg-en-access-link", (), "Zoom link",
      "Hi, I need access to the Zoom link for tonight, I can't find it in my inbox. Could you "
      "resend it? Thanks! Noah", lang="en", category="login"),
    M("neg-sms-retard", (), "",
      "jsuis en retard de 10 min dsl jarrive", category="booking"),
    M("neg-gift-card", (), "bon cadeau",
      "Bonjour, je voudrais offrir une séance à ma soeur pour son anniversaire. Faites-vous des "
      "bons cadeaux ? Merci, Xavier", category="booking"),
    M("neg-unsub-wrong-list", (), "désinscription atelier",
      "Bonjour, je me désinscris de l'atelier cuisine intuitive de dimanche, je suis "
      "souffrante. Désolée du désistement tardif. Pascale", category="cancel"),
    M("neg-en-remove-from-waitlist", (), "waiting list",
      "Hi Sandra, you can take me off the waiting list for the June retreat, I found another "
      "date that works. Thanks, Zoe", lang="en", category="cancel"),
    M("neg-change-slot-html", (), "changement de créneau",
      "<div>Bonjour,</div><div>Est-il possible de modifier mon rendez-vous de mardi pour le "
      "passer à 17h ?</div><div>Merci,<br>Théo</div>", mime="html", category="booking"),
    M("neg-cnil-letter", (), "Information CNIL",
      """Bonjour,

Je suis délégué à la protection des données d'une mutuelle. Nous préparons un guide sur les
obligations des praticiens libéraux vis-à-vis de la CNIL. Accepteriez-vous de répondre à un
questionnaire de 10 minutes ?

Cordialement,
Bastien Colin""", category="cnil", sender=("Bastien Colin", "dpo@mutuelle-horizon.fr")),
    M("neg-correct-my-answers", (), "questionnaire",
      "Bonjour, je me suis trompée dans le questionnaire de préparation (question 4), je "
      "voulais cocher « parfois » et non « souvent ». Ce n'est pas grave, on en parlera jeudi. "
      "Sonia", category="misc"),
]
