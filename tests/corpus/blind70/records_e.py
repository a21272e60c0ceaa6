# English negatives.
from common import M

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
FB = "Facebook <notification@facebookmail.com>"
SAN = "Sandra Delomenie <contact@floraisondesoi.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}

RECORDS = [
M("en-form-sessions-in-english", "New Entry: Contact Form (English)",
"""Name
Helen Brooks

Email
helen.brooks@gmail.com

Message
Hello! My husband and I have just moved to Issoudun. Do you offer coaching sessions in English? And what are your rates?
""", [], frm=WP, to=0, reply_to="helen.brooks@gmail.com"),

M("en-form-how-long-keep-notes", "New submission from Contact (EN)",
"""Your Name: Victor Hale
Your Email: victor.hale@outlook.com
Subject: Data question

Your Message:
Before I book, how long do you keep client notes after the coaching ends, and who can see them?
""", [], frm=WP, to=0, reply_to="victor.hale@outlook.com"),

# NEAR-LINE: asks whether the right applies, does not ask for deletion: negative.
M("en-form-am-i-allowed-delete", "New submission from Contact (EN)",
"""Your Name: Dana Whitfield
Your Email: dana.whitfield@gmail.com
Subject: Question

Your Message:
Hypothetical question - am I allowed to ask you to delete my data while I still have an unpaid invoice with you? Not asking yet, just curious how it works.
""", [], frm=WP, to=0, reply_to="dana.whitfield@gmail.com"),

M("en-messenger-invoice-employer", "Lucas Meyer sent you a message",
"""Lucas Meyer sent you a message.

"Hey Sandra, could you send me a copy of the invoice for the workshop? My employer reimburses it. Thanks!"

Reply in Messenger
""", [], frm=FB, to=0),

M("en-linkedin-recruiter", "Sandra, exciting opportunity",
"""Jake Turner
Talent Partner at BrightPath Learning

Hi Sandra, I came across your profile and think you'd be a great fit for a freelance facilitator role on our wellbeing programme (remote, EN/FR). Open to a quick chat?

Reply on LinkedIn
""", [], frm="Jake Turner via LinkedIn <inmail-hit-reply@linkedin.com>", to=1),

M("en-linkedin-gdpr-services-spam", "GDPR made easy for coaches",
"""Melissa Grant
Founder, ComplyCoach

Hi Sandra - are your client notes GDPR-compliant? Our toolkit covers access requests, erasure, consent forms and DPAs for EUR 49/month. Happy to send a demo.

Reply on LinkedIn
""", [], frm="Melissa Grant via LinkedIn <inmail-hit-reply@linkedin.com>", to=1),

M("en-instagram-consent-post", "tara.moves sent you a message",
"""tara.moves sent you a message

tara.moves: loved your reel about consent and boundaries in teams!! do you run this as a workshop for companies?

See message on Instagram
""", [], frm="Instagram <no-reply@mail.instagram.com>", to=0),

M("en-whatsapp-cant-access-building", "WhatsApp message from Ian (+44 7700 900981)",
"""[WhatsApp -> email relay]
From: Ian (+44 7700 900981)

running 10 min late and I can't access the building, intercom not working?? which button do I press
""", [], frm="Zapier <notifications@zapier.com>", to=0, headers=AUTO),

M("en-google-review", "New review for Floraison de Soi",
"""Floraison de Soi

Anna K. left a 5-star review

"Sandra's workshop helped me finally object to unreasonable demands at work without feeling guilty. Warm, practical and kind."

Reply to review
Google LLC
""", [], frm="Google Business Profile <businessprofile-noreply@google.com>", to=0, html="alt"),

M("en-calendly-canceled", "Canceled: 60 Minute Coaching Session with Mark Evans",
"""Hi Sandra Delomenie,

The event below has been canceled.

Event Type: 60 Minute Coaching Session
Invitee: Mark Evans (mark.evans@gmail.com)
Event Date/Time: 14:00 - Tuesday, 3 February 2026 (Central European Time)
Cancellation reason: "Please delete this slot, I'll rebook next month."

Calendly
""", [], frm="Calendly <notifications@calendly.com>", to=0, html="alt", headers=AUTO),

M("en-zoom-recording-available", "Cloud Recording - Finding Balance webinar is now available",
"""Hi Sandra,

Your cloud recording is now available.
Topic: Finding Balance webinar
Date: Apr 8, 2026 07:00 PM Paris

Zoom Video Communications, Inc.
""", [], frm="Zoom <no-reply@zoom.us>", to=0, html="only", headers=AUTO),

M("en-stripe-receipt", "Your receipt from Floraison de Soi #2291-4410",
"""Receipt from Floraison de Soi

Amount paid: EUR 197.00
Date paid: 12 March 2025
Payment method: Mastercard - 5454

Summary: Mindful Leadership (self-paced)

If you have any questions, contact us at contact@floraisondesoi.fr.
Stripe
""", [], frm="Floraison de Soi <receipts+acct_1NfLx2@stripe.com>", to=0, html="alt", headers=AUTO),

M("en-paypal-payment", "You've got money",
"""Hello Sandra Dumot-Delomenie,

You received a payment of EUR 60.00 from Claire Hudson (claire.hudson@gmail.com).
Note: "Online circle - April"

PayPal
""", [], frm="service@intl.paypal.com", to=1, html="alt", headers=AUTO),

M("en-out-of-office", "Automatic reply: Your workshop booking",
"""Thank you for your email. I am out of the office until Monday 6 January with limited access to email. For urgent matters please contact my colleague Ruth at ruth.jones@harwood.co.uk.

Kind regards,
Simon Harwood
""", [], frm="Simon Harwood <simon.harwood@harwood.co.uk>", to=0,
headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

M("en-autoreply-lists-gdpr-rights", "Re: Invoice query [Ticket #48213]",
"""Thank you for contacting Northwind Insurance. Your ticket #48213 has been received.

Privacy notice: under the GDPR you have the right to access, rectify or erase your personal data, to restrict or object to its processing and to data portability. To exercise these rights, write to privacy@northwind-ins.eu.

This is an automated message.
""", [], frm="Northwind Support <support@northwind-ins.eu>", to=1,
headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

M("en-bounce-gmail", "Delivery Status Notification (Failure)",
"""Address not found

Your message wasn't delivered to p.whitley@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.
""", [], frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=0, shape="bounce",
headers={"Auto-Submitted": "auto-replied"},
inner=dict(mta="mx.google.com", rcpt="p.whitley@gmial.com", frm="Sandra Delomenie <contact@floraisondesoi.fr>",
subject="Your data export", status="5.1.2", diag="550 5.1.2 Host unknown")),

M("en-phishing-mailbox-full", "Action required: mailbox storage full",
"""Dear user,

Your mailbox contact@floraisondesoi.fr has exceeded its storage limit. Incoming messages will be deleted in 24 hours.
Verify your account to restore storage: http://m365-storage-verify.co/login

Microsoft 365 Team
""", [], frm="Microsoft 365 <no-reply@m365-alerts-secure.co>", to=0, html="only"),

M("en-calendly-dpa-update", "Updates to Calendly's Data Processing Addendum",
"""Hello,

We're writing to let you know that we have updated our Data Processing Addendum (DPA) and our list of sub-processors. The changes take effect 30 days from this notice. No action is required; continued use of Calendly constitutes acceptance.

The Calendly Team
""", [], frm="Calendly <legal@calendly.com>", to=0, html="alt",
headers={"List-Unsubscribe": "<https://calendly.com/unsubscribe>"}),

M("en-zoom-privacy-statement", "We've updated our Privacy Statement",
"""Hi there,

We've made changes to the Zoom Privacy Statement to provide more transparency about how we process data in AI Companion features. Read the updated statement at zoom.com/privacy.

Zoom
""", [], frm="Zoom <privacy-noreply@zoom.us>", to=0, html="only"),

# NEAR-LINE: "close my account" with no mention of data is a negative.
M("en-close-my-account", "Account",
"""Hi Sandra, please close my account on the course platform. I've finished the programme. Thanks!
Paula
""", [], frm="Paula Jensen <paula.jensen@gmail.com>", to=0),

M("en-password-reset", "Can't log in",
"""Hello, I can't log in to the course area - it says my password is wrong and the reset email never arrives. Could you reset it for me? My login is my email address.
Thanks, Greg
""", [], frm="Greg Olsen <greg.olsen@icloud.com>", to=0),

M("en-thanks-erasure-done", "Re: Your erasure request - done",
"""Thank you Sandra, much appreciated.
Edward
""", [], frm="Edward Blake <edward.blake@fastmail.com>", to=1, reply=True,
q=dict(style="gmail_en", who="Sandra Delomenie <sandra.delomenie@orange.fr>",
text="Dear Mr Blake,\nI confirm that all personal data concerning you has been erased, in accordance with Article 17 GDPR.\nKind regards,\nSandra Delomenie\n\n> I hereby request the erasure of all personal data concerning me.")),

M("en-thanks-got-the-file", "Re: Your data",
"""Got the file, thanks! Interesting to see it all in one place.
Hiroko
""", [], frm="Hiroko Sato <hiroko.sato@gmail.com>", to=0, reply=True,
q=dict(style="apple_en", who=SAN,
text="Hello Hiroko,\nAttached is the copy of your intake questionnaire, as requested.\nWarmly,\nSandra")),

M("en-husband-wife-shared", "My wife's sessions",
"""Hello,
My wife Emily attended your workshops this autumn. She's been quite down lately - could you tell me what she talked about, or send me her notes? I'm just worried about her.
Thanks,
David Ross
""", [], frm="David Ross <david.ross@gmail.com>", to=0),

M("en-hr-employee-attendance", "Attendance data - J. Nolan",
"""Dear Ms Delomenie,
Could you confirm which sessions our employee James Nolan attended and send his evaluation results? We need them for his performance review.
Regards,
HR Department, Kestrel Logistics
""", [], frm="HR Kestrel <hr@kestrel-logistics.com>", to=1, mailer="Microsoft Outlook 16.0"),

M("en-cnil-complaint-copy", "Copy: complaint filed with the CNIL",
"""Dear Ms Delomenie,

For your information, I have today filed a complaint with the CNIL (ref. 25-1102-418) regarding the marketing emails I continued to receive. A copy is attached. I will communicate with the CNIL from now on.

Regards,
Peter Lang
""", [], frm="Peter Lang <peter.lang@gmx.at>", to=1,
att=[("pdf", "CNIL_complaint_Lang.pdf", "CNIL - Complaint ref. 25-1102-418\nRespondent: Floraison de Soi")]),

M("en-yes-testimonial-photo", "Re: Testimonial",
"""Yes of course, you can use my testimonial and the photo from the retreat. Happy to help!
Jo
""", [], frm="Joanne Pike <joanne.pike@gmail.com>", to=0, reply=True,
q=dict(style="gmail_en", who=SAN, text="Hi Jo,\nWould you be OK with me using your lovely feedback and a photo from the retreat on my website?\nSandra")),

M("en-cancel-workshop-spot", "Saturday workshop",
"""Hi Sandra, I'm so sorry but I need to cancel my spot at Saturday's workshop - childcare fell through. Can someone else take it?
Sophie
""", [], frm="Sophie Lane <sophie.lane@gmail.com>", to=0),

M("en-cancel-membership", "Cancel membership",
"""Please cancel my monthly online circle membership from next month. Thank you for a lovely year.
Margaret
""", [], frm="Margaret Bell <margaret.bell@btinternet.com>", to=0),

M("en-typo-module-handout", "Typo in module 3",
"""Hi Sandra, small thing: the handout for module 3 says "resilence" in the title. Could you correct the document for the next group? Great module otherwise.
Tom
""", [], frm="Tom Fischer <tom.fischer@gmail.com>", to=0),

M("en-export-calendar-outlook", "Workshop calendar",
"""Hello, is there a way to export the workshop calendar into Outlook? I'd love to see the dates alongside my work diary.
Best, Karen
""", [], frm="Karen Wu <karen.wu@outlook.com>", to=0),

M("en-company-attendance-invoice", "Training for our team - paperwork",
"""Dear Sandra,
Thank you for the excellent session with our five team members. Could you send the invoice and the signed attendance sheets for our training budget records?
Kind regards,
Lisa Moreau, Office Manager, Aldwick Design
""", [], frm="Lisa Moreau <office@aldwick-design.com>", to=1),

M("en-sandra-sends-export", "Your data export",
"""Dear Ms Novak,

Further to your letter, please find attached a copy of your personal data and a machine-readable export (CSV).

Kind regards,
Sandra Delomenie
Floraison de Soi
""", [], frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Petra Novak <petra.novak@seznam.cz>",
att=[("csv", "Novak_export.csv", "field,value\nname,Petra Novak\nemail,petra.novak@seznam.cz\nprogramme,Online workshop 2024\n"),
("pdf", "Novak_data_copy.pdf", "Copy of personal data - Petra Novak\nIdentity, contact details, workshop registration")]),

M("en-google-question-vouchers", "New question on your Business Profile",
"""Someone asked a question about Floraison de Soi:

"Do you sell gift vouchers for coaching sessions?"

Answer the question
Google Business Profile
""", [], frm="Google Business Profile <businessprofile-noreply@google.com>", to=0),

M("en-fwd-friend-gdpr-newsletter", "Fwd: GDPR tips for solo coaches",
"""Sandra - thought you'd find this useful, especially the bit about consent forms for testimonials!
x Kate

""", [], frm="Kate Summers <kate.summers@gmail.com>", to=0,
q=dict(style="fwd_gmail_en", who="Coach Business Weekly <news@coachbizweekly.com>", to="kate.summers@gmail.com",
subject="GDPR tips for solo coaches",
text="This week: 5 things every solo coach should know about the GDPR - access requests, erasure, retention periods and testimonials.")),

M("en-teachable-new-enrollment", "New enrollment in Mindful Leadership",
"""Good news! A new student enrolled.

Student: Carlos Mendes (carlos.mendes@gmail.com)
Course: Mindful Leadership (self-paced)
Price: EUR 197.00

Teachable
""", [], frm="Teachable <no-reply@teachable.com>", to=0, html="alt", headers=AUTO),

M("en-eventbrite-order", "New order for Finding Balance - free webinar",
"""You have a new order.

Attendee: Hannah Cole (hannah.cole@gmail.com)
Tickets: 1 x General admission (free)
Marketing opt-in: yes

Eventbrite
""", [], frm="Eventbrite <noreply@order.eventbrite.com>", to=0, html="only", headers=AUTO),
]
