from common import M, HER_CONTACT

SANDRA = "Sandra Delomenie <%s>" % HER_CONTACT

RECORDS = [
M("en-neg-out-of-office", "Automatic reply: Retreat booking - spring dates",
"""Thank you for your email. I am out of the office until Monday 14th with limited access to email. For urgent matters please contact reception@brightwellhr.co.uk.

Kind regards,
Helen Marsh
Brightwell HR Consulting""",
[], frm="Helen Marsh <helen.marsh@brightwellhr.co.uk>",
headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply"),
         ("X-Mailer", "Microsoft Outlook 16.0")]),

M("en-neg-auto-ack-gdpr-rights", "We've received your message [Ticket #48213]",
"""Hello,

Thanks for contacting Wildflower Print Co. This is an automatic confirmation that we've received your message. A member of our team will reply within 2 working days.

Your privacy: we process your details to answer your enquiry. Under the UK GDPR you have the right to access, rectify, erase, restrict or object to the processing of your data, and to data portability. Contact privacy@wildflowerprint.co.uk to exercise these rights.

Please do not reply to this email.""",
[], frm="Wildflower Print Co <support@wildflowerprint.co.uk>",
headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),

M("en-neg-bounce-gmail", "Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to j.thornton1962@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
[], frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", shape="bounce",
headers=[("Auto-Submitted", "auto-replied")],
inner={"frm": "Sandra Delomenie <contact@floraisondesoi.fr>", "to": "j.thornton1962@gmail.com",
       "subject": "Your retreat booking", "status": "5.1.1",
       "diag": "550-5.1.1 The email account that you tried to reach does not exist",
       "body": "Hello Jane,\n\nThank you for booking the spring retreat. Practical details below.\n\nSandra"}),

M("en-neg-stripe-receipt", "Your receipt from Floraison de Soi #2291-4410",
"""Receipt from Floraison de Soi
Amount paid: EUR 120.00
Payment method: Mastercard - 8812

Summary: Online workshop - Calm in the storm (x1)

If you have any questions, contact Floraison de Soi at contact@floraisondesoi.fr.

Stripe""",
[], frm="Floraison de Soi <receipts+acct_1Nx@stripe.com>", to=HER_CONTACT, html="alt",
headers=[("Auto-Submitted", "auto-generated")]),

M("en-neg-zoom-recording", "Cloud Recording - Women's Circle (online) is now available",
"""Hi Sandra,

Your cloud recording is now available.

Topic: Women's Circle (online)
Share recording with viewers: https://us06web.zoom.us/rec/share/abc

Thank you for choosing Zoom.""",
[], frm="Zoom <no-reply@zoom.us>", html="only", headers=[("Auto-Submitted", "auto-generated")]),

M("en-neg-google-storage", "Your Google storage is 90% full",
"""Hi Sandra,

You've used 13.5 GB of your 15 GB storage. When you run out of space, you won't be able to upload new files to Drive, back up photos, or send and receive emails in Gmail.

Get more storage with Google One.

Google LLC""",
[], frm="Google <storage-noreply@google.com>", html="alt"),

M("en-neg-calendly-cancel", "Canceled: Emily Shaw and Sandra Delomenie",
"""Hi Sandra,

The event below has been canceled.

Event type: 60 min coaching session
Invitee: Emily Shaw
Cancellation reason: "Sorry, work trip came up. Will rebook!"

Calendly""",
[], frm="Calendly <notifications@calendly.com>", html="alt"),

M("en-neg-paypal-money", "You've got money",
"""Hello Floraison de Soi,

You received a payment of EUR 60.00 from Graham Stewart.

Note from Graham: "For the online breathing workshop. Thank you!"

PayPal Europe S.a r.l. et Cie, S.C.A.""",
[], frm="PayPal <service@intl.paypal.com>", html="only"),

M("en-neg-mailchimp-dpa", "Updates to our Data Processing Addendum",
"""Hello,

We're writing to let you know that we're updating the Mailchimp Data Processing Addendum, effective in 30 days, to reflect changes in our sub-processor list and international data transfer mechanisms.

You don't need to take any action. Continued use of our services constitutes acceptance.

Intuit Mailchimp""",
[], frm="Mailchimp <legal@mailchimp.com>", html="alt",
headers=[("List-Unsubscribe", "<mailto:unsubscribe@mailchimp.com>"), ("Precedence", "bulk")]),

M("en-neg-compliance-spam", "GDPR fine warning for floraisondesoi.fr",
"""Dear business owner,

Our scan found that floraisondesoi.fr may violate GDPR Article 13 and the ePrivacy Directive. Businesses like yours have received fines of up to EUR 20 million.

Book your FREE compliance audit today and receive a certificate within 24 hours.

GDPR Shield Team
Reply REMOVE to opt out.""",
[], frm="GDPR Shield <audit@gdpr-shield-compliance.net>", html="only"),

