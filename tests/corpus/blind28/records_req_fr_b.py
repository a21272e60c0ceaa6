# -*- coding: utf-8 -*-
"""blind28 - French requests, part B."""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


R(key="fr-req-relance-access-forwarded", rights=["access"], lang="fr",
  frm="Christelle Naudin <christelle.naudin@gmail.com>", date="2025-04-29 09:21",
  subject="Fwd: Demande de copie de mes informations",
  body="""Bonjour Sandra,

Je me permets de vous relancer, je n'ai pas eu de réponse à mon mail du 20 mars (ci-dessous). Peut-être est-il parti dans les indésirables ? Je renouvelle donc ma demande : merci de m'envoyer une copie de mes informations.

Sinon, tout va bien de mon côté, la nouvelle organisation au travail tient le coup. Je vous recontacte en mai pour une séance "d'entretien" comme vous dites.

Christelle""",
  quote=dict(style="fwd_gmail", frm="Christelle Naudin <christelle.naudin@gmail.com>",
             date="2025-03-20 18:03", to="contact@floraisondesoi.fr",
             subject="Demande de copie de mes informations", text="""Bonjour,

Dans le cadre du RGPD, je souhaiterais obtenir une copie de l'ensemble des données personnelles me concernant que vous conservez (fiche, notes, échanges, paiements).

Merci d'avance,
Christelle Naudin"""))

R(key="fr-req-relance-erasure-mentions-cnil", rights=["erasure"], lang="fr",
  frm="Damien Chevalier <damien.chevalier@free.fr>", date="2025-09-09 08:55",
  subject="2ème demande - effacement de mes données",
  body="""Madame,

Le 28 juillet, je vous ai demandé par téléphone puis par SMS de supprimer mes données. Je reçois pourtant toujours vos mails et mon compte sur la plateforme est toujours actif (j'ai pu m'y connecter hier soir).

Je vous demande donc à nouveau, par écrit cette fois, l'effacement de toutes les données me concernant : compte, coordonnées, historique, notes éventuelles.

Sans réponse sous un mois, je déposerai une réclamation auprès de la CNIL. Je préférerais vraiment ne pas en arriver là.

Damien Chevalier

PJ : copie de ma carte d'identité""", shape="8bit",
  attach=[("CNI_Damien_Chevalier.pdf", "pdf", "REPUBLIQUE FRANCAISE\nCarte nationale d'identite\nCHEVALIER Damien")])

R(key="fr-req-portability-cpf-new-organisme", rights=["portability"], lang="fr",
  frm="Karima Belkacem <karima.belkacem@outlook.fr>", date="2025-10-15 14:08",
  subject="Transfert de mon parcours vers mon nouvel organisme",
  body="""Bonjour Madame Delomenie,

J'ai suivi chez vous les deux premiers modules du parcours "Accompagner le changement" l'an dernier. Pour des raisons de distance (je suis maintenant à Orléans), je poursuis les modules 3 et 4 avec l'organisme Cap Compétences, qui reconnaît les modules déjà suivis.

Ils me demandent mon historique de formation : modules suivis, heures, résultats des évaluations, travaux rendus. Pourriez-vous leur transmettre ces éléments directement dans un format qu'ils puissent intégrer dans leur logiciel (export CSV ou Excel) ? Leur référente est Mme Poulain, s.poulain@cap-competences.fr.

J'ai aussi une question sur la facture du module 2 que mon ancien employeur n'a jamais payée, je vous appellerai à ce sujet.

Merci beaucoup,
Karima Belkacem""")

