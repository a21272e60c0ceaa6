# English-language negatives (not a data-subject request to Sandra).  Standard library only.
from _rec import R, SANDRA, SANDRA_ORANGE, ORANGE, CONTACT

RECORDS = []
LIST = lambda lid, unsub: {"List-Id": lid, "List-Unsubscribe": unsub, "Precedence": "bulk"}

# ----------------------------------------------------------------- trigger words, business sense
RECORDS += [
R("en-neg-delete-slot-reschedule", "en", [],
  "Olivia Turner <olivia.turner@gmail.com>", "Thursday slot",
  """
Hi Sandra,

Could you delete my Thursday 6pm slot? Something's come up at work. I'll rebook for next week
once I know my shifts.

Thanks,
Olivia
"""),

R("en-neg-invoice-copy", "en", [],
  "Accounts - Brightwell Training Ltd <accounts@brightwell-training.co.uk>", "Copy of invoice INV-2025-031",
  """
Hello,

Could you send us a copy of invoice INV-2025-031 (workshop for our team on 14 May)? Our
finance system lost the attachment.

Kind regards,
Accounts Team
Brightwell Training Ltd
"""),

R("en-neg-access-zoom-room", "en", [],
  "Ben Carter <ben.carter@gmail.com>", "Can't access the Zoom room",
  """
Hi, I can't access the Zoom room for tonight's session - it says the meeting ID is invalid.
Could you resend the link? Ben
"""),

R("en-neg-export-calendar", "en", [],
  "Sophie Lambert <sophie.lambert@outlook.com>", "Workshop dates",
  """
Hello! Is there a way to export the 2026 workshop dates into my Outlook calendar? An .ics
file would be perfect. Thanks, Sophie
"""),

R("en-neg-correct-typo-handout", "en", [],
  "Margaret Oyelaran <m.oyelaran@gmail.com>", "Small typo",
  """
Hi Sandra,

Just flagging a typo in the module 2 handout - "principal" should be "principle" in the
second paragraph. Might be worth correcting before the next cohort!

Margaret
"""),

R("en-neg-consent-topic-question", "en", [],
  "Jess Moran <jess.moran@hotmail.co.uk>", "Boundaries course",
  """
Hi,

Does the boundaries module cover consent and saying no at work? I manage a team and that's
the main thing I'm struggling with.

Jess
"""),

R("en-neg-gdpr-training-for-staff", "en", [],
  "HR - Pennine Care Homes <hr@penninecarehomes.co.uk>", "GDPR awareness session?",
  """
Good morning,

We're looking for someone to run a half-day GDPR awareness session for our care staff, ideally
online. Is that something you offer alongside your wellbeing training?

Best wishes,
Karen Holt
HR Manager
"""),

R("en-neg-withdraw-from-cohort-transfer", "en", [],
  "Alex Morgan <alex.morgan@gmail.com>", "Switching cohorts",
  """
Hi Sandra,

I need to withdraw from the April cohort - can I transfer my place to the June one instead?
Happy to pay any difference.

Alex
"""),
]

# ----------------------------------------------------------------- cancellations / login / account
RECORDS += [
R("en-neg-cancel-subscription", "en", [],
  "Mark Robinson <mark.robinson@gmail.com>", "Cancel subscription",
  """
Hi, please cancel my monthly subscription to the membership from the next billing date.
Thanks, Mark
"""),

R("en-neg-cancel-workshop-refund", "en", [],
  "Eleanor Price <eleanor.price@yahoo.co.uk>", "Cancelling Saturday's workshop",
  """
Dear Sandra,

I'm so sorry, I have to cancel my place at Saturday's online workshop - family emergency. Is a
refund or credit possible?

Eleanor
"""),

R("en-neg-password-reset", "en", [],
  "Chris Nolan <chris.nolan@gmail.com>", "Password reset not working",
  """
Hi, I've tried resetting my password three times and the email never arrives (checked spam).
Can you help? Chris
"""),

R("en-neg-cant-log-in-course", "en", [],
  "Yasmin Ali <yasmin.ali@outlook.com>", "Login problem",
  """
Hello, I can't log in to my course area - it keeps saying "account not found" even though I
paid last week. Could you check please? Yasmin
""", att=[("png", "screenshot_login.png")]),

R("en-neg-close-account-only", "en", [],
  "Gareth Evans <gareth.evans@btinternet.com>", "Close my account",
  """
Hi,

Please close my account. I've finished the course and won't be using it again.

Gareth
"""),

R("en-neg-deactivate-membership", "en", [],
  "Naomi Sinclair <naomi.sinclair@gmail.com>", "Membership",
  """
Could you deactivate my membership account please? Thanks!
Naomi
"""),
]

