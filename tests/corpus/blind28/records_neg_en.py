# -*- coding: utf-8 -*-
"""blind28 - English negatives (human mail and automated mail)."""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


def LU(url, lid=None, extra=None):
    hd = {"List-Unsubscribe": "<%s>" % url, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          "Precedence": "bulk"}
    if lid:
        hd["List-Id"] = lid
    if extra:
        hd.update(extra)
    return hd


R(key="en-neg-long-life-news-deleted-apps", rights=[], lang="en",
  frm="Helen Carmichael <helen.carmichael@gmail.com>", date="2025-04-06 19:22",
  subject="An update (and a booking)",
  body="""Dear Sandra,

I promised I'd write with news, so here it is.

Work: I finally had the conversation with my director. I used the "facts, feelings, request" structure and she actually listened. I'm moving to a four-day week from June.

Home: I've deleted the work email app from my phone, and I've asked my husband to correct me (gently!) whenever I check my laptop after 8pm. He's enjoying that role slightly too much.

Family: my sister and I are speaking again. We agreed to withdraw from the argument about Mum's house until the summer, which felt like a grown-up decision.

Could we book a session for late April? Any Tuesday or Thursday afternoon would suit.

With gratitude,
Helen""", shape="alt")

R(key="en-neg-cancel-session", rights=[], lang="en",
  frm="Mark Sullivan <mark.sullivan@outlook.com>", date="2025-09-15 07:31",
  subject="Cancelling Wednesday",
  body="""Hi Sandra,

I'm really sorry but I have to cancel our session on Wednesday - my daughter's school has called me in for a meeting. Could we find another slot next week?

Mark""", shape="8bit")

R(key="en-neg-password-reset", rights=[], lang="en",
  frm="Janet Ruiz <janet.ruiz@yahoo.com>", date="2025-02-22 16:48",
  subject="Can't log in to the course",
  body="""Hello Sandra,

I can't log in to my course account. I've reset my password twice but the link in the email says "expired" each time. Could you help me get access again? I'm halfway through module 2 and don't want to lose my progress.

Thanks,
Janet""", shape="8bit")

# NEAR-LINE: "close my account" with no mention of data -> negative per policy.
R(key="en-neg-close-my-account-alone", rights=[], lang="en",
  frm="Tim Harding <tim.harding@gmail.com>", date="2025-07-22 12:05",
  subject="Account",
  body="""Hi,

Please close my account on the course platform, I've finished and won't be using it again.

Thanks for a great course.

Tim""", shape="8bit")

R(key="en-neg-question-am-i-entitled", rights=[], lang="en",
  frm="Sophie Lang <sophie.lang@gmail.com>", date="2025-10-14 21:30",
  subject="GDPR question",
  body="""Hi Sandra,

A bit of a random question. I'm thinking about leaving Facebook entirely, and it made me wonder about your side. If I ever stopped coaching with you, would I be entitled to ask you to delete my session notes? Or do you have to keep them for a certain time like doctors do?

Not asking for anything now - I'm very happy with our sessions! Just curious how it works.

See you on the 21st,
Sophie""", shape="8bit")

R(key="en-neg-cc-cnil-complaint", rights=[], lang="en",
  frm="Robert Haines <robert.haines@gmail.com>", date="2025-12-05 10:40",
  subject="Copy: complaint filed with the CNIL",
  body="""Ms Delomenie,

For your records, I have today filed a complaint with the CNIL (reference pending) regarding the lack of response to my data access request of 15 October. A copy of the complaint text is below.

"I requested a copy of my personal data from Floraison de Soi (Issoudun) on 15 October 2025. No response has been received within the legal time limit. I ask the CNIL to examine this matter."

Robert Haines""", shape="8bit")

