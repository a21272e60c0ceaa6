# English negatives (label empty), plus a few extra French negatives at the end.
from common import M, SANDRA, SANDRA2

M("en-neg-thanks-above-request", "en", [], "Olivia Bennett <olivia.bennett@gmail.com>",
  "Re: Your data request",
  """Thank you so much, Sandra. I received the file this morning and read it over a cup of tea.

It was strange and moving to see that year written down: the move from London, the lonely winter, the way I slowly found my feet. I had forgotten how frightened I was at the beginning. Reading your notes, I realised how far I have come.

No need to do anything else, I just wanted to say thank you for being so quick and so kind about it.

Olivia""", q=("gmail", "Olivia Bennett <olivia.bennett@gmail.com>", "Mon, 2 Jun 2025 at 20:11",
  """Dear Sandra, could you please send me a copy of all the data you hold about me? Many thanks, Olivia"""))
# NEAR-LINE: thank-you above her own quoted access request -> only new text counts -> negative.

M("en-neg-husband-wife-data", "en", [], "Graham Turner <graham.turner@gmail.com>",
  "My wife's sessions",
  """Dear Ms Delomenie,

My wife Susan has been seeing you for several months. I'm not writing to complain, but I'm worried. She has become very withdrawn since our son left for university, and she won't tell me what she discusses with you.

Could you send me a summary of your notes, or at least tell me whether she has mentioned wanting to leave? I think as her husband I have a right to know, and I am paying for the sessions.

Regards,
Graham Turner""")
# NEAR-LINE: spouse asking for another living adult's data -> negative.

M("en-neg-question-portability", "en", [], "Jennifer Walsh <jennifer.walsh@gmail.com>",
  "Question about your privacy policy",
  """Hi Sandra,

I'm thinking of signing up for your six-month programme, but I'm a bit of a privacy nerd (I work in IT security). I read your policy and I have a couple of questions before I commit.

If I later wanted to move to another coach, would you be able to export my tracking data in a standard format? And how does the right to erasure interact with the ten-year retention period mentioned for client data? I'm not asking for anything yet, I just like to know how these things would work.

Thanks,
Jennifer""")
# NEAR-LINE: question about how rights work, not an exercise -> negative.

M("en-neg-cancel-booking", "en", [], "Mark Sullivan <mark.sullivan@gmail.com>",
  "Cancel my booking for Saturday",
  """Hi Sandra,

I'm so sorry but I need to cancel my place on Saturday's workshop. My father was taken into hospital last night in Manchester and I'm flying over tomorrow morning. I don't know how long I'll be away.

Please remove me from the list and give my place to someone else. I'll book again when things settle down.

Best,
Mark""")

M("en-neg-password", "en", [], "Karen Lewis <karen.lewis@hotmail.com>",
  "Can't log in",
  """Hello,

I can't access my course area any more. The login page says my password is incorrect and the reset link you send expires before I can click it (I'm on a very slow connection at the moment, living in a camper van while our house is being renovated after the flood).

Could you reset my password manually, or tell me another way to access my account? I'd really like to finish the module on resilience, it feels very relevant right now!

Thanks,
Karen""")

M("en-neg-close-account", "en", [], "Steven Price <steven.price@gmail.com>",
  "Close my account please",
  """Hi,

I've finished the programme and won't be using the platform any more, so you can close my account. Thanks for a great course, it really helped me through the redundancy.

Steve""")
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

M("en-neg-collab-proposal", "en", [], "Amelia Hart <amelia@hartwellbeing.co.uk>",
  "Collaboration idea - bilingual retreat",
  """Dear Sandra,

I'm a wellbeing coach based in Brighton, and a mutual client, Rebecca, suggested we connect. I run retreats for British expats going through life transitions in France, Spain and Portugal, and I'd love to explore a bilingual retreat in the Berry next autumn.

The idea: four days, twelve participants, half French and half English-speaking, with joint sessions on grief, divorce and starting again abroad. I'd handle marketing to my UK audience; you'd bring your local network and your venue contacts.

On the data side, I'd suggest each of us keeps our own mailing list and we use a shared registration form hosted on your platform, with a clear GDPR notice. I'm keen that we never swap contact lists.

Would you be open to a call in the next couple of weeks?

Warm wishes,
Amelia Hart""", mime="alt")

