# French messages that ARE requests (rights non-empty).
from recbase import R, FORM, CALENDLY, GFORM, FBMSG, IGMSG, SANDRA_C, SANDRA_O

NEWSLETTER_Q = (SANDRA_C,
    "Lettre de printemps – Floraison de Soi\n\nBonjour à toutes et à tous,\n\n"
    "Le printemps revient et avec lui l'envie de faire de la place. Ce mois-ci je vous propose "
    "un atelier « Alléger son quotidien » le samedi 12 avril à Issoudun (places limitées à 8).\n\n"
    "Au programme aussi : le cercle de parole du jeudi reprend, et le module en ligne "
    "« Oser sa place » est ouvert aux inscriptions.\n\nBelle floraison,\nSandra\n\n"
    "Vous recevez cette lettre car vous êtes inscrit(e) sur floraisondesoi.fr. Se désinscrire")

# ------------------------------------------------------------------ website forms

FORM("fr-cf7-effacer-dossier-2021", ["erasure"], "cf7", "Hélène Garnier", "helene.garnier58@gmail.com",
     "Bonjour Madame Delomenie,\nJ'ai été accompagnée par vous en 2021 (six séances, terminées en juin). "
     "Je n'ai plus besoin de ce suivi et je souhaite que mon dossier soit effacé : fiches, questionnaires, "
     "échanges de mails, tout. Pouvez-vous me confirmer quand ce sera fait ?\nBien à vous,\nHélène Garnier",
     sujet="Mes données")

FORM("fr-wpforms-notes-seances", ["access"], "wpforms", "Mathilde Perrin", "mathilde.perrin@laposte.net",
     "Bonjour Sandra, je démarre un travail avec une psychologue et j'aimerais lui montrer où j'en étais. "
     "Serait-il possible d'avoir une copie des notes que vous avez prises pendant nos séances de l'automne "
     "dernier ? Et du questionnaire de départ si vous l'avez gardé. Merci beaucoup ! Mathilde",
     phone="06 12 47 88 30")

FORM("fr-elementor-newsletter-toujours", ["objection"], "elementor", "Thierry Bonnaud", "t.bonnaud@free.fr",
     "j'ai cliqué 2 fois sur se désinscrire en bas de votre lettre et je la reçois encore chaque dimanche. "
     "retirez mon adresse de la liste svp. cordialement", date="2025-09-14 21:07", ip="88.172.40.9")

FORM("fr-systeme-export-csv", ["portability"], "systeme", "Coralie Vasseur", "coralie.vasseur@outlook.fr",
     "Bonjour, je quitte la formation en ligne « Oser sa place » et je voudrais récupérer mes réponses aux "
     "exercices et mon journal de progression dans un fichier exploitable (CSV ou tableur) pour les reprendre "
     "dans Notion. C'est faisable de votre côté ? Merci")

FORM("fr-cf7-temoignage-accueil", ["withdraw_consent"], "cf7", "Sylvie Marchand", "sylvie.marchand@orange.fr",
     "Bonjour Sandra,\nIl y a deux ans je vous avais donné mon accord pour mettre mon témoignage (avec prénom "
     "et photo) sur la page d'accueil. Ma situation professionnelle a changé et je préfère qu'il n'apparaisse "
     "plus. Merci de le retirer.\nJe garde un très bon souvenir de notre travail.\nSylvie M.",
     sujet="Témoignage")

FORM("fr-divi-nom-mal-orthographie", ["rectification"], "divi", "Anne-Laure Lefebvre", "al.lefebvre@gmail.com",
     "Bonjour, petite correction : vous m'avez enregistrée sous « Anne-Laure Lefèvre » (ça apparaît dans vos "
     "mails et sur mon compte de formation). Le bon nom est LEFEBVRE, avec un B. Merci de corriger dans votre "
     "fichier.")

FORM("fr-elementor-deces-papa", ["post_mortem"], "elementor", "Julien Mercadier", "julien.mercadier@gmail.com",
     "Bonjour Madame, mon père Bernard Mercadier a participé à plusieurs de vos ateliers. Il est décédé le "
     "9 janvier. Je m'occupe de ses affaires et je voudrais que son compte soit fermé et que vous supprimiez ce "
     "que vous avez à son nom. Je peux envoyer l'acte de décès si besoin.\nJulien Mercadier (son fils)",
     phone="06 30 71 45 12", date="2025-02-03 12:41", ip="92.184.105.77")

FORM("fr-wpforms-voir-puis-supprimer", ["access", "erasure"], "wpforms", "Nadia Belkacem", "nadia.bk@hotmail.fr",
     "Avant de partir définitivement : je voudrais savoir précisément ce que vous conservez sur moi (fiche, "
     "notes, paiements…) et ensuite que vous supprimiez tout ce que la loi ne vous oblige pas à garder. "
     "Merci de m'envoyer la liste d'abord.")

# NEAR-LINE: contests the accuracy of a note and asks that the file not be used meanwhile, no corrected
# value demanded -> restriction only (policy: contesting accuracy and pausing processing).
FORM("fr-cf7-fiche-fausse-geler", ["restriction"], "cf7", "Marc Aubertin", "marc.aubertin@sfr.fr",
     "Madame,\nLors de notre premier rendez-vous vous avez noté que j'étais en arrêt pour burn-out. C'est "
     "inexact, je n'ai jamais été arrêté. Tant que ce point n'est pas éclairci entre nous, je vous demande de "
     "ne plus utiliser cette fiche pour quoi que ce soit. Je vous appelle la semaine prochaine pour en parler.\n"
     "M. Aubertin", sujet="Erreur dans ma fiche")

FORM("fr-systeme-plus-appeler", ["objection"], "systeme", "Patricia Joly", "patricia.joly36@gmail.com",
     "Bonjour, j'ai téléchargé votre ebook l'an dernier et depuis je reçois des appels de votre part pour les "
     "stages. Je ne souhaite plus être démarchée, ni par téléphone ni par mail. Merci de noter mon opposition.")

FORM("fr-elementor-quebec-photo", ["withdraw_consent"], "elementor", "Geneviève Tremblay",
     "genevieve.tremblay@videotron.ca",
     "Allô Sandra! J'ai participé à ton atelier en ligne en mars pis je viens de voir ma face sur ta page "
     "Facebook dans la publication du replay. J'avais dit oui sur le coup mais finalement j'aime pas ben ça. "
     "Pourrais-tu l'enlever? Merci ben gros, Geneviève", date="2025-04-02 03:18", ip="24.200.118.51")

FORM("fr-cf7-belge-supprimer-et-stop", ["erasure", "objection"], "cf7", "Pascale Vandenbroucke",
     "pascale.vdb@skynet.be",
     "Bonjour Madame,\nJe ne souhaite plus recevoir vos courriers ni vos mails promotionnels, et je vous saurais "
     "gré d'effacer dans la foulée toutes mes coordonnées de vos fichiers. Je vous remercie déjà.\n"
     "Pascale Vandenbroucke, Namur", sujet="Désinscription + suppression")

