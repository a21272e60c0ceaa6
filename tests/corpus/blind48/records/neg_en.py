# English negatives.
from _common import R, form, booking, SANDRA_C, SANDRA_O

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}
SANDRA_FROM_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [

R("en-neg-calendly-new-event", [],
  "New Event: Sandra Delomenie - Discovery call (30 min)",
  booking("calendly", [("Event Type", "Discovery call (30 min)"), ("Invitee", "Harriet Cole"),
                       ("Invitee Email", "harriet.cole@gmail.com"), ("Invitee Time Zone", "Europe/London")],
          "I've just moved to the Berry region and I'm looking for support with a career change. I'd like to "
          "know more about your programme."),
  frm="Calendly <notifications@calendly.com>", reply_to="harriet.cole@gmail.com", to=2, html="alt"),

R("en-neg-calendly-canceled", [],
  "Canceled: Sandra Delomenie - Coaching session",
  "Hi Sandra,\n\nThe event below has been canceled.\n\nEvent Type: Coaching session (60 min)\nInvitee: "
  "Owen Price\nInvitee Email: owen.price@gmail.com\n\nCancellation reason:\nPlease delete this slot, I'm "
  "stuck in Paris with a train strike. I'll rebook.\n\nSent from Calendly",
  frm="Calendly <notifications@calendly.com>", reply_to="owen.price@gmail.com", to=2, html="alt"),

R("en-neg-calendly-rescheduled", [],
  "Updated: Sandra Delomenie - Follow-up session",
  "Hi Sandra,\n\nAn invitee has rescheduled their event.\n\nInvitee: Grace Liu\nFormer: Wednesday 2:00pm\n"
  "Updated: Friday 9:30am\n\nReason: swapping with my dentist appointment\n\nSent from Calendly",
  frm="Calendly <notifications@calendly.com>", reply_to="grace.liu@outlook.com", to=2),

R("en-neg-zoom-recording", [],
  "Cloud Recording - Group coaching circle is now available",
  "Hi Sandra,\n\nYour cloud recording is now available.\n\nTopic: Group coaching circle (EN)\nDuration: "
  "59 min\n\nRecordings will be automatically deleted from the trash after 30 days.\n\nThanks,\nThe Zoom Team",
  frm="Zoom <no-reply@zoom.us>", to=2, html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-stripe-dispute", [],
  "A payment has been disputed",
  "A customer has disputed a €180.00 payment (ch_3Q8xR2...). The cardholder's bank reports the reason as "
  "'product not received'. Respond with evidence by 14 May to avoid losing the funds.\n\nStripe",
  frm="Stripe <notifications@stripe.com>", to=2, html="alt", headers=AUTO),

R("en-neg-paypal-money", [],
  "You've got money",
  "Hello Floraison de Soi,\n\nYou received €240.00 EUR from James Whitmore.\nNote: 'Coaching package - 4 "
  "sessions'\n\nView transaction details in your account.\n\nPayPal",
  frm="PayPal <service@intl.paypal.com>", to=1, html="only", headers=AUTO),

R("en-neg-google-security-alert", [],
  "Security alert: app password created",
  "An app password was created to sign in to your account contact@floraisondesoi.fr. If you didn't "
  "generate this password, someone might be using your account. Check activity.\n\n"
  "You received this email to let you know about important changes to your Google Account and services.",
  frm="Google <no-reply@accounts.google.com>", to=2, html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-brevo-subprocessors", [],
  "Update to our list of sub-processors",
  "Dear customer,\n\nIn accordance with our Data Processing Agreement, we are notifying you of changes to our "
  "list of sub-processors, effective in 30 days. You may object to a new sub-processor by contacting "
  "dpo@brevo.com within this period.\n\nBrevo Legal Team",
  frm="Brevo <legal-noreply@brevo.com>", to=2, html="alt",
  headers={"List-Id": "Brevo customer notices <notices.brevo.com>", "Precedence": "bulk",
           "List-Unsubscribe": "<https://account.brevo.com/notifications>"}),

R("en-neg-stripe-privacy-update", [],
  "Updates to the Stripe Privacy Policy",
  "We're updating our Privacy Policy to give more detail about how we process personal data for fraud "
  "prevention and about your rights under the GDPR. The updated policy takes effect on 1 March. No action "
  "is required.\n\nStripe, Inc. · 354 Oyster Point Blvd · South San Francisco",
  frm="Stripe <notices@stripe.com>", to=2, html="only", headers=AUTO),

R("en-neg-gdpr-audit-spam", [],
  "Quick question about GDPR compliance on floraisondesoi.fr",
  "Hi there,\n\nI noticed your website's cookie banner may not meet current GDPR requirements. We help small "
  "businesses avoid fines with a 10-minute automated audit. Can I send you a free report?\n\nBest,\n"
  "Jake | ComplyFast\n\nIf you don't want to hear from me again, just reply 'no thanks'.",
  frm="Jake Morrison <jake@complyfast-outreach.io>", to=2),

R("en-neg-phishing-mailbox-full", [],
  "Action Required: Your mailbox storage is full",
  "Dear user contact@floraisondesoi.fr,\n\nYour mailbox has exceeded its storage limit. Incoming messages "
  "are on hold. Click below to upgrade storage for free before your account is suspended.\n\n"
  "UPGRADE NOW\n\nMail Administrator",
  frm="Mail Administrator <admin@floraisondesoi-mailcenter.com>", to=2, html="only"),

R("en-neg-ooo-with-gdpr-rights", [],
  "Automatic reply: Training proposal",
  "Thank you for your email. I'm currently on annual leave and will return on 2 September. For urgent "
  "matters please contact hr@lumen-analytics.com.\n\nLumen Analytics Ltd is committed to protecting your "
  "personal data. You have the right to access, rectify, erase, restrict or object to the processing of "
  "your data. See our privacy notice at lumen-analytics.com/privacy.",
  frm="Sophie Turner <s.turner@lumen-analytics.com>", to=0, mailer="outlook",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-bounce-english", [],
  "Undeliverable: Your session notes",
  "Delivery has failed to these recipients or groups:\n\nk.osullivan@dublinmail.ie\nThe email address you "
  "entered couldn't be found.\n",
  frm="Microsoft Outlook <postmaster@outlook.com>", to=2, kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=dict(per_msg=[("Reporting-MTA", "dns; DB8PR02MB5512.eurprd02.prod.outlook.com")],
           per_rcpt=[("Final-Recipient", "rfc822; k.osullivan@dublinmail.ie"), ("Action", "failed"),
                     ("Status", "5.1.10"), ("Diagnostic-Code", "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound")],
           orig_headers="From: contact@floraisondesoi.fr\nTo: k.osullivan@dublinmail.ie\n"
                        "Subject: Your session notes\nDate: Thu, 6 Nov 2025 15:02:11 +0100")),

R("en-neg-form-spam-backlinks", [],
  "Contact form: Guest post opportunity",
  form("cf7en", [("From", "Anna Blake <anna@linkboostmedia.co>"), ("Subject", "Guest post opportunity")],
       "Hello, I'm reaching out to offer high-DA guest posts for your wellness website. Prices start at $49. "
       "Let me know if interested and I'll share our list."),
  frm=WP, reply_to="anna@linkboostmedia.co", to=2),

R("en-neg-form-spam-webdesign", [],
  "Contact form: Website redesign",
  form("cf7en", [("From", "Raj <raj.webstudio88@gmail.com>"), ("Subject", "Website redesign")],
       "Hi, your website looks outdated on mobile. We can redesign it with a modern look for a fixed price. "
       "Reply to get a free mockup."),
  frm=WP, reply_to="raj.webstudio88@gmail.com", to=2),

R("en-neg-thanks-after-deletion", [],
  "Re: Your request",
  "Thanks Sandra, that's great - appreciate you sorting it so quickly.\n\nBest,\nTim",
  frm="Tim Walsh <tim.walsh@gmail.com>", to=0,
  quote=dict(style="gmail_en", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             text="Hi Tim,\n\nAs requested, all your data has been deleted and you've been removed from the "
                  "mailing list.\n\nKind regards,\nSandra\n\n> Please delete my data and unsubscribe me. Tim")),

R("en-neg-how-long-keep-notes", [],
  "Retention question",
  "Hi Sandra,\n\nBefore I sign up: how long do you keep session notes after the coaching ends, and are "
  "they stored on paper or online?\n\nThanks,\nNora",
  frm="Nora Jensen <nora.jensen@gmail.com>", to=0),

# NEAR-LINE: asks whether a right exists, does not ask for the notes -> question about a right, negative.
R("en-neg-do-i-have-right", [],
  "Question about my notes",
  "Hello, just curious - if I stop the coaching at some point, do I have the right to get a copy of my "
  "notes, or are they your working documents? No need to send anything now. Mia",
  frm="Mia Schwartz <mia.schwartz@gmail.com>", to=0),

# NEAR-LINE: "close my account" alone, no mention of data -> negative.
R("en-neg-close-account", [],
  "Close my account",
  "Hi, please close my account on the course platform, I've finished the programme. Thanks! Paul",
  frm="Paul Whitman <paul.whitman@yahoo.com>", to=0),

R("en-neg-password-reset", [],
  "Can't log in",
  "Hello, I've tried the password reset three times but the link says it's expired. Could you help me get "
  "back into the member area? Thanks, Eleanor",
  frm="Eleanor Finch <eleanor.finch@icloud.com>", to=0, mailer="apple",
  attach=[("png", "Screenshot 2025-03-14 at 09.41.22.png")]),

R("en-neg-cancel-package", [],
  "Cancelling the rest of my package",
  "Dear Sandra,\n\nI'm afraid I need to cancel the remaining three sessions of my package - I'm relocating "
  "for work sooner than expected. Could you let me know how the refund works under your terms?\n\n"
  "Best wishes,\nJonathan Reed",
  frm="Jonathan Reed <jonathan.reed@gmail.com>", to=0),

R("en-neg-husband-asks-wife", [],
  "My wife's sessions",
  "Hello, my wife Claire has been seeing you for a few months. She's been very withdrawn lately. Could you "
  "tell me what she's been talking about, or share your notes with me? I'm worried about her.\n\nDavid",
  frm="David Morgan <david.morgan@gmail.com>", to=0),

R("en-neg-hr-attendance-sheets", [],
  "Attendance sheets for our team training",
  "Hi Sandra,\n\nFor our training budget audit, could you send us the signed attendance sheets and the "
  "completion certificates for the 8 employees who attended the 'Managing with Empathy' day?\n\n"
  "Best regards,\nLaura Benson\nHR Business Partner, Nordvik France",
  frm="Laura Benson <laura.benson@nordvik.com>", to=0, mailer="outlook"),

R("en-neg-company-invoice-copy", [],
  "Invoice copy for PO 45001872",
  "Hello, our accounts payable team needs a copy of invoice F-2025-031 with our PO number 45001872 on it. "
  "Could you reissue it? Thank you. Accounts Payable, Nordvik France",
  frm="Nordvik AP <ap.france@nordvik.com>", to=0),

R("en-neg-cnil-complaint-copy", [],
  "Copy of my complaint to the CNIL",
  "Ms Delomenie,\n\nFor transparency, here is a copy of the complaint I submitted to the CNIL today:\n\n"
  "\"I attended one event organised by Floraison de Soi and since then I receive text messages I never "
  "agreed to. I ask the CNIL to investigate.\"\n\nRegards,\nVictor Hale",
  frm="Victor Hale <victor.hale@protonmail.com>", to=0),

R("en-neg-yes-use-testimonial", [],
  "Re: Testimonial",
  "Of course! Happy for you to use it with my first name and city. Good luck with the new website.\n\nRuth",
  frm="Ruth Adams <ruth.adams@gmail.com>", to=0,
  quote=dict(style="gmail_en", who="Sandra Delomenie <contact@floraisondesoi.fr>",
             text="Hi Ruth,\n\nWould you be happy for me to publish your lovely feedback on my website?\n\nSandra")),

R("en-neg-workshop-logistics", [],
  "Saturday workshop - logistics",
  "Hi Sandra,\n\nA few questions for Saturday: is there access to the building before 9? Should I bring "
  "the projector? And can you export the attendee list from the booking tool so I can print name badges? "
  "Also please delete the old 'Module 2' slides from the shared drive, they confuse people.\n\nThanks,\n"
  "Hannah (co-facilitator)",
  frm="Hannah Wells <hannah.wells.facilitation@gmail.com>", to=0),

R("en-neg-flipchart-photos", [],
  "Flipchart photos from the training",
  "Hi Sandra, could you send the photos of the flipcharts from Tuesday's training? We didn't have time to "
  "copy the action plan before you erased the board. Cheers, Matt",
  frm="Matt Green <matt.green@nordvik.com>", to=0),

R("en-neg-gdpr-awareness-workshop", [],
  "Workshop request: data protection awareness",
  "Dear Ms Delomenie,\n\nWe run a small translation agency in Tours. We'd like a half-day session for our team "
  "on communication and stress, and possibly a module on GDPR awareness (handling client data, the right "
  "to erasure, etc.). Is this something you could design?\n\nKind regards,\nBeatrice Lane",
  frm="Beatrice Lane <beatrice@lanetranslations.eu>", to=0),

R("en-neg-nonnative-enquiry", [],
  "coaching in english?",
  "Hello, I am Italian and I live in Issoudun since one year. My french is not so good yet. Do you make "
  "coaching in english? I search help for confidence in my job. How much it cost? Thank you, Giulia",
  frm="Giulia Romano <giulia.romano@libero.it>", to=0),

R("en-neg-calendly-note-move", [],
  "New Event: Sandra Delomenie - Coaching session",
  booking("calendly", [("Event Type", "Coaching session (60 min)"), ("Invitee", "Ahmed Khan"),
                       ("Invitee Email", "ahmed.khan@gmail.com")],
          "This replaces my Tuesday booking - please remove that one from your calendar. Also, my access code "
          "for the portal doesn't work."),
  frm="Calendly <notifications@calendly.com>", reply_to="ahmed.khan@gmail.com", to=2, html="alt"),

R("en-neg-lawyer-trademark", [],
  "FLORAISON trademark - without prejudice",
  "Dear Ms Delomenie,\n\nWe act for Floraison Beauty Ltd, owner of the UK and EU trade mark FLORAISON. Our "
  "client has noted your use of 'Floraison de Soi'. Our client does not object to your use for coaching "
  "services but asks that you refrain from selling cosmetic products under that name.\n\n"
  "Yours sincerely,\nPemberton IP LLP",
  frm="Pemberton IP <trademarks@pembertonip.co.uk>", to=0,
  attach=[("pdf", "Letter_Pemberton_IP.pdf", "WITHOUT PREJUDICE\nFLORAISON trade mark\nOur client does not "
           "object to coaching services; cosmetics excluded.")]),

R("en-neg-association-partnership", [],
  "Partnership with the Expat Women Network",
  "Hello Sandra,\n\nI coordinate the Expat Women Network for the Centre-Val de Loire region. Many of our "
  "members ask for English-speaking coaches. Would you be interested in giving a talk at our next meet-up, "
  "and maybe offering a member discount?\n\nWarm regards,\nClaire Donovan",
  frm="Claire Donovan <claire@expatwomen-cvl.org>", to=0),

R("en-neg-pdf-venue-notice", [],
  "Notice: change of venue - Wellbeing at Work Forum",
  "Dear speaker,\n\nPlease find attached the official notice regarding the change of venue for the Wellbeing "
  "at Work Forum. Your slot (Friday, 11:15) is unchanged.\n\nKind regards,\nForum organising committee",
  frm="Wellbeing at Work Forum <speakers@wellbeingforum-tours.eu>", to=0,
  attach=[("pdf", "Notice_venue_change.pdf", "WELLBEING AT WORK FORUM - NOTICE TO SPEAKERS\n"
           "The forum moves from Hall B to the Vinci Congress Centre, Tours.\nBadges can be collected from 8:30.")]),

R("en-neg-fwd-article", [],
  "Fwd: Article on burnout in small businesses",
  "Thought you'd find this interesting for your next newsletter!\n\nL.",
  frm="Lisa Hartmann <lisa.hartmann@gmail.com>", to=0, kind="fwd822",
  inner=dict(frm="The Wellbeing Digest <digest@wellbeingdigest.com>", to="lisa.hartmann@gmail.com",
             subject="This week: burnout in small businesses",
             body="This week: why solo entrepreneurs are twice as likely to burn out, and five habits that "
                  "protect them.\n\nRead more on our site.\n", filename="article.eml")),

R("en-neg-sandra-sends-export", [],
  "Your data export",
  "Hi Daniel,\n\nPlease find attached the export of the data you entered in the client portal, as a CSV file. "
  "Let me know if anything is missing.\n\nBest wishes,\nSandra",
  frm=SANDRA_FROM_C, to="Daniel Brooks <daniel.brooks@gmail.com>", reply=True,
  attach=[("csv", "export_DBrooks.csv", "date,item,value\n2025-04-02,goal,Delegate more at work\n"
           "2025-04-16,self-assessment,6/10\n2025-05-07,self-assessment,8/10\n")]),

R("en-neg-sandra-confirms-deletion", [],
  "Re: Delete my data",
  "Dear Mr Palmer,\n\nThis is to confirm that your personal data has been erased from my records today, "
  "except for invoices, which I'm legally required to keep for ten years.\n\nKind regards,\nSandra Delomenie",
  frm=SANDRA_FROM_C, to="George Palmer <george.palmer@gmail.com>",
  quote=dict(style="gmail_en", who="George Palmer <george.palmer@gmail.com>",
             text="Hello, please delete all the data you have about me. George Palmer")),
]
