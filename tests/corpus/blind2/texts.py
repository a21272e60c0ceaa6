"""Texts of the third, blind recognition corpus (blind2). See README.md for the policy.

Each :class:`Msg` becomes one .eml file (see make_blind2.py). ``rights`` empty = not a request.
Written without reading the tuning corpus, the held-out corpus, hard_phrasings.py or the lexicons.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OWN = "sandra.delomenie@orange.fr"


@dataclass(frozen=True)
class Msg:
    key: str
    rights: tuple[str, ...]
    subject: str
    body: str
    sender: str = "Client <client@example.fr>"
    kind: str = "plain"  # plain | html | subject_only
    quoted: str = ""  # quoted history appended under the new text
    quote_style: str = "fr"  # fr | en | outlook
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    content_type: str = ""  # e.g. multipart/report for bounces


MESSAGES: list[Msg] = []


def P(key: str, rights: str, subject: str, body: str, **kw: object) -> None:
    MESSAGES.append(Msg(key, tuple(rights.split()), subject, body, **kw))  # type: ignore[arg-type]


def N(key: str, subject: str, body: str, **kw: object) -> None:
    MESSAGES.append(Msg(key, (), subject, body, **kw))  # type: ignore[arg-type]


SANDRA_QUOTE_FR = """Bonjour,

Merci pour votre participation à l'atelier « Respirer en conscience » de samedi.
Vous trouverez ci-joint le support et l'enregistrement de la méditation.