FORM("fr-systeme-video-et-tout", ["erasure", "withdraw_consent"], "systeme", "Aurore Dumas", "aurore.dumas@icloud.com",
     "Sandra, la vidéo où je parle de mon accompagnement est toujours dans la page de vente du programme. "
     "Je n'en veux plus, merci de la retirer. Et je voudrais aussi que mon compte et toutes mes infos soient "
     "effacés, j'ai tourné la page.")

FORM("fr-divi-rect-et-plus-de-pub", ["objection", "rectification"], "divi", "Yannick Le Goff", "yannick.legoff@gmail.com",
     "Deux choses : mon adresse mail a changé, c'est désormais yannick.legoff@gmail.com (l'ancienne chez "
     "Wanadoo est fermée). Et je ne veux plus recevoir les offres promotionnelles, uniquement les factures "
     "et les infos pratiques de mes rendez-vous.")

# ------------------------------------------------------------------ a participant recopying her Zoom chat

R("fr-zoom-chat-recopie-replay", ["withdraw_consent"], "Replay atelier du 14 – ma vidéo",
  "Bonjour Sandra,\n\nJe vous recopie le message que je vous ai envoyé en privé dans le chat pendant "
  "l'atelier, je crois qu'il est passé inaperçu :\n\n"
  "10:42:13 De Marion Roy à Sandra Delomenie (message direct) : Sandra je préfère ne pas apparaître sur "
  "l'enregistrement finalement, tu peux me couper au montage ?\n\n"
  "Donc je confirme : je retire mon accord pour l'enregistrement. Merci de couper les passages où "
  "j'apparais avant de mettre le replay en ligne.\n\nMarion",
  frm="Marion Roy <marion.roy@laposte.net>", to="contact", date="2025-11-15 09:26")

# ------------------------------------------------------------------ platform relays

CALENDLY("fr-calendly-copie-avant-seance", ["access"], "Estelle Fournier", "estelle.fournier@gmail.com",
         "jeudi 12 juin 2025 10:00",
         "Pour cette dernière séance, pourriez-vous m'envoyer avant (ou m'apporter) une copie de tout ce que "
         "vous avez conservé sur moi : bilan, notes, tests ? J'aimerais repartir avec.",
         event="Séance de suivi (1 h)", date="2025-06-02 22:14")

# NEAR-LINE: a cancellation (negative on its own) with an explicit demand to erase data -> erasure.
CALENDLY("fr-calendly-annule-supprimer", ["erasure"], "Bruno Lecomte", "bruno.lecomte@wanadoo.fr",
         "mardi 4 mars 2025 18:30",
         "Je ne poursuis pas l'accompagnement. Merci d'effacer mes coordonnées et les informations que j'ai "
         "remplies dans le questionnaire d'inscription.",
         cancelled=True, date="2025-03-01 08:02")

GFORM("fr-gform-questionnaire-retrait", ["withdraw_consent"], "Bilan de fin d'accompagnement",
      [("Prénom et nom", "Ludivine Caron"),
       ("Sur une échelle de 1 à 10, dans quelle mesure vos objectifs ont-ils été atteints ?", "8"),
       ("Acceptez-vous que vos réponses soient utilisées, de façon anonyme, pour faire évoluer les accompagnements ?", "Non"),
       ("Remarques libres", "J'avais coché oui dans le questionnaire d'entrée en janvier, je reviens dessus : je "
        "retire mon accord pour que mes réponses (celles de janvier comprises) servent à autre chose qu'à mon suivi.")],
      date="2025-07-08 19:55")

GFORM("fr-gform-nouvelle-adresse", ["rectification"], "Mise à jour de vos coordonnées",
      [("Nom et prénom", "Pichon Gérard"),
       ("Ancienne adresse", "7 rue des Minimes, 36100 Issoudun"),
       ("Nouvelle adresse", "22 avenue Jean Jaurès, 18100 Vierzon"),
       ("Nouveau numéro de téléphone (facultatif)", "06 74 22 19 05"),
       ("Commentaire", "Merci de remplacer l'ancienne adresse partout, y compris pour les factures.")],
      html="alt")

FBMSG("fr-fb-photo-atelier", ["withdraw_consent"], "Nathalie Roux",
      "coucou Sandra ! super atelier samedi 😊 par contre je suis sur la photo de groupe que t'as postée et je "
      "préfère pas, tu peux la retirer ou me couper dessus ? bisous")

IGMSG("fr-ig-liste-diffusion", ["objection"], "lea.bienetre_36",
      "Hello ! je reçois tes sms de promo pour les ateliers, tu peux me retirer de la liste stp ? merci 🙏")

FBMSG("fr-fb-deces-mari", ["post_mortem"], "Colette Bardin",
      "Bonjour Sandra, je suis l'épouse de Michel Bardin qui venait à vos cercles du jeudi. Michel nous a quittés "
      "au mois d'octobre. Il apparaît encore sur une photo de votre page et il reçoit toujours vos envois. Je vous "
      "serais reconnaissante de tout retirer. Colette", date="2025-12-03 16:18")

R("fr-linkedin-rh-acces", ["access"], "Caroline Meunier vous a envoyé un message",
  "Caroline Meunier\nResponsable formation chez Transports Brunet\n\n"
  "« Bonjour Sandra, à titre personnel cette fois (pas pour l'entreprise) : j'ai suivi votre formation "
  "management en 2024. Je voudrais savoir quelles informations vous détenez sur moi, notamment mon évaluation "
  "individuelle, et si elle a été transmise à mon employeur. Merci d'avance »\n\nRépondre\n\n"
  "Vous recevez des e-mails de notification de messages. Se désabonner\n"
  "LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n",
  frm="Caroline Meunier via LinkedIn <messages-noreply@linkedin.com>", to="contact", html="alt",
  headers={"X-LinkedIn-Class": "INMAIL", "X-LinkedIn-Template": "messaging_digest"})

R("fr-systeme-commentaire-lecon", ["erasure"], "Nouveau commentaire sur la leçon « Module 3 – Les croyances limitantes »",
  "Bonjour Sandra,\n\nUn élève a laissé un commentaire sur votre formation « Oser sa place ».\n\n"
  "Leçon : Module 3 – Les croyances limitantes\nÉlève : Romain Gauthier (romain.gauthier@gmx.fr)\n\n"
  "Commentaire :\n« Bonjour, je n'arrive pas à vous joindre autrement. Merci de supprimer mon compte élève et "
  "toutes les données qui y sont rattachées (réponses, commentaires, historique). »\n\n"
  "Répondre au commentaire depuis votre espace : Formations > Commentaires\n\nL'équipe Systeme.io\n",
  frm="Systeme.io <no-reply@systeme.io>", to="contact", html="alt")

# ------------------------------------------------------------------ forwarded

