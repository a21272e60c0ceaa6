"""Blind round 4: message texts for make_blind4.py (written from the spec, without reading the recogniser).

Each Msg is one email to Sandra Delomenie (Floraison de Soi). `rights` is the label: an empty tuple
means "not a data-subject request addressed to her". Placeholders %FIRST%, %LAST%, %NAME%, %ADDR%
are replaced by the generated sender's identity. Items whose label needed a judgement call carry a
`note` (and a comment) explaining the decision under the project's labelling policy.
"""

from __future__ import annotations

from dataclasses import dataclass

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem")

OWN = "Sandra Delomenie <sandra.delomenie@orange.fr>"


@dataclass(frozen=True)
class Msg:
    key: str
    lang: str                      # 'fr' | 'en'
    subject: str
    body: str
    rights: tuple[str, ...] = ()
    quoted: str = ""               # history below the new text
    qstyle: str = "gmail"          # gmail | apple | outlook | original | fwd | fwd_fr
    qfrom: str = ""                # author of the quoted mail (default: Sandra)
    qto: str = ""                  # recipient of the quoted mail (bounces: the failed address)
    qsubject: str = ""             # subject of the quoted / bounced mail
    html: bool = False             # HTML-only body
    alt: bool = False              # text + HTML alternative
    headers: tuple[tuple[str, str], ...] = ()
    frm: str = ""                  # sender override ("Name <addr>")
    to: str = ""                   # recipient override
    g: str = "f"                   # gender of the generated sender (f|m)
    region: str = ""               # fr | be | ch | qc | uk | en (sender domain pool)
    first: str = ""
    last: str = ""
    kind: str = ""                 # '' | 'bounce'
    status: str = ""
    diag: str = ""
    attach: tuple[tuple[str, str, str], ...] = ()   # (filename, mime type, text content)
    note: str = ""                 # why the label is what it is (ambiguous-but-decidable items)


def M(key: str, lang: str, subject: str, body: str, rights: str = "", **kw: object) -> Msg:
    return Msg(key=key, lang=lang, subject=subject, body=body, rights=tuple(rights.split()), **kw)  # type: ignore[arg-type]


AUTO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
BULK = (("Precedence", "bulk"),)


