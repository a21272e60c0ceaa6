# -*- coding: utf-8 -*-
"""French negatives: ordinary, automatic and near-miss mail that is NOT a data-subject request to Sandra."""

LANG = "fr"
RECORDS = []


def R(key, frm, subj, body, **kw):
    d = dict(key=key, rights=[], lang=LANG, frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


PDF = "application/pdf"
JPG = "image/jpeg"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
PRO = "Sandra - Floraison de Soi <contact@floraisondesoi.fr>"
SIG = """Sandra Delomenie
Coach & formatrice - Floraison de Soi
46 rue d'Estienne d'Orves - 36100 Issoudun
06 81 84 21 73"""

# ------------------------------------------------------------ questions about rights
# NEAR-LINE: asks HOW to exercise erasure, does not ask for it -> negative.
R("n_fr_q_how_erase", "Martine Poulain <martine.poulain@orange.fr>", "Question RGPD",
  """Bonjour,

Je lis votre politique de confidentialité. Si un jour je souhaite faire effacer mes données,
comment faut-il procéder ? Faut-il un courrier signé avec une pièce d'identité, ou un simple
mail suffit-il ?

Cordialement,
Martine Poulain""")

R("n_fr_q_duration", "Sébastien Morin <sebastien.morin@gmail.com>", "Durée de conservation des notes ?",
  """Bonjour Sandra,

Une question par curiosité : combien de temps gardes-tu les notes que tu prends pendant les
séances ? Et est-ce que c'est sur papier ou sur ordinateur ?

Merci, à mardi !
Seb""")

R("n_fr_q_portability", "Lydie Caillaud <lydie.caillaud@free.fr>", "portabilité ?",
  """Bonjour,

Dans votre politique il est question d'un « droit à la portabilité ». Je ne comprends pas bien ce
que ça recouvre concrètement : est-ce que ça s'applique aux exercices faits sur la plateforme ?
Je demande juste pour comprendre.

Lydie""")

R("n_fr_q_prospect_delete", "Audrey Fournier <audrey.fournier@gmail.com>", "Avant de m'inscrire",
  """Bonjour,

Je suis intéressée par l'accompagnement « Reconversion sereine ». Avant de m'engager, j'ai une
question : à la fin de l'accompagnement, est-ce que je pourrai demander que mes données soient
supprimées, ou êtes-vous obligée de les garder 10 ans ?

Merci de votre réponse,
Audrey Fournier""")

R("n_fr_q_hosting", "Julien Marchetti <julien.marchetti@gmail.com>", "Hébergement des données",
  """Bonjour,

Mon entreprise envisage de vous confier un cycle d'ateliers pour nos managers. Notre DPO me
demande où sont hébergées les données des participants (Systeme.io ? Google Drive ?) et s'il y
a des transferts hors UE. Pouvez-vous nous envoyer ces éléments, voire un DPA ?

Julien Marchetti
Responsable formation - Berry Industrie""")

R("n_fr_q_own_business", "Valentine Roy <valentine.roy.sophro@gmail.com>", "RGPD pour mon cabinet",
  """Coucou Sandra,

Toi qui as l'air très au point sur le RGPD : une de mes clientes de sophrologie m'a demandé de
supprimer ses données. Est-ce que je dois aussi effacer ses factures ? Et comment tu fais pour
la pièce d'identité ? Je suis un peu perdue...

Bises et merci !
Valentine""")

# NEAR-LINE: general question about what happens after death, no instruction given -> negative.
R("n_fr_q_heirs", "Odette Chauvin <odette.chauvin@orange.fr>", "Une question délicate",
  """Bonjour Sandra,

Une question qui me trotte dans la tête depuis l'atelier : si je décède, qu'est-ce qui se passe
pour mes écrits et mes notes ? Mes enfants pourraient-ils les demander ? Je n'ai rien décidé,
je me renseigne.

Odette""")

# NEAR-LINE: question about the consequences of withdrawing consent, not a withdrawal -> negative.
R("n_fr_q_withdraw", "Florence Perrier <florence.perrier@gmail.com>", "Témoignage - question",
  """Bonjour Sandra,

Si un jour je retire mon consentement pour le témoignage que je t'ai donné, est-ce que ça veut
dire que tu dois aussi supprimer mon dossier client ? Je ne le retire pas, hein, je me pose
juste la question.

Florence""")

# ------------------------------------------------------------ CNIL
R("n_fr_cnil_copy", "Gérald Thomas <gerald.thomas@laposte.net>", "Copie de ma plainte à la CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que j'ai déposée ce jour
auprès de la CNIL.

« Je reçois depuis plusieurs mois des courriels commerciaux de l'entreprise Floraison de Soi
sans avoir jamais donné mon accord. Ma demande de désinscription du mois dernier n'a pas été
prise en compte. »

Gérald Thomas""", att=[("plainte_CNIL_accuse_reception.pdf", PDF)])

# NEAR-LINE: forwards the CNIL acknowledgement of a complaint with "Pour info." only -> negative.
R("n_fr_cnil_fwd_ack", "Lise Moulin <lise.moulin@gmail.com>", "TR: Accusé de réception de votre plainte",
  """Pour info.""",
  quote=dict(style="fwd", who="CNIL <ne-pas-repondre@cnil.fr>", to="lise.moulin@gmail.com",
             subj="Accusé de réception de votre plainte n° 25012345",
             text="""Madame,

Nous accusons réception de votre plainte concernant la société FLORAISON DE SOI, enregistrée
sous le numéro 25012345. Elle sera instruite par nos services.

Le service des plaintes de la CNIL"""))

# NEAR-LINE: the regulator writing to her about a complaint is not a data-subject request.
R("n_fr_cnil_letter", "CNIL - Service des plaintes <plaintes@cnil.fr>", "Plainte n° 25-08812 - demande d'informations",
  """Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte de
Monsieur G. T. relative à l'envoi de courriels de prospection. Afin d'instruire ce dossier, je
vous remercie de m'indiquer, dans un délai d'un mois, les suites données à sa demande
d'opposition ainsi que les modalités de recueil du consentement de vos prospects.

Le chef du service des plaintes""", att=[("courrier_CNIL_25-08812.pdf", PDF)])

# ------------------------------------------------------------ about another living adult
# NEAR-LINE: parent of an ADULT son (28) asking for his data and its deletion -> negative (another living adult).
R("n_fr_mother_adult_son", "Chantal Lebrun <chantal.lebrun@orange.fr>", "Mon fils Julien",
  """Bonjour Madame,

Mon fils Julien (28 ans) a fait un bilan avec vous. Il va très mal en ce moment et je voudrais
savoir ce qu'il vous a confié, et que vous supprimiez ses données pour qu'il passe à autre
chose. Il n'est pas au courant de mon message.

Chantal Lebrun""")

R("n_fr_husband_wife", "Patrick Giraud <patrick.giraud@sfr.fr>", "Séances de ma femme",
  """Bonjour,

Ma femme, Nathalie Giraud, voit vous régulièrement. J'aimerais avoir une copie de vos notes la
concernant, je m'inquiète pour elle. Merci.

Patrick Giraud""")

R("n_fr_hr_colleague", "Service RH - Berry Logistique <rh@berry-logistique.fr>", "Bilan de M. Lopez",
  """Bonjour Madame,

Dans le cadre du bilan de compétences de notre salarié, M. Frédéric Lopez, pourriez-vous nous
transmettre la synthèse et les résultats des tests ? Nous finançons la prestation.

Cordialement,
Aurore Lemaitre, chargée RH""")

# NEAR-LINE: unsubscribe asked for a living adult sister -> negative.
R("n_fr_sister_unsub", "Maud Perret <maud.perret@gmail.com>", "Pour ma sœur",
  """Bonjour,

Ma sœur Juliette Perret ne veut plus recevoir vos mails mais elle n'ose pas vous le dire.
Pouvez-vous la retirer de votre liste ? Son adresse est juliette.perret@hotmail.fr.

Merci, Maud""")

R("n_fr_friend_testimonial", "Clémence Blanc <clemence.blanc@gmail.com>", "Témoignage de Julie",
  """Coucou Sandra,

Mon amie Julie Ferrand (qui était au stage avec moi) aimerait que son témoignage soit retiré de
ton site, elle est gênée de te l'écrire. Tu peux voir ça ?

Bisous, Clémence""")

# ------------------------------------------------------------ her own sent mail
R("n_fr_sent_confirm_erasure", SANDRA, "Re: Suppression de mon compte",
  """Bonjour Emilie,

Je vous confirme que votre compte sur la plateforme ainsi que l'ensemble de vos données ont été
supprimés, à l'exception des factures que je suis tenue de conserver 10 ans.

Belle continuation,
""" + SIG, to="Emilie Caron <emilie.caron@gmail.com>",
  quote=dict(style="gmail", who="Emilie Caron <emilie.caron@gmail.com>", text="""Bonjour,

Je souhaite que vous supprimiez mon compte sur votre plateforme de formation ainsi que toutes
mes données personnelles.

Emilie Caron"""))

R("n_fr_sent_ack_access", SANDRA, "Votre demande d'accès à vos données",
  """Bonjour Monsieur Tessier,

J'accuse bonne réception de votre demande d'accès du 4 courant. Je vous adresserai la copie de
vos données dans le délai d'un mois prévu par le RGPD.

Bien cordialement,
""" + SIG, to="Jean-Marc Tessier <jm.tessier@orange.fr>")

R("n_fr_sent_newsletter", PRO, "🌸 Les ateliers de la rentrée",
  """Bonjour à toutes et à tous,

La rentrée approche ! Voici le programme des ateliers de septembre : « Poser ses limites »,
« Oser dire non », et un nouveau cercle de parole le samedi matin.

Vous pouvez à tout moment vous désinscrire, accéder à vos données ou les faire supprimer en
m'écrivant.

Sandra""", to="Undisclosed recipients:;", shape="alt",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe?c=8812>",
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

R("n_fr_sent_devis", PRO, "Devis accompagnement individuel",
  """Bonjour Madame Girard,

Comme convenu, voici le devis pour l'accompagnement de 8 séances. Il est valable 21 jours.
Vous trouverez également la politique de confidentialité et le formulaire de consentement pour
les données de santé.

Au plaisir,
""" + SIG, to="Hélène Girard <helene.girard@gmail.com>",
  att=[("Devis_2025-041_Girard.pdf", PDF), ("Politique_confidentialite.pdf", PDF)])

R("n_fr_sent_idcheck", SANDRA, "Re: Demande d'effacement - article 17 RGPD",
  """Bonjour Monsieur Mercier,

Pour que je puisse traiter votre demande d'effacement, pourriez-vous m'adresser une copie
lisible de votre pièce d'identité ? La pièce jointe de votre premier message ne s'ouvre pas.

Cordialement,
""" + SIG, to="Renaud Mercier <renaud.mercier@gmail.com>")

R("n_fr_sent_accountant", SANDRA, "Export factures T3",
  """Bonjour Jérôme,

Voici l'export des factures et des paiements Stripe du troisième trimestre. J'ai supprimé les
doublons du fichier précédent, dis-moi s'il te manque quelque chose.

Sandra""", to="Jérôme Pasquier - Cabinet Pasquier <j.pasquier@pasquier-expertise.fr>",
  att=[("export_factures_T3.csv", "text/csv")])

R("n_fr_sent_policy_update", PRO, "Mise à jour de ma politique de confidentialité",
  """Bonjour,

Je vous informe que j'ai mis à jour ma politique de confidentialité (nouveaux sous-traitants :
Calendly et Zoom). Vous pouvez la consulter sur le site. Vous pouvez toujours exercer vos droits
d'accès, de rectification, d'effacement ou d'opposition en écrivant à
sandra.delomenie@orange.fr.

Sandra Delomenie""", to="Undisclosed recipients:;", shape="html")

R("n_fr_sent_done", SANDRA, "Re: désinscription",
  """C'est fait, vous ne recevrez plus la newsletter. Bonne journée !
Sandra""", to="Danielle Hubert <danielle.hubert@orange.fr>",
  quote=dict(style="apple", who="Danielle Hubert <danielle.hubert@orange.fr>", text="""Bonjour,
Merci de me désinscrire de votre newsletter, je n'arrive pas à trouver le lien.
Cordialement
D. Hubert"""))

# ------------------------------------------------------------ thank-you above a quoted request
# NEAR-LINE: thank-you above a quoted erasure exchange -> only the new text counts -> negative.
R("n_fr_thanks_erasure", "Monique Deschamps <monique.deschamps@orange.fr>", "Re: petite demande",
  """Merci beaucoup Sandra, c'est parfait. Je vous souhaite plein de belles choses.
Monique""",
  quote=dict(style="gmail", who=SANDRA, text="""Bonjour Monique,
C'est fait, vos données ont été supprimées.
Sandra

Le 3 mars, Monique Deschamps a écrit :
> Pourriez-vous supprimer mes données de vos fichiers, s'il vous plaît ?"""))

R("n_fr_thanks_copy", "Claire Bessonneau <claire.bessonneau@gmail.com>", "RE: Demande de copie de mes données",
  """Bonjour Sandra,

Bien reçu le dossier, merci pour la rapidité ! Ça m'a fait drôle de relire tout ça.

Claire""",
  quote=dict(style="outlook", who="Claire Bessonneau <claire.bessonneau@gmail.com>",
             subj="Demande de copie de mes données", text="""Bonjour Sandra,

Pourriez-vous m'envoyer une copie de l'ensemble des données personnelles que vous conservez
à mon sujet ?

Claire Bessonneau"""))

R("n_fr_ok_unsub", "Gilles Marty <gilles.marty@orange.fr>", "Re: Les ateliers du printemps",
  """Ok merci.""",
  quote=dict(style="gmail", who=SANDRA, text="""Bonjour Monsieur Marty,
Je vous ai retiré de la liste, désolée pour le dérangement.
Sandra

> STOP. Je ne veux plus recevoir ces mails."""))

R("n_fr_thanks_rectif", "Isabelle Lefèbvre <isabelle.lefebvre.pro@gmail.com>", "Re: Erreur sur mon nom",
  """Super, c'est bien corrigé sur l'attestation aussi. Merci !""",
  quote=dict(style="apple", who=SANDRA, text="""Bonjour Isabelle,
Toutes mes excuses, c'est corrigé partout.
Sandra"""))

# ------------------------------------------------------------ cancellations
R("n_fr_cancel_rdv", "Jacqueline Riviere <jacqueline.riviere@orange.fr>", "Annulation rdv jeudi",
  """Bonjour Sandra,
Je dois annuler notre rendez-vous de jeudi 14h, ma fille est malade. Je vous rappelle pour
en fixer un autre.
Jacqueline""")

R("n_fr_cancel_workshop", "Elsa Dumas <elsa.dumas@gmail.com>", "Désinscription atelier du 12",
  """Bonjour,

Je souhaiterais me désinscrire de l'atelier « Poser ses limites » du 12 octobre, j'ai un
empêchement professionnel. Est-il possible de reporter sur la session de novembre ?

Merci,
Elsa Dumas""")

R("n_fr_cancel_subscription", "Romain Petit <romain.petit@gmail.com>", "Résiliation abonnement",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « Cercle Floraison » à la fin du mois.
Merci d'arrêter les prélèvements Stripe après le paiement de juin.

Romain Petit""")

R("n_fr_retractation", "Océane Garcia <oceane.garcia@hotmail.fr>", "Rétractation",
  """Bonjour,

J'ai souscrit hier à la formation en ligne « Sortir du mode survie ». J'exerce mon droit de
rétractation dans le délai de 14 jours et demande le remboursement.

Océane Garcia""")

R("n_fr_delete_slot", "Arthur Bailly <arthur.bailly@gmail.com>", "Créneau réservé par erreur",
  """Bonjour,

J'ai réservé deux fois le même créneau sur votre agenda en ligne (mardi 10h). Pouvez-vous
supprimer le doublon ? Je garde celui de 10h bien sûr.

Arthur""")

R("n_fr_stage_refund", "Nadège Colin <nadege.colin@laposte.net>", "Stage juillet",
  """Bonjour Sandra,

Je dois me désinscrire du stage de juillet à Gargilesse, pour raison de santé. L'acompte
peut-il être remboursé ou reporté ?

Nadège""")

# NEAR-LINE: "retirez-moi de la liste des inscrits" = cancelling a registration, not marketing -> negative.
R("n_fr_webinar_list", "Damien Leroux <damien.leroux@free.fr>", "Webinaire mardi",
  """Bonjour,

Retirez-moi de la liste des inscrits au webinaire de mardi soir, je ne pourrai pas être là. Je
regarderai le replay si vous l'envoyez.

Damien""")

# ------------------------------------------------------------ password / access to the space
R("n_fr_pwd", "Josiane Marchal <josiane.marchal@orange.fr>", "mot de passe",
  """Bonjour,
Je n'arrive plus à me connecter, j'ai oublié mon mot de passe et le lien de réinitialisation ne
marche pas. Pouvez-vous m'aider à accéder à mon espace ?
Josiane""")

R("n_fr_acces_espace", "Thibault Renaud <thibault.renaud@gmail.com>", "Accès à mon espace formation",
  """Bonjour,

Depuis votre changement de plateforme je n'ai plus accès à mon espace. Quand je mets mon adresse
on me dit qu'elle n'existe pas. Est-ce normal ?

Thibault""")

R("n_fr_module4", "Manon Lefort <manon.lefort@gmail.com>", "Module 4 bloqué",
  """Bonjour Sandra,

Le module 4 reste grisé alors que j'ai fini le 3. Je n'ai pas accès aux vidéos. Tu peux
regarder ?

Manon""")

# NEAR-LINE: asks how to change the login email herself (platform how-to), gives no new value -> negative.
R("n_fr_change_login_howto", "Sabine Vial <sabine.vial@gmail.com>", "modifier mon email de connexion",
  """Bonjour,

Comment je peux modifier moi-même l'adresse mail de connexion dans mon espace élève ? Je ne
trouve pas le bouton dans les paramètres.

Merci, Sabine""")

# ------------------------------------------------------------ "close my account" alone
# NEAR-LINE: "fermer mon compte" with no mention of data -> negative per policy.
R("n_fr_close_account", "Xavier Poulet <xavier.poulet@gmail.com>", "Fermeture compte",
  """Bonjour,
Pouvez-vous fermer mon compte sur la plateforme ? Merci.
X. Poulet""")

R("n_fr_close_account2", "Eva Langlois <eva.langlois@gmail.com>", "Clôture de mon compte élève",
  """Bonjour Sandra,

J'ai terminé la formation, merci pour tout ! Tu peux clôturer mon compte élève, je n'en aurai
plus besoin.

Eva""")

# ------------------------------------------------------------ ordinary mail using the same words
# NEAR-LINE: a copy of an invoice for the insurer is ordinary admin, not an access request.
R("n_fr_copy_invoice", "Bernadette Morel <bernadette.morel@orange.fr>", "Copie facture mutuelle",
  """Bonjour,

Ma mutuelle me demande une copie de la facture des séances de mars. Pourriez-vous me la
renvoyer ? Je ne la retrouve plus.

Merci,
Bernadette Morel""")

R("n_fr_wrong_amount", "Loïc Germain <loic.germain@gmail.com>", "Erreur sur la facture",
  """Bonjour,

Il y a une erreur sur la facture n° 2025-118 : le montant est de 180 € alors que nous avions
convenu de 150 € (tarif solidaire). Pouvez-vous corriger et me la renvoyer ?

Loïc""")

R("n_fr_deleted_link", "Murielle Adam <murielle.adam@gmail.com>", "lien replay supprimé",
  """Bonjour Sandra,

J'ai supprimé par erreur le mail avec le lien du replay de jeudi... Tu peux me le renvoyer ?
Désolée !

Murielle""")

R("n_fr_move_rdv", "Kevin Hoarau <kevin.hoarau@gmail.com>", "Modifier rdv",
  """Bonjour, est-il possible de modifier notre rendez-vous de mardi 18h pour mercredi même heure ?
Merci
Kevin""")

R("n_fr_export_broken", "Noé Guillaume <noe.guillaume@gmail.com>", "Export du tableau des valeurs",
  """Bonjour,

Quand je clique sur « Exporter » dans l'exercice du tableau des valeurs, le fichier téléchargé
est vide. J'ai essayé avec Chrome et Firefox. Ça vient de chez moi ?

Noé""")

R("n_fr_coaching_content", "Aline Jourdan <aline.jourdan@gmail.com>", "Après la séance",
  """Sandra,

Je voulais te raconter : j'ai suivi ton conseil et je me suis opposée à mon chef en réunion
pour la première fois. Il voulait effacer mon nom du projet et présenter les données comme
les siennes. J'ai tenu bon ! Je suis encore toute tremblante.

Merci, merci.
Aline""")

R("n_fr_consent_exercise", "Pauline Mathieu <pauline.mathieu@gmail.com>", "L'exercice sur le consentement",
  """Bonjour Sandra,

L'exercice sur le consentement et les limites dans le couple m'a beaucoup remuée. J'aimerais
qu'on en reparle à la prochaine séance. Est-ce que je dois retirer quelque chose de mon journal
avant de te l'envoyer, ou tu préfères le voir en entier ?

Pauline""")

R("n_fr_partner_workshop", "Stéphanie Jacquet <s.jacquet@jacquet-conseil.fr>", "Atelier RGPD pour entrepreneurs ?",
  """Bonjour Sandra,

Je suis consultante en conformité RGPD à Bourges. Nous avions échangé au salon des
entrepreneurs. Seriez-vous partante pour co-animer un atelier « RGPD et posture de
l'entrepreneur » ? Je gère la partie données personnelles, vous la partie accompagnement.

Stéphanie Jacquet""")

R("n_fr_prospect_price", "Gaëtan Roger <gaetan.roger@gmail.com>", "Tarifs accompagnement",
  """Bonjour,

J'ai lu votre site et votre politique de confidentialité (rassurant de voir quelqu'un qui prend
ça au sérieux). Quels sont vos tarifs pour un accompagnement de reconversion ? Les séances
peuvent-elles se faire en visio ?

Gaëtan Roger""")

R("n_fr_drive_shared", "Lou Marchand <lou.marchand@gmail.com>", "Documents sur le Drive",
  """Coucou Sandra,

Je t'ai mis mon CV et ma lettre de motivation dans le dossier Drive partagé. Tu arrives à y
accéder ? Sinon je te les envoie par mail.

Lou""")

R("n_fr_whatsapp_readd", "Inès Collet <ines.collet@gmail.com>", "groupe WhatsApp",
  """Bonjour Sandra,

J'ai quitté le groupe WhatsApp de la formation par erreur en faisant du tri... Tu peux me
rajouter ? Mon numéro n'a pas changé.

Inès""")

R("n_fr_correct_writing", "Raymonde Gilles <raymonde.gilles@orange.fr>", "Mon texte pour l'atelier d'écriture",
  """Bonjour Sandra,

Voici mon texte « La maison de ma grand-mère ». Pourrais-tu le corriger et me dire ce que tu en
penses ? J'ai effacé le dernier paragraphe, il ne me plaisait pas.

Raymonde""", att=[("La_maison_de_ma_grand-mere.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

R("n_fr_photos_request", "Coline Barre <coline.barre@gmail.com>", "Photos de l'atelier",
  """Bonjour Sandra,

Est-ce que tu pourrais m'envoyer les photos de l'atelier de samedi ? J'aimerais en garder une
copie, je suis dessus avec Maëlle.

Merci, Coline""")

R("n_fr_testimonial_offer", "Didier Lemoine <didier.lemoine@gmail.com>", "Témoignage",
  """Bonjour Sandra,

Comme promis, voici quelques lignes pour ton site. Tu peux utiliser mon prénom et ma photo
(ci-jointe), je donne mon accord.

« Grâce à Sandra, j'ai osé quitter la banque pour ouvrir mon atelier de céramique. »

Didier""", att=[("didier_portrait.jpg", JPG)])

# NEAR-LINE: wants a sentence changed in a testimonial before publication (content edit) -> negative, not rectification.
R("n_fr_testimonial_edit", "Joëlle Masse <joelle.masse@gmail.com>", "Re: Ton témoignage - relecture",
  """Bonjour Sandra,

Merci pour la mise en forme ! Juste une modification : peux-tu remplacer « j'étais perdue » par
« je cherchais ma voie » ? Sinon c'est parfait, tu peux publier.

Joëlle""",
  quote=dict(style="gmail", who=SANDRA, text="""Bonjour Joëlle,
Voici ton témoignage mis en forme pour le site, dis-moi si ça te va avant publication.
Sandra"""))

R("n_fr_accountant_fec", "Jérôme Pasquier <j.pasquier@pasquier-expertise.fr>", "Clôture 2025 - éléments manquants",
  """Bonjour Sandra,

Pour la clôture, il me manque l'export Stripe de décembre et les relevés PayPal. Peux-tu me
donner un accès en lecture à ton Drive « Compta » plutôt que de tout m'envoyer par mail ?

Jérôme Pasquier
Cabinet Pasquier Expertise Comptable""")

R("n_fr_qualiopi_audit", "Bureau Veritas Certification <audit.qualiopi@bureauveritas.fr>", "Audit de surveillance Qualiopi",
  """Madame,

Dans le cadre de l'audit de surveillance Qualiopi prévu le 18, l'auditrice aura besoin
d'accéder aux dossiers de trois stagiaires tirés au sort (émargements, évaluations, preuves de
recueil du consentement). Merci de les tenir à disposition.