# NEAR-LINE: the new text only says "ma demande tient toujours" and forwards her own earlier erasure
# request; re-sending one's own request exercises it again -> erasure.
R("fr-fwd-relance-propre-demande", ["erasure"], "Fwd: Suppression de mes données",
  "Bonjour,\n\nJe vous renvoie mon message du mois dernier, je n'ai pas eu de retour. Ma demande tient "
  "toujours.\n\nCordialement,\nChristine Aubry",
  frm="Christine Aubry <christine.aubry71@gmail.com>", to="orange",
  quote=[("Christine Aubry <christine.aubry71@gmail.com>",
          "Bonjour Madame Delomenie,\n\nConformément à l'article 17 du RGPD, je vous demande d'effacer "
          "l'ensemble des données personnelles me concernant (inscription à l'atelier de mai 2024, coordonnées, "
          "paiement, sous réserve de vos obligations comptables).\n\nMerci de me confirmer la suppression.\n\n"
          "Christine Aubry")],
  qstyle="fwd_gmail_fr", qsubj="Suppression de mes données", date="2025-06-10 08:37")

# NEAR-LINE: her virtual assistant relays a client's request that reached the wrong mailbox; the
# relayed words are the client's own request -> labelled with the client's rights.
R("fr-fwd-assistante-cliente-dossier", ["access", "portability"], "TR: demande de dossier – Agnès Roussel",
  "Bonjour Sandra,\n\nCe message est arrivé sur l'adresse du secrétariat (la cliente s'est trompée "
  "d'adresse). Je te le transfère en pièce jointe tel quel, je ne lui ai pas répondu.\n\nBonne journée,\n"
  "Marie-Pierre\nSecrétariat indépendant MPB – 06 47 10 33 82",
  frm="Secrétariat MPB <secretariat.mpb@orange.fr>", to="orange", headers={"X-Mailer": "Microsoft Outlook 16.0"},
  attach=[("eml", dict(frm="Agnès Roussel <agnes.roussel@yahoo.fr>", to="secretariat.mpb@orange.fr",
                       subject="mes documents",
                       body="Bonjour,\nJe souhaiterais obtenir l'ensemble de mes données (fiches de suivi, "
                            "bilans) dans un format que je puisse réutiliser, un fichier numérique idéalement, "
                            "et savoir ce que vous avez exactement sur moi.\nMerci,\nAgnès Roussel\n"))])

R("fr-fwd-fille-mere-decedee", ["post_mortem"], "Tr : Confirmation cercle de parole",
  "Bonjour,\n\nMa mère, Odile Fayard, est décédée le 2 février. Je transfère ci-dessous le dernier mail "
  "qu'elle avait reçu de vous. Merci de ne plus lui écrire et d'effacer son dossier.\n\nCordialement,\n"
  "Isabelle Fayard-Morin",
  frm="Isabelle Fayard-Morin <isabelle.fayardmorin@icloud.com>", to="contact",
  quote=[(SANDRA_C, "Chère Odile,\n\nJe vous confirme votre inscription au cercle de parole du jeudi "
          "15 février, 18 h 30, salle du 46 rue d'Estienne d'Orves.\n\nÀ très bientôt,\nSandra")],
  qstyle="fwd_apple_fr", qsubj="Confirmation cercle de parole", sig="Envoyé de mon iPhone", qdays=25,
  quote_to="Odile Fayard <odile.fayard@orange.fr>", date="2025-02-19 11:40")

# NEAR-LINE: sent from the husband's mailbox, but the writer says she is the client and corrects her own
# data with the new values -> rectification (not a relative asking about another adult).
R("fr-fwd-claire-boite-mari", ["rectification"], "TR: Votre facture n°2025-041",
  "C'est Claire qui écrit, depuis la boîte de mon mari (la mienne est bloquée depuis hier).\n\n"
  "Je vous transfère le mail de la facture : l'adresse dessus est l'ancienne. Nous habitons maintenant "
  "au 3 chemin des Vignes, 36100 Saint-Georges-sur-Arnon. Merci de mettre ma fiche à jour et de m'écrire "
  "désormais à claire.ribault36@gmail.com.\n\nClaire Ribault",
  frm="Pascal Ribault <pascal.ribault@hotmail.fr>", to="contact",
  quote=[(SANDRA_C, "Bonjour Claire,\n\nVeuillez trouver ci-joint votre facture n°2025-041 pour "
          "l'accompagnement « Retrouver son élan » (3 séances).\n\nBelle journée,\nSandra Delomenie\n"
          "Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun")],
  qstyle="fwd_outlook_fr", qsubj="Votre facture n°2025-041")

R("fr-avocat-mandat-acces", ["access"], "Mme Sophie Carrel – demande de communication de données (art. 15 RGPD)",
  "Madame,\n\nJe vous informe intervenir pour le compte de Madame Sophie Carrel, demeurant 11 rue Danton à "
  "Bourges, en vertu du mandat qu'elle m'a confié et dont vous trouverez copie en pièce jointe.\n\n"
  "Sur le fondement de l'article 15 du Règlement (UE) 2016/679, ma cliente sollicite la communication de "
  "l'intégralité des données à caractère personnel la concernant que vous traitez, y compris les notes "
  "prises lors des séances d'accompagnement de 2023 et 2024, ainsi que l'indication des destinataires "
  "auxquels ces données auraient été communiquées.\n\nJe vous remercie de bien vouloir me faire parvenir "
  "ces éléments dans le délai d'un mois prévu par le texte.\n\nJe vous prie d'agréer, Madame, l'expression "
  "de mes salutations distinguées.\n\nLaurent Deschamps\nAvocat au Barreau de Bourges\n"
  "8 place Planchat – 18000 Bourges\n\nCe message et ses pièces jointes sont confidentiels et destinés "
  "exclusivement à leur destinataire. Toute diffusion non autorisée est interdite.",
  frm="Maître Laurent Deschamps <l.deschamps@deschamps-avocats.fr>", to="orange",
  attach=[("pdf", "Mandat_Carrel_signe.pdf", "MANDAT - Je soussignee Sophie Carrel donne mandat a Me Laurent Deschamps pour exercer mes droits RGPD aupres de Floraison de Soi.")],
  headers={"X-Mailer": "Microsoft Outlook 16.0"})

# ------------------------------------------------------------------ replies on top of threads

R("fr-reply-newsletter-desabo", ["objection"], "Re: Lettre de printemps – Floraison de Soi",
  "Bonjour Sandra, je vous lis depuis longtemps mais je croule sous les mails, je préfère me désabonner. "
  "Pouvez-vous m'enlever de la liste ? Belle continuation à vous.\nFrançoise",
  frm="Françoise Delage <francoise.delage@orange.fr>", to="contact",
  quote=[NEWSLETTER_Q], qstyle="gmail_fr", date="2025-04-03 18:20")