Belle semaine,
Sandra
Floraison de Soi"""

NEWSLETTER_QUOTE = """La lettre de Floraison de Soi - avril
Ce mois-ci : trois rituels du matin pour accueillir le printemps, et les dates
des prochains cercles de parole.
Pour ne plus recevoir cette lettre, répondez simplement à ce message."""

# ---------------------------------------------------------------------------------------------
# Positives: very short one-liners
# ---------------------------------------------------------------------------------------------
P("short-fr-erasure-supprimez-moi", "erasure", "", "Supprimez-moi.", sender="Léa M. <lea.m@gmail.com>")
P("short-fr-access-art15", "access", "RGPD art. 15 svp", "RGPD art. 15 svp", sender="<j.brunet@free.fr>")
P("short-fr-erasure-effacez-tout", "erasure", "données", "Effacez tout ce que vous avez sur moi. Merci.",
  sender="Marc <marc.ollivier@laposte.net>")
P("short-fr-objection-stop-mails", "objection", "stop", "stop les mails svp",
  sender="<nanou.g@hotmail.fr>")
P("short-en-erasure-delete-my-data", "erasure", "", "pls delete my data, thx", sender="<k.owens@yahoo.co.uk>")
P("short-en-portability-art20", "portability", "GDPR Art. 20",
  "Art. 20 GDPR: please send my data in a machine-readable format. Thanks, Tom", sender="Tom Reyes <tom.reyes@proton.me>")
P("short-fr-access-copie", "access", "", "Bonjour, une copie de mes données svp. Cordialement, Ph. Garnier",
  sender="Philippe Garnier <ph.garnier@wanadoo.fr>")
P("short-fr-erasure-art17", "erasure", "Art. 17", "Article 17 du RGPD : effacement. Merci de confirmer.",
  sender="<a.chauvin@orange.fr>")
P("short-en-access-sar", "access", "SAR", "This is a subject access request. Regards, Priya Nair",
  sender="Priya Nair <priya.nair@outlook.com>")
P("short-fr-objection-desinscrivez", "objection", "newsletter", "Désinscrivez-moi svp",
  sender="<claire.b29@gmail.com>")
P("short-en-objection-unsubscribe", "objection", "unsubscribe", "Unsubscribe", sender="<d.hall@gmail.com>")
P("short-fr-rectif-nom", "rectification", "Erreur de nom",
  "Mon nom c'est Lefebvre pas Lefèvre, merci de corriger dans votre fichier.",
  sender="Agnès Lefebvre <agnes.lefebvre@sfr.fr>")
P("short-fr-withdraw-photo", "withdraw_consent", "photo",
  "Retirez la photo où j'apparais sur votre site svp, je ne suis plus d'accord.",
  sender="<juliette.r@icloud.com>")
P("short-en-erasure-forget-me", "erasure", "Forget me", "Right to be forgotten. Please forget me.",
  sender="<sam.w@fastmail.com>")
P("short-fr-restriction-gel", "restriction", "Limitation",
  "Je demande la limitation du traitement de mes données (art. 18). Merci.",
  sender="<f.mercier@gmail.com>")

# ---------------------------------------------------------------------------------------------
# Positives: subject only, empty body
# ---------------------------------------------------------------------------------------------
P("subj-fr-erasure", "erasure", "Demande de suppression de mes données personnelles", "",
  sender="Nathalie Roux <nath.roux@gmail.com>", kind="subject_only")
P("subj-fr-access", "access", "Exercice du droit d'accès (RGPD)", "",
  sender="<bernard.pic@orange.fr>", kind="subject_only")
P("subj-en-objection", "objection", "Please take me off your mailing list", "",
  sender="<emma.k@gmail.com>", kind="subject_only")
P("subj-en-erasure", "erasure", "Request to delete my personal information", "",
  sender="<lucas.b@hotmail.com>", kind="subject_only")
P("subj-fr-rectif", "rectification", "Correction de mon adresse postale dans vos fichiers", "",
  sender="<m.dupuis@free.fr>", kind="subject_only")
P("subj-fr-portab", "portability", "Portabilité de mes données - export CSV", "",
  sender="<ines.t@gmail.com>", kind="subject_only")
P("subj-fr-objection-desabo", "objection", "Désabonnement newsletter", "",
  sender="<paulette.vigne@laposte.net>", kind="subject_only")

# ---------------------------------------------------------------------------------------------
# Positives: HTML-only mail
# ---------------------------------------------------------------------------------------------
P("html-fr-access-erasure", "access erasure", "Mes données",
  "<html><body><p>Bonjour Madame,</p><p>Conformément au <b>RGPD</b>, je vous prie de bien vouloir "
  "m'adresser une copie de l'ensemble des données me concernant, puis de les <b>effacer</b> "
  "définitivement de vos fichiers.</p><p>Bien à vous,<br>Hélène Caradec</p></body></html>",
  sender="Hélène Caradec <helene.caradec@gmail.com>", kind="html")
P("html-en-objection", "objection", "Marketing emails",
  "<div dir='ltr'><div>Hi Sandra,</div><div><br></div><div>I object to receiving any further "
  "marketing or promotional emails from you. Please stop.</div><div><br></div><div>Best,</div>"
  "<div>Oliver</div></div>", sender="Oliver Grant <o.grant@gmail.com>", kind="html")
P("html-fr-portab", "portability", "Transfert de mon dossier",
  "<html><body><div style='font-family:Arial'>Bonjour,<br><br>Je change d'accompagnante. Pourriez-vous "
  "me transmettre mes données (fiche, bilans, questionnaires) dans un format structuré et lisible "
  "par machine, afin que je puisse les transmettre à ma nouvelle coach ?<br><br>Merci,<br>Capucine"
  "</div></body></html>", sender="Capucine Arnaud <capucine.arnaud@gmail.com>", kind="html")
P("html-fr-withdraw-testimonial", "withdraw_consent", "Mon témoignage",
  "<html><body><table><tr><td><p>Bonjour Sandra,</p><p>Je retire mon consentement à la publication "
  "de mon témoignage sur votre page « Ils en parlent ». Merci de le retirer.</p><p>Amitiés, Odile</p>"
  "</td></tr></table></body></html>", sender="Odile Ferrand <odile.ferrand@orange.fr>", kind="html")
P("html-en-erasure-account", "erasure", "Account deletion",
  "<p>Hello,</p><p>Could you please delete my account and all the information you hold about me?</p>"
  "<p>Thank you,<br/>Grace</p>", sender="Grace Liu <grace.liu@gmail.com>", kind="html")

# ---------------------------------------------------------------------------------------------
# Positives: reply above quoted history
# ---------------------------------------------------------------------------------------------
P("reply-fr-erasure-above-quote", "erasure", "Re: Merci pour samedi",
  "Merci Sandra. Par contre je ne reviendrai pas, je préfère que vous effaciez mes données de votre "
  "fichier.\n\nValérie", sender="Valérie Morin <valerie.morin@gmail.com>", quoted=SANDRA_QUOTE_FR)
P("reply-en-objection-above-newsletter", "objection", "Re: La lettre de Floraison de Soi - avril",
  "Please remove me from this list, I don't read French well enough. Thanks!",
  sender="Anna Becker <anna.becker@web.de>", quoted=NEWSLETTER_QUOTE, quote_style="en")
P("reply-fr-access-outlook", "access", "RE: Merci pour samedi",
  "Bonjour,\nAvant de continuer, j'aimerais savoir précisément quelles informations vous conservez "
  "sur moi suite à l'entretien préalable. Merci de me les communiquer.\nCordialement\nY. Texier",
  sender="Yann Texier <yann.texier@entreprise-tx.fr>", quoted=SANDRA_QUOTE_FR, quote_style="outlook")
P("reply-fr-objection-newsletter", "objection", "Re: La lettre de Floraison de Soi - avril",
  "je ne veux plus recevoir ça merci", sender="<gerard.lamy@orange.fr>", quoted=NEWSLETTER_QUOTE)
P("reply-fr-rectif-above-quote", "rectification", "Re: Merci pour samedi",
  "Merci ! Petite chose : vous m'avez inscrite sous mon nom de jeune fille, pouvez-vous mettre "
  "Mme Soizic Le Gall à la place de Soizic Prigent dans vos fichiers ?",
  sender="Soizic Le Gall <soizic.legall@gmail.com>", quoted=SANDRA_QUOTE_FR)

# ---------------------------------------------------------------------------------------------
# Positives: request after a long unrelated paragraph
# ---------------------------------------------------------------------------------------------
P("long-fr-erasure-after-story", "erasure", "Des nouvelles",
  "Bonjour Sandra,\n\nJe voulais d'abord vous remercier pour tout ce que nous avons traversé ensemble "
  "l'an dernier. Les séances m'ont beaucoup aidée à retrouver confiance, et j'ai finalement quitté "
  "mon poste pour ouvrir mon atelier de céramique à Quimper. Les débuts sont difficiles mais je me "
  "sens à ma place, et je repense souvent à l'exercice de la lettre à soi-même. Ma fille a commencé "
  "le théâtre, mon mari va mieux, bref la vie suit son cours.\n\nMaintenant que "
  "l'accompagnement est terminé, je souhaiterais que vous supprimiez mon dossier et mes notes de "
  "séance, je préfère tourner la page.\n\nAvec toute ma gratitude,\nMaëlle",
  sender="Maëlle Quéré <maelle.quere@gmail.com>")
P("long-en-access-after-story", "access", "Hello from Lisbon",
  "Dear Sandra,\n\nI hope you are well. We moved to Lisbon in September and the kids are slowly "
  "adapting to their new school. I still practise the breathing routine every morning, it really "
  "changed my mornings, and I recommended your workshops to two friends who live in Nantes.\n\n"
  "On a different note: I am putting my paperwork in order and would like to receive a copy of all "
  "the personal data you hold about me, including the notes from our sessions.\n\nWarm regards,\nRuth",
  sender="Ruth Almeida <ruth.almeida@gmail.com>")
P("long-fr-objection-after-news", "objection", "Petit mot",
  "Coucou Sandra, j'espère que tu vas bien ! Ici tout roule, on a enfin fini les travaux de la "
  "maison et le jardin commence à ressembler à quelque chose. J'ai repensé à ton cercle de femmes de "
  "l'automne, c'était une parenthèse très douce. Je t'envoie une photo des tulipes.\n\nAutre chose, "
  "tu peux m'enlever de ta liste de diffusion ? Je reçois trop de mails en ce moment et je fais du "
  "tri. Rien de personnel hein !\n\nBises, Fanny", sender="Fanny Loiseau <fanny.loiseau@gmail.com>")
P("long-fr-portability-after-story", "portability", "Suite",
  "Bonjour,\n\nComme je vous l'avais dit, je déménage à Lyon en juin pour le travail de mon conjoint. "
  "Je suis triste d'arrêter nos séances, j'ai beaucoup progressé sur la gestion du stress et je "
  "compte continuer avec une praticienne là-bas que m'a conseillée une amie.\n\n"
  "Pourriez-vous m'envoyer l'ensemble de mes données (questionnaires, bilans) dans un fichier "
  "exploitable, type tableur, pour que je puisse les lui transmettre directement ?\n\nMerci encore, "
  "Céline", sender="Céline Gautier <celine.gautier@yahoo.fr>")

# ---------------------------------------------------------------------------------------------
# Positives: formal letters (FR/EN), lawyers, NGO templates
# ---------------------------------------------------------------------------------------------
P("formal-fr-access-lrar", "access", "Demande d'accès à mes données personnelles",
  "Madame,\n\nEn application de l'article 15 du Règlement général sur la protection des données "
  "(RGPD), je vous saurais gré de bien vouloir me communiquer :\n- la confirmation que des données me "
  "concernant sont ou ne sont pas traitées ;\n- une copie de ces données ;\n- les finalités du "
  "traitement, les destinataires et la durée de conservation.\n\nJe vous rappelle que vous disposez "
  "d'un délai d'un mois pour répondre.\n\nVeuillez agréer, Madame, l'expression de mes salutations "
  "distinguées.\n\nJean-Paul Dumont\n12 rue des Lilas, 29000 Quimper",
  sender="Jean-Paul Dumont <jp.dumont@orange.fr>")
P("formal-fr-erasure", "erasure", "Demande d'effacement",
  "Madame,\n\nPar la présente, et sur le fondement de l'article 17 du RGPD, je vous demande de "
  "procéder à l'effacement de l'ensemble des données à caractère personnel me concernant figurant "
  "dans vos fichiers (coordonnées, historique de rendez-vous, notes).\n\nJe vous remercie de me "
  "confirmer par écrit la suppression effective.\n\nRecevez, Madame, mes salutations.\n\nMonique Bertin",
  sender="Monique Bertin <monique.bertin@laposte.net>")
P("formal-fr-rectif", "rectification", "Rectification de données",
  "Madame Delomenie,\n\nJe constate que les informations me concernant sont inexactes : mon adresse "
  "est désormais 4 allée des Chênes, 56100 Lorient, et ma date de naissance est le 14/02/1978 et non "
  "le 14/12/1978. Je vous prie de procéder à leur rectification conformément à l'article 16 du RGPD."
  "\n\nCordialement,\nÉric Prado", sender="Éric Prado <eric.prado@gmail.com>")
P("formal-fr-objection", "objection", "Opposition au traitement",
  "Madame,\n\nJe m'oppose, en vertu de l'article 21 du RGPD, à l'utilisation de mes coordonnées à des "
  "fins de prospection, y compris pour l'envoi de votre lettre d'information et de vos offres "
  "d'ateliers.\n\nSalutations,\nThierry Vasseur", sender="Thierry Vasseur <t.vasseur@orange.fr>")
P("formal-fr-restriction", "restriction", "Demande de limitation du traitement",
  "Madame,\n\nJe conteste l'exactitude des informations figurant dans le compte rendu de bilan que "
  "vous m'avez transmis. Dans l'attente de la vérification, je vous demande de limiter le traitement "
  "de ces données (article 18 du RGPD) : ne les utilisez plus et ne les communiquez à personne.\n\n"
  "Cordialement,\nDelphine Marchal", sender="Delphine Marchal <delphine.marchal@gmail.com>")
P("formal-en-erasure", "erasure", "Erasure request under Article 17 GDPR",
  "Dear Ms Delomenie,\n\nI am writing to request that you erase all personal data concerning me, "
  "pursuant to Article 17 of the General Data Protection Regulation. This includes my contact "
  "details, booking history and any notes.\n\nPlease confirm in writing once this has been done, "
  "within one month of receipt of this letter.\n\nYours sincerely,\nMargaret Hughes",
  sender="Margaret Hughes <m.hughes@btinternet.com>")
P("formal-en-rectification", "rectification", "Correction of my details",
  "Dear Sandra,\n\nYour records show my email as j.smyth@gmial.com, which is a typo. Please correct "
  "it to j.smyth@gmail.com and update my phone number to +44 7700 900123.\n\nKind regards,\nJoanna Smyth",
  sender="Joanna Smyth <j.smyth@gmail.com>")
P("formal-en-portability", "portability", "Data portability request",
  "Hello,\n\nUnder Article 20 of the GDPR I would like to receive the personal data I provided to you, "
  "in a structured, commonly used and machine-readable format (CSV or JSON), or have it transmitted "
  "directly to my new coach, Ms Anna Peel (anna@peelcoaching.co.uk).\n\nThank you,\nDavid Kerr",
  sender="David Kerr <david.kerr@gmail.com>")
P("formal-en-restriction", "restriction", "Restriction of processing",
  "Dear Sandra,\n\nI'm in a dispute with my former employer, who paid for the coaching sessions, and "
  "I may need the records as evidence. Please do not delete my file, but please stop using it in any "
  "way and do not share it with anyone until further notice.\n\nRegards,\nMichael Ross",
  sender="Michael Ross <michael.ross@gmail.com>")
P("lawyer-fr-access", "access", "V/Réf : Mme Carole Fontaine - demande de communication",
  "Madame,\n\nJe vous écris en qualité de conseil de Madame Carole Fontaine, qui a suivi un "
  "accompagnement auprès de vous entre janvier et juin 2024.\n\nAgissant en son nom et pour son "
  "compte, et conformément à l'article 15 du RGPD, je vous prie de me communiquer l'intégralité des "
  "données personnelles la concernant que vous détenez, y compris les notes de séance.\n\nVous "
  "trouverez ci-joint le mandat signé de ma cliente.\n\nVeuillez agréer, Madame, l'expression de "
  "mes salutations distinguées.\n\nMaître Antoine Leroux\nAvocat au Barreau de Rennes",
  sender="Cabinet Leroux <a.leroux@leroux-avocats.fr>")
P("lawyer-en-erasure", "erasure", "Our client: Mr Daniel Price",
  "Dear Madam,\n\nWe act for Mr Daniel Price. On his instructions, we hereby request the erasure of "
  "all personal data relating to our client held by your practice, pursuant to Article 17 UK/EU GDPR. "
  "Please confirm compliance within 30 days.\n\nYours faithfully,\nHarlow & Finch LLP",
  sender="Harlow & Finch LLP <privacy@harlowfinch.co.uk>")
P("lawyer-fr-objection-erasure", "erasure objection", "Mise en demeure - données de M. Salmon",
  "Madame,\n\nMon client, M. Hugo Salmon, m'informe recevoir régulièrement vos courriels "
  "promotionnels alors qu'il n'a jamais consenti à leur envoi. Je vous mets en demeure de cesser "
  "immédiatement toute prospection à son égard et de supprimer l'ensemble de ses données.\n\n"
  "Maître Isabelle Carré", sender="Me Isabelle Carré <i.carre@avocat-carre.fr>")
P("ngo-fr-access-template", "access", "Demande d'accès selon l'article 15 du RGPD",
  "Madame, Monsieur,\n\nPar la présente, je demande l'accès à mes données personnelles conformément "
  "à l'article 15 du RGPD. Veuillez me confirmer si vous traitez des données me concernant. Dans "
  "l'affirmative, je demande :\n1. une copie de toutes les données personnelles me concernant ;\n"
  "2. les finalités du traitement ;\n3. les destinataires ;\n4. la durée de conservation ;\n5. la "
  "source des données si elles n'ont pas été collectées auprès de moi ;\n6. l'existence d'une prise "
  "de décision automatisée.\n\nJe vous rappelle que vous devez répondre dans un délai d'un mois "
  "(article 12, paragraphe 3 du RGPD).\n\nCordialement,\nRomain Kessler\n\n--\nCe courrier a été "
  "généré avec un outil libre d'aide aux demandes RGPD.",
  sender="Romain Kessler <romain.kessler@posteo.de>")
P("ngo-en-access-template", "access", "Data subject access request",
  "To whom it may concern,\n\nI am writing to make a subject access request under Article 15 of the "
  "GDPR. Please supply:\n- a copy of all personal data you hold about me;\n- the purposes of the "
  "processing;\n- the recipients to whom the data has been disclosed;\n- the retention period;\n"
  "- the source of the data.\n\nTo help you locate my data: name Laura Fischer, email "
  "laura.fischer@mailbox.org, I attended a workshop in May 2024.\n\nI look forward to your reply "
  "within one month.\n\nLaura Fischer\n\nThis request was prepared with an online GDPR letter "
  "generator.", sender="Laura Fischer <laura.fischer@mailbox.org>")
P("ngo-en-erasure-template", "erasure withdraw_consent objection", "Request for erasure (Art. 17 GDPR)",
  "Dear Sir or Madam,\n\nI hereby request that you erase without undue delay all personal data "
  "concerning me, pursuant to Article 17(1) GDPR. I also withdraw any consent I may have given, and "
  "object to any further processing.\n\nPlease confirm erasure, and inform any recipients of my "
  "data (Article 19 GDPR).\n\nSincerely,\nPeter Novak",
  sender="Peter Novak <peter.novak@seznam.cz>")
P("ngo-fr-erasure-template", "erasure", "Demande d'effacement (article 17 du RGPD)",
  "Madame, Monsieur,\n\nJe vous demande d'effacer sans délai toutes les données à caractère "
  "personnel me concernant, conformément à l'article 17 du RGPD. Merci de me confirmer l'effacement "
  "et d'en informer les éventuels destinataires (article 19).\n\nSi vous refusez, je me réserve le "
  "droit de saisir la CNIL.\n\nCordialement,\nAurélie Jacob",
  sender="Aurélie Jacob <aurelie.jacob@protonmail.com>")
P("ngo-en-mydata-multi", "access rectification", "Access and rectification request",
  "Hi,\n\nI would like to know what personal data you have about me and get a copy of it. If any of "
  "it is out of date (I moved house last year), please update it: my new address is 9 Harbour Road, "
  "Cork.\n\nThanks,\nSiobhan Walsh", sender="Siobhan Walsh <siobhan.walsh@eircom.net>")

# ---------------------------------------------------------------------------------------------
# Positives: informal French, typos
# ---------------------------------------------------------------------------------------------
P("informal-fr-objection-typos", "objection", "mail",
  "slt jveux plus recevoir vos mail, enlevé moi de la liste stp", sender="<kevin.d56@gmail.com>")
P("informal-fr-erasure-typos", "erasure", "",
  "bjr pouvez vous efacer mes donné svp merci", sender="<josiane.pellen@orange.fr>")
P("informal-fr-access-typos", "access", "question",
  "bonjour je voudrai savoir kel info vous avez sur moi svp. merci", sender="<t.morvan22@gmail.com>")
P("informal-fr-erasure-sms-style", "erasure", "compte",
  "Bjr, jsuis plus intéressée dsl, vous pouvez virer mon compte et tt ce qui va avec ? Mci",
  sender="<lili.bzh@hotmail.fr>")
P("informal-fr-objection-spam", "objection", "arretez",
  "Ca fait 3 fois que je demande, ARRETEZ de m'envoyer vos pubs !!!", sender="<r.quemener@free.fr>")
P("informal-fr-rectif-typo", "rectification", "mon mail",
  "coucou c'est chloé, g changé d'adresse mail, c'est chloe.bernard@gmail.com maintenant, tu peux "
  "mettre a jour ? l'ancienne marche plus", sender="Chloé <chloe.bernard@gmail.com>")
P("informal-fr-erasure-tu", "erasure", "",
  "Sandra, efface mes coordonnées stp, j'ai plus besoin de tout ça. Bisous", sender="<marie.p.35@gmail.com>")

# ---------------------------------------------------------------------------------------------
# Positives: polite questions that ask for it
# ---------------------------------------------------------------------------------------------
P("polite-fr-erasure", "erasure", "Mes données",
  "Bonjour, pourriez-vous supprimer mes données ? Merci beaucoup. Anne", sender="Anne Collin <anne.collin@gmail.com>")
P("polite-fr-access", "access", "Copie",
  "Bonjour Sandra, serait-il possible de recevoir une copie des informations que vous avez "
  "enregistrées à mon sujet ? Bonne journée, Guillaume", sender="Guillaume Riou <g.riou@outlook.fr>")
P("polite-en-erasure", "erasure", "Quick request",
  "Hi Sandra, could you please delete my account and my details from your system? Many thanks, Zoe",
  sender="Zoe Martin <zoe.martin@gmail.com>")
P("polite-en-rectif", "rectification", "My surname",
  "Would you mind correcting my surname in your records? It's spelled Kowalczyk, not Kowalczik. Thanks!",
  sender="Ewa Kowalczyk <ewa.k@gmail.com>")
P("polite-fr-objection", "objection", "liste",
  "Est-ce que vous pouvez me retirer de votre liste d'envoi s'il vous plaît ?", sender="<jeanne.huet@sfr.fr>")
P("polite-fr-portab", "portability", "Récupérer mes données",
  "Bonjour, est-ce que ce serait possible de récupérer mes données dans un format que je puisse "
  "importer ailleurs (csv ou excel) ? Merci d'avance. Bruno", sender="Bruno Lebrun <bruno.lebrun@free.fr>")
P("polite-en-access-can-you-tell", "access", "Question about my data",
  "Hello, can you tell me what information you're keeping about me and send me a copy? Regards, Ahmed",
  sender="Ahmed Benali <ahmed.benali@gmail.com>")
P("polite-fr-erasure-conditional", "erasure", "Demande",
  "Je vous serais reconnaissante de bien vouloir effacer mon dossier client. Bien cordialement, "
  "Sylvie Ménard", sender="Sylvie Ménard <sylvie.menard@orange.fr>")

# ---------------------------------------------------------------------------------------------
# Positives: negation then the real request
# ---------------------------------------------------------------------------------------------
P("neg-fr-not-erasure-only-newsletter", "objection", "newsletter",
  "Bonjour, je ne demande pas la suppression de mes données, seulement de ne plus recevoir la "
  "newsletter. Merci !", sender="<pauline.renard@gmail.com>")
P("neg-fr-not-delete-just-correct", "rectification", "Mon dossier",
  "Je ne veux pas que vous supprimiez mon dossier, juste que vous corrigiez mon numéro de téléphone : "
  "06 12 34 56 78. Merci", sender="Gaëlle Simon <gaelle.simon@gmail.com>")
P("neg-en-not-delete-copy", "access", "My data",
  "I'm not asking you to delete anything, I just want a copy of what you have on file for me. Thanks, Ben",
  sender="Ben Carter <ben.carter@gmail.com>")
P("neg-fr-pas-besoin-effacer-promo", "objection", "promos",
  "Pas besoin d'effacer mes coordonnées, mais arrêtez de m'envoyer les promotions s'il vous plaît.",
  sender="<nicolas.andre@laposte.net>")
P("neg-en-dont-delete-stop-using", "restriction", "Please hold my data",
  "Don't delete my data — I may need it later — but please stop using it for now.",
  sender="Helen Price <helen.price@gmail.com>")
P("neg-fr-nutilisez-plus-ne-supprimez-pas", "restriction", "Mes informations",
  "Bonjour, n'utilisez plus mes données mais ne les supprimez pas, j'en aurai peut-être besoin pour "
  "mon dossier de mutuelle. Merci, Roselyne", sender="Roselyne Abgrall <roselyne.abgrall@orange.fr>")
P("neg-fr-gardez-mais-gelez", "restriction", "Données",
  "Gardez mes informations si vous devez, mais ne vous en servez plus pour quoi que ce soit tant que "
  "mon litige avec la mutuelle n'est pas réglé.", sender="<j.cloarec@gmail.com>")
P("neg-en-keep-but-restrict", "restriction", "Hold",
  "Please keep my records as they are but restrict any processing of them until I get back to you. "
  "I contest some of what's written in the session summary.", sender="<liam.oconnor@gmail.com>")
P("neg-fr-pas-opposition-mais-copie", "access", "Question",
  "Je ne souhaite pas m'opposer à quoi que ce soit, je voudrais simplement obtenir la liste des "
  "données que vous détenez sur moi.", sender="<a.fournier@orange.fr>")

# ---------------------------------------------------------------------------------------------
# Positives: old number/address -> new one is rectification
# ---------------------------------------------------------------------------------------------
P("rectif-fr-ancien-numero", "rectification", "Changement de numéro",
  "Bonjour, supprimez mon ancien numéro, le nouveau est le 07 81 22 45 90. Merci !",
  sender="<karine.jaouen@gmail.com>")
P("rectif-fr-ancienne-adresse", "rectification", "Adresse",
  "Effacez mon ancienne adresse mail de votre fichier et utilisez désormais celle-ci. Bonne soirée.",
  sender="Hervé Tanguy <herve.tanguy@proton.me>")
P("rectif-en-old-address", "rectification", "New email",
  "Please delete my old address (s.lee@oldcompany.com) and use this one from now on.",
  sender="Sarah Lee <sarah.lee@gmail.com>")
P("rectif-fr-nom-marital", "rectification", "Changement de nom",
  "Bonjour, je me suis mariée : retirez mon nom de jeune fille, je m'appelle maintenant Madame "
  "Julie Kerbrat.", sender="Julie Kerbrat <julie.kerbrat@gmail.com>")
P("rectif-en-remove-old-phone", "rectification", "phone",
  "Hi, remove the old mobile number you have for me, it's not mine anymore. New one: 06 98 76 54 32.",
  sender="<marco.rossi@gmail.com>")

# ---------------------------------------------------------------------------------------------
# Positives: unsubscribing from the newsletter = objection
# ---------------------------------------------------------------------------------------------
P("unsub-fr-plus-newsletter", "objection", "Lettre d'info",
  "Bonjour, merci de ne plus m'envoyer votre lettre d'information. Bonne continuation.",
  sender="<bernadette.lucas@orange.fr>")
P("unsub-en-unsubscribe-me", "objection", "newsletter",
  "Hi, please unsubscribe me from your newsletter. Cheers", sender="<jack.h@gmail.com>")
P("unsub-fr-desinscrire-infolettre", "objection", "",
  "Je souhaite me désinscrire de l'infolettre, le lien en bas du mail ne fonctionne pas.",
  sender="<corinne.lemoal@gmail.com>")
P("unsub-fr-retirer-contacts", "objection", "Désinscription",
  "Pouvez-vous me retirer de vos contacts pour les mails d'information ? Merci", sender="<serge.guen@orange.fr>")
P("unsub-en-stop-emailing", "objection", "Stop",
  "Stop emailing me please. I never signed up for this.", sender="<tina.wood@outlook.com>")

# ---------------------------------------------------------------------------------------------
# Positives: withdrawing consent to a testimonial / photo
# ---------------------------------------------------------------------------------------------
P("wc-fr-temoignage", "withdraw_consent", "Mon témoignage sur votre site",
  "Bonjour Sandra, je reviens sur mon accord pour la publication de mon témoignage. Pourriez-vous "
  "l'enlever de votre site ? Je préfère rester discrète désormais. Merci, Isabelle",
  sender="Isabelle Nédélec <isabelle.nedelec@gmail.com>")
P("wc-en-testimonial", "withdraw_consent", "Testimonial",
  "Hi Sandra, I'd like to withdraw my consent for you to use my testimonial on your website and "
  "flyers. Please take it down. Thanks, Kate", sender="Kate Doyle <kate.doyle@gmail.com>")
P("wc-fr-photo-instagram", "withdraw_consent", "Photo instagram",
  "Bonjour, je ne souhaite plus que la photo du stage de juillet sur laquelle on me voit reste sur "
  "votre Instagram. Je retire mon autorisation. Merci de la retirer.", sender="<manon.guillou@gmail.com>")
P("wc-fr-droit-image", "withdraw_consent", "Droit à l'image",
  "Madame, j'avais signé une autorisation de droit à l'image lors de la retraite de mai. Je vous "
  "informe que je la révoque : merci de ne plus utiliser les photos et la vidéo où j'apparais.",
  sender="Françoise Cadiou <f.cadiou@orange.fr>")
P("wc-en-photo", "withdraw_consent", "The group photo",
  "Hello, I no longer consent to the group photo with me in it being on your Facebook page. Could "
  "you remove it or blur my face? Thank you.", sender="<nora.s@gmail.com>")
P("wc-fr-consentement-general", "withdraw_consent", "Consentement",
  "Je retire mon consentement au traitement de mes données personnelles. Merci d'en prendre note.",
  sender="<o.lemaire@gmail.com>")

# ---------------------------------------------------------------------------------------------
# Positives: heir after a death = post_mortem
# ---------------------------------------------------------------------------------------------
P("pm-fr-fille", "post_mortem", "Ma mère, Mme Jacqueline Robin",
  "Madame,\n\nJ'ai la tristesse de vous informer du décès de ma mère, Jacqueline Robin, qui suivait "
  "vos ateliers. En tant qu'héritière, je vous demande de clôturer son dossier et de supprimer ses "
  "données. Je joins l'acte de décès.\n\nCordialement,\nCatherine Robin",
  sender="Catherine Robin <catherine.robin@gmail.com>")
P("pm-en-son", "post_mortem", "My late father",
  "Dear Ms Delomenie,\n\nMy father, George Ellis, passed away last month. As executor of his estate "
  "I would like to know what personal data you hold about him and ask that his account be closed.\n\n"
  "Regards,\nMark Ellis", sender="Mark Ellis <mark.ellis@gmail.com>")
P("pm-fr-veuf", "post_mortem", "Décès de mon épouse",
  "Bonjour, mon épouse Annick nous a quittés en mars. Elle reçoit encore vos messages, ce qui est "
  "douloureux. Merci de retirer ses coordonnées de vos listes et d'effacer ce qui la concerne. "
  "Jean Le Floch", sender="Jean Le Floch <jean.lefloch@orange.fr>")
P("pm-fr-notaire", "post_mortem", "Succession de M. Paul Guivarc'h",
  "Madame,\n\nEn charge de la succession de M. Paul Guivarc'h, décédé le 3 janvier 2025, nous vous "
  "prions, à la demande de ses ayants droit, de nous faire connaître les données le concernant que "
  "vous conservez et de procéder à leur mise à jour pour tenir compte du décès.\n\nOffice notarial "
  "Kerjean & Associés", sender="Office notarial Kerjean <office@kerjean-notaires.fr>")
P("pm-en-daughter-short", "post_mortem", "Mum",
  "Hi, my mum Linda Shaw died in February. Please delete her details, I'm her daughter and next of kin.",
  sender="<amy.shaw@gmail.com>")

# ---------------------------------------------------------------------------------------------
# Positives: plain requests of every right, various registers
# ---------------------------------------------------------------------------------------------
P("plain-fr-erasure-compte", "erasure", "Suppression de compte",
  "Bonjour, je souhaite supprimer mon compte sur votre espace membre ainsi que toutes les "
  "informations associées. Merci.", sender="<remi.lucas@gmail.com>")
P("plain-fr-erasure-oubli", "erasure", "Droit à l'oubli",
  "Bonjour, j'exerce mon droit à l'oubli. Merci de faire le nécessaire. Jérôme Bodin",
  sender="Jérôme Bodin <jerome.bodin@yahoo.fr>")
P("plain-en-erasure-remove-everything", "erasure", "Remove my info",
  "Hi there, I'd like you to remove all my info from your files - email, phone, address, all of it. Thanks.",
  sender="<chris.t@gmail.com>")
P("plain-fr-access-quelles-donnees", "access", "Mes données",
  "Bonjour, je souhaite savoir quelles données personnelles vous détenez à mon sujet et à qui vous "
  "les avez transmises. Cordialement, Hélène", sender="<helene.bouvier@gmail.com>")
P("plain-en-access-notes", "access", "Session notes",
  "Hi Sandra, I'd like to see the notes you took during our sessions. Could you send them to me? Paula",
  sender="Paula Diaz <paula.diaz@gmail.com>")
P("plain-fr-access-notes", "access", "Mes notes de séance",
  "Bonjour, j'aimerais obtenir communication des notes prises lors de mes séances. Merci. Laurent",
  sender="Laurent Pichon <laurent.pichon@orange.fr>")
P("plain-fr-rectif-date", "rectification", "Erreur",
  "Bonjour, il y a une erreur sur ma date de naissance dans ma fiche (c'est 1985, pas 1958 ^^). "
  "Pouvez-vous la modifier ?", sender="<aude.kerleroux@gmail.com>")
P("plain-en-rectif-pronoun", "rectification", "My name",
  "Hi, I've changed my first name, it's Alex now (not Alexandra). Please update your records.",
  sender="Alex Moreau <alex.moreau@gmail.com>")
P("plain-fr-objection-sms", "objection", "SMS",
  "Je ne veux plus recevoir de SMS pour vos offres de stages. Merci de me retirer.",
  sender="<d.kervella@gmail.com>")
P("plain-en-objection-profiling", "objection", "Objection",
  "I object to the processing of my personal data for direct marketing. Please confirm.",
  sender="<h.novak@gmail.com>")
P("plain-fr-objection-prospection", "objection", "",
  "Bonjour, je m'oppose à ce que mes coordonnées soient utilisées pour vos campagnes. Merci.",
  sender="<marion.rault@orange.fr>")
P("plain-fr-portab-autre-praticien", "portability", "Transfert",
  "Bonjour Sandra, pouvez-vous transférer mon dossier directement à Mme Nolwenn Caër, sophrologue, "
  "nolwenn.caer@gmail.com ? Je vous autorise à le lui transmettre. Merci ! Lucie",
  sender="Lucie Brélivet <lucie.brelivet@gmail.com>")
P("plain-en-portab-export", "portability", "Export",
  "Hey, can I get an export of my data (json or csv) so I can move it to another app? thx",
  sender="<devon.b@gmail.com>")
P("plain-fr-restriction-suspend", "restriction", "Suspendre",
  "Bonjour, je vous demande de suspendre toute utilisation de mes données le temps que je vérifie "
  "certaines informations, sans les effacer. Cordialement.", sender="<patrice.gouriou@orange.fr>")
P("plain-fr-restriction-conserver-litige", "restriction", "Conservation",
  "Madame, j'ai besoin que vous conserviez mes données pour une procédure judiciaire alors que vous "
  "deviez les supprimer. Merci de les garder, sans plus les utiliser, jusqu'à la fin de la procédure.",
  sender="<v.chapelain@gmail.com>")
P("plain-en-withdraw-consent", "withdraw_consent", "Consent",
  "I withdraw the consent I gave you to process my health information (the intake questionnaire).",
  sender="<rachel.adams@gmail.com>")
P("plain-fr-withdraw-sante", "withdraw_consent", "Mon questionnaire",
  "Bonjour, je retire l'accord que j'avais donné pour que vous conserviez mes informations de santé "
  "(questionnaire d'accueil).", sender="<sophie.guillerm@gmail.com>")
P("multi-fr-access-then-erasure", "access erasure", "RGPD",
  "Bonjour, je voudrais d'abord recevoir une copie de mes données, puis que vous les supprimiez. Merci. Léon",
  sender="Léon Baud <leon.baud@gmail.com>")
P("multi-en-rectif-objection", "rectification objection", "Two things",
  "Hi Sandra, two things: my phone number is now 06 11 22 33 44, and please stop sending me the "
  "monthly newsletter. Thanks! Mia", sender="Mia Jensen <mia.jensen@gmail.com>")
P("multi-fr-erasure-objection", "erasure objection", "Plus de mails",
  "Je ne veux plus recevoir aucun mail de votre part et je veux que vous effaciez mon adresse.",
  sender="<stephane.pape@gmail.com>")
P("multi-en-access-portab", "access portability", "Data",
  "Please send me a copy of all my personal data, in a machine-readable format I can reuse elsewhere.",
  sender="<f.almeida@gmail.com>")
P("plain-fr-erasure-vouvoiement", "erasure", "Fichier client",
  "Madame, n'étant plus cliente, je vous remercie de retirer mes coordonnées de votre fichier.",
  sender="<evelyne.daniel@orange.fr>")
P("plain-en-erasure-child", "erasure", "My daughter's data",
  "Hello, I'm the mother of Léna (14), who attended your teen workshop. As her legal guardian I ask "
  "you to delete all the data you hold about her.", sender="Karen Bellec <karen.bellec@gmail.com>")
P("plain-fr-erasure-plus-contacter", "erasure objection", "Contact",
  "Bonjour, merci de ne plus me contacter et de supprimer mon numéro de vos fichiers.",
  sender="<y.loussouarn@orange.fr>")
P("plain-en-access-what-data", "access", "Personal data",
  "What personal data do you hold about me? Please send it to this address. Thanks, G. Hart",
  sender="<g.hart@gmail.com>")
P("plain-fr-opposition-droit", "objection", "Droit d'opposition",
  "J'exerce mon droit d'opposition au traitement de mes données. Cordialement. B. Laurent",
  sender="<b.laurent@gmail.com>")
P("plain-fr-erasure-newsletter-et-tout", "erasure", "Supprimer",
  "Bonjour, je souhaiterais que mon adresse e-mail ainsi que toutes mes informations soient "
  "supprimées de votre base. Bonne journée.", sender="<g.corre@gmail.com>")
P("plain-en-erasure-close-account", "erasure", "Close my account",
  "Please close my member account and erase my personal information. I won't be using it anymore.",
  sender="<nina.p@gmail.com>")
P("plain-fr-access-enregistrement", "access", "Enregistrement",
  "Vous m'aviez enregistrée lors de la séance d'hypnose du 4 février. J'en voudrais une copie, ainsi "
  "que de tout ce que vous avez noté à mon sujet.", sender="<ma.kerhervé@gmail.com>")
P("plain-fr-rectif-email-typo-dossier", "rectification", "adresse erronée",
  "Bonjour, dans vos fichiers mon adresse mail est mal orthographiée (manque le point), merci de la "
  "corriger : c.lebreton@gmail.com", sender="<c.lebreton@gmail.com>")
P("plain-en-withdraw-newsletter-consent", "withdraw_consent", "Consent withdrawal",
  "I hereby withdraw my consent to the processing of my personal data. Please confirm.",
  sender="<j.becker@gmx.de>")
P("plain-fr-restriction-bloquer", "restriction", "Données",
  "Bonjour, pourriez-vous bloquer l'utilisation de mes données en attendant que je vous envoie les "
  "bonnes informations ? Ne les supprimez pas.", sender="<alain.hamon@orange.fr>")
P("plain-en-restriction-art18", "restriction", "Art 18",
  "Under Article 18 GDPR please restrict processing of my data while my objection is considered.",
  sender="<s.patel@gmail.com>")
P("plain-fr-pm-frere", "post_mortem", "Mon frère",
  "Bonjour, mon frère Didier est décédé il y a deux mois. Je souhaite savoir quelles informations "
  "vous aviez sur lui et que son compte soit fermé. Sa sœur, Martine", sender="<martine.kergoat@orange.fr>")
P("plain-fr-portab-ma-fiche", "portability", "Ma fiche",
  "Bonjour, j'exerce mon droit à la portabilité : merci de m'envoyer ma fiche et mon historique au "
  "format CSV.", sender="<julien.nicolas@gmail.com>")
P("plain-fr-access-art15-short-formal", "access", "Article 15",
  "Madame, je vous prie de me communiquer les données me concernant (article 15 RGPD). Salutations.",
  sender="<p.rolland@orange.fr>")

# ---------------------------------------------------------------------------------------------
# Negatives: questions about rights, not their exercise
# ---------------------------------------------------------------------------------------------
N("q-fr-ai-je-le-droit", "Question RGPD",
  "Bonjour, ai-je le droit de demander la suppression de mes données après la fin de "
  "l'accompagnement ? Je me renseigne avant de m'inscrire. Merci !", sender="<elodie.p@gmail.com>")
N("q-fr-combien-temps", "Conservation",
  "Bonjour, combien de temps conservez-vous les données de vos clients ? C'est pour savoir, avant de "
  "remplir le questionnaire de santé.", sender="<v.baron@gmail.com>")
N("q-en-what-rights", "Privacy question",
  "Hi, before I book: what rights do I have over my personal data under GDPR, and who can see my "
  "session notes? Just want to understand. Thanks, Leo", sender="<leo.m@gmail.com>")
N("q-fr-si-un-jour", "Petite question",
  "Si un jour je souhaite que vous effaciez mes informations, comment dois-je procéder ? Pas pour "
  "tout de suite hein, je suis ravie des séances !", sender="<laetitia.bras@gmail.com>")
N("q-en-hypothetical-delete", "Question",
  "Just curious — if I ever wanted my data deleted, would that be possible? No need to do anything now.",
  sender="<j.ward@gmail.com>")
N("q-fr-est-ce-que-je-peux-acceder", "Droit d'accès ?",
  "Est-ce que j'ai le droit d'accéder aux notes que vous prenez pendant les séances ? Je pose la "
  "question par curiosité, ça ne me gêne pas du tout.", sender="<gwen.f@gmail.com>")
N("q-fr-politique-confidentialite", "Politique de confidentialité",
  "Bonjour, où puis-je trouver votre politique de confidentialité ? Mon comité d'entreprise me la "
  "demande pour rembourser l'atelier.", sender="<t.legoff@entreprise.fr>")
N("q-en-who-is-controller", "Data protection",
  "Hello, who is the data controller for the online workshop, you or the Zoom platform? I'm writing "
  "a report for my master's degree on GDPR in small businesses.", sender="<student.lucie@univ-rennes.fr>")

# ---------------------------------------------------------------------------------------------
# Negatives: cancellation of booking / subscription / contract
# ---------------------------------------------------------------------------------------------
N("cancel-fr-atelier", "Annulation atelier 12 mars",
  "Bonjour Sandra, je souhaite annuler mon inscription à l'atelier du 12 mars, j'ai un empêchement "
  "familial. Pouvez-vous me rembourser ? Merci, Armelle", sender="Armelle <armelle.d@gmail.com>")
N("cancel-fr-supprimer-reservation", "Réservation samedi",
  "Bonjour, merci de supprimer ma réservation de samedi, je suis malade. Je reprendrai une date plus tard.",
  sender="<n.guillemot@orange.fr>")
N("cancel-en-booking", "Cancel booking",
  "Hi, please cancel my booking for Thursday's session and delete it from the calendar. Sorry for the "
  "short notice!", sender="<amelia.r@gmail.com>")
N("cancel-fr-resilier-abonnement", "Résiliation",
  "Bonjour, je résilie mon abonnement mensuel au programme en ligne à compter du mois prochain. "
  "Merci d'arrêter les prélèvements.", sender="<d.lemoine@gmail.com>")
N("cancel-fr-desinscrire-atelier", "Atelier de samedi",
  "Pouvez-vous me désinscrire de l'atelier de samedi ? J'ai un souci de garde d'enfants. Désolée !",
  sender="<c.pennec@gmail.com>")
N("cancel-en-remove-from-session", "Saturday",
  "Can you take me off the list for Saturday's breathing circle? My car broke down.",
  sender="<dan.k@gmail.com>")
N("cancel-fr-annuler-rdv-supprimer", "rdv",
  "Bonjour, j'annule mon rdv de mardi 15h, vous pouvez le supprimer de votre agenda. Bonne journée",
  sender="<k.lebihan@gmail.com>")
N("cancel-en-terminate-contract", "Coaching contract",
  "Dear Sandra, I'm writing to terminate our coaching contract at the end of this month, as allowed "
  "by clause 6. Thank you for everything.", sender="<r.hill@company.co.uk>")

# ---------------------------------------------------------------------------------------------
# Negatives: access to the member area, passwords
# ---------------------------------------------------------------------------------------------
N("login-fr-acceder-espace", "Problème d'accès",
  "Bonjour, je n'arrive pas à accéder à mon espace membre pour voir les replays. Pouvez-vous m'aider ?",
  sender="<francine.le.roux@orange.fr>")
N("login-fr-mot-de-passe", "Mot de passe",
  "Bonjour, j'ai oublié mon mot de passe et le lien de réinitialisation ne m'arrive pas. Merci !",
  sender="<g.guivarch@gmail.com>")
N("login-en-cant-access-account", "Can't log in",
  "Hi Sandra, I can't access my account on the course platform, it says my password is wrong. "
  "Could you reset it?", sender="<h.morgan@gmail.com>")
N("login-fr-acces-replay", "Replay",
  "Je voudrais accéder à l'enregistrement de la méditation de jeudi, le lien ne marche pas.",
  sender="<solenn.t@gmail.com>")
N("login-en-access-materials", "Access to materials",
  "Hello, how do I get access to the workbook and the audio files from the retreat? I can't find them "
  "in my account.", sender="<c.brooks@gmail.com>")
N("login-fr-identifiants", "identifiants",
  "Bonjour je n'ai plus mes identifiants de connexion à la plateforme, pouvez vous me les renvoyer ? mci",
  sender="<m.kerlann@orange.fr>")

# ---------------------------------------------------------------------------------------------
# Negatives: complaint to the CNIL, someone else's data
# ---------------------------------------------------------------------------------------------
N("cnil-fr-plainte-employeur", "Conseil",
  "Bonjour Sandra, suite à notre séance, je voulais te dire que j'ai finalement déposé une plainte "
  "auprès de la CNIL contre mon ancien employeur qui a gardé mes mails perso. Ça m'a libérée !",
  sender="<aurore.l@gmail.com>")
N("cnil-fr-copie-reclamation", "Copie : réclamation CNIL contre MutuelleX",
  "Pour information, voici la réclamation que j'ai adressée à la CNIL contre ma mutuelle, qui refuse "
  "de supprimer mes données. Je t'en parlerai à la prochaine séance.", sender="<b.cornec@gmail.com>")
N("cnil-en-complaint-ico", "FYI",
  "FYI I've filed a complaint with the ICO about the gym that leaked my data. Thanks for encouraging "
  "me to stand up for myself!", sender="<laura.b@gmail.com>")
N("cnil-fr-signalement-site", "Signalement",
  "J'ai signalé à la CNIL le site de rencontres qui continue d'utiliser mes photos. Je suis soulagée.",
  sender="<marine.q@gmail.com>")
N("other-fr-coordonnees-participante", "Coordonnées de Julie",
  "Coucou Sandra, tu pourrais me donner le numéro de Julie, la dame de l'atelier de samedi ? On "
  "voulait covoiturer la prochaine fois.", sender="<annie.h@gmail.com>")
N("other-en-sister", "My sister",
  "Hi Sandra, my sister Emma also attended your workshop; she'd like to know about your privacy "
  "practices and will write to you herself. Best, Rose", sender="<rose.t@gmail.com>")
N("other-fr-ex-employeur-conseil", "Besoin d'un conseil",
  "Mon ancien employeur refuse de me donner accès à mon dossier du personnel. Tu saurais comment "
  "formuler ma demande d'accès RGPD pour lui ? On pourra en parler en séance.", sender="<s.jezequel@gmail.com>")
N("other-fr-collegue-praticienne", "Question entre collègues",
  "Salut Sandra, une de mes clientes me demande de supprimer ses données, comment tu fais toi pour "
  "ce genre de demandes ? Tu as un modèle de réponse ? Bises, Nadège (sophrologue)",
  sender="Nadège Caroff <nadege.sophro@gmail.com>")
N("other-en-friend-referral", "Referral",
  "Hi! My friend Tom would like to join the next workshop. Can I give him your email or would you "
  "rather I send you his details? I don't want to share his data without asking him.",
  sender="<ellie.f@gmail.com>")

# ---------------------------------------------------------------------------------------------
# Negatives: only quoted history contains a request
# ---------------------------------------------------------------------------------------------
N("quoted-fr-merci-after-deletion", "Re: Suppression de mes données",
  "Merci beaucoup Sandra, c'est parfait.", sender="Agathe <agathe.morel@gmail.com>",
  quoted="Bonjour Agathe,\n\nComme demandé, j'ai supprimé l'ensemble de vos données de mon fichier.\n"
  "\nBien à vous,\nSandra\n\nLe 2 mars, Agathe a écrit :\n> Bonjour, pourriez-vous supprimer mes "
  "données ? Merci")
N("quoted-en-thanks", "Re: Data access request",
  "Received, thanks a lot!", sender="<tom.b@gmail.com>", quote_style="en",
  quoted="Hi Tom,\nPlease find attached a copy of the personal data I hold about you.\nSandra\n\n"
  "> I would like a copy of all my personal data under Article 15 GDPR.")
N("quoted-fr-rdv-confirm", "Re: Re: Désinscription",
  "Super, et du coup je viens bien jeudi à 18h pour la séance individuelle.",
  sender="<marie.c@gmail.com>", quote_style="outlook",
  quoted="C'est fait, vous ne recevrez plus la newsletter.\nSandra\n\n> Merci de me désinscrire de la newsletter.")
N("quoted-fr-fwd-own-request-old", "Re: photo",
  "Oui le nouveau cadrage me va très bien, merci !", sender="<claire.m@gmail.com>",
  quoted="Voici la photo recadrée pour le site, dites-moi si elle vous convient.\n\n> Je ne souhaite "
  "pas que mon visage apparaisse, pouvez-vous retirer la photo ?")

# ---------------------------------------------------------------------------------------------
# Negatives: auto-replies, bounces
# ---------------------------------------------------------------------------------------------
N("auto-fr-absence", "Réponse automatique : Atelier du mois",
  "Bonjour, je suis absente du bureau jusqu'au 21 avril. Pour toute demande urgente, contactez "
  "accueil@mairie-plouzane.fr.\n\nConformément au RGPD, vos données personnelles sont traitées par la "
  "mairie pour la gestion des courriers. Vous disposez d'un droit d'accès, de rectification et "
  "d'effacement.", sender="<r.guen@mairie-plouzane.fr>",
  headers=(("Auto-Submitted", "auto-replied"),))
N("auto-en-ooo", "Automatic reply: Your newsletter",
  "I am out of the office until Monday with limited access to email. To unsubscribe from our "
  "mailing list or exercise your data protection rights, contact privacy@acme.example.",
  sender="<jbrown@acme.example>", headers=(("X-Autoreply", "yes"),))
N("auto-fr-no-header", "Absence",
  "Je suis en congé jusqu'au 2 septembre. Votre message ne sera pas transféré. Cordialement.",
  sender="<a.moal@cabinet-moal.fr>")
N("auto-fr-ticket", "[Ticket #48213] Votre demande a bien été reçue",
  "Ceci est un message automatique. Votre demande concernant la suppression de vos données a bien "
  "été enregistrée sous le numéro 48213. Un conseiller vous répondra sous 48h.",
  sender="Support Hébergeur <no-reply@hebergeur-site.fr>", headers=(("Auto-Submitted", "auto-generated"),))
N("bounce-fr", "Undelivered Mail Returned to Sender",
  "This is the mail system at host smtp.orange.fr.\n\nI'm sorry to have to inform you that your "
  "message could not be delivered.\n\n<ancien.client@wanadoo.fr>: host mx.wanadoo.fr said: 550 5.1.1 "
  "User unknown\n\n--- Original message ---\nSubject: Suppression de vos données\nBonjour, comme "
  "demandé je confirme la suppression de vos données personnelles.",
  sender="MAILER-DAEMON@orange.fr (Mail Delivery System)", content_type="report")
N("bounce-en", "Delivery Status Notification (Failure)",
  "Address not found\n\nYour message wasn't delivered to lucy@closed-domain.example because the "
  "address couldn't be found.\n\nOriginal subject: Your request to access your data",
  sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", content_type="report")
N("auto-en-vacation-gdpr-footer", "Re: Workshop dates",
  "Thank you for your email. I'm on annual leave until 3 June.\n\nGDPR notice: we process your "
  "personal data in accordance with our privacy policy. You may request access, rectification or "
  "erasure at any time.", sender="<p.jones@council.gov.uk>", headers=(("Auto-Submitted", "auto-replied"),))

# ---------------------------------------------------------------------------------------------
# Negatives: newsletters, notifications, vendors, marketing about GDPR
# ---------------------------------------------------------------------------------------------
LIST_HEADERS = (("List-Unsubscribe", "<mailto:unsubscribe@news.example.com>"), ("Precedence", "bulk"))
N("news-fr-bio-magasin", "Les nouveautés de printemps chez BioCoop Iroise",
  "Découvrez nos nouveautés de saison ! -20% sur les tisanes.\n\nConformément au RGPD, vous disposez "
  "d'un droit d'accès, de rectification et de suppression de vos données. Pour vous désinscrire, "
  "cliquez ici.", sender="BioCoop Iroise <newsletter@biocoop-iroise.example>", headers=LIST_HEADERS)
N("news-en-saas", "Product update: new scheduling features",
  "We've shipped group bookings and waitlists! Read more on our blog.\n\nYou are receiving this "
  "email because you signed up. Unsubscribe | Manage preferences | Privacy policy",
  sender="Calendo <news@calendo.example>", headers=LIST_HEADERS)
N("notif-fr-privacy-update", "Mise à jour de notre politique de confidentialité",
  "Bonjour,\n\nNous mettons à jour notre politique de confidentialité à compter du 25 mai. Vous "
  "pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition en écrivant à "
  "dpo@banque.example. Aucune action n'est requise de votre part.",
  sender="Votre Banque <info@banque.example>", headers=(("Precedence", "bulk"),))
N("notif-en-stripe", "Payment received from Claire Dubois",
  "You received a payment of €60.00 from Claire Dubois for 'Atelier Respiration'. View in dashboard.",
  sender="Stripe <notifications@stripe.example>", headers=(("Auto-Submitted", "auto-generated"),))
N("notif-fr-calendrier", "Nouveau rendez-vous : Séance individuelle - Paul M.",
  "Paul M. a réservé le créneau du jeudi 14 mars à 10h00. Pour annuler ou déplacer, utilisez le "
  "lien ci-dessous.", sender="Agenda en ligne <no-reply@agenda.example>", headers=(("Auto-Submitted", "auto-generated"),))
N("notif-en-linkedin", "You appeared in 12 searches this week",
  "See who's looking at your profile. Manage your data and privacy settings in your account.",
  sender="LinkedIn <messages-noreply@linkedin.example>", headers=LIST_HEADERS)
N("vendor-fr-prospection-rgpd", "Votre site est-il conforme au RGPD ?",
  "Bonjour Madame Delomenie,\n\nSaviez-vous que 80 % des sites de thérapeutes ne respectent pas le "
  "RGPD ? Droit d'accès, droit à l'oubli, registre des traitements : notre cabinet vous accompagne "
  "pour 290 € HT. Répondez STOP pour ne plus recevoir nos messages.\n\nKévin, Conformité Express",
  sender="Kévin <kevin@conformite-express.example>")
N("vendor-en-dpa", "Updated Data Processing Agreement",
  "Dear customer, we have updated our Data Processing Agreement (DPA) to reflect the new Standard "
  "Contractual Clauses. No action is required. Your data remains stored in the EU.",
  sender="MailerPro <legal@mailerpro.example>", headers=(("Precedence", "bulk"),))
N("news-fr-federation", "La lettre de la Fédération des coachs - n°42",
  "Dossier du mois : comment répondre à une demande d'effacement de données d'un client ? Les "
  "délais, les exceptions, le droit d'opposition... Webinaire le 4 juin.",
  sender="Fédération des coachs <lettre@federation-coachs.example>", headers=LIST_HEADERS)
N("notif-fr-google-account", "Alerte de sécurité",
  "Une nouvelle connexion à votre compte a été détectée sur un appareil Windows. Si ce n'était pas "
  "vous, sécurisez votre compte et changez votre mot de passe.",
  sender="Google <no-reply@accounts.google.example>", headers=(("Auto-Submitted", "auto-generated"),))
N("notif-en-form-submission", "New form submission: Contact",
  "Name: Julien\nMessage: Bonjour, quels sont vos tarifs pour un accompagnement individuel ?\n\n"
  "Sent from your website contact form.", sender="Site web <wordpress@floraison-de-soi.example>",
  headers=(("Auto-Submitted", "auto-generated"),))
N("news-en-privacy-ngo", "Our monthly digest: know your rights",
  "This month: how to use your right of access, how to ask a company to delete your data, and our "
  "new letter generator. Unsubscribe at any time.", sender="Privacy Collective <digest@privacy-ngo.example>",
  headers=LIST_HEADERS)

# ---------------------------------------------------------------------------------------------
# Negatives: her own messages
# ---------------------------------------------------------------------------------------------
N("own-fr-confirmation", "Confirmation de suppression",
  "Bonjour Madame Bertin,\n\nJe vous confirme la suppression de l'ensemble de vos données "
  "personnelles de mon fichier, conformément à votre demande au titre de l'article 17 du RGPD.\n\n"
  "Sandra Delomenie - Floraison de Soi", sender=f"Sandra Delomenie <{OWN}>")
N("own-fr-newsletter", "La lettre de Floraison de Soi - mai",
  "Chères toutes, chers tous,\nVoici les dates des cercles de mai.\n\nPour vous désinscrire, "
  "répondez « STOP ». Vous pouvez exercer vos droits (accès, rectification, effacement) à tout moment.",
  sender=f"Floraison de Soi <{OWN}>")
N("own-fr-note-to-self", "note",
  "penser à supprimer les données de Mme Robin (décès) + répondre à M. Dumont droit d'accès avant le 12",
  sender=f"<{OWN}>")
N("own-en-reply", "Re: Data access request",
  "Dear Laura, please find attached a copy of your personal data as requested under Article 15. Sandra",
  sender=f"Sandra Delomenie <{OWN}>")

# ---------------------------------------------------------------------------------------------
# Negatives: ordinary business with trap words
# ---------------------------------------------------------------------------------------------
N("biz-fr-renvoyer-mail-supprime", "Invitation",
  "Bonjour, j'ai supprimé votre mail par erreur, pouvez-vous me renvoyer l'invitation pour le cercle "
  "de jeudi ? Merci !", sender="<helene.g@gmail.com>")
N("biz-fr-copie-facture", "Facture",
  "Bonjour, pourriez-vous m'envoyer une copie de la facture de février pour ma mutuelle ? Merci.",
  sender="<j.kerdraon@orange.fr>")
N("biz-fr-tarifs", "Tarifs",
  "Bonjour, quels sont vos tarifs pour un accompagnement de 5 séances ? Et faites-vous des séances en visio ?",
  sender="<alice.v@gmail.com>")
N("biz-en-testimonial-given", "Testimonial",
  "Hi Sandra, here's my testimonial as promised: 'Sandra helped me find calm in a chaotic year.' "
  "You can publish it with my first name and photo. Best, Hannah", sender="<hannah.w@gmail.com>")
N("biz-fr-accord-photo", "Photos du stage",
  "Bonjour, pas de souci pour utiliser les photos du stage où j'apparais, ça me fait plaisir ! Bises",
  sender="<elise.t@gmail.com>")
N("biz-fr-garder-coordonnees", "Pause",
  "Bonjour Sandra, je fais une pause dans les séances pour cet été. Surtout gardez mes coordonnées, "
  "je reviendrai à la rentrée et j'aimerais continuer à recevoir la lettre !", sender="<m.riou@gmail.com>")
N("biz-en-dont-unsubscribe", "Newsletter",
  "I love your newsletter, please don't take me off the list even though I'm moving abroad!",
  sender="<sue.k@gmail.com>")
N("biz-fr-changement-creneau", "Créneau",
  "Est-il possible de déplacer ma séance de vendredi à lundi même heure ?", sender="<p.henaff@gmail.com>")
N("biz-fr-remerciements", "Merci",
  "Merci pour cette belle journée de retraite. Je me sens apaisée. À très vite ! Nadia",
  sender="<nadia.b@gmail.com>")
N("biz-en-question-workshop", "Workshop question",
  "Hi, is the June workshop suitable for beginners? And do I need to bring a yoga mat?",
  sender="<ollie.p@gmail.com>")
N("biz-fr-questionnaire-rempli", "Questionnaire",
  "Voici mon questionnaire d'accueil rempli, avec mes données de santé comme demandé. À jeudi !",
  sender="<r.le.bras@gmail.com>")
N("biz-fr-supprimer-doublon", "doublon",
  "Bonjour, je crois que je me suis inscrite deux fois à l'atelier de mai (deux paiements). Pouvez-vous "
  "supprimer le doublon et me rembourser la seconde place ?", sender="<f.bihan@gmail.com>")
N("biz-en-delete-photo-from-drive", "Shared folder",
  "Hi Sandra, I've uploaded my photos to the shared folder - feel free to delete the blurry ones. Jess",
  sender="<jess.m@gmail.com>")
N("biz-fr-mauvais-destinataire", "Document",
  "Bonjour, je pense que vous m'avez envoyé par erreur le bilan d'une autre personne. Je l'ai "
  "supprimé de ma boîte, je vous préviens pour que vous puissiez vérifier.", sender="<a.cozic@gmail.com>")
N("biz-fr-attestation", "Attestation",
  "Bonjour, pouvez-vous me faire une attestation de suivi des séances pour mon employeur ? Merci.",
  sender="<y.quillec@orange.fr>")
N("biz-en-recommend", "Recommendation",
  "Can you recommend a good book on self-compassion? I loved the one you mentioned last time.",
  sender="<mark.d@gmail.com>")
N("biz-fr-nouvelle-adresse-livraison", "Livre",
  "Pour le livre que vous devez m'envoyer, vous pouvez l'envoyer chez ma sœur cette fois : 3 rue du Port, Brest.",
  sender="<l.abiven@gmail.com>")
N("biz-fr-partenariat", "Proposition de partenariat",
  "Bonjour, je suis naturopathe à Morlaix et je souhaiterais vous proposer un atelier en duo cet "
  "automne. Seriez-vous disponible pour en discuter ?", sender="<naturo.morlaix@gmail.com>")
N("biz-en-data-for-study", "Anonymous statistics",
  "Hello Sandra, for my wellbeing research project, would you be willing to share anonymous "
  "statistics about your clients (age ranges only, no personal data)? Entirely optional.",
  sender="<researcher@uni.example>")
N("biz-fr-rgpd-question-pro", "RGPD pour mon cabinet",
  "Salut Sandra, toi qui as fait la formation RGPD, tu sais si je dois tenir un registre des "
  "traitements pour mon petit cabinet de réflexologie ?", sender="<celine.reflexo@gmail.com>")
N("biz-fr-ne-supprimez-pas", "Mes notes",
  "Surtout ne supprimez pas mes notes de séance, je voudrais reprendre là où on s'est arrêtées en septembre.",
  sender="<brigitte.l@gmail.com>")
N("biz-en-keep-me-on-list", "Moving",
  "I'm moving to Canada but please keep me on your mailing list, I'll follow the online circles!",
  sender="<olivia.n@gmail.com>")
N("biz-fr-lien-desinscription-newsletter-tierce", "Pub reçue",
  "Bonjour Sandra, je reçois des pubs d'un site de yoga qui utilise ton nom, tu es au courant ? Je me "
  "suis désinscrite chez eux mais je voulais te prévenir.", sender="<isa.morvan@gmail.com>")
N("biz-fr-effacer-tableau", "Atelier",
  "Pour l'atelier de samedi, pensez à effacer le tableau blanc de la salle, la mairie a râlé la dernière fois.",
  sender="<asso.salle@plouzane.example>")
N("biz-en-access-venue", "Venue access",
  "How do I access the venue? Is there parking and wheelchair access? My mother will come with me.",
  sender="<tara.q@gmail.com>")
N("biz-fr-carte-cadeau", "Carte cadeau",
  "Bonjour, je voudrais offrir une carte cadeau pour deux séances à ma sœur. Comment fait-on ?",
  sender="<g.lozach@gmail.com>")
N("biz-fr-merci-effacement-fait", "Merci",
  "Merci d'avoir supprimé mes données si rapidement, c'est rare ! Bonne continuation Sandra.",
  sender="<h.bothorel@gmail.com>")
N("biz-en-confirm-received", "Got it",
  "Thanks Sandra, I received the copy of my data you sent. All good, nothing else needed.",
  sender="<peter.l@gmail.com>")
N("biz-fr-informer-demenagement-sans-demande", "Nouvelles",
  "Coucou, on a déménagé à Vannes ! Les enfants adorent la nouvelle école. J'espère te revoir à un "
  "cercle un de ces jours. Bisous, Mathilde", sender="<mathilde.b@gmail.com>")
N("biz-fr-newsletter-compliment", "Lettre d'avril",
  "Votre lettre d'avril m'a beaucoup touchée, surtout le passage sur le lâcher-prise. Merci !",
  sender="<jacqueline.p@orange.fr>")
N("biz-en-zoom-link", "Zoom link",
  "Hi, I didn't get the zoom link for tonight's session - could you resend it?",
  sender="<ian.c@gmail.com>")
N("biz-fr-spam-seo", "Référencement",
  "Bonjour, votre site floraison-de-soi pourrait être en première page de Google. Nos offres SEO à "
  "partir de 99 €/mois. Pour ne plus recevoir nos emails, répondez DESABONNER.",
  sender="<contact@seo-top.example>")
N("biz-en-phishing", "Your mailbox is full",
  "Dear user, your mailbox storage is full. Verify your account and password here to avoid deletion "
  "of your data within 24 hours.", sender="<admin@orange-secure.example>")
N("biz-fr-avis-google", "Avis",
  "J'ai laissé un avis sur Google, j'espère qu'il vous aidera ! Vous pouvez le partager sur votre site.",
  sender="<l.goasdoue@gmail.com>")
N("biz-fr-facture-nom-societe", "Facture au nom de la société",
  "Bonjour, pour la prochaine facture, merci de la libeller au nom de ma société, SARL Atelier Bleu, "
  "et non à mon nom. Merci !", sender="<contact@atelier-bleu.example>")
N("biz-fr-demande-info-enfant", "Atelier ados",
  "Bonjour, ma fille de 15 ans voudrait participer à l'atelier ados. Quelles informations "
  "faut-il fournir pour l'inscription ?", sender="<p.gourvennec@gmail.com>")
N("biz-en-donation", "Charity event",
  "Hi Sandra, would you donate a session as a raffle prize for our school fair? Happy to include your logo.",
  sender="<pta@school.example>")
N("neg-fr-juste-question-newsletter", "Newsletter",
  "Bonjour, à quelle fréquence envoyez-vous la newsletter ? Je me demandais si je l'avais ratée ce mois-ci.",
  sender="<b.kervran@gmail.com>")
N("neg-fr-pas-supprimer-compte-question", "compte",
  "Bonjour, si je supprime l'application de mon téléphone, est-ce que je perds mon accès aux replays ?",
  sender="<l.morvan@gmail.com>")
N("neg-en-reset-and-access", "Password reset",
  "Hello, I requested a password reset three times but never got the email. Can you give me access "
  "to my dashboard again?", sender="<amir.h@gmail.com>")
N("neg-fr-desinscription-stage-remplacer", "Stage de juillet",
  "Bonjour, je dois malheureusement me désinscrire du stage de juillet. Ma sœur pourrait-elle prendre ma place ?",
  sender="<c.tanguy@gmail.com>")
N("neg-en-unsubscribe-class", "Yoga class",
  "Hi, I need to unsubscribe from the Tuesday evening class series, my work hours changed. "
  "Can I switch to the Saturday one?", sender="<kim.l@gmail.com>")
N("neg-fr-droit-oubli-article", "Article intéressant",
  "Tu as vu cet article sur le droit à l'oubli et Google ? Ça m'a fait penser à notre discussion sur "
  "l'identité numérique. Bises", sender="<a.le.gall@gmail.com>")
N("neg-fr-cnil-menace-autre", "Mon ancien club de sport",
  "Mon ancien club de sport refuse d'effacer mes données. J'hésite à saisir la CNIL. Tu en penses "
  "quoi ? On en parle jeudi.", sender="<s.cozien@gmail.com>")
N("neg-en-other-company", "Advice",
  "A marketing company keeps emailing me even though I asked them to delete my data. Any idea how to "
  "make them stop? Sorry to bother you with this!", sender="<beth.r@gmail.com>")
N("neg-fr-temoignage-modif-texte", "Mon témoignage",
  "Bonjour Sandra, pour mon témoignage sur le site, pourriez-vous ajouter « après 6 mois » à la fin "
  "de la première phrase ? Sinon c'est parfait.", sender="<o.lebris@gmail.com>")
N("neg-fr-mari-demande-avis", "Mon mari",
  "Mon mari voudrait lui aussi faire un bilan. Pouvez-vous m'envoyer la fiche d'inscription pour lui ?",
  sender="<v.kerouedan@gmail.com>")
N("neg-en-deceased-condolences-no-request", "Sad news",
  "Dear Sandra, I'm sorry to tell you that Margaret, who came to your Tuesday circle, passed away "
  "last week. I know she loved your sessions. The funeral is on Friday in Brest.",
  sender="<friend.of.margaret@gmail.com>")
N("neg-fr-deces-annonce", "Triste nouvelle",
  "Bonjour Sandra, je voulais vous prévenir que Gisèle, qui venait à vos ateliers, est décédée. "
  "Les obsèques auront lieu mardi. Elle parlait souvent de vous.", sender="<amie.gisele@orange.fr>")
N("neg-fr-html-newsletter-asso", "Programme de l'été",
  "<html><body><h1>Programme de l'été</h1><p>Randonnées, ateliers d'écriture...</p><p style='font-size:9px'>"
  "Vous recevez ce mail car vous êtes adhérent. Conformément au RGPD, vous pouvez demander l'accès, la "
  "rectification ou la suppression de vos données. <a href='#'>Se désinscrire</a></p></body></html>",
  sender="Asso Rando Iroise <contact@rando-iroise.example>", kind="html", headers=LIST_HEADERS)
N("neg-fr-quoted-only-with-fwd", "Fwd: ma demande",
  "Je te transfère, pour info, ce que j'ai envoyé à mon opérateur.", sender="<paul.guyader@gmail.com>",
  quote_style="fwd",
  quoted="De : paul.guyader@gmail.com\nÀ : service.client@operateur.example\nObjet : Suppression\n\n"
  "Je vous demande de supprimer toutes mes données personnelles conformément à l'article 17 du RGPD.")
N("neg-en-sub-confirmation-request", "Newsletter",
  "Hi! Could you add me to your newsletter? I'd love to hear about the autumn retreat.",
  sender="<lily.f@gmail.com>")
N("neg-fr-inscription-newsletter", "Inscription",
  "Bonjour, je voudrais m'inscrire à votre lettre d'information. Merci !", sender="<gilles.d@orange.fr>")
N("neg-fr-corriger-coquille-site", "Coquille",
  "Petite coquille sur votre site, page tarifs : « séance » est écrit « sceance ». Bonne journée !",
  sender="<prof.francais@gmail.com>")
N("neg-en-access-recording-link", "Recording",
  "Could you give me access to the recording of last week's circle? I missed it.",
  sender="<sophie.h@gmail.com>")
N("neg-fr-mes-donnees-telephone", "Téléphone",
  "J'ai perdu toutes mes données en changeant de téléphone, dont votre numéro ! Vous pouvez me le redonner ?",
  sender="<yvette.c@gmail.com>")
N("neg-fr-annule-abonnement-newsletter-payante", "Programme",
  "Bonjour, je souhaite arrêter le programme en ligne « 30 jours pour soi » et ne pas être prélevée "
  "le mois prochain. Merci", sender="<f.queffelec@gmail.com>")
N("neg-en-gdpr-consent-form-returned", "Signed consent form",
  "Please find attached the signed GDPR consent form for the group sessions. See you Monday!",
  sender="<n.brown@gmail.com>")
N("neg-fr-consentement-donne", "Autorisation",
  "Je vous donne mon accord pour utiliser mon témoignage et ma photo sur votre site. Bonne journée.",
  sender="<maryvonne.l@orange.fr>")
