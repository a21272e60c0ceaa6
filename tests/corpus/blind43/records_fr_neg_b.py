# French negatives, part B: everyday business mail with trigger words, auto-replies, bounces,
# platform notifications, vendor notices, compliance spam, phishing, contact forms.
from rec_common import SC, SO, FS, SIG_SANDRA, SIG_SANDRA_SHORT

RECORDS = [

# ----------------------------------------------------------------------------- trigger words, business sense
dict(
    key="fr-neg-effacer-tableau-rendre-cle-salle",
    date="2025-03-10 10:05",
    frm=("Maison des Associations d'Issoudun", "accueil@maisondesassos-issoudun.fr"),
    subject="Salle Berthe Morisot - samedi 22 mars",
    rights=[],
    body="""Bonjour Madame Delomenie,

Votre réservation de la salle Berthe Morisot est confirmée pour le samedi 22 mars de 9h à 13h.

Merci de bien penser en partant à effacer le tableau blanc, à remettre les chaises en place et à déposer la clé dans la boîte aux lettres de l'accueil. Le badge d'accès au parking vous sera remis vendredi.

Cordialement,
L'accueil de la Maison des Associations
Tél. 02 54 03 41 00""",
),

dict(
    key="fr-neg-code-acces-batiment-samedi",
    frm=("Aline Marchal", "aline.marchal@gmail.com"),
    subject="code portail ?",
    rights=[],
    body="""Bonjour Sandra,
pour l'atelier de samedi matin, est-ce qu'il faut un code pour l'accès à la salle ? La dernière fois le portail était fermé et on a attendu dehors 10 min 😅
Merci !
Aline""",
),

dict(
    key="fr-neg-copie-facture-dossier-cpf",
    date="2025-02-18 10:30",
    frm=("Ludovic Perrot", "ludovic.perrot@gmail.com"),
    subject="Copie facture formation",
    rights=[],
    body="""Bonjour Madame Delomenie,

Pour finaliser mon dossier de remboursement auprès de Transitions Pro, j'ai besoin d'une copie de la facture acquittée de la formation "Accompagner le changement" (novembre 2024), ainsi que de l'attestation d'assiduité.

Merci beaucoup,
Ludovic Perrot""",
    # NEAR-LINE: "copie" of an invoice and attendance certificate for funding paperwork -> business, negative.
),

dict(
    key="fr-neg-export-planning-seances-ics",
    frm=("Inès Marquet", "ines.marquet@outlook.fr"),
    subject="Planning des séances",
    rights=[],
    body="""Bonjour Sandra,

Est-ce que tu pourrais m'exporter le planning de nos prochaines séances en fichier .ics ? J'ai changé de téléphone et mon agenda Outlook ne se synchronise plus avec Calendly.

Merci !
Inès""",
    # NEAR-LINE: "exporter" an agenda file, not personal data -> negative.
),

dict(
    key="fr-neg-corriger-cv-docx-joint",
    frm=("Damien Rolland", "damien.rolland@gmail.com"),
    subject="CV à relire avant jeudi",
    rights=[],
    body="""Bonjour Sandra,

Comme convenu en séance, voici mon CV remanié. Pourrais-tu le corriger / me faire tes remarques avant notre rendez-vous de jeudi ? Surtout la partie "compétences", j'ai l'impression que c'est trop fouillis.

Merci beaucoup,
Damien""",
    attach=[("docx", "CV_Damien_Rolland_2025.docx",
             "Damien ROLLAND\nChargé de projets logistiques\nCompétences : pilotage de flux, management d'équipe, amélioration continue\nExpériences : 2016-2025 - Logistique Centre Berry")],
),

dict(
    key="fr-neg-retour-formation-sopposer-au-groupe",
    frm=("Mélanie Joubert", "melanie.joubert@gmail.com"),
    subject="Re: Formation « Oser la posture de manager » - suite et bilan",
    rights=[],
    body="""Bonjour Sandra,

Merci encore pour ces deux jours. En y repensant, ce qui m'a le plus marquée, c'est l'exercice où il fallait s'opposer au groupe sur la décision fictive. J'ai réalisé que je ne m'oppose jamais à mon N+1, même quand je sais qu'il a tort.

Est-ce qu'il existe des lectures sur ce sujet que tu conseillerais ?

Mélanie""",
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=2, subject="Formation « Oser la posture de manager » - suite et bilan",
                 body="""Bonjour à toutes et à tous,

Merci pour votre énergie ! Le support est sur votre espace Systeme.io.

Sandra""")],
    # NEAR-LINE: "s'opposer" used in a training-exercise sense, not objecting to processing -> negative.
),

dict(
    key="fr-neg-cofomatrice-retirer-colis-supports",
    date="2025-10-20 18:32",
    frm=("Karine Lopes", "karine.lopes.formation@gmail.com"),
    subject="colis supports formation",
    rights=[],
    body="""Coucou Sandra,

Les classeurs imprimés pour la session de Bourges sont arrivés au point relais du Carrefour Market, mais je suis coincée à Orléans jusqu'à jeudi. Tu pourrais passer retirer le colis ? Il faut le code de retrait : 482 917, et une pièce d'identité à mon nom... ah non, à ton nom, je t'ai mise en destinataire secondaire.

Merci ma belle, je te revaudrai ça !
Karine""",
),