R("fr-reply-facture-adresse", ["rectification"], "RE: Facture atelier du 22 novembre",
  "Merci pour la facture. Par contre mon adresse a changé depuis l'inscription : ce n'est plus 14 rue Pierre "
  "Brossolette à Châteauroux mais 5 allée des Peupliers, 36000 Châteauroux. Pouvez-vous la corriger dans "
  "votre fichier (et sur les prochaines factures) ?\nBonne soirée\n\nStéphanie Guérin",
  frm="Stéphanie Guérin <stephanie.guerin@live.fr>", to="contact",
  quote=[(SANDRA_C, "Bonjour Stéphanie,\n\nVoici la facture de l'atelier du 22 novembre, réglé par chèque.\n\n"
          "Bien à vous,\nSandra"),
         ("Stéphanie Guérin <stephanie.guerin@live.fr>", "Bonjour, pourriez-vous m'envoyer la facture pour "
          "mon CE ? Merci !"),
         (SANDRA_C, "Merci à toutes pour cette belle journée ! Vous trouverez ci-dessous les ressources "
          "évoquées pendant l'atelier.\nSandra")],
  qstyle="outlook_fr", qsubj="Facture atelier du 22 novembre", date="2025-11-27 19:35")

R("fr-reply-thread-restriction-mediation", ["restriction"], "Re: Re: Re: Remboursement stage de juillet",
  "Madame,\n\nAu vu de notre différend, je vous demande de conserver mes données en l'état – ne les "
  "supprimez pas, elles pourraient servir – mais de ne plus les utiliser d'aucune façon d'ici la fin de la "
  "médiation.\n\nJ. Renaudin",
  frm="Jacques Renaudin <j.renaudin@free.fr>", to="orange",
  quote=[(SANDRA_O, "Monsieur Renaudin,\nComme indiqué dans les conditions générales, l'acompte n'est pas "
          "remboursable en cas d'annulation moins de 15 jours avant le stage. Je vous propose en revanche un "
          "report sur la session d'octobre.\nCordialement,\nSandra Delomenie"),
         ("Jacques Renaudin <j.renaudin@free.fr>", "Je conteste. J'ai annulé pour raison médicale, certificat "
          "à l'appui. Je saisis le médiateur de la consommation."),
         (SANDRA_O, "Bonjour Monsieur, j'ai bien reçu votre annulation. Je reviens vers vous rapidement.")],
  qstyle="gmail_fr", qsubj="Remboursement stage de juillet")

# NEAR-LINE: wants printed copies of her questionnaire and notes to keep -> access (copy of specific records), not a logistics remark.
R("fr-reply-rappel-copie-questionnaire", ["access"], "Re: Rappel : votre séance jeudi 9 octobre à 17h",
  "Oui je serai là. Pourriez-vous imprimer pour jeudi le questionnaire que j'avais rempli au début et vos "
  "notes du bilan intermédiaire ? J'aimerais les relire avec vous et en garder une copie.\n\nLaetitia",
  frm="Laetitia Morel <laetitia.morel@gmail.com>", to="contact",
  quote=[("Floraison de Soi <no-reply@systeme.io>", "Bonjour Laetitia,\n\nCeci est un rappel automatique : "
          "votre séance est prévue le jeudi 9 octobre à 17h00 au cabinet, 46 rue d'Estienne d'Orves à Issoudun."
          "\n\nEn cas d'empêchement, merci de prévenir 48 h à l'avance.\n\nFloraison de Soi")],
  qstyle="gmail_fr", date="2025-10-06 13:22", html="alt")

R("fr-reply-transfert-nouvelle-coach", ["portability"], "Re: Fin de notre accompagnement",
  "Bonjour Sandra,\n\nComme convenu au téléphone, je poursuis avec une coach à Bourges. Pourriez-vous lui "
  "transmettre directement mon dossier (bilan initial, objectifs, comptes rendus) ? Son adresse : "
  "f.lemaire.coaching@gmail.com. Un fichier PDF ou Word lui convient très bien.\n\nMerci pour tout,\nNoémie",
  frm="Noémie Chauvet <noemie.chauvet@icloud.com>", to="contact",
  quote=[(SANDRA_C, "Chère Noémie,\nJe comprends tout à fait votre choix, la distance compte. Je vous "
          "souhaite le meilleur pour la suite.\nSandra"),
         ("Noémie Chauvet <noemie.chauvet@icloud.com>", "Bonjour Sandra, avec mon déménagement à Bourges je "
          "vais devoir arrêter nos séances. Pouvons-nous nous appeler ?")],
  qstyle="apple_fr", sig="Envoyé de mon iPhone")

R("fr-reply-attestation-effacez", ["erasure"], "Re: Votre attestation de fin de formation",
  "Merci. Et effacez mes coordonnées après, je ne reviendrai pas.",
  frm="Céline Barre <celine.barre@yahoo.fr>", to="contact",
  quote=[(SANDRA_C, "Bonjour Céline,\n\nVous trouverez ci-joint votre attestation de fin de formation "
          "« Communication bienveillante au travail » (14 heures).\n\nBonne continuation,\nSandra")],
  qstyle="gmail_fr")

# NEAR-LINE: asks to stop SMS reminders (not marketing) but keep mail: objecting to being contacted by SMS -> objection.
R("fr-reply-stop-sms-rappels", ["objection"], "Re: Confirmation de votre rendez-vous",
  "Stop pour les SMS s'il vous plaît, je préfère être prévenue uniquement par mail. Merci !",
  frm="Agathe Lemoine <agathe.lemoine@gmail.com>", to="contact",
  quote=[(SANDRA_C, "Bonjour Agathe,\nVotre rendez-vous est confirmé pour le mardi 18 mars à 10h. Vous "
          "recevrez un SMS de rappel la veille.\nSandra")],
  qstyle="gmail_fr", date="2025-03-11 07:48")

R("fr-reply-newsletter-deces-epouse", ["post_mortem"], "Re: Lettre de printemps – Floraison de Soi",
  "Bonjour,\nMa femme Josiane est décédée en novembre. Cette lettre lui est toujours adressée. Merci de "
  "supprimer son adresse.\nRené Moulin",
  frm="Josiane Moulin <josiane.moulin@wanadoo.fr>", to="contact",
  quote=[NEWSLETTER_Q], qstyle="outlook_fr", qsubj="Lettre de printemps – Floraison de Soi", date="2025-04-08 10:05")

R("fr-reply-temoignage-et-tout", ["erasure", "withdraw_consent"], "Re: Votre témoignage",
  "Bonjour Sandra,\n\nFinalement je préfère que mon témoignage ne soit plus publié nulle part (ni le site, "
  "ni Facebook). Et tant qu'à faire, supprimez l'ensemble de mes données, je ne compte pas reprendre de "
  "séances.\n\nMerci de votre compréhension,\nVéronique",
  frm="Véronique Sabatier <vero.sabatier@laposte.net>", to="contact",
  quote=[(SANDRA_C, "Merci infiniment Véronique, votre témoignage est en ligne depuis ce matin !"),
         ("Véronique Sabatier <vero.sabatier@laposte.net>", "Oui pas de souci pour le publier avec mon "
          "prénom, voici le texte : « J'ai retrouvé confiance… »"),
         (SANDRA_C, "Bonjour Véronique, accepteriez-vous que je publie quelques lignes de votre retour sur mon "
          "site ?")],
  qstyle="gmail_fr")

