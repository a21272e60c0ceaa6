# English negatives (blind78).
from rec import R, SANDRA_C, SANDRA_O

RECORDS = [
R("en-neg-cancel-session", [], "cancel Thursday",
"""Hi Sandra, I need to cancel our Thursday session - work trip came up. Can we do next week instead? Sorry! Amy""",
frm=("Amy Collins", "amy.collins@gmail.com")),
R("en-neg-password", [], "can't log in",
"""Hi, I can't log into the course platform, it says my password is wrong and the reset email never arrives. Could you help? Thanks, Josh""",
frm=("Josh Reed", "josh.reed@outlook.com")),
# NEAR-LINE: "close my account" alone, no mention of data -> negative.
R("en-neg-close-account", [], "close my account",
"""Hello, please close my account on the course platform, I've finished the programme. Thanks, Kate""",
frm=("Kate Morgan", "kate.morgan@gmail.com")),
R("en-neg-how-long", [], "data retention question",
"""Hi Sandra, just out of interest - how long do you keep notes after coaching ends? I'm thinking of booking and want to know beforehand. Best, Tim""",
frm=("Tim Barker", "tim.barker@gmail.com")),
R("en-neg-right-question", [], "GDPR question",
"""Hello, am I allowed to ask for my session notes under GDPR, or is that only for data I gave you myself? Not asking yet, just want to understand how it works. Thanks, Rosa""",
frm=("Rosa Jensen", "rosa.jensen@gmail.com")),
# NEAR-LINE: spouse asking about a living adult's data -> negative.
R("en-neg-husband", [], "my wife's sessions",
"""Hi Sandra,

My wife Jenny has been seeing you for a few months. Could you tell me what she's been talking about? I'm worried about her and she won't open up. I won't tell her I asked.

Mike""", frm=("Mike Shaw", "mike.shaw@gmail.com")),
R("en-neg-thanks-after-erasure", [], "Re: Your data has been deleted",
"""Thank you Sandra, much appreciated! All the best, Olivia""",
quote="""Dear Olivia,
I confirm that all your personal data has been deleted as requested.
Kind regards,
Sandra""", frm=("Olivia Grant", "olivia.grant@icloud.com")),
R("en-neg-consent-given", [], "Re: testimonial",
"""Yes of course, happy for you to use my testimonial with my first name! Lucy""",
quote="""Hi Lucy, would you be OK with me publishing your feedback on my website with your first name? Sandra""",
frm=("Lucy Palmer", "lucy.palmer@gmail.com")),
R("en-neg-autoreply", [], "Automatic reply: Your booking",
"""Thank you for your email. I am out of the office until 2 September with limited access to email.

Under the GDPR you have the right to access, rectify or erase your personal data. To exercise these rights, contact privacy@harlowgroup.co.uk.""",
frm=("Stephen Harlow", "s.harlow@harlowgroup.co.uk"), hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),
R("en-neg-autoreply2", [], "Out of office",
"""I'm away until Monday. For urgent matters please call my assistant.""",
frm=("Julia Brandt", "julia.brandt@brandt-consulting.de"), hdr={"Auto-Submitted": "auto-replied"}),
R("en-neg-stripe-dispute", [], "A payment has been disputed",
"""A customer has disputed a payment of €120.00. Respond by providing evidence before 14 May. Stripe""",
frm=("Stripe", "notifications@stripe.com"), html="alt"),
R("en-neg-calendly-cancel", [], "Canceled: Discovery call with Tom Hendricks",
"""Tom Hendricks has canceled the event Discovery call (30 min) scheduled for Friday 10 October 2025, 10:00.
Reason: schedule conflict""", frm=("Calendly", "notifications@calendly.com"), hdr={"Auto-Submitted": "auto-generated"}),
R("en-neg-zoom-privacy", [], "Updates to our Privacy Statement",
"""We're updating our Privacy Statement effective 1 February 2026. You have the right to access, delete or port your data via our privacy portal. No action is required.
Zoom Video Communications""", frm=("Zoom", "privacy@zoom.us"), html="only",
hdr={"List-Unsubscribe": "<https://zoom.us/unsubscribe>", "Precedence": "bulk"}),
R("en-neg-google-dpa", [], "Google Workspace: updated Data Processing Amendment",
"""Dear Administrator,
We've updated the Cloud Data Processing Addendum. Review the changes in the Admin console. No action required.""",
frm=("Google Workspace", "workspace-noreply@google.com"), hdr={"Precedence": "bulk"}),
R("en-neg-phishing-paypal", [], "Your account has been limited",
"""Dear Customer,
We noticed unusual activity. To restore access to your account and avoid deletion of your data, verify your information here: http://paypa1-secure-check.com
PayPal Security""", frm=("PayPal", "security@paypa1-alerts.com"), html="only"),
R("en-neg-compliance-spam", [], "Is your website GDPR compliant? Free audit",
"""Hi there,

Most small businesses in France are not GDPR compliant. Book a free 15 min audit and avoid fines up to 4% of turnover.

Best,
Ryan | ComplyFast""", frm=("Ryan from ComplyFast", "ryan@complyfast.io"),
hdr={"List-Unsubscribe": "<mailto:unsub@complyfast.io>", "Precedence": "bulk"}),
R("en-neg-story-delete", [], "funny story",
"""Hi Sandra! You'll laugh - after your workshop I went home and deleted all the old photos of my ex from my phone. Felt amazing. Thanks for the push :) Ella""",
frm=("Ella Ward", "ella.ward@gmail.com")),
R("en-neg-did-it-myself", [], "unsubscribed",
"""Hi, just so you know I unsubscribed from the newsletter myself using the link - nothing personal, inbox overload! Take care, Nora""",
frm=("Nora Blake", "nora.blake@gmail.com")),
R("en-neg-invoice-copy", [], "copy of invoice",
"""Hello, could you send me a copy of the invoice for the June workshop? My employer will reimburse it. Thanks, David""",
frm=("David Young", "david.young@outlook.com")),
R("en-neg-correct-doc", [], "my essay",
"""Hi Sandra, attached is my final reflection for the certification. Could you correct it and send feedback? Thanks so much! Aoife""",
frm=("Aoife Byrne", "aoife.byrne@gmail.com"), att=[("docx", "reflection_Byrne.docx", "Final reflection - Aoife Byrne")]),
R("en-neg-export-calendar", [], "calendar export",
"""Hi! Is there a way to export the workshop calendar to Outlook? Thanks, Priya""",
frm=("Priya Nair", "priya.nair@yahoo.co.uk")),
R("en-neg-consent-topic", [], "Workshop on consent for our staff",
"""Hello Sandra,

We run a youth centre and would like a half-day workshop on consent and boundaries for our staff. Do you offer this in English? What would it cost?

Best regards,
Hannah Schmidt""", frm=("Hannah Schmidt", "h.schmidt@jugendzentrum-koeln.de")),
R("en-neg-gdpr-training", [], "GDPR training for coaches?",
"""Hi, do you offer a GDPR training for coaches? I'm setting up my practice and want to handle client data properly. Thanks, Zoe""",
frm=("Zoe Adams", "zoe.adams.coaching@gmail.com")),
R("en-neg-access-room", [], "access to the venue",
"""Hello, how do I access the room on Saturday? Is there a code for the door? Thanks, Lars""",
frm=("Lars Andersen", "lars.andersen@gmail.com")),
R("en-neg-cancel-sub", [], "Cancel subscription",
"""Hi, please cancel my monthly membership from next month. Thanks. Erin""",
frm=("Erin Walsh", "erin.walsh@gmail.com")),
R("en-neg-nonnative-booking", [], "booking workshop",
"""Hello, I want to book the workshop of 12 April. My informations: Piotr Zielinski, +48 601 222 333, piotr.z@gmail.com. How I can pay? Thank you""",
frm=("Piotr Zielinski", "piotr.z@gmail.com")),
R("en-neg-withdraw-from-workshop", [], "withdrawing from the course",
"""Hello Sandra, I'm afraid I have to withdraw from the October course for health reasons. Is a refund possible? Regards, Alan""",
frm=("Alan Pierce", "alan.pierce@gmail.com")),
R("en-neg-colleague-data", [], "my colleague",
"""Hi, my colleague Mia doesn't want your emails any more but is too shy to ask. Could you remove her? mia.lopez@company.com. Cheers, Jake""",
frm=("Jake Turner", "jake.turner@company.com")),
R("en-neg-ico-complaint-copy", [], "FYI: complaint lodged",
"""For your information, I have lodged a complaint with the CNIL regarding unsolicited emails. Reference: 2025-CNIL-88412.
Regards, Peter Holt""", frm=("Peter Holt", "peter.holt@gmail.com")),
R("en-neg-sent-export", [], "Your data export",
"""Dear Lena,

Please find attached your data in CSV format, as requested.

Kind regards,
Sandra Delomenie""", frm=SANDRA_C, to=("Lena Fischer", "lena.fischer@gmx.de"),
att=[("csv", "export_Fischer.csv", "name,email,course,progress\nLena Fischer,lena.fischer@gmx.de,Confidence 30 days,100%\n")]),
R("en-neg-sent-confirm", [], "Confirmation",
"""Dear Mr Dahl,

I confirm that your personal data and platform account have been erased.

Kind regards,
Sandra Delomenie
Floraison de Soi""", frm=SANDRA_O, to=("Martin Dahl", "martin.dahl@proton.me")),
R("en-neg-bounce", [], "Delivery Status Notification (Failure)",
"""Delivery to the following recipient failed permanently:

     old.address@hotmail.co.uk""", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=SANDRA_C,
kind="bounce", fwd={"rcpt": "old.address@hotmail.co.uk", "subject": "Your workshop booking",
"body": "Hi, your booking is confirmed for Saturday.\nSandra\n"}, hdr={"Auto-Submitted": "auto-replied"}),
R("en-neg-fwd-article", [], "Fwd: article on right to be forgotten",
"""Thought you'd find this interesting for your GDPR module!""",
quote="""The right to be forgotten: 10 years on
An overview of how search engines handle delisting requests in Europe.""",
qstyle="fwd_en", qfrom=("The Privacy Digest", "digest@privacydigest.eu"), frm=("Maggie Owens", "maggie.owens@gmail.com")),
R("en-neg-thank-you-long", [], "Thank you",
"""Dear Sandra,

I wanted to thank you for the retreat. I came in exhausted and left with a plan. The exercise where we wrote down what we wanted to erase from our lives and burned it was so powerful.

Hope to see you next year,
Beth""", frm=("Beth Cooper", "beth.cooper@gmail.com")),
R("en-neg-objection-handling", [], "objection handling module",
"""Hi Sandra, does your sales coaching include objection handling? My team struggles when clients push back on price. Thanks, Omar""",
frm=("Omar Haddad", "omar.haddad@salesteam.io")),
R("en-neg-linkedin", [], "Sandra, you appeared in 12 searches this week",
"""See who's looking at your profile. LinkedIn Corporation""", frm=("LinkedIn", "notifications-noreply@linkedin.com"), html="only",
hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>", "Precedence": "bulk"}),
R("en-neg-recording-request", [], "webinar replay",
"""Hi! I missed the webinar - is there a recording I can access? Thanks, Mei""",
frm=("Mei Tanaka", "mei.tanaka@gmail.com")),
R("en-neg-thanks-correction", [], "Re: spelling of my name",
"""Perfect, thanks Sandra! Fiona""", quote="""Hi Fiona, all fixed! Sandra""",
frm=("Fiona McAllister", "fiona.mcallister@gmail.com")),
R("en-neg-portability-phone", [], "new phone",
"""Hi Sandra, I ported my number to a new carrier so you might see it show up differently on WhatsApp, but it's the same number. See you Tuesday! Chloe""",
frm=("Chloe Evans", "chloe.evans@gmail.com")),
R("en-neg-hr-employee", [], "attendance of our employee",
"""Dear Ms Delomenie,

Could you send us the attendance record and assessment results for our employee Mr Daniel Shaw, who attended your training funded by our company?

Regards,
HR Department, Kestrel Logistics""", frm=("HR Kestrel Logistics", "hr@kestrel-logistics.com")),
R("en-neg-death-question", [], "question about your policy",
"""Hello, your privacy policy mentions instructions about data after death. How does that work in practice - do I need a notary? Just asking for now. Thanks, Gwen""",
frm=("Gwen Harris", "gwen.harris@gmail.com")),
R("en-neg-paypal-receipt", [], "Receipt for your payment to Canva",
"""You sent a payment of €11.99 EUR to Canva Pty Ltd. Transaction ID: 7HX55120AB""", frm=("PayPal", "service@paypal.com"), html="alt",
hdr={"Auto-Submitted": "auto-generated"}),
]