dict(
    key="fr-neg-consentement-eclaire-module-formation",
    frm=("Pauline Servant", "pauline.servant@ifsi-chateauroux.fr"),
    subject="Module « Consentement et posture d'accompagnement »",
    rights=[],
    body="""Bonjour Madame Delomenie,

Nous organisons en janvier une semaine thématique pour nos étudiants infirmiers de 2e année. Une collègue m'a parlé de votre intervention sur le consentement éclairé et la juste distance dans la relation d'aide.

Seriez-vous disponible pour animer une demi-journée sur le thème « Recueillir le consentement du patient : au-delà de la signature » ? Pourriez-vous m'indiquer vos tarifs ?

Bien cordialement,
Pauline Servant
Cadre formatrice - IFSI de Châteauroux""",
),

dict(
    key="fr-neg-rgpd-sujet-formation-benevoles",
    frm=("Association Les Jardins Partagés d'Issoudun", "jardins.partages.issoudun@gmail.com"),
    subject="Formation pour nos bénévoles",
    rights=[],
    body="""Bonjour,

Notre association réfléchit à former ses bénévoles sur deux sujets : l'accueil des personnes en difficulté et le RGPD (on tient un fichier d'adhérents sur Excel et on ne sait pas trop ce qu'on a le droit de faire).

Est-ce que vous proposez ce genre de formation, ou connaîtriez-vous quelqu'un pour la partie RGPD ?

Merci d'avance,
Gisèle, secrétaire de l'association""",
),

dict(
    key="fr-neg-mes-informations-pour-inscription",
    date="2025-10-02 15:48",
    frm=("Thérèse Boucher", "therese.boucher@orange.fr"),
    subject="Inscription atelier « Ralentir »",
    rights=[],
    body="""Bonjour Sandra,

Voici mes informations pour l'inscription à l'atelier du 18 octobre :

Thérèse Boucher
3 chemin des Vignes, 36260 Sainte-Lizaigne
06 45 12 98 07
Régime alimentaire pour la pause : sans gluten

Je vous envoie le chèque d'acompte cette semaine.

Bien à vous,
Thérèse""",
),

dict(
    key="fr-neg-donne-accord-photo-atelier",
    frm=("Régine Ferrand", "regine.ferrand@laposte.net"),
    subject="Autorisation photo",
    rights=[],
    body="""Bonjour Sandra,

Suite à votre question de samedi : oui, j'accepte que la photo de groupe où j'apparais soit publiée sur votre page Facebook et votre site. Vous pouvez mettre mon prénom.

Amicalement,
Régine""",
    # NEAR-LINE: consent vocabulary, but she GIVES consent -> negative.
),

dict(
    key="fr-neg-oui-publier-temoignage-reponse",
    frm=("Paul-Henri Leroy", "ph.leroy@gmail.com"),
    subject="Re: Votre témoignage ?",
    rights=[],
    body="""Avec plaisir Sandra ! Tu peux publier le texte tel quel, avec mon prénom et l'initiale du nom. Pour la photo je préfère celle du stage où on ne voit que de loin.

Ph.""",
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=1, subject="Votre témoignage ?",
                 body="""Bonjour Paul-Henri,

Ton retour sur le stage m'a beaucoup touchée. Accepterais-tu que je le publie sur mon site, comme témoignage ? Tu peux bien sûr refuser, ou choisir de rester anonyme.

Sandra""")],
),

dict(
    key="fr-neg-comptable-supprimer-doublon-facture",
    date="2025-10-14 09:30",
    frm=("Cabinet Pasquier Expertise", "compta@pasquier-expertise.fr"),
    subject="Pièces manquantes T3 + doublon",
    rights=[],
    body="""Bonjour Sandra,

En préparant le T3, je vois que la facture n° 2025-088 (Mme Rivet) est saisie deux fois dans votre logiciel de facturation. Pouvez-vous supprimer le doublon, ou me dire laquelle garder ?

Il me manque aussi les relevés Stripe de septembre.

Bonne journée,
Hugo Pasquier
Cabinet Pasquier Expertise - Issoudun""",
),

dict(
    key="fr-neg-comptable-export-fec-annuel",
    frm=("Cabinet Pasquier Expertise", "compta@pasquier-expertise.fr"),
    subject="Clôture 2025 - export comptable",
    rights=[],
    body="""Bonjour Sandra,

Pour la clôture, peux-tu me faire un export de ton logiciel de facturation (format FEC ou à défaut un CSV de toutes les factures 2025) ? Et le grand livre de Qonto si tu peux.

Merci !
Hugo""",
    # NEAR-LINE: "export ... CSV" of her accounting, not a data subject's data -> negative.
),

