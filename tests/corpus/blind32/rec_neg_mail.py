# Negatives: ordinary coaching and business mail with trigger words, cancellations, access/password
# problems, "close my account" alone, questions about rights, CNIL complaints, thank-yous, consent
# given, her own sent mail, RGPD spam and phishing.
from common import (M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, SIG_SANDRA, q, gmail_fr, gmail_en,
                    apple_fr, outlook_fr, outlook_en, fwd_fr, fwd_en)

ICS_ATELIER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251018T093000
DTEND;TZID=Europe/Paris:20251018T123000
DTSTAMP:20250926T081500Z
UID:7f3c2a90b1@google.com
ORGANIZER;CN=Mathilde Gervais:mailto:mathilde.gervais@gmail.com
ATTENDEE;CN=sandra.delomenie@orange.fr;RSVP=TRUE:mailto:sandra.delomenie@orange.fr
SUMMARY:Atelier parents - salle des fêtes de Reuilly
LOCATION:Salle des fêtes\\, 36260 Reuilly
END:VEVENT
END:VCALENDAR
"""

RECORDS = [

M("b32-negm-supprime-appli-meditation", [], "fr",
  "Agathe Morin <agathe.morin@gmail.com>", "2025-01-16 21:27",
  "Bilan de ma semaine",
  """Bonsoir Sandra,

Petit bilan comme convenu : j'ai supprimé l'appli Instagram de mon téléphone depuis lundi et j'ai effacé tous les rappels inutiles de mon agenda. Résultat : je dors mieux et j'ai fait mes 10 minutes de respiration 5 jours sur 7 !

Par contre, j'ai eu du mal avec l'exercice du journal, je n'arrive pas à écrire le soir. On en parle mardi ?

Agathe"""),

M("b32-negm-effacer-croyances", [], "fr",
  "Yannick Bertrand <yannick.bertrand@laposte.net>", "2025-02-18 07:49",
  "Question sur le module 3",
  """Bonjour Sandra,

Dans le module 3 de la formation, vous parlez d'"effacer" les croyances limitantes. Je bloque un peu sur l'exercice : est-ce qu'on doit vraiment chercher à les supprimer, ou plutôt à les transformer ? J'ai l'impression que plus j'essaie de les effacer, plus elles reviennent.

Merci pour votre éclairage,
Yannick"""),

M("b32-negm-copy-slides", [], "en",
  "Hannah Mills <hannah.mills@gmail.com>", "2025-03-13 12:19",
  "Copy of the slides?",
  """Hi Sandra,

Thank you for yesterday's webinar on boundaries, it was brilliant. Would it be possible to get a copy of the slides? I'd like to go back over the "three circles" exercise with my partner.

Best,
Hannah"""),

M("b32-negm-invitation-ics-atelier", [], "fr",
  "Mathilde Gervais <mathilde.gervais@gmail.com>", "2025-09-26 10:15",
  "Invitation: Atelier parents - salle des fêtes de Reuilly @ sam. 18 oct. 2025 09:30 - 12:30",
  """Bonjour Sandra,

Comme convenu au téléphone, je vous envoie l'invitation pour l'atelier parents de l'association. Vous pourrez exporter l'événement dans votre agenda. La salle sera accessible dès 9h, les clés sont chez la mairie.

Mathilde Gervais
Présidente – Association Parents d'Élèves de Reuilly""",
  fmt="alt", attach=[("invite.ics", "ics", ICS_ATELIER)]),

M("b32-negm-devoir-corrige-docx", [], "fr",
  "Farid Mansouri <farid.mansouri@outlook.fr>", "2025-04-14 18:06",
  "Exercice corrigé – ma roue de vie",
  """Bonjour Sandra,

Voici ma roue de vie corrigée : j'ai modifié deux domaines suite à notre échange (famille et santé) et j'ai corrigé les notes que j'avais mal reportées. Je vous mets le fichier Word en pièce jointe.

Bonne soirée,
Farid""",
  attach=[("roue_de_vie_Farid_v2.docx", "docx", "Roue de vie - version 2\nFamille : 6/10\nSante : 5/10\nTravail : 7/10")]),

