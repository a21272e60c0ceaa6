# -*- coding: utf-8 -*-
"""English-language negatives (not a data-subject request to Sandra)."""
from _rec import R, SANDRA

RECORDS = [

# ------------------------------------------------------------------ notifications
R("en-neg-stripe-payment-received", "en", [],
  "Stripe <receipts@stripe.com>",
  "Payment of €197.00 from ciara.doyle@gmail.com",
  """\
Floraison de Soi received a payment

Amount: €197.00
Customer: ciara.doyle@gmail.com
Description: Finding Your Voice - online course
Payment method: Visa ending 4242

View payment in the Dashboard.

You're receiving this email because you enabled successful payment notifications.
""",
  shape="alt",
  hdr={"Auto-Submitted": "auto-generated",
       "List-Unsubscribe": "<https://dashboard.stripe.com/settings/user>"}),

R("en-neg-zoom-recording-available", "en", [],
  "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Finding Your Voice - Week 3 is now available",
  """\
Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Finding Your Voice - Week 3
Date: Oct 14, 2025 06:00 PM Paris

You can share or delete the recording from your Zoom web portal.

Thank you for choosing Zoom.
""",
  shape="html",
  hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-calendly-canceled", "en", [],
  "Calendly <notifications@calendly.com>",
  "Canceled: Hannah Blake and Sandra Delomenie - Coaching call (60 min)",
  """\
Hi Sandra,

The event below has been canceled.

Event type: Coaching call (60 min)
Invitee: Hannah Blake
Date: Wednesday, 4 February 2026, 10:00 (Europe/Paris)
Cancellation reason: "Sick child, so sorry - will rebook"

Calendly
""",
  shape="alt",
  hdr={"Auto-Submitted": "auto-generated",
       "List-Unsubscribe": "<https://calendly.com/app/settings/notifications>"}),

R("en-neg-google-security-alert", "en", [],
  "Google <no-reply@accounts.google.com>",
  "Security alert",
  """\
A new sign-in on Mac

contact@floraisondesoi.fr

We noticed a new sign-in to your Google Account on a Mac device. If this was you,
you don't need to do anything. If not, we'll help you secure your account.

Check activity

You received this email to let you know about important changes to your Google
Account and services.
""",
  shape="alt",
  hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-paypal-receipt", "en", [],
  "PayPal <service@paypal.co.uk>",
  "Receipt for your payment to Canva Pty Ltd",
  """\
Hello Sandra Delomenie,

You sent a payment of €11.99 EUR to Canva Pty Ltd.

Transaction ID: 5KD91022XY7730044
Canva Pro - monthly subscription

It may take a few moments for this transaction to appear in your account.

PayPal
""",
  shape="html",
  hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-brevo-plan-notice", "en", [],
  "Brevo <no-reply@brevo.com>",
  "You've used 90% of your monthly email quota",
  """\
Hi Sandra,

Your account Floraison de Soi has sent 8,974 of 10,000 emails included in your plan
this month. Upgrade now to avoid interruptions to your campaigns.

The Brevo team
""",
  shape="alt",
  hdr={"List-Id": "Brevo account notices <account.brevo.com>",
       "List-Unsubscribe": "<https://app.brevo.com/settings/notifications>",
       "Precedence": "bulk"}),

R("en-neg-systemeio-weekly-report", "en", [],
  "Systeme.io <no-reply@systeme.io>",
  "Your weekly summary",
  """\
Hello Sandra,

Here's what happened on your account this week:

New contacts: 23
Sales: 4 (€612.00)
Unsubscribes: 2
Course completions: 5

See you next week,
The Systeme.io team
""",
  shape="alt",
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe/weekly>",
       "List-Id": "<weekly.systeme.io>", "Precedence": "bulk"}),