dict(
    key="fr-neg-webmaster-relire-politique-confidentialite",
    frm=("Maxime - Web Berry Création", "maxime@webberry-creation.fr"),
    subject="Nouvelle politique de confidentialité + bandeau cookies",
    rights=[],
    body="""Salut Sandra,

J'ai mis en ligne le nouveau bandeau cookies (Complianz) et j'ai adapté la politique de confidentialité : j'ai ajouté Brevo dans les destinataires et corrigé la durée de conservation des traceurs (13 mois). Le paragraphe sur les droits (accès, rectification, effacement, etc.) renvoie bien vers ton adresse orange.

Tu peux relire ? Lien de prévisualisation : https://www.floraisondesoi.fr/?page_id=3&preview=true

Max""",
),

dict(
    key="fr-neg-cofomatrice-fichier-drive-supprime",
    date="2025-10-08 09:05",
    frm=("Karine Lopes", "karine.lopes.formation@gmail.com"),
    subject="Re: Dossier partagé Formation Bourges",
    rights=[],
    body="""Oups… je crois que j'ai supprimé par erreur le fichier "Déroulé J2" du dossier partagé en voulant effacer mon brouillon. Tu peux le restaurer depuis la corbeille de ton Drive ? Moi je n'ai pas les droits.

Désolée !!
K.""",
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=1, to=("Karine Lopes", "karine.lopes.formation@gmail.com"),
                 subject="Dossier partagé Formation Bourges",
                 body="""Karine, je t'ai partagé le dossier avec les déroulés J1 et J2. Dis-moi si tu y accèdes. Sandra""")],
),

dict(
    key="fr-neg-rectifier-horaire-seance",
    date="2025-01-29 20:45",
    frm=("Corentin Blanchard", "corentin.blanchard@gmail.com"),
    subject="Re: Confirmation de votre rendez-vous",
    rights=[],
    body="""Bonjour Sandra,

Petite rectification : on avait dit 18h30 au téléphone, pas 17h30. Est-ce que 18h30 vous va toujours ? Je ne peux pas quitter le travail avant 18h.

Corentin""",
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=0.5, subject="Confirmation de votre rendez-vous",
                 body="""Bonjour Corentin,

Je vous confirme notre séance le mardi 4 février à 17h30.

Sandra""")],
    # NEAR-LINE: "rectification" of an appointment time, not personal data -> negative.
),

dict(
    key="fr-neg-limiter-nombre-participants-salle",
    date="2025-04-22 11:10",
    frm=("Sophie Garnier", "s.garnier@ville-issoudun.fr"),
    subject="Conférence du 15 mai - jauge",
    rights=[],
    body="""Bonjour Madame Delomenie,

Suite à la commission de sécurité, nous devons limiter l'accès à la salle des fêtes à 80 personnes pour votre conférence du 15 mai. Merci de limiter les inscriptions en conséquence et de nous transmettre la liste des inscrits la veille pour l'accueil.

Cordialement,
Sophie Garnier
Service Vie associative et culturelle - Ville d'Issoudun""",
),