Service certification""")

R("n_fr_resubscribe", "Marion Texier <marion.texier@gmail.com>", "Je ne reçois plus la newsletter",
  """Bonjour,

Je ne reçois plus votre newsletter depuis le mois de mai, je crois que j'ai été désinscrite par
erreur (ou je me suis trompée de bouton). Pouvez-vous me réinscrire ? Elle me manque !

Marion""")

R("n_fr_friend_article", "Agnès Rolland <agnes.rolland@gmail.com>", "article RGPD pour les coachs",
  """Coucou,

Je suis tombée sur cet article « Coachs, thérapeutes : 5 erreurs RGPD à éviter » et j'ai pensé à
toi, vu ce que tu me disais sur les demandes de suppression de données. Bonne lecture !

https://www.lesechos.fr/entrepreneurs/rgpd-coachs-therapeutes

Bises, Agnès""")

R("n_fr_mairie_salle", "Mairie d'Issoudun - Service associations <associations@issoudun.fr>", "Réservation salle Vaudevire",
  """Madame,

Votre réservation de la salle Vaudevire pour le 23 novembre est confirmée. Merci de nous
retourner l'attestation d'assurance. Nous avons modifié vos coordonnées dans notre fichier
suite à votre appel.

Le service vie associative""")

R("n_fr_delete_group_post", "Agathe Prunier <agathe.prunier@gmail.com>", "Mon message dans le groupe",
  """Coucou Sandra,

