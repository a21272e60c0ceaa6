# English negatives: stories, notifications, questions, third parties.
from recordlib import m

HER_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
HER_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

RECORDS = [
m("en-neg-story-chemo-done", [], "Claire O'Neill <claire.oneill@gmail.com>",
  "Last chemo!",
  """Sandra,

Rang the bell today. Last chemo. I cried, the nurses cried, my husband pretended he had something in his eye.

I deleted the countdown app from my phone on the way home. Thank you for being part of the team that got me here.

Claire""", mailer="iphone"),

m("en-neg-cancel-session-funeral", [], "Tom Whitaker <tom.whitaker@gmail.com>",
  "Can't make Thursday",
  """Hi Sandra, my grandmother passed away over the weekend and the funeral is Thursday in Leeds. I'll have to cancel our session. Can we find a slot the week after? Tom"""),

m("en-neg-how-long-keep", [], "Amelia Ross <amelia.ross@gmail.com>",
  "Quick question about your privacy policy",
  """Hi Sandra,

I'm considering booking a package with you, but after a bad experience with a previous therapist I'm cautious. How long do you keep session notes after we finish? And do I have the right to get them deleted later if I want to?

Thanks,
Amelia"""),
# NEAR-LINE: asks how the right works before even being a client -> negative.

m("en-neg-wife-data-living-adult", [], "Richard Hale <richard.hale@gmail.com>",
  "My wife's sessions",
  """Dear Ms Delomenie,

My wife Caroline has been seeing you for several months. Our marriage is going through a rough patch and I believe I'm entitled to know what's being discussed. Please send me copies of her session notes.

Richard Hale"""),
# NEAR-LINE: spouse asks for a living adult's data, no mandate -> negative.

m("en-neg-thanks-after-export", [], "Daniel Fischer <daniel.fischer@gmx.de>",
  "Re: Export of my coaching file",
  """Got it, thank you so much! My new coach already imported everything. Viele Grüße from Hamburg.
Daniel""", quote=("gmail_en", HER_C, """Hi Daniel,
Please find attached your questionnaires, goals and session summaries as CSV and JSON files.
Safe travels,
Sandra""")),

m("en-neg-auto-reply-ooo", [], "Rachel Evans <rachel.evans@outlook.com>",
  "Automatic reply: Your next session",
  """Thank you for your email. I'm out of the office until 2 June with limited access to email. For urgent family-law matters please contact my colleague at reception@evans-partners.co.uk.

Rachel""",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
  mailer="outlook"),

m("en-neg-auto-reply-gdpr-footer", [], "Support <support@mindfulapp.io>",
  "We've received your request [#48213]",
  """Hi there,

Thanks for reaching out! A member of our team will get back to you within 2 business days.

Privacy: under the GDPR you have the right to access, rectify, erase, restrict or port your data and to object to processing. Contact privacy@mindfulapp.io to exercise these rights.

This is an automated message.""",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, html="alt"),

m("en-neg-close-account-only", [], "Grace Liu <grace.liu@outlook.com>",
  "close my account",
  """Hi, I finished the online course and won't need it anymore, I'm moving to Singapore for work. Could you close my account? Thanks! Grace"""),
# NEAR-LINE: close account alone, no data mentioned -> negative.

m("en-neg-password-reset", [], "Derek Stone <derek.stone@yahoo.com>",
  "can't log in",
  """Hello, since my divorce I changed all my passwords and now I can't access my course account. The reset email never arrives. Could you help? Derek""", attachments=[("png", "Screenshot 2025-11-03.png", None)]),

m("en-neg-cnil-complaint-copy", [], "Martin Hughes <martin.hughes@proton.me>",
  "FYI – complaint lodged with the CNIL",
  """Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL regarding the handling of my request of 2 February. Reference: 2026-044918. A copy of the complaint text is below.

"I asked Floraison de Soi for a copy of my data and have received only a partial reply..."

Martin Hughes"""),

m("en-neg-stripe-dispute", [], "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a €240.00 payment.

Customer: j.morrison@gmail.com
Reason: product not received

Respond by submitting evidence in your Dashboard before the deadline.""", html="only"),

m("en-neg-zoom-meeting-invite", [], "Zoom <no-reply@zoom.us>",
  "Meeting reminder: Grief circle (English group)",
  """Hi Sandra,

Your meeting "Grief circle (English group)" starts in 1 hour.

Join: https://us06web.zoom.us/j/8842119034""", html="only"),

m("en-neg-paypal-receipt", [], "PayPal <service@paypal.com>",
  "You've got money",
  """Hello Sandra Delomenie,

Margaret Holloway sent you €60.00 EUR.
Note: "Donation in David's memory for the grief circle — thank you."

Transaction ID: 9HF31125LK220031P""", html="alt"),

m("en-neg-calendly-new-booking", [], "Calendly <notifications@calendly.com>",
  "New Event: Amelia Ross - 30 Minute Discovery Call",
  """Hi Sandra,

A new event has been scheduled.

Event Type: 30 Minute Discovery Call
Invitee: Amelia Ross
Invitee Email: amelia.ross@gmail.com
Questions: "What brings you here?" — "My dad is dying and I'm his carer. I need help not falling apart."
""", html="alt"),

m("en-neg-dpa-vendor-update", [], "Brevo <legal@brevo.com>",
  "Important: updates to our Data Processing Agreement",
  """Dear customer,

We are updating our Data Processing Agreement and our list of sub-processors, effective in 30 days. These changes reflect new hosting locations and the EU-US Data Privacy Framework.

You can object to a new sub-processor within the notice period as described in Section 7 of the DPA.

The Brevo Legal Team""", html="alt"),
# NEAR-LINE: vendor DPA notice with "object" wording -> negative.

m("en-neg-phishing-paypal", [], "PayPal Security <security@paypa1-resolution.com>",
  "Your account has been limited",
  """Dear Customer,

We noticed unusual activity. Your account access has been limited. To restore access, verify your personal information within 24 hours or your data will be permanently deleted.

Verify now: http://paypa1-resolution.com/verify""", html="only"),

m("en-neg-compliance-spam", [], "GDPR Shield <sales@gdprshield-eu.com>",
  "Is your coaching practice GDPR compliant?",
  """Hi Sandra,

Coaches handle sensitive data every day. One access or erasure request handled badly can cost thousands. Our DSAR toolkit automates responses in minutes.

Book a free demo this week.

Unsubscribe | GDPR Shield Ltd, London""", html="alt",
  headers={"List-Unsubscribe": "<https://gdprshield-eu.com/unsub?e=c29>", "Precedence": "bulk"}),

m("en-neg-story-retirement", [], "Linda Harper <linda.harper@aol.com>",
  "Greetings from the Algarve",
  """Dear Sandra,

Three months into retirement and I finally understand what you meant by "a life that isn't a to-do list". I swim every morning. I've removed the work email from my phone. My grandson visited and we built a terrible sandcastle.

Just wanted to say hello and thank you.
Linda"""),

m("en-neg-story-divorce-final", [], "Natalie Cooper <natalie.cooper@gmail.com>",
  "It's done",
  """Sandra,

The decree came through this morning. I expected to feel triumphant; I mostly feel tired. I signed my maiden name on a form for the first time in twelve years and my hand shook.

I'll see you on the 20th. I think I'll want to talk about what comes next.

Natalie""", html="only"),

m("en-neg-thanks-above-erasure-request", [], "Chris Dunn <chris.dunn@hotmail.co.uk>",
  "RE: Erase my data",
  """Thanks Sandra, appreciated. All the best from Vancouver.""",
  quote=("outlook_en", HER_C, """Dear Chris,
I confirm that your personal data has been erased, except for invoices which I must keep for accounting purposes.
Best wishes for your new life in Canada,
Sandra""")),

m("en-neg-hr-company-training-invoice", [], "Olivia Grant <o.grant@northwind-eu.com>",
  "Invoice copy and attendance list",
  """Hello Sandra,

Could you send us a copy of the invoice for the resilience training delivered to our French team in March, together with the attendance list? Our auditors need it for the training budget.

Kind regards,
Olivia Grant
People Operations, Northwind EU""", mailer="outlook"),

m("en-neg-training-topic-consent", [], "Dr Fiona Blake <f.blake@hospice-berry.org>",
  "Workshop on consent and end-of-life",
  """Dear Sandra,

Our volunteers would benefit from a half-day on consent at end of life: how to respect a patient who withdraws consent to treatment, and how families can object to decisions. Would you be able to run this in English for our international volunteers?

Warm regards,
Fiona Blake""", html="alt"),

m("en-neg-bounce-outlook", [], "Microsoft Outlook <postmaster@outlook.com>",
  "Undeliverable: Your coaching summary",
  """Your message to rachel.evans.old@outlook.com couldn't be delivered.

rachel.evans.old wasn't found at outlook.com.""",
  kind="bounce", to="contact@floraisondesoi.fr",
  dsn="""Reporting-MTA: dns; AM0PR10MB3412.eurprd10.prod.outlook.com

Final-Recipient: rfc822; rachel.evans.old@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found
""",
  orig_headers="""From: Sandra Delomenie <contact@floraisondesoi.fr>
To: rachel.evans.old@outlook.com
Subject: Your coaching summary
"""),

m("en-neg-fwd822-ask-opinion", [], "Sophie Turner <sophie.turner@me.com>",
  "Fwd: Your data request",
  """Hi Sandra,

Forwarding this just because it made me laugh – my old gym answered my erasure request with a discount code. Not you, obviously! Hope you're well, the new coach is lovely but I miss our chats.

Sophie""", kind="fwd822",
  inner=dict(frm="FitLife Bristol <hello@fitlifebristol.co.uk>", subject="Your data request",
             body="""Hi Sophie,

We've processed your erasure request. Sorry to see you go! Here's 20% off if you ever come back: COMEBACK20.""",
             to="sophie.turner@me.com")),

m("en-neg-story-new-coach-thanks", [], "Kenji Watanabe <kenji.watanabe@gmail.com>",
  "Tokyo",
  """Dear Sandra,

I arrived in Tokyo. My mother was waiting at the airport. I have started with a new coach here, she speaks about "access to your inner resources" like you, so I felt at home.

Thank you again for the export and the kind words.
Kenji"""),

m("en-neg-question-deceased-rights", [], "Anna Novak <anna.novak@gmail.com>",
  "A question about after death",
  """Hi Sandra,

My father died last year and sorting out his online accounts was a nightmare. It made me wonder: if something happened to me, what would happen to my data with you? Can I leave instructions? How does it work in France?

Just curious for now – I'm fine!
Anna"""),
# NEAR-LINE: asks how post-mortem directives work, gives none -> negative.

m("en-neg-friend-referral-info", [], "Beth Carter <beth.carter@gmail.com>",
  "For my friend",
  """Hi Sandra,

My friend Jo just lost her job and is really struggling. I told her about you. Would it be okay if she contacted you directly? Do you offer sessions in English over Zoom?

Beth"""),

m("en-neg-colleague-asks-data", [], "Mike Turner <mike.turner@berrycomposites.com>",
  "Tom Whitaker's assessment",
  """Hi Sandra,

Tom Whitaker has left us. As his former line manager I'd like to see his final 360 results so we can close the file on our side. Could you forward them?

Thanks,
Mike""", mailer="outlook"),

m("en-neg-her-sent-access-response", [], HER_C,
  "Your data access request",
  """Dear Mr Whitaker,

Further to your request of 12 May under Article 15 GDPR, please find attached a copy of the personal data I hold about you, together with the purposes of processing and the list of recipients. No information from your sessions was shared with Berry Composites beyond attendance dates.

Kind regards,
Sandra Delomenie
Floraison de Soi""", to="Tom Whitaker <tom.whitaker@gmail.com>",
  attachments=[("pdf", "Whitaker-data-export.pdf", "Data export - Tom WHITAKER - Floraison de Soi")]),

m("en-neg-giving-photo-consent", [], "Jennifer Clarke <jen.clarke@icloud.com>",
  "Re: Summer camp photos",
  """Hi Sandra, yes – you have my permission to use the photos of Emily from this year's camp on your website. She actually asked for it this time! Jen""",
  quote=("apple_en", HER_C, """Hi Jen,
Would you be happy for me to use photos of Emily from this summer's camp on my website?
Sandra""")),

m("en-neg-sms-style-late", [], "Mehdi <mehdi.s@gmail.com>",
  "running late",
  """sorry running 15 min late, job interview went over!! (went well i think 🤞)"""),

m("en-neg-non-native-story", [], "Ana Popescu <ana.popescu88@yahoo.com>",
  "news from Romania",
  """Hello Sandra,

I want to say you that my mother is better, the operation was good. I found work in a school in Cluj. I remember always what you told me: "you are not your past address". I laugh every time.

Many kisses,
Ana"""),

m("en-neg-cancel-subscription", [], "Hannah Wright <hannah.wright@gmail.com>",
  "Cancel my monthly membership",
  """Hi Sandra, with the treatment starting again I'm cancelling my monthly group membership from next month. I'll be back when I can. Hannah"""),

m("en-neg-google-storage", [], "Google <no-reply@google.com>",
  "Your Google storage is almost full",
  """Hi Sandra,

You've used 92% of your 100 GB storage. When you run out, you won't be able to upload files to Google Drive or back up photos.

Free up space or upgrade your plan.""", html="only", to="contact@floraisondesoi.fr"),

m("en-neg-lawsuit-story-no-request", [], "Gareth Price <gareth.price@gmail.com>",
  "Tribunal result",
  """Sandra,

The employment tribunal found in my favour. The judge said the occupational health report was "deficient". I thought of our sessions on standing my ground.

No action needed, I just wanted you to know.
Gareth"""),

m("en-neg-access-building-question", [], "Jonas Becker <jonas.becker@web.de>",
  "Access to the building",
  """Hi Sandra, for the workshop on Saturday: is there a code to access the building? Last time the door was locked and I waited outside. Jonas"""),

m("en-neg-export-calendar-request", [], "Priya Raman <priya.raman@gmail.com>",
  "calendar export?",
  """Hi Sandra! Could you send me the list of the remaining group session dates as a calendar file? I want to export them to my new work calendar before I start at the ministry. Thanks! Priya"""),

m("en-neg-sister-deceased-question-only", [], "Laura Bennett <laura.bennett@gmail.com>",
  "My sister",
  """Hello,

My sister Kate Bennett died in April. She talked about your workshops a lot. I don't need anything from you — I just wanted to tell you, and to say thank you for the kindness you showed her in her last year.

Laura"""),
# NEAR-LINE: relative after a death but no request at all (pure announcement) -> negative.

m("en-neg-newsletter-her-english", [], "Floraison de Soi <contact@floraisondesoi.fr>",
  "Letter for our English-speaking friends — Spring",
  """Hello friends,

Spring in the Berry: the lilacs are out and the English-language grief circle starts again on 8 April (Zoom, 6 sessions).

Also new: a half-day "Retiring well" workshop in Issoudun, in English, on 24 May.

Take care,
Sandra

You are receiving this because you subscribed. Unsubscribe: https://floraisondesoi.fr/unsubscribe""",
  to="English list <english@floraisondesoi.fr>",
  headers={"List-Id": "Floraison de Soi English letter <english.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/unsubscribe?u=e72f>", "Precedence": "bulk"},
  html="alt"),
]