dict(
    key="fr-neg-sosh-portabilite-numero",
    date="2026-03-09 10:02",
    frm=("Sosh", "noreply@sosh.fr"),
    subject="Votre demande de portabilité est en cours",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sandra,

Nous avons bien reçu votre demande de portabilité du numéro 06 81 •• •• 73 avec votre code RIO.

Votre numéro sera transféré sur votre nouvelle ligne Sosh le 14/03 entre 9h et 12h. Votre ancien contrat sera résilié automatiquement, vous n'avez aucune démarche à faire.

À bientôt,
L'équipe Sosh

Ceci est un e-mail automatique, merci de ne pas y répondre.""",
),

dict(
    key="fr-neg-relance-devis-sans-reponse",
    frm=("Fabienne Cordier", "f.cordier@ehpad-les-tilleuls.fr"),
    subject="RE: Demande de devis - atelier gestion du stress soignants",
    rights=[],
    body="""Bonjour Madame Delomenie,

Je me permets de vous relancer concernant notre demande de devis ci-dessous. Notre comité de direction se réunit le 28 et j'aimerais pouvoir présenter votre proposition.

Bien cordialement,
Fabienne Cordier
Directrice - EHPAD Les Tilleuls, Levroux""",
    qstyle="outlook_fr",
    thread=[dict(frm=("Fabienne Cordier", "f.cordier@ehpad-les-tilleuls.fr"), ago=15,
                 subject="Demande de devis - atelier gestion du stress soignants",
                 body="""Bonjour,

Nous souhaiterions proposer à nos équipes soignantes (12 personnes) deux demi-journées sur la gestion du stress et la prévention de l'épuisement. Pourriez-vous nous faire parvenir un devis ?

Fabienne Cordier""")],
),

dict(
    key="fr-neg-escalade-remboursement-stage-annule",
    date="2025-08-11 08:05",
    frm=("Gérald Caillaud", "gerald.caillaud@gmail.com"),
    subject="Re: Re: Remboursement stage annulé - DERNIÈRE RELANCE",
    rights=[],
    body="""Madame,

C'est ma troisième relance. Le stage du 5 juillet a été annulé de votre fait et je n'ai toujours pas été remboursé des 180 €. Sans virement sous huit jours, je saisirai le médiateur de la consommation et je laisserai un avis détaillé sur Google.

G. Caillaud""",
    qstyle="gmail_fr",
    thread=[
        dict(frm=("Gérald Caillaud", "gerald.caillaud@gmail.com"), ago=12, subject="Re: Remboursement stage annulé",
             body="Bonjour, toujours pas de remboursement. Merci de faire le nécessaire."),
        dict(frm=("Gérald Caillaud", "gerald.caillaud@gmail.com"), ago=27, subject="Remboursement stage annulé",
             body="Bonjour, suite à l'annulation du stage, merci de me rembourser les 180 € versés. G. Caillaud"),
    ],
),

dict(
    key="fr-neg-auditeur-qualiopi-preuves-consentement",
    date="2025-05-13 14:00",
    frm=("Certif'Qualité Centre", "audit@certifqualite-centre.fr"),
    subject="Audit de surveillance Qualiopi - liste des preuves",
    rights=[],
    body="""Madame,

Dans le cadre de votre audit de surveillance prévu le 3 juin (à distance), je vous remercie de préparer les éléments de preuve suivants :

- indicateur 1 : information du public (site, programmes) ;
- indicateur 4 : analyse du besoin et recueil des attentes des bénéficiaires ;
- indicateur 30 : recueil des appréciations des parties prenantes ;
- les modalités de recueil du consentement des stagiaires pour l'utilisation de leur image et de leurs témoignages.

Le lien de visioconférence vous sera envoyé la veille.

Cordialement,
Nadège Vivier, auditrice""",
),

dict(
    key="fr-neg-reponse-logistique-covoiturage-fil",
    date="2025-04-09 18:00",
    frm=("Brigitte Vannier", "brigitte.vannier@free.fr"),
    subject="Re: Infos pratiques stage « Renaître »",
    rights=[],
    body="""Bonjour Sandra,

Merci pour les infos. Je peux prendre deux personnes en covoiturage depuis Châteauroux, vous pouvez donner mon numéro aux autres participantes si elles le souhaitent : 06 21 77 43 90.

À samedi !
Brigitte""",
    qstyle="gmail_fr",
    thread=[dict(frm="SC", ago=2, subject="Infos pratiques stage « Renaître »",
                 body="""Bonjour à toutes,

Le stage aura lieu au gîte du Moulin, à Saint-Georges-sur-Arnon. Accueil à 9h. Pensez à une tenue confortable et un plaid.

Sandra""")],
),

# ----------------------------------------------------------------------------- auto-replies and bounces
dict(
    key="fr-neg-auto-absence-sur-newsletter",
    date="2025-07-08 07:31",
    frm=("Catherine Dorval", "c.dorval@cc-champagne-berrichonne.fr"),
    subject="Réponse automatique : 🌸 La lettre de Floraison de Soi - Juillet",
    rights=[],
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply",
             "X-Mailer": "Microsoft Exchange Server 15.2"},
    body="""Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, avec un accès limité à mes mails.

Pour toute demande urgente concernant l'urbanisme, merci de contacter l'accueil au 02 54 49 50 10.

Cordialement,
Catherine Dorval
Communauté de communes Champagne Berrichonne""",
    thread=[dict(frm=FS, ago=0.01, to=("Catherine Dorval", "c.dorval@cc-champagne-berrichonne.fr"),
                 subject="🌸 La lettre de Floraison de Soi - Juillet", body="(lettre)")],
    quote=False,
),

dict(
    key="fr-neg-auto-accuse-dpo-liste-droits",
    frm=("Délégué à la protection des données - Mutuelle Centre Val", "dpo@mutuelle-centre-val.fr"),
    to="contact",
    subject="Accusé de réception - Votre message au DPO",
    rights=[],
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    body="""Madame, Monsieur,

Nous accusons réception de votre message adressé au Délégué à la protection des données de la Mutuelle Centre Val.

Pour rappel, conformément au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition, ainsi que du droit de définir des directives relatives au sort de vos données après votre décès. Votre demande sera traitée dans un délai d'un mois à compter de sa réception, délai pouvant être prolongé de deux mois compte tenu de sa complexité.

Ce message est généré automatiquement, merci de ne pas y répondre.

Le service Protection des données""",
    thread=[dict(frm="SC", ago=0.01, to=("DPO Mutuelle Centre Val", "dpo@mutuelle-centre-val.fr"),
                 subject="Liste des participants - sous-traitance formation", body="(message)")],
    quote=False,
    # NEAR-LINE: auto-reply listing every right in full -> negative.
),

dict(
    key="fr-neg-bounce-confirmation-effacement-orange",
    date="2026-02-04 09:20",
    kind="bounce",
    frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
    to="orange",
    subject="Non remis : Re: Suppression de mes données",
    rights=[],
    headers={"Auto-Submitted": "auto-replied"},
    body="""Ceci est un message automatique du serveur de messagerie d'Orange.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<j.quenault@laposte.net> : l'adresse n'existe pas ou n'est plus active.
Erreur permanente : 550 5.1.1 Utilisateur inconnu

Le message original est joint.""",
    bounce=dict(mta="smtp.orange.fr", recipient="j.quenault@laposte.net", status="5.1.1",
                remote="mx.laposte.net", diag="550 5.1.1 <j.quenault@laposte.net>: Recipient address rejected: User unknown",
                orig=dict(frm="SO", to="Jacques Quenault <j.quenault@laposte.net>",
                          subject="Re: Suppression de mes données", ago=0.002,
                          body="""Bonjour Monsieur Quenault,

Je vous confirme la suppression de l'ensemble de vos données personnelles, comme vous me l'avez demandé.

Bien à vous,
Sandra Delomenie

> Le 3 févr. 2026, Jacques Quenault a écrit :
> Merci de supprimer toutes mes données. J. Quenault""")),
    # NEAR-LINE: the bounced original quotes an erasure request; a bounce is never a request.
),

dict(
    key="fr-neg-bounce-newsletter-boite-pleine",
    date="2026-02-03 07:05",
    kind="bounce",
    frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mo531.mail-out.ovh.net"),
    to="contact",
    subject="Undelivered Mail Returned to Sender",
    rights=[],
    headers={"Auto-Submitted": "auto-replied"},
    body="""Ceci est le système de messagerie de mo531.mail-out.ovh.net.

Nous sommes au regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<martine.blin@sfr.fr>: host mx1.sfr.fr[93.17.128.1] said: 552 5.2.2 Mailbox full
    (in reply to RCPT TO command)""",
    bounce=dict(mta="mo531.mail-out.ovh.net", recipient="martine.blin@sfr.fr", status="5.2.2",
                remote="mx1.sfr.fr", diag="552 5.2.2 Mailbox full", headers_only=True,
                orig=dict(frm=FS, to="Martine Blin <martine.blin@sfr.fr>",
                          subject="La lettre de Floraison de Soi - Février", ago=0.01,
                          body="Bonjour Martine, voici la lettre de février...")),
),

dict(
    key="fr-neg-auto-reponse-conge-maternite",
    date="2025-03-20 12:00",
    frm=("Anaïs Berger", "a.berger@cabinet-morel-expertise.fr"),
    subject="Absence : Invitation - Webinaire « Sortir du pilote automatique »",
    rights=[],
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"},
    body="""Bonjour,

Je suis actuellement en congé maternité jusqu'au 15 septembre. Vos messages ne seront pas transférés.

Pour les dossiers en cours, merci de contacter Sébastien Morel : s.morel@cabinet-morel-expertise.fr

Anaïs Berger""",
    thread=[dict(frm=FS, ago=0.01, to=("Anaïs Berger", "a.berger@cabinet-morel-expertise.fr"),
                 subject="Invitation - Webinaire « Sortir du pilote automatique »", body="(invitation)")],
    quote=False,
    refs=False,
),

# ----------------------------------------------------------------------------- platform notifications
dict(
    key="fr-neg-systemeio-contact-desabonne",
    frm=("Systeme.io", "noreply@systeme.io"),
    to="contact",
    subject="Un contact s'est désabonné de votre liste",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated", "X-Mailer": "Systeme.io Mailer"},
    body="""Bonjour Sandra,

Le contact suivant s'est désabonné de vos emails :

Email : valerie.chassagne@gmail.com
Liste : La lettre de Floraison de Soi
Date : aujourd'hui
Raison indiquée : « Je reçois trop d'emails »

Ce contact ne recevra plus vos campagnes ni vos newsletters.

L'équipe Systeme.io""",
    # NEAR-LINE: reports someone else's unsubscription; a platform notification is not a request to her.
),

