# English-language negatives: not a data-subject request to her.


def R(key, subject, body, rights=(), **kw):
    d = dict(key=key, subject=subject, body=body, rights=list(rights))
    d.update(kw)
    return d


NOTIF = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

RECORDS = [
# ------------------------------------------------------------------ trigger words, everyday sense
R("en-neg-delete-slot", "Thursday slot",
"""Hi Sandra, could you delete my Thursday 5pm slot from the calendar? Something's come up at work. I'll rebook for next week. Thanks, {first}""", [], pool="uk"),

R("en-neg-access-venue", "Access to the venue",
"""Hello,

Is the venue for Saturday's workshop wheelchair accessible? My mother would like to come with me and she uses a chair. Is there step-free access to the room?

Thanks,
{name}""", [], pool="ie"),

R("en-neg-invoice-copy", "Copy of invoice please",
"""Hi Sandra,

My company needs a copy of the invoice for the June leadership training to reimburse me. Could you resend it? Company name is Ashworth Logistics Ltd.

Cheers,
{first}""", [], pool="uk"),

R("en-neg-export-calendar", "exporting your calendar",
"""Hi Sandra, as discussed - to export your Calendly bookings, go to Meetings > Export > CSV. Then we can import them into the new booking tool. Shout if anything's unclear! {first}""", [], pool="us"),

R("en-neg-correct-typo", "Handout typo",
"""Hi Sandra, small thing - in the handout for the assertiveness workshop, page 3 says "there" instead of "their" twice. Might want to correct it before the next session. Loved the content though! {first}""", [], pool="ca"),

R("en-neg-object-debate", "Re: workshop discussion",
"""I'd object to the idea that resilience is just a personal skill - a lot of it is about the environment people work in. Happy to bring that into the group discussion next week if useful!

{first}""", [], pool="uk",
  quote=dict(style="gmail_en", text="For next week, think about: is resilience something we're born with or something we build?\n\nSandra")),

R("en-neg-withdraw-workshop", "Withdrawing from the retreat",
"""Dear Sandra,

I'm so sorry, but I have to withdraw from the October retreat - my father has had a fall and I need to fly home to Dublin. Is the deposit transferable to a later date?

With apologies,
{first}""", [], pool="ie"),
# NEAR-LINE: "withdraw" = cancelling a booking -> negative

R("en-neg-consent-training", "Training on consent for our staff",
"""Hi Sandra,

I run a small dance school in Bourges (yes, another expat!). We'd like a workshop for our teachers on consent and touch in dance classes - how to ask, how to respect a no. Is that something you'd offer? Could you send a quote?

Best,
{name}""", [], pool="us"),

R("en-neg-gdpr-training-hr", "GDPR awareness session",
"""Hello,

We are an HR consultancy looking for someone to run a half-day GDPR awareness session for our coaches, focused on confidentiality of session notes. Would this be within your training offer?

Kind regards,
{name}
HR Partner, Pemberton People Ltd""", [], pool="uk"),

R("en-neg-my-details-registration", "Registration - my details",
"""Hi Sandra,

Here are my details for the online course registration:
Name: {name}
Email: {addr}
Time zone: IST (I'm in Chennai)
Preferred session: evening batch

Payment will be done by Friday.

Regards""", [], pool="in"),

R("en-neg-erase-doubts", "Enquiry",
"""Hello Sandra,

I'm a British expat living near Le Blanc and I've been feeling stuck since retiring. A friend said your coaching helped her erase a lot of self-doubt. Do you work in English? What would a first session cost?

Many thanks,
{name}""", [], pool="uk"),

R("en-neg-portable-charger", "Left something behind",
"""Hi Sandra! I think I left my portable charger and a blue scarf in the room after the circle on Saturday. Could you keep them aside? I'll pop by Tuesday. Merci! {first}""", [], pool="uk"),

R("en-neg-restrict-diet", "Dietary restrictions for the retreat",
"""Hello,

Just letting you know about my dietary restrictions for the retreat: no gluten, no dairy. Also, I might arrive late on Friday (train from Paris).

Thanks!
{first}""", [], pool="us"),

# ------------------------------------------------------------------ cancellations, login, account
R("en-neg-cancel-session", "Cancel Tuesday", "", [], pool="us"),

R("en-neg-cancel-subscription", "Cancel my membership",
"""Hi, please cancel my monthly membership for the online circle starting next month. It's been lovely but I can't keep up with it. Thanks, {first}""", [], pool="ca"),

R("en-neg-password", "Can't log in",
"""Hello, I tried to reset my password three times but the email never arrives (checked spam). Can you help? I'd like to finish module 4 this weekend. {name}""", [], pool="uk"),

R("en-neg-access-account", "access to my account",
"""Dear Madam, I am unable to access my account on the training portal since yesterday. It shows "invalid credentials" though I am entering correct password. Kindly help. Regards, {name}""", [], pool="in"),
# NEAR-LINE: "access to my account" = login problem, not a right of access -> negative

R("en-neg-close-account", "Close my account",
"""Hi Sandra, I've finished the course - can you close my account on the platform? Thanks for everything! {first}""", [], pool="ie"),
# NEAR-LINE: close account alone, no data mentioned -> negative

R("en-neg-cancel-contract-company", "Termination of coaching agreement",
"""Dear Ms Delomenie,

Further to our call, please accept this email as formal notice that Fletcher & Dawson Ltd will not renew the team coaching agreement when it expires on 31 March. We'd appreciate a final invoice for the outstanding sessions.

Kind regards,
{name}
Head of People, Fletcher & Dawson Ltd""", [], pool="uk", cc="Finance <finance@fletcherdawson.co.uk>"),

# ------------------------------------------------------------------ questions about rights
R("en-neg-how-long-keep", "Quick question about records",
"""Hi Sandra, how long do you keep session notes after coaching finishes? Just curious, not asking for anything. Thanks! {first}""", [], pool="ca"),

R("en-neg-do-i-have-right", "A question about GDPR",
"""Hello,

Do I have the right to ask for my questionnaire to be deleted even though the course is still running? I'm not sure I want to yet, I just want to understand my options.

Thanks,
{name}""", [], pool="uk"),

R("en-neg-how-portability", "How does this work?",
"""Hi! How does it work if I want to move my coaching records to another coach one day - would you send them to me or to them? Just planning ahead. {first}""", [], pool="us"),
# NEAR-LINE: asks how portability would work "one day" -> question, negative

# ------------------------------------------------------------------ CNIL / third parties
R("en-neg-cnil-complaint-copy", "FYI - complaint filed with the CNIL",
"""Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL regarding your failure to reply to my previous emails. The reference number is 25-118437.

{name}""", [], pool="uk", date_range=("2025-02-01", "2025-12-15")),
# NEAR-LINE: notice of a CNIL complaint, no request in the new text -> negative

R("en-neg-husband-wife-data", "My wife's sessions",
"""Hi Sandra,

My wife Jenny has been seeing you for coaching. We share a bank account so I've seen the payments. Could you tell me what she's been working on with you, or send me her notes? I'm worried about her.

Thanks,
{first}""", [], pool="us"),
# NEAR-LINE: another living adult's data -> negative

R("en-neg-manager-employee", "Feedback on our employee",
"""Dear Sandra,

Our employee Rahul attended your leadership programme last month. As his manager, could you please share his assessment results and your observations so that we can plan his appraisal?

Regards,
{name}
Team Lead""", [], pool="in"),

R("en-neg-friend-data", "for a friend",
"""Hi Sandra - my friend Orla did your course last year and she's been getting your newsletters, she asked me to ask you... actually never mind, I'll tell her to email you herself! Hope you're well, {first}""", [], pool="ie"),
# NEAR-LINE: starts on behalf of another adult, then withdraws the question -> negative

# ------------------------------------------------------------------ thanks above handled requests
R("en-neg-thanks-deleted", "Re: Your erasure request",
"""Thank you, Sandra. Much appreciated.""", [], pool="uk",
  quote=dict(style="gmail_en", text="Dear {first},\n\nI confirm that all your personal data has been deleted from my files and from the Systeme.io platform.\n\nKind regards,\nSandra Delomenie")),

R("en-neg-thanks-export", "RE: Your data",
"""Got it, thanks - the spreadsheet opens fine.

{first}
Sent from my iPhone""", [], pool="us",
  quote=dict(style="outlook_en", text="Hello,\n\nAs requested, please find attached an export of your data in CSV format.\n\nBest,\nSandra")),

R("en-neg-thanks-above-request", "Re: unsubscribe",
"""All sorted, no more emails. Thanks for being so quick!""", [], pool="ca",
  quote=dict(style="apple_en", who="{name} <{addr}>", who_addr="y@gmail.com", text="Hi, please remove me from the newsletter.\n{first}")),
# NEAR-LINE: quoted text is a request, new text is only thanks -> negative

# ------------------------------------------------------------------ giving consent
R("en-neg-give-consent-testimonial", "Re: Would you share a testimonial?",
"""Of course! Yes, you can publish this on your website with my first name:

"Sandra helped me find clarity at a time when everything felt foggy. I left each session lighter."

{first}""", [], pool="uk",
  quote=dict(style="gmail_en", text="Hi {first},\n\nWould you be happy for me to share a few words about our work together on my website?\n\nSandra")),

R("en-neg-give-consent-recording", "Recording is fine",
"""Hi Sandra, yes, you have my consent to record tomorrow's session for your supervision. See you at 10! {first}""", [], pool="ie"),

# ------------------------------------------------------------------ automatic mail
R("en-neg-ooo", "Out of Office: Re: Workshop dates",
"""Thank you for your email. I am out of the office until Monday 14 April with limited access to email. For urgent matters please contact hr@fletcherdawson.co.uk.

Best regards,
{name}""", [], pool="uk", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}, date_range=("2025-04-07", "2025-04-12")),