R("fr-reply-acces-puis-effacement", ["access", "erasure"], "Re: Votre inscription au stage « Se relier à soi »",
  "Bonjour,\n\nJe ne donnerai pas suite au stage. J'aimerais en revanche recevoir une copie des informations "
  "que j'ai transmises à l'inscription (le questionnaire santé notamment), puis que vous les supprimiez.\n\n"
  "Cordialement\nD. Ferreira",
  frm="Daniela Ferreira <daniela.ferreira@gmail.com>", to="contact",
  quote=[(SANDRA_C, "Bonjour Daniela,\n\nBienvenue ! Votre pré-inscription au stage est enregistrée. Pour la "
          "finaliser, merci de compléter le questionnaire ci-joint et de régler l'acompte.\n\nSandra"),
         ("Daniela Ferreira <daniela.ferreira@gmail.com>", "Bonjour, je voudrais m'inscrire au stage d'août.")],
  qstyle="gmail_fr", html="alt")

# ------------------------------------------------------------------ subject only

R("fr-objet-seul-suppression", ["erasure"], "Merci de supprimer toutes mes données personnelles de vos fichiers",
  "", frm="Kevin Marty <kevin.marty36@gmail.com>", to="contact", cte="7bit")

R("fr-objet-seul-desabonnement", ["objection"], "Désabonnement newsletter", "",
  frm="Monique Leroux <monique.leroux@orange.fr>", to="contact")

R("fr-objet-seul-art15", ["access"], "Demande de copie de mes données (article 15 RGPD) – Lucie Barbier",
  "Envoyé de mon iPhone", frm="Lucie Barbier <lucie.barbier@icloud.com>", to="orange")

R("fr-objet-seul-nouvelle-adresse-mail", ["rectification"],
  "Nouvelle adresse mail : merci d'utiliser j.caillaud@proton.me au lieu de celle-ci", "",
  frm="Jérôme Caillaud <jerome.caillaud@hotmail.fr>", to="contact")

R("fr-objet-seul-temoignage", ["withdraw_consent"], "retirez mon témoignage du site svp", "",
  frm="Sabrina K <sabrina.k36@gmail.com>", to="contact")

R("fr-objet-seul-deces", ["post_mortem"], "Décès de M. Jean Barrault – merci de le retirer de vos listes", "",
  frm="Famille Barrault <famille.barrault@orange.fr>", to="contact")

# ------------------------------------------------------------------ one-liners

R("fr-oneliner-supprimez-moi", ["erasure"], "fichier", "Supprimez-moi de vos fichiers, merci.",
  frm="Alain Texier <alain.texier@sfr.fr>", to="orange")

R("fr-oneliner-stop-sms", ["objection"], "sms", "plus de sms pub svp merci",
  frm="Jess <jess.moreau.36@gmail.com>", to="contact", sig="Envoyé depuis mon mobile Huawei")

R("fr-oneliner-csv", ["portability"], "mes données",
  "Bjr, je voudrais récupérer mes données en csv pour les mettre ailleurs, c possible ? merci",
  frm="Théo Rigaud <theo.rigaud@outlook.fr>", to="contact")

R("fr-oneliner-geler", ["restriction"], "Mes infos",
  "Ne supprimez rien mais ne vous servez plus de mes infos en attendant que je vous rappelle. Merci. F.",
  frm="Fabienne Olivier <fabienne.olivier@orange.fr>", to="orange")

R("fr-oneliner-photos-stage", ["withdraw_consent"], "photos stage juillet",
  "Je retire mon accord pour les photos du stage de juillet.",
  frm="Gaëlle Besson <gaelle.besson@gmail.com>", to="contact", sig="Envoyé de mon iPhone")

R("fr-oneliner-pm-pere", ["post_mortem"], "Henri Lambert",
  "Mon père Henri Lambert est décédé le 3 avril. Merci de le désinscrire.",
  frm="Sophie Lambert <sophie.lambert.18@gmail.com>", to="contact", date="2025-04-22 08:51")

# ------------------------------------------------------------------ ordinary letters: access