dict(
    key="fr-neg-systemeio-nouvelle-vente",
    date="2025-03-12 22:41",
    frm=("Systeme.io", "noreply@systeme.io"),
    to="contact",
    subject="🎉 Nouvelle vente : Atelier « Oser dire non »",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Félicitations Sandra !

Vous avez réalisé une nouvelle vente.

Produit : Atelier « Oser dire non » - 22 mars
Client : Hélène Guérin (helene.guerin@wanadoo.fr)
Montant : 45,00 €
Moyen de paiement : Stripe

Voir la commande dans votre tableau de bord.

L'équipe Systeme.io""",
),

dict(
    key="fr-neg-stripe-virement-en-route",
    frm=("Stripe", "notifications@stripe.com"),
    to="contact",
    subject="Votre virement de 1 284,50 € est en route",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Floraison de Soi

Un virement de 1 284,50 € a été initié vers votre compte bancaire se terminant par 4417.

Date d'arrivée estimée : 3 jours ouvrés
Identifiant du virement : po_1QxR8uLk2aT9d0mN

Consulter le détail des transactions dans votre Dashboard.

Vous recevez cet e-mail parce que vous êtes administrateur du compte Stripe Floraison de Soi.
Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Dublin 2, Irlande""",
),

dict(
    key="fr-neg-qonto-transaction-refusee",
    frm=("Qonto", "noreply@qonto.com"),
    to="orange",
    subject="Paiement refusé - carte se terminant par 0932",
    rights=[],
    html="only",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sandra,

Un paiement de 59,00 € auprès de CANVA* a été refusé sur votre carte se terminant par 0932.

Motif : plafond de paiement mensuel atteint.

Vous pouvez ajuster vos plafonds depuis l'application Qonto, rubrique Cartes.

L'équipe Qonto""",
),

