"""Held-out blind corpus #5 for DSR Desk: message texts.

Each record is one email landing in (or, for her own sent mail, leaving) the inbox of
Sandra Delomenie (Floraison de Soi). make_blind5.py turns them into .eml files.

Body tokens: %P% (sender first name), %N% (sender last name), %F% (full name) are replaced by the
generated sender identity unless `frm` is given. Comments starting with "# NEAR-LINE" explain how a
case close to the labelling boundary was decided under the project's policy.
"""

from __future__ import annotations

from dataclasses import dataclass

ACCESS = "access"
RECT = "rectification"
ERASE = "erasure"
RESTRICT = "restriction"
PORT = "portability"
OBJECT = "objection"
WITHDRAW = "withdraw_consent"
PM = "post_mortem"


@dataclass(frozen=True)
class Msg:
    key: str
    lang: str  # 'fr' | 'en'
    subject: str
    body: str
    rights: tuple[str, ...] = ()
    quoted: str = ""  # earlier message quoted below the new text
    quote_style: str = "gmail"  # gmail | apple | outlook | fwd | apple_fwd
    quoted_from: str = ""  # default: Sandra
    quoted_subject: str = ""
    html: bool = False  # text/html only (body is raw HTML if it starts with "<")
    alt: bool = False  # multipart/alternative (plain + generated HTML)
    headers: tuple[tuple[str, str], ...] = ()
    frm: str = ""  # explicit From; default: generated client identity
    to: str = ""  # default: Sandra
    region: str = "fr"  # fr | be | ch | qc | en  (sender generation)
    gender: str = "f"
    attachments: tuple[str, ...] = ()
    kind: str = ""  # "bounce" -> multipart/report
    note: str = ""


def R(key: str, lang: str, subject: str, body: str, rights: tuple[str, ...] = (), **kw: object) -> Msg:
    return Msg(key=key, lang=lang, subject=subject, body=body, rights=tuple(rights), **kw)  # type: ignore[arg-type]


SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
NEWSLETTER = "Sandra - Floraison de Soi <sandra.delomenie@orange.fr>"
LU = (("List-Unsubscribe", "<https://floraisondesoi.systeme.io/unsubscribe>"),)

NL_TEXT = """Bonjour,

Ce mois-ci, je vous parle de l'art de ralentir. Entre les rentrées, les bilans et les
to-do lists qui débordent, on oublie souvent de respirer.

🌿 Le prochain atelier "Retrouver son élan" aura lieu le samedi 14 à Issoudun (places limitées).
🌿 Le cercle de parole en ligne reprend le jeudi soir.

Prenez soin de vous,
Sandra - Floraison de Soi

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

MESSAGES: list[Msg] = []

# ---------------------------------------------------------------------------
# REQUESTS - access
# ---------------------------------------------------------------------------
MESSAGES += [
    R("acc_formal_art15", "fr", "Demande au titre de l'article 15 du RGPD",
      """Madame,

Par la présente, et en application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien
vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements et leur base légale ;
- les destinataires ou catégories de destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

J'ai participé au parcours « Oser sa place » entre janvier et juin 2024.
Vous trouverez ci-joint la copie de ma pièce d'identité.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

%F%
12 rue des Capucins
18000 Bourges""", (ACCESS,), attachments=("CNI_recto_verso.pdf",)),

    R("acc_quebec_renseignements", "fr", "Mes renseignements personnels",
      """Bonjour Madame Delomenie,

J'ai fait votre atelier en ligne sur la confiance l'automne passé, depuis Sherbrooke.
J'aimerais savoir quels renseignements personnels vous détenez à mon sujet dans vos dossiers, et d'où
vous les tenez, parce que je ne me souviens pas de vous avoir donné mon numéro de cellulaire.

Merci ben gros,
%P%""", (ACCESS,), region="qc"),

    R("acc_sms_style", "fr", "info",
      """bjr

jvoudrai savoir ce ke vous avez comme info sur moi dans vos dossier svp , depuis le stage de l'an dernier

merci
%P%

Envoyé de mon iPhone""", (ACCESS,)),

    R("acc_en_nonnative_whom", "en", "About my informations",
      """Hello Sandra,

I was in your training "Find your balance" in 2023 (I am the Italian lady who was living in Châteauroux).
I would like to know which informations you are keeping about me since this training, and to who you
gave them, because I receive now some advertising from a company I don't know.

Thank you very much and have a good day,
%P% %N%""", (ACCESS,), region="en"),

    R("acc_buried_long_notes", "fr", "Des nouvelles (et une petite demande)",
      """Bonjour Sandra,

Cela fait un moment que je voulais vous écrire. Depuis la fin de notre accompagnement, beaucoup de
choses ont bougé : j'ai enfin osé demander mon temps partiel, et je me suis inscrite à la chorale
d'Issoudun dont je vous avais parlé. Les premières répétitions ont été un peu stressantes, mais
j'ai repensé à l'exercice de la respiration carrée et ça m'a beaucoup aidée.

Avec mon compagnon, les choses vont mieux aussi. On a repris les balades du dimanche, sans
téléphone, comme vous l'aviez suggéré. Ma fille a remarqué que j'étais « moins à cran ». Ce n'est
pas rien !

Au passage, j'aimerais bien récupérer l'ensemble de ce que vous avez noté sur moi pendant nos
séances – vos notes, les fiches de suivi, les questionnaires du début – bref tout ce que vous gardez
me concernant. Je fais un peu le point sur ce parcours et je suis curieuse de relire tout ça avec
du recul.

Sinon, je voulais savoir si l'atelier « Retrouver son élan » serait reconduit au printemps ? Une
amie est intéressée, je lui ai donné votre carte.

Je vous embrasse et vous souhaite une belle semaine,
%P%""", (ACCESS,)),

    R("acc_subject_only", "fr", "Demande de copie de mes données personnelles", "", (ACCESS,)),

    R("acc_html_recipients", "fr", "Questionnaire santé",
      """<html><head><meta charset="utf-8"><style>p{margin:0 0 8px 0}</style></head><body>
<div style="font-family:Verdana;font-size:13px;color:#333">
<p>Bonjour Sandra,</p>
<p>Lors de l'inscription au stage de juin, j'avais rempli un <b>questionnaire santé</b> assez détaillé
(traitements, antécédents…). Avec le recul ça m'inquiète un peu.</p>
<p>Pourriez-vous me dire ce que vous conservez sur moi, et surtout <u>qui a pu voir ces réponses</u>
(votre comptable, la plateforme, une assistante&nbsp;?)</p>
<p>Merci d'avance,<br>%P%</p>
<p style="color:#999;font-size:11px">Envoyé depuis Mail pour Windows</p>
</div></body></html>""", (ACCESS,), html=True),

    R("acc_lawyer_mandate", "fr", "Mme Aurore Vasseur – droit d'accès – N/Réf : 25/0412",
      """Madame,

J'interviens en qualité de conseil de Madame Aurore Vasseur, qui a suivi un accompagnement
individuel au sein de votre structure Floraison de Soi entre 2022 et 2024, et dont vous trouverez
le mandat ci-joint.

Ma cliente souhaite obtenir communication de l'intégralité des données la concernant que vous
détenez, quel qu'en soit le support (notes de séances, fiches de suivi, échanges écrits,
questionnaires, pièces transmises), conformément aux dispositions applicables.

Je vous remercie de bien vouloir adresser ces éléments à mon cabinet dans le délai légal.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Maître Bertrand Lacombe
Avocat au Barreau de Châteauroux
7 place Gambetta – 36000 Châteauroux
Tél. 02 54 00 00 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez
reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.""", (ACCESS,),
      frm="Me Bertrand Lacombe <b.lacombe@lacombe-avocat.fr>", attachments=("Mandat_Vasseur_signe.pdf",)),

    # NEAR-LINE: the sender asks what is held and where the address came from, but explicitly defers
    # the unsubscribe decision -> access only (no objection yet).
    R("acc_en_above_newsletter", "en", "Re: 🌿 La lettre de Floraison de Soi",
      """Hi,

Before I decide whether to stay on this list: what exactly do you have on me, and where did you get
my email address? I honestly don't remember signing up for anything.

%P%""", (ACCESS,), quoted=NL_TEXT, quoted_from=NEWSLETTER, quoted_subject="🌿 La lettre de Floraison de Soi", region="en"),

    R("acc_parent_minor", "fr", "Dossier de ma fille Zoé",
      """Bonjour Madame Delomenie,

Je suis la maman de Zoé, 15 ans, qui a suivi vos séances « confiance en soi ados » l'année
dernière. En tant que responsable légale, je souhaiterais obtenir tout ce que vous avez conservé à
son sujet : fiche d'inscription, notes, bilans, échanges.

Je vous joins le livret de famille pour justifier de ma qualité.

Cordialement,
%F%""", (ACCESS,), attachments=("livret_famille_p2.jpg",)),

    # NEAR-LINE: changing therapist but only wants to *see* what was written (no format / transfer)
    # -> access, not portability.
    R("acc_en_changing_therapist", "en", "Session notes",
      """Hi Sandra,

Could you send me whatever you have on file about me, session notes included? I'm starting with a
therapist next month and I'd like to read what was written before I go.

Thanks,
%P%""", (ACCESS,), region="en"),

    R("acc_signature_disclaimer", "fr", "Transmission de mes coordonnées ?",
      """Bonjour,

Depuis ma participation à votre conférence au salon bien-être de Vierzon, je reçois des
sollicitations de deux naturopathes que je ne connais pas. Pouvez-vous me dire si mes coordonnées
leur ont été transmises, et plus généralement à qui vous les avez communiquées ?

Bien cordialement,

--
%F%
Responsable administrative
SARL Menuiserie Berthon – ZA des Grands Champs – 36100 Issoudun
Tél. : 02 54 21 00 00

AVERTISSEMENT : ce courriel et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le
destinataire, merci de le détruire et d'en avertir l'expéditeur. Toute copie, diffusion ou
modification est interdite. Pensez à l'environnement avant d'imprimer ce message.""", (ACCESS,)),

]

# ---------------------------------------------------------------------------
# REQUESTS - erasure
# ---------------------------------------------------------------------------
MESSAGES += [
    R("era_sms_fini", "fr", "fin coaching",
      "svp effacer tt mes donnee chez vous jai fini le coaching et jai plus besoin merci bcp pour tout\n%P%", (ERASE,)),

    R("era_polite_oneliner", "fr", "Petite demande",
      "Bonjour Sandra, pourriez-vous supprimer mes données ? Merci beaucoup, belle journée. %P%", (ERASE,)),

    R("era_account_and_all", "fr", "Mon compte sur la plateforme",
      """Bonjour,

Je ne suivrai pas la suite du programme. Merci de supprimer mon compte sur Systeme.io ainsi que
toutes les données qui vont avec (profil, réponses aux exercices, historique).

Cordialement,
%F%""", (ERASE,), alt=True),

    R("era_en_nonnative_computer", "en", "remove me",
      """Hello Madam,

Please I want that you remove all my informations from your computer and your files, I don't need
anymore your services. I was in the workshop of march in Issoudun.

Best regards
%F%""", (ERASE,), region="en", gender="m"),

    R("era_swiss_detruire", "fr", "Dossier de coaching",
      """Bonjour Madame,

Suite à la fin de notre accompagnement, je vous prie de bien vouloir détruire le dossier me
concernant (notes de séance, questionnaire initial, copies de mes carnets) et de m'en confirmer la
destruction par retour de courriel.

Je reste atteignable sur mon natel au 079 555 12 34 si besoin.

Avec mes meilleures salutations,
%F%
Lausanne""", (ERASE,), region="ch"),

    # Forwarded reminder: the new text restates the erasure request itself (only new text counts).
    R("era_formal_art17", "fr", "TR: Exercice de mon droit à l'effacement (art. 17 RGPD)",
      """Madame,

Je me permets de vous relancer : ma demande ci-dessous est restée sans réponse à ce jour. Je vous demande donc à nouveau d'effacer l'ensemble de mes données et de m'en
confirmer l'exécution par écrit.

%F%""", (ERASE,), attachments=("CNI_%N%.pdf",), quote_style="fwd", quoted_from="%F% <%ADDR%>",
      quoted_subject="Exercice de mon droit à l'effacement (art. 17 RGPD)",
      quoted="""Madame,

