# -*- coding: utf-8 -*-
"""Message records for the b16 corpus (inbox of Sandra Delomenie, Floraison de Soi).
Each record: key, rights, lang, frm, subj, body + optional fields used by generate.py:
fmt (plain|qp|b64|html|alt), to, cc, reply_to, reply, quote=(style, text[, who]),
att=[filenames], hdr={extra headers}, kind (bounce|rfc822), inner, ds, orig_headers, date.
"""
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}
RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "Floraison de Soi <contact@floraisondesoi.fr>"


def M(key, rights, lang, frm, subj, body, **kw):
    r = dict(key=key, rights=sorted(rights.split()) if rights else [], lang=lang, frm=frm,
             subj=subj, body=body)
    r.update(kw)
    RECORDS.append(r)


# =====================================================================
# REQUESTS - French
# =====================================================================

M("fr-acc-notes-seances", "access", "fr", "Mireille Gaudin <mireille.gaudin@orange.fr>",
  "mes notes de séances",
  """Bonjour Sandra,

J'espère que vous allez bien. Ça fait presque un an qu'on a terminé l'accompagnement et je repense souvent à nos séances.
J'aimerais beaucoup récupérer une copie de ce que vous aviez noté pendant nos rendez-vous, et plus largement tout ce que vous avez gardé sur moi (fiche, questionnaires, etc.). C'est possible ?

Je peux passer au cabinet si c'est plus simple.

Bien à vous,
Mireille Gaudin""")

M("fr-acc-quoi-garde", "access", "fr", "Thierry B. <thierry.bouvard@free.fr>",
  "question sur mes infos",
  """Bonjour,
J'ai suivi le stage "Reprendre son souffle" en 2023. Je voudrais savoir ce que vous conservez exactement à mon sujet depuis, et où c'est stocké (Drive, Systeme.io...). Merci de me faire la liste.
Thierry Bouvard""")

M("fr-acc-source", "access", "fr", "Pascale Rivoire <p.rivoire@laposte.net>",
  "Comment avez-vous eu mon adresse ?",
  """Madame,

Je reçois depuis quelques semaines votre lettre d'information alors que je ne me suis jamais inscrite nulle part chez vous, je ne vous connais pas.
Je souhaite savoir d'où vous tenez mon adresse électronique et quelles autres informations me concernant figurent dans vos fichiers.

Je vous remercie de me répondre dans le délai légal.

P. Rivoire""")
# NEAR-LINE: asks where the address came from + what is held -> access; no request to stop, so no objection.

M("fr-acc-partage", "access", "fr", "Karim Haddad <karim.haddad@gmail.com>",
  "Re: Atelier Confiance en soi - groupe WhatsApp",
  """Bonjour Sandra,

Petite question un peu délicate : j'ai eu un appel d'une personne qui disait vous connaître et qui avait mon numéro. Est-ce que vous pouvez me dire à qui vous avez transmis mes coordonnées (le groupe WhatsApp, un partenaire, un prestataire) ? Je voudrais juste comprendre par où c'est passé.

Merci d'avance,
Karim""",
  quote=("gmail", """Bonjour à toutes et à tous,

Je viens de créer le groupe WhatsApp de l'atelier, vous allez recevoir le lien d'invitation.

Belle soirée,
Sandra"""))

M("fr-acc-formel", "access", "fr", "Hélène Marchadier <helene.marchadier@wanadoo.fr>",
  "Demande d'accès - article 15 RGPD",
  """Madame Dumot-Deloménie,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires auxquels elles ont été communiquées ;
- leur durée de conservation.

Vous trouverez ci-joint la copie de ma carte d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Marchadier
12 allée des Tilleuls
36000 Châteauroux""", att=["CNI_Marchadier_recto_verso.pdf"])

M("fr-acc-questionnaire", "access", "fr", "Lou <lou.perrichon@icloud.com>",
  "le questionnaire du début",
  """Coucou Sandra !
Tu te souviens du long questionnaire que j'avais rempli au début du coaching (valeurs, enfance, tout ça) ? Je l'ai pas gardé et j'aimerais bien le relire. Tu pourrais me renvoyer ma version remplie ? Et s'il y a d'autres trucs me concernant dans ton dossier je veux bien aussi :)
Bisous
Lou

Envoyé de mon iPhone""")

M("fr-acc-mere-ado", "access", "fr", "Nathalie Servant <nathalie.servant@sfr.fr>",
  "Dossier de ma fille Inès (14 ans)",
  """Bonjour Madame Delomenie,

Ma fille Inès a suivi avec vous 6 séances de gestion du stress l'an dernier, avant son brevet. Nous déménageons et elle va être suivie par une psychologue à Tours.
En tant que mère et représentante légale, je souhaiterais obtenir une copie du dossier d'Inès (compte rendus, bilans, exercices) pour pouvoir le montrer à la nouvelle praticienne.

Je joins le livret de famille.

Cordialement,
Nathalie Servant""", att=["livret_famille_p1-2.pdf"])
# NEAR-LINE: parent for a minor -> request. Wants a copy to show a new practitioner: that is seeing the data, not a machine-readable transfer -> access only.

M("fr-acc-relance", "access", "fr", "Gérard Pinault <gerard.pinault@orange.fr>",
  "RE: ma demande du 3 février",
  """Madame,

Je me permets de vous relancer. Je vous ai demandé il y a plus de trois semaines la communication de mon dossier et je n'ai toujours rien reçu.
Je vous rappelle que vous avez un mois pour répondre.

G. Pinault""",
  quote=("outlook", """Madame,
Suite à la fin de mes séances je vous demande de me transmettre l'intégralité de mon dossier client.
Cordialement
G. Pinault""", "Gérard Pinault <gerard.pinault@orange.fr>"), fmt="qp")
# NEAR-LINE: a reminder about an earlier access request still exercises access (the new text repeats the demand).

M("fr-acc-paiements", "access", "fr", "Sophie Lenoir <sophie.lenoir@yahoo.fr>",
  "Mes paiements et mes données",
  """Bonjour,

Pour mes comptes personnels, j'aimerais voir quelles informations vous avez enregistrées sur moi : les paiements (Stripe ou PayPal ?), mes coordonnées, et les notes éventuelles. Une simple liste ou un export me suffira.

Belle journée
Sophie""")
# NEAR-LINE: "une liste ou un export me suffira" is about seeing the data, no reuse elsewhere -> access only.

M("fr-acc-photo-ou", "access", "fr", "Bernadette Chaumette <b.chaumette@orange.fr>",
  "Photos du salon bien-être",
  """Bonjour Sandra

Une amie me dit m'avoir vue sur une photo du salon bien-être de Vierzon, sur votre page. Pourriez-vous me dire sur quels supports vous avez mis des photos où j'apparais, et m'envoyer celles que vous avez de moi ?
Je ne suis pas fâchée hein, je voudrais juste savoir.

Bernadette""")

M("fr-acc-sms", "access", "fr", "Alain Métayer <alain.metayer36@gmail.com>",
  "demande",
  """bonjour madame
je voudrai avoir tout ce que vous avez sur moi dans vos fichier. j'ai pas d'ordinateur c'est ma petite fille qui envoie le mail pour moi, vous pouvez me l'envoyer par la poste au 7 rue du Moulin 36100 Issoudun.
merci
Alain Métayer""")

M("fr-rect-nom-marital", "rectification", "fr", "Camille Roux-Béranger <camille.rouxberanger@gmail.com>",
  "Changement de nom",
  """Bonjour Sandra,

Je me suis mariée cet été (eh oui !) et j'utilise maintenant Roux-Béranger. Est-ce que tu peux mettre à jour mon nom dans ton fichier, sur les factures à venir et sur mon compte de formation ?

Merci beaucoup,
Camille""")

M("fr-rect-tel", "rectification", "fr", "Jean-Luc Fradet <jlfradet@free.fr>",
  "nouveau numéro",
  """Bonjour,
Mon ancien numéro (06 12 45 78 90) n'existe plus, pouvez-vous le remplacer par le 07 69 32 10 58 dans vos contacts ?
Merci, J-L Fradet""")

M("fr-rect-note-erronee", "rectification", "fr", "Agnès Vallet <agnes.vallet@laposte.net>",
  "Re: compte rendu séance 4",
  """Sandra,

Merci pour le compte rendu. Par contre il y a une erreur qui me gêne : il est écrit que j'ai « deux enfants d'un premier mariage », or je n'ai jamais été mariée avant, ce sont les enfants de mon compagnon. Je préférerais que ce soit corrigé dans mon dossier pour que ce soit juste.

Agnès""",
  quote=("apple", """Bonjour Agnès,
Voici comme convenu le compte rendu de notre séance de jeudi, avec les deux exercices à faire d'ici la prochaine fois.
Sandra"""))

M("fr-rect-date-naissance", "rectification", "fr", "Fabienne Orsini <fabienne.orsini@hotmail.fr>",
  "erreur sur mon attestation",
  """Bonjour Madame,

Sur l'attestation de formation que j'ai reçue, ma date de naissance est indiquée au 12/07/1978 alors que je suis née le 21/07/1978. Pouvez-vous corriger dans votre fichier et me renvoyer une attestation juste ? C'est pour mon dossier France Travail.

Cordialement
Fabienne Orsini""", att=["attestation_formation_Orsini.pdf"])

M("fr-rect-adresse", "rectification", "fr", "Laurent et Maud Gicquel <maud.gicquel@orange.fr>",
  "déménagement",
  """Bonjour Sandra,
Nous avons déménagé ! Notre nouvelle adresse est : 3 impasse des Chardonnerets, 18100 Vierzon. L'ancienne (rue Porte Neuve) n'est plus valable, tu peux la remplacer.
Bises, Maud""")

M("fr-rect-mail", "rectification", "fr", "Denise Auclair <denise.auclair@gmail.com>",
  "changement d'adresse mail",
  """Bonjour Sandra,

Je ferme ma vieille boîte Wanadoo (denise.auclair@wanadoo.fr). Merci de n'utiliser plus que celle-ci, denise.auclair@gmail.com, pour tout : lettre d'info, factures et le compte de formation.

Amitiés,
Denise""")
# NEAR-LINE: replacing old e-mail with the new value, and "for everything" including newsletter -> rectification only.

M("fr-rect-orthographe", "rectification", "fr", "Anaïs Quéméner <anais.quemener@proton.me>",
  "Petite faute dans mon nom",
  """Bonjour,
Sur mon compte de la plateforme et dans les mails, mon nom est écrit « Quemener » sans accent et mon prénom « Anais ». Est-ce que vous pourriez rectifier en Anaïs Quéméner ? Je sais c'est un détail mais j'y tiens.
Merci !""")

M("fr-rect-profession", "rectification", "fr", "Olivier Dambrine <o.dambrine@cabinet-dambrine.fr>",
  "Fiche participant - mise à jour",
  """Bonjour Madame Delomenie,

Dans la fiche que j'avais remplie pour le cycle de formation, j'avais indiqué « cadre commercial ». Je suis depuis passé à mon compte comme consultant RH. Pouvez-vous compléter ma fiche avec cette information ? Elle est utile pour les mises en situation du module 3.

Bien cordialement,
Olivier Dambrine
Consultant RH - 06 22 41 87 03""")

M("fr-eff-tout", "erasure", "fr", "Sylvie Perronnet <sylvie.perronnet@orange.fr>",
  "suppression de mon dossier",
  """Bonjour Sandra,

Je vous remercie pour l'accompagnement de l'an passé, il m'a beaucoup aidée. Aujourd'hui j'ai besoin de tourner la page et je souhaiterais que vous supprimiez tout ce que vous avez conservé à mon sujet : notes, questionnaires, échanges de mails.

Avec ma gratitude,
Sylvie""")

M("fr-eff-compte-donnees", "erasure", "fr", "Romain Desforges <romain.desforges@gmail.com>",
  "Fermeture compte formation + données",
  """Bonjour,

Merci de fermer mon compte sur votre espace de formation et d'effacer toutes mes données personnelles associées. Je n'utilise plus la formation.

Romain Desforges""")

M("fr-eff-sante", "erasure", "fr", "Isabelle Mongrédien <isa.mongredien@free.fr>",
  "Mes informations de santé",
  """Bonjour Madame,

Lors de notre première séance je vous avais parlé de mon cancer et de mes traitements, et vous l'aviez noté. Je suis en rémission et je ne veux plus que ces informations traînent quelque part. Pourriez-vous les effacer de votre dossier s'il vous plaît ? Le reste ne me dérange pas.

Merci pour votre compréhension,
Isabelle Mongrédien""")

M("fr-eff-colere", "erasure objection", "fr", "F. Lacombe <flacombe1962@gmail.com>",
  "STOP",
  """Bonjour

Ca fait 3 fois que je reçois vos mails de "Floraison de soi". Je n'ai rien demandé. Arrêtez de m'écrire et supprimez mon adresse de vos listes et de partout.

F. Lacombe""")
# NEAR-LINE: "arrêtez de m'écrire" (objection to marketing) + "supprimez de partout" (erasure) -> two rights.

M("fr-eff-avocat", "erasure", "fr", "Maître Claire Duvivier <c.duvivier@avocats-duvivier.fr>",
  "Mme Élodie Parmentier - demande d'effacement",
  """Madame,

J'interviens en qualité de conseil de Madame Élodie Parmentier, qui m'a donné mandat à cet effet (mandat joint).

Ma cliente a suivi auprès de vous un accompagnement individuel entre mars et juin 2024. Elle entend exercer son droit à l'effacement au titre de l'article 17 du RGPD et vous demande de procéder à la suppression de l'ensemble des données la concernant, y compris les notes de séance et enregistrements éventuels, sous réserve des seules pièces comptables que vous êtes tenue de conserver.

Je vous remercie de me confirmer par écrit l'exécution de cette demande.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Claire Duvivier
Avocat au Barreau de Bourges
--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.""",
  att=["Mandat_Parmentier_signe.pdf"], fmt="qp")

M("fr-eff-ado-pere", "erasure", "fr", "Stéphane Guérineau <s.guerineau@laposte.net>",
  "Données de mon fils Hugo",
  """Bonjour Madame,

Mon fils Hugo (16 ans) a participé à l'atelier ados de la Toussaint. Sa mère l'avait inscrit sans m'en parler. Je suis son père, j'exerce l'autorité parentale conjointe, et je ne souhaite pas que vous conserviez les informations le concernant (fiche d'inscription, le questionnaire qu'il a rempli).
Merci de les supprimer.

Stéphane Guérineau""")

M("fr-eff-drive", "erasure", "fr", "Marion Tessier <marion.tessier@outlook.fr>",
  "Documents partagés sur le Drive",
  """Bonjour Sandra,
Je vous avais envoyé via le Google Drive mon bilan de compétences et mon CV pour qu'on travaille dessus. Maintenant que c'est terminé, pouvez-vous les retirer du Drive et les supprimer de vos dossiers ? Je n'aime pas savoir que ça traîne en ligne.
Merci !
Marion""")
# NEAR-LINE: "retirer du Drive et supprimer" documents she provided -> erasure (not a consent withdrawal; these are not testimonials/photos).

M("fr-eff-oubli", "erasure", "fr", "Patrick Lemaire <patrick.lemaire@sfr.fr>",
  "droit à l'oubli",
  """Bonjour,
je demande l'application de mon droit à l'oubli. Je ne veux plus figurer dans aucun de vos fichiers.
Merci de me confirmer.
P. Lemaire""")

M("fr-eff-poli-question", "erasure", "fr", "Chantal Briand <chantal.briand49@gmail.com>",
  "petite demande",
  """Bonjour Sandra,

Est-ce que ce serait possible de supprimer mes coordonnées et mon historique chez vous ? Je ne pense pas reprendre de séances, et je préfère faire le ménage un peu partout en ce moment.

Bonne continuation à vous,
Chantal""")
# NEAR-LINE: phrased as a question, but it asks for the thing -> erasure request.

M("fr-eff-whatsapp", "erasure", "fr", "Yasmine Belkacem <yasmine.belkacem@gmail.com>",
  "Groupe WhatsApp stage juillet",
  """Bonjour Sandra,

Le stage est fini depuis longtemps, est-ce que tu peux me retirer du groupe WhatsApp et effacer mon numéro et mes messages que tu as gardés ? Je ne veux plus que mon numéro circule.

Merci, et encore bravo pour ce stage
Yasmine""")

