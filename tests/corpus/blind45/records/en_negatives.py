"""English negatives."""
from ._common import CONTACT, ORANGE, FLORAISON, SANDRA, SIG, SIG_SHORT

RECORDS = [
    dict(
        key="en-neg-stripe-payout",
        rights=[],
        sender=("Stripe", "notifications@stripe.com"),
        to="contact",
        mid="sendgrid",
        auto=True,
        subject="Your payout of €1,315.00 is on the way",
        body=(
            "Floraison de Soi\n\n"
            "A payout of €1,315.00 EUR is expected to arrive in your bank account ending in 4417 within 2 business days.\n\n"
            "View payout in Dashboard\n\n"
            "You're receiving this email because you have a Stripe account. Manage your email preferences."
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="en-neg-zoom-recording-deleted",
        rights=[],
        sender=("Zoom", "no-reply@zoom.us"),
        to="contact",
        mid="sendgrid",
        auto=True,
        subject="Your cloud recordings will be permanently deleted in 7 days",
        body=(
            "Hi Sandra,\n\n"
            "The following cloud recordings are in your trash and will be permanently deleted in 7 days:\n\n"
            "- Team resilience workshop - NordFrost (2 files)\n"
            "- Open Q&A session (1 file)\n\n"
            "To keep them, recover them from the trash before that date.\n\n"
            "The Zoom Team"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        key="en-neg-calendly-new-booking",
        date="2025-03-01 10:02",
        rights=[],
        sender=("Calendly", "notifications@calendly.com"),
        to="contact",
        mid="sendgrid",
        auto=True,
        reply_to=("Fiona Mackenzie", "fiona.mackenzie@vantor-pharma.com"),
        subject="New Event: Fiona Mackenzie - 45 min Coaching Session",
        body=(
            "Hi Sandra,\n\n"
            "A new event has been scheduled.\n\n"
            "Event Type: 45 min Coaching Session\n"
            "Invitee: Fiona Mackenzie\n"
            "Invitee Email: fiona.mackenzie@vantor-pharma.com\n"
            "Location: Zoom\n\n"
            "Questions: What would you like to work on? \"Preparing for a difficult conversation with my team.\"\n\n"
            "View event in Calendly"
        ),
        attachments=[dict(type="ics", filename="invite.ics",
                          text=("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nMETHOD:REQUEST\r\n"
                                "BEGIN:VEVENT\r\nUID:6f1c2b7e-cal-fiona@calendly.com\r\nDTSTAMP:20250301T090000Z\r\n"
                                "DTSTART:20250311T150000Z\r\nDTEND:20250311T154500Z\r\n"
                                "SUMMARY:45 min Coaching Session - Fiona Mackenzie\r\nLOCATION:Zoom\r\n"
                                "END:VEVENT\r\nEND:VCALENDAR\r\n"))],
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="en-neg-google-security-alert",
        rights=[],
        sender=("Google", "no-reply@accounts.google.com"),
        to="contact",
        mid="gmail",
        auto=True,
        subject="Security alert: new app password created",
        body=(
            "An app password was created to sign in to your account\n\n"
            "sandra.floraison@gmail.com\n\n"
            "If you didn't generate this password for Thunderbird, someone might be using your account. Check and "
            "secure your account now.\n\n"
            "Check activity\n\n"
            "You can also see security activity at https://myaccount.google.com/notifications"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="alt",
    ),
    dict(
        key="en-neg-paypal-payment-received",
        rights=[],
        sender=("service@intl.paypal.com", "service@intl.paypal.com"),
        to="orange",
        mid="mta",
        auto=True,
        subject="You've got money",
        body=(
            "Hello Sandra Delomenie,\n\n"
            "You received a payment of €180.00 EUR from Margaret Holloway.\n\n"
            "Note from Margaret: \"Three sessions - thank you!\"\n\n"
            "Transaction ID: 4UJ29871HX552301D"
        ),
        headers=[("Auto-Submitted", "auto-generated")],
        html="only",
    ),
    # NEAR-LINE: auto-reply listing GDPR rights -> negative.
    dict(
        key="en-neg-autoreply-gdpr-rights-footer",
        rights=[],
        sender=("NordFrost Logistics - People Team", "people@nordfrost-logistics.com"),
        to="contact",
        mid="outlook365",
        auto=True,
        subject="Automatic reply: Invoice 2025-112 - leadership workshop",
        body=(
            "Thank you for contacting the NordFrost People Team. We have received your message and will respond "
            "within three working days.\n\n"
            "Privacy notice: NordFrost Logistics B.V. processes the personal data in your message to handle your "
            "enquiry. You have the right to request access to, rectification or erasure of your personal data, to "
            "object to or restrict its processing, and to data portability. Contact privacy@nordfrost-logistics.com.\n\n"
            "This is an automated message."
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")],
        reply=True,
    ),
    dict(
        key="en-neg-bounce-gmail-nosuchuser",
        rights=[],
        sender=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        to="contact",
        mid="gmail",
        auto=True,
        kind="bounce",
        subject="Delivery Status Notification (Failure)",
        body=(
            "Address not found\n\n"
            "Your message wasn't delivered to hannah.reidd@gmail.com because the address couldn't be found, or is "
            "unable to receive mail.\n\n"
            "The response from the remote server was:\n"
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
            "recipient's email address for typos or unnecessary spaces."
        ),
        bounce=dict(
            mta="mail-sor-f41.google.com",
            remote_mta="gmail-smtp-in.l.google.com",
            recipient="hannah.reidd@gmail.com",
            status="5.1.1",
            diagnostic="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
            original=dict(
                sender=CONTACT,
                to=("Hannah Reid", "hannah.reidd@gmail.com"),
                subject="Your DISC profile",
                body="Hi Hannah,\n\nPlease find your individual DISC profile attached.\n\nBest,\nSandra",
            ),
        ),
        headers=[("Auto-Submitted", "auto-replied")],
    ),
    dict(
        key="en-neg-phishing-docusign",
        rights=[],
        sender=("DocuSign via Secure", "dse@docusign-secure-review.net"),
        to="contact",
        mid="uuid",
        subject="Sandra, please review and sign: Training Agreement 2025 - NordFrost",
        body=(
            "NordFrost People Team sent you a document to review and sign.\n\n"
            "REVIEW DOCUMENT\n\n"
            "Your access expires in 24 hours. To protect your data, you will be asked to confirm your email password.\n\n"
            "Do not share this email. This message was sent to you by DocuSign Electronic Signature Service."
        ),
        html="only",
    ),
    dict(
        key="en-neg-spam-gdpr-compliance",
        rights=[],
        sender=("GDPR Compliance Desk", "alerts@eu-gdpr-register.com"),
        mid="mailjet",
        subject="URGENT: Your business is not registered in the EU GDPR Data Controller Register",
        body=(
            "Dear business owner,\n\n"
            "Our records show that FLORAISON DE SOI has not completed its mandatory registration in the EU Data "
            "Controller Register. Failure to register within 14 days may result in penalties of up to EUR 20,000,000.\n\n"
            "Complete your registration now for a one-off fee of EUR 349.\n\n"
            "This is a commercial communication. Reply REMOVE to opt out."
        ),
        headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:remove@eu-gdpr-register.com>")],
        html="alt",
    ),
    dict(
        key="en-neg-question-how-long-keep",
        rights=[],
        sender=("Megan Price", "megan.price@gmail.com"),
        subject="Quick question about records",
        body=(
            "Hi Sandra,\n\n"
            "Before I sign up for the six-session package: how long do you keep session notes after we finish? "
            "And are they stored on paper or online? Just want to understand how it works.\n\n"
            "Thanks,\n"
            "Megan"
        ),
    ),
    # NEAR-LINE: "Do I have the right to...?" - asks about the right, not exercising it -> negative.
    dict(
        key="en-neg-question-do-i-have-right",
        rights=[],
        sender=("Owen Griffiths", "owen.griffiths@nordfrost-logistics.com"),
        to="contact",
        subject="GDPR question",
        body=(
            "Hello Sandra,\n\n"
            "Do I have the right to see the feedback my colleagues gave about me in the 360 exercise, or does that "
            "belong to the company since they paid for it? I'm not asking for anything yet, just trying to "
            "understand the rules.\n\n"
            "Owen"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="en-neg-thanks-after-erasure",
        rights=[],
        sender=("Jake Morrison", "jake.morrison@yahoo.co.uk"),
        subject="Re: Delete my account and data",
        body="Cheers Sandra, appreciated. All the best with the business.\n\nJake",
        quote=dict(
            style="gmail_uk",
            sender=CONTACT,
            text=(
                "Hi Jake,\n\n"
                "Your account on the course platform and all your personal data have now been deleted. Only the "
                "invoice is kept, as required by French accounting law.\n\n"
                "Best wishes,\n" + SIG_SHORT
            ),
        ),
        mid="yahoo",
    ),
    # NEAR-LINE: "close my account" with no mention of data -> negative.
    dict(
        key="en-neg-close-my-account-only",
        rights=[],
        sender=("Ryan Foster", "ryan.foster@outlook.com"),
        subject="Account",
        body="Hi, please close my account on the learning platform. Thanks, Ryan",
        mid="outlook",
    ),
    dict(
        key="en-neg-password-reset",
        rights=[],
        sender=("Linda Hayes", "linda.hayes@gmail.com"),
        subject="Can't log in",
        body=(
            "Hello,\n\n"
            "I've reset my password twice for the online programme but the login page keeps saying \"invalid "
            "credentials\". Could you check whether my account is still active? I'm on module 4.\n\n"
            "Linda"
        ),
    ),
    dict(
        key="en-neg-cancel-workshop",
        rights=[],
        sender=("Peter Walsh", "peter.walsh@icloud.com"),
        subject="Cancelling Saturday",
        body=(
            "Dear Sandra,\n\n"
            "I'm afraid I have to cancel my place on Saturday's workshop - my flight back from Dublin has been moved. "
            "Please let me know if there's a cancellation fee.\n\n"
            "Best,\n"
            "Peter\n\n"
            "Sent from my iPhone"
        ),
        mua="iphone",
    ),
    dict(
        key="en-neg-hr-participant-list",
        rights=[],
        sender=("Ingrid de Vries", "ingrid.devries@nordfrost-logistics.com"),
        to="contact",
        subject="Participants - resilience workshop, cohort 3",
        body=(
            "Hi Sandra,\n\n"
            "Please find attached the list of participants for cohort 3 with their names, roles, shift patterns and "
            "email addresses. Two of them need the session in English; I've flagged them.\n\n"
            "Could you also send the joining instructions to everyone directly?\n\n"
            "Kind regards,\n"
            "Ingrid de Vries\n"
            "HR Business Partner France"
        ),
        attachments=[dict(type="csv", filename="cohort3_participants.csv",
                          text=("name,role,shift,email,language\n"
                                "Owen Griffiths,Shift Supervisor,early,owen.griffiths@nordfrost-logistics.com,EN\n"
                                "Céline Moreau,Planner,day,celine.moreau@nordfrost-logistics.com,FR\n"
                                "Bastien Roy,Forklift Lead,late,bastien.roy@nordfrost-logistics.com,FR\n"))],
        cc=[("Graham Pike", "graham.pike@nordfrost-logistics.com"), ("Training France", "training.fr@nordfrost-logistics.com")],
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: a line manager asks for an employee's individual results - not his own data -> negative.
    dict(
        key="en-neg-manager-employee-results",
        rights=[],
        sender=("Graham Pike", "graham.pike@nordfrost-logistics.com"),
        to="contact",
        subject="Owen's assessment",
        body=(
            "Hi Sandra,\n\n"
            "Owen Griffiths in my team did your 360 programme. Could you send me his individual report? I'd like to "
            "use it in his performance review next month.\n\n"
            "Thanks,\n"
            "Graham Pike\n"
            "Site Manager"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: a wife asks for her living husband's notes -> negative.
    dict(
        key="en-neg-wife-asks-husband-data",
        rights=[],
        sender=("Karen Doyle", "karen.doyle@gmail.com"),
        subject="My husband's sessions",
        body=(
            "Hello Sandra,\n\n"
            "My husband Mike has been seeing you for a few weeks. He's been very withdrawn and I'm worried. Could you "
            "send me the notes of his sessions or at least tell me what you've been working on? I think it would help "
            "me support him.\n\n"
            "Karen"
        ),
    ),
    # NEAR-LINE: copy of a complaint lodged with the CNIL -> negative.
    dict(
        key="en-neg-copy-cnil-complaint",
        rights=[],
        sender=("Daniel Okafor", "d.okafor@protonmail.com"),
        subject="FYI - complaint lodged with the CNIL",
        body=(
            "Dear Ms Delomenie,\n\n"
            "For your information, I have today lodged a complaint with the CNIL regarding the handling of my subject "
            "access request. Below is a copy of the text submitted via the CNIL online form.\n\n"
            "\"On the above date I sent a subject access request to Floraison de Soi. The reply I received omitted the "
            "recipients of my data and the retention periods. I ask the CNIL to examine this.\"\n\n"
            "Regards,\n"
            "Daniel Okafor"
        ),
    ),
    dict(
        key="en-neg-vendor-dpa-canva",
        rights=[],
        sender=("Canva", "legal-notices@canva.com"),
        to="contact",
        mid="ses",
        auto=True,
        subject="Updates to our Data Processing Addendum",
        body=(
            "Hi there,\n\n"
            "We're writing to let you know we've updated Canva's Data Processing Addendum (DPA) and our list of "
            "sub-processors. These updates take effect 30 days from the date of this email.\n\n"
            "You don't need to do anything. If you have questions, visit our Privacy Center.\n\n"
            "Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia"
        ),
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        html="alt",
    ),
    dict(
        key="en-neg-vendor-privacy-notice-notion",
        rights=[],
        sender=("Notion Team", "team@makenotion.com"),
        to="contact",
        mid="sendgrid",
        auto=True,
        subject="We're updating our Privacy Policy",
        body=(
            "Hi Sandra,\n\n"
            "We're making changes to our Privacy Policy to give you more detail about how we use data to power Notion "
            "AI features, and about your choices. The updated policy applies from next month.\n\n"
            "Read the updated Privacy Policy.\n\n"
            "Notion Labs, Inc., 2300 Harrison Street, San Francisco, CA 94110"
        ),
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://www.notion.so/unsubscribe>")],
        html="alt",
    ),
    dict(
        key="en-neg-invoice-copy-request",
        rights=[],
        sender=("Accounts Payable - Vantor Pharma", "ap.france@vantor-pharma.com"),
        to="contact",
        subject="Copy of invoice 2025-098 required",
        body=(
            "Hello,\n\n"
            "We cannot locate your invoice 2025-098 for the team seminar. Please send a copy with our PO number "
            "(PO-FR-77310) so that we can process payment.\n\n"
            "Accounts Payable\n"
            "Vantor Pharma France"
        ),
        mid="outlook365",
    ),
    dict(
        key="en-neg-agenda-export-assistant",
        rights=[],
        sender=("Lucy Turner", "lucy.turner@virtualassist.co.uk"),
        subject="Calendar sync",
        body=(
            "Hi Sandra,\n\n"
            "To set up your booking pages I'll need an export of your Google Calendar (.ics) for the next three months, "
            "or just share it with me in view-only mode. I'll then block your teaching days in Calendly.\n\n"
            "Lucy\n"
            "Virtual Assist - remote admin support"
        ),
    ),
    dict(
        key="en-neg-consent-given-testimonial",
        rights=[],
        sender=("Olivia Bennett", "olivia.bennett@gmail.com"),
        subject="Re: Would you share a few words?",
        body=(
            "Hi Sandra,\n\n"
            "Of course! Feel free to use the paragraph below on your website with my first name and city. Happy for "
            "you to add the photo from the retreat too.\n\n"
            "\"Working with Sandra helped me find the courage to leave a job that was wearing me down.\" - Olivia, Paris\n\n"
            "x"
        ),
        quote=dict(
            style="gmail_en",
            sender=CONTACT,
            text="Hi Olivia,\n\nWould you be willing to share a few words about our work together for my website?\n\nSandra",
        ),
    ),
    dict(
        key="en-neg-sent-export-to-client",
        rights=[],
        sender=CONTACT,
        to=("Lars Henriksen", "lars.henriksen@proton.me"),
        reply_sender=("Lars Henriksen", "lars.henriksen@proton.me"),
        reply=True,
        subject="Re: Data portability request",
        body=(
            "Dear Lars,\n\n"
            "Please find attached, as requested, the personal data you provided in a machine-readable format: your "
            "profile, your course progress and your journal entries (JSON).\n\n"
            "Kind regards,\n" + SIG
        ),
        attachments=[dict(type="json", filename="lars_henriksen_export.json",
                          text=('{"profile": {"name": "Lars Henriksen", "email": "lars.henriksen@proton.me"},\n'
                                ' "course": {"title": "Reprendre confiance", "modules_completed": 5},\n'
                                ' "journal": [{"week": 1, "entry": "Started the morning pages."}]}\n'))],
        mua="thunderbird",
    ),
    dict(
        key="en-neg-sent-confirm-deletion",
        rights=[],
        sender=ORANGE,
        to=("Ben Carter", "ben.carter@icloud.com"),
        reply_sender=("Ben Carter", "ben.carter@icloud.com"),
        reply=True,
        subject="Re: Removing my information",
        body=(
            "Hi Ben,\n\n"
            "Congratulations on the teaching post! As you asked, I have deleted your notes and contact details from my "
            "files and tools. Only the invoices remain, as French law requires me to keep them for ten years.\n\n"
            "All the best,\n"
            "Sandra"
        ),
        mua="orange_webmail",
    ),
    dict(
        key="en-neg-linkedin-message",
        rights=[],
        sender=("Ingrid de Vries via LinkedIn", "messaging-digest-noreply@linkedin.com"),
        to="contact",
        mid="mta",
        auto=True,
        subject="Ingrid sent you a message",
        body=(
            "Ingrid de Vries\n"
            "HR Business Partner France at NordFrost Logistics\n\n"
            "\"Hi Sandra, great workshop last week - the team is still talking about it. Shall we plan cohort 4?\"\n\n"
            "Reply\n\n"
            "You are receiving Messaging digest emails. Unsubscribe."
        ),
        headers=[("Auto-Submitted", "auto-generated"),
                 ("List-Unsubscribe", "<https://www.linkedin.com/e/v2/unsubscribe/messaging>")],
        html="alt",
    ),
    dict(
        key="en-neg-partner-coach-collab",
        rights=[],
        sender=("Julie Marchetti", "julie@marchetti-coaching.fr"),
        subject="Thanks for the handover",
        body=(
            "Hi Sandra,\n\n"
            "Thanks for sending Olivia's worksheets - very clear, and it will save us a lot of time. If you ever need "
            "a coach in Paris for corporate programmes, I'd love to collaborate. I also run sessions in English for "
            "expat teams.\n\n"
            "Best,\n"
            "Julie"
        ),
    ),
    dict(
        key="en-neg-venue-access-wifi",
        rights=[],
        sender=("Domaine de la Presle - Events", "events@domainedelapresle.fr"),
        to="contact",
        subject="Your retreat next week - access and wifi",
        body=(
            "Dear Sandra,\n\n"
            "Everything is ready for your retreat. Access to the seminar barn is via the side gate; the key box code is "
            "4412. Wifi network: Presle-Guests, password on the board in the kitchen.\n\n"
            "Please let us know the final number of vegetarian meals by Monday.\n\n"
            "Warm regards,\n"
            "Anna - Domaine de la Presle"
        ),
    ),
    dict(
        key="en-neg-training-topic-consent",
        rights=[],
        sender=("Ingrid de Vries", "ingrid.devries@nordfrost-logistics.com"),
        to="contact",
        subject="Idea for cohort 4 - boundaries and consent",
        body=(
            "Hi Sandra,\n\n"
            "For cohort 4 our works council asked whether the programme could include a module on boundaries and "
            "consent at work - how to say no to a colleague, and how to respect someone else's no. Is that something "
            "you could design? Half a day would be ideal.\n\n"
            "Best,\n"
            "Ingrid"
        ),
        mid="outlook365",
        mua="outlook",
    ),
    # NEAR-LINE: thank-you above a quoted, handled access request -> negative.
    dict(
        key="en-neg-thank-you-training",
        rights=[],
        sender=("Pieter van Dijk", "pieter.vandijk@nordfrost-logistics.com"),
        to="contact",
        subject="RE: Leadership workshop - what data do you hold on me?",
        body=(
            "Dear Sandra,\n\n"
            "Thank you for the very clear answer and for the copy of my self-assessment. Good to know nothing "
            "individual went to HR. Much appreciated.\n\n"
            "Best regards,\n"
            "Pieter"
        ),
        quote=dict(
            style="outlook_en",
            sender=CONTACT,
            text=(
                "Dear Pieter,\n\n"
                "Here is what I hold about you: your registration details, your self-assessment grid and the "
                "end-of-course questionnaire (copies attached). Only the attendance sheet was sent to your HR "
                "department.\n\n" + SIG
            ),
        ),
        mid="outlook365",
        mua="outlook",
    ),
    dict(
        key="en-neg-delete-slot",
        rights=[],
        sender=("Hannah Reid", "hannah.reid@gmail.com"),
        subject="Tuesday slot",
        body="Hi Sandra - could you remove my Tuesday 6pm slot? Something's come up at work. I'll rebook through Calendly. H x",
        mua="iphone2",
    ),
    dict(
        key="en-neg-hr-vendor-gdpr-questionnaire",
        rights=[],
        sender=("Procurement - Vantor Pharma", "procurement.fr@vantor-pharma.com"),
        to="contact",
        subject="Supplier onboarding - data protection questionnaire",
        body=(
            "Dear Supplier,\n\n"
            "As part of our supplier onboarding process, please complete the attached data protection questionnaire "
            "(security measures, sub-processors, retention periods, how you handle data subject requests) and return "
            "it within 10 working days.\n\n"
            "Vantor Pharma Procurement"
        ),
        attachments=[dict(type="docx", filename="Supplier_DP_Questionnaire_v4.docx",
                          text="Supplier Data Protection Questionnaire\n1. Describe your technical and organisational measures.\n2. List your sub-processors.")],
        mid="outlook365",
    ),
    dict(
        key="en-neg-forwarded-enquiry-rfc822",
        rights=[],
        sender=("Julie Marchetti", "julie@marchetti-coaching.fr"),
        subject="Fwd: Coaching in English near Bourges?",
        body="Hi Sandra, this one is for you - she's based near Bourges. Forwarding with her permission. J.",
        kind="rfc822",
        inner=dict(
            sender=("Rebecca Stone", "rebecca.stone@gmail.com"),
            to=("Julie Marchetti", "julie@marchetti-coaching.fr"),
            subject="Coaching in English near Bourges?",
            body=(
                "Hello Julie,\n\nI'm a British nurse working in Bourges and I'm looking for career coaching in English. "
                "Do you know anyone local?\n\nRebecca"
            ),
        ),
    ),
    dict(
        key="en-neg-autoreply-out-of-office",
        rights=[],
        sender=("Priya Natarajan", "priya.natarajan@vantor-pharma.com"),
        to="contact",
        mid="outlook365",
        auto=True,
        subject="Automatic reply: Your certificate - conflict management",
        body=(
            "Hello,\n\n"
            "I'm out of the office until the 12th with no access to email. For urgent quality matters please contact "
            "qa.deols@vantor-pharma.com.\n\n"
            "Priya"
        ),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        reply=True,
    ),
    dict(
        key="en-neg-accountant-bank-export",
        rights=[],
        sender=("Mark Ellison", "mark@ellison-expat-accounts.com"),
        to="orange",
        subject="UK tax return - what I need from you",
        body=(
            "Hi Sandra,\n\n"
            "For your UK-sourced income (the NordFrost and Alder contracts), could you send me an export of the "
            "relevant bank transactions and copies of the invoices issued to UK clients? A CSV from Qonto is perfect.\n\n"
            "Thanks,\n"
            "Mark Ellison\n"
            "Ellison Expat Accounts"
        ),
    ),
    dict(
        key="en-neg-client-correct-document",
        rights=[],
        sender=("Tom Ashby", "tom.ashby@fastmail.com"),
        subject="Could you proofread my talk?",
        body=(
            "Hi Sandra,\n\n"
            "Attached is the draft of my talk for the chamber of commerce dinner. Could you correct anything that "
            "sounds clumsy and check the French bits? We worked on the opening in our last session.\n\n"
            "Thanks a million,\n"
            "Tom"
        ),
        attachments=[dict(type="docx", filename="CCI_dinner_talk_draft.docx",
                          text="Good evening everyone - bonsoir a tous.\nTonight I want to talk about starting again.")],
        mid="uuid",
    ),
]