Conformément à l'article 17 du RGPD, je vous demande de procéder à l'effacement de l'ensemble des
données à caractère personnel me concernant, y compris celles détenues par vos sous-traitants
(plateforme de formation, outil d'emailing, stockage en ligne).

Je vous remercie de me confirmer par écrit l'exécution de cette demande.

Pièce jointe : copie de ma carte nationale d'identité.

%F%"""),

    R("era_html_emoji", "fr", "🌸",
      """<html><body style="font-family:Helvetica"><div>Coucou Sandra 🌸</div><div><br></div>
<div>Merci encore pour ces deux années, tu m'as tellement aidée 💛</div><div><br></div>
<div>Je tourne une page et j'aimerais que tu fasses <i>disparaître</i> tout ce qui me concerne de tes
fichiers (notes, fiches, mails, tout tout tout 😅). Pas de rancune hein, c'est juste que j'ai besoin
de repartir à zéro 🙏</div><div><br></div><div>Bisous,</div><div>%P%</div></body></html>""",
      (ERASE,), html=True),

    R("era_buried_long", "fr", "Nouvelle vie",
      """Bonjour Sandra,

Je vous écris de Bretagne ! Comme je vous l'avais annoncé lors de notre dernière séance, j'ai
finalement quitté Issoudun au moment du divorce. Les premières semaines ont été dures, mais
l'appartement est lumineux et j'ai trouvé un poste à mi-temps dans une librairie à Lorient.

Je repense souvent à nos séances, à cette image de la graine qu'on arrose même quand on ne voit
rien pousser. Je crois que quelque chose a fini par sortir de terre.

Justement, je préfère repartir de zéro : je vous demande de ne rien garder de mon dossier, ni les
notes ni les fiches, ni mes coordonnées. Je sais que c'est un peu radical, mais c'est important pour
moi de fermer ce chapitre proprement.

Si un jour je repasse dans le Berry, je viendrai vous saluer.

Avec toute ma gratitude,
%P%""", (ERASE,)),

    R("era_en_reply_checkin", "en", "Re: How are you doing?",
      """Thanks for checking in, that's kind of you.

I've decided to stop here for now, and I'd rather you didn't keep my file. Please erase my notes
and contact details from your records.

All the best,
%P%""", (ERASE,), region="en",
      quoted="""Hi,

It's been three months since our last session and I wanted to check in. How are things going with
the new job? If you'd like to book a follow-up, here is my calendar link.

Warmly,
Sandra"""),

    R("era_parent_minor_son", "fr", "Atelier confiance ados - mon fils Théo",
      """Madame,

Mon fils Théo (13 ans) a participé à votre atelier « Confiance en soi » pour adolescents l'été
dernier. Sa mère et moi avons décidé de ne pas poursuivre. Nous vous demandons d'effacer toutes les
informations le concernant : fiche d'inscription, photos, notes éventuelles.

Je suis son père et titulaire de l'autorité parentale.

%F%""", (ERASE,), gender="m"),

    R("era_subject_only_en", "en", "Right to be forgotten - please action", "\nSent from my Galaxy\n", (ERASE,), region="en", gender="m"),

    # NEAR-LINE: the workshop cancellation alone would be negative; the second sentence asks for
    # deletion of all her details -> erasure.
    R("era_after_cancel", "fr", "Stage de mai",
      """Bonjour,

J'annule ma participation au stage de mai (je vous ai réglé l'acompte par Stripe, je comprends
qu'il n'est pas remboursable). Et je souhaite aussi que vous effaciez toutes mes coordonnées et
informations de vos fichiers.

Cordialement,
%F%""", (ERASE,)),

    R("era_google_drive_docs", "fr", "Mes documents",
      """Bonjour Sandra,

Vous m'aviez dit que mes documents (bilan de compétences, photos de mes carnets d'écriture) étaient
rangés sur votre Google Drive. Pouvez-vous les supprimer, ainsi que tout le reste de mon dossier ?

Merci,
%P%""", (ERASE,)),
]

# ---------------------------------------------------------------------------
# REQUESTS - rectification
# ---------------------------------------------------------------------------
MESSAGES += [
    R("rect_sms_phone", "fr", "nv num",
      "bjr c %P% jai changer de num c le 07 68 41 22 90 merci de mettre a jour 👍", (RECT,)),

    R("rect_new_email", "fr", "Changement d'adresse mail",
      """Bonjour Sandra,

Mon ancienne adresse hotmail n'existe plus (piratée, j'ai dû la fermer). Merci d'utiliser
désormais celle-ci : %p%.%n%.pro@gmail.com pour les convocations et les factures.

Bonne journée,
%P%""", (RECT,), alt=True),

    R("rect_married_name", "fr", "Nouveau nom",
      """Bonjour,

Je me suis mariée il y a trois semaines 🎉 Mon nom est désormais %P% Charbonnier (et non plus %N%).
Pourriez-vous modifier cela dans vos fichiers et sur les prochaines factures ?

Merci et à jeudi,
%P%""", (RECT,)),

    R("rect_en_moved", "en", "New address",
      """Hi Sandra,

I've moved! My new postal address is:
Flat 3, 21 Marlborough Road
Bristol BS6 5NN
United Kingdom

Please update your records so the certificate goes to the right place this time.

Cheers,
%P%""", (RECT,), region="en"),

    R("rect_birthdate", "fr", "Erreur sur ma date de naissance",
      """Bonjour,

Je m'aperçois que sur mon attestation de formation (et donc sans doute dans votre fichier), ma date
de naissance est fausse : je suis née le 14/03/1982 et non le 14/03/1984. Pourriez-vous corriger ?

Merci d'avance,
%F%""", (RECT,)),

    R("rect_belgian_gsm", "fr", "changement GSM",
      """Bonjour Madame,

Petit mot pour vous dire que mon numéro de GSM a changé. Le nouveau est le 0475 98 76 54, l'ancien
(0472…) n'est plus attribué. Ce serait chouette de le mettre à jour pour les rappels d'ateliers.

Bien à vous,
%F%""", (RECT,), region="be"),

    R("rect_outlook_pro_address", "fr", "RE: Convocation atelier management bienveillant",
      """Bonjour Madame Delomenie,

Merci pour la convocation. Serait-il possible de remplacer mon adresse personnelle par mon adresse
professionnelle, %p%.%n%@mairie-issoudun.fr, dans votre fichier ? Je ne consulte plus guère ma boîte
perso.

Bien cordialement,

%F%
Direction des ressources humaines
Mairie d'Issoudun
Tél. 02 54 03 00 00

Ce message peut contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci
d'en informer l'expéditeur et de le supprimer. La Ville d'Issoudun décline toute responsabilité
quant au contenu de ce message.""", (RECT,), quote_style="outlook",
      quoted="""Bonjour,

Vous êtes bien inscrit(e) à l'atelier « Management bienveillant » du mardi 9h30 – 12h30, salle
Lamartine. Merci d'apporter de quoi écrire.

Sandra Delomenie
Floraison de Soi"""),

    R("rect_html_firstname", "fr", "Mon prénom 🙂",
      """<div dir="ltr"><p>Bonjour Sandra,</p><p>Petite correction&nbsp;: mon prénom s'écrit <b>Maëlle</b>,
avec un tréma, et pas «&nbsp;Maelle&nbsp;». Ça apparaît sans tréma sur la plateforme et dans tes
mails, tu pourrais rectifier&nbsp;?</p><p>Merci&nbsp;!<br>Maëlle</p></div>""", (RECT,), html=True,
      frm="Maelle Brunet <maelle.brunet@free.fr>"),

    R("rect_en_new_name", "en", "Name update",
      """Hello,

Please update my name in your records and on the course platform: I now go by Alex Morgan (not
Alexandra Morgan). My ID has been changed accordingly.

Thank you,
Alex""", (RECT,), frm="Alex Morgan <alexandra.morgan@outlook.com>"),

    R("rect_buried_job", "fr", "Résultats !",
      """Bonjour Sandra,

J'ai eu le concours !!! Je n'y croyais plus. Je voulais vous l'annoncer en premier, car sans nos
séances sur la gestion du stress, je crois que j'aurais fait demi-tour devant la salle d'examen.
L'oral s'est étonnamment bien passé, j'ai même fait rire le jury.

Du coup, au fait, ma situation pro a changé : je ne suis plus infirmière mais cadre de santé à
l'hôpital de Châteauroux depuis le 1er. Vous pouvez corriger ça dans ma fiche, puisque vous
m'aviez demandé de vous tenir au courant pour adapter le programme.

On se voit le 18 pour la séance de clôture, j'apporterai des chocolats.

%P%""", (RECT,)),

    R("rect_health_treatment", "fr", "Mise à jour questionnaire santé",
      """Bonjour,

Dans le questionnaire du début, je vous avais indiqué un traitement (Levothyrox 75) que je ne
prends plus depuis septembre. Pouvez-vous rectifier ma fiche : plus aucun traitement en cours ?

Merci,
%P%""", (RECT,)),

    R("rect_en_apple_invoice", "en", "Re: Invoice FDS-2025-114",
      """Small thing: the invoice (and I guess your records) still show my old address in Tours. It's now
8 rue Nationale, 37000 Tours — same town, different street. Could you fix it?

Thanks!
%P%

Sent from my iPhone""", (RECT,), quote_style="apple", region="en",
      quoted="""Hello,

Please find attached invoice FDS-2025-114 for the three coaching sessions in May.

Kind regards,
Sandra"""),

    # NEAR-LINE: "ancienne à effacer" is removal of an old value replaced by a new one -> rectification only.
    R("rect_subject_only_mail", "fr", "nouvelle adresse mail : %p%.%n%.36@laposte.net (ancienne à effacer)", "", (RECT,)),

    R("rect_swiss_address", "fr", "Nouvelle adresse postale",
      """Madame,

Veuillez prendre note de ma nouvelle adresse postale à compter de ce mois :
Chemin de la Vuachère 11
1005 Lausanne

Je vous remercie de remplacer l'ancienne (Avenue de Cour) dans vos registres.

Avec mes salutations les meilleures,
%F%""", (RECT,), region="ch", gender="m"),
]

# ---------------------------------------------------------------------------
# REQUESTS - restriction
# ---------------------------------------------------------------------------
MESSAGES += [
    R("restr_contest_bilan", "fr", "Mon bilan",
      """Bonjour Madame Delomenie,

J'ai relu la synthèse de bilan que vous m'avez remise et plusieurs éléments sont inexacts : je n'ai
jamais été en arrêt pour burn-out, et mes « difficultés relationnelles avec la hiérarchie » ne
reflètent pas du tout ce que j'ai dit.

En attendant que nous en parlions, je vous demande de ne pas utiliser ce document ni de le
transmettre à qui que ce soit.

%F%""", (RESTRICT,), alt=True),

    R("restr_dont_delete_litige", "fr", "Surtout ne supprimez rien",
      """Bonjour Sandra,

Je sais que vous faites le ménage dans vos dossiers en fin d'année : surtout ne supprimez pas le
mien ! J'en aurai peut-être besoin dans le cadre du litige avec mon ancien employeur (les notes sur
la période de harcèlement). Par contre ne vous en servez plus pour rien d'autre, je ne reprendrai
pas l'accompagnement.

Merci de votre compréhension,
%P%""", (RESTRICT,)),

    R("restr_en_freeze_lawyer", "en", "Please freeze my file",
      """Dear Sandra,

Please freeze my file: don't use it and don't delete it until my solicitor has reviewed it. I'll let
you know when that's done.

Regards,
%F%""", (RESTRICT,), region="en", gender="m"),

    R("restr_formal_art18", "fr", "Demande de limitation du traitement – article 18 RGPD",
      """Madame,

Je conteste l'exactitude de plusieurs informations figurant dans ma fiche de suivi (profession,
situation familiale, motifs de consultation). Sur le fondement de l'article 18.1.a du RGPD, je
vous demande la limitation du traitement de ces données pendant la durée nécessaire à leur
vérification.

Je vous prie d'agréer, Madame, mes salutations distinguées.

%F%""", (RESTRICT,), gender="m"),

    # "keep it, don't delete, don't use it" -> restriction only.
    R("restr_sms_de_cote", "fr", "dossier",
      """coucou sandra

tu peux mettre mon dossier de coté stp ? tu effaces rien hein, je reviendrai peut etre l'an
prochain, mais tu t'en sers plus d'ici là

bisous %P%""", (RESTRICT,)),

    R("restr_compte_rendu", "fr", "Compte-rendu de la séance du 12",
      """Bonjour,

Je conteste le compte-rendu de la séance du 12 que vous avez déposé sur mon espace : je n'ai
jamais dit vouloir quitter mon conjoint. Merci de suspendre toute utilisation de ce document le temps
qu'on en parle, et de ne pas le modifier ni le supprimer pour l'instant.

%P%""", (RESTRICT,)),

    R("restr_en_nonnative_eval", "en", "my evaluation",
      """Hello Sandra,

I do not agree with what is written in my evaluation of the training, some things are not true.
Until we clarify, I ask you to stop using it, but keep it please, not erase.

Thank you
%P%""", (RESTRICT,), region="en"),

    R("restr_html_geler", "fr", "Mes données",
      """<html><body><p style="font-family:Georgia">Bonjour,</p>
<p style="font-family:Georgia">Je fais une pause dans ma vie numérique et je ne sais pas encore si je
reviendrai vers vous.<br>
<strong>Gardez mes données, mais gelez-les</strong>&nbsp;: aucun usage, aucun envoi, aucune
modification, jusqu'à nouvel ordre de ma part.</p>
<p style="font-family:Georgia">%F%</p></body></html>""", (RESTRICT,), html=True),

    R("restr_quebec_assureur", "fr", "Garder mon dossier tel quel",
      """Bonjour Madame,

Je vous demanderais de garder mon dossier tel quel, sans y toucher ni vous en servir, le temps que
je règle un différend avec mon assureur invalidité. Il se peut que j'aie besoin de vos notes plus
tard.

Merci à l'avance,
%F%""", (RESTRICT,), region="qc"),

    R("restr_en_short", "en", "data", "Don't delete anything about me, but don't process it either until further notice.\n\n%P%", (RESTRICT,), region="en", gender="m"),

    R("restr_buried_test", "fr", "Suite de notre échange",
      """Bonjour Sandra,

Merci pour la séance de vendredi, j'en suis ressortie à la fois fatiguée et soulagée. J'ai
commencé le carnet de gratitude, trois lignes par soir, et je tiens le coup pour l'instant.