M("en-neg-cnil-complaint-copy", "en", [], "Peter Dawson <peter.dawson@gmail.com>",
  "FYI - complaint filed with the CNIL",
  """Ms Delomenie,

For your information, I have today filed a complaint with the CNIL, the French data protection authority, regarding your failure to respond to my request of 2 February to stop sending me marketing emails and to delete my details.

A copy of the text I submitted is below.

"I asked Floraison de Soi (Sandra Delomenie, Issoudun) to delete my data and stop marketing emails on 2 February. I have received no reply and continue to receive newsletters."

Peter Dawson""")
# NEAR-LINE: copy of a CNIL complaint -> negative per policy.

M("en-neg-invoice-copy", "en", [], "Helen Carter <helen.carter@gmail.com>",
  "Copy of invoice",
  """Hi Sandra,

My employer has agreed to reimburse the coaching sessions as part of my professional development budget, which is brilliant news after all the back-and-forth with HR.

Could you send me a copy of the invoices for the sessions from September to December, with your SIRET number on them? I deleted the original emails by mistake when I cleared my inbox.

Thanks a lot,
Helen""")

M("en-neg-student-dissertation", "en", [], "Chloe Hughes <c.hughes@student.ucl.ac.uk>",
  "Interview request - dissertation on GDPR and small practitioners",
  """Dear Ms Delomenie,

I'm a master's student at University College London writing my dissertation on how sole practitioners in the wellbeing sector handle data protection obligations, particularly data subject requests such as access, erasure and objection.

I found your very detailed privacy policy online and wondered whether you might agree to a 30-minute interview by video. I'm interested in how often you receive requests, how you verify identity, and how you deal with health data. All responses would be anonymised.

Many thanks for considering it,
Chloe Hughes""")

M("en-neg-breach-story", "en", [], "Julia Moore <julia.moore@gmail.com>",
  "A rough week",
  """Hi Sandra,

Just a quick note to explain why I was so distracted in our session on Thursday. My bank informed me on Wednesday that my details were part of a data breach, and I spent two days cancelling cards, changing passwords and asking every company I've ever dealt with what they hold about me. It made me feel very exposed, almost violated.

It's all under control now. Talking it through with you helped more than you know. See you next week.

Julia""")
# NEAR-LINE: mentions asking other companies about her data, but asks nothing of Sandra -> negative.

M("en-neg-expat-update", "en", [], "George Whitmore <george.whitmore@gmail.com>",
  "News from Normandy",
  """Dear Sandra,

It's been six months since we moved to the coast, and I wanted to let you know we're settling in well. Jean's health is stable, the sea air seems to agree with her, and I've joined a walking group where I'm slowly improving my French.

I still use the breathing exercises every morning. I've kept all my notes from our sessions in a folder, and I reread them when I feel the old anxiety creeping back.

Keep sending the newsletter, I enjoy it.

All the best,
George""")

M("en-neg-consent-given", "en", [], "Lucy Bennett <lucy.bennett@gmail.com>",
  "Testimonial - yes, happy for you to use it",
  """Hi Sandra,

Following your message, yes, I'm very happy for you to use my testimonial and the photo from the retreat on your website and Instagram. You can use my first name and my town.

Here's the text: "After losing my job at 49, I thought my career was over. Sandra helped me see what I still had to offer, and six months later I started my own translation business."

Lucy""", q=("gmail", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Tue, 8 Apr 2025 at 11:02",
  """Hi Lucy, would you be happy for me to publish your testimonial? No pressure at all. Sandra"""))

M("en-neg-sandra-sent", "en", [], SANDRA,
  "Re: Request to delete my data",
  """Dear Olivia,

Thank you for your message. I confirm that I have deleted all the personal data I held about you: session notes, intake form, emails and your account on the course platform. I only keep the invoices, as required by French accounting law, for ten years.

I wish you and your daughter every happiness in Dublin.

Warm regards,
Sandra Delomenie""", to="Olivia Grant <olivia.grant@icloud.com>")

