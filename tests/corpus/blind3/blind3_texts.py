"""Texts of the blind3 corpus (round 4), written blind from the spec. See README.md for the policy."""

from __future__ import annotations

from dataclasses import dataclass, field

OWN = "Sandra Delomenie <sandra.delomenie@orange.fr>"


@dataclass(frozen=True)
class Msg:
    key: str
    rights: tuple[str, ...]
    subject: str
    body: str
    lang: str = "fr"
    html: bool = False
    quoted: str = ""
    quote_style: str = "gmail"
    frm: str = ""
    to: str = ""
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def M(key: str, rights: str, subject: str, body: str, **kw: object) -> Msg:
    return Msg(key, tuple(rights.split()), subject, body, **kw)  # type: ignore[arg-type]


Q_SESSION = """Bonjour,

Je vous confirme notre prochaine séance jeudi à 18h au cabinet.
Pensez à apporter votre carnet.

Belle journée,
Sandra - Floraison de Soi"""

Q_SESSION_EN = """Hello,

Just confirming our next session on Thursday at 6pm (Zoom link to follow).

Warm regards,
Sandra - Floraison de Soi"""

Q_NEWS = """La lettre de Floraison de Soi - octobre
Ce mois-ci : trois exercices pour retrouver confiance en soi, et les dates des ateliers d'automne.
Pour vous désinscrire, répondez simplement à ce mail.
Sandra"""

Q_OFFER = """Bonjour,

Je lance un nouveau programme de 8 semaines « Oser s'affirmer ». Tarif de lancement jusqu'au 15.
Dites-moi si cela vous intéresse !

Sandra"""

