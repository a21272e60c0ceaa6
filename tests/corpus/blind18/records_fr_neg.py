# French negatives (label empty): hard human mail, automatic mail, her own sent mail, vendors, spam.
from common import M, SANDRA, SANDRA2

# ---------- human, long, no request ----------
M("fr-neg-thanks-above-erasure", "fr", [], "Camille Roche <camille.roche@gmail.com>",
  "Re: Confirmation de suppression de vos données",
  """Merci beaucoup Sandra pour votre réponse si rapide et si délicate.

Je dois vous avouer que j'avais un peu peur d'envoyer ce message : j'avais l'impression de vous tourner le dos après tout ce que vous avez fait pour moi. Votre réponse m'a rassurée. Savoir que tout est effacé me soulage vraiment, je me sens plus légère, comme si je pouvais enfin refermer la porte de cette année-là.

Je repense souvent à notre dernière séance, à l'image de la graine que vous m'aviez donnée. Elle a germé, je crois : j'ai signé mon CDI la semaine dernière et je commence à faire des projets pour l'été avec les enfants.

Je vous souhaite une belle continuation, et peut-être à un jour, qui sait.

Camille""", q=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mar. 11 mars 2025 à 16:44",
  """Bonjour Camille,

Je vous confirme que l'ensemble de vos données a été supprimé : notes de séance, questionnaires, échanges et compte sur la plateforme. Seules les factures sont conservées, comme la loi m'y oblige.

Je vous souhaite le meilleur,
Sandra

Le lun. 10 mars 2025 à 09:02, Camille Roche a écrit :
> Bonjour Sandra, pourriez-vous supprimer toutes les données que vous avez sur moi ? Merci.
"""))

M("fr-neg-husband-wife-notes", "fr", [], "Philippe Garnier <philippe.garnier@orange.fr>",
  "Concernant mon épouse",
  """Madame,

Je me permets de vous écrire au sujet de mon épouse, Isabelle, qui vous consulte depuis le mois de septembre. Je ne vous cache pas que je suis inquiet. Depuis quelques semaines, elle parle de « se retrouver », de prendre un appartement seule, et je ne la reconnais plus. Nous sommes mariés depuis vingt-six ans et nous avons traversé bien des choses, la perte de mon emploi en 2019, la maladie de sa mère.

Je ne cherche pas à m'immiscer dans votre travail, mais je pense avoir le droit de savoir ce qui se dit pendant ces séances, d'autant que c'est notre compte commun qui les paie. Pourriez-vous me transmettre vos notes, ou au moins me dire ce qu'elle envisage ? Je suis prêt à venir vous rencontrer.

Je vous remercie de votre compréhension.

Philippe Garnier""")
# NEAR-LINE: relative asking for another living adult's data -> negative per policy.

M("fr-neg-mother-adult-daughter", "fr", [], "Martine Leclerc <martine.leclerc@wanadoo.fr>",
  "Ma fille Pauline",
  """Bonjour Madame Delomenie,

Ma fille Pauline, qui a 27 ans, a suivi vos ateliers sur la confiance en soi au printemps. Elle traverse depuis une période très sombre : elle a quitté son travail, s'est isolée et ne répond plus beaucoup à nos appels. Je suis morte d'inquiétude.

Je sais qu'elle vous faisait confiance et qu'elle remplissait des questionnaires pendant les ateliers. Pourriez-vous me dire ce qu'elle y a écrit, ou me transmettre sa fiche, pour que je puisse comprendre ce qui se passe ? Je ne lui dirai pas que je vous ai contactée, elle m'en voudrait.

Avec mes remerciements,
Martine Leclerc""", mime="qp")
# NEAR-LINE: parent of an ADULT child (27) -> another living adult's data -> negative.

M("fr-neg-colleague-data", "fr", [], "Sébastien Caron <s.caron@mairie-issoudun.fr>",
  "Formation du service - données de Mme X",
  """Bonjour Madame,

Je suis responsable du service population de la mairie et vous avez animé en novembre la formation « Gérer l'accueil difficile » pour mon équipe. Merci encore, les agents en parlent toujours.

Une de mes collaboratrices, Mme Lemoine, est en arrêt depuis et je dois préparer son retour avec la médecine du travail. Elle m'a dit avoir rempli un questionnaire sur son stress pendant la formation. Pourriez-vous me transmettre ses réponses ? Cela m'aiderait à adapter son poste. Je peux vous fournir le bon de commande de la formation si besoin.

Cordialement,
Sébastien Caron
Responsable du service Population""", mime="alt")

M("fr-neg-cnil-complaint-copy", "fr", [], "Régis Mallet <regis.mallet@gmail.com>",
  "Copie de ma plainte auprès de la CNIL",
  """Madame,

Pour votre information, je vous adresse ci-dessous la copie de la plainte que je viens de déposer sur le site de la CNIL. Je n'attends plus rien de votre part, vous n'avez pas répondu à mes deux messages précédents.

---
Texte de la plainte :
« J'ai demandé à Mme Delomenie (Floraison de Soi, Issoudun) le 3 février puis le 10 mars de supprimer mes données et de cesser de m'envoyer sa newsletter. Je n'ai reçu aucune réponse et les mails continuent d'arriver. Je demande à la CNIL d'intervenir pour faire respecter mes droits d'effacement et d'opposition. »
---

La CNIL vous contactera certainement.

Régis Mallet""")
# NEAR-LINE: copy of a CNIL complaint, which quotes erasure/objection -> negative per policy.

M("fr-neg-question-how-access", "fr", [], "Juliette Perrin <juliette.perrin@gmail.com>",
  "Petite question sur vos notes",
  """Bonjour Sandra,

Je commence l'accompagnement avec vous la semaine prochaine et j'ai lu attentivement votre politique de confidentialité, comme vous me l'aviez conseillé. Je suis juriste de formation et je déforme un peu tout, pardon d'avance !

Je me pose une question théorique : si un jour je voulais consulter les notes que vous prenez pendant les séances, comment ça se passerait ? Est-ce qu'il faudrait une demande écrite signée, comme c'est indiqué dans la politique, avec une pièce d'identité ? Et est-ce que ce serait les notes brutes ou une synthèse ? Ce n'est pas pour maintenant, évidemment, c'est juste pour savoir comment ça fonctionne.

À mardi,
Juliette""")
# NEAR-LINE: a question about how the right works, not a request to exercise it -> negative.