M("en-neg-sandra-sent-workshop", "en", [], SANDRA2,
  "Your place at the spring retreat",
  """Dear Amelia,

Thank you for registering for the spring retreat. I'm delighted you'll be joining us.

Please find attached the practical information and the registration form. The form asks for dietary requirements and an emergency contact; this information is only used for the organisation of the retreat and will be deleted one year after the event. If you would prefer not to appear in group photos, just let me know on arrival.

See you in April,
Sandra""", to="Amelia Ross <amelia.ross@gmail.com>", att=["Spring_retreat_practical_info.pdf"], mime="alt")

M("en-neg-stripe-payout", "en", [], "Stripe <notifications@stripe.com>",
  "Your payout of €1,240.50 is on the way",
  """A payout of €1,240.50 to your bank account ending in 0291 was initiated on 3 October 2025. It should arrive by 7 October 2025.

View payout details in your Dashboard.

You're receiving this email because you have payout notifications turned on. Manage notification preferences in your account settings.""", mime="alt", auto="auto-generated")

M("en-neg-zoom-registration", "en", [], "Zoom <no-reply@zoom.us>",
  "New registration for: Online workshop - Starting over abroad",
  """Hi Sandra Delomenie,

A new registrant has signed up for your meeting.

Topic: Online workshop - Starting over abroad
Registrant: Fiona McLeod (fiona.mcleod@gmail.com)
Question: "Will the session be recorded? I'd rather not appear on camera."

View registrants.

Thank you for choosing Zoom.""", mime="html", auto="auto-generated")

M("en-neg-calendly-reschedule", "en", [], "Calendly <notifications@calendly.com>",
  "Rescheduled: Tom Birchall - 60 Minute Session",
  """Hi Sandra,

Tom Birchall has rescheduled their event.

Former: 10:00 - Tuesday, 4 March 2025
Updated: 14:00 - Thursday, 6 March 2025
Reason: "Job interview came up, sorry!"

View event in Calendly""", mime="html", auto="auto-generated")

M("en-neg-google-storage", "en", [], "Google <no-reply@google.com>",
  "Your Google storage is almost full",
  """Your account floraisondesoi.contact@gmail.com has used 14.2 GB of 15 GB.

When your storage is full, you won't be able to upload new files to Google Drive, send or receive emails in Gmail, or back up photos. Free up space by deleting files you no longer need, or get more storage with Google One.

Manage storage

You received this mandatory email service announcement to update you about important changes to your Google account.""", mime="html", auto="auto-generated")

M("en-neg-bounce", "en", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to rebecca.holoway@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  bounce=dict(orig_to="rebecca.holoway@gmail.com", status="5.1.1", mta="mx.google.com",
              diag="550 5.1.1 The email account that you tried to reach does not exist",
              orig_subj="Re: My coaching file - your copy"), auto="auto-replied")

M("en-neg-autoreply", "en", [], "Daniel Okafor <d.okafor@okafor-consulting.co.uk>",
  "Automatic reply: Your subject access request",
  """Thank you for your email. I am currently out of the office with limited access to email, returning on Monday 12 January.

For urgent matters please contact my colleague, Grace Mensah, at g.mensah@okafor-consulting.co.uk.

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it and notify the sender. Okafor Consulting Ltd is registered in England and Wales.""",
  auto="auto-replied", xh={"X-Auto-Response-Suppress": "All"})

M("en-neg-mailchimp-dpa", "en", [], "Mailchimp <no-reply@mailchimp.com>",
  "Important update to our Data Processing Addendum",
  """Hello,

We're updating our Data Processing Addendum (DPA) and our list of sub-processors, effective 1 May 2025. If you are subject to the GDPR, these changes affect how we process your contacts' personal data on your behalf.

You remain responsible for responding to your contacts' requests to access, correct, export or delete their data. Our tools for exporting and deleting contacts are available in your Audience dashboard.

No action is required. You can review the updated DPA in your account.

Intuit Mailchimp""", mime="html", lu="https://mailchimp.com/unsubscribe/?u=9921")

M("en-neg-canva-policy", "en", [], "Canva <no-reply@canva.com>",
  "We're updating our Privacy Policy",
  """Hi Sandra,

We're making some updates to our Privacy Policy, effective 15 February 2026. We've clarified how we use your content to improve our AI features and added more detail on your choices, including how to opt out and how to request a copy or deletion of your data.

You don't need to do anything. Read the updated policy.

Canva Pty Ltd""", mime="html", lu="https://www.canva.com/unsubscribe?e=x")