R("fr-formel-art15-complet", ["access"], "Exercice du droit d'accès",
  "Madame,\n\nEn application de l'article 15 du RGPD, je vous prie de me communiquer :\n"
  "- une copie de l'ensemble des données personnelles me concernant que vous détenez ;\n"
  "- les finalités pour lesquelles elles sont traitées ;\n"
  "- les destinataires à qui elles ont été communiquées ;\n"
  "- leur durée de conservation ;\n- leur source, si elles n'ont pas été collectées auprès de moi.\n\n"
  "Vous trouverez ci-joint la copie de ma pièce d'identité, conformément à votre politique de confidentialité."
  "\n\nVeuillez agréer, Madame, mes salutations distinguées.\n\nYves Chabert\n12 rue de la Bourse\n"
  "36100 Issoudun",
  frm="Yves Chabert <yves.chabert@laposte.net>", to="orange",
  headers={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"},
  attach=[("pdf", "CNI_Chabert_recto_verso.pdf", "REPUBLIQUE FRANCAISE - CARTE NATIONALE D'IDENTITE - CHABERT Yves - ne le 02.05.1961")])

# NEAR-LINE: receives SMS and asks where the number came from and what else is held, but never asks to
# stop -> access only.
R("fr-acces-source-numero", ["access"], "D'où vient mon numéro ?",
  "Bonjour,\n\nJe reçois des SMS de « Floraison de Soi » depuis trois semaines alors que je n'ai jamais été "
  "cliente ni inscrite à quoi que ce soit. Je voudrais savoir d'où vous tenez mon numéro (06 58 ** ** 14) et "
  "quelles autres informations vous avez sur moi.\n\nMerci de votre réponse.\nNathalie Prévost",
  frm="Nathalie Prévost <nath.prevost@gmail.com>", to="contact")

R("fr-acces-parent-ado", ["access"], "Atelier ados – documents de ma fille",
  "Bonjour,\n\nMa fille Inès (15 ans) a suivi l'atelier « Confiance en soi » pour ados en février. En tant "
  "que maman, je souhaiterais recevoir une copie de la fiche d'inscription et du questionnaire qu'elle a "
  "rempli là-bas. Elle est d'accord.\n\nBien cordialement,\nKarima Haddad",
  frm="Karima Haddad <karima.haddad@hotmail.fr>", to="contact", html="only")

# ------------------------------------------------------------------ rectification

R("fr-rect-date-naissance-suisse", ["rectification"], "Rectification de ma date de naissance",
  "Bonjour Madame,\n\nEn relisant le récapitulatif d'inscription que vous m'avez fait parvenir, je constate "
  "que ma date de naissance est erronée : 14 mars 1979 et non 1978. Je vous prie de bien vouloir la "
  "rectifier dans vos registres.\n\nAvec mes meilleures salutations,\nDaniel Favre\nLausanne",
  frm="Daniel Favre <daniel.favre@bluewin.ch>", to="contact")

R("fr-rect-note-seance-3", ["rectification"], "Compte rendu séance 3",
  "Bonjour Sandra,\n\nDans le compte rendu de la séance 3 que vous m'avez envoyé, il est écrit que je "
  "souhaite quitter mon poste. Ce n'est pas ce que j'ai dit : je souhaite changer de service, pas quitter "
  "l'entreprise. Pouvez-vous corriger cette note dans mon dossier ? C'est important pour moi.\n\n"
  "Merci,\nHugo",
  frm="Hugo Lacroix <hugo.lacroix@gmail.com>", to="contact", html="alt")

R("fr-rect-telephone-sans-accents", ["rectification"], "nouveau num",
  "bonjour sandra c est lucas, j ai change de numero : 07 68 41 22 90 (l ancien en 06 n est plus attribue). "
  "tu peux mettre a jour ? merci bonne journee",
  frm="Lucas Ferrand <lucas.ferrand@gmail.com>", to="contact")

R("fr-rect-nom-marital", ["rectification"], "Changement de nom",
  "Bonjour Sandra,\n\nJe me suis mariée cet été ! Merci de mettre à jour mon nom : Élodie Kessler (née Brun), "
  "et mon adresse mail, qui devient elodie.kessler@outlook.fr. L'ancienne sera fermée fin septembre.\n\n"
  "Belle journée,\nÉlodie",
  frm="Élodie Brun <elodie.brun@orange.fr>", to="contact", date="2025-09-08 12:30")

# ------------------------------------------------------------------ erasure

R("fr-erase-enfoui-longue-lettre", ["erasure"], "Des nouvelles",
  "Bonjour Sandra,\n\nCela fait longtemps ! Je voulais vous donner des nouvelles : après notre travail "
  "ensemble j'ai finalement quitté la banque et j'ai ouvert un petit salon de thé à Vatan, ouvert depuis "
  "avril. Les débuts sont sportifs mais je ne regrette rien. Mes enfants vont bien, le grand passe le bac "
  "cette année.\n\nJe repense souvent à l'exercice des « trois portes », il m'a beaucoup servi.\n\n"
  "Et avant que j'oublie : comme je n'aurai plus besoin de vos services, je préférerais que tout ce qui me "
  "concerne disparaisse de vos dossiers, y compris les notes de séance. Ce n'est pas un reproche, juste une "
  "manière de clore ce chapitre.\n\nSi vous passez par Vatan, le thé est offert !\n\nBien amicalement,\n"
  "Corinne Dupuis",
  frm="Corinne Dupuis <corinne.dupuis@gmail.com>", to="contact", date="2025-05-25 17:12")

R("fr-erase-euphemisme", ["erasure"], "Tourner la page",
  "Bonjour,\n\nJ'aimerais tourner la page de cette période de ma vie, et pour moi cela passe aussi par ne "
  "plus exister dans les archives de celles et ceux qui m'ont accompagnée à ce moment-là. Je compte sur vous "
  "pour faire disparaître ce que vous avez gardé de moi.\n\nAvec ma gratitude malgré tout,\nMaud",
  frm="Maud Lebrun <maud.lebrun@icloud.com>", to="orange", sig="Envoyé de mon iPad")

R("fr-erase-polie-courte", ["erasure"], "Demande",
  "Bonjour Madame,\n\nPourriez-vous supprimer mes données ? Je vous en remercie par avance.\n\n"
  "Bien cordialement,\nArlette Vidal",
  frm="Arlette Vidal <arlette.vidal@wanadoo.fr>", to="orange", cte="8bit")

# ------------------------------------------------------------------ restriction

R("fr-restr-litige-mutuelle", ["restriction"], "Ne pas effacer mes données",
  "Bonjour Sandra,\n\nJe sais que votre politique prévoit d'effacer les données au bout d'un moment. Je vous "
  "demande de NE PAS effacer les miennes (attestations de séances, factures) : j'en aurai besoin dans mon "
  "litige avec mon ancienne mutuelle. En revanche, ne les utilisez plus pour rien d'autre que ça.\n\n"
  "Merci de votre compréhension,\nPierre-Yves Marchal",
  frm="Pierre-Yves Marchal <py.marchal@gmail.com>", to="orange")

# NEAR-LINE: says the test results are wrong and asks that they not be used until redone; no corrected
# values supplied -> restriction only.
R("fr-restr-test-personnalite", ["restriction"], "Résultats du test",
  "Bonjour,\n\nLes résultats du test de personnalité me concernant ne sont pas fiables, je l'ai rempli à la "
  "va-vite un soir de fatigue. Merci de ne plus en tenir compte et de ne pas les utiliser tant que je ne "
  "l'ai pas refait au calme.\n\nCordialement,\nÉric Baudry",
  frm="Éric Baudry <eric.baudry@laposte.net>", to="contact")

# NEAR-LINE: 'pas de relances' could read as objection, but the request is to freeze the file, keep everything, not use it -> restriction only.
R("fr-restr-conge-maternite", ["restriction"], "Mon dossier pendant mon congé",
  "Coucou Sandra,\n\nJe pars en congé maternité la semaine prochaine 🤰. Est-ce que tu peux mettre mon "
  "dossier en pause pendant ces quelques mois ? Rien n'est à supprimer, je reviendrai, mais je ne veux pas "
  "qu'il soit utilisé ni que je sois relancée en attendant.\n\nÀ bientôt,\nLéa",
  frm="Léa Charpentier <lea.charpentier@gmail.com>", to="contact")

R("fr-restr-formel-art18", ["restriction"], "Demande de limitation du traitement – article 18 RGPD",
  "Madame,\n\nJe conteste l'exactitude de plusieurs informations figurant dans la fiche de suivi établie à "
  "mon nom (situation familiale et antécédents). Conformément à l'article 18, paragraphe 1, a) du RGPD, je "
  "vous demande de limiter le traitement de ces données pendant la durée nécessaire à leur vérification.\n\n"
  "Je vous remercie de m'accuser réception de la présente.\n\nThierry Gaillard",
  frm="Thierry Gaillard <thierry.gaillard@orange.fr>", to="orange",
  attach=[("pdf", "courrier_limitation_Gaillard.pdf", "Thierry Gaillard - Demande de limitation du traitement - article 18 RGPD")])

R("fr-restr-parent-fils", ["restriction"], "Données de mon fils Nathan",
  "Bonjour Madame,\n\nMon fils Nathan (16 ans) a participé à votre atelier sur la gestion du stress au lycée. "
  "Nous contestons certaines informations notées sur la fiche qu'il a remplie sous la pression du groupe. En "
  "attendant que nous en parlions, merci de ne pas utiliser ni transmettre ses données.\n\n"
  "Sincères salutations,\nFrédéric Allard, son père",
  frm="Frédéric Allard <frederic.allard@gmail.com>", to="contact")

# ------------------------------------------------------------------ portability

R("fr-port-formel-art20", ["portability"], "Droit à la portabilité",
  "Madame,\n\nEn application de l'article 20 du RGPD, je vous demande de me transmettre les données que je "
  "vous ai fournies (fiche d'inscription, réponses aux questionnaires en ligne, historique de mes achats) "
  "dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON).\n\n"
  "Cordialement,\nAntoine Rey",
  frm="Antoine Rey <antoine.rey@proton.me>", to="orange",
  headers={"User-Agent": "Proton Mail"}, date="2025-05-02 09:12")

R("fr-port-vers-autre-plateforme", ["portability"], "Transfert de ma progression",
  "Bonjour,\n\nJe rejoins le programme d'une collègue qui utilise Podia. Pouvez-vous transférer ma "
  "progression et mes réponses du module « Oser sa place » vers son espace, ou à défaut me les donner dans un "
  "format importable ? Son contact : hello@atelier-claudia.fr.\n\nMerci !\nJustine Vial",
  frm="Justine Vial <justine.vial@gmail.com>", to="contact", html="alt")

R("fr-port-journal-exercices", ["portability"], "Journal de gratitude",
  "Bonsoir Sandra,\nJ'ai rempli le journal de gratitude en ligne pendant 90 jours dans votre espace membre. "
  "Y a-t-il moyen de me l'exporter dans un fichier que je puisse ouvrir avec un tableur ? Je voudrais "
  "continuer dans mon propre carnet numérique.\nBonne soirée, Anaïs",
  frm="Anaïs Petitjean <anais.petitjean@free.fr>", to="contact")

R("fr-port-messages-groupe", ["portability"], "Messages du groupe privé",
  "Bonjour Sandra, le groupe privé de la promo 2024 va être fermé d'après ton dernier message. Est-ce que je "
  "peux récupérer mes publications et mes échanges dans un fichier (format texte ou tableur) pour les garder "
  "et les réutiliser ? Merci, Rachid",
  frm="Rachid Benali <rachid.benali@outlook.com>", to="contact")

# ------------------------------------------------------------------ objection

R("fr-obj-profilage", ["objection"], "Suivi de mes clics",
  "Bonjour,\n\nJ'ai remarqué que les mails que je reçois de vous changent selon les liens sur lesquels j'ai "
  "cliqué. Je m'oppose à ce suivi et à tout profilage à partir de ma navigation ou de mes ouvertures de "
  "mails.\n\nSalutations,\nGilles Masson",
  frm="Gilles Masson <gilles.masson@gmx.fr>", to="contact")

# NEAR-LINE: use of her data for statistics (not a questionnaire-use consent) -> objection, per policy.
R("fr-obj-statistiques", ["objection"], "Statistiques annuelles",
  "Bonjour Sandra,\n\nDans ton bilan d'activité tu indiques que les données des participants servent à "
  "établir des statistiques. Je ne souhaite pas que les miennes y figurent, même anonymisées. Merci de m'en "
  "retirer.\n\nAmitiés,\nMuriel",
  frm="Muriel Pasquier <muriel.pasquier@orange.fr>", to="contact")

# ------------------------------------------------------------------ withdraw consent

R("fr-wc-video-youtube", ["withdraw_consent"], "Vidéo témoignage YouTube",
  "Bonjour Sandra,\n\nJe t'avais autorisée à diffuser la petite vidéo où je raconte mon parcours, sur ta "
  "chaîne YouTube. Mon nouvel employeur est tombé dessus et je préfère qu'elle soit retirée. Je retire donc "
  "mon autorisation. Désolée pour le contretemps !\n\nKarine",
  frm="Karine Bouchet <karine.bouchet@gmail.com>", to="contact",
  attach=[("png", "capture_youtube.png")])

R("fr-wc-enregistrement-supervision", ["withdraw_consent"], "Enregistrement des séances",
  "Bonjour Madame Delomenie,\n\nJe vous avais autorisée à enregistrer nos séances pour votre supervision. "
  "Après réflexion, je retire cette autorisation, pour les séances à venir comme pour celles déjà "
  "enregistrées.\n\nBien à vous,\nMartine Ollivier",
  frm="Martine Ollivier <martine.ollivier@orange.fr>", to="orange")

R("fr-wc-donnees-sante", ["withdraw_consent"], "Consentement données de santé",
  "Bonjour,\nÀ l'inscription j'ai signé le consentement pour que vous notiez des informations sur ma santé "
  "(traitement, sommeil). Je retire ce consentement à partir d'aujourd'hui.\nMerci,\nSerge Poulain",
  frm="Serge Poulain <serge.poulain@free.fr>", to="contact")

# ------------------------------------------------------------------ post mortem

R("fr-pm-notaire-acte", ["post_mortem"], "Succession de Madame Jacqueline Rousseau – réf. 2025/0417",
  "Madame,\n\nJe suis chargée du règlement de la succession de Madame Jacqueline Rousseau, décédée le "
  "18 février 2025 à Issoudun, qui semble avoir été votre cliente.\n\nÀ la demande de ses héritiers, je vous "
  "remercie de bien vouloir procéder à la clôture de tout compte ouvert à son nom et à la suppression des "
  "données la concernant, sous réserve de vos obligations légales de conservation. Vous trouverez ci-joint "
  "l'acte de décès.\n\nJe vous prie d'agréer, Madame, l'expression de mes sentiments distingués.\n\n"
  "Pour Maître Anne Colin, notaire\nClémence Barbe, clerc\nOffice notarial Colin – 2 rue de la Sous-Préfecture "
  "– 36100 Issoudun",
  frm="Office notarial Colin <office.colin@notaires.fr>", to="orange",
  attach=[("pdf", "acte_deces_Rousseau.pdf", "EXTRAIT D'ACTE DE DECES - Jacqueline ROUSSEAU - decedee le 18 fevrier 2025 a Issoudun (Indre)")], date="2025-04-10 15:03")

R("fr-pm-directives-propres", ["post_mortem"], "Mes directives pour après",
  "Bonjour Sandra,\n\nJe suis gravement malade, vous le savez, et je mets mes affaires en ordre. Je voudrais "
  "que, le jour où je ne serai plus là, les notes de nos séances soient détruites sans être lues par "
  "quiconque, et que ma fille Alice soit seulement informée que mon dossier a été fermé. Je vous l'écris "
  "pour que ce soit noté quelque part.\n\nAvec toute mon affection,\nGeneviève",
  frm="Geneviève Marin <genevieve.marin@orange.fr>", to="orange")

R("fr-pm-frere-notes", ["post_mortem"], "Ma sœur Laure Giraud",
  "Bonjour,\n\nMa sœur Laure Giraud était suivie par vous en 2024. Elle s'est donné la mort au mois de mai. "
  "Notre famille cherche à comprendre. Serait-il possible d'obtenir une copie des notes de ses séances ? "
  "Je suis son frère et j'ai l'accord de nos parents.\n\nMerci de votre humanité,\nVincent Giraud",
  frm="Vincent Giraud <vincent.giraud@gmail.com>", to="contact", date="2025-07-01 21:07")

R("fr-pm-notaire-docx", ["post_mortem"], "Dossier succession M. Raymond Perrot",
  "Madame,\n\nNous vous prions de trouver ci-joint un courrier relatif à la succession de M. Raymond Perrot, "
  "ancien participant de vos ateliers. Les héritiers souhaitent connaître les données que vous conservez à "
  "son nom et qu'elles soient ensuite effacées.\n\nService successions\nSCP Lemaître & Associés, notaires à "
  "Châteauroux",
  frm="SCP Lemaître & Associés <successions@scp-lemaitre-notaires.fr>", to="contact",
  attach=[("docx", "Courrier_Perrot_RGPD.docx", "Succession de M. Raymond Perrot\nDemande relative aux donnees personnelles du defunt\nSCP Lemaitre & Associes")])

R("fr-pm-suisse-directives", ["post_mortem"], "Directives anticipées – mes données",
  "Chère Madame,\n\nJe rédige en ce moment mes directives anticipées et, sur le conseil de mon notaire, je "
  "vous adresse aussi les miennes concernant mes données. À mon décès, je souhaite que toutes les "
  "informations me concernant chez vous soient effacées, à l'exception de mon témoignage écrit, que vous "
  "pouvez conserver. Mon neveu, M. Cédric Rochat, sera mon interlocuteur.\n\nAvec mes cordiales "
  "salutations,\nJean-Marc Rochat\nNeuchâtel",
  frm="Jean-Marc Rochat <jm.rochat@bluewin.ch>", to="orange")

R("fr-pm-belge-belle-mere", ["post_mortem"], "Madame Godelieve Peeters",
  "Bonjour Madame,\n\nJe me permets de vous écrire au nom de mon épouse : sa maman, Madame Godelieve "
  "Peeters, est décédée à Liège le mois passé. Elle avait suivi votre formation en ligne. Nous aimerions "
  "que son accès soit fermé et que ses données ne soient plus gardées. Vous voudrez bien nous dire s'il faut "
  "un document.\n\nBien à vous,\nLuc Hermans",
  frm="Luc Hermans <luc.hermans@skynet.be>", to="contact")

# ------------------------------------------------------------------ multi-right

R("fr-multi-acces-rect-formel", ["access", "rectification"], "Copie et correction de mes données",
  "Madame,\n\nJe souhaite recevoir une copie des données personnelles que vous détenez à mon sujet. Par "
  "ailleurs, l'adresse enregistrée est erronée : il s'agit du 9 rue Jean Moulin, et non du 4, 36100 Issoudun. "
  "Merci de la corriger.\n\nSalutations,\nRobert Fleury",
  frm="Robert Fleury <robert.fleury@wanadoo.fr>", to="orange")

R("fr-multi-acces-rect-informel", ["access", "rectification"], "ma fiche",
  "coucou ! tu peux m'envoyer ma fiche stp ? je crois que mon prénom est mal écrit dessus, c'est Maëlys avec "
  "le tréma et un y, pas Maelis 😅 tu corriges ? merciii",
  frm="Maëlys Gomez <maelys.gomez@gmail.com>", to="contact", sig="Envoyé de mon iPhone")

R("fr-multi-photos-et-tout", ["erasure", "withdraw_consent"], "Photos et données",
  "Bonjour,\n\nJe souhaite que les photos de moi prises pendant le stage de juillet soient retirées de votre "
  "site et de votre page Instagram. Je retire mon consentement. Je vous demande également de supprimer toutes "
  "les autres données me concernant.\n\nMerci,\nÉmilie Carré",
  frm="Émilie Carré <emilie.carre@outlook.fr>", to="contact",
  headers={"X-Mailer": "Outlook for Android"})

R("fr-multi-acces-port-nouveau-coach", ["access", "portability"], "Mon dossier",
  "Bonjour Sandra,\n\nJ'aimerais voir tout ce que vous avez gardé me concernant, et en avoir une version "
  "fichier (pas papier) que je pourrai transmettre à mon nouveau coach à Tours.\n\nMerci d'avance,\nDamien",
  frm="Damien Royer <damien.royer@icloud.com>", to="contact", sig="Envoyé de mon iPhone")

R("fr-multi-erase-obj-desinscrire", ["erasure", "objection"], "STOP",
  "Désinscrivez-moi de toutes vos listes et supprimez mon contact. Je ne vous ai jamais rien demandé.",
  frm="Luc Perret <luc.perret@laposte.net>", to="contact")

R("fr-multi-restr-acces-1", ["access", "restriction"], "Mes données – suite à notre désaccord",
  "Bonjour,\n\nSuite à notre désaccord sur le contenu du bilan, je vous demande deux choses : m'envoyer la "
  "copie de tout ce que vous avez noté me concernant, et d'ici là ne plus utiliser ce bilan (ni le "
  "transmettre à qui que ce soit).\n\nCordialement,\nSandrine Huet",
  frm="Sandrine Huet <sandrine.huet@gmail.com>", to="contact")

R("fr-multi-restr-acces-2", ["access", "restriction"], "Demande",
  "Madame Delomenie,\nJe conteste l'exactitude de ce qui a été écrit dans le compte rendu remis à mon "
  "employeur. Je souhaite que vous cessiez d'utiliser ces données tant que le désaccord n'est pas réglé, et "
  "que vous me transmettiez une copie de l'intégralité des informations me concernant.\nM. Lopez",
  frm="Manuel Lopez <manuel.lopez@brunet-logistique.fr>", to="orange",
  cc="Me Hélène Carpentier <h.carpentier@avocats-bourges.fr>",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})

