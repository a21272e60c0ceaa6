"""English negatives."""
from recbase import M

SANDRA_C = "Sandra Delomenie <contact@floraisondesoi.fr>"

CALENDLY_HTML = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<p>Hi Sandra Delomenie,</p>
<p>A new event has been scheduled.</p>
<table cellpadding="4">
<tr><td><b>Event Type:</b></td><td>Discovery call (30 min, English)</td></tr>
<tr><td><b>Invitee:</b></td><td>Mary O'Sullivan</td></tr>
<tr><td><b>Invitee Email:</b></td><td>mary.osullivan@eircom.net</td></tr>
<tr><td><b>Event Date/Time:</b></td><td>11:30am - Tuesday (Central European Time)</td></tr>
<tr><td><b>Location:</b></td><td>Zoom - details in the invitation</td></tr>
</table>
<p><b>Questions:</b> What would you like to work on?<br>
<i>"Settling in after the move to France, and finding some direction work-wise."</i></p>
<p><a href="https://calendly.com/app/scheduled_events/user/me">View event in Calendly</a></p>
<p style="font-size:11px;color:#666">Sent from Calendly. You can change your notification preferences in your account.</p>
</body></html>
"""

RECORDS = [
    M("en-neg-reschedule-delete-slot", [],
      "Amy Fletcher <amy.fletcher@gmail.com>",
      "Thursday's session",
      """Hi Sandra,

Could you delete my Thursday 3pm slot and move me to Friday morning if there's space? My son's school has called a parents' meeting. If Friday is full, just remove Thursday and I'll rebook through the calendar link.

Thanks!
Amy""",
      hard=True, mailer="iphone"),

    M("en-neg-invoice-copy-for-employer", [],
      "Paul Hendricks <paul.hendricks@hendricks-design.co.uk>",
      "Copy of invoice needed",
      """Hello Sandra,

My accountant needs a copy of the invoice for the leadership coaching package (the one paid in May). I no longer have access to the client portal where I downloaded it. Could you resend it, and add our VAT number (GB 294 5571 08) this time?

Best,
Paul Hendricks""",
      hard=True, mailer="outlook"),

    M("en-neg-building-access-parking", [],
      "Deborah Lane <deborah.lane@gmail.com>",
      "Access to the building",
      """Hi Sandra,

For Saturday's workshop - is there step-free access to the room? I've had a knee operation and stairs are tricky for now. Also, is there anywhere to park nearby, or should I leave the car at the Place du 10 Juin?

Thanks,
Deborah""",
      hard=True),

    M("en-neg-export-calendar-ics", [],
      "Ruth Abernethy <ruth.abernethy@outlook.com>",
      "Workshop dates in my calendar",
      """Hi Sandra,

Is there any way to export the spring workshop dates to Outlook? I tried copying them by hand and got two of them wrong. I've made my own .ics from the website list (attached) - could you check the times are right before I import it?

Cheers,
Ruth""",
      att=[{"kind": "ics", "name": "workshops_spring.ics",
            "text": "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Ruth//Manual//EN\nBEGIN:VEVENT\nUID:ws1-ruth@example\nDTSTAMP:20250301T080000Z\nDTSTART:20250405T080000Z\nDTEND:20250405T110000Z\nSUMMARY:Workshop - Floraison de Soi\nEND:VEVENT\nEND:VCALENDAR"}],
      hard=True, mailer="outlook"),

    M("en-neg-password-reset-portal", [],
      "Graham Shaw <graham.shaw@btinternet.com>",
      "Can't log in",
      """Hello,

I've tried resetting my password for the course portal three times and the reset link says "expired" every time I click it. Could you reset my access manually? I'm halfway through module 4.

