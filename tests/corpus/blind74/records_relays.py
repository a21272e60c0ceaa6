"""Voicemail/SMS/chat bridges and relays by other people (assistant, spouse, HR, colleagues)."""
from rec import R

VM = ("Messagerie Vocale Orange", "messagerie-vocale@orange-business.fr")
SMS = ("Transfert SMS", "sms-relay@floraisondesoi.fr")
ZAP = ("Zapier", "no-reply@zapier.com")
MAELLE = ("Maëlle Girard", "maelle.girard.assistante@gmail.com")
CORALIE = ("Secrétariat Pôle Bien-Être", "secretariat@pole-bienetre-issoudun.fr")


def vm(num, when, dur, transcript):
    return ("Vous avez reçu un nouveau message vocal.\n\nDe : %s\nLe : %s\nDurée : %s\n\n"
            "Transcription automatique (peut contenir des erreurs) :\n« %s »\n\n"
            "Le message audio est joint à ce mail. Pour le supprimer de votre messagerie, composez le 888.\n"
            "— Service Messagerie Vocale Visuelle" % (num, when, dur, transcript))


def vm_en(num, when, dur, transcript):
    return ("Vous avez reçu un nouveau message vocal.\n\nDe : %s\nLe : %s\nDurée : %s\n\n"
            "Transcription automatique (langue détectée : anglais) :\n« %s »\n\n"
            "Le message audio est joint à ce mail.\n— Service Messagerie Vocale Visuelle" % (num, when, dur, transcript))


def sms(num, when, text):
    return "De : %s\nReçu : %s\n\n%s\n\n-- \nTransféré automatiquement par SMS Forwarder (Android)" % (num, when, text)


def wa(name, num, text):
    return ("Nouveau message WhatsApp Business\n\nContact : %s\nNuméro : %s\n\nMessage :\n%s\n\n"
            "---\nZap « WhatsApp Business → e-mail » · Gérer ce Zap : https://zapier.com/app/zaps" % (name, num, text))


