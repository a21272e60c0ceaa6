from rec import m

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

m("en-neg-stripe-receipt", "Your receipt from Floraison de Soi #1842-2217",
"""Receipt from Floraison de Soi
Amount paid: €95.00
Date paid: see receipt
Payment method: Mastercard – 9921

Online workshop: Boundaries without guilt (English session)

If you have any questions, contact us at contact@floraisondesoi.fr.""", [], frm="Floraison de Soi <receipts+acct_1Nf@stripe.com>", html="alt", hdr=AUTO)

m("en-neg-zoom-privacy", "Updates to Zoom's Privacy Statement",
"""Hello,

We're writing to let you know that we have updated our Privacy Statement and Data Processing Addendum, effective 1 March 2026. No action is required on your part.

Thank you for using Zoom.""", [], frm="Zoom <no-reply@zoom.us>", html="only", hdr=AUTO)

m("en-neg-calendly-dpa", "Calendly Data Processing Addendum update",
"""Hi Sandra,

As part of our ongoing commitment to GDPR compliance, we've updated our Data Processing Addendum and list of sub-processors. You can review the changes in your account settings.

The Calendly Team""", [], frm="Calendly <privacy@calendly.com>", hdr=AUTO)

m("en-neg-google-storage", "Your Google storage is 90% full",
"""Hi Sandra,
Your account contact@floraisondesoi.fr is almost out of storage. When you run out, you won't be able to send or receive emails. Delete files or get more storage with Google One.""",
  [], frm="Google <google-noreply@google.com>", html="alt", hdr={"Auto-Submitted": "auto-generated"})

m("en-neg-paypal-dispute", "A buyer has opened a case",
"""Hello Sandra Delomenie,

A buyer has opened a case regarding transaction 8KL01924GH331. Please respond within 10 days.

Buyer's message: "I didn't receive access to the replay."

PayPal""", [], frm="PayPal <service@paypal.com>", html="only", hdr=AUTO)

m("en-neg-linkedin-msg", "Sandra, you have a new message",
"""Rebecca Moss: Hi Sandra, I saw your profile — do you run workshops in English for international teams? Happy to chat.

View message""", [], frm="LinkedIn <messages-noreply@linkedin.com>", html="only", hdr=AUTO, cte="base64")