J'ai supprimé mon message dans le groupe Facebook, finalement j'ai trouvé la réponse toute seule
(la salle est bien à l'étage ?). À samedi !

Agathe""")

R("n_fr_zoom_data_q", "Florent Hamel <florent.hamel@gmail.com>", "Problème de connexion Zoom",
  """Bonjour,

Hier soir impossible de me connecter à l'atelier : Zoom me disait « données de connexion
invalides ». Avez-vous changé le lien ? Je veux bien une copie du lien actuel.

Florent""")

R("n_fr_access_badge", "Christelle Faure <christelle.faure@orange.fr>", "Accès au bâtiment",
  """Bonjour Sandra,

Pour le stage de samedi, le code d'accès de la porte est toujours 4521 ? La dernière fois je
suis restée dehors 10 minutes :)

Christelle""")

R("n_fr_birthday_event", "Mélissa Baron <melissa.baron@gmail.com>", "Anniversaire Floraison de Soi",
  """Bonjour Sandra !

Je serai ravie de venir fêter les 5 ans de Floraison de Soi. Je viens avec mon compagnon, c'est
possible ? Et tu as besoin qu'on apporte quelque chose ?

Mélissa""", shape="html")

# ------------------------------------------------------------ automatic: auto-replies
R("n_fr_auto_absence", "Valérie Martineau <valerie.martineau@gmail.com>", "Réponse automatique : Les ateliers de la rentrée",
  """Bonjour,