def LIST(url: str, mailto: str = "") -> tuple[tuple[str, str], ...]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return (("List-Unsubscribe", value), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"))


NEWSLETTER = """Bonjour %FIRST%,

L'automne est là, et avec lui l'envie de se recentrer. Ce mois-ci je vous propose trois rendez-vous :
- le cercle de femmes du jeudi 16 octobre (Issoudun, 19h)
- l'atelier « Oser dire non » le samedi 25 octobre
- le webinaire gratuit « Retrouver son énergie » le 4 novembre

Belle journée fleurie,
Sandra
Floraison de Soi

Vous recevez ce mail car vous êtes inscrit(e) à la newsletter Floraison de Soi. Se désinscrire"""

REMINDER = """Bonjour %FIRST%,

Petit rappel : votre séance individuelle est prévue le jeudi 9 octobre à 14h, au cabinet (46 rue d'Estienne d'Orves, Issoudun).
En cas d'empêchement, merci de me prévenir 48h à l'avance.

Belle journée,
Sandra"""


# --------------------------------------------------------------------------------------------
# ACCESS (single right)
# --------------------------------------------------------------------------------------------
ACCESS = [
    M("acc-what-you-keep", "fr", "petite question",
      """Bonjour Sandra,

J'espère que vous allez bien. J'ai fait plusieurs séances avec vous l'an dernier (entre février et juin) et je me demandais ce que vous gardiez sur moi, au juste. Les notes, le questionnaire du début, les mails ?

Si vous pouviez m'envoyer ce que vous avez, ça m'intéresserait de voir.

Merci et bonne journée,
%FIRST%""", "access"),

    M("acc-art15-formal", "fr", "Demande de droit d'accès – article 15 du RGPD",
      """Madame,

En application de l'article 15 du Règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et de l'article 49 de la loi n° 78-17 du 6 janvier 1978 modifiée, je vous prie de bien vouloir me communiquer :

1° la confirmation que des données à caractère personnel me concernant sont ou ne sont pas traitées ;
2° le cas échéant, une copie de l'ensemble de ces données, quel qu'en soit le support (fiches de suivi, notes manuscrites numérisées, questionnaires, correspondances, données de paiement) ;
3° les finalités du traitement, les catégories de destinataires, la durée de conservation envisagée et la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Vous trouverez ci-joint la copie de ma pièce d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

%NAME%
14, allée des Tilleuls
36000 Châteauroux""", "access",
      attach=(("CNI_recto_verso.pdf", "application/pdf", "%PDF-1.4 placeholder identity document\n"),),
      alt=True),

    M("acc-nonnative-en", "en", "Information about me",
      """Hello Madam,

I was participant of your workshop in Issoudun in april 2024 (the one about self-confidence). Now I would like to know which informations you are keeping about me and to whom you have give them.

Thank you in advance for your answer.
Best regards
%NAME%""", "access", g="m"),

    M("acc-sms-style", "fr", "coucou",
      """slt sandra c jenny (la copine de mylene) 
tu peux me dire ce que t'as comme infos sur moi stp?? genre mes fiches, le questionnaire et tout
merci bcp bizz

Envoyé de mon iPhone""", "access", first="Jennifer"),

    M("acc-subject-only", "fr", "Demande de copie de mes données personnelles svp", "", "access"),

    # Request buried in the third paragraph of a long personal mail.
    M("acc-buried-rambling", "fr", "Des nouvelles !",
      """Bonjour Sandra,

Ça fait longtemps ! Je voulais vous donner des nouvelles : j'ai finalement quitté mon poste à la banque en juin, comme on en avait tellement parlé pendant nos séances. Je me suis lancée dans la céramique, j'ai un petit atelier partagé à Bourges et je commence à vendre sur les marchés. Je ne dis pas que tout est facile tous les jours mais je me sens tellement plus alignée.

Ma fille a eu son bac, mon fils rentre en 4e, bref la vie suit son cours. Je repense souvent à l'exercice de la lettre à soi-même, je l'ai relue l'autre jour et j'ai pleuré (de joie je crois).

D'ailleurs, est-ce que je pourrais avoir une copie de tout ce que vous aviez noté pendant nos séances ? Les fiches de suivi, le bilan de départ, tout ce que vous avez dans mon dossier. J'aimerais relire le chemin parcouru.

Je passerai peut-être vous faire un coucou au prochain marché d'Issoudun.

Je vous embrasse,
%FIRST%""", "access"),

    M("acc-british-copies", "en", "Session notes etc.",
      """Dear Sandra,

Further to our sessions last spring, I'd be grateful if you could let me have copies of any personal information you hold on me - session notes, the intake form, emails, the lot.

No rush, whenever you have a moment.

Many thanks,
%FIRST%

--
%NAME%
Sent from Outlook for iOS""", "access", region="uk",
      alt=True),

    M("acc-belgian", "fr", "Renseignement",
      """Bonjour Madame,

Je me permets de vous écrire car j'ai participé à votre stage « Femmes en floraison » à Durbuy il y a deux ans.

Savez-vous me dire quelles données vous détenez à mon sujet ? Je fais un peu de tri dans ma vie numérique et je voudrais y voir clair.

Je vous remercie déjà.

Bien à vous,
%NAME%
Namur""", "access", region="be"),

    # Asking where the address came from = access (source of the data).
    M("acc-where-from", "fr", "D'où sortez-vous mon adresse ??",
      """Bonjour,

Je reçois depuis trois semaines des mails de "Floraison de Soi" alors que je n'ai jamais été cliente ni inscrite à quoi que ce soit chez vous.

Je veux savoir d'où vous tenez mon adresse mail et ce que vous avez d'autre sur moi.

%NAME%""", "access"),

    M("acc-shared-with", "fr", "question",
      """Bonjour Sandra,

J'ai reçu hier un SMS d'une « praticienne bien-être » que je ne connais pas, qui connaissait mon prénom et savait que j'avais fait ton stage de juin. Ça me met mal à l'aise.

Est-ce que tu peux me dire avec qui tu as partagé mes coordonnées ? Et me dire précisément ce que tu as comme infos sur moi ?

Merci,
%FIRST%""", "access"),

    M("acc-stripe-card", "en", "payment details",
      """Hi Sandra,

Quick one. Could you tell me what payment details you store about me - is it only on Stripe or do you keep my card number somewhere as well? And could I have a copy of whatever you've got on me, payments included?

Thanks,
%FIRST%""", "access",
      quoted="""Receipt from Floraison de Soi

Amount paid: €90.00
Date paid: 3 Oct 2025
Payment method: Visa - 4417

If you have any questions, contact Floraison de Soi at sandra.delomenie@orange.fr.""", qstyle="gmail", qfrom="Floraison de Soi <receipts+acct_1P2@stripe.com>", qsubject="Your receipt from Floraison de Soi #2231-4471"),

    M("acc-html-formal", "fr", "Demande d'information – données personnelles",
      """Madame Delomenie,

Conformément au règlement général sur la protection des données, je souhaite recevoir l'ensemble des informations personnelles me concernant que vous conservez, ainsi que l'indication des personnes ou organismes auxquels elles ont pu être transmises.

Je reste à votre disposition pour tout justificatif.

Cordialement,

%NAME%
Assistante de direction
Tél. 02 54 21 XX XX""", "access", html=True),

    M("acc-quebec", "fr", "Question sur mes infos",
      """Allô Sandra!

J'ai suivi ta formation en ligne l'automne passé pis j'ai vraiment aimé ça. Là je fais du ménage dans mes affaires pis je me demandais : c'est quoi l'information que tu gardes sur moi? Genre dans ton système de courriels, ta plateforme pis tes notes.

Tu peux-tu m'envoyer ça quand t'as deux minutes?

Merci ben gros!
%FIRST% xx""", "access", region="qc"),

    M("acc-swiss", "fr", "Demande",
      """Bonjour Madame Delomenie,

J'ai suivi votre accompagnement à distance de septante jours l'an dernier depuis Lausanne.

Je vous saurais gré de bien vouloir me faire parvenir une copie des données me concernant dont vous disposez (dossier, notes, échanges).

En vous remerciant par avance, je vous adresse mes meilleures salutations.

%NAME%
Lausanne""", "access", region="ch"),

    M("acc-reply-above-sandra", "fr", "Merci pour l'atelier",
      """Merci Sandra, c'était un très beau moment.

Autre chose, sans rapport : je voudrais voir ce qu'il y a dans mon dossier chez vous, questionnaire santé compris. Vous pouvez me l'envoyer par mail ?

%FIRST%""", "access",
      quoted="""Bonjour %FIRST%,

Merci pour votre participation à l'atelier « Oser dire non » samedi. Vous trouverez en pièce jointe le livret récapitulatif.

Au plaisir de vous revoir,
Sandra"""),

    M("acc-drive-notes", "fr", "Mes comptes-rendus",
      """Bonjour,

Pourriez-vous me transmettre tout ce que vous avez sur moi, y compris les comptes-rendus de séance qui sont sur votre Google Drive et les échanges WhatsApp que vous auriez gardés ?

Merci beaucoup.
%NAME%""", "access"),

    # Lawyer acting under a mandate from the client: counts as the client's request.
    M("acc-lawyer-mandate", "fr", "V/Réf : Mme Aurore PETIT – N/Réf : 25/0187 – Droit d'accès",
      """Madame,

Je vous informe que j'ai été mandaté par Madame Aurore PETIT, qui a bénéficié de vos prestations d'accompagnement entre octobre 2023 et mars 2024.

Ma cliente entend exercer son droit d'accès aux données la concernant, conformément à l'article 15 du RGPD. Je vous remercie en conséquence de bien vouloir m'adresser, ou lui adresser directement, copie de l'intégralité des données personnelles la concernant que vous détenez, y compris les notes prises au cours des séances.

Vous trouverez ci-joint le mandat signé par ma cliente ainsi que la copie de sa pièce d'identité.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Maître Olivier Rambert
Avocat au Barreau de Bourges
12 rue Moyenne – 18000 Bourges

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.""", "access",
      frm="Maître Olivier Rambert <o.rambert@rambert-avocat.fr>",
      attach=(("Mandat_PETIT.pdf", "application/pdf", "%PDF-1.4 placeholder mandate\n"),)),

    # Parent of a minor: counts as a request for the child.
    M("acc-parent-minor", "fr", "Mon fils Léo – atelier ados",
      """Bonjour Madame,

Je suis la maman de Léo Marchand, 14 ans, qui a participé à votre atelier « Confiance en soi ados » pendant les vacances de février.

En tant que parent, je souhaiterais savoir quelles informations vous avez conservées sur lui (fiche d'inscription, questionnaire, éventuelles photos) et en avoir une copie.

Bien cordialement,
%FIRST% Marchand""", "access", last="Marchand"),
]

# --------------------------------------------------------------------------------------------
# RECTIFICATION (single right)
# --------------------------------------------------------------------------------------------
RECTIFICATION = [
    M("rect-new-address", "fr", "changement d'adresse",
      """Bonjour,

Nouvelle adresse depuis le 1er octobre :
12 rue des Tanneurs
18100 Vierzon

Merci de mettre à jour, bonne journée !
%FIRST%""", "rectification"),

    # AMBIGUOUS (decided): 'l'effacer' concerns the old number replaced by a new one: rectification only.
    M("rect-sms-new-number", "fr", "nouveau num",
      """jai changé de num c le 07 62 11 48 90 maintenant, l'ancien c fini tu peux l'effacer. bizz %FIRST%""", "rectification",
      note="'l'effacer' concerns the old number replaced by a new one: rectification only."),

    M("rect-married-name", "fr", "Changement de nom",
      """Bonjour Sandra,

Je me suis mariée en août (eh oui !) et je m'appelle désormais Claire Fontaine, et non plus Claire Morel.

Pourriez-vous modifier mon nom dans vos fichiers et sur la plateforme de formation ? Mon adresse mail ne change pas.

Merci beaucoup,
Claire""", "rectification", first="Claire", last="Fontaine",
      alt=True),

    M("rect-en-email", "en", "New email address",
      """Hi Sandra,

Please update my email to e.taylor.home@proton.me - this hotmail one will be closed at the end of the month.

Thanks!
Emily""", "rectification", first="Emily", last="Taylor", frm="Emily Taylor <emily.taylor84@hotmail.com>"),

    M("rect-wrong-facts", "fr", "Erreurs dans ma fiche",
      """Bonjour,

Dans la fiche de suivi que vous m'avez envoyée après la première séance, il est écrit que je suis enseignante et que j'ai deux enfants. C'est faux : je suis infirmière et j'en ai trois. Ça peut paraître un détail, mais je préfère que ce soit exact.

Merci de corriger.

%NAME%""", "rectification"),

    M("rect-spelling", "fr", "Mon prénom",
      """Bonjour !

Petite chose qui me chiffonne : mon prénom est mal orthographié partout chez vous, sur la plateforme, dans les mails, sur l'attestation. C'est Maëlys avec un tréma et un y, pas « Maelis ».

Vous pouvez rectifier ?

Merci 🙂
Maëlys""", "rectification", first="Maëlys"),

    M("rect-belgian-phone", "en", "phone number",
      """Hello,

In your records my phone number is wrong, one number is missing. The correct one is +32 475 12 34 56. Please to change it so I receive the reminders.

Regards,
Pieter""", "rectification", g="m", first="Pieter", last="Jansen", region="be"),

    M("rect-reply-outlook", "fr", "Rappel : votre séance du 9 octobre",
      """Bonjour Sandra,

Merci pour le rappel. Petite correction au passage : mon adresse postale n'est plus la bonne, merci de noter désormais :
Mme %NAME%
5 impasse du Moulin
36100 Saint-Georges-sur-Arnon

À jeudi,
%FIRST%""", "rectification", quoted=REMINDER, qstyle="outlook"),

    # Asks to update an outdated health entry, not to delete it: rectification.
    M("rect-health-update", "fr", "mise à jour de mon dossier",
      """Bonjour Sandra,

Dans le questionnaire de début d'accompagnement, j'avais indiqué un traitement (antidépresseur) que je ne prends plus depuis mars. Pouvez-vous mettre mon dossier à jour ? Je n'ai pas envie que ça reste noté comme si je le prenais encore.

Merci, à bientôt,
%FIRST%""", "rectification"),

    M("rect-british-moved", "en", "Moved house!",
      """Hiya Sandra,

Just a quick one - I've moved. New address is Flat 3, 22 Mill Lane, Bristol BS3 4PL. Could you update your records when you get a sec?

Ta,
%FIRST%""", "rectification", g="m", region="uk"),

    # AMBIGUOUS (decided): Deleting an old address while giving the new one = rectification only (policy).
    M("rect-replace-old-mail", "fr", "Adresse mail",
      """Bonjour,

Supprimez mon ancien mail jeanne.b@wanadoo.fr de vos contacts et utilisez celui-ci à la place s'il vous plaît (wanadoo c'est terminé).

Bonne soirée
Jeanne""", "rectification", first="Jeanne", last="Bourdin",
      note="Deleting an old address while giving the new one = rectification only (policy)."),

    M("rect-quebec-courriel", "fr", "Mon courriel",
      """Salut Sandra,

Pourrais-tu changer mon courriel dans ton système? C'est rendu celui-ci, l'autre je le regarde plus pantoute.

Merci!
%FIRST%""", "rectification", region="qc"),

    M("rect-art16", "fr", "Demande de rectification (art. 16 RGPD)",
      """Madame,

Sur le fondement de l'article 16 du RGPD, je vous demande de rectifier sans délai les informations inexactes suivantes me concernant :

- date de naissance : 17/06/1979 (et non 17/09/1979) ;
- profession : responsable logistique (et non « sans emploi ») ;
- adresse : 8 chemin des Vignes, 36230 Neuvy-Saint-Sépulchre.

Je vous remercie de me confirmer la prise en compte de ces corrections.

Salutations distinguées,
%NAME%""", "rectification", g="m"),

    M("rect-whatsapp-number", "fr", "groupe WhatsApp stage",
      """Hello Sandra,

Dans le groupe WhatsApp du stage de novembre j'apparais encore avec mon vieux numéro (celui qui finit par 42). Tu peux le remplacer par le nouveau : 06 48 27 90 13 ? Sinon je ne vois rien passer.

Merci !
%FIRST%""", "rectification"),
]

# --------------------------------------------------------------------------------------------
# ERASURE (single right)
# --------------------------------------------------------------------------------------------
ERASURE = [
    M("era-effacez-moi", "fr", "", """Effacez-moi de vos fichiers svp. Merci.""", "erasure", g="m"),

    M("era-forget-me", "en", "hi",
      """hey sandra, can you forget me? i mean completely. i did 3 sessions with you in 2023 and i'd rather nothing stays around, notes, emails, whatever. thx""", "erasure"),

    M("era-art17", "fr", "Exercice du droit à l'effacement",
      """Madame,

Par la présente, et conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement de l'ensemble des données à caractère personnel me concernant que vous détenez, sur quelque support que ce soit, y compris auprès de vos sous-traitants.

Je vous remercie de m'en confirmer l'exécution par retour de courriel dans le délai légal d'un mois.

Salutations,
%NAME%
Né le 02/11/1971""", "erasure", g="m"),

    M("era-buried-moving-on", "fr", "Tourner la page",
      """Bonjour Sandra,

Je vous écris après pas mal d'hésitations. L'accompagnement m'a apporté beaucoup, je tiens à le dire, même si les dernières séances ont été difficiles pour moi et que j'ai arrêté un peu brutalement. Je ne vous en veux pas du tout, c'était juste le mauvais moment.

Aujourd'hui je suis suivie par une psychologue et j'ai besoin de faire table rase de cette période, de fermer des portes, comme elle dit. J'ai jeté mes carnets, supprimé des photos, etc.

Donc je vous demanderais de tout supprimer me concernant : les notes, les questionnaires, les mails, les enregistrements audio s'il y en a, tout.

Merci pour votre compréhension, et bonne continuation.
%FIRST%""", "erasure"),

    # 'plus intéressée' is only the reason; the request is to delete everything: erasure (no unsubscribe
    # asked).
    M("era-sms", "fr", "",
      """bonjour vs pouvez supprimer tt ce que vs avez sur moi svp jsuis plus interessee par tout ca. merci
%FIRST%""", "erasure"),

    M("era-systemeio-account", "fr", "Suppression compte formation",
      """Bonjour,

Je souhaite que mon compte sur votre plateforme de formation (Systeme.io) soit supprimé, ainsi que toutes les données qui y sont liées : progression, réponses aux quiz, commentaires sous les vidéos.

Merci de me confirmer quand c'est fait.
%NAME%""", "erasure"),

    M("era-drive-journal", "en", "My journal files",
      """Hi Sandra,

Please delete the Google Drive folder with my session notes and any copies you have of the journal entries I sent you. I don't want them stored anywhere anymore, including in your email.

Thank you for understanding,
%FIRST%""", "erasure",
      quoted="""Hi %FIRST%,

I've shared the folder \"%FIRST% - séances 2024\" with you on Google Drive: it has the session notes and the journal pages you sent me.

Sandra""", qstyle="apple"),

    M("era-belgian", "fr", "Données",
      """Bonjour Madame,

Je souhaiterais que vous supprimiez toutes les données me concernant. Une fois pour toutes, s'il vous plaît, j'ai déjà demandé oralement au stage mais je reçois encore des choses.

Je vous remercie d'avance.
Bien à vous,
%NAME%
PS : j'habite toujours à Namur, si vous avez besoin de vérifier mon identité.""", "erasure", region="be"),

    # AMBIGUOUS (decided): Parent of a minor asks deletion of all the child's data, photos included:
    # erasure (not withdraw_consent, since all data).
    M("era-parent-minor", "fr", "Lou – atelier confiance en soi",
      """Bonjour Madame Delomenie,

Notre fille Lou, 16 ans, a participé à votre atelier confiance en soi en avril. Son père et moi souhaitons que l'ensemble des informations la concernant soient supprimées : fiche d'inscription, questionnaire, photos prises pendant l'atelier, adresse mail.

Nous sommes ses représentants légaux ; je joins le livret de famille si nécessaire.

Cordialement,
%NAME%""", "erasure",
      note="Parent of a minor asks deletion of all the child's data, photos included: erasure (not withdraw_consent, since all data)."),

    # Mandated lawyer; the threat of a complaint does not turn it into a complaint: erasure.
    M("era-lawyer", "fr", "Mise en demeure – effacement des données de Mme Sylvie GARNIER",
      """Madame,

J'interviens en qualité de conseil de Madame Sylvie GARNIER, qui m'a donné mandat à cet effet.

Ma cliente vous a demandé à deux reprises, oralement, la suppression des données la concernant. Ces demandes étant restées sans effet, je vous mets en demeure de procéder à l'effacement de l'intégralité des données personnelles de ma cliente, conformément à l'article 17 du RGPD, et de m'en justifier sous quinzaine.

À défaut, ma cliente se réserve la possibilité de saisir toute autorité compétente.

Veuillez agréer, Madame, mes salutations distinguées.

Maître Hélène Vasseur
Avocate
SELARL Vasseur & Associés – 3 place Gambetta – 36000 Châteauroux""", "erasure",
      frm="Hélène Vasseur <h.vasseur@vasseur-avocats.fr>"),

    M("era-html-en", "en", "Erasure request",
      """Dear Ms Delomenie,

I'm writing to request that you erase all personal data you hold about me, in line with Article 17 of the GDPR. This includes my account on your course platform and any notes from our video calls.

Kind regards,
%NAME%""", "erasure", html=True),

    # Request written above a quoted newsletter: only the new text counts -> erasure (it asks deletion of
    # all data, not just unsubscribing).
    M("era-above-newsletter", "fr", "Les rendez-vous d'octobre 🍂",
      """Supprimez toutes les données que vous avez sur moi s'il vous plaît.""", "erasure",
      quoted=NEWSLETTER, qstyle="gmail"),

    M("era-swiss", "fr", "Destruction de mon dossier",
      """Madame,

Je vous prie de bien vouloir détruire l'ensemble des documents et fichiers me concernant, tant papier qu'informatiques, notre collaboration ayant pris fin.

Je vous remercie de m'en donner confirmation et vous adresse mes salutations les meilleures.

%NAME%
Genève""", "erasure", region="ch"),

    # AMBIGUOUS (decided): Asks the questionnaire to be deleted (not just to stop using it): erasure
    # rather than withdraw_consent.
    M("era-health-questionnaire", "fr", "Questionnaire",
      """Bonjour Sandra,

Pourriez-vous supprimer le questionnaire de santé que j'ai rempli en janvier ? Avec le recul je n'aurais pas dû y mettre autant de détails sur mes antécédents.

Merci !
%FIRST%""", "erasure",
      note="Asks the questionnaire to be deleted (not just to stop using it): erasure rather than withdraw_consent."),

    M("era-nonnative", "en", "Remove my data",
      """Good morning,

I want that you remove all my personal information from your computer and your files. I am not client anymore since one year.

Thank you,
Mehmet""", "erasure", g="m", first="Mehmet", last="Yilmaz"),

    # A follow-up forwarding her own unanswered earlier mail: the new text restates the request.
    M("era-disappear", "fr", "Disparaître",
      """Je vous relance, toujours sans réponse de votre part depuis un mois. Je veux disparaître de vos fichiers et de votre plateforme, qu'il ne reste plus rien sur moi nulle part chez vous.

%FIRST%""", "erasure",
      quoted="""Bonjour,
je veux disparaître de vos fichiers et de votre plateforme, qu'il ne reste plus rien sur moi nulle part chez vous.
Merci
%FIRST%""", qstyle="fwd_fr", qfrom="%NAME% <%ADDR%>", qto="sandra.delomenie@orange.fr"),

    M("era-voir-objet", "fr", "Suppression de mes données personnelles - Mme %NAME%", "Voir objet.\n\nCordialement", "erasure"),

    M("era-british-disclaimer", "en", "Personal data",
      """Dear Sandra,

I attended two of your online workshops in 2022. Please could you delete all the personal data you hold about me? I'm tidying up my digital footprint.

Many thanks,

%NAME%
Senior Analyst | Northbridge Consulting Ltd
T: +44 (0)117 496 0123

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. Northbridge Consulting Ltd is registered in England and Wales, no. 08765432. Please consider the environment before printing this email.""", "erasure", region="uk", frm="Rachel Hughes <rachel.hughes@northbridge-consulting.co.uk>", first="Rachel", last="Hughes",
      alt=True),

    # Arrives through the website contact form (From: wordpress); the person in the form asks deletion:
    # erasure.
    M("era-contact-form", "fr", "[Floraison de Soi] Nouveau message depuis le formulaire de contact",
      """Nom : Bénédicte Roussel
E-mail : bene.roussel@gmail.com
Téléphone : 06 12 45 78 33
Sujet : Autre

Message :
Bonjour, j'ai participé à un atelier il y a 3 ans. Je souhaite que vous supprimiez mes coordonnées et toutes les informations que vous avez sur moi. Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""", "erasure",
      frm="Floraison de Soi <wordpress@floraisondesoi.fr>", headers=(("Reply-To", "bene.roussel@gmail.com"),)),
]

# --------------------------------------------------------------------------------------------
# RESTRICTION (single right)
# --------------------------------------------------------------------------------------------
RESTRICTION = [
    M("res-contest-notes", "fr", "Mes notes de séance",
      """Bonjour Sandra,

Ne supprimez rien pour l'instant, mais je vous demande de ne plus utiliser mes notes de séance tant que nous n'en avons pas reparlé. Je conteste plusieurs choses qui y sont écrites (notamment sur ma relation avec mon père) et je ne veux pas qu'elles servent de base à la suite.

On peut en discuter par téléphone la semaine prochaine ?

%FIRST%""", "restriction"),

    M("res-dispute-en", "en", "Intake summary",
      """Hello Sandra,

I dispute the accuracy of the intake summary you sent me on Monday; several points are simply not what I said. Until this is sorted, please don't use it or share it with anyone - but don't delete it either, I may need it.

Regards,
%NAME%""", "restriction", g="m",
      quoted="""Dear %FIRST%,

Please find below my summary of our intake session, which I will use as the basis for our work together.

- Main goal: career change within 12 months
- Context: burnout in 2023, currently on part-time
- Support: partner, two close friends

Best,
Sandra""", qstyle="outlook", qsubject="Intake summary"),

    M("res-art18", "fr", "Demande de limitation du traitement – art. 18 RGPD",
      """Madame,

Je conteste l'exactitude de certaines données me concernant figurant dans mon dossier de suivi. Conformément à l'article 18.1 a) du RGPD, je vous demande de limiter le traitement de ces données pendant la durée nécessaire à la vérification de leur exactitude.

Je vous saurais gré de m'informer avant toute levée de cette limitation.

Respectueusement,
%NAME%""", "restriction"),

    # AMBIGUOUS (decided): 'Keep them but don't use them for anything' = don't use / don't delete:
    # restriction (policy), not erasure; not limited to marketing so not objection.
    M("res-keep-dont-use", "fr", "Mes données",
      """Bonjour,

Gardez mes données si vous y êtes obligée (compta, factures, etc.), je comprends, mais ne vous en servez plus pour quoi que ce soit d'autre. Qu'elles dorment dans un coin.

Cordialement,
%NAME%""", "restriction",
      note="'Keep them but don't use them for anything' = don't use / don't delete: restriction (policy), not erasure; not limited to marketing so not objection."),

    M("res-litigation-hold", "fr", "Conservation de mon dossier",
      """Bonjour Madame,

J'ai un litige en cours devant le conseil de prud'hommes avec mon ancien employeur, qui avait financé le bilan et l'accompagnement. J'aurai probablement besoin de mes attestations et de nos échanges.

Merci de ne surtout pas effacer mes données, même si votre durée de conservation arrive à échéance, et de les bloquer (aucune utilisation) en attendant l'issue de la procédure.

Bien cordialement,
%NAME%""", "restriction", g="m"),

    M("res-sms", "fr", "",
      """stp touche pas à mon dossier, tu le supprimes pas mais tu l'utilises plus pour l'instant. je t'explique quand on se voit. %FIRST%""", "restriction"),

    M("res-freeze-stripe", "en", "Please put my data on hold",
      """Hi,

Please freeze my account data on your course platform - don't delete anything, just put it on hold - while I sort out a dispute with my bank about the Stripe payment from August. I'll get back to you once it's resolved.

Thanks,
%FIRST%""", "restriction"),

    M("res-belgian-geler", "fr", "Contestation",
      """Bonjour Madame,

Je conteste l'exactitude du bilan écrit que vous m'avez remis (plusieurs éléments sont inexacts sur ma situation professionnelle). Je vous demande de geler ces données le temps que nous les vérifiions ensemble, sans les effacer.

Bien à vous,
%NAME%""", "restriction", region="be"),

    M("res-pause-dossier", "fr", "Pause",
      """Bonjour Sandra,
Mettez mon dossier en pause s'il vous plaît : vous le gardez, mais personne n'y touche et vous ne l'utilisez pas, jusqu'à nouvel ordre de ma part.
Merci
%FIRST%""", "restriction"),

    M("res-nonnative-verify", "en", "my data",
      """Hello,

Please I ask you to stop processing my data while you verify it, I think the birth date and the address are wrong. Do not erase it please, just stop until it is checked.

Best,
%NAME%""", "restriction", g="m", region="en"),

    M("res-lawyer-review", "fr", "Votre message du 3 octobre",
      """Madame,

Suite à votre message, je vous demande de suspendre tout traitement de mes données (sans les effacer) le temps que mon avocat examine le dossier. Je reviendrai vers vous.

%NAME%""", "restriction",
      quoted="""Bonjour,

Je fais suite à notre conversation téléphonique. Comme convenu, je clôture votre accompagnement à la date du 30 septembre. Vous recevrez la facture de solde dans les prochains jours.

Cordialement,
Sandra Delomenie""", qstyle="original"),
]

# --------------------------------------------------------------------------------------------
# PORTABILITY (single right)
# --------------------------------------------------------------------------------------------
PORTABILITY = [
    M("por-import-ailleurs", "fr", "récupérer mes réponses",
      """Bonjour,

J'aimerais récupérer tout ce que j'ai rempli sur la plateforme (le journal de bord, les exercices, les bilans de fin de module) pour l'importer ailleurs : je passe sur un autre outil pour tenir mon journal.

C'est possible ?
Merci !
%FIRST%""", "portability"),

    M("por-csv-en", "en", "Export of my course data",
      """Hi Sandra,

Could you export my course progress and my quiz answers from Systeme.io in a CSV (or any format I can load into another platform)? I'm moving everything to one place.

Cheers,
%FIRST%""", "portability"),

    # AMBIGUOUS (decided): Asks to transfer her file straight to another practitioner: portability
    # (transfer to another provider).
    M("por-new-practitioner", "fr", "Transmission de mon dossier",
      """Bonjour Madame Delomenie,

Je déménage à Châteauroux et je vais poursuivre mon accompagnement avec Mme Anne Lacoste, sophrologue. Pourriez-vous lui transmettre directement mon dossier (bilan initial, exercices, questionnaires) ? Son adresse : anne.lacoste.sophro@gmail.com

Merci pour tout,
%NAME%""", "portability",
      note="Asks to transfer her file straight to another practitioner: portability (transfer to another provider)."),

    M("por-art20", "fr", "Droit à la portabilité",
      """Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine.

Je vous remercie par avance.
%NAME%""", "portability", g="m"),

    M("por-british-leeds", "en", "Moving coaches",
      """Hi Sandra,

Bit of news - I'm moving up north and will be seeing a coach in Leeds. Is it possible to get my stuff in a format she can actually use, i.e. a spreadsheet or something, not scanned PDFs of your handwriting (no offence!)?

Thanks ever so much,
%FIRST%""", "portability", region="uk"),

    M("por-quebec-excel", "fr", "mes données",
      """Bonjour Sandra,

Pourrais-tu m'envoyer mes données dans un fichier que je peux ouvrir dans Excel? C'est pour les transférer dans mon nouveau logiciel de suivi. Merci ben gros!

%FIRST%""", "portability", region="qc"),

    M("por-sms-notion", "fr", "",
      """coucou tu peux m'exporter mes reponses aux exos de la formation en fichier ? je veux les mettre dans notion 🙏""", "portability"),

    M("por-nonnative-json", "en", "Data request",
      """Dear Sandra,

I would like receive my datas in a machine readable format (JSON or CSV) as per the article 20 GDPR, so I can give them to another coaching service.

Kind regards,
%NAME%""", "portability", g="m", region="en"),

    M("por-editable-files", "fr", "Fichiers de mes séances",
      """Bonjour Sandra,

Pourriez-vous me transférer les fichiers de mes séances (mon journal, les exercices remplis, le plan d'action) en format modifiable, Word ou tableur, et pas en PDF ? Je voudrais pouvoir les reprendre avec mon nouveau coach.

Merci d'avance,
%FIRST%""", "portability"),
]

PORTABILITY.append(
    # AMBIGUOUS (decided): Export in CSV = portability; 'fermer mon compte' without any mention of data is
    # contractual (policy), so no erasure.
    M("por-export-then-close", "fr", "Fin de formation",
      """Bonjour,

J'ai terminé le parcours. Pouvez-vous m'exporter mes réponses aux exercices en CSV pour que je les garde dans mon propre outil, et ensuite fermer mon compte ?

Merci, c'était top !
%FIRST%""", "portability",
      note="Export in CSV = portability; 'fermer mon compte' without any mention of data is contractual (policy), so no erasure."))

# --------------------------------------------------------------------------------------------
# OBJECTION (single right)
# --------------------------------------------------------------------------------------------
OBJECTION = [
    M("obj-plus-vos-trucs", "fr", "stop", """je veux plus recevoir vos trucs""", "objection"),

    M("obj-desinscrire-newsletter", "fr", "Newsletter",
      """Bonjour, désinscrivez-moi de votre newsletter svp, ça fait trop de mails pour moi en ce moment. Bonne continuation !""", "objection"),

    M("obj-unsubscribe-broken-link", "en", "Unsubscribe",
      """Please take me off your mailing list, the unsubscribe link at the bottom doesn't work (error 404).""", "objection",
      quoted=NEWSLETTER, qstyle="fwd", qsubject="Les rendez-vous d'octobre 🍂"),

    M("obj-above-newsletter", "fr", "Les rendez-vous d'octobre 🍂",
      """Merci de ne plus m'envoyer ce genre de mail.""", "objection", quoted=NEWSLETTER, qstyle="gmail"),

    M("obj-art21", "fr", "Opposition à la prospection",
      """Madame,

Je m'oppose, en application de l'article 21.2 du RGPD, au traitement de mes données à des fins de prospection commerciale, par quelque canal que ce soit (courriel, SMS, téléphone).

Salutations,
%NAME%""", "objection", g="m"),

    M("obj-sms-promo", "fr", "SMS",
      """Stop aux SMS promotionnels svp. J'en ai reçu 2 cette semaine pour le stage de Toussaint. Merci""", "objection"),

    M("obj-british-inbox", "en", "Newsletter",
      """Hi Sandra,

Lovely as your emails are, I'm drowning in my inbox at the moment - could you take me off the list? No hard feelings at all!

Best,
%FIRST%""", "objection", region="uk"),

    M("obj-belgian-offres", "fr", "Offres promotionnelles",
      """Bonjour,

Je ne souhaite plus recevoir vos offres promotionnelles. Merci de me retirer de vos listes.

Bien à vous,
%NAME%""", "objection", region="be",
      alt=True),

    # AMBIGUOUS (decided): 'Effacez-moi' but only from the mailing list: unsubscribing = objection only
    # (policy), not erasure.
    M("obj-effacez-liste", "fr", "liste de diffusion",
      """Effacez-moi de votre liste de diffusion. Cordialement.""", "objection",
      note="'Effacez-moi' but only from the mailing list: unsubscribing = objection only (policy), not erasure."),

    M("obj-emoji", "fr", "😅",
      """Coucou Sandra 🌸

Je t'adore mais là je reçois 3 mails par semaine 😅 tu peux m'enlever de la newsletter ? Je continue à te suivre sur Insta promis 💕

Bisous
%FIRST%""", "objection"),

    M("obj-nonnative-offers", "en", "no more emails",
      """Hello, please no more emails with offers. I am not interesting. Thanks.""", "objection", g="m", region="en"),

    M("obj-systemeio-campaigns", "fr", "Utilisation de mon adresse",
      """Bonjour,

Je m'oppose à ce que mon adresse soit utilisée pour vos campagnes d'emailing (Systeme.io ou autre). Je reste cliente pour les séances, mais sans pub.

Cordialement,
%NAME%""", "objection"),

    M("obj-html-sollicitee", "fr", "Sollicitations",
      """Bonjour,

Je ne veux plus être sollicitée pour vos ateliers, stages et autres événements.

Cordialement
%FIRST%""", "objection", html=True),

    M("obj-swiss", "fr", "Courriels publicitaires",
      """Madame,

Je vous prie de ne plus m'adresser de courriels publicitaires.

Avec mes salutations,
%NAME%""", "objection", region="ch", g="m"),

    M("obj-phone-calls", "fr", "Appels",
      """Bonjour,

Arrêtez de m'appeler pour me proposer vos stages s'il vous plaît, c'est la troisième fois ce mois-ci. Je ne suis pas intéressé.

%NAME%""", "objection", g="m"),
]

# --------------------------------------------------------------------------------------------
# WITHDRAW_CONSENT (single right)
# --------------------------------------------------------------------------------------------
WITHDRAW = [
    M("wc-temoignage-site", "fr", "Mon témoignage",
      """Bonjour Sandra,

Je retire mon accord pour la publication de mon témoignage sur votre site. Merci de l'enlever dès que possible.

Cordialement,
%FIRST%""", "withdraw_consent"),

    M("wc-video-facebook", "en", "retreat video",
      """Hi Sandra, please take down the video of me from the retreat on your Facebook page. I'm no longer comfortable with it being up. Thanks x""", "withdraw_consent"),

    M("wc-photo-insta", "fr", "Photo du stage",
      """Bonjour,

Je ne veux plus que la photo de groupe du stage de mai, où on me voit très bien au premier rang, soit sur votre Instagram. Vous pouvez la retirer ou me flouter ?

Merci
%FIRST%""", "withdraw_consent"),

    M("wc-replay-recording", "fr", "Enregistrement de la séance de groupe",
      """Bonjour Sandra,

Concernant l'enregistrement de la séance de groupe de mardi : j'avais dit oui au début, mais je retire mon consentement. Je ne veux pas que le passage où je parle soit utilisé dans le replay.

Merci de ta compréhension,
%FIRST%""", "withdraw_consent"),

    M("wc-health-data", "fr", "Consentement données de santé",
      """Madame,

Je retire le consentement que j'avais donné lors de la signature du contrat pour la collecte et l'utilisation de mes données de santé.

Cordialement,
%NAME%""", "withdraw_consent"),

    M("wc-case-studies", "en", "Questionnaire answers",
      """Dear Sandra,

I'd like to withdraw my consent for you to use my questionnaire answers in your anonymised case studies and training material. I hope that's alright.

Best wishes,
%FIRST%""", "withdraw_consent", region="uk",
      quoted="""Dear %FIRST%,

Thank you so much for completing the end-of-programme questionnaire. As mentioned in the consent form, anonymised extracts may be used in case studies for my training sessions.

Warm wishes,
Sandra""", qstyle="original", qsubject="Thank you for your feedback"),

    M("wc-sms-avis", "fr", "",
      """tu peux enlever mon avis sur ton site stp ? j'ai changé d'avis lol (sans jeu de mots) 😬""", "withdraw_consent"),

    M("wc-systemeio-testimonial", "fr", "Témoignage page de vente",
      """Bonjour,

Mon témoignage est toujours sur la page de vente de la formation, avec mon prénom, ma ville et ma photo. Je préfère qu'il n'apparaisse plus, je n'assume plus trop ce que j'avais écrit.

Merci d'avance
%FIRST%""", "withdraw_consent"),

    M("wc-quebec-avant-apres", "fr", "Ma photo",
      """Allô Sandra,

Dans le temps j'avais accepté que tu utilises ma photo avant/après pour ton programme. Là je suis plus d'accord, j'aimerais que tu l'enlèves de tes publications pis de ton site.

Merci!
%FIRST%""", "withdraw_consent", region="qc"),

    M("wc-podcast-audio", "en", "Podcast interview",
      """Hello Sandra,

I retire my agreement for the audio interview for your podcast that we recorded in September. Please don't publish it.

Sorry for the trouble,
%NAME%""", "withdraw_consent", g="m", region="en"),

    M("wc-formal-video", "fr", "Retrait de consentement – captation vidéo",
      """Madame,

Par la présente, je retire le consentement que j'avais donné le 12 mars 2024 pour la captation vidéo réalisée lors du stage « Renaître au printemps » et pour sa diffusion sur vos supports de communication.

Je vous prie d'agréer mes salutations distinguées.
%NAME%""", "withdraw_consent"),
]

# --------------------------------------------------------------------------------------------
# POST_MORTEM (single right; an heir/relative/notary after a death, or one's own directives)
# --------------------------------------------------------------------------------------------
POST_MORTEM = [
    # Widow asks erasure after the death: post_mortem only (policy: whatever the heir asks).
    M("pm-widow-delete", "fr", "Gérard",
      """Bonjour Madame,

Mon mari, Gérard Tessier, est décédé le 3 septembre dernier. Il avait suivi quelques séances avec vous l'an passé et en parlait avec beaucoup de gratitude.

Je souhaiterais que son compte soit fermé et que ses données soient supprimées.

Merci de votre compréhension,
%FIRST% Tessier""", "post_mortem", last="Tessier"),

    M("pm-notary", "fr", "Succession de Mme Odette LAMBERT – Réf. 2025/1128/CB",
      """Madame,

Nous avons l'honneur de vous informer que nous sommes chargés du règlement de la succession de Madame Odette LAMBERT, décédée le 14 juillet 2025 à Issoudun.

Les héritiers souhaitent savoir si la défunte disposait auprès de vous d'un abonnement ou d'un compte en cours, et obtenir le cas échéant communication des documents la concernant.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Catherine Bourdais, notaire
Clémence Bréhaut, clerc
Office notarial Bourdais – 7 boulevard Stalingrad – 36100 Issoudun""", "post_mortem",
      frm="Office notarial Bourdais <office.bourdais@notaires.fr>",
      alt=True),

    M("pm-son-en", "en", "My mother",
      """Dear Sandra,

My mother, Margaret Wilson, passed away in August. She was a client of yours for a couple of years and spoke very warmly of you.

Could you please send me whatever she left with you - her journals and notes - and then close her account? I'm her son and executor.

With thanks,
%NAME%""", "post_mortem", g="m", last="Wilson", region="uk"),

    # AMBIGUOUS (decided): Instructions for her own data after her death: post_mortem (policy), not
    # erasure.
    M("pm-own-directives", "fr", "Directives",
      """Bonjour Sandra,

Ça va peut-être vous paraître bizarre mais j'ai fait mon testament récemment et je range mes affaires. Je souhaite vous laisser des directives : si je viens à décéder, je veux que toutes mes notes de séance et mes écrits soient détruits et que rien ne soit communiqué à ma famille, même s'ils le demandent.

Merci de garder ce mail.
%FIRST%""", "post_mortem",
      note="Instructions for her own data after her death: post_mortem (policy), not erasure."),

    # AMBIGUOUS (decided): A daughter after her mother's death asks to stop the newsletter: post_mortem
    # only, not objection.
    M("pm-daughter-newsletter", "fr", "Maman",
      """Bonjour,

Maman nous a quittés le mois dernier. Elle recevait encore votre newsletter, c'est un peu dur de voir arriver ses mails. Pouvez-vous arrêter ?

Merci,
%FIRST%""", "post_mortem",
      note="A daughter after her mother's death asks to stop the newsletter: post_mortem only, not objection."),

    M("pm-executor-uk", "en", "Estate of the late Mr Daniel Evans",
      """Dear Ms Delomenie,

I act as executor of the estate of the late Mr Daniel Evans, who died on 2 September 2025. Our records show card payments to Floraison de Soi via Stripe.

Please confirm whether you hold any personal data relating to Mr Evans and, if so, arrange for its deletion once any legal retention period has expired.

Yours sincerely,

%NAME%
Partner, Hartley & Evans Solicitors, Bath""", "post_mortem", region="uk", g="m", frm="Stephen Hartley <s.hartley@hartleyevans.co.uk>"),

    M("pm-brother-sms", "fr", "julien",
      """bonjour c le frere de julien girard, il est decede le mois dernier (accident). vous pouvez supprimer son compte sur la plateforme svp, on recoit encore des mails a son adresse et ma mere les voit. merci""", "post_mortem", g="m"),

    M("pm-husband-drive", "fr", "Dossier partagé de Nathalie",
      """Bonjour Madame Delomenie,

Suite au décès de mon épouse Nathalie le 21 août, je voudrais récupérer les textes qu'elle avait déposés dans le dossier Google Drive qu'elle partageait avec vous. Ce sont ses derniers écrits et ils comptent beaucoup pour nos enfants.

Je vous remercie de votre aide dans ce moment difficile.
%NAME%""", "post_mortem", g="m"),

    M("pm-nonnative-father", "en", "my father",
      """Hello,

My father is died in june, he was in your coaching program (online). I am his son. What is happening with his datas now? I want that you delete everything and stop the mails.

Thank you
%NAME%""", "post_mortem", g="m", region="en"),

    M("pm-designate-sister", "fr", "Mes données après mon décès",
      """Bonjour,

Je vous informe que je désigne ma sœur, Anne Chevalier, pour exercer mes droits sur mes données personnelles après ma mort, conformément à l'article 85 de la loi Informatique et Libertés. Elle pourra décider de leur conservation ou de leur effacement.

Cordialement,
%NAME%""", "post_mortem", last="Chevalier"),

    # Parents of a deceased adult ask to remove his testimonial: post_mortem, not withdraw_consent.
    M("pm-son-testimonial", "fr", "Le témoignage de mon fils",
      """Madame,

Notre fils Thomas est décédé cet été. Son témoignage figure toujours sur votre site, avec sa photo. Pour nous c'est très douloureux de tomber dessus. Pourriez-vous le retirer ?

Merci.
%NAME%""", "post_mortem", g="m"),

    M("pm-belgian-deceased", "fr", "Décès de ma mère",
      """Bonjour Madame,

Je vous informe du décès de ma mère, Mme Josiane Dumont, survenue le 28 septembre à Liège. Savez-vous noter qu'elle est décédée dans votre fichier, afin qu'elle ne reçoive plus rien, et me dire quelles données vous aviez sur elle ?

Bien à vous,
%NAME%""", "post_mortem", region="be"),

    # Heir after a death asks to stop a subscription and delete bank details: post_mortem only (policy).
    M("pm-stripe-still-charging", "fr", "Prélèvements après décès",
      """Bonjour,

Je suis la fille de Mme Colette Marchand, décédée le 5 octobre. Je constate que Stripe continue de prélever son abonnement mensuel « Cercle Floraison » sur son compte.

Merci d'arrêter ces prélèvements et de supprimer ses coordonnées bancaires.

Cordialement,
%NAME%""", "post_mortem", html=True),
]

# --------------------------------------------------------------------------------------------
# MULTI-RIGHT requests
# --------------------------------------------------------------------------------------------
MULTI = [
    M("multi-copy-then-delete-fr", "fr", "Fin de notre collaboration",
      """Bonjour Sandra,

Comme je vous l'ai dit au téléphone, j'arrête l'accompagnement. Avant de tourner la page, j'aimerais que vous m'envoyiez une copie de tout ce que vous avez sur moi (notes, bilans, mails). Ensuite, vous pourrez tout supprimer.

Merci pour ces mois passés ensemble.
%FIRST%""", "access erasure"),

    M("multi-copy-then-delete-en", "en", "my data",
      """Hi Sandra - could you send me a copy of everything you hold on me and then delete the lot? Thanks, %FIRST%""", "access erasure"),

    M("multi-voir-puis-effacer-sms", "fr", "",
      """je veux voir ce que t'as sur moi et apres tu effaces tout ok? merci""", "access erasure", g="m"),

    M("multi-lawyer-15-17", "fr", "Mme Karima BENALI – demande RGPD",
      """Madame,

Agissant en qualité de conseil de Madame Karima BENALI, et en vertu du mandat joint, je vous demande :

- en application de l'article 15 du RGPD, de communiquer à ma cliente l'intégralité des données la concernant ;
- puis, en application de l'article 17, de procéder à leur effacement définitif, à l'exception de celles dont la conservation est imposée par une obligation légale (pièces comptables).

Je vous remercie de me tenir informé des suites données.

Maître Julien Ferrand
Avocat – 22 avenue de la Gare – 36100 Issoudun""", "access erasure",
      frm="Maître Julien Ferrand <contact@ferrand-avocat.fr>",
      attach=(("mandat_BENALI_signe.pdf", "application/pdf", "%PDF-1.4 placeholder mandate\n"),)),

    M("multi-address-newsletter-fr", "fr", "Mise à jour + newsletter",
      """Bonjour,

Deux choses :
1) corrigez mon adresse s'il vous plaît, j'ai déménagé : 31 avenue de la Gare, 36120 Ardentes ;
2) arrêtez de m'envoyer la newsletter, je préfère recevoir uniquement les infos pratiques sur mes séances.

Merci !
%NAME%""", "objection rectification"),

    M("multi-email-no-marketing-en", "en", "Change of email",
      """Hello Sandra,

My new email is %FIRST%.work.2025@gmail.com - please use it instead of this one for our session stuff. And while you're at it, please don't add it to your newsletter, I'd rather not get marketing emails at all.

Thanks,
%FIRST%""", "objection rectification"),

    M("multi-export-delete-fr", "fr", "Formation en ligne",
      """Bonjour Sandra,

Je termine la formation « Fleurir sa vie » cette semaine. Pourriez-vous exporter mes données de la formation (exercices, réponses, notes personnelles) dans un fichier que je puisse réutiliser, puis supprimer mon compte et tout ce qu'il contient ?

Merci beaucoup pour ce parcours !
%FIRST%""", "erasure portability"),

    M("multi-export-delete-en", "en", "Course account",
      """Hi,

Please export my course data (answers, progress, notes) as a CSV and then delete the account along with all my data.

Thanks,
%NAME%""", "erasure portability", g="m"),

    M("multi-export-delete-nonnative", "en", "Request",
      """Hello Sandra,
I want to take my datas with me to other platform in a file (excel or json) and after that you can erase all of them, also the account in your course site.
Regards
%FIRST%""", "erasure portability", region="en"),

    M("multi-know-and-csv-fr", "fr", "Mes données",
      """Bonjour,

Je voudrais savoir quelles données vous avez sur moi, et recevoir celles que je vous ai fournies dans un format réutilisable (CSV par exemple) pour les transférer chez mon nouveau prestataire.

Cordialement,
%NAME%""", "access portability"),

    M("multi-know-and-transfer-en", "en", "GDPR request",
      """Dear Sandra,

Please let me know what personal data you hold about me. I'd also like the data I provided (forms, journal, exercises) sent in a machine-readable format so that I can move it to another provider.

Best regards,
%NAME%""", "access portability", region="uk",
      alt=True),

    # Both unsubscribing and deleting all data are asked: objection + erasure.
    M("multi-stop-and-delete-fr", "fr", "",
      """Ne m'envoyez plus vos newsletters et supprimez toutes mes données. Merci.""", "erasure objection"),

    M("multi-stop-and-delete-uk", "en", "Please remove me",
      """Hello,

Please stop sending me your marketing emails and, while you're at it, delete all the personal data you have on me. I haven't been a client for years.

Regards,
%NAME%""", "erasure objection", region="uk", g="m"),

    M("multi-fiche-dob-fr", "fr", "ma fiche",
      """Bonjour Sandra,

Est-ce que tu peux m'envoyer ma fiche client (tout ce que tu as sur moi) ? Et corrige la date de naissance au passage : c'est le 14/02/1987, pas le 14/12.

Merci !
%FIRST%""", "access rectification",
      quoted=REMINDER, qstyle="gmail"),

    M("multi-see-and-fix-en", "en", "My record",
      """Hi Sandra,

Could you send me what you've got on file for me? I think my address and surname are out of date - I'm now %FIRST% Novak, 4 Rose Court, Brighton BN1 3XX. Please fix those while you're at it.

Thanks!
%FIRST%""", "access rectification", region="uk", last="Novak"),

    M("multi-contest-and-copy", "fr", "Compte-rendu de séance",
      """Bonjour,

Je conteste le compte-rendu de la séance du 18 septembre, qui ne reflète pas ce que j'ai dit. En attendant qu'on clarifie, n'en faites rien (ne l'utilisez pas, ne le transmettez pas), et envoyez-moi copie de tout ce que vous avez me concernant.

%NAME%""", "access restriction"),

    M("multi-temoignage-et-tout", "fr", "Témoignage et données",
      """Bonjour,

Retirez mon témoignage de votre site et supprimez toutes mes données s'il vous plaît. Je ne souhaite plus apparaître nulle part.

Cordialement,
%NAME%""", "erasure withdraw_consent"),

    M("multi-video-and-erase-en", "en", "Video + data",
      """Hi Sandra,

I'm withdrawing my consent for the workshop video you posted on YouTube, please take it down. And please erase all my other data too (account, emails, notes). I'm closing this chapter.

%FIRST%""", "erasure withdraw_consent"),

    M("multi-newsletter-and-photo", "fr", "2 choses",
      """Bonjour Sandra,

Plus de newsletter pour moi s'il te plaît, et enlève aussi ma photo de la page d'accueil du site (celle de l'atelier au jardin). Merci !

%FIRST%""", "objection withdraw_consent"),

    M("multi-emoji-unsub-photo-en", "en", "🙏",
      """Hi lovely! 🌼 Could you unsubscribe me from your emails and remove the Instagram post with my face from the retreat? I've changed my mind about it being public 🙈 Thank you!!""", "objection withdraw_consent"),

    M("multi-source-and-unsub", "fr", "Votre mail du 2 octobre",
      """Bonjour,

Je ne me souviens pas m'être inscrite chez vous. D'où vient mon adresse ? Et retirez-moi de votre newsletter dans tous les cas.

%NAME%""", "access objection"),

    M("multi-triple-formal", "fr", "Exercice de mes droits (articles 15, 17 et 20 du RGPD)",
      """Madame,

Je vous prie :
1. de m'indiquer l'ensemble des données personnelles me concernant que vous traitez, leur source et leurs destinataires (art. 15) ;
2. de me transmettre les données que je vous ai fournies dans un format structuré et lisible par machine (art. 20) ;
3. puis de procéder à leur effacement (art. 17).

Je joins une copie de ma pièce d'identité.

Cordialement,
%NAME%""", "access erasure portability", g="m",
      attach=(("piece_identite.jpg", "image/jpeg", "placeholder jpeg\n"),)),

    M("multi-keep-but-no-use-no-promo", "fr", "Mes données et vos mails",
      """Bonjour,

Ne supprimez pas mes données, j'en ai besoin pour ma mutuelle qui peut me demander des justificatifs. Mais n'en faites plus aucun usage en attendant, et plus de mails promotionnels non plus.

Merci,
%NAME%""", "objection restriction"),

    M("multi-what-and-video-en", "en", "Data + testimonial",
      """Hi Sandra,

Two things: please tell me what information you have on me, and please stop using my video testimonial on your sales page - I no longer consent to that.

Best,
%FIRST%""", "access withdraw_consent", region="en"),

    M("multi-number-and-questionnaire", "fr", "Numéro + questionnaire",
      """Coucou Sandra,

Mets à jour mon numéro stp, c'est le 06 72 31 55 08 maintenant. Et tu peux supprimer le questionnaire santé de 2023, il ne correspond plus du tout à ma situation et je préfère qu'il n'existe plus.

Bises
%FIRST%""", "erasure rectification"),
]

# ============================================================================================
# NEGATIVES
# ============================================================================================

# Ordinary coaching mails full of trigger words used in a non-request sense.
NEG_WORDS = [
    M("neg-supprimer-creneau", "fr", "jeudi",
      """Coucou Sandra, tu peux supprimer mon créneau de jeudi 14h ? Je ne pourrai pas venir, réunion imprévue. On décale à la semaine prochaine même heure ? Bises %FIRST%"""),

    M("neg-efface-lien-replay", "fr", "lien replay",
      """Bonjour, j'ai effacé par erreur le mail avec le lien du replay du webinaire de mardi, vous pouvez me le renvoyer ? Merci !"""),

    M("neg-replay-access-en", "en", "Replay link not working",
      """Hi Sandra, I don't have access to the replay of Tuesday's webinar - the link says it has expired. Is there a new one? Thanks, %FIRST%"""),

    # AMBIGUOUS (decided): Copy of one invoice for the employer: an accounting document, not an access
    # request.
    M("neg-copie-facture-employeur", "fr", "Facture septembre",
      """Bonjour Sandra,

Pourriez-vous m'envoyer une copie de la facture de septembre (séances du 4 et du 18) ? Mon employeur prend en charge une partie dans le cadre du plan bien-être et il lui faut le document.

Merci d'avance,
%NAME%""", note="Copy of one invoice for the employer: an accounting document, not an access request."),

    M("neg-export-journal", "fr", "mon journal",
      """Hello ! J'ai exporté mon journal de gratitude en PDF depuis l'appli, je te l'envoie en pièce jointe pour qu'on en parle jeudi. Il y a des pages un peu intenses 😅
%FIRST%""", attach=(("journal_gratitude_sept.pdf", "application/pdf", "%PDF-1.4 placeholder journal\n"),)),

    M("neg-modifier-rdv", "fr", "Modifier rdv",
      """Bonjour, je dois modifier mon rendez-vous du 12, est-ce possible le 14 à la même heure ? Merci, %NAME%""", g="m"),

    M("neg-correction-doc-atelier", "fr", "petite coquille",
      """Sandra, petite correction dans le doc de l'atelier que tu nous as envoyé : page 3 c'est « lâcher prise » et pas « lâcher prisme » 😄 Sinon il est top, merci !"""),

    M("neg-oppose-fermement", "fr", "Merci !!",
      """Je m'oppose fermement à l'idée que la confiance en soi ne s'apprend pas ! Super atelier samedi, merci pour tout, j'ai déjà fait l'exercice du miroir deux fois. %FIRST%"""),

    M("neg-retire-ce-que-jai-dit", "fr", "hier",
      """Bonjour Sandra,

Je retire ce que j'ai dit hier en fin de séance sur le fait que « ça ne sert à rien », je ne voulais pas être désagréable. J'étais fatiguée et un peu à vif. J'ai repensé à l'exercice et finalement il m'a aidée.

À mardi,
%FIRST%"""),

    # Giving (not withdrawing) consent.
    M("neg-donne-consentement", "fr", "Témoignage",
      """Bonjour Sandra,

Je vous donne mon consentement pour la publication de mon témoignage sur votre site, avec mon prénom seulement (pas de nom ni de photo). Voici le texte :

« J'ai découvert avec Sandra une autre façon de me regarder. Merci pour ta bienveillance. »

Belle journée,
%FIRST%"""),

    M("neg-rgpd-own-business", "fr", "Question RGPD pour ma propre activité",
      """Salut Sandra,

Je me lance comme naturopathe (enfin !) et je m'arrache les cheveux avec le RGPD. Comment tu gères le consentement pour ta newsletter, toi ? Tu passes par Systeme.io pour le double opt-in ? Et ta politique de confidentialité, tu l'as faite toute seule ?

Si tu as 10 minutes pour un café un de ces jours, je t'invite !

%FIRST%"""),

    M("neg-copy-workbook-en", "en", "Workbook",
      """Hi Sandra, could you send me a copy of the workbook from Saturday's workshop? I left mine on the train. Thank you!"""),

    M("neg-modifier-inscription", "fr", "Inscription stage",
      """Bonjour,

Je voudrais modifier mon inscription : passer du stage de 2 jours au stage d'1 jour (samedi seulement), est-ce possible ? Je règle la différence comme vous voulez.

Cordialement,
%NAME%"""),

    # AMBIGUOUS (decided): Correcting the company billing address on one invoice: a document fix for a
    # business customer, not rectification of her data.
    M("neg-corriger-adresse-facture", "fr", "Facture n° 2025-041",
      """Bonjour,

Pouvez-vous corriger l'adresse de facturation sur la facture n° 2025-041 ? La société a déménagé : SAS Ateliers Berrichons, 4 rue de l'Industrie, 36100 Issoudun. Notre comptable ne peut pas l'enregistrer en l'état.

Merci,
%NAME%
Service comptabilité""", g="m", note="Correcting the company billing address on one invoice: a document fix for a business customer, not rectification of her data."),

    M("neg-drive-demander-acces", "fr", "Dossier Drive",
      """Bonjour Sandra, je n'arrive pas à ouvrir le dossier Drive partagé, ça me dit « Demander l'accès ». Tu peux me le repartager sur mon adresse gmail ? Merci !"""),

    M("neg-record-session-en", "en", "Recording our sessions?",
      """Hi Sandra, is it OK if I record our sessions on my phone for my own notes? Only for me, I listen back while walking. Let me know, %FIRST%"""),

    M("neg-supprime-whatsapp", "fr", "WhatsApp",
      """Info : j'ai supprimé WhatsApp de mon téléphone (trop chronophage !). Si tu dois me joindre, passe par SMS ou par mail. À vendredi !"""),

    M("neg-acces-supports", "fr", "Supports de formation",
      """Bonjour, est-ce que je garderai l'accès aux supports et aux vidéos de la formation après la fin du programme ? Ou faut-il tout télécharger avant ? Merci"""),

    M("neg-transferer-inscription", "fr", "Atelier samedi",
      """Bonjour Sandra, je ne peux finalement pas venir samedi. Est-ce que je peux transférer mon inscription à ma sœur, Alice ? Elle est très motivée ! Merci %FIRST%"""),

    M("neg-move-booking-en", "en", "Booking",
      """Hi Sandra, could you move my booking to Friday 10am? Also, can I bring my sister along to the group session next month? Thanks! %FIRST%"""),

    M("neg-attestation-mutuelle", "fr", "Attestation",
      """Bonjour, est-ce que vos séances sont prises en charge par certaines mutuelles ? Si oui il me faudrait une attestation pour les 3 dernières. Merci, %NAME%""", g="m"),

    M("neg-supprimer-gluten", "fr", "Repas du stage",
      """Bonjour, pour le stage d'octobre je dois supprimer le gluten et les produits laitiers (intolérance). C'est possible d'adapter le repas du midi ? Sinon j'apporte le mien, pas de souci."""),

    M("neg-stripe-lien-paiement", "fr", "Paiement",
      """Bonjour Sandra, ma carte a expiré entre temps, peux-tu me renvoyer le lien de paiement Stripe pour la séance de la semaine dernière ? Désolée pour le retard."""),

    # Mentions 'portabilité' of a phone number and explicitly says nothing needs changing: negative.
    M("neg-portabilite-numero", "fr", "Mon numéro",
      """Bonjour, juste pour info, j'ai changé d'opérateur (portabilité chez Free) mais je garde exactement le même numéro, donc rien à changer de votre côté. Si vous avez essayé de m'appeler hier et que ça ne passait pas, c'est pour ça ! %FIRST%"""),

    M("neg-code-acces", "fr", "Séance à domicile",
      """Bonjour Sandra, pour la séance à domicile de mardi, le code d'accès de l'immeuble est 4512B, 3e étage gauche. À mardi ! %FIRST%"""),

    M("neg-formulaire-consentement", "fr", "formulaire",
      """Bonjour, j'ai bien signé le formulaire de consentement (données de santé), je vous le dépose mardi au cabinet avec le chèque. Bonne journée"""),

    M("neg-retirer-carnet", "fr", "Carnet oublié",
      """Bonjour Sandra, je peux passer retirer le carnet que j'ai oublié au cabinet jeudi vers 17h ? Merci !"""),

    M("neg-donnees-test", "fr", "Résultats du test",
      """Sandra, les résultats de mon test Ennéagramme m'ont vraiment surprise ! Je ne m'attendais pas du tout à être un 2. On en parle à la prochaine séance ? J'ai plein de questions. %FIRST%"""),

    M("neg-cours-supprime", "fr", "Cours du mardi",
      """Bonjour, j'ai vu sur le site que le cours de méditation du mardi soir était supprimé en novembre. C'est définitif ou juste pour un mois ? Merci %NAME%"""),

    M("neg-effacer-tableau", "en", "Whiteboard photos",
      """Hi Sandra, before you erase the whiteboard after Saturday's session, could you snap a photo of the action-plan diagram? I forgot to write it down. Thanks a million!"""),
]

# Cancellations of bookings / workshops / subscriptions / contracts; account closing alone.
NEG_CANCEL = [
    M("neg-desinscris-atelier", "fr", "Atelier samedi",
      """Bonjour Sandra, je me désinscris de l'atelier de samedi, désolée, ma fille est malade. Est-ce que je peux reporter sur celui de novembre ? %FIRST%"""),

    # Cancels a paid subscription and explicitly keeps the newsletter: negative (contract).
    M("neg-cancel-circle-en", "en", "Monthly circle",
      """Hi Sandra, please cancel my subscription to the monthly circle from November. Money is tight at the moment. I'll still follow the newsletter though, I love reading it! x %FIRST%"""),

    M("neg-resiliation-abonnement", "fr", "Résiliation abonnement mensuel",
      """Bonjour,

Je vous informe de la résiliation de mon abonnement mensuel d'accompagnement, avec effet au 30 novembre, conformément au préavis d'un mois prévu dans vos conditions générales.

Cordialement,
%NAME%""", g="m",
      alt=True),

    # AMBIGUOUS (decided): 'Fermer mon compte' with no mention of data: contractual, negative (policy).
    M("neg-fermer-compte", "fr", "Mon compte",
      """Bonjour, je souhaite fermer mon compte sur la plateforme, je n'utilise plus la formation. Merci""",
      note="'Fermer mon compte' with no mention of data: contractual, negative (policy)."),

    M("neg-stop-accompagnement", "fr", "Arrêt",
      """Bonjour Sandra,

Je ne pourrai plus venir aux séances, j'arrête l'accompagnement pour des raisons financières. Merci pour tout ce que vous m'avez apporté, sincèrement.

%FIRST%"""),

    M("neg-stop-payments-en", "en", "Ending the programme",
      """Hello Sandra, please stop the monthly payments - I'm ending the coaching programme after this month. It has been really helpful. Best, %NAME%""", g="m"),

    M("neg-annuler-stage", "fr", "Annulation stage Toussaint",
      """Bonjour, je dois malheureusement annuler ma participation au stage de la Toussaint. Comment se passe le remboursement de l'acompte ? Merci, %NAME%"""),

    M("neg-annule-calendly-reply", "fr", "Annulé : Séance individuelle (60 min)",
      """Désolée Sandra j'ai dû annuler via le lien, je te recontacte pour un autre créneau.""",
      quoted="""Bonjour %FIRST%,

Votre séance « Séance individuelle (60 min) » avec Sandra Delomenie a été annulée.

Jeudi 16 octobre 2025, 10:00 - 11:00 (heure d'Europe centrale)

Planifier à nouveau : https://calendly.com/floraisondesoi/seance-60""",
      qfrom="Calendly <notifications@calendly.com>"),

    M("neg-sms-decale", "fr", "",
      """dsl je peux pas venir demain, on decale? 🙏"""),

    # 'Unsubscribe' from a workshop = cancelling a booking, not a mailing list: negative.
    M("neg-unsubscribe-workshop-en", "en", "Saturday workshop",
      """Hi, I need to unsubscribe from Saturday's workshop, sorry - my shift changed. Can I get a credit for a future one? %FIRST%"""),
]

# Password resets, cannot reach the course space.
NEG_LOGIN = [
    M("neg-mdp-oublie", "fr", "Mot de passe",
      """Bonjour, mot de passe oublié, je n'arrive plus à accéder à mon espace formation. Le lien de réinitialisation n'arrive pas. Merci de votre aide"""),

    M("neg-cant-login-en", "en", "Can't log in",
      """Hi Sandra, I can't log into my course area anymore, it says my email is unknown. Did something change on the platform? %FIRST%"""),

    M("neg-nouveau-telephone-appli", "fr", "Accès appli",
      """Bonjour, depuis que j'ai changé de téléphone je n'ai plus accès à l'appli de la formation. Comment je fais pour récupérer mon accès ? %NAME%""", g="m"),

    M("neg-sms-co", "fr", "",
      """jarrive pas a me co a ton truc de formation, mdp perdu 😩 help"""),

    M("neg-course-link-2023", "en", "Course access",
      """Hello, can you send me the link to access the course again? I bought it in 2023 and can't find the email. Thanks, %NAME%""", region="uk"),

    M("neg-acceder-espace", "fr", "Accéder à mon espace",
      """Bonjour, comment fait-on pour accéder à mon espace membre ? Je ne trouve pas le bouton sur le site. Merci"""),

    M("neg-reset-link-expired", "en", "Reset link expired",
      """The password reset link from Systeme.io has expired twice now. Could you reset my access manually? I have my module 4 to finish before Friday. Thanks!"""),

    M("neg-mail-change-login", "fr", "connexion plateforme",
      """Bonjour Sandra, je me connecte avec quelle adresse à la plateforme : ma gmail ou celle du travail ? J'ai essayé les deux, ça ne marche pas. Merci %FIRST%"""),
]

# Questions about how rights work (no request made).
NEG_QUESTIONS = [
    M("neg-q-droit-effacement", "fr", "Question",
      """Bonjour Sandra, question qui n'a rien d'urgent : est-ce que j'ai le droit de demander que mes notes soient effacées après la fin de l'accompagnement ? Je me posais la question en lisant un article. Bonne soirée"""),

    M("neg-q-how-long-keep-en", "en", "Curious",
      """Hi Sandra, out of curiosity, how long do coaches usually keep session notes after the coaching ends? I'm starting my own practice and wondering what's normal. Thanks, %FIRST%"""),

    M("neg-q-comment-recuperer", "fr", "RGPD",
      """Bonjour, comment je fais si un jour je veux récupérer mes données ? C'est prévu dans votre politique ? Merci pour l'info. %FIRST%"""),

    M("neg-q-amie-dit", "fr", "c'est vrai ?",
      """Sandra, mon amie me dit que d'après le RGPD on peut tout faire effacer chez n'importe quel prestataire, même le médecin. C'est vrai ça ? Toi qui t'y connais 😊"""),

    M("neg-q-portability-dissertation", "en", "Question for my dissertation",
      """Dear Sandra,

I'm a master's student writing a dissertation on data protection in the wellbeing sector. Does the right to data portability apply to coaching notes, in your understanding? Would you be open to a short interview?

Kind regards,
%NAME%""", region="uk"),

    # Question about what happens if she withdraws: a question, not a withdrawal.
    M("neg-q-retrait-consentement", "fr", "Consentement santé",
      """Bonjour, si je retire mon consentement pour les données de santé, est-ce que je pourrai quand même continuer les séances ? Je réfléchis, je n'ai rien décidé. Merci %FIRST%"""),

    M("neg-q-delai-reponse", "en", "Quick question",
      """Hi! If someone asks a small business for a copy of their data, how long does the business have to answer? One month? Asking for my mum's shop, not about you :) %FIRST%"""),
]

# Complaints to the CNIL/ICO, or copies of them (policy: negative).
NEG_COMPLAINTS = [
    # AMBIGUOUS (decided): Copy of a CNIL complaint that describes an earlier erasure request: complaint =
    # negative (policy).
    M("neg-cnil-copie", "fr", "Copie de ma plainte CNIL",
      """Madame,

Je vous informe que j'ai déposé ce jour une plainte auprès de la CNIL. Vous trouverez ci-dessous la copie de ma réclamation.

« Le 12 juillet 2025, j'ai demandé à Mme Sandra Delomenie (Floraison de Soi, Issoudun) l'effacement de mes données. Je n'ai reçu aucune réponse et je continue à recevoir sa lettre d'information. Je demande à la CNIL d'intervenir. »

%NAME%""", note="Copy of a CNIL complaint that describes an earlier erasure request: complaint = negative (policy)."),

    M("neg-ico-complaint-en", "en", "FYI - complaint to the ICO",
      """Sandra,

For your information, I have today lodged a complaint with the Information Commissioner's Office regarding the way my personal data was handled after our sessions (reference IC-48213-K9P2). They may be in touch.

%NAME%""", region="uk", g="m"),

    M("neg-cnil-saisine", "fr", "CNIL – Saisine n° 25-031877",
      """Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte de Mme X à l'encontre de votre entreprise, relative à l'exercice de son droit d'opposition.

Afin de nous permettre d'instruire ce dossier, nous vous remercions de bien vouloir nous indiquer, dans un délai d'un mois, les suites que vous avez réservées à sa demande, ainsi que les mesures prises pour assurer le respect des droits des personnes.

Service des plaintes
Commission nationale de l'informatique et des libertés
3 place de Fontenoy – TSA 80715 – 75334 PARIS CEDEX 07""", frm="CNIL - Service des plaintes <ne-pas-repondre@cnil.fr>"),

    M("neg-cnil-threat-done", "fr", "Plainte",
      """Bonjour,

J'ai fait un signalement à la CNIL via leur formulaire en ligne hier soir. Je voulais vous prévenir par honnêteté. Je n'ai plus rien à vous dire.

%FIRST%"""),
]

# Somebody else's data (a living adult), not as a legal representative.
NEG_OTHERS = [
    # AMBIGUOUS (decided): Daughter asks for her living adult mother's notes without any mandate: negative
    # (relative about another living adult).
    M("neg-mere-notes", "fr", "Ma mère",
      """Bonjour Madame,

Ma mère, Mme Paulette Girard (78 ans), a fait plusieurs séances avec vous au printemps. Pourriez-vous m'envoyer ses notes de séance ? Elle ne se souvient plus bien de ce qui a été dit et j'aimerais l'aider à s'y retrouver.

Cordialement,
%NAME%""", note="Daughter asks for her living adult mother's notes without any mandate: negative (relative about another living adult)."),

    # A colleague relays a request for another adult: negative under the policy (not a legal
    # representative).
    M("neg-colleague-delete-en", "en", "My colleague Sarah",
      """Hi Sandra, my colleague Sarah Bennett attended your workshop with me in June. Could you remove her from your list? She asked me to tell you as she's on leave. Thanks, %FIRST%"""),

    # Husband writes for his adult wife: negative (relative about a living adult).
    M("neg-mari-pour-femme", "fr", "Pour ma femme",
      """Bonjour, ma femme voudrait que vous supprimiez ses données, elle n'a pas le temps d'écrire en ce moment. Elle s'appelle Sandrine Aubert. Merci. %NAME%""", g="m"),

    M("neg-fils-majeur-adresse", "fr", "Mon fils",
      """Bonjour, mon fils (22 ans) a suivi votre formation en ligne mais il ne reçoit pas les mails des modules. Pouvez-vous vérifier que son adresse est bonne dans votre système ? Merci beaucoup"""),

    # An employer asks for an employee's records: another adult's data, negative.
    M("neg-employer-records-en", "en", "Training records - John Walker",
      """Dear Ms Delomenie,

Our company paid for John Walker's leadership coaching in Q2. For our training file, could you send us his attendance records and your end-of-programme evaluation?

Kind regards,
%NAME%
HR Manager, Walker & Reed Logistics""", region="uk"),

    M("neg-soeur-temoignage", "fr", "Témoignage de ma sœur",
      """Coucou Sandra, ma sœur Élise m'a dit qu'elle regrettait un peu son témoignage sur ton site. Je te dis ça comme ça, je pense qu'elle va t'écrire. Bises %FIRST%"""),
]

# Thank-you / acknowledgement written above a quoted request (only the new text counts).
NEG_THANKS = [
    # Thank-you above a quoted erasure request and its confirmation: negative (only the new text counts).
    M("neg-merci-above-suppression", "fr", "Suppression de mes données",
      """Merci beaucoup Sandra, c'est parfait. Bonne continuation à vous !""",
      quoted="""Bonjour %FIRST%,

C'est fait : l'ensemble de vos données a été supprimé de mes fichiers, de la plateforme et de ma messagerie, à l'exception des factures que je dois conserver dix ans.

Bien à vous,
Sandra

Le 2 oct. 2025 à 08:14, %NAME% <%ADDR%> a écrit :
> Bonjour, pourriez-vous supprimer toutes mes données s'il vous plaît ? Merci."""),

    M("neg-thanks-file-received-en", "en", "Your data request",
      """Thanks, received the file. All good!""",
      quoted="""Hi %FIRST%,

Please find attached a copy of all the personal data I hold about you, as you requested on 29 September.

Best wishes,
Sandra

> Hi Sandra, could I please have a copy of everything you hold on me? Thanks""",
      qstyle="gmail"),

    M("neg-bien-recu-desinscription", "fr", "Désinscription",
      """Bien reçu, merci. Bonne continuation.""",
      quoted="""Bonjour,

Je vous confirme que votre adresse a bien été retirée de la liste de diffusion de la newsletter.

Cordialement,
Sandra Delomenie""", qstyle="outlook"),

    M("neg-parfait-outlook", "fr", "Demande de rectification",
      """Parfait, merci pour la rapidité !

%NAME%""",
      quoted="""Bonjour,

Votre nouvelle adresse postale a bien été enregistrée.

Sandra

-----Message d'origine-----
De : %NAME%
Objet : Demande de rectification

Bonjour, merci de corriger mon adresse : 9 rue Basse, 36100 Issoudun.""", qstyle="original", g="m"),

    M("neg-sorted-en", "en", "Testimonial",
      """Great, that's all sorted then. Take care and thanks again for everything.""",
      quoted="""Hi %FIRST%,

I've removed your testimonial and photo from the website and the course page, as you asked.

Warmly,
Sandra""", qstyle="apple", region="uk"),
]

# Auto-replies, with and without Auto-Submitted headers.
NEG_AUTO = [
    M("neg-ooo-fr-headers", "fr", "Réponse automatique : Votre demande de suppression de données",
      """Bonjour,

Je suis absente du 20 au 31 octobre inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.
Pour toute demande urgente, merci de contacter l'accueil au 02 54 03 XX XX.

Cordialement,
%NAME%""", headers=AUTO, qsubject="Votre demande de suppression de données"),

    M("neg-ooo-en-headers", "en", "Automatic reply: Your data access request",
      """Thank you for your email. I am out of the office until Monday 3 November with limited access to email. For urgent matters please contact my colleague at office@northbridge-consulting.co.uk.

Kind regards,
%NAME%""", headers=AUTO + (("X-MS-Exchange-Inbox-Rules-Loop", "x@northbridge-consulting.co.uk"),), region="uk", g="m"),

    M("neg-ooo-no-header-fr", "fr", "Message automatique",
      """Ceci est un message automatique.

Je n'ai plus accès à cette boîte mail. Merci d'écrire désormais à mon adresse personnelle (voir avec moi par téléphone). Vos données et messages ne seront pas lus ici.

%FIRST%"""),

    M("neg-accuse-reception-rgpd", "fr", "Accusé de réception de votre message",
      """Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais.

Mutuelle Berry Santé – Service adhérents

Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification, d'effacement, d'opposition et de portabilité de vos données, que vous pouvez exercer auprès de notre DPO : dpo@berry-sante.fr. Ce message est généré automatiquement, merci de ne pas y répondre.""",
      frm="Mutuelle Berry Santé <ne-pas-repondre@berry-sante.fr>", headers=(("Auto-Submitted", "auto-generated"),)),

    M("neg-ooo-maternity-en", "en", "Re: Workshop in November",
      """Hi, I'm currently on maternity leave and won't be checking this inbox until January. If it's about the workshop booking, please email my husband Tom on the same domain. Thank you!""", region="uk"),

    M("neg-auto-noreply-service-public", "fr", "Votre demande a bien été enregistrée",
      """Ceci est une réponse automatique, merci de ne pas répondre à ce message.

Votre demande n° 2025-100-88431 a bien été enregistrée par le service Urssaf Centre-Val de Loire. Vous pouvez suivre son avancement depuis votre espace en ligne, rubrique « Mes échanges ».

Vos données personnelles sont traitées conformément à notre politique de protection des données.""",
      frm="Urssaf <ne-pas-repondre@urssaf.fr>", to=OWN, headers=(("Auto-Submitted", "auto-generated"),)),
]

# Bounces (multipart/report).
NEG_BOUNCES = [
    M("neg-bounce-orange-access", "fr", "Undelivered Mail Returned to Sender",
      """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<m.dupuis1983@laposte.net>: host smtp-in.laposte.net[160.92.124.66] said:
    550 5.1.1 <m.dupuis1983@laposte.net>: Recipient address rejected: User unknown""",
      kind="bounce", frm="Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
      qto="m.dupuis1983@laposte.net", qsubject="Re: Votre demande d'accès à vos données"),

    M("neg-bounce-gmail-deletion", "en", "Delivery Status Notification (Failure)",
      """** Address not found **

Your message wasn't delivered to hannah.brown.uk@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more at https://support.google.com/mail/?p=NoSuchUser""",
      kind="bounce", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      qto="hannah.brown.uk@gmail.com", qsubject="Confirmation de suppression de vos données",
      diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist."),

    M("neg-bounce-non-remis-newsletter", "fr", "Non remis : Les rendez-vous d'octobre 🍂",
      """Votre message n'a pas pu être remis à l'un ou plusieurs de ses destinataires.

Le quota de la boîte aux lettres du destinataire est dépassé.

Destinataire : celine.roux36@free.fr""",
      kind="bounce", frm="postmaster@free.fr", qto="celine.roux36@free.fr",
      qsubject="Les rendez-vous d'octobre", status="4.2.2", diag="smtp; 452 4.2.2 Mailbox full"),

    M("neg-bounce-rectif", "fr", "Échec de la remise du message",
      """Le message suivant n'a pas pu être délivré :

Objet : Rectification de vos coordonnées – confirmation
Destinataire : j.perrin@sfr.fr

Raison : boîte aux lettres désactivée.""",
      kind="bounce", frm="MAILER-DAEMON@sfr.fr", qto="j.perrin@sfr.fr",
      qsubject="Rectification de vos coordonnées – confirmation", status="5.2.1",
      diag="smtp; 550 5.2.1 Mailbox disabled"),
]

# Platform notifications and third-party newsletters.
NEG_NOTIFS = [
    M("neg-stripe-payment", "fr", "Vous avez reçu un paiement de 90,00 €",
      """Floraison de Soi

Paiement reçu : 90,00 €
Client : %NAME% (%ADDR%)
Description : Séance individuelle – 1h
Moyen de paiement : Visa •••• 4242

Consulter le paiement dans le Dashboard : https://dashboard.stripe.com/payments/py_3Q8x

Vous recevez cet e-mail car vous êtes administrateur du compte Stripe Floraison de Soi. Gérez vos préférences de notification dans les paramètres.""",
      frm="Stripe <notifications@stripe.com>", alt=True),

    M("neg-stripe-dispute", "en", "A payment was disputed",
      """A customer has disputed a payment of €240.00 (Stage Toussaint - acompte).

Reason: product not received
Respond by: 28 October 2025

Submit evidence in the Dashboard to contest this dispute. If you don't respond, the dispute will be decided in the cardholder's favour.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
      frm="Stripe <notifications@stripe.com>", to=OWN),

    M("neg-systemeio-new-student", "fr", "Nouvel inscrit à votre formation « Fleurir sa vie »",
      """Bonjour Sandra,

Un nouvel étudiant vient de s'inscrire à votre formation « Fleurir sa vie ».

Nom : %NAME%
E-mail : %ADDR%

Accéder à votre tableau de bord : https://systeme.io/dashboard

L'équipe Systeme.io""", frm="Systeme.io <no-reply@systeme.io>", to=OWN),

    # A platform notice that someone unsubscribed via the link; not a request written to her: negative.
    M("neg-systemeio-unsubscribed", "fr", "Un contact s'est désabonné de votre liste",
      """Bonjour,

Le contact %ADDR% s'est désabonné de votre liste « Newsletter Floraison ».
Désabonnements ce mois-ci : 3

Gérer vos contacts : https://systeme.io/contacts

Vous recevez cette notification car les alertes de désabonnement sont activées sur votre compte.""",
      frm="Systeme.io <no-reply@systeme.io>", to=OWN),

    M("neg-systemeio-export-ready", "fr", "Votre export de contacts est prêt",
      """Bonjour,

L'export CSV de vos contacts (412 contacts) est terminé. Vous pouvez le télécharger pendant 7 jours :
https://systeme.io/exports/download/8f1c2

Pour des raisons de sécurité et de protection des données, ce lien expirera automatiquement.

L'équipe Systeme.io""", frm="Systeme.io <no-reply@systeme.io>", to=OWN),

    M("neg-google-drive-share", "fr", "%NAME% a partagé un dossier avec vous",
      """%NAME% a partagé un dossier avec vous

« Exercices semaine 6 »

Ouvrir

Vous avez reçu cet e-mail, car %ADDR% a partagé un dossier avec vous depuis Google Drive.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
      frm="\"%NAME% (via Google Drive)\" <drive-shares-dm-noreply@google.com>", html=True),

    M("neg-google-storage", "fr", "Votre espace de stockage est presque saturé",
      """Sandra,

Vous avez utilisé 95 % de l'espace de stockage de votre compte Google (15 Go). Lorsque l'espace sera saturé, vous ne pourrez plus importer de fichiers dans Google Drive ni recevoir d'e-mails dans Gmail.

Libérez de l'espace en supprimant des fichiers ou passez à Google One.

Google LLC""", frm="Google <no-reply@accounts.google.com>", to=OWN, headers=BULK),

    M("neg-calendly-new-event", "en", "New Event: %NAME% - 10:00 Thu, 16 Oct 2025 - Séance individuelle (60 min)",
      """Hi Sandra,

A new event has been scheduled.

Event Type: Séance individuelle (60 min)
Invitee: %NAME%
Invitee Email: %ADDR%
Event Date/Time: 10:00 - Thursday, 16 October 2025 (Central European Time)

Questions:
Qu'aimeriez-vous travailler pendant cette séance ? : Ma confiance au travail et mon rapport à l'argent.

View event in Calendly""", frm="Calendly <notifications@calendly.com>", to=OWN),

    M("neg-zoom-recording-deleted", "en", "Your cloud recording will be deleted in 7 days",
      """Hi Sandra,

The following cloud recording will be moved to trash in 7 days according to your account's retention policy:

Topic: Cercle Floraison - octobre
Date: 9 October 2025

To keep it, download it or change your retention settings.

Zoom Video Communications, Inc.""", frm="Zoom <no-reply@zoom.us>", to=OWN, headers=BULK),

    M("neg-other-coach-newsletter", "fr", "🌿 Votre rendez-vous bien-être de la semaine",
      """Bonjour Sandra,

Cette semaine, on parle d'automne et d'ancrage. Trois exercices simples pour se recentrer :
1. La marche consciente
2. Le bain de pieds à l'argile
3. Le journal du soir

À très vite,
Marion – Naturopathie & Équilibre

Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter de Marion Naturo. Conformément au RGPD, vous pouvez vous désinscrire à tout moment ou gérer vos préférences. Vos données ne sont jamais transmises à des tiers.
Se désinscrire | Gérer mes préférences""",
      frm="Marion Naturo <newsletter@marion-naturo.fr>", to=OWN,
      headers=LIST("https://marion-naturo.fr/unsubscribe?u=8812", "unsubscribe@marion-naturo.fr"), html=True),

    # Notification about Sandra's own data export from Facebook: not a request to her.
    M("neg-meta-download-ready", "en", "Your Facebook information is ready to download",
      """Hi Sandra,

The file you requested with your Facebook information is ready. You can download it until 29 October 2025.

Download your information

If you didn't request this, please secure your account.

Meta Platforms Ireland Ltd., Merrion Road, Dublin 4""",
      frm="Facebook <security@facebookmail.com>", to=OWN),

    M("neg-canva-newsletter", "en", "New templates for wellness coaches ✨",
      """Hi Sandra,

Fresh templates just landed: social posts, workbooks and lead magnets for coaches.

Browse templates

You're receiving this because you signed up for Canva. Unsubscribe or update your email preferences. Canva, 110 Kippax St, Surry Hills NSW 2010, Australia.""",
      frm="Canva <marketing@engage.canva.com>", to=OWN, headers=LIST("https://www.canva.com/unsubscribe?x=99"), html=True),
]

# Her own sent messages (From: her address).
NEG_OWN = [
    M("neg-own-copy-sent", "fr", "Votre demande d'accès – copie de vos données",
      """Bonjour Julie,

Suite à votre demande du 29 septembre, vous trouverez ci-joint la copie de l'ensemble des données personnelles vous concernant que je détiens (fiche client, notes de séance, questionnaire, historique des paiements).

N'hésitez pas si vous avez des questions.

Bien à vous,
Sandra Delomenie
Floraison de Soi – 06 81 84 21 73""",
      frm=OWN, to="Julie Bernard <julie.bernard@gmail.com>",
      attach=(("donnees_Julie_Bernard.pdf", "application/pdf", "%PDF-1.4 placeholder export\n"),)),

    M("neg-own-newsletter-test", "fr", "[TEST] Les rendez-vous de novembre",
      """Bonjour Sandra,

Novembre arrive, et avec lui le temps du cocon. Au programme : cercle de femmes, atelier « Oser dire non », webinaire gratuit.

Belle journée fleurie,
Sandra

Vous recevez ce mail car vous êtes inscrit(e) à la newsletter Floraison de Soi. Se désinscrire""",
      frm=OWN, to=OWN, headers=(("X-Mailer", "Systeme.io"),)),

    M("neg-own-confirm-deletion", "fr", "Confirmation de suppression de vos données",
      """Bonjour Monsieur Picard,

Je vous confirme que l'ensemble de vos données personnelles a été supprimé de mes fichiers, de la plateforme Systeme.io et de ma messagerie. Seules les factures sont conservées, conformément à mes obligations comptables (10 ans).

Cordialement,
Sandra Delomenie""",
      frm=OWN, to="Antoine Picard <antoine.picard@free.fr>"),

    M("neg-own-to-accountant", "fr", "Export des factures T3",
      """Bonjour Pascale,

Voici l'export des factures et des paiements Stripe du troisième trimestre. Il manque une facture (annulée puis refaite), je te l'envoie dès que je l'ai corrigée.

Bonne journée,
Sandra""", frm=OWN, to="Cabinet Comptable Lefort <pascale@lefort-expertise.fr>"),

    M("neg-own-reminder", "fr", "Rappel : votre séance demain à 10h",
      """Bonjour Camille,

Petit rappel : votre séance a lieu demain à 10h au cabinet. Pensez à apporter votre carnet.

À demain,
Sandra""", frm=OWN, to="Camille Moreau <camille.moreau@laposte.net>"),

    # Sandra asking her vendor how to delete a contact: her own sent mail, negative.
    M("neg-own-to-systemeio-support", "fr", "Comment supprimer un contact et toutes ses données ?",
      """Bonjour,

Une ancienne cliente m'a demandé la suppression de ses données. Comment supprimer définitivement un contact et tout son historique (achats, progression dans la formation) sur Systeme.io ? Est-ce que la suppression du contact suffit ?

Merci,
Sandra Delomenie – Floraison de Soi""", frm=OWN, to="Support Systeme.io <support@systeme.io>"),
]

# Vendor privacy-policy / DPA update notices.
NEG_VENDOR = [
    M("neg-stripe-privacy-update", "fr", "Mise à jour de la Politique de confidentialité de Stripe",
      """Bonjour,

Nous vous informons que nous mettons à jour notre Politique de confidentialité, qui entrera en vigueur le 1er décembre 2025. Ces modifications précisent la manière dont nous traitons les données personnelles, les droits dont vous disposez (accès, rectification, effacement, portabilité, opposition) et les transferts de données hors de l'EEE.

Aucune action n'est requise de votre part. En continuant à utiliser nos services, vous acceptez la politique mise à jour.

Stripe Payments Europe, Limited""", frm="Stripe <notifications@stripe.com>", to=OWN, headers=BULK),

    M("neg-google-workspace-dpa", "en", "[Action advised] Updates to the Cloud Data Processing Addendum",
      """Dear Google Workspace Administrator,

We're writing to let you know that we are updating the Cloud Data Processing Addendum (CDPA), including updated Standard Contractual Clauses, effective 15 November 2025. You may review and accept the updated terms in the Admin console.

Your rights and obligations as controller under the GDPR remain unchanged.

Google Ireland Limited""", frm="Google Workspace <workspace-noreply@google.com>", to=OWN, headers=BULK),

    M("neg-ovh-rgpd", "fr", "Évolution de nos conditions particulières – protection des données",
      """Bonjour,

Dans le cadre de notre engagement en matière de protection des données personnelles (RGPD), nous faisons évoluer nos Conditions Particulières de Traitement des Données. Les nouvelles conditions s'appliqueront à compter du 1er janvier 2026 à l'ensemble de vos services (hébergement floraisondesoi.fr).

Vous pouvez consulter le document depuis votre espace client. Si vous souhaitez exercer vos droits, contactez notre DPO.

OVHcloud""", frm="OVHcloud <noreply@ovh.net>", to=OWN, headers=BULK),

    M("neg-calendly-privacy-en", "en", "We're updating our Privacy Notice",
      """Hi Sandra,

We're updating our Privacy Notice and Data Processing Addendum to reflect new features and regulatory developments. The changes take effect on 30 November 2025. Continuing to use Calendly after that date means you accept the updated terms.

Questions? Reach our Data Protection Officer at privacy@calendly.com.

Calendly LLC""", frm="Calendly <news@calendly.com>", to=OWN, headers=LIST("https://calendly.com/unsubscribe/abc")),

    M("neg-systemeio-cgu", "fr", "Mise à jour de nos CGU et de notre politique RGPD",
      """Bonjour Sandra,

Nous mettons à jour nos Conditions Générales d'Utilisation et notre politique de protection des données. Principales nouveautés : nouvelle procédure de suppression de compte, export de vos contacts au format CSV, hébergement des données en Union européenne.

Merci de votre confiance,
L'équipe Systeme.io""", frm="Systeme.io <news@systeme.io>", to=OWN, headers=LIST("https://systeme.io/unsubscribe/xyz")),
]

# DPOs of other businesses writing to her.
NEG_DPO = [
    # Another business's DPO answering Sandra's own request: negative.
    M("neg-dpo-formation-answer", "fr", "Votre demande d'exercice de droits – Réf. DPO-2025-0342",
      """Madame,

Nous faisons suite à votre demande du 22 septembre par laquelle vous souhaitiez accéder aux données vous concernant détenues par FormaPro Centre.

Vous trouverez ci-joint l'extraction de vos données (fiche stagiaire, attestations de formation). Conformément à l'article 12 du RGPD, cette communication est gratuite.

Le Délégué à la protection des données
FormaPro Centre – dpo@formapro-centre.fr""", frm="DPO FormaPro Centre <dpo@formapro-centre.fr>", to=OWN),

    M("neg-dpo-zoom-en", "en", "Re: Your privacy request [#PRV-77213]",
      """Dear Sandra,

We have received your request regarding the deletion of your Zoom account data. To verify your identity, please reply from the email address associated with the account.

Zoom Privacy Team""", frm="Zoom Privacy <privacy@zoom.us>", to=OWN),

    M("neg-dpo-clinique-annexe", "fr", "Partenariat ateliers – annexe RGPD à signer",
      """Bonjour Madame Delomenie,

Dans le cadre des ateliers de gestion du stress que vous animerez pour nos patients en 2026, je vous remercie de bien vouloir nous retourner signée l'annexe « Protection des données » ci-jointe (clauses article 28 du RGPD), ainsi que l'engagement de confidentialité.

Bien cordialement,
Marc Delorme
Délégué à la protection des données – Clinique du Val de Théols""", frm="Marc Delorme <dpo@clinique-valdetheols.fr>", to=OWN,
      attach=(("Annexe_RGPD_sous-traitant.pdf", "application/pdf", "%PDF-1.4 placeholder annex\n"),),
      alt=True),

    M("neg-breach-notice", "fr", "Information importante concernant la sécurité de vos données",
      """Madame,

Nous vous informons qu'un incident de sécurité survenu le 2 octobre 2025 chez l'un de nos sous-traitants a pu exposer certaines données de nos adhérents (nom, adresse e-mail, numéro d'adhérent). Aucune donnée bancaire n'est concernée.

Par précaution, nous vous recommandons de rester vigilante face aux e-mails suspects. Pour toute question, notre DPO est joignable à dpo@assoc-sophro-france.org.

La Fédération des sophrologues et praticiens bien-être""",
      frm="Fédération Sophro & Bien-être <dpo@assoc-sophro-france.org>", to=OWN),
]

# Spam, phishing, data-broker offers.
NEG_SPAM = [
    M("neg-spam-rgpd-audit", "fr", "⚠️ Votre site floraisondesoi.fr n'est pas conforme au RGPD",
      """Bonjour,

Notre robot d'analyse a détecté 7 non-conformités RGPD sur votre site (bandeau cookies, mentions légales, registre des traitements). Les amendes peuvent atteindre 20 millions d'euros !

Profitez de notre AUDIT GRATUIT et de la mise en conformité en 48h pour seulement 490 € HT.

Répondez OUI à ce mail.

Pour ne plus recevoir nos offres, répondez STOP.""", frm="Conformité Express <contact@conformite-rgpd-express.com>", to=OWN),

    M("neg-spam-dpo-service-en", "en", "GDPR compliance for coaches - DPO-as-a-service",
      """Dear Sir/Madam,

Are you sure your coaching business handles Data Subject Access Requests correctly? Our DPO-as-a-service starts at just €49/month and includes template responses for access, erasure and portability requests.

Book a free 15-min call.

To opt out of future emails, reply REMOVE.""", frm="Lisa from PrivacyPilot <lisa@privacypilot-outreach.io>", to=OWN),

    M("neg-phish-orange", "fr", "Votre compte Orange sera supprimé sous 24h",
      """Cher(e) client(e),

Suite à une anomalie, votre compte de messagerie sera supprimé sous 24h. Pour conserver vos données et l'accès à vos e-mails, confirmez vos informations personnelles en cliquant ici :

http://orange-verif-compte.info/login

Service Client Orange""", frm="Orange Service Client <securite@orange-assistance-mail.com>", to=OWN),

    M("neg-phish-mailbox-en", "en", "Mailbox storage full - verify your account access",
      """Your mailbox has exceeded its storage limit. You may not be able to send or receive new mail until you re-validate your mailbox.

VERIFY ACCESS NOW

Failure to verify will result in permanent deletion of your data.

Mail Administrator""", frm="Mail Admin <admin@mx-secure-update.net>", to=OWN),

    M("neg-spam-fichier-contacts", "fr", "Fichier de 50 000 contacts qualifiés – conforme RGPD",
      """Bonjour,

Développez votre activité de coaching ! Nous vous proposons un fichier de 50 000 contacts qualifiés (particuliers intéressés par le bien-être, le développement personnel, la spiritualité), 100 % conforme RGPD (opt-in).

Tarif exceptionnel : 290 € HT.

Pour vous désinscrire de nos communications, cliquez ici.""", frm="DataLeads France <offres@dataleads-france.net>", to=OWN),

    M("neg-phish-invoice-en", "en", "Invoice copy attached - payment overdue",
      """Dear customer,

Please find attached a copy of the overdue invoice INV-20931. Kindly process the payment today to avoid suspension of services.

Regards,
Accounts Department""", frm="Accounts <billing@invoices-center-secure.com>", to=OWN,
      attach=(("INV-20931.html", "text/html", "<html><body>placeholder</body></html>\n"),)),
]

# Miscellaneous ordinary mail.
NEG_MISC = [
    M("neg-questionnaire-rempli", "fr", "Questionnaire rempli",
      """Bonjour Sandra, voici mon questionnaire rempli pour la séance de lundi. J'ai répondu à tout sauf la question 12, on en parlera. %FIRST%""",
      attach=(("questionnaire_bilan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "placeholder docx\n"),)),

    M("neg-happy-testimonial-en", "en", "Testimonial",
      """Hi Sandra! Happy for you to use my testimonial on your site - first name only please. Here it is: "Sandra helped me find my voice again." x""", region="uk"),

    M("neg-newsletter-pas-recue", "fr", "Newsletter",
      """Bonjour, je n'ai pas reçu la newsletter d'octobre, est-ce que je suis toujours inscrite ? J'aime bien la lire le dimanche matin 🙂"""),

    M("neg-reinscription-newsletter", "fr", "Réinscription",
      """Coucou Sandra, tu peux me réinscrire à la newsletter ? Je me suis désinscrite par erreur en voulant ouvrir le lien de l'atelier 🙈"""),

    M("neg-paye-deux-fois", "fr", "Double paiement",
      """Bonjour, j'ai l'impression d'avoir payé deux fois sur Stripe pour la séance du 7 (deux prélèvements de 70 €). Pouvez-vous vérifier et me rembourser l'un des deux ? Merci"""),

    M("neg-photos-publiees", "fr", "Photos de l'atelier",
      """Bonjour Sandra, est-ce que les photos de l'atelier au jardin seront publiées sur ta page ? J'adorerais pouvoir les partager sur mon profil ! %FIRST%"""),

    # Tells her she wrote to the wrong Claire Martin; asks nothing about her records: negative.
    M("neg-wrong-person", "fr", "Erreur de destinataire",
      """Bonjour, je crois que ce mail ne m'est pas destiné, je ne suis pas la Claire Martin qui participe à votre atelier. Bonne journée.""",
      quoted="""Bonjour Claire,

Je vous confirme votre inscription à l'atelier du 25 octobre. Le règlement du solde se fait sur place.

À bientôt,
Sandra""", first="Claire", last="Martin"),

    M("neg-recommande-amie", "fr", "Recommandation",
      """Hello Sandra, je t'ai recommandée à mon amie Céline, elle va sûrement t'appeler, je lui ai donné ton numéro. Elle traverse une période compliquée. Bises %FIRST%"""),

    M("neg-webmaster-policy", "en", "Privacy policy page updated",
      """Hi Sandra,

I've updated the privacy policy page on the website with the new text you sent (sections 13 and 14 about rights and post-mortem instructions). Let me know if anything needs correcting, and I'll also add the cookie banner next week.

Cheers,
Tom""", frm="Tom Bradley <tom@webcraft-studio.co.uk>", to=OWN, region="uk"),

    M("neg-conservation-ok", "fr", "Merci pour la transparence",
      """Bonjour Sandra, suite à notre échange, j'ai bien noté que mes données sont conservées trois ans après la fin de l'accompagnement. Ça me va très bien, merci pour votre transparence. %FIRST%"""),

    M("neg-forward-stripe-receipt", "fr", "Reçu Floraison de Soi",
      """Bonjour Sandra, je vous transfère le reçu Stripe : le montant ne correspond pas au tarif annoncé (80 € au lieu de 70 €). Vous pouvez regarder ? Merci""",
      quoted="""Reçu de Floraison de Soi
Montant payé : 80,00 €
Date : 7 oct. 2025
Moyen de paiement : Mastercard – 5521

Des questions ? Contactez Floraison de Soi à sandra.delomenie@orange.fr.""",
      qstyle="fwd", qfrom="Floraison de Soi <receipts+acct_1P2@stripe.com>", qto="%NAME% <%ADDR%>"),
]


REQUESTS = ACCESS + RECTIFICATION + ERASURE + RESTRICTION + PORTABILITY + OBJECTION + WITHDRAW + POST_MORTEM + MULTI
NEGATIVES = (NEG_WORDS + NEG_CANCEL + NEG_LOGIN + NEG_QUESTIONS + NEG_COMPLAINTS + NEG_OTHERS + NEG_THANKS
             + NEG_AUTO + NEG_BOUNCES + NEG_NOTIFS + NEG_OWN + NEG_VENDOR + NEG_DPO + NEG_SPAM + NEG_MISC)
MESSAGES = REQUESTS + NEGATIVES

assert all(m.rights for m in REQUESTS) and not any(m.rights for m in NEGATIVES)
