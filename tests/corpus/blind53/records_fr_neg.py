# French messages that are NOT data-subject requests (hard negatives included).
from rec import R

SYS = ("Systeme.io", "no-reply@systeme.io")
SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

RECORDS = [
R("fr-neg-acces-module", "Impossible d'accéder au module 3",
"""Bonjour Sandra,

Depuis hier je n'arrive plus à accéder au module 3 du programme « Oser sa place » : la page tourne dans le vide puis affiche « accès refusé ». J'ai vidé le cache, essayé sur téléphone, rien à faire.

Pouvez-vous regarder ?
{prenom}""", [], att=[("png", "capture_erreur.png", "err")]),

R("fr-neg-mdp", "mot de passe",
"""Bonjour je n'arrive pas a me connecter à mon espace, le lien de réinitialisation du mot de passe n'arrive jamais. Merci de m'aider
{prenom}""", [], cte="7bit"),

R("fr-neg-copie-facture", "Copie de facture",
"""Bonjour,
Pourriez-vous me renvoyer une copie de la facture de la formation de mars ? Ma comptable me la réclame.
Merci,
{name}""", []),

R("fr-neg-facture-nom-societe", "Facture au nom de l'entreprise",
"""Bonjour,

La facture n°2025-041 a été établie à mon nom, mais c'est ma société qui règle. Pouvez-vous en éditer une nouvelle au nom de SARL Ecorce & Lin, 5 rue Porte-Neuve, 36100 Issoudun, SIRET 812 345 678 00019 ?

Merci d'avance,
{name}""", []),  # NEAR-LINE: correcting an invoice addressee (company billing), not personal data about herself -> negative

R("fr-neg-annulation-atelier", "Annulation atelier samedi",
"""Bonjour Sandra,
Je suis désolée mais je dois annuler ma participation à l'atelier de samedi, mon fils est malade. Est-ce que je peux reporter sur la session de décembre ?
{prenom}""", []),

R("fr-neg-supprimer-creneau", "Supprimer le créneau de jeudi",
"""Coucou, tu peux supprimer mon créneau de jeudi 14h dans Calendly ? J'en ai repris un le mardi suivant. Merci !""", []),

R("fr-neg-fermer-compte", "Fermer mon compte",
"""Bonjour,
Je voudrais fermer mon compte sur votre plateforme, je n'en ai plus l'utilité. Comment faire ?
Merci
{name}""", []),  # NEAR-LINE: close account alone, no data mentioned -> negative

R("fr-neg-resiliation-abonnement", "Résiliation abonnement mensuel",
"""Bonjour,

Je souhaite résilier mon abonnement mensuel au Cercle Floraison à compter du mois prochain. Merci de ne plus prélever.

Cordialement,
{name}""", []),

R("fr-neg-question-droit", "Question sur mes droits",
"""Bonjour,

Petite question : ai-je le droit de demander la suppression de mes notes de séance même si la formation a été payée par mon employeur ? Je ne le demande pas maintenant, je veux juste savoir.

Merci,
{prenom}""", []),  # NEAR-LINE: asks how a right works, explicitly not asking -> negative

R("fr-neg-duree-conservation", "Durée de conservation",
"""Bonjour Sandra,
Combien de temps gardez-vous les questionnaires remplis pendant les ateliers ? C'est par curiosité, je prépare moi-même mon registre RGPD.
{prenom}""", []),

R("fr-neg-rgpd-formation", "Formation RGPD pour mon équipe ?",
"""Bonjour,

Je suis responsable RH dans une PME de 40 salariés à Vierzon. Proposez-vous un module de sensibilisation au RGPD et à la protection des données dans le cadre de vos formations managériales ? Nous aurions besoin de 2 demi-journées.

Cordialement,
{name}
Responsable RH – Métallerie du Cher""", []),

R("fr-neg-consentement-theme", "Atelier sur le consentement",
"""Bonjour Sandra,

Je suis très intéressée par votre atelier « Dire non, le consentement au quotidien ». Reste-t-il des places pour la session du 22 ? Est-ce adapté à une personne qui débute ?

Belle journée,
{prenom}""", []),

R("fr-neg-effacer-tableau", "Photos du tableau",
"""Bonjour Sandra, est-ce que tu as pris en photo le tableau avant de l'effacer à la fin de l'atelier ? J'aimerais bien avoir la carte mentale qu'on a faite sur les valeurs. Merci !
{prenom}""", []),

R("fr-neg-acces-salle", "Accès à la salle",
"""Bonjour,
Pour l'atelier de mardi, on accède à la salle par la cour ou par la rue ? Et y a-t-il un ascenseur, je suis en béquilles.
Merci,
{name}""", []),

R("fr-neg-export-agenda", "Export agenda",
"""Bonjour, est-ce qu'il y a un moyen d'exporter les dates des séances collectives dans mon agenda Google ? Un fichier .ics par exemple. Merci""", []),

R("fr-neg-corriger-document", "Mon CV à corriger",
"""Bonjour Sandra,

Comme convenu en séance, je vous envoie mon CV. Pouvez-vous le corriger / annoter avant notre prochain rendez-vous ?

Merci !
{prenom}""", [], att=[("docx", "CV_2025.docx", "Curriculum vitae - experiences et competences")]),

R("fr-neg-s-opposer-manager", "Question pour la séance",
"""Bonjour,
Pour notre prochaine séance, j'aimerais qu'on travaille sur comment m'opposer à mon manager sans que ça tourne au conflit. Il me charge de dossiers qui ne sont pas les miens.
À jeudi,
{prenom}""", []),

R("fr-neg-retirer-colis", "Votre livre",
"""Bonjour Sandra,
Je n'ai pas pu retirer le colis avec le livre et le carnet au point relais, il a été renvoyé. Pouvez-vous le réexpédier ? 
{name}""", []),

R("fr-neg-mes-informations-inscription", "Inscription formation mai",
"""Bonjour,

Voici mes informations pour l'inscription à la formation de mai :
Nom : {nom}
Prénom : {prenom}
Tél. : 06 12 45 78 90
Adresse : 22 rue de la République, 36100 Issoudun

Je réglerai par virement.
Cordialement""", []),

R("fr-neg-donne-consentement", "Accord pour le témoignage",
"""Bonjour Sandra,

Avec plaisir ! Tu peux utiliser mon témoignage et mon prénom sur ton site, et même la photo de l'atelier. J'ai signé le formulaire, je te le renvoie en pièce jointe.

Bises,
{prenom}""", [], att=[("pdf", "autorisation_temoignage.pdf", "Autorisation d'utilisation de temoignage - signee")]),

R("fr-neg-merci-suppression", "Re: Suppression de vos données",
"""Merci beaucoup Sandra pour ta réactivité, c'est parfait.

Bonne continuation !
{prenom}""", [], quote=("gmail_fr", """Bonjour {prenom},

Comme demandé, j'ai supprimé l'ensemble de tes données de mon fichier clients et de la plateforme Systeme.io. Tu ne recevras plus aucun message de ma part.

Belle route,
Sandra""")),  # NEAR-LINE: thank-you above a handled erasure -> negative

R("fr-neg-merci-export", "Re: Export de vos données",
"""Bien reçu, merci ! Le fichier s'ouvre sans problème.""", [], quote=("apple_fr", """Bonjour,
Vous trouverez ci-joint l'export de vos données au format CSV, comme demandé.
Sandra Delomenie""")),

R("fr-neg-cnil-copie", "Copie de ma plainte à la CNIL",
"""Madame,

Pour votre information, je vous adresse copie de la plainte que j'ai déposée ce jour auprès de la CNIL (référence 25-118734) concernant la réception répétée de vos courriels commerciaux.

{name}""", [], att=[("pdf", "plainte_cnil.pdf", "CNIL - Plainte en ligne - accuse de reception n 25-118734")]),  # NEAR-LINE: copy of CNIL complaint -> negative

R("fr-neg-tiers-mari", "Données de mon mari",
"""Bonjour,

Mon mari a suivi une formation chez vous l'année dernière. Pouvez-vous me dire ce que vous avez comme informations sur lui ? Il est très occupé et m'a demandé de m'en charger.

{name}""", []),  # NEAR-LINE: spouse, living adult, no mandate -> negative

R("fr-neg-tiers-collegue", "Pour ma collègue",
"""Bonjour,
Ma collègue Sabine Morel aimerait être retirée de vos fichiers, elle m'a demandé de vous écrire car elle n'a plus accès à sa boîte mail. Merci
{prenom}""", []),  # NEAR-LINE: colleague for another living adult -> negative

R("fr-neg-rdv-report", "Report rdv",
"""Bonjour Sandra, je peux décaler notre rendez-vous de vendredi à la semaine prochaine ? Je suis en déplacement. Merci ! {prenom}""", []),

R("fr-neg-zoom-lien", "Lien Zoom ?",
"""Bonjour, je n'ai pas reçu le lien Zoom pour la séance de groupe de ce soir. Pouvez-vous me le renvoyer ?""", []),

R("fr-neg-questions-contenu", "Question sur l'exercice de la semaine",
"""Bonjour Sandra,

Dans le module 4, l'exercice de la « ligne de vie » : faut-il remonter jusqu'à l'enfance ou seulement les dix dernières années ? Je bloque un peu.

Merci,
{prenom}""", []),

R("fr-neg-paiement-echelonne", "Paiement en plusieurs fois",
"""Bonjour,
Est-il possible de payer le parcours « Confiance » en 3 fois ? Et est-ce éligible au CPF ?
Merci,
{name}""", []),

R("fr-neg-entreprise-convention", "Convention de formation – 3 salariées",
"""Bonjour Madame Delomenie,

Suite à notre échange téléphonique, je vous confirme l'inscription de trois de nos collaboratrices à la formation « Communication bienveillante » des 12 et 13 juin. Merci de nous adresser la convention de formation ainsi que le programme détaillé.

Vous trouverez ci-joint la liste des participantes.

Cordialement,
{name}
Service Formation – Crédit Agricole Centre Loire""", [], att=[("csv", "participantes.csv", "nom;prenom;service\nDurand;Elise;Comptabilite\nPetit;Lea;Accueil\nRobert;Ines;RH\n")]),

R("fr-neg-rh-attestation", "Attestation de présence",
"""Bonjour,

Pourriez-vous nous transmettre les attestations de présence de nos salariés pour la session du 4 mars ? Notre OPCO les réclame.

Bien cordialement,
{name}
Assistante RH""", []),

R("fr-neg-merci-atelier", "Merci pour samedi !",
"""Sandra,

Je voulais juste te dire merci pour l'atelier de samedi. Je suis repartie légère, avec plein d'idées. Le moment sur les croyances limitantes m'a bouleversée (dans le bon sens).

À très vite,
{prenom}""", [], html="alt"),

R("fr-neg-iphone-retard", "Retard",
"""J'arrive avec 10 min de retard désolée !

Envoyé de mon iPhone""", [], frm=("Elsa Marchetti", "elsa.marchetti@icloud.com")),

R("fr-neg-quebec-horaire", "Heure de la classe virtuelle",
"""Allô Sandra!

La classe virtuelle de mardi, c'est à 19h heure de Paris, donc 13h chez nous à Montréal, c'est bien ça? Je veux pas la manquer.

Merci là!
{prenom}""", []),

R("fr-neg-suisse-facture-chf", "Facture en CHF ?",
"""Bonjour Madame,

Serait-il possible d'obtenir la facture en francs suisses, ou à tout le moins avec la mention du taux de change ? C'est pour ma déclaration.

Meilleures salutations,
{name}""", []),

R("fr-neg-belge-place", "Encore de la place ?",
"""Bonjour Sandra, il reste encore de la place pour la retraite de septante-deux heures en octobre ? On serait deux copines de Charleroi. Bisous""", []),

R("fr-neg-ex-client-newsletter-feedback", "Ta dernière lettre",
"""Sandra, ta lettre de ce mois sur le « droit à l'erreur » m'a fait un bien fou. Je l'ai transférée à ma sœur. Continue !
{prenom}""", []),

R("fr-neg-supprimer-doublon", "Inscrite deux fois",
"""Bonjour,
Je crois que je me suis inscrite deux fois à l'atelier du 8 (une fois avec mon adresse perso, une fois avec la pro). Vous pouvez supprimer une des deux inscriptions, je ne veux pas payer deux fois.
{prenom}""", []),  # NEAR-LINE: removing a duplicate booking, not her data -> negative

R("fr-neg-desinscription-atelier", "Désinscription atelier du 15",
"""Bonjour, je souhaite me désinscrire de l'atelier du 15 novembre, je ne pourrai pas être présente. Remboursement possible ? Merci""", []),  # NEAR-LINE: unregistering from a workshop (booking), not a mailing list -> negative

R("fr-neg-lien-replay", "Replay de la séance",
"""Bonjour,
J'ai raté la séance collective de mardi. Le replay sera-t-il disponible dans l'espace membre ? Je n'y vois que celui de la semaine précédente.
Merci
{prenom}""", []),

R("fr-neg-acceder-espace", "accéder à mon espace",
"""Bonjour comment je fais pour accéder à mon espace ? j'ai acheté la formation hier et je n'ai rien reçu""", [], cte="7bit"),

# ---- platform notifications ----
R("fr-neg-systeme-vente", "Nouvelle vente : Oser sa place – Programme complet",
"""Bonjour Sandra,

Félicitations ! Vous avez réalisé une nouvelle vente.

Produit : Oser sa place – Programme complet
Montant : 297,00 €
Client : c***@gmail.com

Consultez le détail dans votre tableau de bord Systeme.io.

L'équipe Systeme.io""", [], frm=SYS, html="only", headers=AUTO, no_mailer=True),

R("fr-neg-systeme-desabo", "Un contact s'est désabonné",
"""Bonjour,

Le contact m***@orange.fr s'est désabonné de votre liste « Newsletter Floraison ».

Vous pouvez gérer vos contacts depuis l'onglet Contacts.

Systeme.io""", [], frm=SYS, html="only", headers=AUTO),  # NEAR-LINE: platform notice of an unsubscribe, not the subscriber writing -> negative

R("fr-neg-stripe-paiement", "Paiement reçu de 180,00 €",
"""Vous avez reçu un paiement de 180,00 € EUR.

Description : Atelier « Apprivoiser son stress » – 2 places
Client : {name}
Date : voir tableau de bord

Afficher le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Stripe""", [], frm=("Stripe", "notifications@stripe.com"), html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-stripe-litige", "Un litige a été ouvert",
"""Un client a contesté un paiement de 97,00 € (motif : produit non reçu).

Vous avez jusqu'au 14 du mois prochain pour répondre avec des justificatifs.

Répondre au litige : https://dashboard.stripe.com/disputes

Stripe""", [], frm=("Stripe", "notifications@stripe.com"), html="only"),

R("fr-neg-paypal", "Vous avez reçu un paiement",
"""Bonjour Sandra Delomenie,

{name} vous a envoyé 45,00 EUR.

Note : "séance individuelle du 3"

Numéro de transaction : 4JH21876AB2345610

PayPal""", [], frm=("service@paypal.fr", "service@paypal.fr"), html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-qonto", "Nouveau virement reçu",
"""Bonjour Sandra,

Un virement de 540,00 € a été reçu sur votre compte Qonto.
Émetteur : CA CENTRE LOIRE FORMATION
Libellé : FACT 2025-063

Toute l'équipe Qonto""", [], frm=("Qonto", "noreply@qonto.com"), html="only"),

R("fr-neg-urssaf", "Votre déclaration de chiffre d'affaires",
"""Madame DUMOT-DELOMENIE Sandra,

Nous vous rappelons que votre déclaration de chiffre d'affaires mensuelle doit être effectuée avant la fin du mois sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

L'Urssaf""", [], frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

R("fr-neg-calendly-annul", "Annulé : Séance découverte (30 min) avec {name}",
"""Bonjour Sandra,

{name} a annulé l'événement suivant :

Séance découverte (30 min)
Motif de l'annulation : « imprévu professionnel, je reprendrai un créneau »

Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-calendly-new", "Nouvel événement : Séance individuelle – 60 min",
"""Bonjour Sandra,

Un nouvel événement a été programmé.

Invité : {name}
Email : voir Calendly
Réponses aux questions : « Je voudrais travailler sur ma prise de parole en public »

Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="only"),

R("fr-neg-zoom-enregistrement", "L'enregistrement cloud est maintenant disponible",
"""Bonjour Sandra,

L'enregistrement cloud de votre réunion « Cercle Floraison – séance 6 » est maintenant disponible.

Les enregistrements seront supprimés automatiquement au bout de 30 jours.

L'équipe Zoom""", [], frm=("Zoom", "no-reply@zoom.us"), html="alt"),

R("fr-neg-google-securite", "Alerte de sécurité",
"""Nouvelle connexion sur Mac

Nous avons détecté une nouvelle connexion à votre compte Google contact@floraisondesoi.fr. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Google""", [], frm=("Google", "no-reply@accounts.google.com"), html="only"),

R("fr-neg-brevo-dpa", "Mise à jour de nos conditions et de notre accord de traitement des données",
"""Bonjour,

Nous mettons à jour nos Conditions d'utilisation et notre Accord de traitement des données (DPA), conformément au RGPD. Ces changements prendront effet dans 30 jours. Aucune action n'est requise de votre part.

L'équipe Brevo""", [], frm=("Brevo", "no-reply@brevo.com"), html="alt", headers={"List-Unsubscribe": "<https://www.brevo.com/unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-systeme-rgpd-notice", "Systeme.io : évolution de notre politique de confidentialité",
"""Bonjour,

Nous avons mis à jour notre politique de confidentialité afin de mieux vous informer sur vos droits d'accès, de rectification et d'effacement. Vous pouvez la consulter sur notre site.

L'équipe Systeme.io""", [], frm=SYS, html="only", headers=AUTO),

R("fr-neg-spam-conformite", "URGENT : votre site n'est pas conforme au RGPD",
"""Madame, Monsieur,

Notre audit automatisé a relevé que votre site floraisondesoi.fr n'est pas conforme au RGPD. Vous risquez une amende pouvant atteindre 20 000 000 €. Régularisez votre situation sous 48 h en souscrivant notre pack conformité à 490 € HT.

Service Conformité Numérique""", [], frm=("Service Conformité RGPD", "info@mise-en-conformite-rgpd.info"), html="alt"),

R("fr-neg-phishing-orange", "Votre boîte mail sera désactivée",
"""Cher client Orange,

Votre messagerie a atteint sa capacité maximale. Pour éviter la suppression de vos données, veuillez confirmer votre identifiant sous 24h :
http://orange-securite-verif.com/login

Service Client Orange""", [], frm=("Orange Service", "support@orange-securite-verif.com"), to="sandra.delomenie@orange.fr", html="only"),

R("fr-neg-phishing-systeme", "Action requise : paiement refusé",
"""Bonjour,

Votre abonnement Systeme.io n'a pas pu être renouvelé. Mettez à jour vos informations de paiement pour ne pas perdre l'accès à vos formations :
https://systeme-io-billing.help/update

Systeme.io Billing""", [], frm=("Systeme.io Billing", "billing@systeme-io-billing.help"), html="only"),

# ---- auto replies / bounces ----
R("fr-neg-autoreply-conges", "Réponse automatique : Re: Intervention du 12 juin",
"""Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, avec un accès limité à mes mails. Pour toute urgence, contactez le service formation au 02 54 00 00 00.

Cordialement,
{name}""", [], headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreply-rgpd", "Accusé de réception automatique",
"""Bonjour,

Nous accusons bonne réception de votre message. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition aux données vous concernant, que vous pouvez exercer à l'adresse dpo@mutuelle-berry.fr.

Le service clients vous répondra sous 48 h.

Mutuelle du Berry""", [], frm=("Mutuelle du Berry", "service.clients@mutuelle-berry.fr"), headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),  # NEAR-LINE: auto-reply listing GDPR rights -> negative

R("fr-neg-bounce-orange", "Undelivered Mail Returned to Sender",
"""Ceci est un message du système de messagerie.

Votre message n'a pu être remis à un ou plusieurs destinataires.

<m.gauthier36@wanadoo.fr> : boîte aux lettres inexistante""", [], frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"), kind="bounce", to="sandra.delomenie@orange.fr",
  dsn="Reporting-MTA: dns; smtp.orange.fr\n\nFinal-Recipient: rfc822; m.gauthier36@wanadoo.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n",
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: m.gauthier36@wanadoo.fr\nSubject: Votre inscription à l'atelier\n", headers={"Auto-Submitted": "auto-replied"}),

R("fr-neg-bounce-newsletter", "Delivery Status Notification (Failure)",
"""Message non remis

Votre message à lea.petit@hotmail.fr n'a pas pu être distribué : la boîte du destinataire est pleine.""", [], frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), kind="bounce",
  dsn="Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; lea.petit@hotmail.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full\n",
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: lea.petit@hotmail.fr\nSubject: La lettre de Floraison - mars\n"),

# ---- her own sent mail ----
R("fr-neg-sent-confirm-effacement", "Confirmation de suppression de vos données",
"""Bonjour,

Je vous confirme que, suite à votre demande du 3 courant, l'ensemble de vos données personnelles a été supprimé de mes fichiers et de la plateforme de formation.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – Coaching & formation
46 rue …, 36100 Issoudun""", [], frm=SANDRA),

R("fr-neg-sent-export", "Vos données – export",
"""Bonjour,

Comme suite à votre demande, veuillez trouver ci-joint l'export de vos données (fiche, historique des séances) au format CSV.

Belle journée,
Sandra""", [], frm=SANDRA, att=[("csv", "export_donnees.csv", "champ;valeur\nnom;Exemple\nseances;6\n")]),

R("fr-neg-sent-newsletter", "🌱 La lettre de Floraison – Oser dire non",
"""Bonjour à toutes et à tous,

Ce mois-ci, je vous propose de réfléchir à la place du « non » dans nos vies. Dire non à une demande, c'est souvent dire oui à soi.

Prochains ateliers :
- 14 : Apprivoiser son stress (Issoudun)
- 21 : Classe virtuelle « Poser ses limites »

Se désinscrire : https://floraisondesoi.fr/desinscription

Sandra""", [], frm=("Floraison de Soi", "contact@floraisondesoi.fr"), to="lettre@floraisondesoi.fr", html="alt",
  headers={"List-Id": "La lettre de Floraison <lettre.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:contact@floraisondesoi.fr?subject=unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-sent-rappel", "Rappel : séance de groupe jeudi 18h30",
"""Bonjour à toutes,

Petit rappel : notre séance de groupe a lieu jeudi à 18h30 sur Zoom. Pensez à avoir de quoi écrire.

À jeudi,
Sandra""", [], frm=("Sandra Delomenie", "sandra.delomenie@orange.fr"), to="contact@floraisondesoi.fr"),

R("fr-neg-sent-rectif-faite", "Re: Changement d'adresse",
"""Bonjour,

C'est fait, votre nouvelle adresse a bien été enregistrée et l'ancienne supprimée.

Sandra""", [], frm=SANDRA, quote=("gmail_fr", """Bonjour, je déménage, voici ma nouvelle adresse : 9 rue Basse, 18100 Vierzon.
Merci !"""), qfrom=("Corinne Aubry", "corinne.aubry@gmail.com")),  # NEAR-LINE: her reply above a rectification request -> negative

# ---- quoted-request negatives ----
R("fr-neg-merci-au-dessus-demande", "Re: Demande d'accès à mes données",
"""Super, merci Sandra ! Rien d'autre à ajouter, tout est clair.

{prenom}""", [], quote=("outlook_fr", """Bonjour,

Conformément à l'article 15 du RGPD, je souhaite recevoir une copie de mes données.

{name}"""), qsubject="Demande d'accès à mes données", qfrom="self"),

R("fr-neg-fwd-info-collegue", "TR: Atelier stress – infos",
"""Salut Sandra, je te transfère le message de ma collègue qui est intéressée par ton atelier, tu peux la recontacter ?

{prenom}""", [], quote=("fwd_fr", """Bonjour {prenom},
Tu peux me donner le contact de la coach dont tu m'as parlé ? L'atelier sur le stress m'intéresse.
Bises
Marine"""), qfrom=("Marine Lopez", "marine.lopez@gmail.com")),

R("fr-neg-rfc822-fwd", "Fwd: votre commande",
"""Bonjour Sandra,

Je te transfère le mail de confirmation, je ne comprends pas pourquoi j'ai été débitée deux fois. Tu peux regarder ?

{prenom}""", [], kind="rfc822", inner=dict(key="fr-neg-rfc822-fwd-inner", subject="Confirmation de votre commande",
  body="Merci pour votre commande !\n\nProduit : Mini-formation « Respirer »\nMontant : 27,00 €\n\nL'équipe Floraison de Soi", rights=[], frm=("Floraison de Soi", "no-reply@systeme.io"))),

R("fr-neg-question-cnil", "CNIL",
"""Bonjour,
si je ne suis pas satisfaite de la réponse à une demande concernant mes données, je peux saisir la CNIL directement ou je dois d'abord vous écrire ? C'est une question générale.
{prenom}""", []),

R("fr-neg-cnil-plainte-pour-info", "Réclamation auprès de la CNIL",
"""Madame,

Je vous informe avoir saisi la Commission nationale de l'informatique et des libertés au sujet de l'absence de réponse à mon courrier du mois dernier. La CNIL prendra contact avec vous.

{name}""", []),  # NEAR-LINE: notifying a CNIL complaint, no new request stated -> negative

R("fr-neg-tiers-fille-majeure", "ma fille",
"""Bonjour madame, ma fille de 24 ans a fait votre formation. Je voudrais savoir ce qu'elle vous a raconté dans le questionnaire, je m'inquiète pour elle. Merci de me répondre.""", []),  # NEAR-LINE: parent of adult child -> negative

R("fr-neg-partenaire", "Proposition de partenariat",
"""Bonjour Sandra,

Je suis naturopathe à Bourges et j'aimerais te proposer un atelier croisé « corps et mental ». On pourrait partager nos fichiers de contacts pour la communication ? (je sais, RGPD oblige, il faudra demander leur consentement aux personnes !)

Au plaisir,
{name}""", []),

R("fr-neg-avis-formation", "Questionnaire de satisfaction rempli",
"""Bonjour,
J'ai rempli le questionnaire de satisfaction de la formation, par contre la question 7 ne s'enregistrait pas. Je vous mets ma réponse ici : 9/10, très bon rythme.
{name}""", []),

R("fr-neg-systeme-bug", "Vidéo qui ne se lance pas",
"""Bonjour Sandra,
La vidéo du module « Mes valeurs » ne se lance pas sur Safari (écran noir). Sur Chrome ça marche. Je te le signale au cas où d'autres ont le souci.
{prenom}""", []),

R("fr-neg-login-email-change", "Je ne peux plus me connecter",
"""Bonjour,

J'ai changé d'adresse mail chez mon fournisseur et maintenant je ne peux plus me connecter à la plateforme, qui me demande un code envoyé à l'ancienne adresse. Comment puis-je faire pour accéder à mes cours ?

{name}""", []),  # NEAR-LINE: login problem, no new value given nor asked to update records -> negative

R("fr-neg-inscription-groupe", "Inscription au groupe de parole",
"""Bonjour, je voudrais m'inscrire au groupe de parole du lundi soir. Vous avez besoin de quelles informations ? Merci, {prenom}""", []),

R("fr-neg-cadeau", "Bon cadeau",
"""Bonjour Sandra,

Je voudrais offrir une séance à ma sœur pour son anniversaire. Faites-vous des bons cadeaux ? Elle s'appelle Aurore, mais je préfère lui faire la surprise, donc merci de m'envoyer le bon à moi.

{name}""", []),

R("fr-neg-sms-ok", "ok",
"""ok pour jeudi, merci !!""", [], cte="7bit"),

R("fr-neg-subject-only-facture", "Facture atelier 14 juin", "", []),

R("fr-neg-copie-support", "Support de formation",
"""Bonjour,
Serait-il possible d'avoir une copie du support PowerPoint de la formation ? J'aimerais le repartager à mon équipe (en interne seulement).
Merci,
{name}""", []),

R("fr-neg-rh-rgpd-question", "Intervention : questions pratiques",
"""Bonjour Madame Delomenie,

Pour l'intervention auprès de nos managers, avez-vous besoin de la liste nominative des participants à l'avance ? Notre DPO demande que l'on limite les données transmises au strict nécessaire ; les prénoms suffiraient-ils ?

Cordialement,
{name}
Responsable formation""", []),

R("fr-neg-google-agenda", "Invitation : Point trimestriel – Cercle Floraison",
"""Vous avez été invité(e) à l'événement suivant.

Point trimestriel – Cercle Floraison
Quand : jeudi 18:30 – 19:30 (heure d'Europe centrale)
Participants : contact@floraisondesoi.fr, {name}

Accepter / Refuser / Peut-être

Invitation de Google Agenda""", [], frm=("Google Agenda", "calendar-notification@google.com"), html="alt",
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\nSUMMARY:Point trimestriel\r\nDTSTART:20251015T163000Z\r\nDTEND:20251015T173000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),

R("fr-neg-sent-cours-acces", "Vos accès au programme « Oser sa place »",
"""Bonjour,

Bienvenue dans le programme ! Voici comment accéder à votre espace :
1. Rendez-vous sur floraisondesoi.systeme.io/connexion
2. Identifiant : votre adresse mail
3. Cliquez sur « mot de passe oublié » pour créer le vôtre.

À très vite,
Sandra""", [], frm=SANDRA, html="alt"),

R("fr-neg-newsletter-reponse-perso", "Re: 🌱 La lettre de Floraison – Oser dire non",
"""Quel beau texte Sandra. Le « non » c'est tout mon chantier de l'année. Merci !""", [],
  quote=("gmail_fr", """Bonjour à toutes et à tous,
Ce mois-ci, je vous propose de réfléchir à la place du « non » dans nos vies.
Se désinscrire : https://floraisondesoi.fr/desinscription"""), qfrom=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("fr-neg-opposer-temoignage-theme", "Sujet pour la prochaine lettre ?",
"""Bonjour Sandra,
Une idée de sujet pour ta newsletter : comment s'opposer à une décision de sa hiérarchie sans se griller. Beaucoup de copines en parlent.
{prenom}""", []),

R("fr-neg-cpf", "Mon compte CPF",
"""Bonjour,

Sur Mon Compte Formation, votre formation apparaît toujours « en attente de validation ». Est-ce normal ? Je ne voudrais pas perdre ma place.

Cordialement
{name}""", []),

R("fr-neg-sondage-dates", "Sondage dates",
"""Bonjour Sandra, j'ai rempli le sondage pour les dates de la session d'hiver, par contre je ne vois pas l'option samedi matin. C'est exclu ?
{prenom}""", []),

R("fr-neg-lettre-recommande", "Attestation fiscale",
"""Bonjour,
Pouvez-vous m'envoyer une attestation de paiement pour mes séances (crédit d'impôt via mon employeur) ?
Merci
{name}""", []),

R("fr-neg-pdf-info-consentement", "Fiche de consentement pour l'atelier ados",
"""Bonjour,

Voici la fiche de consentement parental signée pour que ma fille participe à l'atelier « Confiance ados » samedi. J'autorise aussi les photos.

Bonne journée,
{name}""", [], att=[("pdf", "consentement_parental.pdf", "Autorisation parentale - atelier Confiance ados - signee")]),
]

RECORDS += [
R("fr-neg-formulaire-devis", "Nouveau message depuis le site",
"""Nom : {name}
Sujet : Demande de devis

Message :
Bonjour, je dirige une association d'aide aux aidants à Levroux. Nous aimerions un atelier « gestion du stress » pour une quinzaine de bénévoles. Pouvez-vous m'envoyer un devis ? Mes informations de contact sont dans le formulaire.""", [], form=True),

R("fr-neg-formulaire-acces-cours", "Nouveau message depuis le site",
"""Nom : {name}
Sujet : Accès formation

Message :
J'ai payé la mini-formation mais le mail d'accès n'est jamais arrivé, ni dans les spams. Merci de me renvoyer mes accès.""", [], form=True),

R("fr-neg-newsletter-autre-coach", "✨ Les inscriptions au Salon du bien-être de Bourges sont ouvertes",
"""Bonjour Sandra,

Exposants : les inscriptions pour l'édition de printemps du Salon du bien-être de Bourges sont ouvertes ! Stand de 6 m² à partir de 180 €.

Vous recevez ce message car vous avez exposé lors d'une précédente édition. Se désinscrire : https://salon-bienetre-bourges.fr/u

L'équipe du Salon""", [], frm=("Salon du bien-être de Bourges", "contact@salon-bienetre-bourges.fr"), html="alt",
  headers={"List-Id": "Exposants <exposants.salon-bienetre-bourges.fr>", "List-Unsubscribe": "<https://salon-bienetre-bourges.fr/u>", "Precedence": "bulk"}),

R("fr-neg-transfert-sms-planning", "planning",
"""Sandra tu m'envoies le planning des séances de janvier ? je l'ai effacé par erreur de mon tel. merci""", [], cte="7bit"),

R("fr-neg-tiers-associe", "Fiche de mon associée",
"""Bonjour,

Mon associée, Laure, a suivi votre parcours l'an dernier. Pourriez-vous corriger l'adresse de notre cabinet sur sa fiche ? Elle est en congé maternité, je m'en occupe pour elle.

{name}""", []),  # NEAR-LINE: colleague for another living adult -> negative

R("fr-neg-systeme-rgpd-export", "Votre export de contacts est prêt",
"""Bonjour Sandra,

L'export de vos contacts (1 284 contacts, format CSV) que vous avez demandé est prêt. Téléchargez-le depuis votre tableau de bord dans les 7 jours.

L'équipe Systeme.io""", [], frm=("Systeme.io", "no-reply@systeme.io"), html="only", headers={"Auto-Submitted": "auto-generated"}),
]