M("en-neg-phishing-gdpr", "en", [], "EU GDPR Compliance Office <office@eu-gdpr-compliance-register.com>",
  "Final notice: GDPR registration required for your business",
  """Dear Business Owner,

Our records show that FLORAISON DE SOI has not completed the mandatory EU GDPR Data Controller Registration. Businesses processing health data without registration face fines of up to 4% of annual turnover.

Complete your registration within 7 days to avoid penalties. Registration fee: €349.

Register now

EU GDPR Compliance Office - This is an automated reminder.""", mime="html")

M("en-neg-phishing-docusign", "en", [], "DocuSign <dse@docusign-secure-sign.net>",
  "Please review: Data Deletion Agreement",
  """Sandra Delomenie,

You have received a document to review and sign: "Client Data Deletion Agreement - GDPR Art. 17".

REVIEW DOCUMENT

Do not share this email. This message was sent to you by Compliance Dept.""", mime="html")

M("en-neg-newsletter-psych", "en", [], "Coaching Today <newsletter@coachingtoday.org>",
  "This week: When a client asks you to delete everything",
  """COACHING TODAY - Weekly digest

Feature: When a client asks you to delete everything. How to respond to erasure requests with compassion, and what records you must keep.

Also this week:
- Testimonials and consent: can a client withdraw years later?
- Working with grieving families after a client's death
- Five tools for secure note-taking

You are receiving this email because you subscribed at coachingtoday.org. Unsubscribe | Update preferences""",
  mime="html", lu="https://coachingtoday.org/unsubscribe?id=77123")

M("en-neg-linkedin", "en", [], "LinkedIn <notifications-noreply@linkedin.com>",
  "You appeared in 14 searches this week",
  """Sandra, you appeared in 14 searches this week.

Your profile was found by people from: Wellbeing coaching, Human Resources, Education.

See all searches

You are receiving notification emails. Unsubscribe. LinkedIn Ireland Unlimited Company.""", mime="html", lu="https://www.linkedin.com/comm/psettings/unsub?x=1")

M("en-neg-paypal", "en", [], "PayPal <service@paypal.com>",
  "You've got money",
  """Hello Sandra Delomenie,

Yuki Tanaka sent you €65.00 EUR.

Note from Yuki Tanaka: "Workshop 12 April - thank you!"

Transaction ID: 5KX99218LM3320145

PayPal (Europe) S.à r.l. et Cie, S.C.A.""", mime="alt", auto="auto-generated")

M("en-neg-airbnb-venue", "en", [], "Airbnb <automated@airbnb.com>",
  "Reservation confirmed - Le Moulin de la Creuse, 12-15 Jun",
  """Your reservation is confirmed.

Le Moulin de la Creuse - entire home, sleeps 12
Check-in: Thu 12 June 2025, 16:00
Check-out: Sun 15 June 2025, 11:00

Your host, Martine, will share check-in details 48 hours before arrival. Manage your reservation in the app.

Airbnb Ireland UC""", mime="html", auto="auto-generated")

M("en-neg-eventbrite", "en", [], "Eventbrite <noreply@eventbrite.com>",
  "New order for Grief Circle - English-speaking group",
  """You have a new order!

Event: Grief Circle - English-speaking group
Attendee: Margaret Lindqvist
Tickets: 1 x Standard (€20.00)

Attendee answered: "Is there a way to join without my name being shown to other participants?"

Manage attendees""", mime="alt", auto="auto-generated")

M("en-neg-friend-question-rights", "en", [], "Anna Kowalski <anna.kowalski@gmail.com>",
  "Quick question as a friend",
  """Hi Sandra,

Hope all is well with you and the family! I've got a work thing and I thought of you because you always know about these GDPR matters.

A former customer at my bakery emailed me saying she wants "all her data" and to be "forgotten". We only have her email for the loyalty card. Do I just delete it? Do I have to send her something first? I don't want to get it wrong.

Coffee next week?
Anna""")