Je suis absente du 4 au 22 août, sans accès à mes mails. Pour toute demande urgente, merci de
contacter ma collègue au 02 54 21 00 00.

Valérie Martineau""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

R("n_fr_auto_dpo", "Mutuelle Centre Val <dpo@mutuelle-centreval.fr>", "Réponse automatique - Votre message au service DPO",
  """Bonjour,

Nous accusons réception de votre message. Pour toute demande relative à vos données
personnelles (accès, rectification, effacement), merci d'utiliser notre formulaire en ligne.
Ce message est généré automatiquement, merci de ne pas y répondre.

Mutuelle Centre Val - Délégué à la protection des données""",
  hdr={"Auto-Submitted": "auto-replied"})

R("n_fr_auto_conges", "Jérôme Pasquier <j.pasquier@pasquier-expertise.fr>", "Absence du cabinet - Re: Export factures T3",
  """Le cabinet est fermé du 23 décembre au 2 janvier inclus. Vos messages seront traités à notre
retour. Bonnes fêtes !""", hdr={"Auto-Submitted": "auto-replied"})

# ------------------------------------------------------------ bounces
R("n_fr_bounce_orange", "Mail Delivery System <MAILER-DAEMON@orange.fr>", "Non remis : Confirmation de suppression de vos données",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : ancien.client36@wanadoo.fr
Raison : l'adresse de destination n'existe pas.""",
  special="bounce", bounce_rcpt="ancien.client36@wanadoo.fr",
  bounce_orig="""From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: ancien.client36@wanadoo.fr
Subject: Confirmation de suppression de vos donnees
Date: Tue, 4 Mar 2025 10:12:00 +0100""")

R("n_fr_bounce_full", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """** Message non remis **

Votre message n'a pas pu être distribué à anne.roux@gmail.com car la boîte de réception du
destinataire est pleine.""",
  special="bounce", bounce_rcpt="anne.roux@gmail.com", bounce_status="4.2.2",
  bounce_diag="smtp; 452 4.2.2 The email account that you tried to reach is over quota",
  bounce_orig="""From: Sandra - Floraison de Soi <contact@floraisondesoi.fr>
To: anne.roux@gmail.com
Subject: Votre demande d'acces a vos donnees
Date: Thu, 3 Apr 2025 09:00:00 +0200""", to=PRO)

R("n_fr_bounce_sfr", "MAILER-DAEMON <MAILER-DAEMON@sfr.fr>", "Échec de la remise du message",
  """Ceci est un message automatique. Votre message à michel.garnier@neuf.fr n'a pas pu être remis.""",
  special="bounce", bounce_rcpt="michel.garnier@neuf.fr",
  bounce_orig="""From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: michel.garnier@neuf.fr
Subject: Re: Appels
Date: Mon, 12 May 2025 18:40:00 +0200""")