R("fr-multi-obj-wc-temoignage", ["objection", "withdraw_consent"], "Plus de newsletter + témoignage",
  "Bonjour,\nPlus de newsletter pour moi s'il vous plaît. Et retirez aussi mon témoignage de la page "
  "« Ils en parlent », je ne suis plus d'accord pour qu'il soit publié.\nMerci, Hélène",
  frm="Hélène Costa <helene.costa@yahoo.fr>", to="contact")

R("fr-multi-port-erase", ["erasure", "portability"], "Export puis suppression",
  "Bonjour,\n\nAvant que vous supprimiez mon compte de formation et toutes les données qui y sont liées, "
  "pouvez-vous m'exporter mes réponses aux exercices au format CSV ?\n\nMerci,\nAdrien Collet",
  frm="Adrien Collet <adrien.collet@gmail.com>", to="contact")

R("fr-multi-acces-obj-provenance", ["access", "objection"], "Provenance de mon adresse",
  "Bonjour,\n\nJe reçois votre newsletter sans jamais m'y être inscrite. Merci de m'indiquer comment vous "
  "avez obtenu mon adresse, et de ne plus me contacter.\n\nCordialement,\nValérie Marchetti",
  frm="Valérie Marchetti <valerie.marchetti@free.fr>", to="contact")

# NEAR-LINE: 'don't delete, don't use' is restriction; the newsletter stop adds objection.
R("fr-multi-restr-obj", ["objection", "restriction"], "Mes coordonnées",
  "Bonjour,\nJe ne vous demande pas de supprimer mes données (j'aurai peut-être besoin de mes attestations "
  "un jour), mais ne les utilisez plus. Et plus de newsletter non plus, merci.\nDominique",
  frm="Dominique Faure <dominique.faure@orange.fr>", to="orange")