M("fr-neg-cancel-workshop", "fr", [], "Françoise Lemoine <francoise.lemoine@orange.fr>",
  "Annulation atelier du 15",
  """Bonjour Sandra,

Je suis vraiment désolée de devoir vous écrire ça, mais je dois annuler mon inscription à l'atelier du 15 sur le deuil. Ma sœur a fait une chute hier et s'est cassé le col du fémur, et je pars demain à Limoges pour m'occuper d'elle pendant au moins trois semaines.

J'avais tellement besoin de cet atelier, après la mort de maman à la Toussaint. J'espère qu'il y aura une autre session au printemps. Vous pouvez supprimer ma place et la donner à quelqu'un sur liste d'attente. Pour l'acompte, faites comme le prévoient vos conditions, je ne vous demande rien de spécial.

Je vous embrasse,
Françoise""")

M("fr-neg-password-reset", "fr", [], "Alain Moreau <alain.moreau@laposte.net>",
  "Impossible d'accéder à mon espace",
  """Bonjour,

Je n'arrive plus à accéder à mon espace de formation depuis hier soir. J'ai essayé « mot de passe oublié » trois fois, mais je ne reçois pas le mail de réinitialisation, même dans les indésirables.

C'est embêtant parce que je voulais finir le module 4 ce week-end. Je suis en arrêt pour une opération du genou et c'est le moment idéal pour avancer, je n'ai que ça à faire. Pourriez-vous vérifier si mon compte est toujours actif, et me renvoyer un lien de réinitialisation ? Mon adresse est bien alain.moreau@laposte.net.

Merci d'avance,
Alain Moreau""", mime="b64")

M("fr-neg-close-account-only", "fr", [], "Valentin Hubert <valentin.hubert@gmail.com>",
  "Fermeture de mon compte",
  """Bonjour,

J'ai terminé le programme « Parler en public sans trembler » le mois dernier et je voulais vous dire que j'ai fait ma première présentation devant le comité de direction jeudi. Les mains moites, mais la voix claire ! Merci.

Je n'ai plus besoin de mon accès à la plateforme, vous pouvez fermer mon compte. Je garde mes notes papier.

Bonne journée,
Valentin""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

M("fr-neg-invoice-copy", "fr", [], "Nathalie Besson <nathalie.besson@gmail.com>",
  "Copie de facture pour ma mutuelle",
  """Bonjour Sandra,

Ma mutuelle vient de m'apprendre qu'elle rembourse une partie des séances d'accompagnement dans le cadre de leur forfait « bien-être », ce qui est une excellente nouvelle vu l'état de mes finances depuis la séparation.

Pourriez-vous m'envoyer une copie des factures des séances de janvier à avril ? J'ai supprimé les mails par erreur lors d'un grand ménage de ma boîte. Il me faudrait aussi, si possible, une attestation indiquant le nombre de séances et les dates.

Merci infiniment,
Nathalie""")
# NEAR-LINE: copy of invoices for reimbursement, ordinary customer service, not a request for all her data -> negative.

M("fr-neg-reschedule", "fr", [], "Thomas Vial <thomas.vial@outlook.fr>",
  "Modifier mon rendez-vous de jeudi",
  """Bonjour Sandra,

Est-ce qu'il serait possible de modifier notre rendez-vous de jeudi 17h ? J'ai un entretien d'embauche à Orléans le même jour à 15h, le troisième depuis mon licenciement, et je ne serai jamais rentré à temps. Je croise les doigts, c'est un poste qui me correspond vraiment, et c'est grâce au travail sur mon pitch que j'ai décroché cet entretien.

Je suis disponible vendredi toute la journée ou lundi matin. Si aucun créneau n'est libre, on peut aussi faire la séance en visio samedi, comme vous aviez proposé une fois.

Merci et à très vite,
Thomas""")

M("fr-neg-therapist-gdpr-advice", "fr", [], "Claire Bonnet <claire.bonnet.sophro@gmail.com>",
  "Question de collègue à collègue",
  """Bonjour Sandra,

Nous nous sommes rencontrées au salon bien-être de Vierzon, j'étais sur le stand de sophrologie juste à côté du vôtre. Je me permets de vous écrire parce que je m'installe à mon compte et que je suis un peu perdue avec le RGPD.

Une cliente m'a demandé la semaine dernière d'effacer toutes ses données et de lui envoyer une copie de ses fiches avant. Je ne sais pas si je dois tout supprimer, y compris les factures, ni dans quel délai je dois répondre. Vous qui avez une politique de confidentialité très complète, comment faites-vous en pratique ? Avez-vous un modèle de réponse, ou un registre ?

Je vous offrirais volontiers un café en échange de vos conseils !

Claire Bonnet
Sophrologue""")

M("fr-neg-partner-collab-list", "fr", [], "Aurélien Martel <aurelien@lesjardinsdesouffle.fr>",
  "Proposition de partenariat - retraite d'automne",
  """Bonjour Sandra,

Je suis Aurélien Martel, je gère le lieu d'accueil « Les Jardins de Souffle » près de La Châtre, où nous organisons des retraites depuis six ans. Une amie commune, Hélène Vidal, m'a parlé de votre travail avec beaucoup d'enthousiasme.

Je voudrais vous proposer de co-animer une retraite de quatre jours en octobre, sur le thème des transitions de vie : séparation, deuil, changement de carrière. Nous fournirions le lieu, l'hébergement et la restauration bio ; vous assureriez l'animation des cercles et des ateliers. Un partage des recettes à 50/50 me semble équitable, mais nous pouvons en discuter.

Concernant la communication, nous avons chacun notre liste de contacts. Pour rester dans les clous du RGPD, je propose que chacun envoie l'annonce à sa propre liste, sans échange de fichiers, et que les inscriptions se fassent sur votre plateforme. Les données des participants resteraient ainsi chez vous.

Seriez-vous disponible pour un appel la semaine prochaine ?

Bien à vous,
Aurélien Martel""", mime="alt")

M("fr-neg-participant-death-news", "fr", [], "Geneviève Rousseau <genevieve.rousseau@orange.fr>",
  "Triste nouvelle - Marie-Thérèse",
  """Chère Sandra,

Je voulais vous prévenir avant que vous l'appreniez par le journal : Marie-Thérèse, du cercle du mardi, est décédée dimanche. Son cœur a lâché pendant son sommeil. Sa voisine l'a trouvée lundi matin.

Je sais qu'elle comptait beaucoup pour le groupe, elle était notre doyenne et notre rayon de soleil. Les obsèques auront lieu vendredi à 14h30 à l'église Saint-Cyr. Je pense que plusieurs d'entre nous iront.

Peut-être pourrions-nous faire quelque chose pour elle lors du prochain cercle, un moment de silence, une bougie ? Je vous laisse y réfléchir.

Je vous embrasse,
Geneviève""")
# NEAR-LINE: a fellow participant (not an heir or relative) announces a death and asks nothing about data -> negative.

M("fr-neg-own-mother-died-postpone", "fr", [], "Isabelle Fontaine <isabelle.fontaine@gmail.com>",
  "Report de nos séances",
  """Bonjour Sandra,

Ma mère est décédée jeudi dernier, à l'hôpital de Châteauroux. Vous savez combien nos relations étaient compliquées, et je suis submergée par des émotions contradictoires : le chagrin, le soulagement, la culpabilité de ressentir ce soulagement.

Je voudrais suspendre nos séances pendant trois semaines, le temps des obsèques, de la succession et de vider sa maison avec mes frères. Je sais que j'aurai besoin de vous ensuite, peut-être plus que jamais. Pouvez-vous décaler les rendez-vous de novembre ?

Merci d'être là,
Isabelle""")
# NEAR-LINE: a death in the family, but the deceased was not Sandra's data subject and nothing is asked about data -> negative.

M("fr-neg-testimonial-consent-give", "fr", [], "Sabrina Leroux <sabrina.leroux@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

Comme promis, voici mon témoignage pour votre site. J'ai mis du temps à l'écrire, j'ai recommencé trois fois, parce que je voulais trouver les bons mots pour raconter comment je suis passée de l'arrêt maladie pour épuisement à la création de ma micro-crèche.

Je vous donne mon accord pour le publier sur votre site et sur vos réseaux, avec mon prénom et la photo en pièce jointe. Vous pouvez raccourcir si c'est trop long, et corriger les fautes, j'en fais toujours !

« Quand je suis arrivée chez Sandra, je ne dormais plus, je pleurais dans ma voiture avant d'entrer au travail... »

Merci encore,
Sabrina""", att=["photo_Sabrina_creche.jpg"])
# NEAR-LINE: giving consent (not withdrawing it) -> negative.