m("en-neg-autoreply-gdpr", "Automatic reply: Workshop in Issoudun",
"""Thank you for your email. I am out of the office until 14 April with limited access to email.

Under the GDPR you have the right to access, rectify or erase your personal data; please contact privacy@greenleafhr.co.uk for any such request.

Best regards,
Samantha Ward""", [], frm="Samantha Ward <s.ward@greenleafhr.co.uk>",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"})

m("en-neg-autoreply", "Out of Office",
"""I'm currently travelling and will reply when I'm back on the 3rd. Cheers, Tom""", [], frm="Tom Whitaker <tom.whitaker@outlook.com>",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

m("en-neg-bounce", "Undeliverable: Your data export",
"""Delivery has failed to these recipients or groups:

noah.fischer@posteo.de
The recipient's mailbox is full and can't accept messages now.""", [], kind="report",
  frm="Microsoft Outlook <postmaster@outlook.com>", rcpt="noah.fischer@posteo.de", mta="EUR01-VI1-obe.outbound.protection.outlook.com",
  diag="552 5.2.2 Mailbox full", orig_headers="From: contact@floraisondesoi.fr\nTo: noah.fischer@posteo.de\nSubject: Your data export\n",
  hdr={"Auto-Submitted": "auto-replied"})

m("en-neg-phish-docusign", "Sandra, please review and sign: Invoice_2025_0418.pdf",
"""DocuSign

You have received a document to review and sign.

REVIEW DOCUMENT

This message was sent to you by Accounts Payable who is using the DocuSign Electronic Signature Service.""",
  [], frm="DocuSign via Accounts <dse@docusign-secure-mail.net>", html="only")

m("en-neg-spam-gdpr", "GDPR fines are rising — is your business protected?",
"""Hi there,

Small businesses are now the #1 target of GDPR enforcement. Our AI compliance bot audits your site in 60 seconds.

Book a free demo today.

Reply STOP to opt out.""", [], frm="Jake from ComplyBot <jake@complybot.io>", html="alt",
  hdr={"List-Unsubscribe": "<https://complybot.io/unsub>"})

m("en-neg-cancel", "Can't make Saturday",
"""Hi Sandra, so sorry but I have to cancel my spot for Saturday's workshop — my flight got moved. Could I transfer to the next English session? Thanks, Amy""",
  [], frm="Amy Chen <amy.chen@gmail.com>")

m("en-neg-password", "Login problem",
"""Hi, I can't log into the course platform, it keeps saying my password is wrong and the reset email never arrives. Could you help? Thanks, Paul""",
  [], frm="Paul Henderson <paul.henderson@gmail.com>")

m("en-neg-close-account", "close my account",
"""Hello, please close my account on the members area. Thanks. R. Patel""", [], frm="Ravi Patel <ravi.patel@outlook.com>")
# NEAR-LINE: close account alone, no data mentioned -> negative

m("en-neg-question-retention", "How long do you keep recordings?",
"""Hi Sandra,

Before I join the online circle — how long do you keep the recordings, and who can see them? Just want to understand before signing up.

Best,
Claire""", [], frm="Claire Dawson <claire.dawson@gmail.com>")

m("en-neg-question-right", "GDPR question",
"""Hello, am I allowed to ask you to delete my notes after the coaching ends, or do you have to keep them for legal reasons? Not asking yet, just curious. Thanks, Ellen""",
  [], frm="Ellen Burke <ellen.burke@icloud.com>")

m("en-neg-husband", "My husband's sessions",
"""Hi Sandra, my husband Mark has been seeing you for a few months. Could you tell me what he's been discussing? I'm worried about him. Sarah""", [], frm="Sarah Jennings <sarah.jennings@gmail.com>")

m("en-neg-hr-other", "Feedback on our staff",
"""Dear Sandra,

Following the team training, could you share the individual assessment scores for each of our five participants? We'd like to use them in their annual reviews.

Best regards,
Laura Mitchell
HR Manager, Greenleaf HR""", [], frm="Laura Mitchell <l.mitchell@greenleafhr.co.uk>")
# NEAR-LINE: company asking for other adults' data -> negative

m("en-neg-thanks", "Re: Your data request",
"""Thanks so much, that's perfect. All the best! Rachel""", [], frm="Rachel Kemp <rachel.kemp@gmail.com>", reply=True,
  quote="""Hi Rachel,
Please find attached a copy of your data. As requested, everything has now been deleted.
Best wishes,
Sandra""", qstyle="en", qwho="Sandra Delomenie <contact@floraisondesoi.fr>")

m("en-neg-consent-yes", "Re: testimonial",
"""Hi Sandra! Yes of course, you can use my quote and first name on your website. Happy to help :) Jo""", [], frm="Joanna Price <joanna.price@gmail.com>", reply=True,
  quote="""Hi Jo, would you agree for me to publish your kind words on my website?""", qstyle="en", qwho="Sandra Delomenie <contact@floraisondesoi.fr>")

m("en-neg-invoice-copy", "Invoice copy",
"""Hello, could you send me a copy of the invoice for the March retreat? My company reimburses it. Kind regards, David""", [], frm="David Lowe <david.lowe@gmail.com>")

m("en-neg-remove-slot", "remove me from Thursday",
"""Hi Sandra, can you remove me from the Thursday 6pm slot? I'll book another one next week. Ta, Liam""", [], frm="Liam Murphy <liam.murphy@gmail.com>")

m("en-neg-gdpr-training", "Training enquiry",
"""Dear Ms Delomenie,

Our international school in Poitiers is looking for a trainer for a staff day on wellbeing and boundaries. Could the programme also touch on consent and data protection with parents (GDPR basics)? Please send your rates.

Kind regards,
Peter Shaw, Deputy Head""", [], frm="Peter Shaw <p.shaw@isp-poitiers.fr>")

m("en-neg-export-calendar", "calendar export",
"""Hey Sandra, is there any way to export the workshop calendar to my Google Calendar? An .ics link would be great. Thx! Mel""", [], frm="Melanie Ross <mel.ross@gmail.com>")

m("en-neg-podcast", "Podcast invitation",
"""Hi Sandra,

I host "Rooted Abroad", a podcast for English speakers living in rural France. Would you like to come on and talk about coaching and resilience?

Warmly,
Hannah""", [], frm="Hannah Clarke <hello@rootedabroad.fm>", html="alt")

m("en-neg-feedback", "Thank you",
"""Dear Sandra,

The retreat was wonderful. I've started journaling every morning like you suggested — even deleted social media from my phone! Thank you for everything.

Love,
Margaret""", [], frm="Margaret Ellison <m.ellison@btinternet.com>")

m("en-neg-nonnative-booking", "Booking for workshop",
"""Hello Madam, I wish to book 2 places for the workshop of 12 april, for me and my wife. We are Dutch living in Berry. What is the way for payment? Thank you, Joost""", [], frm="Joost van Dijk <joost.vandijk@ziggo.nl>")

m("en-neg-fwd-newsletter", "Fwd: Spring retreat",
"""Mum, this is the retreat I told you about! Thought you'd like it xx""", [], frm="Lily Harper <lily.harper@gmail.com>",
  to_addr="Sandra Delomenie <contact@floraisondesoi.fr>",
  quote="""Join us for three days of rest, walking and sharing in the Berry countryside, 16–18 May.
Unsubscribe""", qstyle="fwd_en", qwho="Floraison de Soi <contact@floraisondesoi.fr>")
# NEAR-LINE: misdirected forward of her newsletter, not a request

m("en-neg-unsub-confirm", "You have been unsubscribed",
"""You have been successfully unsubscribed from "Coaching Tools Weekly". We're sorry to see you go.""", [], frm="Coaching Tools Weekly <news@coachingtools.io>",
  hdr={"List-Id": "Coaching Tools Weekly <weekly.coachingtools.io>", "Precedence": "bulk", "Auto-Submitted": "auto-generated"})
# NEAR-LINE: confirmation of HER unsubscribing from a vendor list -> negative

m("en-neg-sent-confirmation", "Your request",
"""Dear Mr Adeyemi,

Further to your request of 4 June, I confirm that all personal data concerning you has been erased from my files and from my service providers, apart from invoices I'm legally required to keep.

Kind regards,
Sandra Delomenie
Floraison de Soi""", [], frm="Sandra Delomenie <contact@floraisondesoi.fr>", to_addr="Robert Adeyemi <r.adeyemi@outlook.com>", reply=True)

m("en-neg-cnil-mention", "complaint",
"""Hi, just so you know I've filed a complaint with the CNIL about the spam I got after your webinar. No need to reply. J. Moss""", [], frm="Jeremy Moss <jeremy.moss@gmail.com>")
# NEAR-LINE: informing of a CNIL complaint, no request to her -> negative

m("en-neg-canva", "Your design was shared with you",
"""Isabelle Renaud shared a design with you: "Flyer atelier automne".

Open in Canva""", [], frm="Canva <no-reply@canva.com>", html="only", hdr=AUTO)

m("en-neg-venue", "Retreat venue availability",
"""Hi Sandra,

Good news — the barn is free for your retreat on 16–18 May. We'll need the list of participants' names for the fire register a week before. Dietary info welcome too.

Best,
Ruth & Simon, Le Moulin de la Théols""", [], frm="Le Moulin <bookings@moulintheols.com>")