M("fr-eff-apres-cnil-info", "erasure", "fr", "Didier Rambaud <didier.rambaud@orange.fr>",
  "Effacement",
  """Madame,

J'ai lu votre politique de confidentialité. Vous y indiquez conserver les données 10 ans après la fin du contrat. Je considère que ce n'est pas nécessaire dans mon cas (une seule séance découverte en 2022, jamais payée, offerte) et je vous demande d'effacer les données me concernant.

Didier Rambaud""")

M("fr-eff-compte-systeme", "erasure", "fr", "Aurélie N. <aurelie.nardin@gmail.com>",
  "Désinscription complète",
  """Bonjour,
Je voudrais être complètement désinscrite : plus de compte sur Systeme.io, plus de fiche, plus rien. Vous pouvez tout supprimer me concernant.
Merci
Aurélie Nardin""")
# NEAR-LINE: "désinscrite complètement ... tout supprimer" is erasure of all data, not merely newsletter unsubscription.

M("fr-restr-conteste", "restriction", "fr", "Benoît Caradec <benoit.caradec@gmail.com>",
  "Bilan de fin de parcours",
  """Bonjour Sandra,

J'ai relu le bilan de fin de parcours que vous m'avez envoyé et je ne suis pas d'accord avec plusieurs passages (notamment sur mes « difficultés relationnelles au travail »). Je voudrais qu'on en discute. En attendant, je vous demande de ne pas transmettre ce bilan à mon employeur ni de l'utiliser de quelque manière que ce soit.

Benoît Caradec""")
# NEAR-LINE: contests accuracy and asks to pause use meanwhile -> restriction only (no correction requested yet).

M("fr-restr-garder", "restriction", "fr", "Géraldine Fouché <g.fouche@orange.fr>",
  "Ne rien supprimer svp",
  """Bonjour Madame,

J'ai vu dans votre politique que les données de santé sont supprimées au bout de 2 ans. Je suis en litige avec mon assurance prévoyance et j'aurai peut-être besoin de votre attestation de suivi et des dates de séances. Pourriez-vous les conserver sans les utiliser, le temps que la procédure se termine ? Merci de ne surtout rien effacer.

Géraldine Fouché""")

M("fr-restr-gel", "restriction", "fr", "Vincent Aubrun <vincent.aubrun@protonmail.com>",
  "Gel de mes données",
  """Madame,

Je vous ai adressé une demande d'opposition la semaine dernière. Dans l'attente de votre réponse, je vous demande de geler le traitement de mes données : ne plus les utiliser, ne plus les modifier, ne pas les supprimer.

V. Aubrun""")

M("fr-restr-temoignage-pause", "restriction", "fr", "Laetitia Morel <laetitia.morel@gmail.com>",
  "Re: ton témoignage en ligne !",
  """Sandra,
Je ne suis pas sûre que la citation sur la page d'accueil soit exactement ce que j'ai dit, il me semble que tu as reformulé. Tu peux la mettre en pause le temps que je retrouve mon message d'origine ? Ne la supprime pas, je veux juste vérifier avant.
Laetitia""",
  quote=("gmail", """Coucou Laetitia,
Ton témoignage est en ligne sur le site, encore merci pour tes mots si touchants !
Sandra"""))
# NEAR-LINE: testimonial, but she contests the wording and asks to pause without deleting -> restriction, not withdraw_consent.

M("fr-restr-sauvegarde", "restriction", "fr", "Jacqueline Thévenot <j.thevenot@wanadoo.fr>",
  "mes enregistrements audio",
  """Chère Sandra,

Vous m'aviez enregistrée pendant les séances d'hypnose (avec mon accord). Je ne veux pas que ces fichiers soient effacés, j'aimerais peut-être les récupérer un jour, mais je ne veux pas non plus qu'ils servent à quoi que ce soit, pas même pour vos supervisions. Est-ce que vous pouvez les mettre de côté ?

Bien amicalement,
Jacqueline""")

M("fr-obj-newsletter", "objection", "fr", "Monique Jarry <monique.jarry@orange.fr>",
  "Re: 🌸 La lettre de printemps de Floraison de Soi",
  """Bonjour, merci de me retirer de votre lettre d'information, je reçois trop de mails en ce moment.
Cordialement""",
  quote=("gmail", """🌸 La lettre de printemps

Chères âmes en chemin,
Le printemps revient et avec lui l'envie de se déployer... Au programme ce mois-ci : le cercle de femmes du 21 mars, le nouvel atelier « Oser dire non » et un petit rituel à faire chez soi.

Pour vous désinscrire, cliquez ici.""", C))

M("fr-obj-sms", "objection", "fr", "Hervé Lantier <herve.lantier@gmail.com>",
  "SMS promo",
  """Bonjour,
Je reçois vos SMS pour les ateliers, merci de ne plus m'en envoyer. Je garde les mails c'est suffisant.
Hervé""")

M("fr-obj-stats", "objection", "fr", "Émilie Carrère <emilie.carrere@laposte.net>",
  "Questionnaire de satisfaction et statistiques",
  """Bonjour Sandra,

J'ai vu que vous utilisez les réponses aux questionnaires de satisfaction pour vos statistiques et la présentation de votre activité. Je préfère que mes réponses ne soient pas utilisées à ces fins, vu ce que j'ai raconté dedans (situation familiale compliquée). Pouvez-vous les exclure de vos statistiques ?

Merci,
Émilie""")
# NEAR-LINE: satisfaction surveys for clients rest on legitimate interest here; asking to stop that use, citing her situation -> objection, not withdraw_consent.

M("fr-obj-relances", "objection", "fr", "Nicolas Berthier <nicolas.berthier@free.fr>",
  "relances commerciales",
  """Bonjour Madame,
Depuis ma séance découverte je reçois des relances pour l'accompagnement premium. Je ne suis pas intéressé, merci de ne plus me solliciter pour vos offres.
N. Berthier""")

M("fr-obj-profilage", "objection", "fr", "Delphine Arnoux <delphine.arnoux@gmail.com>",
  "Suivi de mes clics dans vos mails",
  """Bonjour,

Je me suis rendu compte que vos newsletters contiennent des liens traqués et que vous segmentez les lecteurs selon ce qu'ils ouvrent. Je m'oppose à ce suivi et à ce profilage me concernant. Vous pouvez continuer à m'envoyer la lettre, mais sans pister mes clics.

Delphine Arnoux""")

M("fr-obj-appels", "objection", "fr", "Roger Vignaud <roger.vignaud@orange.fr>",
  "Appels téléphoniques",
  """Madame,
Votre assistante m'a appelé deux fois pour me proposer le nouveau stage. Je ne souhaite plus être contacté par téléphone, ni par aucun moyen pour ce genre de proposition.
Salutations,
Roger Vignaud""")

M("fr-obj-desabo-lien-casse", "objection", "fr", "Gwenaëlle Le Goff <gwen.legoff@yahoo.fr>",
  "désabonnement",
  """Bonjour,
Le lien de désinscription en bas de votre mail ne marche pas (page d'erreur). Pouvez-vous me désabonner manuellement ?
gwen.legoff@yahoo.fr
Merci""")

M("fr-obj-facebook-pub", "objection", "fr", "Samia Rahmani <samia.rahmani@hotmail.com>",
  "Publicités Facebook",
  """Bonjour Sandra,
J'ai l'impression que vous utilisez ma liste d'email pour me cibler avec des publicités sur Facebook (audience personnalisée), je vois vos pubs partout depuis que je suis abonnée. Je ne veux pas que mon adresse serve à ça. Merci d'arrêter.
Samia""")

M("fr-obj-situation", "objection", "fr", "Corinne Vasseur <corinne.vasseur@sfr.fr>",
  "Ne plus recevoir d'invitations aux cercles de femmes",
  """Bonjour Sandra,

Je viens de perdre mon emploi et je traverse une période très difficile. Recevoir vos invitations aux cercles et ateliers payants me fait plus de mal que de bien en ce moment. Je vous demande de ne plus m'envoyer de propositions, quelles qu'elles soient.

Je vous souhaite le meilleur,
Corinne""")

M("fr-wc-temoignage", "withdraw_consent", "fr", "Ophélie Brunet <ophelie.brunet@gmail.com>",
  "Mon témoignage sur le site",
  """Bonjour Sandra,

Il y a deux ans j'avais accepté que mon témoignage soit publié sur votre site avec mon prénom et ma photo. Ma situation a changé (nouveau poste, je suis plus exposée) et je préfère qu'il n'apparaisse plus. Pouvez-vous le retirer du site et des réseaux ?

Merci beaucoup, et sans rancune bien sûr !
Ophélie""")

M("fr-wc-photo-atelier", "withdraw_consent", "fr", "Brigitte Lamoureux <brigitte.lamoureux@orange.fr>",
  "photo de groupe",
  """Bonjour,
Sur la photo de groupe de l'atelier de septembre publiée sur Instagram, je suis au 2e rang à gauche. J'avais dit oui sur le moment mais finalement je ne veux pas y être. Merci de l'enlever ou de me flouter.
Brigitte""")

M("fr-wc-video", "withdraw_consent", "fr", "Marc-Antoine Pelletier <ma.pelletier@gmail.com>",
  "Vidéo du webinaire",
  """Bonjour Sandra,

Je suis intervenu à visage découvert dans le replay du webinaire de mars (la partie questions-réponses). Je retire mon accord pour la diffusion de cette vidéo, merci de couper mon passage ou de retirer le replay.

Bien à vous
Marc-Antoine""")

M("fr-wc-donnees-sante", "withdraw_consent", "fr", "Claudine Perrot <claudine.perrot@laposte.net>",
  "Consentement données de santé",
  """Madame,

Lors de la signature de mon contrat j'ai coché la case autorisant la collecte de mes données de santé. Je retire ce consentement à compter d'aujourd'hui. Je souhaite poursuivre les séances, mais sans que mes problèmes de santé soient notés.

Claudine Perrot""")

M("fr-wc-temoignage-et-tout", "erasure withdraw_consent", "fr", "Julie Ferrand <julie.ferrand@icloud.com>",
  "Je souhaite tout retirer",
  """Bonjour,

Je souhaite retirer mon témoignage écrit et la vidéo que j'avais faite pour vous, et ensuite que toutes mes données soient effacées de vos fichiers. Je m'éloigne du développement personnel et je préfère ne plus avoir de traces.

Merci de me confirmer quand c'est fait.
Julie Ferrand""")

M("fr-wc-audio-podcast", "withdraw_consent", "fr", "Thomas Giraud <thomas.giraud@gmail.com>",
  "épisode de podcast",
  """Salut Sandra,
Finalement je préfère que l'extrait audio où je raconte mon burn-out ne soit pas utilisé dans ton podcast. Je sais que j'avais signé l'autorisation mais j'ai changé d'avis. Désolé pour le travail de montage !
Thomas""")

M("fr-wc-questionnaire-recherche", "withdraw_consent", "fr", "Solène Marquis <solene.marquis@univ-tours.fr>",
  "Utilisation de mon questionnaire",
  """Bonjour Madame Delomenie,

J'avais accepté que mon questionnaire anonymisé soit utilisé pour votre article sur l'estime de soi chez les étudiantes. Je reviens sur cet accord et je vous prie de ne pas l'intégrer à votre travail.

Cordialement,
Solène Marquis""")

M("fr-wc-newsletter-ancienne-cliente", "withdraw_consent objection", "fr", "Annick Dupuis <annick.dupuis@free.fr>",
  "Je retire mon consentement",
  """Bonjour,
Je retire mon consentement pour tout : newsletter, témoignage (celui avec ma photo sur la page stages), et vos mails de promotion.
Annick Dupuis""")
# NEAR-LINE: newsletter/promo -> objection; testimonial with photo -> withdraw_consent. Two rights.

M("fr-pm-fille", "post_mortem", "fr", "Valérie Delaunay <valerie.delaunay@gmail.com>",
  "Décès de ma mère, Mme Josette Delaunay",
  """Bonjour Madame,

J'ai le regret de vous informer du décès de ma maman, Josette Delaunay, le 14 janvier. Elle vous appréciait beaucoup et parlait souvent de vos ateliers.
Je m'occupe de ses affaires. Pourriez-vous supprimer son adresse de vos listes pour que nous ne recevions plus de courriers à son nom, et fermer son compte sur votre plateforme ?

Je vous remercie,
Valérie Delaunay""")

M("fr-pm-notaire", "post_mortem", "fr", "Office notarial Berthon & Associés <office.berthon@notaires.fr>",
  "Succession de M. René Chabenat - demande de renseignements",
  """Madame,

Nous sommes chargés du règlement de la succession de Monsieur René CHABENAT, décédé le 2 septembre 2025 à Issoudun.

Nous vous remercions de bien vouloir nous indiquer si le défunt était titulaire auprès de vous d'un abonnement ou d'un contrat en cours, et de nous transmettre le cas échéant les factures et sommes restant dues ou à rembourser, ainsi que les données le concernant que vous détenez.

Vous trouverez ci-joint l'acte de décès.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour Maître Anne BERTHON,
Le clerc, Sébastien Royer
Office notarial Berthon & Associés - 36100 Issoudun""", att=["acte_deces_CHABENAT.pdf"])

M("fr-pm-directives", "post_mortem", "fr", "Germaine Fleury <germaine.fleury@orange.fr>",
  "Mes volontés",
  """Chère Sandra,

Je vais avoir 84 ans et je mets mes papiers en ordre. Je voudrais que, le jour où je ne serai plus là, vous remettiez à ma fille Dominique les lettres et les textes que j'ai écrits pendant l'atelier d'écriture, et que tout le reste soit effacé. Pouvez-vous noter cela dans mon dossier ?

Avec toute mon affection,
Germaine""")

M("fr-pm-veuf", "post_mortem", "fr", "Michel Bardet <michel.bardet@sfr.fr>",
  "Ma femme Martine",
  """Bonjour Madame,
Ma femme Martine Bardet est décédée en novembre. Je continue de recevoir vos emails à son adresse que je consulte. Elle avait suivi vos séances pendant sa maladie. Je voudrais savoir ce qu'elle vous a confié, si vous avez des écrits d'elle, ça compterait beaucoup pour moi.
Michel Bardet""")
# NEAR-LINE: heir asking for access + to stop mail -> post_mortem only per policy.

M("fr-pm-fils-temoignage", "post_mortem", "fr", "Antoine Sarrazin <antoine.sarrazin@gmail.com>",
  "Témoignage de mon père",
  """Bonjour,

Mon père, Jean Sarrazin, est décédé il y a deux mois. Son témoignage avec sa photo est toujours sur votre site, sur la page « Ils m'ont fait confiance ». Avec ma sœur nous aimerions qu'il soit retiré, c'est trop douloureux de tomber dessus.

Antoine Sarrazin""")
# NEAR-LINE: testimonial withdrawal but by an heir after death -> post_mortem only.

M("fr-pm-soeur-acces", "post_mortem", "fr", "Nadine Colas <nadine.colas@orange.fr>",
  "TR: Décès de ma soeur - données",
  """Bonjour Madame,

Je vous fais suivre le message envoyé à votre ancienne adresse, resté sans réponse.

Nadine Colas

-------- Message transféré --------
De : Nadine Colas <nadine.colas@orange.fr>
Date : 3 mars 2025
À : contact@floraisondesoi.fr
Objet : Décès de ma soeur - données

Madame, ma sœur Évelyne Colas, qui a suivi votre formation en ligne, est décédée le 12 février. En tant qu'héritière je vous demande la fermeture de son compte et l'effacement de ses données, ainsi que le remboursement du module non suivi si possible. Je joins le certificat de décès.
Nadine Colas""", att=["certificat_deces_E_Colas.pdf"])

M("fr-pm-directive-simple", "post_mortem", "fr", "Hubert Gallais <hubert.gallais@gmail.com>",
  "directives après décès",
  """Bonjour,
Suite à ma maladie je prends mes dispositions. Je vous demande qu'à mon décès toutes mes données chez vous soient détruites et que rien ne soit communiqué à ma famille, pas même à mon frère.
H. Gallais""")