R(key="fr-req-where-did-you-get-my-address", rights=["access", "objection"], lang="fr",
  frm="Vincent Marec <v.marec@lilo.org>", date="2025-06-21 10:03",
  subject="Re: Votre été sera doux : -20% sur les stages",
  body="""Bonjour,

Je n'ai jamais été client chez vous et je ne me suis inscrit à rien. D'où tenez-vous mon adresse mail ? J'aimerais le savoir, ainsi que ce que vous avez d'autre sur moi.

Et retirez-moi de votre liste de diffusion.

V. Marec""",
  quote=dict(style="gmail", frm="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-06-20 07:30",
             text="""Votre été sera doux !

Jusqu'au 30 juin, profitez de -20% sur tous nos stages d'été avec le code DOUCEUR25.

Stage "Retrouver son élan" - 12 & 13 juillet - Issoudun
Stage "Corps et émotions" - 23 & 24 août - Reuilly

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""), shape="8bit")

R(key="fr-req-rectify-wrong-info-in-file", rights=["rectification"], lang="fr",
  frm="Nicole Aubry <nicole.aubry@laposte.net>", date="2025-02-19 16:24",
  subject="Erreurs dans ma fiche",
  body="""Bonjour Sandra,

En relisant la fiche de synthèse que vous m'avez remise à la fin du premier cycle (merci, elle est très claire), j'ai relevé deux erreurs que je préfère vous signaler pour que votre dossier soit juste :

- ma date de naissance est le 14/08/1968 et non le 14/06/1968 ;
- il est écrit que j'ai été en arrêt pour burn-out en 2022 ; en réalité c'était une opération du dos, ce qui n'a rien à voir. Merci de corriger.

Pour le second cycle, je suis d'accord pour commencer en mars. Le mercredi après-midi est toujours le plus simple pour moi.

Bien à vous,
Nicole""", shape="8bit")

R(key="fr-req-widower-wife-data", rights=["post_mortem"], lang="fr",
  frm="Roger Pinault <roger.pinault@wanadoo.fr>", date="2025-03-06 10:48",
  subject="Madame Jacqueline Pinault",
  body="""Madame,

Mon épouse Jacqueline est décédée le 11 février dernier. Elle avait suivi plusieurs de vos ateliers à la salle des fêtes et je crois qu'elle était inscrite à vos lettres.

Des courriers électroniques continuent d'arriver à son nom sur notre adresse commune, et cela me fait de la peine à chaque fois. Je vous demande de ne plus rien envoyer et d'effacer tout ce que vous avez sur elle.

Je vous remercie pour les bons moments qu'elle a passés à vos ateliers. Elle en revenait toujours de bonne humeur.

Roger Pinault
Ségry""", shape="latin1", headers={"X-Mailer": "Microsoft Outlook Express 6.00.2900.5512"})

R(key="fr-req-withdraw-video-keep-written", rights=["withdraw_consent"], lang="fr",
  frm="Anaïs Fontaine <anais.fontaine@gmail.com>", date="2025-08-11 13:37",
  subject="Mon témoignage vidéo",
  body="""Bonjour Sandra,

J'espère que vous profitez de l'été. Nous rentrons de deux semaines en Bretagne, les enfants ont enfin accepté de se baigner dans une eau à 17 degrés.

Je vous écris au sujet du témoignage vidéo que j'avais enregistré après le stage de l'an dernier. Je ne suis plus à l'aise avec le fait que mon visage soit visible sur YouTube et sur votre page de vente. Je retire mon autorisation pour la vidéo. Par contre, le témoignage écrit (celui avec juste mon prénom et l'initiale) peut rester, il me convient toujours.

Merci de me dire quand c'est fait, et encore bravo pour tout ce que vous faites.

Anaïs""", shape="alt")

R(key="fr-req-cancel-workshop-ps-erase-all", rights=["erasure"], lang="fr",
  frm="Hervé Lacombe <herve.lacombe@orange.fr>", date="2025-11-03 07:15",
  subject="Annulation inscription atelier 15/11",
  body="""Bonjour,

Je dois malheureusement annuler mon inscription à l'atelier du 15 novembre, ma mère est hospitalisée et je dois m'occuper d'elle. Je comprends que l'acompte ne soit pas remboursé, conformément à vos conditions.

Cordialement,
Hervé Lacombe

P.S. Je ne pense pas pouvoir revenir avant longtemps : merci d'effacer toutes les données que vous avez sur moi (inscription, coordonnées, questionnaire).""", shape="qp")

# NEAR-LINE: "je m'oppose" to ad targeting from her customer email -> objection (marketing use),
# not withdraw_consent (she never gave a specific consent for it).
R(key="fr-req-object-facebook-ads-audiences", rights=["objection"], lang="fr",
  frm="Julie Carré <julie.carre@gmail.com>", date="2025-05-12 20:58",
  subject="Pubs Facebook",
  body="""Bonsoir Sandra,

Petite question gênante : je vois vos publicités sur Instagram et Facebook en permanence depuis que j'ai acheté votre mini-formation, et je me suis rendu compte que c'est sûrement parce que mon adresse mail a été importée dans vos "audiences" publicitaires.

Je m'oppose à ce que mes données soient utilisées pour du ciblage publicitaire, que ce soit sur Meta ou ailleurs. Je suis ravie de la mini-formation, mais je n'ai pas envie d'être suivie.

Merci et belle soirée,
Julie""")

# NEAR-LINE: sender is the website form robot, but the Reply-To person wrote a real erasure
# request through it -> request.
R(key="fr-req-contact-form-erasure", rights=["erasure"], lang="fr",
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact",
  reply_to="Patricia Hamel <patricia.hamel@gmail.com>", date="2025-07-08 15:42",
  subject="[Floraison de Soi] Nouveau message depuis le formulaire de contact",
  body="""De : Patricia Hamel <patricia.hamel@gmail.com>
Téléphone : 06 33 87 12 59
Sujet : Autre

Corps du message :
Bonjour, j'ai participé à votre journée découverte en 2023 et je n'ai plus de lien avec vous depuis. Merci de bien vouloir supprimer l'ensemble de mes données personnelles de vos fichiers et de votre plateforme. Vous pouvez me répondre à l'adresse ci-dessus. Bonne journée.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""",
  html="""<html><body><table style="font-family:Arial,sans-serif;font-size:14px">
<tr><td><strong>De :</strong></td><td>Patricia Hamel &lt;patricia.hamel@gmail.com&gt;</td></tr>
<tr><td><strong>T&eacute;l&eacute;phone :</strong></td><td>06 33 87 12 59</td></tr>
<tr><td><strong>Sujet :</strong></td><td>Autre</td></tr>
<tr><td colspan="2"><strong>Corps du message :</strong><br>Bonjour, j'ai particip&eacute; &agrave; votre journ&eacute;e d&eacute;couverte en 2023 et je n'ai plus de lien avec vous depuis. Merci de bien vouloir supprimer l'ensemble de mes donn&eacute;es personnelles de vos fichiers et de votre plateforme. Vous pouvez me r&eacute;pondre &agrave; l'adresse ci-dessus. Bonne journ&eacute;e.</td></tr>
</table>
<p style="color:#888;font-size:11px">Cet e-mail a &eacute;t&eacute; envoy&eacute; via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)</p>
</body></html>""", shape="html")

R(key="fr-req-contact-form-copy-and-origin", rights=["access"], lang="fr",
  frm="Floraison de Soi <wordpress@floraisondesoi.fr>", to="contact",
  reply_to="Fabien Dorval <fabien.dorval@gmx.fr>", date="2026-01-30 11:20",
  subject="[Floraison de Soi] Nouveau message depuis le formulaire de contact",
  body="""De : Fabien Dorval <fabien.dorval@gmx.fr>
Téléphone : 
Sujet : Question sur une formation

Corps du message :
Bonjour, je voulais d'abord savoir si la formation "Gestion du stress" existe aussi en distanciel pour les particuliers. Ensuite, j'ai reçu un mail de votre part alors que je ne me souviens pas vous avoir donné mon adresse : pouvez-vous m'indiquer d'où vient cette adresse et ce que vous avez enregistré sur moi ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""", shape="qp")

R(key="fr-req-three-copy-export-then-erase", rights=["access", "erasure", "portability"], lang="fr",
  frm="Emmanuelle Besson <emmanuelle.besson@yahoo.fr>", date="2025-12-28 17:44",
  subject="Fin d'année, fin de parcours",
  body="""Bonjour Sandra,

Fin d'année rime avec bilan, et je crois que c'est le moment pour moi de clore notre parcours. Merci pour ces trois années d'accompagnement, les hauts, les bas, et cette fameuse séance de février où j'ai pleuré une heure avant de comprendre que je voulais quitter l'enseignement.

Pour clore proprement, voici ce que j'aimerais, dans cet ordre :

1) Recevoir une copie complète de mon dossier (pour savoir ce que vous avez gardé de tout ça, et pour moi).

2) Récupérer mes réponses aux exercices en ligne et mon journal de gratitude sous forme de fichier exportable (CSV), pour les réimporter dans l'application que j'utilise maintenant.

3) Une fois que j'aurai tout reçu, supprimer l'ensemble de mes données chez vous, compte compris.

Je ne suis pas pressée, faites ça en janvier quand vous aurez repris.

Très belles fêtes à vous et à votre famille,
Emmanuelle""")

R(key="fr-req-withdraw-instagram-photos-and-unsubscribe", rights=["objection", "withdraw_consent"],
  lang="fr", frm="Morgane Le Gall <morgane.legall@gmail.com>", date="2025-09-14 11:26",
  subject="Photos + newsletter",
  body="""Hello Sandra,

Deux petites choses rapides :

Les photos du cercle de femmes de juin sont toujours sur votre compte Instagram, dont deux où on me reconnaît très bien. J'avais donné mon accord sur le moment mais je préfère les voir disparaître, merci de les retirer.

Et pouvez-vous me désabonner de la newsletter ? Je la lis rarement et je fais du tri.

Au plaisir de vous recroiser au marché de Reuilly !
Morgane""", shape="8bit")

R(key="fr-req-teen-himself-delete-tests", rights=["erasure"], lang="fr", var="informal",
  frm="Lucas Moreau <lucas.moreau.2008@gmail.com>", date="2025-07-14 23:41",
  subject="mes tests",
  body="""Bonjour Madame,

C'est Lucas, j'ai fait le parcours ados avec vous cette année (ma mère vous avait contactée en janvier). Je voulais vous dire merci, franchement j'y croyais pas au début mais ça m'a aidé pour le stress des examens.

Par contre je voudrais que vous supprimiez les tests et les questionnaires que j'ai remplis, surtout celui sur la famille. J'ai 17 ans et j'ai pas envie que ça reste quelque part. Est ce que c'est possible sans que ça passe par ma mère ?

Merci encore
Lucas""", shape="8bit")

R(key="fr-req-informal-no-accents-copie", rights=["access"], lang="fr", var="informal",
  frm="Jessica Lemaire <jess.lemaire@hotmail.fr>", date="2025-03-31 13:02",
  subject="demande",
  body="""Bonjour Sandra

ca va ? moi ca va mieux depuis la derniere seance, j'ai reussi a poser mes limites avec ma cheffe (enfin un peu lol)

je voulais vous demander si vous pouviez m'envoyer tout ce que vous avez sur moi, genre mes fiches, les notes, les questionnaires etc. je prepare un dossier pour la medecine du travail et je voudrais tout relire avant

et aussi est ce que la seance de jeudi est toujours a 18h30 ?

bisous
Jess""", shape="8bit")

R(key="fr-req-qc-courriel-rectification", rights=["rectification"], lang="fr", var="CA",
  frm="Marc-André Gagnon <ma.gagnon@sympatico.ca>", date="2026-02-04 14:17",
  subject="Mise à jour de mon adresse courriel",
  body="""Bonjour Madame Delomenie,

Je vous écris pour vous aviser que mon adresse courriel change. Mon ancienne adresse, marcandre.gagnon@cgocable.ca, sera fermée à la fin du mois puisque je change de fournisseur. Veuillez utiliser dorénavant ma.gagnon@sympatico.ca.

Aussi, je voulais vous dire que le cours en ligne m'a beaucoup aidé à passer à travers un hiver difficile. Je l'ai recommandé à ma belle-sœur, qui devrait s'inscrire bientôt.

Merci et bonne journée,
Marc-André Gagnon
Trois-Rivières""")

R(key="fr-req-ch-portability-export", rights=["portability"], lang="fr", var="CH",
  frm="Nadine Favre <nadine.favre@sunrise.ch>", date="2025-11-18 09:06",
  subject="Export de mes données de formation",
  body="""Bonjour Madame,

Je termine votre formation en ligne le mois prochain et je m'apprête à commencer un CAS en accompagnement à la HES de Fribourg. J'aimerais pouvoir y réutiliser le travail accompli chez vous.

Serait-il possible de recevoir mes données (réponses aux exercices, progression, certificats de modules) dans un format structuré et lisible par ordinateur, par exemple un fichier CSV ou JSON ? Je les intégrerai dans mon portfolio numérique.

Je vous remercie d'avance et vous adresse mes meilleures salutations depuis un Fribourg déjà enneigé.

Nadine Favre""")

# NEAR-LINE: undecided about deletion; meanwhile asks that nothing be used or deleted ->
# "don't use, don't delete" = restriction only.
R(key="fr-req-restriction-until-i-decide", rights=["restriction"], lang="fr",
  frm="Aurélie Simonet <aurelie.simonet@gmail.com>", date="2025-06-30 21:53",
  subject="Pause",
  body="""Bonsoir Sandra,

Je traverse une période où j'ai besoin de tout mettre en pause : le coaching, le groupe, les formations. Ce n'est pas lié à vous, c'est ma vie en ce moment.

Je ne sais pas encore si je voudrai que vous effaciez mon dossier ou si je reviendrai à l'automne. En attendant que je décide, je vous demande de ne plus utiliser mes données, ni pour des relances, ni pour des messages, ni pour quoi que ce soit. Mais surtout, ne supprimez rien pour l'instant.

Je vous redonne des nouvelles en septembre, promis.

Aurélie""", shape="8bit")

R(key="fr-req-object-prospection-former-client", rights=["objection"], lang="fr",
  frm="Jean-Luc Hervieux <jl.hervieux@orange.fr>", date="2026-03-02 09:40",
  subject="Vos mails de relance",
  body="""Madame,

J'ai été client il y a deux ans pour trois séances, et je continue de recevoir des mails "Et si on reprenait ?", des offres de stages et des invitations à des webinaires.

Je m'oppose à l'utilisation de mes coordonnées à des fins de prospection commerciale. Je vous remercie de ne plus m'adresser ce type de messages.

Je ne vous en veux pas, les séances m'avaient été utiles à l'époque.

J.-L. Hervieux""", shape="8bit")

R(key="fr-req-sister-deceased-copy-of-mails", rights=["post_mortem"], lang="fr",
  frm="Brigitte Sauvage <brigitte.sauvage@gmail.com>", date="2026-05-11 19:25",
  subject="Ma soeur Evelyne Sauvage",
  body="""Bonjour Madame Delomenie,

Ma soeur Evelyne nous a quittés en mars après une longue maladie. Je suis sa seule héritière. En rangeant ses papiers, j'ai vu qu'elle avait échangé beaucoup de mails avec vous pendant sa maladie, et qu'elle parlait de vous comme d'une amie.

Elle avait laissé dans son testament une note disant qu'elle souhaitait que je puisse lire ce qu'elle avait écrit "à Sandra". Pourriez-vous m'envoyer une copie de vos échanges écrits avec elle, et de ses textes s'il y en a ? Je peux vous faire parvenir l'acte de décès et l'extrait du testament.

Je vous remercie de tout coeur pour la présence que vous avez été pour elle.

Brigitte Sauvage""")

R(key="fr-req-webinar-chat-copy", rights=["access"], lang="fr",
  frm="Thierry Dumas <thierry.dumas@gmail.com>", date="2025-04-04 12:33",
  subject="Webinaire du 1er avril (pas une blague)",
  body="""Bonjour Sandra,

Très bon webinaire mardi, malgré la date ! J'ai trouvé la partie sur la procrastination particulièrement juste, je me suis senti visé.

Pendant le live, j'ai écrit pas mal de choses dans le chat (et j'ai posé deux questions assez personnelles en message privé). Je voudrais savoir ce qui est conservé de ces messages et en avoir une copie, avec mon nom tel qu'il apparaît dans vos enregistrements.

Est-ce qu'il y aura une suite au webinaire ? Je serais partant pour un atelier plus long.

Thierry""")

R(key="fr-req-portability-json-to-self", rights=["portability"], lang="fr",
  frm="Amélie Rigaud <amelie.rigaud@posteo.net>", date="2025-08-25 10:12",
  subject="Récupération de mes données dans un format réutilisable",
  body="""Bonjour,

Je souhaite exercer mon droit à la portabilité : pourriez-vous me transmettre les données que je vous ai fournies (profil, réponses aux questionnaires d'entrée, suivi de progression dans la formation) dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON) ?

Pas besoin de PDF, ni d'une copie de vos notes personnelles, seulement les données que j'ai saisies moi-même.

Je vous remercie et vous souhaite une bonne fin d'été.

Amélie Rigaud""", shape="8bit")

R(key="fr-req-email-typo-no-zoom-link", rights=["rectification"], lang="fr",
  frm="Marie Lefèvre <marie.lefevre@gmail.com>", date="2025-10-23 17:31",
  subject="Pas reçu le lien Zoom !",
  body="""Bonjour Sandra,

Je n'ai toujours pas reçu le lien Zoom pour l'atelier de ce soir, ni le rappel d'hier. En regardant ma confirmation d'inscription, je comprends pourquoi : mon adresse a été enregistrée avec une faute, "marie.lefevre@gmial.com".

Merci de corriger : la bonne adresse est marie.lefevre@gmail.com. Et si vous pouviez m'envoyer le lien d'ici 19h, ce serait top !

Marie""", shape="8bit")

R(key="fr-req-withdraw-book-case-study", rights=["withdraw_consent"], lang="fr",
  frm="Sylvie Berger <sylvie.berger@orange.fr>", date="2026-01-13 10:02",
  subject="Votre livre",
  body="""Chère Sandra,

Quelle belle nouvelle, ce livre ! Je vous souhaite tout le succès qu'il mérite. J'ai vu l'annonce sur votre page et je suis déjà curieuse de lire le chapitre sur les transitions de vie.

Je repense à la signature de l'autorisation l'an dernier, pour utiliser mon histoire (anonymisée) comme étude de cas. Après en avoir parlé avec mon mari, je préférerais finalement que vous ne l'utilisiez pas : même changée, notre histoire est trop reconnaissable dans une petite ville comme la nôtre. Je retire donc mon autorisation, et je suis désolée si cela vous complique la tâche.

Je serai évidemment au salon du livre d'Issoudun pour la dédicace.

Avec toute mon affection,
Sylvie""")

R(key="fr-req-ps-restriction-health-until-talk", rights=["restriction"], lang="fr",
  frm="Nathan Roussel <nathan.roussel@gmail.com>", date="2025-12-04 19:44",
  subject="Atelier de janvier",
  body="""Bonsoir Sandra,

Je confirme ma venue à l'atelier "Nouvelle année, nouvel élan" du 10 janvier. Est-ce qu'il faut apporter quelque chose (tapis, coussin, carnet) ?

J'ai aussi vu que vous organisez un cercle d'hommes au printemps, ça m'intéresse beaucoup, vous pouvez me garder une place ?

Nathan

P.S. Suite à notre échange de la semaine dernière sur ce que j'avais noté dans le questionnaire de santé : ne supprimez rien, mais merci de ne plus utiliser ces informations (ni pour les ateliers, ni pour l'adaptation des exercices) tant qu'on n'en a pas reparlé ensemble.""")

R(key="fr-req-object-phone-calls", rights=["objection"], lang="fr",
  frm="Odile Caron <odile.caron@laposte.net>", date="2025-03-12 11:54",
  subject="Appels téléphoniques",
  body="""Bonjour Madame,

J'ai été appelée trois fois ce mois-ci par votre assistante pour me proposer de nouvelles formules d'accompagnement. Je ne souhaite plus être démarchée par téléphone. Vous pouvez garder mon numéro pour les rendez-vous si j'en reprends un jour, mais plus d'appels commerciaux, s'il vous plaît.

Je profite de ce mail pour vous demander si vous avez reçu mon chèque pour l'atelier d'avril, envoyé le 2 mars.

Odile Caron""", shape="8bit")

R(key="fr-req-mother-withdraw-photos-daughter-14", rights=["withdraw_consent"], lang="fr",
  frm="Céline Mercier <celine.mercier@gmail.com>", date="2025-07-04 08:36",
  subject="Photos de l'atelier ados - ma fille Léna",
  body="""Bonjour Madame Delomenie,

Léna a adoré l'atelier "Estime de soi" pour les 12-15 ans, elle en parle encore. Merci pour votre douceur avec ces jeunes.

En tant que maman, j'avais signé l'autorisation de droit à l'image lors de l'inscription. Léna a 14 ans et elle a été très mal à l'aise en voyant les photos sur votre page Facebook (des camarades de collège les ont vues et se sont moqués d'elle). Je retire donc l'autorisation pour toutes les photos et vidéos où elle apparaît et vous demande de les retirer.

Je vous remercie de votre compréhension.

Céline Mercier""")

R(key="fr-req-own-directive-daughter-may-read", rights=["post_mortem"], lang="fr",
  frm="Jeanine Roy <jeanine.roy36@orange.fr>", date="2026-04-21 15:03",
  subject="Mes volontés",
  body="""Chère Sandra,

Comme je vous l'avais dit lors de notre dernière séance, je fais le point sur mes volontés avec le notaire en ce moment. J'ai 82 ans, il faut bien y penser.

Je souhaite que, lorsque je ne serai plus là, ma fille Catherine Roy puisse recevoir les textes que j'ai écrits pendant nos séances d'écriture de vie (les "lettres à moi-même" et le récit de mon enfance à Bommiers). Le reste de mon dossier pourra être détruit.

Je vous confirme aussi notre prochain rendez-vous le 5 mai à 14h. Ma voisine me déposera.

Avec mon amitié,
Jeanine Roy""", shape="8bit")

# NEAR-LINE: she writes from a new address but does not ask to replace the old one; the ask is
# "keep it, block it, use nothing" -> restriction only, no rectification.
R(key="fr-req-restriction-fleeing-ex", rights=["restriction"], lang="fr",
  frm="S. Deschamps <s.deschamps.contact@proton.me>", date="2025-05-27 06:48",
  subject="Confidentiel",
  body="""Bonjour Sandra,

Je vous écris depuis une nouvelle adresse que seules quelques personnes connaissent. Je suis partie de chez mon ex-conjoint il y a dix jours et je suis hébergée dans une structure d'accueil.

Je ne veux pas que vous supprimiez mon dossier, mon avocate pourrait en avoir besoin. Mais je vous demande de le bloquer : ne plus rien envoyer à mon ancienne adresse mail ni par courrier, ne rien communiquer à personne qui vous appellerait de ma part, et ne plus utiliser mes données jusqu'à nouvel ordre. Il a les codes de mon ancienne boîte mail.

Je reprendrai contact quand je serai prête pour une séance, peut-être en visio.

Merci pour tout,
Sophie D.""", shape="8bit")

# NEAR-LINE: "pas besoin de tout supprimer" excludes full erasure, but the health data
# is still to be deleted -> partial erasure, labelled erasure.
R(key="fr-req-partial-erasure-health-only", rights=["erasure"], lang="fr",
  frm="Fabienne Leroux <fabienne.leroux@free.fr>", date="2025-10-28 13:13",
  subject="Mes informations médicales",
  body="""Bonjour Sandra,

Le coaching se termine bien, je suis contente du chemin parcouru et je reviendrai sûrement pour un "entretien" dans quelques mois.

Pas besoin de tout supprimer, vous pouvez garder ma fiche et mes coordonnées pour me recontacter. Par contre, j'aimerais que les informations médicales que je vous avais données au début (traitement, antécédents, mon opération) soient effacées de mon dossier, elles n'ont plus de raison d'y être.

Bonne fin de semaine,
Fabienne""")

R(key="fr-req-export-csv-and-unsubscribe", rights=["objection", "portability"], lang="fr",
  frm="Ludovic Masson <ludovic.masson@gmail.com>", date="2026-02-23 08:22",
  subject="Mes données + désinscription",
  body="""Bonjour,

Je vais bientôt clôturer mon abonnement à la formation. Avant ça, pourriez-vous m'envoyer mes données de progression et mes notes de cours dans un fichier CSV (ou un autre format que je pourrai ouvrir avec un tableur) ?

Et merci de me désinscrire de toutes vos listes d'emailing, newsletter comprise.

Ludovic Masson""", shape="8bit")

R(key="fr-req-rectify-name-and-withdraw-testimonial", rights=["rectification", "withdraw_consent"],
  lang="fr", frm="Maëlle Texier <maelle.texier@gmail.com>", date="2025-06-05 14:29",
  subject="Mon prénom + mon témoignage",
  body="""Bonjour Sandra,

Je suis tombée sur mon témoignage sur votre site et deux choses m'ont fait tiquer :

D'abord, mon prénom est écrit "Maelle" partout dans vos documents (factures, attestation, et sur le témoignage) alors que c'est Maëlle, avec un tréma. Pouvez-vous corriger dans votre fichier client ?

Ensuite, à bien y réfléchir, je préfère que le témoignage soit retiré du site. Je l'avais écrit à chaud, et je ne me reconnais plus trop dans ce que je disais.

Rien de grave, tout va bien de mon côté ! La formation m'a vraiment servi.

Maëlle""")

R(key="fr-req-outlook-company-trainee-own-erasure", rights=["erasure"], lang="fr",
  frm="Valérie Chopin <valerie.chopin@ehpad-les-tilleuls.fr>", date="2025-09-02 11:05",
  subject="RE: Attestations formation Gestion du stress - EHPAD Les Tilleuls",
  body="""Bonjour Madame Delomenie,

Merci pour les attestations, je les ai bien reçues et transmises à la direction.

Je profite de cet échange pour une demande personnelle : lors de la formation, j'ai rempli le questionnaire "baromètre du stress" en y mettant des informations sur ma situation familiale que je regrette un peu d'avoir partagées. Pourriez-vous supprimer mes réponses à ce questionnaire ainsi que toutes les données me concernant que vous n'êtes pas obligée de conserver ?

Bien cordialement,

Valérie Chopin
Infirmière coordinatrice
EHPAD Les Tilleuls - Issoudun""",
  quote=dict(style="outlook", frm="Sandra Delomenie <sandra.delomenie@orange.fr>", date="2025-09-01 16:50",
             to="Valérie Chopin", subject="Attestations formation Gestion du stress - EHPAD Les Tilleuls",
             text="""Bonjour Madame Chopin,

Veuillez trouver ci-joint les attestations de formation des 8 participantes à la session des 25 et 26 août.

Je reste à votre disposition pour toute question.

Bien cordialement,
Sandra Delomenie
Floraison de Soi"""), shape="alt")

# NEAR-LINE: the rights are spelled out in the forwarded copy of his OWN unanswered request, and
# the new text renews it ("ma demande est toujours d'actualité") -> counts as a request:
# access (what data is held) + portability (reusable format for his new adviser).
R(key="fr-req-tb-forward-own-old-request-portability", rights=["access", "portability"], lang="fr",
  frm="Georges Lamotte <georges.lamotte@laposte.net>", date="2025-07-21 10:10",
  subject="Tr: demande du 12 juin",
  body="""Madame Delomenie,

Je vous fais suivre le message que j'avais adressé le 12 juin à votre adresse de contact, resté sans suite. Je crains qu'il se soit perdu. Ma demande est toujours d'actualité.

Cordialement,
G. Lamotte""",
  quote=dict(style="fwd_tb", frm="Georges Lamotte <georges.lamotte@laposte.net>", date="2025-06-12 14:47",
             to="contact@floraisondesoi.fr", subject="Demande concernant mes données", text="""Bonjour,

Je souhaite savoir quelles données vous conservez sur moi depuis ma participation à la formation "Gestion du temps" de 2024.

Je souhaite également recevoir les documents que je vous ai transmis (mon autodiagnostic et mes fiches d'objectifs) dans un format numérique réutilisable, afin de les transmettre à mon nouveau conseiller en évolution professionnelle.

Georges Lamotte"""), shape="8bit")

R(key="fr-req-html-only-newsletter-reply-object", rights=["objection"], lang="fr",
  frm="Corinne Mallet <corinne.mallet@gmail.com>", date="2025-04-16 08:09",
  subject="Re: 🌸 Le printemps intérieur - lettre d'avril",
  body="""Bonjour Sandra,

J'adore vos textes, vraiment, mais je n'arrive plus à suivre le rythme des mails. Merci de me désabonner de la lettre mensuelle. Je continuerai à vous suivre sur Instagram.

Belle journée,
Corinne""",
  quote=dict(style="gmail", frm="Sandra - Floraison de Soi <contact@floraisondesoi.fr>", date="2025-04-15 07:00",
             text="""Bonjour Corinne,

Avril est là, et avec lui cette envie de tout ouvrir : les fenêtres, les placards, le coeur...

Ce mois-ci, je vous propose trois petites pratiques pour accueillir le printemps intérieur."""),
  shape="html")

R(key="fr-req-access-partner-shared-info-check", rights=["access"], lang="fr",
  frm="Delphine Royer <delphine.royer@gmail.com>", date="2026-05-26 20:37",
  subject="Question sur vos destinataires",
  body="""Bonjour Sandra,

J'ai reçu récemment un courrier d'une mutuelle qui me propose un "programme bien-être" en citant un atelier que j'ai suivi chez vous. Cela m'a un peu troublée.

Pourriez-vous me dire précisément à quels partenaires ou prestataires vous avez transmis mes données, et lesquelles ? Et m'envoyer une copie de ce que vous détenez à mon sujet ?

Je ne vous accuse de rien, j'ai pu cocher une case quelque part sans m'en rendre compte, mais j'aimerais comprendre.

Au plaisir de vous revoir au prochain cercle,
Delphine""", shape="8bit")

R(key="fr-req-objection-satisfaction-and-testimonial-requests", rights=["objection"], lang="fr",
  frm="Patrick Noël <patrick.noel@orange.fr>", date="2026-06-09 10:48",
  subject="Sollicitations",
  body="""Bonjour,

Depuis la fin de ma formation, je reçois régulièrement des demandes d'avis Google, de témoignage et de notation. J'ai déjà donné mon avis en fin de formation.

Je ne souhaite plus recevoir ce type de sollicitations, ni les offres commerciales qui les accompagnent. Merci d'en tenir compte.

P. Noël""", shape="8bit")

R(key="fr-req-long-bilan-rectify-job-and-phone", rights=["rectification"], lang="fr",
  frm="Hugues Delorme <hugues.delorme@gmail.com>", date="2025-11-25 22:34",
  subject="Un an après",
  body="""Bonsoir Sandra,

Il y a un an jour pour jour, je sortais de votre bureau de la rue d'Estienne d'Orves avec une liste de "petits pas" et beaucoup de doutes. Je voulais vous écrire pour vous dire où j'en suis.

J'ai quitté la banque en juin. J'ai passé l'été à faire des stages chez un ébéniste à Saint-Amand-Montrond, et depuis septembre je suis en CAP menuiserie en alternance. Mes anciens collègues pensent que je suis fou, ma femme pense que je suis heureux, je crois que c'est elle qui a raison.

Petit point administratif au passage : vos fiches indiquent toujours "conseiller clientèle, Crédit du Centre" comme profession et mon ancien numéro professionnel. Vous pouvez mettre "apprenti menuisier" (ça me fait sourire de l'écrire), et mon seul numéro maintenant est le 06 52 19 84 07.

Je passerai peut-être vous faire une séance "anniversaire" au printemps.

Merci encore,
Hugues""")

R(key="fr-req-be-not-erase-just-sms-promos", rights=["objection"], lang="fr",
  var="BE",
  frm="Ann Peeters <ann.peeters@proximus.be>", date="2025-09-26 12:20",
  subject="SMS",
  body="""Bonjour Sandra,

Ne vous inquiétez pas, je ne vous demande pas d'effacer mes données ni de fermer mon compte, je suis toujours ravie de la formation ! Juste une chose : je ne veux plus recevoir les SMS promotionnels (il en arrive parfois à 21h, ce qui réveille ma petite). Les mails, ça va.

Merci beaucoup et à bientôt pour le live de jeudi,
Ann
Bruxelles""", shape="8bit")

R(key="fr-req-ps-access-after-booking", rights=["access"], lang="fr",
  frm="Romain Girard <romain.girard@icloud.com>", date="2026-03-19 07:58",
  subject="Séance d'avril",
  body="""Bonjour Sandra,

Je voudrais caler une séance en avril, idéalement le samedi matin si vous en faites encore. Sinon un soir en visio.

Romain

PS : pouvez-vous m'envoyer la liste de ce que vous avez comme infos sur moi ? Je fais un grand ménage numérique et vous êtes dans ma liste.

Envoyé de mon iPhone""", shape="8bit")

# NEAR-LINE: contests what her file says and asks that it not be used meanwhile (restriction,
# no correct value is given), and separately unsubscribes from the newsletter (objection).
R(key="fr-req-contest-file-freeze-and-unsubscribe", rights=["objection", "restriction"], lang="fr",
  frm="Armelle Joubert <armelle.joubert@gmail.com>", date="2026-02-16 18:27",
  subject="Votre synthèse + la newsletter + l'atelier de mars",
  body="""Bonsoir Sandra,

Plusieurs choses, dans le désordre :

L'atelier de mars : je viendrai, avec plaisir. Je peux covoiturer deux personnes depuis Châteauroux si certaines en ont besoin.

La synthèse de fin d'accompagnement que vous m'avez envoyée : je ne me reconnais pas dans le passage sur "une tendance à l'évitement des conflits familiaux". Je ne dis pas que c'est faux, je dis que je veux qu'on en reparle. En attendant, je préfère que ce document ne serve à rien et ne soit utilisé nulle part, y compris dans les statistiques anonymes dont vous parliez. Ne le supprimez pas pour autant, il faudra bien qu'on le relise ensemble.

La newsletter : merci de me retirer de la liste, je suis vos actualités sur Instagram, ça me suffit.

Bonne soirée,
Armelle""")

# NEAR-LINE: the grandson also books a workshop for himself, but everything he asks about the
# data concerns his deceased grandmother -> post_mortem only.
R(key="fr-req-grandson-deceased-grandmother-whatsapp", rights=["post_mortem"], lang="fr",
  frm="Quentin Ferrière <quentin.ferriere@gmail.com>", date="2026-03-25 12:40",
  subject="Ma grand-mère Odette + inscription",
  body="""Bonjour Madame Delomenie,

Je suis le petit-fils d'Odette Ferrière, qui participait à votre cercle du jeudi depuis des années. Elle est décédée le 2 mars, à 91 ans, paisiblement. Elle adorait ce cercle, elle disait que c'était "son jeudi à elle".

Elle apparaît toujours dans le groupe WhatsApp du cercle et sur plusieurs photos de votre page Facebook. Avec mon père, nous souhaiterions que son numéro soit retiré du groupe, que les photos où elle apparaît soient enlevées, et que ses coordonnées soient effacées de vos fichiers.

Par ailleurs, et ça n'a rien à voir : ma grand-mère m'a tellement parlé de vous que j'aimerais m'inscrire à l'atelier "Retrouver son élan" d'avril. Reste-t-il de la place ?

Bien cordialement,
Quentin Ferrière""")

R(key="fr-req-freeze-and-export-to-new-coach", rights=["portability", "restriction"], lang="fr",
  frm="Ingrid Masson <ingrid.masson@laposte.net>", date="2025-09-11 09:18",
  subject="Transfert + mise en pause",
  body="""Bonjour Sandra,

Suite à notre échange téléphonique, je vous confirme que je poursuis avec une coach spécialisée en reconversion, Mme Lacombe, à Tours.

1. Pouvez-vous lui envoyer mes résultats de tests et mon bilan de compétences sous forme de fichiers réutilisables (tableur ou Word, pas des scans) ? Son adresse : m.lacombe@tours-reconversion.fr.

2. Pour le reste de mon dossier chez vous : ne l'effacez pas, je reviendrai peut-être dans un an, mais merci de ne plus l'utiliser en attendant (pas de relance, pas de questionnaire, rien).

Et merci pour la carte que vous m'avez envoyée pour mon anniversaire, elle est sur mon frigo.

Ingrid""", shape="8bit")

# NEAR-LINE: request above a forwarded newsletter (attached as message/rfc822) -> objection.
R(key="fr-req-fwd-as-attachment-still-newsletter", rights=["objection"], lang="fr",
  frm="Monique Texier <monique.texier@orange.fr>", date="2026-06-01 09:37",
  subject="TR: Juin : la lettre douce",
  body="""Bonjour Madame Delomenie,

Je vous transfère ci-joint le dernier courrier reçu. C'est la troisième fois que je clique sur "se désinscrire" en bas de vos lettres, et elles arrivent toujours.

Merci de bien vouloir me retirer pour de bon de votre liste d'envoi. Pour le reste, je n'ai rien contre vous, j'ai beaucoup aimé l'atelier mémoire de l'an dernier.

Monique Texier""",
  attach_eml=dict(frm="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
                  to="monique.texier@orange.fr", date="2026-06-01 07:00",
                  subject="Juin : la lettre douce", shape="qp",
                  headers={"List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe/m7t2>",
                           "List-Id": "Floraison de Soi <newsletter.floraisondesoi.fr>"},
                  body="""Bonjour Monique,

Juin arrive avec ses longues soirées. Et si on s'offrait, cette semaine, un moment sans rien faire ?

Au programme : l'atelier "Corps et émotions" le 14 juin, et le retour du cercle en plein air.

Prenez soin de vous,
Sandra

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""),
  shape="qp")
