# English messages that are NOT data-subject requests.
from rec import R

SANDRA_C = ("Sandra Delomenie", "contact@floraisondesoi.fr")

RECORDS = [
R("en-neg-cancel-booking", "Cancelling Saturday",
"""Hi Sandra, so sorry but I have to cancel my place for Saturday's workshop. Could I transfer it to the next one?
Best, Amy""", []),

R("en-neg-delete-slot", "Delete my Thursday slot",
"""Hi, can you delete my Thursday 4pm slot? Something came up at work. I'll rebook via Calendly. Thanks, Ravi""", []),

R("en-neg-password-reset", "Can't log in",
"""Hello, I can't log into the course platform, the password reset link doesn't arrive. Could you help?
Thanks, Olga""", []),

R("en-neg-close-account-only", "Close my account",
"""Hi, please close my account on the course platform, I won't be using it anymore. Thanks, Mike""", []),  # NEAR-LINE: close account alone -> negative

R("en-neg-how-long-keep", "Data retention question",
"""Hello Sandra,

Before I book: how long do you keep session notes after coaching ends? And would I be able to get a copy if I wanted one later? Just trying to understand how it works.

Thanks,
Claire Donovan""", []),  # NEAR-LINE: question about how rights work -> negative

R("en-neg-do-i-have-right", "GDPR question",
"""Hi, do I have the right to ask you to delete my workshop photos later on, if I change my mind? Asking before I sign the photo release. Cheers, Tess""", []),

R("en-neg-ico-complaint-copy", "Copy: complaint to the supervisory authority",
"""Dear Ms Delomenie,

For your information, attached is a copy of the complaint I filed today with the CNIL regarding unsolicited emails.

Regards,
Graham Potts""", [], att=["pdf:complaint_cnil.pdf|Complaint to CNIL - Graham Potts"]),

R("en-neg-spouse-data", "My wife's sessions",
"""Hi Sandra,
My wife Laura was seeing you for coaching last year. Could you send me her notes? I think it would help me understand her better.
Thanks, Greg""", []),  # NEAR-LINE: another living adult's data -> negative

R("en-neg-thanks-above-erasure", "Re: Your data has been deleted",
"""Thank you Sandra, much appreciated!""", [],
q="""Dear Kate,

As requested, I have deleted all your personal data from my records.

Best wishes,
Sandra""", qs="en", qwho="Sandra Delomenie <contact@floraisondesoi.fr>"),

R("en-neg-thanks-outlook-export", "RE: Your data export",
"""Got it, thanks. The CSV opens fine.

Regards,
Laura""", [],
q="""Hello Laura,

Please find attached your data in CSV format as requested.

Sandra Delomenie""", qs="outlook_en", qwho="Sandra Delomenie <contact@floraisondesoi.fr>", qto="Laura Jensen"),

R("en-neg-give-consent", "Photo release",
"""Hi Sandra, happy for you to use the photos from the retreat on your website and Instagram, tag me if you like! x Bella""", []),

R("en-neg-autoreply", "Automatic reply: Workshop materials",
"""Thank you for your email. I am out of the office until 3 September with limited access to email. For urgent matters please contact my colleague at office@hartleyconsulting.co.uk.""", [],
hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-autoreply-gdpr", "Auto: We received your message",
"""Thank you for contacting Wellspring Studio. We aim to respond within 2 working days.

Privacy notice: under the GDPR you have the right to access, rectify, erase or port your personal data, and to object to processing. To exercise these rights write to privacy@wellspringstudio.co.uk.""", [],
frm=("Wellspring Studio", "hello@wellspringstudio.co.uk"), hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),

R("en-neg-bounce", "Undelivered Mail Returned to Sender",
"""This is the mail system at host mx.floraisondesoi.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.""", [],
frm=("Mail Delivery System", "MAILER-DAEMON@mx.floraisondesoi.fr"), kind="report", bounce_to="old.client@yahoo.co.uk",
bounce_subj="Your data export", bounce_body="Hello,\n\nPlease find your data export attached.\n\nSandra\n",
hdr={"Auto-Submitted": "auto-replied"}),

R("en-neg-stripe-payout", "Your payout of €1,240.00 is on the way",
"""Hi Sandra,

A payout of €1,240.00 is on its way to your bank account ending in 4821. It should arrive within 2 business days.

— The Stripe team""", [], frm=("Stripe", "notifications@stripe.com"), html="only", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-zoom-dpa", "Updates to Zoom's Data Processing Addendum",
"""Dear Zoom customer,

We are updating our Data Processing Addendum and Privacy Statement effective 1 June. No action is required. You can review the updated documents in your account.

Zoom Video Communications""", [], frm=("Zoom", "no-reply@zoom.us"), html="alt", hdr={"Precedence": "bulk"}),

R("en-neg-google-workspace", "Important: changes to Google Workspace terms",
"""Hello Administrator,

We're making changes to the Cloud Data Processing Addendum that applies to your Google Workspace account floraisondesoi.fr. These changes take effect in 30 days.

The Google Workspace Team""", [], frm=("Google Workspace", "workspace-noreply@google.com"), html="only"),

R("en-neg-paypal-receipt", "You've received a payment",
"""Hello Sandra Delomenie,

You received a payment of €60.00 EUR from Thomas Reid.
Note: "Workshop 14 June - thanks!"

PayPal""", [], frm=("PayPal", "service@paypal.fr"), html="alt"),

R("en-neg-phishing-dropbox", "Sandra, you have a shared document",
"""A document "Invoice_2025_Floraison.pdf" was shared with you. Sign in with your email password to view:
http://dropbox-docs-share.com/view

Dropbox""", [], frm=("Dropbox", "no-reply@dropbox-docs-share.com"), html="only"),

R("en-neg-compliance-spam", "Is your website GDPR compliant? Free audit",
"""Hi there,

78% of small businesses are not GDPR compliant. Our AI tool scans your website in 60 seconds and generates your cookie banner and privacy policy. Reply YES for a free audit.

Best,
Jake from ComplyFast""", [], frm=("Jake - ComplyFast", "jake@complyfast.io"), hdr={"List-Unsubscribe": "<mailto:unsub@complyfast.io>"}),

R("en-neg-sandra-confirm", "Confirmation: your data has been erased",
"""Dear Ms Quinn,

Further to your request, I confirm that all your personal data has been erased from my records, with the exception of invoices that I am legally required to keep for ten years.

Kind regards,
Sandra Delomenie""", [], frm=SANDRA_C, to="martha.quinn@gmail.com"),

R("en-neg-sandra-newsletter-en", "Floraison de Soi — English newsletter, autumn",
"""Dear friends,

Autumn is here. Our online workshops in English resume on 6 October: "Finding your path" and "Writing to heal".

You are receiving this because you subscribed. Unsubscribe anytime.

Sandra""", [], frm=SANDRA_C, to="subscribers-en@floraisondesoi.fr", html="alt",
hdr={"List-Id": "Floraison de Soi English <en.floraisondesoi.fr>", "List-Unsubscribe": "<https://floraisondesoi.fr/unsubscribe>", "Precedence": "bulk"}),

R("en-neg-access-building", "Access to the building",
"""Hi Sandra, for the workshop on Saturday, is there wheelchair access to the room? And is there parking nearby? Thanks, Derek""", []),

R("en-neg-invoice-copy", "Copy of invoice please",
"""Hello, could you send me a copy of the invoice for the October sessions? My accountant needs it. Many thanks, Rosa""", []),

R("en-neg-gdpr-training-topic", "GDPR module for our team?",
"""Dear Ms Delomenie,

We're a small charity in Tours with English-speaking volunteers. Could you run a half-day session on consent, GDPR basics and data subject rights for our staff? Please send a quote.

Best regards,
Fiona Clarke, Volunteer Coordinator""", []),

R("en-neg-correct-essay", "My reflection piece",
"""Hi Sandra, here's my reflection essay from module 2. Could you correct it and give me feedback before Friday?
Thanks, Aaron""", [], att=["docx:reflection_module2.docx|Reflection essay module 2 - Aaron Mills"]),

R("en-neg-withdraw-from-course", "Withdrawing from the course",
"""Dear Sandra,

I'm afraid I have to withdraw from the 6-week programme due to family reasons. Could you let me know about a partial refund?

Best,
Naomi""", []),  # NEAR-LINE: withdrawing from a course (cancellation), not consent -> negative

R("en-neg-colleague-address", "Contact details for Sarah?",
"""Hi Sandra, do you have Sarah Baxter's phone number from the training? We wanted to carpool. Cheers, Liz""", []),

R("en-neg-calendly-booked", "New Event: Discovery call with Priya Shah",
"""Hi Sandra,

A new event has been scheduled.
Event Type: Discovery call (30 min)
Invitee: Priya Shah
Invitee email: priya.shah@gmail.com

Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="only", att=["ics:Discovery call"]),

R("en-neg-mailchimp-report", "Your campaign report: Autumn newsletter",
"""Your campaign "Autumn newsletter" was sent to 412 subscribers.
Opens: 48.3% — Clicks: 6.1% — Unsubscribes: 3

Mailchimp""", [], frm=("Mailchimp", "no-reply@mailchimp.com"), html="alt", hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-fwd-rfc822", "Fwd: English-speaking client",
"""Sandra, forwarding this enquiry from our website form — an English speaker asking about individual sessions. Can you take it?
Mathilde (assistante)""", [], kind="rfc822", frm=("Mathilde Roy", "mathilde.roy.assist@gmail.com"),
fwd={"from": "Owen Blake <owen.blake@outlook.com>", "to": "contact@floraisondesoi.fr", "subject": "Coaching in English?",
     "body": "Hello, do you offer one-to-one coaching in English? I live near Bourges. Thanks, Owen"}),

R("en-neg-thanks-feedback", "Thank you!",
"""Dear Sandra,

Just wanted to say thank you for the retreat. I came home lighter. I've already recommended you to two friends.

Warmly,
Caroline""", []),

R("en-neg-sister-data", "About my sister",
"""Hello,
My sister Rachel did your programme. She's not answering her phone. Could you tell me when she last had a session with you and what address you have for her?
Thank you
Diane""", []),  # NEAR-LINE: another living adult's data -> negative

R("en-neg-export-calendar", "Calendar export",
"""Hi Sandra, the workshop calendar on your site — can it be exported to iCal? I'd like the dates in my phone. Thanks, Ben""", []),

R("en-neg-opposing-view", "Follow-up thought",
"""Hi Sandra,
After our last session I realised I always avoid opposing my manager in meetings. Could we work on that next time?
See you Tuesday,
Kim""", []),

R("en-neg-subject-only", "Running 5 minutes late, sorry!", "", []),

R("en-neg-qonto-export", "Your transaction export is ready",
"""Hello Sandra,

Your export of transactions (CSV) for January–March is ready to download from your Qonto account. The link expires in 7 days.

Qonto""", [], frm=("Qonto", "noreply@qonto.com"), html="only"),

R("en-neg-company-paid-invoice", "Training invoice — PO number",
"""Dear Ms Delomenie,

Please reissue the invoice for the stress-management training (12 participants) with our PO number 4500123987. Our finance team cannot process it without.

Kind regards,
Accounts Payable, Helix Pharma France""", [], frm=("Accounts Payable", "ap-france@helixpharma.com"), hdr={"Cc": "Julie Mercier <julie.mercier@helixpharma.com>", "Reply-To": "ap-france@helixpharma.com"}),
]