Par contre, concernant mes réponses au test d'ennéagramme et la synthèse que vous en avez tirée,
je préfère que vous n'en fassiez plus rien pour l'instant, sans les détruire : je ne suis pas sûre
qu'elles soient exactes, j'étais dans un très mauvais jour. On verra ensemble plus tard.

Pour la prochaine séance, est-ce que le mardi 17h vous irait ?

%P%""", (RESTRICT,)),

    R("restr_lawyer", "fr", "Mme Sophie Garnier c/ SAS Lumen – mesures conservatoires",
      """Madame,

Je représente Madame Sophie Garnier, qui a bénéficié de séances de coaching à votre cabinet prises
en charge par son employeur, la SAS Lumen. Un contentieux prud'homal est en cours.

Ma cliente, dont vous trouverez le mandat en pièce jointe, vous demande de conserver en l'état
l'ensemble des données la concernant et de vous abstenir de tout autre usage ou communication de
celles-ci, notamment à son employeur, jusqu'à l'issue de la procédure.

Veuillez agréer, Madame, mes salutations distinguées.

Maître Claire Daudet
SELARL Daudet & Associés – 15 rue de la République – 36000 Châteauroux""", (RESTRICT,),
      frm="Claire Daudet <cdaudet@daudet-avocats.fr>", attachments=("mandat_Garnier.pdf",)),
]

# ---------------------------------------------------------------------------
# REQUESTS - portability
# ---------------------------------------------------------------------------
MESSAGES += [
    R("port_csv_questionnaires", "fr", "Fichier de mes réponses",
      """Bonjour Sandra,

Pourriez-vous m'envoyer mes réponses aux questionnaires et l'historique de mes séances dans un
fichier exploitable (Excel ou CSV), que je puisse les garder dans mon propre tableau de suivi ?

Merci !
%P%""", (PORT,), alt=True),

    R("port_transfer_coach", "fr", "Suite de mon accompagnement",
      """Bonjour Madame Delomenie,

Je vais poursuivre mon accompagnement avec Mme Perrine Lamy, sophrologue à Bourges, plus proche de
chez moi. Serait-il possible de lui transmettre directement mon dossier, sous format numérique,
à l'adresse perrine.lamy.sophro@gmail.com ?

Je vous remercie pour tout,
%F%""", (PORT,)),

    R("port_en_json_platform", "en", "Exporting my course data",
      """Hi Sandra,

Could you export my course progress, quiz results and notes from the Systeme.io space in a
machine-readable format (CSV or JSON is fine)? I'm moving my learning to another platform and would
like to import them there.

Thanks a lot,
%P%""", (PORT,), region="en", gender="m"),

    R("port_formal_art20", "fr", "Droit à la portabilité – article 20 du RGPD",
      """Madame,

En application de l'article 20 du RGPD, je vous demande de me transmettre, dans un format
structuré, couramment utilisé et lisible par machine, les données me concernant que je vous ai
fournies dans le cadre de notre contrat d'accompagnement.

Cordialement,
%F%""", (PORT,), gender="m"),

    R("port_sms_reutiliser", "fr", "mes fiches",
      "tu peux m'envoyer mes fiches en fichier que je peux ouvrir sur mon ordi et reutiliser dans mon appli de journal ? merci sandra 😘", (PORT,)),

    R("port_en_nonnative_import", "en", "my datas",
      """Good morning,

I need my datas (the sessions, the goals, the exercices) in a format I can import in my new coach
software. She uses Notion. Is it possible please?