M("b32-negm-manager-soppose-formation", [], "fr",
  "Lucie Hamon <lucie.hamon@gmail.com>", "2025-05-22 13:04",
  "Besoin de votre avis",
  """Bonjour Sandra,

Mon manager s'oppose à ce que je suive la formation de coach interne que l'entreprise proposait, il dit que je ne suis "pas prête". Je suis vraiment déçue et je ne sais pas si je dois aller voir les RH ou attendre.

Est-ce qu'on pourrait en parler lors de notre prochaine séance ? Je peux aussi prendre un créneau plus tôt si vous en avez.

Lucie"""),

M("b32-negm-retire-candidature", [], "fr",
  "Benjamin Caillaud <benjamin.caillaud@gmail.com>", "2025-06-18 19:58",
  "Nouvelles !",
  """Salut Sandra,

J'ai finalement retiré ma candidature pour le poste de Bourges : après notre séance, j'ai compris que c'était la peur qui me faisait postuler, pas l'envie. Du coup, j'ai demandé à ma cheffe de modifier mon périmètre actuel, et elle est partante !

Merci, vraiment.
Benjamin"""),

M("b32-negm-atelier-consentement-couple", [], "fr",
  "Inès Carvalho <ines.carvalho@hotmail.fr>", "2025-08-28 10:31",
  "Atelier « Consentement et communication dans le couple »",
  """Bonjour,

J'ai vu passer l'annonce de votre atelier « Consentement et communication dans le couple » du 20 septembre. Est-ce qu'il est ouvert aux personnes seules, ou faut-il venir à deux ? Et reste-t-il des places ?

Merci,
Inès"""),

M("b32-negm-modele-rgpd-micro-entreprise", [], "fr",
  "Laëtitia Fournier <laetitia.fournier.sophro@gmail.com>", "2025-10-06 15:12",
  "RGPD pour mon activité",
  """Coucou Sandra,

Je lance enfin mon activité de sophrologue (grâce à ton accompagnement !). Je bloque sur la partie RGPD : est-ce que tu aurais un modèle de politique de confidentialité, ou un conseil sur comment gérer les fiches clients et les données de santé ? J'ai peur de faire des bêtises.

Merci d'avance, et à bientôt pour le cercle des entrepreneures,
Laëtitia"""),

M("b32-negm-acces-pmr-salle", [], "fr",
  "Robert Jullien <robert.jullien@wanadoo.fr>", "2025-11-12 09:22",
  "accès à la salle",
  """Bonjour,

Je suis inscrit au stage du 22 novembre. Je me déplace en fauteuil roulant : la salle rue d'Estienne d'Orves a-t-elle un accès de plain-pied, et y a-t-il une place de parking à proximité ?

Merci,
Robert Jullien"""),

M("b32-negm-change-appointment-time", [], "en",
  "Sophie Turner <sophie.turner@gmail.com>", "2025-12-01 08:18",
  "Can we move Thursday?",
  """Hi Sandra,

Could we change Thursday's session from 10am to 2pm? My daughter's school called a parent meeting in the morning. If 2pm doesn't work, any time Friday would be fine.

Thanks!
Sophie"""),

# NEAR-LINE: 'désinscrire' here cancels a minor's booking for a workshop (a cancellation), not a mailing-list unsubscribe -> negative.
M("b32-negm-desinscrire-fils-stage", [], "fr",
  "Marine Collet <marine.collet@gmail.com>", "2026-02-26 19:45",
  "Stage de printemps – désinscription de Gabin",
  """Bonjour Sandra,

Je dois malheureusement désinscrire Gabin du stage de printemps (14-16 avril) : il s'est cassé le poignet au foot et il sera plâtré pendant 6 semaines. Pouvez-vous me dire si l'acompte peut être reporté sur le stage d'été ?

Merci,
Marine Collet"""),

M("b32-negm-cancel-workshop-seat", [], "en",
  "David Okonkwo <david.okonkwo@gmail.com>", "2025-03-31 14:41",
  "Cancellation - 12 April workshop",
  """Hello,

Unfortunately I have to cancel my place on the 12 April workshop ("Finding your voice") due to a work trip. Booking reference FDS-0412-17. Could you let me know whether I'm eligible for a refund or credit?

Kind regards,
David Okonkwo"""),

