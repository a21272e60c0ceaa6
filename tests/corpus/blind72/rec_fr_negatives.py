# French negatives: hard negatives using the same vocabulary, notifications, her own mail.
from rec_common import R, HER, HER_ORANGE, HER_C, HER_O

R("fr-neg-creneau", "Supprimer mon créneau de jeudi",
  """Bonjour Sandra,
Je ne pourrai pas venir jeudi 10h, tu peux supprimer mon créneau ? Je reprends un rendez-vous la semaine prochaine via Calendly.
Merci !
Sabine""", [], frm="Sabine Gauthier <sabine.gauthier@gmail.com>")

R("fr-neg-tableau", "Re: Atelier de samedi",
  """Merci pour cette belle journée ! Au fait j'ai pris en photo le tableau avant que tu l'effaces, je te l'envoie si tu veux pour ton compte rendu.
Patricia""", [], frm="Patricia Lemoine <patricia.lemoine@orange.fr>",
  q="""Bonjour à toutes et à tous,
Merci pour votre présence samedi. Je vous enverrai le support dans la semaine.
Sandra""", qs="gmail")

R("fr-neg-acces-salle", "Accès à la salle",
  """Bonjour,
Pour l'atelier de mardi soir, quel est le code d'accès de la salle rue d'Estienne d'Orves ? La dernière fois la porte était fermée à clé.
Merci,
Bruno""", [], frm="Bruno Cazals <bruno.cazals@free.fr>")

R("fr-neg-copie-facture", "Copie de facture",
  """Bonjour Madame,
Pourriez-vous m'envoyer une copie de la facture de novembre ? Ma mutuelle me la réclame pour le remboursement.
Merci d'avance,
Jeanine Perrin""", [], frm="Jeanine Perrin <jeanine.perrin@wanadoo.fr>")
# NEAR-LINE: a copy of an invoice is a business document request, not a copy of her personal data -> negative

R("fr-neg-export-agenda", "Export agenda",
  """Salut Sandra, tu peux m'envoyer un export de l'agenda des ateliers du trimestre (ics ou autre) ? Je veux le mettre dans mon Google Agenda direct.
Merci
Tom""", [], frm="Tom Lacroix <tom.lacroix@gmail.com>")

R("fr-neg-corriger-doc", "Support de formation – coquilles",
  """Bonjour Sandra,

En relisant le support de la formation "Communication bienveillante", j'ai repéré quelques coquilles : page 4 "ecoute" sans accent, page 9 une phrase coupée. Vous voudrez peut-être corriger le document avant la prochaine session.

Bonne journée,
Danielle""", [], frm="Danielle Barbier <danielle.barbier@laposte.net>")

R("fr-neg-opposition-ado", "Mon fils s'oppose à tout",
  """Bonjour Madame,

Mon fils de 13 ans s'oppose systématiquement à toutes nos demandes, et c'est devenu épuisant à la maison. Proposez-vous des séances de coaching parental ? Quels sont vos tarifs ?

Merci,
Stéphane Roger""", [], frm="Stéphane Roger <stephane.roger@gmail.com>")

R("fr-neg-colis", "Colis",
  """Coucou Sandra, j'ai bien retiré le colis des cartes à ta place au point relais, je te le dépose jeudi ? Bisous
Nath""", [], frm="Nathalie Giraud <nath.giraud@orange.fr>")

R("fr-neg-consentement-formation", "Formation sur le consentement",
  """Bonjour Madame Delomenie,

Je suis éducatrice dans un IME et nous cherchons une intervention sur le thème du consentement et du respect des limites pour nos jeunes. Est-ce une thématique que vous proposez ? Nous aurions besoin d'un devis pour 2 demi-journées.

Cordialement,
Manon Caillaud
IME Les Tilleuls""", [], frm="Manon Caillaud <m.caillaud@ime-lestilleuls.fr>")

R("fr-neg-rgpd-theme", "Module RGPD pour nos équipes ?",
  """Bonjour,

Notre association cherche un organisme pour sensibiliser nos bénévoles au RGPD (droit d'accès, droit à l'effacement, etc.). Je sais que ce n'est pas exactement votre cœur de métier, mais peut-être connaissez-vous quelqu'un ?

Merci,
Bernadette Voisin
Présidente, Les Amis du Chant d'Issoudun""", [], frm="Bernadette Voisin <contact@amisduchant-issoudun.fr>")

R("fr-neg-mes-infos-inscription", "Inscription atelier du 15",
  """Bonjour,
Voici mes informations pour l'inscription à l'atelier du 15 :
Nom : Leblanc
Prénom : Elodie
Tél : 06 45 78 12 90
Régime : végétarien pour le repas partagé
Merci !""", [], frm="Elodie Leblanc <elodie.leblanc@gmail.com>")

