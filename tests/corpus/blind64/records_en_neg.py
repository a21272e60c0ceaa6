from rec import R

SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [
R("en-neg-hypothetical-delete", [],
  "Quick question before booking",
  """Hi Sandra,

Before I book the six-week programme, I wanted to ask: if I ever decided halfway through that I wanted my notes deleted, would you be able to do that straight away, or are there rules that mean you'd have to keep them for a while? Not planning to, just curious how it works.

Thanks,
Rachel""",
  frm="Rachel Owens <rachel.owens@gmail.com>"),

R("en-neg-story-other-company", [],
  "Funny GDPR story",
  """Hi Sandra,

You'll laugh: after your workshop on boundaries I finally emailed my old gym asking them to delete my data and stop texting me, and they replied with a three-page form and a request for a notarised ID — I did it myself in the end, through their app, in two minutes. Boundaries work!

See you next month,
Kate""",
  frm="Kate Sullivan <kate.sullivan@gmail.com>"),

R("en-neg-did-it-myself-unsub", [],
  "Just so you know",
  """Hello,

I unsubscribed myself from the newsletter this morning using the link at the bottom — it worked perfectly — and I only wanted to say it's nothing personal, I'm just drowning in email and cutting back everywhere.

All the best,
Diane""",
  frm="Diane Walker <diane.walker@gmail.com>"),

R("en-neg-cancel-booking", [],
  "Cancelling Thursday",
  """Hi Sandra, I'm so sorry but I need to cancel Thursday's session — my daughter has come down with a fever. Could we find another slot next week? Thanks, Paula""",
  frm="Paula Greene <paula.greene@gmail.com>"),

R("en-neg-password-reset", [],
  "Can't log in",
  """Hi,

I've tried resetting my password twice but the link says it has expired, even when I click it straight away; could you send me a new login for the course area?

Thanks,
Matt""",
  frm="Matt Dawson <matt.dawson@gmail.com>"),

R("en-neg-close-account-alone", [],
  "Close my account",
  """Hi, I've finished the course, please close my account on the learning platform. Thanks! Jenny""",
  frm="Jenny Lloyd <jenny.lloyd@gmail.com>"),
# NEAR-LINE: "close my account" alone, nothing about data -> negative

R("en-neg-how-long-keep", [],
  "Data retention question",
  """Hello Sandra,

Out of curiosity — and I'm asking because I'm writing my own privacy policy for my yoga classes — how long do you keep clients' session notes, and do you delete them automatically or only when someone asks?

Many thanks,
Isla""",
  frm="Isla Murray <isla.murray.yoga@gmail.com>"),

R("en-neg-do-i-have-the-right", [],
  "Am I allowed to...?",
  """Hi,

Do I have the right to ask for a copy of my questionnaire answers at some point, or is that only for medical records? I don't need it now, I'm just wondering for the future.

Thanks,
Holly""",
  frm="Holly Bennett <holly.bennett@gmail.com>"),

R("en-neg-husband-wife-data", [],
  "My wife's sessions",
  """Dear Sandra,

My wife has been seeing you for a few months and, as she's been quite low lately, I'd like to know what she's been discussing with you and see any notes you have — I'm only trying to help her.

Regards,
Steven Clarke""",
  frm="Steven Clarke <steven.clarke@gmail.com>"),
# NEAR-LINE: spouse about another living adult's data -> negative

R("en-neg-thanks-above-handled", [],
  "Re: Your data export",
  """Thank you so much, Sandra — the file opened fine and it's exactly what I needed. Really appreciate how quickly you sorted it.

Olivia""",
  frm="Olivia Chen <olivia.chen@gmail.com>", reply=True,
  quote=dict(style="en", who=SANDRA_C,
             text="Hi Olivia,\nPlease find attached your questionnaire answers and progress sheets as a CSV file.\nBest,\nSandra")),

R("en-neg-consent-given", [],
  "Happy to be featured",
  """Hi Sandra,

Yes, of course you can use my quote and first name on your website — I'd be honoured, and if it helps even one person take the first step, all the better.

Warmly,
Beth""",
  frm="Beth Morgan <beth.morgan@gmail.com>"),

R("en-neg-autoreply-ooo", [],
  "Automatic reply: Workshop dates",
  """Thank you for your email. I am out of the office until Monday 6 April with limited access to email. For urgent matters please contact hr@northfield-ltd.co.uk.

Kind regards,
Joanne Price""",
  frm="Joanne Price <j.price@northfield-ltd.co.uk>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-autoreply-gdpr-rights", [],
  "We have received your message",
  """Thank you for contacting us. This is an automated acknowledgement.

Under the GDPR you have the right to access, rectify, erase, restrict and port your personal data and to object to processing. To exercise these rights, contact privacy@wellnesshub.com. You may also lodge a complaint with a supervisory authority.

WellnessHub Support""",
  frm="WellnessHub Support <noreply@wellnesshub.com>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("en-neg-bounce", [],
  "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     hannah.brooks@icloud.con

The domain icloud.con does not exist.""",
  kind="bounce", to="contact@floraisondesoi.fr", orig_to="hannah.brooks@icloud.con",
  orig_subject="Your erasure request", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),

R("en-neg-stripe-dispute", [],
  "A payment has been disputed",
  """A customer has disputed a payment of €240.00.

Reason: product not received
Respond by: 18 March 2026

View dispute in your Dashboard.

Stripe""",
  frm="Stripe <notifications@stripe.com>", html="alt", to="contact@floraisondesoi.fr"),

R("en-neg-zoom-dpa", [],
  "Updates to Zoom's Data Processing Addendum",
  """We're writing to let you know we've updated our Data Processing Addendum and list of sub-processors. These changes take effect on 1 May 2026. No action is needed; if you object to a new sub-processor, you may notify us within 30 days.

Zoom Communications, Inc.""",
  frm="Zoom <no-reply@zoom.us>", html="only"),

R("en-neg-calendly-booking", [],
  "New Event: Discovery call with Anna Schmidt",
  """Hi Sandra,

A new event has been scheduled.
Event Type: Discovery call (30 min)
Invitee: Anna Schmidt
Invitee Email: anna.schmidt@gmx.de
Event Date/Time: 10:00 - Wednesday, 4 February 2026 (Central European Time)

Calendly""",
  frm="Calendly <notifications@calendly.com>", html="alt"),

R("en-neg-compliance-spam", [],
  "Your website is NOT GDPR compliant",
  """Hello,

Our scanner found 5 GDPR violations on floraisondesoi.fr. Fines can reach 4% of turnover. Book a free 15-minute compliance call today and get our Cookie Shield plugin at 50% off.

Reply STOP to opt out.""",
  frm="GDPR Shield <hello@gdpr-shield-compliance.io>", html="alt"),

R("en-neg-phishing-paypal", [],
  "Your account has been limited",
  """Dear Customer,

We noticed unusual activity on your account. To restore full access, please verify your information within 24 hours: http://paypal-resolution-center.support/verify

PayPal Security Team""",
  frm="PayPal <service@paypal-secure-mail.com>", html="only"),

R("en-neg-her-sent-confirm", [],
  "Your request has been completed",
  """Hi Megan,

Just to confirm that I've deleted all your personal data from my files and the course platform, apart from invoices, which I'm required by law to keep for ten years.

Take good care of yourself,
Sandra""",
  frm=SANDRA_C, to="Megan Doyle <megan.doyle@outlook.com>"),

R("en-neg-her-sent-newsletter-en", [],
  "Floraison English Circle – spring dates",
  """Hello lovely people,

Our English-speaking circle returns in April! Three online evenings to reconnect with what matters. Dates and booking link below.

With warmth,
Sandra

You're receiving this because you joined the Floraison English Circle list. Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe""",
  frm=SANDRA_C, to="contact@floraisondesoi.fr", html="alt",
  headers={"List-Id": "Floraison English Circle <english.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>", "Precedence": "bulk"}),

R("en-neg-gdpr-training-request", [],
  "GDPR basics for our therapists",
  """Dear Ms Delomenie,

We run a small network of English-speaking therapists in France and would love you to give a session on GDPR for solo practitioners — how to answer an access request, how long to keep notes, that kind of thing. Would you be available in the autumn?

Best,
Alice Hammond""",
  frm="Alice Hammond <alice@therapists-in-france.org>"),

R("en-neg-delete-slot", [],
  "Double booked",
  """Hi Sandra,

I think I booked the 3pm slot twice on Calendly by accident — could you delete one of them so it's free for someone else?

Thanks,
Tom""",
  frm="Tom Riley <tom.riley@gmail.com>"),

R("en-neg-invoice-copy", [],
  "Invoice copy for my employer",
  """Hi,

My employer will reimburse the coaching if I send them a copy of the invoices — could you send me copies for January and February, made out to my company, Harlow Design Ltd?

Thanks,
Nina""",
  frm="Nina Patel <nina.patel@gmail.com>"),

R("en-neg-object-meaning", [],
  "Homework from last session",
  """Hi Sandra,

I've done the exercise on objecting calmly when my manager drops extra work on me on a Friday — it went better than expected, though I did rehearse it in the car three times first. Can we go over it on Tuesday?

Mike""",
  frm="Mike Henderson <mike.henderson@gmail.com>"),

R("en-neg-cnil-complaint-cc", [],
  "Complaint filed with the CNIL",
  """Dear Ms Delomenie,

Please note that I have today lodged a complaint with the CNIL regarding the handling of my previous request. A copy is attached for your records.

Regards,
Gareth Evans""",
  frm="Gareth Evans <gareth.evans@gmail.com>",
  att=[("pdf", "CNIL_complaint_Evans.pdf", "Complaint to CNIL - Gareth Evans - reference 26-0412")]),

R("en-neg-colleague-data", [],
  "About my colleague",
  """Hi,

My colleague Paul attended your training with me last month but has since left the company; could you send me his evaluation sheet so I can file it with the rest of the team's?

Thanks,
Andrea""",
  frm="Andrea Walsh <a.walsh@brightway-consulting.co.uk>"),

R("en-neg-how-does-portability-work", [],
  "Portability question for my course",
  """Hi Sandra,

For a data-protection module I'm studying, I'm trying to understand how a small business would handle a portability request in practice — would you send a CSV? a PDF? Purely academic, I'm not asking for my own data.

Thanks!
Lewis""",
  frm="Lewis Grant <lewis.grant@student.ed.ac.uk>"),

R("en-neg-forward-rfc822-partner", [],
  "Fwd: Venue confirmation",
  """Hi Sandra, forwarding the venue's confirmation for the May retreat — note they want the list of participants' names for the access badges a week before. Let me know what you think.

Claire""",
  frm="Claire Dunn <claire.dunn@gmail.com>", kind="rfc822",
  inner=dict(frm="Domaine des Sources <events@domainedessources.fr>", subject="Confirmation - retraite de mai",
             body="Dear Claire,\nWe confirm the booking of the main hall for 15-17 May.\nPlease send the list of participant names one week before for access badges.\nBest regards")),

R("en-neg-google-security", [],
  "Security alert",
  """A new sign-in on Mac was detected for your Google Account. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Google""",
  frm="Google <no-reply@accounts.google.com>", html="only"),

R("en-neg-access-building", [],
  "Getting into the building",
  """Hi Sandra,

For tomorrow evening's circle, is there a code to access the building after 6pm, or should I ring? Last time I stood outside for ten minutes.

Cheers,
Fran""",
  frm="Fran Wilson <fran.wilson@gmail.com>", att=[("png", "door_photo.png", "")]),

R("en-neg-condolence-thanks-heir", [],
  "Thank you",
  """Dear Sandra,

Thank you for the lovely card after Dad passed; it meant a lot to the whole family. He always spoke warmly of your sessions.

With love,
Emily""",
  frm="Emily Fletcher <emily.fletcher@gmail.com>"),
# NEAR-LINE: relative after a death, no request -> negative

R("en-neg-future-instructions-question", [],
  "A bit of a strange question",
  """Hi Sandra,

If something were to happen to me, would my family be able to get hold of my session notes? I'm not telling you to do anything either way, I'd just like to understand how it works before I talk to my solicitor.

Best,
Margaret""",
  frm="Margaret Hill <margaret.hill@btinternet.com>"),

R("en-neg-registration-details", [],
  "Registration – online circle",
  """Hi,

I'd like to sign up for the online English circle in April. My details: Ruth Evans, +44 7700 900123, ruth.evans@gmail.com. Happy to pay by PayPal.

Thanks,
Ruth""",
  frm="Ruth Evans <ruth.evans@gmail.com>"),

R("en-neg-paypal-receipt", [],
  "You've got money",
  """Hello Sandra Delomenie,

Grace Palmer sent you €75.00 EUR.
Note: "Online circle – April"

PayPal""",
  frm="service@paypal.fr", html="alt"),

R("en-neg-withdraw-booking", [],
  "Withdrawing from the retreat",
  """Hi Sandra,

Even though I was really looking forward to it, I'm going to have to withdraw from the May retreat — work has exploded — and I completely understand if the deposit isn't refundable.

Sorry again,
Lisa""",
  frm="Lisa Grant <lisa.grant@gmail.com>"),
# NEAR-LINE: "withdraw" from a booking = cancellation -> negative
]
