# French messages that are NOT data-subject requests (rights = []).
from rec_util import R, CONTACT, ORANGE, SIG_SANDRA

NL_HEADERS = {"List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=4f2a>, <mailto:unsubscribe@floraisondesoi.fr>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

RECORDS = [
# ------------------------------------------------------------ scheduling / cancellations that sound like requests
R("fr-neg-suppr-creneau", ("Camille Roy", "camille.roy@gmail.com"), [],
  "jeudi",
  """Coucou Sandra, tu peux supprimer mon créneau de jeudi 17h ? Le petit a de la fièvre 🤒 Je te redis pour la semaine prochaine. Bisous"""),

R("fr-neg-effacer-tableau", ("Marie-Pierre Auclair", "mp.auclair@mairie-issoudun.fr"), [],
  "Salle des Augustins - samedi",
  """Bonjour Madame Delomenie,

Petit rappel pour samedi : merci d'effacer le tableau blanc et de remettre les tables en U en partant, l'association de scrabble occupe la salle à 14h. Les clés sont à récupérer à l'accueil de la mairie vendredi avant 17h.

Cordialement,
Marie-Pierre Auclair
Service Vie associative"""),

R("fr-neg-acces-salle", ("Gilles Perrin", "gilles.perrin@free.fr"), [],
  "accès à la salle ?",
  """Bonjour, pour l'atelier de samedi, l'accès à la salle se fait par la cour ou par la rue ? La dernière fois j'ai tourné 10 minutes 😅 Et est-ce qu'on peut se garer devant ?
Merci, Gilles"""),

R("fr-neg-copie-facture", ("Sabrina Lopes", "sabrina.lopes@gmail.com"), [],
  "copie facture",
  """Bonjour Sandra, tu pourrais m'envoyer une copie de la facture de novembre ? Ma mutuelle la réclame pour le remboursement (ils remboursent 3 séances, incroyable !).
Merci beaucoup
Sabrina"""),
  # NEAR-LINE: "copie" of an invoice for reimbursement = business document, not an access request.

R("fr-neg-export-agenda", ("Olivier Tessier", "o.tessier@cabinet-tessier.fr"), [],
  "Export agenda séances",
  """Bonjour Sandra,

Pour caler mes séances avec mon planning de cabinet, est-ce que ton outil de réservation permet d'exporter l'agenda au format iCal ? Sinon je recopierai à la main, pas grave.

Olivier"""),

R("fr-neg-corriger-support", ("Amélie Fontaine", "amelie.fontaine@gmail.com"), [],
  "Coquilles dans le support",
  """Bonjour Sandra,

En relisant le support PDF de la formation (module 3), j'ai repéré deux coquilles : page 12 "la communication non-violante" et page 15 un tableau coupé. Tu voudras peut-être corriger le document avant la prochaine session !

Amélie, ta relectrice bénévole 😉"""),

R("fr-neg-sopposer-deplacement", ("Henri Bonnet", "henri.bonnet@orange.fr"), [],
  "Re: Changement de date de l'atelier",
  """Bonjour,
Je m'oppose formellement à ce changement de date, comme plusieurs participants d'ailleurs : le 22, c'est la fête du village ! Ne pourrait-on pas garder le 15 ?
Henri""",
  quote="""Bonjour à tous,
Pour des raisons d'organisation, l'atelier du 15 est déplacé au 22.
Sandra""", quote_style="gmail"),
  # NEAR-LINE: "je m'oppose" to a date change, not to a processing.

R("fr-neg-retirer-colis", ("La Poste", "noreply@laposte.fr"), [],
  "Votre colis vous attend en bureau de poste",
  """Bonjour,

Votre colis n° 6A24819374521 n'a pas pu être distribué. Vous pouvez le retirer à partir de demain 14h au bureau de poste d'Issoudun Principal, muni d'une pièce d'identité.

La Poste""", html="alt", auto=True, headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-annule-atelier", ("Marion Delaunay", "marion.delaunay@hotmail.fr"), [],
  "annulation inscription atelier 12/10",
  """Bonjour,
Je dois malheureusement annuler mon inscription à l'atelier du 12 octobre (raison pro). Est-ce que l'acompte peut être reporté sur une date ultérieure plutôt que remboursé ?
Merci
Marion"""),

R("fr-neg-sujet-seul-annul", ("Thomas Leblanc", "thomas.leblanc@gmail.com"), [],
  "Annulation rdv mardi, désolé", ""),

R("fr-neg-resilier-abonnement", ("Josiane Mathieu", "josiane.mathieu@wanadoo.fr"), [],
  "Fin de l'abonnement mensuel",
  """Bonjour Sandra,

Je souhaite arrêter l'abonnement mensuel aux cercles en ligne à partir du mois prochain. Merci de ne plus prélever à partir de février. J'ai beaucoup aimé, mais mon budget est serré en ce moment.

Josiane"""),

# ------------------------------------------------------------ login / account
R("fr-neg-mdp", ("Léna Carpentier", "lena.carpentier@gmail.com"), [],
  "mot de passe perdu",
  """Bonjour, je n'arrive plus à me connecter à l'espace formation, j'ai oublié mon mot de passe et le lien de réinitialisation ne m'arrive pas (j'ai vérifié les spams). Pouvez-vous m'aider ?
Léna"""),

R("fr-neg-acceder-espace", ("Robert Gilles", "robert.gilles@laposte.net"), [],
  "accéder à mon espace",
  """Bonjour Madame,
Comment accéder à mon espace pour voir les vidéos du module 2 ? Je suis perdu avec ce système. Je ne suis pas très doué avec l'informatique, excusez-moi.
Robert Gilles"""),

R("fr-neg-fermer-compte", ("Zoé Hubert", "zoe.hubert@gmail.com"), [],
  "Fermer mon compte",
  """Hello Sandra, j'ai fini la formation, tu peux fermer mon compte sur la plateforme ? Merci pour tout, c'était génial !! Zoé"""),
  # NEAR-LINE: "close my account" alone, no data mentioned = negative by policy.

R("fr-neg-mauvais-mail-connexion", ("Pascal Drouet", "pascal.drouet@orange.fr"), [],
  "Connexion impossible",
  """Bonjour,
Je me suis inscrit avec mon adresse orange mais la plateforme me dit "utilisateur inconnu". Peut-être que je me suis inscrit avec une autre ? Pouvez-vous vérifier avec quelle adresse mon accès a été créé ?
Merci
P. Drouet"""),
  # NEAR-LINE: login troubleshooting, not a request to know what data is held.

# ------------------------------------------------------------ questions on how rights work
R("fr-neg-question-droit", ("Annie Fleury", "annie.fleury@free.fr"), [],
  "Question",
  """Bonjour Sandra,

Une question par curiosité : ai-je le droit de vous demander mes notes de séances, ou est-ce que ce sont vos notes à vous ? Je n'en ai pas besoin, c'est juste pour savoir comment ça marche.

Annie"""),

R("fr-neg-combien-de-temps", ("Xavier Poirier", "xavier.poirier@gmail.com"), [],
  "Conservation",
  """Bonjour, vous gardez les dossiers clients combien de temps après la fin de l'accompagnement ? C'est pour savoir, rien de plus. Bonne journée."""),

R("fr-neg-question-temoignage", ("Lucie Garnier", "lucie.garnier@yahoo.fr"), [],
  "Témoignage - question",
  """Coucou ! Si je te donne un témoignage pour ton site, est-ce que je pourrai le retirer plus tard si je change d'avis ? Je préfère savoir avant de me lancer 😊"""),

R("fr-neg-rgpd-question-parent", ("Sylvain Mercier", "sylvain.mercier@gmail.com"), [],
  "Données des ados",
  """Bonjour,
Avant d'inscrire mon fils à l'atelier ados, je voudrais savoir : que faites-vous des questionnaires qu'ils remplissent ? Qui les voit, et combien de temps sont-ils gardés ?
Merci,
Sylvain Mercier"""),
  # NEAR-LINE: a parent asking how data will be handled before registering = question, not a request.

# ------------------------------------------------------------ CNIL
R("fr-neg-cnil-copie", ("Gérard Mouton", "gerard.mouton@orange.fr"), [],
  "Copie de ma plainte CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous le texte de la plainte que j'ai déposée ce jour auprès de la CNIL concernant la réception de vos messages publicitaires.

"Je reçois depuis plusieurs mois des courriels publicitaires de l'entreprise Floraison de Soi, à laquelle je n'ai jamais donné mon accord. Je demande à la CNIL d'intervenir."

G. Mouton"""),
  # NEAR-LINE: copy of a CNIL complaint is a negative by policy, even though it implies an objection.

R("fr-neg-cnil-menace", ("Hélène Labbé", "helene.labbe@gmail.com"), [],
  "Plainte",
  """Bonjour,
Je vous informe que j'ai saisi la CNIL au sujet de la publication de la photo de groupe sur votre page. Je laisse la CNIL traiter le dossier.
H. Labbé"""),

# ------------------------------------------------------------ other living adult's data
R("fr-neg-soeur", ("Patricia Renaud", "patricia.renaud@gmail.com"), [],
  "Ma sœur",
  """Bonjour Sandra,

Ma sœur Valérie vient chez toi depuis quelques mois. Je m'inquiète beaucoup pour elle en ce moment. Est-ce que tu pourrais me dire ce qu'elle te raconte, ou au moins m'envoyer ce que tu as noté ? Je veux juste l'aider.

Patricia"""),

R("fr-neg-mari-dossier", ("Didier Fontaine", "didier.fontaine@orange.fr"), [],
  "Dossier de ma femme",
  """Bonjour Madame,
Mon épouse Sandrine a arrêté ses séances. Pourriez-vous supprimer son dossier ? Elle n'a pas le temps de vous écrire.
D. Fontaine"""),
  # NEAR-LINE: husband asking about his living wife's data, no mandate = negative.

R("fr-neg-manager-collegue", ("Isabelle Vidal", "i.vidal@transports-berrichons.fr"), [],
  "Évaluation de M. Caron",
  """Bonjour Madame Delomenie,

Je suis la responsable de M. Kevin Caron, qui a suivi votre formation en mars. Pourriez-vous m'envoyer ses résultats d'évaluation et vos remarques sur son comportement en groupe ? Cela m'aiderait pour son entretien annuel.

Isabelle Vidal
Responsable d'exploitation"""),

R("fr-neg-fils-adulte", ("Martine Leroy", "martine.leroy@wanadoo.fr"), [],
  "mon fils",
  """Bonjour, mon fils Antoine (32 ans) vous a consultée. Je voudrais savoir si vous avez noté des choses sur notre famille dans son dossier, et que vous les retiriez si c'est le cas. Merci. Martine Leroy"""),
  # NEAR-LINE: mother of an adult son, no mandate = negative.

# ------------------------------------------------------------ thank-yous above handled requests
R("fr-neg-merci-suppr", ("Claire Dumas", "claire.dumas@gmail.com"), [],
  "Re: Tourner la page",
  """Merci beaucoup Sandra, c'est parfait. Prends soin de toi 🌿""",
  quote="""Bonjour Claire,

Comme demandé, j'ai supprimé ton dossier, tes fiches et nos échanges. Il ne reste plus rien te concernant dans mes fichiers, à l'exception de la facture que je dois conserver 10 ans pour la comptabilité.

Belle route à toi,
Sandra""", quote_style="gmail"),

R("fr-neg-merci-copie", ("Nadège Fournier", "nadege.fournier@laposte.net"), [],
  "Re: Mes réponses au questionnaire de départ",
  """Bien reçu, merci pour la rapidité ! Ma psy va être contente. Bonne fin de semaine.
Nadège""",
  quote="""Bonjour Nadège,

Voici en pièce jointe la copie de ton questionnaire de départ, comme demandé.

Sandra
> Au tout début de mon accompagnement j'avais rempli le grand questionnaire (valeurs, besoins, tout ça). Est-ce que je pourrais en avoir une copie ?""", quote_style="apple"),

R("fr-neg-merci-desinscrit", ("Brigitte Colin", "brigitte.colin@orange.fr"), [],
  "RE: trop de mails",
  """Parfait, merci Sandra. À bientôt peut-être sur un atelier.
Brigitte""",
  quote="""Bonjour Brigitte,
C'est fait, vous ne recevrez plus la newsletter. Au plaisir !
Sandra""", quote_style="outlook"),

R("fr-neg-ok-rectif-faite", ("Denis Morel", "denis.morel@free.fr"), [],
  "Re: erreur date de naissance",
  """Impeccable, merci.
D. Morel""",
  quote="""Bonjour Monsieur Morel,
La date de naissance a été corrigée (11/03/1978). Toutes mes excuses pour l'inversion.
Sandra Delomenie""", quote_style="gmail"),

# ------------------------------------------------------------ giving consent
R("fr-neg-ok-photo", ("Karima Saïdi", "karima.saidi@gmail.com"), [],
  "Re: Photos de l'atelier",
  """Oui pas de souci pour moi, tu peux utiliser les photos où je suis, même sur Facebook 😊 J'ai adoré cette journée !""",
  quote="""Coucou à toutes,
J'aimerais utiliser quelques photos de samedi pour le site et les réseaux. Dites-moi si vous êtes d'accord !
Sandra""", quote_style="gmail"),

R("fr-neg-ok-temoignage", ("Bernard Huet", "bernard.huet@orange.fr"), [],
  "Mon témoignage",
  """Bonjour Sandra,

Voici quelques lignes pour votre site, comme promis :

"Je suis arrivé chez Sandra en pleine remise en question professionnelle. En six séances, j'ai retrouvé de la clarté et surtout de l'énergie. Merci !"

Vous pouvez mettre mon prénom et l'initiale de mon nom. Pas de photo par contre.

Bernard H."""),

R("fr-neg-ok-newsletter", ("Estelle Garnier", "estelle.garnier@gmail.com"), [],
  "newsletter",
  """Bonjour, je n'arrive pas à m'inscrire à la newsletter depuis le site (le bouton ne réagit pas). Vous pouvez m'ajouter à la main ? estelle.garnier@gmail.com. Merci !"""),

# ------------------------------------------------------------ training topics using trigger words
R("fr-neg-formation-rgpd", ("Laetitia Brossard", "l.brossard@ehpad-les-tilleuls.fr"), [],
  "Demande de devis - formation RGPD et secret professionnel",
  """Bonjour Madame Delomenie,

Nous souhaiterions organiser pour nos équipes soignantes une demi-journée de sensibilisation sur le RGPD, le droit d'accès des résidents à leur dossier et le respect du consentement. Est-ce un thème que vous pourriez animer ? Si oui, pourriez-vous nous adresser un devis pour 12 personnes ?

Bien cordialement,
Laetitia Brossard
Directrice adjointe, EHPAD Les Tilleuls"""),

R("fr-neg-consentement-theme", ("Aurore Millet", "aurore.millet@gmail.com"), [],
  "Atelier consentement",
  """Coucou Sandra !

L'atelier sur le consentement dans le couple, c'était vraiment fort. Est-ce que tu comptes en refaire un ? Mon amie Juliette voudrait venir, et moi je reviendrais bien pour la partie "savoir dire non".

Aurore"""),

R("fr-neg-mes-infos-inscription", ("Valentin Picard", "valentin.picard@gmail.com"), [],
  "Inscription stage d'été",
  """Bonjour,

Je voudrais m'inscrire au stage "Se reconnecter à soi" du 7 au 9 juillet. Voici mes informations pour l'inscription :
Valentin Picard, 29 ans, 7 rue des Minimes, 36100 Issoudun, 06 33 21 45 67.
Y a-t-il un régime végétarien possible pour les repas ?

Merci !
Valentin"""),

R("fr-neg-droit-oubli-conference", ("Association Parents & Écrans", "contact@parents-ecrans36.org"), [],
  "Conférence \"Droit à l'oubli et réseaux sociaux chez les ados\"",
  """Bonjour Madame Delomenie,

Notre association organise en novembre une soirée sur le droit à l'oubli, l'effacement des publications et l'estime de soi des adolescents. Seriez-vous disponible pour intervenir sur le volet estime de soi (45 min) ? Nous pouvons vous défrayer.

Bien à vous,
Nicole Aubert, présidente"""),

# ------------------------------------------------------------ payments, business
R("fr-neg-paiement-plusieurs-fois", ("Yasmine Belkacem", "yasmine.belkacem@gmail.com"), [],
  "Paiement",
  """Salut Sandra ! Est-ce que je peux te payer en 2 fois pour le cycle de printemps ? Et tu prends le virement instantané ou tu préfères Lydia ? Merci 🌸"""),

R("fr-neg-devis-entreprise", ("Frédéric Boulanger", "f.boulanger@berry-logistique.fr"), [],
  "Formation cohésion d'équipe - devis",
  """Bonjour,

Suite à notre échange téléphonique, pourriez-vous nous transmettre un devis pour deux journées de formation "cohésion d'équipe" pour 8 personnes, en intra, en octobre ? Merci de préciser si la formation est éligible à une prise en charge OPCO.

Cordialement,
Frédéric Boulanger
DRH, Berry Logistique"""),

R("fr-neg-entreprise-liste-participants", ("Sandrine Collin", "s.collin@berry-logistique.fr"), [],
  "Liste des participants - session 14/10",
  """Bonjour Madame Delomenie,

Voici la liste des participants inscrits par notre entreprise pour la session du 14 octobre. Merci de nous retourner la feuille d'émargement signée après la formation pour le dossier OPCO.

Cordialement,
Sandrine Collin
Service formation""",
  attachments=[("csv", "participants_14-10.csv", "nom;prenom;service\nMartin;Julie;Expedition\nRoche;Karim;Quai\nDuval;Emma;Administration\n")]),

R("fr-neg-erreur-virement", ("Nicolas Hamel", "nicolas.hamel@gmail.com"), [],
  "oups virement",
  """Sandra je crois que je t'ai viré 2 fois la séance de mardi 🙈 tu peux vérifier ? si c'est le cas garde-la pour la prochaine séance, pas besoin de rembourser"""),

# ------------------------------------------------------------ auto replies, bounces
R("fr-neg-autoreply-conges", ("Sophie Tanguy", "sophie.tanguy@cabinet-tanguy.fr"), [],
  "Réponse automatique : Re: Atelier du 12",
  """Bonjour,

Je suis absente du cabinet jusqu'au 26 août inclus. Pour toute urgence, contactez le secrétariat au 02 54 21 00 00.

Sophie Tanguy""", auto=True,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-rgpd", ("Mutuelle Centre Atlantique", "ne-pas-repondre@mutuelle-ca.fr"), [],
  "Accusé de réception de votre message",
  """Madame, Monsieur,

Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.

Conformément au Règlement général sur la protection des données (RGPD), vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition sur vos données. Pour exercer ces droits, écrivez à dpo@mutuelle-ca.fr.

Ceci est un message automatique, merci de ne pas y répondre.""", auto=True,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("fr-neg-bounce-orange", ("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"), [],
  "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie de smtp.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<m.lebrun36@orange.fr>: adresse inconnue (550 5.1.1 mailbox unavailable)""",
  kind="bounce", auto=True, headers={"Auto-Submitted": "auto-replied"}, mailer=None,
  bounce={"mta": "smtp.orange.fr", "rcpt": "m.lebrun36@orange.fr", "status": "5.1.1",
          "diag": "550 5.1.1 <m.lebrun36@orange.fr>: Recipient address rejected: User unknown",
          "orig_subject": "Confirmation de suppression de vos données"}),
  # NEAR-LINE: the bounced mail was about an erasure; a bounce is still not a request.

R("fr-neg-bounce-free", ("MAILER-DAEMON", "MAILER-DAEMON@mx.floraisondesoi.fr"), [],
  "Non remis : La lettre de Floraison de Soi - Mai",
  """Votre message n'a pas pu être distribué au destinataire suivant :

  anne.rigaud@free.fr
  Boîte aux lettres pleine (quota dépassé).""",
  kind="bounce", auto=True, headers={"Auto-Submitted": "auto-generated"}, mailer=None,
  bounce={"mta": "mx.floraisondesoi.fr", "rcpt": "anne.rigaud@free.fr", "status": "4.2.2",
          "diag": "452 4.2.2 Mailbox full", "orig_subject": "La lettre de Floraison de Soi - Mai"}),

# ------------------------------------------------------------ platforms
R("fr-neg-qonto", ("Qonto", "no-reply@qonto.com"), [],
  "Virement reçu : 210,00 €",
  """Bonjour Sandra,

Vous avez reçu un virement de 210,00 € de MME LUCAS VERONIQUE.
Libellé : Solde formation communication

Consultez le détail dans votre application Qonto.

L'équipe Qonto""", html="alt", auto=True),

R("fr-neg-urssaf", ("URSSAF", "ne_pas_repondre@urssaf.fr"), [],
  "Votre déclaration de chiffre d'affaires trimestrielle",
  """Madame DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires du 2e trimestre est disponible dans votre espace autoentrepreneur.urssaf.fr. Date limite : 31 juillet.

Pour accéder à votre espace, connectez-vous avec vos identifiants habituels.

Votre Urssaf""", auto=True, html="only"),

R("fr-neg-paypal", ("PayPal", "service@paypal.fr"), [],
  "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 45,00 EUR de Karine Morel (karine.morel@gmail.com).
Note : "atelier samedi 14 + café 😉"

ID de transaction : 7XK41928AB2930415

PayPal""", html="alt", auto=True),

R("fr-neg-systemeio-inscription", ("Systeme.io", "notifications@systeme.io"), [],
  "Nouvelle inscription : Formation \"Mieux gérer ses émotions\"",
  """Bonjour,

Un nouveau contact s'est inscrit à votre formation "Mieux gérer ses émotions".
Email : julie.vandamme@gmail.com
Date : aujourd'hui

Gérez vos contacts depuis votre tableau de bord Systeme.io.""", auto=True, html="alt"),

R("fr-neg-systemeio-desinscrit", ("Systeme.io", "notifications@systeme.io"), [],
  "Un contact s'est désinscrit de votre liste",
  """Bonjour,

Le contact francois.r@laposte.net s'est désinscrit de la liste "Newsletter Floraison".
Aucune action n'est requise de votre part.

Systeme.io""", auto=True),
  # NEAR-LINE: platform notice of an unsubscribe already handled by the tool; not the person writing.

R("fr-neg-brevo-rapport", ("Brevo", "rapports@brevo.com"), [],
  "Rapport de campagne : La lettre de Floraison de Soi - Octobre",
  """Votre campagne a été envoyée à 412 contacts.
Taux d'ouverture : 48,3 %
Taux de clic : 6,1 %
Désinscriptions : 3

Voir le rapport complet dans Brevo.""", auto=True, html="only"),

R("fr-neg-google-alerte", ("Google", "no-reply@accounts.google.com"), [],
  "Alerte de sécurité",
  """Nouvelle connexion sur Windows

floraisondesoi@gmail.com
Nous avons détecté une nouvelle connexion à votre compte Google. S'il s'agit de vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité""", auto=True, html="alt"),

R("fr-neg-doctolib-like", ("ResaCoach", "notifications@resacoach.fr"), [],
  "Annulation de rendez-vous - Mme Girard",
  """Bonjour Sandra,

Léa Girard a annulé son rendez-vous du mardi 10:00.
Le créneau est à nouveau disponible à la réservation.

ResaCoach""", auto=True),

# ------------------------------------------------------------ vendor privacy notices, compliance spam, phishing
R("fr-neg-ovh-dpa", ("OVHcloud", "noreply@ovh.com"), [],
  "Mise à jour de nos conditions et de l'annexe relative au traitement des données",
  """Chère cliente, cher client,

Nous vous informons de la mise à jour de nos Conditions générales de service et de l'Accord sur le traitement des données (DPA), qui entreront en vigueur le 1er mars. Ces modifications précisent nos engagements en tant que sous-traitant au sens de l'article 28 du RGPD.

Aucune action n'est requise de votre part.

L'équipe OVHcloud""", html="alt", auto=True),

R("fr-neg-spam-conformite", ("Cabinet Conformité Express", "contact@conformite-express-rgpd.com"), [],
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """Madame,

Lors d'un audit automatisé, nous avons constaté que votre site ne respecte pas les obligations du RGPD (bandeau cookies, registre des traitements, mentions légales). Vous vous exposez à une amende pouvant aller jusqu'à 20 000 000 €.

Régularisez votre situation dès aujourd'hui pour 349 € HT grâce à notre pack clé en main. Offre valable 48h.

Le service conformité"""),

R("fr-neg-phishing-orange", ("Orange Service Client", "securite@orange-verif-compte.com"), [],
  "Votre messagerie sera suspendue",
  """Cher(e) client(e),

Suite à une mise à jour de nos systèmes, votre boîte sandra.delomenie@orange.fr sera suspendue sous 24h. Pour conserver l'accès à vos données, confirmez vos informations en cliquant ici : http://orange-verif-compte.com/login

Orange""", html="only"),

R("fr-neg-phishing-cnil", ("CNIL - Service des sanctions", "sanctions@cnil-gouv-fr.info"), [],
  "Avis de contrôle - Dossier n°2025-88412",
  """Madame,

Suite à un signalement, un contrôle de conformité RGPD a été ouvert vous concernant. Pour éviter une sanction, veuillez régler les frais de dossier (150 €) via le lien sécurisé ci-dessous sous 72h.

https://cnil-gouv-fr.info/paiement

Le service des sanctions"""),

# ------------------------------------------------------------ her own sent mail
R("fr-neg-elle-confirme-effacement", ORANGE, [],
  "Re: Données de ma fille Jade",
  """Bonjour Madame Simon,

Suite à votre demande, j'ai supprimé la fiche d'inscription, le questionnaire et les coordonnées de Jade. Elle ne recevra plus aucun message de ma part.

Bien cordialement,""",
  to=[("Valérie Simon", "valerie.simon36@gmail.com")], cc=[("Floraison de Soi", "contact@floraisondesoi.fr")],
  sig=SIG_SANDRA,
  quote="""Bonjour Madame Delomenie,
Ma fille Jade (15 ans) a participé à l'atelier gestion du stress pour ados en avril. [...] je vous demande de supprimer les informations la concernant.""",
  quote_style="gmail", quote_from=("Valérie Simon", "valerie.simon36@gmail.com")),

R("fr-neg-elle-envoie-export", CONTACT, [],
  "Votre export de données",
  """Bonjour Pierre-Yves,

Comme convenu, voici l'export de votre historique de séances et de vos réponses aux questionnaires au format CSV.

N'hésitez pas si quelque chose manque.

Sandra""",
  to=[("Pierre-Yves Leclerc", "py.leclerc@proton.me")], sig=SIG_SANDRA,
  attachments=[("csv", "export_PY_Leclerc.csv", "date;type;resume\n2024-09-12;seance;objectifs\n2024-10-03;seance;priorites\n2024-10-24;questionnaire;valeurs\n")]),

R("fr-neg-elle-newsletter", ("Floraison de Soi", "contact@floraisondesoi.fr"), [],
  "🌸 La lettre de Floraison de Soi - Septembre",
  """Bonjour à toutes et à tous,

La rentrée est là ! Voici les nouveautés de ce trimestre :

- Reprise des ateliers du jeudi soir "Souffle et présence" dès le 18 septembre
- Une nouvelle formation pour les managers : "Oser le feedback"
- Un cercle de femmes le dimanche 28 septembre

Vous recevez cette lettre parce que vous êtes inscrit(e) à la newsletter. Pour ne plus la recevoir, utilisez le lien de désinscription en bas de ce message.

Belle rentrée,
Sandra""", to=[("Floraison de Soi", "contact@floraisondesoi.fr")], html="alt",
  headers=dict(NL_HEADERS, **{"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>"}), mailer="Brevo"),

R("fr-neg-elle-rappel", CONTACT, [],
  "Rappel : votre séance demain à 14h",
  """Bonjour Ahmed,

Petit rappel pour notre séance de demain, jeudi à 14h, au cabinet (46 rue d'Estienne d'Orves). En cas d'empêchement, merci de me prévenir 24h à l'avance.

À demain,
Sandra""", to=[("Ahmed Benali", "ahmed.benali@outlook.fr")]),

# ------------------------------------------------------------ misc everyday mail with trigger words
R("fr-neg-photo-floue", ("Justine Blanchard", "justine.blanchard@gmail.com"), [],
  "Les photos du stage !",
  """Coucou Sandra !!

Je t'envoie les photos que j'ai prises au stage, y en a une floue mais elle est trop drôle (Bernadette qui fait le guerrier 2 😂). Tu peux les mettre sur le groupe si tu veux, tout le monde était d'accord.

Bisous
Justine""",
  attachments=[("png", "stage_groupe.png"), ("png", "bernadette_guerrier.png")]),

R("fr-neg-attestation-cpf", ("Jonathan Leroy", "jonathan.leroy@gmail.com"), [],
  "Attestation CPF",
  """Bonjour, pouvez-vous m'envoyer l'attestation de fin de formation pour mon dossier CPF ? Mon compte formation me la réclame pour clôturer. Merci d'avance ! Jonathan"""),

R("fr-neg-copie-contrat", ("Agathe Mallet", "agathe.mallet@orange.fr"), [],
  "contrat d'accompagnement",
  """Bonjour Sandra,
Je ne retrouve plus mon exemplaire du contrat d'accompagnement signé en janvier (déménagement, cartons...). Tu peux m'en renvoyer une copie ? C'est pour vérifier les conditions de report de séances.
Merci !
Agathe"""),
  # NEAR-LINE: copy of a contract to check terms = business document, not an access request.

R("fr-neg-suppr-groupe-fb", ("Carole Dumont", "carole.dumont@gmail.com"), [],
  "groupe facebook",
  """Hello ! Quelqu'un a posté une pub pour des compléments alimentaires dans le groupe Facebook de la formation, tu peux supprimer le post ? Ça fait un peu tache 😬"""),

R("fr-neg-effacer-message-vocal", ("Patrick Barre", "patrick.barre@sfr.fr"), [],
  "mon message vocal",
  """Bonjour Sandra, je vous ai laissé un message vocal ce matin complètement confus (j'étais dans le train), vous pouvez l'effacer sans l'écouter 😅 En résumé : je voulais savoir s'il reste de la place pour l'atelier du 5.
Patrick"""),
  # NEAR-LINE: "effacer" a confused voicemail, the real content is a booking question.

R("fr-neg-portable-oublie", ("Danielle Morin", "danielle.morin@laposte.net"), [],
  "Téléphone oublié ?",
  """Bonjour Sandra, je crois que j'ai oublié mon téléphone portable dans la salle hier soir (coque verte). Vous l'auriez vu ? Je peux passer le récupérer quand ça vous arrange.
Danielle"""),

R("fr-neg-recommandation", ("Christelle Baron", "christelle.baron@gmail.com"), [],
  "Une amie qui aurait besoin de toi",
  """Coucou Sandra,

Je t'écris parce que mon amie Mélissa traverse une période difficile (burn-out). Je lui ai parlé de toi. Je te donne son numéro : 06 78 12 45 33. Elle est d'accord pour que tu l'appelles. Ne lui dis pas trop que c'est moi qui ai insisté 😅

Merci !
Christelle"""),

R("fr-neg-blague-donnees", ("Julien Perrot", "jperrot36@orange.fr"), [],
  "Re: Re: Ta facture de mars",
  """Merci pour l'envoi rapide du récap ! J'avoue que j'ai ri en voyant que tu avais noté mon goût pour le thé à la menthe 😂 Tout est juste, rien à changer. À la prochaine séance !""",
  quote="""Bonjour Julien,
Voici, comme demandé, l'ensemble des informations que je détiens sur toi (fiche client, notes de séances, factures).
Sandra""", quote_style="gmail"),

R("fr-neg-question-rgpd-reseau", ("Hélène Vigier", "helene.vigier@coach-vigier.fr"), [],
  "Question de consœur",
  """Bonjour Sandra,

On s'est croisées au salon bien-être de Châteauroux. Je démarre mon activité de coach et je me pose plein de questions sur le RGPD : tu utilises quel modèle de politique de confidentialité ? Et tu conserves les notes de séance combien de temps ?

Au plaisir d'échanger,
Hélène Vigier, coach"""),

R("fr-neg-mutuelle-copie-facture", ("Harmonie Prévoyance", "gestion@harmonie-prevoyance-exemple.fr"), [],
  "Demande de justificatif - Mme Sabrina Lopes",
  """Madame,

Dans le cadre du remboursement demandé par notre adhérente Mme Sabrina Lopes, nous vous remercions de nous confirmer que les séances des 4, 11 et 18 novembre ont bien été réalisées par vos soins.

Le service Gestion""", auto=False),
  # NEAR-LINE: insurer asking about another adult's sessions = not a request from the data subject.

R("fr-neg-fwd-comptable", ("Sandra Delomenie", "sandra.delomenie@orange.fr"), [],
  "TR: Relevé URSSAF",
  """Bonjour Marc,

Je te transfère le mail de l'Urssaf, je ne comprends pas bien le montant de la régularisation. On en parle jeudi ?

Sandra""", to=[("Marc Thibault", "m.thibault@expert-comptable-berry.fr")], cc=[("Floraison de Soi", "contact@floraisondesoi.fr")],
  date=(2025, 5, 13, 8, 55), kind="fwd822",
  inner={"frm": ("URSSAF", "ne_pas_repondre@urssaf.fr"), "subject": "Régularisation de cotisations",
         "to_addr": ("Sandra Delomenie", "sandra.delomenie@orange.fr"),
         "date": (2025, 5, 12, 9, 30),
         "body": "Madame,\n\nSuite au calcul de vos cotisations définitives 2024, une régularisation de 312 euros est due.\n\nVotre Urssaf"}),

R("fr-neg-fwd-client-info", ("Odile Ferrand", "odile.ferrand@gmail.com"), [],
  "Fwd: Programme du salon",
  """Coucou Sandra, je te fais suivre le programme du salon de Vierzon, il y a un stand libre si ça te tente ! Bises, Odile""",
  quote="""Bonjour à tous les exposants,
Le salon Bien-Être de Vierzon aura lieu les 15 et 16 mars. Il reste 3 stands disponibles (120 € le week-end).
L'équipe organisatrice""", quote_style="forward", quote_from=("Salon Bien-Être Vierzon", "salon@bienetre-vierzon.fr")),

R("fr-neg-sms-style-retard", ("Manu", "manu.rocher@gmail.com"), [],
  "retard",
  """dsl jsuis a la bourre, 10 min de retard, commence sans moi"""),

R("fr-neg-belge-reservation", ("Anne Dubois", "anne.dubois@skynet.be"), [],
  "Réservation stage",
  """Bonjour Sandra,

Nous serons deux amies belges à venir au stage de juillet. Est-ce qu'il reste des chambres au gîte ? Et pour le souper du vendredi, faut-il réserver ? On arrivera vers nonante minutes avant le début, ça vous va ?

À tantôt,
Anne"""),

R("fr-neg-suisse-facture-chf", ("Martine Rochat", "martine.rochat@bluewin.ch"), [],
  "Facture en francs suisses ?",
  """Bonjour Madame,

Serait-il possible d'avoir la facture de l'accompagnement en ligne libellée en CHF ? Ma banque me prend des frais de change importants. Sinon ce n'est pas grave, je ferai avec.

Meilleures salutations,
Martine Rochat"""),

R("fr-neg-quebec-horaire", ("Isabelle Côté", "isabelle.cote@videotron.ca"), [],
  "Heure de notre rencontre",
  """Bonjour Sandra,

Juste pour être certaine : notre rencontre de jeudi est à 15 h heure de France, donc 9 h ici à Montréal? Je veux pas me tromper encore une fois avec le changement d'heure, c'est mêlant!

Bonne journée,
Isabelle"""),

R("fr-neg-retirer-inscription-liste-attente", ("Gaëtan Lefèvre", "gaetan.lefevre@gmail.com"), [],
  "Liste d'attente",
  """Bonjour Sandra, tu peux me retirer de la liste d'attente pour le stage de mai ? J'ai trouvé une autre date qui me convient mieux (celui de juin, chez toi aussi !). Merci, Gaëtan"""),
  # NEAR-LINE: leaving a waiting list for a booking = cancellation, not objection.

R("fr-neg-mineur-inscription", ("Céline Marchetti", "celine.marchetti@gmail.com"), [],
  "Inscription de mon fils",
  """Bonjour,

Je souhaite inscrire mon fils Lucas (14 ans) à l'atelier confiance en soi des vacances de février. Je vous donne mon accord pour qu'il remplisse le questionnaire de départ. Faut-il une autorisation parentale signée ?

Céline Marchetti"""),
  # NEAR-LINE: a parent for a minor, but giving consent and registering = not a rights request.

R("fr-neg-humour-oubli", ("Bertrand Lacoste", "bertrand.lacoste@free.fr"), [],
  "J'ai tout oublié",
  """Salut Sandra,

Tu sais quoi ? J'ai oublié TOUS les exercices de respiration qu'on a faits. Le stress m'a tout effacé du disque dur 😂 Tu aurais une fiche récap ou une vidéo à me conseiller ? Je paierai en chocolats.

Bertrand"""),

R("fr-neg-suppr-rdv-calendly-fr", ("Sandrine Poulain", "sandrine.poulain@gmail.com"), [],
  "Re: Confirmation de votre rendez-vous",
  """Je n'arrive pas à annuler depuis le lien, vous pouvez supprimer ce rendez-vous de votre agenda ? Je reprendrai un créneau en septembre. Merci !""",
  quote="""Votre rendez-vous "Séance découverte (30 min)" est confirmé pour le lundi 7 juillet à 11:00.
Pour annuler ou reprogrammer, utilisez le lien ci-dessous.""", quote_style="gmail",
  quote_from=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("fr-neg-oppose-mari-stage", ("Roselyne Guillot", "roselyne.guillot@orange.fr"), [],
  "Stage résidentiel",
  """Bonjour Sandra,

Mon mari s'oppose un peu à ce que je parte trois jours (il ne sait pas cuisiner, le pauvre 😄) mais je vais le convaincre. Vous pouvez me garder une place jusqu'à vendredi ?

Roselyne"""),

R("fr-neg-restitution-livre", ("Paul Moreau", "paul.moreau@gmail.com"), [],
  "Ton livre",
  """Hello Sandra, j'ai toujours ton bouquin de Rosenberg que tu m'avais prêté. Je te le rends à la prochaine séance, promis. Et encore merci, il m'a beaucoup servi avec mes ados. Paul"""),

R("fr-neg-avis-google", ("Cindy Roger", "cindy.roger@gmail.com"), [],
  "Avis Google",
  """Coucou ! J'ai laissé un avis 5 étoiles sur ta fiche Google, mais je me suis trompée dans le prénom de ta formation 🙈 Je vais le corriger moi-même, c'était juste pour te prévenir. Bises"""),

R("fr-neg-cadeau-bon", ("Jacqueline Faure", "jacqueline.faure@wanadoo.fr"), [],
  "Bon cadeau",
  """Bonjour Madame,

Je souhaiterais offrir un bon cadeau pour une séance découverte à ma belle-fille pour son anniversaire. Comment procéder ? Je peux passer vous régler en chèque.

Jacqueline Faure""", html="only"),

R("fr-neg-questionnaire-satisfaction", ("Morgane Petit", "morgane.petit@gmail.com"), [],
  "Re: Votre avis sur la formation",
  """Voilà, j'ai rempli le questionnaire de satisfaction ! Un seul petit bémol, la salle était froide le matin 🥶 Sinon tout était top. Merci !""",
  quote="""Bonjour,
Merci de prendre 3 minutes pour répondre au questionnaire de satisfaction de la formation : https://forms.gle/xxxx
Sandra""", quote_style="gmail"),
]

RECORDS += [
R("fr-neg-liste-coachs", ("Véronique Tardieu", "vero.tardieu.coach@gmail.com"), [],
  "[coachs-centre] Droit d'accès aux notes de séance ?",
  """Bonjour à toutes et tous,

Petite question RGPD pour la liste : une cliente me demande l'accès à ses notes de séance. Vous leur donnez tout, y compris vos hypothèses de travail, ou seulement les éléments factuels ? Et vous répondez sous quel délai ?

Merci pour vos retours d'expérience !
Véronique, coach à Vierzon""",
  headers={"List-Id": "Coachs de la région Centre <coachs-centre.googlegroups.com>",
           "List-Unsubscribe": "<mailto:coachs-centre+unsubscribe@googlegroups.com>",
           "Precedence": "list", "Sender": "coachs-centre@googlegroups.com"}),
  # NEAR-LINE: a colleague asks the list about handling an access request: no request to Sandra.

R("fr-neg-lettre-initiative", ("Initiative Indre", "lettre@initiative-indre.fr"), [],
  "La lettre des entrepreneurs de l'Indre - n°42",
  """Au sommaire ce mois-ci :
- Les nouvelles obligations de facturation électronique
- Témoignage : une céramiste d'Ardentes raconte son installation
- Atelier gratuit : "Mettre son site en conformité RGPD", jeudi 14h, Châteauroux

Vous recevez cette lettre en tant qu'entrepreneur accompagné. Se désabonner""", html="alt", auto=True,
  headers={"List-Id": "Lettre Initiative Indre <lettre.initiative-indre.fr>",
           "List-Unsubscribe": "<https://initiative-indre.fr/newsletter/desabonnement>", "Precedence": "bulk"}),

R("fr-neg-form-tarifs", ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"), [],
  "[Floraison de Soi] Nouveau message de : Kelly Marquet",
  """Nom : Kelly Marquet
Email : kelly.marquet@gmail.com
Sujet : Tarifs

Message :
Bonjour, quels sont vos tarifs pour un accompagnement de 5 séances ? Et est-ce que vous faites des séances le samedi ? Merci !

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Kelly Marquet <kelly.marquet@gmail.com>"}, mailer="WordPress/6.5.3"),

R("fr-neg-capture-connexion", ("Gisèle Bardet", "gisele.bardet@wanadoo.fr"), [],
  "message d'erreur",
  """Bonjour Sandra,
Je vous mets une capture d'écran du message qui s'affiche quand je veux me connecter à la formation. Je n'y comprends rien. Est-ce que c'est moi qui fais mal ?
Gisèle""",
  attachments=[("png", "capture_erreur.png")]),

R("fr-neg-docx-relire", ("Quentin Delaunay", "quentin.delaunay@gmail.com"), [],
  "Mon projet pro - à corriger ?",
  """Salut Sandra,

Comme convenu à la dernière séance, je t'envoie mon projet pro rédigé. Tu peux le corriger / annoter avant notre rdv de mardi ? Sois sans pitié 😅

Quentin""",
  attachments=[("docx", "projet_pro_Quentin.docx", "Mon projet professionnel\nObjectif : ouvrir un atelier de reliure a Issoudun\nEtapes : formation, local, financement")]),
  # NEAR-LINE: "corriger" a document he wrote = coaching work, not rectification.

R("fr-neg-autoreply-conge-mat", ("Elsa Rivière", "elsa.riviere@credit-berry.fr"), [],
  "Absence : Rappel atelier samedi",
  """Bonjour,

Je suis en congé maternité jusqu'au 15 septembre. Vos messages ne seront pas transférés. Pour toute demande, merci de contacter accueil@credit-berry.fr.

Elsa Rivière""", auto=True, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  mailer="Microsoft Exchange Server"),
]

_EXTRA = {
    "fr-neg-devis-entreprise": {"cc": [("Sandrine Collin", "s.collin@berry-logistique.fr")]},
    "fr-neg-formation-rgpd": {"cc": [("Jean-Marc Audoin", "jm.audoin@ehpad-les-tilleuls.fr")]},
    "fr-neg-sopposer-deplacement": {"cc": [("Michèle Bonnet", "michele.bonnet@orange.fr"), ("Daniel Roux", "daniel.roux36@gmail.com")]},
    "fr-neg-elle-newsletter": {"headers": {"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
                                           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=4f2a>, <mailto:unsubscribe@floraisondesoi.fr>",
                                           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
                                           "Reply-To": "Sandra Delomenie <contact@floraisondesoi.fr>"}},
    "fr-neg-systemeio-inscription": {"headers": {"Reply-To": "julie.vandamme@gmail.com", "Auto-Submitted": "auto-generated"}},
    "fr-neg-systemeio-desinscrit": {"headers": {"Auto-Submitted": "auto-generated"}},
    "fr-neg-qonto": {"headers": {"Auto-Submitted": "auto-generated"}},
    "fr-neg-urssaf": {"headers": {"Auto-Submitted": "auto-generated"}},
    "fr-neg-brevo-rapport": {"headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}},
    "fr-neg-google-alerte": {"headers": {"Auto-Submitted": "auto-generated"}},
    "fr-neg-doctolib-like": {"headers": {"Auto-Submitted": "auto-generated"}},
    "fr-neg-ovh-dpa": {"headers": {"Precedence": "bulk"}},
    "fr-neg-spam-conformite": {"headers": {"Reply-To": "service-juridique@rgpd-mise-en-conformite.net"}},
    "fr-neg-phishing-orange": {"headers": {"Reply-To": "support-orange@mailru-secure.ru"}},
}
for _r in RECORDS:
    _r.update(_EXTRA.get(_r["key"], {}))