R("fr-neg-annulation-atelier", "Annulation",
  """Bonjour Sandra, je dois malheureusement annuler ma participation à l'atelier de samedi (enfant malade). Est-ce que je peux reporter sur la prochaine date ?
Merci
Carole""", [], frm="Carole Dumas <carole.dumas@hotmail.fr>")

R("fr-neg-resiliation-abo", "Résiliation abonnement programme",
  """Bonjour,
Je souhaite résilier mon abonnement mensuel au programme "Floraison 365" à la fin du mois en cours. Merci de ne plus prélever à partir de février.
Cordialement,
Gérald Pons""", [], frm="Gérald Pons <gerald.pons@orange.fr>")

R("fr-neg-mdp", "mot de passe",
  """bonjour je n'arrive plus a me connecter a mon espace formation, j'ai cliqué sur mot de passe oublié mais je recois rien. vous pouvez m'aider ? merci""",
  [], frm="Maryse Collet <maryse.collet@sfr.fr>")

R("fr-neg-acceder-espace", "Accéder à mon espace",
  """Bonjour, comment puis-je accéder à mon espace pour voir les vidéos du module 3 ? Le lien dans le mail ne marche pas.
Merci, Lionel""", [], frm="Lionel Vasseur <lionel.vasseur@gmail.com>")

R("fr-neg-fermer-compte", "Fermer mon compte",
  """Bonjour, merci de fermer mon compte sur la plateforme, je n'en ai plus l'utilité.
Cordialement
M. Fabre""", [], frm="Michel Fabre <michel.fabre36@orange.fr>")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative

R("fr-neg-question-droit", "Question",
  """Bonjour Sandra,
Ai-je le droit de demander la suppression de mes notes de séances à la fin de l'accompagnement, ou êtes-vous obligée de les garder ? Je me pose juste la question, je n'ai rien décidé.
Merci
Julie""", [], frm="Julie Marchand <julie.marchand@gmail.com>")
# NEAR-LINE: asks how the right works, explicitly not asking -> negative

R("fr-neg-duree-conservation", "Durée de conservation ?",
  """Bonjour,
Combien de temps conservez-vous les questionnaires de santé après la fin d'un accompagnement ? Et où sont-ils stockés ?
Merci de votre réponse,
Paul Renard""", [], frm="Paul Renard <paul.renard@laposte.net>")

R("fr-neg-comment-exercer", "Droit d'accès : à qui m'adresser ?",
  """Bonjour,
Dans votre politique de confidentialité, je vois deux adresses. Pour exercer un droit d'accès, faut-il écrire à l'adresse Orange ou à celle du site ? Et faut-il obligatoirement joindre une pièce d'identité ?
Cordialement
Hugo Delmas""", [], frm="Hugo Delmas <hugo.delmas@gmail.com>")
# NEAR-LINE: procedural question about exercising access, no request made -> negative