M("fr-pm-petitfils", "post_mortem", "fr", "Baptiste Renard <baptiste.renard@etu.univ-orleans.fr>",
  "mamie Odette",
  """Bonjour,
Je suis le petit-fils d'Odette Renard, elle nous a quittés le mois dernier. Sur son ordinateur on a trouvé qu'elle avait une formation chez vous sur systeme.io avec des vidéos d'elle qu'elle avait déposées (exercices de méditation). Est-ce qu'on pourrait récupérer ces vidéos ? Elles ont beaucoup de valeur pour la famille.
Merci
Baptiste""")

M("fr-port-nouvelle-coach", "portability", "fr", "Élise Tardieu <elise.tardieu@gmail.com>",
  "Transfert de mon dossier",
  """Bonjour Sandra,

Comme je vous l'ai dit, je pars vivre à Lyon et je vais continuer avec une coach là-bas, Anne-Sophie Morin (as.morin@coaching-lumiere.fr). Est-ce que vous pourriez lui transmettre directement mes questionnaires et mes fiches de suivi, dans un format qu'elle pourra exploiter ? Elle est au courant.

Merci pour tout,
Élise""")

M("fr-port-csv", "portability", "fr", "Jérôme Baudin <jerome.baudin@pm.me>",
  "Export de mes données - portabilité",
  """Bonjour,

Je souhaite exercer mon droit à la portabilité : merci de m'envoyer les données que je vous ai fournies (inscription, réponses aux formulaires, historique des achats) dans un format structuré et lisible par machine, CSV ou JSON de préférence.

Jérôme Baudin""")

M("fr-port-progression", "portability", "fr", "Fatou Diallo <fatou.diallo@yahoo.fr>",
  "Ma progression dans la formation",
  """Bonjour Sandra,
La formation "Devenir praticienne en relation d'aide" va être fermée d'après votre mail. Est-ce que je peux récupérer mes devoirs rendus, mes notes de quiz et ma progression dans un fichier que je pourrai réutiliser pour ma VAE ? Un export Excel serait top.
Merci !
Fatou""")
# NEAR-LINE: asks for her own submitted work in a reusable export -> portability; not access (no "what do you hold").

M("fr-port-acc", "access portability", "fr", "Laure Chevalier <laure.chevalier@gmail.com>",
  "Demande RGPD",
  """Bonjour Madame,

Je souhaiterais savoir quelles données vous détenez à mon sujet. Je souhaiterais également recevoir celles que je vous ai transmises dans un format réutilisable (fichier numérique ouvert), afin de pouvoir les conserver de mon côté.

Merci par avance,
Laure Chevalier""")

M("fr-port-mutuelle", "portability", "fr", "Rémi Paquet <remi.paquet@orange.fr>",
  "Données pour mon nouveau praticien",
  """Bonjour,

Je change de sophrologue et le nouveau souhaiterait avoir l'historique de mes séances (dates, thèmes, échelles de stress que je remplissais). Pourriez-vous lui envoyer ces données directement, par mail sécurisé, à cabinet.lorrain@sophro-berry.fr ?

Bien cordialement
Rémi Paquet""")

M("fr-port-tableur", "portability", "fr", "Ingrid Weber <ingrid.weber@gmx.fr>",
  "mes journaux de gratitude",
  """Hello Sandra,
Pendant le programme de 12 semaines j'ai rempli tous les journaux dans l'espace membre. Le programme ferme, est-ce que je peux avoir toutes mes entrées exportées en fichier (tableur, texte...) pour les importer dans mon appli de journal ?
Merci <3
Ingrid""")

M("fr-multi-acc-eff", "access erasure", "fr", "Raphaël Simonin <raphael.simonin@gmail.com>",
  "données personnelles",
  """Bonjour,

Avant de partir, je voudrais recevoir une copie de toutes les données que vous avez sur moi. Une fois que je les aurai reçues, merci de tout supprimer.

Raphaël Simonin""")

M("fr-multi-rect-obj", "objection rectification", "fr", "Martine Goujon <martine.goujon@orange.fr>",
  "Adresse + pub",
  """Bonjour Sandra
1) ma nouvelle adresse postale : 14 rue des Lilas 36100 Issoudun (au lieu du 22 bd Stalingrad)
2) par contre je ne veux plus recevoir les flyers et catalogues par courrier, ni la newsletter, merci.
Martine""")

M("fr-multi-acc-rect", "access rectification", "fr", "Pierre-Yves Kerbrat <pykerbrat@free.fr>",
  "Vérification de ma fiche",
  """Bonjour Madame,

Je pense que mon adresse et ma date de naissance sont fausses dans votre fichier (j'ai reçu une facture avec une mauvaise adresse). Pouvez-vous m'envoyer ce que vous avez exactement, et corriger : je suis né le 04/11/1969, et j'habite 9 chemin des Vignes, 36260 Reuilly.

Pierre-Yves Kerbrat""")

M("fr-multi-eff-obj-wc", "erasure objection withdraw_consent", "fr", "Sabrina Faure <sabrina.faure@hotmail.fr>",
  "Fin de tout",
  """Bonjour,
Je vous demande :
- d'enlever ma photo et mon avis de votre page Facebook
- de ne plus m'envoyer de newsletter ni de mails pour vos événements
- de supprimer mon dossier et mes coordonnées
Merci de me confirmer par écrit.
Sabrina Faure""")

M("fr-multi-port-eff", "erasure portability", "fr", "Capucine Aubert <capucine.aubert@gmail.com>",
  "Je passe sur une autre plateforme",
  """Coucou Sandra,
Je vais suivre la suite du programme sur la plateforme de ma nouvelle formatrice. Tu pourrais m'exporter mes données de formation (progression, travaux) en format ouvert ? Et ensuite supprimer mon compte et mes données chez toi.
Merci pour ces beaux mois,
Capucine""")

M("fr-multi-restr-rect", "rectification restriction", "fr", "Yves Mallard <yves.mallard@orange.fr>",
  "Erreur dans ma fiche - à ne pas utiliser",
  """Madame,

La fiche de suivi que vous avez transmise à mon médecin (avec mon accord) indique que je bois de l'alcool quotidiennement, ce qui est faux : il s'agissait de mon père. Je vous demande de rectifier cette mention, et tant que ce n'est pas fait, de ne plus transmettre ni utiliser cette fiche.

Yves Mallard""")

M("fr-multi-acc-obj", "access objection", "fr", "Caroline Texier <caroline.texier@gmail.com>",
  "Vos mails",
  """Bonjour,
Je reçois votre newsletter et je ne me souviens pas vous avoir donné mon accord. Pouvez-vous me dire d'où vient mon adresse et quelles données vous avez sur moi ? Et arrêtez l'envoi de la newsletter s'il vous plaît.
C. Texier""")

M("fr-multi-wc-rect", "rectification withdraw_consent", "fr", "Louise Bernier <louise.bernier@laposte.net>",
  "Mon prénom et la photo",
  """Bonjour Sandra,

Deux choses :
- sur ma facture et dans les mails je suis « Louis » Bernier, c'est Louise :) merci de corriger
- j'avais accepté que vous publiiez la photo de moi pendant le stage en forêt, mais finalement je préfère la retirer.

Belle journée,
Louise""")

M("fr-eff-qp-vieille", "erasure", "fr", "Raymonde Tixier <raymonde.tixier@orange.fr>",
  "suppression",
  """Bonjour Madame Sandra

Mon fils m'a expliqué que je pouvais vous demander d'enlever mes renseignements de votre ordinateur. Je voudrais que vous le fassiez car je ne viendrai plus aux ateliers avec mes genoux.

Merci beaucoup et bonne continuation à vous

Raymonde Tixier""", fmt="qp")

M("fr-eff-html", "erasure", "fr", "Céline Guillot <celine.guillot@outlook.fr>",
  "Suppression de mes données personnelles",
  """Bonjour,

Je vous prie de bien vouloir effacer l'ensemble de mes données personnelles (formulaire de contact, échanges, compte). Je n'ai finalement pas donné suite à votre proposition d'accompagnement.

Bien cordialement,

Céline Guillot
Chargée de communication | Mairie de Déols""", fmt="alt")

M("fr-obj-html", "objection", "fr", "Jean Moulinier <jean.moulinier@wanadoo.fr>",
  "désinscription",
  """Veuillez me désinscrire de votre liste de diffusion, merci.

Jean Moulinier""", fmt="html")

M("fr-acc-b64", "access", "fr", "Samuel Azoulay <samuel.azoulay@gmail.com>",
  "Copie de mon dossier",
  """Bonjour Sandra,

Pour un dossier auprès de la MDPH, on me demande des éléments sur mon suivi. Pouvez-vous m'envoyer une copie de mon dossier complet (fiches de séance, bilans) ? Je joins ma pièce d'identité comme indiqué dans vos conditions.

Merci,
Samuel""", fmt="b64", att=["passeport_Azoulay.jpg"])

M("fr-wc-enfant-photo", "withdraw_consent", "fr", "Aline Poirier <aline.poirier@gmail.com>",
  "Photo de Léna - atelier parents-enfants",
  """Bonjour Sandra,

Pour l'atelier parents-enfants, j'avais signé l'autorisation de droit à l'image pour ma fille Léna (7 ans). Son papa n'est pas d'accord et honnêtement moi non plus à la réflexion. Merci de retirer les photos où elle apparaît de votre site et de votre page.

Aline Poirier""")

M("fr-obj-rt-apple", "objection", "fr", "Paulette Hamon <paulette.hamon@icloud.com>",
  "Re: Rappel : cercle de pleine lune ce vendredi",
  """Je ne souhaite plus recevoir ces messages. Merci
Paulette

Envoyé de mon iPad""",
  quote=("apple", """Bonjour à toutes,
Petit rappel : le cercle de pleine lune a lieu ce vendredi à 19h30, salle des Augustins. Pensez à apporter un coussin et un plaid.
Douce journée,
Sandra""", C))
# NEAR-LINE: short reply above a group reminder; "ne plus recevoir ces messages" = marketing/event mailing -> objection.

M("fr-rect-compte-rendu", "rectification", "fr", "Hugo Fontaine <hugo.fontaine@gmail.com>",
  "Correction",
  """Bonjour Sandra,
Dans la fiche de suivi que tu m'as partagée sur le Drive, mon objectif est noté « changer de métier d'ici 2025 ». On avait dit 2027, pas 2025 ! Tu peux corriger ? Merci
Hugo""")

M("fr-acc-cours", "access", "fr", "Maëlle Guérin <maelle.guerin@gmail.com>",
  "traces de connexion ?",
  """Bonjour,
Est-ce que vous enregistrez mes connexions sur la plateforme de formation (heures, adresse IP...) ? Si oui, je voudrais les voir, ainsi que tout ce qui est rattaché à mon compte.
Merci
Maëlle""")
# NEAR-LINE: starts as a question on processing but ends asking to see the data -> access request.

M("fr-restr-transmission-employeur", "restriction", "fr", "Sandrine Caillaud <s.caillaud@orange.fr>",
  "Bilan pour mon employeur",
  """Bonjour Madame,

Mon employeur a financé mon coaching et m'a dit qu'il allait vous demander un retour. Je conteste certains éléments de votre synthèse et je vous demande de ne rien lui transmettre et de ne pas exploiter ce document tant que nous n'avons pas clarifié les points en désaccord. Ne le supprimez pas pour autant, j'en aurai peut-être besoin.

Sandrine Caillaud""")

M("fr-obj-prospection-b2b", "objection", "fr", "Florence Vidal <florence.vidal@groupe-vidal-immo.fr>",
  "Vos propositions de formation en entreprise",
  """Madame,

Je reçois régulièrement sur mon adresse professionnelle vos propositions de formations pour les équipes. Nous n'avons pas de besoin en la matière. Je vous demande de retirer mon adresse de votre fichier de prospection.

Florence Vidal
Directrice administrative
Groupe Vidal Immobilier""")
# NEAR-LINE: "retirer mon adresse de votre fichier de prospection" -> stop direct marketing = objection (not full erasure).

M("fr-eff-ex-conjoint", "erasure", "fr", "Manon Leclerc <manon.leclerc@gmail.com>",
  "Séances de couple",
  """Bonjour Sandra,

Suite à notre séparation, je souhaite que toutes les notes me concernant prises lors des séances de couple avec Julien soient supprimées. Je sais que c'est un dossier commun mais je ne veux pas que ce que j'ai dit reste.

Manon""")

M("fr-port-stripe", "portability", "fr", "Guillaume Roy <guillaume.roy@entreprise-roy.fr>",
  "Historique facturation - format exploitable",
  """Bonjour,

Mon comptable me demande l'historique complet de mes achats chez vous (dates, montants, intitulés) sous forme de fichier exploitable, idéalement .csv, afin de l'importer dans notre logiciel. Pouvez-vous me le transmettre ?

Guillaume Roy
Entreprise Roy Menuiserie""")
# NEAR-LINE: a business client asking for his purchase history as CSV to import elsewhere -> portability (data he provided/generated, machine-readable, reuse).

M("fr-wc-cookies", "withdraw_consent", "fr", "Loïc Meunier <loic.meunier@gmail.com>",
  "Cookies Google Analytics",
  """Bonjour,

J'ai accepté les cookies sur votre site un peu vite. Je retire mon consentement aux traceurs Google Analytics. Je n'ai pas trouvé de bouton pour revenir sur mon choix, donc je vous l'écris.

Loïc""")

M("fr-rect-compte-enfant", "rectification", "fr", "Séverine Lopes <severine.lopes@gmail.com>",
  "Inscription de mon fils - erreur",
  """Bonjour,
J'ai inscrit mon fils Enzo (12 ans) à l'atelier « Gérer ses émotions », et je me suis trompée en remplissant le formulaire : il est allergique aux arachides, pas au gluten. Pouvez-vous corriger sa fiche ? C'est important pour le goûter.
Séverine Lopes""")

M("fr-access-outlook-reply", "access", "fr", "Dominique Perrin <dperrin@cc-champagne-berrichonne.fr>",
  "RE: Votre inscription au stage de février",
  """Bonjour Madame,

Merci pour le rappel. Au passage, pouvez-vous me transmettre la copie des informations que j'ai renseignées lors de mon inscription et celles que vous avez enregistrées depuis ? Je ne retrouve plus le formulaire.

Cordialement,

Dominique Perrin
Service Ressources Humaines
Communauté de Communes Champagne Berrichonne
Tél. 02 54 21 00 00

Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.""",
  quote=("outlook", """Bonjour Dominique,
Je vous rappelle que le stage de février débute le samedi 8 à 9h30. Vous trouverez le plan d'accès en pièce jointe.
Sandra Delomenie
Floraison de Soi""", C))


# =====================================================================
# REQUESTS - English
# =====================================================================

M("en-acc-sar", "access", "en", "Rebecca Holloway <rebecca.holloway@btinternet.com>",
  "Subject Access Request",
  """Dear Ms Delomenie,

I attended your online course "Rooted Confidence" in 2024 while living in Bordeaux. I would like to make a subject access request. Please provide a copy of all personal data you hold about me, the purposes for which it is processed, and details of anyone it has been disclosed to.

I have attached a copy of my passport for identification.

Kind regards,
Rebecca Holloway""", att=["passport_RHolloway.pdf"])

M("en-acc-casual", "access", "en", "Mike Donnelly <mike.donnelly@gmail.com>",
  "quick one",
  """Hi Sandra,

Hope the workshops are going well! Quick one - could you send me whatever you've got on file for me? Notes, forms, the lot. Just curious really, and I'd like to keep a record of our sessions.

Cheers,
Mike""")

M("en-acc-where-from", "access", "en", "Priya Raman <priya.raman@outlook.com>",
  "How did you get my details?",
  """Hello,

I received a message from your business on WhatsApp about a "women's circle" in Issoudun. I have never been in touch with you. Could you tell me where you obtained my phone number and what other information you have on me?

Priya Raman""")