MESSAGES: list[Msg] = [
    # ------------------------------------------------------------------ access
    M("acc-formal-art15", "access", "Demande d'accès à mes données personnelles",
      """Madame,

Conformément à l'article 15 du Règlement général sur la protection des données, je vous prie de bien vouloir me communiquer l'ensemble des données personnelles que vous détenez à mon sujet, ainsi que les finalités du traitement et leur durée de conservation.

Je vous remercie par avance de votre réponse dans le délai d'un mois.

Cordialement,
Hélène Marchand"""),
    M("acc-informal-tu", "access", "petite question",
      """Coucou Sandra,

Tu pourrais m'envoyer tout ce que tu as gardé sur moi dans tes fichiers ? Genre mes infos perso, les notes de nos séances... Je suis curieuse de voir ce qu'il y a.

Merci !
Julie"""),
    M("acc-en-copy", "access", "My data",
      """Hi Sandra,

Under GDPR I'd like a copy of all the personal data you hold about me.

Thanks,
Mark""", lang="en"),
    M("acc-typo", "access", "info",
      """bonjour je voudrai savoir kel donnés vous avez sur moi svp
merci
Karine"""),
    M("acc-subject-only", "access", "Demande d'accès à mes données (RGPD)",
      """Bonjour,

Voir objet.

Merci.
A. Girard"""),
    M("acc-html", "access", "Mes informations",
      """Bonjour Madame,

Pourriez-vous m'indiquer quelles informations personnelles vous conservez me concernant et m'en adresser une copie ?

Bien à vous,
Caroline Faure""", html=True),
    M("acc-reply-above-quote", "access", "Séance de jeudi",
      """Merci pour la confirmation, je serai là.

Par ailleurs, j'aimerais obtenir une copie des notes que vous avez prises sur moi depuis le début du coaching.

Sophie""", quoted=Q_SESSION),
    M("acc-en-sar", "access", "Subject Access Request",
      """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide me with a copy of all personal data you process about me, the purposes of the processing, the recipients and the retention period.

Yours sincerely,
Emily Jones""", lang="en"),
    M("acc-polite-question", "access", "Question",
      """Bonjour Sandra,

Est-ce que vous pourriez me dire quelles données vous avez me concernant ? Je voudrais en avoir la liste.

Merci d'avance,
Léa"""),
    M("acc-en-informal", "access", "hey",
      """hey, what info do u have on me?? pls send it over when u get a sec
ta
james""", lang="en"),
    M("acc-dossier", "access", "Mon dossier",
      """Bonjour,

Je souhaiterais recevoir le dossier que vous tenez sur moi depuis le début de l'accompagnement, y compris le questionnaire d'entrée et vos comptes rendus.

Bien cordialement,
Nathalie Bonnet"""),
    M("acc-en-who-shared", "access", "Personal information",
      """Hello,

Could you tell me what personal information you keep about me and whether you've shared it with anyone? I'd like a copy.

Best,
Olivia""", lang="en"),
    M("acc-workshop-2023", "access", "Atelier 2023",
      """Bonjour,

J'ai participé à l'un de vos ateliers en 2023. Je voudrais savoir ce que vous avez encore comme informations sur moi et recevoir une copie de ces informations.

Cordialement,
Isabelle Mercier"""),
    M("acc-typo-bisous", "access", "coucou",
      """Bonjour Sandra, jaimerai recevoir une copi de toute mes infos perso que tu as stoké. Bisous
Nadia"""),
    # ------------------------------------------------------------------ rectification
    M("rect-surname", "rectification", "Erreur sur mon nom",
      """Bonjour,

Mon nom de famille est mal orthographié dans vos fichiers : c'est Lefebvre et non Lefèvre. Merci de le corriger.

Cordialement,
Amandine Lefebvre"""),
    M("rect-en-address", "rectification", "New address",
      """Hello Sandra,

I've moved. Please update my postal address in your records to 14 Park Lane, Bristol BS1 4DJ.

Thanks,
Emily""", lang="en"),
    M("rect-old-number", "rectification", "Changement de numéro",
      """Bonjour,

Supprimez mon ancien numéro, le nouveau est le 06 12 34 56 78.

Merci,
Claire"""),
    M("rect-old-email", "rectification", "Nouvelle adresse mail",
      """Bonjour Sandra,

Merci d'effacer mon ancienne adresse mail de votre fichier ; dorénavant écrivez-moi à claire.b@gmail.com.

Bonne journée,
Claire B."""),
    M("rect-en-old-phone", "rectification", "Phone number",
      """Hi,

Please delete my old phone number from your records - my new one is +44 7700 900123.

Cheers,
James""", lang="en"),
    M("rect-old-postal", "rectification", "Déménagement",
      """Bonjour,

Pouvez-vous retirer mon ancienne adresse (12 rue des Lilas) et mettre la nouvelle : 3 impasse du Moulin, 69003 Lyon ?

Merci beaucoup,
Manon Roux"""),
    M("rect-typo-number", "rectification", "num",
      """bjr, g changé de numero, suprimez l'ancien svp le nouveau c 07 81 22 33 44
thx
Yasmine"""),
    M("rect-birthdate", "rectification", "Date de naissance",
      """Bonjour,

Ma date de naissance est fausse sur ma fiche client : c'est le 12/03/1985 et pas le 21/03/1985. Pourriez-vous rectifier ?

Merci,
Élodie Blanc"""),
    M("rect-html-married", "rectification", "Changement de nom",
      """Bonjour Sandra,

Je me suis mariée cet été ! Merci de modifier mon nom dans vos fichiers : Mme Sophie Renard (anciennement Sophie Martin).

À bientôt,
Sophie""", html=True),
    M("rect-reply-new-email", "rectification", "Rappel séance",
      """Petite correction : mon adresse mail a changé, c'est désormais paul.durand@free.fr. Merci de mettre à jour vos coordonnées me concernant.

Paul""", quoted=Q_SESSION),
    M("rect-en-email-typo", "rectification", "Wrong email",
      """Hi Sandra,

Your records have my email as jon.smith@outlook.com but it should be john.smith@outlook.com. Could you fix it?

Thanks
John""", lang="en"),
    M("rect-job", "rectification", "Profil",
      """Bonjour,

Les informations de mon profil sont erronées : je ne suis plus salariée chez Axa mais à mon compte. Merci de rectifier.

Karine"""),
    M("rect-en-remove-old-address", "rectification", "address",
      """Remove my old address from your files please, I now live at 22 rue Nationale, 37000 Tours.
Thanks, Mark""", lang="en"),
    M("rect-firstname", "rectification", "Mon prénom",
      """Bonjour,

Il y a une erreur sur mon prénom dans vos mails et sur mes factures (Anne-Laure, avec un tiret). Pouvez-vous le corriger dans votre base ?

Merci,
Anne-Laure Morel"""),
    # ------------------------------------------------------------------ erasure
    M("era-formal-art17", "erasure", "Demande d'effacement",
      """Madame,

Conformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble de mes données personnelles de vos fichiers et de me confirmer leur suppression.

Veuillez agréer, Madame, mes salutations distinguées.

Thomas Fournier"""),
    M("era-informal", "erasure", "Salut",
      """Salut Sandra,

Tu peux effacer tout ce que tu as sur moi ? Merci bcp

Léa"""),
    M("era-en-delete-account", "erasure", "Delete my data",
      """Hello,

Please delete all my personal data and close my account.

Thanks,
Olivia Brown""", lang="en"),
    M("era-typo", "erasure", "donné",
      """bonjour svp suprimer mes donée de vos fichié merci
Sarah"""),
    M("era-en-forgotten", "erasure", "Right to be forgotten",
      """Hi,

I want to be forgotten. Erase everything you have on me - emails, notes, questionnaires - keeping only what the law obliges you to keep.

Regards,
Emily Taylor""", lang="en"),
    M("era-fichier-clients", "erasure", "Fichier clients",
      """Bonjour,

Je ne souhaite plus figurer dans votre fichier clients. Merci de supprimer ma fiche et toutes mes coordonnées.

Cordialement,
Isabelle Guerin"""),
    M("era-html-account", "erasure", "Suppression de compte",
      """Madame,

Je vous prie de supprimer définitivement mon compte sur votre espace membre ainsi que toutes les données qui y sont associées.

Cordialement,
Marc Simon""", html=True),
    M("era-reply-offer", "erasure", "Nouveau programme",
      """Non merci, ça ne m'intéresse pas. Et au passage, merci d'effacer mes coordonnées de votre base.

Chloé""", quoted=Q_OFFER),
    M("era-ne-conservez-pas", "erasure", "Fin du coaching",
      """Bonjour Sandra,

Ne conservez pas mes données après la fin du coaching : je veux qu'elles soient détruites, notes comprises.

Merci pour tout,
Camille"""),
    M("era-polite-question", "erasure", "Données",
      """Bonjour,

Pourriez-vous supprimer mes données personnelles, s'il vous plaît ?

Bien cordialement,
Fatima Rousseau"""),
    M("era-notes-trace", "erasure", "Notes de séance",
      """Bonjour Sandra,

Est-il possible d'effacer les notes de séance que vous avez prises à mon sujet ? Je préfère qu'il n'en reste aucune trace.

Merci,
Aurélie"""),
    M("era-en-remove-details", "erasure", "My details",
      """Hi Sandra,

Can you please remove my details from your database? I don't want you keeping them any more.

Thanks,
Olivia""", lang="en"),
    M("era-detruire", "erasure", "Arrêt",
      """Bonjour,

J'ai arrêté le coaching le mois dernier. Je vous demande de détruire mon questionnaire d'entrée et vos notes me concernant.

Nathalie"""),
    M("era-droit-oubli", "erasure", "droit à l'oubli",
      """Bonjour, droit à l'oubli svp : effacez mon nom, mon mail et mon téléphone de chez vous.
Merci
Lucas"""),
    # ------------------------------------------------------------------ restriction
    M("res-not-delete", "restriction", "Mes données",
      """Bonjour,

N'utilisez plus mes données mais ne les supprimez pas, j'en aurai peut-être besoin dans le cadre d'un litige avec mon employeur.

Cordialement,
Sarah Leroy"""),
    M("res-contest", "restriction", "Contestation",
      """Madame,

Je conteste l'exactitude des informations que vous détenez sur moi. En attendant que vous les vérifiiez, je vous demande de geler leur utilisation.

Cordialement,
Thomas Bertrand"""),
    M("res-en-stop-not-delete", "restriction", "My data",
      """Hello,

Please stop using my data but do not delete it - I may need it for my insurance claim.

Regards,
James Smith""", lang="en"),
    M("res-art18", "restriction", "Limitation du traitement",
      """Bonjour,

Je vous demande la limitation du traitement de mes données personnelles, conformément à l'article 18 du RGPD.

Cordialement,
Hélène David"""),
    M("res-keep-dont-use", "restriction", "Données",
      """Bonjour Sandra,

Gardez mes données mais ne vous en servez plus pour quoi que ce soit, s'il vous plaît.

Merci,
Emma"""),
    M("res-en-complaint", "restriction", "Restriction of processing",
      """Dear Sandra,

I'm requesting restriction of processing of my personal data while my complaint about the invoice is examined.

Kind regards,
Olivia Jones""", lang="en"),
    M("res-typo", "restriction", "mes info",
      """svp nutilisé plus mes info mais les éfacé pas, j'en ai besoin pour mon dossier aux prudhommes
merci
Manon"""),
    M("res-html", "restriction", "Traitement de mes données",
      """Bonjour,

Je ne souhaite pas que mes données soient effacées, mais je vous demande de ne plus les traiter en dehors de leur simple conservation.

Cordialement,
Élodie Moreau""", html=True),
    M("res-block-dispute", "restriction", "Désaccord facture",
      """Bonjour,

Conservez mon dossier tel quel mais bloquez-le : plus aucune utilisation de mes données tant que notre désaccord sur la facture n'est pas réglé.

Marc"""),
    M("res-en-freeze", "restriction", "Records",
      """Don't erase my records, just freeze them. No further processing of my data until I say so.

Paul""", lang="en"),
    M("res-reply-notes", "restriction", "Séance",
      """Je ne veux pas que vous supprimiez mes notes de séance, mais merci de ne plus les utiliser d'aucune manière.

Inès""", quoted=Q_SESSION),
    M("res-sommeil", "restriction", "En pause",
      """Bonjour,

Pouvez-vous mettre mes données en sommeil ? Ne plus les utiliser, sans les détruire, le temps que je réfléchisse.

Merci,
Karine"""),
    M("res-en-limit", "restriction", "My information",
      """Hi Sandra,

I'd like you to limit what you do with my personal information: keep it, but don't use it.

Thanks,
Emily""", lang="en"),
    # ------------------------------------------------------------------ portability
    M("por-formal", "portability", "Portabilité de mes données",
      """Madame,

Je souhaite exercer mon droit à la portabilité : merci de m'envoyer mes données dans un format structuré et lisible par machine (CSV ou JSON).

Cordialement,
Isabelle Laurent"""),
    M("por-en-other-coach", "portability", "Data export",
      """Hi Sandra,

Could you export my data in a machine-readable format so I can take it to another coach?

Thanks,
Mark""", lang="en"),
    M("por-transmit-coach", "portability", "Transfert de dossier",
      """Bonjour,

Pourriez-vous transmettre directement mes données (bilans, objectifs, historique des séances) à ma nouvelle coach, Mme Perrin (c.perrin@coach-perrin.fr) ? Je vous y autorise.

Merci,
Chloé"""),
    M("por-recuperer", "portability", "Récupération",
      """Bonjour,

J'aimerais récupérer mes données (bilans, questionnaires) dans un fichier exportable, pour pouvoir les réimporter ailleurs.

Bonne journée,
Amandine"""),
    M("por-typo", "portability", "fichier",
      """slt tu peu m'envoyer mes donné en fichier excel stp je change de plateforme
merci
Lucas"""),
    M("por-en-art20", "portability", "Data portability request",
      """Dear Ms Delomenie,

Please transfer my personal data to my new practitioner (details below). This is a data portability request under Article 20 GDPR.

Dr A. Patel, Mindful Steps Ltd, hello@mindfulsteps.co.uk

Regards,
Olivia Taylor""", lang="en"),
    M("por-html", "portability", "Demande RGPD",
      """Madame,

Je vous prie de me fournir les données personnelles que je vous ai communiquées dans un format couramment utilisé et lisible par machine.

Respectueusement,
Thomas Michel""", html=True),
    M("por-other-org", "portability", "Changement d'organisme",
      """Bonjour,

Je quitte votre programme pour un autre organisme. Merci de leur transférer mes informations (historique des séances, objectifs) au format numérique.

Sophie Dubois"""),
    M("por-csv", "portability", "Export",
      """Export de mes données en CSV svp (historique de mes réservations et paiements).
Merci
Emma"""),
    M("por-en-download", "portability", "Download my data",
      """Hi,

I'd like to download all my data from your member area in JSON or CSV. Can you send me an export?

Thanks,
James""", lang="en"),
    M("por-reply", "portability", "Séance",
      """Avant qu'on clôture, pouvez-vous m'envoyer l'export de mes données dans un format réutilisable ? Merci.

Aurélie""", quoted=Q_SESSION),
    M("por-prestataire", "portability", "Portabilité",
      """Bonjour,

Droit à la portabilité : je souhaite que mes données soient envoyées à mon nouveau prestataire, Coaching Horizon (contact@coaching-horizon.fr).

Cordialement,
Sarah Girard"""),
    M("por-en-spreadsheet", "portability", "Moving platforms",
      """Hi Sandra, can you send my data as a spreadsheet? I'm moving to another coaching platform and want to import it there.
Emily""", lang="en"),
    # ------------------------------------------------------------------ objection
    M("obj-prospection", "objection", "Opposition",
      """Madame,

Je m'oppose au traitement de mes données à des fins de prospection commerciale.

Cordialement,
Thomas Bernard"""),
    M("obj-unsub-newsletter", "objection", "Newsletter",
      """Bonjour,

Merci de me désinscrire de votre newsletter.

Cordialement,
Nathalie"""),
    M("obj-en-unsub", "objection", "Unsubscribe",
      """Please unsubscribe me from your mailing list.
Thanks""", lang="en"),
    M("obj-liste-diffusion", "objection", "Mails",
      """Bonjour,

Je ne veux plus recevoir vos emails promotionnels. Retirez-moi de votre liste de diffusion, s'il vous plaît.

Karine Faure"""),
    M("obj-typo", "objection", "newsleter",
      """arreté de m'envoyé vos newsleter svp je les lis jamais
Yasmine"""),
    M("obj-en-marketing", "objection", "Marketing emails",
      """Stop sending me marketing emails. I object to my data being used for direct marketing.

J. Brown""", lang="en"),
    M("obj-html-lettre", "objection", "Lettre d'information",
      """Bonjour,

Je souhaite ne plus recevoir la lettre d'information mensuelle.

Merci,
Sophie""", html=True),
    M("obj-sms", "objection", "SMS",
      """Bonjour,

Je m'oppose à ce que vous utilisiez mon numéro pour m'envoyer des SMS publicitaires.

Camille"""),
    M("obj-reply-newsletter", "objection", "La lettre de Floraison de Soi - octobre",
      """Désabonnez-moi s'il vous plaît.""", quoted=Q_NEWS),
    M("obj-partners", "objection", "Partenaires",
      """Bonjour,

Je refuse que mes données soient transmises à vos partenaires ou utilisées pour du profilage.

Cordialement,
Élodie"""),
    M("obj-en-analytics", "objection", "Objection",
      """Hello,

I object to the processing of my personal data for your marketing analytics.

Regards,
Olivia""", lang="en"),
    M("obj-polite-liste", "objection", "Newsletter",
      """Bonjour Sandra,

Pourriez-vous m'enlever de la liste des envois de la newsletter ? Merci d'avance.

Léa"""),
    M("obj-short", "objection", "désinscription",
      """Désinscription newsletter svp."""),
    M("obj-plus-de-mails", "objection", "Mails commerciaux",
      """Bonjour,

Plus de mails commerciaux s'il vous plaît, je n'en veux plus.

Fatima"""),
    # ------------------------------------------------------------------ withdraw consent
    M("wc-general", "withdraw_consent", "Consentement",
      """Bonjour,

Je retire mon consentement au traitement de mes données.

Cordialement,
Inès Bonnet"""),
    M("wc-testimonial", "withdraw_consent", "Mon témoignage",
      """Bonjour Sandra,

Je souhaite retirer mon témoignage publié sur votre site. Je ne suis plus d'accord pour qu'il y apparaisse.

Merci de votre compréhension,
Chloé Morel"""),
    M("wc-photo-fb", "withdraw_consent", "Photo atelier",
      """Bonjour,

Merci de retirer la photo de l'atelier où j'apparais sur votre page Facebook : je retire mon accord.

Aurélie"""),
    M("wc-en-testimonial", "withdraw_consent", "Testimonial",
      """Hi Sandra,

I no longer consent to my testimonial being displayed on your website. Please take it down.

Best,
Emily""", lang="en"),
    M("wc-en-photo", "withdraw_consent", "Photos",
      """Hi,

Please remove the photos of me from your Instagram - I withdraw the consent I gave at the retreat.

Olivia""", lang="en"),
    M("wc-typo-photo", "withdraw_consent", "foto",
      """je veu plus que ma foto soit sur vot site, enlevez la stp
Manon"""),
    M("wc-avis", "withdraw_consent", "Mon avis",
      """Bonjour,

J'avais accepté que vous utilisiez mon avis dans vos supports de communication. Je reviens sur cet accord, merci de ne plus l'utiliser.

Cordialement,
Nathalie Leroy"""),
    M("wc-html-image", "withdraw_consent", "Droit à l'image",
      """Bonjour,

Je retire l'autorisation de droit à l'image que j'avais signée en juin. Merci de ne plus utiliser les vidéos où je figure.

Camille Simon""", html=True),
    M("wc-en-recording", "withdraw_consent", "Recordings",
      """Hi Sandra,

I withdraw my consent for you to record our sessions.

Thanks,
Paul""", lang="en"),
    M("wc-questionnaire", "withdraw_consent", "Étude",
      """Bonjour,

Je ne consens plus à ce que mes réponses au questionnaire soient utilisées pour votre étude.

Cordialement,
Hélène"""),
    M("wc-reply-testimonial", "withdraw_consent", "Merci pour votre témoignage",
      """Finalement je préfère que mon témoignage ne soit plus publié, merci de l'enlever.

Sarah""", quoted="""Bonjour Sarah,

Merci encore pour votre beau témoignage, il est en ligne sur la page Accompagnements !

Sandra"""),
    M("wc-audio", "withdraw_consent", "Enregistrement",
      """Bonjour,

Je retire mon consentement pour l'enregistrement audio des séances.

Marc"""),
    M("wc-en-video", "withdraw_consent", "Video testimonial",
      """Could you please take down the video testimonial I recorded last year? I've changed my mind about it being public.

James""", lang="en"),
    # ------------------------------------------------------------------ post mortem
    M("pm-daughter-heir", "post_mortem", "Décès de ma mère",
      """Madame,

Je suis la fille de Mme Jeanne Roux, votre cliente, décédée le 3 mars dernier. En tant qu'héritière, je vous demande de clôturer son dossier et de supprimer ses données.

Veuillez agréer mes salutations,
Claire Roux"""),
    M("pm-en-executor", "post_mortem", "Robert Hale",
      """Dear Ms Delomenie,

My father, Robert Hale, passed away last month. As executor of his estate, I'm asking you to delete his account and stop all communications to him.

Yours sincerely,
Mark Hale""", lang="en"),
    M("pm-husband-notes", "post_mortem", "Mon mari",
      """Bonjour,

Mon mari est décédé en août. Pourriez-vous me transmettre les notes de ses séances puis effacer son dossier ?

Cordialement,
Isabelle Fournier"""),
    M("pm-typo", "post_mortem", "ma mere",
      """bonjour ma mere est decedé en janvier elle recevait vos mail merci de tout supprimer la concernant
Lucas"""),
    M("pm-brother", "post_mortem", "Paul Girard",
      """Bonjour,

Suite au décès de mon frère, Paul Girard, je souhaite que ses données soient effacées et qu'il ne reçoive plus vos newsletters.

Merci,
Sarah Girard"""),
    M("pm-en-late-wife", "post_mortem", "My late wife",
      """Hello,

I'm writing on behalf of my late wife's estate. Please provide any personal data you hold on her.

Regards,
James Taylor""", lang="en"),
    M("pm-html-son", "post_mortem", "Décès de M. André Colin",
      """Madame,

Je suis le fils et héritier de M. André Colin, décédé le 2 septembre. Conformément à la loi, je vous demande de mettre à jour ses données pour tenir compte de son décès.

Thomas Colin""", html=True),
    M("pm-sister", "post_mortem", "Ma sœur",
      """Bonjour,

Ma sœur nous a quittés la semaine dernière. Elle était inscrite à votre programme. Merci de désactiver son compte et de ne plus lui écrire.

Emma"""),
    M("pm-notary", "post_mortem", "Succession de Mme Yvette Blanc",
      """Madame,

En charge de la succession de Mme Yvette Blanc, décédée le 14 juin 2025, je vous prie, à la demande de ses héritiers, de procéder à la clôture de son compte client et à l'effacement de ses données.

Maître Nicolas Bertrand, notaire"""),
    M("pm-en-mum", "post_mortem", "My mum",
      """Hi,

My mum died in September. She left instructions that her data be deleted after her death - please honour them.

Thank you,
Olivia""", lang="en"),
    M("pm-grandmother", "post_mortem", "Ma grand-mère",
      """Bonjour,

Ma grand-mère était inscrite à vos ateliers ; elle est décédée il y a peu. Pouvez-vous retirer ses coordonnées de votre fichier ?

Merci,
Léa"""),
    M("pm-reply-newsletter", "post_mortem", "La lettre de Floraison de Soi - octobre",
      """Ma maman est décédée le mois dernier, merci de ne plus lui écrire et de supprimer son adresse.

Sa fille, Aurélie""", quoted=Q_NEWS),
    # ------------------------------------------------------------------ multi-right
    M("multi-acc-era", "access erasure", "Mes données",
      """Bonjour,

Envoyez-moi une copie de mes données, puis supprimez-les toutes.

Merci,
Thomas"""),
    M("multi-obj-era", "objection erasure", "Newsletter et données",
      """Bonjour,

Désinscrivez-moi de la newsletter et effacez mes coordonnées de votre fichier.

Cordialement,
Marc Dubois"""),
    M("multi-en-acc-rect", "access rectification", "My details",
      """Hi Sandra,

Can you send me what you have on me? Also my surname is misspelt in your records - it's O'Neill, not O'Neil.

Thanks,
Emily O'Neill""", lang="en"),
    M("multi-por-era", "portability erasure", "Départ",
      """Bonjour,

Exportez mes données en CSV puis supprimez mon compte, s'il vous plaît.

Julie"""),
    M("multi-wc-era", "withdraw_consent erasure", "RGPD",
      """Madame,

Je retire mon consentement et je vous demande d'effacer mes données.

Cordialement,
Fatima Moreau"""),
    M("multi-en-obj-wc", "objection withdraw_consent", "Emails",
      """Hello,

I withdraw my consent to your newsletter and I object to any marketing use of my data.

Paul""", lang="en"),
    M("multi-res-acc", "restriction access", "Données",
      """Bonjour,

Ne supprimez rien, mais n'utilisez plus mes données. Et envoyez-moi la liste de ce que vous détenez sur moi.

Karine"""),
    M("multi-en-acc-por", "access portability", "Data request",
      """Hi,

Please send me a copy of my personal data, and also provide it in a machine-readable format so I can transfer it to my new coach.

Olivia Smith""", lang="en"),
    M("multi-rect-obj", "rectification objection", "Adresse mail",
      """Bonjour,

Mon adresse mail a changé : c'est maintenant nadia.k@proton.me. Et au passage, je ne veux plus recevoir la newsletter.

Nadia"""),
    M("multi-wc-photo-era", "withdraw_consent erasure", "Photo et données",
      """Bonjour,

Retirez ma photo de votre site (je retire mon accord) et effacez toutes mes données.

Sophie"""),
    M("multi-typo-acc-era", "access erasure", "mes info",
      """jveux une copie de mes info et aprés vous les efacez
Lucas"""),
    M("multi-html-acc-obj", "access objection", "Demande",
      """Bonjour,

Je souhaite recevoir une copie des données que vous détenez sur moi. Par ailleurs, je m'oppose à leur utilisation à des fins commerciales.

Cordialement,
Isabelle Faure""", html=True),
    # ------------------------------------------------------------------ NEGATIVES: negation
    M("neg-dont-delete", "", "Pause",
      """Bonjour Sandra,

Je fais une pause dans le coaching, mais je ne souhaite pas que vous supprimiez mes données : je reviendrai sûrement l'an prochain.

Bises,
Camille"""),
    M("neg-keep-newsletter", "", "Newsletter",
      """Surtout ne m'enlevez pas de la newsletter, j'adore la lire chaque mois !
Julie"""),
    M("neg-en-keep-file", "", "Taking a break",
      """Hi Sandra,

I'm taking a break for a few months. I don't want my data deleted - please keep my file for when I come back.

Emily""", lang="en"),
    M("neg-no-copy-needed", "", "Re: vos documents",
      """Je n'ai pas besoin d'une copie de mes données, merci, tout est clair pour moi.

Hélène""", quoted="""Bonjour Hélène,

Si vous le souhaitez, je peux vous envoyer une copie de votre dossier.

Sandra"""),
    M("neg-no-address-change", "", "Adresse",
      """Bonjour,

Pas la peine de modifier mon adresse finalement, je n'ai pas déménagé, le projet est tombé à l'eau.

Marc"""),
    M("neg-keep-testimonial", "", "Témoignage",
      """Bonjour Sandra,

Je ne retire pas mon consentement pour le témoignage, vous pouvez le garder en ligne, j'en suis fière !

Chloé"""),
    M("neg-no-objection", "", "Vos offres",
      """Bonjour,

Je ne m'oppose pas du tout à recevoir vos offres, au contraire, tenez-moi au courant des prochains ateliers.

Fatima"""),
    # ------------------------------------------------------------------ NEGATIVES: questions about rights
    M("q-retention", "", "Question",
      """Bonjour,

Par curiosité, combien de temps conservez-vous les données de vos clients après la fin d'un accompagnement ?

Merci,
Inès"""),
    M("q-how-erase", "", "Question RGPD",
      """Bonjour Sandra,

Si un jour je veux que vous effaciez mes données, comment est-ce que je dois faire ? Ce n'est pas pour maintenant, je me renseigne.

Merci,
Élodie"""),
    M("q-en-curious", "", "Quick question",
      """Hi Sandra,

Just wondering - do clients have the right to get a copy of their session notes? Not asking for mine, just curious for my own practice.

Mark""", lang="en"),
    M("q-memoire", "", "Mémoire RGPD",
      """Bonjour Madame,

Je prépare un mémoire sur le RGPD chez les indépendants. Comment gérez-vous les demandes de portabilité ou d'effacement ? Auriez-vous 15 minutes pour un entretien ?

Cordialement,
Thomas Rousseau, étudiant en M2"""),
    M("q-dpo-theory", "", "Droit d'opposition",
      """Bonjour,

Est-ce que le droit d'opposition s'applique aussi aux SMS de rappel de rendez-vous ? C'est une question théorique, je suis DPO dans mon entreprise et le sujet m'intéresse.

Nathalie"""),
    M("q-limitation-meaning", "", "Politique de confidentialité",
      """Bonjour,

Votre politique de confidentialité mentionne un droit à la limitation du traitement. Ça veut dire quoi concrètement ?

Merci,
Paul"""),
    # ------------------------------------------------------------------ NEGATIVES: cancellations
    M("can-workshop", "", "Atelier du 14 juin",
      """Bonjour,

Je souhaite annuler mon inscription à l'atelier du 14 juin, j'ai un empêchement de dernière minute. Désolée !

Sophie"""),
    M("can-subscription", "", "Abonnement",
      """Bonjour,

Merci de résilier mon abonnement mensuel au programme Floraison à partir du mois prochain.

Cordialement,
Karine Laurent"""),
    M("can-en-booking", "", "Saturday workshop",
      """Hi Sandra,

Please cancel my booking for Saturday's workshop and refund me if possible.

Thanks,
James""", lang="en"),
    M("can-supprimer-resa", "", "Réservation jeudi",
      """Bonjour, je voudrais supprimer ma réservation de jeudi, je ne pourrai pas venir. Merci !
Léa"""),
    M("can-desinscris-stage", "", "Stage de juillet",
      """Bonjour Sandra,

Je me désinscris du stage de juillet, désolée. Pouvez-vous me rembourser l'acompte ?

Amandine"""),
    M("can-contrat", "", "Fin du contrat",
      """Bonjour,

J'arrête le coaching après cette séance, merci de mettre fin à notre contrat et de m'envoyer la dernière facture.

Marc"""),
    M("can-typo-rdv", "", "rdv",
      """annulé mon rdv de demain svp jsuis malade
Yasmine"""),
    M("can-en-delete-account-membership", "", "Membership",
      """Hi, please cancel my membership of the monthly circle from next month, money's tight at the moment. Thanks for everything!
Olivia""", lang="en"),
    # ------------------------------------------------------------------ NEGATIVES: espace / password
    M("esp-no-access", "", "Espace membre",
      """Bonjour,

Je n'arrive plus à accéder à mon espace membre, pouvez-vous m'aider ?

Nathalie"""),
    M("esp-forgot-pwd", "", "Mot de passe",
      """Bonjour, j'ai oublié mon mot de passe, comment le réinitialiser ?
Merci
Emma"""),
    M("esp-en-login", "", "Can't log in",
      """Hi,

I can't log into my account - the password reset link doesn't work.

Paul""", lang="en"),
    M("esp-fiches", "", "Fiches atelier",
      """Bonjour Sandra,

Comment accéder à mon espace pour télécharger les fiches de l'atelier ? Je ne trouve pas le lien.

Aurélie"""),
    M("esp-replay-link", "", "Replays",
      """Bonjour,

Le lien d'accès aux replays ne fonctionne plus, pouvez-vous me renvoyer un accès ?

Merci,
Inès"""),
    M("esp-reset-please", "", "Bloquée",
      """Bonjour,

Pourriez-vous réinitialiser mon mot de passe ? Je suis bloquée depuis hier sur la plateforme.

Camille""", html=True),
    # ------------------------------------------------------------------ NEGATIVES: CNIL
    M("cnil-informed", "", "Plainte",
      """Madame,

Je vous informe que j'ai déposé une plainte auprès de la CNIL concernant la réception de vos mails.

Thomas Michel"""),
    M("cnil-copy-complaint", "", "Copie de ma plainte CNIL",
      """Pour information, voici le texte de ma plainte déposée sur le site de la CNIL :

« Je reçois depuis des mois les newsletters de Floraison de Soi alors que je n'ai jamais donné mon accord. Je demande à la CNIL d'intervenir. »

Cordialement,
Hélène Girard"""),
    M("cnil-en-ico", "", "Complaint",
      """FYI I've filed a complaint with the ICO about how my details were handled by your practice.

J. Smith""", lang="en"),
    M("cnil-saisi", "", "CNIL",
      """J'ai saisi la CNIL, vous aurez de leurs nouvelles.
M. Bonnet"""),
    M("cnil-reclamation", "", "Réclamation CNIL",
      """Bonjour,

Ci-dessous, copie de ma réclamation adressée à la CNIL le 2 mai ; je vous laisse en prendre connaissance.

Référence de la plainte : 25-0412-XX

Karine Leroy"""),
    # ------------------------------------------------------------------ NEGATIVES: someone else's data
    M("else-daughter", "", "Ma fille",
      """Bonjour,

Ma fille de 25 ans participe à vos ateliers. Pouvez-vous me dire quelles informations vous avez sur elle ?

Isabelle"""),
    M("else-colleague", "", "Mon collègue",
      """Bonjour Sandra,

Pourriez-vous supprimer les coordonnées de mon collègue Marc de votre liste ? Il m'a demandé de vous le dire.

Julie"""),
    M("else-en-participants", "", "Retreat participants",
      """Hi Sandra,

Could you send me the contact details of the other participants from the retreat? I'd like to stay in touch with them.

Emily""", lang="en"),
    M("else-husband", "", "Mon mari",
      """Bonjour,

Je voudrais connaître les données que vous avez sur mon mari, il a suivi quelques séances avec vous l'an dernier.

Nadia"""),
    M("else-friend-list", "", "Une amie",
      """Bonjour, une amie m'a demandé de vous dire de la retirer de votre liste, son adresse est lucie.p@gmail.com.
Merci
Manon"""),
    M("else-linkedin", "", "Pour info",
      """Coucou Sandra,

Pour info, j'ai demandé à LinkedIn de supprimer toutes mes données, donc je ne verrai plus tes posts là-bas. On reste en contact par mail !

Léa"""),
    # ------------------------------------------------------------------ NEGATIVES: quoted history only
    M("quo-thanks-after-erasure", "", "Suppression de mes données",
      """Merci beaucoup, c'est parfait !

Chloé""", quoted="""Bonjour Chloé,

C'est fait : toutes vos données ont été supprimées.

Le mar. 2 sept. 2025, Chloé a écrit :
> Bonjour, merci de supprimer toutes mes données personnelles.

Sandra"""),
    M("quo-thanks-unsub", "", "Désinscription",
      """Parfait, merci pour la confirmation.""", quoted="""Bonjour,

Je vous confirme votre désinscription de la newsletter.

> Merci de me désinscrire de votre newsletter.

Sandra"""),
    M("quo-en-see-you", "", "Phone number",
      """Thanks, see you Tuesday!
James""", lang="en", quoted="""Hi James,

Done, I've updated your number. See you on Tuesday.

> Please delete my old phone number, the new one is 07700 900456.

Sandra"""),
    M("quo-ok-thursday", "", "La lettre de Floraison de Soi - octobre",
      """Super, je m'inscris à l'atelier de jeudi alors ! À bientôt.
Julie""", quoted=Q_NEWS),
    M("quo-old-consent", "", "Créneau",
      """D'accord pour le créneau de 18h.

Karine""", quote_style="outlook", quoted="""Bonjour Karine,

Je vous propose mardi 18h ou mercredi 10h.

Au fait, bien noté pour votre message de juin : j'ai retiré votre témoignage du site.

> Je retire mon consentement pour la publication de mon témoignage.

Sandra"""),
    M("quo-en-forward-fine", "", "Your data request",
      """All good, thank you Sandra!
Olivia""", lang="en", quoted="""Hi Olivia,

Please find attached the copy of your personal data, as you requested last week.

> Could you send me a copy of all the personal data you hold about me?

Sandra"""),
    # ------------------------------------------------------------------ NEGATIVES: automatic mail
    M("auto-ooo-fr", "", "Réponse automatique : Rappel séance",
      """Bonjour,

Je suis absente du bureau jusqu'au 28 octobre. Pour toute demande urgente, merci de contacter mon assistante au 01 23 45 67 89.

Cordialement,
Claire Dubois""", headers=(("Auto-Submitted", "auto-replied"),)),
    M("auto-ooo-en", "", "Automatic reply: Your session",
      """I'm out of the office until Monday with limited access to email. I'll get back to you on my return.

Mark""", lang="en", headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"))),
    M("auto-ack-rgpd", "", "Accusé de réception",
      """Ceci est un accusé de réception automatique. Votre message a bien été reçu et sera traité dans les meilleurs délais.

Conformément au RGPD, vous pouvez exercer vos droits d'accès, de rectification et d'effacement de vos données en écrivant à dpo@cabinet-leroy.fr.""",
      frm="Cabinet Leroy <noreply@cabinet-leroy.fr>", headers=(("Auto-Submitted", "auto-replied"),)),
    M("bounce-en", "", "Delivery Status Notification (Failure)",
      """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<julie.martin@exemple.fr>: host mx.exemple.fr said: 550 5.1.1 User unknown

----- Original message -----
Subject: La lettre de Floraison de Soi - octobre
Pour vous désinscrire, répondez simplement à ce mail. Supprimer mes données : écrivez-moi.""",
      lang="en", frm="Mail Delivery System <MAILER-DAEMON@orange.fr>", headers=(("Auto-Submitted", "auto-generated"),)),
    M("bounce-fr", "", "Message non remis",
      """Votre message n'a pas pu être remis à certains destinataires.

Destinataire : paul.durand@wanadoo.fr
Raison : cette adresse n'existe pas ou plus.

Objet du message d'origine : Votre demande d'accès à vos données""",
      frm="postmaster@orange.fr", headers=(("Auto-Submitted", "auto-generated"),)),
    M("nl-vendor-rgpd", "", "Nouveautés de l'automne chez Papeterie Zen",
      """Découvrez nos nouveaux carnets de gratitude et agendas 2026 !

-20 % avec le code AUTOMNE.

Vous recevez ce mail car vous êtes inscrite à notre newsletter. Pour vous désinscrire, cliquez ici. Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données personnelles.""",
      frm="Papeterie Zen <newsletter@papeterie-zen.fr>",
      headers=(("List-Unsubscribe", "<https://papeterie-zen.fr/unsub>"), ("Precedence", "bulk"))),
    M("notif-stripe", "", "Paiement reçu de Julie Martin",
      """Vous avez reçu un paiement de 80,00 € de Julie Martin.

Gérer vos paramètres de données et de confidentialité dans votre tableau de bord.""",
      frm="Stripe <notifications@stripe.com>"),
    M("notif-calendly", "", "New Event: Séance découverte",
      """A new event has been scheduled.

Invitee: Emma Laurent
Event: Séance découverte (30 min)
Date: Thursday 16 October 2025

Cancel or reschedule: https://calendly.com/cancellations/xyz""",
      lang="en", frm="Calendly <notifications@calendly.com>"),
    M("notif-zoom-data", "", "Your Zoom account privacy",
      """Hello Sandra,

We've updated our privacy statement. You can download a copy of your data or delete your account at any time from your profile settings.

The Zoom Team""", lang="en", frm="Zoom <no-reply@zoom.us>",
      headers=(("Precedence", "bulk"),)),
    M("notif-systemeio-unsub", "", "Un contact s'est désinscrit",
      """Bonjour Sandra,

Le contact emma.l@gmail.com s'est désinscrit de votre liste « Newsletter Floraison ».

L'équipe systeme.io""", frm="systeme.io <no-reply@systeme.io>"),
    M("notif-linkedin", "", "Vous avez 3 nouvelles notifications",
      """Sandra, découvrez qui a consulté votre profil cette semaine.

Gérer vos préférences d'e-mail | Se désabonner""", frm="LinkedIn <messages-noreply@linkedin.com>",
      headers=(("List-Unsubscribe", "<https://linkedin.com/unsub>"),)),
    # ------------------------------------------------------------------ NEGATIVES: her own mail
    M("own-erasure-done", "", "Suppression de vos données",
      """Bonjour Claire,

Comme demandé, j'ai supprimé l'ensemble de vos données personnelles de mes fichiers.

Bien à vous,
Sandra Delomenie""", frm=OWN, to="claire.dubois@gmail.com"),
    M("own-newsletter", "", "La lettre de Floraison de Soi - novembre",
      """Bonjour à toutes et tous,

Ce mois-ci, on parle d'estime de soi. Pour vous désinscrire de ma newsletter, répondez STOP. Vous pouvez aussi demander l'accès à vos données ou leur suppression à tout moment.

Sandra""", frm=OWN, to="undisclosed-recipients:;"),
    M("own-note-to-self", "", "À faire",
      """Note : répondre à Mme Girard concernant sa demande d'accès à ses données avant le 15.""",
      frm=OWN, to=OWN),
    M("own-en-copy", "", "Your data",
      """Hi Mark,

Please find attached a copy of your personal data, as requested.

Best,
Sandra""", lang="en", frm=OWN, to="mark.smith@gmail.com"),
    M("own-reminder", "", "Rappel atelier",
      """Bonjour,

Rappel : l'atelier a lieu samedi à 10h. Pensez à confirmer votre présence ; si vous ne pouvez pas venir, merci de supprimer votre réservation sur la plateforme.

Sandra""", frm=OWN, to="atelier@floraisondesoi.fr"),
    # ------------------------------------------------------------------ NEGATIVES: ordinary coaching mail
    M("ord-rdv", "", "Séance découverte",
      """Bonjour Sandra,

Je voudrais prendre rendez-vous pour une séance découverte. Avez-vous des disponibilités la semaine prochaine ?

Merci,
Amandine"""),
    M("ord-thanks", "", "Merci",
      """Merci pour la séance d'hier, je me sens beaucoup plus légère ! À dans quinze jours.
Sophie"""),
    M("ord-invoice-copy", "", "Facture de mars",
      """Bonjour,

Pouvez-vous m'envoyer une copie de la facture de mars ? Mon comptable la réclame.

Cordialement,
Marc Simon"""),
    M("ord-deleted-zoom", "", "Lien Zoom",
      """Bonjour, j'ai supprimé par erreur le mail contenant le lien Zoom. Pourriez-vous me le renvoyer ?
Merci !
Inès"""),
    M("ord-bilan-donnees", "", "Mon bilan",
      """Bonjour Sandra,

Les données de mon bilan m'ont beaucoup parlé, merci pour votre analyse si fine. J'ai hâte de travailler sur les axes que vous avez proposés.

Élodie"""),
    M("ord-accessibility", "", "Accès atelier",
      """Bonjour,

L'atelier du 12 est-il accessible aux personnes à mobilité réduite ? Et quel est le meilleur accès depuis la gare ?

Merci,
Nathalie"""),
    M("ord-desinscrite-yoga", "", "Atelier samedi",
      """Je me suis désinscrite du yoga pour venir à votre atelier samedi, j'ai hâte !
Camille"""),
    M("ord-en-worksheet", "", "Worksheet",
      """Hi Sandra,

Could you send me a copy of the worksheet we used in session 3? I can't find mine.

Thanks,
Emily""", lang="en"),
    M("ord-virement", "", "Acompte",
      """Bonjour,

Je vous envoie en pièce jointe la copie de mon virement pour l'acompte de l'atelier.

Bonne journée,
Karine"""),
    M("ord-modify-time", "", "Rendez-vous jeudi",
      """Bonjour,

Pouvez-vous modifier l'heure de notre rendez-vous de jeudi ? 17h au lieu de 15h si possible.

Merci,
Paul"""),
    M("ord-google-review", "", "Avis",
      """Bonjour Sandra,

Je vous ai mis un avis 5 étoiles sur Google, vous pouvez l'utiliser sur votre site si vous voulez !

Fatima"""),
    M("ord-invoice-amount", "", "Facture",
      """Bonjour,

J'ai bien reçu la facture, merci. Par contre il y a une erreur sur le montant : 80 € au lieu de 60 €. Pouvez-vous la corriger ?

Julie"""),
    M("ord-bring", "", "Atelier Confiance en soi",
      """Bonjour,

Question sur l'atelier « Confiance en soi » : faut-il apporter quelque chose ?

Merci,
Léa"""),
    M("ord-en-loved", "", "Workshop",
      """Loved the workshop! Would you run another one in the autumn? I'd bring a friend.
Olivia""", lang="en"),
    M("ord-remove-slot", "", "Planning",
      """Bonjour,

Supprimez le créneau de lundi de mon planning, je prends celui de mercredi à la place.

Merci,
Chloé"""),
    M("ord-phone-stolen", "", "Téléphone",
      """Bonjour Sandra,

Mon téléphone a été volé, donc si vous m'appelez et que je ne réponds pas c'est normal. Je préfère qu'on communique par mail cette semaine.

Aurélie"""),
    M("ord-feedback", "", "Retour sur le programme",
      """Bonjour,

Petit retour sur le programme : les exercices de respiration m'ont beaucoup aidée, en revanche le module 3 était un peu long. Peut-être le découper en deux ?

Belle continuation,
Hélène"""),
    M("ord-corporate", "", "Formations entreprise",
      """Bonjour Madame,

Je suis responsable RH chez Boulanger & Fils. Je suis intéressée par vos formations pour entreprises. Pouvez-vous m'envoyer une plaquette et vos tarifs ?

Cordialement,
Sarah Mercier"""),
    M("ord-recordings", "", "Enregistrements",
      """Bonjour,

Pourrais-je avoir accès aux enregistrements de l'atelier en ligne ? Je n'ai pas pu y assister en direct.

Merci,
Yasmine"""),
    M("ord-check-email", "", "Lien non reçu",
      """Bonjour,

Je n'ai pas reçu le lien de la séance, pouvez-vous vérifier que vous l'avez envoyé à la bonne adresse ? C'est bien marie.l@gmail.com.

Marie"""),
    M("ord-gift", "", "Bon cadeau",
      """Bonjour,

Je voudrais offrir une séance à ma sœur pour son anniversaire, proposez-vous des bons cadeaux ?

Emma"""),
    M("ord-en-update-dates", "", "Next retreat",
      """Hi Sandra, could you update me on the dates for the next retreat? Thanks! James""", lang="en"),
    M("ord-confidential", "", "Questionnaire",
      """Bonjour,

Je vous renvoie le questionnaire rempli. Est-ce que mes réponses resteront confidentielles ?

Nadia"""),
    M("ord-erase-agenda", "", "Agenda partagé",
      """Effacez la séance de vendredi de l'agenda partagé, elle est reportée au 20.
Thomas"""),
    M("ord-lost-data", "", "Document Mes valeurs",
      """Bonjour,

Pourriez-vous me renvoyer le document « Mes valeurs » ? J'ai formaté mon ordinateur et j'ai perdu toutes mes données.

Merci,
Manon"""),
    M("ord-newsletter-loved", "", "Newsletter",
      """La newsletter de ce mois était super inspirante, merci Sandra !
Isabelle"""),
    M("ord-newsletter-not-received", "", "Inscription newsletter",
      """Bonjour,

Je me suis inscrite à la newsletter depuis votre site il y a deux semaines, mais je n'ai rien reçu. C'est normal ?

Amandine"""),
    M("ord-retire-words", "", "Désolée",
      """Bonjour Sandra,

Je retire ce que j'ai dit lors de la dernière séance, j'étais énervée. Désolée, ce n'était pas contre vous.

Karine"""),
    M("ord-typo-pdf", "", "Support PDF",
      """Bonjour,

Petite coquille dans le support PDF page 4 : « Estime de soit ». Vous pouvez la corriger pour les prochains participants.

Paul"""),
    M("ord-change-pack", "", "Formule",
      """Bonjour,

J'aimerais changer de formule : passer du pack 5 séances au pack 10. Comment on fait ?

Sophie"""),
    M("ord-registration-confirm", "", "Inscription atelier 3 octobre",
      """Bonjour,

Je vous confirme mon inscription à l'atelier du 3 octobre. Ci-joint ma fiche d'inscription avec mes coordonnées.

Chloé Bertrand"""),
    M("ord-en-certificate", "", "Certificate",
      """Hi Sandra, can I get a copy of the certificate of attendance for my employer? Thanks, Mark""", lang="en"),
    M("ord-cpf", "", "Financement",
      """Bonjour,

Mon entreprise finance la formation via le CPF, que dois-je vous transmettre comme informations ?

Élodie"""),
    M("ord-parent-child", "", "Atelier parent-enfant",
      """Est-ce que je peux venir avec ma fille à l'atelier parent-enfant ? Elle a 9 ans.
Fatima"""),
    M("ord-late-fees", "", "Frais",
      """Merci d'avoir supprimé les frais de retard, c'est très gentil de votre part.
Inès"""),
    M("ord-instagram-video", "", "Vidéo",
      """La vidéo que vous avez publiée sur Instagram est magnifique, bravo !
Julie"""),
    M("ord-parking", "", "Parking",
      """Bonjour, y a-t-il un accès parking près du cabinet ?
Merci
Lucas"""),
    M("ord-en-english", "", "Sessions in English",
      """Hello, do you offer sessions in English? My partner would like to join.
Emily""", lang="en"),
    M("ord-oppose-prices", "", "Tarifs",
      """Bonjour,

Je m'oppose fermement à l'augmentation de vos tarifs, 20 % c'est beaucoup ! Mais je reste cliente.

Nathalie"""),
    M("ord-news", "", "Nouvelles",
      """Bonjour Sandra, plus de nouvelles depuis notre dernière séance, j'espère que vous allez bien. Je vous écris bientôt pour reprendre.
Camille"""),
    M("ord-access-received", "", "Plateforme",
      """J'ai bien reçu mes accès à la plateforme, merci !
Aurélie"""),
    M("ord-en-deleted-app", "", "App",
      """Hi, I've deleted the app from my phone, is there a web version of the meditation library?
Olivia""", lang="en"),
    M("ord-skip-session", "", "Pack",
      """Bonjour,

Je voudrais supprimer une des séances de mon pack car je pars à l'étranger : est-ce remboursable ?

Yasmine"""),
    M("ord-html-thanks", "", "Merci pour l'atelier",
      """Bonjour Sandra,

Un grand merci pour l'atelier de samedi. Les exercices d'ancrage m'ont fait un bien fou. Je partage volontiers mes coordonnées avec les autres participantes si elles veulent covoiturer la prochaine fois.

Belle semaine,
Hélène""", html=True),
    M("ord-en-html-invoice", "", "Invoice",
      """Hi Sandra,

Could you re-send the invoice for September? I accidentally deleted it. Also, is it ok to pay by bank transfer this time?

Thanks,
James""", lang="en", html=True),
    M("ord-reply-session-ok", "", "Séance de jeudi",
      """Parfait, à jeudi ! J'apporte mon carnet.
Léa""", quoted=Q_SESSION),
    M("ord-reply-offer-interested", "", "Nouveau programme",
      """Oui ça m'intéresse ! Vous pouvez m'inscrire, mes coordonnées n'ont pas changé.
Fatima""", quoted=Q_OFFER),
    M("ord-en-reply-ok", "", "Session",
      """Great, see you then. I'll send a copy of my journal beforehand.
Mark""", lang="en", quoted=Q_SESSION_EN),
    M("ord-copie-attestation", "", "Attestation",
      """Bonjour,

Ma mutuelle rembourse une partie des séances : pourriez-vous me faire une attestation de présence ? Je vous envoie copie de ma carte.

Sarah"""),
    M("ord-stop-smoking", "", "Arrêter",
      """Bonjour Sandra,

J'ai enfin arrêté de fumer grâce à nos séances ! Je voulais vous le dire. Je supprime même les applis de cigarette électronique de mon téléphone.

Marc"""),
    M("ord-update-on-me", "", "Des nouvelles",
      """Bonjour,

Je voulais vous donner des nouvelles : j'ai changé de travail, je suis maintenant coordinatrice. Les séances ont vraiment porté leurs fruits.

Karine"""),
    M("ord-desabonne-yoga-app", "", "Conseil",
      """Bonjour Sandra, je me suis désabonnée de toutes les applis de méditation payantes comme vous me l'aviez conseillé, ça fait du bien au budget ! Vous en recommandez une gratuite ?
Julie"""),
    M("ord-en-access-building", "", "Building access",
      """Hi, what's the door code to access the building for Saturday's workshop?
Paul""", lang="en"),
    M("ord-en-remove-from-group", "", "Carpool",
      """Hi Sandra, for the carpool list for the retreat - please put me down as a driver, I have 3 seats.
Olivia""", lang="en"),
    M("ord-typo-merci", "", "merci",
      """coucou sandra merci pr la seance d'hier c t top, a dans 2 semaine !!
Nadia"""),
    M("ord-recommend", "", "Recommandation",
      """Bonjour,

Une amie, Lucie, aimerait vous contacter pour un accompagnement. Puis-je lui donner votre numéro ?

Élodie"""),
]
