# English negatives: threads with quoted requests, questions, other adults, complaints,
# cancellations, platform notifications, vendor notices, spam/phishing, auto-replies, bounces, her own mail.
from rec_common import SC, SO, FS, SIG_SANDRA, SIG_SANDRA_SHORT

RECORDS = [

# ----------------------------------------------------------------------------- threads: request only in quoted text
dict(
    key="en-neg-thanks-after-deletion-confirmed",
    date="2025-04-02 09:25",
    frm=("Graham Whitworth", "graham.whitworth@btinternet.com"),
    subject="RE: Erasure request - second reminder",
    rights=[],
    body="""Dear Ms Delomenie,

Thank you for your confirmation and for your apology regarding the delay. I consider the matter closed.

Yours sincerely,
Graham Whitworth""",
    qstyle="outlook_en",
    thread=[
        dict(frm="SO", ago=1, body="""Dear Mr Whitworth,

Please accept my apologies for the delay in replying: your earlier messages were filtered as spam. I confirm that all personal data relating to you has now been erased from my files and platforms.

Kind regards,
Sandra Delomenie"""),
        dict(frm=("Graham Whitworth", "graham.whitworth@btinternet.com"), ago=3,
             body="""Dear Ms Delomenie, I once again ask that you erase all personal data relating to me under Article 17 GDPR. Graham Whitworth"""),
    ],
    # NEAR-LINE: closing thank-you above a quoted erasure request -> negative.
),

dict(
    key="en-neg-got-the-export-cheers",
    date="2025-05-24 08:50",
    frm=("Rebecca Lowe", "rebecca.lowe@gmail.com"),
    subject="Re: Transferring my coaching file",
    rights=[],
    body="""Brilliant, Helen says she's received the spreadsheet and it opened fine. Thank you so much, Sandra - I'll miss our sessions!

Rebecca x""",
    qstyle="gmail_en",
    thread=[
        dict(frm="SC", ago=0.5, body="""Hi Rebecca,

I've sent Helen your file as a CSV (questionnaire, goals and progress notes), copying you in.

Take care and good luck with the move!
Sandra"""),
        dict(frm=("Rebecca Lowe", "rebecca.lowe@gmail.com"), ago=4,
             body="""Hi Sandra, would you be able to send Helen my data in a format she can import, ideally a spreadsheet? Thanks, Rebecca"""),
    ],
),

dict(
    key="en-neg-question-after-handled-erasure-certificate",
    date="2025-08-09 11:45",
    frm=("Priya Raman", "priya.raman@outlook.com"),
    subject="Re: Please remove my account and data",
    rights=[],
    body="""Thanks Sandra! Quick question though, just out of curiosity: does this also mean my course completion certificate can't be re-issued if I lose it? I've got the PDF, so no problem either way.

Priya""",
    qstyle="outlook_en",
    thread=[
        dict(frm="SC", ago=1, body="""Hi Priya,

Your account and all associated data have been deleted. Only the invoice is kept, as required by French accounting rules.

Best wishes,
Sandra"""),
        dict(frm=("Priya Raman", "priya.raman@outlook.com"), ago=5,
             body="Hi, could you please delete my account along with all the data linked to it? Thank you, Priya"),
    ],
    # NEAR-LINE: question about the consequences of a right, above a handled erasure -> negative.
),

dict(
    key="en-neg-reply-newsletter-appreciation",
    date="2025-03-24 21:30",
    frm=("Moira Campbell", "moira.campbell@gmail.com"),
    subject="Re: Spring news from Floraison de Soi",
    rights=[],
    body="""Lovely newsletter as always, Sandra. The breathing exercise is now part of my morning routine (before the coffee, not after - progress!). See you at the English circle on the 5th.

Moira""",
    qstyle="gmail_en",
    thread=[dict(frm=FS, ago=0.6, to=("Moira Campbell", "moira.campbell@gmail.com"),
                 subject="Spring news from Floraison de Soi",
                 body="""Hello Moira,

Spring is here! Join our English-speaking circle on 5 April in Issoudun.

Warmly,
Sandra

Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="en-neg-forward-to-friend-cc-sandra",
    date="2025-03-27 12:15",
    frm=("Fiona McAllister", "fiona.mcallister@gmail.com"),
    to=[("Jane Porter", "jane.porter@hotmail.co.uk")],
    subject="Fwd: English-speaking circle - April",
    rights=[],
    headers={"Cc": "Sandra Delomenie <contact@floraisondesoi.fr>"},
    body="""Jane - this is the circle I told you about. Sandra's lovely and it's a great way to meet people when you're new here. I've copied her in so you can ask her anything directly.

F x""",
    qstyle="fwd_en",
    thread=[dict(frm=FS, ago=2, to=("Fiona McAllister", "fiona.mcallister@gmail.com"),
                 subject="English-speaking circle - April",
                 body="""Hello Fiona,

The next English-speaking circle is on Saturday 5 April, 10am, in Issoudun. Theme: "Finding your place".

Sandra""")],
),

dict(
    key="en-neg-follow-up-no-answer-retreat-dates",
    date="2025-11-05 19:30",
    frm=("Hannah Fischer", "hannah.fischer@gmx.de"),
    subject="Re: Retreat dates 2026?",
    rights=[],
    body="""Dear Sandra,

I'm sorry to write again - maybe my first mail got lost? I would like to book my train soon and need to know the dates of the summer retreat 2026.

Thank you!
Hannah""",
    qstyle="gmail_en",
    thread=[dict(frm=("Hannah Fischer", "hannah.fischer@gmx.de"), ago=11, subject="Retreat dates 2026?",
                 body="Dear Sandra, do you already know the dates for the summer retreat next year? Best, Hannah")],
),

# ----------------------------------------------------------------------------- questions about rights
dict(
    key="en-neg-question-how-long-keep-data",
    frm=("Eleanor Price", "eleanor.price@gmail.com"),
    subject="Data retention question",
    rights=[],
    body="""Hi Sandra,

Before I sign up for the 6-session package: how long do you keep notes and questionnaires after the coaching ends? And is anything stored outside the EU?

Thanks,
Eleanor""",
),

dict(
    key="en-neg-question-do-i-have-right-to-object",
    frm=("Tom Richardson", "tom.richardson@outlook.com"),
    subject="GDPR question",
    rights=[],
    body="""Hello,

My company is paying for my leadership coaching with you. Do I have the right to object to you sending a progress report to my HR department? I'm not objecting right now - I just want to understand how it works before the programme starts.

Tom""",
    # NEAR-LINE: asks whether a right exists, explicitly not exercising it -> negative.
),

# ----------------------------------------------------------------------------- other adults / complaints
dict(
    key="en-neg-husband-asks-wife-notes",
    frm=("Richard Moore", "richard.moore@btinternet.com"),
    subject="My wife's sessions",
    rights=[],
    body="""Dear Sandra,

My wife Helen has been seeing you for a few months. She's been very low lately and won't talk to me about it. Could you send me your notes or tell me what she's been discussing? I'm only trying to help her.

Richard Moore""",
    # NEAR-LINE: access-like request about another living adult, no mandate -> negative.
),

dict(
    key="en-neg-colleague-remove-colleague",
    frm=("Anna Kowalski", "anna.kowalski@technoflux.eu"),
    subject="Please remove my colleague",
    rights=[],
    body="""Hi,

My colleague Mark Jensen left the company last month but his old email (m.jensen@technoflux.eu) is still on your mailing list and everything lands in the shared inbox. Could you remove it?

Anna Kowalski
Office Manager, Technoflux""",
),

dict(
    key="en-neg-cnil-complaint-copy",
    date="2025-11-24 17:35",
    frm=("Oliver Bennett", "oliver.bennett@gmail.com"),
    subject="Complaint to the supervisory authority - for your information",
    rights=[],
    body="""Ms Delomenie,

As I have had no response to my subject access request, I have today lodged a complaint with the CNIL via their online form. A copy of the submission is attached for your records.

Oliver Bennett""",
    attach=[("pdf", "CNIL_complaint_Bennett.pdf",
             "Complaint submitted to the CNIL\nComplainant: Oliver BENNETT\nController: Floraison de Soi, Issoudun\nSubject: no response to an Article 15 access request")],
),

dict(
    key="en-neg-hr-attendance-list-paid-training",
    frm=("Laura Simmons", "l.simmons@northwind-logistics.com"),
    subject="Attendance sheets - Team cohesion training",
    rights=[],
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Hi Sandra,

Thanks for running the team cohesion training for our Châteauroux site. For our funding claim with the OPCO, could you send us the signed attendance sheets and the individual certificates for the 9 participants?

Best regards,
Laura Simmons
HR Business Partner - Northwind Logistics France""",
),

# ----------------------------------------------------------------------------- cancellations / account
dict(
    key="en-neg-cancel-booking-sick",
    frm=("Owen Parry", "owen.parry@hotmail.co.uk"),
    subject="Cancelling Saturday",
    rights=[],
    body="""Hi Sandra,

Really sorry, I've come down with flu and won't make Saturday's workshop. Please cancel my booking - happy to transfer to the next date if that's possible.

Owen""",
),

dict(
    key="en-neg-password-reset-help",
    frm=("Aisha Okafor", "aisha.okafor@outlook.com"),
    subject="Can't log in",
    rights=[],
    attach=[("png", "Screenshot_20250911_083412.png", "")],
    body="""Hi,

I can't log in to the course platform. The password reset email never arrives (checked spam). Could you reset it for me or tell me what's wrong?

Thanks,
Aisha""",
),

dict(
    key="en-neg-close-my-account-alone",
    frm=("Liam O'Brien", "liam.obrien@gmail.com"),
    subject="Close my account",
    rights=[],
    body="""Hi, please close my account on the course platform, I've finished the course. Cheers, Liam""",
    # NEAR-LINE: "close my account" with no mention of data -> negative per policy.
),

# ----------------------------------------------------------------------------- trigger words in business sense
dict(
    key="en-neg-consent-boundaries-module-question",
    frm=("Jennifer Walsh", "jennifer.walsh@gmail.com"),
    subject="Consent module - reading list?",
    rights=[],
    body="""Hi Sandra,

I loved the module on consent and boundaries in coaching relationships, especially the role-play about "implicit consent". Do you have a reading list for going deeper? I'd like to bring some of it into my own practice as a yoga teacher.

Jen""",
),

dict(
    key="en-neg-gdpr-as-training-topic",
    frm=("Mark Davidson", "mark.davidson@abbey-solutions.co.uk"),
    subject="Leadership programme - does it cover GDPR?",
    rights=[],
    body="""Hello Sandra,

We're considering your leadership programme for our French subsidiary's managers. Does it include anything on GDPR and handling employee data, or is it purely soft skills? Our managers keep asking what they're allowed to keep in 1:1 notes.

Kind regards,
Mark Davidson""",
),

dict(
    key="en-neg-invoice-copy-for-employer",
    date="2025-04-07 08:55",
    frm=("Julian Spencer", "julian.spencer@gmail.com"),
    subject="Invoice copy",
    rights=[],
    body="""Hi Sandra,

Could you send me a copy of the invoice for the March sessions, addressed to my company (Spencer Design Ltd) this time? My accountant needs it for expenses.

Thanks,
Julian""",
),

dict(
    key="en-neg-calendar-export-sessions",
    date="2025-03-05 13:40",
    frm=("Marcus Lindqvist", "marcus.lindqvist@gmail.com"),
    subject="Calendar",
    rights=[],
    body="""Hi Sandra, could you export our remaining session dates into an .ics file? My work calendar doesn't accept Calendly invites. Thanks! Marcus""",
),

dict(
    key="en-neg-giving-consent-testimonial",
    frm=("Naomi Clarke", "naomi.clarke@gmail.com"),
    subject="Re: Would you share a few words?",
    rights=[],
    body="""Of course, Sandra! Feel free to use my words on your website and on Facebook, with my first name and photo. It's the least I can do.

Naomi""",
    qstyle="gmail_en",
    thread=[dict(frm="SC", ago=2, subject="Would you share a few words?",
                 body="""Hi Naomi,

Would you be happy for me to publish your feedback as a testimonial on my website? Totally fine to say no, or to stay anonymous.

Sandra""")],
),

dict(
    key="en-neg-venue-access-parking",
    frm=("Peter Holloway", "holloway.pa@btinternet.com"),
    subject="Access to the venue",
    rights=[],
    body="""Hi Sandra,

Ann uses a wheelchair at the moment after her knee operation. Is there step-free access to the room for Saturday's workshop, and is there parking nearby?

Peter""",
),

# ----------------------------------------------------------------------------- her own sent mail (English)
dict(
    key="en-neg-sandra-sends-data-copy",
    date="2026-01-20 18:00",
    frm="SC",
    to=("Emma Sinclair", "emma.sinclair@icloud.com"),
    subject="Re: Your data",
    rights=[],
    body="""Hi Emma,

As requested, please find attached a copy of the personal data I hold about you: your registration details, the intake questionnaire, my session notes and the photo consent from the 2024 retreat.

Best wishes,
Sandra""",
    qstyle="apple_en",
    thread=[dict(frm=("Emma Sinclair", "emma.sinclair@icloud.com"), ago=10, subject="Your data",
                 body="Hi Sandra, could you send me a copy of what you have on file for me? Thanks, Emma")],
    attach=[("pdf", "Emma_Sinclair_data_copy.pdf",
             "Floraison de Soi - copy of personal data\nEmma SINCLAIR\nRegistration, intake questionnaire, session notes, photo consent (2024 retreat)")],
),

dict(
    key="en-neg-sandra-confirms-unsubscribe",
    date="2025-03-25 09:40",
    frm="SC",
    to=("Karen Blackwood", "karen.blackwood@yahoo.co.uk"),
    subject="Re: Spring news from Floraison de Soi",
    rights=[],
    body="""Hello Karen,

Sorry the link didn't work for you - I've removed you from the mailing list manually. You won't receive any more newsletters.

All the best,
Sandra""",
    qstyle="gmail_en",
    thread=[dict(frm=("Karen Blackwood", "karen.blackwood@yahoo.co.uk"), ago=0.5,
                 body="Please take me off your mailing list. Thank you.")],
),

# ----------------------------------------------------------------------------- auto-replies, bounces
dict(
    key="en-neg-ooo-autoreply-lists-gdpr-rights",
    frm=("Privacy Team - Northwind Logistics", "privacy@northwind-logistics.com"),
    subject="Automatic reply: Participant list for the training",
    rights=[],
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    body="""Thank you for contacting the Northwind Logistics Privacy Team.

This mailbox handles data protection requests. If you wish to exercise your rights of access, rectification, erasure, restriction, portability or objection, or to withdraw your consent, please use our online form at https://northwind-logistics.com/privacy-request. We aim to respond within one month.

This is an automated message. Please do not reply.""",
    thread=[dict(frm="SC", ago=0.01, to=("Privacy Team", "privacy@northwind-logistics.com"),
                 subject="Participant list for the training", body="(message)")],
    quote=False,
),

dict(
    key="en-neg-ooo-simple-holiday",
    date="2025-09-16 08:00",
    frm=("Moira Campbell", "moira.campbell@gmail.com"),
    subject="Out of office: Floraison de Soi - Autumn news",
    rights=[],
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    body="""Hello! I'm walking the Camino until 30 September with very little signal. I'll reply when I'm back (with sore feet).

Moira""",
    thread=[dict(frm=FS, ago=0.001, to=("Moira Campbell", "moira.campbell@gmail.com"),
                 subject="Floraison de Soi - Autumn news", body="(newsletter)")],
    quote=False,
),

dict(
    key="en-neg-postfix-bounce-domain-not-found",
    date="2025-06-04 08:40",
    kind="bounce",
    frm=("Mail Delivery System", "MAILER-DAEMON@mo531.mail-out.ovh.net"),
    to="contact",
    subject="Undelivered Mail Returned to Sender",
    rights=[],
    headers={"Auto-Submitted": "auto-replied"},
    body="""This is the mail system at host mo531.mail-out.ovh.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rob.ashdown@gmial.com>: Host or domain name not found. Name service error for
    name=gmial.com type=MX: Host not found, try again""",
    bounce=dict(mta="mo531.mail-out.ovh.net", recipient="rob.ashdown@gmial.com", status="5.4.4", remote="gmial.com",
                diag="Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found",
                orig=dict(frm="SC",
                          to="Robert Ashdown <rob.ashdown@gmial.com>",
                          subject="Re: Invoice 2025-077", ago=0.001,
                          body="""Dear Robert,

As requested, your data is now on hold while we resolve the invoice question: it is kept, but not used for anything else.

Kind regards,
Sandra""")),
    # NEAR-LINE: the bounced original is her reply to a restriction request; a bounce is never a request.
),

# ----------------------------------------------------------------------------- platforms
dict(
    key="en-neg-stripe-payout-paid",
    frm=("Stripe", "notifications@stripe.com"),
    to="contact",
    subject="Your payout of €642.00 is on the way",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Floraison de Soi

A payout of €642.00 has been initiated to your bank account ending in 4417.

Expected arrival: 2 business days
Payout ID: po_1R2kYbLk2aT9d0mNqX

View payout details in your Dashboard.

You're receiving this email because you're an administrator of the Floraison de Soi Stripe account.""",
),

dict(
    key="en-neg-zoom-cloud-recording-ready",
    date="2025-04-10 21:34",
    frm=("Zoom", "no-reply@zoom.us"),
    to="contact",
    subject="Cloud Recording - Webinar \"Slowing down\" is now available",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Webinar "Slowing down"
Date: Apr 10, 2025 08:00 PM Paris

Click here to view the recording, share it, or delete it:
https://zoom.us/rec/share/k3Jd8-example

Recordings are automatically deleted after 30 days under your account settings.

Thank you for choosing Zoom.""",
    # NEAR-LINE: "recording", "delete" wording in a platform notification -> negative.
),

dict(
    key="en-neg-calendly-new-event",
    date="2025-10-06 13:22",
    frm=("Calendly", "notifications@calendly.com"),
    to="contact",
    subject="New Event: Eleanor Price - 10:00am Tue, 14 Oct 2025 - Discovery call (30 min)",
    rights=[],
    attach=[("ics", "invite.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendly//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:evt-7f3c2a9e@calendly.com\nDTSTART:20251014T080000Z\nDTEND:20251014T083000Z\nSUMMARY:Discovery call (30 min) - Eleanor Price\nLOCATION:Zoom\nORGANIZER;CN=Sandra Delomenie:mailto:contact@floraisondesoi.fr\nATTENDEE;CN=Eleanor Price:mailto:eleanor.price@gmail.com\nEND:VEVENT\nEND:VCALENDAR\n")],
    html="alt",
    headers={"Reply-To": "Eleanor Price <eleanor.price@gmail.com>", "Auto-Submitted": "auto-generated"},
    body="""Hi Sandra Delomenie,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Eleanor Price
Invitee Email: eleanor.price@gmail.com
Event Date/Time: 10:00am - Tuesday, 14 October 2025 (Central European Time)
Location: Zoom

Questions:
What would you like to work on? Career change after 15 years in finance.

View event in Calendly

Sent from Calendly""",
),

dict(
    key="en-neg-google-workspace-storage",
    frm=("Google Workspace", "workspace-noreply@google.com"),
    to="contact",
    subject="Your Google storage is 90% full",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Your storage is almost full

You've used 13.5 GB of your 15 GB. When you run out of space, you won't be able to upload files to Drive, back up photos, or send and receive email in Gmail.

Free up space or get more storage.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""",
),

dict(
    key="en-neg-paypal-dispute-opened",
    date="2025-08-20 11:30",
    frm=("PayPal", "service@intl.paypal.com"),
    to="orange",
    subject="A buyer has opened a case",
    rights=[],
    html="only",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Hello Sandra Delomenie,

Gérald Caillaud opened a case regarding a transaction of €180.00 EUR.

Case ID: PP-R-KDX-102938475
Reason: Item not received

Please respond by the date shown in the Resolution Center.

Sincerely,
PayPal""",
),

dict(
    key="en-neg-linkedin-notification",
    frm=("LinkedIn", "messages-noreply@linkedin.com"),
    to="contact",
    subject="Sandra, you appeared in 23 searches this week",
    rights=[],
    html="alt",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>", "Precedence": "bulk"},
    body="""Sandra, you appeared in 23 searches this week

Your profile was found by people from: HR, Training & Development, Healthcare.

See all searches

You are receiving LinkedIn notification emails.
Unsubscribe | Help""",
),

# ----------------------------------------------------------------------------- vendor notices, spam, phishing
dict(
    key="en-neg-zoom-dpa-update",
    frm=("Zoom Privacy", "privacy-notices@zoom.us"),
    to="contact",
    subject="Important: Updates to Zoom's Data Processing Addendum",
    rights=[],
    html="alt",
    headers={"Precedence": "bulk"},
    body="""Dear Zoom customer,

We're writing to let you know that we've updated our Data Processing Addendum (DPA) and our list of sub-processors, effective in 30 days.

These updates reflect changes to the EU-U.S. Data Privacy Framework and clarify how Zoom assists you in responding to data subject requests for access, deletion and portability.

No action is required. You can review the updated DPA at zoom.com/trust.

The Zoom Privacy Team""",
),

dict(
    key="en-neg-compliance-spam-gdpr-audit",
    frm=("GDPR Compliance Desk", "audit@gdpr-compliance-desk.com"),
    to="contact",
    subject="Final notice: your website is NOT GDPR compliant",
    rights=[],
    html="alt",
    body="""Dear Website Owner,

Our automated scan of floraisondesoi.fr found critical GDPR violations:
- Missing data subject request procedure (Art. 15-22)
- Non-compliant cookie banner
- No record of processing activities

Fines can reach €20,000,000. Fix everything today with our Compliance Pack for only €249.

Reply YES to get started.

GDPR Compliance Desk
To opt out, reply REMOVE.""",
),

dict(
    key="en-neg-phishing-docusign",
    frm=("DocuSign", "dse@docusign-envelope-mail.net"),
    to="orange",
    subject="Sandra Delomenie, you have a document to review and sign",
    rights=[],
    html="only",
    body="""DocuSign

Notaire Office sent you a document to review and sign.

"Succession - données personnelles du défunt"

REVIEW DOCUMENT: http://docusign-envelope-mail.net/review?id=88a1

Do Not Share This Email
This email contains a secure link to DocuSign.""",
    # NEAR-LINE: phishing that borrows post-mortem vocabulary -> negative.
),

dict(
    key="en-neg-phishing-microsoft-password-expiry",
    frm=("Microsoft 365 Admin", "no-reply@m365-account-security.com"),
    to="contact",
    subject="Action required: your password expires today",
    rights=[],
    html="only",
    body="""Microsoft

The password for contact@floraisondesoi.fr expires today.

Keep current password: https://m365-account-security.com/keep

If you ignore this message, your access will be restricted and pending messages deleted.

Microsoft Corporation, One Microsoft Way, Redmond, WA""",
),

dict(
    key="en-neg-forwarded-scam-check-rfc822",
    kind="rfc822",
    frm=("Ingrid Svensson", "ingrid.svensson@telia.se"),
    subject="Is this from you?",
    rights=[],
    body="""Hi Sandra,

I got the attached email asking me to "verify my GDPR data" and pay a small fee. It uses your logo. I assume it's a scam but wanted to check with you before deleting it.

Ingrid""",
    inner=dict(frm=("Floraison de Soi Team", "support@floraison-de-soi-verify.com"),
               to=("Ingrid Svensson", "ingrid.svensson@telia.se"),
               subject="Verify your personal data (GDPR)", ago=1, html=True,
               body="""Dear client,

To comply with GDPR, you must verify your personal data within 48 hours. A processing fee of 9.90 EUR applies.

Verify now: http://floraison-de-soi-verify.com/gdpr

Floraison de Soi"""),
),

dict(
    key="en-neg-canva-team-invite",
    frm=("Canva", "no-reply@canva.com"),
    to="contact",
    subject="Karine invited you to join her team on Canva",
    rights=[],
    html="alt",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Karine Lopes invited you to join "Formations Berry" on Canva

Collaborate on designs, share brand assets and access shared folders.

Join team

Canva, 110 Kippax St, Surry Hills NSW 2010, Australia""",
),


dict(
    key="en-neg-found-reply-in-spam-all-good",
    date="2025-10-23 09:10",
    frm=("Dan Hughes", "dan.hughes@outlook.com"),
    subject="Re: Subject access request",
    rights=[],
    body="""Hi Sandra,

Apologies - I've just found your reply and the attachment in my junk folder, dated two weeks ago. Please ignore my chaser, I have everything I need.

Thanks,
Dan""",
    qstyle="outlook_en",
    thread=[
        dict(frm=("Daniel Hughes", "dan.hughes@outlook.com"), ago=3, subject="RE: Subject access request",
             body="""Hi Sandra, just following up on my email below. I still haven't received the copy of my personal data. Thanks, Dan"""),
        dict(frm=("Daniel Hughes", "dan.hughes@outlook.com"), ago=35, subject="Subject access request",
             body="""Dear Ms Delomenie, under Article 15 GDPR, I'd like a copy of all personal data you hold about me. Best regards, Daniel Hughes"""),
    ],
    # NEAR-LINE: retracts a chaser; the access request is only in the quoted history -> negative.
),

]
