# French messages that are NOT data-subject requests (mostly hard negatives).
from rec import R

SANDRA_C = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")

RECORDS = [
R("fr-neg-supprimer-creneau", "Créneau de jeudi",
"""Bonjour Sandra,
Tu peux supprimer mon créneau de jeudi 17h ? J'ai une réunion qui a été déplacée. Je reprends celui de vendredi si c'est toujours libre.
Merci !
Aude""", []),

R("fr-neg-effacer-tableau", "Salle du 3e",
"""Bonjour,
Petit retour après votre atelier dans notre salle : pensez la prochaine fois à effacer le tableau blanc et à remettre les chaises en rond, l'équipe du matin a râlé :)
Bonne journée,
Morgane, accueil Maison des associations""", []),

R("fr-neg-acces-salle", "Accès à la salle samedi",
"""Bonjour,
Pour l'atelier de samedi, comment accède-t-on à la salle ? Il y a un digicode ? Je viens en fauteuil, y a-t-il un ascenseur ?
Merci
Gilles""", []),

R("fr-neg-copie-facture", "Copie de facture",
"""Bonjour,
Mon comité d'entreprise me demande une copie de la facture de l'atelier de mars pour le remboursement. Pourriez-vous me la renvoyer ?
Merci beaucoup
Noémie Bardin""", []),  # NEAR-LINE: copy of an invoice for reimbursement, an ordinary business document, not a data-access request

R("fr-neg-export-agenda", "export agenda",
"""Salut Sandra, tu sais comment exporter ton agenda Google vers Outlook ? Je dois synchroniser mes rdv clients et je galère. Bises, Val""", []),

R("fr-neg-corriger-document", "Mon CV",
"""Bonjour Sandra,
Comme convenu en séance, je vous envoie mon CV. Pourriez-vous le corriger / annoter avant notre prochain rendez-vous ? Surtout la partie « expériences ».
Merci !
Quentin""", [], att=["docx:CV_Quentin_Maillard.docx|Quentin Maillard - Curriculum vitae - Experiences professionnelles"]),

R("fr-neg-sopposer-conjoint", "Question pour la séance",
"""Bonjour,
Pour la prochaine séance, j'aimerais travailler sur comment m'opposer à ma belle-mère sans que ça finisse en dispute. C'est devenu mon sujet numéro 1 !
À mardi,
Fatima""", []),

R("fr-neg-retirer-colis", "colis",
"""Bonjour, le livreur a laissé un avis de passage pour votre colis (les cartes de coaching je crois) à la maison. Vous pouvez le retirer au relais du Super U jusqu'à vendredi. Lucette (voisine)""", []),

R("fr-neg-consentement-formation", "Programme formation « Consentement et relation d'aide »",
"""Bonjour Madame Delomenie,

Nous souhaiterions organiser pour nos éducateurs une journée sur le consentement dans la relation d'aide (consentement éclairé, recueil de l'accord des usagers, droit de retrait). Pourriez-vous nous faire une proposition de programme et un devis ?

Cordialement,
Jérôme Auclair
Directeur, Foyer de vie Les Tilleuls""", []),

R("fr-neg-rgpd-sujet-formation", "Formation RGPD pour indépendants ?",
"""Bonjour,
Est-ce que vous proposez un module sur le RGPD pour les petites entreprises ? Je suis esthéticienne et je ne sais pas comment gérer mon fichier clients. Ce serait top en atelier collectif.
Merci
Amandine""", []),

R("fr-neg-mes-informations-inscription", "Inscription atelier du 5 avril",
"""Bonjour,

Je souhaite m'inscrire à l'atelier du 5 avril. Voici mes informations : 
Nom : Brisset
Prénom : Hélène
Tél : 06 45 88 12 07
Mail : helene.brisset@laposte.net

Je paierai sur place.
Bien à vous""", []),

R("fr-neg-annulation-atelier", "Annulation",
"""Bonjour Sandra,
Je dois malheureusement annuler ma participation à l'atelier de dimanche, ma fille est malade. Est-ce que je peux reporter sur celui de juin ?
Désolée !
Carine""", []),

R("fr-neg-resiliation-abonnement", "Résiliation de mon abonnement mensuel",
"""Bonjour,
Je souhaite résilier mon abonnement mensuel au cercle de méditation à partir du mois prochain. Merci d'arrêter les prélèvements.
Cordialement,
Thierry Boucher""", []),  # NEAR-LINE: cancelling a subscription (a paid service), not unsubscribing from marketing -> negative

R("fr-neg-mot-de-passe", "Mot de passe oublié",
"""Bonjour, je n'arrive plus à me connecter à l'espace replays, j'ai oublié mon mot de passe et je ne reçois pas le mail de réinitialisation. Pouvez-vous m'aider ?
Sylviane""", []),

R("fr-neg-acceder-espace", "accès à mon espace",
"""Bonjour
comment j'accède à mon espace membre ? on m'a dit qu'il y avait les vidéos de la formation dedans mais je trouve pas le lien
merci""", []),

R("fr-neg-fermer-compte-seul", "Fermer mon compte",
"""Bonjour, pouvez-vous fermer mon compte sur la plateforme de formation ? Je n'en ai plus l'utilité. Merci. René Chapuis""", []),  # NEAR-LINE: close my account alone, no data mentioned -> negative

R("fr-neg-question-droit-duree", "Durée de conservation ?",
"""Bonjour,
Simple question avant de m'inscrire : combien de temps gardez-vous les questionnaires remplis par les participants ? Et qui y a accès ?
Merci
Valérie Michaud""", []),  # NEAR-LINE: asks how long data is kept in general -> question about how a right works, negative

R("fr-neg-ai-je-le-droit", "Question RGPD",
"""Bonjour Sandra,
Ai-je le droit de demander qu'on efface mes notes de séance si un jour j'arrête le coaching ? Je ne le demande pas maintenant hein, c'est pour savoir.
Merci,
Léa""", []),  # NEAR-LINE: hypothetical "ai-je le droit" -> negative

R("fr-neg-cnil-copie-plainte", "Copie de ma plainte CNIL",
"""Madame,

Pour information, je vous adresse ci-joint copie de la plainte que j'ai déposée ce jour auprès de la CNIL concernant la réception de vos courriels.

M. Vincent Bazin""", [], att=["pdf:plainte_cnil.pdf|Plainte CNIL n 25-118733 - Vincent Bazin"]),  # NEAR-LINE: copy of a CNIL complaint -> negative

R("fr-neg-mari-donnees-epouse", "Données de ma femme",
"""Bonjour,
Ma femme a fait un accompagnement avec vous l'an dernier. J'aimerais savoir ce qu'elle vous a raconté, pouvez-vous me transmettre ses notes de séance ? Nous sommes mariés donc je suppose que ce n'est pas un problème.
Bruno Lemoine""", []),  # NEAR-LINE: relative asking for another living adult's data -> negative

R("fr-neg-collegue-donnees", "Adresse de Karine ?",
"""Salut Sandra, tu aurais l'adresse perso de Karine Boulay, qui était avec nous dans la formation ? Je voudrais lui envoyer un faire-part. Merci ! Jo""", []),

R("fr-neg-merci-au-dessus-demande", "Re: Suppression de mes données",
"""Merci beaucoup Sandra pour ta réactivité, c'est parfait.
Belle journée à toi""", [],
q="""Bonjour Alexandra,

Comme demandé, j'ai supprimé l'ensemble de vos données de mes fichiers. Vous ne recevrez plus aucun message de ma part.

Bien à vous,
Sandra""", qs="gmail", qwho="Sandra Delomenie <contact@floraisondesoi.fr>"),

R("fr-neg-merci-outlook-quote-acces", "RE: Votre demande de copie de données",
"""Bien reçu, merci. Tout me semble correct.

Cordialement,
Yves Martel""", [],
q="""Bonjour Monsieur Martel,

Suite à votre demande d'accès, vous trouverez ci-joint l'ensemble des données vous concernant.

Sandra Delomenie""", qs="outlook", qwho="Sandra Delomenie <sandra.delomenie@orange.fr>", qto="Yves Martel",
hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-neg-donner-consentement", "Autorisation photo",
"""Bonjour Sandra,
Pas de souci pour que tu utilises les photos de l'atelier où j'apparais, sur ton site et tes réseaux. Je te donne mon accord avec plaisir !
Mélanie""", []),

R("fr-neg-ok-temoignage", "Mon témoignage",
"""Coucou, voilà le petit texte pour ton site, tu peux mettre mon prénom et la ville. Merci pour tout !!
« Grâce à Sandra j'ai retrouvé confiance… »
Nadège, Déols""", []),

R("fr-neg-autoreply-vacances", "Réponse automatique : Atelier du 14 juin",
"""Bonjour,
Je suis absente du bureau jusqu'au 25 août inclus, sans accès à mes mails. En cas d'urgence, contactez le standard au 02 54 03 xx xx.
Cordialement,
Martine Léger""", [], hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-rgpd", "Accusé de réception automatique",
"""Merci pour votre message, il sera traité dans les meilleurs délais.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition aux données vous concernant, que vous pouvez exercer auprès de dpo@mairie-issoudun.fr.

Service Culture — Ville d'Issoudun""", [],
frm=("Mairie d'Issoudun - Service Culture", "culture@mairie-issoudun.fr"), hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),  # NEAR-LINE: auto-reply listing GDPR rights -> negative

R("fr-neg-bounce-orange", "Non remis : Confirmation de suppression de vos données",
"""Ceci est un message automatique du serveur smtp-out.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<ancienne.cliente@hotmail.fr> : adresse inconnue (550 5.1.1)""", [],
frm=("Mail Delivery System", "MAILER-DAEMON@orange.fr"), kind="report", bounce_to="ancienne.cliente@hotmail.fr",
bounce_subj="Confirmation de suppression de vos données",
bounce_body="Bonjour,\n\nJe vous confirme que toutes vos données ont été effacées de mes fichiers.\n\nSandra Delomenie\n",
hdr={"Auto-Submitted": "auto-replied"}),

R("fr-neg-bounce-newsletter", "Échec de remise du message",
"""Le message que vous avez envoyé n'a pu être délivré.

Raison : boîte aux lettres pleine / utilisateur inconnu.""", [],
frm=("MAILER-DAEMON", "mailer-daemon@smtp.orange-business.com"), kind="report", bounce_to="p.girardot@free.fr",
bounce_subj="Les Nouvelles de Floraison de Soi — mars",
bounce_body="Chères abonnées, chers abonnés,\n\nLe printemps arrive et avec lui trois nouveaux ateliers...\n\nSandra\n",
hdr={"Auto-Submitted": "auto-replied"}),

R("fr-neg-stripe-paiement", "Paiement reçu de 180,00 €",
"""Vous avez reçu un paiement de 180,00 € de la part de Laure Masson.

Description : Accompagnement individuel - pack 3 séances
Date : voir le tableau de bord

Accéder à votre tableau de bord Stripe : https://dashboard.stripe.com/payments

Stripe, 1 Grand Canal Street Lower, Dublin, Irlande""", [], frm=("Stripe", "notifications@stripe.com"), html="only",
hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Stripe Mailer"}),

R("fr-neg-systemeio-vente", "Nouvelle vente : Formation « Oser changer »",
"""Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Formation en ligne « Oser changer »
Client : m.andrieu@gmail.com
Montant : 97,00 €

Connectez-vous à Systeme.io pour voir les détails.""", [], frm=("Systeme.io", "no-reply@systeme.io"), html="alt",
hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-calendly-annulation", "Annulé : Séance découverte avec Romain Texier",
"""Bonjour Sandra,

Romain Texier a annulé l'événement suivant :
Séance découverte (30 min)
Motif : « empêchement professionnel, je reprendrai un créneau »

Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="only", hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-zoom-enregistrement", "L'enregistrement cloud est maintenant disponible",
"""Bonjour Sandra Delomenie,

L'enregistrement cloud de votre réunion « Atelier gestion des émotions » est disponible.
Vous pouvez le partager, le télécharger ou le supprimer depuis votre espace Zoom. Les enregistrements sont supprimés automatiquement après 30 jours.

L'équipe Zoom""", [], frm=("Zoom", "no-reply@zoom.us"), html="alt"),

R("fr-neg-qonto-releve", "Votre relevé de compte de février est disponible",
"""Bonjour Sandra,

Votre relevé de compte Qonto de février est disponible dans votre espace. Vous pouvez l'exporter en PDF ou CSV.

L'équipe Qonto""", [], frm=("Qonto", "noreply@qonto.com"), html="only"),

R("fr-neg-urssaf-declaration", "Votre déclaration de chiffre d'affaires",
"""Madame DELOMENIE,

Votre déclaration de chiffre d'affaires du 1er trimestre est à effectuer avant le 30 avril sur autoentrepreneur.urssaf.fr.

Ceci est un message automatique, merci de ne pas y répondre.
L'Urssaf""", [], frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-paypal-phishing", "Votre compte PayPal est limité",
"""Cher client,

Nous avons détecté une activité inhabituelle. Votre compte est temporairement limité. Pour restaurer l'accès, confirmez vos informations personnelles sous 24h :
http://paypal-verification-securite.com/fr/login

Service sécurité PayPal""", [], frm=("PayPal Service", "service@paypal-secure-verif.com"), html="only"),  # phishing

R("fr-neg-brevo-politique", "Mise à jour de notre politique de confidentialité et de notre DPA",
"""Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er mars. Aucune action n'est requise de votre part. Vous pouvez consulter les nouvelles versions dans votre compte Brevo.

L'équipe Brevo""", [], frm=("Brevo", "legal@brevo.com"), html="alt",
hdr={"List-Unsubscribe": "<https://www.brevo.com/unsubscribe?u=8812>", "Precedence": "bulk"}),

R("fr-neg-spam-conformite", "URGENT : mise en conformité RGPD obligatoire de votre entreprise",
"""Madame, Monsieur,

Votre site floraisondesoi.fr ne semble pas conforme au RGPD. Vous risquez une amende jusqu'à 20 millions d'euros. Notre cabinet propose un audit complet pour 890 € HT. Répondez à ce mail sous 48h pour bénéficier de l'offre.

Service Conformité — RGPD Expert France""", [], frm=("Service Conformité", "info@rgpd-conformite-express.fr"), html="only"),

R("fr-neg-sandra-confirme-effacement", "Confirmation de suppression de vos données",
"""Bonjour Madame Pelletier,

Comme suite à votre demande du 3 mars, je vous confirme avoir supprimé l'ensemble de vos données personnelles de mes fichiers (fiche client, échanges, questionnaires). Seules les factures sont conservées, comme la loi l'impose, pendant 10 ans.

Bien à vous,
Sandra Delomenie
Floraison de Soi""", [], frm=SANDRA_O, to="m.pelletier@free.fr"),

R("fr-neg-sandra-export", "Vos données — export demandé",
"""Bonjour Hugo,

Voici, comme demandé, l'export de vos données au format CSV.

Bonne continuation,
Sandra""", [], frm=SANDRA_C, to="hugo.lambert@gmail.com",
att=["csv:export_hugo_lambert.csv|champ;valeur\\nnom;Lambert\\nprenom;Hugo\\nseances;6\\n"]),

R("fr-neg-sandra-newsletter", "🌸 Les Nouvelles de Floraison de Soi — avril",
"""Bonjour à toutes et à tous,

Avril est là, et avec lui l'envie de se remettre en mouvement. Ce mois-ci :
- atelier « Écrire pour s'alléger » le 12 avril ;
- cercle de parole le 26 ;
- un nouvel accompagnement en petit groupe pour les reconversions.

Vous recevez ce mail car vous êtes inscrit·e à la lettre d'information. Pour vous désinscrire, cliquez ici.

Sandra""", [], frm=SANDRA_C, to="abonnes@floraisondesoi.fr", html="alt",
hdr={"List-Id": "Les Nouvelles de Floraison de Soi <nouvelles.floraisondesoi.fr>",
     "List-Unsubscribe": "<mailto:contact@floraisondesoi.fr?subject=desinscription>", "Precedence": "bulk"}),

R("fr-neg-google-securite", "Alerte de sécurité",
"""Nouvelle connexion à votre compte Google sandra.delomenie.pro@gmail.com depuis un appareil Windows.
Si c'était vous, vous n'avez rien à faire. Sinon, sécurisez votre compte.

Google""", [], frm=("Google", "no-reply@accounts.google.com"), html="only"),

R("fr-neg-acces-salle-cle", "Clé de la salle",
"""Bonjour Sandra,
La clé pour l'accès à la salle du cabinet partagé sera dans la boîte à lettres, code 1934. Pense à la remettre en partant.
Bonne séance
Cécile (ostéo)""", []),

R("fr-neg-suppression-doublon-fichier", "Doublon dans le tableau des inscrits",
"""Salut Sandra,
Dans le Google Sheet des inscrits au salon, il y a un doublon ligne 14 et 22 (même personne). J'ai supprimé la ligne 22, dis-moi si c'est ok.
Bises
Maryse (bénévole)""", []),

R("fr-neg-devis-entreprise", "Demande de devis — formation gestion du stress",
"""Bonjour Madame,

Notre PME (25 salariés) souhaiterait organiser une formation gestion du stress pour l'encadrement, sur deux jours. Pouvez-vous nous adresser un devis ainsi que votre numéro de déclaration d'activité ?

Cordialement,
Sandrine Vallet, assistante de direction
Menuiserie Vallet & Fils""", []),

R("fr-neg-opposer-decision", "Atelier « savoir dire non »",
"""Bonjour,
J'ai vu passer votre atelier « savoir dire non ». Je suis pile dans le sujet, j'ai du mal à m'opposer aux demandes de mon chef. Il reste des places pour le 19 ?
Merci !
Alexis""", []),

R("fr-neg-effacer-message-vocal", "message vocal",
"""Bonjour Sandra, je t'ai laissé un message vocal un peu confus hier soir, tu peux l'effacer, je te rappelle ce soir pour qu'on cale le rdv. Bisous, Julie""", []),  # NEAR-LINE: deleting a voicemail as a social aside, not a data request

R("fr-neg-corriger-devoir", "exercice",
"""bonjour sandra voila mon exercice de la semaine (la roue de la vie) tu peux me dire si c bien fait ? merci""", [], att=["png:roue_de_la_vie.png"]),

R("fr-neg-cnil-question-generale", "Réclamation",
"""Bonjour,

Je voulais vous signaler que j'ai saisi la CNIL au sujet d'un autre organisme de formation qui a revendu mes données. Je vous en parle car vous m'aviez dit que vous connaissiez bien le sujet. Auriez-vous un conseil ?

Régis""", []),

R("fr-neg-fille-majeure", "Ma fille",
"""Bonjour,
Ma fille (27 ans) a fait votre stage de reconversion. Pourriez-vous m'envoyer la fiche d'évaluation que vous avez remplie sur elle ? Elle ne me dit rien et je m'inquiète.
Merci
Monique Lebrun""", []),  # NEAR-LINE: parent of an adult child -> another living adult, negative

R("fr-neg-merci-rectif-gmail", "Re: Mise à jour de votre adresse",
"""Super, merci !! 😊""", [],
q="""Bonjour Sylvie,

C'est fait : votre nouvelle adresse est bien enregistrée.

Sandra""", qs="gmail"),

R("fr-neg-report-seance", "report",
"""Bonjour, est ce que je peux décaler ma séance du 3 au 10 ? merci bcp
Envoyé de mon iPhone""", [], frm=("Pauline", "pauline.ferrand@icloud.com")),

R("fr-neg-temoignage-envoi-video", "Vidéo témoignage",
"""Bonjour Sandra,
Comme promis voici le lien WeTransfer vers ma vidéo témoignage. Tu as mon accord pour la mettre sur YouTube et sur ton site.
Bisous
Corentin""", []),

R("fr-neg-desinscription-atelier", "Désinscription atelier yoga du rire",
"""Bonjour,
Je me désinscris de l'atelier yoga du rire du 8 mars, je ne pourrai finalement pas venir. Pouvez-vous me rembourser l'acompte ou le garder pour un prochain ?
Cordialement
Édith Marie""", []),  # NEAR-LINE: unsubscribing from a workshop (booking cancellation) -> negative

R("fr-neg-modifier-reservation", "Modifier ma réservation",
"""Bonjour,
J'ai réservé pour 2 personnes pour la conférence du 21, mais mon amie ne peut plus venir. Pouvez-vous modifier la réservation pour 1 personne ?
Merci
Aline""", []),

R("fr-neg-partenaire-lieu", "Partenariat",
"""Bonjour Sandra,

Je suis en train de monter un lieu de bien-être partagé à Châteauroux. Serais-tu intéressée pour y animer des ateliers un samedi par mois ? On pourrait en parler autour d'un café.

Belle journée,
Élise""", []),

R("fr-neg-fwd-cnil-info", "TR: Les nouvelles recommandations de la CNIL pour les TPE",
"""Sandra, je te transfère ça, ça pourrait t'intéresser pour ta formation RGPD de novembre.
Bises
Hélène""", [],
q="""La CNIL publie un guide pratique pour les TPE et les indépendants : registre des traitements, durée de conservation, information des personnes, exercice des droits...

Lettre d'information CNIL""", qs="fwd", qwho="CNIL <lettre-info@cnil.fr>", qsubj="Les nouvelles recommandations de la CNIL pour les TPE", qto="helene.giraud@orange.fr"),

R("fr-neg-avis-google", "Avis Google",
"""Bonjour Sandra, j'ai laissé un avis sur ta fiche Google, 5 étoiles bien sûr ! Si tu veux modifier la photo de couverture de ta fiche, j'en ai une jolie du jardin.
Christelle""", []),

R("fr-neg-attestation-pole-emploi", "Attestation de présence",
"""Bonjour,
France Travail me demande une attestation de présence pour les 3 jours de formation. Pouvez-vous me l'envoyer rapidement ? Mes informations n'ont pas changé depuis l'inscription.
Merci
Karim Haddad""", []),

R("fr-neg-rh-liste-presence", "Feuilles d'émargement",
"""Bonjour Madame Delomenie,

Pour notre dossier OPCO, pourriez-vous nous transmettre les feuilles d'émargement signées de la session des 12 et 13 mai, ainsi que la facture acquittée ?

Cordialement,
Service Formation — Clinique du Val""", [], frm=("Service Formation Clinique du Val", "formation@cliniqueduval.fr"), hdr={"Cc": "comptabilite@cliniqueduval.fr"}),  # NEAR-LINE: company asking attendance sheets for funding file -> business, negative

R("fr-neg-opco-notif", "Votre demande de prise en charge n° 2025-44871",
"""Madame,

La demande de prise en charge n° 2025-44871 a été acceptée. Les documents justificatifs (émargements, certificat de réalisation) sont à déposer sur la plateforme.

Ceci est un message automatique.
OPCO EP""", [], frm=("OPCO EP", "ne-pas-repondre@opcoep.fr"), hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-avocat-sans-mandat-autre", "Renseignement concernant Mme X",
"""Madame,

Je suis l'avocat de M. Samuel Dorin dans le cadre de son divorce. Son épouse, Mme Karine Dorin, aurait suivi des séances avec vous. Pourriez-vous me communiquer les dates et comptes rendus de ces séances ?

Me Antoine Rivet, avocat""", [], frm=("Antoine Rivet", "a.rivet@rivet-avocats.fr")),  # NEAR-LINE: lawyer asking for the data of someone other than his client -> negative

R("fr-neg-facture-rectif", "Facture à modifier",
"""Bonjour,
Sur la facture n°2025-031, pourriez-vous mettre le nom de mon entreprise (SARL Atelier Bois Doux) plutôt que mon nom perso ? C'est pour la compta.
Merci
Patrick""", []),  # NEAR-LINE: change of invoice addressee, a business document fix -> negative

R("fr-neg-supprimer-post-groupe", "Groupe Facebook des participantes",
"""Coucou Sandra,
dans le groupe Facebook des participantes, quelqu'un a posté une pub pour des compléments alimentaires. Tu peux supprimer le post ? Ça fait un peu tache.
Bises, Anne-So""", []),

R("fr-neg-suisse-inscription", "Inscription stage d'été",
"""Bonjour Madame,

Je souhaiterais m'inscrire au stage d'été de huitante minutes par jour (si j'ai bien compris le programme). Pourriez-vous me faire parvenir le bulletin d'inscription ?

Avec mes meilleures salutations,
Chantal Rochat, Fribourg""", [], frm=("Chantal Rochat", "chantal.rochat@bluewin.ch")),

R("fr-neg-belge-question-droit", "Question",
"""Bonjour Madame,

Une question qui me turlupine : si je m'inscris à votre formation, mes données sont-elles transmises à l'organisme financeur ? Et puis-je m'opposer à cela ? Je ne vous demande rien pour l'instant, c'est pour savoir avant de m'engager.

Bien à vous,
Marc Dubois, Liège""", [], frm=("Marc Dubois", "marc.dubois@skynet.be")),  # NEAR-LINE: how-a-right-works question before signing up -> negative

R("fr-neg-quebec-merci", "Merci!",
"""Bonjour Sandra,

Un gros merci pour l'atelier de jeudi soir, c'était vraiment le fun. J'ai déjà commencé mon journal. On se reparle cet automne!

Mélissa""", [], frm=("Mélissa Gagnon", "melissa.gagnon@videotron.ca")),

R("fr-neg-sujet-seul-rdv", "rdv mardi ok pour moi", "", []),

R("fr-neg-sujet-seul-facture", "Facture atelier du 5 — merci de me la renvoyer", "", []),

R("fr-neg-rappel-sandra-rdv", "Rappel : votre séance demain à 10h",
"""Bonjour Fabienne,

Petit rappel de notre séance demain à 10h au cabinet (46 rue d'Estienne d'Orves). Pensez à apporter votre carnet.

À demain,
Sandra""", [], frm=SANDRA_O, to="fabienne.royer@laposte.net"),

R("fr-neg-phishing-orange", "Votre messagerie Orange va être désactivée",
"""Cher(e) client(e),

Votre boîte sandra.delomenie@orange.fr a atteint sa capacité maximale. Pour éviter la suppression de vos messages, veuillez vérifier votre compte ici : http://orange-messagerie-verif.info

Service Client Orange""", [], frm=("Orange Service", "support@orange-mail-notif.com"), html="only"),

R("fr-neg-linkedin-invite", "Une nouvelle invitation vous attend",
"""Sandra, Nicolas Perrin (Consultant RH chez Adecco) souhaite se connecter avec vous sur LinkedIn.

Accepter l'invitation""", [], frm=("LinkedIn", "invitations@linkedin.com"), html="only", hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"}),

R("fr-neg-salle-reservation-mairie", "Réservation salle polyvalente",
"""Madame,

Votre réservation de la salle polyvalente pour le samedi 14 est confirmée. L'accès se fait par la porte latérale. Merci de rendre la salle propre et d'effacer les inscriptions au tableau.

Service des salles municipales""", [], frm=("Mairie d'Issoudun", "salles@mairie-issoudun.fr")),

R("fr-neg-ics-invitation", "Invitation : Supervision mensuelle",
"""Bonjour Sandra,
Je t'envoie l'invitation pour notre supervision du mois. Si le créneau ne va pas, supprime-le et propose-m'en un autre.
Catherine (superviseuse)""", [], att=["ics:Supervision mensuelle"]),

R("fr-neg-fwd-rfc822-temoin", "Fwd: question d'une amie",
"""Bonjour Sandra,
Une amie m'a demandé si tu faisais aussi des séances pour les ados. Je te transfère son mail, tu peux lui répondre directement ?
Merci !
Véro""", [], kind="rfc822",
fwd={"from": "Sonia Garnier <sonia.garnier@gmail.com>", "to": "veronique.b@orange.fr", "subject": "coaching ado ?",
     "body": "Coucou Véro, ta coach, elle fait aussi les ados ? Mon fils de 15 ans est un peu perdu en ce moment. Bises, Sonia"}),

R("fr-neg-suppression-evenement-fb", "Événement Facebook",
"""Bonjour, l'événement de l'atelier du 3 mai est toujours en ligne avec l'ancienne date. Il faudrait le supprimer ou le corriger, plusieurs personnes se sont trompées.
Cordialement
Laurent, Médiathèque Albert Camus""", []),

R("fr-neg-formation-droits-stagiaires", "Contenu du module 4",
"""Bonjour Sandra,

Dans le module 4 de la formation de formateurs, vous abordez « les droits des stagiaires sur leurs données ». Pourriez-vous nous envoyer les slides ? Je n'ai pas pu noter le passage sur le droit d'accès et la portabilité.

Merci !
Priscilla, promo 2025""", []),  # NEAR-LINE: rights as a training subject -> negative

R("fr-neg-merci-apres-desabo", "Re: Votre désinscription",
"""Merci Sandra, et bonne continuation à toi. Peut-être à une prochaine fois !""", [],
q="""Bonjour Noëlle,

Votre désinscription de la newsletter est bien prise en compte.

Belle journée,
Sandra""", qs="apple", frm=("Noëlle Sabatier", "noelle.sabatier@icloud.com")),

R("fr-neg-ex-cliente-nouvelles-avec-acces", "Coucou !",
"""Bonjour Sandra,

Je voulais juste te dire que j'ai eu le poste ! Les simulations d'entretien ont payé. J'ai encore accès à l'espace replays ? Je voudrais revoir la vidéo sur la confiance.

Merci pour tout,
Ophélie""", []),

R("fr-neg-questionnaire-renvoi", "Questionnaire rempli",
"""Bonjour,
Voici mon questionnaire préalable rempli pour l'accompagnement qui démarre lundi. Je consens bien sûr au traitement de mes réponses comme indiqué dans le document.
À lundi
Hervé Collin""", [], att=["pdf:questionnaire_prealable.pdf|Questionnaire prealable - Herve Collin - rempli"]),

R("fr-neg-impots-notif", "Nouveau message dans votre espace professionnel",
"""Un nouveau message est disponible dans votre messagerie sécurisée sur impots.gouv.fr.

Ceci est un courriel automatique, merci de ne pas y répondre.""", [], frm=("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), hdr={"Auto-Submitted": "auto-generated"}),

R("fr-neg-stagiaire-annule-contrat", "Résiliation du contrat d'accompagnement",
"""Madame,

Je vous informe de ma décision de mettre fin au contrat d'accompagnement signé le 2 janvier, conformément à l'article 7 des conditions générales (préavis de 15 jours). Merci de ne plus prélever les mensualités suivantes.

Cordialement,
Guy Perret""", []),

R("fr-neg-sms-style-retard", "retard",
"""dsl je vais avoir 10 min de retard bouchons sur la rocade""", [], cte="8bit"),

R("fr-neg-sandra-reponse-acces", "Votre demande d'accès à vos données",
"""Bonjour Monsieur Favre,

Vous trouverez ci-joint la copie des données que je détiens vous concernant : votre fiche d'inscription et l'attestation de formation. Je n'ai transmis vos données à aucun tiers.

Cordialement,
Sandra Delomenie""", [], frm=SANDRA_O, to="pafavre@bluewin.ch", att=["pdf:donnees_favre.pdf|Fiche d'inscription - Pierre-Alain Favre"]),

R("fr-neg-hr-entreprise-evaluation", "Évaluations de nos salariés",
"""Bonjour,

Nous avons financé la formation de 4 managers en octobre. Pourriez-vous nous transmettre leurs évaluations individuelles et vos observations sur chacun ? Cela nous aidera pour les entretiens annuels.

Cordialement,
DRH — Sofradis""", [], frm=("DRH Sofradis", "drh@sofradis.fr")),  # NEAR-LINE: employer asking employees' data without mandate -> negative

R("fr-neg-helloasso-adhesion", "Nouvelle adhésion : Association Les Jardins de Soi",
"""Bonjour,

Une nouvelle adhésion a été enregistrée sur HelloAsso pour votre association : Mme Fanny Blanchet, 20,00 €.

L'équipe HelloAsso""", [], frm=("HelloAsso", "no-reply@helloasso.com"), html="alt"),

R("fr-neg-opposition-bruit-voisin", "Bruit pendant les séances",
"""Bonjour Madame,

En tant que voisin du cabinet, je tiens à vous faire part de mon opposition au projet d'installer des séances de sophro-sonore le soir : les bols tibétains s'entendent jusqu'à chez nous.

Cordialement,
M. Lagarde, 48 rue d'Estienne d'Orves""", []),
]