M("b32-negm-resilier-abonnement", [], "fr",
  "Patricia Lemoine <patricia.lemoine@free.fr>", "2025-07-16 22:08",
  "résiliation abonnement",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme "Un mois, une intention" à partir du mois prochain. J'ai adoré, mais mon budget est serré en ce moment.

Pouvez-vous me confirmer qu'il n'y aura plus de prélèvement après celui de juillet ?

Merci,
Patricia""",
  cte="base64"),

M("b32-negm-annuler-rdv-calendly", [], "fr",
  "Jérôme Bouchet <jerome.bouchet@orange.fr>", "2025-09-29 07:31",
  "Annulation RDV du 2 octobre",
  """Bonjour Madame Deloménie,

Je dois annuler mon rendez-vous découverte du jeudi 2 octobre à 18h, que j'avais pris via votre lien Calendly. Je n'arrive pas à le supprimer moi-même, le lien d'annulation renvoie une erreur.

Je reviendrai vers vous pour reprendre une date.

Cordialement,
Jérôme Bouchet"""),

M("b32-negm-password-systemeio-en", [], "en",
  "Karen Whitley <karen.whitley@gmail.com>", "2025-04-23 20:50",
  "Can't get into my course",
  """Hi,

I can't access my space on the course platform anymore. I've reset my password twice and it still says "invalid credentials". My login is this email address. Can you help? I'm stuck on module 4.

Karen""",
  fmt="html"),

M("b32-negm-acces-espace-fr", [], "fr",
  "Gisèle Moreau <gisele.moreau@laposte.net>", "2025-10-27 14:10",
  "Je n'arrive pas à accéder à mon espace",
  """Bonjour,

Depuis hier je n'arrive plus à accéder à mon espace de formation. J'ai le message "Votre accès a expiré" alors que j'ai payé la formation à vie. Pouvez-vous vérifier mon accès ?

Merci d'avance,
Gisèle Moreau"""),

M("b32-negm-mdp-oublie-informel", [], "fr-informal",
  "titi.lemaitre <titi.lemaitre@hotmail.fr>", "2026-01-19 23:44",
  None,
  """slt sandra
jai oublié mon mot de passe pour la formation en ligne et le lien "mot de passe oublié" marche pas sur mon tel, tu peux me le renvoyer stp ? jai un exam de module vendredi
merci !!
Tiphaine"""),

# NEAR-LINE: "fermez mon compte" alone, with no mention of data -> negative (account closure).
M("b32-negm-fermer-compte-seul", [], "fr",
  "Alain Rigaud <alain.rigaud@orange.fr>", "2025-08-04 11:26",
  "Fermeture de compte",
  """Bonjour,

J'ai terminé la formation et je n'en ai plus l'usage. Merci de fermer mon compte sur la plateforme.

Cordialement,
Alain Rigaud"""),

# NEAR-LINE: "close my account" with no data mentioned -> negative.
M("b32-negm-close-account-en", [], "en",
  "Jake Morrison <jake.morrison@outlook.com>", "2026-03-13 17:02",
  "Close my account",
  """Hi, please close my account on your course site - I've finished everything and won't be renewing. Thanks, Jake"""),

# NEAR-LINE: "ai-je le droit de demander la suppression ... ?" is a question about the right, not a
# request -> negative.
M("b32-negm-question-droit-suppression", [], "fr",
  "Nadia Ferreira <nadia.ferreira@gmail.com>", "2025-05-28 12:48",
  "Question RGPD",
  """Bonjour Sandra,

Une petite question : une fois l'accompagnement terminé, ai-je le droit de demander la suppression de mes notes de séances, ou êtes-vous obligée de les garder un certain temps ? Je ne sais pas comment ça se passe.

Je ne demande rien dans l'immédiat, c'est juste pour savoir.

Nadia"""),

M("b32-negm-how-long-keep-question", [], "en",
  "Paul Whitfield <paul.whitfield@gmail.com>", "2025-07-30 09:37",
  "Quick privacy question",
  """Hi Sandra,

Out of curiosity - how long do you keep clients' session notes once coaching has ended? And if I wanted a copy at some point in the future, is there a process for that? Not asking for anything now, just want to understand how it works.

Paul"""),

M("b32-negm-question-portabilite-suisse", [], "fr-CH",
  "Yves Pittet <yves.pittet@bluewin.ch>", "2025-09-10 16:25",
  "Droit à la portabilité ?",
  """Bonjour Madame,

Je me renseigne avant de m'inscrire à votre formation en ligne : en cas de changement d'organisme, est-il possible de récupérer ses données de progression dans un format exportable ? Et est-ce que le droit suisse s'applique ou le RGPD, puisque j'habite à Neuchâtel ?

Avec mes meilleures salutations,
Yves Pittet"""),

M("b32-negm-copie-plainte-cnil", [], "fr",
  "Hervé Dumont <herve.dumont@gmail.com>", "2025-11-03 10:09",
  "Copie de ma plainte auprès de la CNIL",
  """Madame,

Pour votre information, vous trouverez ci-dessous la copie de la plainte que je viens de déposer auprès de la CNIL, suite à la réception de vos courriels commerciaux.

Hervé Dumont

""" + fwd_fr("CNIL – Accusé de réception <ne-pas-repondre@cnil.fr>", "lun. 3 nov. 2025 à 09:52",
             "Votre plainte n° 25-231874 a bien été enregistrée", "herve.dumont@gmail.com",
             """Bonjour,

Votre plainte a bien été enregistrée sous le numéro 25-231874.

Organisme mis en cause : FLORAISON DE SOI – Sandra DUMOT-DELOMÉNIE
Objet : Prospection commerciale par courrier électronique

Résumé de votre plainte :
« Je reçois des courriels promotionnels de cet organisme alors que je n'ai jamais donné mon accord. »

La CNIL examinera votre plainte dans les meilleurs délais.

Commission nationale de l'informatique et des libertés"""),
  attach=[("recapitulatif_plainte_CNIL.pdf", "pdf", "CNIL - recapitulatif de plainte 25-231874")]),

