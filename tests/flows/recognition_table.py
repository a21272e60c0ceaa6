"""Hard phrasings for recognition: (text, expected outcome group, expected rights).

Outcome group: "req" = request or review with exactly these rights (detected),
"request" = must be a confident request, "none" = must not be detected.
Shared by tests/flows/test_recognition.py.
"""

from __future__ import annotations

A, RE, E, RS, P, O, W, PM = (
    "access", "rectification", "erasure", "restriction", "portability", "objection",
    "withdraw_consent", "post_mortem",
)

ROWS: list[tuple[str, str, set[str]]] = [
    # --- plain French requests
    ("Bonjour, je vous demande de supprimer toutes mes données personnelles.", "request", {E}),
    ("Merci de m'envoyer une copie de toutes les données que vous avez sur moi.", "request", {A}),
    ("Pourriez-vous supprimer mes données s'il vous plaît ?", "request", {E}),
    ("Pouvez-vous me dire quelles données vous détenez sur moi ?", "request", {A}),
    ("Quelles informations avez-vous conservées me concernant ?", "request", {A}),
    ("slt, je veux que vous suprimiez toutes mes donées svp", "request", {E}),
    ("je veux plus recevoir vos mails", "request", {O}),
    ("Je ne souhaite plus recevoir votre newsletter.", "request", {O}),
    ("Merci de me désinscrire de la newsletter.", "request", {O}),
    ("Supprimez mon ancien numéro, le nouveau est le 06 11 22 33 44.", "request", {RE}),
    ("Mon nom est mal orthographié dans vos fichiers : c'est Dupond avec un d.", "request", {RE}),
    ("Pouvez-vous corriger mon adresse postale ? J'habite maintenant au 3 rue des Lilas.", "request", {RE}),
    ("N'utilisez plus mes données mais ne les supprimez pas, j'en aurai besoin pour un litige.", "request", {RS}),
    ("Je vous demande de limiter le traitement de mes données le temps de vérifier leur exactitude.", "request", {RS}),
    ("Je retire mon consentement à la publication de mon témoignage sur votre site.", "request", {W}),
    ("Merci de retirer la photo de moi publiée sur votre page Instagram.", "request", {W}),
    ("Je ne suis plus d'accord pour que mon témoignage apparaisse sur votre site.", "request", {W}),
    ("Pouvez-vous m'envoyer mes données dans un format CSV pour que je les transmette à mon nouveau coach ?", "request", {P}),
    ("Je souhaite exercer mon droit à la portabilité de mes données.", "request", {P}),
    ("Je m'oppose à l'utilisation de mes données à des fins de prospection.", "request", {O}),
    ("Ma mère, votre ancienne cliente, est décédée le mois dernier. En tant qu'héritière, je vous demande de supprimer son compte et ses données.", "request", {PM}),
    ("Envoyez-moi une copie de mes données, puis supprimez tout ce que vous avez sur moi.", "request", {A, E}),
    ("Je ne demande pas la suppression, seulement une copie de mes données.", "request", {A}),
    ("Je souhaite exercer mon droit d'accès (article 15 du RGPD).", "request", {A}),
    ("Je souhaite que vous effaciez mon dossier et mes notes de séances.", "request", {E}),
    ("Merci de bien vouloir supprimer mon compte et toutes les informations associées.", "request", {E}),
    ("J'aimerais récupérer l'ensemble de mes notes de coaching.", "req", {A}),
    ("Arrêtez de m'envoyer vos offres promotionnelles, merci.", "request", {O}),
    ("Retirez-moi de votre liste de diffusion.", "request", {O}),
    # --- plain English requests
    ("Please delete all personal data you hold about me.", "request", {E}),
    ("Could you delete my data?", "request", {E}),
    ("What personal data do you hold about me?", "request", {A}),
    ("I would like a copy of all my personal data.", "request", {A}),
    ("Please send me a copy of my data, then delete everything.", "request", {A, E}),
    ("Please stop sending me emails.", "request", {O}),
    ("Unsubscribe me from your newsletter please.", "request", {O}),
    ("I withdraw my consent for you to use my testimonial on your website.", "request", {W}),
    ("Please take down the photos of me from your Facebook page.", "request", {W}),
    ("My surname is misspelled in your records, please correct it to Smyth.", "request", {RE}),
    ("Please update my email address, my new email is jo@example.org.", "request", {RE}),
    ("Please stop using my data but do not delete it yet.", "request", {RS}),
    ("I request that you restrict the processing of my personal data.", "request", {RS}),
    ("Please send my data in a machine-readable format so I can move to another coach.", "request", {P}),
    ("I object to the processing of my personal data for direct marketing.", "request", {O}),
    ("My father passed away in March; as executor of his estate I ask you to close his account and delete his data.", "request", {PM}),
    ("I am not asking you to delete anything, I only want to know what data you have about me.", "request", {A}),
    # --- not requests, French
    ("Je voudrais annuler mon inscription à l'atelier de samedi.", "none", set()),
    ("Je souhaite résilier mon abonnement au programme mensuel.", "none", set()),
    ("Je n'arrive pas à accéder à mon espace membre, pouvez-vous m'aider ?", "none", set()),
    ("J'ai oublié mon mot de passe, pouvez-vous le réinitialiser ?", "none", set()),
    ("Ai-je le droit de demander la suppression de mes données ?", "none", set()),
    ("En général, combien de temps conservez-vous les données de vos clients ?", "none", set()),
    ("J'ai déposé une plainte auprès de la CNIL contre mon ancien employeur. Je dépose, par la présente, une plainte conformément à l'article 77 du RGPD.", "none", set()),
    ("Mon voisin refuse de supprimer les photos de moi qu'il a publiées, comment faire ?", "none", set()),
    ("Pouvez-vous supprimer la séance de jeudi ? Je ne pourrai pas venir.", "none", set()),
    ("Merci pour la séance d'hier, j'ai noté toutes les données de mon bilan dans mon carnet.", "none", set()),
    ("Pouvez-vous changer mon rendez-vous de mardi à mercredi ?", "none", set()),
    ("Je voudrais me désinscrire de l'atelier du 12 avril.", "none", set()),
    ("Ne supprimez surtout pas mes notes, je veux continuer le coaching en septembre.", "none", set()),
    ("Est-ce que je peux accéder au replay de la formation ?", "none", set()),
    # --- not requests, English
    ("I'd like to cancel my booking for the Saturday workshop.", "none", set()),
    ("I can't log in to my account, could you reset my password?", "none", set()),
    ("Do I have the right to ask for my data to be deleted?", "none", set()),
    ("Is it possible in general to ask a coach to delete client notes?", "none", set()),
    ("My neighbour's data was leaked by his employer; how can he get it deleted?", "none", set()),
    ("Could you move our session to Thursday please?", "none", set()),
    ("Please don't delete my notes, I will come back in autumn.", "none", set()),
    ("I am hereby lodging a complaint with you according to Article 77 GDPR against the following controller.", "none", set()),
]