M("en-acc-shared", "access", "en", "Daniel Fischer <d.fischer@posteo.de>",
  "Data recipients",
  """Dear Sandra,

I'm a former participant of your English-language coaching programme. I would like to know which third parties (payment processors, platforms, assistants, etc.) have received my personal data, and to receive a copy of that data.

Best regards,
Daniel Fischer
Freiburg, Germany""")

M("en-eras-all", "erasure", "en", "Hannah Whitfield <hannah.whitfield@icloud.com>",
  "Please delete my data",
  """Hi Sandra,

I've decided to step away from coaching for now. Could you please delete all the personal information you hold about me, including the notes from our sessions and my course account?

Thanks so much for everything,
Hannah

Sent from my iPhone""")

M("en-eras-formal", "erasure", "en", "Jonathan Blake <jonathan.blake@blake-legal.co.uk>",
  "Erasure request under Article 17 GDPR - Ms Amelia Stone",
  """Dear Madam,

We act on behalf of Ms Amelia Stone, who has authorised us to write to you (signed authority attached).

Our client requests the erasure without undue delay of all personal data concerning her that you process, including coaching notes, recordings and correspondence, save where retention is required by law. Please confirm in writing once this has been completed and identify any data you are legally obliged to retain.

Yours faithfully,

Jonathan Blake
Blake Legal LLP
This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.""",
  att=["Letter_of_Authority_AStone.pdf"], fmt="qp")

M("en-eras-account", "erasure", "en", "Lucy Tran <lucy.tran@gmail.com>",
  "Remove me from everything",
  """Hello, I signed up to your free ebook a while ago and then bought the mini-course. Please delete my account and all of my data from your systems. Thank you.
Lucy""")

M("en-eras-question-form", "erasure", "en", "Sean O'Rourke <sean.orourke@eircom.net>",
  "Re: Your discovery call",
  """Hi Sandra,

Thanks for the call, but I don't think the programme is right for me at the moment. Would you mind deleting the intake form I filled in? There's some fairly personal stuff in there about my marriage and I'd rather it didn't sit anywhere.

All the best,
Sean""",
  quote=("gmail", """Hi Sean,
Lovely to speak with you today. As promised, here's the link to the programme page and the intake form recap.
Warmly,
Sandra""", C))

M("en-eras-child", "erasure", "en", "Karen Matthews <karen.matthews@yahoo.co.uk>",
  "My son's details",
  """Dear Ms Delomenie,

My son Oliver (15) attended your teen confidence workshop while we were on holiday in the Berry this summer. I'm his mother. Could you please erase his registration form and anything he wrote in the workbook? We'd rather not have his details kept.

Many thanks,
Karen Matthews""")

M("en-rect-name", "rectification", "en", "Alex Moreau-Jones <alex.mj@protonmail.com>",
  "Name update",
  """Hi Sandra,

I've changed my name - I'm now Alex Moreau-Jones (previously Alexandra Jones). Could you update your records, my course account and future invoices? Pronouns they/them if that's noted anywhere.

Thanks!
Alex""")

M("en-rect-email", "rectification", "en", "Gillian Shaw <gillian.shaw@gmail.com>",
  "New email address",
  """Hello Sandra, my old work address g.shaw@northfield-council.gov.uk will stop working at the end of the month. Please replace it with this one (gillian.shaw@gmail.com). Thank you! Gill""")

M("en-rect-notes", "rectification", "en", "Tom Hargreaves <tom.hargreaves@gmail.com>",
  "Correction to session summary",
  """Hi Sandra,

Your summary of session 3 says I "was made redundant in 2023". That's not right - I resigned. It matters to me because I'm sharing the summary with my new mentor. Could you amend it?

Thanks,
Tom""")

M("en-restr-dispute", "restriction", "en", "Olivia Grant <olivia.grant@gmail.com>",
  "Please hold off",
  """Hi Sandra,

I don't agree with how my situation was described in the group feedback report. While we sort that out, could you please not use or share my part of the report with anyone? Don't delete it - I want us to look at it together.

Olivia""")

M("en-restr-legal", "restriction", "en", "Martin Kowalski <m.kowalski@gmx.net>",
  "Retention of my records - legal claim",
  """Dear Ms Delomenie,

I am currently in an employment tribunal dispute and my solicitor has advised that the coaching records you hold may be relevant. I understand your retention period may be expiring soon. I ask you to keep these records but restrict any further processing of them until the case is over. Please do not erase them.

Regards,
Martin Kowalski""")

M("en-restr-objection-pending", "restriction", "en", "Ines Carvalho <ines.carvalho@sapo.pt>",
  "Restriction while you review",
  """Hello,

Following my earlier email objecting to the use of my survey answers, I request that you restrict the processing of my data while you consider it. Please do not process it in any way other than storing it.

Best,
Inês Carvalho""")

M("en-restr-photo-accuracy", "restriction", "en", "Grace Okafor <grace.okafor@hotmail.co.uk>",
  "About the quote on your website",
  """Hi Sandra! The quote attributed to me on the retreat page isn't quite what I wrote - it makes it sound like I was depressed, which I wasn't. Can you take it offline for now until we agree on wording? Not asking you to bin it, just to pause it. xx Grace""")
# NEAR-LINE: testimonial, but contests accuracy and asks to pause pending agreement -> restriction only.

M("en-restr-freeze", "restriction", "en", "Paul Lindqvist <paul.lindqvist@telia.se>",
  "Do not use my data - but keep it",
  """Dear Sandra,

I have not yet decided whether I want my data deleted. In the meantime, please freeze everything you hold on me: no emails, no use in your programmes, nothing - but keep it as is.

Kind regards,
Paul""")

M("en-restr-and-rect", "rectification restriction", "en", "Naomi Feld <naomi.feld@gmail.com>",
  "Wrong information in my file",
  """Hi Sandra,

The intake form in my file lists a medication I have never taken - I think it belongs to another client. Please correct it, and until it's fixed, please don't use my file for anything (including supervision).

Naomi""")

M("en-port-coach", "portability", "en", "Emily Carter <emily.carter@gmail.com>",
  "Transferring my records",
  """Hi Sandra,

I'm moving to Montreal and will be continuing with a coach there. Could you send my intake questionnaire and progress trackers directly to her in a format she can import? Her email is julie@northstarcoaching.ca. I'm happy for you to share them.

Many thanks,
Emily""")

M("en-port-json", "portability", "en", "Lars Eriksen <lars.eriksen@proton.me>",
  "Data portability request",
  """Hello,

Under Article 20 GDPR I would like to receive the personal data I have provided to you (account details, course submissions, journal entries) in a structured, commonly used, machine-readable format such as JSON or CSV.

Regards,
Lars Eriksen""")

M("en-port-course", "portability", "en", "Sophie Turner <sophie.t@me.com>",
  "Course closing - my workbook entries",
  """Hi! I saw the email saying the membership area closes on the 30th. Is there any way to get all my workbook answers exported as a file so I can upload them into Notion? I put a lot of work in there :)
Thanks, Sophie""")

M("en-port-access", "access portability", "en", "Ravi Chaudhary <ravi.chaudhary@gmail.com>",
  "My data",
  """Dear Sandra,

Please let me know what personal information you are holding about me and where it is stored, and send me a machine-readable export of the data I've provided so I can move it to another service.

Thanks,
Ravi""")

M("en-port-eras", "erasure portability", "en", "Chloe Bennett <chloe.bennett@outlook.com>",
  "Export then delete",
  """Hi Sandra,

Before I close my account, could you export my data (journal entries, quiz results, certificates) into a spreadsheet or CSV? Once I've confirmed I've got it, please delete my account and everything linked to it.

Best,
Chloe""")

M("en-obj-newsletter", "objection", "en", "Derek Hughes <derek.hughes@sky.com>",
  "Unsubscribe",
  """Please take me off your mailing list. The unsubscribe link asked me to log in which I don't have.

Derek Hughes""")

M("en-obj-profiling", "objection", "en", "Anna Schmidt <anna.schmidt@web.de>",
  "Tracking in your emails",
  """Hello Sandra,

I noticed your newsletters contain tracking pixels. I object to the tracking of my opens and clicks and to being put into segments for targeted offers. You may keep sending me the newsletter without tracking.

Best regards,
Anna Schmidt""")

M("en-obj-contact", "objection", "en", "Bill Patterson <bill.patterson@aol.com>",
  "Stop contacting me",
  """I went to ONE free talk. Since then I have had emails, a text message and a Facebook message about your paid retreats. Stop contacting me with offers.
B. Patterson""")

M("en-obj-reply-above-nl", "objection", "en", "Jennifer Walsh <jen.walsh@gmail.com>",
  "Re: New dates for the Spring Reset retreat 🌿",
  """Hi Sandra - lovely newsletter as always, but I'm cutting down on inbox clutter, could you remove me from the list? No hard feelings!
Jen""",
  quote=("gmail", """New dates for the Spring Reset retreat 🌿

Dear friends,
The Spring Reset retreat is back! Three days in the Berry countryside to slow down, breathe and reconnect with yourself.
Early-bird price until 15 February.

You are receiving this email because you subscribed to the Floraison de Soi newsletter. Unsubscribe""", C))

M("en-wc-testimonial", "withdraw_consent", "en", "Lauren Mitchell <lauren.mitchell@gmail.com>",
  "My testimonial",
  """Hi Sandra,

I gave permission last year for you to use my testimonial (with my first name and photo) on your website and Instagram. I'd now like to withdraw that permission - please take it down from both.

Thank you, and I hope you understand.
Lauren""")

M("en-wc-recording", "withdraw_consent", "en", "George Adeyemi <george.adeyemi@gmail.com>",
  "Recording of our session",
  """Hi Sandra,

I agreed that you could record session 5 and use the recording for your supervision and training. I've thought about it more and I withdraw that consent. Please don't use the recording.

Regards,
George""")

M("en-wc-photo-eras", "erasure withdraw_consent", "en", "Maya Levin <maya.levin@gmail.com>",
  "Photos and everything else",
  """Hi Sandra,

Please remove the retreat photos I appear in from your website and socials - I withdraw my consent to those. And while you're at it, please delete all my other data too (contact details, forms, etc.).

Thanks,
Maya""")

M("en-pm-daughter", "post_mortem", "en", "Susan Clarke <susan.clarke@btinternet.com>",
  "My mother, Margaret Clarke",
  """Dear Sandra,

I'm writing to let you know that my mother, Margaret Clarke, passed away in March. She spoke so warmly of your meditation group. I'm her executor. Could you please close her online account and let me know whether you hold any of her writings from the journaling course? The family would love to have them.

With thanks,
Susan Clarke""")

M("en-pm-executor", "post_mortem", "en", "Richard Lowe <richard.lowe@lowe-partners.co.uk>",
  "Estate of the late Mr David Hale",
  """Dear Madam,

We act as executors of the estate of the late Mr David Hale, who died on 11 October 2025. Our records indicate a recurring payment to Floraison de Soi via Stripe. Please cancel any subscription, confirm the personal data held about the deceased, and erase it once any outstanding matters are settled.

A copy of the death certificate and grant of probate is attached.

Yours faithfully,
Richard Lowe
Lowe & Partners Solicitors""", att=["Death_Certificate_D_Hale.pdf", "Grant_of_Probate_Hale.pdf"])

M("en-pm-own-wishes", "post_mortem", "en", "Patricia Dunn <patricia.dunn@gmail.com>",
  "Instructions for after I'm gone",
  """Dear Sandra,

I was diagnosed last month and I'm getting my affairs in order. When I die, I would like my partner, Helen Ward, to receive the letters I wrote during our sessions. Everything else about me should be deleted. Could you please put this on my file?

With love and gratitude,
Pat""")

M("en-pm-husband-photo", "post_mortem", "en", "Graham Ellis <graham.ellis@gmail.com>",
  "Photo of my late wife",
  """Hello,

My wife Caroline Ellis died in December. There's a photo of her from your 2024 retreat on your Facebook page. I'd be grateful if it could be taken down. Also please stop the emails that still arrive in her inbox.

Graham Ellis""")

M("en-pm-brother", "post_mortem", "en", "Tobias Werner <tobias.werner@gmx.de>",
  "Death of my brother Jonas Werner",
  """Dear Mrs Delomenie,

My brother Jonas Werner died in a car accident in August. He was taking your online coaching course. As his heir, I'd like to receive a copy of the data you have about him, including his course submissions. I attach the certificate of inheritance (Erbschein).

Kind regards,
Tobias Werner""", att=["Erbschein_Jonas_Werner.pdf"])

M("en-multi-acc-eras-obj", "access erasure objection", "en", "Claire Dubois-Hart <claire.dh@gmail.com>",
  "GDPR",
  """Hi,

1. Please tell me what data you have about me and send me a copy.
2. Stop sending me marketing emails.
3. After sending me the copy, delete everything.

Thanks,
Claire""")

M("en-multi-rect-obj", "objection rectification", "en", "Peter Nolan <peter.nolan@eircom.net>",
  "Address and post",
  """Hello Sandra,
Our postal address has changed to 18 Rue du Château, 36100 Issoudun (no longer 5 Place du Marché). Also, please no more printed brochures by post - I don't read them.
Peter""")

M("en-multi-acc-rect", "access rectification", "en", "Mei Lin <mei.lin@outlook.com>",
  "Checking my details",
  """Hi Sandra,

Could you send me the details you currently have for me? I think my surname is misspelled somewhere (it's Lin, not Linn) and the phone number may be outdated - the current one is +33 6 45 87 12 90.

Thank you!
Mei""")

M("en-multi-obj-wc", "objection withdraw_consent", "en", "Rachel Cohen <rachel.cohen@gmail.com>",
  "Newsletter and video",
  """Hi Sandra,

Please unsubscribe me from the newsletter, and I'd also like to withdraw my consent for the short video testimonial I recorded in June - please stop using it.

Thanks,
Rachel""")

M("en-multi-acc-port-eras", "access erasure portability", "en", "Henrik Olsen <henrik.olsen@gmail.com>",
  "Leaving - data request",
  """Dear Sandra,

I'm leaving the programme. Please (a) tell me what personal data you hold on me, (b) send me my journal entries and course data in a machine-readable format so I can take them elsewhere, and (c) then delete my account and data.

Best regards,
Henrik""")

M("en-multi-restr-obj", "objection restriction", "en", "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "About my survey answers",
  """Hello Sandra,

I object to my survey answers being used in your annual report because they could identify me in my small village. While you consider this, please do not use them at all, but keep them.

Thank you,
Yuki""")

M("en-multi-wc-restr", "restriction withdraw_consent", "en", "Abigail Foster <abi.foster@gmail.com>",
  "Recording + my notes",
  """Hi Sandra,
Two things. First, I'm withdrawing my consent to the audio recording of our session being used for your training course. Second, I think there's a mistake in my session notes about my family history - please don't share or use those notes until we've gone through them together.
Abi""")

M("en-multi-acc-wc", "access withdraw_consent", "en", "Isabel Romero <isabel.romero@gmail.com>",
  "Health data consent",
  """Dear Sandra,

I withdraw the consent I gave for you to collect health information about me. Please also send me a copy of the health-related notes you have recorded so far, so I can see what's there.

Kind regards,
Isabel Romero""")


# =====================================================================
# NEGATIVES - French
# =====================================================================

M("fr-neg-annul-rdv", "", "fr", "Véronique Sauvage <veronique.sauvage@orange.fr>",
  "annulation rdv jeudi",
  """Bonjour Sandra,
Je dois annuler notre rendez-vous de jeudi 14h, ma fille est malade. Pouvez-vous supprimer le créneau et m'en proposer un autre la semaine prochaine ?
Désolée,
Véronique""")

M("fr-neg-merci-suppression", "", "fr", "Sylvie Perronnet <sylvie.perronnet@orange.fr>",
  "Re: suppression de mon dossier",
  """Merci beaucoup Sandra pour votre réponse rapide et votre délicatesse. Tout est clair pour moi.
Belle continuation,
Sylvie""",
  quote=("gmail", """Bonjour Sylvie,

Comme vous me l'avez demandé, j'ai supprimé l'ensemble des données vous concernant (notes, questionnaires, échanges). Seules les factures sont conservées pour mes obligations comptables.

Bien à vous,
Sandra"""))
# NEAR-LINE: thank-you above a quoted erasure confirmation -> negative (only new text counts).