Kind regards
%P%""", (PORT,), region="en"),

    R("port_html_naturo", "fr", "Transfert de dossier",
      """<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Ma naturopathe souhaiterait disposer de mon historique (bilans, questionnaire d'hygiène de vie,
plan d'action). Pourriez-vous lui envoyer ces éléments <b>au format numérique réutilisable</b>
(tableur de préférence) à <a href="mailto:cabinet@naturo-berry.fr">cabinet@naturo-berry.fr</a>&nbsp;?</p>
<p>Bien à vous,<br>%F%</p></div></body></html>""", (PORT,), html=True),

    R("port_belgian_organisme", "fr", "Transfert vers mon nouvel organisme",
      """Bonjour Madame,

Je poursuis ma formation de praticienne auprès d'un organisme à Namur. Pourriez-vous leur
transmettre, sous forme de fichier informatique, mes résultats, mes heures de pratique validées et
mes évaluations, afin qu'ils puissent les reprendre dans leur logiciel ?

D'avance merci, bien à vous,
%F%""", (PORT,), region="be"),

    R("port_journaling_export", "fr", "Exercices de journaling",
      """Bonjour Sandra,

Les exercices de journaling que j'ai remplis dans l'espace en ligne me sont précieux. Pouvez-vous
me les exporter au format texte ou tableur, pour que je puisse les réimporter dans mon application
de journal (Day One) ?

Merci beaucoup,
%P%""", (PORT,)),

    R("port_en_reply_endprogram", "en", "Re: End of the programme 🌱",
      """Thank you Sandra, it's been a wonderful journey.

One request: could you send my worksheets and the session log as a spreadsheet, so I can bring them
to my new coach in Dublin and she can load them into her system?

Best,
%P%""", (PORT,), region="en",
      quoted="""Dear all,

The 12-week programme ends this Friday. Thank you for your trust and your energy!
Your certificates will be sent next week.

Sandra"""),

    R("port_en_transfer_direct", "en", "Transfer to my new practitioner",
      """Hello Sandra,

My new practitioner (Dr. Kavanagh's wellbeing clinic) has asked for my records. Could you send my
data directly to them, in an electronic format they can use, at records@kavanagh-wellbeing.ie?

Many thanks,
%F%""", (PORT,), region="en", gender="m"),
]

# ---------------------------------------------------------------------------
# REQUESTS - objection (newsletter / marketing)
# ---------------------------------------------------------------------------
MESSAGES += [
    R("obj_subject_only", "fr", "Désinscription newsletter svp", "", (OBJECT,)),

    R("obj_stop_above_nl", "fr", "RE: 🌿 La lettre de Floraison de Soi", "stop merci", (OBJECT,),
      quoted=NL_TEXT, quoted_from=NEWSLETTER, quoted_subject="🌿 La lettre de Floraison de Soi", quote_style="outlook"),

    R("obj_sms_promo", "fr", "sms", "bonjour plus de sms promo pour les ateliers svp, merci %P%", (OBJECT,)),

    R("obj_quebec_infolettre", "fr", "Infolettre",
      """Bonjour,

Veuillez m'enlever de votre liste d'envoi pour l'infolettre. Je n'habite plus en France et les
ateliers ne me concernent plus.

Merci,
%F%""", (OBJECT,), region="qc", gender="m"),

    R("obj_formal_art21", "fr", "Opposition – article 21 RGPD",
      """Madame,

Je m'oppose, sur le fondement de l'article 21 du RGPD, au traitement de mes données personnelles à
des fins de prospection commerciale. Je vous remercie de ne plus m'adresser aucune sollicitation,
par quelque canal que ce soit.

%F%""", (OBJECT,), gender="m"),

    R("obj_html_emoji", "fr", "Vos mails",
      """<html><body><p>Bonjour,</p><p>Je ne souhaite plus recevoir vos mails promotionnels 🙅‍♀️ Merci de
faire le nécessaire.</p><p>%P%</p><p><span style="color:#888">-- <br>Envoyé avec Proton Mail</span></p></body></html>""",
      (OBJECT,), html=True),

    R("obj_en_above_promo_outlook", "en", "RE: Last seats for the Spring retreat 🌸",
      """Not interested anymore, please don't send me any more offers.

%P%""", (OBJECT,), quote_style="outlook", region="en", gender="m", quoted_from=NEWSLETTER,
      quoted_subject="Last seats for the Spring retreat 🌸",
      quoted="""Hello,

Only 3 seats left for the Spring retreat in the Brenne park! Three days to breathe, walk and write.
Early bird price until Sunday.

Book now: https://floraisondesoi.systeme.io/retreat

Sandra"""),

    R("obj_belgian_invitations", "fr", "invitations",
      """Bonjour Madame,

Je ne souhaite plus recevoir vos invitations aux ateliers par mail, ça fait beaucoup et je ne sais
pas venir de toute façon depuis Charleroi.

Bien à vous,
%P%""", (OBJECT,), region="be"),

    R("obj_ex_client_prospection", "fr", "Vos propositions",
      """Bonjour Sandra,

Notre accompagnement s'est très bien passé, mais je m'oppose à ce que vous utilisiez mes
coordonnées pour me proposer vos nouvelles formations. Merci de respecter ce choix.

%P%""", (OBJECT,), alt=True),

    # HR person asking for her OWN address to be taken off the mailing list (no new value) -> objection.
    R("obj_hr_self_leaving", "fr", "Liste de diffusion",
      """Bonjour Madame Delomenie,

Je quitte la société Axéo à la fin du mois. Merci de retirer mon adresse de votre liste de diffusion
(invitations, lettres d'information) : je ne souhaite plus rien recevoir, ni ici ni ailleurs.

Cordialement,
Laure Vidal
Chargée RH – Axéo Conseil""", (OBJECT,), frm="Laure Vidal <laure.vidal@axeo-conseil.fr>"),

    R("obj_en_single_word", "en", "unsubscribe", "unsubscribe", (OBJECT,), region="en", gender="m"),

    R("obj_en_apple_reply_nl", "en", "Re: 🌿 La lettre de Floraison de Soi",
      """Hi Sandra, lovely letter as always but I'm trying to declutter my inbox – could you remove me
from the newsletter? No hard feelings!

%P%

Sent from my iPad""", (OBJECT,), quote_style="apple", region="en", quoted=NL_TEXT, quoted_from=NEWSLETTER),
]

# ---------------------------------------------------------------------------
# REQUESTS - withdraw_consent
# ---------------------------------------------------------------------------
MESSAGES += [
    R("wc_testimonial_site", "fr", "Mon témoignage",
      """Bonjour Sandra,

Je souhaite retirer mon témoignage de votre site internet. J'ai changé de poste et je préfère que
mon nom n'apparaisse plus associé à un accompagnement.

Merci de ta compréhension,
%P%""", (WITHDRAW,), alt=True),

    R("wc_photo_facebook", "fr", "Photo du stage",
      """Bonjour,

Pouvez-vous enlever la photo de groupe du stage d'octobre où j'apparais, sur votre page Facebook ?
J'avais dit oui sur le moment mais j'ai changé d'avis.

Merci,
%F%""", (WITHDRAW,)),

    R("wc_en_video_course", "en", "Video of my session",
      """Hi Sandra,

When we recorded the demo coaching session, I agreed that the video could be used in your online
course. I no longer agree to that, so please stop using it.

Thanks for understanding,
%P%""", (WITHDRAW,), region="en"),

    R("wc_recording_sessions", "fr", "Enregistrement des séances",
      """Bonjour Madame Delomenie,

Je retire mon accord pour l'enregistrement audio de nos séances. Je continue l'accompagnement, mais
sans enregistrement à partir de maintenant.

Cordialement,
%F%""", (WITHDRAW,), gender="m"),

    R("wc_questionnaire_memoire", "fr", "Mes réponses pour votre mémoire",
      """Bonjour Sandra,

J'avais accepté que mes réponses au questionnaire servent à votre mémoire de certification
(anonymisées, je sais). Finalement, je préfère que ce ne soit pas le cas. J'espère que ça ne vous
met pas trop en difficulté.

%P%""", (WITHDRAW,)),

    R("wc_sms_temoignage_systemeio", "fr", "temoignage",
      "sandra stp enleve mon temoignage de ta page systeme io jme sens pas a l aise avec ca finalement. merci 🙏", (WITHDRAW,)),

    R("wc_html_instagram", "fr", "Publication Instagram",
      """<html><body>
<p>Bonjour Sandra,</p>
<p>J'ai vu que mon témoignage avait été repris dans un <b>carrousel Instagram</b>. Pour le site
c'était OK, mais pas pour les réseaux sociaux&nbsp;: je retire mon accord pour cette
publication-là.</p>
<p>Belle journée,<br>%P%</p>
</body></html>""", (WITHDRAW,), html=True),

    R("wc_en_nonnative_photo", "en", "My photo",
      """Hello,

I gave my okay for my photo on your website on the page of the workshops, now I take it back please.
I am not comfortable to see me.

Regards
%P%""", (WITHDRAW,), region="en"),

    R("wc_health_consent", "fr", "Données de santé",
      """Bonjour,

Au moment du contrat, j'avais donné mon consentement à la collecte de données de santé. Je reviens
sur ce consentement : je ne souhaite plus que ces informations soient utilisées dans le cadre de
l'accompagnement.

Bien cordialement,
%F%""", (WITHDRAW,)),

    R("wc_replay_webinar", "fr", "Replay webinaire",
      """Bonjour,

J'avais ma caméra allumée pendant le webinaire de jeudi et on me voit pleurer dans le replay. J'avais
accepté l'enregistrement en début de session mais je ne veux plus apparaître dans cette vidéo.

%P%""", (WITHDRAW,)),

    R("wc_quebec_publicite", "fr", "Ma photo dans votre publicité",
      """Bonjour,

Je retire ma permission d'utiliser ma photo dans votre publicité Facebook pour la retraite. Merci de
la remplacer par une autre.

%F%""", (WITHDRAW,), region="qc"),

    R("wc_parent_minor_photo", "fr", "Photos de l'atelier ados",
      """Madame,

Nous avions signé l'autorisation de droit à l'image pour notre fille Inès (14 ans) lors de
l'atelier ados. Nous retirons cette autorisation : merci de ne plus utiliser les photos où elle
apparaît.

%F%""", (WITHDRAW,)),

    R("wc_en_reply_draft_page", "en", "Re: Your testimonial - draft page",
      """Hi Sandra,

Thank you for sending the draft. Actually, I've thought it over and I'd rather you didn't publish my
testimonial after all. Sorry for the back and forth!

%P%""", (WITHDRAW,), region="en", gender="m",
      quoted="""Hi,

Here is how your testimonial will appear on the website next week (see attached screenshot).
Let me know if anything needs changing!

Sandra"""),
]

# ---------------------------------------------------------------------------
# REQUESTS - post_mortem (heirs / notaries / own directives)
# ---------------------------------------------------------------------------
MESSAGES += [
    R("pm_daughter_delete", "fr", "Ma maman, Monique %N%",
      """Bonjour Madame,

Ma mère, Monique %N%, nous a quittés le 3 du mois dernier. Elle suivait vos ateliers du jeudi et
en parlait avec beaucoup de chaleur. Merci de supprimer son compte et ses données, et de ne plus lui
envoyer de courrier.

Bien cordialement,
%F%""", (PM,), alt=True),

    R("pm_notary_succession", "fr", "Succession de Madame Josiane Pelletier – Réf. 2025-0318",
      """Madame,

Nous sommes chargés du règlement de la succession de Madame Josiane Pelletier, décédée le
14 février dernier à Issoudun.

Les héritiers nous ont mandatés afin de solliciter la communication des éléments détenus par votre
structure au nom de la défunte (contrats, factures, éventuels soldes ou abonnements en cours) et la
clôture de tout compte ouvert à son nom.

Vous trouverez ci-joint l'acte de décès et l'acte de notoriété.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Hervé Rolland,
Office notarial Rolland – 3 place du 10 juin – 36100 Issoudun""", (PM,),
      frm="Office notarial Rolland <office.rolland@notaires.fr>", attachments=("acte_deces.pdf", "acte_notoriete.pdf")),

    R("pm_en_son_father", "en", "My father's account",
      """Dear Sandra,

My father, Peter %N%, passed away a few weeks ago. He really enjoyed your online breathing course. Could you
please stop the emails to his address and delete his account?

Kind regards,
%F%""", (PM,), region="en", gender="m"),

    R("pm_husband_sms", "fr", "Chantal",
      "bonjour je suis le mari de Chantal, elle nous a quittés le mois dernier. vous pouvez arreter d'envoyer des messages sur son numero svp. merci. %P%", (PM,), gender="m"),

    R("pm_sister_writings", "fr", "Les écrits de ma sœur",
      """Bonjour Sandra,

Je suis la sœur d'Agnès, qui a participé à vos cercles d'écriture pendant deux ans. Agnès est
décédée cet été. Elle avait déposé beaucoup de textes sur votre espace en ligne ; ce serait précieux
pour notre famille de pouvoir les récupérer.

Merci de tout cœur,
%P%""", (PM,)),

    R("pm_directive_self", "fr", "Instructions pour plus tard",
      """Chère Sandra,

Vous savez que ma santé est fragile. Je préfère régler les choses pendant que je le peux : si je
venais à décéder, je souhaite que tout mon dossier soit détruit et que personne n'y ait accès, y
compris ma famille. Pouvez-vous en prendre note ?

Je vous embrasse,
%P%""", (PM,)),

    R("pm_directive_en_partner", "en", "My wishes",
      """Dear Sandra,

I'd like to register my wishes regarding my data after my death: my partner, James, may receive my
journal entries from the writing circle. Everything else should be deleted.

With gratitude,
%F%""", (PM,), region="en"),

    R("pm_html_heir", "fr", "Décès de mon époux",
      """<html><body><div style="font-family:Arial;font-size:14px">
<p>Madame,</p>
<p>J'ai la tristesse de vous informer du décès de mon époux, Gérard %N%, survenu le 2 septembre.</p>
<p>Il avait suivi votre formation en ligne. Pourriez-vous fermer son espace et m'indiquer ce qui
reste enregistré à son nom chez vous&nbsp;?</p>
<p>Avec mes remerciements,<br>%F%</p></div></body></html>""", (PM,), html=True),

    R("pm_belgian_son", "fr", "Décès de ma mère",
      """Bonjour Madame,

Je vous écris pour vous dire que ma mère, Madame Lucienne %N%, est décédée à Mons le mois passé.
Elle recevait vos lettres et était inscrite à votre formation en ligne. Pouvez-vous faire le
nécessaire pour effacer ses données ?

Bien à vous,
%F%""", (PM,), region="be", gender="m"),

    R("pm_above_newsletter_wife", "fr", "Re: 🌿 La lettre de Floraison de Soi",
      """Bonjour,

Ma femme est décédée il y a deux mois. Elle ne lira plus vos lettres. Merci de l'enlever de votre liste.

%F%""", (PM,), gender="m", quoted=NL_TEXT, quoted_from=NEWSLETTER),

    R("pm_lawyer_estate", "fr", "Succession Durand – données de la défunte",
      """Madame,

Je suis le conseil des héritiers de Madame Élise Durand, décédée il y a quelques semaines, qui avait suivi un
accompagnement auprès de vous. Mes clients souhaitent connaître les données que vous conservez au
nom de leur mère et, le cas échéant, en obtenir la suppression.

Vous trouverez ci-joint l'acte de décès ainsi que les pouvoirs des héritiers.

Maître Julien Ferrand
Avocat – 4 rue Porte Neuve – 36100 Issoudun""", (PM,),
      frm="Julien Ferrand <julien.ferrand@avocat-ferrand.fr>", attachments=("acte_deces_Durand.pdf", "pouvoirs_heritiers.pdf")),

    R("pm_en_late_wife_testimonial", "en", "My late wife's testimonial",
      """Hello,

My late wife Margaret's testimonial is still on your website, with her photo. It is quite painful for
our children to come across it. We would like it removed, please.

Regards,
%F%""", (PM,), region="en", gender="m"),

    R("pm_quebec_executrice", "fr", "Décès de mon père",
      """Bonjour,

Mon père, Réal %N%, est décédé le mois dernier à Québec. Je suis l'exécutrice testamentaire. Il avait
un abonnement à votre programme en ligne : pourriez-vous fermer son compte et m'envoyer ce qui est
conservé à son nom?

Merci,
%F%""", (PM,), region="qc"),

    R("pm_en_friend_notice", "en", "Sad news about Helen",
      """Dear Sandra,

I am Helen Carter's sister. Helen died last month after a short illness. She loved your workshops.
Could you please remove her from all your lists and erase her details? She wouldn't have wanted
emails to keep coming in.

Best wishes,
%F%""", (PM,), region="en"),
]

# ---------------------------------------------------------------------------
# REQUESTS - several rights in one message
# ---------------------------------------------------------------------------
MESSAGES += [
    R("m_acc_era_formal", "fr", "Demande relative à mes données personnelles",
      """Madame,

Je vous prie de bien vouloir, dans un premier temps, me faire parvenir une copie de l'ensemble des
données me concernant que vous détenez, puis, une fois cette copie reçue, de procéder à leur
suppression définitive.

Je joins une copie de mon passeport.

Veuillez agréer mes salutations distinguées.
%F%""", (ACCESS, ERASE), attachments=("passeport_%N%.pdf",)),

    R("m_era_obj_en", "en", "Unsubscribe + delete",
      """Hi,

Unsubscribe me from everything and delete whatever you hold on me, please.

%P%""", (ERASE, OBJECT), region="en", gender="m"),

    R("m_acc_port_en", "en", "Data request",
      """Hello Sandra,

Two things, if you don't mind:
1) Could you tell me what personal information you keep about me (and since when)?
2) Could you give me my course data — answers, progress, notes — as a CSV so I can take it with me?

Many thanks,
%P%""", (ACCESS, PORT), region="en", alt=True),

    R("m_rect_obj", "fr", "Mail + newsletter",
      """Bonjour Sandra,

Mon adresse change : merci d'utiliser %p%.%n%@proton.me à la place de l'ancienne Wanadoo. Et tant que
vous y êtes, vous pouvez me désinscrire de la newsletter, je préfère suivre vos actus sur Instagram.

Merci !
%P%""", (OBJECT, RECT)),

    # NEAR-LINE: testimonial withdrawal + erasure of all data -> both withdraw_consent and erasure
    # (policy: withdraw_consent only *unless* erasure of all data is asked too).
    R("m_wc_era_temoignage_tout", "fr", "Témoignage et données",
      """Bonjour,

Retirez mon témoignage de votre site s'il vous plaît, et effacez toutes les données que vous avez sur
moi. Je ne souhaite plus avoir de lien avec l'accompagnement.

%F%""", (ERASE, WITHDRAW)),

    R("m_acc_rect_address_job", "fr", "Ma fiche",
      """Bonjour,

Pourriez-vous m'envoyer ce que vous avez dans ma fiche ? Je pense que plusieurs choses ne sont plus à
jour. Déjà, mon adresse est maintenant 9 allée des Tilleuls, 36000 Châteauroux, et je suis
désormais à mon compte (graphiste indépendante) et non plus salariée.

Merci,
%P%""", (ACCESS, RECT)),

    R("m_acc_restr_contest", "fr", "Dossier",
      """Madame,

Ce qui est écrit dans mon dossier à propos de mes « crises d'angoisse » est faux et me porte
préjudice. Je vous demande de ne plus l'utiliser en attendant que cela soit vérifié, et de m'envoyer
la copie intégrale de mon dossier.

%F%""", (ACCESS, RESTRICT), gender="m"),

    R("m_port_era_en", "en", "Moving on",
      """Hi Sandra,

I'm moving on to a coach closer to home. Could you transfer my file to her in a digital format
(details below) and then delete everything on your side once it's done?

New coach: Laura Finch, laura@finchcoaching.co.uk

Thank you for everything,
%P%""", (ERASE, PORT), region="en"),

    R("m_obj_wc_sms", "fr", "newsletter + photo",
      "plus de newsletter stp et enleve ma photo du site aussi, j'avais dit ok mais plus maintenant. merci sandra %P%", (OBJECT, WITHDRAW)),

    R("m_acc_era_obj_buried", "fr", "Un grand merci… et quelques demandes",
      """Bonjour Sandra,

Voilà, le parcours se termine et je voulais vous dire merci. Je suis arrivée en janvier avec
l'impression de ne plus savoir qui j'étais en dehors du travail, et je repars avec un carnet plein de
pistes, une routine du matin qui tient, et une relation apaisée avec ma sœur. Ce n'est pas rien.

J'ai beaucoup aimé les séances en forêt, même celle sous la pluie. J'ai aussi aimé le fait que vous
ne cherchiez jamais à me donner de réponses toutes faites.

Côté pratique, quelques demandes pour clore proprement : j'aimerais savoir ce que vous avez gardé sur
moi (et si quelque chose est passé par des outils extérieurs), puis que tout soit effacé ensuite. Et
évidemment, plus de lettres ni d'invitations, je préfère couper complètement.

Encore merci pour tout, vraiment.
%P%""", (ACCESS, ERASE, OBJECT)),

    R("m_lawyer_acc_era", "fr", "Intérêts de Monsieur Karim Belkacem – données personnelles",
      """Madame,

Agissant pour le compte de Monsieur Karim Belkacem, dont le mandat est joint, je vous demande de
bien vouloir me communiquer l'ensemble des données personnelles le concernant en votre possession,
puis de procéder à leur effacement à l'issue de cette communication.

Je vous prie de croire, Madame, à l'assurance de ma considération distinguée.

Maître Nathalie Roche
Avocate au Barreau de Bourges

Le présent courriel est strictement confidentiel et couvert par le secret professionnel.""",
      (ACCESS, ERASE), frm="Nathalie Roche <n.roche@roche-avocat.fr>", attachments=("mandat_Belkacem.pdf",)),

    R("m_parent_acc_era", "fr", "Données de mon fils Nathan (16 ans)",
      """Bonjour,

Nathan, mon fils de 16 ans, a suivi votre programme d'orientation en ligne. Je souhaiterais, en tant
que responsable légal, savoir ce que vous avez conservé à son sujet, puis que ce soit supprimé.
Nathan est d'accord avec cette démarche.

Cordialement,
%F%""", (ACCESS, ERASE), gender="m"),

    R("m_acc_obj_en_nonnative", "en", "who give you my email ???",
      """Hello,

Where did you got my email? I never subscribe to your letter. Tell me please who give it to you, and
stop to send me this emails.

%P%""", (ACCESS, OBJECT), region="en", gender="m"),

    R("m_era_obj_quebec", "fr", "Infolettre pis dossier",
      """Allô,

Désabonnez-moi de l'infolettre pis effacez mon dossier, s'il vous plaît. J'ai déménagé à Montréal
pour de bon.

Bonne journée!
%P%""", (ERASE, OBJECT), region="qc"),

    R("m_acc_port_fr", "fr", "Récupérer mes données",
      """Bonjour,

Je souhaite savoir quelles données vous détenez me concernant, et recevoir celles que je vous ai
fournies dans un format réutilisable (CSV ou tableur), pour les reprendre dans l'outil de ma
nouvelle praticienne.

%F%""", (ACCESS, PORT)),

    R("m_wc_obj_en", "en", "Video + emails",
      """Hi Sandra,

Please take down the testimonial video I recorded for you last year — I've changed my mind about
having it online. And please stop the marketing emails too.

Thanks,
%P%""", (OBJECT, WITHDRAW), region="en"),

    R("m_rect_acc_en", "en", "Update + copy of my file",
      """Hello,

Please update my phone number to +44 7700 900123 (the French one is no longer active), and send me a
copy of everything in my file.

Best regards,
%F%""", (ACCESS, RECT), region="en", gender="m"),

    R("m_restr_obj_mdph", "fr", "Offres et dossier",
      """Bonjour,

Ne m'envoyez plus vos offres de stages. Quant à mon dossier : ne l'effacez pas, mais ne l'utilisez
plus, j'en aurai peut-être besoin pour mon dossier MDPH.

Cordialement,
%F%""", (OBJECT, RESTRICT)),

    # NEAR-LINE: withdraws recording consent AND asks erasure of the whole file -> both rights.
    R("m_era_wc_recording", "fr", "Enregistrements et dossier",
      """Bonjour Madame Delomenie,

Je retire mon consentement aux enregistrements audio de nos séances, et je souhaite l'effacement
complet de mon dossier (enregistrements compris).

Cordialement,
%F%""", (ERASE, WITHDRAW)),

    R("m_port_acc_en_html", "en", "Records request",
      """<html><body><p>Hi Sandra,</p>
<p>Could you let me know <b>what personal data</b> you hold about me, and also send me my progress
data from the course platform <b>in a machine-readable format</b> (JSON or CSV)?</p>
<p>Thanks so much,<br>%P%</p></body></html>""", (ACCESS, PORT), html=True, region="en"),

    R("m_acc_rect_belgian", "fr", "Fiche participante",
      """Bonjour Madame,

Pouvez-vous m'envoyer ce que vous avez noté sur moi lors du stage ? Et mon adresse a changé :
c'est désormais Rue du Pont 17, 4000 Liège (plus la rue Saint-Gilles).

Bien à vous, une fois encore merci,
%F%""", (ACCESS, RECT), region="be"),

    R("m_obj_era_subject_only", "fr", "Stop newsletter + supprimez mes données", "", (ERASE, OBJECT)),

    # NEAR-LINE: "where was it published" asks who received the data -> access; plus withdrawal of the
    # testimonial consent -> withdraw_consent (no erasure of all data asked).
    R("m_acc_wc_temoignage", "fr", "Où est paru mon témoignage ?",
      """Bonjour,

Dites-moi où mon témoignage a été publié (site, Instagram, Facebook, brochure ?) et retirez-le
partout, je ne suis plus d'accord pour qu'il soit diffusé.

%F%""", (ACCESS, WITHDRAW)),

    R("m_restr_acc_en", "en", "Inaccurate notes",
      """Dear Sandra,

Some of the notes in my file are inaccurate. Please don't use them while we sort it out, and send me
a full copy of what you hold so I can point out the errors.

Regards,
%F%""", (ACCESS, RESTRICT), region="en"),

    R("m_rect_era_health", "fr", "Numéro et données santé",
      """Bonjour,

Mon ancien numéro (06 12 ...) ne fonctionne plus, le nouveau est le 07 81 55 20 14. Par ailleurs,
je souhaite que vous effaciez les informations de santé que je vous avais données au début
(questionnaire médical).

Merci,
%P%""", (ERASE, RECT)),

    R("m_port_obj", "fr", "Transfert + mails",
      """Bonjour,

Merci d'envoyer mes données d'accompagnement en CSV à mon nouveau prestataire (contact@equilibre-coaching.fr),
et de ne plus m'envoyer de mails promotionnels.

%F%""", (OBJECT, PORT)),

    R("m_era_obj_en_apple_above_nl", "en", "Re: 🌿 La lettre de Floraison de Soi",
      """Please unsubscribe me and erase my details from your database. I only came to one workshop years
ago.

Sent from my iPhone""", (ERASE, OBJECT), quote_style="apple", region="en", quoted=NL_TEXT, quoted_from=NEWSLETTER),

]

# ---------------------------------------------------------------------------
# NEGATIVES - ordinary client mail using "request" vocabulary in other senses
# ---------------------------------------------------------------------------
MESSAGES += [
    # NEAR-LINE: "supprimer mon inscription" to a single workshop = cancelling a booking -> negative.
    R("neg_cancel_atelier", "fr", "Atelier du 14",
      """Bonjour Sandra,

Je dois malheureusement annuler ma participation à l'atelier du 14, ma fille est malade. Pouvez-vous
supprimer mon inscription et la reporter sur celui de novembre si c'est possible ?

Merci, désolée pour le contretemps,
%P%""", html=True),

    R("neg_resiliation_contrat", "fr", "Résiliation du contrat d'accompagnement",
      """Madame,

Par la présente, je vous informe de ma décision de résilier le contrat d'accompagnement signé le
3 mars, conformément à l'article 8 de vos conditions générales (préavis de 15 jours). Merci de
m'indiquer le montant restant dû pour les séances effectuées.

Cordialement,
%F%""", gender="m"),

    R("neg_pw_espace", "fr", "impossible d'accéder à mon espace",
      """Bonjour,

Je n'arrive plus à accéder à mon espace formation depuis hier, il me dit « mot de passe incorrect »
et le mail de réinitialisation n'arrive pas (j'ai regardé dans les spams). Pouvez-vous m'aider ?

