# Message records for the b9 corpus: NEGATIVES (rights == []).
# Hard negatives: ordinary mail using the same vocabulary, automatic mail, her own sent mail,
# vendor GDPR notices, spam/phishing, third-party questions, CNIL complaints, how-it-works
# questions, thank-you notes above quoted requests, cancellations, password/space access.

S = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
SP = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")


def N(key, lang, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=[], frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


LU = lambda url, mail: {"List-Unsubscribe": f"<{url}>, <mailto:{mail}>",
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                        "Precedence": "bulk"}
AUTO = {"Auto-Submitted": "auto-generated"}
AUTOREPLY = {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}

RECORDS = [
# ================================================================ ordinary mail, same words (FR)
N("neg-fr-supprimer-creneau", "fr", ("Marion Chauvet", "marion.chauvet@gmail.com"),
  "Créneau de jeudi",
  """Bonjour Sandra,

Tu peux supprimer mon créneau de jeudi 10h ? J'ai un rendez-vous médical qui tombe pile à ce moment-là. Je te redis pour la semaine suivante.

Marion"""),

N("neg-fr-annuler-atelier", "fr", ("Jeanne Lefort", "jeanne.lefort@orange.fr"),
  "Annulation atelier du 12",
  """Bonjour,

Je dois malheureusement annuler mon inscription à l'atelier « Poser ses limites » du 12. Est-il possible de reporter l'acompte sur l'atelier de juin ?

Jeanne Lefort"""),

N("neg-fr-desinscrire-stage", "fr", ("Patrice Gomez", "patrice.gomez@sfr.fr"),
  "Stage de juin",
  """Bonjour Madame,

Je me désinscris du stage résidentiel de juin : mon employeur a refusé mes congés. Merci de me dire comment se passe le remboursement.

Patrice Gomez"""),
# NEAR-LINE: "désinscris" here = cancelling a workshop registration, not a mailing list.

N("neg-fr-resilier-abonnement", "fr", ("Clémence Marty", "clemence.marty@gmail.com"),
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement au programme mensuel « Floraison continue » à la fin de ce mois. Merci de stopper les prélèvements Stripe.

Clémence"""),

N("neg-fr-mdp-oublie", "fr", ("Raphaël Durand", "raphael.durand@hotmail.fr"),
  "Impossible d'accéder à mon espace",
  """Bonjour,

Je n'arrive plus à accéder à mon espace de formation, le mot de passe ne fonctionne plus et je ne reçois pas le mail de réinitialisation. Pouvez-vous m'aider ?

Raphaël"""),

N("neg-fr-efface-lien-replay", "fr", ("Muriel Texier", "muriel.texier@laposte.net"),
  "Lien du replay",
  """Bonjour Sandra,

J'ai effacé par erreur le mail avec le lien du replay de samedi. Tu peux me le renvoyer ? Merci ! Muriel"""),

N("neg-fr-copie-facture", "fr", ("Sébastien Maillard", "s.maillard@maillard-conseil.fr"),
  "Copie facture mars",
  """Bonjour,

Pourriez-vous m'envoyer une copie de la facture de mars pour la séance de coaching ? Mon comptable la réclame.

Merci,
Sébastien Maillard
Maillard Conseil"""),
# NEAR-LINE: a copy of one invoice for accounting = ordinary admin request, not a request for her data.

N("neg-fr-modifier-rdv", "fr", ("Ophélie Garcia", "ophelie.garcia@gmail.com"),
  "Modifier notre RDV",
  """Coucou, est-ce qu'on peut modifier l'heure de notre rdv de lundi ? 17h30 au lieu de 16h ce serait top. Bises, Ophélie"""),

N("neg-fr-corriger-support", "fr", ("Alexandre Fleury", "alex.fleury@orange.fr"),
  "Petite coquille dans le support",
  """Bonjour Sandra,

Une coquille à corriger dans le support PDF de la formation, page 12 : « il faut s'avoir dire non » → « savoir dire non ». Rien de grave, c'était juste pour vous le signaler !

Alexandre"""),

N("neg-fr-formulaire-consentement", "fr", ("Anaïs Colin", "anais.colin@gmail.com"),
  "Formulaire de consentement",
  """Bonjour,

Dois-je imprimer et signer le formulaire de consentement avant la première séance, ou est-ce que je peux le remplir en ligne ? Je vous l'apporte jeudi sinon.

Anaïs Colin"""),

N("neg-fr-donne-infos-inscription", "fr", ("Bruno Picard", "bruno.picard@wanadoo.fr"),
  "Inscription stage - mes informations",
  """Bonjour,

Voici mes informations pour l'inscription au stage de septembre :
Nom : Picard
Prénom : Bruno
Adresse : 8 rue du Pont, 36100 Issoudun
Téléphone : 06 33 21 98 74
Régime alimentaire : végétarien

Cordialement,
Bruno Picard"""),

N("neg-fr-acces-module3", "fr", ("Lisa Bonneau", "lisa.bonneau@gmail.com"),
  "Accès module 3",
  """Bonjour,

L'accès au module 3 ne fonctionne pas, j'ai un message « contenu verrouillé ». Le module 2 est pourtant terminé à 100 %. Un bug ?

Lisa"""),

N("neg-fr-attestation-france-travail", "fr", ("Stéphane Huet", "stephane.huet@gmail.com"),
  "Attestation de formation",
  """Bonjour,

France Travail me demande une copie de mon attestation de fin de formation. Pouvez-vous me la renvoyer en PDF ? Je ne la retrouve plus.

Merci,
Stéphane Huet"""),
# NEAR-LINE: asks for a service document (certificate), not for a copy of personal data held.

N("neg-fr-rgpd-tout-ok", "fr", ("Fanny Riou", "fanny.riou@gmail.com"),
  "Contrat signé",
  """Bonjour Sandra,

Voici le contrat signé. J'ai lu la partie RGPD et la politique de confidentialité, tout me va, y compris pour le consentement sur les données de santé.

À mardi !
Fanny""", att=["contrat_accompagnement_Riou_signe.pdf"]),

N("neg-fr-temoignage-donne", "fr", ("Martine Lesage", "martine.lesage@orange.fr"),
  "Mon témoignage",
  """Bonjour Sandra,

Comme promis, voici mon témoignage :
« Grâce à Sandra, j'ai enfin osé prendre ma place au travail. Un accompagnement doux et exigeant à la fois. »

Vous pouvez l'utiliser avec mon prénom et l'initiale de mon nom, et la photo jointe.

Martine L.""", att=["photo_martine.jpg"]),

N("neg-fr-supprime-facebook", "fr", ("Gaëlle Hubert", "gaelle.hubert@gmail.com"),
  "Groupe Facebook",
  """Hello Sandra,

Petite info : j'ai supprimé mon compte Facebook (ras-le-bol), donc je ne verrai plus les messages du groupe des participantes. Si tu as des infos pratiques pour le stage, tu peux m'écrire ici par mail.

Gaëlle"""),

N("neg-fr-changement-carte", "fr", ("Xavier Roche", "xavier.roche@outlook.fr"),
  "Prélèvement refusé",
  """Bonjour,

Ma carte a expiré, d'où le prélèvement refusé ce mois-ci. J'ai reçu le lien Stripe pour mettre à jour le moyen de paiement, c'est fait. Tout devrait rentrer dans l'ordre.

Xavier Roche"""),
# NEAR-LINE: payment method updated by the client himself on Stripe; informs, asks nothing.

N("neg-fr-opposer-deplacement", "fr", ("Hélène Caron", "helene.caron@gmail.com"),
  "Déplacement de l'atelier",
  """Bonjour Sandra,

Je ne m'oppose pas du tout à ce que l'atelier soit déplacé au samedi, au contraire ça m'arrange. Par contre je préfère garder la salle de la rue d'Estienne d'Orves si possible.

Hélène"""),

N("neg-fr-drive-supprimer-fichier", "fr", ("Arthur Besnier", "arthur.besnier@gmail.com"),
  "Fichier sur le Drive",
  """Bonjour Sandra,

J'ai déposé mon exercice dans le Drive partagé mais en double. Comment je fais pour supprimer l'un des deux fichiers ? Je n'ai pas l'option, on dirait que je n'ai que les droits de lecture.

Arthur"""),

N("neg-fr-copie-slides", "fr", ("Nora Haddad", "nora.haddad@yahoo.fr"),
  "Support de la conférence",
  """Bonjour,

J'ai assisté à votre conférence à la médiathèque jeudi. Est-il possible d'avoir une copie des diapositives ? Les exercices de respiration m'ont beaucoup aidée.

Nora Haddad"""),

N("neg-fr-export-participants-collegue", "fr", ("Valentine Rousseau", "valentine@rousseau-sophro.fr"),
  "Atelier commun - liste",
  """Coucou Sandra,

Pour notre atelier commun du 20, tu peux me faire un export de la liste des inscrits (noms + téléphones) ? Je voudrais préparer les badges et envoyer le rappel de mon côté.

Bises,
Valentine
Sophrologue - Rousseau Sophro"""),

N("neg-fr-mes-informations-tel", "fr", ("Chantal Poulain", "chantal.poulain@orange.fr"),
  "Mes informations",
  """Bonjour Sandra,

Comme je vous l'ai dit au téléphone, je vous renvoie mes informations pour la facture : Chantal Poulain, 3 rue de la Poste, 36260 Reuilly. C'est bien au nom de ma mutuelle qu'il faut envoyer la copie ensuite ?

Merci,
Chantal"""),

N("neg-fr-fermer-compte-seul", "fr", ("Emma Girard", "emma.girard@gmail.com"),
  "Clôture de mon compte",
  """Bonjour,

Vous pouvez clôturer mon compte sur la plateforme, je n'utilise plus la formation depuis longtemps.

Bonne journée,
Emma Girard"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

N("neg-fr-annuler-accompagnement", "fr", ("Romain Faure", "romain.faure@sfr.fr"),
  "Fin de l'accompagnement",
  """Bonjour Sandra,

Je préfère arrêter l'accompagnement après la séance de mardi. Merci pour tout ce travail, je reviendrai peut-être vers toi plus tard. Je te règle la dernière séance sur place.

Romain"""),

N("neg-fr-reset-mdp", "fr", ("Inès Barbier", "ines.barbier@gmail.com"),
  "mot de passe",
  """bonjour, je voudrais réinitialiser mon mot de passe pour la plateforme systeme io, j ai changé de téléphone et je n ai plus rien. merci"""),

N("neg-fr-acceder-espace", "fr", ("Francis Marchal", "francis.marchal@wanadoo.fr"),
  "Accéder à mon espace",
  """Bonjour Madame,

Comment puis-je accéder à mon espace membre pour revoir la vidéo sur la gestion du stress ? Je ne trouve pas le lien sur le site.

Bien cordialement,
Francis Marchal"""),

N("neg-fr-retirer-candidature", "fr", ("Lola Aubert", "lola.aubert@gmail.com"),
  "Candidature assistante",
  """Bonjour Madame Delomenie,

Je vous remercie de m'avoir reçue pour le poste d'assistante à temps partiel. J'ai entre-temps accepté une autre proposition et je retire donc ma candidature.

Bien cordialement,
Lola Aubert"""),

N("neg-fr-merci-apres-suppression", "fr", ("Françoise Lamarque", "f.lamarque@orange.fr"),
  "RE: Exercice du droit à l'effacement",
  """Merci beaucoup Madame pour votre réponse rapide, c'est parfait.

F. Lamarque""", quote=dict(style="outlook_fr", who=S, text="""Bonjour Madame Lamarque,

Je vous confirme que l'ensemble de vos données a été effacé de mes fichiers, de la plateforme de formation et de l'outil d'emailing. Seules les factures sont conservées le temps imposé par la loi.

Bien cordialement,
Sandra Delomenie""")),
# NEAR-LINE: thank-you above a quoted confirmation of an erasure -> negative (only new text counts).

N("neg-fr-merci-au-dessus-demande", "fr", ("Sabrina", "sab.dumas@gmail.com"),
  "Re: Suppression",
  """Merci Sandra, bien reçu ta confirmation. Belle continuation à toi 🌸""",
  quote=dict(style="gmail_fr", who=("Sabrina", "sab.dumas@gmail.com"), to=S, text="""Salut Sandra,

Tu peux supprimer tout ce que tu as sur moi stp ? Notes, mails, fiches, tout.

Sab""")),
# NEAR-LINE: the quoted history contains an erasure request; the new text is a thank-you.

N("neg-fr-question-suppression-acces", "fr", ("Catherine Blanchard", "catherine.blanchard@gmail.com"),
  "Question avant de m'inscrire",
  """Bonjour,

Avant de m'inscrire à la formation en ligne, j'ai une question : si un jour je demande la suppression de mes données, est-ce que je perds aussi l'accès aux vidéos que j'ai achetées ? Et combien de temps gardez-vous les informations après la fin ?

Merci,
Catherine Blanchard"""),
# NEAR-LINE: asks how the right and retention work, asks for nothing -> negative.

N("neg-fr-question-temoignage-retirer", "fr", ("Élise Guillaume", "elise.guillaume@gmail.com"),
  "Témoignage - question",
  """Bonjour Sandra,

Tu m'as demandé si j'étais d'accord pour un témoignage. Avant de dire oui : si je change d'avis dans un an, est-ce que je pourrai le faire retirer ? Et est-ce que mon nom apparaîtra en entier ?

Élise"""),

N("neg-fr-question-duree-notes", "fr", ("Morgane Aubry", "morgane.aubry@laposte.net"),
  "Conservation des notes",
  """Bonjour,

Par curiosité, combien de temps conservez-vous les notes de séance après la fin d'un accompagnement ? Je me posais la question en lisant votre politique de confidentialité.

Morgane"""),
# NEAR-LINE: generic question about retention, not a request to know her own data -> negative.

N("neg-fr-conjoint-curieux", "fr", ("Thierry Vasseur", "thierry.vasseur@orange.fr"),
  "Ma femme Corinne",
  """Bonjour,

Ma femme Corinne est venue vous voir plusieurs fois cette année. Elle est très fermée en ce moment et je m'inquiète. Pourriez-vous me dire ce dont elle vous a parlé, ou au moins m'envoyer vos notes ? Je suis son mari.

Thierry Vasseur"""),
# NEAR-LINE: relative asking about another living adult's data -> negative.

N("neg-fr-collegue-coordonnees", "fr", ("Agnès Dupont", "agnes.dupont@cabinet-envol.fr"),
  "Coordonnées d'une participante",
  """Bonjour Sandra,

Une participante de ton atelier d'octobre, Mme Leroy, m'a été recommandée pour un poste. Tu pourrais me transmettre son téléphone et son mail ? Et me dire en deux mots comment elle était en groupe ?

Merci, à charge de revanche,
Agnès"""),

N("neg-fr-mere-fille-majeure", "fr", ("Brigitte Carré", "brigitte.carre@orange.fr"),
  "Ma fille Pauline",
  """Madame,

Ma fille Pauline (24 ans) suit votre formation en ligne. Pouvez-vous supprimer son compte et ses informations ? Elle ne va pas bien et je pense que cela ne lui fait pas du bien.

Brigitte Carré"""),
# NEAR-LINE: parent writing for an ADULT child (another living adult), no mandate -> negative.

N("neg-fr-plainte-cnil-copie", "fr", ("Damien Lopez", "damien.lopez@gmail.com"),
  "Copie de ma plainte CNIL",
  """Madame,

Pour votre information, vous trouverez ci-joint copie de la plainte que j'ai déposée ce jour auprès de la CNIL concernant la réception de vos mails de prospection.

Damien Lopez""", att=["plainte_CNIL_accuse_reception.pdf"]),
# NEAR-LINE: copy of a CNIL complaint -> negative (policy).

N("neg-fr-plainte-cnil-fwd", "fr", ("Damien Lopez", "damien.lopez@gmail.com"),
  "TR: Votre plainte n° 25-004812",
  """Pour info.""", fwd=dict(who=("CNIL - Service des plaintes", "ne-pas-repondre@cnil.fr"), to=("Damien Lopez", "damien.lopez@gmail.com"),
  subject="Votre plainte n° 25-004812", text="""Madame, Monsieur,

Nous accusons réception de votre plainte enregistrée sous le numéro 25-004812 à l'encontre de FLORAISON DE SOI, relative à l'exercice de vos droits (effacement, opposition à la prospection).

Elle sera instruite par nos services dans les meilleurs délais.

La Commission nationale de l'informatique et des libertés""")),

N("neg-fr-amie-ateliers", "fr", ("Sophie Marchal", "sophie.marchal@gmail.com"),
  "Info pour une amie",
  """Coucou Sandra,

Une amie, Justine, voudrait faire ton atelier mais elle a peur que ses infos de santé circulent. Je lui ai dit que tu étais hyper carrée là-dessus, mais tu pourrais m'envoyer le lien de ta politique de confidentialité pour que je lui transfère ?

Bises,
Sophie"""),

N("neg-fr-objection-facture", "fr", ("Lionel Vincent", "lionel.vincent@free.fr"),
  "Contestation facture",
  """Bonjour,

Je conteste la facture n° 2025-047 : la séance du 3 avril avait été annulée plus de 48 h à l'avance. Merci de corriger le montant.

Lionel Vincent"""),
# NEAR-LINE: contests an invoice amount (billing), not the accuracy of personal data.

N("neg-fr-accord-photo", "fr", ("Marie-Claude Renaud", "mc.renaud@orange.fr"),
  "Photos du stage",
  """Bonjour Sandra,

Bien sûr, vous pouvez utiliser la photo de groupe du stage sur le site, j'y consens avec plaisir ! J'ai d'ailleurs partagé le lien de votre page à deux amies.

Marie-Claude"""),

N("neg-fr-desinscrire-cercle", "fr", ("Ginette Petit", "ginette.petit@laposte.net"),
  "Cercle de parole",
  """Bonjour Sandra, je ne pourrai plus venir au cercle du jeudi, vous pouvez me désinscrire des prochaines séances (mes genoux ne me permettent plus les escaliers). Je continuerai à lire vos lettres avec plaisir ! Ginette"""),
# NEAR-LINE: "désinscrire" from workshop sessions while explicitly keeping the newsletter -> negative.

N("neg-fr-nouvelle-adresse-livraison", "fr", ("Nathan Colas", "nathan.colas@gmail.com"),
  "Commande du livre",
  """Bonjour,

J'ai commandé votre livret « 30 jours pour refleurir » sur le site. Pouvez-vous l'envoyer chez mes parents pour cette fois ? 4 rue des Acacias, 36100 Issoudun. Mon adresse habituelle ne change pas.

Nathan"""),
# NEAR-LINE: one-off shipping address for an order, not correcting stored data.

N("neg-fr-pro-partenariat", "fr", ("Julien Caillaud", "j.caillaud@mediatheque-issoudun.fr"),
  "Conférence de novembre",
  """Bonjour Madame Delomenie,

Nous serions ravis de vous accueillir à nouveau pour une conférence en novembre. Pour la communication, pourriez-vous nous transmettre une photo et une courte biographie ? Nous supprimerons l'ancienne affiche du site.

Bien cordialement,
Julien Caillaud
Médiathèque Albert-Camus - Issoudun"""),

N("neg-fr-comptable", "fr", ("Cabinet Comptable Berry", "dossiers@cabinet-berry-expertise.fr"),
  "Pièces manquantes T1",
  """Bonjour Madame Delomenie,

Pour la clôture du premier trimestre, il nous manque l'export Stripe des encaissements et les relevés bancaires de février. Merci de les déposer sur l'espace client.

Cordialement,
L'équipe du Cabinet Berry Expertise"""),

N("neg-fr-forward-temoignage-amie", "fr", ("Nicole Perrin", "nicole.perrin@orange.fr"),
  "TR: article sur toi",
  """Regarde Sandra, on parle de toi dans La Nouvelle République ! Bravo 👏""",
  fwd=dict(who=("Josette Marin", "josette.marin@wanadoo.fr"), to=("Nicole Perrin", "nicole.perrin@orange.fr"),
  subject="article sur Sandra", text="""Nicole, tu as vu l'article sur la coach d'Issoudun ? Il y a la photo du cercle de parole où on est toutes les deux !""")),

N("neg-fr-liste-attente", "fr", ("Anne-Laure Picot", "annelaure.picot@gmail.com"),
  "Liste d'attente",
  """Bonjour, pouvez-vous me retirer de la liste d'attente du stage d'août ? J'ai trouvé une autre date qui me convient mieux. Merci ! Anne-Laure"""),
# NEAR-LINE: removal from a workshop waiting list = cancelling a registration -> negative.

# ================================================================ ordinary mail, same words (EN)
N("neg-en-cancel-booking", "en", ("Jessica Moore", "jessica.moore@gmail.com"),
  "Cancel Thursday",
  """Hi Sandra, I need to cancel my booking on Thursday - my daughter is ill. Can we find another slot next week? Jess"""),

N("neg-en-deleted-zoom", "en", ("Tom Richardson", "tom.richardson@outlook.com"),
  "Zoom link",
  """Hi, I deleted the Zoom link by mistake. Could you resend it for tonight's session? Thanks, Tom"""),

N("neg-en-copy-slides", "en", ("Lucy Hall", "lucy.hall@gmail.com"),
  "Slides from Saturday",
  """Hello Sandra,

Could I get a copy of the slides from Saturday's workshop? I'd like to go over the boundary-setting framework again.

Lucy"""),

N("neg-en-husband-attended", "en", ("Karen Phillips", "karen.phillips@yahoo.co.uk"),
  "My husband",
  """Hello,

My husband Steve says he attended your workshops on the last three Tuesdays. Could you confirm whether he actually came, and what he told the group? I have reasons to ask.

Karen"""),
# NEAR-LINE: spouse asking about another living adult -> negative.

N("neg-en-question-delete", "en", ("Ian Cooper", "ian.cooper@gmail.com"),
  "Quick question about data",
  """Hi Sandra,

Just curious before I sign up: if I later asked you to delete my data, would you still have to keep the invoices? And would I lose access to the course videos?

Ian"""),

N("neg-en-close-account", "en", ("Rebecca Young", "rebecca.young@hotmail.com"),
  "Close my account",
  """Hi, please close my account on the course platform, I've finished everything. Thanks for a great course! Rebecca"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative.

N("neg-en-thanks-export", "en", ("Lukas Becker", "lukas.becker@posteo.de"),
  "Re: Data portability request",
  """Thanks, I got the file and it opens fine. All good on my side.

Lukas""", quote=dict(style="gmail_en", who=("Lukas Becker", "lukas.becker@posteo.de"), to=S, text="""Hello,

I am exercising my right to data portability (Art. 20 GDPR). Please provide the personal data I provided to you in a structured, commonly used and machine-readable format (JSON or CSV).

Best regards,
Lukas Becker""")),

N("neg-en-remove-from-call", "en", ("Danielle Ward", "danielle.ward@gmail.com"),
  "Group call",
  """Hey Sandra, I'm not going to make the group call on Friday, so you can remove me from the invite for that one. See you the week after! Dani"""),
# NEAR-LINE: removing from one calendar invite (attendance) -> negative.

N("neg-en-password", "en", ("Victoria Scott", "victoria.scott@icloud.com"),
  "Can't log in",
  """Hi, I can't access my account on the course site - password reset email never arrives. Can you help? Victoria"""),

N("neg-en-gdpr-question-colleague", "en", ("Helen Clarke", "helen.clarke@clarke-coaching.co.uk"),
  "GDPR for coaches - your take?",
  """Hi Sandra,

We met at the ICF webinar. I'm setting up my own practice and wondering how you handle GDPR requests - e.g. if a client asks for a copy of their session notes, do you send the raw notes or a summary? Any template you'd be willing to share?

Best wishes,
Helen Clarke""", shape="alt"),

N("neg-en-unsubscribe-cancelled", "en", ("Mike Robinson", "mike.robinson@gmail.com"),
  "Subscription",
  """Hi, I'd like to cancel the monthly membership from next month - money is tight right now. Is there anything I need to do on Stripe? Mike"""),

N("neg-en-testimonial-ok", "en", ("Jenny Lee", "jenny.lee@gmail.com"),
  "Re: Testimonial?",
  """Of course! You can use it with my first name and photo. Happy to help :)""",
  quote=dict(style="apple_en", who=S, text="""Hi Jenny,

Would you be OK with me sharing your lovely feedback on the website?

Sandra""")),

N("neg-en-personal-data-form", "en", ("Oliver Wright", "oliver.wright@gmail.com"),
  "Registration form",
  """Hi Sandra,

Attached is my completed registration form with my personal details and emergency contact for the retreat. Let me know if anything is missing.

Oliver""", att=["registration_form_O_Wright.pdf"]),

N("neg-en-friend-data", "en", ("Ella Thompson", "ella.thompson@gmail.com"),
  "For my friend",
  """Hi Sandra,

My friend Mia did your course last year and lost her certificate. She's a bit shy - could you send it to me and I'll pass it on? Her full name is Mia Sinclair.

Thanks!
Ella"""),

N("neg-en-thanks-correction", "en", ("Joanna Whitfield", "joanna.whitfield@gmail.com"),
  "Re: Spelling of my surname",
  """Brilliant, thank you! The new certificate looks perfect.""",
  quote=dict(style="gmail_en", who=S, text="""Hi Joanna,

Done - your surname is corrected everywhere and I've attached a new certificate.

Sandra""")),

N("neg-en-object-to-venue", "en", ("Simon Harris", "simon.harris@gmail.com"),
  "Venue",
  """Hi Sandra, I'd object to the new venue a little - no lift, and I've got a bad knee. Is there any chance we could keep the old room? Simon"""),

N("neg-en-ico-complaint", "en", ("Gary Foster", "gary.foster@gmail.com"),
  "FYI - complaint lodged",
  """Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL about the way my earlier request was handled. Reference attached.

G. Foster""", att=["CNIL_complaint_reference.pdf"]),

# ================================================================ her own sent mail
N("own-fr-confirmation-suppression", "fr", S,
  "Confirmation de suppression de vos données",
  """Bonjour Madame Berthier,

Suite à votre demande, je vous confirme que vos données personnelles ont été supprimées de mes fichiers et de l'outil d'emailing.

Bien cordialement,
Sandra Delomenie
Floraison de Soi""", to="Monique Berthier <monique.berthier@sfr.fr>"),

N("own-fr-copie-donnees", "fr", SP,
  "Votre demande d'accès - copie de vos données",
  """Bonjour Hélène,

Comme suite à votre demande, vous trouverez en pièce jointe la copie de l'ensemble des données vous concernant (fiche client, questionnaires, notes de séances, historique de facturation).

Je reste à votre disposition,
Sandra""", to="Hélène Marchetti <helene.marchetti@wanadoo.fr>", att=["Export_donnees_H_Marchetti.pdf"]),

N("own-fr-newsletter-copie", "fr", SP,
  "Le cercle de parole revient !",
  """Bonjour à toutes et à tous,

Le printemps arrive et avec lui le cercle de parole du jeudi soir : il reste 3 places !

Belle semaine,
Sandra - Floraison de Soi
Vous recevez cette lettre car vous êtes inscrit(e) sur floraisondesoi.fr. Se désinscrire : https://floraisondesoi.fr/desinscription""",
  to="Sandra Delomenie <sandra.delomenie@orange.fr>", shape="alt", headers=LU("https://floraisondesoi.fr/desinscription", "desinscription@floraisondesoi.fr")),

N("own-fr-note-a-soi", "fr", S,
  "à faire RGPD",
  """- répondre demande Aubineau (origine adresse)
- supprimer les vieux exports CSV du Drive
- vérifier que la désinscription Systeme.io marche
- mettre à jour la politique de confidentialité (Calendly)""", to="Sandra Delomenie <sandra.delomenie@orange.fr>"),

N("own-fr-a-assistante", "fr", S,
  "Liste des inscrits stage juin",
  """Coucou Marion,

Peux-tu mettre à jour la liste des inscrits du stage de juin (il y a deux désinscriptions) et supprimer la colonne « allergies » avant d'envoyer la liste au gîte ? Ils n'ont pas besoin des noms associés.

Merci !
Sandra""", to="Marion Dubreuil <assistante.floraison@gmail.com>"),

N("own-fr-reponse-rectif", "fr", S,
  "RE: Erreur dans mon nom",
  """Bonjour Mathilde,

C'est corrigé partout, et je vous renvoie l'attestation au bon nom. Désolée pour l'erreur !

Sandra""", to="Mathilde Quéré <mathilde.quere@gmail.com>",
  quote=dict(style="outlook_fr", who=("Mathilde Quéré", "mathilde.quere@gmail.com"), to=S, text="""Bonjour Sandra,

Mon nom est mal orthographié dans votre fichier : il apparaît comme « Querre ». Il s'écrit Quéré. Pouvez-vous corriger ?

Mathilde Quéré""")),
# NEAR-LINE: her own reply; the quoted part is a rectification request -> negative.

N("own-en-reply-sar", "en", SP,
  "Re: Subject Access Request - Thomas Greaves",
  """Dear Mr Greaves,

Thank you for your request, received on the 12th. I will send you a copy of your personal data within one month, as required. Could you please confirm the postal address to which any paper documents should be sent?

Kind regards,
Sandra Delomenie""", to="Thomas Greaves <t.greaves@outlook.com>"),

# ================================================================ automatic mail
N("auto-fr-absence", "fr", ("Claire Bonnin-Delaunay", "claire.bonnin@gmail.com"),
  "Réponse automatique : Le cercle de parole revient !",
  """Bonjour,

Je suis absente du 4 au 18 août avec un accès limité à mes mails. Les messages reçus pendant cette période ne seront pas transférés ; pour toute urgence, contactez le 02 54 21 00 00.

Claire""", headers=AUTOREPLY),

N("auto-fr-absence-outlook", "fr", ("Aurélie Dufresne", "aurelie.dufresne@ac-orleans-tours.fr"),
  "Absent(e) du bureau : Demande au titre du RGPD",
  """Je suis actuellement en congé et n'ai pas accès à ma messagerie. Votre message ne sera pas lu et sera supprimé à mon retour. Merci de le renvoyer après le 2 septembre.""",
  headers=AUTOREPLY),

N("auto-en-ooo", "en", ("Thomas Greaves", "t.greaves@outlook.com"),
  "Automatic reply: Re: Subject Access Request - Thomas Greaves",
  """Thank you for your email. I am out of the office until Monday 14th with no access to email. For data protection matters at Greaves & Co please contact dpo@greavesco.co.uk.""",
  headers=AUTOREPLY),

N("auto-en-ooo-parental", "en", ("Sarah Mitchell", "sarah.mitchell@gmail.com"),
  "Out of office",
  """Hi! I'm on parental leave until March and checking emails rarely. If it's about my data or account on your course, I'll sort it when I'm back. Sarah""",
  headers=AUTOREPLY),
# NEAR-LINE: auto-reply that mentions "my data" -> negative.

N("bounce-fr-orange", "fr", ("Mail Delivery System", "MAILER-DAEMON@orange.fr"),
  "Non remis : Confirmation de suppression de vos données",
  """Ceci est un message automatique du système de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  monique.berthier@neuf.fr
    Adresse inconnue / boîte aux lettres supprimée""",
  kind="bounce", bounce_rcpt="monique.berthier@neuf.fr",
  orig_subj="Confirmation de suppression de vos données",
  orig_body="Bonjour Madame Berthier,\n\nSuite à votre demande, je vous confirme que vos données personnelles ont été supprimées.\n\nSandra Delomenie"),

N("bounce-en-gmail", "en", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to leo.marsh@gmail.com because the address couldn't be found, or is unable to receive mail.""",
  kind="bounce", bounce_rcpt="leo.marsh@gmail.com", bounce_diag="smtp; 550 5.1.1 The email account that you tried to reach does not exist",
  orig_subj="Re: right to be forgotten",
  orig_body="Hi Leo,\n\nYour data has been erased as requested.\n\nSandra"),

N("bounce-fr-boite-pleine", "fr", ("MAILER-DAEMON", "MAILER-DAEMON@smtp.orange.fr"),
  "Échec de la remise du message",
  """Le message suivant n'a pas pu être délivré : la boîte aux lettres du destinataire est pleine.

  gerard.tixier@orange.fr""",
  kind="bounce", bounce_rcpt="gerard.tixier@orange.fr", bounce_status="5.2.2", bounce_diag="smtp; 552 5.2.2 Mailbox full",
  orig_subj="Rectification de votre dossier",
  orig_body="Bonjour Monsieur Tixier,\n\nVotre date de naissance a été corrigée dans mon dossier.\n\nSandra"),

N("bounce-en-yahoo", "en", ("MAILER-DAEMON", "MAILER-DAEMON@yahoo.com"),
  "Failure Notice",
  """Sorry, we were unable to deliver your message to the following address.

<grace.adeyemi@yahoo.co.uk>:
554: delivery error: dd This user doesn't have a yahoo.co.uk account""",
  kind="bounce", bounce_rcpt="grace.adeyemi@yahoo.co.uk", bounce_diag="smtp; 554 delivery error: dd This user doesn't have an account",
  orig_subj="Your account and data have been deleted",
  orig_body="Hello Grace,\n\nAs requested, your account and all your data have been deleted.\n\nSandra"),

N("auto-stripe-paiement", "fr", ("Stripe", "notifications@stripe.com"),
  "Paiement de 180,00 € reçu de Rémi Chevalier",
  """Vous avez reçu un paiement de 180,00 € EUR.

Client : remi.chevalier@outlook.fr
Description : Formation en ligne - Module complet
Moyen de paiement : Visa •••• 4242

Consulter le paiement dans le Dashboard : https://dashboard.stripe.com/payments

Vous recevez cet e-mail car vous avez activé les notifications de paiement. Gérer vos préférences de notification dans les paramètres de votre compte.""",
  shape="alt", headers=AUTO),

N("auto-stripe-litige", "en", ("Stripe", "notifications@stripe.com"),
  "A payment has been disputed",
  """A customer has disputed a payment of €95.00.

Reason: Product not received
Customer: martin.blake@gmail.com

Submit evidence by April 28 to contest this dispute. If you don't respond, the funds will be removed from your account.

View dispute: https://dashboard.stripe.com/disputes""", shape="alt", headers=AUTO),

N("auto-stripe-verif", "fr", ("Stripe", "support@stripe.com"),
  "Action requise : mettez à jour les informations de votre compte",
  """Bonjour Sandra,

Pour continuer à recevoir des virements, Stripe doit vérifier certaines informations concernant votre entreprise (justificatif d'identité du représentant légal, IBAN). Ces vérifications sont exigées par la réglementation.

Mettre à jour mes informations : https://dashboard.stripe.com/account/onboarding

L'équipe Stripe""", shape="alt", headers=AUTO),

N("auto-systemeio-desinscription", "fr", ("Systeme.io", "no-reply@systeme.io"),
  "Un contact s'est désabonné de votre liste",
  """Bonjour Sandra,

Le contact odile.marin@wanadoo.fr s'est désabonné de la liste « Newsletter Floraison ».
Tag retiré : newsletter-active

Voir le contact : https://systeme.io/dashboard/contacts

L'équipe Systeme.io""", shape="html", headers=AUTO),
# NEAR-LINE: platform notification of an unsubscription already processed -> negative.

N("auto-systemeio-nouvel-inscrit", "fr", ("Systeme.io", "no-reply@systeme.io"),
  "Nouvelle inscription à votre formation",
  """Bonjour,

Un nouvel élève s'est inscrit à la formation « Oser être soi » :
Nom : Lemaire Kevin
E-mail : kev.lemaire36@gmail.com

Accéder à la liste des élèves : https://systeme.io/dashboard/courses""", shape="html", headers=AUTO),

N("auto-systemeio-compte-supprime", "fr", ("Systeme.io", "no-reply@systeme.io"),
  "Un membre a supprimé son compte",
  """Bonjour,

Le membre yannick.perrin@gmail.com a supprimé son compte de l'espace membre « Floraison de Soi - Formations ». Ses accès aux formations ont été révoqués.

Ceci est une notification automatique, merci de ne pas y répondre.""", shape="html", headers=AUTO),

N("auto-google-partage", "fr", ("Agnès Lemoine (via Google Drive)", "drive-shares-dm-noreply@google.com"),
  "Document partagé avec vous : \"Mes notes - export\"",
  """Agnès Lemoine a partagé un document avec vous

Mes notes - export
Ouvrir : https://docs.google.com/document/d/1aBcD/edit

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car agnes.lemoine@gmail.com a partagé un document avec vous depuis Google Drive.""",
  shape="alt", reply_to="Agnès Lemoine <agnes.lemoine@gmail.com>", headers=AUTO),

N("auto-google-stockage", "fr", ("Google", "no-reply@accounts.google.com"),
  "Votre espace de stockage est presque saturé",
  """Vous avez utilisé 95 % de votre espace de stockage Google (15 Go).

Lorsque votre espace sera plein, vous ne pourrez plus importer de fichiers dans Google Drive. Libérez de l'espace en supprimant des fichiers ou procurez-vous plus d'espace avec Google One.

L'équipe Google Comptes""", shape="alt", headers=AUTO),

N("auto-google-securite", "en", ("Google", "no-reply@accounts.google.com"),
  "Security alert",
  """A new sign-in on Windows

floraisondesoi.coaching@gmail.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.""",
  shape="alt", headers=AUTO, to="floraisondesoi.coaching@gmail.com"),

N("auto-zoom-enregistrement", "fr", ("Zoom", "no-reply@zoom.us"),
  "L'enregistrement cloud est maintenant disponible",
  """Bonjour Sandra,

L'enregistrement cloud de votre réunion « Atelier en ligne - Oser dire non » est maintenant disponible.

Partager ce lien d'enregistrement : https://zoom.us/rec/share/abc
Cet enregistrement sera automatiquement supprimé de la corbeille 30 jours après sa suppression.

Merci d'avoir choisi Zoom.""", shape="html", headers=AUTO),

N("auto-zoom-suppression", "en", ("Zoom", "no-reply@zoom.us"),
  "Your cloud recordings will be deleted in 7 days",
  """Hi Sandra,

Based on your account's retention policy, the following cloud recordings will be permanently deleted in 7 days:
- English circle - session 4 (recorded on the 3rd)

To keep them, download them before that date.

The Zoom Team""", shape="alt", headers=AUTO),

N("auto-calendly-nouveau", "fr", ("Calendly", "notifications@calendly.com"),
  "Nouvel événement : Chloé Martin - Séance découverte 30 min",
  """Bonjour Sandra,

Un nouvel événement a été programmé.

Type d'événement : Séance découverte 30 min
Invitée : Chloé Martin
E-mail de l'invitée : chloe.martin@gmail.com
Date/heure : 14:00 - mardi (heure de Paris)
Réponses : « J'aimerais travailler sur la confiance en moi »

Voir l'événement dans Calendly""", shape="alt", headers=AUTO),

N("auto-calendly-annule", "en", ("Calendly", "notifications@calendly.com"),
  "Canceled: Emily Carter and Sandra Delomenie",
  """Hi Sandra,

The event below has been canceled.

Event Type: Coaching session 60 min
Invitee: Emily Carter
Cancellation reason: "Moving house, will rebook"

Manage your notification settings in Calendly.""", shape="alt", headers=AUTO),

N("auto-banque-kyc", "fr", ("LCL", "service-client@info.lcl.fr"),
  "Mise à jour de vos données personnelles",
  """Madame,

Dans le cadre de nos obligations réglementaires, nous vous invitons à vérifier et mettre à jour vos données personnelles (adresse, situation professionnelle, revenus) depuis votre espace client, avant le 30 du mois.

Vos données sont traitées conformément à notre politique de protection des données.

Votre conseiller LCL""", shape="alt", headers=AUTO),

N("auto-orange-quota", "fr", ("Orange", "no-reply@orange.fr"),
  "Votre boîte mail est presque pleine",
  """Bonjour,

Votre boîte Mail Orange sandra.delomenie@orange.fr est presque pleine (92 %). Pensez à supprimer vos anciens messages ou à vider la corbeille pour continuer à recevoir vos e-mails.

Orange""", shape="html", headers=AUTO),

N("auto-linkedin", "fr", ("LinkedIn", "notifications-noreply@linkedin.com"),
  "Valentine Rousseau a commenté votre publication",
  """Valentine Rousseau a commenté votre publication : « Bravo pour ce bel atelier ! Les photos sont magnifiques »

Voir le commentaire

Vous recevez des e-mails de notification. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe""",
  shape="alt", headers=dict(LU("https://www.linkedin.com/comm/psettings/email-unsubscribe", "unsubscribe@linkedin.com"))),

N("auto-facebook-commentaire", "fr", ("Facebook", "notification@facebookmail.com"),
  "Estelle Jacquet a réagi à votre photo",
  """Estelle Jacquet a réagi à une photo que vous avez publiée : « Stage de Pâques - merci à toutes ! »

Voir la photo

Ce message a été envoyé à sandra.delomenie@orange.fr. Si vous ne souhaitez plus recevoir ces e-mails de Meta, vous pouvez vous désabonner.""",
  shape="alt", headers=LU("https://www.facebook.com/o.php?k=AS1", "unsubscribe@facebookmail.com")),

N("nl-fr-federation", "fr", ("Fédération des coachs du Centre", "lettre@coachs-centre.fr"),
  "La lettre de mars : RGPD, ce qui change pour les praticiens",
  """Chères consœurs, chers confrères,

Au sommaire ce mois-ci :
- RGPD : comment répondre à une demande d'accès ou d'effacement de vos clients ?
- Modèle de registre des traitements à télécharger
- Supervision collective : dates du printemps

Vous recevez cette lettre en tant qu'adhérente. Se désinscrire : https://coachs-centre.fr/unsub""",
  shape="alt", headers=LU("https://coachs-centre.fr/unsub?u=8823", "unsub@coachs-centre.fr")),

N("nl-en-canva", "en", ("Canva", "marketing@engage.canva.com"),
  "5 templates to refresh your workshop flyers",
  """Hi Sandra,

Spring is here - refresh your flyers, Instagram posts and presentations with our new templates.

Browse templates

You're receiving this email because you signed up for Canva. Unsubscribe or update your email preferences.""",
  shape="alt", headers=LU("https://www.canva.com/unsubscribe?e=abc", "unsubscribe@engage.canva.com")),

N("nl-fr-collegue-coach", "fr", ("Les Carnets de Julie - coach", "julie@lescarnetsdejulie.fr"),
  "Et si vous osiez effacer le superflu ?",
  """Bonjour,

Cette semaine, je vous propose un exercice simple : effacer de votre agenda une chose qui ne vous nourrit plus. Supprimer, retirer, faire de la place...

À très vite,
Julie

Se désinscrire de cette liste en un clic.""",
  shape="alt", headers=LU("https://lescarnetsdejulie.fr/desinscription?id=91", "desinscription@lescarnetsdejulie.fr")),

N("nl-en-icf", "en", ("ICF Global", "news@coachingfederation.org"),
  "Coaching World: ethics, data and your practice",
  """This month in Coaching World:
- Handling client data requests ethically
- What the AI Act means for coaches
- New continuing education units

Unsubscribe | Manage preferences
International Coaching Federation""",
  shape="alt", headers=LU("https://coachingfederation.org/unsubscribe", "unsubscribe@coachingfederation.org")),

N("auto-wordpress-form", "fr", ("WordPress", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Nouveau message via le formulaire de contact",
  """De : Isabelle Noël <isabelle.noel@gmail.com>
Sujet : Renseignements atelier

Corps du message :
Bonjour, je voudrais savoir s'il reste de la place pour l'atelier de juin et quel est le tarif. Merci !

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  reply_to="Isabelle Noël <isabelle.noel@gmail.com>", headers=AUTO),

N("auto-wordpress-privacy", "en", ("WordPress", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Action Confirmed: Export Personal Data",
  """Howdy,

A request has been confirmed on your site: Export Personal Data.
User: test@floraisondesoi.fr

You can view and manage these data privacy requests here:
https://floraisondesoi.fr/wp-admin/export-personal-data.php

Regards,
All at Floraison de Soi""", headers=AUTO),
# NEAR-LINE: WordPress system notice about a test export request made by the site owner -> negative.

# ================================================================ vendor GDPR notices
N("vendor-systemeio-politique", "fr", ("Systeme.io", "news@systeme.io"),
  "Mise à jour de notre politique de confidentialité",
  """Bonjour,

Nous mettons à jour notre politique de confidentialité et notre accord de traitement des données (DPA) à compter du 1er du mois prochain. Ces changements précisent la liste de nos sous-traitants et les modalités d'exercice de vos droits (accès, rectification, effacement, portabilité).

Aucune action n'est requise de votre part. En continuant à utiliser Systeme.io, vous acceptez ces nouvelles conditions.

L'équipe Systeme.io""", shape="alt", headers=LU("https://systeme.io/unsubscribe", "unsubscribe@systeme.io")),

N("vendor-stripe-dpa", "en", ("Stripe", "no-reply@stripe.com"),
  "Updates to the Stripe Data Processing Agreement",
  """We're writing to let you know that we're updating the Stripe Data Processing Agreement (DPA) and our list of subprocessors. The updated DPA takes effect in 30 days.

You don't need to take any action. If you have questions, visit our Privacy Center.

Stripe, Inc.""", shape="alt", headers=AUTO),

N("vendor-google-conditions", "fr", ("Google Workspace", "workspace-noreply@google.com"),
  "Modification des conditions relatives au traitement des données",
  """Madame, Monsieur,

Nous vous informons que les Conditions relatives au traitement et à la sécurité des données Cloud seront modifiées. Ces modifications reflètent les exigences du RGPD et les nouvelles clauses contractuelles types.

Pour consulter et accepter les conditions, connectez-vous à la console d'administration.

Google Ireland Ltd.""", shape="alt", headers=AUTO),

N("vendor-calendly-subprocessors", "en", ("Calendly Privacy", "privacy@calendly.com"),
  "Notice: changes to Calendly's subprocessors",
  """Hello,

As part of our commitment to transparency under the GDPR, we're notifying you of changes to our list of subprocessors. A new analytics provider will be added in 30 days. You may object to this change by contacting privacy@calendly.com.

Calendly""", shape="alt", headers=AUTO),
# NEAR-LINE: vendor notice that mentions "you may object" -> negative.

N("vendor-zoom-privacy", "en", ("Zoom", "no-reply@zoom.us"),
  "We've updated our Privacy Statement",
  """We've updated our Privacy Statement to give you more information about how we collect, use and share personal data, and about your rights to access, delete or correct it.

Read the updated statement: https://zoom.us/privacy

Zoom Communications, Inc.""", shape="alt", headers=AUTO),

N("vendor-ovh-rgpd", "fr", ("OVHcloud", "noreply@ovh.com"),
  "Vos données et le RGPD : ce qui change pour votre hébergement",
  """Bonjour,

Conformément au RGPD, OVHcloud met à jour son Contrat de traitement des données personnelles (DPA). Vous pouvez consulter, télécharger et exporter la version en vigueur depuis votre espace client, rubrique « Mes contrats ».

Cordialement,
L'équipe OVHcloud""", shape="alt", headers=AUTO),

N("vendor-orange-cgu", "fr", ("Orange", "info@orange-business.fr"),
  "Évolution de nos conditions : protection de vos données personnelles",
  """Chère cliente,

À compter du mois prochain, nos conditions générales évoluent concernant le traitement de vos données personnelles. Vous pouvez à tout moment vous opposer à l'utilisation de vos données à des fins de prospection depuis votre Espace Client.

Orange""", shape="alt", headers=LU("https://www.orange.fr/desinscription", "desinscription@orange.fr")),

# ================================================================ spam / phishing about GDPR
N("spam-fr-mise-en-conformite", "fr", ("Conformité RGPD Express", "contact@rgpd-conformite-express.com"),
  "URGENT : Votre entreprise n'est pas conforme au RGPD",
  """Madame, Monsieur,

Depuis le 25 mai 2018, toutes les entreprises doivent être en conformité avec le RGPD. Les sanctions peuvent atteindre 20 millions d'euros.

Notre audit a révélé que votre site floraisondesoi.fr ne respecte pas les obligations en matière de données personnelles. Pour éviter un contrôle, régularisez votre situation sous 72 heures en appelant le 01 89 00 00 00.

Service Mise en Conformité""", shape="html"),

N("spam-fr-controle-cnil", "fr", ("Service Contrôle Données", "alerte@cnil-verification.info"),
  "Avis de contrôle CNIL imminent - Dossier n°36-2025-0412",
  """Madame DELOMENIE,

Votre entreprise a été sélectionnée pour un contrôle de conformité au Règlement Général sur la Protection des Données. Afin d'éviter une sanction, vous devez remplir le questionnaire de conformité et régler les frais d'enregistrement de 349 € HT avant le 30.

Accéder au formulaire : http://cnil-verification.info/dossier

Ce courrier n'émane pas d'un organisme public.""", shape="html"),

N("spam-en-gdpr-certificate", "en", ("GDPR Compliance Office", "office@gdpr-certification-eu.net"),
  "Final notice: GDPR compliance certificate required",
  """Dear Business Owner,

Our records show your business has not yet obtained its mandatory GDPR Compliance Certificate. Failure to register may result in fines of up to €20,000,000.

Register now for €299: http://gdpr-certification-eu.net/register

GDPR Compliance Office""", shape="html"),

N("spam-fr-phishing-orange", "fr", ("Orange Sécurité", "securite@orange-verif-compte.com"),
  "Votre compte sera supprimé sous 24h",
  """Cher(e) client(e),

Suite à la mise à jour RGPD de nos services, vous devez confirmer vos informations personnelles. Sans action de votre part, votre messagerie sera supprimée sous 24h.

Confirmer mes données : http://orange-verif-compte.com/login

Service Clients Orange""", shape="html"),

N("spam-en-phishing-stripe", "en", ("Stripe Support", "support@stripe-account-verify.co"),
  "Your account has been limited - verify your data",
  """Dear customer,

Due to new GDPR regulations, we need to verify your personal data. Your payouts are on hold until you confirm your identity and bank details.

Verify now: http://stripe-account-verify.co/secure

Stripe Compliance Team""", shape="html"),

N("spam-fr-dpo-externalise", "fr", ("Nicolas - DPO Solutions", "nicolas@dpo-solutions-pme.fr"),
  "Délégué à la protection des données pour les indépendants",
  """Bonjour Sandra,

Je me permets de vous contacter car j'ai vu que vous accompagniez des clients sur des sujets sensibles (données de santé !). Savez-vous répondre à une demande d'accès ou d'effacement dans le délai légal d'un mois ?

Notre offre DPO externalisé démarre à 49 €/mois. Un appel de 15 min cette semaine ?

Nicolas
Pour ne plus recevoir nos messages, répondez STOP.""", headers=LU("https://dpo-solutions-pme.fr/stop", "stop@dpo-solutions-pme.fr")),

N("spam-en-data-breach", "en", ("Security Team", "alert@mail-protection-center.org"),
  "Your data was found in a breach",
  """We detected your email sandra.delomenie@orange.fr in a recent data breach. Your personal data, including passwords, may be exposed.

Remove your data from the dark web now: http://mail-protection-center.org/remove

Protect yourself today.""", shape="html"),

N("spam-fr-avocat-amende", "fr", ("Cabinet Juridique Numérique", "info@juridique-numerique-conseil.fr"),
  "Mise en demeure - défaut de mentions RGPD sur votre site",
  """Madame,

Nous avons constaté l'absence de bandeau cookies conforme sur votre site. Sans régularisation, nous serons contraints de signaler votre entreprise. Nous vous proposons une mise en conformité forfaitaire de 590 € TTC.

Cabinet Juridique Numérique""", shape="alt"),

N("spam-en-seo", "en", ("Mark from WebBoost", "mark@webboost-agency.io"),
  "Quick question about floraisondesoi.fr",
  """Hi there,

I was checking floraisondesoi.fr and noticed it's missing a few things: SEO, a GDPR-compliant cookie banner, and a data-deletion request form. We can fix all of that for $199.

Reply "YES" and I'll send details. Reply "remove" if you don't want further emails.

Mark""", headers=LU("https://webboost-agency.io/unsub", "unsub@webboost-agency.io")),

# ================================================================ more ordinary FR mail (balance)
N("neg-fr-question-export-csv-assistante", "fr", ("Marion Dubreuil", "assistante.floraison@gmail.com"),
  "Export Systeme.io",
  """Coucou Sandra,

J'ai fait l'export CSV des contacts Systeme.io comme demandé, il est sur le Drive (dossier Admin). J'ai supprimé les doublons et corrigé les adresses qui avaient des fautes de frappe.

Marion"""),

N("neg-fr-ancien-numero-info", "fr", ("Jacqueline Morel", "jacqueline.morel@orange.fr"),
  "Message vocal",
  """Bonjour Sandra,

Je vous ai laissé un message vocal ce matin, mais je crois que j'ai appelé votre ancien numéro. Est-ce toujours le 06 81 84 21 73 ? Je voulais réserver une séance.

Jacqueline"""),

N("neg-fr-question-rgpd-pro", "fr", ("Cécile Morin", "cecile.morin@psychopraticienne.fr"),
  "Question RGPD entre collègues",
  """Bonjour Sandra,

On s'était croisées à la supervision. Je voulais te demander comment tu gères la portabilité quand une cliente veut transférer son dossier à une autre praticienne : tu envoies directement, ou tu passes par la cliente ? Je n'ai jamais eu le cas.

Bises,
Cécile"""),

N("neg-fr-reponse-questionnaire", "fr", ("Guillaume Petit", "guillaume.petit@outlook.fr"),
  "Questionnaire rempli",
  """Bonjour Sandra,

Voici le questionnaire préalable rempli. J'ai hésité sur la question 7 (antécédents), j'ai mis ce qui me semblait utile. Tu pourras me demander de préciser.

Guillaume""", att=["questionnaire_prealable_GPetit.docx"]),

N("neg-fr-oui-au-temoignage-video", "fr", ("Rose Lemoine", "rose.lemoine@gmail.com"),
  "Re: Vidéo témoignage",
  """Avec plaisir Sandra, je donne mon accord pour la vidéo ! On la tourne quand ?""",
  quote=dict(style="gmail_fr", who=S, text="""Bonjour Rose,

Seriez-vous d'accord pour enregistrer un court témoignage vidéo sur votre parcours ?

Sandra""")),

N("neg-fr-fwd-facture-stripe", "fr", ("Marion Dubreuil", "assistante.floraison@gmail.com"),
  "TR: Votre reçu Stripe",
  """Sandra, une cliente me transfère son reçu, elle dit qu'elle a été débitée deux fois. Tu peux vérifier ?""",
  fwd=dict(who=("Floraison de Soi", "receipts+acct_1@stripe.com"), to=("Agnès Poulain", "agnes.poulain@gmail.com"),
  subject="Votre reçu de Floraison de Soi n° 1842-3391", text="""Reçu de Floraison de Soi
Montant payé : 65,00 €
Date : le 3
Moyen de paiement : Mastercard •••• 5521""")),

N("neg-fr-effacer-message-vocal", "fr", ("Hélène Guichard", "helene.guichard@gmail.com"),
  "Mon message de ce matin",
  """Bonjour Sandra, vous pouvez effacer mon message vocal de ce matin, finalement je peux venir jeudi comme prévu. Hélène"""),
# NEAR-LINE: "effacer mon message vocal" = retracting a logistics message, not data erasure (oral data out of scope anyway).

N("neg-fr-copie-contrat", "fr", ("Thomas Baron", "thomas.baron@gmail.com"),
  "Contrat",
  """Bonjour Sandra,

Je n'ai pas gardé d'exemplaire du contrat d'accompagnement que nous avons signé. Tu peux m'en envoyer une copie ? Je veux relire la clause d'annulation.

Thomas"""),
# NEAR-LINE: copy of the signed contract to check a clause -> contractual document, negative.

N("neg-fr-modifier-adresse-facture-entreprise", "fr", ("Service RH - Verallia", "rh.saintgeorges@verallia-exemple.fr"),
  "Adresse de facturation",
  """Bonjour,

Pour la formation de nos deux collaborateurs, merci d'adresser désormais la facture à notre siège : Service Formation, 10 avenue de l'Europe, 36100 Issoudun.

Cordialement,
Service RH"""),
# NEAR-LINE: a company's billing address (not a natural person's data) -> negative.

# ================================================================ more EN mail (balance)
N("neg-en-apple-thanks", "en", ("Chloe Bennett", "chloe.bennett@icloud.com"),
  "Re: Photo on Instagram",
  """Thanks Sandra, that was quick! Much appreciated x""",
  quote=dict(style="apple_en", who=S, text="""Hi Chloe,

Done - the photo has been removed from Instagram and from the website gallery.

Sandra""")),

N("neg-en-delete-duplicate-booking", "en", ("Amelia Wood", "amelia.wood@gmail.com"),
  "Double booking",
  """Hi! I think I booked Tuesday's session twice on Calendly by accident. Could you delete one of them? Thanks, Amelia"""),

N("neg-en-question-policy", "en", ("Hugo Martin", "hugo.martin@gmail.com"),
  "Privacy policy question",
  """Hello,

Is your privacy policy available in English? I'd like to read it before booking, especially the part about health data and who you share it with.

Thank you,
Hugo"""),
# NEAR-LINE: asks for the policy (generic "who you share with"), not for his own data -> negative.

N("neg-en-unsubscribe-other-coach", "en", ("Rebecca Young", "rebecca.young@hotmail.com"),
  "Fwd: your newsletter",
  """Hi Sandra, funny thing - I keep getting this from another coach who says she's your partner. I've unsubscribed from hers already, just letting you know in case someone's using your name. Rebecca""",
  fwd=dict(who=("Bloom & Grow Coaching", "hello@bloomgrow-coaching.com"), to=("Rebecca Young", "rebecca.young@hotmail.com"),
  subject="Spring offers from Bloom & Grow", text="""Spring offers! In partnership with Floraison de Soi...""")),

N("neg-en-sister-details", "en", ("Lily Evans", "lily.evans@gmail.com"),
  "My sister's booking",
  """Hi, my sister Jane booked a session with you for Friday but she's lost the confirmation. Could you tell me what time it is and what email she used? She's travelling. Lily"""),
# NEAR-LINE: relative asking about another living adult's data -> negative.

N("neg-en-invoice-correction", "en", ("Daniel Kowalski", "dkowalski@gmx.de"),
  "Invoice",
  """Hi Sandra, could you re-issue the retreat invoice to my company (Kowalski Consulting GmbH, VAT DE123456789) instead of my private name? My accountant prefers it. Thanks, Dan"""),
# NEAR-LINE: changing invoice addressee for accounting, not correcting inaccurate personal data.

N("neg-en-html-newsletter-reply-thanks", "en", ("Katie Sullivan", "katie.sullivan@gmail.com"),
  "Re: The English-speaking circle is back",
  """Yay! Count me in for the 14th :)""", shape="html",
  quote=dict(style="gmail_en", who=SP, text="""Hello lovely people,

The English-speaking online circle starts again on the 14th. Early-bird price until Sunday.

You receive this email because you registered on floraisondesoi.fr. Unsubscribe""")),
# NEAR-LINE: new text is a sign-up; the quoted newsletter footer says "Unsubscribe" -> negative.

]