M("fr-neg-mdp", "", "fr", "Josiane Bréchet <josiane.brechet@gmail.com>",
  "impossible d'accéder à mon espace",
  """Bonjour,
Je n'arrive plus à accéder à mon espace de formation, il me dit que le mot de passe est faux. J'ai cliqué sur "mot de passe oublié" mais je ne reçois rien. Pouvez-vous m'aider ?
Josiane""")

M("fr-neg-copie-facture", "", "fr", "Cédric Lamy <cedric.lamy@free.fr>",
  "copie facture",
  """Bonjour, pourriez-vous m'envoyer une copie de la facture de novembre ? Ma mutuelle la demande pour le remboursement. Merci. Cédric Lamy""")
# NEAR-LINE: a duplicate invoice for reimbursement is ordinary customer service, not a request for his personal data -> negative.

M("fr-neg-desinscription-atelier", "", "fr", "Amandine Royer <amandine.royer@gmail.com>",
  "désinscription atelier du 12",
  """Bonjour Sandra,
Je dois me désinscrire de l'atelier « Oser dire non » du 12 avril, j'ai un empêchement professionnel. Est-ce que je peux être remboursée ou reporter sur la prochaine date ?
Amandine""")

M("fr-neg-comment-droits", "", "fr", "Noémie Lefort <noemie.lefort@gmail.com>",
  "question RGPD",
  """Bonjour Sandra,

Je commence bientôt un accompagnement avec vous et j'ai lu votre politique de confidentialité. Par curiosité : si un jour je voulais que mes notes de séance soient effacées, comment ça se passe ? Vous les supprimez tout de suite ou il y a un délai ? Et est-ce que les factures restent ?

Merci, j'ai hâte de commencer !
Noémie""")
# NEAR-LINE: hypothetical question about how erasure works, no request to exercise it now -> negative.

M("fr-neg-mari-epouse", "", "fr", "Philippe Morin <philippe.morin@sfr.fr>",
  "ma femme",
  """Bonjour Madame,
Ma femme, Nathalie Morin, vient vous voir depuis janvier. Je voudrais savoir de quoi vous parlez pendant les séances et recevoir les notes, je m'inquiète pour elle. C'est moi qui paie les séances.
Philippe Morin""")
# NEAR-LINE: spouse asking for another living adult's data -> negative.

M("fr-neg-cnil-copie", "", "fr", "Gérard Pinault <gerard.pinault@orange.fr>",
  "Copie de ma plainte CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous copie de la plainte que j'ai déposée ce jour auprès de la CNIL.

« Je me suis adressé à Mme Dumot-Deloménie (Floraison de Soi) le 3 février pour obtenir communication de mon dossier client. Malgré une relance, je n'ai obtenu aucune réponse dans le délai d'un mois. »

G. Pinault""", att=["accuse_reception_plainte_CNIL.pdf"])
# NEAR-LINE: copy of a CNIL complaint -> negative by policy, even though it recalls an access request.

M("fr-neg-comptable", "", "fr", "Cabinet Gauthier Expertise <m.gauthier@gauthier-expertise.fr>",
  "Clôture 2025 - pièces manquantes",
  """Bonjour Sandra,

Pour la clôture de l'exercice 2025, merci de nous transmettre :
- l'export Stripe des paiements de l'année (format CSV, depuis le tableau de bord > Paiements > Exporter) ;
- les relevés PayPal de novembre et décembre ;
- la copie des factures fournisseurs Systeme.io.

Pensez à ne pas supprimer vos justificatifs avant 10 ans.

Bien cordialement,
Mathilde Gauthier
Cabinet Gauthier Expertise - Châteauroux""")

M("fr-neg-webmaster", "", "fr", "Julien (webmaster) <julien@atelier-pixel36.fr>",
  "Mise à jour site + bandeau cookies",
  """Salut Sandra,

J'ai fait la mise à jour WordPress et des extensions. J'ai aussi modifié le bandeau cookies pour qu'il soit conforme RGPD (bouton « Tout refuser » au même niveau que « Tout accepter »). J'ai supprimé l'ancien formulaire de contact qui n'était plus utilisé et effacé les vieux messages qu'il stockait dans la base.

Dis-moi si tu veux qu'on corrige autre chose.
Julien""")

M("fr-neg-stripe-virement", "", "fr", "Stripe <notifications@stripe.com>",
  "Votre virement de 420,00 € est en route",
  """Floraison de Soi

Un virement de 420,00 € a été initié vers votre compte bancaire se terminant par 4471.
Date d'arrivée estimée : 3 jours ouvrés.

Consulter le virement dans le Dashboard : https://dashboard.stripe.com/payouts

Vous recevez cet e-mail car vous avez activé les notifications de virement. Pour modifier vos préférences de notification, accédez aux paramètres de votre compte.

Stripe Payments Europe, Limited - 1 Grand Canal Street Lower, Dublin 2, Irlande""",
  to="contact@floraisondesoi.fr", fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-systemeio-vente", "", "fr", "Systeme.io <no-reply@systeme.io>",
  "🎉 Nouvelle vente : Programme Racines & Ailes",
  """Bonjour Sandra,

Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Programme Racines & Ailes (3 paiements)
Client : Estelle Vautrin - estelle.vautrin@gmail.com
Montant : 97,00 €

Retrouvez le détail dans votre tableau de bord > Ventes.

L'équipe Systeme.io""", to="contact@floraisondesoi.fr", fmt="html",
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "systeme.io"})

