# English negatives: people, platforms, vendors, spam, phishing, bounces, her own mail.
from recbase import M, with_dates

STRIPE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#f6f9fc;color:#32325d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="540" cellpadding="32" style="background:#fff;border-radius:6px">
<tr><td><p style="font-size:13px;color:#8898aa">Floraison de Soi</p>
<h1 style="font-size:24px">Your payout of €1,240.00 is on its way</h1>
<p>We've sent €1,240.00 to your bank account ending in 0231. It should arrive within 2 business days.</p>
<p>Payout ID: po_1QxE7bK2sd9Lq0aF</p>
<p style="font-size:12px;color:#8898aa">You're receiving this email because you have a Stripe account.</p>
</td></tr></table></td></tr></table></body></html>
"""

RECORDS = [

    # ------------------------------------------------------------ people
    M("en-neg-cancel-sms", [], "tmrw",
      "Sorry need to cancel tmrw, little one's got a temperature 🤒 can we do next week? S x\n\nSent from my iPhone\n",
      frm="Sarah Jennings <sarahjennings@icloud.com>", mailer="iphone"),

    # NEAR-LINE: cancelling a paid subscription (contract), not the newsletter
    M("en-neg-cancel-subscription", [], "Monthly circle",
      "Hi Sandra, please cancel my monthly subscription to the online circle from next month. It's been lovely but "
      "money's tight at the moment. Paul\n",
      frm="Paul Whitaker <paul.whitaker@gmail.com>", html="alt"),

    M("en-neg-password", [], "login problem",
      "Hello, I cannot log in the course platform, the reset link is expired when I click it. Can you help me? Anke\n",
      frm="Anke de Boer <anke.deboer@hotmail.nl>"),

    # NEAR-LINE: "close my account" alone -> negative
    M("en-neg-close-account", [], "Account",
      "Hi, please close my account on the course platform – I've finished the programme. Thanks\nMichael\n",
      frm="Michael Burns <michael.burns@outlook.com>", mailer="outlook"),

    M("en-neg-export-calendar", [], "calendar",
      "How do I export the workshop calendar to Outlook? the link gives me a weird file\n",
      frm="Ben Foster <ben.foster@gmail.com>", html="alt"),

    M("en-neg-object-date", [], "Group session date",
      "Hi Sandra, I'd object to the 14th for the group session – half of us have the school fête. Could we move it to "
      "the 21st? Lucy\n",
      frm="Lucy Hammond <lucy.hammond@yahoo.co.uk>", mailer="yahoo",
      cc=["Jo Baxter <jo.baxter@yahoo.co.uk>", "Fran Hill <franhill@gmail.com>"]),

    M("en-neg-access-building", [], "Saturday",
      "Hello, for the access to the building on Saturday, is there a code at the door? I come by bike. Willem\n",
      frm="Willem Jansen <willem.jansen@ziggo.nl>"),

    M("en-neg-correct-cv", [], "My CV",
      "Hi Sandra, could you correct my CV before Friday's session? I've attached the latest version. Mostly the "
      "profile paragraph, I never know what to say about myself!\nPriya\n",
      frm="Priya Nair <priya.nair@gmail.com>", html="alt",
      attach=[dict(kind="docx", name="Priya_Nair_CV_2025.docx",
                   text="Priya Nair\nProject coordinator\nProfile: organised, curious, ...\nExperience: 2019-2025 ...")]),

    # NEAR-LINE: "erase the last week" is about her life, not data
    M("en-neg-erase-week", [], None,
      "Wish I could just erase the last week tbh 😩 see you Thursday\n",
      frm="Grace Turner <grace.turner@gmail.com>", html="alt"),

    # NEAR-LINE: "how long do you keep" -> question about a right, not a request
    M("en-neg-how-long", [], "Before I sign up",
      "Quick question before I sign up: how long do you keep session notes after the coaching ends? And are they "
      "paper or digital?\nSophie\n",
      frm="Sophie Marsh <sophie.marsh@outlook.com>"),

    # NEAR-LINE: conditional question, he does not unsubscribe
    M("en-neg-unsub-question", [], "newsletter q",
      "if I unsubscribe from the newsletter will I still get the course emails?\n",
      frm="Dave Rowe <dave.rowe@gmail.com>", html="alt"),

    # NEAR-LINE: general question about the scope of the right of access (for an article)
    M("en-neg-rights-question", [], "GDPR question for an article",
      "Hello Sandra,\n\nI'm writing a short piece for our HR newsletter about coaching and confidentiality. In your "
      "experience, does the GDPR right of access also cover a coach's handwritten notes, or only computer files? "
      "No urgency at all.\n\nBest,\nEva\n",
      frm="Eva Lindberg <eva.lindberg@telia.com>"),

    # NEAR-LINE: copy of a complaint to the CNIL -> negative
    M("en-neg-cnil-copy", [], "FYI - complaint filed with CNIL",
      "Ms Delomenie,\n\nFor your information, I have today filed the complaint below with the CNIL.\n\nM. Quinn\n\n"
      "---\nComplaint summary\nOrganisation: Floraison de Soi, Issoudun\nIssue: I asked on 4 March for a copy of my "
      "data and have had no reply after two reminders.\n",
      frm="Margaret Quinn <margaret.quinn@gmail.com>", html="alt"),

    # NEAR-LINE: husband asks for his living adult wife's deletion -> negative
    M("en-neg-wife-delete", [], "My wife",
      "My wife attended your workshop in May – could you delete her details? She's too busy to email herself.\n\n"
      "Steve\n",
      frm="Steve Collins <steve.collins@btinternet.com>"),

    # NEAR-LINE: wife asks what her living husband said in sessions -> negative
    M("en-neg-husband-sessions", [], "Piotr",
      "Hello, my husband Piotr had sessions with you. Can you tell me what he talked about? I am worried for him. "
      "Anna\n",
      frm="Anna Kowalska <anna.kowalska@gmail.com>", html="alt"),

    M("en-neg-thanks-sorted", [], "Re: Your request",
      "Thanks Sandra, all sorted!\n",
      frm="Olivia Price <olivia.price@gmail.com>", html="alt",
      quote=dict(style="gmail_en", ago=7,
                 text="Dear Olivia,\n\nI have removed your details from my files and from the mailing list, as you "
                      "asked. Only the invoice is kept for accounting purposes.\n\nBest wishes,\nSandra\n")),

    M("en-neg-got-file", [], "RE: Your data export",
      "Got the file, cheers!\n\nChris\n",
      frm="Chris Morgan <chris.morgan@outlook.com>", mailer="outlook", html="alt",
      quote=dict(style="outlook_en", ago=20,
                 text="Hello Chris,\n\nPlease find attached a copy of your data in CSV format, as requested.\n\n"
                      "Kind regards,\nSandra Delomenie\nFloraison de Soi\n")),

    M("en-neg-consent-quote", [], "Re: Testimonial",
      "Yes, happy for you to use my quote on your website – first name only please :)\n",
      frm="Helen Ward <helen.ward@gmail.com>", html="alt",
      quote=dict(style="gmail_en", ago=40,
                 text="Hi Helen,\n\nWould you be OK with me putting your lovely feedback from the weekend on my "
                      "website?\n\nSandra\n")),

    M("en-neg-late", [], "late",
      "hello, I arrive 10 minutes late, sorry. train problem\n",
      frm="Jan Novák <jan.novak@seznam.cz>"),

    M("en-neg-english-workshop", [], "Workshop on the 5th",
      "Hello Sandra, is the workshop on the 5th in English as well or only French? My French is improving but slowly! "
      "Maggie\n",
      frm="Margaret Ellis <maggie.ellis@orange.fr>", mailer="ox"),

    M("en-neg-fwd-friend", [], "Fwd: Breathing workshop",
      "Hi Sandra, a friend sent me this — is the workshop still on? I'd love to join if there's space.\nRob\n",
      frm="Rob Turner <rob.turner@gmail.com>", html="alt",
      quote=dict(style="fwd_gmail_en", frm="Kate Sutton <kate.sutton@gmail.com>", to="Rob Turner <rob.turner@gmail.com>",
                 subject="Breathing workshop", ago=30,
                 text="Rob, this is the lady in Issoudun I told you about. Saturday morning, all levels. K\n")),

    # ------------------------------------------------------------ automatic / platforms
    M("en-neg-auto-ooo", [], "Automatic reply: Training proposal",
      "Thank you for your email. I am out of the office until 2 September with limited access to email. For urgent "
      "matters please contact hr@oakridge-foods.co.uk.\n\nBest regards,\nThomas Reed\n",
      frm="Thomas Reed <t.reed@oakridge-foods.co.uk>", to="contact", mailer="outlook",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2025-08-19 09:11"),

    # auto-acknowledgement listing GDPR rights -> negative
    M("en-neg-auto-privacy-ack", [], "We've received your message [Ticket #48213]",
      "Hello,\n\nThanks for contacting the CalmSpace privacy team. This is an automatic confirmation that we have "
      "received your message.\n\nUnder the GDPR you have the right to access, rectify, erase, restrict or port your "
      "personal data and to object to its processing. We respond to verified requests within 30 days.\n\n"
      "CalmSpace Privacy Team\n",
      frm="CalmSpace Privacy <privacy@calmspace-app.com>", to="contact", mid="sendgrid",
      headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

    M("en-neg-bounce-google", [], "Delivery Status Notification (Failure)",
      "** Address not found **\n\nYour message wasn't delivered to sue.harrow@gmial.co.uk because the domain "
      "gmial.co.uk couldn't be found. Check for typos or unnecessary spaces and try again.\n",
      frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="contact", mid="google", kind="bounce",
      headers={"Auto-Submitted": "auto-replied"},
      bounce=dict(mta="mail-sor-f41.google.com", rcpts=["sue.harrow@gmial.co.uk"], status="5.1.2",
                  remote="gmial.co.uk", diag="DNS Error: DNS type 'mx' lookup of gmial.co.uk responded with code NXDOMAIN",
                  orig_from="sandra_contact", orig_subject="Re: Workshop in English?",
                  orig_body="Hi Sue,\n\nYes, I can run the workshop in English for your group.\n\nSandra\n")),

    M("en-neg-bounce-outlook", [], "Undeliverable: Your certificate",
      "Delivery has failed to these recipients or groups:\n\nm.oconnor@eirlink-old.ie\nThe email address you entered "
      "couldn't be found. Please check the recipient's email address and try to resend the message.\n",
      frm="Microsoft Outlook <postmaster@outlook.com>", to="contact", mid="outlook", kind="bounce",
      headers={"Auto-Submitted": "auto-replied"},
      bounce=dict(mta="AM9PR02MB7410.eurprd02.prod.outlook.com", rcpts=["m.oconnor@eirlink-old.ie"], status="5.1.10",
                  remote="eirlink-old.ie", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found",
                  headers_only=True, orig_from="sandra_contact", orig_subject="Your certificate",
                  orig_body="Dear Martin,\n\nPlease find your certificate attached.\n\nSandra\n")),

    M("en-neg-stripe-payout", [], "Your payout of €1,240.00 is on its way",
      "Your payout of €1,240.00 is on its way.\n\nWe've sent €1,240.00 to your bank account ending in 0231. It should "
      "arrive within 2 business days.\n\nPayout ID: po_1QxE7bK2sd9Lq0aF\n",
      frm="Stripe <notifications@stripe.com>", to="orange", mid="ses", html="alt", html_body=STRIPE_HTML),

    M("en-neg-zoom-recording", [], "Cloud Recording - Atelier en ligne « Poser ses limites » is now available",
      "Hi Sandra,\n\nYour cloud recording is now available.\n\nTopic: Atelier en ligne « Poser ses limites »\n"
      "Date: Apr 8, 2025 07:00 PM Paris\n\nShare this recording with viewers: https://zoom.us/rec/share/Xq4...\n\n"
      "Thank you for choosing Zoom.\n",
      frm="Zoom <no-reply@zoom.us>", to="contact", mid="sendgrid", html="only"),

    M("en-neg-calendly-new", [], "New Event: Emma Blake - 09:30 Thu, 12 Jun 2025 - Discovery call",
      "Hi Sandra,\n\nA new event has been scheduled.\n\nEvent Type: Discovery call (30 min)\nInvitee: Emma Blake\n"
      "Invitee Email: emma.blake@gmail.com\nEvent Date/Time: 09:30 - Thursday, 12 June 2025 (Central European Time)\n"
      "Questions: What would you like to work on? Confidence at work after a burnout.\n",
      frm="Calendly <notifications@calendly.com>", to="contact", mid="sendgrid", html="alt",
      reply_to="Emma Blake <emma.blake@gmail.com>"),

    # NEAR-LINE: "your data export is ready" from Google Takeout -> platform notification
    M("en-neg-google-takeout", [], "Your Google data is ready to download",
      "Your Google data is ready\n\nThe data export you requested on 3 March 2025 is ready. This archive contains "
      "data from: Drive, Calendar.\n\nDownload your files by 10 March 2025.\n\nThe Google Accounts team\n",
      frm="Google <takeout-noreply@google.com>", to="contact", mid="google", html="alt"),

    M("en-neg-paypal", [], "You've got money",
      "Hello Floraison de Soi,\n\nYou received a payment of €60.00 EUR from Margaret Ellis.\n\nNote: \"Breathing "
      "workshop x2 - Maggie & John\"\n\nTransaction ID: 3HJ20114LA582931X\n",
      frm="PayPal <service@paypal.com>", to="contact", mid="generic", html="only"),

    M("en-neg-linkedin", [], "You appeared in 12 searches this week",
      "Sandra, you appeared in 12 searches this week.\n\nSearchers came from: Training & Coaching, Human Resources.\n\n"
      "See all searches\n\nYou are receiving LinkedIn notification emails.\nUnsubscribe: https://www.linkedin.com/e/v2?...\n",
      frm="LinkedIn <notifications-noreply@linkedin.com>", to="orange", mid="generic", html="alt",
      headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2/unsub?e=sd>", "List-Id": "<searches.linkedin.com>"}),


    # ------------------------------------------------------------ vendor privacy / DPA
    M("en-neg-zoom-dpa", [], "Updates to our Data Processing Addendum",
      "Dear Zoom customer,\n\nWe're updating our Data Processing Addendum (DPA) and our list of sub-processors, "
      "effective 1 October 2025. No action is required; the updated DPA automatically applies to your account.\n\n"
      "Zoom Privacy Team\n",
      frm="Zoom <privacy-noreply@zoom.us>", to="contact", mid="sendgrid", html="alt"),

    M("en-neg-calendly-privacy", [], "Changes to our Privacy Notice",
      "Hi there,\n\nWe've updated our Privacy Notice to explain more clearly how we handle data about you and your "
      "invitees, including new retention periods for meeting notes. The changes take effect on 15 January 2026.\n\n"
      "The Calendly Legal Team\n",
      frm="Calendly <legal@calendly.com>", to="contact", mid="sendgrid", html="only",
      headers={"List-Unsubscribe": "<https://calendly.com/unsubscribe>"}),

    # ------------------------------------------------------------ compliance spam / phishing
    M("en-neg-spam-gdpr-scan", [], "Your website floraisondesoi.fr failed our GDPR scan",
      "Hi,\n\nOur automated scanner flagged floraisondesoi.fr for 5 GDPR issues, including a missing cookie consent "
      "log and an outdated privacy policy. Fines can reach €20M.\n\nBook a free 15-minute call to fix it today.\n\n"
      "GDPR Shield\n",
      frm="GDPR Shield <audit@gdpr-shield-compliance.com>", to="contact", mid="generic", html="alt",
      headers={"List-Unsubscribe": "<mailto:remove@gdpr-shield-compliance.com>"},
      reply_to="Dan Keller <dan@gdpr-shield-compliance.com>"),

    M("en-neg-phishing-m365", [], "Password expiry notice for contact@floraisondesoi.fr",
      "Your mailbox password expires today.\n\nTo keep using the same password, confirm it below within 24 hours or "
      "your account will be restricted.\n\nKeep Same Password: http://m365-secure-mail.net/keep\n\nMicrosoft 365 Admin\n",
      frm="Microsoft 365 <no-reply@m365-secure-mail.net>", to="contact", mid="generic", html="only"),

    M("en-neg-phishing-dhl", [], "Your parcel is on hold – collect it",
      "DHL Express\n\nYour parcel 7741 0022 9315 could not be delivered due to unpaid customs fees (€2.99).\n\n"
      "Pay now to collect your parcel: http://dhl-parcel-redelivery.info/pay\n",
      frm="DHL Express <noreply@dhl-parcel-redelivery.info>", to="orange", mid="generic", html="only"),

    M("en-neg-phishing-apple", [], "Your Apple ID will be deleted",
      "Dear Customer,\n\nYour Apple ID has been locked for security reasons and will be deleted with all your data "
      "within 48 hours unless you verify your information.\n\nVerify now: http://apple-id-verify.co/secure\n\n"
      "Apple Support\n",
      frm="Apple Support <support@apple-id-verify.co>", to="orange", mid="generic", html="alt"),

    # ------------------------------------------------------------ her own sent mail
    M("en-neg-own-copy-sent", [], "Your personal data – copy attached",
      "Dear Hannah,\n\nFollowing your request of 2 October, please find attached a copy of the personal data I hold "
      "about you: your booking form, the dates of our sessions and my session summaries.\n\nIf anything is unclear "
      "or incorrect, just let me know.\n\nWarm regards,\nSandra Delomenie\nFloraison de Soi\n",
      frm="sandra_contact", to="Hannah Whitmore <hannah.whitmore@gmail.com>", mailer="thunderbird",
      attach=[dict(kind="pdf", name="Hannah_Whitmore_data_copy.pdf",
                   text="Copy of personal data - Hannah Whitmore\nBooking form: 12/05/2025\nSessions: 19/05, 02/06, 16/06/2025\n"
                        "Summaries: 3 pages (attached)")]),

    # NEAR-LINE: "unsubscribe from saturday's workshop" = cancelling a booking; keeps the newsletter
    M("en-neg-unsub-workshop", [], "saturday",
      "can I unsubscribe from saturday's workshop? something came up. still want the newsletter tho!\n",
      frm="Megan Doyle <megan.doyle@gmail.com>", html="alt"),

    M("en-neg-subject-only-late", [], "running 10 min late, sorry!", "\n\nSent from my iPhone\n",
      frm="Nick Ashworth <nick.ashworth@icloud.com>", mailer="iphone"),
]

# send dates pinned because the text mentions calendar dates
with_dates(RECORDS, {
    "en-neg-own-copy-sent": "2025-10-21 14:12",
    "en-neg-calendly-new": "2025-06-09 13:48",
    "en-neg-google-takeout": "2025-03-03 16:22",
    "en-neg-zoom-recording": "2025-04-08 21:03",
    "en-neg-zoom-dpa": "2025-09-01 18:05",
    "en-neg-calendly-privacy": "2025-12-15 17:30",
    "en-neg-cnil-copy": "2025-05-10 09:40",
})