M("fr-neg-subscribe-newsletter", "fr", [], "Lucie Marchand <lucie.marchand@gmail.com>",
  "Inscription à la newsletter",
  """Bonjour,

J'ai assisté samedi à votre conférence à la médiathèque sur le thème « Oser changer de vie à 50 ans », et j'ai été très touchée. J'ai 52 ans, je viens de perdre mon emploi de comptable après vingt-huit ans dans la même entreprise, et tout ce que vous avez dit résonnait avec ce que je vis.

Je n'ai pas trouvé le formulaire d'inscription à votre lettre d'information sur le site. Pourriez-vous m'ajouter à votre liste ? Mon adresse est celle-ci. Je suis d'accord pour recevoir vos informations sur les ateliers.

Merci et bravo pour cette belle soirée,
Lucie Marchand""")

M("fr-neg-self-updated", "fr", [], "Romane Petit <romane.petit@gmail.com>",
  "Re: Votre adresse sur la plateforme",
  """Bonjour Sandra,

C'est fait ! J'ai modifié moi-même mon adresse et mon numéro dans mon espace sur la plateforme, comme vous me l'aviez expliqué. C'était beaucoup plus simple que je ne le pensais, il suffisait de cliquer sur la petite roue en haut à droite.

Le déménagement s'est bien passé, les enfants ont commencé dans leur nouvelle école lundi et ils ont déjà des copains. Je respire enfin après ces mois de stress.

À jeudi pour la séance,
Romane""", q=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "dim. 7 sept. 2025 à 18:30",
  """Bonjour Romane,

Pour mettre à jour votre adresse, vous pouvez le faire directement dans votre espace : Paramètres > Profil. Dites-moi si vous avez du mal.

Sandra"""))

M("fr-neg-recording-question", "fr", [], "Maud Lefranc <maud.lefranc@gmail.com>",
  "Enregistrer nos séances ?",
  """Bonjour Sandra,

J'ai une question un peu inhabituelle. J'ai beaucoup de mal à me souvenir de ce qu'on se dit en séance, surtout depuis le début de mon traitement pour la thyroïde qui me fatigue énormément. Je ressors de chez vous pleine d'idées, et le soir il ne me reste presque rien.

Est-ce que vous accepteriez que j'enregistre nos séances sur mon téléphone, uniquement pour moi ? Je comprendrais tout à fait que vous refusiez, je sais que c'est une question de confidentialité et de consentement de votre côté aussi. Sinon, je peux prendre des notes, mais j'ai peur que ça me coupe dans l'échange.

Merci,
Maud""")

M("fr-neg-quit-training", "fr", [], "Jordan Blanc <jordan.blanc@gmail.com>",
  "Je me retire de la formation",
  """Bonjour Madame Delomenie,

Je suis au regret de vous annoncer que je me retire de la formation certifiante de praticien en accompagnement. Ma compagne vient d'apprendre qu'elle est enceinte de jumeaux, avec une grossesse à risque, et je dois être présent à la maison. Les week-ends de formation à Issoudun ne sont plus compatibles avec notre situation.

J'ai relu vos conditions générales : je crois comprendre que les modules déjà suivis restent dus, et que le reste peut être reporté sur une session ultérieure. Je souhaiterais effectivement reporter plutôt qu'annuler, si c'est possible, sur la session de 2026.

Avec mes remerciements et mes regrets,
Jordan Blanc""")

M("fr-neg-dpo-client-story", "fr", [], "Élise Moulin <elise.moulin@gmail.com>",
  "Des nouvelles",
  """Bonjour Sandra,

Je voulais vous donner des nouvelles, six mois après la fin de notre accompagnement. J'ai pris le poste de déléguée à la protection des données dans la mutuelle où je travaillais déjà ! Vous vous souvenez peut-être qu'on avait longuement travaillé sur mon syndrome de l'imposteur face à cette candidature.

C'est passionnant. Mes journées sont remplies de demandes d'accès, d'effacement, de registres de traitement et de consentements à vérifier. Je ris toute seule en pensant qu'il y a un an je ne savais même pas ce que voulait dire RGPD. La semaine dernière, j'ai même dû gérer une plainte à la CNIL et je n'ai pas paniqué.

Merci encore de m'avoir aidée à y croire.

Élise""")

M("fr-neg-deleted-app-detox", "fr", [], "Arthur Lemaitre <arthur.lemaitre@gmail.com>",
  "Détox numérique : bilan",
  """Salut Sandra,

Tu m'avais lancé le défi de la détox numérique en septembre, alors voilà le bilan après un mois : j'ai supprimé Instagram et TikTok de mon téléphone, désactivé les notifications de toutes les applis sauf les messages de ma famille, et je me suis désinscrit d'une trentaine de newsletters commerciales qui me polluaient.

Résultat : je dors mieux, je lis de nouveau le soir (deux romans ce mois-ci !), et je suis moins irritable avec les enfants. Le plus dur, ça a été les trois premiers jours, j'avais le réflexe de prendre le téléphone toutes les dix minutes.

Je voulais juste te raconter, pas besoin de répondre. On en reparle jeudi.

Arthur""")