dict(
    key="fr-neg-urssaf-echeance-declaration",
    date="2026-04-01 06:12",
    frm=("urssaf.fr", "ne-pas-repondre@urssaf.fr"),
    to="orange",
    subject="Votre déclaration de chiffre d'affaires est disponible",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Madame DELOMENIE Sandra,

Votre déclaration de chiffre d'affaires au titre du 1er trimestre 2026 est disponible dans votre espace autoentrepreneur.

Date limite de déclaration et de paiement : 30 avril 2026.

Pour y accéder, connectez-vous sur autoentrepreneur.urssaf.fr.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Urssaf""",
),

dict(
    key="fr-neg-paypal-paiement-recu",
    frm=("service@paypal.fr", "service@paypal.fr"),
    to="orange",
    subject="Vous avez reçu un paiement",
    rights=[],
    html="only",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sandra Delomenie,

Vous avez reçu un paiement de 90,00 € EUR de Brigitte Vannier (brigitte.vannier@free.fr).

Remarque : « Acompte stage Renaître »

Numéro de transaction : 7HL84020WX551273M

Les fonds sont disponibles dans votre compte PayPal.

PayPal""",
),

dict(
    key="fr-neg-brevo-rapport-campagne",
    date="2025-03-07 07:00",
    frm=("Brevo", "no-reply@brevo.com"),
    to="contact",
    subject="Rapport de votre campagne « Lettre de Mars »",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://app.brevo.com/settings/notifications>"},
    body="""Bonjour Sandra,

Voici les résultats de votre campagne « Lettre de Mars », envoyée il y a 48 heures :

Destinataires : 612
Taux d'ouverture : 48,2 %
Taux de clics : 6,9 %
Désinscriptions : 4
Hard bounces : 2
Plaintes pour spam : 0

Consultez le rapport détaillé dans votre compte Brevo.

L'équipe Brevo""",
),

dict(
    key="fr-neg-calendly-annulation-invite",
    date="2025-01-14 18:47",
    frm=("Calendly", "notifications@calendly.com"),
    to="contact",
    subject="Annulé : Séance découverte (30 min) avec Marc Tessier",
    rights=[],
    html="alt",
    headers={"Reply-To": "Marc Tessier <marc.tessier@gmail.com>", "Auto-Submitted": "auto-generated"},
    body="""Bonjour Sandra Delomenie,

L'événement ci-dessous a été annulé.

Type d'événement : Séance découverte (30 min)
Invité : Marc Tessier
E-mail de l'invité : marc.tessier@gmail.com
Date/heure de l'événement : 10:00 - jeudi 16 janvier 2025 (heure d'Europe centrale)
Motif de l'annulation : « Empêchement professionnel, je reprends un créneau la semaine prochaine »

Replanifier l'événement

Envoyé par Calendly""",
),

dict(
    key="fr-neg-google-alerte-securite-connexion",
    date="2025-07-19 23:41",
    frm=("Google", "no-reply@accounts.google.com"),
    to="contact",
    subject="Alerte de sécurité",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Nouvelle connexion sur Mac

contact@floraisondesoi.fr

Nous avons détecté une nouvelle connexion à votre compte Google depuis un appareil Mac. Si c'était vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité

Vous pouvez aussi consulter l'activité liée à la sécurité sur https://myaccount.google.com/notifications

Cet e-mail vous a été envoyé pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
),

dict(
    key="fr-neg-ovh-renouvellement-domaine",
    date="2026-01-22 03:14",
    frm=("OVHcloud", "noreply@ovh.net"),
    to="contact",
    subject="Renouvellement de votre nom de domaine floraisondesoi.fr",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour,

Votre nom de domaine floraisondesoi.fr arrive à expiration le 21/02/2026.

Le renouvellement automatique est activé : le montant de 8,39 € TTC sera prélevé sur votre moyen de paiement par défaut 7 jours avant l'échéance.

Gérer mes services : https://www.ovh.com/manager/

L'équipe OVHcloud""",
),

