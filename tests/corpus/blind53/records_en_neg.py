# English messages that are NOT data-subject requests.
from rec import R

SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")

RECORDS = [
R("en-neg-cant-access-course", "Can't access the course",
"""Hi Sandra,

I paid for the programme yesterday but when I log in the modules are all greyed out and it says "access pending". Could you check my access?

Thanks,
{prenom}""", [], att=[("png", "screenshot.png", "greyed")]),

R("en-neg-password", "password reset not working",
"""Hi, the password reset email never arrives (checked spam). Can you help me get into my account? Thanks""", []),

R("en-neg-invoice-copy", "Invoice copy",
"""Hello,
Could you resend a copy of the invoice for the March workshop? My company needs it for reimbursement.
Best, {name}""", []),

R("en-neg-close-account", "Close my account",
"""Hi Sandra, please close my account on the platform, I've finished the course. Thanks!""", []),  # NEAR-LINE: close account alone, no data -> negative

R("en-neg-cancel-booking", "Cancel my session on Friday",
"""Hi Sandra, I need to cancel Friday's session - work came up. Could we find another slot next week?
{prenom}""", []),

R("en-neg-how-long-keep", "Question about data retention",
"""Hello,

Out of curiosity - how long do you keep participants' questionnaires after a workshop? I'm writing my own privacy policy and looking for examples.

Cheers,
{prenom}""", []),

R("en-neg-right-question", "Just a question",
"""Hi, do I have the right to get my session notes deleted if my employer paid for the coaching? Not asking for it now, just want to understand. Thanks""", []),  # NEAR-LINE: question about how a right works -> negative

R("en-neg-friend-data", "My friend's details",
"""Hi Sandra,

My friend Clara did your course last year. Could you tell me what email you have for her? I'd like to surprise her with a gift voucher.

{prenom}""", []),

R("en-neg-thanks-above-request", "Re: Delete my data",
"""Thank you, much appreciated!""", [], quote=("en", """Hi,
Please delete all of my personal data from your systems.
Thanks"""), qfrom="self"),

R("en-neg-giving-consent", "Testimonial – yes!",
"""Hi Sandra,

Of course you can use my testimonial on your website, with my first name and photo. Happy to help!

{prenom}""", []),

R("en-neg-gdpr-training", "GDPR training for managers?",
"""Hello,

Do you offer training on GDPR awareness or data protection for managers, maybe as part of your leadership programmes? We have a team of 12 in Brussels.

Regards,
{name}
HR Business Partner""", []),

R("en-neg-consent-topic", "Boundaries & consent workshop",
"""Hi, is the "Boundaries & consent" workshop available in English, or only in French? I'd love to join the online session. Thanks!""", []),

R("en-neg-zoom-link", "Zoom link missing",
"""Hi Sandra, I don't have the Zoom link for tonight's group session. Could you send it? Thanks, {prenom}""", []),

R("en-neg-replay", "Replay of session 4",
"""Hello, will the replay of session 4 be uploaded to the members' area? I only see session 3. Thank you!""", []),

R("en-neg-calendar-export", "Add sessions to my calendar",
"""Hi Sandra, is there a way to export all the group session dates into my Outlook calendar? An .ics file would be perfect. Thanks""", []),

R("en-neg-stripe-receipt", "Your receipt from Floraison de Soi #1742-3391",
"""Receipt from Floraison de Soi

Amount paid: €97.00
Date paid: see dashboard
Payment method: Visa ending 4242

Online course "Breathe" - 1 × €97.00

Questions? Contact Floraison de Soi at contact@floraisondesoi.fr.""", [], frm=("Floraison de Soi", "receipts+acct_1Nx@stripe.com"), html="only", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-zoom-notice", "Your Zoom account: privacy statement update",
"""Hello,

We've updated our Privacy Statement to provide more information about how we process data, including your rights to access, correct and delete personal data. No action is required.

The Zoom Team""", [], frm=("Zoom", "no-reply@zoom.us"), html="alt", headers={"Precedence": "bulk", "List-Unsubscribe": "<https://zoom.us/unsubscribe>"}),

R("en-neg-google-workspace", "[Action required] Google Workspace billing",
"""Your Google Workspace payment was declined.

Domain: floraisondesoi.fr
Update your payment details in the Admin console to avoid suspension.

Google Workspace""", [], frm=("Google Workspace", "workspace-noreply@google.com"), html="only"),

R("en-neg-phishing", "Your account will be suspended",
"""Dear user,

We detected unusual activity on your PayPal account. To avoid permanent suspension and deletion of your data, verify your identity within 24 hours:

http://paypal-resolution-center.co/verify

PayPal Security""", [], frm=("PayPal Security", "security@paypal-resolution-center.co"), html="only"),

R("en-neg-compliance-spam", "Is your coaching business GDPR compliant?",
"""Hi there,

93% of coaches are not GDPR compliant. Our AI-powered tool generates your privacy policy, DPA and cookie banner in 5 minutes. Book a free demo today!

Unsubscribe""", [], frm=("Jake from ComplyFast", "jake@complyfast.io"), html="alt", headers={"List-Unsubscribe": "<mailto:unsub@complyfast.io>", "Precedence": "bulk"}),

R("en-neg-autoreply-gdpr", "Automatic reply: Workshop invoice",
"""Thank you for your email. I'm out of the office until 2 September.

Our privacy notice explains how we handle your data and your rights to access, rectify or erase it: https://helixbio.example/privacy

Kind regards,
{name}""", [], headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-bounce", "Undeliverable: Your course access",
"""Delivery has failed to these recipients or groups:

tom.reilly@oldcompany.ie
The email address you entered couldn't be found.""", [], frm=("Microsoft Outlook", "postmaster@outlook.com"), kind="bounce",
  dsn="Reporting-MTA: dns; AM6PR02MB1234.eurprd02.prod.outlook.com\n\nFinal-Recipient: rfc822; tom.reilly@oldcompany.ie\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound\n",
  orig_headers="From: Sandra Delomenie <contact@floraisondesoi.fr>\nTo: tom.reilly@oldcompany.ie\nSubject: Your course access\n"),

R("en-neg-sent-confirmation", "Your data request – done",
"""Hello,

Following your request, I confirm that your personal data has been deleted from my files and from the course platform. You won't hear from me again unless you reach out.

All the best,
Sandra Delomenie
Floraison de Soi""", [], frm=SANDRA),

R("en-neg-sent-export", "Your data export",
"""Hi,

As requested, please find attached an export of your course data in CSV format.

Best,
Sandra""", [], frm=SANDRA, att=[("csv", "course_data.csv", "module,completed,score\n1,yes,8\n2,yes,9\n")]),

R("en-neg-cnil-copy", "Copy: complaint to the CNIL",
"""Dear Ms Delomenie,

For your information, I attach a copy of the complaint I have lodged with the CNIL regarding marketing emails I continued receiving.

{name}""", [], att=[("pdf", "cnil_complaint.pdf", "CNIL complaint acknowledgement")]),

R("en-neg-company-training", "Training for our team – quote request",
"""Dear Sandra,

We would like to book your "Resilient teams" training for 8 employees of our Paris office in the autumn. Could you send a quote and the training agreement? Attached is the list of participants.

Kind regards,
{name}
People & Culture""", [], att=[("docx", "participants.docx", "List of participants - Resilient teams training")]),

R("en-neg-thanks-workshop", "Thank you!",
"""Dear Sandra, thank you so much for yesterday's workshop. I felt so seen. Looking forward to the next one!
{prenom}""", [], html="alt"),

R("en-neg-fwd-colleague", "Fwd: coaching enquiry",
"""Hi Sandra - forwarding this from my colleague who's interested in your English-language sessions. Could you get in touch with her?

{prenom}""", [], quote=("fwd_en", """Hi,
Do you know any coach who does sessions in English near Bourges? Thanks!
Nora"""), qfrom=("Nora Schmidt", "nora.schmidt@web.de")),

R("en-neg-delete-slot", "Delete the Tuesday slot",
"""Hi, can you delete my Tuesday 3pm slot from the booking page? I rebooked for Thursday. Thanks""", []),

R("en-neg-erase-whiteboard", "Whiteboard photo",
"""Hi Sandra, did anyone take a picture of the whiteboard before it was erased? I'd love a copy of the values map we made. Thanks!""", []),

R("en-neg-object-topic", "Question for next session",
"""Hello Sandra,

For our next session I'd like to work on how to object to my manager's decisions without getting defensive. Is that something we can focus on?

{prenom}""", []),

R("en-neg-newsletter-reply", "Re: The Floraison letter – saying no",
"""Loved this one, Sandra. Sharing it with my sister!""", [],
  quote=("en", """Hello everyone,
This month let's talk about the power of "no".
Unsubscribe: https://floraisondesoi.fr/desinscription"""), qfrom=("Floraison de Soi", "contact@floraisondesoi.fr")),

R("en-neg-paypal-refund", "You've sent a refund",
"""You sent a refund of €45.00 EUR to {name}.

Transaction ID: 8LK33291XJ0012345

PayPal""", [], frm=("PayPal", "service@paypal.com"), html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-login-sso", "Login issue",
"""Hello,

I registered with my Google account but now the platform asks for a password I never created. I can't get into my course. What should I do?

Thanks,
{name}""", []),

R("en-neg-wife-data", "My wife's information",
"""Hi,
My wife attended your workshop. Could you tell me what information you have about her? She asked me to sort it out.
{prenom}""", []),  # NEAR-LINE: spouse about a living adult -> negative

R("en-neg-unregister-workshop", "Unregister from Saturday",
"""Hi, I'd like to unregister from Saturday's workshop, something came up. Can I get a refund or credit? Thanks, {prenom}""", []),  # NEAR-LINE: booking cancellation, not mailing list -> negative

R("en-neg-calendly", "New Event: Discovery call (30 min)",
"""Hi Sandra,

A new event has been scheduled.

Invitee: {name}
Event: Discovery call (30 min)
Time zone: Europe/London

Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="only", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-systeme-notif", "New member signed up: Online course \"Breathe\"",
"""Hello Sandra,

A new member has joined your course "Breathe".
Email: e***@gmail.com

Systeme.io""", [], frm=("Systeme.io", "no-reply@systeme.io"), html="only", headers={"Auto-Submitted": "auto-generated"}),

R("en-neg-registration-info", "My details for registration",
"""Hi Sandra,

Here are my details for the online programme registration:
Name: {name}
Phone: +44 7700 900123
Address: 18 Mill Lane, Bath BA1 2AB

I'll pay by card.
{prenom}""", []),
]

RECORDS += [
R("en-neg-hr-disclaimer", "Attendance certificates – Leadership programme",
"""Dear Sandra,

Could you please send the attendance certificates for our four participants in the May cohort? Our finance team needs them to close the training budget.

Many thanks,
{name}
Learning & Development Coordinator

--
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying is prohibited. Helix Bio Ltd, registered in England and Wales No. 09876543.""", [], html="alt"),
]