M("fr-neg-phishing-question", "fr", [], "Colette Dumas <colette.dumas@orange.fr>",
  "Tr: C'est bien vous ?",
  """Bonjour Sandra,

J'ai reçu ce message ce matin et il m'a semblé bizarre. Il parle de votre formation et me demande de confirmer mes informations de paiement pour « mettre à jour mes données conformément au RGPD ». Je n'ai rien rempli, je préfère vous demander avant. Ma banque m'a déjà mise en garde contre ce genre d'arnaque l'an dernier.

C'est bien de vous ?

Colette""", fwd=("Floraison de Soi - Service Client <no-reply@floraison-secure-update.com>", "mer. 14 mai 2025 à 07:12",
  "Action requise : mise à jour de vos données de paiement",
  """Chère cliente,
Conformément au RGPD, nous devons vérifier vos données de paiement. Cliquez ici pour confirmer vos informations sous 48h, faute de quoi votre accès sera suspendu."""))

M("fr-neg-accountant-export", "fr", [], "Cabinet Compta Berry <contact@compta-berry.fr>",
  "Export des paiements 2025",
  """Bonjour Madame Delomenie,

Dans le cadre de la préparation de votre déclaration de revenus et de votre bilan 2025, pourriez-vous nous transmettre l'export complet de vos encaissements Stripe et PayPal de l'année, au format CSV, ainsi que le grand livre de vos factures émises ?

Nous vous rappelons qu'il n'est pas nécessaire de nous transmettre les coordonnées complètes de vos clients : le nom et le montant suffisent, conformément au principe de minimisation que nous appliquons pour le RGPD.

Merci de nous faire parvenir ces éléments avant le 15 février.

Cordialement,
Sylvain Hérault
Cabinet Compta Berry""", mime="alt")

M("fr-neg-flyer-typo", "fr", [], "Jocelyne Martin <jocelyne.martin@gmail.com>",
  "Petite coquille sur l'affiche",
  """Bonjour Sandra,

J'ai vu l'affiche de votre prochain stage à la boulangerie de la place, elle est très jolie. Mais je me permets de vous signaler une petite coquille : il est écrit « samedi 14 juin » alors que le 14 juin est un dimanche cette année. Et le numéro de téléphone en bas est incomplet, il manque un chiffre à la fin.

Il faudrait peut-être corriger avant que d'autres affiches soient imprimées. Je vous dis ça en amie, je sais combien c'est pénible ces petites erreurs !

Je m'inscris dès que j'ai la bonne date.

Jocelyne""")
# NEAR-LINE: "corriger" about her flyer, not the sender's personal data -> negative.

M("fr-neg-trainee-handling", "fr", [], "Inès Barbier <ines.barbier.coach@gmail.com>",
  "Supervision - cas d'une cliente",
  """Bonjour Sandra,

Pour notre séance de supervision de vendredi, je voudrais préparer un cas qui me trouble. Une cliente m'a écrit pour retirer son consentement à l'enregistrement de nos séances, alors que nous avions prévu d'utiliser ces enregistrements pour ma certification. Elle a aussi demandé une copie de tout son dossier.

Je ne sais pas comment lui répondre sans la perdre, ni comment gérer la certification. Pourrais-tu m'aider à y réfléchir ? Je t'envoie les éléments anonymisés avant vendredi.

Merci,
Inès""")

M("fr-neg-zoom-link-again", "fr", [], "Bernadette Collin <bernadette.collin@free.fr>",
  "Lien pour ce soir",
  """Bonsoir Sandra,

Je ne retrouve plus le lien Zoom pour l'atelier de ce soir. J'ai dû le supprimer sans faire exprès en faisant du tri dans mes mails, ma petite-fille m'a montré comment faire et j'ai été un peu trop efficace !

Pourriez-vous me le renvoyer ? Je me réjouis de retrouver le groupe, ces soirées m'aident tant depuis que je vis seule.

Merci,
Bernadette""")

M("fr-neg-support-copy", "fr", [], "Karine Guillot <karine.guillot@gmail.com>",
  "Support de l'atelier",
  """Bonjour Sandra,

Merci pour l'atelier de samedi sur la communication non violente. J'ai pu l'appliquer dès dimanche avec mon ado, qui traverse une crise terrible depuis le divorce, et pour la première fois depuis des semaines nous avons eu une vraie conversation sans claquer de porte.

Est-ce que vous pourriez m'envoyer une copie du support de présentation et de la fiche des « quatre étapes » ? J'aimerais l'afficher sur le frigo. Et si vous avez des références de livres, je suis preneuse.

Belle semaine,
Karine""")

M("fr-neg-rgpd-aside-story", "fr", [], "Mireille Charron <mireille.charron@sfr.fr>",
  "Votre article sur la confidentialité",
  """Bonjour Sandra,

J'ai lu avec grand intérêt votre article sur la confidentialité dans l'accompagnement, publié dans la dernière newsletter. Il m'a rappelé ce que j'ai vécu quand j'étais infirmière scolaire : on gardait des dossiers papier dans une armoire qui ne fermait même pas à clé, et personne ne se posait de question.

Aujourd'hui, avec mes petits-enfants, je vois l'inverse : ils donnent leurs données à toutes les applications sans réfléchir, et ils trouvent ridicule que je refuse les cookies sur chaque site. Je trouve important que des personnes comme vous expliquent ce que sont nos droits sur nos informations, effacement, accès, consentement, sans jargon.

Merci pour cet article, je l'ai transféré à mes amies du club de lecture.

Mireille""")

M("fr-neg-ex-client-angry-noreq", "fr", [], "David Leblanc <david.leblanc@gmail.com>",
  "Mon ressenti",
  """Madame,

Je voulais vous faire part de mon ressenti après l'atelier de samedi. J'ai trouvé déplacé que vous demandiez à chacun de partager devant le groupe un souvenir douloureux, sans prévenir. Je venais de perdre mon emploi, j'étais fragile, et je me suis senti piégé.

Je ne vous demande rien, ni remboursement ni excuses. Je voulais simplement que vous le sachiez, pour les prochains participants. Certaines personnes ont besoin de plus de temps avant de se livrer. Vous pourriez peut-être donner la possibilité de passer son tour plus clairement.

Cordialement,
David Leblanc""")

M("fr-neg-contact-form-appointment", "fr", [], "WordPress - Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message du formulaire de contact",
  """Nouveau message depuis le formulaire de contact de floraisondesoi.fr

Nom : Aline Perrot
E-mail : aline.perrot@gmail.com
Téléphone : 06 44 21 09 83
Sujet : Prise de rendez-vous

Message :
Bonjour, je traverse une période compliquée depuis mon départ à la retraite et la maladie de mon mari. Une amie m'a conseillé de vous contacter. Je voudrais savoir si vous avez des disponibilités en novembre pour une première séance, et quels sont vos tarifs. Merci.

En soumettant ce formulaire, j'accepte que mes données soient utilisées pour me recontacter.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""",
  reply_to="Aline Perrot <aline.perrot@gmail.com>", auto="auto-generated")