%P%""", alt=True),

    # Policy: "close my account" alone, no data mentioned -> negative.
    R("neg_close_account_only", "fr", "Compte plateforme",
      "Bonjour, vous pouvez fermer mon compte sur la plateforme, je ne m'en sers plus depuis que j'ai fini le module. Bonne continuation ! %P%"),

    R("neg_effacer_creneau", "fr", "jeudi",
      "Bonjour Sandra, pouvez-vous effacer mon créneau de jeudi 10h ? Je reprendrai rendez-vous quand mon planning sera plus clair. Merci ! %P%"),

    R("neg_modifier_rdv", "fr", "Modifier mon rendez-vous",
      """Bonjour,

Serait-il possible de modifier l'heure de mon rendez-vous de mardi ? 18h au lieu de 17h m'arrangerait
beaucoup (sortie d'école).

Merci d'avance,
%P%"""),

    R("neg_corriger_facture_montant", "fr", "Erreur facture",
      """Bonjour,

Il y a une erreur de montant sur la facture FDS-2025-087 : j'ai réglé 90 € (tarif demandeur
d'emploi) et non 120 €. Pouvez-vous corriger et me renvoyer la facture ?

Bien à vous,
%F%"""),

    # NEAR-LINE: a copy of one invoice for the health insurer is ordinary billing, not access to all data.
    R("neg_copie_facture_mutuelle", "fr", "Copie facture pour la mutuelle",
      "Bonjour, pourriez-vous m'envoyer une copie de ma facture de mars ? Ma mutuelle rembourse une partie des séances. Merci beaucoup, %P%", alt=True),

    R("neg_pdf_efface", "fr", "module 3",
      """Bonjour Sandra,

J'ai effacé par erreur le PDF du module 3 (celui sur les croyances limitantes) en faisant du tri sur
mon ordi 🙈 Pouvez-vous me le renvoyer ?

Merci !
%P%"""),

    R("neg_consentement_theme", "fr", "Après notre séance",
      """Bonjour Sandra,

Je voulais vous dire que depuis la séance sur les limites, j'ai réussi à dire non à ma belle-mère
pour les vacances. Ça paraît minuscule mais c'est énorme pour moi. Et on a pu parler avec mon mari
de la question du consentement dans le couple, sans s'énerver, pour la première fois.

J'ai hâte de la prochaine séance.
%P%"""),

    R("neg_donnees_enneagramme", "fr", "Mon profil",
      """Bonjour,

J'ai relu tranquillement les données de mon profil ennéagramme ce week-end. Je me reconnais beaucoup
dans le type 2, surtout la partie « aider pour être aimée ». Un peu vexant, mais juste !

À mardi,
%P%"""),

    R("neg_envoi_infos_inscription", "fr", "Inscription stage juillet",
      """Bonjour,

Voici mes informations pour l'inscription au stage de juillet :
Nom : %N%
Prénom : %P%
Adresse : 5 rue du Moulin, 36260 Reuilly
Téléphone : 06 45 78 12 33
Régime alimentaire : végétarien

Je fais le virement de l'acompte aujourd'hui.
%P%"""),

    R("neg_opposer_visio", "fr", "Atelier en visio ?",
      """Bonjour Sandra,

J'ai vu que l'atelier de décembre passerait en visio. Je m'oppose un peu à l'idée, honnêtement :
ce qui me plaît, c'est justement d'être en groupe, dans la salle. Est-ce qu'une version en
présentiel est prévue plus tard ?

%P%"""),

    R("neg_retirer_candidature", "fr", "Formation praticien",
      """Bonjour Madame,

Après réflexion, je retire ma candidature pour la formation praticien de janvier. Le calendrier
n'est pas compatible avec mon nouveau poste. J'espère pouvoir postuler l'an prochain.

Cordialement,
%F%""", gender="m", alt=True),

    # NEAR-LINE: asks how erasure would affect purchased replays, does not ask for erasure -> negative.
    R("neg_question_suppression_replays", "fr", "Question",
      """Bonjour,

Petite question : si un jour je demande la suppression de mes données, est-ce que je perds l'accès
aux replays que j'ai achetés ? Je ne veux rien supprimer pour l'instant, c'est juste pour savoir.

Merci,
%P%""", html=True),

    R("neg_delete_booking_en", "en", "booking 12 June",
      "Hello, I want to delete my booking of 12 June and take another date please, maybe 19 or 26? Thank you, %P%", region="en"),

    R("neg_desinscrire_atelier_samedi", "fr", "Désinscription atelier samedi",
      "Bonjour, je souhaite me désinscrire de l'atelier de samedi, j'ai un empêchement familial. Désolée ! %P%"),

    # NEAR-LINE: "remove me from Saturday's list" refers to the workshop attendee list = cancellation.
    R("neg_en_remove_workshop_list", "en", "Saturday",
      "Hi Sandra, please remove me from Saturday's workshop list, something came up at work. Hope to catch the next one! %P%", region="en"),

    R("neg_desinscrire_fille_stage", "fr", "Stage ados été",
      """Bonjour,

Je dois désinscrire ma fille Lou du stage ados des vacances d'été : nous partons finalement chez ses
grands-parents. Pouvez-vous me dire si l'acompte peut être reporté sur les vacances de la Toussaint ?

Merci,
%F%"""),

    R("neg_en_withdraw_program_refund", "en", "Withdrawing from the certification",
      """Dear Sandra,

I'm withdrawing from the certification programme for personal reasons. Could you let me know how
the refund works for the modules I haven't started?

Best,
%F%""", region="en", gender="m"),

    R("neg_retirer_propos", "fr", "Ce que j'ai dit jeudi",
      """Sandra,

Je retire ce que j'ai dit jeudi sur ma sœur, j'étais en colère et ce n'était pas juste. On pourra
en reparler à la prochaine séance ?

%P%"""),

    R("neg_en_pause_sessions", "en", "Maternity leave",
      """Hi Sandra,

Happy news: baby is due soon! Could we pause my coaching sessions for a few months? I'll get back
in touch when things settle.

%P%""", region="en"),

    R("neg_export_appli_sommeil", "fr", "Données sommeil",
      """Bonjour,

Je vous ai envoyé l'export de mon application sommeil (fichier joint), comme vous me l'aviez
demandé. On voit bien que les nuits du dimanche sont les pires. On regarde ça ensemble mardi ?

%P%""", attachments=("sommeil_export_oct.csv",)),

    R("neg_consent_form_signed", "fr", "Formulaire signé",
      "Bonjour Sandra, je vous renvoie signé le formulaire de consentement pour l'enregistrement des séances. À jeudi ! %P%",
      attachments=("consentement_enregistrement_signe.pdf",)),

    R("neg_en_yes_testimonial", "en", "Re: Would you share a few words?",
      """Yes, of course you can use my testimonial, and my first name is fine too! Happy to help. 😊

%P%""", region="en", quoted="""Hi,

Would you be willing to share a few words about your experience for my website? Only your first
name would appear.

Sandra"""),

    R("neg_ok_photo_fb", "fr", "Re: Photo de groupe",
      "Oui je suis d'accord pour la photo de groupe sur Facebook, on est toutes rayonnantes dessus 😄", quote_style="apple",
      quoted="""Bonjour à toutes,

Puis-je publier la photo de groupe de samedi sur la page Facebook ? Dites-moi si l'une de vous n'est
pas d'accord.

Sandra"""),

    R("neg_newsletter_pas_recue", "fr", "Newsletter",
      "Bonjour, je me suis inscrite à la newsletter il y a trois semaines mais je ne reçois rien. Est-ce normal ? %P%"),

    R("neg_en_add_colleague_nl", "en", "Newsletter for a colleague",
      "Hi Sandra, could you add my colleague Becky (becky.hall@gmail.com) to your newsletter? She loved the workshop. Cheers, %P%", region="en"),

    R("neg_appli_supprimee", "fr", "exercices perdus",
      "bonjour jai supprimé l'appli par erreur et je retrouve plus mes exercices, comment je fais pour me reconnecter ?? merci %P%"),

    R("neg_belgian_inscription", "fr", "Inscription stage",
      """Bonjour Madame,

Je souhaiterais m'inscrire au stage de novembre. Mon GSM : 0478 11 22 33. Pouvez-vous m'envoyer le
formulaire d'inscription ?

Bien à vous,
%F%""", region="be"),

    R("neg_quebec_fuseau", "fr", "Atelier en ligne",
      "Bonjour! L'atelier en ligne de jeudi est-il accessible depuis le Canada? Avec le décalage, ça tomberait à 4h du matin chez nous… y aura-t-il un enregistrement? Merci! %P%", region="qc"),

    R("neg_acces_groupe_whatsapp", "fr", "Groupe WhatsApp",
      "Bonjour Sandra, pourriez-vous me donner l'accès au groupe WhatsApp de la promo ? Je n'ai pas reçu le lien. Merci ! %P%"),

    R("neg_acces_refuse_module", "fr", "Accès refusé module 4",
      """Bonjour,

Quand je clique sur le module 4, j'ai un message « accès refusé ». Les modules 1 à 3 marchent. Un
souci de paramétrage ?

%P%""", attachments=("capture_ecran.png",)),

    R("neg_autre_praticienne_merci", "fr", "Merci",
      """Bonjour Sandra,

Je voulais vous dire que je poursuis avec une autre praticienne, plus proche de chez moi. Merci
pour tout ce que vous m'avez apporté, je garde précieusement mes carnets.

%P%""", html=True),

    R("neg_effacer_souvenir", "fr", "Une question qui me travaille",
      """Bonjour Sandra,

Depuis la séance, je n'arrive pas à effacer de ma tête la phrase de mon père (« tu n'arriveras
jamais à rien »). Elle revient tous les soirs. Est-ce qu'il y a un exercice pour ça ?