R("en-neg-linkedin-message-notification", "en", [],
  "LinkedIn <messages-noreply@linkedin.com>",
  "Sarah just messaged you",
  """\
Sarah Whitmore
Head of People at Northgate Digital

"Hi Sandra, would you be open to running a resilience workshop for our Dublin team
in the spring?"

View message

This email was intended for Sandra Delomenie (Coach & Trainer).
Unsubscribe | Help
""",
  shape="html",
  hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/v2/unsubscribe>",
       "Precedence": "bulk"}),

# ------------------------------------------------------------------ auto-replies, bounces
R("en-neg-ooo-uk", "en-GB", [],
  "Rebecca Hollis <rebecca.hollis@btinternet.com>",
  "Automatic reply: Your data request",
  """\
Thank you for your email. I'm currently out of the office with limited access to
email until Monday 8 September. I'll respond as soon as possible on my return.

Kind regards,
Rebecca
""",
  reply=True,
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
       "X-Auto-Response-Suppress": "All"}),

R("en-neg-ooo-ireland-bank-holiday", "en-IE", [],
  "Declan Byrne <declan.byrne@eircom.net>",
  "Out of Office",
  """\
Hi,

I'm off until Tuesday after the bank holiday weekend. If it's urgent, ring the office
on 021 000 0000.

Declan
""",
  hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

R("en-neg-bounce-gmail", "en", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """\
Address not found

Your message wasn't delivered to tom.ashbey@gmail.com because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""",
  shape="bounce",
  hdr={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="mx.google.com", rcpt="tom.ashbey@gmail.com",
              diag="550-5.1.1 The email account that you tried to reach does not exist.",
              orig_subj="Re: Data",
              orig_body="Hi Tom,\nI confirm your data has been deleted.\nBest wishes,\nSandra\n")),

R("en-neg-bounce-outlook-blocked", "en", [],
  "Microsoft Outlook <postmaster@outlook.com>",
  "Undeliverable: Workshop materials - Finding Your Voice",
  """\
Delivery has failed to these recipients or groups:

priya.raman@outlook.co
The domain name in the email address is incorrect. Check the address.
""",
  shape="bounce",
  hdr={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="AM0PR04MB1234.eurprd04.prod.outlook.com", rcpt="priya.raman@outlook.co",
              status="5.4.310",
              diag="550 5.4.310 DNS domain outlook.co does not exist",
              orig_subj="Workshop materials - Finding Your Voice",
              orig_body="Hi Priya,\nPlease find the workbook link below.\nSandra\n")),

# ------------------------------------------------------------------ spam / phishing / vendor notices
R("en-neg-phishing-paypal", "en", [],
  "PayPal Security <security@paypal-resolution-centre.com>",
  "Your account has been limited",
  """\
Dear Customer,

We've noticed unusual activity on your PayPal account. To comply with GDPR
regulations, you must confirm your identity within 24 hours, or your account and all
associated data will be permanently deleted.

Confirm your identity: http://paypal-resolution-centre.com/confirm

PayPal Inc.
""",
  shape="html"),

R("en-neg-spam-gdpr-fine-warning", "en", [],
  "GDPR Compliance Team <alerts@gdpr-audit-europe.net>",
  "Final notice: GDPR non-compliance detected on floraisondesoi.fr",
  """\
Dear Business Owner,

Our automated scan found 7 GDPR violations on floraisondesoi.fr, including a missing
cookie consent log and no Data Processing Register. Fines can reach EUR 20 million.

Book your compliance review today for only EUR 299.

To opt out of further communications, reply REMOVE.
""",
  shape="html"),

R("en-neg-vendor-stripe-dpa-update", "en", [],
  "Stripe <notifications@stripe.com>",
  "Updates to the Stripe Data Processing Agreement",
  """\
Hello,

We're writing to let you know that we are updating the Stripe Data Processing
Agreement (DPA) and our list of sub-processors, effective 1 April 2026. You don't
need to take any action; continued use of Stripe services constitutes acceptance.

You can review the updated DPA at stripe.com/legal/dpa.

Stripe Payments Europe, Limited, 1 Grand Canal Street Lower, Dublin 2, Ireland
""",
  shape="alt",
  hdr={"List-Unsubscribe": "<https://dashboard.stripe.com/settings/communication-preferences>",
       "Precedence": "bulk"}),

R("en-neg-vendor-zoom-privacy-statement", "en", [],
  "Zoom <privacy-notices@zoom.us>",
  "We've updated our Privacy Statement",
  """\
Hi Sandra,

We've updated the Zoom Privacy Statement to give you more clarity about how we
collect, use and share personal data, including how AI Companion features process
meeting content. The changes take effect on 15 November 2025.

Read the updated Privacy Statement.

Zoom Communications, Inc.
""",
  shape="html",
  hdr={"List-Unsubscribe": "<https://zoom.us/unsubscribe>", "Precedence": "bulk"}),

# ------------------------------------------------------------------ questions about rights
# NEAR-LINE: asks how long an erasure would take, does not ask for it -> negative.
R("en-neg-question-how-erasure-works", "en-GB", [],
  "Lauren Pike <lauren.pike@gmail.com>",
  "Quick question before I sign up",
  """\
Hi Sandra,

Before I sign up for the six-month programme: if I later asked you to delete my
data, how long would that take, and would it include the session notes? Just want to
understand how it works - not asking you to do anything now!

Thanks,
Lauren
"""),

R("en-neg-question-what-rights-notes", "en-IE", [],
  "Niamh Brennan <niamh.brennan@gmail.com>",
  "Session notes - general question",
  """\
Hi Sandra,

I'm training as a coach myself and I'm curious: what rights do clients have under
GDPR over session notes? Can a client ask to see them, or are they considered the
coach's own working notes? Would love to know how you handle it in practice.

Niamh
"""),

# ------------------------------------------------------------------ cancellations, logins, account
R("en-neg-cancel-workshop", "en-GB", [],
  "Gemma Hart <gemma.hart@gmail.com>",
  "Can't make Saturday",
  """\
Hi Sandra,

I'm so sorry but I have to cancel my place at Saturday's workshop - my flight to
Paris has been moved. Could I transfer to the next one in spring?

Gemma
"""),

R("en-neg-cancel-subscription", "en", [],
  "Priya Raman <priya.raman@outlook.com>",
  "Monthly membership",
  """\
Hello,

Please cancel my monthly membership from the end of this month. I'll keep my access
until then.

Thanks,
Priya
"""),

R("en-neg-password-reset-not-arriving", "en-GB", [],
  "Oliver Grant <oliver.grant@gmail.com>",
  "Can't log in",
  """\
Hi Sandra,

I've tried to reset my password on the course platform three times and the reset
email never arrives (checked spam). Could you have a look?

Oliver
"""),

# NEAR-LINE: "close my account" alone, no data mentioned -> negative.
R("en-neg-close-account-alone", "en-GB", [],
  "Jenny Marsh <jenny.marsh.coaching@gmail.com>",
  "Close my account",
  """\
Hi, please close my account. Thanks, Jenny
"""),

R("en-neg-withdraw-from-training-illness", "en-IE", [],
  "Aoife McGillicuddy <aoife.mcgillicuddy@gmail.com>",
  "Withdrawing from the November training",
  """\
Hi Sandra,

Unfortunately I need to withdraw from the November training for health reasons. Is
a refund possible, or can I carry my place over to next year?

Aoife
"""),

# ------------------------------------------------------------------ third-party data, HR, partners
R("en-neg-hr-employee-feedback", "en-GB", [],
  "Northgate Digital People Team <people@northgatedigital.co.uk>",
  "Resilience workshop - participant feedback",
  """\
Dear Sandra,

Thanks again for running the resilience workshop for our team last month. For our
records, could you send us the individual feedback forms and any notes you made on
Tom Baxter and Leah Morgan? Their managers would find it useful for their reviews.

Best wishes,
Sarah Whitmore
Head of People, Northgate Digital

This email and any attachments are confidential and intended solely for the
addressee.
"""),

R("en-neg-partner-asks-about-wife", "en-GB", [],
  "Richard Dawson <richard.dawson@gmail.com>",
  "My wife's sessions",
  """\
Hello,

My wife, Claire Dawson, has been seeing you for coaching. Could you tell me whether
she has actually been attending her sessions and what she's been working on? I'm
paying for them after all.

Richard Dawson
"""),

R("en-neg-dpo-partner-privacy-notice", "en-GB", [],
  "Data Protection Officer - Meridian Learning <dpo@meridianlearning.co.uk>",
  "Privacy notice for associate trainers",
  """\
Dear Associate,

As an associate trainer delivering programmes for Meridian Learning, we process your
personal data (name, contact details, bank details, CV and delegate feedback) for
contract management and quality assurance. Our updated privacy notice for associates
is attached. No action is required.

If you have any questions, please contact the DPO at this address.

Meridian Learning Ltd, Data Protection Office
""",
  att=[("pdf", "Meridian_Associate_Privacy_Notice_2026.pdf", "MERIDIAN LEARNING LTD\nPrivacy notice for associate trainers (2026)\nLawful basis: contract (Art. 6(1)(b) UK GDPR)")]),

# ------------------------------------------------------------------ thanks, consent, complaint copy
R("en-neg-thanks-above-quoted-deletion", "en-GB", [],
  "Tom Ashby <tom.ashby@gmail.com>",
  "Re: Data",
  """\
Brilliant, thanks for sorting that so quickly.

Tom

On Tue, 17 Jun 2025 at 14:05, Sandra Delomenie <contact@floraisondesoi.fr> wrote:
> Hi Tom,
>
> I confirm that your data has been deleted from my files, the course platform and
> the mailing list. Only invoices are kept, as required by French law.
>
> Best wishes,
> Sandra
>
> On Mon, 16 Jun 2025 at 09:12, Tom Ashby <tom.ashby@gmail.com> wrote:
>> Please delete all my data. Thanks.
""",
  reply=True),

R("en-neg-consent-testimonial-yes", "en-IE", [],
  "Ciara Doyle <ciara.doyle@gmail.com>",
  "Re: Would you share a few words?",
  """\
Hi Sandra,

Of course! You're very welcome to use my testimonial on the website with my first
name and my photo. Here it is:

"Working with Sandra gave me the clarity and courage to change direction. I can't
recommend her enough."

Ciara
""",
  shape="alt",
  reply=True,
  att=[("jpg", "ciara_headshot.jpg")]),

R("en-neg-consent-recording-yes", "en-GB", [],
  "Graham Whitfield <g.whitfield@btinternet.com>",
  "Recording consent",
  """\
Hi Sandra,

Just confirming I'm happy for Thursday's group session to be recorded and shared in
the replay library for participants.

Best,
Graham
"""),

R("en-neg-complaint-copy-cnil", "en-GB", [],
  "Mark Pennington <mark.pennington@yahoo.co.uk>",
  "Complaint lodged with the CNIL",
  """\
Ms Delomenie,

As I have not received a satisfactory reply, I have today lodged a complaint with the
CNIL regarding the marketing emails I received from you. For transparency, a copy of
my complaint is attached.

Mark Pennington
""",
  att=[("pdf", "CNIL_complaint_copy.pdf", "CNIL - Online complaint (copy)\nComplainant: Mark PENNINGTON\nOrganisation: Floraison de Soi\nSubject: unsolicited marketing emails")]),

# ------------------------------------------------------------------ trigger words, everyday business
R("en-neg-invoice-copy-employer", "en-GB", [],
  "Rachel Ng <rachel.ng@outlook.com>",
  "Invoice for my employer",
  """\
Hi Sandra,

Could you send me a copy of the invoice for the leadership programme? My employer is
reimbursing it and finance need it with the company name on it: Harbourside Health
Ltd.

Thanks,
Rachel
"""),

R("en-neg-export-schedule-outlook", "en", [],
  "Katrin Vogel <katrin.vogel@web.de>",
  "",
  """\
Hello Sandra,

is it possible to export the session schedule of the online programme to Outlook? I
always forget the dates. An ics file would be great.

Best regards
Katrin
"""),

R("en-neg-venue-access-step-free", "en-GB", [],
  "Margaret Ellison <margaret.ellison@btinternet.com>",
  "Access to the venue",
  """\
Dear Sandra,

I use a walking frame. Is there step-free access to the room in Issoudun for the
retreat, and is there an accessible toilet?

Kind regards,
Margaret
"""),

R("en-neg-reschedule-irish", "en-IE", [],
  "Eoin Gallagher <eoin.gallagher@gmail.com>",
  "Re: Our call on Thursday",
  """\
Hi Sandra,

Any chance we could push Thursday's call to Friday morning? Work's gone a bit mad
this week. Same time works for me.

Cheers,
Eoin

On Mon, 9 Feb 2026 at 16:22, Sandra Delomenie <contact@floraisondesoi.fr> wrote:
> Hi Eoin, looking forward to our call on Thursday at 10:00 Irish time. Sandra
""",
  reply=True),

R("en-neg-manager-objects-timing", "en-GB", [],
  "Samuel Hirst <sam.hirst@gmail.com>",
  "Programme timing",
  """\
Hi Sandra,

My manager objects to me doing the course during working hours. Are there evening or
weekend cohorts planned for the autumn?

Sam
"""),

R("en-neg-gdpr-training-topic", "en-GB", [],
  "Sarah Whitmore <sarah.whitmore@northgatedigital.co.uk>",
  "Workshop for our Dublin team",
  """\
Hi Sandra,

Following up on my LinkedIn message: we'd love a half-day resilience workshop for our
Dublin team in March. Our L&D lead also asked whether you cover "GDPR awareness for
people managers" - I suspect that's not your area, but worth asking!

Could you send a proposal with dates and fees?

Best,
Sarah
"""),

R("en-neg-sent-own-export-attached", "en", [],
  SANDRA,
  "Your data export",
  """\
Hi Lauren,

As requested, please find attached the data you provided (intake form, goal sheets,
quiz answers and course progress) in CSV format.

Best wishes,
Sandra Delomenie
Floraison de Soi - Coaching & Training
""",
  to="Lauren Pike <lauren.pike@gmail.com>", reply=True,
  att=[("csv", "lauren_pike_export.csv", "field,value\nfirst_name,Lauren\nlast_name,Pike\ngoal_1,Speak up in team meetings\nmodule_1,completed\nmodule_2,completed\nmodule_3,in progress\n")]),

R("en-neg-retreat-enquiry", "en-GB", [],
  "Alice Montgomery <alice.montgomery@gmail.com>",
  "Retreat in May",
  """\
Hello Sandra,

A friend recommended your spring retreat. Is it suitable for someone with no French?
And is accommodation included in the price, or should I book separately in Issoudun?

Many thanks,
Alice
"""),

]

# Pinned dates (Paris wall clock) where the text or quoted history names a date.
_DATES = {
    'en-neg-zoom-recording-available': '2025-10-14 19:40',
    'en-neg-calendly-canceled': '2026-02-03 21:12',
    'en-neg-thanks-above-quoted-deletion': '2025-06-17 16:31',
    'en-neg-reschedule-irish': '2026-02-10 08:05',
    'en-neg-bounce-gmail': '2025-06-17 14:06',
    'en-neg-sent-own-export-attached': '2025-09-15 16:20',
    'en-neg-question-how-erasure-works': '2025-03-10 12:44',
    'en-neg-ooo-uk': '2025-08-29 10:03',
    'en-neg-vendor-stripe-dpa-update': '2026-02-25 18:00',
    'en-neg-vendor-zoom-privacy-statement': '2025-10-15 02:10',
    'en-neg-gdpr-training-topic': '2025-12-03 11:26',
    'en-neg-linkedin-message-notification': '2025-12-01 09:58',
}

for _r in RECORDS:
    if _r["key"] in _DATES:
        _r["date"] = _DATES[_r["key"]]
