# -*- coding: utf-8 -*-
"""b8 corpus - English requests and negatives (native and French-speaker English)."""
from b8_common import M, SANDRA, SANDRA_PRO

RECORDS = [
# ================= REQUESTS =================
M("en-sms-delete", "erasure", "en", "Jess Carter <jesscarter92@gmail.com>", "",
"""hi sandra pls delete all my data, did ur webinar last yr dont need anything anymore thx

Sent from my iPhone"""),

M("en-frenglish-datas", "erasure", "en", "Frédéric Morel <fred.morel@gmail.com>", "Delete of my datas",
"""Hello Madam,

I would like that you delete all my datas of your files, including my account on the formation platform. I wish to exercice my right to the forgetting.

Best regards
Frédéric Morel"""),
# NEAR-LINE: French-speaker English ("right to the forgetting") -> erasure.

M("en-caps-angry", "erasure objection", "en", "Gary Thompson <gthompson@btinternet.com>", "STOP EMAILING ME",
"""I NEVER SIGNED UP FOR THIS. TAKE ME OFF YOUR LIST AND DELETE EVERYTHING YOU HAVE ON ME. NOW.

sent from my phone, excuse typos"""),

M("en-access-copy", "access", "en", "Rachel Nguyen <rachel.nguyen@outlook.com>", "Subject access request",
"""Hi Sandra,

Under GDPR I'd like a copy of all the personal data you hold about me (coaching notes, forms, emails, payment info). Could you send it over within the month?

Thanks,
Rachel"""),

M("en-what-do-you-have", "access", "en", "Mike O'Brien <mikeobrien@eircom.net>", "quick q",
"""what info do u actually have on me? got an email from you and cant remember ever signing up. also where did u get my address from

mike"""),

M("en-access-shared", "access", "en", "Hannah Weiss <hannah.weiss@gmx.de>", "Who did you share my data with?",
"""Hello,

I attended your online workshop in February. Since then I get ads from other coaching companies. Could you please tell me which third parties you shared my name and email with?

Kind regards,
Hannah Weiss"""),

M("en-rectif-email", "rectification", "en", "Paul Jennings <paul.jennings@proton.me>", "new email",
"""Hi, please update my email to paul.jennings@proton.me, the old gmail one is dead. Cheers, Paul"""),

M("en-rectif-name-spelling", "rectification", "en", "Siobhán Kelly <siobhan.kelly@gmail.com>", "Name spelling",
"""Hi Sandra,
Tiny thing: my name is spelt Siobhán (with the accent), not "Siobham" as it shows on my certificate and course account. Could you fix it?
Many thanks!"""),

M("en-rectif-wrong-note", "rectification", "en", "Daniel Ross <daniel.ross@hotmail.co.uk>", "Session summary correction",
"""Hello Sandra,

The summary you sent after our last session says I've been divorced for two years. I'm actually separated, not divorced — please correct that in your notes.

Thanks,
Dan"""),

M("en-restrict-dispute", "restriction", "en", "Laura Bennett <laura.bennett@gmail.com>", "Please hold off",
"""Hi Sandra,
I think some of what's in my intake form is wrong (the dates of my previous jobs). Until we've sorted it out, please don't use the form for anything — and don't delete it either.
Laura"""),

M("en-restrict-legal", "restriction", "en", "James Whitaker <j.whitaker@whitakerlaw.co.uk>", "Client: Ms Emma Hale - restriction of processing",
"""Dear Ms Delomenie,

We act for Ms Emma Hale (signed authority attached). Our client is involved in proceedings in which your records may be relevant. We therefore ask that you restrict processing of her personal data: please retain it securely, do not erase it, and do not use it for any other purpose until further notice.

Yours sincerely,
James Whitaker
Whitaker & Co Solicitors""", att=[("Hale_authority_signed.pdf", "application/pdf")], fmt="alt"),

M("en-restrict-freeze", "restriction", "en", "Tom <tom.f@icloud.com>", "freeze",
"""can u just freeze my file for now, not delete, just dont do anything with it till i decide. ta

Sent from my iPhone"""),

M("en-portab-newcoach", "portability", "en", "Claire Donovan <claire.donovan@gmail.com>", "Transfer to my new coach",
"""Hi Sandra,
I'm moving back to Dublin and starting with a coach there. Could you send my assessments and progress data directly to her (aoife@brightpathcoaching.ie), ideally as a spreadsheet or something she can import?
Thanks so much for everything,
Claire"""),

M("en-portab-csv", "portability", "en", "Ahmed Raza <ahmed.raza@outlook.com>", "data export",
"""Hello, could you export my course data (progress, quiz answers, account details) as CSV or JSON please? I want to keep it in my own tracker. Thanks, Ahmed"""),

M("en-portab-access", "access portability", "en", "Olivia Grant <olivia.grant@yahoo.co.uk>", "My data",
"""Hi,
Please let me know what personal data you hold on me, and send me a machine-readable copy of it (CSV is fine).
Best,
Olivia Grant"""),

M("en-objection-nl", "objection", "en", "Karen Moss <karen.moss@aol.com>", "unsubscribe",
"""Please unsubscribe me. Thank you."""),

M("en-objection-toppost", "objection", "en", "Brian Hughes <bhughes@sky.com>", "Re: Your free guide to inner confidence",
"""stop sending me marketing emails please, I only wanted the free guide""",
 quote=("gmail_en", SANDRA_PRO, "Hi Brian,\nHere's your free guide to inner confidence! And next week: 20% off my signature programme...\nUnsubscribe")),

M("en-objection-calls", "objection", "en", "Nicola Price <nicola.price@gmail.com>", "Calls",
"""Hi, I was a client ages ago. Please stop calling and texting me about new workshops, I don't want to be contacted for sales anymore. Thanks"""),

M("en-objection-profiling", "objection", "en", "Lars Eriksen <lars.eriksen@outlook.dk>", "Tracking in your emails",
"""Hello,
I noticed your newsletter links are tracked and you tag subscribers by interest. I object to this profiling. Please stop tracking me and tagging my profile.
Regards,
Lars"""),

M("en-wc-testimonial", "withdraw_consent", "en", "Emily Shaw <emily.shaw@gmail.com>", "my testimonial",
"""Hi Sandra! Hope you're well. Could you take my testimonial (and the photo) off your website? I said yes at the time but I'd rather not be public now. Thank you x"""),

M("en-wc-video", "withdraw_consent", "en", "Mark Oduya <mark.oduya@gmail.com>", "workshop video",
"""Hi, I'm in the promo video from the March workshop (blue jumper). I withdraw my consent to be in it — please remove or crop me out. Thanks, Mark"""),

M("en-wc-recording-erase", "erasure withdraw_consent", "en", "Anna Kowalski <anna.kowalski@wp.pl>", "Recording and my data",
"""Hello Sandra,
I no more agree that you keep the recording of our Zoom sessions, I take back my consent. Also please erase all my personal data, I finish the coaching.
Thank you,
Anna"""),

M("en-pm-mother", "post_mortem", "en", "David Clarke <david.clarke@gmail.com>", "My mother, Margaret Clarke",
"""Dear Sandra,

I'm writing to let you know my mother Margaret Clarke passed away on 3 January. She had been doing your online course. Could you please close her account, stop the emails and delete her details?

Best wishes,
David Clarke""", att=[("death_certificate_MClarke.pdf", "application/pdf")]),

M("en-pm-own-wishes", "post_mortem", "en", "Robert Hill <robert.hill@gmail.com>", "After I'm gone",
"""Sandra,
I've been putting my affairs in order. When I die I'd like all your notes about me destroyed, and my wife should not be given access to them. Please keep this on file.
Rob"""),

M("en-pm-widow-access", "post_mortem", "en", "Susan Baker <susan.baker@btinternet.com>", "my late husband",
"""Hello,
My husband Peter Baker died last month. He did sessions with you in 2024. I would like to know what information you had about him and get a copy if possible. I am his executor.
Susan Baker"""),

M("en-pm-son-testimonial", "post_mortem", "en", "Ben Harper <ben.harper@outlook.com>", "Dad's photo on your site",
"""Hi - my dad Alan Harper passed away in the summer. His photo and quote are still on your testimonials page. Could you take them down please? It's hard for the family to see.
Thanks, Ben"""),

M("en-multi-rect-obj", "objection rectification", "en", "Priya Shah <priya.shah@gmail.com>", "a couple of things",
"""hi sandra,
1. my surname is Shah not Sha, it's wrong on my invoices and course login
2. please take me off the newsletter, I get too many emails

ty!"""),

M("en-multi-access-erase-frenglish", "access erasure", "en", "Lucas Perrin <lucas.perrin@gmail.com>", "Request about my personnal data",
"""Hello,
I am French but I live in London now so I write in english. I want to know which personnal informations you have about me and after that to delete all of them. I was participant of the stage in Issoudun in 2023.
Thanks in advance,
Lucas"""),

M("en-multi-restrict-access", "access restriction", "en", "Megan Ford <megan.ford@gmail.com>", "Re: Your question",
"""Thanks Sandra. Just to be clear: please don't use or delete anything for now, and in the meantime send me a full copy of what's in my file.
Megan

Sent from my iPhone""",
 quote=("apple_en", SANDRA, "Hi Megan,\nThanks for your message. Do you want me to delete your file, or something else?\nSandra")),

M("en-multi-portab-erase", "erasure portability", "en", "Chris Tanaka <chris.tanaka@gmail.com>", "moving on",
"""Hey Sandra, finished the programme 🎉 Could you send my data in a portable format (csv/json) to my new coach, then wipe everything on your side?
Chris"""),

M("en-multi-obj-wc", "objection withdraw_consent", "en", "Hélène Dupré <helene.dupre@gmail.com>", "Newsletter and photo",
"""Hello Sandra,
Please I want to unsubscribe of the newsletter. And also I withdraw my agreement for the photo of me in the Facebook group post of the workshop, please remove it.
Thank you very much
Hélène"""),

M("en-multi-access-rect", "access rectification", "en", "George Mills <george.mills@gmail.com>", "My details",
"""Hi Sandra,
My address on file is old - it's now 22 Brook Lane, Bath BA1 2QT. Also could you send me a copy of everything you hold about me? Want to check nothing else is out of date.
George"""),

M("en-erasure-child", "erasure", "en", "Kate Morgan <kate.morgan@gmail.com>", "My son's data",
"""Hi Sandra,
My son Oliver (14) did your teen confidence workshop online. As his mum I'd like all his details, answers and the registration form deleted please.
Thanks,
Kate Morgan"""),

M("en-erasure-toppost-outlook", "erasure", "en", "Steven Wright <steven.wright@company-uk.com>", "RE: Reminder: your session tomorrow",
"""Please cancel it and also delete all my personal data from your records, I won't be continuing.

Steven Wright
Senior Analyst | Company UK Ltd
This email and any attachments are confidential. If you have received it in error please notify the sender.""",
 quote=("outlook_en", SANDRA, "Hi Steven,\nJust a reminder: our session is tomorrow at 6pm on Zoom.\nSandra")),
# NEAR-LINE: cancellation alone would be negative, but explicit data deletion -> erasure.

M("en-pm-notary-like", "post_mortem", "en", "Fiona MacLeod <fiona.macleod@gmail.com>", "Estate of Iain MacLeod",
"""Dear Ms Delomenie,
I'm the executor of my brother Iain MacLeod's estate. He died in Scotland in November. Please send me any records you hold for him and confirm whether any payments are outstanding.
Regards,
Fiona MacLeod"""),

# ================= NEGATIVES =================
M("en-neg-cancel-slot", "", "en", "Amy Collins <amy.collins@gmail.com>", "cancel thursday",
"""hi sandra so sorry need to cancel thurs, can you delete the slot and ill rebook next week? x"""),

M("en-neg-password", "", "en", "Jack Turner <jack.turner@gmail.com>", "can't access my account",
"""Hi, I can't access my course account, the password reset link says expired. Can you help? Thanks, Jack"""),

M("en-neg-close-account", "", "en", "Noah Bell <noah.bell@outlook.com>", "close my account",
"""Hi, please close my account, I've finished the course. Thanks"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

M("en-neg-wife-data", "", "en", "Richard Cole <richard.cole@gmail.com>", "My wife's sessions",
"""Hello Sandra,
My wife Julie has been seeing you for a few months. Could you tell me what she has told you and what you keep on her? I'm worried about her.
Richard"""),

M("en-neg-how-long", "", "en", "Sophie Lane <sophie.lane@gmail.com>", "question about GDPR",
"""Hi Sandra, just curious — if someone asks you to delete their data, how long does it take and do you keep anything for tax? I'm setting up my own practice and trying to understand. Thanks!"""),

M("en-neg-thanks-above-request", "", "en", "Rachel Nguyen <rachel.nguyen@outlook.com>", "Re: Subject access request",
"""Got it, thank you so much! All clear.""",
 quote=("gmail_en", SANDRA, "Hi Rachel,\nPlease find attached a copy of all the data I hold about you.\nSandra\n\n> Under GDPR I'd like a copy of all the personal data you hold about me")),

M("en-neg-copy-invoice", "", "en", "Laura Evans <laura.evans@gmail.com>", "invoice copy",
"""Hi Sandra, could you send me a copy of my March invoice? My employer needs it for reimbursement. Thanks!"""),
# NEAR-LINE: copy of an invoice for reimbursement is an ordinary admin request, not access to all data.

M("en-neg-unsub-question", "", "en", "Tim Hart <tim.hart@gmail.com>", "newsletter",
"""If I unsubscribe from the newsletter will I still get the replay links for the course? Don't want to miss those."""),

M("en-neg-ooo", "", "en", "Jane Porter <jane.porter@hsbc-example.co.uk>", "Automatic reply: Your workshop booking",
"""Thank you for your email. I am out of the office until Monday 14 April with limited access to email. For urgent matters please contact my colleague at team@hsbc-example.co.uk.

Jane""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

M("en-neg-stripe-payout", "", "en", "Stripe <notifications@stripe.com>", "Your payout of €420.00 is on the way",
"""Hi Floraison de Soi,

A payout of €420.00 is on its way to your bank account ending in 4471. It should arrive by 12 May.

View payout details in your Dashboard.

You're receiving this email because you have a Stripe account. To manage your email preferences, visit your Dashboard settings.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""", fmt="alt", to="contact@floraisondesoi.fr"),

M("en-neg-zoom-recording", "", "en", "Zoom <no-reply@zoom.us>", "Cloud Recording - Atelier confiance is now available",
"""Hi Sandra Delomenie,

Your cloud recording is now available.
Topic: Atelier confiance
Date Time: Mar 6, 2025 06:30 PM Paris

You can share this recording with viewers or delete it from your account. Recordings are automatically deleted after 30 days.

Thank you for choosing Zoom.""", fmt="html"),

M("en-neg-calendly-cancel", "", "en", "Calendly <notifications@calendly.com>", "Canceled: Sandra Delomenie and Olivia Park",
"""Hi Sandra,

Olivia Park has canceled the following event.
Event Type: Discovery call (30 min)
Invitee: Olivia Park
Invitee Email: olivia.park@gmail.com
Cancellation reason: "Please delete this slot, I'll book another time."

Calendly""", fmt="alt"),

M("en-neg-google-security", "", "en", "Google <no-reply@accounts.google.com>", "Security alert",
"""New sign-in to your Google Account
sandra.floraison@gmail.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.
Check activity
You can also see security activity at https://myaccount.google.com/notifications""", fmt="html"),

M("en-neg-vendor-dpa", "", "en", "Calendly <legal@calendly.com>", "Updates to our Data Processing Addendum",
"""Hello,

We're writing to let you know we've updated our Data Processing Addendum (DPA) and list of subprocessors. These changes reflect our continued commitment to GDPR compliance and help you respond to data subject requests such as access, deletion and portability.

No action is required. The updated terms take effect on 1 June 2025.

The Calendly Team""", fmt="alt", hdr={"List-Unsubscribe": "<https://calendly.com/unsubscribe?u=8841>"}),

M("en-neg-phishing-gdpr", "", "en", "GDPR Compliance Office <compliance@eu-gdpr-audit.net>", "URGENT: Your website is NOT GDPR compliant - fine up to €20,000,000",
"""Dear website owner,

Our automated audit found 7 GDPR violations on floraisondesoi.fr. You risk a fine of up to €20 MILLION.
Click below within 48 hours to download your compliance report and avoid sanctions:
http://eu-gdpr-audit.net/report?id=77812

Data Protection Compliance Department""", fmt="html"),

M("en-neg-newsletter-other", "", "en", "The Coaching Collective <hello@coachingcollective.com>", "5 ways to handle client data requests (GDPR made easy)",
"""This week: how to respond when a client asks for a copy of their data, or wants it deleted. Plus our template for a data access request reply.

Read more on the blog.

You are receiving this because you subscribed. Unsubscribe | Update preferences""", fmt="alt",
 hdr={"List-Unsubscribe": "<mailto:unsub-88213@coachingcollective.com>, <https://coachingcollective.com/u/88213>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

M("en-neg-sandra-sent-confirm", "", "en", SANDRA, "Re: delete",
"""Hi Jess,

As requested, I have deleted all your data (account, registration form and emails). You won't hear from me again unless you get in touch.

Take care,
Sandra""", to="Jess Carter <jesscarter92@gmail.com>",
 quote=("gmail_en", "Jess Carter <jesscarter92@gmail.com>", "hi sandra pls delete all my data")),

M("en-neg-bounce", "", "en", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to karen.smithh@gmail.com because the address couldn't be found, or is unable to receive mail.""",
 kind="bounce", orig=dict(to="karen.smithh@gmail.com", subj="Your data request - confirmation", body="Hi Karen,\nI confirm that your personal data has been erased.\nSandra")),

M("en-neg-testimonial-send", "", "en", "Grace Liu <grace.liu@gmail.com>", "testimonial for you",
"""Hi Sandra! Here's my testimonial as promised, feel free to use it on the website with my first name and photo:
"Sandra helped me find my voice again..."
Happy to edit if it's too long!
Grace""", att=[("grace_photo.jpg", "image/jpeg")]),

M("en-neg-colleague-gdpr", "", "en", "Maya Rosen <maya@rosencoaching.com>", "GDPR templates?",
"""Hey Sandra! Lovely to meet you at the conference. Do you have a template for handling deletion requests and the right to object? Mine feels so clunky. Happy to swap my intake form.
x Maya"""),

M("en-neg-remove-from-group", "", "en", "Ella Fisher <ella.fisher@gmail.com>", "whatsapp group",
"""hiya, can you add my new number to the whatsapp group? 07700 900123. thanks!"""),
# NEAR-LINE: gives a number for the group (logistics), no request about her stored data.

M("en-neg-cnil-copy", "", "en", "Gary Thompson <gthompson@btinternet.com>", "FW: Complaint submitted to the CNIL",
"""FYI.

---------- Forwarded message ---------
From: CNIL <ne-pas-repondre@cnil.fr>
Subject: Accusé de réception de votre plainte
Your complaint against Floraison de Soi has been registered under number 25-018833. It will be examined by our services."""),
# NEAR-LINE: copy of a CNIL complaint with no new request -> negative (policy).

M("en-neg-cancel-sub", "", "en", "Omar Haddad <omar.haddad@gmail.com>", "cancel subscription",
"""Hi, please cancel my monthly membership from next month, money is tight. Thanks for everything. Omar"""),

M("en-neg-typo-fix-date", "", "en", "Lily Adams <lily.adams@gmail.com>", "correction",
"""oops correction to my last email: I meant Tuesday 15th not Thursday!! sorry"""),

M("en-neg-systeme-notif", "", "en", "systeme.io <no-reply@systeme.io>", "New contact unsubscribed from your list",
"""Hello Sandra,

The contact brian.hughes@sky.com has unsubscribed from the list "Newsletter Floraison de Soi".
This contact will no longer receive your campaigns.

systeme.io - Dashboard > Contacts""", fmt="alt"),
# NEAR-LINE: platform notification about an unsubscribe, not a request to her.

M("en-neg-friend-ask-fb", "", "en", "Becky <becky.long@gmail.com>", "random q",
"""sandra u know about this stuff right? how do i get facebook to delete all my data lol, cant find the button anywhere"""),

M("en-neg-export-for-accountant", "", "en", "Sarah Green (Accountant) <sarah@greenaccounts.co.uk>", "Stripe export",
"""Hi Sandra, could you export your Stripe transactions for Q1 as CSV and send them over? I need them for the VAT return. Thanks, Sarah"""),

M("en-neg-linkedin", "", "en", "LinkedIn <messages-noreply@linkedin.com>", "Sandra, you appeared in 12 searches this week",
"""You appeared in 12 searches this week.
See who's looking at your profile.
Unsubscribe: You are receiving LinkedIn notification emails.""", fmt="html", hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub?x=1>"}),

M("en-neg-toppost-ok-thanks", "", "en", "Mark Oduya <mark.oduya@gmail.com>", "Re: workshop video",
"""perfect thanks 👍

Sent from my iPhone""",
 quote=("apple_en", SANDRA, "Hi Mark,\nDone - I've cropped you out of the video and re-uploaded it.\nSandra\n\n> I withdraw my consent to be in it — please remove or crop me out.")),

M("en-neg-update-booking", "", "en", "Nina Brooks <nina.brooks@gmail.com>", "change my booking",
"""Hi! Could you update my booking to the 6pm session instead of 2pm? Same day. Thanks!!"""),

M("en-neg-delete-wrong-email", "", "en", "Paul Jennings <paul.jennings@proton.me>", "ignore my last email",
"""Please delete/ignore the email I just sent, it was meant for my landlord 🙈"""),

M("en-neg-questionnaire-return", "", "en", "Joe Simmons <joe.simmons@gmail.com>", "questionnaire",
"""Hi Sandra, attached is the questionnaire filled in. I've consented to the health data bit. See you Monday!""", att=[("questionnaire_JSimmons.pdf", "application/pdf")]),

M("en-neg-bank-statement", "", "en", "Revolut Business <no-reply@revolut.com>", "Your monthly statement is ready",
"""Your statement for April 2025 is ready to download in the app.
For your security, we will never ask for your password by email.
Revolut Ltd, 7 Westferry Circus, London""", fmt="html", to="contact@floraisondesoi.fr"),

M("en-neg-frenglish-access-space", "", "en", "Camille Roux <camille.roux@gmail.com>", "Problem of access",
"""Hello Sandra, I don't arrive to access to my space on the platform since yesterday, it say my email is unknown. Can you check please? Thank you, Camille"""),
# NEAR-LINE: "access to my space" = login problem, negative.

M("en-neg-drive-share", "", "en", "Google Drive <drive-shares-dm-noreply@google.com>", "Emma Wilson shared \"My coaching journal\" with you",
"""Emma Wilson (emma.wilson@gmail.com) has shared the following document:
My coaching journal
Open
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA. You have received this email because someone shared a document with you from Google Drive.""", fmt="html"),

M("en-neg-cnil-question", "", "en", "Harriet Young <harriet.young@gmail.com>", "your privacy policy",
"""Hi, I read your privacy policy and it says I can object or ask for portability. What's the difference, exactly? Just curious before I sign up, not asking for anything yet!"""),

M("en-neg-remove-me-from-cc", "", "en", "Tom Baker <tom.baker@company.co.uk>", "Re: Group coaching - next steps",
"""Sandra, could you remove me from cc on these threads and just send to Lucy? She's the one organising for our team. Thanks""",
 quote=("outlook_en", SANDRA, "Hi all,\nNext steps for the group coaching: please fill in the intake form by Friday.\nSandra")),
# NEAR-LINE: internal routing of a B2B thread, not an objection to processing.

M("en-neg-fwd-article", "", "en", "Maya Rosen <maya@rosencoaching.com>", "Fwd: New CNIL guidance for coaches",
"""thought you'd find this useful!

---------- Forwarded message ---------
From: Coaching Federation <news@coachfed.eu>
Subject: New CNIL guidance for coaches
The CNIL has published guidance on health data held by wellbeing practitioners, including how to answer access and erasure requests."""),

M("en-neg-spam-seo", "", "en", "Dave | SEO Experts <dave@rankbooster.biz>", "Re: your website",
"""Hi there, I was checking floraisondesoi.fr and noticed it's not ranking for "life coach Issoudun". We can fix this. If you don't want to hear from me, just reply "remove" and I'll delete you from our list.""", fmt="html"),
]
