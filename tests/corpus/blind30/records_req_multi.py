"""Requests carrying two or three rights (French and English)."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

# NEAR-LINE: testimonial withdrawal plus erasure of all data -> erasure + withdraw_consent.
R("mx-fr-testimonial-and-all-data", ["erasure", "withdraw_consent"], "fr",
  "Brigitte Hamon <brigitte.hamon@gmail.com>",
  "Retrait témoignage et effacement",
  "2025-02-27 19:03",
  """Bonjour Sandra,

Je vous écris pour deux choses :
1) je retire mon consentement à la publication de mon témoignage (celui avec ma photo sur la page "Ils m'ont fait confiance") ;
2) je vous demande d'effacer l'ensemble de mes données personnelles, dossier de coaching compris.

Je tourne une page et je préfère repartir de zéro.

Merci de me confirmer quand ce sera fait.
Brigitte Hamon"""),

R("mx-en-photo-and-delete", ["erasure", "withdraw_consent"], "en",
  "Rachel Whitmore <rachel.whitmore@gmail.com>",
  "Photo on your website + my data",
  "2025-05-30 16:22",
  """Hi Sandra,

I hope you're well. I'm writing because I'd like to withdraw my consent for the photo of me from the June retreat that's on your website and Facebook page. Please take it down.

While you're at it, please delete everything else you hold about me too - my sign-up form, the intake questionnaire, emails, all of it. I've moved back to the UK and won't be attending any more sessions.

Thanks so much, and all the best,
Rachel""",
  html="alt"),

R("mx-fr-be-video-and-all", ["erasure", "withdraw_consent"], "fr-BE",
  "Sébastien Wouters <sebastien.wouters@live.be>",
  "Vidéo et données",
  "2025-08-28 09:14",
  """Bonjour Madame,

Je retire mon accord pour la diffusion de la vidéo enregistrée lors du cercle de parole de mai, dans laquelle j'interviens. Je vous demande également de supprimer toutes les données que vous détenez à mon sujet.

Je vous remercie de faire le nécessaire et de me tenir au courant.

Bien à vous,
Sébastien Wouters"""),

R("mx-fr-access-portability", ["access", "portability"], "fr",
  "Agnès Poulain <agnes.poulain@orange.fr>",
  "Copie et export de mes données",
  "2025-04-14 10:06",
  """Bonjour Madame,

Je souhaite savoir quelles données personnelles vous détenez à mon sujet et en recevoir une copie.

Par ailleurs, pour celles que je vous ai fournies moi-même (fiche d'inscription, questionnaires), merci de me les transmettre dans un format réutilisable, type CSV, afin que je puisse les transférer à l'organisme qui prend le relais de mon accompagnement.

Avec mes remerciements,
Agnès Poulain""",
  client="orange"),

R("mx-en-access-portability", ["access", "portability"], "en",
  "Daniel Okafor <daniel.okafor@outlook.com>",
  "Subject access + data export",
  "2025-09-15 08:40",
  """Dear Ms Delomenie,

I completed your online course "Finding your balance" earlier this year.

Under Articles 15 and 20 of the GDPR I would like (a) confirmation of what personal data you hold about me, with a copy, and (b) the data I provided to you in a machine-readable format (CSV or JSON is fine) so I can move it to another platform.

Kind regards,
Daniel Okafor""",
  client="outlook", html="alt"),

R("mx-fr-informal-access-portability", ["access", "portability"], "fr-informal",
  "Mélanie <melanie.colas@gmail.com>",
  "mes donnees",
  "2025-12-28 11:53",
  """salut sandra !

jaimerais savoir ce que t'as sur moi exactement (fiches, questionnaires, mails...) et que tu me l'envoies. et si possible en fichier excel ou csv que je puisse le mettre dans mon drive et le reutiliser avec ma nouvelle psy

merci et bonnes fetes
mel"""),

R("mx-fr-access-rectification", ["access", "rectification"], "fr",
  "Patricia Legrand <patricia.legrand@gmail.com>",
  "Mes données et une erreur",
  "2025-03-25 14:31",
  """Bonjour Sandra,

Je voudrais recevoir une copie des données que vous avez sur moi. En regardant ma facture de février, j'ai aussi vu que mon adresse est fausse : j'habite 17 rue Marceau à Issoudun, pas 71. Merci de corriger cela dans votre fichier.

Bonne journée,
Patricia"""),

R("mx-en-access-rectification", ["access", "rectification"], "en-nonnative",
  "Lukas Schneider <lukas.schneider@gmx.de>",
  "Request about my data",
  "2025-06-05 21:17",
  """Hello Mrs Delomenie,

I was participant in your online training in spring. Please can you send me a copy of all personal data you have about me? Also my family name is written wrong in my certificate and in your system, it is "Schneider" with "ei", not "Schnieder". Please correct it.

Thank you very much and best regards from Freiburg,
Lukas Schneider""",
  client="thunderbird"),

R("mx-fr-access-then-erase", ["access", "erasure"], "fr",
  "Roselyne Marie <roselyne.marie@laposte.net>",
  "Mes données",
  "2025-07-10 09:50",
  """Bonjour,

Dites-moi d'abord ce que vous avez comme données sur moi (et envoyez-m'en une copie), puis supprimez tout.