M("b32-negm-client-complained-cnil-en", [], "en",
  "Laura Fitzgerald <laura.fitzgerald@gmail.com>", "2026-02-09 15:50",
  "FYI - complaint lodged",
  """Ms Deloménie,

As my emails of December and January went unanswered, I have now lodged a complaint with the CNIL through their online form. I'm letting you know as a courtesy. Any further correspondence will go through them.

Laura Fitzgerald"""),

M("b32-negm-lettre-cnil-instruction", [], "fr",
  "CNIL – Service des plaintes <plaintes-instruction@cnil.fr>", "2026-01-26 14:00",
  "Plainte n° 25-231874 – FLORAISON DE SOI",
  """Madame,

La Commission nationale de l'informatique et des libertés a été saisie d'une plainte de M. Hervé DUMONT concernant la réception de courriers électroniques de prospection commerciale adressés par votre entreprise.

Afin de nous permettre d'instruire ce dossier, je vous remercie de bien vouloir m'indiquer, dans un délai d'un mois, l'origine des données de ce plaignant, la base légale de l'envoi de ces messages et les mesures prises pour assurer le respect de son droit d'opposition.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Le chef du service des plaintes
CNIL – 3 place de Fontenoy – TSA 80715 – 75334 Paris Cedex 07""",
  attach=[("courrier_CNIL_25-231874.pdf", "pdf", "CNIL - demande d'observations - plainte 25-231874")]),

M("b32-negm-merci-desabonnement", [], "fr",
  "Romain Thibault <romain.thibault@laposte.net>", "2025-06-06 12:30",
  "Re: Opposition prospection",
  """C'est parfait, merci pour la réponse rapide.

R. Thibault

""" + apple_fr("5 juin 2025 à 17:44", "Sandra Deloménie <sandra.delomenie@orange.fr>",
               """Bonjour Monsieur Thibault,

C'est fait : votre adresse ne recevra plus aucune communication commerciale de ma part.

Bien cordialement,
Sandra Deloménie"""),
  in_reply_to="b32-sandra-confirm-thibault", refs=["b32-own-mere-lien-prospection"]),

