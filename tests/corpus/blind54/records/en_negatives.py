"""English negatives."""
from ._base import R

HER_C = ("Sandra Delomenie | Floraison de Soi", "contact@floraisondesoi.fr")

RECORDS = [

R("en-neg-daughter-mum-bookings", [],
  ("Louise Chambers", "louise.chambers@gmail.com"),
  "My mum's sessions",
  """Hi Sandra,

My mum, Pamela Chambers, has been seeing you for a few months. She's 79 and getting a bit forgetful, and I'm trying to keep track of her appointments and what she's paid. Could you send me a list of her bookings and payments, and any notes on how she's getting on?

Thanks,
Louise
""", to="c", hard=True, html="alt", cte="quoted-printable"),

# NEAR-LINE: removing a living father's email from the list would be objection if he asked; his son has no mandate.
R("en-neg-son-remove-father-carehome", [],
  ("Graham Tate", "graham.tate@outlook.com"),
  "Dad's email address",
  """Hello,

My father Kenneth Tate moved into a care home last month and I'm now managing his inbox. He's on your mailing list (ken.tate@orange.fr). Could you take him off, please? He won't be attending anything now.

Regards,
Graham Tate
""", to="c", hard=True, cte="7bit", mid="outlook"),

R("en-neg-wife-husband-notes", [],
  ("Deborah Lyons", "deborah.lyons@icloud.com"),
  "Steven's coaching",
  """Dear Sandra,

My husband Steven has been doing coaching with you since January. I'm worried about him and he won't talk to me. As his wife I'd like to see what you've written about him - is there a way you could share your notes with me?

Deborah
""", to="o", hard=True, cte="quoted-printable"),

R("en-neg-question-erasure-invoices", [],
  ("Kate Morrison", "kate.morrison@gmail.com"),
  "Quick GDPR question",
  """Hi there,

Just a question, not a request yet: if I asked you to erase my data, would you still have to keep my invoices? I'm trying to understand how it works in France before I decide anything.

Thanks,
Kate
""", to="c", hard=True, cte="7bit"),

R("en-neg-question-how-long-keep", [],
  ("Paul Grant", "paul.grant@yahoo.co.uk"),
  "Retention period",
  """Hello Sandra,

How long do you keep the questionnaires people fill in before the first session? Just curious - a friend of mine is thinking of booking.

Paul
""", to="c", hard=True, cte="7bit"),

# NEAR-LINE: a question about what happens to her data after death, with no instruction given.
R("en-neg-question-after-death", [],
  ("Margaret Ellison", "margaret.ellison@btinternet.com"),
  "A question about my records",
  """Dear Sandra,

I've been reading about "digital legacies" in the Telegraph. What happens to the notes and recordings you keep about clients when they die? Do the family automatically get them?

I'm just asking for now - I haven't decided anything.

Kind regards,
Margaret Ellison
""", to="c", hard=True, cte="quoted-printable", mid="plain"),

R("en-neg-thanks-above-handled", [],
  ("Rebecca Stone", "rebecca.stone@protonmail.com"),
  "Re: Erasure request under Article 17 GDPR",
  """Thank you for confirming, much appreciated.

Rebecca
""", date="2025-11-19 10:02", to="o", hard=True, cte="quoted-printable", mid="plain",
  quote=dict(style="en", who="Sandra Delomenie <sandra.delomenie@orange.fr>", days=5,
             text="""Dear Ms Stone,

I confirm that your personal data has been erased from my files and from the course platform, with the exception of the invoice, which I am legally required to keep.

Kind regards,
Sandra Delomenie""")),

R("en-neg-thanks-above-pm-handled", [],
  ("Barbara Whitmore", "barbara.whitmore@gmail.com"),
  "Re: Malcolm",
  """Dear Sandra,

Thank you so much, that's very kind of you, and thank you for the lovely card. I'm glad you remember him fondly.

Barbara
""", to="c", hard=True, date="2026-01-22 11:20", html="alt", cte="quoted-printable",
  quote=dict(style="en", who="Sandra Delomenie <contact@floraisondesoi.fr>", days=4,
             text="""Dear Barbara,

I'm so sorry for your loss. Of course I remember Malcolm - and the snoring!
The photo has been removed from the website gallery.

With my warmest thoughts,
Sandra""")),

R("en-neg-cancel-retreat", [],
  ("Julia Fenwick", "julia.fenwick@gmail.com"),
  "Cancelling my place on the autumn retreat",
  """Hi Sandra,

I'm afraid I need to cancel my place on the October retreat - my mother-in-law is coming to stay for longer than planned. Can the deposit go towards the spring one?

So sorry,
Julia
""", to="c", hard=True, date="2025-09-02 18:30", cte="7bit"),

R("en-neg-cant-login", [],
  ("Trevor Banks", "trevor.banks@hotmail.co.uk"),
  "can't get into the course",
  """Hello,

I can't log in to the online course. It says my password is wrong but I haven't changed it. I'm 74 and not very good with computers, my grandson usually does it. Can you reset it for me?

Trevor Banks
""", attach=[("png", "Screenshot 2025-11-04 at 10.12.33.png", "trevor-login")], to="c", hard=True, cte="7bit", mid="outlook"),

# NEAR-LINE: "close my account" alone, no data mentioned: negative.
R("en-neg-close-account-alone", [],
  ("Hannah Price", "hannah.price@gmail.com"),
  "Close my account",
  """Please close my account. Thanks.
Hannah
""", to="c", hard=True, cte="7bit"),

R("en-neg-correct-handout-typo", [],
  ("Ian Fraser", "ian.fraser@gmail.com"),
  "Typos in the workbook",
  """Hi Sandra,

Loved the workshop. Just so you know, the English version of the workbook has a couple of errors you might want to correct before the next group: page 4 says "self-esteam" and the breathing exercise on page 9 says 4-7-9 instead of 4-7-8.

Best,
Ian
""", to="c", hard=True, cte="7bit"),

R("en-neg-cnil-complaint-copy", [],
  ("Victoria Hale", "victoria.hale@gmail.com"),
  "Copy of my complaint to the CNIL",
  """Ms Delomenie,

For your records, please find below a copy of the complaint I have submitted to the CNIL today. I do not wish to correspond further.

V. Hale

--- Complaint submitted via cnil.fr ---
Organisation: Floraison de Soi, Issoudun
Summary: My photo was published on the organisation's social media page without my consent and remained online for several weeks after I objected in person.
""", to="c", hard=True, cte="quoted-printable"),

R("en-neg-stripe-payout", [],
  ("Stripe", "notifications@stripe.com"),
  "Your payout of EUR 842.00 is on the way",
  """Floraison de Soi

A payout of EUR 842.00 is on its way to your bank account ending in 4471 and should arrive by 3 March.

View payout in Dashboard: https://dashboard.stripe.com/payouts

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", to="c", date="2026-02-27 05:02", html="alt", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-zoom-recording-available", [],
  ("Zoom", "no-reply@zoom.us"),
  "Cloud Recording - Mindfulness for Expats is now available",
  """Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Mindfulness for Expats - Session 3
Duration: 58 minutes
Share recording with viewers: https://zoom.us/rec/share/

Participants' names appear in the recording transcript. You can edit or delete the transcript from your recordings page.

Thank you for choosing Zoom.
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-calendly-new-booking", [],
  ("Calendly", "notifications@calendly.com"),
  "New Event: Peter Walsh - Discovery call (30 min)",
  """Hi Sandra,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Peter Walsh
Invitee Email: peter.walsh@gmail.com
Time zone: Europe/Paris

Questions:
What would you like to work on? "Retirement transition - finding purpose after 40 years in banking."

View event in Calendly.
""", to="c", html="alt", cte="quoted-printable", mid="ses",
  headers={"Reply-To": "Peter Walsh <peter.walsh@gmail.com>", "Auto-Submitted": "auto-generated"},
  attach=[("ics", "invite.ics", "Discovery call (30 min) - Peter Walsh")]),

R("en-neg-calendly-cancelled", [],
  ("Calendly", "notifications@calendly.com"),
  "Canceled: Moira Kelly - Individual session (1h)",
  """Hi Sandra,

The event below has been canceled.

Event Type: Individual session (1h)
Invitee: Moira Kelly
Cancellation reason: "Dad's in hospital again, I'll rebook when things settle."

View canceled event in Calendly.
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="ses",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-paypal-received", [],
  ("PayPal", "service@paypal.co.uk"),
  "You've got money",
  """Hello Sandra Dumot-Delomenie,

You received a payment of EUR 180.00 from Alan Hughes.

Note from Alan Hughes: "Three sessions for my wife Janet - thank you!"

Transaction ID: 3KD918274HX220133

PayPal
""", to="o", html="only", cte="base64", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-google-security-alert", [],
  ("Google Workspace", "workspace-noreply@google.com"),
  "Action required: review third-party app access",
  """Hello Administrator,

An app named "Calendar Export Pro" was granted access to data in your account contact.floraisondesoi@gmail.com (Google Calendar, Contacts).

If you don't recognise this app, remove its access from your security settings.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-vendor-zoom-dpa", [],
  ("Zoom Privacy Team", "privacy@zoom.us"),
  "Updates to Zoom's Data Processing Addendum",
  """Dear Zoom customer,

We are writing to let you know that we have updated our Data Processing Addendum (DPA) and our list of sub-processors. These updates reflect changes to our AI Companion features and clarify how we support you in responding to data subject requests (access, deletion, portability).

The updated DPA takes effect 30 days from the date of this notice. No action is required.

Zoom Communications, Inc.
""", to="c", hard=True, html="alt", cte="base64", mid="plain",
  headers={"Precedence": "bulk"}),

R("en-neg-vendor-calendly-privacy", [],
  ("Calendly", "legal@calendly.com"),
  "We're updating our Privacy Notice",
  """Hi there,

We're updating our Privacy Notice to give you more clarity on how we collect, use and share personal data, including invitee data processed on your behalf. You can review the updated notice on our website.

If you have questions or wish to exercise your privacy rights, contact privacy@calendly.com.

The Calendly Team
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="ses",
  headers={"Precedence": "bulk", "List-Unsubscribe": "<https://calendly.com/unsubscribe>"}),

R("en-neg-phishing-domain-expiry", [],
  ("Domain Services", "renewals@domain-registry-notices.net"),
  "FINAL NOTICE: floraisondesoi.fr expiration",
  """FINAL NOTICE

Domain: floraisondesoi.fr
Status: EXPIRING

Failure to renew your domain listing will result in loss of search engine visibility and customer data. Secure your listing now: http://domain-registry-notices.net/renew?d=floraisondesoi.fr

This is not a bill. This is a search engine optimisation offer.
""", to="c", hard=True, html="only", cte="base64", mid="plain"),

R("en-neg-phishing-paypal-verify", [],
  ("PayPal Security", "security@paypa1-account-review.com"),
  "Your account access has been limited",
  """Dear Customer,

We noticed unusual activity on your account. Your account access has been limited until you verify your personal information.

Verify now: http://paypa1-account-review.com/verify

Failure to do so within 24 hours will result in permanent suspension.

PayPal Security Team
""", to="o", hard=True, html="alt", cte="quoted-printable", mid="plain"),

R("en-neg-compliance-spam-gdpr-audit", [],
  ("GDPR Compliance Desk", "audit@gdpr-compliance-desk.eu"),
  "Free GDPR audit for coaches and therapists",
  """Hi Sandra,

Coaches and therapists handle sensitive health data every day. One data subject access request handled badly can cost thousands in fines.

Book a free 20-minute GDPR audit and get our DSAR response templates, consent forms and privacy notice generator.

Book here: https://gdpr-compliance-desk.eu/audit

Unsubscribe | GDPR Compliance Desk, Dublin
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain",
  headers={"Reply-To": "sales@gdpr-compliance-desk.eu", "List-Unsubscribe": "<https://gdpr-compliance-desk.eu/unsub>"}),

R("en-neg-autoreply-gdpr-rights", [],
  ("Thornbury Wellness Ltd", "info@thornburywellness.co.uk"),
  "Automatic reply: Workshop collaboration",
  """Thank you for contacting Thornbury Wellness. We aim to respond within two working days.

Privacy notice: under the UK GDPR you have the right to access, rectify, erase, restrict or object to the processing of your personal data, and the right to data portability. To exercise these rights, email privacy@thornburywellness.co.uk.

This is an automated message.
""", to="c", hard=True, cte="7bit", mid="plain",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-autoreply-out-of-office", [],
  ("Sarah Mitchell", "sarah.mitchell@outlook.com"),
  "Automatic reply: Your retreat booking",
  """I'm away until 3 June with limited access to email. I'll reply when I'm back.

Sarah
""", to="c", date="2025-05-23 12:41", cte="7bit",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"}),

R("en-neg-bounce-gmail", [],
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to emma.lawsen@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", date="2026-04-02 10:14", to="contact@floraisondesoi.fr", hard=True, kind="bounce", mid="plain",
  headers={"Auto-Submitted": "auto-replied"},
  inner=dict(frm=("Sandra Delomenie | Floraison de Soi", "contact@floraisondesoi.fr"),
             to="emma.lawsen@gmail.com", subject="Re: Request for my data",
             mta="mx.google.com", diag="550 5.1.1 The email account that you tried to reach does not exist.",
             body="""Dear Emma,

Please find attached a summary of the personal data I hold about you and an export of your coaching programme data in CSV format.

Kind regards,
Sandra""")),

R("en-neg-giving-consent-testimonial", [],
  ("Nicola Hart", "nicola.hart@gmail.com"),
  "Re: Would you share a few words?",
  """Hi Sandra,

Of course! Happy for you to use this on your website with my first name:

"Sandra's retreat was exactly what I needed after a hard year. Gentle, wise and great fun." - Nicola

Feel free to use the group photo too.

Nicola
""", to="c", hard=True, html="alt", cte="quoted-printable",
  quote=dict(style="en", who="Sandra Delomenie <contact@floraisondesoi.fr>", days=3,
             text="""Hi Nicola,

It was lovely having you on the retreat. Would you be happy to share a few words I could use as a testimonial?

Sandra""")),

R("en-neg-parent-consent-photo", [],
  ("Tom Ashworth", "tom.ashworth@gmail.com"),
  "Photo consent for Lily",
  """Hi,

Just confirming that we're happy for photos of Lily (10) from the kids' mindfulness club to be used on your website and Facebook page. Signed form attached.

Tom Ashworth
""", to="c", hard=True, cte="7bit",
  attach=[("pdf", "photo_consent_Lily_Ashworth.pdf",
           ["PHOTO CONSENT FORM", "Child: Lily Ashworth (10)", "Consent given: YES - signed Tom Ashworth"])]),

R("en-neg-hr-attendance-certificates", [],
  ("Anna Kowalski - HR", "anna.kowalski@vantage-systems.eu"),
  "Attendance records for the resilience workshop",
  """Dear Sandra,

Thank you for running the resilience workshop for our Issoudun team. For our training records, could you send the signed attendance sheet and individual completion certificates for the 11 participants?

Many thanks,
Anna Kowalski
HR Business Partner, Vantage Systems
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="outlook",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("en-neg-company-training-quote-gdpr", [],
  ("Oliver Grant", "o.grant@berrytech-solutions.com"),
  "Training quote - wellbeing + GDPR awareness",
  """Hello Sandra,

We're a software company with 20 staff near Bourges. We're looking for a half-day workshop on stress management and, if you offer it, a short module on GDPR awareness for our support team (handling customer data, access requests, that kind of thing).

Could you send us a quote?

Best regards,
Oliver Grant
Operations Manager
""", attach=[("docx", "Training_brief_BerryTech.docx", ["Training brief", "Half-day stress management workshop", "Optional: GDPR awareness module for support staff"])], to="c", hard=True, cte="7bit", mid="plain"),

R("en-neg-sandra-sent-confirm-erasure", [],
  HER_C,
  "Re: wipe my details pls",
  """Hi Tom,

Done - your details have been deleted from my files and from the course platform. The only thing I keep is the invoice, for accounting reasons.

All the best,
Sandra
""", date="2026-04-25 09:12", to="Tom Fletcher <tomfletcher88@gmail.com>", cc="sandra.delomenie@orange.fr", hard=True,
  cte="7bit", mid="plain",
  quote=dict(style="en", who="Tom Fletcher <tomfletcher88@gmail.com>", days=3,
             text="""hey - could you wipe my details from your system? did a workshop ages ago and don't need anything anymore. cheers, tom""")),

R("en-neg-sandra-sent-export", [],
  HER_C,
  "Your data from the online programme",
  """Hi Aisha,

As requested, attached is a CSV export of your workbook answers, progress and notes from the online programme. It should open in any spreadsheet app or import straight into Notion.

Enjoy, and do keep in touch!
Sandra
""", date="2025-02-20 16:40", to="Aisha Bello <aisha.bello@outlook.com>", hard=True, cte="7bit", mid="plain", reply=True,
  attach=[("csv", "aisha_bello_programme_export.csv",
           "module,item,answer,completed\nWeek 1,Values exercise,\"Family, creativity, freedom\",yes\nWeek 2,Goal setting,\"Launch the pottery studio\",yes\nWeek 3,Reflection,,no\n")]),

R("en-neg-rambling-expat-registration", [],
  ("Penelope Ward", "penny.ward@orange.fr"),
  "Hello from Penny!",
  """Dear Sandra,

Forgive the long email - I'm a chatterbox on paper as well as in person, as you'll remember from the circle! We've had the most extraordinary summer: the grandchildren came over from Brighton for three weeks, the swimming pool turned green, the neighbours' donkey escaped twice and ate half of Geoffrey's runner beans.

Geoffrey's knee operation went well in the end, thanks for asking, though he's a terrible patient. I've been doing the morning breathing exercises you taught us on the terrace and I really do think they've helped me cope with all the chaos.

Anyway, I'd love to join the autumn "Finding your ground" workshop. My details are the same as last time but my mobile has changed: 07 83 21 56 04. Geoffrey might come too if he can sit for that long!

Much love,
Penny
""", to="c", hard=True, date="2025-09-01 10:05", cte="quoted-printable"),

# NEAR-LINE: a widower writes after a death but only books grief coaching for himself.
R("en-neg-widower-grief-coaching", [],
  ("Alan Brooks", "alan.brooks@gmail.com"),
  "Grief support",
  """Dear Sandra,

My wife Jean died in the spring. We moved to the Indre together eight years ago and now I'm rattling around the house on my own. Our daughter found your name online and thinks I should talk to someone.

Do you see people in English, and could we meet for a first session? I'm free most days.

Alan Brooks
""", to="c", hard=True, cte="7bit"),

R("en-neg-question-parent-adult-son", [],
  ("Diane Fuller", "diane.fuller@gmail.com"),
  "Can I see my son's coaching notes?",
  """Hello,

My son Jack (22) did a career coaching package with you that we paid for. Am I entitled to see what he discussed with you, given we paid? Or does he have to agree?

Thanks,
Diane Fuller
""", to="c", hard=True, cte="7bit"),

R("en-neg-linkedin-message", [],
  ("LinkedIn", "messages-noreply@linkedin.com"),
  "You have a new message from Rachel Moore",
  """Rachel Moore
Wellbeing Lead at Clearwater Hotels

"Hi Sandra, are you taking on corporate clients for the spring? We'd love to chat."

View message: https://www.linkedin.com/messaging/

You are receiving message notification emails. Unsubscribe.
""", to="c", html="alt", cte="quoted-printable", mid="plain",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>", "Precedence": "bulk"}),

R("en-neg-wise-transfer", [],
  ("Wise", "noreply@wise.com"),
  "You've received GBP 250.00 from Helen Marsh",
  """Hi Sandra,

Helen Marsh sent you GBP 250.00. We've converted it to EUR 291.45 and it's now in your EUR balance.

Reference: Supervision Oct + Nov

The Wise Team
""", to="o", html="only", cte="quoted-printable", mid="ses",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-fwd-article-gdpr", [],
  ("Fiona Reid", "fiona.reid.coach@gmail.com"),
  "Fwd: GDPR fines for small practices - worth a read",
  """Sandra - saw this and thought of our chat at the supervision group about client notes. Scary stuff! Coffee next week?

F x
""", to="c", hard=True, html="alt", cte="quoted-printable",
  quote=dict(style="fwd_en", who="Coaching Today <newsletter@coachingtoday.co.uk>", days=1,
             to="fiona.reid.coach@gmail.com",
             text="""This week: a French sophrologist was fined 3,000 euros after failing to answer a client's access request within a month. We look at what solo practitioners need to do when a client asks for a copy of their notes or wants them deleted.""")),

R("en-neg-systemeio-new-subscriber", [],
  ("Systeme.io", "no-reply@systeme.io"),
  "New contact subscribed: Free guide - 7 days of calm",
  """Hello,

A new contact has subscribed through your funnel "Free guide - 7 days of calm".

Email: j.mcdonald@gmail.com
Tags: lead-magnet, english

Systeme.io
""", to="c", html="only", cte="quoted-printable", mid="plain",
  headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-object-workshop-idea", [],
  ("Ruth Cameron", "ruth.cameron@gmail.com"),
  "Re: Ideas for the spring circle",
  """Hi Sandra,

I'd gently object to the cold-water swimming idea for the spring circle - half of us are over seventy and the Théols in April is freezing! Could we do the forest walk instead? I'm happy to bring the flasks of tea.

Ruth
""", to="c", hard=True, cte="quoted-printable",
  quote=dict(style="en", who="Sandra Delomenie <contact@floraisondesoi.fr>", days=2,
             text="""Hello lovely circle,

For the spring gathering I was thinking of trying a short cold-water dip followed by a warm-up by the fire. Any objections or other ideas?

Sandra""")),

R("en-neg-delete-slot-reschedule", [],
  ("Ben Carter", "ben.carter@gmail.com"),
  "Tuesday slot",
  """Hi Sandra, could you delete my Tuesday 10am slot and move me to Thursday at the same time if it's free? Work's gone mad. Thanks, Ben
""", to="c", hard=True, cte="7bit"),

R("en-neg-export-calendar", [],
  ("Grace Okoye", "grace.okoye.va@gmail.com"),
  "Calendar export done",
  """Hi Sandra,

I've exported the workshop calendar to the shared Google Sheet and removed the duplicate entries for the English circle. Can you check the access permissions are right? I gave view-only access to the volunteers.

Grace
""", to="c", hard=True, cte="7bit"),

]