M("fr-neg-contact-form-question-rights", "fr", [], "WordPress - Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message du formulaire de contact",
  """Nouveau message depuis le formulaire de contact de floraisondesoi.fr

Nom : Hugo Lambert
E-mail : hugo.lambert@gmail.com
Sujet : Renseignement

Message :
Bonjour, j'hésite à m'inscrire à votre formation en ligne. Avant de donner mes informations, j'aimerais savoir combien de temps vous gardez les données des comptes après la fin de la formation, et si les exercices que l'on remplit peuvent être lus par d'autres participants. Merci d'avance.

--
Cet e-mail a été envoyé depuis le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""",
  reply_to="Hugo Lambert <hugo.lambert@gmail.com>", auto="auto-generated")
# NEAR-LINE: prospect asks how long data is kept before signing up: information question, not a request -> negative.

M("fr-neg-whatsapp-group-leave-info", "fr", [], "Sylviane Roy <sylviane.roy@gmail.com>",
  "Groupe WhatsApp",
  """Coucou Sandra,

Juste pour te dire que j'ai quitté le groupe WhatsApp du stage, ne t'inquiète pas, ce n'est pas à cause de quelqu'un ! Mon téléphone sature, j'ai dû supprimer plein de groupes et de photos pour faire de la place, et je n'arrive plus à suivre les conversations avec mon nouveau boulot à l'hôpital.

Je garde un souvenir merveilleux de ces quatre jours. Si tu organises une journée de retrouvailles, préviens-moi par mail.

Bises,
Sylviane""")

M("fr-neg-gift-voucher", "fr", [], "Mathieu Roger <mathieu.roger@gmail.com>",
  "Bon cadeau pour ma femme",
  """Bonjour,

Ma femme traverse une période difficile depuis la fermeture de son commerce, et je pense qu'un accompagnement lui ferait du bien. Elle parle souvent de vous, une de ses amies a suivi vos ateliers.

Est-ce que vous proposez des bons cadeaux ? Je voudrais lui offrir un forfait de cinq séances pour son anniversaire, le 12 décembre. Je préférerais que le bon soit à son nom, Laurence Roger, et que vous ne la contactiez pas avant qu'elle l'ait reçu, pour garder la surprise !

Merci beaucoup,
Mathieu""")

M("fr-neg-health-update", "fr", [], "Sylvie Barre <sylvie.barre@orange.fr>",
  "Nouvelles de ma santé",
  """Bonjour Sandra,

Je voulais vous donner des nouvelles après ma chimio : les derniers examens sont bons, le médecin parle de rémission. Je n'ose pas encore trop y croire, mais je me surprends à faire des projets, un voyage en Italie avec ma sœur au printemps.

Vous m'avez tellement aidée à traverser les mois de traitement. Je ne sais pas si vous notez ce genre de choses dans votre dossier, mais si c'est le cas, vous pouvez ajouter une belle ligne !

Je reprendrai contact en janvier pour une séance « bilan », si vous êtes d'accord.

Sylvie""")
# NEAR-LINE: playful "vous pouvez ajouter une ligne" is not a rectification request -> negative.

M("fr-neg-expat-story-noreq", "fr", [], "Léa Fournier <lea.fournier@gmail.com>",
  "Des nouvelles de Lisbonne",
  """Bonjour Sandra,

Cela fait maintenant six mois que je suis installée à Lisbonne, et je voulais vous donner des nouvelles. Les débuts ont été rudes : la solitude, la langue, l'administration portugaise (un roman à elle seule !). J'ai dû refaire tous mes papiers, ouvrir un compte, m'inscrire à la sécurité sociale, et j'ai eu l'impression de donner mes données personnelles à la moitié du pays.

Mais aujourd'hui je me sens chez moi. J'ai trouvé un travail dans une agence de traduction, je prends des cours de surf le samedi et je me suis fait un petit cercle d'amis. Je repense souvent à nos séances sur la peur de l'inconnu.

Je continue de lire votre newsletter avec plaisir, elle me donne un petit goût du Berry.

Léa""", mime="html")

# ---------- her own sent mail ----------
M("fr-neg-own-confirm-erasure", "fr", [], SANDRA,
  "Re: Demande de suppression",
  """Bonjour Mme Laroche,

Je fais suite à votre demande du 3 avril. Je vous confirme que j'ai supprimé l'ensemble des données vous concernant : votre fiche client, les notes de séances, les questionnaires, vos échanges de mails et votre compte sur la plateforme Systeme.io. Vous avez également été retirée de la liste de diffusion de la newsletter.

Comme je vous l'indiquais, je conserve uniquement les factures, pour une durée de dix ans, conformément à mes obligations comptables.

Je vous souhaite une très belle continuation.

Bien à vous,
Sandra Delomenie
Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun""", to="Christine Laroche <christine.laroche@gmail.com>",
  q=("gmail", "Christine Laroche <christine.laroche@gmail.com>", "jeu. 3 avr. 2025 à 21:14",
  """Bonjour Sandra, je voudrais que vous supprimiez toutes mes données, s'il vous plaît. Merci. Christine Laroche"""))
# NEAR-LINE: her own reply, quoting an erasure request below -> only the new text counts -> negative.

M("fr-neg-own-newsletter-draft", "fr", [], SANDRA2,
  "Brouillon newsletter de mars - à relire",
  """Note pour moi-même : relire avant envoi jeudi.

Chères toutes, chers tous,

Le printemps arrive, et avec lui l'envie de faire du tri : dans nos placards, dans nos agendas, et parfois dans nos relations. Ce mois-ci, je vous propose de réfléchir à ce que nous gardons par habitude, et à ce que nous pourrions laisser partir.

Au programme : l'atelier « Alléger sa vie » le 22 mars, le cercle de femmes de la pleine lune le 25, et une nouvelle formation en ligne sur la gestion des émotions.

Petit rappel : vous pouvez à tout moment vous désinscrire de cette lettre ou demander l'accès, la rectification ou la suppression de vos données en écrivant à sandra.delomenie@orange.fr.

Belle floraison à vous,
Sandra""", to=SANDRA)

M("fr-neg-own-to-accountant", "fr", [], SANDRA,
  "Pièces du trimestre",
  """Bonjour Sylvain,

Vous trouverez ci-joint l'export des encaissements Stripe du troisième trimestre ainsi que les factures fournisseurs (Systeme.io, Orange, OVH). Comme convenu, j'ai retiré les adresses et numéros de téléphone des clients du fichier, il ne reste que les noms, dates et montants.

J'ai aussi une question : une cliente m'a demandé de supprimer ses données, est-ce que je dois garder ses factures en l'état avec son nom, ou puis-je les anonymiser ? Je pense que je dois les garder, mais je préfère avoir votre confirmation.

Merci et bonne semaine,
Sandra""", to="Sylvain Hérault <contact@compta-berry.fr>", att=["export_stripe_T3_2025.csv"])