%P%"""),

    R("neg_renvoi_replay", "fr", "replay",
      "Bonsoir, pourriez-vous me renvoyer l'accès au replay de la conférence de mardi ? Le lien a expiré. %P%"),

    R("neg_copie_notes_recue", "fr", "Re: Vos notes de séance",
      "Merci Sandra, j'ai bien reçu la copie de mes notes, c'est très clair. À bientôt !", quote_style="gmail",
      quoted="""Bonjour,

Comme convenu en séance, voici la copie des notes que nous avons prises ensemble au tableau.

Sandra"""),

    R("neg_opposer_licenciement", "fr", "séance de mardi",
      "cc sandra, je vais m'opposer au licenciement avec l'aide du syndicat, on en parle mardi ? jsuis un peu perdue. %P%"),

    R("neg_sms_decale", "fr", "demain", "cc sandra dsl jpeux pas venir demain on decale ? 😬", gender="f"),

    R("neg_questionnaire_satisfaction", "fr", "Questionnaire de satisfaction",
      "Bonjour, je vous renvoie le questionnaire de satisfaction rempli. Tout était parfait, surtout le repas du midi ! %P%",
      attachments=("questionnaire_satisfaction.pdf",)),

    R("neg_en_rearrange", "en", "Tuesday",
      """Hi Sandra,

Could we move Tuesday's call to Wednesday same time? Also, I can't access the worksheet you shared —
it says I need permission on Google Drive.

Thanks!
%P%""", region="en", html=True),

    R("neg_en_cancel_subscription", "en", "Cancel my membership",
      "Hi, please cancel my monthly membership to the online circle — money is tight right now. Thank you for everything. %P%", region="en"),

    R("neg_en_pw_reset", "en", "Password reset not working",
      """Hello,

I can't log into the course area. The reset link doesn't arrive and I've tried three times. My login
is this email address.

%P%""", region="en", gender="m"),

    R("neg_en_certificate_employer", "en", "Training certificate",
      "Hi Sandra, I need a copy of my training certificate for my employer (they reimburse the fees). Could you send it? Thanks, %P%", region="en"),

    R("neg_en_breach_question", "en", "Systeme.io breach?",
      """Hi Sandra,

I read something about a security incident at an online course platform. Was yours affected? Should
I change my password?

%P%""", region="en"),

    R("neg_forward_inscription_lien", "fr", "TR: Confirmation d'inscription – Cercle de parole",
      """Bonjour Sandra,

Je vous transfère la confirmation : je n'ai pas reçu le lien Zoom pour ce soir. Pouvez-vous me le
renvoyer ?

%P%""", quote_style="fwd", quoted_from="Floraison de Soi <noreply@systeme.io>",
      quoted_subject="Confirmation d'inscription – Cercle de parole",
      quoted="""Bonjour,

Votre inscription au Cercle de parole du jeudi est confirmée.
Le lien de connexion vous sera envoyé 1h avant le début.

Floraison de Soi"""),

    R("neg_reply_above_nl_thanks", "fr", "Re: 🌿 La lettre de Floraison de Soi",
      "Merci pour cette belle lettre Sandra, l'article sur l'art de ralentir m'a beaucoup touchée. Je m'inscris à l'atelier du 14 !",
      quoted=NL_TEXT, quoted_from=NEWSLETTER),
]

# ---------------------------------------------------------------------------
# NEGATIVES - close to requests: questions about rights, CNIL, third parties, thanks, own mail
# ---------------------------------------------------------------------------
MESSAGES += [
    R("neg_en_question_retention_own_practice", "en", "A question from a fellow coach",
      """Hi Sandra,

We met at the ICF meetup in Tours. Just curious — how long do you keep client notes after the
coaching ends? I'm setting up my own practice and want to copy good habits for GDPR.

Cheers,
%P%""", region="en"),

    R("neg_question_droit_rectif", "fr", "Question RGPD",
      """Bonjour,

Je lisais votre politique de confidentialité : concrètement, comment fonctionne le droit de
rectification ? Il faut envoyer un courrier signé ou un simple mail suffit ? Je n'ai rien à modifier
pour l'instant, c'est par curiosité (je prépare un cours de BTS sur le sujet).

Cordialement,
%F%""", gender="m"),

    R("neg_question_portabilite_en", "en", "What does 'portability' mean?",
      """Hello,

Your privacy page mentions a "right to portability". What does that actually cover in your case —
would it include the workbook answers? Not asking for anything, just trying to understand.

%P%""", region="en"),

    R("neg_cnil_copie_plainte", "fr", "Copie de ma plainte auprès de la CNIL",
      """Madame,

Pour votre information, je vous transmets la copie de la plainte que j'ai déposée ce jour auprès de
la CNIL, relative à la réception répétée de vos courriels après ma désinscription.

%F%

---
Plainte n° 25-087412 – déposée en ligne le 12/06
Organisme mis en cause : Floraison de Soi (Sandra Delomenie)
Objet : prospection par courrier électronique malgré opposition
Description : j'ai demandé à être désinscrite en mars ; j'ai encore reçu trois lettres depuis.""",
      attachments=("accuse_reception_CNIL.pdf",)),

    R("neg_en_cnil_filed", "en", "FYI - complaint filed with the CNIL",
      """Dear Ms Delomenie,

This is to let you know that I have filed a complaint with the CNIL regarding the handling of my
previous request, to which I received no reply within the legal deadline. The CNIL will contact you
directly.

Regards,
%F%""", region="en", gender="m"),

    R("neg_cnil_saisine_courrier", "fr", "Saisine de la CNIL",
      """Madame,

Faute de réponse satisfaisante, j'ai décidé de saisir la Commission nationale de l'informatique et
des libertés. Vous trouverez ci-dessous le texte de ma réclamation tel qu'il a été transmis.

« Je me suis adressée à Mme Delomenie en avril pour connaître les données qu'elle détenait sur moi.
La réponse reçue est incomplète (absence des notes de séance). »

Je considère désormais que ce dossier est entre les mains de la CNIL.

%F%"""),

    R("neg_mere_fille_majeure", "fr", "Ma fille Camille",
      """Bonjour Madame,

Ma fille Camille (28 ans) a suivi votre formation l'an dernier et elle traverse une période
difficile. Pouvez-vous me dire ce que vous avez sur elle, ce qu'elle vous a confié ? Je m'inquiète
beaucoup.

%F%""", alt=True),

    # NEAR-LINE: relative writing about a living adult (not a mandate) -> negative.
    R("neg_epouse_mari_supprimer", "fr", "Coordonnées de mon mari",
      """Bonjour,

Merci de supprimer les coordonnées de mon mari, Olivier, de votre fichier : il ne veut plus recevoir
vos lettres mais ne veut pas vous écrire lui-même. Je m'en occupe donc.

%F%""", html=True),

    R("neg_en_colleague_data", "en", "Jane's contact details",
      """Hi Sandra,

My colleague Jane attended your workshop in March. Could you send me her phone number and the notes
from her sessions? We're preparing her annual review.

Thanks,
%F%""", region="en", gender="m", html=True),

    R("neg_ami_coordonnees", "fr", "Julie",
      "Bonjour, mon amie Julie Fabre ne répond plus à mes messages depuis le stage. Auriez-vous ses nouvelles coordonnées ? Merci, %P%"),

    # NEAR-LINE: employer HR asking for an employee's attendance records = someone else's data,
    # ordinary training administration, not a representative of the data subject -> negative.
    R("neg_hr_emargement_opco", "fr", "Feuille d'émargement – dossier OPCO",
      """Bonjour Madame Delomenie,

Pour le dossier de prise en charge OPCO, pourriez-vous nous transmettre la feuille d'émargement et
l'attestation d'assiduité de notre salariée, Mme Laetitia Moreau, pour la formation « Gestion du
stress » de septembre ?

Cordialement,

Sabrina Lopes
Service RH – Transports Gaudin SAS
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.""",
      frm="Sabrina Lopes <s.lopes@transports-gaudin.fr>"),

    R("neg_en_hr_results", "en", "Evaluation results for our staff",
      """Dear Sandra,

Could you share the evaluation results and attendance of the five employees we sent to your
leadership training? We would like to include them in their annual reviews.

Kind regards,
Hannah Price
HR Business Partner – Northwind Logistics""", frm="Hannah Price <hannah.price@northwind-logistics.eu>"),

    R("neg_thanks_above_erasure", "fr", "Re: Suppression de mes données",
      "Merci beaucoup Sandra, c'est parfait ! Bonne continuation à vous 🌷\n\n%P%", quote_style="gmail",
      quoted="""Bonjour,

C'est fait : votre dossier et votre compte sur la plateforme ont été supprimés.

Belle route à vous,
Sandra

Le %Q2% à 18:02, %F% a écrit :
> Bonjour Sandra, pourriez-vous supprimer toutes mes données ? Merci"""),

    R("neg_en_thanks_above_access", "en", "Re: Copy of my data",
      "Got it, thanks a lot! All looks fine.\n\n%P%", region="en",
      quoted="""Hello,

As requested, please find attached a copy of all the data I hold about you.

Sandra

On %Q2% at 10:14, %F% wrote:
> Hi Sandra, could you send me a copy of all the personal data you hold on me? Thanks"""),

    R("neg_thanks_above_desinscription", "fr", "RE: Votre désinscription",
      "Parfait, merci pour la rapidité !", quote_style="outlook",
      quoted="""Bonjour,

Je vous confirme votre désinscription de la lettre d'information. Vous ne recevrez plus de mails de
ma part.

Sandra Delomenie

-----Message d'origine-----
Objet : désinscription
Merci de me retirer de votre newsletter."""),

    R("neg_thanks_rectif_done_en", "en", "Re: New address",
      "Perfect, thank you!", quote_style="apple", region="en",
      quoted="""Done — your records now show your new address in Bristol.

Sandra

> On %Q2S%, at 09:40, %F% wrote:
>
> Please update my postal address to 21 Marlborough Road, Bristol."""),

    R("own_confirm_suppression", "fr", "Confirmation : suppression de vos données",
      """Bonjour Madame Leroux,

Suite à votre demande du %Q2S%, je vous confirme que l'ensemble des données vous concernant a été
effacé de mes fichiers, de la plateforme Systeme.io et de mon espace Google Drive. Seules les
factures sont conservées, conformément à mes obligations comptables (10 ans).

Bien cordialement,
Sandra Delomenie
Floraison de Soi – 46 rue d'Estienne d'Orves – 36100 Issoudun""",
      frm=SANDRA, to="Nadège Leroux <nadege.leroux@gmail.com>"),

    R("own_newsletter_sent", "fr", "🌿 La lettre de Floraison de Soi – édition d'hiver", NL_TEXT,
      frm=NEWSLETTER, to="Floraison de Soi <sandra.delomenie@orange.fr>", alt=True,
      headers=(("List-Unsubscribe", "<https://floraisondesoi.systeme.io/unsubscribe>"), ("Precedence", "bulk"))),

    R("own_reply_above_request", "fr", "Re: Mes données",
      """Bonjour Madame Roussel,

J'ai bien reçu votre demande d'accès. Afin de m'assurer de votre identité, pourriez-vous me faire
parvenir une copie d'une pièce d'identité ? Je vous répondrai dans un délai d'un mois.

Bien cordialement,
Sandra Delomenie""", frm=SANDRA, to="Isabelle Roussel <isa.roussel@free.fr>",
      quoted_from="Isabelle Roussel <isa.roussel@free.fr>",
      quoted="""Bonjour, je souhaiterais obtenir une copie de toutes les données que vous avez sur moi.
Isabelle Roussel"""),

    R("own_en_export_sent", "en", "Your data export",
      """Hello Tom,

As requested, please find attached your course data in CSV format (progress, quiz answers and
notes). Let me know if your new platform needs anything else.

