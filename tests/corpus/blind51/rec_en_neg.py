# -*- coding: utf-8 -*-
"""English negatives (b51)."""
from _rec import R

RECORDS = [
# NEAR-LINE: thanks above a quoted handled request -> negative
R("en-neg-thanks-after-deletion", [], "Hannah Price <hannah.price@gmail.com>",
  "Re: Delete my data please",
"""Thank you Sandra, much appreciated!""", quote={"style": "en", "text": """Dear Hannah,

I confirm that your personal data has been deleted from my records and mailing list.

Best wishes,
Sandra Delomenie

> Hi, please delete all personal data you have about me. Hannah"""}),

R("en-neg-how-long-keep", [], "Oliver Grant <oliver.grant@gmail.com>",
  "Data retention question",
"""Hi Sandra,

Just curious — how long do you keep session notes after a coaching programme ends? I'm not asking you to do anything, I'd just like to know before I sign up.

Oliver"""),

# NEAR-LINE: question about a right ("do I have the right") -> negative
R("en-neg-do-i-have-right", [], "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "GDPR question",
"""Hello,

Do I have the right to ask for my data to be deleted even if my employer paid for the course? I'm just trying to understand how this works.

Thank you,
Yuki"""),

# NEAR-LINE: hypothetical ("if I ever...") -> negative
R("en-neg-if-i-ever", [], "Grace Whitmore <grace.whitmore@icloud.com>",
  "Quick question before I join",
"""Hi Sandra, if I ever decided to leave the membership, would my journal entries be deleted automatically, or would I have to ask? Not planning to, just wondering! Grace"""),

R("en-neg-cancel-booking", [], "Ahmed Khalil <ahmed.khalil@outlook.com>",
  "Cancel Thursday",
"""Hi Sandra, I need to cancel my session this Thursday at 6pm — work trip. Can we move it to next week? Thanks, Ahmed"""),

R("en-neg-cancel-subscription", [], "Jessica Moore <jessica.moore@gmail.com>",
  "Cancel my subscription",
"""Hello,

Please cancel my monthly subscription to the online programme from next month. I've enjoyed it but need to cut back on spending.

Jessica"""),

# NEAR-LINE: "close my account" alone, no data mentioned -> negative
R("en-neg-close-account-only", [], "Ryan Fletcher <ryan.fletcher@gmail.com>",
  "Close my account",
"""Hi, can you close my account on the course platform? I've finished. Thanks, Ryan"""),

R("en-neg-password-reset", [], "Helen Walsh <helen.walsh@btinternet.com>",
  "Can't log in",
"""Hello Sandra,

I can't log in to the learning portal — it says my password is wrong and the reset email never arrives. Could you help?

Helen"""),

# NEAR-LINE: "access" meaning course recordings -> negative
R("en-neg-access-recordings", [], "Mei Lin <mei.lin@gmail.com>",
  "Access to the course recordings",
"""Hi Sandra,

I missed day 2 of the workshop. Is there any way I could get access to the recordings and the slides? Happy to pay extra if needed.

Mei"""),

# NEAR-LINE: wife asking about living husband's data -> negative
R("en-neg-wife-about-husband", [], "Patricia Doyle <patricia.doyle@gmail.com>",
  "My husband's sessions",
"""Dear Sandra,

My husband Michael had several sessions with you this year. He's been very withdrawn and won't talk to me. Could you tell me what you discussed, or send me his notes? I'm worried about him.

Patricia"""),

R("en-neg-colleague-results", [], "Dean Roberts <dean.roberts@techfirm.co.uk>",
  "Results for my team member",
"""Hi,

One of my team, Sarah Hughes, did your communication course last month. As her line manager, could you send me her assessment results? She's on leave and I need them for her review.

Dean Roberts
Engineering Manager"""),

# NEAR-LINE: copy of a complaint to the supervisory authority -> negative
R("en-neg-cnil-complaint-copy", [], "Martin Holloway <martin.holloway@gmail.com>",
  "FYI: complaint filed with the CNIL",
"""Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL regarding the marketing emails I have received from you. A copy of the submission is attached.

M. Holloway""", attach=[("CNIL_complaint_submission.pdf", "CNIL complaint submission - Martin Holloway - marketing emails")]),

# NEAR-LINE: complaint with threat, no request -> negative
R("en-neg-complaint-threat", [], "Derek Simmons <derek.simmons@yahoo.co.uk>",
  "Disgraceful",
"""You sent your group email with everyone's addresses visible. That is a data breach and I will be reporting you. Appalling for someone who claims to care about privacy.

D. Simmons"""),

R("en-neg-gives-consent-testimonial", [], "Rachel Adams <rachel.adams@gmail.com>",
  "Re: Would you share a testimonial?",
"""Of course! You have my permission to use my review with my first name on your website and Instagram. Glad to help.

Rachel""", quote={"style": "en", "text": """Hi Rachel,

Would you be happy for me to share your lovely feedback on my website? Only with your consent, of course.

Sandra"""}),

R("en-neg-consent-recording-yes", [], "Samuel Brooks <samuel.brooks@gmail.com>",
  "Recording is fine",
"""Hi Sandra, yes, happy for you to record our sessions for your supervision. Sam"""),

R("en-neg-ooo", [], "Emma Clarke <emma.clarke@universityofleeds.ac.uk>",
  "Automatic reply: Workshop proposal",
"""Thank you for your email. I am on annual leave until Monday 4 August with limited access to email. For urgent matters please contact the department office.

Emma Clarke""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

# NEAR-LINE: auto-reply listing GDPR rights -> negative
R("en-neg-autoreply-gdpr-rights", [], "Customer Care <noreply@greenleaf-insurance.co.uk>",
  "We've received your message",
"""Thank you for contacting Greenleaf Insurance. We aim to reply within 5 working days.

Under UK GDPR you have the right to access, rectify, erase, restrict, port and object to the processing of your personal data. To exercise these rights, contact dpo@greenleaf-insurance.co.uk.

This is an automated message. Please do not reply.""", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),

R("en-neg-bounce", [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to j.hartley@oldcompany.co.uk because the address couldn't be found, or is unable to receive mail.""",
  shape="bounce", rcpt="j.hartley@oldcompany.co.uk", mta="mx.google.com",
  orig={"subject": "Your certificate — Resilient Leadership", "body": "Dear James,\nPlease find your certificate attached.\nSandra"}),

R("en-neg-stripe-payout", [], "Stripe <notifications@stripe.com>",
  "Your payout of €1,240.00 is on the way",
"""A payout of €1,240.00 has been initiated to your bank account ending in 4417. It should arrive within 2 business days.

View payout details in your Dashboard.""", headers={"Auto-Submitted": "auto-generated"}, html="alt"),

R("en-neg-zoom-dpa", [], "Zoom <no-reply@zoom.us>",
  "Updates to Zoom's Data Processing Addendum",
"""Hello,

We're writing to let you know that we have updated our Data Processing Addendum and list of sub-processors. The updated terms take effect 30 days from this notice. No action is required.

The Zoom Team""", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, html="html"),

R("en-neg-google-workspace", [], "Google Workspace <workspace-noreply@google.com>",
  "Your Google Workspace storage is 90% full",
"""Hi Sandra,

contact@floraisondesoi.fr is using 90% of its storage. Delete files you no longer need or upgrade your plan to keep receiving email.

The Google Workspace Team""", headers={"Auto-Submitted": "auto-generated"}, html="alt"),

R("en-neg-paypal-dispute", [], "PayPal <service@paypal.com>",
  "A buyer has opened a case",
"""Hello Sandra Delomenie,

A buyer has opened a case regarding transaction 3TN29801RC554923K (EUR 45.00).
Reason: Item not received
Please respond within 10 days.

PayPal""", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-mailchimp-gdpr-webinar", [], "Mailchimp <news@mailchimp.com>",
  "GDPR tips for small businesses",
"""Are your forms GDPR-ready? Join our free webinar to learn how to collect consent, handle unsubscribes and respond to access requests.

Register now.

You are receiving this email because you signed up for Mailchimp updates. Unsubscribe.""", html="html",
  headers={"List-Id": "Mailchimp News <news.mailchimp.com>", "List-Unsubscribe": "<https://mailchimp.com/unsub/abc>", "Precedence": "bulk"}),

R("en-neg-compliance-spam", [], "GDPR Compliance Team <compliance@gdpr-registry-eu.org>",
  "Final notice: EU GDPR registration required",
"""Dear Business Owner,

Our records show that floraisondesoi.fr has not been registered in the EU GDPR Data Controller Registry. Failure to register may result in penalties. Complete your registration today for €299.

Register: https://gdpr-registry-eu.org/register"""),

R("en-neg-phishing-docusign", [], "DocuSign <dse@docusign-secure-mail.net>",
  "Sandra, please review and sign: Invoice_2291.pdf",
"""You have received a document to review and sign.

REVIEW DOCUMENT: http://docusign-secure-mail.net/view/2291

Do not share this email.""", html="html"),

R("en-neg-own-sent-confirm-deletion", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
  "Re: Close account + remove data",
"""Dear Kenji,

Your account on the training platform has been closed and all associated personal data (profile, progress, forum posts) has been deleted.

Kind regards,
Sandra Delomenie""", to="Kenji Watanabe <kenji.watanabe@gmail.com>",
  quote={"style": "en", "who": "Kenji Watanabe <kenji.watanabe@gmail.com>", "text": """Please close my account on the training platform and remove all of my personal data associated with it.
Kenji Watanabe"""}),

R("en-neg-own-sent-export", [], "Sandra Delomenie <contact@floraisondesoi.fr>",
  "Your data export",
"""Dear Daniel,

As requested, please find attached your data from the e-learning platform in CSV format.

Best regards,
Sandra Delomenie""", to="Daniel Kowalski <dkowalski@posteo.de>",
  attach=[("export_D_Kowalski.csv", "module,completed,score\nModule 1,2024-10-02,85\nModule 2,2024-10-09,92\n")]),

R("en-neg-hr-attendance", [], "Laura Bennett — People Team <people@brightpath-solutions.com>",
  "Attendance sheets for our staff",
"""Hello Sandra,

Could you send us the signed attendance sheets and the feedback forms for the five employees who attended your course on 3 and 4 June? Our auditors need them.

Thanks,
Laura Bennett
People Team, Brightpath Solutions"""),

R("en-neg-gdpr-training-enquiry", [], "Mark Ellison <mark.ellison@ellisonarchitects.com>",
  "GDPR awareness training",
"""Hi,

We're a small architecture practice based near Bourges with several English-speaking staff. Do you run a short GDPR awareness session in English (rights of individuals, handling requests)? Please send availability and pricing.

Mark Ellison""", html="alt"),

# NEAR-LINE: "remove me from the workshop" = cancellation -> negative
R("en-neg-remove-from-workshop", [], "Beth Lawson <beth.lawson@gmail.com>",
  "Saturday workshop",
"""Hi Sandra, please remove me from Saturday's workshop — I've come down with the flu. Can my place go to someone on the waiting list? Beth"""),

# NEAR-LINE: "withdraw from the course" = cancellation, not consent -> negative
R("en-neg-withdraw-from-course", [], "Adam Novak <adam.novak@seznam.cz>",
  "Withdrawal from the course",
"""Dear Ms Delomenie,

Unfortunately I have to withdraw from the October course for family reasons. Could you let me know your refund policy?

Best regards,
Adam Novak"""),

R("en-neg-object-schedule", [], "Claire Hudson <claire.hudson@gmail.com>",
  "New schedule",
"""Hi Sandra,

I have to object to the new Tuesday evening slot — it clashes with my kids' swimming. Is there any chance of keeping Mondays?

Claire"""),

R("en-neg-invoice-copy", [], "Peter Lang <peter.lang@gmx.de>",
  "Copy of invoice please",
"""Hello, could you send me a copy of the invoice for the March retreat? My tax advisor needs it. Thanks, Peter Lang"""),

R("en-neg-forwarded-receipt", [], "Nora Fischer <nora.fischer@gmail.com>",
  "Fwd: Payment receipt",
"""Hi Sandra, forwarding the receipt — I was charged twice, see attached. Can you refund one of them?

Nora""", inner={"from": "PayPal <service@paypal.com>", "to": "nora.fischer@gmail.com", "subject": "Receipt for your payment to Floraison de Soi",
  "body": "You sent a payment of EUR 45.00 to Floraison de Soi.\nTransaction ID: 8HJ22039KF7711209"}),

# NEAR-LINE: explicit negation ("I don't want you to delete anything") -> negative
R("en-neg-dont-delete-anything", [], "Ursula Kemp <ursula.kemp@gmail.com>",
  "Just a note",
"""Dear Sandra,

I read an article about people asking companies to delete their data and thought I'd reassure you: I don't want you to delete or change anything! I'll be back in spring for more sessions.

Warmly,
Ursula"""),

R("en-neg-thank-you-session", [], "Fatima Noor <fatima.noor@gmail.com>",
  "Thank you!",
"""Hi Sandra, just wanted to say thank you for yesterday's session. I feel much clearer about the job decision. See you in two weeks! Fatima

Sent from my iPhone"""),

# NEAR-LINE: general question about who data is shared with, before enrolling -> negative
R("en-neg-question-sharing-policy", [], "Lucy Armstrong <lucy.armstrong@gmail.com>",
  "Privacy question before booking",
"""Hello,

Before I book, could you tell me whether you share session notes with anyone (e.g. supervisors or employers)? I'm just trying to understand your general practice.

Lucy"""),

R("en-neg-calendly-reschedule", [], "Calendly <notifications@calendly.com>",
  "Rescheduled: Kate Morrison - Coaching session 1h",
"""Hi Sandra Delomenie,

Kate Morrison has rescheduled their event.
New time: 10:00 - Friday 14 November 2025 (Central European Time)
Reason: "Sorry, need to delete the old slot - clash with a dentist appointment"

Calendly""", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-rectify-typo-slides", [], "Olga Petrova <olga.petrova@gmail.com>",
  "Small typo in the slides",
"""Hi Sandra, tiny thing: on slide 12 of the course deck "recieve" should be "receive". Might be worth correcting before the next group! Olga"""),
]