# ----------------------------------------------------------------- rights questions, complaints, third parties
RECORDS += [
R("en-neg-question-how-long-keep", "en", [],
  "Peter Stanhope <peter.stanhope@gmail.com>", "Data retention question",
  """
Hi Sandra,

Before I sign up: how long do you keep clients' session notes after coaching ends, and where
are they stored? I work in NHS information governance so I always ask!

Peter
"""),

# NEAR-LINE: asks how the process would work ("if I wanted..."), no request made.
R("en-neg-question-how-sar-works", "en", [],
  "Laura Kendrick <laura.kendrick@gmail.com>", "Question",
  """
Hello,

If I wanted to see the data you hold about me, how would I go about it - is there a form, and
do I need to send ID?

Laura
"""),

R("en-neg-ico-complaint-copy", "en", [],
  "Derek Mills <derek.mills@gmail.com>", "Complaint to the ICO - copy",
  """
Ms Delomenie,

For your information, I have today submitted a complaint to the Information Commissioner's
Office and the CNIL about the marketing emails I received after your free webinar. A copy of
the submission is attached.

D. Mills
""", att=[("pdf", "ICO_complaint_copy.pdf",
          "ICO - Data protection complaint - submitted by Derek Mills - organisation: Floraison de Soi")]),

R("en-neg-wife-data-request", "en", [],
  "Graham Fletcher <graham.fletcher@gmail.com>", "My wife's coaching file",
  """
Hi,

My wife Susan has been doing coaching with you. I'd like to see her file and notes, as I'm
concerned about her. Could you email them to me?

Graham
"""),

# NEAR-LINE: a manager asks about an employee's (living adult's) data -> negative.
R("en-neg-manager-employee-feedback", "en", [],
  "Rachel Dunn <rachel.dunn@harlowlogistics.co.uk>", "Feedback on our employee",
  """
Hi Sandra,

Our employee Tom Baines attended your resilience course. Could you send me everything you have
on him - attendance, notes, assessments? We're reviewing his performance.

Rachel Dunn
Operations Manager
"""),
]

# ----------------------------------------------------------------- thank-you, consent given
RECORDS += [
R("en-neg-thanks-above-deleted", "en", [],
  "Helen Marsh <helen.marsh@yahoo.co.uk>", "Re: Please delete my data",
  """
Thank you Sandra, much appreciated. All the best for the future!
Helen

On Tue, 14 Oct 2025 at 10:02, Sandra Delomenie <contact@floraisondesoi.fr> wrote:
> Dear Helen,
> I confirm that your personal data, including session notes and payment details, has been
> deleted from my systems.
> Best wishes,
> Sandra
>
> On Sun, 12 Oct 2025 at 21:40, Helen Marsh wrote:
>> I would like all of my personal data deleted from your systems.
""", date="2025-10-14 11:30", reply=True),

R("en-neg-thanks-above-sar-response", "en", [],
  "Rebecca Holloway <rebecca.holloway@btinternet.com>", "RE: Subject Access Request",
  """
Thanks for sending this through so promptly - that all looks in order.

Rebecca

From: Sandra Delomenie <contact@floraisondesoi.fr>
Sent: 02 June 2025 16:05
To: Rebecca Holloway <rebecca.holloway@btinternet.com>
Subject: Re: Subject Access Request

Dear Rebecca,
Please find attached a copy of the personal data I hold about you, as requested.
Kind regards,
Sandra
""", date="2025-06-03 08:50", reply=True, shape="alt"),

R("en-neg-consent-given-testimonial", "en", [],
  "Ruth Ogilvie <ruth.ogilvie@gmail.com>", "Re: Testimonial",
  """
Hi Sandra,

Yes of course - you have my consent to use my testimonial and first name on your website and
Instagram. Happy to help!

Ruth
""", reply=True),
]