Merci,
Roselyne Marie""",
  client="thunderbird"),

# NEAR-LINE: non-native "cancel all of them from your files" means delete -> erasure,
# plus "which personal informations you keep" -> access.
R("mx-en-nonnative-access-erase", ["access", "erasure"], "en-nonnative",
  "Giulia Romano <giulia.romano@libero.it>",
  "my personal data",
  "2025-10-17 13:05",
  """Good morning,

I have make the workshop "Parents of teenagers" with you in 2024 when I lived in Châteauroux. Now I am back in Italy. I would like to know which personal informations you keep about me, and after that I want that you cancel all of them from your files.

Thank you for your help.
Best regards,
Giulia Romano"""),

# NEAR-LINE: unsubscribing (objection) plus "effacez tout" (erasure).
R("mx-fr-unsub-and-erase", ["erasure", "objection"], "fr",
  "Ghislaine Fontaine <ghislaine.fontaine@orange.fr>",
  "Désinscription et suppression",
  "2025-05-19 08:15",
  """Bonjour,

Je ne veux plus recevoir votre newsletter ni vos offres. Et tant qu'on y est, effacez tout ce que vous avez sur moi.

Cordialement,
G. Fontaine""",
  quote=dict(frm=CONTACT, date="2025-05-18 07:00", subj="✨ Dernières places pour le stage d'été",
             text="""Bonjour Ghislaine,

Il reste 2 places pour le stage d'été "Se reconnecter à soi" du 7 au 9 juillet.
Inscriptions : https://floraisondesoi.systeme.io/stage-ete

Sandra"""), client="orange"),

R("mx-fr-ca-unsub-and-erase", ["erasure", "objection"], "fr-CA",
  "Nathalie Bouchard <nathalie.bouchard@videotron.ca>",
  "Désabonnement et effacement",
  "2026-01-20 22:10",
  """Bonsoir,

Je voudrais être désabonnée de votre infolettre. J'aimerais aussi que vous effaciez mes renseignements personnels de vos dossiers, je n'ai plus l'intention de suivre de formation.

Merci à l'avance,
Nathalie Bouchard"""),

R("mx-fr-source-and-no-sms", ["access", "objection"], "fr",
  "Rémi Chevalier <remi.chevalier@gmail.com>",
  "SMS non sollicités",
  "2025-09-08 12:44",
  """Bonjour,

Je reçois depuis trois semaines des SMS annonçant vos stages. Je n'ai aucun souvenir de vous avoir donné mon numéro.

D'où tenez-vous mon numéro de téléphone et quelles autres informations avez-vous sur moi ? Et je m'oppose à recevoir ces SMS à l'avenir.