Best wishes,
Sandra""", frm=SANDRA, to="Tom Fletcher <tom.fletcher@gmail.com>", attachments=("export_tom_fletcher.csv",)),

    R("own_to_accountant", "fr", "Factures du trimestre",
      """Bonjour Patrick,

Voici les factures du troisième trimestre et l'export Stripe. Il manque celle de Mme Girard, que je
dois corriger (erreur d'adresse), je te l'envoie demain.

Bonne journée,
Sandra""", frm=SANDRA, to="Patrick Meunier <p.meunier@cabinet-meunier-expertise.fr>",
      attachments=("factures_T3.zip", "stripe_export_T3.csv")),

    R("own_reminder_atelier", "fr", "Rappel : atelier samedi 9h30",
      """Bonjour à toutes et à tous,

Petit rappel : l'atelier « Retrouver son élan » a lieu samedi à 9h30, salle des Capucins.
Pensez à apporter un coussin et une tenue confortable.

Si vous ne pouvez plus venir, merci de me prévenir pour que je puisse libérer votre place.

Sandra""", frm=SANDRA, to="Sandra Delomenie <sandra.delomenie@orange.fr>"),

    R("accountant_export_stripe", "fr", "Export des ventes",
      """Bonjour Sandra,

Pourriez-vous m'envoyer l'export des ventes Stripe et PayPal de l'année, ainsi que la copie des
relevés Qonto de novembre ? Il me faut tout avant le 15 pour la déclaration 2035.

Cordialement,
Patrick Meunier
Cabinet Meunier Expertise Comptable""", frm="Patrick Meunier <p.meunier@cabinet-meunier-expertise.fr>", gender="m"),

    R("webmaster_rgpd_page", "fr", "Bannière cookies + page RGPD",
      """Salut Sandra,

J'ai mis à jour la bannière cookies (consentement Google Analytics) et la page « Politique de
confidentialité » avec le nouveau paragraphe sur les droits (accès, rectification, effacement…).
Tu peux vérifier que ça te va ? Il faudrait aussi retirer l'ancienne adresse du cabinet du pied de
page.

Bises,
Yann""", frm="Yann Le Goff <yann@lgweb-studio.fr>", gender="m"),

    R("colleague_coach_registre", "fr", "RGPD - besoin de ton avis",
      """Coucou Sandra,

Question de collègue : tu fais comment pour le registre RGPD ? J'ai une cliente qui me demande une
copie de ses données et je ne sais pas par où commencer (notes papier, Drive, Calendly…). Tu as
un modèle de réponse ?

Merci ma belle,
Véronique""", frm="Véronique Aubert <veronique.aubert.sophro@gmail.com>"),

    R("cofacilitatrice_rectificatif", "fr", "Rectificatif horaires",
      """Sandra,

Rectificatif : l'atelier commence à 14h et non 15h, j'ai corrigé l'affiche. Il faudrait modifier
l'événement sur Systeme.io aussi.

Bises, Mélanie""", frm="Mélanie Caron <melanie.caron.art@gmail.com>"),

    R("imprimeur_bat", "fr", "Votre commande de cartes de visite – BAT à valider",
      """Bonjour,

Vous trouverez ci-joint le BAT de vos cartes de visite. Merci de nous indiquer si vous souhaitez
modifier ou corriger un élément (téléphone, adresse, logo) avant impression.

L'équipe ImprimExpress""", frm="ImprimExpress <commandes@imprimexpress.fr>", attachments=("BAT_cartes_visite.pdf",)),

    R("en_student_thesis_survey", "en", "Research survey: GDPR practices of solo practitioners",
      """Dear Ms Delomenie,

I am a master's student at the University of Tours researching how solo practitioners handle GDPR
requests (access, erasure, objection). Would you be willing to answer a 10-minute anonymous
questionnaire? Your answers will be deleted after the study.

Thank you,
%F%""", region="en"),

    R("lawyer_sci_loyer", "fr", "SCI du Guerriau – loyers du local",
      """Madame,

En ma qualité de conseil de la SCI du Guerriau, je vous rappelle que les loyers de juillet et août
du local professionnel sis 46 rue d'Estienne d'Orves restent impayés. Je vous invite à régulariser
la situation sous huitaine.

Maître Alain Deschamps""", frm="Alain Deschamps <a.deschamps@avocats-berry.fr>", gender="m"),
]

