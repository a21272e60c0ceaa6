# b14 records: French negatives (not a data-subject request addressed to Sandra).
from b14_common import maker, S, C
R = []
m = maker(R)

# ---------- accountant ----------
m("fr-neg-comptable-export-stripe", "fr", [], "Cabinet Audit Berry - Nathalie Girard <n.girard@auditberry.fr>",
  "Clôture 2025 - export Stripe et relevés",
  """Bonjour Sandra,

Pour la clôture de l'exercice, pourriez-vous m'envoyer l'export complet de vos paiements Stripe (format CSV, du 01/01 au 31/12) ainsi qu'une copie de vos relevés bancaires de décembre ? Il me faudrait aussi les données de vos ventes Systeme.io pour rapprocher les deux.

Pensez à supprimer les doublons de factures de mars : la F2025-018 apparaît deux fois dans votre tableau.

Bien cordialement,
Nathalie Girard
Cabinet Audit Berry - Expertise comptable
""")

m("fr-neg-comptable-rgpd-lettre", "fr", [], "Cabinet Audit Berry <info@auditberry.fr>",
  "Lettre de mission 2026 - clause RGPD",
  """Madame,

Vous trouverez ci-joint votre lettre de mission 2026. Nous y avons ajouté une clause relative à la protection des données personnelles (RGPD) : notre cabinet agit en qualité de sous-traitant pour les données de vos clients figurant sur vos factures.

Merci de nous retourner un exemplaire signé. Vous pouvez à tout moment accéder à vos documents comptables depuis votre espace client.

Le cabinet
""", att=[("Lettre_mission_2026_Delomenie.pdf", "application/pdf")])

m("fr-neg-comptable-corriger-facture", "fr", [], "Nathalie Girard <n.girard@auditberry.fr>",
  "RE: factures avoirs",
  """Sandra,

Il faut corriger la facture F2025-077 : le montant TTC ne correspond pas au paiement Stripe (il manque les frais). Et supprimez l'avoir A-003 qui fait doublon, je l'ai déjà passé en compta.

Nathalie
""", quote=("outlook_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mercredi 5 novembre 2025 16:20",
  """Bonjour Nathalie, voici les factures et avoirs d'octobre. Bonne soirée, Sandra""",
  "Nathalie Girard <n.girard@auditberry.fr>", "factures avoirs"))

# ---------- webmaster ----------
m("fr-neg-webmaster-cookies", "fr", [], "Maxime Delattre - Webmaster <maxime@delattre-web.fr>",
  "Bandeau cookies + mises à jour",
  """Salut Sandra,

J'ai fait les mises à jour WordPress ce matin. J'en ai profité pour revoir le bandeau cookies : il est maintenant conforme aux recommandations de la CNIL (bouton "Tout refuser" au même niveau que "Tout accepter"). Les visiteurs qui retirent leur consentement n'auront plus Google Analytics chargé.

Par contre il faudrait que tu modifies ta politique de confidentialité pour mentionner Matomo si on bascule dessus. On en parle jeudi ?

Max
""")

m("fr-neg-webmaster-comptes-test", "fr", [], "Maxime Delattre <maxime@delattre-web.fr>",
  "J'ai supprimé les comptes de test",
  """Hello,

Pour info j'ai supprimé les 14 comptes de test créés pendant la refonte (test1@, sandra+test@, etc.) et effacé les données factices de la base. J'ai gardé une sauvegarde complète du site du 12/05 au cas où.

Tu peux accéder à l'admin avec ton nouveau mot de passe.

Max
""")