R("en-neg-autoreply-gdpr", "Automatic reply: Your enquiry",
"""Thank you for contacting Marsh Wellbeing. We aim to respond within 2 working days.

Your privacy: under the UK GDPR you have the right to access, rectify, erase, restrict and port your data, and to object to processing. To exercise these rights, email privacy@marshwellbeing.co.uk. You also have the right to complain to the ICO.

This is an automated message.""", [], sender=("Marsh Wellbeing", "hello@marshwellbeing.co.uk"),
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, html="alt"),
# NEAR-LINE: auto-reply that lists GDPR rights -> negative

R("en-neg-bounce-gmail", "Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to kim.novak.coaching@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", [], kind="bounce", sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to="contact@floraisondesoi.fr",
  dsn="Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 10 Jun 2025 08:41:17 -0700 (PDT)\n\nFinal-Recipient: rfc822; kim.novak.coaching@gmail.com\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n",
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: kim.novak.coaching@gmail.com\nSubject: Your data export\nDate: Tue, 10 Jun 2025 17:41:12 +0200\n", date_exact="2025-06-10T17:41:19"),

R("en-neg-stripe", "Payout of €1,240.00 is on the way",
"""Floraison de Soi

Your payout of €1,240.00 is on the way to your bank account ending in 4821. It should arrive by 14 May.

View payout in your Stripe Dashboard.""", [], sender=("Stripe", "notifications@stripe.com"), headers=NOTIF, html="only", date_range=("2025-05-09", "2025-05-12")),

R("en-neg-zoom", "Cloud recording is now available",
"""Hi Sandra,

Your cloud recording for "Online Circle - Self-compassion" is now available.

Recording will be automatically deleted after 30 days.

Thanks,
The Zoom Team""", [], sender=("Zoom", "no-reply@zoom.us"), headers=NOTIF, html="alt"),
# NEAR-LINE: "recording ... deleted" but a platform notification -> negative

R("en-neg-calendly", "New Event: {name} - 30 Minute Discovery Call",
"""Hi Sandra,

A new event has been scheduled.

Event Type: 30 Minute Discovery Call
Invitee: {name}
Invitee Email: {addr}
Event Date/Time: 10:00 - Wednesday (Central European Time)

Questions: I'd like to work on confidence at work.

View event in Calendly""", [], pool="uk", headers={"Auto-Submitted": "auto-generated"}, reply_to="{name} <{addr}>",
  html="alt"),

R("en-neg-paypal", "Receipt for your payment to Canva Pty Ltd",
"""Hello Floraison de Soi,

You sent a payment of €11.99 EUR to Canva Pty Ltd.
Transaction ID: 3BX81922LM4490137

PayPal""", [], sender=("PayPal", "service@paypal.com"), headers=NOTIF, html="only"),

R("en-neg-brevo-dpa", "Important: update to Brevo's Data Processing Agreement",
"""Hello,

We're updating our Data Processing Agreement (DPA) and our list of sub-processors, effective 1 March 2026. These changes reflect new EU Standard Contractual Clauses. No action is required.

The Brevo Team""", [], sender=("Brevo", "legal@brevo.com"), headers={"List-Unsubscribe": "<mailto:unsub@brevo.com>", "Precedence": "bulk"}, html="alt", date_range=("2026-01-15", "2026-02-10")),

R("en-neg-google-security", "Security alert",
"""A new sign-in on Windows

contact@floraisondesoi.fr

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity""", [], sender=("Google", "no-reply@accounts.google.com"), headers={"Auto-Submitted": "auto-generated"}, html="alt", to="contact@floraisondesoi.fr"),

R("en-neg-compliance-spam", "Your website is NOT GDPR compliant - act now",
"""Dear Business Owner,

Our automated scan found 12 GDPR violations on floraisondesoi.fr. Fines can reach €20,000,000 or 4% of turnover.

Get our GDPR Compliance Kit today for only €299 (80% off). Reply YES to claim.

Compliance Team
GDPR Shield International""", [], sender=("GDPR Shield", "info@gdpr-shield-intl.biz"), html="only"),

R("en-neg-phishing-docusign", "Sandra, you have a document to review and sign",
"""DocuSign

Floraison de Soi Contract Renewal 2025.pdf

Please REVIEW the document. This link expires in 24 hours.

REVIEW DOCUMENT: https://docusign-secure-review.app/d/8812

Do not share this email.""", [], sender=("DocuSign via Signing Service", "dse@docusign-mailer-notify.net"), html="only"),

R("en-neg-phishing-paypal", "Your account has been limited",
"""Dear Customer,

We have detected unusual activity on your account. To restore full access, confirm your identity within 48 hours:

https://paypal-resolution-center.help/verify

If you do not confirm, your account data will be permanently deleted.

PayPal Security""", [], sender=("PayPal Security", "security@paypal-account-review.help"), html="only"),

# ------------------------------------------------------------------ her own sent mail
R("en-neg-self-confirm-erasure", "Confirmation: your data has been deleted",
"""Dear {first2},

Following your request of 12 March, I confirm that all personal data I held about you (contact details, session notes and questionnaires) has been permanently deleted, including from the Systeme.io platform. Invoices are kept for the legally required period only.

Warm regards,
Sandra Delomenie
Floraison de Soi""".replace("{first2}", "Gemma"), [], from_self=True, to="Gemma Dawson <gemma.dawson@sky.com>", date_range=("2025-03-17", "2025-04-05")),

R("en-neg-self-export", "Your data export",
"""Hello Tyler,

As requested, please find attached an export of your data in CSV format. Let me know if anything is missing.

Best wishes,
Sandra""", [], from_self=True, to="Tyler Miller <tyler.miller@yahoo.com>",
  att=[("csv", "data_export_T_Miller.csv", "date,item,value\n2025-01-09,session,1\n2025-01-23,session,2\n2025-01-23,goal,public speaking\n")]),

R("en-neg-self-newsletter-en", "Floraison de Soi - News in English 🌿",
"""Dear friends,

A few of you asked for an English version of my newsletter - here it is! This season:

- Online circle in English: Tuesday 9 December, 7pm (Paris time)
- Winter retreat in the Berry countryside: 16-18 January

You are receiving this because you subscribed at floraisondesoi.fr. Unsubscribe: https://floraisondesoi.fr/unsubscribe

Warmly,
Sandra""", [], from_self=True, self_addr="contact@floraisondesoi.fr", self_name="Floraison de Soi", to="contact@floraisondesoi.fr",
  headers={"List-Id": "Floraison News <news-en.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/unsubscribe>", "Precedence": "bulk"}, html="alt"),

# ------------------------------------------------------------------ forwarded
R("en-neg-fwd-rfc822-receipt", "Fwd: Payment receipt",
"""Hi Sandra, forwarding the receipt from the platform - my company needs a proper invoice with VAT details on it rather than this. Could you send one? Thanks, {first}""", [], pool="uk",
  attach_msg={"from": "Systeme.io <no-reply@systeme.io>", "subject": "Payment receipt", "body": "Thank you for your purchase.\nProduct: Online course - Finding Your Voice\nAmount: 197.00 EUR\n"}),

R("en-neg-fwd-block", "Fwd: Venue booking",
"""Sandra - see below from the salle des fêtes, they need your insurance certificate before the 20th.

{first}""", [], pool="uk",
  quote=dict(style="fwd_en", who="Mairie de Reuilly <accueil@mairie-reuilly.fr>", text="Bonjour,\n\nMerci de nous transmettre votre attestation d'assurance responsabilité civile avant le 20 pour la réservation de la salle.\n\nCordialement")),

# ------------------------------------------------------------------ misc everyday
R("en-neg-expat-recommend", "Recommendation",
"""Hi Sandra!

My voisine, Brigitte, is looking for someone to help her through a rough patch and I gave her your number - hope that's okay! She's a bit shy so she may just text.

Bisous,
{first}""", [], pool="uk"),

R("en-neg-nonnative-question-price", "price for sessions",
"""Hello, I am living in Châteauroux since 2 years and my french is not so good. Do you make coaching sessions in english? How much cost it? Thank you, {first}""", [], pool="de"),

R("en-neg-ca-feedback", "Loved the webinar",
"""Hi Sandra,

Just wanted to say the webinar last night was fantastic - the bit about boundaries with family really landed. Any chance the slides will be shared?

Thanks so much,
{first}
Ottawa""", [], pool="ca"),

R("en-neg-in-thanks-certificate", "Received certificate",
"""Dear Madam,

Received the certificate of completion. Thank you so much for the wonderful sessions. Will surely recommend to my colleagues.

Regards,
{name}""", [], pool="in"),

R("en-neg-us-html-question", "Group rates?",
"""Hi there!

I'm organizing a wellness weekend for a group of 10 American women visiting the Loire Valley in May. Would you be available to run a half-day workshop? What would your rates be?

Thanks!
{name}""", [], pool="us", html="only"),

R("en-neg-ie-reschedule", "Re: Session next week",
"""Tuesday at 6 works grand, see you then.

{first}""", [], pool="ie",
  quote=dict(style="gmail_en", text="Hi {first}, could we move next week's session to Tuesday at 6pm instead?\nSandra")),

R("en-neg-wrong-person", "Wrong person?",
"""Hi, I think you've emailed the wrong {first} - I've never booked a session with you. The reminder below was meant for someone else. No worries! {first}""", [], pool="uk",
  quote=dict(style="gmail_en", text="Hi {first}, just a reminder of your session tomorrow at 2pm.\nSandra")),
# NEAR-LINE: tells her of a mistaken send, asks nothing about their own data -> negative

R("en-neg-sms-style", "running late",
"""running 15 late, traffic on the N151 sorry!!""", [], pool="uk", cte="7bit"),

R("en-neg-bounce-yahoo", "Failure Notice",
"""Sorry, we were unable to deliver your message to the following address.

<h.pryce1962@yahoo.co.uk>:
554: delivery error: dd This user doesn't have a yahoo.co.uk account (h.pryce1962@yahoo.co.uk) [0]
""", [], kind="bounce", sender=("", "MAILER-DAEMON@yahoo.com"), to="contact@floraisondesoi.fr",
  dsn="Reporting-MTA: dns; mta1011.mail.ir2.yahoo.com\n\nFinal-Recipient: rfc822; h.pryce1962@yahoo.co.uk\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 554 delivery error: This user doesn't have a yahoo.co.uk account\n",
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: h.pryce1962@yahoo.co.uk\nSubject: Floraison de Soi - News in English\nList-Id: Floraison News <news-en.floraisondesoi.fr>\n"),

R("en-neg-photo-share", "photos from Saturday",
"""Hi Sandra! Here's the group photo from Saturday you asked for - everyone's happy for you to use it, we checked at lunch. Such a lovely day. {first}

Sent from my iPhone""", [], pool="us", att=[("png", "IMG_2231.png")]),
# NEAR-LINE: sends a photo with the group's consent (giving consent) -> negative

R("en-neg-company-invoice-cc", "PO number for the training invoice",
"""Dear Sandra,

Could you please reissue the invoice for the October "Managing Change" training with our PO number (PO-2025-0417) on it? Our finance team cannot process it otherwise. I've copied in accounts payable.

Kind regards,
{name}
L&D Coordinator, Holloway Engineering Ltd

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.""", [], pool="uk", cc="Accounts Payable <ap@hollowayeng.co.uk>"),
]