# ------------------------------------------------------------ Stripe / Systeme.io / Google / Zoom / Calendly / banks
R("n_fr_stripe_payment", "Stripe <notifications@stripe.com>", "Paiement de 350,00 € reçu de Laura Benhamou",
  """Vous avez reçu un paiement de 350,00 € EUR.

Client : laura.benhamou@outlook.fr
Description : Accompagnement individuel - 4 séances
Moyen de paiement : Visa •••• 4242

Consultez le paiement dans votre Dashboard.""", shape="alt", to=PRO)

R("n_fr_stripe_dispute", "Stripe <notifications@stripe.com>", "Action requise : un litige a été ouvert",
  """Un client a contesté un paiement de 120,00 €. Motif : « produit non reçu ».
Vous avez jusqu'au 28 pour soumettre des preuves. Le client ne pourra pas accéder aux données de
votre compte ; vous pouvez retirer la contestation si elle a été ouverte par erreur.""",
  shape="html", to=PRO)

R("n_fr_systeme_newcontact", "Systeme.io <no-reply@systeme.io>", "Nouvel inscrit à votre liste « Newsletter »",
  """Bonjour Sandra,

Un nouveau contact s'est inscrit via le formulaire « Ebook gratuit » :
Email : c.fontaine@gmail.com
Tags : ebook, prospect

L'équipe Systeme.io""", shape="html", to=PRO)