m("fr-neg-webmaster-formulaire-spam", "fr", [], "Maxime Delattre <maxime@delattre-web.fr>",
  "Re: spam formulaire",
  """J'ai ajouté un captcha. Tous les messages de spam reçus via le formulaire depuis lundi ont été effacés. Si tu veux, je peux aussi mettre en place la suppression automatique des messages du formulaire après 12 mois, ce serait plus propre niveau RGPD.
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "lun. 2 juin 2025 à 09:12",
  """Max, je reçois des dizaines de messages bizarres par le formulaire de contact, tu peux regarder ?"""))

# ---------- virtual assistant ----------
m("fr-neg-assistante-doublons", "fr", [], "Julie Masson - Assistante <julie.masson.va@gmail.com>",
  "Nettoyage de la liste de contacts",
  """Bonjour Sandra,

J'ai terminé le nettoyage de la liste Systeme.io :
- 37 doublons supprimés (personnes inscrites deux fois avec la même adresse)
- 12 adresses en erreur retirées (bounces)
- les tags "atelier-mars" corrigés

J'ai aussi exporté une copie de la liste en CSV avant modifications, elle est dans le Drive > Admin > Sauvegardes.

Bonne journée,
Julie
""")

m("fr-neg-assistante-maj-adresse", "fr", [], "Julie Masson <julie.masson.va@gmail.com>",
  "Mises à jour faites",
  """Coucou Sandra,

C'est fait pour Mme Jolivet : j'ai modifié son adresse dans le fichier clients et sur Systeme.io comme elle l'avait demandé. J'ai aussi corrigé l'orthographe du nom d'Anaïs sur son attestation.

Il me faudrait tes accès au Google Drive partagé pour ranger les dossiers de la promo 2025.

Julie
""")
# NEAR-LINE: VA reporting that rectifications were done -> not a request to Sandra.

m("fr-neg-assistante-question-delai", "fr", [], "Julie Masson <julie.masson.va@gmail.com>",
  "question RGPD",
  """Sandra, une question : pour les demandes de suppression qu'on reçoit, on a combien de temps pour répondre ? Un mois ? Et on doit garder une trace de la demande ? Je voudrais faire un petit tableau de suivi.

Julie
""")

# ---------- Systeme.io support / notifications ----------
m("fr-neg-systemeio-ticket-export", "fr", [], "Support Systeme.io <support@systeme.io>",
  "[Ticket #482913] Export de vos contacts",
  """Bonjour Sandra,

Merci d'avoir contacté le support Systeme.io.

Pour exporter vos contacts, rendez-vous dans Contacts > sélectionnez les contacts > Actions > Exporter. Vous recevrez un fichier CSV par email. Pour supprimer définitivement un contact (par exemple suite à une demande RGPD), utilisez Actions > Supprimer : cette action est irréversible.

N'hésitez pas si vous avez d'autres questions.

Lucas
Équipe support Systeme.io
""", reply_to="support@systeme.io")

m("fr-neg-systemeio-nouvelle-vente", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Formation Praticien(ne) en accompagnement",
  """Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Formation Praticien(ne) en accompagnement - paiement en 3 fois
Client : Anaïs Guérineau (anais.guerineau@gmail.com)
Montant : 390,00 €

Accédez à votre tableau de bord pour voir les détails.

Systeme.io - Vous recevez cet email car vous êtes titulaire d'un compte.
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-systemeio-desinscription", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Un contact s'est désinscrit de votre liste",
  """Bonjour,

Le contact monique.gauthier@orange.fr s'est désinscrit de la campagne "Newsletter saisonnière" le 05/10/2025.

Ce contact ne recevra plus vos emails marketing.

L'équipe Systeme.io
""", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-systemeio-rgpd-maj", "fr", [], "Systeme.io <news@systeme.io>",
  "Mise à jour de notre politique de confidentialité et de notre DPA",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er mars 2026. Ces modifications précisent la liste de nos sous-traitants ultérieurs et les garanties applicables aux transferts hors UE.

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez les nouvelles conditions.

L'équipe Systeme.io
""", shape="alt", hdrs=[("List-Unsubscribe", "<https://systeme.io/unsubscribe?u=8813>"), ("Precedence", "bulk")])

m("fr-neg-systemeio-mdp", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Réinitialisation de votre mot de passe",
  """Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous pour en choisir un nouveau :
https://systeme.io/reset/9f2c1e7a

Si vous n'êtes pas à l'origine de cette demande, ignorez cet email.
""", hdrs=[("Auto-Submitted", "auto-generated")])

# ---------- Stripe ----------
m("fr-neg-stripe-virement", "fr", [], "Stripe <notifications@stripe.com>",
  "Votre virement de 1 245,30 € est en route",
  """Floraison de Soi

Un virement de 1 245,30 € a été initié vers votre compte bancaire se terminant par 4417. Il devrait arriver d'ici le 14 mars 2025.

Consulter le virement dans le Dashboard.

Stripe, 1 Grand Canal Street Lower, Dublin 2, Irlande
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-stripe-litige", "fr", [], "Stripe <notifications@stripe.com>",
  "Un paiement a fait l'objet d'un litige",
  """Un client a contesté un paiement de 120,00 € (atelier du 22 mars).

Motif : produit non reçu
Vous avez jusqu'au 18 avril 2025 pour soumettre des preuves. Vous pouvez fournir une copie des échanges avec le client, la confirmation d'inscription et les données de participation.

Répondre au litige dans le Dashboard.
""", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-stripe-support", "fr", [], "Support Stripe <support@stripe.com>",
  "Re: Suppression des données d'un client",
  """Bonjour Sandra,

Merci pour votre message. Pour supprimer les données d'un client dans Stripe, ouvrez sa fiche Client puis cliquez sur "Supprimer le client". Notez que Stripe conserve certaines données de transaction pour respecter ses obligations légales (lutte contre la fraude, obligations comptables), même après suppression.

Pour plus d'informations, consultez notre politique de confidentialité.

Cordialement,
Inès
Support Stripe
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "mar. 18 févr. 2025 à 14:05",
  """Bonjour, une cliente m'a demandé d'effacer ses données. Comment supprimer sa fiche client chez vous ? Merci"""))

# ---------- partner venue ----------
m("fr-neg-gite-regimes", "fr", [], "Gîte du Moulin de la Théols <reservation@moulin-theols.fr>",
  "Stage résidentiel 7-9 juillet - liste des participantes",
  """Bonjour Sandra,

Pour préparer les repas du stage, pourriez-vous nous envoyer la liste des participantes avec les régimes alimentaires et allergies ? Nous supprimerons ces informations après le séjour, comme d'habitude.

Pouvez-vous aussi corriger le nombre de chambres : vous aviez réservé 6 chambres, il nous faudrait confirmer 7.

À bientôt,
Martine et Jacques
Gîte du Moulin de la Théols
""")

m("fr-neg-gite-annulation", "fr", [], "Gîte du Moulin de la Théols <reservation@moulin-theols.fr>",
  "Re: Annulation salle du 15 novembre",
  """Bonjour Sandra,

C'est noté, nous supprimons la réservation de la salle du 15 novembre. L'acompte sera reporté sur la date de janvier.

Bonne journée,
Martine
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "lun. 20 oct. 2025 à 10:00",
  """Bonjour Martine, je dois malheureusement annuler l'atelier du 15 novembre. Pouvez-vous supprimer ma réservation de salle ? Sandra"""))

m("fr-neg-salle-mairie-photos", "fr", [], "Mairie d'Issoudun - Service vie associative <vie.asso@issoudun.fr>",
  "Forum des associations - droit à l'image",
  """Madame,

Dans le cadre du forum du 6 septembre, le service communication de la Ville réalisera des photos. Les exposants qui ne souhaitent pas être photographiés sont invités à le signaler à l'accueil. Les exposants disposent d'un droit d'accès et de rectification auprès du délégué à la protection des données de la Ville.

Vous trouverez ci-joint le plan des stands.

Le service vie associative
""", att=[("Plan_stands_forum_2025.pdf", "application/pdf")])

# ---------- other coaches ----------
m("fr-neg-coach-modele-rgpd", "fr", [], "Valérie Dumont - Coach <valerie.dumont.coach@gmail.com>",
  "Ton modèle de politique de confidentialité ?",
  """Coucou Sandra !

Je suis en train de refaire mon site et je galère avec la politique de confidentialité. Tu accepterais de me partager ton modèle ? Et comment tu gères quand une cliente te demande de supprimer ses notes, tu les effaces vraiment ou tu gardes quelque chose ?

Au plaisir de se voir à la supervision,
Valérie
""")

m("fr-neg-coach-coanimation", "fr", [], "Stéphane Roux <stephane@rouxcoaching.fr>",
  "Atelier co-animé - liste des inscrits",
  """Bonjour Sandra,

Pour l'atelier qu'on co-anime en mai, est-ce que tu peux me transmettre la liste des inscrits (noms + emails) ? Je les ajoute à mon Zoom. Je les supprimerai de mon côté après l'atelier, promis.

Et on avait dit qu'on corrigeait le titre sur l'affiche : "Oser dire non" et pas "Savoir dire non".

Stéphane
""")

m("fr-neg-coach-supervision-photo", "fr", [], "Caroline Petit <caroline.petit.coach@orange.fr>",
  "photos de la journée de supervision",
  """Hello Sandra,

Voici les photos que j'ai prises à la journée de supervision. Si tu ne veux pas que je poste celle où tu as les yeux fermés 😂 dis-le-moi et je l'efface ! Sinon je mets les autres sur mon compte pro.

Bises
Caro
""", att=[("supervision_01.jpg", "image/jpeg"), ("supervision_02.jpg", "image/jpeg")])
# NEAR-LINE: another coach offering to delete a photo she took of Sandra -> not a request to Sandra.

