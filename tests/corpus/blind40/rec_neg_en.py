"""English negatives."""
from recbase import *

RECORDS = [

# ------------------------------------------------------------------ ordinary mail with trigger words
R("en.us.neg-delete-duplicate-booking", [],
  "Megan Price <megan.price@gmail.com>",
  "Duplicate booking",
  """Hi Sandra,

Looks like I booked Friday 10am twice by accident. Could you delete the duplicate? I only
need the one slot.

Thanks!
Megan
"""),

# NEAR-LINE: "remove me from the Thursday group" moves a workshop group, not a mailing list.
R("en.uk.neg-remove-from-thursday-group", [],
  "Hannah Wright <hannah.wright@gmail.com>",
  "Thursday group",
  """Hi Sandra,

Could you remove me from the Thursday evening group and put me in the Monday one instead?
My shifts have changed. Happy to swap with someone if it's full.

Thanks,
Hannah
"""),

# NEAR-LINE: access to course recordings (content), not to her personal data.
R("en.nn.neg-access-recordings", [],
  "Marta Kowalczyk <marta.kowalczyk@onet.pl>",
  "Access to recordings",
  """Hello Sandra,

I missed the last two sessions of the training because of illness. Can I get access to the
recordings of module 4 and 5? I paid for the full programme.

Thank you,
Marta
"""),

R("en.us.neg-invoice-copy-employer", [],
  "Jason Miller <jason.miller@acme-logistics-example.com>",
  "Invoice for reimbursement",
  """Hi Sandra,

My employer will reimburse the leadership programme. Could you send me a copy of the
invoice with our company name on it (Acme Logistics Inc.)?

Best,
Jason Miller
Operations Manager | Acme Logistics
""" + "\n" + DISC_EN + "\n",
  shape="alt", html_style="outlook", logo=True),

R("en.uk.neg-correct-typo-workbook", [],
  "Eleanor Hughes <eleanor.hughes@gmail.com>",
  "Small typo in the workbook",
  """Hi Sandra,

Not urgent at all, but there's a typo on page 12 of the English workbook: "your values
are you compass" should be "your compass". Thought you'd want to correct the document
before the next cohort.

Loving the programme so far!
Eleanor
"""),

R("en.nn.neg-withdraw-from-training", [],
  "Stefan Müller <stefan.mueller@t-online.de>",
  "Withdraw from training",
  """Dear Mrs Delomenie,

Unfortunately I must withdraw from the training in May because my company did not approve
my holidays. Is it possible to get the money back or to move to the autumn session?

Best regards
Stefan Müller
"""),

R("en.us.neg-personal-data-exercise", [],
  "Ashley Turner <ashley.turner@gmail.com>",
  "Week 3 exercise",
  """Hi Sandra,

Here's my week 3 exercise - I tracked my energy levels for 7 days like you asked. The data
is a bit all over the place, I think the night shift skews everything. Can we talk about it
on Thursday?

Ashley
""",
  att=[("csv", "energy_log_week3.csv", "day,morning,afternoon,evening\nMon,6,4,3\nTue,7,5,4\nWed,3,3,6\nThu,5,6,5\nFri,8,6,4\nSat,7,7,6\nSun,6,5,5\n")]),

R("en.uk.neg-object-to-price-rise", [],
  "Graham Turner <graham.turner@btinternet.com>",
  "Price increase",
  """Dear Sandra,

I must say I object rather strongly to the 20% increase in the monthly membership. I've been
a loyal member for two years. Is there any chance of keeping the old rate for existing
members?

Regards,
Graham
"""),

R("en.us.neg-consent-form-question", [],
  "Brittany Cole <brittany.cole@yahoo.com>",
  "Consent form for the retreat",
  """Hi Sandra!

The registration for the retreat asks for a signed consent form about the outdoor
activities. Is there a digital version I can sign, or do I need to print and scan it?

Excited to come!!
Brittany
"""),

# ------------------------------------------------------------------ cancellations / login / account
R("en.uk.neg-cancel-workshop", [],
  "Sophie Bennett <sophie.bennett@outlook.com>",
  "Cancelling my workshop place",
  """Hi Sandra,

I'm so sorry but I need to cancel my place on the 21 March workshop - family emergency.
Please let me know about refund options.

Sophie
"""),

R("en.us.neg-cancel-membership", [],
  "Chris Parker <chris.parker@gmail.com>",
  "Cancel membership",
  """Hi, please cancel my monthly membership to the Find Your Spark program, effective
immediately. Thanks.
Chris
"""),

R("en.nn.neg-password-not-working", [],
  "Elena Rossi <elena.rossi@gmail.com>",
  "cannot login",
  """Hello,

I try to login in the course platform but it says my password is wrong. I reset it two
times already. Can you help me please?

Elena
""" + "\n" + IPHONE_EN + "\n"),

# NEAR-LINE: 'close my account' alone -> negative.
R("en.uk.neg-close-account", [],
  "Paul Edwards <paul.edwards@gmail.com>",
  "Account",
  "Hi, could you close my account please? Thanks, Paul\n"),

R("en.us.neg-access-my-portal", [],
  "Amber Lewis <amber.lewis@icloud.com>",
  "Can't get into my member area",
  """Hi Sandra,

I can't access my member area since you moved platforms - the old link just loops back to
the login page. Could you resend my access details?

Thanks,
Amber
"""),

# ------------------------------------------------------------------ questions about rights
# NEAR-LINE: general question about retention and deletion; nothing is requested.
R("en.uk.neg-question-how-long-keep", [],
  "Rachel Adams <rachel.adams@gmail.com>",
  "Question about your privacy policy",
  """Hello Sandra,

Before I sign up: how long do you keep session notes after a coaching programme ends? And
if I wanted them deleted later on, how would that work?

Thanks,
Rachel
"""),

R("en.us.neg-coach-colleague-portability", [],
  "Melissa Young <melissa@youngcoaching-example.com>",
  "GDPR question from a fellow coach",
  """Hi Sandra,

We met at the ICF event in Paris. I'm setting up my practice in Lyon and I'm confused about
data portability - if a client asks, do I have to give them my session notes or only the
forms they filled in? How do you handle it?

Would love your take,
Melissa
"""),

# ------------------------------------------------------------------ complaints / other's data
# NEAR-LINE: copy of a complaint to the CNIL -> negative.
R("en.uk.neg-copy-ico-complaint", [],
  "Derek Holmes <derek.holmes@gmail.com>",
  "Copy of my complaint",
  """FYI - below is the complaint I have sent to the French data protection authority (CNIL)
via their online form, since you haven't replied to my emails.

---
I have received marketing emails from Floraison de Soi (Issoudun) despite never having
signed up. I asked them to stop on two occasions.
---

Derek Holmes
"""),

# NEAR-LINE: spouse asks about a living adult's data -> negative.
R("en.us.neg-wife-asks-husband", [],
  "Karen Foster <karen.foster@gmail.com>",
  "My husband's sessions",
  """Hi Sandra,

My husband Mark has been doing coaching with you. I'm worried about him. Could you tell me
what information you have about him and what he's been talking about? I think it would
help me support him.

Karen
"""),

# NEAR-LINE: employer HR asks about an employee's sessions -> another adult's data -> negative.
R("en.uk.neg-hr-attendance", [],
  "HR Shared Services <hr.services@northbank-group-example.co.uk>",
  "Attendance confirmation - employee coaching",
  """Dear Ms Delomenie,

As part of our sponsored coaching scheme, please could you confirm how many sessions our
employee, Mr James Porter, has attended to date, and provide any progress notes for his
file?

Kind regards,
HR Shared Services
Northbank Group plc

""" + DISC_EN + "\n",
  shape="alt", html_style="outlook"),

# ------------------------------------------------------------------ thank-yous above handled requests
R("en.us.neg-thanks-after-deletion", [],
  "Carlos Mendez <carlos.mendez@yahoo.com>",
  "Re: Delete my data",
  """Great, thank you!
""" + gmail_en("Thu, 12 Jun 2025 at 10:03", "Sandra Delomenie <contact@floraisondesoi.fr>",
  """Hi Carlos,

Your account and all associated data have been deleted. Invoices are kept for 10 years
as required by French law.

Best,
Sandra

On Wed, 11 Jun 2025 at 22:41, Carlos Mendez <carlos.mendez@yahoo.com> wrote:
> Please delete my account and all my data. Thank you."""),
  date="2025-06-12", reply=True),

R("en.uk.neg-thanks-for-export", [],
  "Ben Thornton <ben.thornton@gmail.com>",
  "Re: Data export",
  """Perfect, got the CSV and it imported fine. Cheers Sandra!

Ben
""" + apple_en("4 Dec 2025, at 14:22", "Sandra Delomenie <contact@floraisondesoi.fr>",
  """Hi Ben,
Attached is your intake form and check-in history as CSV.
Sandra"""),
  date="2025-12-04", reply=True),

R("en.nn.neg-giving-consent-testimonial", [],
  "Marieke Janssen <marieke.janssen@gmail.com>",
  "Re: Would you share a few words?",
  """Hello Sandra,

Yes of course, you may use my testimonial on your website and on Instagram, with my first
name and country. Here it is:

"Sandra helped me find clarity in a very confusing period. I recommend her warmly."

Marieke
"""),

# ------------------------------------------------------------------ auto-replies / bounces
R("en.uk.neg-out-of-office", [],
  "Helen Pritchard <h.pritchard@nhs-trust-example.nhs.uk>",
  "Automatic reply: Your data deletion request",
  """Thank you for your email. I am currently on annual leave, returning Monday 1st September.
I will have limited access to email. For urgent clinical matters please contact the CNS
team on 0117 496 0000.

Helen
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], reply=True),

R("en.us.neg-ticket-autoreply", [],
  "Zoom Support <support@zoom.us>",
  "We've received your request [#20931455]",
  """Hi Sandra,

Thanks for contacting Zoom Support. Your request (#20931455) has been received and is being
reviewed by our support staff. To add additional comments, reply to this email.

This is an automated message.
""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], reply=True),

R("en.us.neg-bounce-gmail", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to jenna.kowalski@gmial.com because the domain gmial.com
couldn't be found. Check for typos or unnecessary spaces and try again.
""",
  to=SANDRA, shape="report",
  report=dict(mta="mail-sor-f69.google.com", rcpt="jenna.kowalski@gmial.com", status="5.1.2",
              diag="DNS Error: Domain name not found", orig_subject="Re: quick question re: my info",
              orig_from=SANDRA, remote="gmial.com")),

# ------------------------------------------------------------------ notifications
R("en.us.neg-stripe-payout", [],
  "Stripe <notifications@stripe.com>",
  "Your payout of €1,284.50 is on the way",
  """Your payout of €1,284.50 is on the way to your bank account ending in 0412.
It should arrive by Tuesday, 14 October 2025.

View payout details in your Dashboard.

You're receiving this email because you're an administrator of Floraison de Soi.
""",
  shape="alt", html_style="news",
  headers=[("List-Unsubscribe", "<https://dashboard.stripe.com/settings/user?unsubscribe=payouts>")]),

R("en.us.neg-stripe-dispute", [],
  "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a €90.00 payment (Kevin O'Brien).

Reason: product not received
Respond by: 28 November 2025

Submit evidence in the Dashboard. If you don't respond, the dispute will be lost.
""",
  shape="alt", html_style="news"),

R("en.us.neg-calendly-new-event", [],
  "Calendly <notifications@calendly.com>",
  "New Event: Kevin O'Brien - 60 Minute Coaching Session",
  """Hi Sandra,

A new event has been scheduled.

Event Type: 60 Minute Coaching Session
Invitee: Kevin O'Brien
Invitee Email: kevin.obrien@comcast.net
Event Date/Time: 5:00pm - 6:00pm, Thursday, November 6, 2025 (Central European Time)

View event in Calendly
""",
  shape="alt", html_style="news",
  att=[("ics", "invite.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:calendly-ev-98431@calendly.com\nDTSTAMP:20251101T120000Z\nDTSTART:20251106T160000Z\nDTEND:20251106T170000Z\nSUMMARY:Kevin O'Brien and Sandra Delomenie\nEND:VEVENT\nEND:VCALENDAR\n")]),

R("en.us.neg-google-storage", [],
  "Google <storage-noreply@google.com>",
  "Your Google storage is 90% full",
  """Your storage is almost full

contact@floraisondesoi.fr is using 13.5 GB of 15 GB. Once you run out of space, you won't
be able to upload new files to Google Drive or send and receive emails in Gmail.

Free up space or get more storage with Google One.
""",
  to=SANDRA, shape="html", html_style="news",
  headers=[("List-Unsubscribe", "<https://myaccount.google.com/unsubscribe>")]),

R("en.us.neg-canva-newsletter", [],
  "Canva <marketing@engage.canva.com>",
  "🎨 New templates for coaches and wellness pros",
  """Fresh templates just dropped!

Workshop flyers, Instagram carousels and client workbooks - all customizable in minutes.

Explore templates

You're receiving this email because you signed up for Canva. Unsubscribe | Privacy policy
""",
  shape="alt", html_style="news",
  headers=[("List-Id", "Canva Marketing <marketing.engage.canva.com>"),
           ("List-Unsubscribe", "<https://www.canva.com/unsubscribe?u=exemple>, <mailto:unsub@engage.canva.com>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),

R("en.us.neg-brevo-export-ready", [],
  "Brevo <no-reply@brevo.com>",
  "Your contacts export is ready",
  """Hello Sandra,

The export of your contact list "Newsletter mensuelle" (412 contacts) is ready.
Download it within 7 days: https://app.brevo.com/contact/export

The Brevo team
""",
  shape="alt", html_style="news"),

R("en.us.neg-zoom-privacy-update", [],
  "Zoom <no-reply@zoom.us>",
  "Updates to Zoom's Privacy Statement",
  """Hello,

We're writing to let you know that we've updated our Privacy Statement, effective 1 May
2026. These updates clarify how we process data in AI Companion features and list our
sub-processors. You don't need to do anything.

Zoom Communications, Inc.
""",
  shape="html", html_style="news",
  headers=[("List-Unsubscribe", "<https://zoom.us/unsubscribe>"), ("Precedence", "bulk")]),

R("en.us.neg-google-subprocessors", [],
  "Google Workspace <workspace-noreply@google.com>",
  "[Action not required] Update to Google Workspace subprocessor list",
  """Dear Google Workspace Administrator,

We're writing to inform you of an update to the list of subprocessors for Google Workspace
under the Cloud Data Processing Addendum. You can review the updated list at
workspace.google.com/terms/subprocessors.

If you object to a new subprocessor, you may terminate your agreement as described in the
Addendum.

Google LLC
""",
  to=SANDRA, shape="alt", html_style="news"),

R("en.uk.neg-linkedin-searches", [],
  "LinkedIn <notifications-noreply@linkedin.com>",
  "Sandra, you appeared in 9 searches this week",
  """You appeared in 9 searches this week

See who's looking at your profile: coaches, HR managers and training organisations.

Unsubscribe from these notifications.
""",
  to=SANDRA_O, shape="alt", html_style="news",
  headers=[("List-Unsubscribe", "<https://www.linkedin.com/psettings/unsubscribe>")]),

# ------------------------------------------------------------------ phishing / compliance spam
R("en.us.neg-phish-stripe-suspended", [],
  "Stripe Support <support@stripe-account-verify-example.net>",
  "Action required: your Stripe account has been suspended",
  """Dear merchant,

Due to unusual activity, your Stripe account has been temporarily suspended and payouts are
on hold. Verify your identity within 24 hours to avoid permanent deletion of your account
and data:

http://stripe-verify-example.net/secure

Stripe Security Team
""",
  shape="html", html_style="simple"),

R("en.us.neg-spam-gdpr-audit", [],
  "Jordan from ComplyFast <jordan@complyfast-example.io>",
  "Is floraisondesoi.fr GDPR compliant? (free audit)",
  """Hi Sandra,

I ran a quick scan of floraisondesoi.fr and found 7 potential GDPR issues (cookie banner,
missing DPA links, data subject request workflow).

Want the full report? It's free - just reply "yes".

Jordan
ComplyFast - GDPR on autopilot
""",
  headers=[("List-Unsubscribe", "<mailto:unsubscribe@complyfast-example.io>")]),

# ------------------------------------------------------------------ Sandra's own mail / chatty
R("en.uk.neg-sandra-sent-session-confirm", [],
  SANDRA,
  "Your session on Thursday",
  """Hi Fiona,

Lovely to hear from you! Confirming our catch-up call on Thursday at 6pm French time (5pm
in Scotland). I'll send the Zoom link on the day.

Feel free to delete the old link I sent in March, it won't work anymore.

Warmly,
""" + SIG_SANDRA + "\n",
  to="Fiona MacLeod <fiona.macleod@outlook.com>"),

R("en.us.neg-chatty-update", [],
  "Jenna Kowalski <jenna.kowalski@gmail.com>",
  "update + a funny story",
  """Hi Sandra!!

So you'll never guess - I finally had the conversation with my manager using the script we
practised. She said yes to the four-day week!! I still can't believe it.

Also my kid's school sent home a form about "data privacy at school" and I thought of your
little RGPD rant during our last call, haha.

No need to reply, just wanted to share the win. Talk soon!
Jenna
"""),
]