M("en-neg-phishing-docusign", "Sandra, please review and sign: Updated Service Agreement",
"""DocuSign

A document has been sent to you for review and signature.

REVIEW DOCUMENT

Sender: HR Department
Message: Please sign before end of day to avoid suspension of your account.

Do not share this email.""",
[], frm="DocuSign via HR <dse_na4@docusign-secure-mail.com>", html="only"),

M("en-neg-how-long-keep", "Quick question",
"""Hi Sandra,

Just curious - how long do you keep clients' data after the coaching finishes? I'm writing a short piece on small practices and GDPR for my course.

Thanks!
Ellie""",
[], frm="Ellie Norris <ellie.norris@student.ucl.ac.uk>"),

# NEAR-LINE: asks whether she has the right, does not ask for the notes -> negative
M("en-neg-do-i-have-the-right", "A question about notes",
"""Hello,

Do I have the right to ask for my session notes at some point, or are they considered your private working notes? I'm not asking for them now, I just want to understand how it works before I start.

Best,
Rachel""",
[], frm="Rachel Green <rachel.green.coaching@gmail.com>"),

# NEAR-LINE: "close my account" with no mention of data -> negative
M("en-neg-close-account", "close my account please",
"""Hi, could you close my account on the course platform? Finished the course, don't need it anymore. Thanks, Joe""",
[], frm="Joe Mitchell <joe.mitchell@gmail.com>"),

M("en-neg-password-reset", "Can't log in",
"""Hello,

The password reset link says "expired" every time I click it, even straight away. I've tried Chrome and Safari. Could you reset it on your side? I'm on module 3 of the self-esteem course.

Thanks,
Linda""",
[], frm="Linda Carver <linda.carver@yahoo.com>"),

M("en-neg-cancel-booking", "Cancel my booking for Saturday",
"""Hi Sandra, I'm so sorry but I need to cancel my place at Saturday's workshop - my son's been taken into hospital (nothing serious, he'll be fine). Could I transfer to the next one?
Sue""",
[], frm="Susan Wright <sue.wright@btinternet.com>"),

M("en-neg-thanks-after-erasure", "Re: Your erasure request",
"""That's great, thank you for being so quick about it.

All the best,
Gavin""",
[], frm="Gavin Price <gavin.price77@yahoo.co.uk>",
quote={"style": "gmail_en", "subject": "Your erasure request",
       "text": """Dear Gavin,

I confirm that all your personal data has been erased from my files and mailing list, except invoices, which I must keep for ten years.

Best wishes,
Sandra"""}),

M("en-neg-consent-testimonial", "Re: May I share your words?",
"""Hi Sandra,

Of course! You can use my testimonial on the website and Instagram, first name and town only (Harriet, Bath). No photo please.

H x""",
[], frm="Harriet Cole <harriet.cole@gmail.com>",
quote={"style": "apple_en", "subject": "May I share your words?",
       "text": """Dear Harriet,
Would you allow me to share your lovely feedback on my website? Only with your written consent, of course.
Sandra"""}),

M("en-neg-wife-data", "My wife's sessions",
"""Dear Sandra,

My wife Claire has been seeing you since the autumn. Could you tell me what topics she's been working on with you? She's been very withdrawn and I want to help.

Regards,
Richard Bell""",
[], frm="Richard Bell <richard.bell@outlook.com>"),

M("en-neg-hr-attendance", "Attendance records - leadership programme",
"""Dear Ms Delomenie,

For our internal reporting, could you send us the attendance records and individual feedback scores for the six members of our team who attended the leadership programme in March?

Kind regards,
Tom Ashworth
People Team, Northgate Software Ltd""",
[], frm="Tom Ashworth <tom.ashworth@northgatesoftware.co.uk>",
headers=[("X-Mailer", "Microsoft Outlook 16.0")]),

M("en-neg-copy-invoice", "Copy of invoice for expenses",
"""Hi Sandra, my company will reimburse the retreat but they need a copy of the invoice with VAT details. Could you resend it? Thanks, Daniel""",
[], frm="Daniel Moreau <daniel.moreau@gmail.com>"),

M("en-neg-access-building", "Access to the venue",
"""Hello,

For Sunday's workshop - is the venue wheelchair accessible? My mum is coming with me and she uses a wheelchair. Also, is there parking near the entrance?

Thanks,
Jasmine""",
[], frm="Jasmine Patel <jasmine.patel@gmail.com>"),

M("en-neg-delete-duplicate-slot", "duplicate booking",
"""Hi, I think I booked Tuesday 3pm twice by mistake - can you delete one of them? Thanks! Anna""",
[], frm="Anna Kowalczyk <anna.kowalczyk@gmail.com>"),

M("en-neg-whiteboard-photos", "Whiteboard photos?",
"""Hi Sandra,

Before you erase the whiteboard from this afternoon's session, could you snap a photo and send it to the group? I didn't manage to copy the last diagram.

Thanks!
Marcus""",
[], frm="Marcus Lee <marcus.lee@gmail.com>"),

M("en-neg-export-calendar", "Exporting the workshop calendar",
"""Hi Sandra,

Is there a way to export your workshop calendar to Outlook? The Google link doesn't seem to work on my work laptop.

Cheers,
Ian""",
[], frm="Ian Brooks <ian.brooks@outlook.com>"),