M("en-neg-reschedule-story", "en", [], "Ruth Campbell <ruth.campbell@gmail.com>",
  "Change of appointment",
  """Hi Sandra,

Could we move Thursday's session to the following week? My husband's chemotherapy schedule has changed and his next treatment falls on Thursday morning in Tours. I want to be with him.

I'm doing all right, considering. The tools we've worked on help me on the bad days, and I've started journaling again, which I hadn't done since my twenties.

Let me know what works for you.

Ruth""")

M("en-neg-unsub-another-person", "en", [], "David Green <david.green@gmail.com>",
  "My mother's emails",
  """Hello,

My mother, Patricia Green, is on your mailing list. She's 84 and has early dementia, and she gets confused by your emails and sometimes thinks she has booked a workshop. I help manage her inbox.

Would you be able to tell me what information you hold on her and how she came to be on your list? I'd also like to take her off it.

Thank you,
David Green""")
# NEAR-LINE: son writing about his living adult mother, no mandate or guardianship mentioned -> another living adult's data -> negative.

M("en-neg-feedback", "en", [], "Nina Patel <nina.patel@gmail.com>",
  "Feedback on the online course",
  """Hi Sandra,

I wanted to share some feedback on the online course. The content is great, but a few things were frustrating: the videos in module 3 don't load on mobile, the downloadable worksheet for module 5 is a copy of module 4, and the quiz results aren't saved if you close the tab.

I also noticed the privacy notice link at the bottom of the sign-up page is broken. Just thought you'd want to know!

Nina""")

M("en-neg-delete-wrong-file", "en", [], "Lisa Morgan <lisa.morgan@gmail.com>",
  "Oops - wrong attachment",
  """Hi Sandra,

I'm so sorry, I attached the wrong file to my last email. I sent you my tax return instead of the homework worksheet! Please just delete it and ignore it; here's the right one attached.

This week has been chaos with the move and the kids starting at a new school. My head is all over the place.

Lisa""", att=["worksheet_values_Lisa.pdf"])
# NEAR-LINE: "please delete" a mis-sent attachment is ordinary housekeeping, not an erasure request about her data held by Sandra.

M("en-neg-condolence-client", "en", [], "Carol White <carol.white@gmail.com>",
  "Thinking of you",
  """Dear Sandra,

I heard from Margaret that your father passed away last week. I'm so sorry. You've held space for so many of us in our grief; I hope you're allowing others to hold it for you now.

No need to reply. Please take all the time you need; I'm happy to postpone our sessions.

With love,
Carol""")

M("en-neg-referral", "en", [], "Dr. Emily Shaw <e.shaw@cabinet-medical-issoudun.fr>",
  "Referral - Mr J. Harding",
  """Dear Ms Delomenie,

I am the GP of Mr James Harding, an English patient who recently lost his wife and is struggling to adjust to life alone in France. He has expressed interest in your English-speaking grief circle, and has agreed that I contact you.

He will be in touch directly; I have given him your details rather than passing his to you. I wanted to let you know to expect his call.

Kind regards,
Dr Emily Shaw""")

# ---------------- extra French negatives ----------------
M("fr-neg-question-erasure-delay", "fr", [], "Anne Vidal <anne.vidal@gmail.com>",
  "Combien de temps gardez-vous mes notes ?",
  """Bonjour Sandra,

Notre accompagnement se termine dans deux séances et je me pose une question. Votre politique parle de dix ans de conservation, sauf pour les données de santé qui sont gardées deux ans. Mais comment savez-vous ce qui est « santé » dans des notes où l'on parle de tout, du sommeil, des crises d'angoisse, de la relation avec ma fille ?

Je ne vous demande rien de particulier, je suis juste curieuse de savoir comment vous faites le tri en pratique. On pourra en parler à la dernière séance si c'est plus simple.

Anne""")
# NEAR-LINE: question about retention practice, no request -> negative.

M("fr-neg-brother-data", "fr", [], "Jérémy Lefèvre <jeremy.lefevre@gmail.com>",
  "Mon frère Marc-Antoine",
  """Bonjour,

Mon frère Marc-Antoine s'est inscrit à votre webinaire sur la reconversion le mois dernier. Depuis son licenciement, il ne va pas bien du tout, il ne sort plus, et nous sommes inquiets.

Pourriez-vous me dire s'il a assisté au webinaire, et s'il a pris rendez-vous avec vous ? J'aimerais aussi que vous corrigiez son adresse mail si elle est fausse, il dit qu'il ne reçoit rien. Je ne veux pas qu'il passe à côté d'une aide.

Merci,
Jérémy Lefèvre""")
# NEAR-LINE: a sibling asking about and correcting another living adult's data -> negative per policy.