# ---------------------------------------------------------------------------
# NEGATIVES - auto-replies and bounces
# ---------------------------------------------------------------------------
AUTO = (("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))
MESSAGES += [
    R("auto_fr_absente", "fr", "Réponse automatique : 🌿 La lettre de Floraison de Soi",
      """Bonjour,

Je suis absente du cabinet jusqu'à la fin de la semaine prochaine, avec un accès limité à mes mails. Pour toute
demande urgente, merci de contacter le secrétariat au 02 54 00 12 12.

Bien cordialement,
%F%""", headers=AUTO),

    R("auto_en_ooo", "en", "Automatic reply: 🌿 La lettre de Floraison de Soi",
      """Thank you for your email. I'm out of the office until Monday with limited access to email.
If your request is urgent, please contact my colleague at office@brightpath.co.uk.

Fiona Grant
Brightpath Consulting""", headers=AUTO, frm="Fiona Grant <fiona.grant@brightpath.co.uk>"),

    R("auto_rgpd_company", "fr", "Accusé de réception automatique",
      """Bonjour,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au Règlement Général sur la Protection des Données, vous disposez d'un droit d'accès,
de rectification, d'effacement et d'opposition aux données vous concernant, que vous pouvez exercer
auprès de dpo@mutuelle-centre.fr.

Mutuelle du Centre – Service adhérents""", frm="Mutuelle du Centre <ne-pas-repondre@mutuelle-centre.fr>",
      headers=(("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply"))),

    # NEAR-LINE: gives a new address, but it is an automated notice (Auto-Submitted), not a request to
    # her -> negative under the auto-reply rule.
    R("auto_en_changed_address", "en", "Auto: my email address has changed",
      """This mailbox is no longer monitored. My new address is k.osullivan@protonmail.com — please update
your contacts. This is an automated message.""",
      frm="Kate O'Sullivan <kate.osullivan@eircom.net>", headers=AUTO),

    R("auto_fr_conge_mat", "fr", "Absence – congé maternité",
      """Bonjour,

Je suis actuellement en congé maternité. Votre message ne sera pas transféré. Pour les questions
RH, merci d'écrire à rh@axeo-conseil.fr.

Julie Marchal""", headers=AUTO, frm="Julie Marchal <julie.marchal@axeo-conseil.fr>"),

    R("bounce_orange", "fr", "Undelivered Mail Returned to Sender",
      """This is the mail system at host smtp-out.orange.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<claire.brunel36@wanadoo.fr>: host mx.wanadoo.fr[80.12.24.81] said:
    550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.
    (in reply to RCPT TO command)""", kind="bounce",
      frm="MAILER-DAEMON@orange.fr (Mail Delivery System)",
      headers=(("X-Bounce-Recipient", "claire.brunel36@wanadoo.fr"), ("X-Orig-Subject", "🌿 La lettre de Floraison de Soi"))),

    R("bounce_gmail", "en", "Delivery Status Notification (Failure)",
      """** Address not found **

Your message wasn't delivered to marc.dupuis1978@gmail.com because the address couldn't be found, or
is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""", kind="bounce",
      frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      headers=(("X-Bounce-Recipient", "marc.dupuis1978@gmail.com"), ("X-Orig-Subject", "Re: Suppression de vos données"))),

    R("bounce_mailbox_full", "fr", "Non remis : Votre facture FDS-2025-131",
      """Votre message n'a pas pu être remis au destinataire suivant :

helene.morin@laposte.net
Boîte aux lettres pleine (552 5.2.2 mailbox full). Le message sera supprimé.""", kind="bounce",
      frm="Postmaster <postmaster@laposte.net>",
      headers=(("X-Bounce-Recipient", "helene.morin@laposte.net"), ("X-Orig-Subject", "Votre facture FDS-2025-131"))),
]

# ---------------------------------------------------------------------------
# NEGATIVES - notifications from her service providers and other newsletters
# ---------------------------------------------------------------------------
BULK = (("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"))
MESSAGES += [
    R("stripe_payout", "en", "Your payout of €450.00 is on its way",
      """Hi Floraison de Soi,

A payout of €450.00 EUR has been initiated and should arrive in your bank account (Qonto ••••4821)
by Thursday.

View payout details in your Dashboard: https://dashboard.stripe.com/payouts

— The Stripe team

You're receiving this email because of your Stripe account settings. Manage your email preferences.""",
      frm="Stripe <notifications@stripe.com>", alt=True,
      headers=(("List-Unsubscribe", "<https://dashboard.stripe.com/settings/user>"),) + BULK),

    R("stripe_dispute", "en", "A payment has been disputed",
      """A customer has disputed a €120.00 payment from Floraison de Soi.

Reason: product not received. Respond by providing evidence before the deadline, or accept the
dispute. You can upload a copy of the invoice and any correspondence.

Review dispute: https://dashboard.stripe.com/disputes""",
      frm="Stripe <notifications@stripe.com>", alt=True, headers=BULK),

    R("stripe_privacy_update", "en", "Updates to the Stripe Privacy Policy",
      """Hello,

We're writing to let you know that we're updating our Privacy Policy and Data Processing Agreement,
effective next month. The updates clarify how we process personal data on your behalf as a data
processor, how data subjects can exercise their rights of access, rectification and erasure, and
our international transfer mechanisms.

No action is required on your part. If you continue using Stripe after the effective date, you agree
to the updated terms.

The Stripe team""", frm="Stripe <noreply@stripe.com>", alt=True,
      headers=(("List-Unsubscribe", "<mailto:unsubscribe@stripe.com>"),) + BULK),

    R("systemeio_nouvelle_vente", "fr", "Nouvelle vente : Programme « Oser sa place »",
      """Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Programme « Oser sa place » (paiement en 3 fois)
Montant : 165,00 €
Contact : %F%

Accéder à votre tableau de bord : https://systeme.io/dashboard

L'équipe Systeme.io""", frm="Systeme.io <no-reply@systeme.io>", alt=True, headers=BULK),

    R("systemeio_desinscription_contact", "fr", "Un contact s'est désinscrit de votre liste",
      """Bonjour Sandra,

Le contact %p%.%n%@gmail.com s'est désinscrit de votre liste « Newsletter Floraison ».
Il ne recevra plus vos campagnes. Vous pouvez consulter l'historique dans l'onglet Contacts.

L'équipe Systeme.io

Pour ne plus recevoir ces notifications, modifiez vos préférences dans Paramètres > Notifications.""",
      frm="Systeme.io <no-reply@systeme.io>", alt=True, headers=BULK),

    R("systemeio_export_pret", "fr", "Votre export de contacts est prêt",
      """Bonjour,

L'export de vos contacts (1 284 lignes, format CSV) que vous avez demandé est prêt.
Télécharger : https://systeme.io/exports/contacts-8812.csv (lien valable 48 h)

L'équipe Systeme.io""", frm="Systeme.io <no-reply@systeme.io>", alt=True, headers=BULK),

    R("systemeio_dpa_update", "fr", "Mise à jour de nos conditions et de notre politique RGPD",
      """Bonjour,

Nous mettons à jour nos Conditions Générales d'Utilisation ainsi que notre accord de traitement des
données (DPA), afin de mieux refléter nos engagements au titre du RGPD : sous-traitants ultérieurs,
localisation des données, gestion des demandes d'accès et de suppression de vos contacts.

Ces modifications entreront en vigueur le 1er du mois prochain. Vous n'avez rien à faire.

Se désinscrire des communications produit : https://systeme.io/unsubscribe

L'équipe Systeme.io""", frm="Systeme.io <news@systeme.io>", alt=True,
      headers=(("List-Unsubscribe", "<https://systeme.io/unsubscribe>"),) + BULK),

    R("google_drive_storage", "fr", "Votre espace de stockage Google est presque plein",
      """Vous avez utilisé 90 % de vos 15 Go d'espace de stockage.

Lorsque l'espace sera saturé, vous ne pourrez plus importer de fichiers dans Google Drive ni
envoyer ou recevoir d'e-mails dans Gmail. Libérez de l'espace en supprimant des fichiers ou passez à
Google One.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
      frm="Google <no-reply@accounts.google.com>", alt=True, headers=BULK),

    R("google_drive_share", "fr", "Dossier partagé avec vous : « Bilans 2025 »",
      """Mélanie Caron a partagé un dossier avec vous

« Bilans 2025 »
Mélanie Caron (melanie.caron.art@gmail.com) vous a invité(e) à modifier ce dossier.

Ouvrir : https://drive.google.com/drive/folders/1AbCdEf

Google Drive : dossiers et fichiers partagés""", frm="Mélanie Caron (via Google Drive) <drive-shares-dm-noreply@google.com>",
      alt=True, headers=BULK),

    R("google_security_alert", "fr", "Alerte de sécurité",
      """Nouvelle connexion sur Mac

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. S'il s'agit de
vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications""",
      frm="Google <no-reply@accounts.google.com>", alt=True, headers=BULK),

    R("google_takeout_ready", "en", "Your Google data is ready to download",
      """Your Google data is ready

The archive of your Google data you requested on %Q2S% is ready to download. It includes: Drive,
Mail, Calendar. This archive will be available for 7 days.

Download your files: https://takeout.google.com/manage

Google Takeout""", frm="Google Takeout <noreply@google.com>", alt=True, headers=BULK),

    R("google_workspace_privacy", "en", "Changes to Google's Privacy Policy",
      """Hello,

We're updating our Privacy Policy to make it easier to understand what information we collect, why
we collect it, and how you can update, manage, export and delete your information.

These changes take effect on the 15th. You don't need to take any action.

© Google LLC""", frm="Google <privacy-noreply@google.com>", alt=True, headers=BULK),

    R("calendly_new_event", "en", "New Event: %F% - 30 Minute Discovery Call",
      """Hi Sandra,

A new event has been scheduled.

Event Type: 30 Minute Discovery Call
Invitee: %F%
Invitee Email: %p%.%n%@gmail.com
Event Date/Time: 10:00am - Thursday (Central European Time)
Questions: What would you like to work on? "Confidence at work, and learning to say no."

View event in Calendly""", frm="Calendly <notifications@calendly.com>", alt=True, headers=BULK),

    R("calendly_canceled", "en", "Canceled: %F% and Sandra Delomenie",
      """Hi Sandra,

The event below has been canceled.

Event Type: Séance individuelle (60 min)
Invitee: %F%
Cancellation reason: "Need to delete this slot, will rebook next month"

Calendly""", frm="Calendly <notifications@calendly.com>", alt=True, headers=BULK),

    R("zoom_recording", "en", "Cloud Recording - Cercle de parole is now available",
      """Hi Sandra,

Your cloud recording is now available.

Topic: Cercle de parole
Date: Thursday 7:00 PM Paris

Share recording with viewers: https://us06web.zoom.us/rec/share/abc123
Recordings are deleted automatically after 30 days under your account settings.

Thank you for choosing Zoom.""", frm="Zoom <no-reply@zoom.us>", alt=True, headers=BULK),

    R("zoom_privacy_statement", "en", "We've updated our Privacy Statement",
      """Dear Zoom user,

We have updated our Privacy Statement to provide more clarity about the personal data we collect,
how we use it, and the choices and rights you have, including access, correction and deletion.

Read the updated statement: https://zoom.us/privacy

Unsubscribe from Zoom marketing emails.""", frm="Zoom <marketing@zoom.us>", alt=True,
      headers=(("List-Unsubscribe", "<https://zoom.us/unsubscribe>"),) + BULK),

    R("qonto_releve", "fr", "Votre relevé de compte mensuel est disponible",
      """Bonjour Sandra,

Votre relevé de compte mensuel est disponible dans votre espace Qonto. Vous pouvez également
l'exporter au format CSV ou PDF pour votre comptable.

L'équipe Qonto""", frm="Qonto <notifications@qonto.com>", alt=True, headers=BULK),

    R("urssaf_declaration", "fr", "Votre déclaration de chiffre d'affaires est à effectuer",
      """Madame,

Votre déclaration de chiffre d'affaires mensuelle est à effectuer avant la fin du mois sur
autoentrepreneur.urssaf.fr. Pensez à vérifier et, si besoin, modifier vos informations
personnelles dans votre espace.

Votre Urssaf""", frm="Urssaf <ne-pas-repondre@urssaf.fr>", alt=True, headers=BULK),

    R("paypal_paiement_recu", "fr", "Vous avez reçu un paiement",
      """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 60,00 EUR de %F%.
Note : « séance du 12 + supplément carnet »

Consulter les détails de la transaction dans votre compte PayPal.""",
      frm="service@paypal.fr", alt=True, headers=BULK),

    R("meta_conditions", "fr", "Mise à jour de nos Conditions et de notre Politique de confidentialité",
      """Bonjour Floraison de Soi,

Nous mettons à jour nos Conditions de service et notre Politique de confidentialité. Vous pouvez
consulter vos informations, les télécharger ou supprimer votre compte à tout moment depuis l'Espace
comptes.

Meta Platforms Ireland Ltd.""", frm="Facebook <notification@facebookmail.com>", alt=True,
      headers=(("List-Unsubscribe", "<https://www.facebook.com/o.php?k=unsub>"),) + BULK),

    R("ga_report", "en", "Your monthly Google Analytics report",
      """Floraison de Soi – floraisondesoi.fr

Users: 1,204 (+8%)
Top page: /ateliers
Consent mode: 61% of users accepted analytics cookies.

Manage email preferences""", frm="Google Analytics <analytics-noreply@google.com>", alt=True,
      headers=(("List-Unsubscribe", "<https://analytics.google.com/unsub>"),) + BULK),

    R("other_coach_newsletter", "fr", "🌙 Rituels de pleine lune – la lettre d'Éloïse",
      """Bonjour à toi,

Ce mois-ci, je t'invite à effacer ce qui ne te sert plus : écris sur un papier ce que tu veux
retirer de ta vie, et brûle-le en conscience.

Prochain cercle de femmes : le 21, en ligne.

Avec douceur,
Éloïse – Chemins de Lune

Tu reçois cet e-mail car tu t'es inscrite sur cheminsdelune.fr. Se désinscrire en un clic.""",
      frm="Éloïse – Chemins de Lune <eloise@cheminsdelune.fr>", alt=True,
      headers=(("List-Unsubscribe", "<https://cheminsdelune.fr/desinscription?u=8812>"), ("List-Id", "<lettre.cheminsdelune.fr>"), ("Precedence", "bulk"))),

    R("cnil_newsletter", "fr", "La lettre d'information de la CNIL",
      """La lettre de la CNIL

• Droit d'accès : la CNIL publie une nouvelle fiche pratique pour les professionnels
• Prospection commerciale : rappel des règles sur le consentement et le droit d'opposition
• Sanction : un organisme de formation sanctionné pour conservation excessive des données

Se désabonner de la lettre d'information""", frm="CNIL <lettre@cnil.fr>", alt=True,
      headers=(("List-Unsubscribe", "<https://www.cnil.fr/fr/desinscription>"), ("Precedence", "bulk"))),

    R("cci_atelier_rgpd", "fr", "Atelier RGPD pour les TPE – jeudi 9h",
      """Madame, Monsieur,

La CCI de l'Indre organise un atelier « RGPD : répondre aux demandes d'accès et d'effacement de vos
clients » à destination des TPE et indépendants. Inscription gratuite mais obligatoire.

Pour ne plus recevoir nos informations, cliquez ici.""", frm="CCI Indre <evenements@indre.cci.fr>", alt=True,
      headers=(("List-Unsubscribe", "<https://www.indre.cci.fr/unsub>"), ("Precedence", "bulk"))),

    R("brevo_campaign_report", "fr", "Rapport de campagne : 3 désinscriptions",
      """Votre campagne « Retraite de printemps » a été envoyée à 812 contacts.

Ouvertures : 41 %
Clics : 6 %
Désinscriptions : 3
Plaintes pour spam : 0

Brevo""", frm="Brevo <rapports@brevo.com>", alt=True, headers=BULK),

    R("en_unsub_confirmation_other_site", "en", "You've been unsubscribed",
      """You have been unsubscribed from the Mindful Business Weekly list and will no longer receive
emails from us. If this was a mistake, you can resubscribe here.""",
      frm="Mindful Business Weekly <hello@mindfulbusinessweekly.com>", headers=BULK),
]

# ---------------------------------------------------------------------------
# NEGATIVES - other organisations' DPOs, spam, phishing
# ---------------------------------------------------------------------------
MESSAGES += [
    R("dpo_reponse_sa_demande", "fr", "Réponse à votre demande d'accès – Réf. DPO-2025-1187",
      """Madame,

Vous avez exercé auprès de notre organisme votre droit d'accès le %Q2S%. Vous trouverez
ci-joint l'ensemble des données vous concernant, ainsi que la liste des destinataires.

Nous vous rappelons que vous pouvez également exercer vos droits de rectification et d'effacement
en écrivant à dpo@formapro-centre.fr.

Le Délégué à la protection des données
FormaPro Centre""", frm="DPO FormaPro Centre <dpo@formapro-centre.fr>", attachments=("donnees_S_Delomenie.pdf",)),

    R("dpo_violation_prestataire", "fr", "Fwd: Information : incident de sécurité chez l'un de nos sous-traitants",
      """Coucou Sandra,

Je te transfère ça pour info : c'est le magasin où on a acheté les carnets pour l'atelier. Tu avais un
compte chez eux aussi je crois, pense à changer ton mot de passe !

Bises,
Mélanie

Envoyé de mon iPhone""", frm="Mélanie Caron <melanie.caron.art@gmail.com>", quote_style="apple_fwd",
      quoted_from="DPO Bureau Vallee <dpo@bureauvallee.fr>",
      quoted_subject="Information : incident de sécurité chez l'un de nos sous-traitants",
      quoted="""Madame,

Nous vous informons qu'un incident de sécurité a affecté l'un de nos sous-traitants d'hébergement.
Les données concernées (nom, adresse e-mail, historique de commandes) ont pu être consultées par
un tiers. Aucune donnée bancaire n'est concernée. Nous vous recommandons de modifier votre mot de
passe.

Le Délégué à la protection des données
Bureau Vallée Issoudun"""),

    R("dpo_en_partner_dpa", "en", "Data Processing Agreement – please sign",
      """Dear Ms Delomenie,

As you will be delivering the wellbeing workshops for our staff, our DPO asks that you sign the
attached Data Processing Agreement, which sets out how you will handle personal data of our
employees (access, retention, erasure at the end of the contract).

Kind regards,
Data Protection Office – Northwind Logistics Europe""", frm="Northwind DPO <privacy@northwind-logistics.eu>",
      attachments=("DPA_Northwind_Floraison.pdf",)),

    R("dpo_en_ovh_notice", "en", "Important information about your personal data",
      """Dear customer,

As part of our commitment to transparency, we are informing you of changes to our list of
sub-processors. You may object to these changes within 30 days by contacting our DPO.

OVHcloud – Data Protection Officer""", frm="OVHcloud <dpo@ovhcloud.com>", alt=True, headers=BULK),

    R("spam_conformite_rgpd", "fr", "URGENT : Mise en conformité RGPD obligatoire – Floraison de Soi",
      """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise n'a pas encore effectué sa mise en conformité au
Règlement Général sur la Protection des Données (RGPD). Les sanctions peuvent atteindre 20 millions
d'euros ou 4 % du chiffre d'affaires.

Pour régulariser votre situation, complétez le formulaire sous 72 heures :
http://conformite-rgpd-obligatoire.info/formulaire

Service de mise en conformité des TPE
Pour ne plus recevoir nos messages, répondez STOP.""", frm="Service Conformité <contact@conformite-rgpd-obligatoire.info>",
      headers=(("Precedence", "bulk"),)),

    R("phishing_orange_suppression", "fr", "Votre messagerie sera supprimée sous 24h",
      """Cher(e) client(e) Orange,

Votre boîte de messagerie a atteint sa limite et sera supprimée sous 24 heures. Pour conserver
l'accès à vos e-mails, veuillez confirmer vos données personnelles et votre mot de passe :

https://orange-messagerie-verification.com/login

L'équipe Orange""", frm="Orange Service <securite@orange-messagerie-verification.com>"),

    R("phishing_urssaf_remboursement", "fr", "Remboursement URSSAF en attente",
      """Bonjour,

Suite au recalcul de vos cotisations, un remboursement de 387,20 € est en attente. Pour le recevoir,
mettez à jour vos informations bancaires avant le 30 :

http://urssaf-remboursements.fr-espace.net

URSSAF""", frm="URSSAF <info@urssaf-remboursements.fr-espace.net>"),

    R("phishing_en_stripe_suspended", "en", "Action required: your Stripe account has been suspended",
      """Dear merchant,

We noticed unusual activity and your account has been temporarily suspended. To restore access,
verify your information within 48 hours:

https://stripe-verification-center.com/restore

Stripe Security Team""", frm="Stripe Support <support@stripe-verification-center.com>"),

    R("phishing_en_docusign_gdpr", "en", "DocuSign: GDPR compliance document awaiting your signature",
      """You have received a document to review and sign.

Document: GDPR_Compliance_Update_2025.pdf
Sender: Compliance Department

REVIEW DOCUMENT

Do not share this email. DocuSign Electronic Signature Service.""",
      frm="DocuSign <dse@docusign-secure-review.net>"),

    R("spam_en_seo", "en", "Rank #1 on Google for 'coach Issoudun'",
      """Hi there,

I was checking floraisondesoi.fr and noticed it's not ranking for important keywords. We can get you
to page 1 in 30 days. Reply YES for a free audit.

If you'd rather not hear from me, just reply "remove".""", frm="Rahul SEO Expert <rahul.seo.expert@outreachmail.biz>"),

    R("spam_fichier_prospects", "fr", "Fichier de 50 000 contacts bien-être – conforme RGPD",
      """Bonjour,

Développez votre activité avec notre fichier de 50 000 contacts qualifiés (intérêt : bien-être,
développement personnel). Export CSV, données conformes RGPD, opt-in vérifié.

Offre spéciale : 290 € HT.

Pour ne plus recevoir nos offres, cliquez ici.""", frm="DataLeads <offres@dataleads-pro.fr>",
      headers=(("List-Unsubscribe", "<mailto:unsub@dataleads-pro.fr>"), ("Precedence", "bulk"))),

    R("phishing_en_mailbox_quota", "en", "Mailbox quota exceeded – verify your account",
      """Your mailbox sandra.delomenie@orange.fr has exceeded its storage quota. Incoming messages will be
deleted. Click below to verify your account and keep access.

VERIFY NOW""", frm="Mail Admin <admin@mailbox-quota-center.com>", html=False),
]