R("n_fr_systeme_unsub_notice", "Systeme.io <no-reply@systeme.io>", "Un contact s'est désabonné",
  """Bonjour,

Le contact marc.lebon@orange.fr s'est désabonné de vos emails via le lien de désinscription
de la campagne « Les ateliers de la rentrée ».

Aucune action n'est requise.""", shape="html", to=PRO)

R("n_fr_systeme_gdpr", "Systeme.io <legal@systeme.io>", "Mise à jour de nos conditions et de l'accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour nos Conditions générales d'utilisation et notre accord de traitement des
données (DPA) conformément au RGPD. Ces changements entrent en vigueur le 1er mars. Vous n'avez
rien à faire ; si vous vous opposez à ces modifications, vous pouvez supprimer votre compte.

L'équipe Systeme.io""", shape="alt", to=PRO,
  hdr={"List-Unsubscribe": "<mailto:unsubscribe@systeme.io>"})

R("n_fr_google_access_req", "Google Drive <drive-shares-dm-noreply@google.com>", "Demande d'accès à « Bilan_final_Lopez.docx »",
  """frederic.lopez@berry-logistique.fr demande l'accès au document suivant :
Bilan_final_Lopez.docx

Ouvrir le document · Partager

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", shape="alt")

R("n_fr_google_security", "Google <no-reply@accounts.google.com>", "Alerte de sécurité",
  """Nouvelle connexion sur Windows
Nous avons remarqué une nouvelle connexion à votre compte Google sur un appareil Windows. Si
c'est vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.""",
  shape="html")