# ---------- students of her training course (GDPR questions for their practice) ----------
m("fr-neg-stagiaire-cliente-efface", "fr", [], "Amandine Leroy <amandine.leroy.sophro@gmail.com>",
  "Question RGPD pour mon cabinet",
  """Bonjour Sandra,

Une question pour ma pratique : une de mes clientes m'a écrit pour me demander de supprimer toutes ses données et ses notes de séance. Est-ce que je dois tout effacer, y compris les factures ? Et dans quel délai ? Je n'ai pas envie de faire une bêtise.

Merci pour ton aide, la formation m'est vraiment utile !
Amandine (promo 2025)
""")

m("fr-neg-stagiaire-conservation", "fr", [], "Thomas Bouvier <thomas.bouvier.coach@gmail.com>",
  "Module 6 - durée de conservation",
  """Bonjour Sandra,

Dans le module 6 tu parles de la durée de conservation des notes. Est-ce que 10 ans c'est une obligation pour nous aussi, ou c'est ton choix ? J'ai lu sur le site de la CNIL qu'il fallait ne pas garder plus que nécessaire. Et pour le droit d'accès, un client peut-il demander mes notes personnelles de séance ?

Merci !
Thomas
""")

m("fr-neg-stagiaire-consentement-modele", "fr", [], "Élise Marchand <elise.marchand.therapie@gmail.com>",
  "Modèle de consentement données de santé",
  """Bonjour Sandra,

Est-ce que tu aurais un modèle de formulaire de consentement pour la collecte des données de santé ? Je voudrais l'adapter à mon activité de praticienne en relation d'aide. Et comment une cliente peut retirer son consentement, il faut qu'elle l'écrive ?

Merci d'avance
Élise
""")

m("fr-neg-stagiaire-opposition-quoi", "fr", [], "Rachid Amrani <rachid.amrani@outlook.fr>",
  "Différence opposition / effacement ?",
  """Bonsoir Sandra,

Je révise pour l'évaluation finale. Je ne comprends pas bien la différence entre le droit d'opposition et le droit à l'effacement. Si quelqu'un se désinscrit de ma newsletter, c'est quoi ? Et la limitation, c'est dans quel cas ?

Bonne soirée,
Rachid
""")

m("fr-neg-stagiaire-deces-client", "fr", [], "Béatrice Colin <beatrice.colin@gmail.com>",
  "Cas pratique : décès d'un client",
  """Bonjour Sandra,

Un cas délicat dans ma pratique : un de mes clients est décédé et sa fille m'a demandé ses notes de séance. Ai-je le droit de les lui transmettre ? Je ne sais pas quoi répondre. Si tu peux en parler à la prochaine classe virtuelle, ce serait top.

Béatrice
""")

