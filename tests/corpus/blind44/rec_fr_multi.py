# French requests exercising two or more rights.
from recbase import M, with_dates

RECORDS = [

    # ---------------------------------------------------- withdraw_consent + erasure
    M("fr-multi-wc-era-sms", ["erasure", "withdraw_consent"], "",
      "enleve mon temoignage du site et efface toutes mes donnees stp. merci 🙏\n",
      frm="Lucie Ferrand <lucie.ferrand@gmail.com>", html="alt", date="2025-06-28 00:41"),

    M("fr-multi-wc-era-formel", ["erasure", "withdraw_consent"], "Retrait de consentement et effacement",
      "Madame,\n\nJe retire, conformément à l'article 7.3 du RGPD, le consentement que j'avais donné à la publication "
      "de ma photographie et de mon témoignage sur votre site et sur votre page Facebook.\n\nJe vous demande par "
      "ailleurs l'effacement de l'ensemble des données me concernant (article 17).\n\nJe vous remercie de me confirmer "
      "la suppression effective.\n\nGaëlle Poirier\n",
      frm="Gaëlle Poirier <gaelle.poirier@orange.fr>", mailer="ox", html="only", to="orange"),

    M("fr-multi-wc-era-video", ["erasure", "withdraw_consent"], "Vidéo YouTube + dossier",
      "Bonjour, merci de retirer la vidéo où je témoigne (chaîne YouTube) et de supprimer mon dossier complet, je ne "
      "veux plus rien chez vous. T. Renaud\n",
      frm="Thomas Renaud <thomas.renaud@free.fr>"),

    # voice dictation, Huawei footer
    M("fr-multi-wc-era-dictee", ["erasure", "withdraw_consent"], "C'est Monique",
      "bonjour Sandra c'est Monique je voudrais que vous enleviez ma photo du groupe sur Facebook et que vous "
      "supprimiez aussi toutes mes coordonnées et mon dossier j'arrête tout ça merci gros bisous\n\n"
      "Envoyé de mon Huawei\n",
      frm="Monique Jacob <monique.jacob@sfr.fr>"),

    # ---------------------------------------------------- access + portability
    M("fr-multi-acc-port", ["access", "portability"], "Mes données",
      "Bonjour,\n\nJe souhaiterais savoir précisément quelles informations vous conservez à mon sujet, et en recevoir "
      "un export dans un format que je puisse importer ailleurs (CSV, JSON...). J'envisage de poursuivre avec un autre "
      "cabinet.\n\nCordialement,\nPierre-Yves Leroux\n",
      frm="Pierre-Yves Leroux <py.leroux@gmail.com>", html="alt"),

    # lawyer with mandate
    M("fr-multi-acc-port-avocat", ["access", "portability"], "V/Réf : Mme Laura BRETON – données personnelles",
      "Madame,\n\nJe suis le conseil de Madame Laura BRETON, dont le mandat est joint au présent courriel.\n\n"
      "Ma cliente souhaite, d'une part, obtenir communication de l'ensemble des données la concernant que vous "
      "traitez (article 15 du RGPD), et d'autre part que les données qu'elle vous a fournies soient transmises, dans "
      "un format structuré et lisible par machine, à la praticienne qui assure désormais son suivi (article 20), "
      "dont les coordonnées figurent au mandat.\n\nJe vous remercie par avance de votre diligence.\n\n"
      "Sandrine Caillaud\nAvocat à la Cour\n",
      frm="Sandrine Caillaud <scaillaud@caillaud-avocat.fr>", mailer="outlook",
      attach=[dict(kind="pdf", name="Mandat L. BRETON.pdf",
                   text="MANDAT\nLaura BRETON donne mandat à Maître Sandrine CAILLAUD pour obtenir copie de ses données\n"
                        "et leur transfert vers Mme Odile Serre, psychopraticienne, 4 rue Gambetta 18100 Vierzon.\nFait le 14/10/2025")],
      cc="Laura Breton <laura.breton@orange.fr>"),

    M("fr-multi-acc-port-sms", ["access", "portability"], "mes infos",
      "c quoi les infos que t as sur moi exactement ? et tu peux me les envoyer en csv que je les mette dans mon appli "
      "de suivi ? thx\n\nEnvoyé de mon iPhone\n",
      frm="Anthony Morin <anthony.morin@icloud.com>", mailer="iphone"),

    # ---------------------------------------------------- access + rectification
    M("fr-multi-acc-rect", ["access", "rectification"], "Mon adresse ?",
      "Bonjour Sandra,\nPourriez-vous m'envoyer ce que vous avez enregistré sur moi ? Je me demande si mon adresse est "
      "juste : le courrier pour l'attestation n'est jamais arrivé. C'est 8 rue des Minimes, pas 18.\nMerci,\nDanielle\n",
      frm="Danielle Hubert <danielle.hubert@orange.fr>", mailer="ox"),

    M("fr-multi-acc-rect-suisse", ["access", "rectification"], "Copie de mes données et nouveau numéro",
      "Bonjour Madame,\nJe vous prie de me faire parvenir une copie des données que vous conservez à mon nom. Je "
      "profite de ce message pour vous signaler que mon numéro de natel a changé : le nouveau est le +41 79 563 20 14, "
      "l'ancien peut être supprimé.\nMeilleures salutations,\nLaurent Aebischer\n",
      frm="Laurent Aebischer <laurent.aebischer@bluewin.ch>"),

    # ---------------------------------------------------- access + erasure
    # NEAR-LINE: asks the source (access) and deletion of the number without a replacement (erasure)
    M("fr-multi-acc-era-source", ["access", "erasure"], "??",
      "D'où tenez-vous mon numéro de téléphone ? Je n'ai jamais été en contact avec vous. Je veux savoir qui vous l'a "
      "donné et que vous le supprimiez immédiatement.\n",
      frm="Valérie Dumas <valerie.dumas@gmail.com>", html="alt"),

    # parent for a minor
    M("fr-multi-acc-era-parent", ["access", "erasure"], "Jade – ateliers ados",
      "Bonjour,\nMa fille Jade (13 ans) a participé à vos ateliers ados. En tant que maman je voudrais voir ce que vous "
      "avez noté sur elle, puis que tout soit supprimé. Elle ne veut plus y aller et je préfère que rien ne reste.\n"
      "Sandrine Lebon\n",
      frm="Sandrine Lebon <sandrine.lebon@laposte.net>"),

    # ---------------------------------------------------- objection + erasure
    # NEAR-LINE: unsubscribing alone would be objection only; the explicit "effacez l'ensemble" adds erasure
    M("fr-multi-obj-era", ["erasure", "objection"], "Désinscription et suppression",
      "Bonjour,\nDésinscrivez-moi de votre lettre d'information et effacez l'ensemble des données que vous avez sur "
      "moi.\nMerci.\nF. Giraud\n",
      frm="Francis Giraud <francis.giraud@orange.fr>", to="orange"),

    M("fr-multi-obj-era-dictee", ["erasure", "objection"], "Publicité",
      "bonjour je ne veux plus recevoir vos messages publicitaires et je voudrais que vous supprimiez mon nom et mon "
      "adresse de votre fichier merci bien Gisèle Marchal\n\nEnvoyé depuis mon mobile Orange\n",
      frm="Gisèle Marchal <gisele.marchal@wanadoo.fr>"),

    # ---------------------------------------------------- restriction + access
    M("fr-multi-res-acc", ["access", "restriction"], "Synthèse de bilan – contestation",
      "Bonjour,\n\nJe conteste plusieurs éléments de la synthèse rédigée à l'issue de mon bilan. En attendant que "
      "nous clarifiions ce point, je vous demande de ne plus utiliser ni transmettre ce document, et de m'envoyer une "
      "copie complète de mon dossier (synthèse, notes, questionnaires).\n\nCordialement,\nNicolas Perret\n",
      frm="Nicolas Perret <nicolas.perret@outlook.fr>", mailer="outlook", html="alt"),

    # ---------------------------------------------------- rectification + objection
    M("fr-multi-rect-obj-sms", ["objection", "rectification"], "tel",
      "nouveau tel : 06 48 92 17 33 (l ancien c plus moi). par contre plus de sms promo svp, juste les rappels de "
      "rdv 👌\n",
      frm="Cindy Moreau <cindy.moreau@sfr.fr>"),

    M("fr-multi-rect-obj-mail", ["objection", "rectification"], "Nouvelle adresse + newsletter",
      "Bonjour Sandra, mon adresse mail change : à partir de maintenant utilisez arnaud.pichon@proton.me. Et au "
      "passage, je ne veux plus recevoir la newsletter, uniquement les infos pratiques de la formation. Merci ! "
      "Arnaud\n",
      frm="Arnaud Pichon <arnaud.pichon@gmail.com>", html="alt"),

    # ---------------------------------------------------- portability + erasure
    M("fr-multi-port-era", ["erasure", "portability"], "Changement de praticienne",
      "Bonjour,\nJ'ai décidé de poursuivre mon suivi avec une praticienne de Tours. Pouvez-vous lui envoyer mes "
      "données dans un format exploitable (elle utilise un logiciel qui importe les fichiers CSV), puis supprimer tout "
      "ce que vous avez de votre côté ? Son mail : cabinet.lune@orange.fr\nMerci pour tout,\nElodie\n",
      frm="Elodie Barre <elodie.barre@yahoo.fr>", mailer="yahoo"),

    # ---------------------------------------------------- objection + withdraw_consent
    M("fr-multi-obj-wc", ["objection", "withdraw_consent"], "stop",
      "stop newsletter + retire ma photo du site stp (celle de l'atelier mandalas) 🙏 merci Sandra\n",
      frm="Morgane Leclerc <morgane.leclerc@gmail.com>", html="alt"),

    # ---------------------------------------------------- access + rectification + erasure
    M("fr-multi-acc-rect-era", ["access", "erasure", "rectification"], "Plusieurs demandes",
      "Madame,\nJe vous prie de m'adresser une copie des informations que vous détenez sur moi. Je vous demande "
      "également de corriger l'orthographe de mon nom (Vidal et non Vidalle, comme sur votre dernière facture) et de "
      "supprimer les notes de la troisième séance, qui n'avaient plus lieu d'être.\nSalutations,\nHenri Vidal\n",
      frm="Henri Vidal <henri.vidal@free.fr>"),
]

# send dates pinned because the text mentions calendar dates
with_dates(RECORDS, {
    "fr-multi-acc-port-avocat": "2025-10-16 16:45",
})
