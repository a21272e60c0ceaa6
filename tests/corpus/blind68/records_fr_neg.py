# Négatifs en français (pas une demande d'exercice de droits adressée à elle).
from common import R, HER, HER2, HER_FS

RECORDS = [
R("fr-neg-annul-rdv", [], ("Françoise Marin", "francoise.marin@orange.fr"),
  "Annulation rendez-vous de mardi",
  """
  Bonjour Sandra,

  Je suis désolée, je dois annuler notre rendez-vous de mardi 10h, j'ai un souci avec ma voiture.
  Pouvez-vous supprimer ce créneau et me proposer une autre date ?

  Françoise
  """),

R("fr-neg-mdp", [], ("Denis Royer", "denis.royer@gmail.com"),
  "Mot de passe",
  """
  Bonjour, je n'arrive plus à me connecter à mon espace formation, le lien de réinitialisation
  du mot de passe ne fonctionne pas. Pouvez-vous m'aider ? Je vous joins une capture. Denis
  """, att=[("png", "capture_ecran.png", "")]),

R("fr-neg-acceder-espace", [], ("Léa Fontaine", "lea.fontaine@gmail.com"),
  "accéder à mon espace",
  """
  bonjour comment je fais pour accéder à mon espace sur systeme io ? j'ai payé hier mais je ne
  vois pas le module. merci
  """, mailer=""),

R("fr-neg-fermer-compte", [], ("Mathieu Colin", "mathieu.colin@outlook.fr"),
  "Fermeture de compte",
  """
  Bonjour, pouvez-vous fermer mon compte sur la plateforme ? J'ai terminé la formation. Merci.
  """),
# NEAR-LINE: "fermer mon compte" seul, sans mention de données -> négatif.

R("fr-neg-question-droit", [], ("Florence Michaud", "florence.michaud@gmail.com"),
  "Question RGPD",
  """
  Bonjour Sandra,

  Ai-je le droit de demander la suppression de mes notes de séance même si la formation a été
  payée par mon entreprise ? Je ne vous le demande pas, je me renseigne simplement.

  Florence
  """),

R("fr-neg-duree-conservation", [], ("Rémi Garnier", "remi.garnier@laposte.net"),
  "Durée de conservation",
  """
  Bonjour, combien de temps conservez-vous les questionnaires après la fin d'un accompagnement ?
  Merci. Rémi
  """),

R("fr-neg-epoux-donnees", [], ("Jacques Lebon", "jacques.lebon@orange.fr"),
  "Séances de mon épouse",
  """
  Madame,

  Mon épouse vient vous voir depuis plusieurs mois. Je souhaiterais savoir ce qui se dit pendant
  ces séances et obtenir une copie de ses fiches. C'est moi qui règle les factures.

  Jacques Lebon
  """),
# NEAR-LINE: conjoint vivant demandant les données d'un autre adulte -> négatif.

R("fr-neg-collegue", [], ("Sandrine Poulain", "s.poulain@groupe-berry-industrie.fr"),
  "Résultats de l'équipe",
  """
  Bonjour Madame Delomenie,

  Pourriez-vous me transmettre les résultats individuels des tests de personnalité passés par
  mes collaborateurs lors de la formation ? J'en aurais besoin pour les entretiens annuels.

  Sandrine Poulain
  Responsable RH
  """, mailer="Microsoft Outlook 16.0"),

R("fr-neg-merci-effacement", [], ("Christine Aubert", "christine.aubert@orange.fr"),
  "RE: Demande d'effacement de mes données personnelles",
  """
  Madame,

  Je vous remercie de votre confirmation rapide.

  Christine Aubert
  """, quote="""
  Madame,
  Je vous confirme que l'ensemble de vos données a été effacé de mes fichiers et de la plateforme.
  Cordialement,
  Sandra Delomenie
  """, qstyle="outlook_fr", qfrom=HER2, mailer="Microsoft Outlook 16.0"),

R("fr-neg-merci-gmail", [], ("Jérôme Pichon", "jerome.pichon@free.fr"),
  "Re: mes notes de séance",
  """
  Merci beaucoup Sandra, bien reçu, ça me touche de relire tout ça.
  """, quote="""
  Bonjour Jérôme,
  Voici la copie de vos notes de séance comme demandé.
  Bien à vous, Sandra
  """, qstyle="gmail_fr", qfrom=HER),

R("fr-neg-consentement-donne", [], ("Elise Barbier", "elise.barbier@gmail.com"),
  "Autorisation photo",
  """
  Bonjour Sandra, pas de souci pour utiliser les photos de l'atelier où j'apparais, et vous
  pouvez mettre mon témoignage avec mon prénom. Bises, Elise
  """),

R("fr-neg-absence", [], ("Hervé Dupuis", "herve.dupuis@mairie-issoudun.fr"),
  "Réponse automatique : Devis formation",
  """
  Bonjour,

  Je suis absent du 4 au 15 août inclus. En cas d'urgence, merci de contacter le standard au
  02 54 03 XX XX.

  Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement des
  données vous concernant auprès du délégué à la protection des données : dpo@mairie-issoudun.fr
  """, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, mailer="Microsoft Outlook 16.0"),

R("fr-neg-absence-courte", [], ("Valérie Noël", "valerie.noel@orange.fr"),
  "Absence",
  """
  Je suis en congés jusqu'au 2 janvier. Je vous répondrai à mon retour. Bonnes fêtes !
  """, headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

R("fr-neg-bounce", [], ("MAILER-DAEMON", "MAILER-DAEMON@smtp.orange.fr"),
  "Echec de distribution",
  """
  Votre message n'a pas pu être remis à un ou plusieurs destinataires.

  <m.delorme@wanadoo.fr> : boîte aux lettres inexistante.
  """, kind="bounce", to=HER2, mailer="", headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="smtp.orange.fr", rcpt="m.delorme@wanadoo.fr", status="5.1.1",
              diag="550 5.1.1 <m.delorme@wanadoo.fr>: Recipient address rejected", orig_from=HER2,
              orig_subject="Confirmation de la suppression de vos données",
              orig_body="Bonjour,\nJe vous confirme la suppression de vos données.\nSandra\n")),

R("fr-neg-stripe", [], ("Stripe", "notifications@stripe.com"),
  "Paiement reçu de Nathalie Chevrier",
  """
  Vous avez reçu un paiement de 60,00 € de Nathalie Chevrier (nathalie.chevrier@gmail.com).
  Description : Séance individuelle
  """, html="alt", to=HER, mailer=""),

R("fr-neg-systemeio", [], ("Systeme.io", "no-reply@systeme.io"),
  "Nouvel inscrit à votre liste « Newsletter »",
  """
  Bonjour Sandra,

  Un nouveau contact s'est inscrit : virginie.lacroix@gmail.com
  Tag : ebook-confiance

  L'équipe Systeme.io
  """, html="only", to=HER, mailer=""),

R("fr-neg-urssaf", [], ("URSSAF", "ne-pas-repondre@urssaf.fr"),
  "Un nouveau document est disponible dans votre espace",
  """
  Madame,

  Un nouveau document est disponible dans votre espace personnel autoentrepreneur.fr.
  Connectez-vous pour le consulter.

  Votre Urssaf
  """, html="alt", to=HER2, mailer=""),

R("fr-neg-qonto", [], ("Qonto", "no-reply@qonto.com"),
  "Virement reçu",
  """
  Bonjour Sandra,
  Vous avez reçu un virement de 1 200,00 € de GROUPE BERRY INDUSTRIE.
  Référence : FACT-2025-042
  """, html="only", to=HER, mailer=""),

R("fr-neg-brevo", [], ("Brevo", "contact@news.brevo.com"),
  "Votre campagne « Ateliers de printemps » a été envoyée",
  """
  Bonjour,

  Votre campagne a été envoyée à 412 contacts.
  Taux d'ouverture : 38 % - Désinscriptions : 3

  L'équipe Brevo
  """, html="alt", to=HER, mailer="",
  headers={"List-Unsubscribe": "<https://brevo.com/unsub?u=1123>"}),

R("fr-neg-calendly", [], ("Calendly", "notifications@calendly.com"),
  "Nouvel événement : Séance découverte avec Kevin Baudry",
  """
  Bonjour Sandra,

  Un nouvel événement a été programmé.
  Invité : Kevin Baudry (kevin.baudry@outlook.fr)
  Date : jeudi 6 novembre 2025, 18:00
  """, html="alt", to=HER, mailer=""),

R("fr-neg-ovh-dpa", [], ("OVHcloud", "noreply@ovh.com"),
  "Mise à jour de nos conditions relatives à la protection des données",
  """
  Bonjour,

  Nous vous informons de la mise à jour de notre annexe relative au traitement des données à
  caractère personnel (DPA), applicable à compter du 1er avril 2026. Aucune action n'est
  requise de votre part.

  OVHcloud
  """, html="alt", to=HER, mailer=""),

R("fr-neg-spam-rgpd", [], ("Service Conformité RGPD", "conformite@registre-rgpd-france.fr"),
  "DERNIER RAPPEL : mise en conformité RGPD obligatoire",
  """
  Madame, Monsieur,

  Votre entreprise n'a pas encore effectué sa mise en conformité au RGPD. Sans réponse de votre
  part sous 48 heures, vous vous exposez à une amende. Régularisez votre situation pour 290 € HT.

  Cliquez ici : http://registre-rgpd-france.fr/regulariser
  """, html="only", to=HER2, mailer=""),

R("fr-neg-phishing-orange", [], ("Orange Service Client", "securite@orange-assistance-client.com"),
  "Votre messagerie sera suspendue",
  """
  Cher(e) client(e),

  Suite à une activité inhabituelle, votre compte sandra.delomenie@orange.fr sera suspendu.
  Confirmez vos informations personnelles sous 24h : http://orange-assistance-client.com/verif
  """, html="only", to=HER2, mailer=""),

R("fr-neg-her-confirm", [], HER2, "Re: Désinscription",
  """
  Bonjour Monsieur Millet,

  C'est fait, vous êtes désinscrit de la lettre d'information. Je vous souhaite une bonne
  continuation.

  Sandra Delomenie
  """, to=("Gérard Millet", "gerard.millet@wanadoo.fr"), quote="""
  Merci de me désinscrire de votre lettre d'information.
  G. Millet
  """, qstyle="gmail_fr", qfrom=("Gérard Millet", "gerard.millet@wanadoo.fr")),

R("fr-neg-her-export", [], HER, "Vos données - export",
  """
  Bonjour Julien,

  Comme convenu, voici en pièce jointe l'export de vos données (historique des séances et
  exercices) au format CSV.

  Bien à vous,
  Sandra Delomenie
  Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun
  """, to=("Julien Carré", "julien.carre@gmail.com"),
  att=[("csv", "export_JCarre.csv", "date;type;theme\n2025-02-03;seance;objectifs\n2025-02-17;seance;valeurs\n")]),

R("fr-neg-her-newsletter", [], HER_FS, "Les ateliers de l'automne 🍂",
  """
  Bonjour à toutes et à tous,

  L'automne est là et avec lui de nouveaux ateliers : « Poser ses limites » le 18 octobre,
  « Apprivoiser ses émotions » le 8 novembre.

  Au plaisir de vous retrouver,
  Sandra

  Vous recevez ce mail car vous êtes inscrit(e) à la newsletter de Floraison de Soi.
  Se désinscrire : https://floraisondesoi.systeme.io/desinscription
  """, html="alt", to=("Newsletter Floraison de Soi", "newsletter@floraisondesoi.fr"), mailer="Systeme.io",
  headers={"List-Id": "Newsletter Floraison de Soi <newsletter.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/desinscription>",
           "Precedence": "bulk"}),

R("fr-neg-cnil-copie", [], ("Roger Lambert", "roger.lambert@orange.fr"),
  "Copie de ma plainte à la CNIL",
  """
  Madame,

  Je vous informe que j'ai déposé une plainte auprès de la CNIL ce jour. Je vous en adresse
  copie ci-jointe pour information.

  R. Lambert
  """, att=[("pdf", "plainte_CNIL_Lambert.pdf", "Plainte CNIL - Roger Lambert - Floraison de Soi")]),
# NEAR-LINE: copie de plainte CNIL sans demande dans le nouveau texte -> négatif.

R("fr-neg-formation-rgpd", [], ("Amandine Perret", "a.perret@cci-indre.fr"),
  "Intervention sur le consentement et le RGPD",
  """
  Bonjour Madame Delomenie,

  La CCI de l'Indre organise une matinée pour les TPE sur le RGPD et la notion de consentement
  en relation client. Seriez-vous disponible pour animer un atelier d'une heure sur la posture
  du professionnel ? Merci de nous faire une proposition.

  Amandine Perret
  """),

R("fr-neg-copie-facture", [], ("Groupe Berry Industrie - Comptabilité", "compta@groupe-berry-industrie.fr"),
  "Copie de facture",
  """
  Bonjour,

  Pourriez-vous nous envoyer une copie de la facture FACT-2025-042 ? Nous ne la retrouvons pas
  dans notre système.

  Service comptabilité
  """, mailer="Microsoft Outlook 16.0"),

R("fr-neg-export-agenda", [], ("Pauline Méry", "pauline.mery@gmail.com"),
  "export agenda",
  """
  Coucou Sandra, tu pourrais exporter les dates des cercles de femmes dans un fichier agenda ?
  Je voudrais les mettre dans mon téléphone. Merci ! Pauline
  """),

R("fr-neg-corriger-doc", [], ("Hugo Blanchard", "hugo.blanchard@gmail.com"),
  "CV à corriger",
  """
  Bonjour Sandra,

  Comme convenu lors de la dernière séance, je vous envoie mon CV. Pourriez-vous le corriger et
  me dire ce que vous en pensez avant que je l'envoie ?

  Hugo
  """, att=[("docx", "CV_Hugo_Blanchard.docx", "Hugo Blanchard - Technicien de maintenance - Experience")]),

R("fr-neg-effacer-tableau", [], ("Chantal Morel", "chantal.morel@orange.fr"),
  "Le tableau de samedi",
  """
  Bonjour, avant d'effacer le tableau samedi, quelqu'un a-t-il pris une photo de la roue des
  valeurs ? Je n'ai pas eu le temps de noter. Chantal
  """),

R("fr-neg-acces-salle", [], ("Benoît Gauthier", "benoit.gauthier@free.fr"),
  "Accès à la salle",
  """
  Bonjour,
  Pour l'atelier de dimanche, l'accès à la salle se fait par la cour ou par la rue ? Y a-t-il
  un parking ?
  Benoît
  """),

R("fr-neg-retirer-colis", [], ("Ginette Leroy", "ginette.leroy@wanadoo.fr"),
  "Colis",
  """
  Bonjour Sandra, je passerai retirer le colis de livres que vous avez gardé pour moi jeudi
  après-midi, si cela vous convient. Ginette
  """),

R("fr-neg-s-opposer", [], ("Marc Duval", "marc.duval@gmail.com"),
  "Re: Changement d'horaire",
  """
  Aucune raison de m'opposer au changement, 18h me va très bien.
  Marc
  """, quote="""
  Bonjour à tous, quelqu'un s'oppose-t-il à ce que l'on décale le cercle à 18h ?
  Sandra
  """, qstyle="gmail_fr"),

R("fr-neg-inscription-infos", [], ("Sonia Ferrand", "sonia.ferrand@gmail.com"),
  "Inscription atelier",
  """
  Bonjour,

  Je souhaite m'inscrire à l'atelier du 14 mars. Voici mes informations : Sonia Ferrand,
  06 12 44 87 90, 5 rue de la Gare à Issoudun. Faut-il verser un acompte ?

  Sonia
  """),

R("fr-neg-desinscription-atelier", [], ("Patricia Roche", "patricia.roche@gmail.com"),
  "Désinscription atelier du 21",
  """
  Bonjour Sandra,

  Je dois me désinscrire de l'atelier du 21, ma fille est malade. Est-ce que l'acompte peut être
  reporté sur le prochain ?

  Patricia
  """),
# NEAR-LINE: "désinscription" d'un atelier = annulation, pas la newsletter -> négatif.

R("fr-neg-resiliation-abonnement", [], ("Didier Marchal", "didier.marchal@orange.fr"),
  "Résiliation abonnement",
  """
  Bonjour, je souhaite résilier mon abonnement mensuel au cercle en ligne à la fin du mois.
  Cordialement, Didier Marchal
  """),

R("fr-neg-question-deces", [], ("Suzanne Perrier", "suzanne.perrier@orange.fr"),
  "Question",
  """
  Bonjour Sandra,

  Je prépare mes papiers avec mon notaire. Que deviennent les dossiers de vos clients quand ils
  décèdent ? Simple curiosité.

  Suzanne
  """),
# NEAR-LINE: question générale, aucune directive -> négatif.

R("fr-neg-fwd-info-ami", [], ("Isabelle Renaud", "isabelle.renaud@orange.fr"),
  "TR: Article sur le droit à l'oubli",
  """
  Je pensais à vous en lisant ça !

  """, quote="""
  Droit à l'oubli : ce que change la nouvelle jurisprudence européenne...
  Lire l'article sur lemonde.fr
  """, qstyle="fwd_fr", qfrom=("Le Monde", "newsletter@lemonde.fr")),

R("fr-neg-amie-recommande", [], ("Corinne Maillard", "corinne.maillard@gmail.com"),
  "Une amie",
  """
  Bonjour Sandra, j'ai donné vos coordonnées à une amie, Nadine, qui traverse une période
  difficile. Elle devrait vous appeler. Belle journée ! Corinne
  """),

R("fr-neg-mere-question-ado", [], ("Delphine Huet", "delphine.huet@gmail.com"),
  "Atelier ados",
  """
  Bonjour, pour l'atelier ados, quelles informations demandez-vous sur les enfants ? Et qui y
  a accès ? Je me renseigne avant d'inscrire mon fils. Merci. Delphine
  """),

R("fr-neg-report-seance", [], ("Emma Laurent", "emma.laurent@icloud.com"),
  "Report",
  """
  Bonjour Sandra, est-ce qu'on pourrait décaler jeudi à vendredi même heure ? Merci !

  Envoyé de mon iPhone
  """, mailer="iPhone Mail (22E252)"),

R("fr-neg-remerciements", [], ("Josiane Carpentier", "josiane.carpentier@laposte.net"),
  "Merci !",
  """
  Bonjour Sandra,

  Un grand merci pour l'atelier de samedi, j'en suis sortie toute légère. Vous pouvez compter
  sur moi pour la suite !

  Josiane
  """, html="alt"),

R("fr-neg-avis-google", [], ("Google Business Profile", "businessprofile-noreply@google.com"),
  "Nouvel avis sur Floraison de Soi",
  """
  Floraison de Soi a reçu un nouvel avis 5 étoiles.
  « Sandra est à l'écoute, bienveillante et très professionnelle. »
  Répondre à l'avis
  """, html="only", to=HER, mailer=""),

R("fr-neg-whatsapp-groupe", [], ("Nicole Vidal", "nicole.vidal@gmail.com"),
  "Groupe WhatsApp",
  """
  Bonjour, est-ce que vous pourriez ajouter ma sœur au groupe WhatsApp du stage ? Elle s'est
  inscrite hier. Son numéro : 06 33 21 90 45. Merci ! Nicole
  """),

R("fr-neg-transfert-rfc822", [], ("Aurélie Faure", "aurelie.faure@gmail.com"),
  "TR: Est-ce vous ?",
  """
  Bonjour Sandra, j'ai reçu ce message en pièce jointe, il semble frauduleux. Je préfère vous
  prévenir.
  Aurélie
  """, kind="rfc822",
  inner=dict(**{"from": ("Floraison de Soi", "facturation@floraison-de-soi-paiement.com"),
                "to": ("Aurélie Faure", "aurelie.faure@gmail.com"),
                "subject": "Facture impayée - régularisez sous 48h",
                "body": "Bonjour,\nVotre facture est impayée. Réglez ici : http://floraison-de-soi-paiement.com\n"})),

R("fr-neg-dpo-fournisseur", [], ("Systeme.io", "legal@systeme.io"),
  "Mise à jour de notre politique de confidentialité",
  """
  Bonjour,

  Nous mettons à jour notre politique de confidentialité et la liste de nos sous-traitants. Vous
  disposez d'un droit d'accès, de rectification, d'effacement et d'opposition que vous pouvez
  exercer à dpo@systeme.io.

  L'équipe Systeme.io
  """, html="alt", to=HER, mailer="",
  headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe>", "Precedence": "bulk"}),

R("fr-neg-opco", [], ("Akto - OPCO", "ne-pas-repondre@akto.fr"),
  "Dossier de prise en charge n°2025-88412",
  """
  Madame,

  Le dossier de prise en charge de la formation « Gestion du stress » pour l'entreprise Groupe
  Berry Industrie a été accepté. Merci de transmettre les feuilles d'émargement à l'issue de la
  formation.

  Akto
  """, html="alt", to=HER, mailer=""),

R("fr-neg-rh-convention", [], ("Sandrine Poulain", "s.poulain@groupe-berry-industrie.fr"),
  "Convention de formation signée",
  """
  Bonjour Madame Delomenie,

  Vous trouverez ci-joint la convention de formation signée. Merci de nous retourner la liste des
  participants avec leurs coordonnées pour nos dossiers.

  Cordialement,
  Sandrine Poulain
  """, att=[("pdf", "convention_formation_signee.pdf", "Convention de formation - Groupe Berry Industrie - signee")],
  mailer="Microsoft Outlook 16.0"),

R("fr-neg-merci-temoignage-retire", [], ("Aurélie Faure", "aurelie.faure@gmail.com"),
  "Re: Mon témoignage",
  """
  Merci Sandra, c'est parfait. Au plaisir !
  """, quote="""
  Bonjour Aurélie,
  C'est fait, votre témoignage a été retiré du site.
  Belle journée, Sandra
  """, qstyle="apple_fr", qfrom=HER, mailer="Apple Mail (2.3826.500.181.1.5)"),

R("fr-neg-consentement-formation", [], ("Lydie Caron", "lydie.caron@ehpad-les-tilleuls.fr"),
  "Formation « consentement et bientraitance »",
  """
  Bonjour,

  Notre EHPAD recherche une intervenante pour une formation sur le recueil du consentement des
  résidents et la bientraitance. Proposez-vous ce type de module ? Merci de nous indiquer vos
  disponibilités et tarifs.

  Lydie Caron, cadre de santé
  """),

R("fr-neg-agenda-ics", [], HER2, "Dates des cercles 2026",
  """
  Bonjour Pauline,

  Voici le fichier agenda avec les dates des cercles, tu n'as qu'à l'ouvrir sur ton téléphone.

  Sandra
  """, to=("Pauline Méry", "pauline.mery@gmail.com"),
  att=[("ics", "cercles_2026.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Floraison de Soi//FR\r\nBEGIN:VEVENT\r\nUID:cercle-2026-01@floraisondesoi.fr\r\nDTSTAMP:20251201T090000Z\r\nDTSTART:20260115T170000Z\r\nSUMMARY:Cercle de femmes\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),
]