dict(
    key="fr-neg-opco-dossier-prise-en-charge",
    date="2025-05-05 06:30",
    frm=("OPCO EP", "ne-pas-repondre@opcoep.fr"),
    to="orange",
    subject="Dossier n° EP25-041872 : accord de prise en charge",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Madame,

Nous vous informons que le dossier n° EP25-041872 (entreprise : Boulangeries Réunies du Berry - action : Cohésion d'équipe) a fait l'objet d'un accord de prise en charge.

Pour accéder à votre espace et déposer la facture et les feuilles d'émargement à l'issue de la formation, connectez-vous sur votre espace organisme de formation.

Ceci est un message automatique.
OPCO EP""",
),

dict(
    key="fr-neg-google-drive-dossier-partage",
    frm=("Karine Lopes (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    to="contact",
    subject="Dossier partagé avec vous : « Supports formation Bourges 2026 »",
    rights=[],
    html="alt",
    headers={"Reply-To": "Karine Lopes <karine.lopes.formation@gmail.com>", "Auto-Submitted": "auto-generated"},
    body="""Karine Lopes a partagé un dossier avec vous

Supports formation Bourges 2026

« Je t'ai donné l'accès en modification, tu peux supprimer les anciennes versions. »

Ouvrir

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car karine.lopes.formation@gmail.com a partagé un dossier avec vous depuis Google Drive.""",
),

dict(
    key="fr-neg-lettre-information-cnil",
    frm=("CNIL", "lettre-information@cnil.fr"),
    to="orange",
    subject="La lettre d'information de la CNIL - Droits des personnes : les nouvelles fiches pratiques",
    rights=[],
    html="alt",
    headers={"List-Id": "Lettre d'information CNIL <lettre.cnil.fr>",
             "List-Unsubscribe": "<https://www.cnil.fr/fr/desinscription-lettre>", "Precedence": "bulk"},
    body="""La lettre d'information de la CNIL

À la une : répondre aux demandes de droits des personnes
Droit d'accès, droit à l'effacement, droit d'opposition… La CNIL publie une série de fiches pratiques pour aider les TPE et les indépendants à traiter les demandes dans les délais.

Également ce mois-ci :
- Prospection commerciale : ce qui change pour les SMS
- Sécuriser les données de santé dans les petites structures

Vous recevez cette lettre car vous vous êtes abonné(e) sur cnil.fr.
Se désinscrire""",
    # NEAR-LINE: every right is named, but it is a subscribed newsletter from the regulator -> negative.
),

# ----------------------------------------------------------------------------- vendor notices, spam, phishing
dict(
    key="fr-neg-systemeio-maj-dpa",
    frm=("Systeme.io", "info@systeme.io"),
    to="contact",
    subject="Mise à jour de nos Conditions générales et de notre Accord de traitement des données (DPA)",
    rights=[],
    html="alt",
    headers={"List-Unsubscribe": "<https://systeme.io/unsubscribe>", "Precedence": "bulk"},
    body="""Bonjour Sandra,

Nous vous informons d'une mise à jour de nos Conditions générales d'utilisation et de notre Accord de traitement des données personnelles (DPA), qui entreront en vigueur le 1er mars 2026.

Principaux changements :
- mise à jour de la liste de nos sous-traitants ultérieurs ;
- précisions sur l'assistance que nous vous apportons pour répondre aux demandes d'exercice de droits de vos contacts (accès, effacement, portabilité) ;
- ajout des clauses contractuelles types 2021 pour les transferts hors UE.

Aucune action n'est requise de votre part. En continuant d'utiliser Systeme.io, vous acceptez ces nouvelles conditions.

L'équipe Systeme.io""",
),

dict(
    key="fr-neg-brevo-sous-traitants-ulterieurs",
    frm=("Brevo Legal", "legal@brevo.com"),
    to="contact",
    subject="Information : modification de la liste de nos sous-traitants ultérieurs",
    rights=[],
    html="alt",
    headers={"Precedence": "bulk"},
    body="""Chère cliente, cher client,

Conformément à l'article 28 du RGPD et à notre Accord de traitement des données, nous vous informons de l'ajout d'un nouveau sous-traitant ultérieur : OVH SAS (hébergement, France).

Vous disposez d'un délai de 30 jours pour formuler une objection motivée à cet ajout, en écrivant à dpo@brevo.com.

Cordialement,
L'équipe juridique de Brevo""",
    # NEAR-LINE: vendor notice mentioning an "objection" right of the customer -> negative.
),

dict(
    key="fr-neg-spam-mise-en-conformite-rgpd-amende",
    frm=("Service Conformité Numérique", "conformite@audit-rgpd-express.fr"),
    to="contact",
    subject="URGENT - Votre site floraisondesoi.fr n'est pas conforme au RGPD",
    rights=[],
    html="alt",
    body="""Madame, Monsieur,

Notre robot d'analyse a détecté 7 non-conformités RGPD sur votre site floraisondesoi.fr (bandeau cookies, registre des traitements, mentions légales, procédure de gestion des droits d'accès et d'effacement…).

Pour rappel, les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires.

Nous vous proposons une mise en conformité complète en 48h pour 299 € HT seulement, au lieu de 890 €. Offre valable jusqu'à vendredi.

Répondez simplement « OUI » à ce mail pour être rappelé(e).

Service Conformité Numérique
Pour ne plus recevoir nos offres, répondez STOP.""",
),

dict(
    key="fr-neg-phishing-orange-messagerie-desactivee",
    date="2025-12-01 05:20",
    frm=("Orange Messagerie", "securite@orange-messagerie-service.com"),
    to="orange",
    subject="Votre boîte mail sera désactivée sous 24h",
    rights=[],
    html="only",
    body="""Cher(e) client(e) Orange,

Suite à une mise à jour de nos serveurs, votre boîte sandra.delomenie@orange.fr doit être vérifiée. Sans action de votre part sous 24h, elle sera désactivée et vos messages supprimés définitivement.

Vérifier mon compte : http://orange-verif-compte.web-secure-login.xyz/mail

Orange vous remercie de votre confiance.
© Orange 2025""",
),

dict(
    key="fr-neg-phishing-colis-retirer-frais",
    frm=("La Poste Colissimo", "info@colissimo-suivi-livraison.info"),
    to="contact",
    subject="Votre colis est en attente - retirer votre colis",
    rights=[],
    html="only",
    body="""Bonjour,

Votre colis n° 6A21458790312 n'a pas pu être livré : des frais de réexpédition de 1,99 € sont en attente.

Pour retirer votre colis dans votre point relais, veuillez régler ces frais sous 48h :
https://colissimo-suivi-livraison.info/paiement

Sans paiement, le colis sera retourné à l'expéditeur.

Service client Colissimo""",
),

dict(
    key="fr-neg-phishing-fausse-cnil-controle",
    date="2025-10-21 06:55",
    frm=("CNIL - Service des contrôles", "controle@cnil-conformite-gouv.fr"),
    to="orange",
    subject="Notification de contrôle - Dossier n° 2025-CTL-88412",
    rights=[],
    attach=[("pdf", "Notification_controle_CNIL.pdf",
             "NOTIFICATION DE CONTROLE\nVotre organisme fait l'objet d'une procedure de verification.\nReglez les frais de dossier de 149 EUR sous 72h pour eviter une sanction.")],
    body="""Madame,

Votre organisme a été sélectionné pour un contrôle de conformité au Règlement Général sur la Protection des Données.

Afin d'éviter l'ouverture d'une procédure de sanction, vous devez compléter le questionnaire joint et régler les frais d'instruction de 149 € sous 72 heures via le lien suivant : http://cnil-conformite-gouv.fr/reglement

Le service des contrôles""",
),

dict(
    key="fr-neg-client-transfere-mail-suspect-rfc822",
    kind="rfc822",
    frm=("Françoise Tessier", "francoise.tessier@laposte.net"),
    subject="C'est bien vous ?",
    rights=[],
    body="""Bonjour Sandra,

J'ai reçu le message ci-joint qui semble venir de vous et me demande de "confirmer mes données" et de payer 12 € pour rester inscrite à votre lettre. Ça ne vous ressemble pas… C'est une arnaque ?

Françoise""",
    inner=dict(frm=("Floraison de Soi", "contact@floraisondesoi-newsletter.com"),
               to=("Françoise Tessier", "francoise.tessier@laposte.net"),
               subject="Mise à jour obligatoire de vos données", ago=1,
               body="""Chère abonnée,

Conformément au RGPD, vous devez confirmer vos données personnelles avant le 30 du mois pour continuer à recevoir notre lettre. Des frais de gestion de 12 € s'appliquent.

Confirmer mes données : http://floraisondesoi-newsletter.com/maj

L'équipe Floraison de Soi"""),
),

# ----------------------------------------------------------------------------- contact forms
dict(
    key="fr-neg-formulaire-question-atelier-enfants",
    frm=("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"),
    to="contact",
    subject="[Floraison de Soi] Nouveau message de : Aurélie Moulin",
    rights=[],
    html="only",
    headers={"Reply-To": "Aurélie Moulin <aurelie.moulin36@gmail.com>", "X-Mailer": "WPMailSMTP/Mailer/mail 4.1.1"},
    body="""Nom : Aurélie Moulin
E-mail : aurelie.moulin36@gmail.com
Téléphone : 06 88 41 02 17
Sujet : Ateliers / stages

Message :
Bonjour, proposez-vous des ateliers pour les enfants anxieux (ma fille a 9 ans) ? Si oui, quelles sont les dates et le tarif ? Merci.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)""",
),

dict(
    key="fr-neg-formulaire-devis-entreprise-formation",
    frm=("Systeme.io", "noreply@systeme.io"),
    to="contact",
    subject="Nouveau message depuis votre page « Entreprises »",
    rights=[],
    html="only",
    headers={"Reply-To": "Jérémie Vasseur <j.vasseur@menuiserie-vasseur.fr>"},
    body="""Vous avez reçu un nouveau message depuis le formulaire de votre page « Entreprises ».

Prénom : Jérémie
Nom : Vasseur
Email : j.vasseur@menuiserie-vasseur.fr
Entreprise : Menuiserie Vasseur (14 salariés)

Message :
Bonjour, nous aimerions une formation sur la communication entre l'atelier et le bureau, suite à des tensions. Pouvez-vous nous envoyer vos disponibilités et un devis ? Nos informations : SIRET 812 447 390 00018, contact RH c'est moi.

—
Systeme.io - Ce message vous a été envoyé automatiquement.""",
),

]