M("fr-neg-vendor-systemeio-export", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Votre export de contacts est prêt",
  """Bonjour Sandra,

L'export que vous avez demandé (liste « Newsletter Floraison de Soi », 1 284 contacts, format CSV) est prêt. Le lien de téléchargement restera valide 24 heures.

Télécharger l'export

Pour des raisons de sécurité et de conformité au RGPD, ne partagez pas ce fichier et supprimez-le après usage.

L'équipe Systeme.io""", auto="auto-generated")

M("fr-neg-orange-info", "fr", [], "Orange <info@orange-business.fr>",
  "Votre messagerie Orange évolue",
  """Bonjour,

Votre messagerie Orange fait peau neuve : nouvel affichage, filtre anti-spam renforcé et possibilité d'exporter vos contacts et vos messages.

Conformément à la réglementation sur la protection des données, vous pouvez à tout moment vous opposer à l'utilisation de vos données à des fins de prospection depuis votre espace client.

L'équipe Orange""", mime="html", lu="https://www.orange.fr/desinscription?id=8891")

M("fr-neg-client-own-deletion-story", "fr", [], "Marine Delaunay <marine.delaunay@gmail.com>",
  "Exercice de la semaine",
  """Bonjour Sandra,

J'ai fait l'exercice de la lettre qu'on n'envoie pas. J'ai écrit à mon ex-mari tout ce que je n'avais jamais osé lui dire, puis, comme vous l'aviez suggéré, je l'ai brûlée dans le jardin. J'ai aussi effacé de mon téléphone toutes nos photos de vacances, et supprimé son numéro. J'ai pleuré une bonne heure, et puis je me suis sentie étonnamment légère.

Je voulais vous le raconter avant jeudi, parce que j'ai peur de ne pas trouver les mots en séance.

Marine""")

M("fr-neg-group-request-help", "fr", [], "Association Parents Solos 36 <contact@parentssolos36.fr>",
  "Intervention auprès de nos adhérents",
  """Madame Delomenie,

Notre association accompagne des parents seuls dans l'Indre, souvent après un divorce ou un veuvage. Plusieurs de nos adhérentes nous ont parlé de vos ateliers avec enthousiasme.

Nous aimerions vous proposer d'animer une soirée-débat sur le thème « Se reconstruire après la séparation », dans nos locaux de Châteauroux, au printemps. Pour la communication, nous utiliserons notre propre liste d'adhérents ; nous ne vous transmettrons pas leurs coordonnées, mais les personnes intéressées pourront s'inscrire directement auprès de vous si elles le souhaitent.

Pouvez-vous nous indiquer vos disponibilités et vos conditions ?

Bien cordialement,
Nadège Brun, présidente""", mime="alt")

M("fr-neg-participant-photo-request", "fr", [], "Coralie Mercier <coralie.mercier@gmail.com>",
  "Photos du stage",
  """Coucou Sandra,

Est-ce que tu pourrais m'envoyer une copie des photos de groupe du stage d'été ? Je n'ai pas pensé à en prendre, et j'aimerais en imprimer une pour mon bureau. Ces quatre jours ont été une vraie renaissance après mon année noire.

Mille mercis,
Coralie""")
# NEAR-LINE: wants group photos as a souvenir, not a request for her personal data -> negative.

M("fr-neg-sandra-sent-autoreply", "fr", [], SANDRA,
  "Réponse automatique : absence du 4 au 18 août",
  """Bonjour,

Je suis en congés du 4 au 18 août inclus. Je lirai votre message à mon retour.

Pour toute demande concernant vos données personnelles (accès, rectification, suppression...), elle sera traitée dans le délai légal d'un mois à compter de sa réception.

Belle fin d'été,
Sandra Delomenie - Floraison de Soi""", to="Julien Ferrand <julien.ferrand@gmail.com>", auto="auto-replied")