# ----------------------------------------------------------------- auto-replies & bounces
RECORDS += [
R("en-neg-auto-out-of-office", "en", [],
  "Sarah Dawson <sarah.dawson@btinternet.com>", "Out of Office: Re: My daughter's details",
  """
Thank you for your email. I'm out of the office until Monday 8 September with limited access
to email. I'll respond on my return.

Sarah
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, reply=True),

R("en-neg-auto-reply-outlook", "en", [],
  "James Whitaker <j.whitaker@protonmail.com>", "Automatic reply: Right to erasure - Article 17",
  """
I am currently travelling and will reply when I return on 3 February.
""", hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply",
          "X-Auto-Response-Suppress": "All"}, reply=True),

R("en-neg-auto-ticket-received", "en", [],
  "Canva Support <support@canva.com>", "We've received your request [#9920417]",
  """
Hi Sandra,

Thanks for reaching out! We've received your request and a member of our team will be in
touch within 2 business days.

Canva Support
""", hdr={"Auto-Submitted": "auto-replied"}, shape="alt"),

R("en-neg-bounce-gmail-no-such-user", "en", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """
** Address not found **

Your message wasn't delivered to fiona.mcalister@btinternet.com because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 Requested action not taken: mailbox unavailable
""", shape="report", hdr={"Auto-Submitted": "auto-replied"},
  dsn=dict(orig_to="fiona.mcalister@btinternet.com", status="5.1.1", mta="mx.google.com",
           orig_subj="Re: My mother, Margaret McAllister",
           diag="550 5.1.1 Requested action not taken: mailbox unavailable",
           orig_body="Dear Fiona,\n\nI am so sorry for your loss. Your mother's account has been closed.\n\nSandra\n")),

R("en-neg-bounce-outlook-rejected", "en", [],
  "postmaster@outlook.com", "Undeliverable: Your Rooted Confidence login details",
  """
Delivery has failed to these recipients or groups:

yasmin.ali@outlok.com
The email address you entered couldn't be found. Please check the recipient's email address
and try to resend the message.
""", shape="report", hdr={"Auto-Submitted": "auto-replied"},
  dsn=dict(orig_to="yasmin.ali@outlok.com", status="5.4.1", mta="DB8EUR05.prod.outlook.com",
           orig_subj="Your Rooted Confidence login details",
           diag="550 5.4.1 Recipient address rejected: Access denied")),
]

# ----------------------------------------------------------------- platform notifications
RECORDS += [
R("en-neg-stripe-payout", "en", [],
  "Stripe <notifications@stripe.com>", "Your payout of €1,284.50 is on the way",
  """
Hi Floraison de Soi,

A payout of €1,284.50 is on the way to your bank account ending in 4417. It should arrive
by 12 September.

View payout details in your Dashboard.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-stripe-dispute", "en", [],
  "Stripe <notifications@stripe.com>", "A payment has been disputed",
  """
A customer has disputed a €97.00 payment (Rooted Confidence - online programme).

Reason: product not received
Respond by: 21 January 2026

Submitting evidence such as course access logs can help you win the dispute.

The Stripe team
""", shape="html", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-zoom-recording-ready", "en", [],
  "Zoom <no-reply@zoom.us>", "Cloud Recording - Boundaries Workshop (EN) is now available",
  """
Hi Sandra,

Your cloud recording is now available.

Topic: Boundaries Workshop (EN)
Date: Mar 18, 2026 06:00 PM Paris

Recordings will be automatically deleted after 30 days.

Thank you for choosing Zoom.
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-calendly-canceled", "en", [],
  "Calendly <notifications@calendly.com>", "Canceled: Olivia Turner - Coaching session 60 min",
  """
Hi Sandra,

The event below has been canceled.

Event type: Coaching session 60 min
Invitee: Olivia Turner
Date/Time: 6:00pm - Thursday, 9 October 2025 (Central European Time)
Cancellation reason: Work shift change

Calendly
""", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-google-security-alert", "en", [],
  "Google <no-reply@accounts.google.com>", "Security alert",
  """
A new sign-in on Mac

contact@floraisondesoi.fr

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't
need to do anything. If not, we'll help you secure your account.

Check activity
""", shape="html", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-linkedin-digest", "en", [],
  "LinkedIn <messages-noreply@linkedin.com>", "Sandra, you appeared in 14 searches this week",
  """
You appeared in 14 searches this week.

People searching for you work at: Région Centre-Val de Loire, Harlow Logistics, Crédit Agricole

See all searches

Unsubscribe | Help
""", shape="alt", hdr=LIST("<weekly-digest.linkedin.com>",
                           "<https://www.linkedin.com/e/unsubscribe?t=8812>")),

R("en-neg-systeme-weekly-summary", "en", [],
  "Systeme.io <no-reply@systeme.io>", "Your weekly summary",
  """
Hi Sandra,

Here's your week on Systeme.io:

New contacts: 23
New sales: 4 (€388.00)
Unsubscribes: 2
Course completions: 6

Keep it up!
The Systeme.io team
""", shape="html", hdr=LIST("<weekly.systeme.io>", "<https://systeme.io/unsubscribe?t=weekly>")),

R("en-neg-paypal-policy-update", "en", [],
  "PayPal <noreply@paypal.com>", "Upcoming changes to our Privacy Statement",
  """
Hello Sandra Delomenie,

We're updating the PayPal Privacy Statement, effective 1 May 2026. The changes explain how
we share information with merchants and partners. You don't need to do anything.

PayPal
""", shape="alt", to=ORANGE, hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-google-workspace-dpa", "en", [],
  "Google Workspace <workspace-noreply@google.com>", "[Action advised] Review the updated Cloud Data Processing Addendum",
  """
Dear Administrator,

We're writing to let you know that we've updated the Cloud Data Processing Addendum (CDPA) for
Google Workspace, including our list of subprocessors. You can review and accept the updated
terms in the Admin console under Account > Legal and compliance.

Google Ireland Limited, Gordon House, Barrow Street, Dublin 4
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"}),
]

# ----------------------------------------------------------------- Sandra's own, spam, ordinary
RECORDS += [
R("en-neg-sandra-sar-reply-sent", "en", [],
  SANDRA, "Re: Subject Access Request",
  """
Dear Rebecca,

Please find attached a copy of the personal data I hold about you: your contact details, your
course purchase and progress, and our email exchanges. The data is stored in Systeme.io,
Stripe and my mailbox; it has not been shared with any other party.

Kind regards,
Sandra Delomenie
Floraison de Soi
""", to="Rebecca Holloway <rebecca.holloway@btinternet.com>", reply=True,
  att=[("csv", "data_Rebecca_Holloway.csv",
        "field,value\nname,Rebecca Holloway\nemail,rebecca.holloway@btinternet.com\ncourse,Rooted Confidence\npurchased,2024-04-11\n")]),

R("en-neg-sandra-workshop-invite", "en", [],
  SANDRA, "Invitation: Boundaries Workshop (EN) - 18 March",
  """
Hi everyone,

Here's the calendar invitation for our online Boundaries Workshop on 18 March at 6pm (Paris
time). The Zoom link is in the invite.

See you there,
Sandra
""", to="contact@floraisondesoi.fr", att=[("ics", "invite.ics", "Boundaries Workshop (EN)")]),

R("en-neg-phishing-dhl", "en", [],
  "DHL Express <noreply@dhl-parcel-redelivery.info>", "Your parcel could not be delivered",
  """
Dear customer,

Your parcel could not be delivered due to an incomplete address. Please confirm your details
and pay the €1.99 redelivery fee within 24 hours:

https://dhl-parcel-redelivery.info/confirm

DHL Express
""", shape="html"),

R("en-neg-spam-gdpr-audit", "en", [],
  "Ryan from ComplyNow <ryan@complynow-gdpr.io>", "Is Floraison de Soi GDPR compliant?",
  """
Hi Sandra,

I ran a quick scan of floraisondesoi.fr and found 7 potential GDPR issues, including missing
cookie consent and no data processing agreement with your email provider.

Fines can reach €20M. Want the full report? Book a free 15-min audit call here:
https://complynow-gdpr.io/book

Ryan
""", shape="alt"),

R("en-neg-ordinary-course-feedback", "en", [],
  "Chloe Barnes <chloe.barnes@gmail.com>", "Loved the course!",
  """
Hi Sandra,

Just finished Rooted Confidence and wanted to say thank you - the journalling prompts in
week 3 were a game-changer for me. Are you planning an advanced course?

Chloe x
"""),

R("en-neg-podcast-guest-invite", "en", [],
  "Anna Kowalski <anna@thebloomingpodcast.com>", "Guest invitation - The Blooming Podcast",
  """
Hi Sandra,

I host The Blooming Podcast (UK, ~8k listeners) and I'd love to have you on as a guest to talk
about confidence coaching for women in rural areas. Recording would be on Zoom, about 45 min.

Interested?
Anna
""", reply_to="bookings@thebloomingpodcast.com"),
]
