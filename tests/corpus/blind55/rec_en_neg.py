# English negatives.
from recbase import R

SANDRA_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}


def N(key, subject, body, **kw):
    kw.setdefault("mailer", "")
    kw.setdefault("html", "only")
    kw.setdefault("html_style", "notif")
    kw.setdefault("hard", True)
    return R(key, subject, body, [], **kw)


RECORDS = [

R("en-ooo-conference",
  "Automatic reply: Workshop dates for the spring",
  """Thank you for your email. I am attending a conference in Lisbon until 14 May and will have limited access to email. I will respond as soon as possible on my return.

For urgent matters please contact my colleague Sam Patel (s.patel@lintonpharma.co.uk).

Best regards,
Deepa Kaur""",
  [], hard=True, frm="Deepa Kaur <d.kaur@lintonpharma.co.uk>", mailer="Microsoft Outlook 16.0",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, date="2025-05-07 10:00"),

R("en-autoreply-lawfirm-gdpr-rights",
  "Auto: Re: Invoice for the team workshop",
  """Thank you for contacting Harrington & Cole. Your message has been received and will be dealt with by the relevant team.

This is an automated response. Please do not reply.

Harrington & Cole Solicitors is authorised and regulated by the Solicitors Regulation Authority.
Privacy: we process personal data in accordance with the UK GDPR and EU GDPR. You have the right to access, rectify or erase your data, to restrict or object to processing and to data portability. To exercise these rights, contact dataprotection@harringtoncole.co.uk. You may also complain to the ICO.""",
  [], hard=True, frm="Harrington & Cole <noreply@harringtoncole.co.uk>", mailer="",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-bounce-gmail-no-such-user",
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to rachel.whitmore1@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  [], hard=True, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="contact", mailer="",
  shape="report", headers={"Auto-Submitted": "auto-replied"},
  report=dict(mta="mx.google.com", rcpt="rachel.whitmore1@gmail.com", status="5.1.1",
              diag="550-5.1.1 The email account that you tried to reach does not exist.",
              orig_subject="Your data – as requested")),

N("en-stripe-payout",
  "Your payout of €1,284.50 is on the way",
  """Your payout of €1,284.50 is on its way to your bank account (Qonto ••••9021).

It should arrive within 1-2 business days.

View payout details in the Dashboard.

You're receiving this email because you have payout notifications enabled for Floraison de Soi.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
  frm="Stripe <notifications@stripe.com>", to="contact", headers=AUTO),

N("en-zoom-cloud-recording",
  "Cloud Recording - Taming your inner critic is now available",
  """Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Taming your inner critic (EN group)
Date: Nov 6, 2025 07:00 PM Paris

Click here to view the recording: https://us06web.zoom.us/rec/share/••••••
Passcode: ••••••

Recordings are deleted from the trash 30 days after they are moved there.

Thank you for choosing Zoom.
-The Zoom Team""",
  frm="Zoom <no-reply@zoom.us>", to="contact", headers=AUTO, date="2025-11-06 21:05"),

N("en-calendly-canceled",
  "Canceled: Owen Price - 10:00am Tue, Mar 10, 2026 - Discovery call",
  """Hi Sandra Delomenie,

The event below has been canceled.

Event Type: Discovery call (30 min)
Invitee: Owen Price
Invitee Email: owen.price@outlook.com
Event Date/Time: 10:00am - Tuesday, March 10, 2026 (Central European Time)
Cancellation reason: "Sorry, something came up at work."

Sent from Calendly""",
  frm="Calendly <notifications@calendly.com>", to="contact", headers=AUTO, html="alt", date="2026-03-09 19:44"),

N("en-calendly-dpa-update",
  "Updates to Calendly's Data Processing Addendum",
  """Hello,

We're writing to let you know that we are updating our Data Processing Addendum (DPA) and list of sub-processors, effective 30 days from the date of this notice.

These updates reflect the EU-U.S. Data Privacy Framework and clarify how we assist you in responding to data subject requests such as access and deletion requests from your invitees.

You don't need to take any action. If you'd like to object to a new sub-processor, please contact privacy@calendly.com within 30 days.

The Calendly Team""",
  frm="Calendly <no-reply@calendly.com>", to="contact", headers={"Precedence": "bulk"}, html="alt",
  html_style="newsletter"),

N("en-spam-gdpr-fines",
  "Is floraisondesoi.fr GDPR compliant? Fines up to €20M",
  """Hi there,

We ran a free scan of floraisondesoi.fr and found issues that could expose you to GDPR fines: missing cookie consent logs, no data processing register, outdated privacy policy.

Small businesses are now a priority target for regulators. Our AI-powered compliance suite fixes everything in one click – from €29/month.

Book a 10-minute demo: https://gdpr-shield-ai.io/demo

Cheers,
Ryan from GDPR Shield

If you don't want to hear from us again, just let me know.""",
  frm="Ryan Miller <ryan@gdpr-shield-ai.io>", to="contact", html="alt", html_style="plain",
  reply_to="ryan.miller@gdprshield-mail.com",
  headers={"Precedence": "bulk"}),

N("en-phishing-mailbox-full",
  "Action Required: Mailbox storage exceeded",
  """Dear User,

Your mailbox contact@floraisondesoi.fr has exceeded its storage limit. Incoming messages are on hold and will be deleted within 24 hours.

To release pending messages and keep your account active, verify your account below:

RELEASE MESSAGES → http://mail-quota-verify.support/floraisondesoi

IT Helpdesk""",
  frm="Mail Administrator <admin@mail-quota-verify.support>", to="contact", headers={}),

R("en-question-how-long-keep",
  "Question before I sign up",
  """Hi Sandra,

I'm thinking about booking the 6-session package. Before I do, how long do you keep session notes once the coaching is finished? And is anything shared with anyone else (supervisor etc.)?

Thanks!
Megan""",
  [], hard=True,
  # NEAR-LINE: general questions before signing up (retention, sharing), nothing asked about her own data -> negative.
  frm="Megan Doyle <megan.doyle@gmail.com>"),

R("en-question-do-i-have-right",
  "Quick question",
  """Hello,

Out of curiosity – if I ever stopped the coaching, would I have the right to ask you to delete my notes, or do you have to keep them for a certain time? Not asking for anything now, I'm very happy with how it's going!

Best,
Chris""",
  [], hard=True,
  # NEAR-LINE: hypothetical question about the erasure right, explicitly not a request -> negative.
  frm="Chris Palmer <chris.palmer@outlook.com>"),

R("en-close-account-only",
  "Close my account",
  """Hi, could you close my account on the course platform? I've finished everything. Thanks, Rob""",
  [], hard=True,
  # NEAR-LINE: "close my account" alone, no mention of data -> negative (policy).
  frm="Rob Evans <rob.evans@gmail.com>"),

R("en-cancel-booking",
  "Cancel Saturday",
  """Hi Sandra,

I'm so sorry but I need to cancel my place at Saturday's workshop – my daughter's school trip got moved and I'm driving. Could I have a credit for the next one instead?

Thanks,
Kate""",
  [], hard=True, frm="Kate Sinclair <kate.sinclair@orange.fr>"),

R("en-login-problem",
  "Can't log in",
  """Hello, I can't log in to the course area, it says my password is wrong and the reset email never arrives. I've tried three times. Can you help? I'm stuck on module 3. Thanks, Paula""",
  [], hard=True, frm="Paula Green <paula.green@hotmail.com>"),

R("en-thanks-above-erasure",
  "Re: Your deletion request",
  """Perfect, thank you Sandra – that was quick!

Owen""",
  [], hard=True,
  # NEAR-LINE: thank-you above a quoted handled erasure request -> negative.
  frm="Owen Price <owen.price@outlook.com>", html="alt",
  quote=dict(style="outlook-en", days=1, text="""Dear Owen,

As requested, I have deleted all the personal data I held about you (contact details, course account and progress). Only the invoice is kept, as required by French accounting law.

Best wishes,
Sandra

-----Original Message-----
From: Owen Price <owen.price@outlook.com>
Subject: Data deletion

Would you be able to delete all the personal data you have about me?""")),

R("en-thanks-file-received",
  "Re: Export of your coaching data",
  """Got it, thanks so much! My new coach says the CSV imported without any problem.

Emma""",
  [], hard=True, frm="Emma Lindqvist <emma.lindqvist@gmail.com>",
  quote=dict(style="gmail-en", days=2, text="""Hi Emma,

Please find attached your data as a CSV file (goals, session history and assessment results).

All the best for Lyon!
Sandra""")),

R("en-husband-asks-about-wife",
  "My wife's sessions",
  """Hello,

My wife Claire has been seeing you for a few months. I'm worried about her and would like to know what she has been discussing with you and whether she has mentioned me. I'd appreciate a call.

Regards,
Martin Hale""",
  [], hard=True,
  # NEAR-LINE: asking about another living adult's data -> negative (policy).
  frm="Martin Hale <martin.hale@gmail.com>"),

R("en-cnil-complaint-copy",
  "FYI – complaint filed with the CNIL",
  """Dear Ms Delomenie,

For your information, I have today filed a complaint with the CNIL regarding the marketing emails I kept receiving from you after unsubscribing. A copy of the text I submitted is below.

"I attended one free webinar in 2024. Since then I have received regular promotional emails from Floraison de Soi despite unsubscribing twice via the link."

Regards,
D. Fletcher""",
  [], hard=True,
  # NEAR-LINE: copy of a CNIL complaint, no request addressed to her -> negative (policy).
  frm="Diane Fletcher <diane.fletcher@outlook.com>"),

R("en-consent-photo-yes",
  "Re: Photos from the retreat",
  """Yes of course, happy for you to use the photos I'm in, on the website and on Instagram. It was such a lovely weekend.

xx Alice""",
  [], hard=True, frm="Alice Bennett <alicebennett22@gmail.com>",
  quote=dict(style="apple-en", days=1, text="""Hi Alice,

Would you be OK with me sharing a few photos from the retreat (including the group photo) on my website and Instagram? You can of course say no, or change your mind later.

Sandra""")),

R("en-sends-testimonial-text",
  "Testimonial as promised",
  """Hi Sandra,

As promised, here's a few lines you can use on your website (first name and country only, please):

"Working with Sandra gave me the space to slow down and actually hear myself think. Six sessions, and I finally made the career decision I'd been avoiding for two years." – Tom, Ireland

Hope that's useful!
Tom""",
  [], hard=True, frm="Tom Reilly <tom@reilly.ie>", mailer="Mozilla Thunderbird"),

R("en-prospect-english-coaching",
  "Coaching in English?",
  """Hello,

I'm a British retiree living near La Châtre and a friend recommended you. Do you offer coaching sessions in English? I'm struggling a bit with the adjustment to retirement and life abroad.

What would the cost be, and can sessions be online?

Kind regards,
Gillian Marsh""",
  [], hard=False, frm="Gillian Marsh <gillian.marsh@btinternet.com>"),

R("en-hr-invoice-copy",
  "Invoice copy – team workshop 14 May",
  """Hi Sandra,

Our finance department can't find the invoice for the team workshop on 14 May. Could you send us a copy, addressed to Linton Pharma France SAS, with our PO number 4500123987 on it?

Many thanks,
Sam Patel
HR Business Partner – Linton Pharma""",
  [], hard=True,
  # NEAR-LINE: an invoice copy is a business document -> negative (policy).
  frm="Sam Patel <s.patel@lintonpharma.co.uk>", mailer="Microsoft Outlook 16.0", html="alt",
  cc="Accounts Payable France <ap.france@lintonpharma.co.uk>"),

R("en-export-calendar-outlook",
  "Adding workshops to my calendar",
  """Hi,

Is there a way to export the workshop calendar into Outlook? I keep missing dates because I only see them in the newsletter.

Thanks,
Jonathan""",
  [], hard=True, frm="Jonathan Ward <jonathan.ward@outlook.com>"),

R("en-object-to-8am",
  "Re: Team workshop – proposed schedule",
  """Hi Sandra,

Thanks for the proposed schedule. I'd object to starting at 8am though – half the team does the school run. Could we do 9:30 to 16:30 instead? Everything else looks great.

Best,
Sam""",
  [], hard=True,
  # NEAR-LINE: "object" refers to a schedule, not to processing of data -> negative.
  frm="Sam Patel <s.patel@lintonpharma.co.uk>", mailer="Microsoft Outlook 16.0",
  quote=dict(style="outlook-en", days=1, text="""Hi Sam,

Here is the proposed schedule for the team workshop: 8:00 welcome, 8:30-12:00 morning session, lunch, 13:30-16:00 afternoon session.

Let me know what you think.
Sandra""")),

R("en-delete-tuesday-slot",
  "Tuesday slot",
  """Hi Sandra, can you delete my Tuesday 6pm slot from the calendar? I've rebooked for Thursday. Cheers, Ben""",
  [], hard=True, frm="Ben Okafor <ben.okafor@outlook.com>"),

R("en-correct-brochure-typo",
  "Typo in the brochure",
  """Hi Sandra,

Just spotted a typo in the English version of your workshop brochure: "self-confidance" on page 2. Would you like me to correct the document and send it back? Happy to proofread the rest too.

Liz""",
  [], hard=True, frm="Liz Hartley <liz.hartley@gmail.com>",
  attach=[("docx", "Brochure_EN_workshops_v2.docx",
           ["Floraison de Soi - Workshops in English",
            "Building self-confidance: a three-part workshop..."])]),

R("en-company-consent-training",
  "Workshop on consent and boundaries",
  """Dear Sandra,

I run a small international school near Bourges. We'd like to organise a half-day workshop for our staff on consent, personal boundaries and safeguarding conversations with teenagers.

Would this be something you could deliver, possibly in English? Could you send a proposal?

Best regards,
Dr. Anita Rao
Head of Pastoral Care""",
  [], hard=True, frm="Anita Rao <a.rao@bourges-intlschool.org>", html="alt", cc="School Office <office@bourges-intlschool.org>"),

R("en-gdpr-training-inquiry",
  "GDPR training?",
  """Hello,

We're a small team of freelance therapists and we need some basic GDPR training (client records, consent forms, data retention). Do you offer anything like this, or could you recommend someone?

Thanks,
Hugo Martens""",
  [], hard=True, frm="Hugo Martens <hugo@martens-therapy.be>"),

R("en-wheelchair-access-room",
  "Access to the room",
  """Hi,

I'd love to come to Saturday's workshop but I use a wheelchair. Is there step-free access to the room, and an accessible toilet?

Thanks in advance,
Claire Dunn""",
  [], hard=True, frm="Claire Dunn <claire.dunn@icloud.com>"),

N("en-linkedin-invitation",
  "Sandra, you have a new invitation",
  """Oliver Grant, Associate at Grant & Whitby LLP, wants to connect.

Accept: https://www.linkedin.com/mynetwork/

You are receiving Invitation emails.
Unsubscribe · Help
© 2025 LinkedIn Ireland Unlimited Company.""",
  frm="LinkedIn <invitations@linkedin.com>", to="contact",
  headers={"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"}),

R("en-sandra-sends-export",
  "Your data – as requested",
  """Dear Emma,

As requested, please find attached your data in CSV format: your goals, the list of our sessions and your assessment results. It should import into most coaching tools.

Wishing you all the best in Lyon!

Warmly,
Sandra Delomenie
Floraison de Soi""",
  [], hard=True, frm=SANDRA_C, to="Emma Lindqvist <emma.lindqvist@gmail.com>", mailer="Apple Mail (2.3774.600.62)",
  attach=[("csv", "data_export_Emma_Lindqvist.csv",
           ["field,value", "name,Emma Lindqvist", "email,emma.lindqvist@gmail.com",
            "goal_1,Clarify career direction", "sessions,8", "assessment_strengths,Learner;Relator;Focus"])]),

R("en-sandra-confirms-deletion",
  "Re: Delete my account",
  """Dear Hannah,

I confirm that your account on the course platform and all associated personal data have been deleted. You will not receive any further emails from me.

Best wishes,
Sandra""",
  [], hard=True, frm=SANDRA_C, to="Hannah Brooks <hannah.brooks@yahoo.co.uk>", mailer="Apple Mail (2.3774.600.62)",
  quote=dict(style="gmail-en", days=3, who="Hannah Brooks <hannah.brooks@yahoo.co.uk>", to=SANDRA_C,
             text="""Please delete my account on your course platform and all the data associated with it.

Regards,
Hannah Brooks""")),

R("en-other-newsletter-preferences",
  "This week: the science of rest",
  """Hi Sandra,

This week we're looking at why rest isn't the opposite of productivity – plus three micro-practices you can share with your clients.

New in the Coach Library: our updated client intake form template, including GDPR-friendly consent wording.

Read online | Manage your preferences and data | Unsubscribe

The Thriving Coach Network, 20 Kingsway, London WC2B 6LH""",
  [], hard=True, frm="The Thriving Coach Network <hello@thrivingcoach.net>", to="contact", mailer="",
  html="only", html_style="newsletter",
  headers={"List-Id": "Thriving Coach Weekly <weekly.thrivingcoach.net>",
           "List-Unsubscribe": "<https://thrivingcoach.net/u/a81c>, <mailto:unsubscribe@thrivingcoach.net>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

R("en-forward-booking-confirmation",
  "Fwd: Booking confirmation",
  """Hi Sandra, forwarding the confirmation from the gîte for the retreat in case you need the address for the participants. Access code for the gate is in there too.

Jen""",
  [], hard=True, frm="Jennifer Adams <jennifer.adams@me.com>", to="contact", shape="rfc822",
  inner=dict(frm="Gîte Les Trois Chênes <reservations@gite-troischenes.fr>", to="jennifer.adams@me.com",
             subject="Booking confirmation – 12-14 September", days=2,
             body="""Dear Jennifer,

Your booking for 12-14 September (8 guests) is confirmed.
Address: Les Trois Chênes, route de Ségry, 36100 Issoudun. Gate code: 2207.

We look forward to welcoming you.
Marie & Paul""")),

R("en-student-research-interview",
  "Research interview request",
  """Dear Ms Delomenie,

I'm an MSc student in Organisational Psychology at the University of Kent, researching how independent coaches in rural France build trust with expatriate clients. Would you be willing to take part in a 45-minute online interview? All data will be anonymised and you can withdraw at any time.

I've attached the participant information sheet.

Kind regards,
Yasmin Ali""",
  [], hard=True, frm="Yasmin Ali <ya217@kent.ac.uk>", html="alt",
  attach=[("pdf", "Participant_information_sheet.pdf",
           ["University of Kent - School of Psychology",
            "Participant information sheet: Trust-building in cross-cultural coaching",
            "Participation is voluntary and you may withdraw at any time."])]),

R("en-facebook-group-question",
  "Facebook group question",
  """Hi Sandra,

Before I join the private Facebook group for the course, does that mean my name and profile will be visible to the other participants? And do you see anything from my profile? Just want to understand how it works before I click.

Thanks,
Maya""",
  [], hard=True, frm="Maya Brennan <maya.brennan@gmail.com>"),

]