m("fr-neg-stagiaire-devoir", "fr", [], "Coline Vasseur <coline.vasseur@gmail.com>",
  "Devoir module 4 + accès espace",
  """Bonjour Sandra,

Je t'envoie mon devoir du module 4. Par contre je n'arrive plus à accéder à mon espace sur la plateforme, ça me dit "identifiants incorrects". Tu peux regarder ?

Et j'ai supprimé par erreur mon fichier d'exercices dans le Drive partagé, tu sais s'il est possible de le récupérer ?

Coline
""", att=[("Devoir_M4_Vasseur.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

m("fr-neg-stagiaire-registre", "fr", [], "Sylvain Perrot <sylvain.perrot.coach@gmail.com>",
  "registre des traitements",
  """Salut Sandra,

Petite question : en tant que micro-entrepreneur, est-ce que je suis obligé de tenir un registre des traitements ? Tu pourrais me montrer à quoi ressemble le tien (sans les données des clients bien sûr) ?

Sylvain
""")

# ---------- clients about OTHER companies ----------
m("fr-neg-client-mutuelle", "fr", [], "Brigitte Allard <brigitte.allard@wanadoo.fr>",
  "ma mutuelle",
  """Bonjour Sandra,

Je suis furieuse : ma mutuelle m'a envoyé le dossier d'une autre personne et sans doute le mien à quelqu'un d'autre. Je veux leur demander la copie de mes données et l'effacement de ce qui ne les regarde pas. Vous qui connaissez le RGPD, vous sauriez comment je dois formuler ça ?

Merci, et à jeudi pour la séance.
Brigitte
""")

m("fr-neg-client-ancien-employeur", "fr", [], "Hugo Lemoine <hugo.lemoine@gmail.com>",
  "Accès à mon dossier RH",
  """Bonjour Sandra,

Comme on en a parlé en séance, je vais demander à mon ancien employeur l'accès à mon dossier du personnel et la rectification de mon évaluation annuelle. Je vous joins mon brouillon de lettre, vous pourriez me dire si le ton est correct ?

Hugo
""", att=[("brouillon_lettre_DRH.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

m("fr-neg-client-facebook-pirate", "fr", [], "Nadine Lopez <nadine.lopez@gmail.com>",
  "compte facebook piraté",
  """Sandra, mon compte Facebook a été piraté hier, si tu reçois des messages bizarres de moi sur Messenger, ne clique sur rien ! J'ai demandé à Facebook de supprimer le compte et de me renvoyer mes données, mais ils ne répondent pas. Je te redis quand c'est réglé.

Nadine
""")

m("fr-neg-client-banque-opposition", "fr", [], "Gilles Fournier <gilles.fournier@me.com>",
  "paiement refusé",
  """Bonjour Sandra,

Mon paiement pour la séance a été refusé : j'ai fait opposition sur ma carte hier (vol). Je vous fais un virement, vous pouvez m'envoyer votre RIB ?

Bien à vous
Gilles
""")

m("fr-neg-client-operateur", "fr", [], "Martine Sorel <martine.sorel@orange.fr>",
  "désolée pour le retard",
  """Bonjour Sandra,

Désolée de ne pas avoir répondu plus tôt, Orange a coupé ma ligne par erreur et a supprimé tous mes mails de la boîte. J'ai dû demander une copie de mes données à leur service client, quel cirque ! Est-ce qu'on peut reprogrammer notre séance de la semaine prochaine ?

Martine
""")

m("fr-neg-client-appli-meditation", "fr", [], "Léa Barbier <lea.barbier@gmail.com>",
  "l'appli dont je t'ai parlé",
  """Coucou Sandra,

Tu te souviens de l'appli de méditation que tu m'avais conseillée ? J'ai lu leurs conditions : ils revendent les données d'usage à des partenaires publicitaires ! Je me suis opposée au ciblage dans les paramètres et j'ai supprimé mon compte. Tu devrais peut-être prévenir tes autres clientes.

Léa
""")

# ---------- clients forwarding things ----------
m("fr-neg-fwd-phishing", "fr", [], "Odile Verdier <odile.verdier@sfr.fr>",
  "TR: Mise à jour de vos informations",
  """Bonjour Sandra, j'ai reçu ce mail soi-disant de votre part, c'est vous ? Ça me paraît louche.
Odile
""", fwd=("outlook_fr", "Floraison de Soi Service <securite@floraison-desoi-verif.com>", "mardi 8 avril 2025 03:12",
  "Mise à jour de vos informations", "odile.verdier@sfr.fr",
  """Cher(e) client(e),
Conformément au RGPD, vous devez confirmer vos données bancaires sous 48h, sans quoi votre compte sera supprimé.
Cliquez ici pour mettre à jour vos informations."""))

m("fr-neg-fwd-article", "fr", [], "Corinne Hamel <corinne.hamel@orange.fr>",
  "Fwd: Article - Coachs et RGPD",
  """Je suis tombée là-dessus et j'ai pensé à toi. Bonne lecture !
Corinne
""", fwd=("gmail_fr", "Le Journal des Indépendants <newsletter@journal-independants.fr>", "jeu. 15 mai 2025 à 08:00",
  "Coachs, thérapeutes : êtes-vous en règle avec le RGPD ?", "corinne.hamel@orange.fr",
  """Droit d'accès, droit à l'effacement, registre des traitements : les praticiens du bien-être sont de plus en plus souvent sollicités par leurs clients. Nos conseils pour répondre dans les délais..."""))

m("fr-neg-fwd-plainte-cnil-autre", "fr", [], "Patrice Olivier <patrice.olivier@gmail.com>",
  "TR: Accusé de réception de votre plainte",
  """Pour info, voici où j'en suis avec l'agence immobilière dont je vous ai parlé. Merci encore pour vos conseils.
P.
""", fwd=("gmail_fr", "CNIL <ne-pas-repondre@cnil.fr>", "ven. 14 nov. 2025 à 10:31",
  "Accusé de réception de votre plainte n° 25-118742", "patrice.olivier@gmail.com",
  """Madame, Monsieur,
Nous accusons réception de votre plainte à l'encontre de la société IMMO CENTRE VAL relative à l'exercice de votre droit d'accès.
Votre plainte sera instruite dans les meilleurs délais."""))

m("fr-neg-fwd-confirmation-atelier", "fr", [], "Agnès Vidal <agnes.vidal@ac-orleans-tours.fr>",
  "TR: Confirmation d'inscription",
  """Bonjour Sandra,

Je vous transfère la confirmation : je n'ai pas reçu le lien Zoom pour jeudi. Pouvez-vous me le renvoyer ?

Agnès
""", fwd=("outlook_fr", "Floraison de Soi <no-reply@systeme.io>", "lundi 3 mars 2025 12:40",
  "Confirmation d'inscription", "agnes.vidal@ac-orleans-tours.fr",
  """Votre inscription au webinaire "Poser ses limites" est confirmée. Vous recevrez le lien de connexion la veille."""))

# ---------- relatives about living adults ----------
m("fr-neg-mere-fils-adulte", "fr", [], "Françoise Tessier <francoise.tessier@orange.fr>",
  "Mon fils Jean-Marc",
  """Madame,

Mon fils Jean-Marc Tessier (42 ans) vous consulte depuis quelques mois. Il traverse une période difficile et ne nous dit plus rien. Pourriez-vous me dire ce qu'il vous raconte et me donner une copie de vos notes ? Je suis très inquiète.

Françoise Tessier
""")
# NEAR-LINE: relative asking for another living adult's data -> negative.

m("fr-neg-mari-epouse", "fr", [], "Christophe Lamy <christophe.lamy@gmail.com>",
  "Suppression des données de ma femme",
  """Bonjour,

Ma femme, Nathalie Lamy, a fait un stage chez vous. Elle ne veut plus entendre parler de tout ça. Merci de supprimer ses données et de ne plus lui écrire.

C. Lamy
""")
# NEAR-LINE: husband asking erasure for his living adult wife, no mandate -> negative per policy.

m("fr-neg-soeur-coordonnees", "fr", [], "Annie Morel <annie.morel@laposte.net>",
  "coordonnées de ma soeur",
  """Bonjour, ma soeur Yannick a suivi votre formation et a changé de téléphone, voici son nouveau numéro si vous la cherchez : 06 77 54 12 30. Pourriez-vous aussi me dire si elle est toujours inscrite chez vous ?
Annie
""")

m("fr-neg-fille-pere-vivant", "fr", [], "Émilie Bertrand <emilie.bertrand@gmail.com>",
  "Mon père",
  """Bonjour Sandra,

Mon père (78 ans) a reçu un message de votre part et ne comprend pas comment vous avez eu son adresse. Il n'est pas à l'aise avec l'informatique. Pouvez-vous me dire quelles informations vous avez sur lui ?

Émilie Bertrand
""")
# NEAR-LINE: daughter asking about her living father's data without a mandate -> negative.

# ---------- bookings / duplicates / files / own photos ----------
m("fr-neg-annuler-rdv", "fr", [], "Christian Leroux <christian.leroux@gmail.com>",
  "Annulation rdv jeudi",
  """Bonjour Sandra,

Je dois annuler notre rendez-vous de jeudi 17h, vous pouvez supprimer le créneau. Je vous recontacte pour en fixer un autre.

Christian
""")

m("fr-neg-doublon-inscription", "fr", [], "Jessica Lambert <jessica.lambert@gmail.com>",
  "inscription en double",
  """Coucou Sandra, je me suis inscrite deux fois à l'atelier de samedi (une fois avec mon adresse perso et une fois avec la pro), tu peux supprimer le doublon ? Je garde la perso. Et je n'ai payé qu'une fois hein 😅
Jessica
""")
# NEAR-LINE: deleting a duplicate registration -> housekeeping, not erasure.

m("fr-neg-supprimer-fichier-drive", "fr", [], "Fanny Leclerc <fanny.leclerc@gmail.com>",
  "oups, mauvais fichier",
  """Sandra, je t'ai envoyé par erreur dans le dossier partagé mon relevé bancaire au lieu de mon devoir 🙈 Tu peux supprimer le fichier "releve_mars.pdf" ? Je remets le bon tout de suite.
""")
# NEAR-LINE: removing a misplaced file -> negative.

m("fr-neg-mes-photos-stage", "fr", [], "Mathilde Roger <mathilde.roger@orange.fr>",
  "Mes photos du stage",
  """Bonjour Sandra,

Voici les photos que j'ai prises pendant le stage, si tu veux en utiliser pour ton site tu peux. J'ai effacé celles où Martine ne voulait pas apparaître.

Bises
Mathilde
""", att=[("stage_juin_01.jpg", "image/jpeg"), ("stage_juin_02.jpg", "image/jpeg"), ("stage_juin_03.jpg", "image/jpeg")])

m("fr-neg-annuler-abonnement", "fr", [], "Aurélie Masson <aurelie.masson@gmail.com>",
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel à l'espace membre à la fin du mois. Merci de stopper les prélèvements à partir de décembre.

Aurélie Masson
""")

m("fr-neg-fermer-compte-seul", "fr", [], "Kevin Dumas <kevin.dumas@gmail.com>",
  "fermer mon compte",
  """Salut Sandra, tu peux fermer mon compte sur la plateforme ? J'ai fini la formation. Merci !
""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative.

m("fr-neg-mdp-acces-espace", "fr", [], "Yvette Charpentier <yvette.charpentier@laposte.net>",
  "je n'arrive pas à accéder",
  """Bonjour madame
Je n'arrive pas à accéder à mon espace pour voir les vidéos de la formation. J'ai essayé de modifier mon mot de passe mais je ne reçois pas le mail. Pouvez vous m'aider
Yvette
""")

m("fr-neg-modifier-rdv", "fr", [], "Lucie Moreau <lucie.moreau84@gmail.com>",
  "Modifier la séance",
  """Hello Sandra, est-ce qu'on peut modifier l'heure de la séance de mardi ? 18h au lieu de 17h si ça te va. Je corrige dans mon agenda.
Lucie
""")

m("fr-neg-supprimer-message-groupe", "fr", [], "Samia Bouaziz <samia.bouaziz@gmail.com>",
  "message dans le groupe",
  """Sandra, j'ai posté un message dans le groupe WhatsApp de la promo qui était destiné à mon mari 🙈 je l'ai supprimé pour tout le monde mais certains l'ont peut-être vu. Pas grave, mais je voulais te prévenir !
Samia
""")

m("fr-neg-copie-facture", "fr", [], "Hélène Marchais <helene.marchais@laposte.net>",
  "copie de facture",
  """Bonjour,
Pourriez-vous m'envoyer une copie de la facture du stage de mai ? Mon CE rembourse une partie.
Merci
Hélène Marchais
""")
# NEAR-LINE: a copy of one invoice for reimbursement -> ordinary admin, not access.

m("fr-neg-corriger-attestation-typo", "fr", [], "Thomas Leblanc <thomas.leblanc@gmail.com>",
  "Re: Attestation",
  """Merci Sandra, bien reçu, tout est correct cette fois ! Bonne journée.
Thomas
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "jeu. 22 mai 2025 à 15:10",
  """Bonjour Thomas,
Voici l'attestation corrigée avec la bonne orthographe de votre nom, comme vous me l'aviez demandé.
Sandra

Le mar. 20 mai 2025, Thomas Leblanc a écrit :
> Bonjour, mon nom est mal écrit sur l'attestation (Leblond), pouvez-vous corriger ?"""))
# NEAR-LINE: thank-you above a quoted rectification request -> negative (only new text counts).

m("fr-neg-merci-suppression", "fr", [], "Karine Delorme <karine.delorme@gmail.com>",
  "Re: suppression de mes données",
  """Parfait, merci beaucoup pour votre réactivité.
Karine
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "ven. 7 mars 2025 à 11:30",
  """Bonjour Karine,
Je vous confirme que vos données ont été supprimées de mes fichiers et de la plateforme, à l'exception des factures que je dois légalement conserver.
Sandra

> Bonjour, je souhaite que vous supprimiez toutes les données personnelles que vous détenez à mon sujet."""))

m("fr-neg-question-droit-acces", "fr", [], "Monique Faure <monique.faure@gmail.com>",
  "Question sur vos conditions",
  """Bonjour,

Avant de m'inscrire à votre accompagnement, j'ai une question : si un jour je souhaite récupérer mes données ou les faire effacer, comment ça se passe concrètement ? Faut-il envoyer une pièce d'identité ?

Merci,
Monique Faure
""")
# NEAR-LINE: question about how a right works -> negative.

m("fr-neg-cnil-plainte-copie", "fr", [], "Patrice Olivier <patrice.olivier@gmail.com>",
  "Copie de ma plainte CNIL",
  """Madame,

Faute de réponse satisfaisante, je vous informe que j'ai déposé une plainte auprès de la CNIL. Vous en trouverez la copie ci-dessous pour information.

---
Objet : plainte contre Floraison de Soi (Sandra Delomenie)
Je me plains de l'absence de réponse à ma demande concernant mes données, adressée le 3 février 2025...
---

P. Olivier
""", att=[("plainte_CNIL_Olivier.pdf", "application/pdf")])
# NEAR-LINE: copy of a CNIL complaint -> negative per policy.

m("fr-neg-desinscrire-atelier", "fr", [], "Danièle Rousseau <daniele.rousseau@sfr.fr>",
  "désinscription atelier",
  """Bonjour, je ne pourrai pas venir à l'atelier du 12, merci de me désinscrire et de proposer ma place à quelqu'un d'autre. Bonne journée. Danièle
""")
# NEAR-LINE: "désinscrire" from a workshop (cancellation), not the newsletter -> negative.

m("fr-neg-retirer-inscription-stage", "fr", [], "Nicole Besson <nicole.besson@gmail.com>",
  "Re: Stage d'été - votre inscription",
  """Bonjour Sandra, finalement je retire mon inscription au stage d'été, j'ai un mariage ce week-end-là. Est-ce que l'acompte peut être gardé pour la rentrée ? Merci !
""", quote=("gmail_fr", "Floraison de Soi <contact@floraisondesoi.fr>", "lun. 2 juin 2025 à 09:00",
  """Bonjour Nicole, votre inscription au stage d'été est confirmée. Acompte reçu : 90 €."""))

m("fr-neg-consentement-atelier-photo", "fr", [], "Olivia Garnier <olivia.garnier@gmail.com>",
  "autorisation photo signée",
  """Bonjour Sandra,
Ci-joint l'autorisation de droit à l'image signée pour le stage, j'ai coché oui pour le site et non pour les réseaux. Merci !
Olivia
""", att=[("autorisation_image_Garnier.pdf", "application/pdf")])

m("fr-neg-retour-experience", "fr", [], "Céline Arnaud <celine.arnaud@gmail.com>",
  "Témoignage pour ton site",
  """Coucou Sandra,

Comme promis, voici mon témoignage. Tu peux modifier ou raccourcir si c'est trop long, et mettre mon prénom + initiale. Je suis contente de contribuer !

"Grâce à Sandra j'ai retrouvé confiance..."

Céline
""")

# ---------- auto-replies ----------
m("fr-neg-autoreply-conges", "fr", [], "Hélène Marchais <helene.marchais@laposte.net>",
  "Réponse automatique : La lettre de l'été ☀️",
  """Bonjour,

Je suis absente jusqu'au 25 août inclus, sans accès à mes mails. Pour toute demande urgente, merci de contacter le secrétariat au 02 54 21 00 00.

Hélène Marchais
""", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

m("fr-neg-autoreply-outlook", "fr", [], "Régine Collet <regine.collet@cc-issoudun.fr>",
  "Absent(e) du bureau : Webinaire gratuit jeudi 20h",
  """Je suis actuellement absente et je n'aurai qu'un accès limité à ma messagerie. En cas d'urgence, merci de vous adresser à rh@cc-issoudun.fr.

Ce message et toutes les pièces jointes sont confidentiels. Si vous avez reçu ce message par erreur, merci de le supprimer et d'en avertir l'expéditeur.
""", hdrs=[("Auto-Submitted", "auto-replied")], shape="html")

m("fr-neg-autoreply-cabinet", "fr", [], "Cabinet Audit Berry <info@auditberry.fr>",
  "Accusé de réception - Cabinet Audit Berry",
  """Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais. Conformément au RGPD, vos données sont traitées uniquement pour la gestion de votre dossier. Pour exercer vos droits : dpo@auditberry.fr.

Le Cabinet
""", hdrs=[("Auto-Submitted", "auto-replied")])

# ---------- bounces ----------
m("fr-neg-bounce-orange", "fr", [], "Mail Delivery System <MAILER-DAEMON@orange.fr>",
  "Message non remis : La lettre de l'automne",
  """Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  o.verdier@wanadoo.fr : adresse inconnue ou supprimée

Merci de vérifier l'adresse du destinataire.
""", kind="bounce", failed="o.verdier@wanadoo.fr", orig_subject="La lettre de l'automne")

m("fr-neg-bounce-free", "fr", [], "MAILER-DAEMON@free.fr",
  "Echec de distribution : Votre facture F2025-090",
  """Le message n'a pas pu être délivré au destinataire suivant :
    remi.chauvet@club-internet.fr
Raison : boîte aux lettres désactivée.
""", kind="bounce", failed="remi.chauvet@club-internet.fr", orig_subject="Votre facture F2025-090")

# ---------- notifications ----------
m("fr-neg-google-drive-partage", "fr", [], "Julie Masson (via Google Drive) <drive-shares-dm-noreply@google.com>",
  "Document partagé avec vous : \"Suivi demandes RGPD 2025\"",
  """Julie Masson a partagé un document avec vous.

Suivi demandes RGPD 2025
Julie Masson (julie.masson.va@gmail.com) vous a invitée à modifier la feuille de calcul suivante.

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Julie Masson a partagé un fichier avec vous depuis Google Drive.
""", shape="alt", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-google-securite", "fr", [], "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion à votre compte Google sur Windows

sandra.floraisondesoi@gmail.com

Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous pouvez également consulter l'activité liée à la sécurité sur https://myaccount.google.com/notifications
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-calendly-annulation", "fr", [], "Calendly <notifications@calendly.com>",
  "Annulé : Laurent Bessière et Sandra Delomenie",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Appel découverte (30 min)
Invité : Laurent Bessière
Date : jeudi 13 novembre 2025, 18:00 (heure de Paris)
Motif de l'annulation : "Je ne suis plus disponible, désolé"

Calendly
""", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-zoom-enregistrement", "fr", [], "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion "Atelier - Poser ses limites" est maintenant disponible.

Partager l'enregistrement : https://zoom.us/rec/share/xyz
Les enregistrements seront supprimés automatiquement après 30 jours, conformément à vos paramètres.

Merci d'avoir choisi Zoom.
""", shape="alt", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-banque-releve", "fr", [], "Crédit Agricole Centre Ouest <ne-pas-repondre@ca-centreouest.fr>",
  "Votre relevé de compte est disponible",
  """Madame DELOMENIE,

Votre relevé de compte professionnel de février 2025 est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes d'accès par email. Pour en savoir plus sur la protection de vos données personnelles, consultez notre politique de confidentialité.

Votre Caisse régionale
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-paypal-paiement", "fr", [], "service@paypal.fr",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 60,00 EUR de Kevin Dumas.
Note de l'expéditeur : "séance du 4/12"

Détails de la transaction dans votre compte.
PayPal
""", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-orange-messagerie", "fr", [], "Orange Messagerie <info@orange-messagerie.fr>",
  "Votre boîte mail est presque pleine",
  """Bonjour,

Votre boîte de messagerie sandra.delomenie@orange.fr est utilisée à 92 %. Pensez à supprimer les messages inutiles ou à vider la corbeille pour continuer à recevoir vos emails.

Orange
""", hdrs=[("Auto-Submitted", "auto-generated")])

# ---------- newsletters with List-Unsubscribe ----------
m("fr-neg-nl-federation", "fr", [], "Fédération des Coachs Indépendants <lettre@federation-coachs.fr>",
  "La Lettre de la Fédération - Spécial RGPD",
  """Spécial RGPD : vos clients ont des droits, êtes-vous prêts ?

- Droit d'accès : que devez-vous remettre ?
- Effacement : peut-on garder ses notes ?
- Témoignages : comment recueillir un consentement valable
- Webinaire adhérents le 14 octobre

Vous recevez cette lettre en tant qu'adhérent(e). Se désinscrire : https://federation-coachs.fr/desinscription
""", shape="alt", hdrs=[("List-Unsubscribe", "<https://federation-coachs.fr/desinscription?id=5521>, <mailto:unsubscribe@federation-coachs.fr>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

m("fr-neg-nl-urssaf", "fr", [], "Urssaf <info@info.urssaf.fr>",
  "Micro-entrepreneurs : déclarez votre chiffre d'affaires",
  """Madame,

Votre prochaine déclaration de chiffre d'affaires est à effectuer avant le 31 juillet. Pensez à modifier vos informations personnelles dans votre espace si votre situation a changé.

Vous ne souhaitez plus recevoir ce type d'information ? Gérez vos abonnements depuis votre espace.
""", shape="html", hdrs=[("List-Unsubscribe", "<mailto:desabonnement@info.urssaf.fr>"), ("Precedence", "bulk")])

m("fr-neg-nl-canva", "fr", [], "Canva <marketing@engage.canva.com>",
  "Nouveau : supprimez l'arrière-plan de vos photos en un clic",
  """Effacez l'arrière-plan, corrigez les couleurs, exportez en haute définition.
Découvrez les nouveautés de Canva Pro.

Se désabonner | Préférences | Politique de confidentialité
""", shape="html", hdrs=[("List-Unsubscribe", "<https://www.canva.com/unsubscribe?u=ab12>"), ("Precedence", "bulk")])

# ---------- her own sent mail ----------
m("fr-neg-envoi-sandra-confirmation", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Confirmation de suppression de vos données",
  """Bonjour Monsieur Perrot,

Suite à votre demande du 12 mars, je vous confirme que l'ensemble de vos données a été effacé de mes fichiers, de la plateforme Systeme.io et de mon Google Drive. Seules les factures sont conservées, conformément à mes obligations comptables.

Bien cordialement,
Sandra Delomenie
Floraison de Soi
""", to="Julien Perrot <julien.perrot@protonmail.com>")

m("fr-neg-envoi-sandra-nl", "fr", [], "Floraison de Soi <contact@floraisondesoi.fr>",
  "La lettre du printemps 🌸",
  """Bonjour,

Cette saison, on parle de renouveau : et si vous supprimiez de votre agenda ce qui ne vous nourrit plus ?

Au programme : atelier "Oser sa place" le 12 avril, cercle de femmes le 26, et la nouvelle promo de la formation.

Vous pouvez à tout moment modifier vos informations ou vous désinscrire via le lien en bas de ce mail.
Se désinscrire
""", to="Floraison de Soi <contact@floraisondesoi.fr>", shape="alt",
  hdrs=[("List-Unsubscribe", "<https://floraisondesoi.systeme.io/unsubscribe>"), ("Precedence", "bulk")])

m("fr-neg-envoi-sandra-demande-id", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Re: Demande RGPD - droit d'accès",
  """Bonjour Madame Benhamou,

J'ai bien reçu votre demande d'accès à vos données. Afin de m'assurer de votre identité, pourriez-vous me transmettre une copie d'une pièce d'identité en cours de validité ? Je vous répondrai dans le délai d'un mois.

Bien cordialement,
Sandra Delomenie
""", to="Coralie Benhamou <coralie.benhamou@hotmail.fr>", reply=True)

m("fr-neg-envoi-sandra-a-max", "fr", [], "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "page témoignages",
  """Max,

Peux-tu retirer le témoignage de Céline A. de la page d'accueil et de la page formation ? Elle m'a demandé de l'enlever. Et supprime aussi la photo de groupe du cercle de novembre sur la page ateliers.

Merci !
Sandra
""", to="Maxime Delattre <maxime@delattre-web.fr>")
# NEAR-LINE: Sandra instructing her webmaster to act on a withdrawal -> her own sent mail, negative.

# ---------- vendor GDPR notices ----------
m("fr-neg-ovh-rgpd", "fr", [], "OVHcloud <noreply@ovh.com>",
  "Information importante : évolution de nos conditions de traitement des données",
  """Madame,

Dans le cadre de notre conformité au RGPD, nous vous informons de la mise à jour de notre Annexe Traitement de Données Personnelles (DPA) applicable à votre hébergement floraisondesoi.fr. Vous pouvez consulter la liste de nos sous-traitants et exercer vos droits depuis votre espace client.

L'équipe OVHcloud
""", shape="html", hdrs=[("Auto-Submitted", "auto-generated")])

m("fr-neg-whatsapp-conditions", "fr", [], "WhatsApp Business <no-reply@whatsapp.com>",
  "Mise à jour de nos Conditions d'utilisation",
  """Nous mettons à jour nos Conditions d'utilisation et notre Politique de confidentialité. Ces mises à jour expliquent comment les entreprises peuvent utiliser les services Meta pour stocker et gérer leurs discussions WhatsApp.

Vous pouvez consulter, télécharger une copie de vos données ou supprimer votre compte à tout moment dans Paramètres.
""", hdrs=[("Auto-Submitted", "auto-generated")])

# ---------- spam / phishing ----------
m("fr-neg-spam-conformite", "fr", [], "Service Conformité RGPD <contact@mise-en-conformite-rgpd.info>",
  "URGENT : Votre entreprise n'est pas conforme au RGPD - amende jusqu'à 20 M€",
  """Madame, Monsieur,

Suite à un contrôle de notre service, votre site floraisondesoi.fr présente des manquements au RGPD (absence de registre, absence de DPO). Vous disposez de 8 jours pour régulariser votre situation en réglant la mise en conformité de 349 € HT.

Pour éviter toute sanction de la CNIL, cliquez ici.

Service Conformité
""", shape="html")

m("fr-neg-phishing-orange", "fr", [], "Orange Service Client <securite@0range-client-verif.com>",
  "Votre compte sera supprimé sous 24h",
  """Cher client,

Suite à la mise à jour RGPD, vos informations personnelles doivent être vérifiées. Sans action de votre part, votre compte messagerie et toutes vos données seront supprimés sous 24h.

Mettre à jour mes informations
""", shape="html")

m("fr-neg-spam-fichiers", "fr", [], "DataLeads Pro <offres@dataleads-pro.biz>",
  "Fichier de 50 000 contacts bien-être qualifiés - conforme RGPD",
  """Bonjour,

Boostez votre activité de coaching avec notre fichier de 50 000 emails de particuliers intéressés par le développement personnel, 100 % conforme RGPD (opt-in).

Pour ne plus recevoir nos offres, répondez STOP.
""", hdrs=[("List-Unsubscribe", "<mailto:stop@dataleads-pro.biz>")])

# ---------- misc hard negatives ----------
m("fr-neg-client-merci-seance-effacer", "fr", [], "Sylvie Perrin <sylvie.perrin@gmail.com>",
  "merci pour hier",
  """Sandra,

Merci pour la séance d'hier. J'ai fait l'exercice : j'ai écrit la lettre à mon père puis je l'ai effacée, comme tu l'avais suggéré. Ça m'a fait un bien fou. J'ai aussi supprimé son numéro de mon téléphone, étape importante !

À dans quinze jours,
Sylvie
""")

m("fr-neg-objection-reunion", "fr", [], "Stéphane Roux <stephane@rouxcoaching.fr>",
  "Re: Proposition de tarif atelier commun",
  """Sandra,

Je n'ai pas d'objection à ta proposition de tarif, mais je m'oppose un peu au format sur deux jours, c'est long pour les participants. On corrige le programme ensemble mardi ?

Stéphane
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "dim. 16 févr. 2025 à 20:30",
  """Stéphane, je propose 180 € les deux jours, qu'en penses-tu ?"""))

m("fr-neg-mes-informations-dossier", "fr", [], "Romain Tissot <romain.tissot@outlook.fr>",
  "mes informations pour le dossier OPCO",
  """Bonjour,

Voici mes informations pour monter le dossier de prise en charge OPCO : n° SIRET 123 456 789 00012, adresse de l'entreprise, et la copie de mon attestation employeur. Dites-moi s'il manque quelque chose.

Romain Tissot
""", att=[("attestation_employeur_Tissot.pdf", "application/pdf")])

m("fr-neg-demande-donnees-stats-coach", "fr", [], "Stéphanie Morel <stephanie.morel@univ-tours.fr>",
  "Enquête master - pratiques des coachs",
  """Bonjour Madame Delomenie,

Je suis étudiante en master de psychologie du travail à Tours et je mène une enquête sur les pratiques des coachs indépendants en matière de protection des données. Accepteriez-vous de répondre à un questionnaire de 15 minutes ? Vos réponses seront anonymisées et vous pourrez retirer votre consentement à tout moment.

Stéphanie Morel
""")

m("fr-neg-cercle-whatsapp-numero", "fr", [], "Isabelle Ngo <isabelle.ngo@gmail.com>",
  "numéro de Fanny ?",
  """Coucou Sandra, tu pourrais me donner le numéro de Fanny de la promo ? Elle a quitté le groupe WhatsApp et je voudrais lui rendre son livre. Sinon transmets-lui le mien !
Isabelle
""")

m("fr-neg-prospect-question-donnees-sante", "fr", [], "Hélène Vasseur <helene.vasseur@gmail.com>",
  "Avant de m'inscrire",
  """Bonjour,

J'hésite à m'inscrire à votre accompagnement. Vous demandez des informations sur la santé dans le questionnaire : qui y a accès, et est-ce que c'est stocké chez Google ? Je suis un peu méfiante depuis que mon ancienne psy a eu une fuite de données.

Merci de vos explications,
Hélène Vasseur
""")
# NEAR-LINE: prospect asking how data would be handled (no data held yet) -> information question, negative.

m("fr-neg-client-copie-exercice", "fr", [], "Nadia Ferhat <nadia.ferhat@yahoo.fr>",
  "Re: exercice de la semaine",
  """Merci Sandra ! J'ai bien la copie de l'exercice. Je le fais ce week-end et je te l'envoie. Bonne soirée !
""", quote=("gmail_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "ven. 10 oct. 2025 à 18:05",
  """Nadia, voici une copie de l'exercice "roue de vie" dont on a parlé. Sandra"""))

m("fr-neg-parrainage", "fr", [], "Camille Noël <camille.noel@gmail.com>",
  "Une amie intéressée",
  """Bonjour Sandra,

Mon amie Pauline (pauline.durand@gmail.com) est intéressée par ton accompagnement. Je lui ai parlé de toi, elle va te contacter. Tu peux lui écrire directement si tu veux, elle est d'accord.

Camille
""")

m("fr-neg-retirer-chat-zoom", "fr", [], "Olivia Garnier <olivia.garnier@gmail.com>",
  "question technique Zoom",
  """Bonjour Sandra, pendant le webinaire je n'arrivais pas à retirer ma vidéo, et le chat ne marchait pas. Est-ce que c'est moi ou Zoom ? Je voudrais que ça marche pour la prochaine fois. Merci !
""")

m("fr-neg-apple-remerciement-portab", "fr", [], "Elodie Mas <elodie.mas@gmail.com>",
  "Re: export de mes données",
  """Super, bien reçu le fichier, ma nouvelle coach a pu tout importer. Merci infiniment Sandra, et à bientôt peut-être à Lyon !

Elodie
""", quote=("apple_fr", "Sandra Delomenie <sandra.delomenie@orange.fr>", "4 avr. 2025 à 17:20",
  """Bonjour Elodie, voici l'export CSV de tes questionnaires et de ton suivi, comme demandé. Belle route ! Sandra"""))

m("fr-neg-relance-impayee", "fr", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
  "Relance : facture F2025-103 en attente",
  """Bonjour Monsieur Caron,

Sauf erreur de ma part, la facture F2025-103 (séance du 14 octobre, 70 €) reste impayée. Vous pouvez la régler par virement ou via le lien Stripe ci-dessous. Si le paiement a déjà été effectué, merci de ne pas tenir compte de ce message.

Bien cordialement,
Sandra Delomenie
""", to="Bruno Caron <bruno.caron@free.fr>")

m("fr-neg-coach-cnil-question", "fr", [], "Valérie Dumont <valerie.dumont.coach@gmail.com>",
  "CNIL - tu as déjà eu un contrôle ?",
  """Sandra, une cliente mécontente menace de me signaler à la CNIL parce que j'ai mis trois semaines à lui envoyer ses notes. Tu as déjà eu ce genre de situation ? Je panique un peu. On s'appelle ?
Val
""")

m("fr-neg-modifier-coordonnees-sandra", "fr", [], "Gîte du Moulin de la Théols <reservation@moulin-theols.fr>",
  "Vos coordonnées de facturation",
  """Bonjour Sandra,

Notre nouveau logiciel de réservation nous oblige à mettre à jour les fiches clients. Pouvez-vous nous confirmer vos coordonnées de facturation (adresse, SIRET) ? Si l'adresse a changé, nous la corrigerons.

Martine
""")

# Fixed calendar days for messages whose text implies a date (time of day still derived from the key).
DAYS = {
    "fr-neg-stripe-virement": "2025-03-11",
    "fr-neg-stripe-litige": "2025-03-28",
    "fr-neg-systemeio-desinscription": "2025-10-05",
    "fr-neg-systemeio-rgpd-maj": "2026-02-02",
    "fr-neg-systemeio-nouvelle-vente": "2025-01-05",
    "fr-neg-calendly-annulation": "2025-11-12",
    "fr-neg-salle-mairie-photos": "2025-08-20",
    "fr-neg-gite-regimes": "2025-06-20",
    "fr-neg-coach-coanimation": "2025-04-02",
    "fr-neg-nl-federation": "2025-10-01",
    "fr-neg-nl-urssaf": "2025-07-10",
    "fr-neg-envoi-sandra-confirmation": "2025-03-26",
    "fr-neg-envoi-sandra-nl": "2025-03-09",
    "fr-neg-envoi-sandra-a-max": "2025-12-12",
    "fr-neg-autoreply-conges": "2025-07-20",
    "fr-neg-autoreply-outlook": "2025-01-14",
    "fr-neg-bounce-orange": "2025-10-05",
    "fr-neg-cnil-plainte-copie": "2025-04-15",
    "fr-neg-relance-impayee": "2025-11-05",
    "fr-neg-banque-releve": "2025-03-04",
    "fr-neg-paypal-paiement": "2025-12-04",
    "fr-neg-mes-photos-stage": "2025-07-10",
    "fr-neg-google-drive-partage": "2025-02-10",
    "fr-neg-envoi-sandra-demande-id": "2025-09-10",
}
for _r in R:
    if _r["key"] in DAYS:
        _r["day"] = DAYS[_r["key"]]
