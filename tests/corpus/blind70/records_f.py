# French negatives (part 2): direct, everyday mail using trigger words, platform notices, her own mail.
from common import M

SAN = "Sandra Delomenie <contact@floraisondesoi.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}

RECORDS = [
M("fr-be-annulation-stage-acompte", "Annulation stage de septembre",
"""Bonjour Madame,
Je dois malheureusement annuler ma participation au stage de septembre, mon employeur a déplacé mes congés. J'avais versé un acompte de septante euros : est-il possible de le reporter sur une prochaine session ?
Je vous remercie déjà,
Marie-Christine Dethier
Liège
""", [], frm="Marie-Christine Dethier <mc.dethier@skynet.be>", to=0),

M("fr-ch-facture-tva-employeur", "Facture pour mon employeur",
"""Bonjour Madame Delomenie,
Mon employeur (à Neuchâtel) rembourse la formation. Pourriez-vous m'envoyer une copie de la facture mentionnant votre numéro SIRET ? Je vous en remercie d'avance.
Meilleures salutations,
Stéphanie Perrenoud
""", [], frm="Stéphanie Perrenoud <s.perrenoud@bluewin.ch>", to=1),

M("fr-qc-inscription-webinaire", "Inscription au webinaire",
"""Allo Sandra!
J'aimerais m'inscrire au webinaire de jeudi. Voici mes informations : Julie Gagnon, Montréal, courriel julie.gagnon@videotron.ca. C'est à quelle heure chez nous, avec le décalage? Merci là!
""", [], frm="Julie Gagnon <julie.gagnon@videotron.ca>", to=0),

M("fr-sans-accent-mdp-espace", "mot de passe",
"""bonjour jai oublie mon mot de passe pour acceder a mon espace formation et le lien marche pas, vous pouvez regarder ? merci
kevin
""", [], frm="kevin.lebreton@hotmail.fr", to=0, cte="8bit"),

M("fr-merci-au-dessus-de-sa-demande", "Re: Effacement de mes données",
"""Merci Sandra, c'est très gentil d'avoir fait si vite.
Bonne soirée,
Philippe
""", [], frm="Philippe Barbier <philippe.barbier@sfr.fr>", to=0, reply=True,
q=dict(style="gmail_fr", who=SAN,
text="Bonjour Philippe,\nC'est fait : vos coordonnées ont été effacées de mes fichiers.\nBonne continuation,\nSandra\n\n> Merci d'effacer mes coordonnées de vos fichiers. Cordialement.\n> P. Barbier")),

M("fr-oui-consentement-sante", "Re: Formulaire de consentement - données de santé",
"""Bonjour Sandra,
Oui, je donne mon consentement pour la collecte des informations de santé nécessaires à l'accompagnement. Je vous renvoie le formulaire signé à la séance.
Danièle
""", [], frm="Danièle Roux <daniele.roux@orange.fr>", to=1, reply=True,
q=dict(style="apple_fr", who="Sandra Delomenie <sandra.delomenie@orange.fr>",
text="Bonjour Danièle,\nAvant notre première séance, merci de me confirmer votre accord pour la collecte des données de santé utiles à l'accompagnement.\nSandra")),

M("fr-module-consentement-eclaire", "Question sur le module 3",
"""Bonjour Sandra,
Dans le module 3 sur le consentement éclairé en relation d'aide, vous citez un article du code de déontologie. Pourriez-vous me donner la référence exacte ? Je prépare mon mémoire.
Merci,
Aurélien
""", [], frm="Aurélien Faure <aurelien.faure@univ-tours.fr>", to=0),

M("fr-retirer-colis-livres", "Livres",
"""Coucou Sandra, je passerai retirer le colis de livres que tu m'as mis de côté jeudi vers 18h, si ça te va.
Bises
Agathe
""", [], frm="Agathe Lemaire <agathe.lemaire@gmail.com>", to=0),

M("fr-acces-salle-pmr", "Accès à la salle",
"""Bonjour,
Je me déplace en fauteuil roulant. L'accès à la salle de l'atelier de samedi est-il possible de plain-pied ? Sinon, y a-t-il un ascenseur ?
Merci d'avance,
Jacques Pottier
""", [], frm="Jacques Pottier <jacques.pottier@wanadoo.fr>", to=0, html="alt"),

M("fr-copie-certificat-qualiopi", "Certificat Qualiopi",
"""Bonjour,
Dans le cadre du référencement de nos prestataires, pourriez-vous nous transmettre une copie de votre certificat Qualiopi en cours de validité ainsi que votre numéro de déclaration d'activité ?
Cordialement,
Service achats - Groupe Agrial
""", [], frm="Service achats <achats.formation@agrial.fr>", to=1, mailer="Microsoft Outlook 16.0"),

M("fr-s-opposer-mere-recit", "Après la séance",
"""Sandra,
Je voulais vous raconter : hier, pour la première fois, j'ai osé m'opposer à ma mère quand elle a critiqué mon choix de travail. Calmement, sans crier. Je tremblais mais je l'ai fait ! Merci pour l'exercice de la chaise vide.
À mardi,
Léna
""", [], frm="Léna Barre <lena.barre@gmail.com>", to=0),

# NEAR-LINE: asking to delete the cohort's WhatsApp group after the training ends is group housekeeping, not erasure of her own data.
M("fr-supprimer-groupe-whatsapp-promo", "groupe whatsapp",
"""Hello Sandra, maintenant que la formation est finie, tu peux supprimer le groupe WhatsApp de la promo ? Plus personne n'y écrit et les notifs me rendent folle 😅
Merci et encore bravo pour ces 6 mois
Claire
""", [], frm="Claire Vasseur <claire.vasseur@gmail.com>", to=0),

M("fr-corrige-document-partage", "Re: Document de travail - séminaire",
"""Je corrige le document partagé ce soir (les horaires de l'après-midi étaient faux) et je te dis quand c'est bon.
Bruno
""", [], frm="Bruno Caillaud <bruno.caillaud@gmail.com>", to=0, reply=True,
q=dict(style="gmail_fr", who=SAN, text="Bruno, peux-tu relire le programme du séminaire avant que je l'envoie ?\nMerci !")),

M("fr-sandra-reponse-notaire", "Re: Succession Mme Yvette Ravel",
"""Madame Moreau,

Je vous remercie pour votre message. Afin de donner suite, pourriez-vous m'adresser une copie de l'acte de décès de Madame Ravel ainsi qu'un document attestant de votre mission ? Je procéderai ensuite à la clôture de son dossier et à l'arrêt du prélèvement.

Bien cordialement,
Sandra Delomenie
""", [], frm=SAN, to="Étude Colas <negociation.colas@notaires.fr>", reply=True, parent_from="negociation.colas@notaires.fr",
headers={"X-Mailer": "Apple Mail (2.3774.500.171.1.1)"}),

M("fr-sandra-confirme-desinscription", "Votre désinscription",
"""Bonjour Geneviève,

C'est fait : vous ne recevrez plus mes courriels. Merci pour votre présence au webinaire, et bonne continuation à Québec !

Sandra
""", [], frm=SAN, to="Geneviève Tremblay <gen.tremblay@videotron.ca>"),

# NEAR-LINE: a platform notice that someone unsubscribed is not a request addressed to her.
M("fr-systemeio-contact-desinscrit", "Un contact s'est désinscrit",
"""Le contact roselyne.fabre@wanadoo.fr s'est désinscrit de votre liste « Lettre mensuelle ».
Date : 02/10/2025 08:14

Systeme.io
""", [], frm="Systeme.io <no-reply@systeme.io>", to=0, headers=AUTO),

M("fr-google-alerte-connexion", "Alerte de sécurité",
"""Nouvelle connexion sur Windows

Nous avons détecté une nouvelle connexion à votre compte Google floraisondesoi@gmail.com. Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité
Google
""", [], frm="Google <no-reply@accounts.google.com>", to=0, html="alt", headers=AUTO),

M("fr-orange-facture-dispo", "Votre facture Orange est disponible",
"""Bonjour,

Votre facture mobile du mois est disponible dans votre Espace Client.
Montant : 24,99 €
Elle sera prélevée le 12.

Orange
""", [], frm="Orange <facture@orange.fr>", to=1, html="only", headers=AUTO),

M("fr-malt-proposition-mission", "Nouvelle proposition de mission",
"""Bonjour Sandra,

Un client souhaite vous proposer une mission : « Animation d'un atelier gestion du stress pour 12 collaborateurs - Bourges ».
Budget indicatif : 900 € / jour.

Répondre sur Malt
""", [], frm="Malt <noreply@malt.fr>", to=0, html="alt"),

M("fr-linkedin-vues-profil", "Sandra, 14 personnes ont consulté votre profil",
"""Découvrez qui a consulté votre profil cette semaine, dont une personne de Groupe Agrial et une personne de la CCI de l'Indre.

Voir toutes les vues
LinkedIn
""", [], frm="LinkedIn <notifications-noreply@linkedin.com>", to=1, html="only",
headers={"List-Unsubscribe": "<https://www.linkedin.com/psettings/email-unsubscribe>"}),

M("fr-facebook-demande-adhesion-groupe", "Nouvelle demande d'adhésion à Cercle de femmes - Issoudun",
"""Émilie Roger a demandé à rejoindre Cercle de femmes - Issoudun.

Réponses aux questions :
Comment avez-vous connu le groupe ? « Par l'atelier de mars »

Approuver ou refuser la demande
Facebook
""", [], frm="Facebook <groupupdates@facebookmail.com>", to=0, html="alt"),

M("fr-laposte-ar-distribue", "Votre lettre recommandée a été distribuée",
"""Bonjour,

Votre lettre recommandée n° 1A 193 562 4410 7 a été distribuée le 14/05 à 10h32.
Destinataire : Étude Colas, notaires.

Preuve de distribution disponible dans votre espace.
La Poste
""", [], frm="La Poste <noreply@laposte.fr>", to=1, headers=AUTO),

M("fr-federation-newsletter-rgpd", "[Fédération des coachs] Webinaire : le RGPD sans prise de tête",
"""Chères et chers membres,

Nous organisons le 18 juin un webinaire « Le RGPD sans prise de tête » : registre, consentement, droit d'accès, durée de conservation des notes de séance.

Inscription gratuite pour les adhérents.

La Fédération
Pour ne plus recevoir nos informations, cliquez ici.
""", [], frm="Fédération des coachs <infos@federation-coachs.fr>", to=1, html="alt",
headers={"List-Id": "Infos adherents <infos.federation-coachs.fr>",
"List-Unsubscribe": "<mailto:unsubscribe@federation-coachs.fr>", "Precedence": "bulk"}),

M("fr-fwd-article-droit-oubli", "Fwd: Droit à l'oubli : ce qui change",
"""Regarde cet article, ça pourrait t'intéresser pour ton atelier sur l'identité numérique !
Bises, Nath

""", [], frm="Nathalie Rigaud <nathalie.rigaud@gmail.com>", to=0,
q=dict(style="fwd_gmail", who="Le Mag du Numérique <lettre@magdunumerique.fr>", to="nathalie.rigaud@gmail.com",
subject="Droit à l'oubli : ce qui change", text="Droit à l'oubli : ce que les moteurs de recherche doivent désormais effacer, et comment faire valoir vos droits.")),

M("fr-comment-saisir-cnil", "CNIL",
"""Bonjour,
Je suis étudiante et je fais un exposé sur le RGPD. Savez-vous comment on saisit la CNIL quand un site ne répond pas ? Vous en parliez pendant la formation.
Merci
Salomé
""", [], frm="Salomé Durand <salome.durand@etu.univ-orleans.fr>", to=0),

M("fr-mere-fils-majeur", "Mon fils Thibault",
"""Bonjour,
Mon fils Thibault, 25 ans, a fait un bilan avec vous l'an dernier. Il ne me dit plus rien de ses projets. Pourriez-vous me transmettre le compte rendu ? Je suis sa mère, je pense y avoir droit.
Merci,
Françoise Legrand
""", [], frm="Françoise Legrand <francoise.legrand@orange.fr>", to=1),

M("fr-annuler-inscription-stage", "annulation",
"""Bonjour Sandra, je dois annuler mon inscription au stage de printemps, désolée. Pouvez-vous me rembourser ou me garder la place pour l'automne ?
Merci
Nora
""", [], frm="Nora Benali <nora.benali@gmail.com>", to=0),

M("fr-absence-conges-francais", "Absence du bureau",
"""Bonjour,
Je suis en congés jusqu'au 2 septembre. Votre message ne sera pas transféré. En cas d'urgence, merci de contacter l'accueil au 02 54 21 40 00.
Cordialement,
Isabelle Dumas
Chargée de formation - CCI de l'Indre
""", [], frm="Isabelle Dumas <i.dumas@indre.cci.fr>", to=1,
headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

M("fr-questionnaire-satisfaction-docx", "Questionnaire de satisfaction",
"""Bonjour, je vous retourne le questionnaire de satisfaction rempli. Merci pour cette belle formation !
Hélène Marty
""", [], frm="Hélène Marty <helene.marty@laposte.net>", to=0,
att=[("docx", "questionnaire_satisfaction_Marty.docx", "Questionnaire de satisfaction\nNote globale : 5/5\nCommentaire : contenus clairs, animatrice à l'écoute.")]),

M("fr-entreprise-liste-salaries-csv", "Inscriptions session gestion du stress",
"""Bonjour Madame Delomenie,
Comme convenu, voici les informations de nos salariés pour l'inscription à la session du 9 octobre (fichier joint).
Cordialement,
Damien Roche, responsable RH
""", [], frm="Damien Roche <d.roche@menuiserie-berry.fr>", to=1,
att=[("csv", "inscrits_9_octobre.csv", "nom;prenom;poste\nRoche;Damien;RH\nMartin;Lucie;Atelier\nPetit;Samuel;Atelier\n")]),

# NEAR-LINE: asks what her rights would be to get notes back one day; no request made now.
M("fr-quels-droits-recuperer-notes", "Une question sur mes droits",
"""Bonjour Sandra,
Par curiosité : si un jour je voulais récupérer mes notes de séance, quels seraient mes droits et comment ça se passerait ? Je ne vous demande rien maintenant, tout va bien !
Anaïs
""", [], frm="Anaïs Perrin <anais.perrin@gmail.com>", to=0),

M("fr-phishing-systemeio-paiement", "Échec de paiement - votre compte sera suspendu",
"""Bonjour,

Le paiement de votre abonnement Systeme.io a échoué. Votre compte et toutes vos données seront supprimés sous 24h.
Mettez à jour votre carte : http://systeme-io-billing.help/update

L'équipe Systeme
""", [], frm="Systeme.io Billing <billing@systeme-io-support.help>", to=0, html="only"),

M("fr-sms-ok-demain", "demain",
"""ok pour demain 10h, bisous
Envoyé de mon iPhone
""", [], frm="Coralie <coralie.fontaine@icloud.com>", to=0),
]