M("b32-negm-thanks-after-deletion-en", [], "en",
  "Laura Bennett <laura.bennett@hotmail.co.uk>", "2025-04-11 08:20",
  "Re: Please delete my details",
  """Thank you Sandra, much appreciated. All the best with your work.

Laura

""" + gmail_en("Thu, 10 Apr 2025 at 18:05", "Sandra Deloménie <sandra.delomenie@orange.fr>",
               """Dear Laura,

I confirm that your personal data (contact details, intake form and session notes) have been deleted. Only the invoice issued to your sister remains, as I'm legally required to keep it.

Warm regards,
Sandra

""" + gmail_en("Wed, 2 Apr 2025 at 19:24", "Laura Bennett <laura.bennett@hotmail.co.uk>",
               """Hi,

My sister booked three coaching sessions for me as a birthday present last year (she paid, I attended). I've decided not to continue and I'd like you to delete all my personal data - contact details, notes from the sessions, the intake form.""")),
  in_reply_to="b32-sandra-confirm-bennett", refs=["b32-own-sister-gift-delete"]),

M("b32-negm-merci-copie-outlook", [], "fr",
  "Karine Leblanc <karine.leblanc@gmail.com>", "2025-02-12 19:05",
  "RE: Dossier de mon fils Mathis (15 ans)",
  """Merci beaucoup Madame Deloménie, j'ai bien reçu le dossier de Mathis. Nous l'avons regardé ensemble hier soir, c'était un beau moment.

Belle journée,
Karine Leblanc

""" + outlook_fr("Sandra Deloménie <sandra.delomenie@orange.fr>", "mardi 11 février 2025 16:47",
                 "Karine Leblanc <karine.leblanc@gmail.com>", "RE: Dossier de mon fils Mathis (15 ans)",
                 """Bonjour Madame Leblanc,

Vous trouverez en pièce jointe la copie du dossier de Mathis : fiches de suivi, résultats des tests et bilans de séance.

Bien cordialement,
Sandra Deloménie"""),
  in_reply_to="b32-sandra-envoi-dossier-mathis", refs=["b32-par-mere-dossier-fils-15"]),

M("b32-negm-accord-temoignage", [], "fr",
  "Françoise Pelletier <francoise.pelletier@orange.fr>", "2025-10-10 17:17",
  "Re: Votre témoignage ?",
  """Bonjour Sandra,

Avec plaisir ! J'accepte que vous utilisiez mon témoignage sur votre site et dans votre newsletter, avec mon prénom et l'initiale de mon nom. Pour la photo, je préfère que vous utilisiez celle du jardin plutôt que celle de l'atelier.

Bises,
Françoise

""" + gmail_fr("jeu. 9 oct. 2025 à 11:02", "Sandra Deloménie <sandra.delomenie@orange.fr>",
               """Bonjour Françoise,

Accepteriez-vous que je publie le joli message que vous m'avez envoyé après le stage, comme témoignage sur mon site ?

Sandra"""),
  in_reply_to="b32-sandra-demande-temoignage-pelletier"),

M("b32-negm-happy-photo-use-en", [], "en",
  "Grace Adeyemi <grace.adeyemi@gmail.com>", "2026-05-15 10:48",
  "Photos from Saturday",
  """Hi Sandra,

Yes, I'm happy for you to use the group photos from Saturday's retreat on your website and Instagram, including the ones where I'm visible. Consent form signed and attached.

Grace""",
  attach=[("photo_consent_Adeyemi.pdf", "pdf", "Photo consent form - Grace Adeyemi - signed")]),

M("b32-negm-accord-donnees-sante", [], "fr",
  "Michel Barre <michel.barre@sfr.fr>", "2025-12-19 11:55",
  "Consentement questionnaire santé",
  """Bonjour Madame,

Je vous renvoie le formulaire de consentement signé pour la collecte de mes données de santé dans le cadre de l'accompagnement (j'ai bien lu que vous les conservez 2 ans maximum). Je vous donne mon accord sans réserve.

Michel Barre""",
  attach=[("consentement_sante_signe.pdf", "pdf", "Formulaire de consentement donnees de sante - Michel Barre")]),