M("en-neg-consent-training-topic", "Training on informed consent",
"""Dear Ms Delomenie,

I run a small charity supporting carers in the Loire valley. Do you offer training on informed consent and boundaries for volunteers? We'd be interested in a half-day session in English.

Kind regards,
Bridget O'Malley""",
[], frm="Bridget O'Malley <bridget@carersloire.org>"),

M("en-neg-fwd-colleague-rfc822", "Fwd: coaching recommendation",
"""Hi Sandra,

A colleague forwarded me this recommendation (attached). Would you have space for a new client in English, online? I'm based in Lyon.

Best,
Sophie Turner""",
[], frm="Sophie Turner <sophie.turner@gmail.com>", shape="fwd822",
inner={"frm": "Kate Brennan <kate.brennan@gmail.com>", "to": "sophie.turner@gmail.com",
       "subject": "coaching recommendation",
       "body": "Hi Sophie,\n\nThe coach I told you about is Sandra Delomenie, contact@floraisondesoi.fr. She does sessions in English too.\n\nKate"}),

M("en-neg-cnil-complaint-copy", "Copy: complaint to the CNIL",
"""For your information, below is the complaint I submitted to the CNIL today.

"I have asked Floraison de Soi (Issoudun) twice to stop sending me marketing emails. They continue. I request that the CNIL investigate."

Regards,
Victor Hale""",
[], frm="Victor Hale <victor.hale@gmail.com>"),

M("en-neg-her-sent-export", "Your data as requested",
"""Dear Mr Larsen,

Please find attached the personal data you provided to me, in CSV format, as requested under Article 20.

Kind regards,
Sandra Delomenie
Floraison de Soi""",
[], frm=SANDRA, to="Henrik Larsen <henrik.larsen@gmail.com>", in_reply=True,
attachments=[{"kind": "csv", "name": "larsen_data.csv",
              "text": "field,value\nname,Henrik Larsen\nemail,henrik.larsen@gmail.com\nintake_goal,Better work-life balance"}]),

M("en-neg-nonnative-price", "Price for coaching",
"""Hello Mrs Sandra,

I am living in Issoudun since 2 years, I come from Romania. My French is not so good yet so I prefer English. How much is one session of coaching and can we do it in English? I want to work on my confidence for job interviews.

Thank you very much,
Andrei""",
[], frm="Andrei Popescu <andrei.popescu@yahoo.com>"),

M("en-neg-funny-prospect", "Is it normal to talk to my plants?",
"""Hi Sandra,

Asking for a friend (the friend is me). I've started narrating my day to my houseplants and the fern seems judgmental. Is this something coaching can help with, or should I just get a cat?

Seriously though - do you have evening slots for online sessions?

Cheers,
Oliver""",
[], frm="Oliver Grant <oliver.grant@gmail.com>"),

M("en-neg-zoom-privacy-update", "We're updating our Privacy Statement",
"""Hi there,

We're updating the Zoom Privacy Statement to provide more clarity about how we collect and use personal data. These changes take effect in 30 days. You can review the updated statement on our website.

Zoom Video Communications, Inc.""",
[], frm="Zoom <privacy-notices@zoom.us>", html="only", headers=[("Precedence", "bulk")]),

M("en-neg-canva-notification", "Your design was shared with you",
"""Sandra,

Mélanie Cordier shared a design with you: "Autumn workshops flyer".

Open in Canva

You're receiving this email because someone shared a design with you.""",
[], frm="Canva <no-reply@canva.com>", html="alt"),

M("en-neg-object-new-schedule", "New schedule",
"""Hi Sandra,

I have to object to the new Thursday evening slot for the online circle - 9pm is really late for those of us with small children. Could we vote on it in the group?

Thanks,
Lauren""",
[], frm="Lauren Hughes <lauren.hughes@gmail.com>"),

M("en-neg-other-newsletter", "Mindful Business Weekly - Issue 112",
"""This week:
- Why your clients don't read your newsletter (and what to do about it)
- A simple GDPR checklist for solo coaches
- Pricing your first group programme

You are receiving this because you subscribed at mindfulbusiness.io.
Unsubscribe | Update preferences""",
[], frm="Mindful Business Weekly <hello@mindfulbusiness.io>", html="alt",
headers=[("List-Id", "Mindful Business Weekly <weekly.mindfulbusiness.io>"),
         ("List-Unsubscribe", "<https://mindfulbusiness.io/unsubscribe?u=8812>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),

M("en-neg-thanks-export-received", "Re: Your data as requested",
"""Received, thank you - the file opens fine. Much appreciated!

Henrik""",
[], frm="Henrik Larsen <henrik.larsen@gmail.com>",
quote={"style": "outlook_en", "subject": "Your data as requested",
       "text": """Dear Mr Larsen,

Please find attached the personal data you provided to me, in CSV format, as requested under Article 20.

Kind regards,
Sandra Delomenie"""}),
]