R("n_fr_zoom_recording", "Zoom <no-reply@zoom.us>", "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion « Atelier Oser dire non » est maintenant disponible.
Les participants pourront y accéder avec le code secret. L'enregistrement sera supprimé
automatiquement dans 30 jours.""", shape="alt")

R("n_fr_calendly_cancel", "Calendly <notifications@calendly.com>", "Annulé : Séance découverte avec Karim Belkacem",
  """Bonjour Sandra,

Le rendez-vous ci-dessous a été annulé.
Type d'événement : Séance découverte (30 min)
Invité : Karim Belkacem
Motif : « Je préfère supprimer ce créneau, je vous recontacterai. »""", shape="html")

R("n_fr_calendly_new", "Calendly <notifications@calendly.com>", "Nouvel événement : Séance individuelle - Lucie Charpentier",
  """Nouvel événement planifié.
Invité : Lucie Charpentier (lucie.charpentier@gmail.com)
Date : jeudi, 10:00 - 11:00
Réponses : « Je voudrais travailler sur ma confiance en moi »""", shape="html")

R("n_fr_bank_statement", "Crédit Agricole Centre Loire <ne-pas-repondre@ca-centreloire.fr>", "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois est disponible dans votre espace client. Pour
des raisons de sécurité, nous ne vous demanderons jamais vos codes d'accès par courriel.""")