Rémi Chevalier"""),

R("mx-fr-contest-and-copy", ["access", "restriction"], "fr",
  "Estelle Vincent <estelle.vincent@hotmail.fr>",
  "Bilan de fin d'accompagnement",
  "2025-11-18 17:28",
  """Bonjour Sandra,

On m'a rapporté que mon bilan de fin d'accompagnement contient des éléments que je conteste (notamment sur mes "difficultés relationnelles avec la hiérarchie").

Je vous demande une copie de tout ce que vous avez sur moi pour vérifier, et d'ici là, de ne pas utiliser ni transmettre ce bilan tant que la question de son exactitude n'est pas réglée.

Estelle Vincent""",
  client="outlook"),

R("mx-en-fix-email-stop-newsletter", ["objection", "rectification"], "en",
  "Hannah Clarke <hannah.clarke@icloud.com>",
  "Email address + newsletter",
  "2025-04-03 07:55",
  """Hi Sandra,

Two quick things:
- My email on file is still my old work address (h.clarke@brightwell-consulting.co.uk). Please change it to this one, hannah.clarke@icloud.com, for course access and invoices.
- And I'd rather not get the monthly newsletter any more, please take me off the list.

Thanks!
Hannah

Sent from my iPhone"""),

R("mx-fr-export-then-delete", ["erasure", "portability"], "fr",
  "Coralie Bernard <coralie.bernard@gmail.com>",
  "Export puis suppression",
  "2025-06-24 20:02",
  """Bonjour,

J'arrête la formation en ligne. Avant que vous ne supprimiez mon compte, j'aimerais récupérer mes réponses aux exercices et mon journal de bord dans un format réutilisable (CSV, Word, peu importe du moment que je peux les réutiliser).

Une fois l'export envoyé, merci de supprimer toutes mes données.

Coralie Bernard""",
  html="alt"),

R("mx-en-export-then-delete", ["erasure", "portability"], "en",
  "Megan O'Brien <megan.obrien@yahoo.co.uk>",
  "Moving on - export and delete",
  "2025-11-03 10:48",
  """Dear Sandra,

I'm switching to another coach closer to home. Could you please send my intake forms and session worksheets directly to her in a digital format she can import (her email is fiona@fionamcgrathcoaching.ie)? Once that's done, please erase all of my personal data from your systems.

With thanks for everything,
Megan""",
  client="yahoo"),

R("mx-fr-unsub-and-testimonial", ["objection", "withdraw_consent"], "fr",
  "Odile Perrier <odile.perrier@wanadoo.fr>",
  "Newsletter et témoignage",
  "2025-10-30 15:35",
  """Bonjour Sandra,

Merci de me désinscrire de la newsletter. Et je retire mon accord pour le témoignage que je vous avais écrit après le stage de 2023 : vous pouvez le retirer de votre page.

Sans rancune, j'ai simplement besoin de couper un peu avec tout ça.

Odile""",
  client="orange"),

# NEAR-LINE: three rights: what is held (access), delete (erasure), no more marketing
# meanwhile (objection).
R("mx-fr-triple-access-erase-object", ["access", "erasure", "objection"], "fr",
  "Vincent Lemaître <vincent.lemaitre@gmail.com>",
  "RGPD - plusieurs demandes",
  "2026-02-23 09:21",
  """Madame,

1. Je vous demande la liste et la copie des données me concernant dont vous disposez, ainsi que leur origine.
2. Je vous demande ensuite leur effacement complet.
3. Dans l'intervalle, je m'oppose à toute utilisation de mes coordonnées à des fins commerciales (newsletter, SMS, relances).

Je vous joins ma pièce d'identité.

Vincent Lemaître""",
  att=[dict(name="CNI_Lemaitre.jpg", kind="jpg")]),

R("mx-en-triple-access-port-erase", ["access", "erasure", "portability"], "en",
  "Olivia Bennett <olivia.bennett@protonmail.com>",
  "GDPR requests - Olivia Bennett",
  "2025-08-14 18:30",
  """Dear Sandra,

I'm closing the chapter on my coaching programme and would like to make three requests under the GDPR:

1. Please tell me what personal data you hold about me and send me a copy (Art. 15).
2. Please provide the data I gave you in a machine-readable format such as CSV (Art. 20).
3. Once you have sent both, please erase my data (Art. 17).

Many thanks,
Olivia Bennett""",
  client="proton"),

R("mx-fr-ch-triple-health", ["access", "rectification", "restriction"], "fr-CH",
  "Corinne Gasser <corinne.gasser@bluewin.ch>",
  "Données de santé erronées",
  "2025-12-17 08:45",
  """Madame,

Votre fiche de suivi indique que je souffre de "troubles anxieux sévères", ce qui est faux : j'ai mentionné une période de stress passagère.

Je vous prie de :
- me transmettre une copie de l'intégralité de ma fiche et des données me concernant ;
- corriger cette mention ;
- et, en attendant la correction, ne plus utiliser cette fiche d'aucune manière.

Meilleures salutations,
Corinne Gasser""",
  att=[dict(name="carte_identite_CH_Gasser.jpg", kind="jpg")]),

R("mx-fr-address-and-delete-health", ["erasure", "rectification"], "fr",
  "Aurore Mercier <aurore.mercier@free.fr>",
  "Mise à jour de mon dossier",
  "2025-05-08 11:26",
  """Bonjour Sandra,

Deux demandes pour mon dossier :
- ma nouvelle adresse est 5 impasse des Lilas, 36100 Saint-Aoustrille (l'ancienne à Issoudun n'est plus valable) ;
- par ailleurs, je souhaite que les informations concernant ma grossesse et mon suivi médical soient effacées, elles n'ont plus lieu d'être maintenant que nous avons terminé.

Merci beaucoup,
Aurore""",
  client="thunderbird"),

R("mx-fr-withdraw-health-and-access", ["access", "withdraw_consent"], "fr",
  "Hugues Delmas <hugues.delmas@gmail.com>",
  "Consentement données de santé",
  "2026-03-03 19:40",
  """Bonjour,

Je retire mon consentement à la collecte et au traitement de mes données de santé dans le cadre de mon accompagnement.

J'aimerais aussi savoir précisément quelles informations médicales et autres données me concernant vous avez enregistrées jusqu'ici, et en recevoir une copie.

Cordialement,
Hugues Delmas"""),

# NEAR-LINE: stop marketing (objection) + keep the notes but do not use them for case
# studies (restriction).
R("mx-en-object-and-restrict", ["objection", "restriction"], "en",
  "Priya Natarajan <priya.natarajan@gmail.com>",
  "Marketing emails and my coaching notes",
  "2025-07-24 12:12",
  """Hi Sandra,

Please stop sending me marketing emails and course promotions.

Separately, I heard you're writing up anonymised case studies for your new training. Please don't use my session notes for that or for anything else beyond keeping them on file - I don't want them deleted, as I may come back next year, but I don't want them used in the meantime.

Best,
Priya"""),

R("mx-fr-informal-access-erase", ["access", "erasure"], "fr-informal",
  "Kevin <kev.berrichon@hotmail.fr>",
  "",
  "2025-09-27 02:14",
  """bonsoir
envoyez moi ce que vous avez sur moi (fiche, mails, tout) et apres effacez tout svp, jai plus besoin de vos services
merci
kevin""",
  client="outlook"),

R("mx-en-nonnative-unsub-delete", ["erasure", "objection"], "en-nonnative",
  "Carmen Ortega <carmen.ortega@gmail.com>",
  "Unsubscribe and delete",
  "2026-01-09 09:09",
  """Hello,

Please remove me from your newsletter, I don't want receive more emails. And please delete all my data you have, I do not need the account in your platform anymore.

Thanks,
Carmen Ortega""",
  quote=dict(frm=CONTACT, date="2026-01-08 07:00", subj="Nouvelle année, nouveaux ateliers 🌱",
             text="""Bonjour Carmen,

Belle et heureuse année 2026 ! Voici le calendrier des ateliers du premier trimestre...

Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe/c0e1""")),
]