M("b32-negm-sandra-confirme-rdv", [], "fr",
  SANDRA, "2025-03-18 12:02",
  "Confirmation de votre séance du 25 mars",
  """Bonjour Élise,

Je vous confirme notre séance du mardi 25 mars à 17h30, au cabinet (46 rue d'Estienne d'Orves, interphone "Floraison de Soi").

Pensez à apporter votre carnet et l'exercice de la semaine. Si vous devez annuler, merci de me prévenir 48h à l'avance.

À mardi,

""" + SIG_SANDRA,
  to="Élise Marty <elise.marty@gmail.com>"),

M("b32-negm-sandra-test-newsletter", [], "fr",
  CONTACT, "2025-09-04 06:30",
  "[TEST] Lettre de septembre – Rentrer en douceur",
  """Rentrer en douceur

Chère lectrice, cher lecteur,

La rentrée est là, avec son lot de listes, de formulaires et de nouvelles habitudes à prendre. Et si cette année, on commençait par effacer une chose de la liste, plutôt que d'en ajouter ?

Au programme ce mois-ci :
- le cercle des femmes reprend le jeudi 18 septembre ;
- nouvel atelier parents-ados « Se comprendre sans se crier dessus » le 4 octobre ;
- replay du webinaire « Poser ses limites » disponible dans votre espace.

Belle rentrée,
Sandra

Vous recevez ce message car vous êtes inscrit(e) à la lettre de Floraison de Soi. Se désinscrire : {{unsubscribe_link}}""",
  to=SANDRA, fmt="alt"),

M("b32-negm-sandra-demande-piece-identite", [], "fr",
  SANDRA, "2025-02-01 09:40",
  "Re: Demande d'accès – Mme Laetitia Morand – mandat joint",
  """Maître,

J'accuse réception de votre demande du 29 janvier formée au nom de Mme Laetitia Morand. Je vous adresserai les éléments demandés dans le délai d'un mois. Pourriez-vous me confirmer l'adresse postale à laquelle vous souhaitez recevoir les documents papier ?

Bien cordialement,

""" + SIG_SANDRA + """

""" + gmail_fr("mer. 29 janv. 2025 à 15:52", "Maître Sophie Carré <s.carre@carre-avocat.fr>",
               """Madame,

J'interviens en qualité de conseil de Madame Laetitia MORAND [...]"""),
  to="Maître Sophie Carré <s.carre@carre-avocat.fr>",
  in_reply_to="b32-rep-avocat-acces-dossier", parent_addr="s.carre@carre-avocat.fr"),

M("b32-negm-spam-conformite-rgpd", [], "fr",
  "Service Conformité RGPD <alerte@conformite-rgpd-express.fr>", "2025-05-05 06:12",
  "URGENT : votre site floraisondesoi.fr n'est pas conforme au RGPD",
  """Madame, Monsieur,

Notre audit automatisé a détecté 7 non-conformités RGPD sur votre site floraisondesoi.fr (bandeau cookies, registre des traitements, DPO non désigné...).

Les sanctions peuvent atteindre 20 000 000 € ou 4 % du chiffre d'affaires. Depuis janvier, plus de 300 TPE ont été contrôlées.

Régularisez votre situation en 48h grâce à notre pack « Mise en conformité RGPD » à 890 € HT au lieu de 1 490 €.

>> Télécharger votre rapport d'audit : https://conformite-rgpd-express.fr/audit?id=FDS2201

Pour ne plus recevoir nos messages, répondez STOP.""",
  fmt="html", headers=[("List-Unsubscribe", "<mailto:stop@conformite-rgpd-express.fr>"), ("Precedence", "bulk")]),

M("b32-negm-phishing-orange-boite", [], "fr",
  "Orange Messagerie <securite@orange-messagerie-client.com>", "2025-08-11 03:41",
  "Votre boîte sandra.delomenie@orange.fr sera supprimée",
  """Cher(e) client(e),

Suite à la mise à jour de nos conditions (RGPD), votre boîte de messagerie sandra.delomenie@orange.fr doit être vérifiée avant le 13/08/2025. Sans action de votre part, votre compte et toutes vos données seront définitivement effacés.

Confirmer mes informations : http://orange-verif-compte.info/login

L'équipe Orange""",
  fmt="html", reply_to="no-reply@orange-messagerie-client.com"),