RECORDS = [
    R("fr-vm-carre-tout-enlever", ["erasure"], "Nouveau message vocal de 06 47 21 88 10",
      vm("06 47 21 88 10", "12/03/2025 à 09:14", "0 min 48 s",
         "Oui bonjour madame Delomenie c'est Monique Carré, j'étais venue chez vous pour des séances il y a "
         "quelques années. Voilà je voudrais que vous enleviez toutes mes coordonnées et tout ce que vous avez sur "
         "moi de vos fichiers, je ne souhaite plus rien recevoir et plus figurer nulle part. Voilà merci, au revoir."),
      frm=VM, atts=[("wav", "message_0647218810.wav", "")]),
    R("fr-vm-retard-rdv", [], "Nouveau message vocal de 06 19 73 40 02",
      vm("06 19 73 40 02", "07/05/2025 à 13:52", "0 min 17 s",
         "Oui Sandra c'est Élodie, je suis coincée derrière un tracteur sur la départementale, j'aurai un bon quart "
         "d'heure de retard, désolée, à tout à l'heure."),
      frm=VM, atts=[("wav", "message_0619734002.wav", "")]),
    R("fr-vm-notaire-succession", ["post_mortem"], "Nouveau message vocal de 02 54 21 06 30",
      vm("02 54 21 06 30", "22/09/2025 à 10:31", "1 min 05 s",
         "Bonjour madame, maître Lucas Fabre, office notarial de Vatan. Je vous appelle dans le cadre de la "
         "succession de monsieur René Boisseau décédé en juillet. Les héritiers souhaitent savoir si vous détenez "
         "encore des documents à son nom et, le cas échéant, qu'ils soient supprimés. Je vous confirme tout cela "
         "par courrier, vous pouvez me rappeler au 02 54 21 06 30. Bonne journée."),
      frm=VM, atts=[("wav", "message_0254210630.wav", "")]),
    R("fr-vm-ne-rien-detruire", ["restriction"], "Nouveau message vocal de 07 81 36 25 44",
      vm("07 81 36 25 44", "03/02/2026 à 18:07", "0 min 56 s",
         "Bonsoir c'est Laurent Mercier. Euh je vous appelle parce que le compte rendu que vous avez fait pour la "
         "médecine du travail il est pas juste, y a des choses que j'ai pas dites. Je vous demande de pas le "
         "détruire hein, mais de plus vous en servir et de plus l'envoyer à personne tant qu'on en a pas reparlé. "
         "Rappelez-moi quand vous pouvez."),
      frm=VM, atts=[("wav", "message_0781362544.wav", "")]),
    R("en-vm-what-do-you-hold", ["access"], "Nouveau message vocal de +44 7700 900412",
      vm_en("+44 7700 900412", "18/06/2025 à 16:40", "0 min 39 s",
            "Hi Sandra, it's Emma Holloway, I did the weekend retreat with you in 2024. I'm doing a bit of a data "
            "clean-up in my life, could you email me a copy of whatever personal information you still have on me? "
            "My address is emma dot holloway at gmail. Thanks so much, bye."),
      frm=VM, atts=[("wav", "message_447700900412.wav", "")]),
    R("fr-vm-annule-seance", [], "Nouveau message vocal de 06 02 58 93 17",
      vm("06 02 58 93 17", "28/11/2025 à 08:03", "0 min 21 s",
         "Bonjour c'est Patricia Nguyen, je ne pourrai pas venir à la séance de jeudi, je suis malade. Vous "
         "pouvez supprimer le créneau, je vous rappelle pour en reprendre un. Merci."),
      frm=VM, atts=[("wav", "message_0602589317.wav", "")]),
    R("fr-vm-transcription-indispo", [], "Nouveau message vocal de numéro masqué",
      "Vous avez reçu un nouveau message vocal.\n\nDe : numéro masqué\nLe : 14/01/2026 à 11:26\nDurée : 0 min 04 s\n\n"
      "Transcription indisponible (message trop court ou inaudible).\n\nLe message audio est joint à ce mail.\n"
      "— Service Messagerie Vocale Visuelle",
      frm=VM, atts=[("wav", "message_masque.wav", "")]),
    R("fr-vm-apres-ma-mort", ["post_mortem"], "Nouveau message vocal de 06 33 90 12 75",
      vm("06 33 90 12 75", "09/10/2025 à 15:12", "1 min 12 s",
         "Bonjour Sandra, c'est Henri Delorme. Je sors de chez le cancérologue, bon, on en parlera. Je voulais vous "
         "dire une chose, pour quand je ne serai plus là : je ne veux pas que mes enfants aient accès à nos séances, "
         "vos notes tout ça, vous les détruisez. C'est tout. Je vous l'écrirai aussi. Merci pour tout."),
      frm=VM, atts=[("wav", "message_0633901275.wav", "")]),
    R("fr-vm-nouvelle-adresse", ["rectification"], "Nouveau message vocal de 06 74 02 66 39",
      vm("06 74 02 66 39", "30/04/2025 à 12:45", "0 min 33 s",
         "Allô oui c'est madame Jacquet Simone, pour les factures, j'ai déménagé, c'est 9 impasse des Tanneurs à "
         "Issoudun maintenant, plus la rue de la Gare. Faudrait changer dans vos papiers. Merci madame."),
      frm=VM, atts=[("wav", "message_0674026639.wav", "")]),
    R("en-vm-wrong-number", [], "Nouveau message vocal de +33 6 55 10 72 81",
      vm_en("+33 6 55 10 72 81", "02/08/2025 à 19:58", "0 min 14 s",
            "Hey Mike it's Dave, we're at the campsite near the lake, call me back when you land. Cheers."),
      frm=VM, atts=[("wav", "message_33655107281.wav", "")]),
    R("en-vm-send-files-new-therapist", ["portability"], "Nouveau message vocal de +32 470 12 34 56",
      vm_en("+32 470 12 34 56", "11/12/2025 à 10:09", "0 min 51 s",
            "Hello Sandra, Kristof Peeters speaking. I'm starting with a therapist in Ghent and she asked if you "
            "could transfer my intake questionnaire and progress tracker to her directly, ideally as files she can "
            "open in her software, not a scan. I'll email you her details. Thank you!"),
      frm=VM, atts=[("wav", "message_32470123456.wav", "")]),
    # NEAR-LINE: "STOP" replied to a marketing SMS campaign = unsubscribe from SMS -> objection
    R("fr-sms-stop-campagne", ["objection"], "SMS de +33 6 88 14 27 05",
      sms("+33 6 88 14 27 05", "vendredi 16 mai 2025, 19:42", "STOP. Et merci de ne plus m'envoyer vos promos."),
      frm=SMS),
    R("fr-sms-retard-parking", [], "SMS de +33 7 52 40 18 96",
      sms("+33 7 52 40 18 96", "lundi 3 mars 2025, 17:58", "Jsuis devant mais pas de place pour me garer jarrive dans 5 min"),
      frm=SMS),
    R("fr-sms-nouvelle-adresse-mail", ["rectification"], "SMS de +33 6 21 09 55 63",
      sms("+33 6 21 09 55 63", "mardi 24 juin 2025, 08:12",
          "Bjr Sandra c Leïla. Mon adresse mail a changé : leila.amrani.pro@gmail.com. Lancienne (leila.a@sfr.fr) "
          "tu peux la virer, elle est fermée. Bisous"),
      frm=SMS),
    R("fr-sms-retire-photo", ["withdraw_consent"], "SMS de +33 6 40 77 31 28",
      sms("+33 6 40 77 31 28", "dimanche 7 septembre 2025, 21:05",
          "Coucou c'est Anaïs. La photo du stage où je suis en larmes sur ton site 😬 tu peux l'enlever stp ? "
          "j'avais dit ok mais en fait non"),
      frm=SMS),
    R("fr-sms-merci-seance", [], "SMS de +33 6 97 64 20 11",
      sms("+33 6 97 64 20 11", "jeudi 20 novembre 2025, 20:31",
          "Merci encore pour aujourd'hui, j'ai fait l'exercice de respiration ce soir ça marche !! A dans 15 j"),
      frm=SMS),
    R("fr-sms-fils-maman-decedee", ["post_mortem"], "SMS de +33 6 58 02 44 79",
      sms("+33 6 58 02 44 79", "mercredi 14 janvier 2026, 09:47",
          "Bonjour, je suis le fils de Mme Paulette Girault. Maman nous a quittés la semaine dernière. Merci de ne "
          "plus lui envoyer de messages et d'effacer son dossier. Cordialement, Alain Girault"),
      frm=SMS),
    R("fr-sms-garder-mais-pas-utiliser", ["restriction"], "SMS de +33 7 69 31 80 52",
      sms("+33 7 69 31 80 52", "samedi 11 octobre 2025, 10:20",
          "Bonjour Sandra, Coline Baudry. Suite à notre échange : ne supprimez pas mes fiches, j'en aurai besoin "
          "pour le dossier MDPH, mais d'ici là merci de ne pas les utiliser pour quoi que ce soit. Merci"),
      frm=SMS),
    R("fr-sms-code-promo", [], "SMS de 38100",
      sms("38100", "mardi 2 décembre 2025, 11:00",
          "VistaPrint : -30% sur vos cartes de visite avec le code NOEL30 jusqu'au 10/12. STOP au 36180"),
      frm=SMS),
    # NEAR-LINE: asks to delete her number from the SMS list (no new value) = opting out of SMS -> objection
    R("en-sms-delete-my-number", ["objection"], "SMS de +44 7911 123456",
      sms("+44 7911 123456", "Thursday 4 September 2025, 14:33",
          "Hi, this is Jess (retreat 2024). Please remove my number from your text message list, I get charged "
          "for international SMS. Thanks!"),
      frm=SMS),
    R("fr-wa-acces-messages-groupe", ["access"], "[WhatsApp] Nouveau message de Lucie Fontaine (+33 6 12 80 45 93)",
      wa("Lucie Fontaine", "+33 6 12 80 45 93",
         "Bonjour Sandra, pouvez-vous me dire précisément quelles données vous avez sur moi (fiche, notes, "
         "échanges du groupe de la formation) et m'en envoyer une copie ? C'est pour un dossier perso. Merci !"),
      frm=ZAP),
    R("fr-wa-quitter-groupe-effacer", ["erasure"], "[WhatsApp] Nouveau message de Yannick Brault (+33 6 29 41 70 38)",
      wa("Yannick Brault", "+33 6 29 41 70 38",
         "Salut, merci de me sortir du groupe des anciens du stage et d'effacer mes messages, mon numéro et ma "
         "photo de tous tes fichiers. J'ai tourné la page. Bonne continuation."),
      frm=ZAP),
    R("fr-wa-horaire-atelier", [], "[WhatsApp] Nouveau message de Sophie M. (+33 6 44 92 05 17)",
      wa("Sophie M.", "+33 6 44 92 05 17", "Coucou ! l'atelier de samedi c'est bien 9h30 ? et on apporte un tapis ?"),
      frm=ZAP),
    R("fr-wa-retrait-audio-podcast", ["withdraw_consent"], "[WhatsApp] Nouveau message de Fanny Rigaud (+33 7 58 20 63 14)",
      wa("Fanny Rigaud", "+33 7 58 20 63 14",
         "Bonjour Sandra, pour le podcast où tu as mis mon témoignage audio : je préfère finalement qu'il ne soit "
         "plus diffusé. Je retire mon accord, tu peux le retirer des plateformes ? Désolée pour le contretemps."),
      frm=ZAP),
    R("fr-wa-portabilite-tableur", ["portability"], "[WhatsApp] Nouveau message de Damien Caillaud (+33 6 83 57 12 60)",
      wa("Damien Caillaud", "+33 6 83 57 12 60",
         "Bonsoir, est-ce que tu pourrais m'exporter mes suivis d'objectifs et mes réponses aux bilans dans un "
         "fichier Excel ou CSV ? Je veux les reprendre dans mon appli de suivi. Merci d'avance"),
      frm=ZAP),
    R("en-wa-dont-delete-stop-using", ["restriction"], "[WhatsApp] Nouveau message de Ben Carter (+44 7700 900981)",
      wa("Ben Carter", "+44 7700 900981",
         "Hi Sandra, quick one: please don't delete anything from my file, my solicitor may need it, but stop "
         "using it for anything at all until I tell you otherwise (no follow-ups, no sharing). Thanks Ben"),
      frm=ZAP),
    # NEAR-LINE: her own assistant relays a phone request from a client -> counted as the client's request
    R("fr-assist-tel-mme-rabier-effacement", ["erasure"], "Appel Mme Rabier - suppression",
      "Bonjour Sandra,\n\nMme Josiane Rabier a appelé ce matin au secrétariat (tu étais en séance). Elle demande "
      "que toutes ses données soient supprimées : fiche, notes, adresse mail, tout. Elle m'a dit qu'elle "
      "t'enverrait une copie de sa carte d'identité si tu en as besoin.\nSon numéro : 06 70 21 39 84.\n\n"
      "Je te laisse gérer, dis-moi si je dois faire quelque chose dans Systeme.io.\n\nMaëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-report-rdv", [], "Mme Caron décale son rdv",
      "Coucou Sandra,\nMme Caron a appelé : elle ne peut pas jeudi 10h, elle préfère vendredi 14h si c'est libre. "
      "J'ai regardé ton agenda, ça a l'air bon, je lui confirme ?\nBonne journée !\nMaëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-relai-merci", [], "Message de M. Poirier",
      "Sandra,\n\nM. Poirier est passé déposer une boîte de chocolats au cabinet pour toi, avec ce mot : « Merci "
      "pour votre patience, j'ai enfin signé mon nouveau contrat ». Je l'ai mise dans ton tiroir.\n\nCoralie\n"
      "Secrétariat partagé — Pôle Bien-Être d'Issoudun",
      frm=CORALIE, to="contact"),
    R("fr-assist-relai-portabilite", ["portability"], "Demande de M. Vasseur (transfert de dossier)",
      "Bonjour Madame Delomenie,\n\nM. Arnaud Vasseur s'est présenté à l'accueil. Il change de praticien et "
      "souhaite que son dossier (questionnaires, fiches de suivi) soit transmis directement à son nouveau "
      "sophrologue, M. Tual, dans un format informatique que celui-ci pourra importer. Coordonnées de M. Tual : "
      "cabinet.tual@orange.fr.\n\nM. Vasseur a signé la demande ci-jointe.\n\nBien cordialement,\nCoralie Meunier\n"
      "Secrétariat partagé — Pôle Bien-Être d'Issoudun",
      frm=CORALIE, to="orange",
      atts=[("pdf", "demande_Vasseur_signee.pdf",
             "Je soussigne Arnaud Vasseur demande le transfert de mes donnees de suivi\nau format numerique a M. Tual, sophrologue.\nSigne le 12/02/2026")]),
    R("fr-assist-fille-pere-decede", ["post_mortem"], "Appel de la fille de M. Chevalier",
      "Sandra,\n\nTriste nouvelle : la fille de M. Roger Chevalier a appelé, son père est décédé fin août. Elle "
      "aimerait récupérer les carnets qu'il avait remplis pendant ses séances, s'ils existent encore, et que le "
      "reste soit détruit. Elle rappellera lundi. Tél : 06 15 60 88 27 (Mme Nadia Chevalier).\n\nJe suis désolée, "
      "je sais que tu l'aimais bien.\nMaëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-question-conservation", [], "question d'une cliente",
      "Sandra, une cliente m'a demandé au téléphone si tu avais « le droit » de garder ses notes pendant 10 ans "
      "après la fin du suivi. Je n'ai pas su quoi répondre. Tu peux me dire ce que je dois dire la prochaine fois ?\n"
      "Merci, Maëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-relai-limitation", ["restriction"], "M. Gautier — ne pas utiliser son dossier",
      "Bonjour Sandra,\n\nM. Serge Gautier a téléphoné, assez tendu. Il conteste ce qui est écrit dans la synthèse "
      "de son bilan de compétences (notamment l'histoire de l'arrêt maladie). Il demande que le document ne soit "
      "plus utilisé ni transmis tant que vous n'en avez pas parlé ensemble, mais qu'il soit conservé tel quel.\n\n"
      "Maëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-relai-rectif-mail", ["rectification"], "Changement d'adresse mail de Mme Roy",
      "Hello Sandra,\nMme Catherine Roy m'a demandé de remplacer son adresse catherine.roy@neuf.fr (qui ne marche "
      "plus) par croy.issoudun@gmail.com dans ta base. Je n'ai pas les droits sur le fichier clients, je te laisse "
      "faire la modif.\nMaëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-relai-newsletter", ["objection"], "désinscription Mme Lopez",
      "Sandra, Mme Alicia Lopez était à l'accueil ce matin. Elle ne veut plus recevoir la newsletter ni les "
      "invitations aux ateliers. Adresse : alicia.lopez36@gmail.com. Moi je n'ai pas accès à Systeme.io.\n"
      "Coralie — secrétariat partagé",
      frm=CORALIE, to="contact"),
    R("fr-assist-relai-acces-portabilite", ["access", "portability"], "Demande de M. Lacroix",
      "Bonjour Sandra,\n\nM. Benoît Lacroix voudrait savoir exactement ce que tu as conservé le concernant depuis "
      "son accompagnement de 2023, et recevoir ses fiches de suivi sous forme de fichier exploitable (il parle d'un "
      "export CSV) pour les donner à son médecin du travail. Il a laissé son mail : b.lacroix@laposte.net.\n\n"
      "Maëlle",
      frm=MAELLE, to="contact"),
    R("fr-assist-annulation-formation-entreprise", [], "Annulation formation SARL Moreau",
      "Sandra,\nLa SARL Moreau (Mme Petit, RH) annule la session « Gestion des conflits » du 18 pour cause de "
      "restructuration. Ils demandent si l'acompte peut être reporté sur une date en mars. Je leur ai dit que tu "
      "les rappellerais.\nCoralie",
      frm=CORALIE, to="contact"),
    # NEAR-LINE: husband asks on his own initiative about his (living) wife's data -> negative
    R("fr-conjoint-pour-sa-femme", [], "pour ma femme",
      "Bonjour,\n\nMa femme Isabelle a suivi des séances chez vous l'an dernier. Elle voudrait que vous supprimiez "
      "ses données, elle n'ose pas vous écrire. Pouvez-vous le faire et me confirmer ?\n\nMerci,\nPhilippe Gaudin\n\n"
      "Envoyé de mon iPhone",
      frm=("Philippe Gaudin", "ph.gaudin@icloud.com")),
    R("fr-conjoint-report-seance", [], "Séance de Corinne",
      "Bonjour Madame, je vous écris pour ma compagne Corinne qui a perdu sa voix (laryngite) : elle ne pourra pas "
      "venir mardi. Elle vous propose de reporter à la semaine suivante, même heure. Bien cordialement, Marc",
      frm=("Marc Thévenin", "marc.thevenin@free.fr")),
    # NEAR-LINE: written from the husband's address but by the data subject herself, signed -> her own request
    R("fr-adresse-du-mari-cest-moi", ["access"], "Sylvie Hamon (depuis l'adresse de mon mari)",
      "Bonjour Sandra,\n\nC'est Sylvie Hamon qui vous écrit, depuis l'adresse de mon mari car la mienne est "
      "piratée. Pourriez-vous m'envoyer la liste des informations que vous avez me concernant, et à qui elles "
      "ont été transmises (je pense à la plateforme de formation) ? Répondez-moi plutôt par courrier au 3 rue "
      "des Lilas, Issoudun.\n\nMerci,\nSylvie",
      frm=("Jean-Marc Hamon", "jm.hamon@orange.fr")),
    R("en-widow-husband-passed", ["post_mortem"], "My husband, Richard Allen",
      "Dear Ms Delomenie,\n\nI'm sorry to write with sad news. My husband Richard Allen, who attended your "
      "residential course in Berry two years ago, passed away in February. I keep receiving your newsletter in his "
      "name. As his widow and executor, I would ask you to close his file and to delete whatever you hold about "
      "him. I can send the death certificate if needed.\n\nKind regards,\nMargaret Allen",
      frm=("Margaret Allen", "maggie.allen@btinternet.com")),
    R("fr-veuf-epouse-decedee", ["post_mortem"], "Danièle",
      "Madame,\nDanièle nous a quittés le 2 novembre. Elle parlait souvent de vos ateliers, ça lui faisait du bien. "
      "Je voudrais récupérer les textes qu'elle avait écrits pendant les ateliers d'écriture, s'il vous en reste. "
      "Pour le reste faites comme vous devez faire.\nGérard Baillon\n(son mari)",
      frm=("gerard baillon", "gerard.baillon@wanadoo.fr")),
    # NEAR-LINE: HR forwards the trainee's own request, trainee in Cc; the content is his own request -> access
    R("fr-rh-transfert-demande-stagiaire", ["access"], "TR: copie de mon évaluation",
      "Bonjour Madame Delomenie,\n\nM. Kader Belkacem, qui a suivi votre formation management en octobre, nous a "
      "demandé de vous transmettre sa demande ci-dessous car il n'avait pas votre adresse. Je le mets en copie pour "
      "que vous puissiez lui répondre directement.\n\nCordialement,\nÉmilie Rousset\nResponsable RH — Transports "
      "Berrichons",
      frm=("Émilie Rousset", "e.rousset@transports-berrichons.fr"), cc="Kader Belkacem <k.belkacem@transports-berrichons.fr>",
      mailer="Microsoft Outlook 16.0",
      quote=dict(style="outlook", who=("Kader Belkacem", "k.belkacem@transports-berrichons.fr"),
                 to="Émilie Rousset <e.rousset@transports-berrichons.fr>", subject="copie de mon évaluation",
                 text="Émilie,\nPeux-tu faire suivre à la formatrice : je voudrais avoir une copie de mon "
                      "auto-évaluation et de la grille qu'elle a remplie sur moi pendant la formation. C'est pour moi, "
                      "pas pour le service.\nMerci\nKader")),
    R("fr-rh-feuilles-emargement", [], "Feuilles d'émargement formation « Prise de parole »",
      "Bonjour Madame,\n\nPour notre dossier OPCO, pourriez-vous nous transmettre les feuilles d'émargement "
      "signées et les attestations de fin de formation des 8 salariés ayant suivi « Prise de parole en public » "
      "les 4 et 5 mars ? Ainsi que la facture acquittée.\n\nBien cordialement,\nSandrine Blot\nService RH — "
      "Laiterie du Boischaut",
      frm=("Sandrine Blot", "rh@laiterie-boischaut.fr"), mailer="Microsoft Outlook 16.0"),
    # NEAR-LINE: HR asks what data she holds on their employees -> third party asking about other adults -> negative
    R("fr-rh-donnees-salaries", [], "Données de nos collaborateurs",
      "Bonjour,\n\nDans le cadre de notre registre RGPD, pouvez-vous nous indiquer quelles données vous avez "
      "conservées sur nos collaborateurs qui ont bénéficié de vos séances de coaching financées par l'entreprise "
      "(noms, comptes rendus, évaluations) ? Nous souhaitons également savoir si certains comptes rendus peuvent "
      "nous être communiqués.\n\nCordialement,\nDirection des Ressources Humaines\nGroupe Vercors Emballages",
      frm=("DRH Vercors Emballages", "drh@vercors-emballages.fr")),
    R("en-hr-po-number-invoice", [], "PO number for the February workshop",
      "Hi Sandra,\n\nFinance asked me to make sure the invoice for the February team workshop mentions our PO "
      "number 4500087231 and our VAT number. Could you correct the document and resend it? Thanks a lot, the team "
      "is still talking about the \"values\" exercise.\n\nBest,\nNina Schultz\nPeople & Culture, Lumen Software GmbH",
      frm=("Nina Schultz", "nina.schultz@lumen-software.de")),
    # NEAR-LINE: co-facilitator forwards a participant's own message sent to her by mistake -> participant's request
    R("fr-collegue-transfert-participante-photo", ["withdraw_consent"], "TR: photos de l'atelier",
      "Sandra, cette participante m'a écrit à moi par erreur, je te transfère. C'est toi qui as les photos. Bises, "
      "Agnès",
      frm=("Agnès Rouvière", "agnes.rouviere.sophro@gmail.com"),
      quote=dict(style="fwd", who=("Manon Giraud", "manon.giraud@gmail.com"),
                 to="Agnès Rouvière <agnes.rouviere.sophro@gmail.com>", subject="photos de l'atelier",
                 text="Bonjour Agnès,\nJ'ai vu que les photos de l'atelier du 22 sont sur la page Facebook. J'avais "
                      "signé l'autorisation mais je retire mon consentement, je ne veux pas apparaître. Pouvez-vous "
                      "les faire retirer ?\nMerci, Manon Giraud")),
    R("fr-collegue-fwd-newsletter-nue", [], "Fwd: Lettre des praticiens — novembre",
      "",
      frm=("Hélène Garnier", "helene.garnier.coach@gmail.com"),
      quote=dict(style="fwd", who=("Réseau des Praticiens du Berry", "lettre@praticiens-berry.fr"),
                 to="helene.garnier.coach@gmail.com", subject="Lettre des praticiens — novembre",
                 text="Chers membres,\n\nAu sommaire : la journée d'échange de pratiques du 6 décembre, un point "
                      "sur les nouvelles obligations d'affichage des tarifs, et un retour sur l'atelier "
                      "« Données de santé et RGPD : ce que le praticien doit savoir ».\n\nPour vous désinscrire, "
                      "répondez STOP.")),
    R("fr-collegue-article-cnil-coachs", [], "à lire : la CNIL et les coachs",
      "Coucou Sandra,\nJe suis tombée sur ce guide de la CNIL pour les professions du bien-être, notamment sur les "
      "droits d'accès et d'effacement des clients et la durée de conservation des notes. Ça pourrait t'intéresser "
      "pour ta formation de mai ! https://www.cnil.fr/fr/\nBises, Hélène",
      frm=("Hélène Garnier", "helene.garnier.coach@gmail.com")),
    R("en-colleague-relay-thanks", [], "A message from one of the Dublin participants",
      "Hi Sandra,\n\nSiobhán from the Dublin group asked me to pass this on since she lost your email: \"Tell "
      "Sandra the breathing technique saved my job interview. I got it!\" Thought you'd want to know.\n\nTalk soon,\n"
      "Ciara",
      frm=("Ciara Walsh", "ciara.walsh@eircom.net")),
    # NEAR-LINE: colleague asks on behalf of another living adult, on her own initiative -> negative
    R("en-colleague-for-anna", [], "Anna's details",
      "Hi Sandra, my colleague Anna Berg who did your workshop says she'd like her data removed from your lists, "
      "she's too shy to ask. Could you just do it? Thanks! — Lisa",
      frm=("Lisa Nyström", "lisa.nystrom@outlook.com")),
    R("fr-assist-rfc822-ancienne-adresse", ["erasure", "withdraw_consent"], "Mail reçu sur l'ancienne adresse",
      "Sandra,\n\nCe message est arrivé sur l'ancienne boîte info@ que je relève encore une fois par semaine. Je "
      "te le joins tel quel.\n\nMaëlle",
      frm=MAELLE, to="contact", kind="rfc822",
      inner=dict(frm=("Delphine Arnoux", "delphine.arnoux@gmail.com"), to=("Floraison de Soi", "info@floraisondesoi.fr"),
                 subject="Retrait de mon accord et suppression",
                 body="Bonjour,\n\nJe retire mon accord pour la publication de mon témoignage et de ma photo sur votre "
                      "site. Par la même occasion, je vous demande d'effacer toutes les données que vous avez sur moi.\n\n"
                      "Delphine Arnoux")),
    R("fr-assist-rfc822-bon-cadeau", [], "Bon cadeau - mail de Mme Leroy",
      "Sandra, je te joins le mail de Mme Leroy pour le bon cadeau, elle veut le mettre au nom de sa sœur. "
      "Je prépare le bon si tu valides. Maëlle",
      frm=MAELLE, to="contact", kind="rfc822",
      inner=dict(frm=("Anne Leroy", "anne.leroy@orange.fr"), to=("Floraison de Soi", "contact@floraisondesoi.fr"),
                 subject="bon cadeau",
                 body="Bonjour, j'aimerais offrir une séance découverte à ma soeur Marie pour son anniversaire. "
                      "Pouvez-vous établir le bon à son nom ? Je paie par chèque. Merci, Anne Leroy")),
    # NEAR-LINE: accountant forwards a notary's letter that reached them by mistake; the letter is the request
    R("fr-comptable-rfc822-notaire", ["post_mortem"], "Courrier reçu par erreur — Office notarial",
      "Bonjour Sandra,\n\nNous avons reçu ce message de l'étude de Me Ravel qui vous est visiblement destiné "
      "(nos adresses se ressemblent). Je vous le transmets en pièce jointe.\n\nBien à vous,\nJérôme Besse\n"
      "Cabinet Besse & Associés — Expertise comptable",
      frm=("Jérôme Besse", "j.besse@besse-expertise.fr"), to="orange", kind="rfc822",
      inner=dict(frm=("Étude de Me Ravel", "office.ravel@notaires.fr"), to="floraison.desoi@besse-expertise.fr",
                 subject="Succession de Mme Odette Marchand",
                 body="Madame,\n\nEn qualité de notaire chargé de la succession de Mme Odette Marchand, décédée le "
                      "14 mai 2025, je vous prie de bien vouloir nous indiquer si vous détenez des données ou documents "
                      "la concernant et de procéder à la clôture de son dossier client.\n\nMe Claire Ravel")),
    R("fr-zoom-enregistrement-dispo", [], "L'enregistrement cloud est maintenant disponible",
      "Bonjour Sandra Delomenie,\n\nL'enregistrement cloud de votre réunion « Cercle de parole en ligne — janvier » "
      "est maintenant disponible.\n\nDate : 15 janv. 2026 19:00 Paris\nDurée : 01:28:14\nFichier de discussion "
      "(chat) : inclus\n\nPartager l'enregistrement\n\nRappel : pensez à informer les participants et à recueillir "
      "leur consentement avant toute diffusion.\n\nZoom Communications, Inc.",
      frm=("Zoom", "no-reply@zoom.us"), html="alt", headers={"Auto-Submitted": "auto-generated"}),
    R("fr-messenger-anniv-cabinet", [], "Chantal Lemoine a envoyé un message à Floraison de Soi",
      "Chantal Lemoine a envoyé un message à votre Page Floraison de Soi.\n\n« Joyeux anniversaire à Floraison de "
      "Soi !! 5 ans déjà 🎉 je viendrai à la petite fête samedi avec ma voisine »\n\nRépondre dans Meta Business Suite",
      frm=("Facebook", "notification@facebookmail.com"), html="alt"),
    R("en-assistant-relay-workshop-thanks", [], "Lovely feedback from Mr Harding",
      "Hello Sandra,\n\nMr Paul Harding phoned while you were out to say thank you for Saturday's workshop and to "
      "ask if there will be an English-speaking group in spring. I told him you'd let him know. Number: "
      "+44 7700 900233.\n\nCoralie",
      frm=CORALIE, to="contact"),
    R("fr-sms-ne-plus-me-contacter-relance", ["objection"], "SMS de +33 6 03 48 27 91",
      sms("+33 6 03 48 27 91", "lundi 19 janvier 2026, 12:16",
          "Bonjour, vous m'avez relancée 3 fois pour le stage. Je ne souhaite plus être contactée à des fins "
          "commerciales, ni par sms ni par mail. Merci. Agathe Renaud"),
      frm=SMS),
    R("en-wa-what-do-you-have-and-delete", ["access", "erasure"], "[WhatsApp] Nouveau message de Ana Souza (+351 912 345 678)",
      wa("Ana Souza", "+351 912 345 678",
         "Hello Sandra! I'm back in Portugal now. Can you tell me what personal data of mine you still have from the "
         "coaching, and after that delete all of it? Obrigada 🌷"),
      frm=ZAP),
]
