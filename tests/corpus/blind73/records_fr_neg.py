# French negatives: everyday mail, hard negatives, notifications, automatic mail, her own sent mail.
from rec import m

SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

RECORDS = [
# ------------------------------------------------------------------ everyday business with trigger words
m("fr-neg-supprimer-creneau", [],
  "Véronique Tardy <veronique.tardy@gmail.com>",
  "Créneau de jeudi",
  """Bonjour Sandra,

Est-ce que tu peux supprimer mon créneau de jeudi 17h ? J'ai un conseil de classe qui tombe pile à ce moment-là. Je reprends celui de la semaine suivante si c'est toujours libre.

Merci, à bientôt
Véro
"""),

m("fr-neg-effacer-tableau-salle", [],
  "Maison des associations d'Issoudun <mda@issoudun.fr>",
  "Salle Albert Camus - rappel des consignes",
  """Bonjour Madame Delomenie,

Suite à votre utilisation de la salle Albert Camus samedi dernier, nous vous rappelons qu'il convient d'effacer le tableau blanc, de remettre les tables en U et de fermer les volets avant de partir. L'utilisateur suivant a trouvé vos schémas au feutre indélébile (?) encore au tableau.

Merci de votre compréhension,
L'équipe de la Maison des associations
"""),

m("fr-neg-acces-salle-badge", [],
  "Sébastien Néraud <s.neraud@pepiniere-chateauroux.fr>",
  "Accès à la salle de formation - badge",
  """Bonjour Madame,

Pour votre session du 9 au 11 octobre, l'accès à la salle de formation du 2e étage se fait par badge. Je vous laisserai le badge à l'accueil le lundi dès 8h, à restituer le vendredi soir. Le code du parking est 4512B.

Bien cordialement,
Sébastien Néraud
Pépinière d'entreprises - Châteauroux Métropole
"""),

m("fr-neg-copie-facture", [],
  "Sandrine Olivier <sandrine.olivier@orange.fr>",
  "Copie de facture",
  """Bonjour,

Ma mutuelle me demande une copie de la facture des séances de mars et avril (ils remboursent 4 séances de "médecines douces", j'ai été la première surprise !). Pourriez-vous me la renvoyer ? Je ne la retrouve plus.

Merci
Sandrine Olivier
"""),

m("fr-neg-export-agenda", [],
  "Lydie - Assistance Administrative <lydie.assist36@gmail.com>",
  "Export de ton agenda",
  """Coucou Sandra,

Pour que je puisse préparer les factures de novembre, tu peux me faire un export de ton agenda Google du mois (Paramètres > Importer/Exporter) ? Sinon donne-moi l'accès en lecture seule, c'est encore plus simple.

Bises, Lydie
"""),

m("fr-neg-corriger-support", [],
  "Antoine Roche <antoine.roche@cc-champagne-berrichonne.fr>",
  "Support de formation - petite coquille",
  """Bonjour Madame Delomenie,

Merci encore pour les deux journées. En relisant le support PDF, j'ai relevé une coquille page 12 : "l'écoute activé" au lieu de "l'écoute active". Peut-être à corriger avant la prochaine session avec le service technique ?

Bien à vous,
Antoine Roche
"""),

m("fr-neg-sopposer-reunion", [],
  "Julien Parent <julien.parent@gmail.com>",
  "Préparation de la séance de mardi",
  """Bonjour Sandra,

Comme convenu, voici le point que je veux travailler mardi : en réunion de service, je n'arrive jamais à m'opposer à mon chef quand il change les plannings à la dernière minute. Je me tais puis je rumine toute la soirée.

J'aimerais qu'on fasse un jeu de rôle là-dessus si c'est possible.

À mardi,
Julien
"""),

m("fr-neg-retirer-colis", [],
  "La Poste - Colissimo <noreply@notif-colissimo-laposte.info>",
  "Votre colis vous attend en bureau de poste",
  """Bonjour,

Votre colis n° 6A23456789012 n'a pas pu vous être livré le 14/11 car vous étiez absent(e).

Vous pouvez le retirer à partir de demain 14h00 au bureau de poste d'Issoudun Centre, muni(e) d'une pièce d'identité et de l'avis de passage.

Il sera conservé 10 jours ouvrables.

Ceci est un message automatique, merci de ne pas y répondre.
""", html="alt", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

m("fr-neg-formation-consentement", [],
  "Estelle Royer <estelle.royer@ifsi-chateauroux.fr>",
  "Demande d'intervention - module consentement",
  """Bonjour Madame,

Je coordonne la 2e année à l'IFSI de Châteauroux. Nous cherchons une intervenante pour une demi-journée sur "le consentement dans la relation de soin : écoute, reformulation, posture". Une collègue m'a parlé de vous.

Seriez-vous disponible au printemps ? Je peux vous envoyer le référentiel.

Estelle Royer
Cadre formatrice
"""),

m("fr-neg-rgpd-sujet-formation", [],
  "Béatrice Lavergne <b.lavergne@bge-indre.fr>",
  "Atelier RGPD pour les créatrices",
  """Bonjour Sandra,

Dans le cadre du programme d'accompagnement des créatrices d'entreprise, on organise un atelier "RGPD et fichier clients : les bases" le 5 juin. On cherche des témoignages d'entrepreneures déjà installées : comment tu gères ta politique de confidentialité, tes mentions légales, etc. Tu voudrais intervenir 20 minutes ?

Béatrice
BGE Indre
"""),

m("fr-neg-mes-informations-inscription", [],
  "Clémence Bouvier <clemence.bouvier@gmail.com>",
  "Inscription atelier du 12",
  """Bonjour,

Voici mes informations pour l'inscription à l'atelier "Cohérence cardiaque" du 12 :
Clémence Bouvier
06 33 18 90 41
clemence.bouvier@gmail.com
Je viendrai avec une amie qui vous écrira de son côté.

Merci !
"""),

m("fr-neg-annulation-rdv", [],
  "Gaëlle Fontaine <gaelle.fontaine@orange.fr>",
  "Annulation",
  """Bonjour Sandra, je dois annuler mon rdv de demain, ma fille est malade. Je vous rappelle pour en refixer un. Désolée du délai ! Gaëlle
"""),

m("fr-neg-annulation-atelier", [],
  "Robert et Michèle Cazin <cazin.famille@wanadoo.fr>",
  "Atelier du 22 mars",
  """Madame,

Nous étions inscrits tous les deux à l'atelier du 22 mars à Levroux mais nous ne pourrons pas venir (obsèques dans la famille). Est-il possible d'être remboursés ou de reporter sur une autre date ?

Avec nos excuses,
Michèle et Robert Cazin
"""),

m("fr-neg-resiliation-abonnement", [],
  "Pauline Roy <pauline.roy@gmail.com>",
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme "30 minutes pour soi" à la fin du mois en cours. Merci de ne plus effectuer de prélèvement à partir de décembre.

Pauline Roy
"""),

m("fr-neg-mot-de-passe", [],
  "Jocelyne Michaud <jocelyne.michaud@orange.fr>",
  "je n'arrive pas à me connecter",
  """Bonjour,
J'ai demandé 3 fois le lien pour réinitialiser mon mot de passe et je ne reçois rien. J'ai regardé dans les spams. Comment faire pour accéder à mon espace ? La formation commence lundi.
Jocelyne
"""),

m("fr-neg-acceder-espace", [],
  "Lionel <lionel.p@gmail.com>",
  "accès module 4",
  """bonjour le module 4 est grisé dans mon espace alors que j'ai fini le 3. c'est normal ? merci
"""),

# NEAR-LINE: "close my account" with no mention of data -> negative per policy
m("fr-neg-fermer-compte-seul", [],
  "Béatrice Hervé <beatrice.herve@laposte.net>",
  "Clôture de compte",
  """Bonjour, j'ai terminé la formation, vous pouvez clôturer mon compte sur la plateforme. Merci pour tout ! Béatrice
"""),

m("fr-neg-question-duree-conservation", [],
  "Nadège Simon <nadege.simon@gmail.com>",
  "Question avant de m'inscrire",
  """Bonjour,

Avant de m'engager dans l'accompagnement, j'ai une question : combien de temps gardez-vous les notes prises pendant les séances ? Et est-ce que quelqu'un d'autre que vous y a accès ? Je parle de choses assez intimes et j'ai besoin d'être rassurée.

Merci,
Nadège
"""),

m("fr-neg-ai-je-le-droit", [],
  "Renée Boulanger <renee.boulanger@orange.fr>",
  "Petite question",
  """Bonjour Sandra,

Ai-je le droit de vous demander plus tard de supprimer mon témoignage si je change d'avis ? Je veux bien vous l'écrire mais j'aimerais savoir si c'est définitif.

Renée
"""),

m("fr-neg-comment-ca-marche-portabilite", [],
  "Fabien Lacroix <fabien.lacroix@gmail.com>",
  "Portabilité ?",
  """Bonjour, j'ai lu votre politique de confidentialité (oui, je suis de ceux qui lisent 😄). Vous parlez de "portabilité à certaines conditions" : c'est quoi concrètement ces conditions ? Juste par curiosité, je n'ai besoin de rien. Fabien
"""),

m("fr-neg-mari-epouse", [],
  "Christophe Marty <christophe.marty@gmail.com>",
  "Ma femme",
  """Bonjour,

Ma femme, Laure Marty, vient vous voir depuis septembre. Je m'inquiète pour elle. Pourriez-vous me dire de quoi elle vous parle, ou au moins m'envoyer une copie de son dossier ? Je pense que ça m'aiderait à comprendre ce qui se passe.

Christophe Marty
"""),

m("fr-neg-mere-fils-majeur", [],
  "Francine Lebreton <francine.lebreton@wanadoo.fr>",
  "Mon fils Thibault",
  """Bonjour Madame,

Mon fils Thibault, 24 ans, a suivi votre bilan d'orientation. Il ne me dit rien. Pourriez-vous m'envoyer les résultats des tests qu'il a passés ? C'est moi qui ai payé.

Francine Lebreton
"""),

m("fr-neg-drh-salarie", [],
  "Service RH - Menuiseries Berrichonnes <rh@menuiseries-berrichonnes.fr>",
  "Formation managers - feuilles d'émargement et évaluations",
  """Bonjour Madame Delomenie,

Pour notre dossier OPCO, pourriez-vous nous transmettre les feuilles d'émargement signées de la formation managers de septembre, ainsi que les questionnaires d'évaluation à chaud de chacun des 8 participants, notamment celui de M. Kevin Jardin que nous n'avons pas ?

Cordialement,
Audrey Pinault
Responsable RH
""", cc="Direction <direction@menuiseries-berrichonnes.fr>"),

m("fr-neg-entreprise-convention", [],
  "Comptabilité Fournil du Berry <compta@fournil-berry.fr>",
  "Convention de formation signée",
  """Bonjour,

Veuillez trouver ci-joint la convention de formation signée pour la session "Gestion du stress en production" (2 salariés). Merci de nous faire parvenir la facture à l'issue de la formation avec les attestations de présence.

Service comptabilité
""", att=[("pdf", "convention_signee.pdf", "CONVENTION DE FORMATION PROFESSIONNELLE - Fournil du Berry / Floraison de Soi - signee")]),

m("fr-neg-remerciement-apres-effacement", [],
  "Yvette Charpentier <yvette.charpentier@orange.fr>",
  "Re: Confirmation de suppression de vos données",
  """Merci beaucoup Sandra pour votre réactivité, et bonne continuation à vous.
Yvette
""", quote="""Bonjour Madame Charpentier,

Je vous confirme que l'ensemble de vos données a été supprimé de mes fichiers et de la plateforme, à l'exception des factures que je dois conserver 10 ans.

Bien cordialement,
Sandra Delomenie
> Bonjour, pouvez-vous supprimer toutes mes données ? Merci. Yvette Charpentier""", qstyle="gmail"),

m("fr-neg-merci-export-recu", [],
  "Léa Fournier <lea.fournier@gmail.com>",
  "RE: Votre export de données",
  """Bien reçu le fichier, tout est lisible. Merci Sandra, c'était rapide !
""", quote="""Bonjour Léa,

Comme demandé, vous trouverez ci-joint l'export CSV de vos réponses et de votre progression.

Belle journée,
Sandra""", qstyle="outlook"),

m("fr-neg-donne-consentement-temoignage", [],
  "Martine Giraud <martine.giraud@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

Voici le petit texte pour ton site, comme promis. Tu peux le publier avec mon prénom, la ville et la photo que je t'ai envoyée sur WhatsApp, je suis d'accord.

"J'ai découvert avec Sandra que je pouvais dire non sans culpabiliser. Trois mois plus tard, je dors mieux, et je m'écoute enfin."

Martine, Déols
"""),

m("fr-neg-inscription-newsletter", [],
  "Arlette Mallet <arlette.mallet@sfr.fr>",
  "Newsletter",
  """Bonjour, on m'a dit beaucoup de bien de vos ateliers. Pouvez-vous m'ajouter à votre lettre d'information ? Merci. Arlette Mallet, Ardentes
"""),

m("fr-neg-copie-plainte-cnil", [],
  "Gaëtan Morel <gaetan.morel@gmail.com>",
  "Copie de ma plainte à la CNIL",
  """Madame,

Pour votre information, je vous adresse ci-dessous copie de la plainte que je viens de déposer auprès de la CNIL.

-----
Objet : plainte contre Floraison de Soi (Issoudun)
Je reçois depuis deux ans des messages commerciaux de cette entreprise malgré plusieurs demandes de désinscription restées sans effet. Je demande à la CNIL d'intervenir.
-----

G. Morel
"""),

m("fr-neg-cnil-accuse", [],
  "CNIL - Ne pas répondre <ne-pas-repondre@cnil.fr>",
  "Votre plainte n° 25-014872 - accusé de réception",
  """Madame,

La Commission nationale de l'informatique et des libertés accuse réception de la plainte déposée par M. Gaëtan MOREL vous concernant, relative à la réception de messages de prospection.

Nous vous invitons à nous faire part, sous un mois, des suites que vous entendez réserver à cette plainte.

Service de l'exercice des droits et des plaintes
CNIL - 3 place de Fontenoy - TSA 80715 - 75334 Paris Cedex 07
""", headers={"Auto-Submitted": "auto-generated"}, to="orange"),

m("fr-neg-comptable-pieces", [],
  "Cabinet Audit Berry Conseil <m.chabenat@abc-expertise.fr>",
  "Clôture 2025 - pièces manquantes",
  """Bonjour Madame Delomenie,

Dans le cadre de la clôture de l'exercice 2025, il nous manque :
- le relevé Stripe de décembre,
- les factures d'achat OVH et Systeme.io du 2e semestre,
- la copie de l'attestation URSSAF.

Merci de les déposer dans votre espace client avant le 15.

Marc Chabenat
Expert-comptable
"""),

m("fr-neg-rgpd-question-tarif", [],
  "Laurence Besse <laurence.besse@gmail.com>",
  "Tarifs accompagnement",
  """Bonjour,

Je voudrais connaître vos tarifs pour un accompagnement individuel (transition professionnelle). Est-ce que les séances peuvent se faire en visio ? Je suis à Sancerre.

Laurence Besse
"""),

m("fr-neg-radio-interview", [],
  "Christelle - Radio Berry Sud <christelle@radioberrysud.fr>",
  "Interview dans la matinale",
  """Bonjour Sandra,

On prépare une émission sur "prendre soin de soi en hiver" et on aimerait vous recevoir 10 minutes en direct le mardi 20 janvier à 8h15. C'est possible en studio à Issoudun ou par téléphone.

À bientôt j'espère,
Christelle
"""),

m("fr-neg-forum-associations", [],
  "Mairie d'Issoudun - Vie associative <vie.associative@issoudun.fr>",
  "Forum des associations et des acteurs du bien-être",
  """Madame,

Le forum des associations se tiendra le samedi 6 septembre au gymnase Jean-Jaurès. Un espace "bien-être" sera proposé aux professionnels. Merci de retourner le bulletin d'inscription ci-joint avant le 30 juin.

Le service Vie associative
""", att=[("pdf", "bulletin_forum.pdf", "BULLETIN D'INSCRIPTION - Forum des associations 2025 - Espace bien-etre")]),

m("fr-neg-partenariat-naturopathe", [],
  "Élise Morand - Naturopathe <elise.naturo.berry@gmail.com>",
  "Idée de collaboration",
  """Hello Sandra !

On s'est croisées au salon de Bourges. J'ai une idée d'atelier à deux voix : "Stress et alimentation" (toi la partie gestion des émotions, moi l'assiette). Ça te dirait d'en discuter autour d'un café ?

Élise
"""),

m("fr-neg-devis-imprimeur", [],
  "Imprimerie Vatanaise <devis@imprimerie-vatanaise.fr>",
  "Votre devis n° D-2025-0412",
  """Bonjour,

Veuillez trouver ci-joint notre devis pour 500 flyers A5 recto-verso, papier 170 g, et 200 cartes de visite. Délai : 5 jours ouvrés après BAT.

Corrections du BAT : merci de nous indiquer les corrections à apporter au document avant validation.

Cordialement
L'Imprimerie Vatanaise
""", att=[("pdf", "devis_D-2025-0412.pdf", "DEVIS D-2025-0412 - 500 flyers A5 - 200 cartes de visite - 148,00 EUR HT")]),

m("fr-neg-stagiaire-demande", [],
  "Ambre Leroux <ambre.leroux@etu.univ-tours.fr>",
  "Demande de stage",
  """Madame,

Étudiante en Master psychologie du travail à Tours, je recherche un stage de 8 semaines à partir d'avril. Votre approche m'intéresse beaucoup. Vous trouverez mon CV en pièce jointe.

Respectueusement,
Ambre Leroux
""", att=[("docx", "CV_Ambre_Leroux.docx", "Ambre LEROUX\nMaster 1 Psychologie du travail\nUniversite de Tours")]),

m("fr-neg-qualiopi-audit", [],
  "Certif'Qualité Centre <planification@certifqualite-centre.fr>",
  "Audit de surveillance Qualiopi - proposition de date",
  """Madame,

Votre audit de surveillance Qualiopi doit avoir lieu avant le 30 avril. Nous vous proposons le mardi 8 avril (à distance, 1 jour). Merci de préparer les preuves pour les indicateurs 1 à 32, notamment la procédure de traitement des réclamations et l'accès des stagiaires à leurs informations.

Cordialement,
Service planification
"""),

m("fr-neg-client-remerciement", [],
  "Odette Pineau <odette.pineau@orange.fr>",
  "Merci !",
  """Chère Sandra,

Juste un petit mot pour vous dire merci. Hier j'ai enfin osé parler à ma sœur. Ça ne s'est pas passé comme dans nos jeux de rôle, mais presque !

À jeudi,
Odette
"""),

m("fr-neg-report-seance-sms", [],
  "Yann Briand <yann.briand@gmail.com>",
  "demain",
  """slt sandra on peut decaler a 18h demain ? boulot… dsl
"""),

m("fr-neg-retirer-inscription", [],
  "Danielle Marechal <danielle.marechal@laposte.net>",
  "Retirer mon inscription",
  """Bonjour, merci de retirer mon inscription au stage de juillet, je me suis cassé le poignet. Est-ce que l'acompte peut être reporté ? Danielle
"""),

# NEAR-LINE: asks for a duplicate attestation de formation (a business document like an invoice), not her personal records
m("fr-neg-duplicata-attestation", [],
  "Rémi Collet <remi.collet@gmail.com>",
  "Attestation de fin de formation",
  """Bonjour,

France Travail me demande l'attestation de fin de formation de la session de mai. J'ai dû la perdre dans mon déménagement. Pouvez-vous m'en renvoyer un exemplaire ?

Merci,
Rémi Collet
"""),

m("fr-neg-oublier-sac", [],
  "Ginette Lamy <ginette.lamy@wanadoo.fr>",
  "oubli",
  """Bonjour Sandra j ai oublie mon gilet bleu dans la salle hier soir. Vous pouvez le garder jusqu a mardi ? Ginette
""", headers={"X-Mailer": "Orange Messagerie"}),

m("fr-neg-effacer-message-erreur", [],
  "Nicolas Gautier <nicolas.gautier@gmail.com>",
  "Oups",
  """Bonjour Sandra, je viens de vous envoyer un mail qui était destiné à mon garagiste 🙈 Vous pouvez l'effacer sans le lire ! Bonne soirée, Nicolas
"""),

m("fr-neg-demande-info-formation-praticien", [],
  "Sonia Legrand <sonia.legrand@outlook.fr>",
  "Formation praticienne - prise en charge CPF",
  """Bonjour,

La formation de praticienne en relation d'aide est-elle éligible au CPF ? Si oui, quel est le numéro de la session sur Mon Compte Formation ? Et combien de places reste-t-il pour octobre ?

Sonia Legrand
"""),

m("fr-neg-avis-google-demande", [],
  "Hélène Dubreuil <helene.dubreuil@gmail.com>",
  "Avis Google",
  """Bonjour Sandra,

J'ai voulu vous laisser un avis sur Google mais je ne trouve pas votre fiche, il y a deux "Floraison de Soi" dont une à Lyon ! Vous pouvez m'envoyer le lien direct ?

Hélène
"""),

# ------------------------------------------------------------------ forwarded / rfc822
m("fr-neg-transfert-assistante", [],
  "Lydie - Assistance Administrative <lydie.assist36@gmail.com>",
  "Fwd: Demande de devis formation équipe",
  """Sandra, je te transfère ce devis arrivé sur l'ancienne adresse. Je m'en occupe si tu veux, dis-moi juste le tarif jour pour l'intra.

Lydie
""", kind="rfc822", inner=dict(
    frm="Patrice Vernet <p.vernet@ehpad-lesglycines.fr>",
    subject="Demande de devis formation équipe",
    date="2025-09-08 10:12",
    body="Bonjour,\n\nNous souhaiterions un devis pour une formation de 2 jours sur la gestion des émotions pour 10 aides-soignantes.\n\nCordialement,\nPatrice Vernet, directeur\n"), cc="Sandra Delomenie <sandra.delomenie@orange.fr>"),

# ------------------------------------------------------------------ platform notifications
m("fr-neg-stripe-virement", [],
  "Stripe <notifications@stripe.com>",
  "Votre virement de 1 248,60 € est en route",
  """Bonjour Floraison de Soi,

Un virement de 1 248,60 € vers votre compte bancaire se terminant par 4821 a été initié. Il devrait arriver d'ici 2 jours ouvrés.

Consulter le virement dans le Dashboard : https://dashboard.stripe.com/payouts

L'équipe Stripe
""", html="alt", headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Stripe"}),

m("fr-neg-systemeio-vente", [],
  "Systeme.io <no-reply@systeme.io>",
  "Nouvelle vente : Programme 30 minutes pour soi",
  """Félicitations !

Vous avez réalisé une nouvelle vente.
Produit : Programme "30 minutes pour soi" - mensuel
Client : c.l***@gmail.com
Montant : 29,00 €

Connectez-vous à votre tableau de bord pour voir le détail.
""", html="only", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

m("fr-neg-systemeio-dpa", [],
  "Systeme.io <legal@systeme.io>",
  "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour notre accord de traitement des données (Data Processing Agreement) et notre liste de sous-traitants ultérieurs, avec effet au 1er mars 2026. Aucune action n'est requise de votre part. La poursuite de l'utilisation du service vaut acceptation.

Consulter le DPA : https://systeme.io/fr/dpa

L'équipe Systeme.io
""", html="alt", headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe?u=8821>", "Precedence": "bulk"}),

m("fr-neg-qonto-releve", [],
  "Qonto <noreply@qonto.com>",
  "Votre relevé de compte d'octobre est disponible",
  """Bonjour Sandra,

Votre relevé de compte du mois d'octobre est disponible dans votre espace Qonto.

Solde au 31/10 : 3 412,18 €

À bientôt,
L'équipe Qonto
""", html="only", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-urssaf-echeance", [],
  "URSSAF <ne_pas_repondre@urssaf.fr>",
  "Votre déclaration de chiffre d'affaires trimestrielle",
  """Madame DUMOT-DELOMENIE,

Nous vous rappelons que votre déclaration de chiffre d'affaires du 3e trimestre doit être effectuée avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", headers={"Auto-Submitted": "auto-generated"}, to="orange"),

m("fr-neg-paypal-paiement", [],
  "service@paypal.fr <service@paypal.fr>",
  "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 45,00 EUR de Marie-Claude Fleury.

Note : "atelier du 8 février, merci !"

Consultez les détails de la transaction dans votre compte.
""", html="alt", headers={"Auto-Submitted": "auto-generated"}, to="orange"),

m("fr-neg-brevo-rapport", [],
  "Brevo <no-reply@brevo.com>",
  "Rapport de campagne : La lettre de printemps",
  """Votre campagne "La lettre de printemps" a été envoyée à 612 contacts.

Taux d'ouverture : 41,2 %
Taux de clic : 6,8 %
Désinscriptions : 3
Plaintes pour spam : 0

Voir le rapport complet dans votre compte Brevo.
""", html="only", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-ovh-renouvellement", [],
  "OVHcloud <noreply@ovh.com>",
  "Renouvellement de votre nom de domaine floraisondesoi.fr",
  """Bonjour,

Votre nom de domaine floraisondesoi.fr expire le 12/03/2026. Le renouvellement automatique est activé : le montant de 9,59 € TTC sera prélevé sur votre moyen de paiement par défaut.

L'équipe OVHcloud
""", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-google-alerte-securite", [],
  "Google <no-reply@accounts.google.com>",
  "Alerte de sécurité",
  """Nouvelle connexion sur Mac

contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Mac. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité
""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-calendly-nouveau-rdv", [],
  "Calendly <notifications@calendly.com>",
  "Nouvel événement : Aurélien Delorme - Séance découverte 30 min",
  """Bonjour Sandra,

Un nouvel événement a été planifié.

Type d'événement : Séance découverte 30 min
Invité : Aurélien Delorme
Email de l'invité : aurelien.delorme@gmail.com
Date/heure : 10:00 - mardi 3 juin 2025 (heure d'Europe centrale)
Emplacement : Zoom

Réponses de l'invité : "Je voudrais faire le point sur ma reconversion."
""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-moncompteformation", [],
  "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>",
  "Nouvelle demande d'inscription à traiter",
  """Bonjour,

Vous avez reçu une nouvelle demande d'inscription pour l'action de formation "Praticien(ne) en relation d'aide".

Vous disposez de 2 jours ouvrés pour y répondre depuis votre espace EDOF.

La Caisse des Dépôts
""", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-impots", [],
  "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
  "Un nouveau document est disponible dans votre espace professionnel",
  """Madame,

Un nouveau document est disponible dans votre espace professionnel sur impots.gouv.fr : avis de CFE 2025.

Pour le consulter, connectez-vous à votre espace.

La Direction générale des Finances publiques
""", headers={"Auto-Submitted": "auto-generated"}, to="orange"),

m("fr-neg-facebook-page", [],
  "Facebook <notification@facebookmail.com>",
  "Votre Page Floraison de Soi a 3 nouveaux messages",
  """Floraison de Soi

Vous avez 3 nouveaux messages non lus sur votre Page. Répondez rapidement pour améliorer votre taux de réponse.

Voir les messages
""", html="only", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

m("fr-neg-zoom-enregistrement", [],
  "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

Votre enregistrement cloud est maintenant disponible.

Sujet : Atelier en ligne - Sortir du perfectionnisme
Date : 14 nov. 2025 19:00 Paris

Cet enregistrement sera supprimé automatiquement dans 30 jours conformément aux paramètres de votre compte.
""", html="alt", headers={"Auto-Submitted": "auto-generated"}),

# ------------------------------------------------------------------ auto-replies
m("fr-neg-absence-rgpd", [],
  "Service Formation - CCI Indre <formation@indre.cci.fr>",
  "Réponse automatique : Proposition de partenariat",
  """Bonjour,

Votre message a bien été reçu. Le service formation est fermé du 28 juillet au 18 août. Votre demande sera traitée à notre retour.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition aux données vous concernant, que vous pouvez exercer à l'adresse dpo@indre.cci.fr.

CCI de l'Indre
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

m("fr-neg-absence-cliente", [],
  "Isabelle Roux <isabelle.roux@ch-chateauroux.fr>",
  "Absence du bureau : Re: Rappel rendez-vous",
  """Je suis absente jusqu'au lundi 3 novembre inclus. Pour toute urgence, contactez le secrétariat du pôle au 02 54 29 60 00.

Isabelle Roux
Cadre de santé - Centre hospitalier de Châteauroux
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

m("fr-neg-absence-orange", [],
  "Jean-Pierre Vallée <jp.vallee@orange.fr>",
  "Message d'absence",
  """Bonjour, je suis en vacances sans accès à mes mails jusqu'au 25 août. Je vous répondrai à mon retour. Cordialement, JP Vallée
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}),

# ------------------------------------------------------------------ bounces
m("fr-neg-bounce-orange", [],
  "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est le système de messagerie de smtp.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<m.lefevre-berry@wanadoo.fr> : l'adresse n'existe pas (user unknown)
""", kind="bounce", bounce=dict(mta="smtp.orange.fr", rcpt="m.lefevre-berry@wanadoo.fr", status="5.1.1",
  diag="550 5.1.1 <m.lefevre-berry@wanadoo.fr>: Recipient address rejected: User unknown",
  osubject="Votre rendez-vous du 12 mai"), to="orange", headers={"Auto-Submitted": "auto-replied"}),

m("fr-neg-bounce-boite-pleine", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Notification d'état de la distribution (échec)",
  """Votre message n'a pas pu être distribué à annick.poirier.36@gmail.com, car la boîte de réception du destinataire est pleine.
""", kind="bounce", bounce=dict(mta="mx.google.com", rcpt="annick.poirier.36@gmail.com", status="4.2.2",
  diag="452 4.2.2 The recipient's inbox is out of storage space.",
  osubject="Confirmation de suppression de vos données", ofrom="Sandra Delomenie <contact@floraisondesoi.fr>"),
  headers={"Auto-Submitted": "auto-replied"}),

# ------------------------------------------------------------------ phishing / spam
m("fr-neg-phishing-orange", [],
  "Orange Messagerie <securite-compte@orange-verif-client.com>",
  "Votre boîte mail sera suspendue sous 24h",
  """Cher(e) client(e),

Votre espace de stockage est saturé à 98%. Pour éviter la suspension de votre adresse sandra.delomenie@orange.fr, veuillez confirmer vos identifiants dans les 24 heures :

http://orange-verif-client.com/mail/confirm

Service client Orange
""", html="only", to="orange"),

m("fr-neg-phishing-ants", [],
  "Assurance Maladie <info@ameli-remboursement-fr.com>",
  "Remboursement en attente : 187,40 €",
  """Madame, Monsieur,

Après le dernier calcul de vos droits, vous pouvez bénéficier d'un remboursement de 187,40 €. Veuillez mettre à jour vos informations bancaires pour recevoir le virement.

Accéder au formulaire sécurisé
""", html="only"),

m("fr-neg-spam-conformite-rgpd", [],
  "Pôle Conformité Entreprises <mise-en-conformite@rgpd-service-pro.fr>",
  "URGENT - Mise en conformité RGPD obligatoire - Floraison de Soi",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise ne s'est pas encore mise en conformité avec le Règlement Général sur la Protection des Données. Les sanctions peuvent atteindre 20 millions d'euros.

Contactez sans délai notre service au 01 84 XX XX XX pour votre audit obligatoire (forfait 390 € HT).

Cordialement,
Le service conformité
""", headers={"List-Unsubscribe": "<mailto:stop@rgpd-service-pro.fr>"}),

m("fr-neg-spam-referencement", [],
  "Kevin - Agence Boost SEO <kevin@boost-seo-agence.com>",
  "Floraison de Soi en 1ère page de Google ?",
  """Bonjour,

J'ai analysé le site floraisondesoi.fr : 14 erreurs techniques empêchent votre référencement. Je vous propose un audit gratuit de 15 minutes cette semaine.

Kevin
Si vous ne souhaitez plus recevoir nos messages, répondez STOP.
"""),

# ------------------------------------------------------------------ newsletters received
m("fr-neg-newsletter-federation", [],
  "Fédération des coachs du Centre <lettre@coachs-centre.org>",
  "La lettre de la Fédération - Octobre",
  """Au sommaire ce mois-ci :
- Supervision collective : nouvelles dates à Tours et Orléans
- Dossier : le secret professionnel du coach, où en est-on ?
- Rappel : cotisation 2026

Vous recevez cette lettre en tant qu'adhérente. Se désinscrire : https://coachs-centre.org/desinscription
""", html="alt", headers={"List-Id": "Lettre de la Federation <lettre.coachs-centre.org>",
  "List-Unsubscribe": "<https://coachs-centre.org/desinscription?id=4471>, <mailto:unsubscribe@coachs-centre.org>",
  "Precedence": "bulk"}),

m("fr-neg-newsletter-qualiopi", [],
  "Centre Inffo <newsletter@centre-inffo.fr>",
  "L'essentiel de la formation - n° 412",
  """Cette semaine :
- CPF : nouveau reste à charge au 1er mai
- Qualiopi : le guide de lecture mis à jour
- Réforme de l'apprentissage : ce qui change

Se désabonner | Gérer vos préférences
""", html="only", headers={"List-Id": "<essentiel.centre-inffo.fr>",
  "List-Unsubscribe": "<https://www.centre-inffo.fr/unsubscribe?u=99812>", "Precedence": "bulk"}),

# ------------------------------------------------------------------ her own sent mail
m("fr-neg-sent-confirmation-effacement", [],
  SANDRA_C,
  "Confirmation de suppression de vos données",
  """Bonjour Monsieur Chambon,

Suite à votre demande du 4 mars, je vous confirme que vos données personnelles ont été effacées de mon fichier clients, de la plateforme Systeme.io et de l'outil d'envoi de la newsletter.

Seules les factures sont conservées, pour la durée imposée par la loi (10 ans).

Bien cordialement,
Sandra Delomenie
Floraison de Soi - 46 rue d'Estienne d'Orves - 36100 Issoudun
""", to="Didier Chambon <d.chambon@free.fr>"),

m("fr-neg-sent-export", [],
  SANDRA_C,
  "Votre export de données",
  """Bonjour Thomas,

Comme demandé, vous trouverez ci-joint vos données de la plateforme de formation au format CSV (profil, réponses aux quiz, dates de progression).

N'hésitez pas si quelque chose manque.

Belle journée,
Sandra
""", to="Thomas Lemoine <thomas.lemoine@proton.me>",
  att=[("csv", "export_thomas_lemoine.csv", "module;quiz;score;date\n1;Les bases;8/10;2025-02-03\n2;Ecoute active;9/10;2025-02-17\n3;Posture;7/10;2025-03-02\n")]),

m("fr-neg-sent-newsletter", [],
  "Sandra de Floraison de Soi <contact@floraisondesoi.fr>",
  "🌿 La lettre d'automne : ralentir, enfin",
  """Bonjour à toutes et à tous,

L'automne est là, les journées raccourcissent, et c'est souvent le moment où l'on se sent fatigué sans savoir pourquoi. Ce mois-ci, je vous propose trois rendez-vous pour ralentir :

- Atelier "Cohérence cardiaque" - samedi 11 octobre, Issoudun
- Cercle de parole - jeudi 23 octobre, en ligne
- Stage "Se retrouver" - 15 et 16 novembre, Valençay

Prenez soin de vous,
Sandra

Vous recevez ce mail car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire : https://floraisondesoi.fr/desinscription
""", html="alt", to="contact", headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
  "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>", "Precedence": "bulk", "X-Mailer": "Brevo"}),

m("fr-neg-sent-rappel-rdv", [],
  SANDRA_O,
  "Rappel : votre séance de jeudi",
  """Bonjour Karine,

Petit rappel pour notre séance de jeudi à 14h, au cabinet (46 rue d'Estienne d'Orves, sonnette "Floraison de Soi", 1er étage).

À jeudi,
Sandra
""", to="Karine Dupuis <karine.dupuis@gmail.com>", headers={"X-Mailer": "Orange Messagerie"}),

m("fr-neg-sent-reponse-question-duree", [],
  SANDRA_C,
  "Re: Question avant de m'inscrire",
  """Bonjour Nadège,

Les notes de séance sont conservées pendant toute la durée de l'accompagnement puis archivées ; les données de santé sont conservées deux ans maximum. Personne d'autre que moi n'y a accès.

Au plaisir d'échanger de vive voix,
Sandra
""", to="Nadège Simon <nadege.simon@gmail.com>", quote="""Bonjour,
Avant de m'engager dans l'accompagnement, j'ai une question : combien de temps gardez-vous les notes prises pendant les séances ?
Nadège""", qstyle="gmail", qfrom="Nadège Simon <nadege.simon@gmail.com>"),

m("fr-neg-sent-a-soi-meme", [],
  SANDRA_O,
  "à faire",
  """- rappeler Mme Lecomte (transfert dossier Sabourin)
- répondre CNIL plainte Morel avant le 15
- supprimer fiche Chambon dans Brevo + Drive
- commander flyers
""", to="contact", headers={"X-Mailer": "Orange Messagerie"}),
]

RECORDS += [
m("fr-neg-colleague-autre-coach", [],
  "Agathe Rivet <agathe.rivet.coach@gmail.com>",
  "Question RGPD entre collègues",
  """Salut Sandra,

Petite question de collègue : une ancienne cliente m'a demandé de supprimer ses notes de séance, mais j'ai un doute vis-à-vis de l'assurance RCP qui me conseille de garder une trace. Toi, tu fais comment ? Tu gardes quelque chose ?

Bisous et à la supervision,
Agathe
"""),

m("fr-neg-greffe-salon", [],
  "Salon Zen & Bio de Bourges <exposants@salonzenbourges.fr>",
  "Votre stand 2026 - dossier exposant",
  """Madame,

Nous avons bien reçu votre dossier exposant. Il manque l'attestation d'assurance responsabilité civile. Votre stand (n° B14, 6 m²) sera confirmé à réception.

L'organisation
"""),

m("fr-neg-locataire-bureau", [],
  "SCI Les Tilleuls <sci.lestilleuls@orange.fr>",
  "Loyer et charges 2026",
  """Madame Delomenie,

Veuillez trouver ci-joint l'avis de régularisation des charges pour le local du 46 rue d'Estienne d'Orves, ainsi que le nouveau montant du loyer à compter du 1er janvier (indexation ILC).

Cordialement,
M. Chaumette, gérant
""", att=[("pdf", "regul_charges_2025.pdf", "REGULARISATION DES CHARGES 2025 - Local 46 rue d'Estienne d'Orves")]),

m("fr-neg-cliente-facture-nom-entreprise", [],
  "Corinne Gaudin <corinne.gaudin@gaudin-paysage.fr>",
  "Facture au nom de la société",
  """Bonjour Sandra,

Est-ce que vous pourriez refaire la facture de l'accompagnement au nom de la société (Gaudin Paysage SARL, 12 ZA des Coutures, 36100 Issoudun) plutôt qu'à mon nom ? Mon comptable me le demande.

Merci !
Corinne
"""),

m("fr-neg-pro-sante-orientation", [],
  "Dr Philippe Audoux <cabinet.audoux@orange.fr>",
  "Orientation d'une patiente",
  """Chère Madame,

Je me permets de vous adresser une de mes patientes, qui vous contactera elle-même, pour un accompagnement autour de la gestion du stress dans un contexte d'épuisement professionnel. Elle est suivie par ailleurs sur le plan médical.

Confraternellement,
Dr Ph. Audoux, médecin généraliste, Issoudun
"""),

m("fr-neg-parent-inscription-enfant", [],
  "Aline Guillon <aline.guillon@gmail.com>",
  "Stage ados vacances de février",
  """Bonjour,

Je souhaite inscrire ma fille Zoé (13 ans) au stage "Confiance en soi" des vacances de février. Voici ses informations : Zoé Guillon, née le 4/09/2012, collège Les Capucins. Je vous autorise à la photographier pour vos supports si besoin.

Aline Guillon
"""),

m("fr-neg-whatsapp-groupe-lien", [],
  "Sylvain Morin <sylvain.morin@gmail.com>",
  "Lien du groupe",
  """Bonjour Sandra, je n'ai pas reçu le lien pour rejoindre le groupe WhatsApp de la formation. Vous pouvez me le renvoyer ? Sylvain
"""),

m("fr-neg-relance-impaye", [],
  "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Facture FDS-2025-087 - relance",
  """Bonjour Monsieur Briand,

Sauf erreur de ma part, la facture FDS-2025-087 du 3 septembre (3 séances, 165 €) reste à régler. Vous trouverez le RIB en bas de la facture ci-jointe.

Bien cordialement,
Sandra Delomenie
""", to="Yann Briand <yann.briand@gmail.com>", att=[("pdf", "FDS-2025-087.pdf", "FACTURE FDS-2025-087 - 3 seances d'accompagnement - 165,00 EUR - TVA non applicable, art. 293 B du CGI")]),

m("fr-neg-assurance-rcp", [],
  "MAIF Pro <ne-pas-repondre@maif.fr>",
  "Votre attestation d'assurance 2026",
  """Madame,

Votre attestation d'assurance responsabilité civile professionnelle 2026 est disponible dans votre espace sociétaire.

MAIF
""", headers={"Auto-Submitted": "auto-generated"}),

m("fr-neg-question-ou-donnees-stockees", [],
  "Joël Thibault <joel.thibault@gmail.com>",
  "Où sont stockées les données ?",
  """Bonjour,

Je vois dans votre politique que vous utilisez Google Drive et des outils américains. Mes réponses aux questionnaires sont-elles stockées aux États-Unis ? C'est une question de principe, je travaille dans l'informatique.

Joël
"""),

m("fr-neg-mail-vide-pj-planning", [],
  "Marie-Hélène Robin <mh.robin@free.fr>",
  "planning",
  "",
  att=[("png", "planning_novembre.png", "")]),

m("fr-neg-retour-questionnaire-satisfaction", [],
  "Jean Besnier <jean.besnier@orange.fr>",
  "Questionnaire de satisfaction",
  """Bonjour, je vous renvoie le questionnaire rempli. J'ai mis 5/5 partout sauf pour la salle (trop froide !). Bonne journée, Jean Besnier
""", att=[("docx", "questionnaire_satisfaction_Besnier.docx", "Questionnaire de satisfaction\nContenu : 5/5\nAnimatrice : 5/5\nSalle : 3/5 - trop froide")]),

m("fr-neg-covoiturage-stage", [],
  "Francoise T <francoise.tessier@laposte.net>",
  "covoiturage pour le stage",
  """Bonjour Sandra,
Est ce que vous pourriez transmettre mon numéro aux autres participantes du stage de Valençay qui viennent de Châteauroux ? Pour du covoiturage. C'est le 06 84 11 27 39. Merci !
Françoise
"""),

m("fr-neg-opposition-mairie-travaux", [],
  "Collectif rue d'Estienne d'Orves <collectif.estienne@gmail.com>",
  "Pétition contre la fermeture de la rue",
  """Bonjour à tous les commerçants et professionnels de la rue,

La mairie prévoit de fermer la rue à la circulation pendant 4 mois de travaux. Nous nous opposons à ce calendrier qui tombe en pleine saison. Si vous souhaitez signer la pétition, répondez à ce mail avec votre nom et votre activité.

Le collectif
""", headers={"Precedence": "list"}),

m("fr-neg-recrutement-formatrice", [],
  "Aurélie Chassin <a.chassin@of-berry-competences.fr>",
  "Mission de formation - management bienveillant",
  """Bonjour Madame,

Nous recherchons une formatrice indépendante pour animer 6 jours de formation "management bienveillant" auprès d'une collectivité du Cher. Pourriez-vous nous transmettre votre CV et votre tarif journalier ?

Aurélie Chassin
Berry Compétences
"""),
]
