# French-language negatives (incl. Belgian, Swiss, Quebec French and French mixed with English).
from _rec import M

SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
NEWS = ("Floraison de Soi", "newsletter@floraisondesoi.fr")

RECORDS = [

M("fr-urssaf-echeance", [],
  ("URSSAF", "ne-pas-repondre@info.urssaf.fr"),
  "Un nouveau document est disponible dans votre espace",
  """
Madame DELOMENIE,

Un nouveau document est disponible dans votre espace en ligne sur autoentrepreneur.urssaf.fr : « Échéancier de vos cotisations 2025 ».

Pour le consulter, connectez-vous à votre espace personnel, rubrique Messagerie.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

L'Urssaf
""", html="alt", mid="generic", to="o", neg="platform", date="2025-02-11 04:30"),

M("fr-qonto-virement-recu", [],
  ("Qonto", "notifications@qonto.com"),
  "Virement reçu : 840,00 € de OPCO EP",
  """
Bonjour Sandra,

Vous avez reçu un virement de 840,00 € sur votre compte Floraison de Soi.

Émetteur : OPCO EP
Libellé : PEC 2025-01874 FORMATION GESTION STRESS
Date : 12/09/2025

Retrouvez le détail dans l'application Qonto.

L'équipe Qonto
""", html="only", mid="sendgrid", date="2025-09-12 14:03", neg="platform"),

M("fr-systemeio-nouvel-inscrit", [],
  ("Systeme.io", "no-reply@systeme.io"),
  "Nouvel inscrit dans votre tunnel « Ebook - 7 clés pour oser »",
  """
Bonjour,

Un nouveau contact vient de s'inscrire dans votre tunnel « Ebook - 7 clés pour oser ».

Email : lea.fontaine@gmail.com
Prénom : Léa
Tag ajouté : ebook-7-cles

Voir le contact : https://systeme.io/dashboard/contacts

L'équipe Systeme.io
""", html="alt", mid="ses", to="c", neg="platform"),

M("fr-calendly-annulation", [],
  ("Calendly", "notifications@calendly.com"),
  "Événement annulé : Bernard Lucas - 14:00 jeu. 6 nov. 2025 - Séance individuelle (1 h)",
  """
Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance individuelle (1 h)
Invité : Bernard Lucas
E-mail de l'invité : bernard.lucas@orange.fr
Date/heure : 14:00 - jeudi 6 novembre 2025 (heure d'Europe centrale)
Motif de l'annulation : « Empêchement professionnel, je reprends un créneau la semaine prochaine. »

Envoyé par Calendly
""", html="alt", mid="sendgrid", date="2025-11-04 18:22", neg="platform"),

M("fr-google-agenda-invitation", [],
  ("Émilie Charron (via Google Agenda)", "calendar-notification@google.com"),
  "Invitation: Point formation Agri Centre Coop @ mar. 20 janv. 2026 10:00 - 11:00 (CET) (sandra.delomenie@orange.fr)",
  """
Émilie Charron vous a invité à l'événement suivant.

Point formation Agri Centre Coop
Quand : mardi 20 janv. 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)
Participer avec Google Meet : https://meet.google.com/xqz-abcd-efg
Invités : Émilie Charron (organisateur), Sandra Delomenie, Véronique Collin

Répondre : Oui - Peut-être - Non

Invitation de Google Agenda
Vous recevez cet e-mail, car vous êtes invité à cet événement.
""", html="alt", to="o", reply_to=("Émilie Charron", "e.charron@agri-centre-coop.fr"),
  attach=[("ics", "invite.ics",
           "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20260120T090000Z\nDTEND:20260120T100000Z\nSUMMARY:Point formation Agri Centre Coop\nORGANIZER:mailto:e.charron@agri-centre-coop.fr\nEND:VEVENT\nEND:VCALENDAR\n")],
  neg="platform", date="2026-01-08 11:47"),

M("fr-brevo-politique-confidentialite", [],
  ("Brevo", "legal@brevo.com"),
  "Mise à jour de notre politique de confidentialité",
  """
Bonjour,

Nous mettons à jour notre politique de confidentialité et nos conditions d'utilisation à compter du 1er mars 2026. Ces modifications portent notamment sur la durée de conservation des journaux de connexion et sur l'exercice des droits d'accès, de rectification et d'effacement par vos contacts.

Aucune action n'est requise de votre part.

Consulter la politique : https://www.brevo.com/fr/legal/privacypolicy/

L'équipe Brevo
""", html="alt", mid="brevo", neg="vendor", date="2026-02-02 09:30"),

M("fr-ovh-dpa", [],
  ("OVHcloud", "noreply@ovh.com"),
  "Évolution de l'annexe de traitement des données (DPA)",
  """
Bonjour,

Dans le cadre de nos engagements en matière de protection des données, l'annexe « Traitement de données à caractère personnel » (DPA) de nos conditions générales de service évolue. Elle précise la liste de nos sous-traitants ultérieurs et les modalités d'assistance à nos clients responsables de traitement.

Le nouveau document est consultable depuis votre espace client, rubrique Contrats.

Cordialement,
L'équipe OVHcloud
""", html="alt", mid="generic", to="o", neg="vendor"),

M("fr-spam-mise-en-conformite-rgpd", [],
  ("Service Conformité RGPD", "conformite@registre-rgpd-entreprises.fr"),
  "Mise en conformité RGPD obligatoire - Floraison de Soi",
  """
Madame, Monsieur,

Sauf erreur de notre part, votre entreprise FLORAISON DE SOI n'a pas encore procédé à sa mise en conformité au Règlement Général sur la Protection des Données.

Depuis le 25 mai 2018, toute entreprise doit tenir un registre des traitements et désigner un responsable. Les sanctions prononcées par la CNIL peuvent atteindre 20 millions d'euros.

Pour régulariser votre situation, remplissez le formulaire ci-dessous sous 8 jours :
https://registre-rgpd-entreprises.fr/formulaire

Frais de dossier : 349 € HT.

Service Conformité
""", html="only", mid="generic", neg="spam"),

M("fr-phishing-orange-suspendu", [],
  ("Orange Messagerie", "securite@orange-assistance-client.com"),
  "Votre compte Orange sera suspendu",
  """
Cher(e) client(e),

Nous avons détecté une activité inhabituelle sur votre messagerie sandra.delomenie@orange.fr. Par mesure de sécurité, votre compte sera suspendu sous 48 heures.

Pour conserver l'accès à vos e-mails, confirmez vos informations :
http://orange-assistance-client.com/confirmation

Le service client Orange
""", html="only", to="o", mid="generic", neg="phishing"),

M("fr-phishing-ameli", [],
  ("Assurance Maladie", "remboursement@ameli-infos-assure.com"),
  "Remboursement en attente : 138,40 €",
  """
Bonjour,

Après les derniers calculs de vos cotisations, vous êtes éligible à un remboursement de 138,40 €.

Pour recevoir votre remboursement, veuillez compléter le formulaire en ligne avec vos coordonnées bancaires :
http://ameli-infos-assure.com/remboursement

Cordialement,
L'Assurance Maladie
""", html="only", mid="generic", neg="phishing"),

M("fr-absence-avec-droits-rgpd", [],
  ("Céline Moreau", "celine.moreau@mutuelle-centre-val.fr"),
  "Réponse automatique : Proposition de formation gestion du stress",
  """
Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus. Votre message ne sera pas transféré. En cas d'urgence, vous pouvez contacter le service formation au 02 54 21 00 00.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et de portabilité de vos données. Pour l'exercer : dpo@mutuelle-centre-val.fr. Vous pouvez également introduire une réclamation auprès de la CNIL.

Céline Moreau
Chargée de formation
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk",
              "X-Auto-Response-Suppress": "All"},
  reply=True, mailer="outlook", date="2025-08-11 09:30", neg="auto"),

M("fr-absence-simple", [],
  ("Jacques Méral", "jacques.meral@orange.fr"),
  "Absence",
  """
Je suis en congés jusqu'au 3 janvier. Je lirai votre message à mon retour.
J. Méral
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  reply=True, mailer="orange", date="2025-12-26 16:45", neg="auto"),

M("fr-bounce-orange-inconnu", [],
  ("Mail Delivery System", "MAILER-DAEMON@smtp-out.orange.fr"),
  "Undelivered Mail Returned to Sender",
  """
Ceci est le système de messagerie de smtp-out.orange.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<c.durandeau@laposte.net> : l'hôte smtp-in.laposte.net a répondu : 550 5.1.1 Adresse inconnue
""", kind="bounce", to="o",
  bounce=dict(mta="smtp-out.orange.fr", rcpt="c.durandeau@laposte.net", status="5.1.1",
              remote="smtp-in.laposte.net", diag="550 5.1.1 Adresse inconnue",
              orig_subject="Votre attestation de formation", orig_from=SANDRA_O),
  headers={"Auto-Submitted": "auto-replied"}, neg="bounce"),

M("fr-bounce-newsletter-domaine", [],
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """
Adresse introuvable

Votre message n'a pas été distribué à m.lefebvre@cabinet-lefebvre-kine.fr, car le domaine cabinet-lefebvre-kine.fr est introuvable. Vérifiez qu'il ne contient pas de fautes de frappe ni d'espaces inutiles, puis réessayez.
""", kind="bounce", to="c",
  bounce=dict(mta="mail-wm1-f45.google.com", rcpt="m.lefebvre@cabinet-lefebvre-kine.fr",
              status="5.1.2", remote="cabinet-lefebvre-kine.fr",
              diag="DNS Error: DNS type 'mx' lookup of cabinet-lefebvre-kine.fr responded with code NXDOMAIN",
              orig_subject="Les ateliers de printemps", orig_from=NEWS),
  headers={"Auto-Submitted": "auto-replied"}, neg="bounce"),

M("fr-annulation-atelier-samedi", [],
  ("Ginette Berthier", "ginette.berthier@orange.fr"),
  "Atelier de samedi",
  """
Bonjour Sandra,

Je suis désolée mais je ne pourrai pas venir à l'atelier de samedi, ma petite-fille est malade et je la garde. Pouvez-vous annuler mon inscription ? Je m'inscrirai à celui de décembre.

Bien amicalement,
Ginette
""", mailer="orange", neg="cancel", date="2025-11-13 19:50"),

M("fr-supprimer-creneau-mardi", [],
  ("Lucas Ferrand", "lucas.ferrand@gmail.com"),
  "créneau de mardi",
  """
Salut Sandra, tu peux supprimer mon créneau de mardi 18h ? Je suis coincé au boulot. Je te redis pour la semaine d'après. Lucas
""", neg="cancel", date="2025-10-13 12:31"),

M("fr-effacer-tableau-photo", [],
  ("Sophie Tardy", "sophie.tardy@gmail.com"),
  "Le tableau de l'atelier",
  """
Bonjour Sandra,

Petite question : au dernier atelier, on a effacé le tableau blanc avant que j'aie eu le temps de noter la liste des « permissions ». Est-ce que vous l'aviez prise en photo ? Sinon ce n'est pas grave, je la reconstituerai.

Merci !
Sophie
""", neg="trigger"),

M("fr-acces-salle-code", [],
  ("Danielle Roche", "danielle.roche@laposte.net"),
  "Accès à la salle pour jeudi",
  """
Bonjour,

Pour la formation de jeudi à la salle des Minimes, comment se passe l'accès ? Y a-t-il un code ou faut-il passer par l'accueil de la mairie ? Et peut-on se garer sur place ?

Merci,
Danielle Roche
""", neg="trigger"),

M("fr-copie-facture-comptable", [],
  ("Cabinet Comptable Berry Gestion", "compta@berrygestion.fr"),
  "Pièces manquantes - clôture 2025",
  """
Bonjour Madame Delomenie,

Pour la clôture de l'exercice 2025, il nous manque la copie des factures suivantes : FA-2025-087, FA-2025-093 et FA-2025-112, ainsi que le relevé Stripe de novembre.

Pourriez-vous nous les transmettre d'ici le 15 ?

Cordialement,
Julie Brun
Berry Gestion - Expertise comptable
""", mailer="outlook", neg="trigger", date="2026-01-13 10:44"),

M("fr-export-agenda-ateliers", [],
  ("Marc-Antoine Lesage", "ma.lesage@gmail.com"),
  "Export du calendrier des ateliers",
  """
Bonjour,

Est-il possible d'exporter le calendrier des ateliers 2026 dans mon agenda Google ? Un lien iCal ou un fichier .ics me suffirait.

Merci !
Marc-Antoine
""", neg="trigger"),

M("fr-corriger-support-formation", [],
  ("Hélène Vasseur", "helene.vasseur@ifsi-bourges.fr"),
  "Support de la formation - petite coquille",
  """
Bonjour Sandra,

En relisant le support de la formation « Communication bienveillante en équipe de soins », j'ai repéré une coquille page 12 (« l'écoute active permet de reformuller »). Pourriez-vous corriger le document avant de nous envoyer la version définitive pour les nouvelles promotions ?

Merci et à bientôt,
Hélène Vasseur
Cadre formatrice - IFSI de Bourges
""", neg="trigger"),

M("fr-s-opposer-a-son-chef", [],
  ("Romane Giraud", "romane.giraud@gmail.com"),
  "Besoin d'une séance",
  """
Bonjour Sandra,

Mon manager veut m'imposer une mutation à Orléans et je voudrais m'y opposer sans braquer tout le monde. Est-ce qu'on pourrait caler une séance rapidement pour préparer l'entretien de vendredi ?

Merci,
Romane
""", neg="trigger", date="2025-06-17 07:48"),

M("fr-retirer-colis-relais", [],
  ("Chronopost", "noreply@chronopost.fr"),
  "Votre colis est disponible en point relais",
  """
Bonjour,

Votre colis n° XY458712395FR (expéditeur : Papeterie Berrichonne) est disponible au point relais Tabac de la Poste, 12 place du 10 juin, 36100 Issoudun.

Vous pouvez le retirer jusqu'au 22/05 muni d'une pièce d'identité et du code de retrait 4471.

Chronopost
""", html="alt", mid="generic", neg="trigger"),

M("fr-consentement-formation-soignants", [],
  ("Cécile Arnoux", "cecile.arnoux@ehpad-lesglycines.fr"),
  "Formation « consentement et dignité » pour nos équipes",
  """
Bonjour Madame Delomenie,

Nous souhaiterions organiser pour nos aides-soignantes une demi-journée sur le recueil du consentement des résidents (toilette, repas, sorties) et le respect de la dignité au quotidien.

Proposez-vous ce type d'intervention ? Si oui, pourriez-vous nous adresser un programme et un devis pour 12 personnes ?

Cordialement,
Cécile Arnoux
Directrice - EHPAD Les Glycines
""", neg="trigger"),

M("fr-opco-programme-rgpd-tpe", [],
  ("Romain Baudet", "r.baudet@opco-ep.fr"),
  "Prise en charge - module « RGPD pour les TPE »",
  """
Bonjour Madame Delomenie,

Je reprends le suivi de vos dossiers suite au départ de ma collègue Amandine Petitjean.

Pour instruire la demande de prise en charge de la formation « Le RGPD au quotidien pour les TPE » (session du 14 avril), il nous manque le programme détaillé avec les objectifs pédagogiques, les modalités d'évaluation et la feuille d'émargement type.

Merci de les déposer sur la plateforme avant le 31.

Cordialement,
Romain Baudet
Conseiller formation - OPCO EP
""", mailer="outlook", neg="trigger", date="2026-02-17 14:05"),

M("fr-mes-informations-inscription", [],
  ("Yasmine Belkacem", "yasmine.belkacem@gmail.com"),
  "Inscription atelier du 7 juin",
  """
Bonjour,

Voici mes informations pour l'inscription à l'atelier « Oser s'affirmer » du 7 juin :
Yasmine Belkacem
06 33 81 45 20
yasmine.belkacem@gmail.com
Je règle par virement.

Bonne journée,
Yasmine
""", neg="trigger", date="2025-05-22 20:15"),

M("fr-mot-de-passe-oublie", [],
  ("Paulette Giraud", "paulette.giraud@wanadoo.fr"),
  "mot de passe",
  """
Bonjour Madame,

Je n'arrive plus à me connecter à la formation sur internet, j'ai oublié mon mot de passe et le lien ne marche pas chez moi. Pouvez-vous m'en remettre un ?

Merci beaucoup
Paulette Giraud
""", mailer="orange", reply_to=("Paulette Giraud", "paulette.giraud36@orange.fr"), neg="login"),

M("fr-acceder-a-mon-espace", [],
  ("Loïc Perrin", "loic.perrin@gmail.com"),
  "accès espace membre",
  """
Bonjour, je n'arrive pas à accéder à mon espace sur la plateforme depuis la mise à jour, ça tourne dans le vide. Vous pouvez regarder ? Merci. Loïc
""", neg="login"),

# NEAR-LINE: "fermer mon compte" seul, sans mention des données = négatif.
M("fr-fermer-mon-compte-seul", [],
  ("Armelle Blanchard", "armelle.blanchard@gmail.com"),
  "Compte",
  """
Bonjour Sandra,

J'ai terminé le programme en ligne et je n'en aurai plus besoin : pouvez-vous fermer mon compte ?

Merci pour tout,
Armelle
""", neg="close_account"),

M("fr-ai-je-le-droit-suppression", [],
  ("Floraison de Soi", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Nouveau message de Noémie Guillot",
  """
Nom : Noémie Guillot
E-mail : noemie.guillot@gmail.com
Téléphone : 06 52 18 44 07
Sujet : Question RGPD

Message :
Bonjour,

Une amie m'a dit qu'on pouvait demander à un coach de supprimer ses notes de séance. Est-ce vrai ? Ai-je le droit de demander ça pour mes séances avec vous, et est-ce qu'il y a des choses que vous êtes obligée de garder quand même ?

Je pose la question, je ne demande rien pour l'instant !

Noémie

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to=("Noémie Guillot", "noemie.guillot@gmail.com"), to="c", mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"}, neg="question"),

M("fr-combien-de-temps-conservez", [],
  ("Systeme.io", "no-reply@systeme.io"), "Nouveau message depuis votre formulaire \"Contact\"",
  "", html="only", reply_to=("Bernard Tissier", "bernard.tissier@free.fr"), mid="ses", to="c",
  html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#0c67ff;color:#fff;padding:16px;font-size:18px">Nouveau message de contact</td></tr>
<tr><td style="padding:16px">
<p><b>Nom :</b> Bernard Tissier</p>
<p><b>Email :</b> bernard.tissier@free.fr</p>
<p><b>Message :</b><br>Bonjour, avant de m'inscrire au stage de juillet, je voudrais savoir combien de temps vous conservez les informations de santé qu'on indique dans le questionnaire d'inscription. Cordialement, B. Tissier</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Ce message a été envoyé depuis une page hébergée par Systeme.io.</td></tr>
</table></body></html>
""", neg="question"),

M("fr-copie-plainte-cnil", [],
  ("Raymond Gauthier", "raymond.gauthier@orange.fr"),
  "Copie de ma plainte auprès de la CNIL",
  """
Madame,

Pour votre information, je vous transmets ci-dessous la copie de la plainte que je viens de déposer sur le site de la CNIL.

« Le 3 février, j'ai demandé à l'organisme Floraison de Soi de cesser de m'envoyer des messages publicitaires. J'en ai reçu trois depuis. Je demande à la CNIL d'intervenir. »

Raymond Gauthier
""", attach=[("pdf", "accuse_reception_CNIL.pdf",
              "CNIL - Accuse de reception de votre plainte\nNumero de plainte: 25-041873\nDate: 2025")],
  mailer="orange", neg="cnil", date="2025-03-10 18:37"),

M("fr-mere-fils-adulte-donnees", [],
  ("Évelyne Marchal", "evelyne.marchal@orange.fr"),
  "Mon fils Julien",
  """
Bonjour Madame,

Mon fils Julien Marchal, 29 ans, a fait un accompagnement avec vous l'an dernier. Il ne va pas bien en ce moment et ne veut pas nous parler. Pourriez-vous me dire ce qu'il vous avait confié, ou m'envoyer vos notes ? Je suis très inquiète.

Évelyne Marchal
""", mailer="orange", neg="other_person"),

# NEAR-LINE: DRH demandant les évaluations et coordonnées de salariés (adultes vivants) = négatif.
M("fr-drh-evaluations-salaries", [],
  ("Philippe Garnier", "p.garnier@menuiserie-garnier.fr"),
  "Bilans individuels de nos chefs d'équipe",
  """
Bonjour Madame Delomenie,

Suite au coaching collectif de nos six chefs d'équipe, je souhaiterais recevoir pour chacun votre bilan individuel et les résultats du test de personnalité, afin de préparer les entretiens annuels.

Merci également de m'indiquer si l'un d'eux vous a parlé de son intention de quitter l'entreprise.

Cordialement,
Philippe Garnier
Gérant - Menuiserie Garnier
""", neg="other_person"),

M("fr-opco-emargement-attestations", [],
  ("Service Gestion - OPCO Atlas", "gestion.centre@opco-atlas.fr"),
  "Dossier 2025-CV-04471 - pièces justificatives",
  """
Madame,

Pour procéder au règlement de la session « Prévenir l'épuisement professionnel » du 22/09/2025, merci de nous transmettre :
- les feuilles d'émargement signées par demi-journée ;
- les attestations d'assiduité des 7 stagiaires ;
- la facture acquittée.

Sans ces pièces sous 30 jours, le dossier sera clôturé.

Cordialement,
Le service gestion
""", mid="generic", neg="trigger", date="2025-10-21 10:31"),

# NEAR-LINE: responsable formation demandant de corriger le nom d'un salarié sur une attestation
# = données d'un autre adulte vivant, et correction de document, négatif.
M("fr-resp-formation-corriger-nom-salarie", [],
  ("Agathe Poulain", "a.poulain@berry-transports.fr"),
  "Attestation de M. Nguyen",
  """
Bonjour Sandra,

Sur l'attestation de formation de notre salarié M. Thanh Nguyen, le prénom est écrit « Tanh ». Pourriez-vous nous renvoyer l'attestation corrigée ? Il en a besoin pour son dossier CPF.

Merci,
Agathe Poulain
Responsable formation - Berry Transports
""", mailer="outlook", neg="other_person"),

M("fr-merci-apres-suppression", [],
  ("Bastien Leroy", "bastien.leroy@gmail.com"),
  "Re: Suppression de vos données",
  """
Parfait, merci beaucoup pour la rapidité !
Bastien
""", quote=dict(style="gmail_fr", who=SANDRA, text="""
Bonjour Bastien,

Suite à votre demande du 14 janvier, je vous confirme que votre compte, vos coordonnées et vos fiches d'exercices ont été supprimés. Seule la facture est conservée pour les obligations comptables.

Bien cordialement,
Sandra Delomenie

Le mar. 14 janv. 2025 à 08:03, Bastien Leroy <bastien.leroy@gmail.com> a écrit :
> Bonjour, merci de supprimer mon compte et toutes mes données. Bastien Leroy
""", hours=30), neg="thanks", date="2025-01-17 12:40"),

M("fr-merci-apres-copie-dossier", [],
  ("Annick Poirier", "annick.poirier@wanadoo.fr"),
  "RE: Copie de votre dossier",
  """
Bonjour Sandra,

Bien reçu les documents, merci beaucoup. C'est émouvant de relire tout ça !

Annick
""", quote=dict(style="outlook_fr", who=SANDRA_O, text="""
Bonjour Annick,

Comme convenu, vous trouverez ci-joint la copie de votre dossier : fiche d'inscription, questionnaires et comptes rendus de séances.

Belle journée,
Sandra
"""), mailer="outlook", neg="thanks"),

M("fr-accord-photo-site", [],
  ("Josiane Rabier", "josiane.rabier@gmail.com"),
  "Re: Photo de l'atelier pour le site ?",
  """
Bonjour Sandra,

Oui, pas de problème pour la photo, vous pouvez l'utiliser sur le site et sur Facebook. J'ai l'air contente dessus, c'est bien le principal !

Josiane
""", quote=dict(style="apple_fr", who=SANDRA, text="""
Bonjour Josiane,

Accepteriez-vous que j'utilise la photo de groupe de l'atelier d'hier sur mon site et ma page Facebook ?

Merci,
Sandra
"""), mailer="iphone", neg="consent"),

M("fr-propre-newsletter", [],
  NEWS, "La lettre de Floraison de Soi - Oser ralentir",
  """
Bonjour,

L'automne est là, et avec lui une invitation : ralentir. Dans cette lettre, je vous propose une pratique de cinq minutes pour les matins pressés, les dates des prochains ateliers et un retour sur le cercle de parole d'octobre.

Ateliers à venir :
- 15 novembre : « Poser ses limites sans culpabiliser »
- 29 novembre : « Retrouver de l'élan »

Au plaisir de vous retrouver,
Sandra

Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter de Floraison de Soi. Conformément au RGPD, vous pouvez vous désinscrire à tout moment ou exercer vos droits en écrivant à sandra.delomenie@orange.fr.
Se désinscrire : https://floraisondesoi.fr/desinscription
""", html="alt", to="c", mid="brevo",
  headers={"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription?u=test>, <mailto:desinscription@floraisondesoi.fr>",
           "Precedence": "bulk"}, neg="own", date="2025-10-20 07:00"),

M("fr-propre-confirmation-rectification", [],
  SANDRA_O, "Re: Erreur sur mon nom",
  """
Bonjour Monsieur Chassagne,

C'est corrigé : votre nom est désormais correctement orthographié dans mon fichier et sur la plateforme. Je vous renvoie ci-joint l'attestation rectifiée.

Bien cordialement,
Sandra Delomenie
Floraison de Soi
""", to=("Jérôme Chassagne", "jerome.chassagne@gmail.com"), reply=True,
  attach=[("pdf", "Attestation_Chassagne.pdf",
           "ATTESTATION DE FORMATION\nJerome CHASSAGNE a suivi la formation\n\"Communication assertive\" - 14 heures\nFloraison de Soi, Issoudun")],
  mailer="orange", neg="own", date="2025-09-24 10:20"),

M("fr-propre-reponse-client-rdv", [],
  SANDRA, "Re: créneau de mardi",
  """
Bonjour Lucas,

Pas de souci, c'est supprimé. Je te propose mercredi 19h ou jeudi 12h30 la semaine prochaine, dis-moi.

Sandra
""", to=("Lucas Ferrand", "lucas.ferrand@gmail.com"), cc=[SANDRA_O], reply=True, neg="own", date="2025-10-13 14:02"),

# NEAR-LINE: question sur les effets d'une désinscription, aucune demande de désinscription = négatif.
M("fr-desabo-supprime-compte-formation-question", [],
  ("Aline Carré", "aline.carre@gmail.com"),
  "Question newsletter / formation",
  """
Bonjour Sandra,

Si je me désinscris de la newsletter, est-ce que ça supprime aussi mon accès à la formation en ligne que j'ai achetée ? Je préfère vérifier avant de cliquer.

Merci,
Aline
""", neg="question"),

M("fr-ch-deplacer-seance", [],
  ("Valentin Borel", "valentin.borel@gmail.com"),
  "Séance de mercredi",
  """
Bonjour Madame,

Serait-il possible de déplacer notre séance de mercredi à vendredi même heure ? J'ai un rendez-vous chez le médecin qu'on ne peut pas changer.

Je vous remercie d'avance et vous souhaite une bonne fin de journée.

Meilleures salutations,
Valentin Borel
""", neg="cancel"),

M("fr-qc-annuler-abonnement", [],
  ("Josée Pelletier", "josee.pelletier@videotron.ca"),
  "Abonnement mensuel",
  """
Bonjour,

J'aimerais annuler mon abonnement mensuel au cercle en ligne à partir du mois prochain. Je suis pas mal débordée présentement avec la job. Merci de me confirmer que le prélèvement va arrêter.

Bonne journée!
Josée
""", neg="cancel"),

M("fr-franglais-call-planning", [],
  ("Clément Roussel", "clement.roussel@scalezen.fr"),
  "Call pour le planning du séminaire",
  """
Hello Sandra,

On peut se caler un call cette semaine pour le planning du séminaire managers ? J'aimerais qu'on aligne l'agenda, le format des ateliers et la deadline pour les inscriptions. Je t'envoie un invite Teams si tu me donnes tes dispos.

Thanks !
Clément
Head of People - ScaleZen
""", neg="plain"),

M("fr-juriste-clause-sous-traitance", [],
  ("Maud Lecomte", "m.lecomte@groupe-valmont.fr"),
  "Contrat de prestation - clause données personnelles",
  """
Madame,

Je suis juriste au sein du Groupe Valmont et je finalise le contrat relatif au programme de coaching de nos managers.

Notre trame prévoit une clause de sous-traitance au sens de l'article 28 du RGPD. Compte tenu de la nature de votre intervention, nous nous interrogeons sur la qualification : agissez-vous comme sous-traitant du Groupe ou comme responsable de traitement distinct pour les notes de séance ? Pourriez-vous nous indiquer votre position afin que nous adaptions la clause ?

Bien cordialement,
Maud Lecomte
Juriste - Groupe Valmont
""", attach=[("docx", "Contrat_coaching_Valmont_v2.docx",
              "CONTRAT DE PRESTATION DE SERVICES\nArticle 9 - Protection des donnees personnelles\nArticle 10 - Confidentialite")],
  mailer="outlook", neg="vendor"),

M("fr-transfert-article-cnil", [],
  ("Hélène Mathieu", "helene.mathieu@gmail.com"),
  "TR: Les nouveautés de la CNIL pour les professions libérales",
  """
Coucou Sandra, je te transfère ça, ça peut te servir pour ta page confidentialité. Bises, Hélène
""", kind="fwd822",
  inner=dict(frm=("CNIL", "lettre-info@cnil.fr"), to=("Hélène Mathieu", "helene.mathieu@gmail.com"),
             subject="La lettre de la CNIL - Professions libérales : les bons réflexes",
             body="""
Professions libérales : les bons réflexes

- Informer vos clients sur l'utilisation de leurs données
- Répondre aux demandes d'accès dans un délai d'un mois
- Sécuriser les dossiers papier et numériques
- Fixer des durées de conservation adaptées

Retrouvez notre guide complet sur cnil.fr.

Vous recevez cette lettre car vous y êtes abonné(e). Se désabonner.
""", headers={"List-Id": "<lettre-info.cnil.fr>"}), neg="forward"),

M("fr-comptable-export-fec", [],
  ("Julie Brun", "compta@berrygestion.fr"),
  "Export FEC et grand livre",
  """
Bonjour Sandra,

Pour préparer la liasse, pouvez-vous me faire un export du FEC depuis votre logiciel de facturation, ainsi que du grand livre au format Excel ? Si vous ne trouvez pas le bouton, je peux vous guider par téléphone.

Julie
Berry Gestion
""", neg="trigger", date="2026-01-26 17:20"),

M("fr-assistante-doublons-fichier", [],
  ("Maëlle Chartier", "maelle.chartier.va@gmail.com"),
  "Fichier contacts - nettoyage fait",
  """
Bonjour Sandra,

J'ai terminé le nettoyage du fichier contacts sur Systeme : j'ai supprimé 37 doublons et corrigé les adresses mal formatées (espaces, majuscules). Je n'ai rien effacé d'autre. Le tableau récapitulatif est en pièce jointe.

Je facture 2 h pour cette tâche, comme convenu.

Maëlle
Assistante virtuelle
""", attach=[("csv", "nettoyage_contacts.csv",
              "action;nombre\ndoublons supprimés;37\nadresses corrigées;12\ncontacts inchangés;1099\n")],
  neg="trigger"),

M("fr-webmaster-bandeau-cookies", [],
  ("Thomas Girardin", "thomas@tg-webdesign.fr"),
  "Mise à jour du bandeau cookies",
  """
Bonjour Sandra,

J'ai mis à jour l'extension de gestion du consentement sur le site : le bandeau propose maintenant « Tout refuser » au même niveau que « Tout accepter », comme le demande la CNIL, et Google Analytics ne se déclenche qu'après acceptation.

Rien à faire de ton côté. Je passe la facture avec la maintenance du trimestre.

Thomas
TG Webdesign
""", neg="trigger"),

M("fr-meta-groupe-prive", [],
  ("Facebook", "notification@facebookmail.com"),
  "Nouvelle demande d'adhésion à Cercle Floraison de Soi",
  """
Sandra, Mathilde Renaud a demandé à rejoindre votre groupe Cercle Floraison de Soi.

Réponses aux questions :
« Comment avez-vous connu le groupe ? » Par l'atelier de mars à Issoudun.

Approuver ou refuser : https://www.facebook.com/groups/cerclefloraisondesoi/requests

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne souhaitez plus recevoir ces e-mails de la part de Meta, veuillez vous désabonner.
Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, D04 X2K5, Irlande
""", html="alt", mid="generic", to="o",
  headers={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS1x&u=1000&mid=6a2>"},
  neg="platform"),

M("fr-retour-seance-s-opposer", [],
  ("Isabelle Keller", "isabelle.keller@gmail.com"),
  "Victoire !",
  """
Sandra !!!

Il fallait que je vous le dise : hier, en réunion, j'ai enfin osé m'opposer à mon directeur sur le planning des astreintes. Calmement, avec les arguments qu'on avait préparés. Et il a dit oui. Je n'en reviens toujours pas.

Merci merci merci.
Isabelle
""", neg="trigger", date="2025-06-21 19:33"),

M("fr-copie-support-atelier", [],
  ("Marion Delage", "marion.delage@gmail.com"),
  "Support de l'atelier",
  """
Bonjour Sandra,

Pourriez-vous m'envoyer une copie du support présenté samedi (les slides sur les besoins fondamentaux) ? Je voudrais le partager avec mon mari.

Merci !
Marion
""", neg="trigger"),

# NEAR-LINE: corriger l'adresse de facturation de l'entreprise = correction d'un document
# commercial, pas de données personnelles de l'auteur.
M("fr-rectifier-adresse-facturation-societe", [],
  ("Service Achats - Berry Transports", "achats@berry-transports.fr"),
  "Facture FA-2026-014 - adresse erronée",
  """
Bonjour,

La facture FA-2026-014 porte l'ancienne adresse de notre siège (ZI des Grands Champs). Merci de nous réémettre la facture à l'adresse suivante : Berry Transports SAS, 8 avenue de la Gare, 36100 Issoudun, avec notre numéro de bon de commande BC-2026-0213.

Cordialement,
Service Achats
""", neg="trigger", date="2026-02-09 11:15"),

M("fr-newsletter-autre-organisme", [],
  ("Réseau des Coachs du Centre", "lettre@reseau-coachs-centre.fr"),
  "La lettre du Réseau - Journée régionale du 12 juin",
  """
Chères consœurs, chers confrères,

La journée régionale aura lieu le 12 juin à Blois. Au programme : supervision collective, atelier « Éthique et confidentialité des notes de séance », et table ronde sur la facturation aux entreprises.

Inscriptions ouvertes jusqu'au 30 mai.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour vous désinscrire de cette lettre, cliquez ici.
""", html="alt", mid="mailchimp",
  headers={"List-Id": "Lettre du Reseau <lettre.reseau-coachs-centre.fr>",
           "List-Unsubscribe": "<https://reseau-coachs-centre.us21.list-manage.com/unsubscribe?u=c3e&id=9f1>",
           "Precedence": "bulk"}, neg="newsletter", date="2026-04-28 07:30"),

M("fr-systemeio-export-contacts-pret", [],
  ("Systeme.io", "no-reply@systeme.io"),
  "Votre export de contacts est prêt",
  """
Bonjour,

L'export de vos contacts (1 148 contacts, format CSV) que vous avez demandé est prêt.

Télécharger l'export : https://systeme.io/dashboard/contacts/exports/88213

Le lien expire dans 7 jours.

L'équipe Systeme.io
""", html="alt", mid="ses", to="c", neg="platform"),

# NEAR-LINE: "retirer mon inscription" = annulation d'une inscription, pas un retrait de consentement.
M("fr-retirer-inscription-atelier", [],
  ("Mathis Vernet", "mathis.vernet@gmail.com"),
  "Retirer mon inscription",
  """
Bonjour, je voudrais retirer mon inscription à l'atelier de samedi 14, j'ai un mariage que j'avais oublié. Est-ce que je peux être remboursé ou reporter sur le suivant ?
Merci, Mathis
""", neg="cancel"),

# NEAR-LINE: fille demandant les données de sa mère vivante = données d'un autre adulte, négatif.
M("fr-fille-donnees-mere-vivante", [],
  ("Sandrine Picard", "sandrine.picard@gmail.com"),
  "Ma mère, Mme Odette Picard",
  """
Bonjour Madame,

Ma mère, Odette Picard, 84 ans, a participé à vos ateliers mémoire l'an dernier. Elle est aujourd'hui en maison de retraite et je gère ses papiers. Pourriez-vous m'envoyer tout ce que vous avez la concernant et supprimer son adresse de vos fichiers ?

Merci,
Sandrine Picard
""", neg="other_person"),

M("fr-be-question-notes-fin", [],
  ("Olivier Mertens", "olivier.mertens@skynet.be"),
  "Question sur les notes",
  """
Bonjour Sandra,

Une question qui me trotte en tête : est-ce que vous gardez vos notes après la fin de l'accompagnement, et combien de temps ? Je demande par curiosité, ce n'est pas une demande de suppression hein.

À tantôt,
Olivier
""", neg="question"),

M("fr-ch-supprimer-bon-commande", [],
  ("Fabienne Duc", "fabienne.duc@horlogerie-vallee.ch"),
  "Bon de commande en double",
  """
Bonjour Madame,

Par erreur, notre service achats vous a envoyé deux fois le bon de commande n° 2025-118 pour la formation de septante heures. Merci de supprimer le doublon et de ne facturer qu'une seule fois.

Avec mes meilleures salutations,
Fabienne Duc
Ressources humaines - Horlogerie de la Vallée SA
""", neg="trigger", date="2025-09-03 10:05"),

M("fr-qc-plateforme-marche-pas", [],
  ("Mélanie Gauthier", "melanie.gauthier@hotmail.ca"),
  "Accès plateforme",
  """
Allô,

L'accès à la plateforme marche pas depuis hier soir, ça me dit « session expirée » à chaque fois. Je suis rendue au module 4 pis j'aimerais bien continuer en fin de semaine. Est-ce que c'est de mon bord ou du vôtre?

Merci!
Mélanie
""", neg="login"),

M("fr-spam-seo", [],
  ("Kevin - Agence Top Référencement", "kevin@top-referencement-local.fr"),
  "Floraison de Soi en 1ère page Google ?",
  """
Bonjour,

J'ai remarqué que votre site floraisondesoi.fr n'apparaît pas en première page pour « coach Issoudun ». Nous aidons les coachs et thérapeutes à doubler leurs prises de rendez-vous en 90 jours.

Seriez-vous disponible 15 minutes cette semaine pour un audit gratuit ?

Kevin
Si vous ne souhaitez plus recevoir nos messages, répondez STOP.
""", mid="generic", neg="spam"),

# NEAR-LINE: communique les coordonnées d'une collègue pour une inscription = négatif.
M("fr-be-inscription-collegue", [],
  ("Karin Janssens", "karin.janssens@proximus.be"),
  "Inscription pour ma collègue",
  """
Bonjour Sandra,

Ma collègue Els aimerait s'inscrire à la formation de mai à Bruxelles mais elle n'a pas d'adresse mail perso pour l'instant. Je vous envoie ses coordonnées : Els Verbeke, GSM 0475 12 34 56. Vous savez l'inscrire comme ça ?

Merci et à bientôt,
Karin
""", neg="plain"),

M("fr-propre-envoi-export-client", [],
  SANDRA, "Votre dossier au format tableur",
  """
Bonjour Damien,

Comme demandé, voici vos données de suivi au format tableur (bilans, objectifs et dates de séances). Le fichier s'ouvre avec Excel ou LibreOffice.

Bien à vous,
Sandra Delomenie
""", to=("Damien Caillaud", "damien.caillaud@gmail.com"), reply=True,
  attach=[("csv", "suivi_Damien_Caillaud.csv",
           "date;type;objectif;commentaire\n2025-03-04;séance;clarifier le projet;\n2025-03-25;séance;plan d'action;ok\n2025-04-15;bilan;;fin de parcours\n")],
  neg="own", date="2025-06-02 16:40"),

M("fr-remerciement-atelier-ado-parent", [],
  ("Karima Saïdi", "karima.saidi@gmail.com"),
  "Merci pour l'atelier de Yanis",
  """
Bonjour Sandra,

Yanis est rentré ravi de l'atelier « Gérer le stress des examens ». Il a même fait la respiration carrée avant son contrôle de maths, c'est dire ! Merci pour votre patience avec ces ados.

Est-ce qu'il y aura une session aux vacances de printemps ?

Karima
""", neg="plain", date="2026-02-27 13:14"),

M("fr-sms-style-retard", [],
  ("Jordan", "jordan.mallet@gmail.com"),
  "retard",
  """
dsl jsuis en retard 10 min pr la seance, bouchon sur la rocade. jarrive
""", mailer="android", neg="plain"),

M("fr-qonto-carte-phishing", [],
  ("Qonto Sécurité", "alerte@qonto-verification-compte.com"),
  "Action requise : votre carte professionnelle a été bloquée",
  """
Bonjour,

Suite à une tentative de paiement suspecte, votre carte Qonto a été bloquée. Pour la réactiver, confirmez votre identité et vos coordonnées bancaires sous 24 h :

https://qonto-verification-compte.com/reactivation

Sans action de votre part, votre compte sera clôturé.

L'équipe Qonto
""", html="only", mid="generic", neg="phishing"),

M("fr-propre-relance-paiement", [],
  SANDRA_O, "Facture FA-2025-131 - rappel",
  """
Bonjour Madame Perrault,

Sauf erreur de ma part, la facture FA-2025-131 du 3 octobre reste à régler. Vous la trouverez de nouveau en pièce jointe.

Bien cordialement,
Sandra Delomenie
""", to=("Élise Perrault", "elise.perrault@gmail.com"),
  attach=[("pdf", "FA-2025-131.pdf", "FLORAISON DE SOI - FACTURE FA-2025-131\nAccompagnement individuel - 3 seances\nTotal: 210,00 EUR")],
  mailer="orange", neg="own", date="2025-11-12 09:02"),

M("fr-question-rgpd-pour-son-cabinet", [],
  ("Laurence Bigot", "laurence.bigot.sophro@gmail.com"),
  "Petit conseil entre consœurs",
  """
Bonjour Sandra,

On s'est croisées au salon bien-être de Châteauroux. Je m'installe comme sophrologue et je m'arrache les cheveux avec le RGPD : comment tu gères, toi, les demandes de suppression de données ? Tu as un modèle de réponse ? Et tu conserves les fiches clients combien de temps ?

Merci d'avance pour ton aide,
Laurence
""", neg="question"),

M("fr-assistante-transfere-inscription", [],
  ("Maëlle Chartier", "maelle.chartier.va@gmail.com"),
  "TR: Inscription stage d'été",
  """
Sandra,

Je te transfère cette inscription arrivée sur l'ancienne adresse. Je l'ai ajoutée au tableau des inscrits et envoyé le lien de paiement. Il reste 3 places.

Maëlle
""", quote=dict(style="outlook_fwd_fr", who=("Rémi Tessier", "remi.tessier@laposte.net"),
                to=("Floraison de Soi", "inscriptions@floraisondesoi.fr"),
                subject="Inscription stage d'été",
                text="""
Bonjour,

Je souhaite m'inscrire au stage d'été du 7 au 9 juillet. Mes coordonnées : Rémi Tessier, 06 71 20 95 33.

Cordialement,
Rémi Tessier
"""), mailer="outlook", neg="trigger", date="2026-05-12 12:12"),

]