M("b32-negm-gdpr-cold-outreach-en", [], "en",
  "Ryan Walsh <ryan@privacyshield-consulting.io>", "2025-11-21 15:33",
  "Quick question about your GDPR setup, Sandra",
  """Hi Sandra,

I came across Floraison de Soi and noticed your privacy policy hasn't been updated in a while. Coaches handle a lot of sensitive client data (health, family situations...), and data subject access requests are on the rise.

We help solo practitioners automate DSAR handling and erasure requests for €49/month. Would you be open to a 15-minute call next week?

Best,
Ryan Walsh
Privacy Shield Consulting

P.S. If this isn't relevant, just reply "no thanks" and I won't follow up."""),

M("b32-negm-phishing-systemeio-paiement", [], "fr",
  "Systeme.io <billing@systeme-io-facturation.net>", "2026-02-03 04:17",
  "Action requise : mettez à jour vos données de paiement",
  """Bonjour,

Le dernier paiement de votre abonnement Systeme.io a échoué. Pour éviter la suppression de vos tunnels de vente, de vos formations et de vos contacts, veuillez mettre à jour vos données bancaires dans les 24 heures.

Mettre à jour mes données : https://systeme-io-facturation.net/update

L'équipe Systeme.io""",
  fmt="html"),

M("b32-negm-phishing-stripe-en", [], "en",
  "Stripe Support <support@stripe-account-review.com>", "2026-04-16 02:55",
  "Your Stripe account has been restricted",
  """Dear customer,

Due to a recent GDPR compliance review, your Stripe account (Floraison de Soi) has been temporarily restricted. Payouts are on hold until you verify your identity and business data.

Verify now: https://stripe-account-review.com/verify

Failure to verify within 72 hours will result in permanent account closure.

Stripe Compliance Team""",
  fmt="html"),

M("b32-negm-replay-acces-lien", [], "fr",
  "Sylvie Renaud <sylvie.renaud@gmail.com>", "2025-06-13 20:14",
  "Accès au replay",
  """Bonsoir Sandra,

Vous m'avez envoyé le lien d'accès au replay du webinaire de mardi mais il m'affiche « accès refusé ». Est-ce que le lien est réservé aux inscrits du live ? J'étais inscrite mais je n'ai pas pu me connecter, ma fille avait de la fièvre.

Merci,
Sylvie"""),

M("b32-negm-je-retire-ce-que-jai-dit", [], "fr",
  "Émeline Paris <emeline.paris@gmail.com>", "2025-11-27 08:03",
  "Pardon pour hier",
  """Bonjour Sandra,

Je retire ce que j'ai dit hier en fin de séance, j'étais à bout et je n'aurais pas dû dire que le coaching ne servait à rien. Ça sert, la preuve, j'ai réussi à en parler à ma sœur ce matin.

À la semaine prochaine,
Émeline"""),

M("b32-negm-partenariat-coach-rgpd", [], "fr",
  "Céline Vautrin – Coach <celine@vautrin-coaching.fr>", "2026-03-26 11:21",
  "Proposition de co-animation",
  """Bonjour Sandra,

Je suis coach à Bourges et j'aime beaucoup votre approche. Seriez-vous partante pour co-animer un atelier « Parents épuisés » au printemps ? Je m'occupe de la salle et de la communication.

Pour les inscriptions, je propose que chacune garde ses propres fichiers clients, pour rester carrées côté RGPD ; on ne s'échange que la liste des inscrits à l'atelier, avec leur accord.

Au plaisir d'en discuter,
Céline Vautrin"""),

M("b32-negm-comptable-export-stripe", [], "fr",
  "Cabinet Dauphin Expertise <compta@dauphin-expertise.fr>", "2026-01-07 09:15",
  "Clôture 2025 – export Stripe et Systeme.io",
  """Bonjour Madame Deloménie,

Pour la clôture de l'exercice 2025, merci de nous transmettre d'ici le 31 janvier :
- l'export CSV des paiements Stripe (janvier à décembre) ;
- l'export des ventes Systeme.io ;
- les relevés bancaires de décembre.

Vous pouvez déposer les fichiers sur votre espace client.

Bien cordialement,
Valérie Dauphin
Cabinet Dauphin Expertise – Expertise comptable"""),

