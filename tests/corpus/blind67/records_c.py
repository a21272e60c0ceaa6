# -*- coding: utf-8 -*-
"""Off-theme French: clients' own requests and everyday business mail, platforms, automatic mail."""
from common import R

NL = {"List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>",
      "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe?u=8f2a>, <mailto:unsubscribe@floraisondesoi.fr>",
      "Precedence": "bulk", "X-Mailer": "Systeme.io Mailer"}

RECORDS = [
R("fr-limitation-contestation-bilan", "Bilan de compétences – inexactitudes",
"""Madame Delomenie,

Le compte rendu de mon bilan contient des erreurs sur mon parcours (je n'ai jamais été licenciée, j'ai démissionné). En attendant qu'on en parle, je vous demande de ne plus utiliser ce document et de ne le transmettre à personne.

Sylvie Guillot""", ["restriction"]),

R("fr-limitation-ne-pas-supprimer", "Ne supprimez rien svp",
"""Bonjour Sandra,
j'ai vu dans ta politique que les données sont effacées au bout d'un an après la fin de l'accompagnement. Je vais peut-être en avoir besoin pour un dossier MDPH. Tu peux les garder sans t'en servir, juste les mettre de côté ?
Merci, Nadia""", ["restriction"]),

R("fr-limitation-gel-litige", "Litige en cours – gel des données",
"""Madame,

Un différend nous oppose au sujet du remboursement de la formation. Je vous demande de geler le traitement de mes données (aucune relance, aucun transfert au recouvrement, aucune utilisation) jusqu'à résolution, sans rien effacer.

Cordialement,
Hervé Perrot""", ["restriction"]),

R("fr-limitation-questionnaire-inexact", "Questionnaire mal rempli",
"""Bonjour,
Je me suis trompée dans le questionnaire santé au début de l'accompagnement (j'ai inversé deux réponses sur mes traitements). Pouvez-vous suspendre son utilisation le temps que je vous renvoie la bonne version ?
Merci beaucoup
Agnès Moreau""", ["restriction"],
# NEAR-LINE: contests accuracy and asks to pause use, no corrected value given yet -> restriction only
),

R("fr-limitation-et-acces", "Mes données – deux demandes",
"""Bonjour Madame,

1. Merci de m'envoyer une copie de toutes les données me concernant.
2. D'ici là, n'en faites aucun usage (ni relance, ni statistique), je déciderai ensuite si je demande leur suppression.

Bien à vous,
Isabelle Marchand""", ["access", "restriction"]),

R("fr-portabilite-csv-nouveau-coach", "Transfert de mon suivi",
"""Bonjour Sandra,

Je déménage à Tours et je vais continuer avec une autre coach. Est-ce que tu pourrais m'exporter mon historique (séances, objectifs, exercices) dans un fichier réutilisable, genre tableur, que je puisse lui donner ?

Merci !!
Camille""", ["portability"]),

R("fr-portabilite-directe-organisme", "Article 20 RGPD – transmission",
"""Madame,

En application de l'article 20 du RGPD, je vous demande de transmettre directement les données que je vous ai fournies (formulaires d'inscription, évaluations, livrables) à l'organisme Formavenir, dans un format structuré, couramment utilisé et lisible par machine.

Contact : donnees@formavenir.fr

Sébastien Roux""", ["portability"]),

R("fr-portabilite-et-acces", "Récupérer mes données",
"""Bonjour,

J'aimerais savoir ce que vous avez comme données sur moi, et récupérer mes réponses aux questionnaires et mes bilans dans un format que je peux réutiliser (Excel ou CSV).

Merci d'avance
Maëlle Fontaine""", ["access", "portability"]),

R("fr-portabilite-enregistrements-audio", "fichiers audio des séances",
"""Bonjour, est ce que je peux avoir tous les enregistrements de mes séances d'hypnose en fichiers mp3 ? je voudrais les mettre sur mon nouveau téléphone et les garder. merci. Olivier""", ["portability"],
# NEAR-LINE: wants his recordings as reusable files to take elsewhere -> portability; no "what do you hold" -> no access
),

R("fr-retrait-temoignage-site", "Mon témoignage",
"""Bonjour Sandra,

J'avais écrit un petit témoignage pour ton site l'an dernier. Finalement je préfère qu'il ne soit plus en ligne, tu peux le retirer ?

Merci et bonne journée
Karine B.""", ["withdraw_consent"]),

R("fr-retrait-consentement-donnees-sante", "Retrait de mon consentement – données de santé",
"""Madame,

Je retire le consentement que j'avais donné à la collecte de mes données de santé lors de la signature du contrat. Je ne souhaite plus que ces informations figurent dans mon suivi.

Cordialement,
Patrick Lefèvre""", ["withdraw_consent"],
# NEAR-LINE: consent withdrawal for health data; no explicit erasure of all data -> withdraw_consent only
),

R("fr-retrait-video-et-effacement", "Vidéo + suppression",
"""Bonjour,
Je ne veux plus apparaître dans la vidéo de présentation de la formation. Et de manière générale, je souhaite que vous effaciez toutes mes données. Merci de confirmer.
Céline Roux""", ["erasure", "withdraw_consent"]),

R("fr-retrait-cookies-analytics", "traceurs",
"""Bonjour, j'avais accepté les cookies Google Analytics sur votre site sans faire attention. Je retire ce consentement, merci de ne plus me suivre. Bruno""", ["withdraw_consent"]),

R("fr-retrait-enregistrement-webinaire", "Replay du webinaire du 14",
"""Bonjour,

Je suis intervenue à l'oral pendant le webinaire du 14 et on me voit et m'entend dans le replay. Je ne donne plus mon accord pour la diffusion de cet enregistrement : merci de couper mon passage ou de retirer le replay.

Élodie Brunet""", ["withdraw_consent"]),

R("fr-retrait-photo-whatsapp", "photo de profil de l'atelier",
"""coucou sandra, la photo de moi que tu as mise sur la page de l'atelier et dans le groupe, tu peux l'enlever ? j'avais dit oui mais j'aime pas trop finalement 🙈 merci !! Aurélie""", ["withdraw_consent"], cte="8bit"),

R("fr-rectif-nom-epouse", "Changement de nom",
"""Bonjour,
Je me suis mariée cet été, merci de modifier mon nom dans vos fichiers : Mme Julie Pelletier (au lieu de Julie Caron). L'adresse mail ne change pas.
Belle journée
Julie""", ["rectification"]),

R("fr-rectif-email-remplacement", "Nouvelle adresse mail",
"""Bonjour Sandra,

Mon ancienne adresse j.huet@numericable.fr ne fonctionne plus. Peux-tu la remplacer par julien.huet.36@gmail.com pour la newsletter et les factures ? Merci !

Julien""", ["rectification"]),

R("fr-rectif-note-erronee", "Erreur dans ma fiche",
"""Bonjour Madame,

En relisant la fiche de synthèse que vous m'avez remise, j'ai vu qu'il est noté que j'ai deux enfants. J'en ai trois (Léo, Inès et Gabin). Pouvez-vous corriger ?

Merci,
Virginie Collin""", ["rectification"]),

R("fr-rectif-adresse-et-objection-sms", "Adresse + SMS",
"""Bonjour,
1) nouvelle adresse : 8 rue Danton, 18000 Bourges (l'ancienne à Issoudun n'est plus valable)
2) et par contre plus de SMS promo svp, le mail suffit.
Merci ! Damien Perrin""", ["objection", "rectification"]),

R("fr-rectif-date-naissance-attestation", "Date de naissance",
"""Bonjour,

Ma date de naissance est fausse sur votre fichier (05/11/1979 au lieu du 15/11/1979), je l'ai vu sur l'attestation. Merci de corriger.

Cordialement,
Laurent Aubert""", ["rectification"]),

R("fr-objection-newsletter-oneliner", "désinscription",
"""Merci de me retirer de votre newsletter.""", ["objection"], cte="7bit"),

R("fr-objection-prospection-tel", "Démarchage téléphonique",
"""Madame,

J'ai été appelée trois fois ce mois-ci pour vos formations. Je ne suis pas cliente. Je m'oppose à toute prospection de votre part par téléphone comme par mail.

M. Caron""", ["objection"]),

R("fr-objection-newsletter-au-dessus-quote", "Re: 🌸 La lettre de printemps de Floraison de Soi",
"""Bonjour, je ne souhaite plus recevoir cette lettre, merci de me désabonner.""", ["objection"],
quote="""🌸 La lettre de printemps

Ce mois-ci : trois exercices de respiration pour accueillir le renouveau, les dates des ateliers d'avril et un mot sur la nouvelle formation « Oser dire non ».

Pour vous désinscrire, cliquez ici.""", quote_style="gmail",
# NEAR-LINE: request written above a quoted newsletter -> request (only new text counts)
),

R("fr-objection-profilage-pub", "Publicités ciblées",
"""Bonjour,
Je vois vos publicités Facebook partout depuis que j'ai visité votre site. Je m'oppose à l'utilisation de mes données pour du ciblage publicitaire.
Cdt, Franck Girard""", ["objection"]),

R("fr-objection-satisfaction", "Enquêtes de satisfaction",
"""Bonjour Sandra, j'adore tes ateliers mais je reçois un questionnaire de satisfaction après chaque séance, c'est trop ! Je préfère ne plus en recevoir du tout, merci 😊 Mélanie""", ["objection"]),

R("fr-effacement-poli", "Suppression de mes données",
"""Bonjour Madame,

Pourriez-vous supprimer l'ensemble de mes données personnelles ? Je n'ai plus l'intention de reprendre un accompagnement.

Merci par avance,
Hélène Dumas""", ["erasure"]),

R("fr-effacement-compte-et-donnees", "Suppression compte",
"""Bonjour, merci de supprimer mon compte sur la plateforme et toutes mes données. Cordialement, T. Jacquet""", ["erasure"]),

R("fr-effacement-enfoui-long-mail", "Des nouvelles",
"""Bonjour Sandra,

Ça fait longtemps ! Je voulais te dire que le travail qu'on a fait ensemble l'an dernier m'a vraiment aidée. J'ai changé de poste, je suis maintenant responsable d'équipe à la médiathèque, et j'arrive à poser mes limites comme on l'avait travaillé. Les enfants vont bien, la grande passe le bac cette année.

Par contre, avec tout ce qu'on entend sur les fuites de données, je fais le ménage dans mes comptes : est-ce que tu pourrais effacer tout ce que tu as sur moi (fiches, mails, questionnaires) ? Ça n'a rien à voir avec toi, promis.

Je repasserai peut-être pour l'atelier d'automne, on verra !

Gros bisous
Nathalie""", ["erasure"]),

R("fr-effacement-acces-formel", "Exercice de mes droits – articles 15 et 17 du RGPD",
"""Madame,

Conformément aux articles 15 et 17 du RGPD, je vous demande de me communiquer une copie de l'ensemble des données me concernant, puis de procéder à leur effacement.

Je joins une copie de ma pièce d'identité.

Jean-Pierre Tessier""", ["access", "erasure"],
attachments=[("pdf", "CNI_Tessier.pdf", "Carte nationale d'identite - TESSIER Jean-Pierre")]),

R("fr-effacement-objection-euphemisme", "Tourner la page",
"""Bonjour,

J'ai envie de tourner complètement la page sur cette période. J'aimerais que plus rien ne subsiste de mon passage chez vous et ne plus recevoir aucune sollicitation. Merci de votre discrétion.

S.""", ["erasure", "objection"],
# NEAR-LINE: euphemistic: "plus rien ne subsiste" = erasure, "plus aucune sollicitation" = objection
),

R("fr-acces-origine-donnees", "Comment avez-vous eu mon numéro ?",
"""Bonjour,
Je reçois des SMS de votre part alors que je ne vous ai jamais contactée. D'où tenez-vous mon numéro ? Et qu'avez-vous d'autre sur moi ?
G. Barbier""", ["access"]),

R("fr-acces-notes-seances", "copie de mes notes de séances",
"""Bonjour Sandra, serait-il possible d'avoir une copie de mes notes de séances et du questionnaire du début ? J'aimerais relire mon évolution. Merci ! Sophie""", ["access"]),

R("fr-acces-destinataires", "Partage de mes informations",
"""Madame,

Pouvez-vous m'indiquer à quels tiers vous avez communiqué mes informations (comptable, plateformes, employeur) ?

Cordialement,
Yannick Poirier""", ["access"]),

R("fr-acces-objet-seul", "Demande d'accès à mes données personnelles (art. 15 RGPD) – Fabienne Renaud", "", ["access"],
# NEAR-LINE: subject-only message, empty body; the subject is the request
cte="7bit"),

R("fr-multi-acces-rectif-portab", "Plusieurs demandes",
"""Bonjour Madame,

Je souhaiterais :
- savoir quelles données vous détenez sur moi ;
- corriger mon adresse (désormais 14 rue Porte aux Boeufs, 36100 Issoudun) ;
- recevoir mes bilans dans un format exploitable pour les donner à ma nouvelle conseillère.

Merci,
Aurélie Lacroix""", ["access", "portability", "rectification"]),

# ---------- negatives ----------
R("fr-neg-supprimer-creneau", "Créneau de jeudi",
"""Bonjour Sandra, tu peux supprimer mon créneau de jeudi 10h ? J'ai un rdv médical. Je reprends la semaine d'après. Merci ! Lucie""", []),

R("fr-neg-annulation-atelier", "Annulation atelier du 22",
"""Bonjour,
Je dois malheureusement annuler ma participation à l'atelier du 22 mars. Est-ce que l'acompte peut être reporté sur le prochain ?
Merci, Chantal""", []),

R("fr-neg-fermer-compte-seul", "fermer mon compte",
"""Bonjour, pouvez-vous fermer mon compte sur systeme.io ? Je n'utilise plus la formation. Merci""", [],
# NEAR-LINE: "close my account" alone, no data mentioned -> negative
),

R("fr-neg-mot-de-passe", "mot de passe oublié",
"""Bonjour, je n'arrive plus à me connecter à mon espace formation, le lien de réinitialisation n'arrive pas. Mon identifiant c'est mon mail. Merci de votre aide !""", []),

R("fr-neg-acceder-espace", "accéder à mon espace",
"""Bonjour, comment je fais pour accéder à mon espace ? Je ne trouve pas le lien dans le mail de bienvenue. Bonne journée""", []),

R("fr-neg-copie-facture", "copie de facture",
"""Bonjour Madame,
Pourriez-vous m'envoyer une copie de la facture de mes séances de janvier ? Ma mutuelle la demande.
Merci, Gérard Dumas""", []),

R("fr-neg-export-agenda", "Export agenda",
"""Salut Sandra, est-ce que tu peux m'envoyer les dates des ateliers en export agenda (.ics) pour que je les mette dans mon Google Agenda ? Merci ! Julie""", []),

R("fr-neg-corriger-document-stagiaire", "Mon mémoire",
"""Bonjour Sandra,
Voici mon mémoire de fin de formation. Pourriez-vous le corriger et me faire vos retours avant le 15 ? Merci beaucoup !
Élise""", [], attachments=[("docx", "memoire_Elise_v3.docx", "Memoire de fin de formation\nLa communication bienveillante en milieu hospitalier")]),

R("fr-neg-retirer-colis", "Votre colis – livre",
"""Bonjour,
Le livre que vous m'avez envoyé est en point relais, je n'ai pas pu le retirer avant la date limite. Il va vous revenir. Pouvez-vous le renvoyer ? Merci
Marc""", []),

R("fr-neg-effacer-tableau", "salle du mardi",
"""Bonjour Sandra, petit mot de l'asso : merci de bien effacer le tableau blanc et d'éteindre le chauffage en partant mardi soir. Le code d'accès à la salle change le 1er : 4821B.
Dominique, Maison des Associations""", []),

R("fr-neg-question-duree-conservation", "Question",
"""Bonjour, combien de temps gardez-vous les données de santé de vos clients ? Je me renseigne avant de m'engager. Merci""", []),

R("fr-neg-question-ai-je-le-droit", "Question RGPD",
"""Bonjour,
Ai-je le droit de demander la suppression de mes données même si je n'ai pas fini de payer la formation ? Je pose juste la question pour l'instant.
Merci, R.""", [],
# NEAR-LINE: asks whether the right exists, does not ask for it -> negative
),

R("fr-neg-plainte-cnil-copie", "Copie de ma plainte",
"""Madame,

Je vous informe que j'ai déposé ce jour une plainte auprès de la CNIL (réf. 25-0194783) concernant la réception de vos mails commerciaux. Vous en trouverez copie ci-dessous.

« Je reçois des mails de Floraison de Soi malgré plusieurs demandes... »

Armelle Poirier""", []),

R("fr-neg-merci-apres-desinscription", "Re: Votre demande de désinscription",
"""Merci beaucoup, c'est parfait.""", [],
quote="""Bonjour,

Je vous confirme que votre adresse a bien été retirée de la lettre d'information.

Sandra Delomenie""", quote_style="apple"),

R("fr-neg-consentement-donne", "Accord pour le témoignage",
"""Bonjour Sandra,
Oui, tu peux publier mon témoignage sur le site avec mon prénom et la photo de l'atelier. Ravie de pouvoir aider !
Pauline""", []),

R("fr-neg-opposer-decision-stage", "Stage de juin",
"""Bonjour,
Mon conjoint s'oppose à ce que je parte tout le week-end pour le stage de juin, du coup je ne sais pas si je vais pouvoir venir. Y a-t-il une version sur une journée ?
Bises, Marion""", []),

R("fr-neg-formation-consentement-theme", "Programme « Consentement et limites »",
"""Bonjour,

Je suis infirmière scolaire. Votre module « Consentement, limites et respect de soi » pour les 4e m'intéresse. Pourriez-vous m'envoyer le programme détaillé et le tarif pour deux classes ?

Bien à vous,
Fabienne Huet""", []),

R("fr-neg-inscription-mes-informations", "Inscription formation",
"""Bonjour,
Je souhaite m'inscrire à la formation « Animer un groupe de parole ». Voici mes informations : Pierre Guillot, né le 04/02/1981, éducateur spécialisé, 06 52 xx xx xx.
Cordialement""", []),

R("fr-neg-stripe-paiement", "Paiement reçu : 180,00 € de Céline Moreau",
"""Vous avez reçu un paiement de 180,00 € EUR.

Client : celine.moreau@gmail.com
Description : Forfait 3 séances
Date : voir votre Dashboard

Afficher le paiement dans le Dashboard Stripe

Stripe, Inc. – Vous recevez cet e-mail car vous avez activé les notifications de paiement.""", [],
frm=("Stripe", "notifications@stripe.com"), html="alt", headers={"X-Mailer": "Stripe Mailer", "Auto-Submitted": "auto-generated"}),

R("fr-neg-systemeio-nouvel-abonne", "Nouveau contact inscrit à votre liste",
"""Bonjour Sandra,

Un nouveau contact s'est inscrit à votre liste « Lettre du dimanche » via la page « Ebook offert : 7 jours pour souffler ».

Systeme.io""", [], frm=("Systeme.io", "no-reply@systeme.io"), html="only", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-calendly-annulation", "Annulé : Séance découverte avec Thomas Bonnet",
"""Bonjour Sandra,

Thomas Bonnet a annulé l'événement suivant :
Séance découverte (30 min)
Mardi 14 octobre 2025, 18:00 – 18:30 (heure de Paris)

Motif : empêchement professionnel

Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("fr-neg-qonto-releve", "Votre relevé de compte est disponible",
"""Bonjour Sandra,

Votre relevé de compte du mois de septembre est disponible dans votre espace Qonto.

L'équipe Qonto""", [], frm=("Qonto", "no-reply@qonto.com"), html="only"),

R("fr-neg-urssaf-declaration", "Votre déclaration de chiffre d'affaires",
"""Madame DELOMENIE,

Nous vous rappelons que votre déclaration de chiffre d'affaires du trimestre est à effectuer avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Ceci est un message automatique, merci de ne pas y répondre.

Votre Urssaf""", [], frm=("Urssaf", "ne-pas-repondre@urssaf.fr"), headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}),

R("fr-neg-brevo-dpa", "Mise à jour de notre accord de traitement des données (DPA)",
"""Bonjour,

Nous mettons à jour notre accord de traitement des données (DPA) et notre politique de confidentialité, applicables à compter du 1er février. Aucune action n'est requise de votre part. Vous pouvez consulter les documents dans votre compte.

L'équipe Brevo""", [], frm=("Brevo", "legal@brevo.com"), html="alt", headers={"List-Id": "Brevo legal <legal.brevo.com>", "Precedence": "bulk"}),

R("fr-neg-spam-conformite", "URGENT : votre site n'est pas conforme RGPD – amende jusqu'à 20 M€",
"""Madame, Monsieur,

Notre audit automatique révèle que floraisondesoi.fr présente 7 non-conformités RGPD (bandeau cookies, registre, DPO). Vous risquez une sanction de la CNIL. Mise en conformité en 48 h pour 490 € HT seulement.

Cliquez ici pour recevoir votre rapport.

Cabinet Conformité Express""", [], frm=("Conformite Express", "audit@conformite-express.net"), html="only"),

R("fr-neg-phishing-orange", "Votre boîte mail sera suspendue",
"""Cher(e) client(e),

Votre messagerie Orange a atteint sa capacité maximale. Pour éviter la suppression de vos données, veuillez vérifier votre compte sous 24h : http://orange-verif-compte.xyz/login

Service client Orange""", [], frm=("Orange Service", "securite@orange-verif-compte.xyz"), html="only", to=1),

R("fr-neg-autoreponse-rgpd", "Réponse automatique : Mise à jour de vos coordonnées",
"""Bonjour,

Je suis absente jusqu'au 25 août inclus. Pour toute demande relative à vos données personnelles (accès, rectification, effacement), écrivez à dpo@mairie-issoudun.fr.

Cordialement,
Service communication – Mairie""", [], frm=("Service communication", "communication@mairie-issoudun.fr"),
headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("fr-neg-autoreponse-conges", "Absence du bureau",
"""Bonjour, je suis en congés jusqu'au 2 janvier. Votre message sera traité à mon retour. Belles fêtes !
Karine Meunier""", [], headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("fr-neg-bounce-orange", "Echec de remise du message",
"""Ce message a été généré automatiquement par le serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

    jp.lemaire@laposte.net : adresse inconnue (user unknown)
""", [], kind="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"), to=1,
dsn="""Reporting-MTA: dns; smtp.orange.fr

Final-Recipient: rfc822; jp.lemaire@laposte.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
""", orig_headers="""From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: jp.lemaire@laposte.net
Subject: Confirmation de la suppression de vos donnees
""", headers={"Auto-Submitted": "auto-replied"}),

R("fr-neg-newsletter-sandra", "🌿 La lettre d'automne – prendre soin de soi quand les jours raccourcissent",
"""Bonjour à toutes et à tous,

L'automne est là. Cette lettre vous propose un exercice d'ancrage de cinq minutes, les dates des prochains ateliers (8 et 22 novembre) et une place offerte au cercle de parole de décembre.

Prenez soin de vous,
Sandra

Vous recevez cette lettre car vous êtes inscrit·e à la lettre de Floraison de Soi. Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe""", [],
frm=("Sandra – Floraison de Soi", "contact@floraisondesoi.fr"), to=("", "lettre@floraisondesoi.fr"), html="alt", headers=NL),

R("fr-neg-sandra-confirme-effacement", "Votre demande de suppression",
"""Bonjour Madame Dumas,

Je vous confirme l'effacement de vos données personnelles de mes fichiers et de la plateforme Systeme.io. Seules les factures sont conservées pendant la durée légale.

Bien cordialement,
Sandra Delomenie""", [], frm=("Sandra Delomenie", "sandra.delomenie@orange.fr"), to=("Hélène Dumas", "helene.dumas@free.fr")),

R("fr-neg-transfert-fwd-info", "TR: Salon bien-être de Vierzon",
"""Sandra, je te transfère ça, ça pourrait t'intéresser pour présenter tes ateliers ! Bises, Mireille""", [],
quote="""Bonjour,

Le salon Bien-être & Nature se tiendra les 11 et 12 avril à Vierzon. Les inscriptions exposants sont ouvertes jusqu'au 28 février (stand 3x3 m : 120 €).

Le comité d'organisation""", quote_style="fwd", quote_from=("Salon Bien-être Vierzon", "salon.bienetre.vierzon@gmail.com"), quote_subject="Salon bien-être de Vierzon – appel aux exposants"),

R("fr-neg-google-securite", "Alerte de sécurité",
"""Nouvelle connexion sur un appareil Windows

Votre compte Google contact@floraisondesoi.fr vient d'être utilisé pour se connecter sur un nouvel appareil Windows. Si c'était vous, aucune action n'est requise.

Vérifier l'activité""", [], frm=("Google", "no-reply@accounts.google.com"), html="alt", to=0),

R("fr-neg-zoom-enregistrement", "L'enregistrement cloud est maintenant disponible",
"""Bonjour Sandra,

L'enregistrement cloud de votre réunion « Cercle de parole – novembre » est disponible. Les enregistrements sont supprimés automatiquement après 30 jours.

Zoom""", [], frm=("Zoom", "no-reply@zoom.us"), html="only"),

R("fr-neg-paypal-litige", "Un litige a été ouvert",
"""Bonjour Sandra Delomenie,

Un acheteur a ouvert un litige pour la transaction 8TX4521... (89,00 EUR). Répondez avant le 12 mars dans le Centre de résolution.

PayPal""", [], frm=("PayPal", "service@paypal.fr"), html="alt"),

R("fr-neg-be-rdv-septante", "Rendez-vous",
"""Bonjour Madame,

Je serai en France la semaine du 15, à Bourges. Auriez-vous un créneau pour une séance découverte ? Je peux venir jusqu'à Issoudun, ce n'est jamais qu'à septante kilomètres.

Bien à vous,
Geoffrey Lambotte""", [], frm=("Geoffrey Lambotte", "geoffrey.lambotte@proximus.be")),

R("fr-neg-qc-remerciement", "Merci pour l'atelier!",
"""Allo Sandra!

Juste un petit mot pour te dire merci pour l'atelier en ligne d'hier soir, c'était vraiment le fun. J'ai déjà hâte au prochain.

Bonne journée là!
Émilie (Montréal)""", [], frm=("Émilie Gagnon", "emilie.gagnon@videotron.ca")),

R("fr-neg-ch-facture-chf", "Facture",
"""Bonjour,

Est-il possible de payer la formation en ligne en francs suisses ou faut-il impérativement régler en euros ? Merci de me renseigner, je suis à Lausanne.

Meilleures salutations,
Daniel Rochat""", [], frm=("Daniel Rochat", "d.rochat@bluewin.ch")),

R("fr-neg-sans-accents-inscription", "inscription",
"""bonjour je voudrai savoir si il reste de la place pour l atelier du samedi 12 et combien ca coute, j ai deja fait celui de mars. merci bcp""", [], cte="7bit"),

R("fr-neg-outlook-re-devis", "RE: Devis formation intra",
"""Bonjour Sandra,

Merci pour le devis. Nous validons la session du 3 juin pour 10 personnes. Je vous envoie le bon de commande dans la journée.

Cordialement,
Stéphanie Marchand
Responsable formation – Clinique Saint-François""", [],
quote="""Bonjour Madame Marchand,

Veuillez trouver ci-joint le devis pour la formation intra « Prévenir l'épuisement professionnel » (1 jour, 10 participants).

Bien cordialement,
Sandra Delomenie""", quote_style="outlook", frm=("Stéphanie Marchand", "s.marchand@clinique-stfrancois.fr"), headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-neg-sandra-reponse-question", "Re: Question",
"""Bonjour,

Les données de santé sont conservées deux ans au maximum, puis détruites. Vous pouvez à tout moment me demander d'y accéder ou de les supprimer.

Belle journée,
Sandra""", [], frm=("Sandra Delomenie", "contact@floraisondesoi.fr"), to=("Anne Roux", "anne.roux@gmail.com"),
quote="""Bonjour, combien de temps gardez-vous les données de santé ? Merci""", quote_style="gmail", quote_from=("Anne Roux", "anne.roux@gmail.com")),

R("fr-neg-whatsapp-groupe", "Groupe WhatsApp",
"""Bonsoir Sandra, je voulais juste te dire que je quitte le groupe WhatsApp de la formation, trop de notifications pour moi ! Mais je reste joignable par mail évidemment 😉 Agathe""", [],
# NEAR-LINE: leaving a chat group herself, not asking anything about her data -> negative
),

R("fr-neg-mairie-acces-salle", "Accès à la salle polyvalente",
"""Madame,

Suite à votre demande, l'accès à la salle polyvalente vous est accordé les samedis matin de septembre à décembre. Le badge est à retirer à l'accueil de la mairie.

Service vie associative""", [], frm=("Vie associative", "vie.associative@mairie-issoudun.fr"), html="alt"),

R("fr-neg-opposition-avis-google", "Avis Google",
"""Bonjour Sandra, j'ai laissé un avis sur Google pour ton cabinet, 5 étoiles bien mérité ! Bonne continuation. Régis""", []),
R("fr-form-multi-acces-effacement", "[Formulaire de contact] Nouveau message de Corinne Aubert",
"""Nom : Corinne Aubert
Email : corinne.aubert@gmail.com
Message : Bonjour, je voudrais recevoir la copie des informations que vous avez sur moi puis que tout soit supprimé. Merci""", ["access", "erasure"],
frm=("Floraison de Soi (site)", "wordpress@floraisondesoi.fr"), to=0, headers={"Reply-To": "Corinne Aubert <corinne.aubert@gmail.com>", "X-Mailer": "WPForms"}),
R("fr-form-multi-rectif-objection", "[Formulaire de contact] Nouveau message de Hervé Caron",
"""Nom : Hervé Caron
Email : herve.caron@sfr.fr
Message : mon numéro a changé c'est le 07 61 xx xx xx maintenant (plus le 06 ancien). et je ne veux plus les mails de promo""", ["objection", "rectification"],
frm=("Floraison de Soi (site)", "wordpress@floraisondesoi.fr"), to=0, headers={"Reply-To": "herve.caron@sfr.fr", "X-Mailer": "WPForms"}),
R("fr-multi-portab-effacement", "Départ",
"""Bonjour Sandra,

J'arrête l'accompagnement. Peux-tu m'envoyer mes fiches d'exercices en format réutilisable (Word ou tableur), et ensuite effacer mon dossier ?

Merci pour tout,
Virginie""", ["erasure", "portability"]),
R("fr-multi-retrait-objection", "Photos et newsletter",
"""Madame,
Je retire mon autorisation pour l'utilisation de ma photo sur vos réseaux et je vous prie de me désinscrire de la lettre d'information.
Cordialement, Laurent Meunier""", ["objection", "withdraw_consent"]),
R("fr-multi-acces-limitation-litige", "Demande avant médiation",
"""Madame,

En vue de la médiation prévue en avril, je vous demande communication de l'ensemble de mes données, et dans l'intervalle la limitation de leur traitement (aucune utilisation, aucune suppression).

Thierry Brunet""", ["access", "restriction"]),
R("fr-multi-rectif-acces", "Mon dossier",
"""Bonjour, pouvez-vous m'envoyer ce que vous avez sur moi ? Je crois que mon adresse est encore l'ancienne : la bonne c'est 3 rue Mousseau, 36100 Issoudun. Merci. Colette Huet""", ["access", "rectification"]),
R("fr-neg-form-demande-rdv", "[Formulaire de contact] Nouveau message de Rémi Lacroix",
"""Nom : Rémi Lacroix
Email : remi.lacroix@outlook.fr
Message : Bonjour, je souhaite prendre rendez-vous pour une première séance, plutôt en fin de journée. Merci""", [],
frm=("Floraison de Soi (site)", "wordpress@floraisondesoi.fr"), to=0, headers={"Reply-To": "remi.lacroix@outlook.fr", "X-Mailer": "WPForms"}),
R("fr-neg-comptable-copie-factures", "Pièces du 3e trimestre",
"""Bonjour Sandra,
Il me manque les copies des factures clients de septembre pour boucler le trimestre. Peux-tu les déposer dans le dossier partagé ?
Cordialement, Pascale – Cabinet Berry Compta""", [], frm=("Pascale Renaud", "p.renaud@berrycompta.fr")),
R("fr-neg-pere-question-mineur-droit", "Droit des parents",
"""Bonjour, ma fille de 16 ans vous consulte. Est-ce qu'en tant que père j'ai le droit de connaître le contenu des séances ? Je ne demande rien pour l'instant, je veux juste savoir. Cordialement, F. Moreau""", [],
# NEAR-LINE: question about whether a parent may ask, no request made -> negative
),
]