R("n_fr_bank_kyc", "Crédit Agricole Centre Loire <ne-pas-repondre@ca-centreloire.fr>", "Mise à jour de vos données personnelles",
  """Madame,

Conformément à nos obligations réglementaires, nous vous invitons à mettre à jour vos données
personnelles et professionnelles (justificatif de domicile, extrait Kbis) depuis votre espace
client avant le 30 juin.

Votre conseiller""", shape="html")

# ------------------------------------------------------------ newsletters with List-Unsubscribe
R("n_fr_news_malt", "Malt <newsletter@malt.com>", "5 conseils pour fixer son TJM en 2025",
  """Freelances, c'est le moment de revoir vos tarifs !
Découvrez nos 5 conseils, et n'oubliez pas de mettre à jour vos données de profil.

Vous recevez cet email car vous êtes inscrit(e) sur Malt. Se désinscrire.""",
  shape="html", hdr={"List-Unsubscribe": "<https://www.malt.fr/unsubscribe?u=ab12>", "Precedence": "bulk"})

R("n_fr_news_cnil", "CNIL <lettre-info@cnil.fr>", "La lettre de la CNIL - Droit d'accès : ce qui change",
  """Au sommaire ce mois-ci :
- Droit d'accès : les nouvelles recommandations
- Effacement des données : foire aux questions
- TPE/PME : le guide de sensibilisation mis à jour

Pour vous désinscrire de cette lettre, cliquez ici.""",
  shape="alt", hdr={"List-Unsubscribe": "<mailto:desinscription@cnil.fr?subject=unsubscribe>", "Precedence": "bulk"})

R("n_fr_news_coachs", "Fédération des coachs <infos@federation-coachs.fr>", "RGPD : êtes-vous à jour ?",
  """Chers membres,

Le webinaire « Notes de séance et RGPD : que garder, que supprimer ? » aura lieu le 14. Inscription
gratuite pour les adhérents.

Se désabonner | Gérer mes préférences""", shape="html",
  hdr={"List-Unsubscribe": "<https://federation-coachs.fr/u/992>", "Precedence": "list"})

# ------------------------------------------------------------ vendor notices
R("n_fr_orange_notice", "Orange <info@orange.fr>", "Évolution de notre politique de protection des données",
  """Madame,

Nous faisons évoluer notre politique de protection des données personnelles. Vous pouvez à tout
moment vous opposer à l'utilisation de vos données à des fins de prospection depuis votre
espace client.

Orange""", shape="alt", hdr={"List-Unsubscribe": "<https://r.orange.fr/u?x=1>"})

R("n_fr_ovh_notice", "OVHcloud <noreply@ovh.com>", "Information importante : sous-traitants ultérieurs",
  """Bonjour,

Conformément à l'article 28 du RGPD, nous vous informons de la mise à jour de la liste de nos
sous-traitants ultérieurs. Vous disposez d'un délai de 30 jours pour formuler une objection.

L'équipe OVHcloud""")

# ------------------------------------------------------------ spam / phishing about RGPD
R("n_fr_spam_rgpd_fine", "Service Conformité RGPD <alerte@conformite-rgpd-pme.fr>", "URGENT : votre entreprise n'est pas conforme au RGPD",
  """Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr présente 7 non-conformités RGPD.
Vous vous exposez à une amende pouvant atteindre 20 000 000 €. Mettez-vous en conformité sous
48 h en cliquant ici pour régler les frais de dossier (349 € HT).

Le service conformité""", shape="html")

R("n_fr_spam_registre", "Registre National RGPD <contact@registre-rgpd-obligatoire.com>", "Inscription obligatoire au registre RGPD",
  """Votre entreprise FLORAISON DE SOI doit s'inscrire au registre national des traitements avant
le 31. Sans inscription, vos données clients devront être supprimées. Formulaire ci-joint.""",
  att=[("formulaire_inscription_registre.pdf", PDF)])

R("n_fr_phish_orange", "Orange Messagerie <securite@orange-verification-compte.com>", "Votre boîte mail sera supprimée",
  """Cher(e) client(e),

Suite à la nouvelle réglementation RGPD, votre messagerie sera supprimée sous 24 h si vous ne
confirmez pas vos données. Cliquez ici pour vérifier votre compte.

Service client Orange""", shape="html")