M("fr-neg-own-reminder-client", "fr", [], SANDRA2,
  "Rappel : votre séance de jeudi",
  """Bonjour Jeanne,

Je vous rappelle notre séance de jeudi 9 octobre à 10h, au cabinet, 46 rue d'Estienne d'Orves.

Pensez à apporter votre carnet de bord et les réponses au petit questionnaire sur vos valeurs. Si vous devez modifier ou annuler le rendez-vous, merci de me prévenir au moins 48 heures à l'avance.

À jeudi,
Sandra Delomenie
Floraison de Soi""", to="Jeanne Marty <jeanne.marty@gmail.com>", mime="alt")

# ---------- automatic ----------
M("fr-neg-stripe-payment", "fr", [], "Stripe <notifications@stripe.com>",
  "Paiement de 180,00 € reçu de Hélène Gautier",
  """Vous avez reçu un paiement de 180,00 €.

Client : Hélène Gautier (helene.gautier@gmail.com)
Description : Forfait 3 séances - accompagnement individuel
Moyen de paiement : Visa se terminant par 4417
Date : 14 mai 2025

Consultez ce paiement dans votre Dashboard Stripe.

Vous recevez cet e-mail car les notifications de paiement sont activées pour votre compte. Pour modifier vos préférences de notification, rendez-vous dans les paramètres de votre compte.

Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Dublin 2, Irlande""", mime="alt", auto="auto-generated")

M("fr-neg-stripe-dispute", "fr", [], "Stripe <notifications@stripe.com>",
  "Un litige a été ouvert pour un paiement de 240,00 €",
  """Un client a contesté un paiement auprès de sa banque.

Montant : 240,00 €
Client : bruno.lemaire36@gmail.com
Motif : Produit non reçu
Date limite de réponse : 28 juin 2025

Vous pouvez soumettre des preuves (échanges avec le client, conditions générales, preuve de livraison) depuis votre Dashboard. Ne supprimez pas les informations relatives à cette transaction avant la clôture du litige.

L'équipe Stripe""", mime="html", auto="auto-generated")

M("fr-neg-systemeio-new-contact", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Nouveau contact : marion.dufour@gmail.com",
  """Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre liste « Newsletter Floraison de Soi ».

E-mail : marion.dufour@gmail.com
Prénom : Marion
Source : Page de capture « Ebook émotions au travail »
Consentement RGPD : coché le 02/06/2025 à 21:47

Voir le contact dans votre tableau de bord.

L'équipe Systeme.io""", auto="auto-generated")