R(key="en-neg-husband-asks-wife-file", rights=[], lang="en",
  frm="Michael Dunn <michael.dunn@btinternet.com>", date="2025-06-17 09:14",
  subject="My wife's sessions",
  body="""Dear Sandra,

My wife Claire has been seeing you for a few months. I'm worried she's been talking about our marriage and I'd like to know what's in her file. Could you send me a copy of her notes, or at least tell me what information you hold on her?

I'm happy to pay for your time.

Michael Dunn""", shape="8bit")

# NEAR-LINE: an HR manager asks to delete a former employee's data -> another living adult,
# negative per policy.
R(key="en-neg-manager-delete-employee-data", rights=[], lang="en",
  frm="Karen Whitfield <k.whitfield@northgate-engineering.com>", date="2026-01-12 14:25",
  subject="Tom Archer - leadership programme",
  body="""Hi Sandra,

Tom Archer, one of my team leads who was on the leadership programme, has left the company. Please delete his data and his 360 feedback from your records - we don't want anything lingering.

Also, can we confirm the next cohort for March? I'll have five people.

Karen Whitfield
HR Business Partner, Northgate Engineering""")

R(key="en-neg-thanks-above-quoted-export", rights=[], lang="en",
  frm="Jenna Whitaker <jenna.whitaker@gmail.com>", date="2025-06-10 04:02",
  subject="Re: Loved the course! + export question",
  body="""Got it - the CSV imported into Notion perfectly. You're a star, thank you!

Jenna""",
  quote=dict(style="en", date="2025-06-09 17:15", text="""Hi Jenna,

Thank you so much for your lovely feedback, and for spotting the broken worksheet links - fixed now!

Please find attached your journal entries and quiz answers as a CSV file, as requested.

Warmly,
Sandra"""), shape="8bit")

R(key="en-neg-consent-to-photo", rights=[], lang="en",
  frm="Diane Foster <diane.foster@gmail.com>", date="2025-05-26 18:36",
  subject="Re: Photos from the retreat",
  body="""Hi Sandra,

Yes of course, you're welcome to use the photos I'm in, on the website and Instagram. And feel free to tag me (@diane.paints). I loved the retreat.

Diane""",
  quote=dict(style="en", date="2025-05-26 10:00", text="""Dear Diane,

I'd love to share a few photos from last weekend's retreat on the website and Instagram. Are you happy for me to use the ones you appear in? You can of course change your mind at any time.

Sandra"""), shape="8bit")

R(key="en-neg-invoice-company-vat", rights=[], lang="en",
  frm="Accounts Payable <ap@hallbridge-logistics.com>", date="2025-04-28 10:00",
  subject="Invoice INV-2025-031 - PO number missing",
  body="""Dear Supplier,

We are unable to process invoice INV-2025-031 as it does not reference a purchase order number. Please amend the invoice to include PO 4500188231 and resubmit to this address.

Kind regards,
Accounts Payable
Hallbridge Logistics France SAS""", shape="qp")

R(key="en-neg-course-feedback-delete-export-words", rights=[], lang="en",
  frm="Paul Ashworth <paul.ashworth@gmail.com>", date="2025-11-02 15:11",
  subject="Course feedback - module 3 onwards",
  body="""Hi Sandra,

A few notes on the English version of the course from module 3 onwards, in case they're useful:

- In lesson 3.2 the subtitles cut out at about 6 minutes.
- The "export your reflections" button only exports the first page.
- I accidentally deleted one of my journal entries and couldn't find an undo. Not a big deal, I rewrote it, but a confirmation prompt would help.
- The audio meditation in 3.4 is brilliant. I've listened to it every night this week.

Overall, a really thoughtful course. Thank you.

Paul""")

R(key="en-neg-autoreply-ooo", rights=[], lang="en",
  frm="Daniel O'Brien <daniel.obrien@hallbridge-logistics.com>", date="2025-08-04 09:00",
  subject="Automatic reply: Training dates for October",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-MS-Exchange-Inbox-Rules-Loop": "daniel.obrien@hallbridge-logistics.com"},
  body="""Thank you for your email. I'm on annual leave until 25 August with no access to email. For urgent operational matters please contact ops@hallbridge-logistics.com.

Daniel""", shape="qp")