R("fr-neg-cnil-copie", "Copie de ma plainte CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous copie de la réclamation que j'ai déposée ce jour auprès de la CNIL.

« J'ai demandé à plusieurs reprises à Floraison de Soi de cesser ses envois, sans effet. »

Laurence Michaud""", [], frm="Laurence Michaud <laurence.michaud@orange.fr>",
  att=[("pdf", "accuse_reception_CNIL.pdf", "CNIL - Accuse de reception de votre plainte n. 25-041187")])
# NEAR-LINE: copy of a CNIL complaint with no new request in the new text -> negative

R("fr-neg-mari-donnees-femme", "Dossier de ma femme",
  """Bonjour,
Ma femme, Sandrine Costes, est suivie par vous depuis septembre. Pouvez-vous me dire ce qu'elle vous raconte et m'envoyer ses notes ? Je m'inquiète pour elle.
Philippe Costes""", [], frm="Philippe Costes <philippe.costes@gmail.com>")
# NEAR-LINE: relative asking about another living adult's data -> negative

R("fr-neg-collegue", "Attestation d'une collègue",
  """Bonjour,
Ma collègue Isabelle Royer a suivi votre formation en mars. Elle est en congé ; pourriez-vous me transmettre ses résultats aux évaluations pour que je les mette dans son dossier ?
Merci
Christine Babin""", [], frm="Christine Babin <christine.babin@mairie-issoudun.fr>")
# NEAR-LINE: colleague asking about another adult's data, no mandate -> negative

R("fr-neg-merci-suppr", "Re: Suppression de vos données",
  """Merci Sandra pour ta réactivité, c'est parfait !
Bonne continuation
Brigitte""", [], frm="Brigitte Alix <brigitte.alix@gmail.com>",
  q="""Bonjour Brigitte,
Comme demandé, j'ai supprimé l'ensemble de vos données de mes fichiers et de la plateforme.
Bien à vous,
Sandra

Le 3 mai, Brigitte Alix a écrit :
Bonjour, merci de supprimer toutes mes données, je ne viendrai plus.""", qs="gmail")

R("fr-neg-merci-outlook", "RE: Votre demande d'accès",
  """Bien reçu, merci. Je regarde tout ça ce week-end.
Cordialement,
F. Tissier""", [], frm="François Tissier <f.tissier@cabinet-tissier.fr>",
  q="""Bonjour Monsieur Tissier,

Suite à votre demande d'accès, vous trouverez ci-joint la copie des données vous concernant.

Sandra Delomenie""", qs="outlook")

R("fr-neg-consentement-donne", "Accord pour le témoignage",
  """Bonjour Sandra,
Oui bien sûr, tu peux publier mon témoignage sur ton site avec mon prénom et la photo ! Avec plaisir 🌸
Maud""", [], frm="Maud Vidal <maud.vidal@gmail.com>")

R("fr-neg-autoreply-rgpd", "Réponse automatique : Atelier de mars",
  """Bonjour,

Je suis absente du cabinet jusqu'au 24 mars inclus, sans accès à mes mails.

Conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition concernant vos données : pour l'exercer, écrivez à dpo@cabinet-bernard.fr.

Cordialement,
Martine Bernard, psychologue""", [], frm="Martine Bernard <m.bernard@cabinet-bernard.fr>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

R("fr-neg-autoreply-conges", "Absence",
  """Je suis en congés jusqu'au 2 septembre. Pour toute urgence, contactez le secrétariat au 02 54 00 00 00.""",
  [], frm="Mutuelle Berry Santé <ne-pas-repondre@berrysante.fr>",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

R("fr-neg-bounce-1", "Non distribuable : Votre demande de suppression",
  "", [], frm="Mail Delivery System <MAILER-DAEMON@smtp-out.orange.fr>", shape="bounce",
  headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(text="""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<c.martin@anciendomaine.fr> : adresse inconnue""", rcpt="c.martin@anciendomaine.fr",
              orig_subject="Votre demande de suppression", orig_from=HER_ORANGE))

R("fr-neg-bounce-2", "Undelivered Mail Returned to Sender",
  "", [], frm="MAILER-DAEMON@mail.floraisondesoi.fr (Mail Delivery System)", shape="bounce",
  headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(text="""This is the mail system at host mail.floraisondesoi.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jeanne.prevost@wanadoo.fr>: host smtp-in.orange.fr said: 552 5.2.2 Mailbox full""",
              rcpt="jeanne.prevost@wanadoo.fr", status="5.2.2", diag="552 5.2.2 Mailbox full",
              orig_subject="Export de vos données", mta="mail.floraisondesoi.fr"))

R("fr-neg-stripe", "Paiement reçu de Corinne Baudet",
  """Vous avez reçu un paiement de 180,00 € EUR de Corinne Baudet.

Description : Accompagnement individuel - 3 séances
ID du paiement : py_3PqR8sL2eZvKYlo21x8fTg7a

Consulter le paiement dans le Dashboard Stripe.

Stripe, 354 Oyster Point Blvd, South San Francisco""", [], frm="Stripe <notifications@stripe.com>",
  html="alt", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-systemeio", "Nouvelle inscription à votre formation",
  """Bonjour Sandra,

Un nouveau contact vient de s'inscrire à votre formation "Oser être soi" :
Email : lea.b***@gmail.com
Date : aujourd'hui

Gérez vos contacts depuis votre tableau de bord systeme.io.

L'équipe systeme.io""", [], frm="\"systeme.io\" <no-reply@systeme.io>", html="only",
  headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://systeme.io/unsubscribe/notifications>"})

R("fr-neg-calendly", "Annulé : Séance découverte avec Rémi Bourdin",
  """Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.
Type : Séance découverte (30 min)
Invité : Rémi Bourdin
Motif : "Un imprévu au travail, désolé"

Calendly""", [], frm="Calendly <notifications@calendly.com>", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-qonto", "Votre relevé de compte de mars est disponible",
  """Bonjour Sandra,

Votre relevé de compte du mois de mars est disponible dans votre espace Qonto. Vous pouvez l'exporter au format PDF ou CSV.

L'équipe Qonto""", [], frm="Qonto <no-reply@qonto.com>", html="alt", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-urssaf", "Votre déclaration de chiffre d'affaires",
  """Madame DELOMENIE Sandra,

Nous vous rappelons que votre déclaration de chiffre d'affaires du trimestre est à effectuer avant le 31 juillet sur autoentrepreneur.urssaf.fr.

Ceci est un message automatique, merci de ne pas y répondre.

Votre Urssaf""", [], frm="Urssaf <ne-pas-repondre@urssaf.fr>", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-paypal", "Vous avez reçu un paiement",
  """Bonjour Sandra Delomenie,
Kévin Loiseau vous a envoyé 45,00 EUR.
Note : "atelier du 12 — merci !"
Numéro de transaction : 7HJ23219LK2093311""", [], frm="service@paypal.fr", html="only",
  headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-brevo-dpa", "Mise à jour de notre accord de traitement des données (DPA)",
  """Bonjour,

Nous mettons à jour notre Accord de Traitement des Données (DPA) et notre politique de confidentialité, applicables à partir du 1er mars. Ces modifications portent notamment sur la liste de nos sous-traitants ultérieurs.

Aucune action n'est requise de votre part. Si vous continuez à utiliser nos services, vous acceptez ces modifications.

L'équipe Brevo""", [], frm="Brevo <contact@news.brevo.com>", html="alt",
  headers={"List-Id": "Brevo customer updates <customers.brevo.com>",
           "List-Unsubscribe": "<mailto:unsubscribe@news.brevo.com>"})

R("fr-neg-spam-conformite", "URGENT : votre site n'est pas conforme au RGPD – amende jusqu'à 20 M€",
  """Madame, Monsieur,

Notre audit automatique a détecté que votre site floraisondesoi.fr ne respecte pas le RGPD (bannière cookies, registre des traitements, droit à l'effacement).

Régularisez votre situation sous 72 h avec notre pack "Conformité Express" à 490 € HT pour éviter un contrôle de la CNIL.

Service Conformité – Cabinet Legalis Pro""", [], frm="Service Conformité <audit@legalis-conformite-pro.com>",
  html="only")

R("fr-neg-phishing-orange", "Votre boîte de messagerie est presque pleine",
  """Cher(e) client(e) Orange,

Votre espace de stockage a atteint 98 %. Pour éviter la suppression de vos messages, confirmez vos identifiants sous 24h :
http://orange-messagerie-verif.co/login

Service client Orange""", [], frm="Orange Messagerie <securite@orange-messagerie-verif.co>", html="only")

R("fr-neg-her-confirm-erasure", "Confirmation de suppression de vos données",
  """Bonjour Madame Fontaine,

Je vous confirme que l'ensemble des données vous concernant a été supprimé de mes fichiers, de la plateforme systeme.io et de mon Google Drive. Seules les factures sont conservées, conformément à mes obligations comptables.

Bien cordialement,
Sandra Delomenie
Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun""", [], frm=HER, to="Josiane Fontaine <josiane.fontaine@orange.fr>")

R("fr-neg-her-export", "Vos données (export)",
  """Bonjour Julien,

Comme convenu, voici l'export de vos données au format CSV (fiche, historique des séances, réponses aux questionnaires).

Belle journée,
Sandra""", [], frm=HER, to="Julien Masson <julien.masson@gmail.com>",
  att=[("csv", "export_julien_masson.csv", "champ;valeur\nnom;Masson\nprenom;Julien\nseances;6\nderniere_seance;2025-03-14")])

R("fr-neg-her-newsletter", "🌸 La lettre de Floraison de Soi – Avril",
  """Bonjour à toutes et à tous,

Avril est là, et avec lui l'envie de faire le ménage de printemps… y compris dans nos pensées !

Au programme ce mois-ci :
- Atelier "Dire non sans culpabiliser" le samedi 12 à Issoudun
- Webinaire gratuit "Mes besoins, mes limites" le jeudi 24 à 19h

Vous pouvez vous désinscrire à tout moment via le lien en bas de ce mail.

Sandra""", [], frm=HER, to="Floraison de Soi <contact@floraisondesoi.fr>", html="alt",
  headers={"List-Id": "La lettre de Floraison de Soi <lettre.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>, <mailto:desinscription@floraisondesoi.fr>",
           "Precedence": "bulk"})

R("fr-neg-rectifier-tir", "Suite à notre séance",
  """Bonjour Sandra,

Après notre séance de mardi, j'ai bien réfléchi : je vais rectifier le tir avec mon équipe et reprendre les entretiens individuels. Je m'oppose toujours à la réorganisation proposée par ma direction, mais je vais le dire autrement.

On se voit le 18 ?
Vincent""", [], frm="Vincent Brun <vincent.brun@gmail.com>")

R("fr-neg-portabilite-tel", "Changement d'opérateur",
  """Bonjour Sandra, petit mot rapide : je change d'opérateur, j'ai demandé la portabilité de mon numéro donc il reste le même. Si jamais tu n'arrives pas à me joindre lundi c'est normal, ça devrait être rétabli mardi.
Anne""", [], frm="Anne Colin <anne.colin@orange.fr>")

R("fr-neg-droit-oubli-reflexion", "Ce que j'ai retenu du stage",
  """Chère Sandra,

Je voulais te dire combien le stage m'a touchée. Cette idée de s'accorder un "droit à l'oubli" vis-à-vis de ses propres erreurs, d'effacer l'ardoise intérieure, m'a fait un bien fou. Depuis je me répète la phrase chaque matin.

Merci infiniment,
Léonie""", [], frm="Léonie Garnier <leonie.garnier@icloud.com>", html="alt")

R("fr-neg-limiter-ecrans", "Limiter les écrans",
  """Bonjour,
Avez-vous des ressources pour aider à limiter le temps d'écran d'un ado ? On a supprimé le portable le soir mais ça crée des conflits.
Merci,
Sandrine""", [], frm="Sandrine Bailly <sandrine.bailly@gmail.com>")

R("fr-neg-modifier-rdv", "Modifier mon rendez-vous",
  """Bonjour, est-il possible de modifier mon rdv du 14 à 14h pour le 16 même heure ? Merci. Ophélie""",
  [], frm="Ophélie Caron <ophelie.caron@hotmail.fr>")

R("fr-neg-facture-entreprise", "Facture – adresse de la société",
  """Bonjour,

La facture n° 2025-041 pour la formation de nos deux salariés porte l'ancienne adresse de notre siège. Pourriez-vous la rééditer avec : SARL Transports Chauvet, ZI des Coinchettes, 36100 Issoudun ?

Cordialement,
Comptabilité Transports Chauvet""", [], frm="Compta Transports Chauvet <compta@transports-chauvet.fr>")
# NEAR-LINE: correcting a company's invoice address (not a natural person's data) -> negative

R("fr-neg-rh-attestation", "Attestations de présence",
  """Bonjour Madame Delomenie,

Pour le dossier OPCO, pourriez-vous nous transmettre les attestations de présence et les feuilles d'émargement de la formation "Prévention du stress" suivie par nos 6 collaborateurs en octobre ?

Bien cordialement,
Aurélie Poulain
Service RH – Berry Logistique""", [], frm="Aurélie Poulain <rh@berry-logistique.fr>")
# NEAR-LINE: company that paid for a training asking for attendance documents of employees -> negative

R("fr-neg-satisfaction", "Re: Questionnaire de satisfaction",
  """Voici mes réponses :
1. Organisation : 5/5
2. Contenu : 4/5, un peu court sur la partie pratique
3. Recommanderiez-vous ? Oui !
Merci pour tout
Gisèle""", [], frm="Gisèle Marty <gisele.marty@orange.fr>",
  q="""Bonjour Gisèle,
Pourriez-vous prendre 2 minutes pour répondre à ces 3 questions ?
Merci,
Sandra""", qs="apple")

R("fr-neg-newsletter-confrere", "Les nouvelles du Réseau des Coachs du Centre – juin",
  """Chers membres,

Au sommaire : retour sur les rencontres de Bourges, un dossier "RGPD et coaching : ce que vous devez savoir sur le droit d'accès de vos clients", et l'agenda de l'été.

Bonne lecture,
Le bureau du RCC""", [], frm="Réseau des Coachs du Centre <lettre@reseau-coachs-centre.fr>", html="alt",
  headers={"List-Id": "Lettre du RCC <lettre.reseau-coachs-centre.fr>",
           "List-Unsubscribe": "<https://reseau-coachs-centre.fr/desinscription?u=sd36>", "Precedence": "list"})

R("fr-neg-tarifs", "Je m'oppose à l'augmentation",
  """Bonjour Sandra,
Je vois que les séances passent de 60 à 70 €. Je m'oppose un peu à ce changement en cours d'accompagnement, c'est possible de garder l'ancien tarif pour mes 3 dernières séances ?
Merci de ton retour
Gilles""", [], frm="Gilles Texier <gilles.texier@gmail.com>")

R("fr-neg-parent-horaires", "Atelier ados",
  """Bonjour, ma fille Lou (12 ans) voudrait s'inscrire à l'atelier ados. C'est à quelle heure et faut-il apporter quelque chose ?
Merci
Céline Masson""", [], frm="Céline Masson <celine.masson@gmail.com>")

R("fr-neg-retirer-candidature", "Salon bien-être – exposante",
  """Bonjour Sandra,
Je retire ma candidature pour le stand du salon bien-être d'octobre, je ne serai finalement pas disponible. Désolée pour la gêne.
Valérie, réflexologue""", [], frm="Valérie Caillat <valerie.reflexo@gmail.com>")

R("fr-neg-desinscr-atelier", "désinscription atelier",
  """Bonjour, je vous écris pour me désinscrire de l'atelier du 5 avril, j'ai un mariage ce jour-là. Pouvez-vous me rembourser ou garder un avoir ? Merci""",
  [], frm="Rose Lemaire <rose.lemaire@laposte.net>")
# NEAR-LINE: "désinscrire" here is cancelling a workshop place, not unsubscribing from marketing -> negative

R("fr-neg-effacer-message", "Oups",
  """Sandra, je t'ai envoyé un message vocal par erreur sur WhatsApp, il était pour ma sœur 🙈 tu peux l'ignorer ! À jeudi""",
  [], frm="Lydie Mercier <lydie.mercier@gmail.com>")

R("fr-neg-merci-retrait-photo", "Re: Photo retirée",
  """Super, merci beaucoup pour la rapidité !
Sophie""", [], frm="Sophie Renaud <sophie.renaud@yahoo.fr>",
  q="""Bonjour Sophie,
C'est fait : la photo a été retirée de la page Facebook et du site.
Belle journée,
Sandra""", qs="outlook")

R("fr-neg-fwd-vendor", "Tr: Modification de nos conditions générales",
  """Sandra, je te transfère ce mail de Zoom qui est arrivé sur l'adresse de l'asso, je crois que ça te concerne aussi pour tes webinaires.
Martine""", [], frm="Martine Roux <martine.roux@wanadoo.fr>", shape="fwd822",
  inner=dict(frm="Zoom <no-reply@zoom.us>", to="asso.pausecafe@wanadoo.fr",
             subject="Mise à jour de la déclaration de confidentialité de Zoom",
             body="""Bonjour,
Nous avons mis à jour notre Déclaration de confidentialité. Elle précise comment nous traitons les données des participants aux réunions, y compris les enregistrements et transcriptions.
L'équipe Zoom"""))

R("fr-neg-google", "Alerte de sécurité",
  """Nouvelle connexion sur Windows
Votre compte Google sandra.floraisondesoi@gmail.com a été utilisé pour vous connecter sur un nouvel appareil Windows. Si c'était vous, vous n'avez rien à faire.""",
  [], frm="Google <no-reply@accounts.google.com>", html="alt", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-zoom-rec", "L'enregistrement dans le cloud est disponible",
  """Bonjour Sandra,
L'enregistrement de votre réunion "Webinaire – Mes besoins, mes limites" est maintenant disponible. Il sera supprimé automatiquement de la corbeille après 30 jours.""",
  [], frm="Zoom <no-reply@zoom.us>", html="only", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-comptable", "Documents pour le bilan",
  """Bonjour Sandra,

Pour clôturer l'exercice, j'ai besoin de l'export du grand livre de Qonto et de la copie des factures clients de décembre. Merci de corriger aussi la facture 2025-112 (TVA mentionnée à tort, vous êtes en franchise).

Bien à vous,
Cabinet Moulin Expertise""", [], frm="Cabinet Moulin Expertise <contact@moulin-expertise.fr>")

R("fr-neg-avis-suppr-avis", "Mon avis Google",
  """Bonjour Sandra, j'ai supprimé par erreur mon avis Google sur ta page en voulant le modifier, je le remets ce soir promis !
Karine""", [], frm="Karine Blin <karine.blin@gmail.com>")

R("fr-neg-question-porta", "portabilité ?",
  """Bonjour,
Petite question : si un jour je change de coach, est-ce que vous pouvez transmettre mon dossier, ou c'est à moi de tout refaire ? Simple curiosité pour l'instant.
Merci
Arnaud""", [], frm="Arnaud Fleury <arnaud.fleury@free.fr>")
# NEAR-LINE: hypothetical question about portability, nothing requested now -> negative

R("fr-neg-amie-donnees", "Ma copine Elsa",
  """Coucou Sandra, mon amie Elsa Dubois a fait un stage chez toi l'an dernier et voudrait que tu effaces son adresse. Elle est pas très à l'aise avec les mails, je te transmets.
Bises
Nina""", [], frm="Nina Jourdan <nina.jourdan@gmail.com>")
# NEAR-LINE: a friend relaying for another living adult, no mandate -> negative

R("fr-neg-soeur-vivante", "Inscription de ma sœur",
  """Bonjour,
Ma sœur Marie Fauré s'est inscrite à votre formation avec mon ancienne adresse mail. Pouvez-vous me dire quelles infos elle vous a données ? Elle ne me répond plus.
Cordialement
Jeanne Fauré""", [], frm="Jeanne Fauré <jeanne.faure@orange.fr>")

R("fr-neg-cnil-question", "Réclamation CNIL",
  """Bonjour,
Je suis en train de remplir un formulaire de plainte auprès de la CNIL contre mon ancien employeur (pas vous !) et on me demande de justifier mes démarches. Pourriez-vous me confirmer par écrit les dates de mes séances avec vous ? Ça servira de contexte.
Merci
Xavier""", [], frm="Xavier Bellec <xavier.bellec@gmail.com>")
# NEAR-LINE: asks for a confirmation of session dates (a service document) for a complaint against someone else -> negative

R("fr-neg-rectif-programme", "Rectificatif programme",
  """Rectificatif : l'atelier de la Maison des associations se tiendra salle 3 et non salle 5. Merci de transmettre aux participants.
Service vie associative – Mairie d'Issoudun""", [], frm="Vie associative <vie.associative@issoudun.fr>")

R("fr-neg-supprimer-doublon", "Doublon",
  """Bonjour, je me suis inscrite deux fois à l'atelier du 22 par erreur (une fois par le site, une fois par Calendly). Vous pouvez supprimer une des deux inscriptions. Merci ! Agathe""",
  [], frm="Agathe Lucas <agathe.lucas@gmail.com>")
# NEAR-LINE: deleting a duplicate booking is a booking change, not erasure of data -> negative

R("fr-neg-linkedin-phish", "Facture impayée n°FA-99812",
  """Bonjour,

Veuillez trouver ci-joint la facture impayée. Sans règlement sous 48h, votre dossier sera transmis au contentieux.

Cliquez ici pour consulter : http://docs-partage-facture.biz/FA-99812

Service recouvrement""", [], frm="Service Recouvrement <recouvrement@factures-fr-secure.com>")

R("fr-neg-question-heritier", "Question générale",
  """Bonjour Madame,
Je prépare mes directives anticipées avec mon notaire. Une question : est-il possible de laisser des instructions sur le devenir de mes données personnelles après mon décès auprès des professionnels que je consulte ? Je me renseigne avant de vous envoyer quoi que ce soit.
Merci,
Louise Arnoux""", [], frm="Louise Arnoux <louise.arnoux@orange.fr>")
# NEAR-LINE: asks whether post-mortem instructions are possible, gives none -> negative

R("fr-neg-inscription-newsletter", "Inscription newsletter",
  """Bonjour, j'aimerais m'inscrire à votre newsletter, mon amie m'en a dit beaucoup de bien. Mon adresse : catherine.legall@gmail.com. Merci !""",
  [], frm="Catherine Le Gall <catherine.legall@gmail.com>")

R("fr-neg-her-reponse-acces", "Re: Demande d'accès à mes données",
  """Bonjour Monsieur Lemasson,

J'accuse réception de votre demande d'accès et de votre justificatif d'identité. Je vous adresserai la copie de vos données dans le délai d'un mois.

Bien cordialement,
Sandra Delomenie""", [], frm=HER_ORANGE, to="Hervé Lemasson <herve.lemasson@laposte.net>",
  q="""Madame,
En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer une copie des données me concernant.
Hervé Lemasson""", qs="gmail", qf="Hervé Lemasson <herve.lemasson@laposte.net>")

R("fr-neg-her-oubli-desabo", "Désinscription de votre liste",
  """Bonjour,
Merci de retirer mon adresse contact@floraisondesoi.fr de votre liste de diffusion, je ne suis plus intéressée.
Sandra Delomenie""", [], frm=HER, to="Salon Zen Berry <info@salonzenberry.fr>")
# NEAR-LINE: she is the one unsubscribing from someone else's list (her own sent mail) -> negative

R("fr-neg-merci-newsletter-quoted", "Re: 🌸 La lettre de Floraison de Soi – Mai",
  """Merci Sandra pour cette belle lettre, l'exercice de la gratitude tombe à pic ! À samedi.
Marie-Claude""", [], frm="Marie-Claude Perrot <mc.perrot@wanadoo.fr>",
  q="""Bonjour à toutes et à tous,
Ce mois-ci, un exercice de gratitude à pratiquer chaque soir.
Pour vous désinscrire, cliquez ici.
Sandra""", qs="gmail")

R("fr-neg-effacer-ardoise-client", "Séance de jeudi",
  """Bonjour Sandra,
Pour jeudi, je voudrais qu'on travaille sur ma relation avec mon père. J'ai l'impression de ne pas réussir à effacer ce qu'il m'a dit enfant. Est-ce qu'on peut prendre 1h30 au lieu d'1h ?
Merci
Benoît""", [], frm="Benoît Paris <benoit.paris@gmail.com>")

R("fr-neg-retrait-bon-cadeau", "Bon cadeau",
  """Bonjour, j'ai offert un bon cadeau à ma mère pour une séance, pouvez-vous me dire comment elle peut réserver ? Et est-ce que je peux avoir une copie du bon, je l'ai égaré ?
Merci
Florian""", [], frm="Florian Petit <florian.petit@gmail.com>")

R("fr-neg-opposition-juridique", "Opposition sur chèque",
  """Bonjour Sandra,
Je suis désolé, j'ai dû faire opposition sur mon chéquier suite à un vol, donc le chèque de l'atelier risque d'être rejeté. Je vous fais un virement aujourd'hui.
Cordialement
Édouard""", [], frm="Édouard Lenoir <edouard.lenoir@orange.fr>")

R("fr-neg-apple-merci", "Re: Retrait de votre témoignage",
  """Merci beaucoup Sandra 🙏

Envoyé de mon iPhone""", [], frm="Céline Girardot <celine.girardot@gmail.com>",
  q="""Bonjour Céline,
Je t'informe que ton témoignage a bien été retiré du site.
Belle soirée,
Sandra""", qs="apple")

R("fr-neg-bounce-3", "Delivery Status Notification (Failure)",
  "", [], frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", shape="bounce",
  headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(text="""Adresse introuvable

Votre message n'a pas pu être envoyé à l'adresse gerard.lhomme@free.fr, car celle-ci est introuvable ou n'accepte pas les messages.""",
              rcpt="gerard.lhomme@free.fr", orig_subject="Votre lettre de juin", mta="mx.google.com",
              orig_from=HER))

R("fr-neg-her-pm-confirm", "Re: Décès de ma mère, Mme Denise Collin",
  """Madame Collin,

Je vous présente mes sincères condoléances. Comme vous me l'avez demandé, le dossier de votre mère a été clôturé et ses données supprimées.

Avec toute ma sympathie,
Sandra Delomenie""", [], frm=HER_ORANGE, to="Véronique Collin <veronique.collin@orange.fr>")

R("fr-neg-partenaire-rdv", "Proposition de partenariat",
  """Bonjour Sandra,

Je suis sophrologue à Vierzon et j'aimerais te proposer un atelier à deux voix. Je te laisse mes informations : Lucile Marchal, 06 22 14 85 33, sophro-marchal.fr. On s'appelle ?

Lucile""", [], frm="Lucile Marchal <lucile@sophro-marchal.fr>")

R("fr-neg-droit-image-question", "Droit à l'image pour l'atelier photo",
  """Bonjour,
Pour l'atelier "Se voir autrement" avec séance photo, est-ce que les photos seront publiées ? Je préfère savoir avant de m'inscrire, car je ne souhaite pas apparaître en ligne.
Merci,
Émeline""", [], frm="Émeline Roy <emeline.roy@gmail.com>")
# NEAR-LINE: a question before enrolling, no consent given yet to withdraw -> negative

R("fr-neg-acces-pmr", "Accessibilité",
  """Bonjour, la salle est-elle accessible en fauteuil roulant ? Je viens à l'atelier avec ma mère. Merci, Thierry""",
  [], frm="Thierry Royer <thierry.royer@sfr.fr>")

R("fr-neg-formation-entreprise", "Devis formation",
  """Bonjour Madame,

Nous souhaiterions organiser pour nos managers une formation "Écoute active et gestion des conflits" (8 personnes, 2 jours). Pourriez-vous nous faire parvenir un devis ainsi que vos références ?

Cordialement,
Jérôme Vallet
Directeur – Imprimerie Vallet""", [], frm="Jérôme Vallet <j.vallet@imprimerie-vallet.fr>",
  html="alt")

R("fr-neg-suppression-sms-relance", "Rappel automatique de votre rendez-vous",
  """Rappel : vous avez rendez-vous avec Sandra Delomenie demain à 10:00.
Pour annuler ou modifier : https://calendly.com/floraisondesoi/seance
Ce message est envoyé automatiquement.""", [], frm="Calendly <notifications@calendly.com>",
  to="Rémi Bourdin <remi.bourdin@gmail.com>", headers={"Auto-Submitted": "auto-generated"})

R("fr-neg-desabo-partage", "Re: Atelier de printemps",
  """Merci pour l'info ! Par contre je crois que ma voisine, Mme Lucas, ne veut plus recevoir vos mails, elle m'en a parlé au marché. Je vous laisse voir avec elle.
Bonne journée
Odette""", [], frm="Odette Simon <odette.simon@orange.fr>",
  q="""Bonjour,
L'atelier de printemps aura lieu le 21 mars, il reste des places.
Sandra""", qs="gmail")
# NEAR-LINE: relays another living adult's wish without mandate -> negative
