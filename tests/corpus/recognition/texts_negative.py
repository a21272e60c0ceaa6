"""Core texts of hard negatives: messages that are not requests to the practitioner.

Each entry: (language, kind, subject, text). ``kind`` selects the envelope the generator
builds: ``plain`` (a person writing), ``autoreply``, ``bounce``, ``newsletter``, ``stripe``,
``systeme``, ``google``, ``own`` (the practitioner's own message), ``quoted`` (the request is
only in quoted history), ``forward_info`` (a forwarded newsletter).
"""

from __future__ import annotations

NEGATIVE: list[tuple[str, str, str, str]] = [
    # ---------------------------------------------------------------- cancellations
    ("fr", "plain", "Annulation atelier", "Je suis désolée mais je dois annuler mon inscription à l'atelier de samedi, ma fille est malade."),
    ("fr", "plain", "Résiliation", "Je souhaite résilier mon abonnement au cercle mensuel à partir du mois prochain. Merci de ne plus prélever."),
    ("fr", "plain", "stage de juin", "Est-ce que je peux me désinscrire du stage de juin et m'inscrire à celui de septembre à la place ?"),
    ("fr", "plain", "Séance jeudi", "Pouvez-vous supprimer la séance de jeudi ? J'ai un empêchement professionnel."),
    ("fr", "plain", "Rendez-vous", "Merci d'annuler mon rendez-vous du 14, je vous recontacte pour en fixer un autre."),
    ("en", "plain", "Cancel booking", "I need to cancel my booking for the breathwork workshop on the 3rd. Sorry for the short notice!"),
    ("en", "plain", "Subscription", "Please cancel my monthly membership at the end of this billing period."),
    ("en", "plain", "Session", "Could we delete Thursday's session from the calendar and move it to next week?"),
    ("fr", "plain", "Remboursement", "J'ai annulé ma participation à la retraite de mai dans les délais, pouvez-vous me rembourser l'acompte ?"),
    ("fr", "plain", "Webinaire", "Je me désinscris du webinaire de mardi, je ne serai pas disponible."),
    # ---------------------------------------------------------------- login / password / access to content
    ("fr", "plain", "Accès espace membre", "Je n'arrive plus à accéder à mon espace sur la plateforme, le lien ne fonctionne pas. Pouvez-vous m'aider ?"),
    ("fr", "plain", "Mot de passe", "J'ai oublié mon mot de passe et le mail de réinitialisation n'arrive pas. Que dois-je faire ?"),
    ("fr", "plain", "Replay", "Est-ce que j'aurai accès au replay de la formation après la fin du programme ?"),
    ("en", "plain", "Login problem", "I can't access my account on the course platform. It says my password is wrong."),
    ("en", "plain", "Password reset", "Could you reset my password please? I've tried three times."),
    ("en", "plain", "Course access", "How long will I have access to the videos of the programme?"),
    ("fr", "plain", "Connexion", "je ne peux pas me connecter a mon compte systeme io, il me dit adresse inconnue"),
    ("fr", "plain", "Carte bancaire", "Je dois mettre à jour ma carte bancaire pour le prélèvement, comment faire ?"),
    # ---------------------------------------------------------------- questions about rights (not exercise)
    ("fr", "plain", "Question RGPD", "Ai-je le droit de demander la suppression de mes données si je suis encore en cours d'accompagnement ?"),
    ("fr", "plain", "Curiosité", "Simple question par curiosité : combien de temps gardez-vous en général les données des anciens clients ?"),
    ("fr", "plain", "Formation RGPD", "Je suis moi-même coach et je m'interroge : comment gérez-vous les demandes d'accès de vos clients ? Avez-vous un modèle de réponse ?"),
    ("en", "plain", "GDPR question", "Do I have the right to ask a coach to delete session notes? Just wondering how it works."),
    ("en", "plain", "Privacy policy", "Is it possible in general to ask for your data to be deleted after a programme ends? I'm thinking of signing up."),
    ("en", "plain", "Question", "What are my rights regarding the data collected in the intake form? I haven't decided whether to book yet."),
    ("fr", "plain", "Politique de confidentialité", "Votre politique de confidentialité est-elle à jour avec le RGPD ? Je la trouve un peu courte."),
    ("fr", "plain", "Données de santé", "Que deviennent les données de santé du questionnaire si je ne m'inscris pas finalement ?"),
    # ---------------------------------------------------------------- CNIL complaint / other people's data
    ("fr", "plain", "Plainte", "Je dépose par la présente une plainte conformément à l'article 77 du RGPD contre la société Immo+ qui ne répond pas à ma demande d'effacement. Le contrôleur suivant est concerné : Immo+ SAS, Paris."),
    ("en", "plain", "Complaint", "I am hereby lodging a complaint according to Article 77 GDPR. On 3 May I sent a request according to Article 17 GDPR to the following controller: ShopNow Ltd."),
    ("fr", "plain", "Conseil", "Mon ancien employeur refuse de supprimer mes données de son fichier du personnel. Sauriez-vous vers qui je peux me tourner ?"),
    ("fr", "plain", "Voisin", "Mon voisin a publié des photos de moi sur Facebook sans mon accord, comment puis-je les faire retirer ?"),
    ("en", "plain", "Advice", "My landlord keeps my bank details after I moved out. How can I get him to delete them?"),
    ("en", "plain", "Friend", "A friend of mine wants her data removed from a dating app. Do you know how she should word the request?"),
    ("fr", "plain", "Facebook", "J'ai demandé à Facebook de supprimer mon compte mais il est toujours là, c'est fou non ?"),
    ("en", "plain", "Spam", "Another company keeps emailing me even though I unsubscribed ages ago, it drives me mad. Anyway, see you on Monday!"),
    # ---------------------------------------------------------------- ordinary coaching mails with trigger words
    ("fr", "plain", "Merci", "Merci pour la séance d'hier ! J'ai relu mes notes et j'ai supprimé de mon agenda tout ce qui me surchargeait."),
    ("fr", "plain", "Exercice", "J'ai fait l'exercice du journal : je note chaque soir mes données de sommeil et mon humeur. C'est très éclairant."),
    ("fr", "plain", "Facture", "Pourriez-vous m'envoyer la facture de ma dernière séance ? C'est pour ma mutuelle."),
    ("fr", "plain", "Questionnaire", "Voici mon questionnaire rempli. J'ai effacé une question par erreur, j'espère que ce n'est pas grave."),
    ("fr", "plain", "Prochaine séance", "Pour la prochaine séance, peut-on travailler sur la gestion du stress ? Je veux arrêter de tout contrôler."),
    ("fr", "plain", "Livre", "Vous m'aviez conseillé un livre sur l'estime de soi, pourriez-vous me redonner le titre ?"),
    ("en", "plain", "Thanks", "Thanks for yesterday's session. I deleted the social media apps from my phone like we discussed!"),
    ("en", "plain", "Homework", "I've updated my journal with the data from this week's mood tracker. Looking forward to discussing it."),
    ("en", "plain", "Invoice", "Could you send me the invoice for March? My employer reimburses coaching."),
    ("fr", "plain", "Changement d'horaire", "Est-ce qu'on peut changer l'heure de notre rendez-vous de mardi, 18h au lieu de 17h ?"),
    ("fr", "plain", "Adresse du cabinet", "Quelle est l'adresse exacte du cabinet ? Le GPS m'envoie ailleurs."),
    ("fr", "plain", "Newsletter", "J'adore votre newsletter, surtout celle sur la gratitude ! Continuez comme ça."),
    ("en", "plain", "Newsletter", "Loved your last newsletter about boundaries, I forwarded it to my sister."),
    ("fr", "plain", "Atelier", "Il reste des places pour l'atelier de printemps ? Je voudrais inscrire ma collègue aussi."),
    ("fr", "plain", "Témoignage", "Je vous envoie volontiers un petit témoignage pour votre site, vous pouvez le publier avec mon prénom."),
    ("en", "plain", "Photo", "Feel free to use the group photo from the retreat on your website, I'm happy with it."),
    ("fr", "plain", "Notes", "Ne supprimez surtout pas mes notes, je compte reprendre le coaching à la rentrée."),
    ("en", "plain", "Keep my file", "Please don't delete my file, I plan to come back in the autumn."),
    ("fr", "plain", "Documents", "Je vous renvoie les documents signés. J'ai corrigé une faute de frappe dans le contrat, page 2."),
    ("fr", "plain", "Mail perso", "Vous pouvez m'écrire sur cette adresse désormais, c'est plus simple pour moi."),
    ("fr", "plain", "Bilan", "J'ai bien reçu le bilan de mi-parcours. Les données du test de personnalité me parlent beaucoup !"),
    ("en", "plain", "Reschedule", "Can we change my appointment to Friday morning? Something came up."),
    # ---------------------------------------------------------------- auto-replies
    ("fr", "autoreply", "Réponse automatique : Absence", "Je suis absente du bureau jusqu'au 12 mars. Pour toute demande de suppression ou autre urgence, contactez le standard."),
    ("en", "autoreply", "Automatic reply: Out of Office", "I am out of the office until Monday with limited access to email. Please delete this message if it is no longer relevant."),
    ("fr", "autoreply", "Absence", "Bonjour, je suis en congés. Je traiterai votre message à mon retour."),
    ("en", "autoreply", "Out of office", "Thank you for your email. I'm on annual leave and will reply on my return."),
    ("fr", "autoreply", "Message d'absence", "En déplacement, je lirai vos mails dès que possible."),
    ("fr", "autoreply_subject", "Réponse automatique: Re: votre inscription", "Merci pour votre message, il a bien été reçu. Nous vous répondrons sous 48h."),
    # ---------------------------------------------------------------- bounces
    ("en", "bounce", "Undelivered Mail Returned to Sender", "This is the mail system at host smtp.orange.fr. I'm sorry to have to inform you that your message could not be delivered to one or more recipients."),
    ("fr", "bounce", "Échec de la remise du message", "Votre message n'a pas pu être remis au destinataire : boîte pleine. Objet du message d'origine : Suppression de vos données."),
    ("en", "bounce", "Delivery Status Notification (Failure)", "Delivery to the following recipient failed permanently: marc.b@exemple.fr"),
    ("fr", "bounce", "Mail delivery failed", "Ce message a été créé automatiquement par le logiciel de remise. Le message suivant n'a pas pu être remis."),
    # ---------------------------------------------------------------- newsletters / platforms
    ("fr", "newsletter", "Les 5 clés pour mieux dormir", "Dans ce numéro : la cohérence cardiaque, nos ateliers d'été. Pour ne plus recevoir cette lettre, cliquez sur se désinscrire."),
    ("en", "newsletter", "Your weekly wellbeing digest", "This week: mindful mornings. You are receiving this email because you subscribed. Unsubscribe or update your preferences."),
    ("fr", "newsletter", "Webinaire gratuit", "Inscrivez-vous à notre webinaire sur la protection des données pour les indépendants. Se désabonner."),
    ("fr", "stripe", "Paiement reçu de Claire Martin", "Vous avez reçu un paiement de 90,00 EUR. Consultez le tableau de bord Stripe pour gérer vos données de paiement."),
    ("en", "stripe", "Your payout is on the way", "A payout of €450.00 is on its way to your bank account. Update your account information in the Dashboard."),
    ("fr", "stripe", "Litige ouvert", "Un client a ouvert un litige sur un paiement. Répondez avant le 12 avril en fournissant les éléments demandés."),
    ("fr", "systeme", "Nouveau contact inscrit", "Un nouveau contact s'est inscrit à votre liste \"Newsletter\" : c.martin@gmail.com. Gérer vos contacts."),
    ("fr", "systeme", "Un contact s'est désabonné", "Le contact jl.petit@free.fr s'est désabonné de votre campagne \"Printemps\"."),
    ("en", "systeme", "New sale", "Congratulations! You made a new sale of \"Atelier Confiance\". Customer data is available in your dashboard."),
    ("fr", "google", "Alerte de sécurité", "Nouvelle connexion à votre compte Google depuis un appareil Windows. Si ce n'était pas vous, sécurisez votre compte."),
    ("en", "google", "Your Google Drive storage is almost full", "You've used 95% of your storage. Delete files or get more storage to keep using Gmail."),
    ("fr", "google", "Document partagé avec vous", "Marie a partagé le document \"Bilan coaching - données\" avec vous."),
    ("en", "noreply_calendly", "New Event: Discovery call", "A new event has been scheduled. Invitee: Tom Baker. Cancel or reschedule via the links below."),
    # ---------------------------------------------------------------- the practitioner's own messages
    ("fr", "own", "Votre demande de suppression [DSR-2026-0003]", "Bonjour, je vous confirme la suppression de vos données personnelles, à l'exception des factures que je dois conserver 10 ans."),
    ("fr", "own", "Rappel atelier", "Petit rappel : l'atelier a lieu samedi. Si vous ne souhaitez plus recevoir mes mails, répondez simplement STOP."),
    ("fr", "own", "Copie de vos données", "Vous trouverez ci-joint une copie de vos données, conformément à votre demande d'accès."),
    ("en", "own", "Your request", "As requested, I have deleted your account and all associated personal data."),
    # ---------------------------------------------------------------- request only in quoted history
    ("fr", "quoted", "Re: Votre demande de suppression", "Merci beaucoup pour votre rapidité, bonne journée !"),
    ("fr", "quoted", "Re: Accès à vos données", "Bien reçu, merci Sandra. Je regarde tout ça ce week-end."),
    ("en", "quoted", "Re: Your data request", "Thanks, got it. Have a great weekend!"),
    ("fr", "quoted", "Re: désinscription", "Parfait, merci. À bientôt peut-être pour un atelier !"),
    ("en", "quoted", "Re: Delete my data", "Many thanks for confirming. All the best with your practice."),
    ("fr", "quoted", "Re: Atelier de mai", "Oui, je serai là samedi, merci pour le rappel !"),
    # ---------------------------------------------------------------- forwarded information
    ("fr", "forward_info", "Tr: Article intéressant", "Je t'envoie cet article sur le RGPD pour les coachs, ça peut t'intéresser."),
    ("en", "forward_info", "Fwd: Conference", "Thought you might like this conference on coaching ethics."),
]