R(key="en-neg-autoreply-with-gdpr-footer", rights=[], lang="en",
  frm="Lyle Consulting <info@lyleconsulting.com>", date="2025-08-27 07:46",
  subject="Re: Objection to direct marketing",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
  body="""Thank you for contacting Lyle Consulting. This is an automated acknowledgement. A member of our team will respond within two working days.

Privacy notice: we process the personal data in your message to respond to your enquiry. You can request access, correction or deletion of your data at privacy@lyleconsulting.com.""", shape="8bit")

R(key="en-neg-bounce-gmail", rights=[], lang="en",
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="Sandra Delomenie <floraisondesoi@gmail.com>",
  date="2025-03-07 11:30", subject="Delivery Status Notification (Failure)",
  headers={"Auto-Submitted": "auto-replied"}, shape="report",
  dsn=dict(rcpt="maggie.hollis@btinternet.co.uk", status="5.1.2", mta="mail-sor-f69.google.com",
           remote="btinternet.co.uk",
           diag="550 5.1.2 Host unknown: domain btinternet.co.uk does not exist",
           human="""Address not found

Your message wasn't delivered to maggie.hollis@btinternet.co.uk because the domain btinternet.co.uk couldn't be found. Check for typos or unnecessary spaces and try again.
""",
           orig_from="Sandra Delomenie <floraisondesoi@gmail.com>",
           orig_subject="Your copy of your data", orig_date="2025-03-07 11:29",
           orig_body="Dear Maggie,\n\nPlease find attached a copy of the data I hold about you, as requested.\n\nWarm wishes,\nSandra\n"))