M("fr-neg-systemeio-unsub-notice", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact suivant s'est désabonné de la liste « Newsletter Floraison de Soi » :

E-mail : p.gauthier@gmail.com
Date : 18/09/2025 07:12
Campagne : Newsletter de septembre - « Oser la rentrée autrement »

Ce contact ne recevra plus de campagnes de votre part. Conformément au RGPD, vous ne devez pas le réinscrire sans son consentement.

L'équipe Systeme.io""", auto="auto-generated")
# NEAR-LINE: platform notification of an unsubscription already processed; not a message from the data subject -> negative.

M("fr-neg-systemeio-privacy-update", "fr", [], "Systeme.io <news@systeme.io>",
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er septembre 2025. Ces modifications concernent notamment la liste de nos sous-traitants ultérieurs, la localisation de l'hébergement des données (désormais exclusivement dans l'Union européenne) et les modalités d'exercice des droits d'accès, de rectification et d'effacement par vos contacts.

En tant que responsable de traitement, vous restez chargé de répondre aux demandes de vos contacts. Notre outil d'export et de suppression de contacts est disponible dans Paramètres > RGPD.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io après cette date, vous acceptez ces modifications.

L'équipe Systeme.io""", mime="html", lu="https://systeme.io/unsubscribe?u=8842")

M("fr-neg-google-drive-share", "fr", [], "Mathilde Leroy (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : \"CV_Mathilde_2025.docx\"",
  """Mathilde Leroy a partagé un document avec vous

CV_Mathilde_2025.docx

Mathilde Leroy (mathilde.leroy@gmail.com) vous a invité à modifier le document suivant.
« Voici la dernière version de mon CV, comme on a dit jeudi. Merci de me dire si l'accroche te paraît mieux. »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car mathilde.leroy@gmail.com a partagé un document avec vous depuis Google Drive.""",
  mime="alt", reply_to="Mathilde Leroy <mathilde.leroy@gmail.com>")

M("fr-neg-google-security", "fr", [], "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

floraisondesoi.contact@gmail.com

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'est vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous pouvez également voir l'activité liée à la sécurité à l'adresse https://myaccount.google.com/notifications
Cet e-mail vous a été envoyé pour vous informer de changements importants concernant votre compte et les services Google que vous utilisez.""",
  mime="html", auto="auto-generated")

M("fr-neg-zoom-recording", "fr", [], "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra Delomenie,

Votre enregistrement cloud est maintenant disponible.

Sujet : Atelier en ligne - Traverser le deuil (séance 3)
Date : 20 janv. 2026 19:00 Paris

Pour partager l'enregistrement avec les participants, copiez le lien ci-dessous. Les enregistrements sont supprimés automatiquement de la corbeille 30 jours après leur suppression.

Merci d'avoir choisi Zoom.
-L'équipe Zoom""", mime="alt", auto="auto-generated")

M("fr-neg-calendly-cancel", "fr", [], "Calendly <notifications@calendly.com>",
  "Annulé : Thomas Vial - Séance individuelle (60 min)",
  """Bonjour Sandra,

L'événement ci-dessous a été annulé.

Type d'événement : Séance individuelle (60 min)
Invité : Thomas Vial
E-mail de l'invité : thomas.vial@outlook.fr
Date/heure de l'événement : 17:00 - jeudi 22 mai 2025 (heure d'Europe centrale)
Motif de l'annulation : « Entretien d'embauche le même jour, je reprends un créneau vendredi. »

Voir l'événement dans Calendly

Envoyé depuis Calendly""", mime="html", auto="auto-generated")

M("fr-neg-calendly-new", "fr", [], "Calendly <notifications@calendly.com>",
  "Nouvel événement : Aline Perrot - Séance découverte (30 min)",
  """Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte (30 min)
Invité : Aline Perrot
E-mail : aline.perrot@gmail.com
Date/heure : 10:00 - lundi 10 novembre 2025
Questions :
Qu'est-ce qui vous amène ? « Retraite récente, maladie de mon mari, je me sens perdue. »

Voir l'événement dans Calendly""", mime="alt", auto="auto-generated")

M("fr-neg-bank-notice", "fr", [], "Crédit Agricole Centre Loire <noreply@ca-centreloire.fr>",
  "Votre relevé de compte professionnel est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel du mois d'octobre est disponible dans votre espace client, rubrique « e-Documents ».

Pour votre sécurité, le Crédit Agricole ne vous demandera jamais vos identifiants ou codes par e-mail ou par téléphone. Protection de vos données : pour en savoir plus sur la manière dont nous traitons vos données personnelles et sur vos droits, consultez notre politique de protection des données sur notre site.

Ceci est un message automatique, merci de ne pas y répondre.""", mime="html", auto="auto-generated")

M("fr-neg-autoreply-client", "fr", [], "Nadia Belkacem <nadia.belkacem@outlook.fr>",
  "Réponse automatique : Votre séance de jeudi",
  """Bonjour,

Je suis absente du bureau jusqu'au 2 septembre inclus, avec un accès limité à mes mails. Pour toute urgence, merci de contacter le secrétariat au 02 54 21 00 00.

Je vous répondrai dès mon retour.

Nadia Belkacem""", auto="auto-replied", xh={"X-Auto-Response-Suppress": "All"})

M("fr-neg-autoreply-partner", "fr", [], "Aurélien Martel <aurelien@lesjardinsdesouffle.fr>",
  "Absence : Re: Proposition de partenariat - retraite d'automne",
  """Bonjour,

Les Jardins de Souffle sont fermés pour la trêve hivernale du 20 décembre au 15 janvier. Je lirai votre message à mon retour.

Pour les réservations de l'été, vous pouvez déjà remplir le formulaire sur notre site. Vos données ne sont utilisées que pour la gestion de votre séjour.

Belles fêtes,
Aurélien""", auto="auto-replied")

M("fr-neg-bounce-orange", "fr", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie d'Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<camille.duret@gmail.co>: adresse introuvable (le domaine n'existe pas).

Vérifiez l'adresse du destinataire et renvoyez votre message.""",
  bounce=dict(orig_to="camille.duret@gmail.co", status="5.1.2", diag="550 5.1.2 Host or domain name not found",
              orig_subj="Re: Tourner la page - confirmation de suppression"), auto="auto-replied")

M("fr-neg-bounce-mailbox-full", "fr", [], "Mail Delivery Subsystem <mailer-daemon@orange.fr>",
  "Échec de la remise du message",
  """Le message que vous avez envoyé n'a pas pu être remis.

Destinataire : ginette.rolland@wanadoo.fr
Raison : la boîte aux lettres du destinataire est pleine.

Le serveur réessaiera pendant 48 heures. Aucune action n'est nécessaire de votre part.""",
  bounce=dict(orig_to="ginette.rolland@wanadoo.fr", status="4.2.2", diag="452 4.2.2 Mailbox full",
              orig_subj="Votre désinscription a bien été prise en compte"), auto="auto-replied")

M("fr-neg-cnil-newsletter", "fr", [], "CNIL <lettre@cnil.fr>",
  "La lettre de la CNIL - Droits des personnes : les bonnes pratiques pour les TPE",
  """La lettre d'information de la CNIL

À la une : Répondre aux demandes de droits des personnes, un guide pratique pour les TPE et indépendants
Droit d'accès, de rectification, d'effacement, d'opposition : comment identifier une demande, dans quel délai y répondre, faut-il demander une pièce d'identité ? Nos fiches pratiques font le point.

Aussi dans ce numéro :
- Sanctions : retour sur les contrôles de l'année dans le secteur du bien-être
- Cookies : les nouvelles recommandations

Vous recevez cette lettre car vous y êtes abonné. Se désinscrire.""", mime="html", lu="https://www.cnil.fr/lettre/desinscription?id=55871")

M("fr-neg-urssaf-newsletter", "fr", [], "Urssaf <ne-pas-repondre@info.urssaf.fr>",
  "Votre échéancier et nos actualités pour les indépendants",
  """Madame,

Votre échéancier de cotisations pour l'année 2026 est disponible dans votre espace en ligne.

Actualités : déclarer son chiffre d'affaires en ligne, modifier ses coordonnées bancaires, accéder à son attestation de vigilance.

Protection des données : l'Urssaf traite vos données dans le cadre de ses missions de service public. Pour exercer vos droits, rendez-vous sur urssaf.fr.

Pour ne plus recevoir nos lettres d'actualité, cliquez ici.""", mime="alt", lu="https://www.urssaf.fr/desabonnement?x=2231")

M("fr-neg-phishing-rgpd", "fr", [], "Service Conformité RGPD <conformite@rgpd-registre-officiel.fr>",
  "URGENT : votre entreprise n'est pas en conformité RGPD - sanction possible",
  """Madame, Monsieur,

Après vérification, votre entreprise FLORAISON DE SOI (SIRET 8xx xxx xxx) ne figure pas au registre national de conformité RGPD. Conformément à l'article 83 du règlement, une amende pouvant aller jusqu'à 20 000 000 € peut être prononcée.

Pour régulariser votre situation, vous devez compléter votre dossier de mise en conformité avant le 30 du mois en cours et régler les frais d'enregistrement de 389 € HT.

Accéder à mon dossier de mise en conformité

Service Conformité RGPD - Pôle Entreprises
Ce message a valeur de relance. Sans réponse de votre part, votre dossier sera transmis au service contentieux.""", mime="html")

M("fr-neg-phishing-orange", "fr", [], "Orange Messagerie <securite@orange-messagerie-verif.com>",
  "Votre boîte mail sera supprimée sous 24h",
  """Cher(e) client(e),

Suite à la mise en application de la nouvelle réglementation sur les données personnelles, votre compte de messagerie sandra.delomenie@orange.fr doit être vérifié. Sans action de votre part, votre boîte et l'ensemble de vos données seront supprimées définitivement sous 24 heures.

Cliquez ici pour confirmer votre identité et conserver vos messages.

Orange - Service Sécurité""", mime="html")

M("fr-neg-facebook-comment", "fr", [], "Facebook <notification@facebookmail.com>",
  "Nathalie Roux a commenté votre publication",
  """Nathalie Roux a commenté votre publication : « Quel bel atelier ! Merci Sandra pour ces moments précieux. Hâte d'être à la prochaine séance 🌸 »

Voir le commentaire

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne souhaitez plus recevoir ces e-mails de Meta, veuillez vous désabonner.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4""", mime="html", lu="https://www.facebook.com/o.php?k=AS1&u=100")

M("fr-neg-linkedin", "fr", [], "LinkedIn <messages-noreply@linkedin.com>",
  "Camille Duret vous a envoyé un message",
  """Camille Duret
Chargée de projet RH chez Groupe SEB

« Bonjour Sandra, je suis tombée sur votre profil en cherchant des intervenants pour nos ateliers de prévention des risques psychosociaux à Lyon. Seriez-vous disponible pour en parler ? »

Répondre

Vous recevez des notifications de messages. Se désabonner.
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2""", mime="alt", lu="https://www.linkedin.com/comm/psettings/email-unsubscribe?m=1")

M("fr-neg-ovh-invoice", "fr", [], "OVHcloud <noreply@ovh.com>",
  "Votre facture OVHcloud FR5512331 est disponible",
  """Bonjour,

Votre facture FR5512331 d'un montant de 71,88 € TTC relative au renouvellement de votre hébergement floraisondesoi.fr est disponible dans votre espace client.

Rappel : en tant que responsable de traitement, vous pouvez consulter notre accord de traitement des données (DPA) et la liste de nos sous-traitants dans votre espace client, rubrique « Mes données personnelles ».

L'équipe OVHcloud""", mime="alt", auto="auto-generated")

M("fr-neg-paypal-policy", "fr", [], "PayPal <service@paypal.fr>",
  "Avis de modification de nos conditions et de notre Déclaration de confidentialité",
  """Bonjour Sandra Delomenie,

Nous apportons des modifications à nos Conditions d'utilisation et à notre Déclaration de confidentialité, qui entreront en vigueur le 10 mars 2026. Ces modifications portent notamment sur la manière dont nous partageons certaines données avec les commerçants et sur vos choix concernant la personnalisation.

Vous pouvez vous opposer à certains partages dans les paramètres de données et de confidentialité de votre compte. Si vous n'acceptez pas les modifications, vous pouvez clôturer votre compte avant leur entrée en vigueur.

PayPal (Europe) S.à r.l. et Cie, S.C.A.""", mime="html", auto="auto-generated")

M("fr-neg-newsletter-colleague", "fr", [], "Les Carnets de l'Accompagnement <lettre@carnets-accompagnement.fr>",
  "N°47 - Témoigner, s'effacer, se raconter",
  """Les Carnets de l'Accompagnement - lettre mensuelle des praticiens

Édito : Faut-il publier les témoignages de nos clients ? Entre preuve sociale et respect de l'intime, le consentement se construit dans la durée. Et que faire lorsqu'un client demande le retrait de son témoignage ou l'effacement de son dossier ?

Dans ce numéro :
- Supervision : quand le client devient ami
- Outils : tenir un registre RGPD simple en 30 minutes
- Agenda : journées de formation à Tours et Poitiers

Vous recevez cette lettre parce que vous êtes membre du réseau. Se désinscrire | Modifier mes préférences""",
  mime="html", lu="https://carnets-accompagnement.fr/unsubscribe?m=3398")

M("fr-neg-doctolib-like-partner", "fr", [], "Maison de santé d'Issoudun <secretariat@msp-issoudun.fr>",
  "Annuaire des praticiens - mise à jour de votre fiche",
  """Bonjour Madame Delomenie,

Nous mettons à jour l'annuaire des praticiens partenaires de la Maison de santé, qui est remis aux patients en salle d'attente et publié sur notre site.

Pourriez-vous vérifier les informations de votre fiche ci-dessous et nous indiquer les éventuelles corrections avant le 30 novembre ?

Nom : Sandra Delomenie - Floraison de Soi
Activité : coaching, accompagnement des transitions de vie
Adresse : 46 rue d'Estienne d'Orves, Issoudun
Téléphone : 06 81 84 21 73

Si vous ne souhaitez plus figurer dans l'annuaire, merci de nous le signaler.

Le secrétariat de la MSP""")
# NEAR-LINE: a third party asks HER to check her own listing; she is not the controller receiving a request -> negative.

M("fr-neg-client-sends-docs", "fr", [], "Damien Royer <damien.royer@outlook.com>",
  "Documents pour le stage",
  """Bonjour Sandra,

Comme demandé, voici la copie de mon attestation d'assurance responsabilité civile et le certificat médical pour la randonnée du stage. J'ai aussi mis une copie de ma pièce d'identité, puisque le gîte la demande pour l'enregistrement.

Je suis content, mon moral remonte doucement depuis le décès de papa. Le simple fait de préparer mon sac pour ces quatre jours me fait du bien.

À bientôt,
Damien""", att=["attestation_RC_Royer.pdf", "certificat_medical_Royer.pdf", "CNI_Royer.jpg"])
# NEAR-LINE: ID scan attached, but to register for a stay, no right exercised -> negative.

M("fr-neg-ex-partner-dispute-noreq", "fr", [], "Virginie Santos <virginie.santos@gmail.com>",
  "Ce qui s'est passé au cercle",
  """Sandra,

Je voulais te parler de ce qui s'est passé mardi au cercle. Quand Corinne a raconté l'histoire de sa séparation, j'ai reconnu mon ex-mari dans chaque détail. Je suis sortie sans rien dire, tu l'as sûrement remarqué.

Je ne sais pas quoi faire. Je ne veux pas qu'elle se sente mal, elle n'y est pour rien, mais je ne me vois pas continuer à partager mes émotions devant elle. Je ne te demande pas de choisir, je voulais juste que tu comprennes mon absence la semaine prochaine. J'ai besoin de réfléchir.

Virginie""")

M("fr-neg-mairie-salle", "fr", [], "Service Vie Associative - Mairie d'Issoudun <vie.asso@issoudun.fr>",
  "Réservation de la salle des Minimes",
  """Madame,

Nous accusons réception de votre demande de réservation de la salle des Minimes pour vos ateliers des 7, 14 et 21 mars 2026, de 14h à 17h.

Pour finaliser la réservation, merci de nous transmettre une copie de votre attestation d'assurance et de retourner la convention signée. Nous vous informons que les données collectées dans le cadre de cette réservation sont traitées par la commune pour la gestion des équipements municipaux ; vous pouvez exercer vos droits auprès du délégué à la protection des données de la mairie.

Cordialement,
Le service Vie associative""", att=["Convention_salle_Minimes_2026.pdf"])

M("fr-neg-client-joke-forget", "fr", [], "Patrice Renaud <patrice.renaud@gmail.com>",
  "Droit à l'oubli 😅",
  """Salut Sandra,

Après ce que j'ai raconté mardi sur ma soirée d'anniversaire de mariage ratée, je revendique le droit à l'oubli, ha ha ! Blague à part, j'ai bien réfléchi à ce que tu m'as dit sur ma façon de tout vouloir contrôler. Ma femme a ri quand je lui ai raconté, elle dit que tu as tout compris en trois séances alors qu'elle essaie de me le dire depuis quinze ans.

On a réservé un week-end à Saint-Malo pour rattraper l'anniversaire. Sans planning heure par heure, promis.

À mardi,
Patrice""")
# NEAR-LINE: "droit à l'oubli" used as a joke, no real request -> negative.