M("b32-negm-cv-modifie", [], "fr",
  "Kévin Aubry <kevin.aubry@gmail.com>", "2025-07-07 16:40",
  "CV modifié",
  """Bonjour Sandra,

J'ai modifié mon CV comme on l'avait vu : j'ai supprimé la rubrique loisirs, corrigé les dates de mon poste chez Lidl et ajouté mes compétences en gestion d'équipe. Vous voulez bien y jeter un œil avant que je l'envoie ?

Merci !
Kévin""",
  attach=[("CV_Kevin_Aubry_v3.docx", "docx", "Kevin Aubry\nResponsable de rayon\nCompetences : gestion d'equipe")]),

# NEAR-LINE: "Do I have the right to object to ...?" is a question about a right -> negative.
M("b32-negm-question-object-recording", [], "en",
  "Thomas Becker <thomas.becker@gmx.de>", "2026-04-30 18:52",
  "Recording in group sessions",
  """Hello Sandra,

I saw that the online group sessions are recorded for the replay. Do I have the right to object to being recorded, and if so, would I still be able to take part with my camera off? I'm asking before I register for the June cycle.

Regards,
Thomas""",
  cte="quoted-printable"),

# NEAR-LINE: 'transfer my place' is a booking transfer to a friend, not data portability -> negative.
M("b32-negm-ask-transfer-session-colleague", [], "en",
  "Maria Santos <maria.santos@gmail.com>", "2025-08-19 12:07",
  "Transfer my workshop place",
  """Hi Sandra,

I can't make the 6 September workshop after all. Would it be possible to transfer my place to a friend, Ana Lopes (ana.lopes@gmail.com)? She's really keen. Happy to sort out the payment between us.

Thanks,
Maria"""),

M("b32-negm-forward-article-donnees", [], "fr",
  "Brigitte Lenoir <brigitte.lenoir@orange.fr>", "2025-12-10 18:33",
  "TR: article intéressant",
  """Coucou Sandra, j'ai pensé à toi en lisant cet article, vu nos discussions sur les écrans et les ados. À lire !

Brigitte

""" + fwd_fr("Le Berry Républicain <newsletter@leberry.fr>", "mer. 10 déc. 2025 à 07:00",
             "Ados et réseaux sociaux : que deviennent leurs données ?", "brigitte.lenoir@orange.fr",
             """Ados et réseaux sociaux : que deviennent leurs données ?

Photos, messages, localisation... Une étude menée auprès de 1 200 collégiens montre que la plupart ignorent qu'ils peuvent demander l'effacement de leurs publications. Des parents d'Issoudun et de Châteauroux témoignent.

Lire l'article : https://www.leberry.fr/ados-reseaux-donnees"""),
  ),

M("b32-negm-fwd-recu-facture-rfc822", [], "fr",
  "Agnès Morel <agnes.morel@laposte.net>", "2026-05-06 12:40",
  "Fwd: Votre reçu – atelier de groupe",
  """Bonjour,

Je vous fais suivre le reçu reçu après mon paiement pour l'atelier de Jeanne. Pourriez-vous m'envoyer une facture en bonne et due forme, à mon nom, pour mon comité d'entreprise ? Le reçu ne suffit pas.

Merci,
Agnès Morel""",
  attach=[("Votre reçu.eml", "eml", {
      "headers": [("From", "Floraison de Soi <no-reply@systeme.io>"), ("To", "agnes.morel@laposte.net"),
                  ("Subject", "Votre reçu – atelier de groupe"), ("Date", "Mon, 04 May 2026 18:02:11 +0200"),
                  ("Message-ID", "<receipt.5521.90ab@systeme.io>")],
      "body": "Merci pour votre achat !\n\nProduit : Atelier ados – Confiance en soi (mai 2026)\nMontant : 60,00 EUR\nMoyen de paiement : carte **** 8831\n\nFloraison de Soi\n"})]),

]