M("fr-neg-systemeio-desabo", "", "fr", "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  """Bonjour,

Le contact monique.jarry@orange.fr s'est désabonné de la liste « Newsletter Floraison de Soi ».
Motif indiqué : « Je reçois trop d'e-mails ».

Vous pouvez gérer vos contacts depuis l'onglet Contacts.

Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre.""",
  to="contact@floraisondesoi.fr", hdr={"Auto-Submitted": "auto-generated"})
# NEAR-LINE: automatic notice that someone unsubscribed; not a request to her from a data subject -> negative.

M("fr-neg-google-securite", "", "fr", "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Dans le cas contraire, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous pouvez également consulter l'activité relative à la sécurité à l'adresse https://myaccount.google.com/notifications
Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google Ireland Ltd., Gordon House, Barrow Street, Dublin 4, Ireland""",
  to="contact@floraisondesoi.fr", fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-drive-partage", "", "fr", "Hugo Fontaine (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : « Mes objectifs 2027 - version corrigée »",
  """Hugo Fontaine a partagé un document avec vous

Hugo Fontaine (hugo.fontaine@gmail.com) vous a invité à modifier le document suivant :
Mes objectifs 2027 - version corrigée

« Voilà la version corrigée de mon plan d'action, dis-moi ce que tu en penses ! »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car hugo.fontaine@gmail.com a partagé un document avec vous depuis Google Docs.""",
  reply_to="Hugo Fontaine <hugo.fontaine@gmail.com>", fmt="alt")

M("fr-neg-zoom-enreg", "", "fr", "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est disponible : Cercle de parole - janvier",
  """Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion est maintenant disponible.
Sujet : Cercle de parole - janvier
Date : 23 janv. 2026 19:00 Paris

Partager l'enregistrement avec les spectateurs :
https://us06web.zoom.us/rec/share/xxxxxxxx

Les enregistrements seront supprimés automatiquement de la corbeille après 30 jours.

Merci d'avoir choisi Zoom.""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-calendly-annul", "", "fr", "Calendly <notifications@calendly.com>",
  "Annulé : Séance découverte (30 min) avec Patricia Lemoine",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte (30 min)
Invité : Patricia Lemoine (patricia.lemoine@gmail.com)
Date/heure : 14:00 - mardi 10 juin 2025 (heure de Paris)
Motif d'annulation : « Je dois décaler, je reprendrai un créneau plus tard »

Afficher l'événement dans Calendly""", fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-banque", "", "fr", "Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>",
  "Un nouveau document est disponible dans votre espace",
  """Madame DUMOT-DELOMENIE,

Un nouveau document est disponible dans votre espace client : Relevé de compte professionnel - février 2026.

Pour le consulter, connectez-vous à votre espace sur ca-centreloire.fr ou à l'application Ma Banque.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par e-mail.

Ceci est un message automatique, merci de ne pas y répondre.""", fmt="html",
  hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-autoreply", "", "fr", "Martine Goujon <martine.goujon@orange.fr>",
  "Réponse automatique : Votre inscription au cercle de mars",
  """Bonjour,
Je suis absente jusqu'au 24 février inclus avec un accès limité à mes mails. Je vous répondrai à mon retour.
Cordialement,
Martine Goujon""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

M("fr-neg-autoreply-pro", "", "fr", "Florence Vidal <florence.vidal@groupe-vidal-immo.fr>",
  "Absence du bureau - Re: Proposition atelier gestion du stress",
  """Bonjour,

Je suis actuellement en congés et ne consulte pas ma messagerie. Pour toute demande urgente, merci de contacter le secrétariat au 02 54 03 00 00 ou secretariat@groupe-vidal-immo.fr.

Florence Vidal
Directrice administrative""", hdr={"Auto-Submitted": "auto-replied"}, fmt="qp")

M("fr-neg-bounce", "", "fr", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Échec de la remise du message",
  """Ceci est un message automatique du système de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<denise.auclair@wanadoo.fr> : boîte aux lettres inexistante (550 5.1.1 user unknown)

Objet du message d'origine : Vos données ont bien été mises à jour""", date=(2025, 10, 14, 10, 2),
  kind="bounce",
  ds="""Reporting-MTA: dns; smtp.orange.fr
Arrival-Date: Tue, 14 Oct 2025 10:02:11 +0200

Final-Recipient: rfc822; denise.auclair@wanadoo.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <denise.auclair@wanadoo.fr>: Recipient address rejected: User unknown
""",
  orig_headers="""From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: denise.auclair@wanadoo.fr
Subject: Vos donnees ont bien ete mises a jour
Date: Tue, 14 Oct 2025 10:02:05 +0200
""", hdr={"Auto-Submitted": "auto-replied"})

M("fr-neg-bounce-nl", "", "fr", "Mail Delivery Subsystem <mailer-daemon@mail.systeme.io>",
  "Undelivered Mail Returned to Sender",
  """Bonjour,

Le message « La lettre de Floraison de Soi - novembre » n'a pas pu être délivré à :
  f.marchal@entreprise-disparue.fr

Raison : le domaine n'existe pas (host not found).
Le contact sera marqué comme invalide après 3 échecs.""",
  kind="bounce",
  ds="""Reporting-MTA: dns; mail.systeme.io

Final-Recipient: rfc822; f.marchal@entreprise-disparue.fr
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=entreprise-disparue.fr type=MX
""",
  orig_headers="""From: Floraison de Soi <contact@floraisondesoi.fr>
To: f.marchal@entreprise-disparue.fr
Subject: La lettre de Floraison de Soi - novembre
""", to="contact@floraisondesoi.fr")

M("fr-neg-newsletter-urssaf", "", "fr", "Urssaf <ne-pas-repondre@info.urssaf.fr>",
  "Micro-entrepreneurs : déclarez votre chiffre d'affaires du trimestre",
  """Madame,

Votre déclaration de chiffre d'affaires du 4e trimestre est à effectuer avant le 31 janvier sur autoentrepreneur.urssaf.fr.

Rappel : vous pouvez modifier ou corriger une déclaration jusqu'à la date d'échéance.

Pour ne plus recevoir nos lettres d'information, modifiez vos préférences dans votre espace.
Vos données personnelles sont traitées conformément au RGPD ; pour exercer vos droits d'accès, de rectification ou d'opposition, rendez-vous sur urssaf.fr.""",
  fmt="alt", hdr={"List-Unsubscribe": "<https://info.urssaf.fr/unsub?u=88231>", "Precedence": "bulk"})

M("fr-neg-newsletter-coachs", "", "fr", "Le Réseau des Coachs du Centre <lettre@coachs-centre.fr>",
  "📣 Journée d'échanges : RGPD et données de santé pour les praticiens",
  """Bonjour Sandra,

Notre prochaine journée d'échanges aura lieu le 16 mai à Bourges. Au programme :
- Notes de séance : que garder, combien de temps, comment les effacer proprement ?
- Droit d'accès des clients : que transmettre quand un client demande son dossier ?
- Témoignages et photos : recueillir et retirer le consentement.

Inscription : 45 € (gratuit pour les membres).

Vous recevez ce message car vous êtes membre du réseau. Se désinscrire""",
  fmt="alt", hdr={"List-Unsubscribe": "<mailto:desinscription@coachs-centre.fr>, <https://coachs-centre.fr/unsub>",
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("fr-neg-systemeio-rgpd", "", "fr", "Systeme.io <legal@systeme.io>",
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité ainsi que notre accord de traitement des données (DPA) à compter du 1er mars 2026. Ces modifications concernent notamment la liste de nos sous-traitants ultérieurs et les modalités d'export et de suppression des données de vos contacts.

Aucune action n'est requise de votre part. En continuant d'utiliser Systeme.io après cette date, vous acceptez les nouvelles conditions.

L'équipe Systeme.io""", to="contact@floraisondesoi.fr", fmt="html", hdr={"Precedence": "bulk"})

M("fr-neg-spam-rgpd", "", "fr", "Service Conformité RGPD <conformite@audit-rgpd-express.com>",
  "URGENT - Votre entreprise n'est pas en conformité RGPD (amende jusqu'à 20 M€)",
  """Madame, Monsieur,

Suite à un contrôle automatisé de votre site floraisondesoi.fr, nous avons relevé 7 manquements au Règlement Général sur la Protection des Données.

Vous disposez de 8 jours pour régulariser votre situation et éviter une sanction de la CNIL pouvant atteindre 4% du chiffre d'affaires.

👉 Téléchargez votre rapport d'audit et votre attestation de mise en conformité : http://audit-rgpd-express.com/rapport?id=FR36100

Le Service Conformité

Pour ne plus recevoir nos communications, répondez STOP.""",
  fmt="html", reply_to="noreply@audit-rgpd-express.com")

M("fr-neg-phishing-orange", "", "fr", "Orange Messagerie <securite@orange-assistance-client.net>",
  "Votre boîte mail sera supprimée sous 24h",
  """Cher(e) client(e),

Votre compte de messagerie sandra.delomenie@orange.fr a dépassé son espace de stockage. Sans confirmation de vos informations, vos données seront définitivement effacées sous 24h.

Confirmer mes informations : http://orange-verif-compte.info/login

Le service client Orange""", fmt="html")

M("fr-neg-sent-confirm", "", "fr", S,
  "Re: Changement de nom",
  """Bonjour Camille,

Félicitations encore ! C'est fait : ton nom est modifié dans mon fichier clients, sur Systeme.io et sur les prochaines factures.

Belle journée,
Sandra""", to="Camille Roux-Béranger <camille.rouxberanger@gmail.com>",
  quote=("gmail", """Bonjour Sandra,
Je me suis mariée cet été (eh oui !) et j'utilise maintenant Roux-Béranger. Est-ce que tu peux mettre à jour mon nom dans ton fichier ?
Camille""", "Camille Roux-Béranger <camille.rouxberanger@gmail.com>"))
# NEAR-LINE: her own sent reply quoting a rectification request -> negative.

M("fr-neg-sent-newsletter", "", "fr", C,
  "🌿 La lettre d'automne : lâcher prise et nouveaux ateliers",
  """Chères âmes en chemin,

L'automne nous invite à lâcher ce qui ne nous sert plus. Comme les arbres, nous pouvons effacer le superflu pour laisser de la place au nouveau.

Au programme :
- Atelier « Alléger sa charge mentale » - samedi 18 octobre
- Cercle de femmes - vendredi 24 octobre
- Nouveau : le parcours en ligne « Racines & Ailes »

Prenez soin de vous,
Sandra

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire | Modifier mes informations""",
  to="Floraison de Soi <contact@floraisondesoi.fr>", fmt="alt",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>", "Precedence": "bulk"})

M("fr-neg-sent-question", "", "fr", S,
  "Demande de suppression compte ancien site",
  """Bonjour,

J'avais un compte professionnel sur votre annuaire de praticiens (fiche « Sandra Delomenie - coach Issoudun »). Je n'exerce plus sous cette formule et je vous demande de supprimer ma fiche et mes données.

Merci de me confirmer.
Sandra Delomenie
Floraison de Soi""", to="Annuaire Bien-Être France <contact@annuaire-bienetre-france.fr>")
# NEAR-LINE: her own outgoing erasure request to a third party -> not a request addressed to her -> negative.

M("fr-neg-mere-fille-adulte", "", "fr", "Evelyne Garnier <evelyne.garnier@orange.fr>",
  "Ma fille Coralie",
  """Bonjour Madame,

Ma fille Coralie (28 ans) a arrêté ses séances avec vous et elle ne va pas bien. Pourriez-vous me dire ce qu'elle vous a raconté, ou au moins me transmettre son dossier ? Je suis très inquiète.

Evelyne Garnier""")
# NEAR-LINE: parent of an adult child, living -> negative.

M("fr-neg-supprime-mail", "", "fr", "Inès Boulanger <ines.boulanger@gmail.com>",
  "lien zoom",
  """Bonjour,
j'ai supprimé par erreur le mail avec le lien Zoom pour ce soir, vous pouvez me le renvoyer ?
Merci
Inès""")

M("fr-neg-modifier-rdv", "", "fr", "Daniel Brunet <daniel.brunet@laposte.net>",
  "modifier mon rendez-vous",
  """Bonjour Sandra, est-il possible de modifier mon rendez-vous du 5 au 7 à la même heure ? Merci, Daniel""")

M("fr-neg-temoignage-ok", "", "fr", "Estelle Vautrin <estelle.vautrin@gmail.com>",
  "Re: Votre témoignage ?",
  """Bonjour Sandra,

Avec plaisir ! Vous pouvez publier mon témoignage avec mon prénom et l'initiale de mon nom, par contre sans photo. Je vous le recopie ici :

« Grâce à Sandra, j'ai retrouvé confiance en moi et surtout le droit de dire non. »

Estelle V.""",
  quote=("gmail", """Bonjour Estelle,
Je serais ravie de pouvoir partager quelques mots de votre expérience sur mon site. Accepteriez-vous ? Bien sûr, vous pourrez retirer votre accord à tout moment.
Sandra"""))
# NEAR-LINE: granting consent (with conditions), not withdrawing -> negative.

M("fr-neg-abonnement-fin", "", "fr", "Clément Jouve <clement.jouve@gmail.com>",
  "Arrêt de l'abonnement mensuel",
  """Bonjour,
Je souhaite arrêter mon abonnement mensuel au programme en ligne à la fin du mois. Pouvez-vous stopper les prélèvements Stripe ?
Merci
Clément""")

M("fr-neg-ferme-compte", "", "fr", "Nadia Benali <nadia.benali@hotmail.fr>",
  "fermer mon compte",
  """Bonjour, j'ai fini la formation, vous pouvez fermer mon compte sur la plateforme. Merci pour tout ! Nadia""")
# NEAR-LINE: "close my account" alone, no mention of data -> negative per policy.

M("fr-neg-correction-exercice", "", "fr", "Aurore Lefebvre <aurore.lefebvre@gmail.com>",
  "Exercice module 2 - ma correction",
  """Bonjour Sandra,
Je vous renvoie mon exercice du module 2 corrigé selon vos remarques. J'ai modifié la partie sur les croyances limitantes et supprimé le paragraphe sur mon père qui était hors sujet.
Bonne lecture !
Aurore""", att=["Module2_exercice_Aurore_v2.docx"])

M("fr-neg-supports", "", "fr", "Pascal Roussel <pascal.roussel@orange.fr>",
  "copie des supports",
  """Bonjour Madame Delomenie,
Serait-il possible d'avoir une copie des supports de la formation (diaporama) ? Je n'ai pas pu tout noter.
Cordialement, Pascal Roussel""")
# NEAR-LINE: copy of training slides is course material, not his personal data -> negative.

M("fr-neg-salle", "", "fr", "Mairie d'Issoudun - Service vie associative <vie.associative@issoudun.fr>",
  "Réservation salle des Augustins",
  """Madame,

Nous vous confirmons la réservation de la salle des Augustins les vendredis 7, 14 et 21 mars de 18h30 à 21h30.
Merci de nous retourner l'attestation d'assurance avant le 28 février. Toute modification ou annulation doit nous parvenir 15 jours à l'avance.

Le service vie associative""", att=["convention_salle_Augustins_2026.pdf"])

M("fr-neg-collegue-modele", "", "fr", "Isabelle Rey <isabelle.rey.sophro@gmail.com>",
  "ton modèle de réponse RGPD ?",
  """Coucou Sandra,

Une cliente m'a demandé de supprimer toutes ses données et je panique un peu 😅 Tu m'avais dit que tu avais un modèle de réponse et un registre des demandes. Tu veux bien me l'envoyer ? Et tu gardes les factures quand même ?

Merci ma belle, on se voit à la supervision
Isa""")

M("fr-neg-question-duree", "", "fr", "Marc Hébert <marc.hebert@gmail.com>",
  "Durée de conservation",
  """Bonjour,
Combien de temps gardez-vous les notes de séance après la fin d'un accompagnement ? Et est-ce que vous les partagez avec votre superviseur ? Je me pose la question avant de m'engager.
Merci
Marc""")
# NEAR-LINE: pre-contract question about retention/sharing, not a request for his data -> negative.

M("fr-neg-inscription", "", "fr", "Léa Carpentier <lea.carpentier@gmail.com>",
  "Inscription cercle de femmes",
  """Bonjour Sandra,
Je souhaiterais m'inscrire au cercle de femmes du 21 mars. Voici mes coordonnées : Léa Carpentier, 06 78 45 12 33. Est-ce qu'il reste de la place ?
Merci
Léa""")

M("fr-neg-paypal", "", "fr", "service@paypal.fr", "Vous avez reçu un paiement",
  """Bonjour Floraison de Soi,

Vous avez reçu un paiement de 60,00 EUR de Bernadette Chaumette (b.chaumette@orange.fr).

Note de l'acheteur : « Atelier du 15 novembre »

Les fonds sont disponibles sur votre compte PayPal.

PayPal Europe S.à r.l. et Cie, S.C.A.""", fmt="html",
  to="contact@floraisondesoi.fr", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-orange-facture", "", "fr", "Orange <facture@orange.fr>", "Votre facture Orange est disponible",
  """Bonjour,

Votre facture de février 2026 d'un montant de 42,99 € est disponible dans votre Espace Client.
Elle sera prélevée le 12/03/2026.

À bientôt,
Orange""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-cancel-calendly-human", "", "fr", "Patricia Lemoine <patricia.lemoine@gmail.com>",
  "Re: séance découverte",
  """Rebonjour Sandra, je viens d'annuler le créneau sur Calendly, je vous recontacte en septembre. Pouvez-vous garder ma fiche de pré-entretien d'ici là ? Bonne journée, Patricia""")
# NEAR-LINE: "garder ma fiche" after cancelling is an ordinary keep-for-later, not a restriction (no 'don't use' / freeze) -> negative.

M("fr-neg-stagiaire-rgpd-memoire", "", "fr", "Clara Nguyen <clara.nguyen@etu.univ-tours.fr>",
  "Mémoire de master - entretien",
  """Bonjour Madame Delomenie,

Je suis étudiante en master Droit du numérique à Tours et je rédige un mémoire sur l'application du RGPD chez les praticiens du bien-être. Accepteriez-vous un entretien de 30 minutes sur la manière dont vous gérez les demandes d'accès, d'effacement ou d'opposition de vos clients ?

Bien cordialement,
Clara Nguyen""")

M("fr-neg-fwd-spam-client", "", "fr", "Bernadette Chaumette <b.chaumette@orange.fr>",
  "TR: Votre compte sera désactivé",
  """Sandra, j'ai reçu ça, c'est de chez vous ? Ça me paraît bizarre, ils demandent ma carte bancaire pour « mettre à jour mes informations ».
Bernadette

-------- Message transféré --------
De : « Floraison-de-Soi Support » <support@floraison-soi-secure.com>
Objet : Votre compte sera désactivé
Cher membre, suite à la mise en conformité RGPD, vous devez confirmer vos informations de paiement sous 48h, sans quoi vos données seront supprimées. Cliquez ici.""")

M("fr-neg-assistante", "", "fr", "Coralie (assistante) <coralie.assistante.fds@gmail.com>",
  "Point fichier contacts",
  """Hello Sandra,

J'ai fait le ménage dans Systeme.io : supprimé les 43 doublons, corrigé les adresses avec des fautes de frappe (gmial, orange.f...) et retiré de la liste newsletter les personnes qui avaient demandé à être désinscrites par mail en décembre. J'ai aussi noté dans le registre les 3 demandes d'accès en cours.

Tu veux que je m'occupe des relances pour le stage de juin ?
Coralie""")

M("fr-neg-superviseur", "", "fr", "Françoise Delabre <f.delabre.supervision@orange.fr>",
  "Supervision mardi",
  """Bonjour Sandra,
Pour mardi, pense à anonymiser les situations que tu apportes (pas de prénoms, pas de lieux). On pourra aussi reparler de ta cliente qui veut retirer son témoignage, si tu veux.
À mardi,
Françoise""")

M("fr-neg-rgpd-formation-pub", "", "fr", "Formations Pro Bien-Être <info@formations-pro-bienetre.fr>",
  "Praticiens : êtes-vous prêts si un client exerce son droit d'accès ?",
  """Bonjour Sandra,

Un client vous demande une copie de toutes ses données... Savez-vous quoi lui répondre, et en combien de temps ?
Notre formation en ligne « RGPD pour thérapeutes et coachs » (3h, 89 €) vous donne tous les modèles : registre, politique, réponses types aux demandes d'effacement, de portabilité, d'opposition.

👉 Je découvre la formation

Se désabonner""", fmt="html",
  hdr={"List-Unsubscribe": "<https://formations-pro-bienetre.fr/unsub?e=sandra>", "Precedence": "bulk"})

M("fr-neg-client-merci-seance", "", "fr", "Mireille Gaudin <mireille.gaudin@orange.fr>",
  "Re: mes notes de séances",
  """Chère Sandra,

J'ai bien reçu le dossier, merci infiniment. Relire tout ça m'a beaucoup émue, je mesure le chemin parcouru.

Je vous embrasse,
Mireille""",
  quote=("gmail", """Bonjour Mireille,
Voici en pièce jointe la copie de votre dossier : fiches de séance, questionnaires et bilan final.
Bien à vous,
Sandra"""))

M("fr-neg-whatsapp-groupe", "", "fr", "Aurélie Nardin <aurelie.nardin@gmail.com>",
  "groupe WhatsApp",
  """Coucou Sandra, je me suis retirée toute seule du groupe WhatsApp du stage, trop de notifications 😅 mais je reste dans la newsletter hein ! Bises""")
# NEAR-LINE: she reports leaving the group herself and explicitly keeps the newsletter -> negative.

M("fr-neg-mise-a-jour-infos-client", "", "fr", "Chloé Marais <chloe.marais@gmail.com>",
  "Fiche d'inscription stage",
  """Bonjour Sandra,
Voici ma fiche d'inscription remplie pour le stage de juillet, avec mon régime alimentaire (végétarienne) et mes coordonnées à jour. Je règle l'acompte par virement.
À bientôt,
Chloé""", att=["fiche_inscription_stage_juillet_Marais.pdf"])

M("fr-neg-expert-compta-rgpd", "", "fr", "Mathilde Gauthier <m.gauthier@gauthier-expertise.fr>",
  "Lettre de mission - clause RGPD",
  """Bonjour Sandra,

Vous trouverez ci-joint la lettre de mission 2026 mise à jour. Nous avons ajouté une clause RGPD précisant que nous agissons en tant que sous-traitant pour les données de vos clients présentes dans vos pièces comptables, et que nous les supprimons à l'issue de la durée légale.

Merci de nous la retourner signée.

Mathilde Gauthier""", att=["Lettre_mission_2026_Floraison_de_Soi.pdf"])

M("fr-neg-client-parle-de-cnil", "", "fr", "Sophie Lenoir <sophie.lenoir@yahoo.fr>",
  "Re: Mes paiements et mes données",
  """Parfait, merci Sandra ! Tout est en ordre, je n'aurai pas besoin d'aller voir la CNIL 😉
Sophie""",
  quote=("gmail", """Bonjour Sophie,
Vous trouverez ci-joint la liste des informations que je conserve vous concernant ainsi que l'historique de vos paiements.
Belle journée,
Sandra"""))

M("fr-neg-plainte-cnil-client", "", "fr", "Vincent Aubrun <vincent.aubrun@protonmail.com>",
  "Saisine de la CNIL",
  """Madame,

Faute de réponse à mes deux courriers, je vous informe que j'ai saisi la CNIL ce jour (plainte n° 25-0412-887). Je joins la copie de ma plainte pour votre information.

V. Aubrun""", att=["plainte_CNIL_Aubrun.pdf"])
# NEAR-LINE: notice of a CNIL complaint, no new request in this text -> negative.

M("fr-neg-cliente-prenom-ami", "", "fr", "Hélène Pasquier <helene.pasquier@gmail.com>",
  "Inscription d'une amie",
  """Bonjour Sandra,
Mon amie Karine voudrait venir à l'atelier avec moi. Je vous donne son mail : karine.dufresne@gmail.com, vous pouvez l'inscrire et lui envoyer les infos ? Elle est d'accord.
Merci !
Hélène""")

M("fr-neg-opposer-mot", "", "fr", "Jeanne Rivière <jeanne.riviere@orange.fr>",
  "Re: Exercice de la semaine",
  """Sandra,

J'ai fait l'exercice « opposer ses besoins à ceux des autres », c'était dur. J'ai écrit une lettre à ma mère que je n'enverrai pas, puis je l'ai effacée, comme vous l'aviez suggéré. Je me sens plus légère.

À jeudi,
Jeanne""",
  quote=("apple", """Bonjour Jeanne,
Pour cette semaine, je vous propose l'exercice de la lettre non envoyée. Écrivez, puis détruisez ou effacez si vous le souhaitez.
Sandra"""))

M("fr-neg-relance-impaye", "", "fr", C,
  "Relance : facture F2025-118",
  """Bonjour Monsieur Berthier,

Sauf erreur de ma part, la facture F2025-118 du 12 septembre (séance découverte + 3 séances, 240 €) reste impayée. Pourriez-vous régulariser ou me contacter si besoin ?

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", to="Nicolas Berthier <nicolas.berthier@free.fr>", att=["F2025-118.pdf"])

M("fr-neg-laposte-colis", "", "fr", "La Poste <noreply@notification.laposte.fr>",
  "Votre colis est en cours de livraison",
  """Bonjour,

Votre colis 6A23456789012 sera livré aujourd'hui entre 13h et 18h.
Vous êtes absent(e) ? Modifiez votre livraison sur laposte.fr/suivi.

La Poste""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-canva", "", "fr", "Canva <marketing@engage.canva.com>",
  "Nouveautés : supprimez l'arrière-plan en un clic ✨",
  """Bonjour Sandra,

Découvrez nos nouveautés du mois : effacez un objet de vos photos, supprimez l'arrière-plan en un clic, et modifiez vos textes avec l'IA.

Essayer maintenant

Vous recevez cet e-mail parce que vous êtes inscrit(e) à Canva. Se désabonner | Préférences | Confidentialité""",
  fmt="html", hdr={"List-Unsubscribe": "<https://www.canva.com/unsub?x=92ab>", "Precedence": "bulk"})

M("fr-neg-qualiopi", "", "fr", "Certif'Qualité <audit@certifqualite.fr>",
  "Audit de surveillance Qualiopi - préparation",
  """Madame Delomenie,

Dans le cadre de votre audit de surveillance prévu le 9 avril, merci de tenir à disposition : les conditions générales, la politique de protection des données, les preuves de recueil du consentement des stagiaires et le registre des réclamations.

L'auditrice, Claire Fontenay""")

M("fr-neg-ancien-num-collegue", "", "fr", "Agnès Vallet <agnes.vallet@laposte.net>",
  "Re: compte rendu séance 4",
  """C'est parfait, merci pour la correction Sandra ! À mardi.
Agnès""",
  quote=("apple", """Bonjour Agnès,
C'est corrigé dans votre dossier, désolée pour cette erreur. Vous trouverez le compte rendu modifié ci-joint.
Sandra"""))

M("fr-neg-employeur-presence", "", "fr", "Service RH - Berry Logistique <rh@berry-logistique.fr>",
  "Attestation de présence - M. Benoît Caradec",
  """Madame,

Notre société a financé l'accompagnement de M. Benoît Caradec. Pourriez-vous nous transmettre une attestation de présence ainsi qu'une synthèse des séances pour son dossier individuel ?

Cordialement,
Service Ressources Humaines
Berry Logistique""")
# NEAR-LINE: an employer asking about another living adult's data -> negative.

M("fr-neg-espace-acces", "", "fr", "Odile Marchand <odile.marchand@wanadoo.fr>",
  "accès",
  """Bonjour Sandra, je voudrais accéder à mon espace pour revoir les vidéos du module 3 mais le lien dans le mail ne fonctionne plus. Pouvez-vous me renvoyer l'accès ? Merci. Odile""")
# NEAR-LINE: "accéder à mon espace" -> negative per policy.

M("fr-neg-sent-rgpd-cliente", "", "fr", C,
  "Votre demande concernant vos données",
  """Bonjour Madame Marchadier,

J'accuse réception de votre demande d'accès du 4 mars. Je vous transmettrai l'ensemble des éléments vous concernant au plus tard dans un mois, par courrier recommandé comme vous le souhaitez.

Bien cordialement,
Sandra Dumot-Deloménie
Floraison de Soi""", to="Hélène Marchadier <helene.marchadier@wanadoo.fr>")

M("fr-neg-question-portabilite", "", "fr", "Rémi Paquet <remi.paquet@orange.fr>",
  "Re: Données pour mon nouveau praticien",
  """Bonjour Sandra,

Bien reçu, merci ! Mon nouveau sophrologue a pu ouvrir le fichier sans souci.

Rémi""",
  quote=("outlook", """Bonjour Rémi,
Comme convenu, j'ai transmis à M. Lorrain votre historique de séances au format tableur.
Bien à vous,
Sandra""", S))

M("fr-neg-formulaire-site", "", "fr", "WordPress <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message via le formulaire de contact",
  """De : Aurélien Caron <aurelien.caron@gmail.com>
Objet : Renseignements accompagnement

Message :
Bonjour, je voudrais des renseignements sur vos tarifs pour un accompagnement en reconversion. J'accepte que mes données soient utilisées pour me recontacter.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  to="contact@floraisondesoi.fr", reply_to="Aurélien Caron <aurelien.caron@gmail.com>")

M("fr-neg-facebook-notif", "", "fr", "Facebook <notification@facebookmail.com>",
  "Laetitia Morel a commenté votre publication",
  """Laetitia Morel a commenté votre publication : « Merci Sandra pour ce bel atelier, je garde précieusement mes notes ! »

Voir le commentaire

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne souhaitez plus recevoir ces e-mails de Meta, veuillez vous désabonner.
Meta Platforms Ireland Ltd.""", fmt="html",
  hdr={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS2>", "Auto-Submitted": "auto-generated"})

M("fr-neg-client-pb-desabo", "", "fr", "Hervé Lantier <herve.lantier@gmail.com>",
  "Re: SMS promo",
  """Bonjour Sandra, merci, c'est bien pris en compte, je ne reçois plus de SMS. Bonne soirée. Hervé""",
  quote=("gmail", """Bonjour Hervé,
C'est noté, je vous ai retiré de la liste d'envoi SMS. Vous continuerez à recevoir la lettre par mail.
Sandra""", S))

M("fr-neg-proposition-partenariat", "", "fr", "Nora Saidi <nora@yoga-issoudun.fr>",
  "Partenariat atelier yoga & coaching",
  """Bonjour Sandra,

Je suis professeure de yoga à Issoudun et j'aimerais co-animer un atelier avec vous au printemps. On pourrait partager nos listes de contacts pour la communication ? Évidemment on demanderait l'accord des gens avant, RGPD oblige 😊

Au plaisir,
Nora""")

M("fr-neg-annuler-inscription-ado", "", "fr", "Séverine Lopes <severine.lopes@gmail.com>",
  "Enzo - atelier émotions",
  """Bonjour,
Finalement Enzo ne pourra pas venir à l'atelier de samedi (compétition de foot). Pouvez-vous annuler son inscription et me rembourser si c'est possible ?
Séverine""")

M("fr-neg-info-retrait-consent-question", "", "fr", "Estelle Vautrin <estelle.vautrin@gmail.com>",
  "témoignage - question",
  """Bonjour Sandra,
Petite question : si un jour je change d'avis sur le témoignage, je vous écris simplement un mail et vous le retirez, c'est ça ? Ce n'est pas le cas aujourd'hui, je suis ravie qu'il soit en ligne !
Estelle""")
# NEAR-LINE: question about how withdrawal works, explicitly not exercising it -> negative.

M("fr-neg-google-drive-stockage", "", "fr", "Google One <google-noreply@google.com>",
  "Votre espace de stockage Google est presque saturé",
  """Sandra, vous avez utilisé 92 % de vos 15 Go d'espace de stockage.

Lorsque votre espace sera saturé, vous ne pourrez plus importer de fichiers dans Google Drive ni envoyer ou recevoir d'e-mails dans Gmail. Supprimez des fichiers ou passez à Google One.

Libérer de l'espace""", to="contact@floraisondesoi.fr", fmt="alt",
  hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-client-vacances-reprise", "", "fr", "Thierry Bouvard <thierry.bouvard@free.fr>",
  "Re: question sur mes infos",
  """Merci Sandra pour la liste, c'est très clair. Vous pouvez tout garder tel quel, je reviendrai sûrement à l'automne pour un nouveau stage.
Thierry""",
  quote=("gmail", """Bonjour Thierry,
Voici la liste de ce que je conserve : vos coordonnées, la fiche d'inscription du stage, la facture. Rien n'est stocké sur Systeme.io.
Sandra"""))

M("fr-neg-ovh", "", "fr", "OVHcloud <support@ovh.com>", "Renouvellement de votre domaine floraisondesoi.fr",
  """Bonjour,

Votre nom de domaine floraisondesoi.fr arrive à expiration le 28/04/2026. Pensez à le renouveler pour éviter toute interruption de service. Les données WHOIS de votre domaine sont protégées (obfuscation activée conformément au RGPD).

L'équipe OVHcloud""", to="contact@floraisondesoi.fr", fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-mairie-fichier", "", "fr", "Association Issoudun Seniors Actifs <seniors.actifs36@orange.fr>",
  "Conférence du 12 juin",
  """Bonjour Madame Delomenie,

Suite à votre conférence « Bien vieillir, prendre soin de soi », plusieurs adhérents souhaitent recevoir votre lettre d'information. Nous ne pouvons pas vous transmettre notre fichier (RGPD), mais je leur ai donné votre adresse pour qu'ils s'inscrivent eux-mêmes.

Merci encore pour cette belle intervention,
Josette Lebrun, présidente""")

M("fr-neg-rectif-devis", "", "fr", "Anne-Laure Blanchet <al.blanchet@cabinet-infirmier-reuilly.fr>",
  "Devis atelier équipe - à corriger",
  """Bonjour Madame Delomenie,

Merci pour le devis. Il y a une erreur : nous sommes 6 infirmières et non 8. Pourriez-vous corriger le devis et nous le renvoyer ? Le nom du cabinet est aussi mal orthographié (Reuilly avec deux l).

Cordialement,
Anne-Laure Blanchet""")
# NEAR-LINE: correcting a quote (business document: headcount, firm name) -> ordinary business, not personal data rectification.

M("fr-neg-client-data-health-info", "", "fr", "Catherine Moreau <catherine.moreau@orange.fr>",
  "informations pour la séance",
  """Bonjour Sandra,
Avant notre prochaine séance, je préfère vous informer que mon médecin a modifié mon traitement (j'ai arrêté les anxiolytiques). Vous pouvez le noter dans mon dossier si c'est utile.
Catherine""")
# NEAR-LINE: voluntarily giving new information as part of follow-up, not correcting an error -> negative.

M("fr-neg-deces-info-annul", "", "fr", "Jacques Fleury <jacques.fleury@orange.fr>",
  "Annulation - décès dans la famille",
  """Bonjour Madame,
Ma femme Monique ne pourra pas venir à l'atelier de samedi, son frère vient de décéder. Pouvez-vous annuler sa place ? Elle vous recontactera.
Jacques Fleury""")
# NEAR-LINE: mentions a death, but the data subject (his wife) is alive and he only cancels a booking -> negative.

M("fr-neg-stripe-litige", "", "fr", "Stripe <notifications@stripe.com>",
  "Litige ouvert sur un paiement de 97,00 €",
  """Un client a contesté un paiement de 97,00 € (Programme Racines & Ailes).
Motif : produit non reçu.
Vous avez jusqu'au 18 novembre 2025 pour soumettre des justificatifs.

Répondre au litige : https://dashboard.stripe.com/disputes""", to="contact@floraisondesoi.fr",
  fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-systemeio-export", "", "fr", "Systeme.io <no-reply@systeme.io>",
  "Votre export de contacts est prêt",
  """Bonjour,

L'export de vos contacts (1 284 contacts, format CSV) que vous avez demandé est prêt. Il sera disponible au téléchargement pendant 7 jours.

Télécharger l'export

L'équipe Systeme.io""", to="contact@floraisondesoi.fr", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-client-remerciement", "", "fr", "Fabienne Orsini <fabienne.orsini@hotmail.fr>",
  "Re: erreur sur mon attestation",
  """Bonjour Madame,
Attestation bien reçue, avec la bonne date cette fois. Merci pour votre réactivité !
F. Orsini""",
  quote=("outlook", """Bonjour Madame Orsini,
Veuillez trouver ci-joint votre attestation corrigée. Votre date de naissance a été rectifiée dans mon fichier.
Sandra Delomenie""", S))

M("fr-neg-sms-gateway", "", "fr", "Brevo <no-reply@brevo.com>", "Campagne SMS envoyée : Rappel atelier",
  """Votre campagne SMS « Rappel atelier 18/10 » a été envoyée à 37 contacts.
Taux de délivrabilité : 97 %
2 contacts ont répondu STOP et ont été automatiquement désinscrits.

Voir le rapport""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("fr-neg-prospect-rgpd-confiance", "", "fr", "Élodie Marchal <elodie.marchal@gmail.com>",
  "Avant de m'inscrire",
  """Bonjour,

Je suis intéressée par votre accompagnement mais je suis très attentive à la confidentialité (je travaille dans un petit village, tout se sait). Qui a accès à vos notes ? Sont-elles sur papier ou dans un cloud ? Est-ce que votre assistante y a accès ?

Merci de votre réponse,
Élodie""")

M("fr-neg-sondage", "", "fr", C, "Votre avis compte : 3 minutes pour améliorer les ateliers",
  """Bonjour,

Vous avez participé à un atelier Floraison de Soi cette année. Pour m'aider à faire évoluer mes propositions, pourriez-vous répondre à ce court questionnaire anonyme ?

👉 Répondre au questionnaire

Merci du fond du cœur,
Sandra

Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque mail.""",
  to="Floraison de Soi <contact@floraisondesoi.fr>", fmt="alt",
  hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>"})

M("fr-neg-heritier-lettre-remerciement", "", "fr", "Valérie Delaunay <valerie.delaunay@gmail.com>",
  "Re: Décès de ma mère, Mme Josette Delaunay",
  """Merci Sandra pour votre message si délicat et pour avoir fait le nécessaire. Maman aurait été touchée.
Valérie""",
  quote=("gmail", """Chère Madame Delaunay,
Toutes mes condoléances. J'ai supprimé l'adresse de votre maman de mes listes et fermé son compte.
Sandra""", S))
# NEAR-LINE: heir thanking above a quoted post-mortem handling -> negative (only new text counts).

M("fr-neg-doublon-inscription", "", "fr", "Monique Tessier <monique.tessier@orange.fr>",
  "inscrite deux fois",
  """Bonjour, je crois que je me suis inscrite deux fois au webinaire de jeudi (une fois avec mon mail perso, une fois avec le pro). Vous pouvez supprimer une des deux inscriptions, peu importe laquelle. Merci ! Monique""")
# NEAR-LINE: deleting a duplicate booking -> negative (booking admin, like deleting a slot).

M("fr-neg-lettre-confreres", "", "fr", "Jean-Marc Olivier <jm.olivier.coach@gmail.com>",
  "Intervision - sujet du mois",
  """Bonjour à tous,

Pour l'intervision du 3 février, je propose qu'on travaille sur un cas pratique : un client vous demande d'effacer ses notes mais vous êtes en litige avec lui sur un impayé. Que faites-vous ? Venez avec vos idées.

Jean-Marc""", to="intervision-berry@googlegroups.com",
  hdr={"List-Id": "Intervision Berry <intervision-berry.googlegroups.com>", "Precedence": "list"})

M("fr-neg-client-merci-export", "", "fr", "Fatou Diallo <fatou.diallo@yahoo.fr>",
  "Re: Ma progression dans la formation",
  """Super, merci beaucoup Sandra, le fichier Excel est parfait pour ma VAE 🙏
Fatou""",
  quote=("gmail", """Bonjour Fatou,
Voici l'export de vos devoirs et de votre progression au format Excel.
Sandra"""))

M("fr-neg-ameli-phishing", "", "fr", "Assurance Maladie <info@ameli-remboursement-fr.com>",
  "Mise à jour de vos données RGPD requise",
  """Madame, Monsieur,

Conformément au Règlement Général sur la Protection des Données, nous devons mettre à jour vos informations personnelles. Un remboursement de 148,30 € est en attente.

Accéder à mon compte ameli

Sans action de votre part sous 72h, votre dossier sera supprimé.""", fmt="html")

M("fr-neg-reseaux-contact", "", "fr", "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, vous avez 1 nouveau message de Pierre Bonnet",
  """Pierre Bonnet
Responsable formation chez Axéréal

« Bonjour Sandra, seriez-vous disponible pour un échange au sujet d'une formation gestion du stress pour nos équipes ? »

Répondre

Vous recevez des notifications de messages. Se désabonner""", fmt="html",
  hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?unsub=1>", "Auto-Submitted": "auto-generated"})

M("fr-neg-client-change-coordonnees-atelier", "", "fr", "Roger Vignaud <roger.vignaud@orange.fr>",
  "Re: Appels téléphoniques",
  """Madame,
Merci pour vos excuses, l'incident est clos.
R. Vignaud""",
  quote=("outlook", """Monsieur Vignaud,
Je vous présente mes excuses pour ces appels. Votre numéro a été retiré de notre fichier de prospection et vous ne serez plus sollicité.
Sandra Delomenie""", S))

M("fr-neg-cliente-modif-texte-temoignage", "", "fr", "Estelle Vautrin <estelle.vautrin@gmail.com>",
  "petite modif",
  """Re-bonjour Sandra,
Dans le témoignage, pouvez-vous remplacer « le droit de dire non » par « la liberté de dire non » ? Je trouve ça plus juste. Sinon c'est parfait !
Estelle""")
# NEAR-LINE: editing the wording of a testimonial she is happy to publish -> editorial change, not a data-protection right (no inaccuracy about her, no withdrawal) -> negative.

M("fr-neg-demande-rib", "", "fr", "Benjamin Girard <benjamin.girard@gmail.com>",
  "RIB pour virement",
  """Bonjour Sandra, pouvez-vous m'envoyer votre RIB ? Je préfère payer le stage par virement plutôt que par carte. Merci, Benjamin""")

M("fr-neg-client-pas-recu-nl", "", "fr", "Danielle Moreau <danielle.moreau@orange.fr>",
  "plus de newsletter ?",
  """Bonjour Sandra,
Je ne reçois plus votre newsletter depuis l'été, j'espère que vous ne m'avez pas désinscrite par erreur ! Pouvez-vous vérifier ? J'adore vos petits rituels du mois.
Danielle""")

M("fr-neg-fwd-rfc822", "", "fr", "Coralie (assistante) <coralie.assistante.fds@gmail.com>",
  "TR: à traiter - demande d'une cliente ?",
  """Sandra, j'ai trouvé ce mail dans les spams de la boîte contact, je te le transfère pour que tu voies si c'est à traiter. Je n'ai rien fait.
Coralie""",
  kind="rfc822",
  inner=dict(frm="Promo Bien-Être <deals@promo-bienetre-club.com>", subj="Dernière chance : -70% sur les huiles essentielles",
             body="""Profitez de -70% sur toute notre gamme d'huiles essentielles bio.
Pour modifier vos préférences ou supprimer vos données, cliquez ici."""))
# NEAR-LINE: assistant forwarding a spam found in the junk folder; the inner message is a promo -> negative.

M("fr-neg-sent-delete-confirm", "", "fr", C,
  "Confirmation de suppression de vos données",
  """Bonjour Monsieur Lemaire,

Suite à votre demande du 2 juin, je vous confirme que l'ensemble des données vous concernant a été effacé de mes fichiers, de Systeme.io et de mon Google Drive. Seule la facture de 2023 est conservée au titre de mes obligations comptables (10 ans).

Bien cordialement,
Sandra Dumot-Deloménie""", to="Patrick Lemaire <patrick.lemaire@sfr.fr>")

M("fr-neg-tresorier-asso", "", "fr", "Hubert Lemoine <hubert.lemoine36@gmail.com>",
  "Adhésion association - RGPD",
  """Bonjour Madame,

En tant que trésorier de l'association « Les Jardins Partagés d'Issoudun », je vous confirme votre adhésion 2026. Conformément au RGPD, vos coordonnées ne seront utilisées que pour la vie de l'association ; vous pouvez à tout moment nous demander de les corriger ou de les supprimer.

Hubert Lemoine""")


# =====================================================================
# NEGATIVES - English
# =====================================================================

M("en-neg-reschedule", "", "en", "Hannah Whitfield <hannah.whitfield@icloud.com>",
  "Can we move Thursday?",
  """Hi Sandra, something's come up at work - could we move Thursday's session to Friday same time? If not, please just delete the slot and I'll rebook next week. Thanks! H""")

M("en-neg-thanks-deleted", "", "en", "Lucy Tran <lucy.tran@gmail.com>",
  "Re: Remove me from everything",
  """Thank you Sandra, that was quick. All the best with your work!
Lucy""",
  quote=("gmail", """Hi Lucy,
I've deleted your account and all the data linked to it. Only the invoice for the mini-course is kept for accounting purposes.
Warm wishes,
Sandra""", S))

M("en-neg-how-access", "", "en", "James Whitaker <james.whitaker@gmail.com>",
  "Question about your privacy policy",
  """Hi Sandra,

I'm thinking about booking the 6-session package. Your privacy policy says clients can ask for access to their data - out of interest, would that include your handwritten notes, or only what's typed up? And how long would it usually take?

Thanks,
James""")
# NEAR-LINE: question about how access works, before any contract -> negative.

M("en-neg-partner-asking", "", "en", "Mark Bennett <mark.bennett@outlook.com>",
  "My wife's sessions",
  """Hello,

My wife Chloe has been coming to you since the autumn. She's been very withdrawn lately. Could you tell me what you've been discussing, or send me her notes? I'm worried about her.

Mark""")
# NEAR-LINE: husband asking for a living adult's data -> negative.

M("en-neg-password", "", "en", "Sophie Turner <sophie.t@me.com>",
  "Password reset not working",
  """Hi Sandra, I've tried to reset my password for the course area three times and the email never arrives (checked spam). Could you reset it for me? Thanks x""")

M("en-neg-cancel-retreat", "", "en", "Grace Okafor <grace.okafor@hotmail.co.uk>",
  "Cancelling my retreat booking",
  """Hi Sandra,

I'm so sorry but I need to cancel my place on the Spring Reset retreat - my mum's had a fall and I need to be with her. I understand the deposit may not be refundable.

Grace""")

M("en-neg-close-account", "", "en", "Derek Hughes <derek.hughes@sky.com>",
  "close my account please",
  """Hi, I've finished the mini course, you can close my account. Cheers, Derek""")
# NEAR-LINE: close account alone, no data mentioned -> negative.

M("en-neg-ooo", "", "en", "Emily Carter <emily.carter@gmail.com>",
  "Automatic reply: Your session summary",
  """I'm travelling until 3 September with limited access to email. I'll reply when I'm back.
Emily""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

M("en-neg-ooo-corporate", "", "en", "Jonathan Blake <jonathan.blake@blake-legal.co.uk>",
  "Out of Office: RE: Erasure request - Ms Amelia Stone",
  """Thank you for your email. I am out of the office until Monday 12 January. For urgent matters please contact my assistant, Sarah Pike, on +44 20 7946 0011.

This email is confidential and may be legally privileged.""", hdr={"Auto-Submitted": "auto-replied"}, fmt="qp")

M("en-neg-bounce-gmail", "", "en", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to hannah.w.old@icloud.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <hannah.w.old@icloud.com>: user does not exist""", date=(2025, 6, 4, 18, 14),
  kind="bounce",
  ds="""Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 04 Jun 2025 09:14:22 -0700

Final-Recipient: rfc822; hannah.w.old@icloud.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.mail.icloud.com
Diagnostic-Code: smtp; 550 5.1.1 user does not exist
""",
  orig_headers="""From: Floraison de Soi <contact@floraisondesoi.fr>
To: hannah.w.old@icloud.com
Subject: Your data request - confirmation
""", to="contact@floraisondesoi.fr")

M("en-neg-zoom-webinar", "", "en", "Zoom <no-reply@zoom.us>", "New registration for Rooted Confidence - Live Q&A",
  """Hi Sandra Delomenie,

A new registrant has signed up for your webinar.

Topic: Rooted Confidence - Live Q&A
Registrant: Ravi Chaudhary (ravi.chaudhary@gmail.com)
Country/Region: United Kingdom

Manage registrants""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("en-neg-calendly-new", "", "en", "Calendly <notifications@calendly.com>", "New Event: Grace Okafor - 14:00 Mon, 12 May 2025 - Discovery call",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Grace Okafor
Invitee Email: grace.okafor@hotmail.co.uk
Event Date/Time: 14:00 - Monday, 12 May 2025 (Central European Time)
Questions: "What would you like to work on?" - "Confidence at work and saying no."

View event in Calendly""", fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("en-neg-stripe-gdpr", "", "en", "Stripe <notifications@stripe.com>", "Updates to the Stripe Services Agreement and Data Processing Agreement",
  """Hello,

We're writing to let you know that we're updating the Stripe Services Agreement and the Stripe Data Processing Agreement, effective 1 March 2026. These updates reflect changes to data protection law and clarify how we handle requests from your customers to access, correct or delete their personal data.

You don't need to take any action. Your continued use of Stripe constitutes acceptance.

Stripe""", to="contact@floraisondesoi.fr", fmt="alt", hdr={"Precedence": "bulk"})

M("en-neg-google-workspace", "", "en", "The Google Workspace Team <workspace-noreply@google.com>",
  "[Action required] Review the Cloud Data Processing Addendum",
  """Hello Administrator,

We're making updates to the Cloud Data Processing Addendum. As an administrator of floraisondesoi.fr, please review and accept the updated terms in the Admin console under Account settings > Legal and compliance.

This mandatory service announcement was sent to update you about important changes to your Google Workspace account.""",
  to="contact@floraisondesoi.fr", fmt="alt", hdr={"Auto-Submitted": "auto-generated"})

M("en-neg-phish-gdpr", "", "en", "EU Data Compliance Office <notice@eu-gdpr-registry.org>",
  "FINAL NOTICE: GDPR registration for floraisondesoi.fr",
  """Dear Business Owner,

Our records show that floraisondesoi.fr has not completed mandatory GDPR registration. Failure to register within 7 days may result in penalties of up to EUR 20,000,000.

Register now for EUR 299: https://eu-gdpr-registry.org/register

To opt out of further notices, reply REMOVE.""", fmt="html", reply_to="billing@eu-gdpr-registry.org")

M("en-neg-phish-stripe", "", "en", "Stripe Support <support@stripe-account-verify.com>",
  "Your payouts have been paused",
  """Dear customer,

Due to incomplete verification, your payouts have been paused. Please update your personal data and bank details within 24 hours to avoid account deletion.

Update information""", fmt="html")

M("en-neg-newsletter-coach", "", "en", "Coaching Business Weekly <hello@coachingbizweekly.com>",
  "How to handle 'delete my data' emails (without panicking)",
  """This week: what to do when a client emails asking you to delete everything, copy their file, or unsubscribe them from all lists. Plus: 5 consent mistakes coaches make with testimonials.

Read the issue ->

You're receiving this because you signed up at coachingbizweekly.com. Unsubscribe | Update preferences""",
  fmt="html", hdr={"List-Unsubscribe": "<https://coachingbizweekly.com/unsubscribe?id=55>",
                   "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

M("en-neg-sent-reply-en", "", "en", C, "Re: My testimonial",
  """Hi Lauren,

Of course - I completely understand. Your testimonial and photo have been removed from the website and Instagram today.

Wishing you all the best,
Sandra""", to="Lauren Mitchell <lauren.mitchell@gmail.com>",
  quote=("gmail", """Hi Sandra,
I'd now like to withdraw that permission - please take it down from both.
Lauren""", "Lauren Mitchell <lauren.mitchell@gmail.com>"))

M("en-neg-colleague", "", "en", "Hannah Price <hannah@pricecoaching.co.uk>",
  "GDPR template?",
  """Hi Sandra,

Lovely to meet you at the ICF meetup! You mentioned you'd put together a log for data requests (access, erasure, etc.) - would you be willing to share the template? I've just had my first "please send me a copy of my data" email and I'm not sure where to start.

Best,
Hannah""")

M("en-neg-student-research", "", "en", "Dr. Ellen Marsh <e.marsh@kent.ac.uk>",
  "Research invitation: data protection practices among solo wellbeing practitioners",
  """Dear Ms Delomenie,

I am conducting a study on how self-employed coaches in the EU handle clients' data protection rights. Participation involves a 20-minute online survey. All responses are anonymised and you may withdraw at any time.

Participant information sheet attached.

Kind regards,
Dr Ellen Marsh, University of Kent""", att=["Participant_Information_Sheet.pdf"])

M("en-neg-thanks-session", "", "en", "Mike Donnelly <mike.donnelly@gmail.com>",
  "Re: quick one",
  """Got it, thanks Sandra! Brilliant to have it all in one place. Might book a top-up session in the spring.
Mike""",
  quote=("gmail", """Hi Mike,
Attached is everything I hold for you: your intake form, session notes and the end-of-programme summary.
Sandra""", S))

M("en-neg-copy-certificate", "", "en", "Lars Eriksen <lars.eriksen@proton.me>",
  "Certificate copy",
  """Hello Sandra, I lost the PDF of my course completion certificate. Could you send me a copy? Thanks, Lars""")
# NEAR-LINE: a duplicate certificate is ordinary customer service -> negative.

M("en-neg-unsub-someone-else", "", "en", "Oliver Matthews <oliver.matthews@yahoo.co.uk>",
  "My mum's emails",
  """Hi, my mum Karen keeps getting your newsletter and she's asked me to tell you she'd like to stop it - she's not very good with computers. Her email is karen.matthews@yahoo.co.uk.
Thanks, Ollie""")
# NEAR-LINE: an adult son relaying for his living mother without a mandate -> treated as a relative asking about another living adult's data -> negative.

M("en-neg-invoice-correction", "", "en", "Abigail Foster <abi.foster@gmail.com>",
  "Invoice - VAT question",
  """Hi Sandra, my accountant asks whether your invoice should show VAT - it says "TVA non applicable, art. 293 B du CGI". Is that correct, or does it need correcting? Thanks, Abi""")

M("en-neg-airbnb", "", "en", "Airbnb <automated@airbnb.com>", "Reservation confirmed - Gîte du Moulin, 3 nights",
  """Your reservation is confirmed. Gîte du Moulin, Sainte-Lizaigne. Check-in: Fri 16 May. Check-out: Mon 19 May. Guests: 1.

Manage your trip""", fmt="html", hdr={"Auto-Submitted": "auto-generated"})

M("en-neg-wordpress-privacy", "", "en", "WordPress <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Confirm Action: Export Personal Data",
  """Howdy,

A request has been made to perform the following action on your account:

     Export Personal Data

To confirm this, please click on the following link:
https://floraisondesoi.fr/wp-login.php?action=confirmaction&request_id=12

You can safely ignore and delete this email if you do not want to take this action.

Regards,
All at Floraison de Soi""", to="contact@floraisondesoi.fr", hdr={"Auto-Submitted": "auto-generated"})
# NEAR-LINE: WordPress system mail about an export action on her own admin account -> automatic mail, negative.

M("en-neg-testimonial-yes", "", "en", "Henrik Olsen <henrik.olsen@gmail.com>",
  "Re: Would you share a few words?",
  """Hi Sandra, happy to! You can use the paragraph below with my first name, no photo please.

"Sandra helped me slow down and actually listen to myself. Six sessions that changed my year."

Henrik""")

M("en-neg-group-retreat-info", "", "en", "Jennifer Walsh <jen.walsh@gmail.com>",
  "Dietary info for the retreat",
  """Hi Sandra, just updating you before the retreat: I'm now gluten-free (doctor's orders), so please let the caterer know. Also I'll arrive by train at 16:40. Jen""")

M("en-neg-vendor-zoom-privacy", "", "en", "Zoom <privacy@zoom.us>", "We've updated our Privacy Statement",
  """We've updated our Privacy Statement to give you more clarity on how we collect, use and share personal data, and how you can exercise your rights to access, correct or delete it.

Read the updated Privacy Statement

Zoom Communications, Inc.""", fmt="html", hdr={"Precedence": "bulk"})

M("en-neg-opt-in", "", "en", "Priya Raman <priya.raman@outlook.com>",
  "Re: How did you get my details?",
  """Thank you for explaining, Sandra - I'd completely forgotten filling in the form at the Bourges fair. No problem at all, and actually I'd like to stay on the list!
Priya""",
  quote=("outlook", """Dear Priya,
Your number was given via the contact form at the Bourges wellbeing fair on 14 September, where you ticked the box to be contacted about women's circles.
Sandra""", S))

M("en-neg-client-question-data-safe", "", "en", "Naomi Feld <naomi.feld@gmail.com>",
  "Re: Wrong information in my file",
  """All sorted, thanks for fixing it so quickly. You can use the file again for supervision now.
Naomi""",
  quote=("gmail", """Hi Naomi,
You were right, the medication note belonged to another file. I've corrected it and in the meantime nothing was shared.
Sandra""", S))
# NEAR-LINE: lifts her earlier restriction; no new right exercised -> negative.

M("en-neg-linkedin-recruiter", "", "en", "Tom Reilly <tom.reilly@wellbeingtalent.io>",
  "Partnership opportunity - your client data",
  """Hi Sandra,

We help coaches monetise their audience. If you share your email list (we're fully GDPR-compliant!) we'll promote your programmes to 40k wellbeing enthusiasts and split revenue.

Worth a chat?
Tom""")

M("en-neg-ics-invite", "", "en", "Daniel Fischer <d.fischer@posteo.de>",
  "Invitation: Follow-up call",
  """Hi Sandra, sending an invite for our follow-up call as discussed. If the time doesn't work, just decline and propose another. Daniel""",
  att=["invite.ics"])

M("en-neg-canceled-subscription", "", "en", "Chloe Bennett <chloe.bennett@outlook.com>",
  "Stop my monthly membership",
  """Hi Sandra, could you cancel my monthly membership from next month? Money's tight. I'd like to keep my account for now so I can come back later. Thanks, Chloe""")

M("en-neg-exec-thanks", "", "en", "Susan Clarke <susan.clarke@btinternet.com>",
  "Re: My mother, Margaret Clarke",
  """Dear Sandra, thank you so much for the journals. We read them together as a family. With gratitude, Susan""",
  quote=("gmail", """Dear Susan,
My sincere condolences. I've closed your mother's account and attached the journal entries she wrote during the course.
Sandra""", S))