R(key="en-neg-calendly-reminder", rights=[], lang="en",
  frm="Calendly <notifications@calendly.com>", date="2025-10-09 18:00",
  subject="Reminder: Coaching session (1h) with Charlotte Evans tomorrow",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Hi Sandra Delomenie,

This is a reminder that the following event is scheduled for tomorrow.

Event type: Coaching session (1h)
Invitee: Charlotte Evans
Date/time: 10:00am - Friday, October 10, 2025 (Central European Time)
Location: Zoom

Need to make changes? Reschedule or cancel from your Calendly dashboard.

Sent by Calendly""", shape="alt")

R(key="en-neg-zoom-webinar-registration", rights=[], lang="en",
  frm="Zoom <no-reply@zoom.us>", date="2026-01-14 12:09",
  subject="New registration: \"Gentle Assertiveness - live Q&A\"",
  headers={"Auto-Submitted": "auto-generated"},
  body="""Hi Sandra,

A new registrant has signed up for your webinar.

Topic: Gentle Assertiveness - live Q&A
Time: Jan 27, 2026 07:00 PM Paris
Registrant: Wendy Park (wendy.park@gmail.com)
Country: United States

Total registrants: 38

Manage registrants: https://zoom.us/webinar/list""", shape="html")

R(key="en-neg-stripe-dispute", rights=[], lang="en",
  frm="Stripe <notifications@stripe.com>", to="contact", date="2025-12-18 14:40",
  subject="A payment has been disputed",
  headers=LU("https://dashboard.stripe.com/settings/communication-preferences"),
  body="""A customer has disputed a payment of EUR 197.00.

Customer: jake.morgan92@gmail.com
Reason: Product not received
Respond by: January 2, 2026

Submit evidence: https://dashboard.stripe.com/disputes

Stripe Payments Europe, Ltd.""", shape="alt")

R(key="en-neg-google-workspace-terms", rights=[], lang="en",
  frm="The Google Workspace Team <workspace-noreply@google.com>", date="2025-08-14 17:00",
  subject="[Important] Updates to the Cloud Data Processing Addendum",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
  body="""Hello Administrator,

We're writing to let you know that we are updating the Cloud Data Processing Addendum (CDPA) for Google Workspace, effective September 15, 2025.

What's changing:
- Updated list of subprocessors
- Clarifications on how we assist customers in responding to data subject requests (access, rectification, erasure, restriction, portability and objection)

No action is required. Your continued use of the services constitutes acceptance.

Domain: floraisondesoi.fr

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""", shape="html")

R(key="en-neg-phishing-mailbox-deleted", rights=[], lang="en",
  frm="Mail Administrator <admin@mail-quota-center.net>", date="2025-11-23 04:12",
  subject="Your mailbox will be permanently deleted",
  body="""Dear user sandra.delomenie,

Your mailbox has exceeded its storage limit and will be deleted with all data within 24 hours due to GDPR data retention rules.

To keep your account, validate your details here: http://mail-quota-center.net/validate

Mail Administrator""",
  html="""<html><body><p>Dear user <b>sandra.delomenie</b>,</p><p>Your mailbox has exceeded its storage limit and will be <span style="color:red">deleted with all data within 24 hours</span> due to GDPR data retention rules.</p><p><a href="http://mail-quota-center.net/validate">VALIDATE NOW</a></p></body></html>""",
  shape="html")

R(key="en-neg-gdpr-spam-dpo-service", rights=[], lang="en",
  frm="GDPR Shield <partners@gdpr-shield-europe.com>", date="2026-02-09 09:30",
  subject="Sandra, is Floraison de Soi ready for a GDPR audit?",
  headers=LU("https://gdpr-shield-europe.com/unsubscribe?id=44821"),
  body="""Hi Sandra,

Small businesses are now the #1 target of data protection audits in the EU. Can you answer these in under 30 days?
- A client asks for a copy of all their data
- A former client demands erasure
- A subscriber objects to your marketing

Our outsourced DPO service handles all data subject requests for you from EUR 49/month. Book a free 15-minute call this week.

Best,
Lukas
GDPR Shield Europe""", shape="alt")

R(key="en-neg-other-coach-newsletter", rights=[], lang="en",
  frm="The Brave Boundaries Letter <hello@bravebound.co>", date="2025-07-06 08:00",
  subject="Unsubscribe from other people's expectations",
  headers=LU("https://bravebound.co/unsubscribe/7xq2", lid="Brave Boundaries <letter.bravebound.co>"),
  body="""Hey friend,

This week's thought: you're allowed to unsubscribe from things that don't serve you. Not just emails - expectations, obligations, old stories.

Three prompts for your journal:
1. What am I still subscribed to out of guilt?
2. Whose approval do I need to withdraw from my decisions?
3. What would I delete if no one was watching?

Until next Sunday,
Maya

You're receiving this because you signed up at bravebound.co. Unsubscribe anytime.""", shape="alt")

R(key="en-neg-sandra-sent-to-expat", rights=[], lang="en",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Margaret Hollis <maggie.hollis@btinternet.com>",
  date="2025-03-26 09:15",
  subject="Re: Next session - and a favour",
  body="""Dear Maggie,

Lovely to hear about your walk by the river!

Your next session is booked for Tuesday 8 April at 10am. And please find attached a copy of everything I hold about you, as you asked - including the famous questionnaire, which, I promise, was perfectly understandable.

Warm wishes,
Sandra""",
  attach=[("Copy_of_your_data_M_Hollis.pdf", "pdf",
           "Floraison de Soi\nCopy of personal data - Margaret Hollis")],
  quote=dict(style="en", frm="Margaret Hollis <maggie.hollis@btinternet.com>", date="2025-03-24 10:42",
             text="""Could we book the next session for the week of 7 April?

Also, a favour: I'd like a copy of everything you hold about me.

Maggie"""), shape="8bit")

R(key="en-neg-google-calendar-invite", rights=[], lang="en",
  frm="Owen Price <owen.price@mailbox.org>", date="2026-03-10 10:00",
  subject="Invitation: Coaching catch-up @ Fri 20 Mar 2026 14:00 - 15:00 (CET)",
  body="""You have been invited to the following event.

Coaching catch-up
When: Fri 20 Mar 2026 14:00 - 15:00 Central European Time - Paris
Who: owen.price@mailbox.org (organiser), sandra.delomenie@orange.fr

Hi Sandra - here's the invite for our catch-up as discussed. Zoom link is in the event.

Accept / Decline / Maybe""",
  attach=[("invite.ics", "ics", """BEGIN:VCALENDAR
PRODID:-//Mailbox.org//Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b28-owen-20260320@mailbox.org
DTSTAMP:20260310T090000Z
DTSTART:20260320T130000Z
DTEND:20260320T140000Z
SUMMARY:Coaching catch-up
ORGANIZER;CN=Owen Price:mailto:owen.price@mailbox.org
ATTENDEE;CN=Sandra Delomenie;RSVP=TRUE:mailto:sandra.delomenie@orange.fr
END:VEVENT
END:VCALENDAR""")], shape="alt")

# NEAR-LINE: a daughter-in-law asks what is held on a living adult and to change that
# adult's phone number -> another living adult's data, negative.
R(key="en-neg-expat-asks-mother-in-law", rights=[], lang="en",
  frm="Susan Blake <susan.blake@gmail.com>", date="2025-09-25 13:33",
  subject="My mother-in-law",
  body="""Hi Sandra,

My mother-in-law, Joan Blake, came to two of your memory workshops last spring. She's 86 and a bit confused these days. Could you tell me what details you have for her and update her phone number to mine (06 84 21 09 73) so I can handle her bookings?

She's very much alive and kicking, just forgetful!

Susan""", shape="8bit")

R(key="en-neg-multi-topic-booking-invoice-gdpr-training", rights=[], lang="en",
  frm="Alex Turner <alex.turner@gmail.com>", date="2026-05-13 20:41",
  subject="Catching up - sessions, invoice, and a funny coincidence",
  body="""Hi Sandra,

A few things at once, sorry!

Sessions: could we move to fortnightly from June? Things have calmed down and I think I can stretch the gaps.

Invoice: the April invoice shows my old company name. No rush at all, I just need to know whether to forward it to them or pay it myself - I'll pay it myself, actually, simpler.

Funny coincidence: my new job is as a data protection officer for a logistics firm, so I now spend my days answering access requests and erasure requests. I think of our sessions on "saying no kindly" every time someone demands we delete their entire existence by Friday.

Anyway - all good here. Speak soon.

Alex""")

# NEAR-LINE: asks whether data could be taken elsewhere one day, explicitly "no need to do
# anything now" -> question about how a right works, negative.
R(key="en-neg-ask-about-portability-how", rights=[], lang="en",
  frm="Priya Nair <priya.nair@gmail.com>", date="2025-12-27 11:18",
  subject="Question about the course data",
  body="""Hi Sandra,

Merry Christmas! Quick question before I renew: if I ever decided to move to another platform, would there be a way to take my journal entries with me? Is that something you can do, or does the platform keep everything?

No need to do anything now, I'm renewing either way - just planning ahead.

Priya""", shape="8bit")

# NEAR-LINE: "take me off the list" refers to one workshop's attendee list -> cancellation.
R(key="en-neg-unsubscribe-workshop-list-meaning-cancel", rights=[], lang="en",
  frm="Gemma Price <gemma.price@outlook.com>", date="2025-10-01 08:12",
  subject="Take me off the list for Saturday",
  body="""Hi Sandra,

Sorry - please take me off the list for Saturday's workshop, I've got a work trip I can't move. Could you keep a spot for me in November instead?

Gemma""", shape="8bit")

R(key="en-neg-thanks-above-quoted-unsubscribe", rights=[], lang="en",
  frm="Peter Lawson <peter.lawson@sky.com>", date="2025-10-07 19:02",
  subject="RE: Text messages",
  body="""Thanks Sandra, much appreciated.

Peter""",
  quote=dict(style="outlook_en", date="2025-10-07 10:30", subject="Text messages", to="Peter Lawson",
             text="""Dear Peter,

Done - you've been removed from the SMS marketing list. You'll still receive appointment reminders. Apologies for the Sunday-morning text!

Sandra

-----Original Message-----
From: Peter Lawson <peter.lawson@sky.com>
Sent: Monday, October 6, 2025 8:14 AM
Subject: Text messages

Please take me off the SMS marketing list. Appointment reminders are fine."""), shape="8bit")

R(key="en-neg-corporate-booking-with-gdpr-clause", rights=[], lang="en",
  frm="Laura Chen <laura.chen@meridian-pharma.com>", cc="Procurement FR <achats.fr@meridian-pharma.com>", date="2025-05-19 11:50",
  subject="Stress management training - booking for 14 staff",
  body="""Dear Ms Delomenie,

Further to our call, we'd like to book the one-day "Stress management in practice" training for 14 employees at our Châteauroux site on 24 June.

Please note our standard supplier terms: participant data you receive (names, job titles, email addresses) must be used only for delivering the training, must not be added to marketing lists, and must be deleted after 12 months. Please confirm you can comply and send a quote.

Best regards,
Laura Chen
Learning & Development Manager, Meridian Pharma France

This email may contain confidential information. If you have received it in error, please notify the sender and delete it.""")

R(key="en-neg-expat-giving-health-consent", rights=[], lang="en",
  frm="Brian Coleman <brian.coleman@gmail.com>", date="2025-02-28 17:05",
  subject="Consent form + first session",
  body="""Hi Sandra,

Attached is the signed consent form - yes, I'm happy for you to keep notes on my health where relevant (the heart op and the medication). My French isn't good enough for all of the form so my neighbour helped.

Looking forward to Tuesday.

Brian""",
  attach=[("consent_form_Coleman.jpg", "jpg")], shape="8bit")

R(key="en-neg-deleted-email-resend-link", rights=[], lang="en",
  frm="Chris Morgan <chris.morgan@gmail.com>", date="2025-11-19 18:55",
  subject="deleted the zoom link by mistake",
  body="""Hi Sandra, I think I deleted the email with tonight's Zoom link by mistake while clearing my inbox. Could you resend it? Thanks! Chris""", shape="8bit")

R(key="en-neg-zoom-dpa-notice", rights=[], lang="en",
  frm="Zoom <privacy@zoom.us>", date="2026-04-30 16:00",
  subject="Update to Zoom's Privacy Statement",
  headers=LU("https://zoom.us/unsubscribe", lid="Zoom Legal Notices <legal.zoom.us>"),
  body="""We're updating our Privacy Statement, effective May 30, 2026.

Key updates include how we process recordings and transcripts, our retention periods, and how users can exercise rights such as access, deletion, correction and objection.

Read the updated Privacy Statement: https://zoom.us/privacy

Zoom Communications, Inc.""", shape="html")

R(key="en-neg-referral-partner-client-details", rights=[], lang="en",
  frm="Jo Whitley <jo@whitleywellbeing.co.uk>", date="2026-06-03 13:40",
  subject="Introduction - Mark R.",
  body="""Hi Sandra,

Lovely to meet you at the online summit! As promised, I'm introducing Mark R., a client of mine who has just moved to the Indre and would like a French-based coach who speaks English. He's happy for me to share his details: mark.r.coaching@gmail.com.

I've told him you'll be in touch.

Jo""", shape="8bit")

R(key="en-neg-questionnaire-reply-opinion", rights=[], lang="en",
  frm="Ruth Edwards <ruth.edwards@gmail.com>", date="2025-07-09 10:22",
  subject="Re: 3 quick questions about the June retreat",
  body="""Hi Sandra,

Happy to help:

1. What did you value most? The silence in the mornings, and the walk through the vineyards.
2. What would you change? Slightly less structured afternoons.
3. May we quote you (first name only)? Yes, that's fine.

Ruth""",
  quote=dict(style="en", date="2025-07-08 09:00", text="""Dear Ruth,

Thank you for joining the June retreat! Would you answer 3 quick questions to help me improve it?

1. What did you value most?
2. What would you change?
3. May we quote you (first name only)?

Sandra"""), shape="8bit")

R(key="en-neg-linkedin-message-notification", rights=[], lang="en",
  frm="LinkedIn <messages-noreply@linkedin.com>", date="2025-09-30 12:00",
  subject="You have a new message from Tom Reyes",
  headers=LU("https://www.linkedin.com/comm/psettings/email-unsubscribe", lid="<messages.linkedin.com>"),
  body="""Tom Reyes
Founder at SalesBoost AI

"Hi Sandra, I help coaches get 20 new clients a month with our GDPR-compliant lead lists. Open to a quick chat?"

View message: https://www.linkedin.com/messaging/

You are receiving Messages emails. Unsubscribe.""", shape="html")

R(key="en-neg-colleague-asks-about-team-member", rights=[], lang="en",
  frm="Jamie Hughes <jamie.hughes@hallbridge-logistics.com>", date="2025-04-18 15:20",
  subject="Daniel's feedback report",
  body="""Hi Sandra,

I work with Daniel O'Brien, who was on last week's training. He mentioned he's unhappy with his feedback report. As his colleague (and, frankly, friend), could you tell me what it says? I want to help him prepare for the conversation with HR.

Thanks,
Jamie""", shape="8bit")

R(key="en-neg-not-asking-delete-just-feedback", rights=[], lang="en",
  frm="Tessa Morgan <tessa.morgan@gmail.com>", date="2026-06-11 09:48",
  subject="Feedback, a question, and a non-request",
  body="""Hi Sandra,

Three things in one email, as usual:

1. Feedback on the June circle: the guided walk was the highlight. Maybe a bit more time for the closing round next time?

2. A question: do you run anything in English over the summer? My sister-in-law is visiting from Leeds in August.

3. A non-request, because I know you'll worry: I saw your post about updating your privacy policy. I'm not asking you to change, delete or send me anything, I'm very happy as I am on your lists!

Tessa""", shape="8bit")

R(key="en-neg-sandra-sends-csv-export", rights=[], lang="en",
  frm="Sandra Delomenie <sandra.delomenie@orange.fr>", to="Jenna Whitaker <jenna.whitaker@gmail.com>",
  date="2025-06-09 17:15",
  subject="Re: Loved the course! + export question",
  body="""Hi Jenna,

Thank you so much for your lovely feedback, and for spotting the broken worksheet links - fixed now!

Please find attached your journal entries and quiz answers as a CSV file, as requested. It should import straight into Notion.

Warmly,
Sandra
Floraison de Soi - Coaching & Training""",
  attach=[("jenna_whitaker_journal_quiz.csv", "csv",
           "date,module,type,entry\n2025-03-02,1,journal,\"Noticed I said yes three times before lunch.\"\n"
           "2025-03-04,1,quiz,\"Q3: b\"\n2025-03-11,2,journal,\"Tried the pause before yes with my manager.\"\n"
           "2025-04-01,3,journal,\"Declined the fundraising committee. Felt fine!\"\n")],
  quote=dict(style="en", frm="Jenna Whitaker <jenna.whitaker@gmail.com>", date="2025-06-02 03:14",
             text="""Quick ask: is there a way to get all my journal entries and quiz answers out of the platform as a CSV or spreadsheet?

Jenna"""), shape="8bit")