Graham""",
      hard=True),

    M("en-neg-close-account-only", [],
      "Lucy Carpenter <lucy.carpenter@gmail.com>",
      "Close my account",
      """Hi, could you close my account on the course platform please? I've finished the programme. Thanks, Lucy""",
      hard=True),
    # NEAR-LINE: "close my account" alone, no data mentioned -> negative.

    M("en-neg-how-long-keep-notes", [],
      "Imogen Reid <imogen.reid@gmail.com>",
      "Before we start",
      """Hi Sandra,

Before I book, a quick question: how long do you keep your session notes and the intake questionnaire after the coaching ends? And are they stored in the cloud? I work in healthcare and I'm a bit paranoid about these things.

Thanks,
Imogen""",
      hard=True),

    M("en-neg-can-i-ask-deletion-question", [],
      "Peter Holloway <peter.holloway@yahoo.co.uk>",
      "GDPR question",
      """Dear Sandra,

Hypothetical question. If I finished the coaching and later decided I wanted my records deleted, would I be allowed to ask for that, or do you have to keep them for a certain time? Just want to understand how it works before I sign up.

Best regards,
Peter""",
      hard=True),
    # NEAR-LINE: "would I be allowed to ask" is a question about the right, nothing is requested -> negative.

    M("en-neg-wife-data-question", [],
      "Stephen Marsh <stephen.marsh@gmail.com>",
      "My wife's sessions",
      """Hi Sandra,

My wife Joanna has been seeing you for a few months. Could you tell me what she's said about our marriage, and send me a copy of her notes? I'm paying for the sessions, so I think that's fair.

Stephen""",
      hard=True),
    # NEAR-LINE: asks for another living adult's records -> negative.

    M("en-neg-thanks-deletion-done", [],
      "Joanne Pike <joanne.pike@gmail.com>",
      "Re: Your deletion request",
      """That's great, thank you Sandra. All the best for the new year!

Jo""",
      quote={"style": "en", "days": 1,
             "text": """Dear Joanne,

I confirm that your personal data has been deleted from my files and from the course platform, except the invoices I am legally required to keep.

Kind regards,
Sandra"""},
      hard=True),

    M("en-neg-consent-testimonial-yes", [],
      "Helena Fischer <helena.fischer@gmx.de>",
      "Re: Testimonial",
      """Dear Sandra,

Yes, of course you may publish my testimonial with my first name and the photo from the retreat. I am happy if it helps other people to find you.

Warm regards,
Helena""",
      quote={"style": "en", "days": 5,
             "text": """Dear Helena,
Would you allow me to publish your kind words on my website, with your first name?
Sandra"""},
      hard=True),

    M("en-neg-autoreply-ooo", [],
      "James Whitaker <james.whitaker@whitaker-partners.com>",
      "Automatic reply: Training proposal",
      """Thank you for your email. I am out of the office until Monday 2 June with limited access to email. For urgent matters please contact my assistant, Karen Doyle, at karen.doyle@whitaker-partners.com.

Kind regards,
James Whitaker""",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-Autoreply", "yes")],
      date="2025-05-27 14:02"),

    M("en-neg-autoreply-gdpr-rights", [],
      "Harbour Learning Ltd <info@harbourlearning.co.uk>",
      "We've received your message",
      """Thank you for contacting Harbour Learning. A member of our team will reply within two working days.

Privacy notice: we process your personal data in accordance with the UK GDPR. You have the right to access, rectify, erase, restrict or object to the processing of your data, the right to data portability and the right to withdraw consent at any time. To exercise these rights, email privacy@harbourlearning.co.uk.

This is an automated message.""",
      headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
      hard=True),

    M("en-neg-bounce-gmail", [],
      "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "Delivery Status Notification (Failure)",
      """** Address not found **

Your message wasn't delivered to sarah.hollis1978@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
      kind="bounce", to="contact",
      inner={"frm": SANDRA_C, "to": "sarah.hollis1978@gmail.com", "subject": "Your export as requested",
             "body": "Dear Sarah,\n\nPlease find your data export attached, as requested.\n\nSandra\n",
             "mta": "mail-sor-f41.google.com", "rcpt": "sarah.hollis1978@gmail.com", "status": "5.1.1",
             "remote": "gmail-smtp-in.l.google.com",
             "diag": "550-5.1.1 The email account that you tried to reach does not exist."},
      headers=[("Auto-Submitted", "auto-replied")], hard=True),
    # NEAR-LINE: the bounced message is her own data-export mail; a bounce is never a request.

    M("en-neg-stripe-payout", [],
      "Stripe <support@stripe.com>",
      "Your payout of €1,240.50 is on the way",
      """Hi Floraison de Soi,

A payout of €1,240.50 is on its way to your bank account ending in 0417. It should arrive within 2 business days.

View payout details in your Dashboard.

The Stripe team""",
      html="alt", to="orange", headers=[("Auto-Submitted", "auto-generated")]),

    M("en-neg-zoom-recording-ready", [],
      "Zoom <no-reply@zoom.us>",
      "Cloud Recording - English Circle is now available",
      """Hi Sandra,

Your cloud recording is now available.

Topic: English Circle - Finding your voice
Date: Tuesday

Share recording with viewers: https://us06web.zoom.us/rec/share/8Jk2...
Passcode: 7#kQ2p

You can delete this recording or remove access at any time from your Recordings page. Recordings are deleted automatically after 30 days on your plan.

Thank you for choosing Zoom.""",
      html="alt", to="contact", headers=[("Auto-Submitted", "auto-generated")], hard=True),

    M("en-neg-calendly-new-event", [],
      "Calendly <notifications@calendly.com>",
      "New Event: Mary O'Sullivan - 11:30am Tue - Discovery call",
      "",
      html="only", html_body=CALENDLY_HTML, to="contact", headers=[("Reply-To", "Mary O'Sullivan <mary.osullivan@eircom.net>"), ("Auto-Submitted", "auto-generated")]),

    M("en-neg-paypal-receipt-copy", [],
      "Kathleen Moss <kathleen.moss@hotmail.com>",
      "PayPal receipt",
      """Hi Sandra,

I paid for the retreat deposit by PayPal but the receipt went to my old email address, which I can't access any more. Could you send me a copy of the payment confirmation? I need it for my expenses claim.

Many thanks,
Kathleen""",
      hard=True),

    M("en-neg-vendor-dpa-update", [],
      "Calendly Legal <legal@calendly.com>",
      "Updates to our Data Processing Addendum",
      """Hello,

We're writing to let you know we've updated our Data Processing Addendum (DPA) and list of subprocessors. The changes take effect in 30 days and include updated Standard Contractual Clauses for transfers from the EEA.

If you object to a new subprocessor, you may notify us as described in Section 7 of the DPA. No action is needed to accept the updated terms.

Calendly LLC, 115 E Main St, Buford, GA 30518, USA""",
      to="contact", hard=True, headers=[("Precedence", "bulk")]),

    M("en-neg-compliance-spam-audit", [],
      "GDPR Compliance Team <audit@eu-gdpr-certify.com>",
      "Final notice: GDPR certification for floraisondesoi.fr",
      """Dear Business Owner,

Our records show that floraisondesoi.fr has not yet obtained its annual GDPR compliance certificate. Businesses without certification risk fines of up to 4% of annual turnover.

Certify today for just €299 and receive your Data Protection Seal within 24 hours. Includes: data access request templates, erasure policy, consent management audit.

To opt out of further notices, reply REMOVE.""",
      hard=True, to="contact", headers=[("Precedence", "bulk")]),

    M("en-neg-phishing-microsoft", [],
      "Microsoft 365 <no-reply@m365-account-verify.com>",
      "Action required: your mailbox storage is full",
      """Your mailbox contact@floraisondesoi.fr has exceeded its storage limit. Incoming messages are being held and will be deleted in 48 hours.

To restore access and keep your data, verify your account below:
https://m365-account-verify.com/restore

Microsoft Account Team""",
      html="alt", hard=True, to="contact"),

    M("en-neg-sandra-sends-export", [],
      SANDRA_C,
      "Your data export",
      """Dear Tom,

As requested, please find attached your data in CSV format: your registration details, session dates and questionnaire responses. Let me know if anything is missing or unclear.

Warm regards,
Sandra Delomenie
Floraison de Soi""",
      to="Tom Ridley <tom.ridley@gmail.com>", hard=True,
      att=[{"kind": "csv", "name": "data_export_T_Ridley.csv",
            "text": "field,value\nlast_name,Ridley\nfirst_name,Tom\nemail,tom.ridley@gmail.com\nsession_1,2025-03-11\nsession_2,2025-04-08\n"}]),

    M("en-neg-cancel-retreat", [],
      "Wendy Clarke <wendy.clarke@gmail.com>",
      "Cancelling my place on the retreat",
      """Hi Sandra,

I'm so sorry, I have to cancel my place on the September retreat - my mother has had a fall and I need to fly back to Leeds. I understand if the deposit isn't refundable.

Hope to join another time,
Wendy""",
      hard=True),

    M("en-neg-feedback-long-withdraw-group", [],
      "Catherine Mills <catherine.mills@icloud.com>",
      "Reflections after the course",
      """Dear Sandra,

I wanted to share some reflections now that the eight-week course has finished. The first weeks were hard: I kept wanting to withdraw from the group exercises, and more than once I almost erased the journal entries I'd written because they felt too raw. By week five something shifted. The exercise where we wrote down what we'd stopped consenting to in our own lives - the late-night emails, the Sunday phone calls - was the turning point for me.

Practical feedback: the Zoom links sometimes arrived late, and the handouts would be easier to read as PDFs than as Word files.

Thank you for holding the space so gently.

Catherine""",
      hard=True, html="alt", mailer="applemail"),

    M("en-neg-company-gdpr-training-topic", [],
      "Jonathan Price - People Team <j.price@northgate-software.com>",
      "Training enquiry - wellbeing and data",
      """Hello Sandra,

We're a software company with a small team in Bourges. We're planning a half-day for our French staff on wellbeing at work, and we'd like one session to touch on digital boundaries - notifications, right to disconnect, and how personal data about employee wellbeing should be handled (GDPR, consent, access). Is that something you could deliver, perhaps in English?

Could you send availability and a quote?

Best,
Jonathan Price
People Team, Northgate Software""",
      hard=True, mailer="outlook", html="alt"),

    M("en-neg-consent-coaching-ethics", [],
      "Dr. Alison Grey <alison.grey@coaching-supervision.org>",
      "Supervision group - consent case study",
      """Hi Sandra,

For next month's supervision group, could you prepare a short anonymised case on informed consent in coaching - for example, a client withdrawing consent mid-programme, or a request to access session notes? Ten minutes is plenty. Please remove any identifying details before you share it with the group.

Thanks,
Alison""",
      hard=True),

    M("en-neg-hr-attendance-employees", [],
      "Sandra Kowalczyk - HR <hr@bluewave-logistics.eu>",
      "Attendance records for our staff",
      """Dear Ms Delomenie,

Following the stress-management training you delivered for our Issoudun site, our auditors have asked for a copy of the attendance records for the six employees who took part, and their individual evaluation forms.

Could you send these to me by the end of the month?

Kind regards,
Sandra Kowalczyk
HR Manager, BlueWave Logistics""",
      hard=True, mailer="outlook",
      cc="Audit Team <audit@bluewave-logistics.eu>"),
    # NEAR-LINE: an employer asking for records about its staff (other adults) -> negative.

    M("en-neg-student-survey-gdpr", [],
      "Megan Doyle <megan.doyle@student.ucd.ie>",
      "Survey for my thesis - GDPR in small practices",
      """Dear Sandra,

I'm a master's student researching how independent coaches in France handle GDPR: data access requests, deletion, consent for testimonials. Would you be willing to fill in a 10-minute anonymous survey? No personal data is collected and you can withdraw at any time.

Survey link: https://forms.gle/abc123

Thank you so much,
Megan Doyle""",
      hard=True),

    M("en-neg-object-late-fee", [],
      "Richard Bland <richard.bland@gmail.com>",
      "Late cancellation fee",
      """Hi Sandra,

I must object to the late cancellation fee on my last invoice. I cancelled by phone on Monday, more than 48 hours before the Wednesday session - I left a voicemail. Could you remove the charge?

Thanks,
Richard""",
      hard=True),

    M("en-neg-withdraw-from-course-refund", [],
      "Sunita Patel <sunita.patel@gmail.com>",
      "Withdrawing from the course",
      """Dear Sandra,

I'm afraid I need to withdraw from the eight-week course - my work schedule has changed and I can't make the Tuesday evenings. I've only attended the first session. Is a partial refund possible?

Best wishes,
Sunita""",
      hard=True),

    M("en-neg-whiteboard-photo-before-erased", [],
      "Tim Oakley <tim.oakley@gmail.com>",
      "Whiteboard from Saturday",
      """Hi Sandra,

Did anyone take a photo of the whiteboard on Saturday before it was erased? The values exercise, with everyone's top three. I didn't copy mine down and I'd love to have it.

Tim""",
      hard=True),

    M("en-neg-forward-missing-link", [],
      "Ellen Brady <ellen.brady@gmail.com>",
      "Fwd: Your registration is confirmed",
      """Hi Sandra,

Forwarding the confirmation below - it says the access link would follow in a separate email, but it never arrived (not in spam either). Could you resend it? The webinar is tomorrow.

Ellen""",
      kind="rfc822",
      inner={"frm": "Floraison de Soi <no-reply@systeme.io>", "to": "ellen.brady@gmail.com",
             "subject": "Your registration is confirmed", "days": 4,
             "body": "Hi Ellen,\n\nYour registration for the webinar \"Finding your voice\" is confirmed. Your access link will follow in a separate email.\n\nSee you soon!\n"},
      hard=True),

    M("en-neg-cnil-complaint-copy", [],
      "Derek Walsh <derek.walsh@gmail.com>",
      "Complaint to the CNIL",
      """Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL about the way my earlier request was handled. A copy of the submission is attached.

D. Walsh""",
      att=[{"kind": "pdf", "name": "CNIL_complaint_Walsh.pdf",
            "text": "CNIL - Complaint submission\nComplainant: Derek WALSH\nOrganisation: Floraison de Soi, Issoudun"}],
      hard=True),
    # NEAR-LINE: a copy of a CNIL complaint, no request to her in the new text -> negative.

    M("en-neg-thanks-unsubscribed", [],
      "Alan Porter <alan.porter@btinternet.com>",
      "Re: Unsubscribed",
      """Thanks Sandra, much appreciated. No hard feelings - I just get too much email!

Alan""",
      quote={"style": "en_us", "days": 1,
             "text": """Dear Alan,
You've been removed from the newsletter list, as requested. You won't receive any further mailings.
Best wishes,
Sandra"""},
      hard=True),

    M("en-neg-google-takeout-ready", [],
      "Google <noreply@google.com>",
      "Your Google data is ready to download",
      """Your Google data is ready to download

The Google data you requested on the contact@floraisondesoi.fr account was created. It includes: Drive, Calendar, Contacts.

Download your files - this export will be available until next week. You can download it a limited number of times.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
      html="alt", to="contact", hard=True, headers=[("Auto-Submitted", "auto-generated")]),
    # NEAR-LINE: a data export notice, but it is her own Google Takeout -> negative.

    M("en-neg-brevo-unsubscribe-digest", [],
      "Brevo <notifications@brevo.com>",
      "Weekly digest: 3 unsubscribes, 2 hard bounces",
      """Hello Sandra,

Here is your weekly activity summary:
- New contacts: 17
- Unsubscribes: 3 (reasons: "too many emails" x2, "no longer relevant" x1)
- Hard bounces: 2 (automatically blacklisted)

You can export the list of unsubscribed contacts from Contacts > Blacklist.

The Brevo team""",
      to="contact", hard=True, headers=[("Auto-Submitted", "auto-generated")]),

    M("en-neg-eventbrite-order", [],
      "Eventbrite <noreply@order.eventbrite.com>",
      "New order for Spring Women's Circle (English)",
      """You have a new order!

Event: Spring Women's Circle (English) - Issoudun
Attendee: Linda Fairweather
Tickets: 1 x General Admission (€35.00)

Manage your event on Eventbrite.""",
      html="alt", to="orange", headers=[("Auto-Submitted", "auto-generated")]),

    M("en-neg-question-export-format", [],
      "Hugo Meyer <hugo.meyer@posteo.de>",
      "Question before signing up",
      """Hello Sandra,

Before I sign up for the online programme: if I ever wanted to take my journal entries to another platform, in which format could you provide them? Only PDF, or also something like CSV? I don't need anything now, I just like to know these things in advance.

Thank you,
Hugo""",
      hard=True),
    # NEAR-LINE: asks about the format of a future export, explicitly "I don't need anything now" -> negative.

    M("en-neg-retreat-dietary-info", [],
      "Moira Campbell <moira.campbell@gmail.com>",
      "Retreat - my details",
      """Hi Sandra,

Here are my details for the retreat booking form, as requested: Moira Campbell, 7 Rue des Roses, 36120 Ardentes, 06 45 19 82 30. Dietary: vegetarian, no mushrooms please! Emergency contact: my husband Ian, same number.

Looking forward to it,
Moira""",
      hard=True),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "en-neg-cancel-retreat": "2025-08-18 07:55",
    "en-neg-thanks-deletion-done": "2025-12-29 10:31",
    "en-neg-eventbrite-order": "2026-03-02 21:44",
    "en-neg-export-calendar-ics": "2025-03-02 15:20",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
