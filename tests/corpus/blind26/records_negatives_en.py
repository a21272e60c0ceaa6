# -*- coding: utf-8 -*-
"""English-language negatives: platforms, HR of international clients,
partner coaches, ordinary client mail, bounces, spam, her own mail."""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [

# ------------------------------------------------------------ platforms
dict(
    key="en-neg-stripe-payout",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Stripe <notifications@stripe.com>"},
    subject="Your payout of €642.00 is on the way",
    date="2025-03-14 03:20",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="alt",
    body="""
    Floraison de Soi

    A payout of €642.00 was initiated to your bank account ending in ••••4417 and should arrive by 17 Mar 2025.

    View payout: https://dashboard.stripe.com/payouts/po_1Qx8...

    You're receiving this email because you're an administrator of the Floraison de Soi Stripe account. Update your notification preferences in your Dashboard.
    Stripe Payments Europe, Limited, 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Ireland
    """,
),

dict(
    key="en-neg-stripe-privacy-update",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Stripe <privacy-updates@stripe.com>"},
    subject="Updates to the Stripe Privacy Policy and Data Processing Agreement",
    date="2025-09-22 15:00",
    headers=[("List-Unsubscribe", "<https://stripe.com/unsubscribe/legal?e=8a1f>"),
             ("List-Id", "Stripe legal notices <legal.stripe.com>"),
             ("Precedence", "bulk")],
    shape="alt",
    body="""
    Hello,

    We're writing to let you know about updates to the Stripe Privacy Policy and the Stripe Data Processing Agreement (DPA), effective 22 October 2025.

    Key changes:
    - clarified how we process personal data of your customers when you use Stripe Checkout and Payment Links;
    - updated list of sub-processors;
    - new mechanisms to help you respond to your customers' data-subject requests (access, deletion) via the Dashboard.

    No action is required. Continued use of Stripe services after the effective date constitutes acceptance.

    The Stripe team

    You're receiving this mandatory service email because you have a Stripe account.
    """,
),

dict(
    key="en-neg-google-storage-almost-full",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Google <no-reply@accounts.google.com>"},
    to="floraisondesoi.drive@gmail.com",
    subject="Your Google storage is 95% full",
    date="2025-05-03 09:41",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="html",
    body="""
    Your storage is almost full

    floraisondesoi.drive@gmail.com

    You've used 14.3 GB of your 15 GB. When your storage is full, you won't be able to upload new files to Google Drive, and you may stop receiving emails in Gmail.

    Free up space by deleting large files you don't need, or get more storage with Google One.

    Manage storage

    You received this email to let you know about important changes to your Google Account and services.
    © 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
    """,
),

dict(
    key="en-neg-google-security-alert",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Google <no-reply@accounts.google.com>"},
    to="floraisondesoi.drive@gmail.com",
    subject="Security alert",
    date="2025-11-21 06:02",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="alt",
    body="""
    A new sign-in on Windows

    floraisondesoi.drive@gmail.com

    We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

    Check activity: https://myaccount.google.com/notifications

    You can also see security activity at https://myaccount.google.com/notifications
    You received this email to let you know about important changes to your Google Account and services.
    """,
),

dict(
    key="en-neg-calendly-canceled",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Calendly <notifications@calendly.com>"},
    subject="Canceled: Séance découverte (30 min) with Pascal Favre",
    date="2025-03-21 13:54",
    headers=[("Auto-Submitted", "auto-generated")],
    reply_to="Pascal Favre <pascal.favre@gmx.ch>",
    shape="alt",
    body="""
    Hi Sandra Delomenie,

    The event below has been canceled.

    Event Type: Séance découverte (30 min)
    Invitee: Pascal Favre
    Invitee Email: pascal.favre@gmx.ch
    Event Date/Time: 10:00am - Tuesday, March 25, 2025 (Central European Time)
    Canceled by: Pascal Favre
    Reason for canceling: "Désolé, je dois reporter. Je vous recontacte."

    Sent from Calendly
    Don't want to receive these emails? Update your notification settings.
    """,
),

dict(
    key="en-neg-calendly-new-event-ics",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Calendly <notifications@calendly.com>"},
    subject="New Event: Emily Carter - 10:00am Thu, Jan 22, 2026 - Coaching session (60 min)",
    date="2026-01-15 20:31",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""
    Hi Sandra Delomenie,

    A new event has been scheduled.

    Event Type: Coaching session (60 min)
    Invitee: Emily Carter
    Invitee Email: emily.carter@gmail.com
    Event Date/Time: 10:00am - Thursday, January 22, 2026 (Central European Time)
    Location: Zoom (link will be added)

    Questions:
    What would you like to work on? – "Setting boundaries at work, follow-up from December"

    View event in Calendly
    """,
    attach=[dict(name="invite.ics", text="""
    BEGIN:VCALENDAR
    VERSION:2.0
    PRODID:-//Calendly//EN
    METHOD:REQUEST
    BEGIN:VEVENT
    UID:7c1e2d6a-1b44-4f3e-9a10-bd2f9a1e5c77@calendly.com
    DTSTAMP:20260115T203100Z
    DTSTART:20260122T090000Z
    DTEND:20260122T100000Z
    SUMMARY:Coaching session (60 min) - Emily Carter
    END:VEVENT
    END:VCALENDAR
    """)],
),

dict(
    key="en-neg-zoom-recording-available",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Zoom <no-reply@zoom.us>"},
    subject="Cloud Recording - Cercle en ligne du jeudi is now available",
    date="2025-05-15 20:47",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="alt",
    body="""
    Hi Sandra Delomenie,

    Your cloud recording is now available.

    Topic: Cercle en ligne du jeudi
    Date: May 15, 2025 07:00 PM Paris

    Share recording with viewers:
    https://us06web.zoom.us/rec/share/...

    Recordings will be automatically deleted from the cloud after 30 days, per your account settings.

    Thank you for choosing Zoom.
    """,
),

dict(
    key="en-neg-zoom-meeting-deleted",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Zoom <no-reply@zoom.us>"},
    subject="Meeting deleted: Atelier ados - session 4",
    date="2025-10-14 16:03",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""
    Hi Sandra,

    The following meeting has been deleted by Sandra Delomenie:

    Topic: Atelier ados - session 4
    Time: Oct 18, 2025 10:00 AM Paris

    Registrants have been notified of the cancellation.

    Thank you for choosing Zoom.
    """,
),

dict(
    key="en-neg-systemeio-export-ready",
    rights=[], lang="en", var="en-native",
    **{"from": "Systeme.io <no-reply@systeme.io>"},
    subject="Your contacts export is ready",
    date="2025-01-09 13:58",
    headers=[("Auto-Submitted", "auto-generated")],
    body="""
    Hello,

    The export you requested (1,284 contacts, all fields) is ready to download. The link will expire in 24 hours.

    Download: https://systeme.io/exports/download/...

    For security reasons, please store exported personal data securely and delete the file once you no longer need it.

    The Systeme.io team
    """,
),

dict(
    key="en-neg-linkedin-notification",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "LinkedIn <messages-noreply@linkedin.com>"},
    subject="Joanna Whitfield sent you a message",
    date="2025-06-26 08:15",
    headers=[("List-Unsubscribe", "<https://www.linkedin.com/e/v2?e=unsub>"), ("Precedence", "bulk")],
    shape="alt",
    body="""
    Joanna Whitfield
    Head of People at Harlow & Finch Ltd

    "Hi Sandra, lovely to connect after the June cohort. Would you have time for a quick call about a programme for our team leads in the autumn?"

    Reply: https://www.linkedin.com/messaging/

    This email was intended for Sandra Delomenie (Coach & formatrice – Floraison de Soi). Learn why we included this.
    You are receiving LinkedIn notification emails. Unsubscribe.
    © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
    """,
),

dict(
    key="en-neg-other-coach-newsletter",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Amanda Pryce Coaching <newsletter@pryce-coaching.co.uk>"},
    subject="The art of letting go (and your data, tidied)",
    reply_to="Amanda Pryce <amanda@pryce-coaching.co.uk>",
    date="2025-10-05 07:00",
    headers=[("List-Unsubscribe", "<https://pryce-coaching.co.uk/unsubscribe?id=fd21>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("List-Id", "Pryce Coaching Letters <letters.pryce-coaching.co.uk>"),
             ("Precedence", "bulk")],
    shape="alt",
    body="""
    Hello Sandra,

    This month I've been practising letting go – of old habits, old stories and, as it happens, old data! I've cleaned up my mailing list, so if you're reading this, you chose to stay. Thank you.

    In this issue:
    • A five-minute "release" journaling prompt
    • Autumn retreat in the Cotswolds – early-bird ends Friday
    • Our joint online circle with Floraison de Soi on 18 September: the replay is up

    Warmly,
    Amanda

    You can update your preferences or unsubscribe at any time. Pryce Coaching, 3 Mill Lane, Cirencester GL7 1AA.
    """,
),

# ------------------------------------------------------ international HR
dict(
    key="en-neg-hr-supplier-gdpr-questionnaire",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Nordvik Procurement <procurement@nordvik-components.ie>"},
    subject="Supplier onboarding – GDPR / data processing documentation",
    date="2025-01-23 11:30",
    shape="alt",
    body="""
    Dear Supplier,

    As part of onboarding Floraison de Soi as a training provider for Nordvik Components Europe, please return the following by 7 February:

    1. Signed Data Processing Agreement (attached)
    2. Completed GDPR supplier questionnaire, including your retention periods for participant data and how you handle data-subject requests from our employees
    3. Certificate of professional liability insurance

    Please note we cannot raise purchase orders until onboarding is complete.

    Kind regards,
    Procurement Team
    Nordvik Components Europe Ltd
    """,
    attach=[dict(name="Nordvik_DPA_training_suppliers_v4.pdf", text="""
    DATA PROCESSING AGREEMENT - Training suppliers - v4
    between Nordvik Components Europe Ltd (Controller) and the Supplier (Processor)
    Schedule 1: categories of data subjects - employees attending training
    """)],
),

dict(
    key="en-neg-hr-attendee-list",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Priya Shah <priya.shah@harlowfinch.co.uk>"},
    subject="Attendee list – Communication Skills day, 26 Nov",
    date="2025-11-12 10:05",
    body="""
    Hi Sandra,

    Please find attached the list of 14 attendees for the Communication Skills day on 26 November, with job titles and contact details so you can send the pre-work.

    Two people have access needs (noted in column F). Could you confirm you'll delete the list once the certificates are issued, as per our DPA?

    Thanks,
    Priya
    """,
    attach=[dict(name="HF_CommSkills_attendees_26Nov.xlsx", text="""
    Name;Job title;Email;Mobile;Team;Access needs
    Owen Price;Operations Lead;owen.price@harlowfinch.co.uk;07700 900123;Ops;
    Leah Grant;Account Manager;leah.grant@harlowfinch.co.uk;07700 900456;Sales;hearing loop
    """)],
),

dict(
    key="en-neg-hr-update-po",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Accounts Payable – Harlow & Finch <ap@harlowfinch.co.uk>"},
    subject="Invoice FDS-2025-122 – please amend",
    date="2025-12-10 14:22",
    body="""
    Dear Supplier,

    Invoice FDS-2025-122 has been placed on hold. Please amend it to show our purchase order number PO-88231 and our VAT number GB 284 1193 52, and resend to ap@harlowfinch.co.uk.

    Regards,
    Accounts Payable
    Harlow & Finch Ltd
    """,
),

dict(
    key="en-neg-hr-autoreply-xautoreply",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Joanna Whitfield <j.whitfield@harlowfinch.co.uk>"},
    subject="Automatic reply: Your own record – Managers' Resilience Programme",
    date="2025-07-04 09:00",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("X-Auto-Response-Suppress", "All")],
    body="""
    Thank you for your email. I'm on annual leave until Monday 14 July with no access to email.

    For urgent People matters please contact hr@harlowfinch.co.uk.

    Joanna
    """,
),

dict(
    key="en-neg-manager-delete-employee-data",
    rights=[], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: a line manager asks her to delete an employee's data; the
    # sender is not the data subject and has no mandate -> negative.
    **{"from": "Fergal Walsh <fergal.walsh@nordvik-components.ie>"},
    subject="Marcus Bell – assessment",
    date="2025-10-20 17:40",
    body="""
    Hi Sandra,

    Following Marcus's complaint about his assessment, I think it's best for everyone if you just delete it and any notes about him from the programme. I'll handle it internally from here.

    Thanks,
    Fergal Walsh
    Quality Manager, Nordvik Components Europe
    """,
),

dict(
    key="en-neg-hr-signed-consent-forms",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Priya Shah <priya.shah@harlowfinch.co.uk>"},
    subject="Photo consent forms – signed",
    date="2025-11-24 16:10",
    body="""
    Hi Sandra,

    Attached are the signed photo consent forms for Wednesday. Everyone has signed except Leah Grant, who would rather not be photographed – could you make sure she's not in any group shots?

    See you Wednesday,
    Priya
    """,
    attach=[dict(name="HF_photo_consent_forms_signed.pdf", text="""
    PHOTOGRAPHY CONSENT - Communication Skills day 26 Nov 2025
    13 signed forms enclosed. Not consenting: L. Grant
    """)],
),

# ---------------------------------------------------- partners / venues
dict(
    key="en-neg-partner-gdpr-question-lists",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Amanda Pryce <amanda@pryce-coaching.co.uk>"},
    subject="Quick GDPR question re: joint circle sign-ups",
    date="2025-08-11 10:40",
    body="""
    Hi Sandra,

    Quick one before we open registrations for September: am I allowed to add the people who sign up through your page to my own newsletter list, or do they need to tick a separate box for me? I'd rather get this right from the start – the UK and French rules seem to differ slightly.

    Also, do you want to keep the registration data on your Systeme.io or shall we use my Kajabi form?

    Amanda
    """,
),

dict(
    key="en-neg-partner-waitlist-export",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Amanda Pryce <amanda@pryce-coaching.co.uk>"},
    subject="Waitlist for the spring circle",
    date="2026-02-03 12:12",
    body="""
    Hi Sandra,

    Could you send me an export of the joint waitlist (names and emails only) so I can let the UK folks know the spring dates? Or if you'd rather not share the file, feel free to send them my announcement from your account – whatever you're comfortable with data-wise.

    Thanks!
    Amanda
    """,
),

dict(
    key="en-neg-venue-portugal-guest-register",
    rights=[], lang="en", var="en-nonnative",
    tz="uk",
    **{"from": "Quinta do Vale Sereno <reservas@quintavalesereno.pt>"},
    subject="Retreat 12-16 May – guest registration",
    date="2026-04-16 12:45",
    body="""
    Dear Sandra,

    We are very happy to receive your group in May. For the legal registration of foreign guests we need, for each person, the full name, nationality, date of birth and ID or passport number, at the latest 3 days before arrival. You can fill the attached form.

    We delete these data after the legal period. Please tell us also about allergies for the kitchen.

    Best regards,
    Inês Carvalho
    Quinta do Vale Sereno – Alentejo
    """,
    attach=[dict(name="Guest_registration_form.docx", text="""
    GUEST REGISTRATION FORM - Quinta do Vale Sereno
    Full name:
    Nationality:
    Date of birth:
    ID / passport number:
    """)],
),

# ----------------------------------------------------- bounces / auto
dict(
    key="en-neg-bounce-google-550",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"},
    to="floraisondesoi.drive@gmail.com",
    subject="Delivery Status Notification (Failure)",
    date="2025-04-25 10:11",
    headers=[("Auto-Submitted", "auto-replied")],
    dsn=dict(
        orig_domain="gmail.com",
        human="""
        ** Address not found **

        Your message wasn't delivered to rachel.thornton@btinternet.co.uk because the address couldn't be found, or is unable to receive mail.

        The response from the remote server was:
        550 5.1.1 <rachel.thornton@btinternet.co.uk>: Recipient address rejected: Domain not found
        """,
        status="""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; floraisondesoi.drive@gmail.com
        Arrival-Date: Fri, 25 Apr 2025 10:11:02 -0700 (PDT)

        Final-Recipient: rfc822; rachel.thornton@btinternet.co.uk
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 Domain not found
        Last-Attempt-Date: Fri, 25 Apr 2025 10:11:03 -0700 (PDT)
        """,
        orig="""
        From: Sandra Delomenie <floraisondesoi.drive@gmail.com>
        To: rachel.thornton@btinternet.co.uk
        Subject: Re: Your spring letter from Floraison de Soi
        Date: Fri, 25 Apr 2025 19:10:55 +0200
        Message-ID: {ORIG_MID}
        MIME-Version: 1.0
        Content-Type: text/plain; charset=UTF-8

        Hello Rachel,

        Thank you for your message. Here is what I hold about you: your name and email address, collected when you registered for the English-language webinar of 14 November 2024...
        """,
    ),
),

dict(
    key="en-neg-autoreply-partner",
    rights=[], lang="en", var="en-native",
    tz="uk",
    **{"from": "Amanda Pryce <amanda@pryce-coaching.co.uk>"},
    subject="Out of office: Waitlist for the spring circle",
    date="2026-02-04 08:00",
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    body="""
    Hello and thank you for your message!

    I'm on retreat until 10 February and checking email only occasionally. If your message is about a booking, please use the form on my website.

    Warmly,
    Amanda
    """,
),

# ------------------------------------------------------ her own mail
dict(
    key="en-neg-sent-portability-done",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: her own sent mail (From her address) answering a request.
    **{"from": SANDRA},
    to="Ben Okafor <ben.okafor@fastmail.com>",
    subject="Re: Data portability request",
    date="2025-10-08 11:20",
    parent_domain="fastmail.com",
    body="""
    Dear Ben,

    Please find attached your data from the course platform in JSON format (profile, progress, quiz answers and journal entries). Let me know if anything is missing or unreadable.

    Best wishes,
    Sandra Delomenie
    Floraison de Soi
    """,
    attach=[dict(name="okafor_export.json", text="""
    {"profile": {"name": "Ben Okafor", "email": "ben.okafor@fastmail.com"},
     "course": "Calm Mornings", "progress": 0.8, "journal_entries": 14}
    """)],
    history=[dict(style="gmail_en", who="Ben Okafor <ben.okafor@fastmail.com>", to=SANDRA, date="2025-09-25 10:02", text="""
    Hello,

    I'd like to exercise my right to data portability. Please provide the personal data I've given you through the course platform in a machine-readable format – JSON would be ideal.

    Best,
    Ben Okafor
    """)],
),

dict(
    key="en-neg-sent-to-partner",
    rights=[], lang="en", var="en-native",
    **{"from": SANDRA},
    to="Amanda Pryce <amanda@pryce-coaching.co.uk>",
    subject="Re: Quick GDPR question re: joint circle sign-ups",
    date="2025-08-12 09:05",
    parent_domain="pryce-coaching.co.uk",
    body="""
    Hi Amanda,

    Good question! My understanding is that they need to opt in separately to your list – I'll add a second, unticked checkbox on the registration page: "I'd also like to receive Amanda Pryce's newsletter". Those who tick it, I'll export for you after the event, and I'll delete the shared file once you've imported it.

    Let's keep registrations on Systeme.io so everything is in one place.

    Sandra
    """,
),

# -------------------------------------------------- thank-you / questions
dict(
    key="en-neg-thanks-after-access",
    rights=[], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: thank-you above a quoted, handled access request -> negative.
    **{"from": "Ciarán Doyle <ciaran.doyle@nordvik-components.ie>"},
    subject="RE: Leadership programme – my personal data",
    date="2025-03-19 15:02",
    shape="alt",
    body="""
    Hi Sandra,

    Got it all, thanks a million – that's really clear, and good to know nothing went to Dublin beyond the attendance sheet.

    Best,
    Ciarán
    """,
    history=[dict(style="outlook_en", date="2025-03-18 18:20", to="Ciarán Doyle",
                  subject="Re: Leadership programme – my personal data", text="""
                  Dear Ciarán,

                  As requested, please find attached a copy of all the personal data I hold about you: your registration form, pre-course questionnaire, 360 summary and my notes from the one-to-one. Only the signed attendance sheet was sent to your HR team, for funding purposes.

                  Kind regards,
                  Sandra

                  From: Ciarán Doyle
                  Sent: Thursday, March 6, 2025 10:14 AM
                  Subject: Leadership programme – my personal data

                  Could you let me know what personal information you hold about me and whether any of it was passed on to our HR team? I'd like a copy of whatever you have.
                  """)],
),

dict(
    key="en-neg-question-am-i-entitled",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: asks whether a right exists and how it works -> negative.
    **{"from": "Rebecca Hale <rebecca.hale@gmail.com>"},
    subject="Question about my data",
    date="2025-06-30 21:05",
    body="""
    Hi Sandra,

    Just curious – am I entitled to get a copy of the notes you take during our sessions, and if so, how long would it usually take? I'm not asking for them now, I just like to know how these things work.

    See you Thursday,
    Rebecca
    """,
),

dict(
    key="en-neg-question-portability-curious",
    rights=[], lang="en", var="en-nonnative",
    **{"from": "Marek Kowalski <marek.kowalski@onet.pl>"},
    subject="question before buying",
    date="2025-09-01 10:17",
    body="""
    Hello,

    Before I buy your course in english: if one day I want to move to another platform, is it possible to take my progress and notes with me? How does it work with GDPR in France? Only a question, thanks.

    Marek
    """,
),

dict(
    key="en-neg-cnil-complaint-copy",
    rights=[], lang="en", var="en-nonnative",
    # NEAR-LINE: copy of a complaint sent to the CNIL -> negative (policy).
    **{"from": "Giulia Romano <giulia.romano@libero.it>"},
    subject="Fwd: complaint to CNIL",
    date="2025-08-20 18:33",
    body="""
    For your information, this is the complaint I sent to CNIL today.

    Giulia
    """,
    history=[dict(style="fwd_gmail_en", who="Giulia Romano <giulia.romano@libero.it>",
                  to="plaintes@cnil.fr", date="2025-08-20 18:30",
                  subject="complaint against Floraison de Soi",
                  text="""
                  Dear CNIL,

                  I asked Floraison de Soi (Mrs Sandra Delomenie, Issoudun) on 19 June to stop using my data until we clarify some wrong informations in a report. I received no written confirmation. I ask you to verify that my request is respected.

                  Giulia Romano, Torino, Italy
                  """)],
),

# ------------------------------------------ cancellations / accounts
dict(
    key="en-neg-withdraw-from-cohort",
    rights=[], lang="en", var="en-native",
    **{"from": "Nicola Ward <nicola.ward@outlook.com>"},
    subject="Withdrawing from the May cohort",
    date="2025-04-04 12:45",
    history=[dict(style="outlook_en", date="2025-03-10 09:30", to="Nicola Ward", subject="Welcome to the facilitator training – May cohort", text="""
    Dear Nicola,

    Welcome aboard! The May cohort starts on Saturday 10 May. You'll find the programme and the reading list attached.

    Warm wishes,
    Sandra
    """)],
    tz="uk",
    body="""
    Hi Sandra,

    I'm so sorry, but I need to withdraw from the May cohort of the facilitator training – my dad's been taken ill and I'll be travelling back and forth to Belfast for a while.

    Is it possible to transfer my place to the autumn, or should I ask for a refund?

    Thanks for understanding,
    Nicola
    """,
),

dict(
    key="en-neg-close-account-alone",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: "close my account" alone, nothing about data -> negative.
    **{"from": "Tom Gallagher <tom.gallagher@icloud.com>"},
    subject="Account",
    date="2025-07-07 08:09",
    body="""
    Hi, could you close my account on the course site please? Thanks, Tom
    """,
),

dict(
    key="en-neg-password-reset",
    rights=[], lang="en", var="en-native",
    **{"from": "Sarah Jennings <sarah.jennings@gmail.com>"},
    subject="Can't log in",
    date="2025-02-05 19:30",
    history=[dict(style="apple_en", who="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-01-28 12:00", text="""
    Hello Sarah,
    Welcome to "Finding your footing"! Your login details have been sent in a separate email. Module 2 opens on 3 February.
    Sandra
    """)],
    tz="uk",
    body="""
    Hi Sandra,

    I've tried resetting my password three times but the reset email never arrives. Could you send me a new login link for the course? I'd like to rewatch module 2 before our session.

    Thanks!
    Sarah
    """,
),

dict(
    key="en-neg-cant-access-module-nonnative",
    rights=[], lang="en", var="en-nonnative",
    **{"from": "Katrin Vogel <katrin.vogel@gmx.de>"},
    subject="module 3 not accessible",
    date="2025-02-11 07:55",
    body="""
    Dear Sandra,

    The module 3 of the course is still locked for me although the date is passed. Can you please give me the access? I have paid the full price in January.

    Thank you,
    Katrin
    """,
),

dict(
    key="en-neg-cancel-booking-nonnative",
    rights=[], lang="en", var="en-nonnative",
    **{"from": "Lucía Fernández <lucia.fernandez.r@gmail.com>"},
    subject="cancel my place",
    date="2025-05-27 09:12",
    history=[dict(style="gmail_en", who="Floraison de Soi <contact@floraisondesoi.fr>", date="2025-05-20 10:00", text="""
    Hello Lucía,
    Your place for the breathing workshop on Saturday 7 June (10am, Issoudun) is confirmed. See you there!
    Sandra
    """)],
    body="""
    Hello Sandra,

    I must cancel my place in the breathing workshop of 7 June, I have an exam that day. Sorry for the late notice. Can I come in July instead?

    Lucía
    """,
),

dict(
    key="en-neg-restore-deleted-journal",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: asks to restore content she deleted herself; no right exercised.
    **{"from": "Megan O'Riley <megan.oriley@gmail.com>"},
    tz="us_west",
    subject="Oops – deleted my journal entry",
    date="2025-03-02 22:14",
    body="""
    Hi Sandra,

    I accidentally deleted my journal entry for week 4 on the course platform (the long one about my sister). Is there any way to restore it from your side? No worries if not!

    Megan
    """,
),

# ------------------------------------------------- another adult
dict(
    key="en-neg-husband-asks-wife-data",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: a husband asking about his living adult wife's data -> negative.
    **{"from": "Steven Carter <steven.carter@gmail.com>"},
    subject="My wife's sessions",
    date="2026-02-12 22:40",
    body="""
    Hello,

    My wife Emily Carter has been seeing you for coaching. We're going through a difficult time and I'd like to know what she's been saying about me in your sessions. Can you send me a copy of her notes? I'm paying for half of it after all.

    Steven Carter
    """,
),

dict(
    key="en-neg-mother-adult-daughter",
    rights=[], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: mother asking about her adult (28) daughter -> negative.
    **{"from": "Linda Jennings <linda.jennings@btinternet.com>"},
    subject="Sarah Jennings",
    date="2025-06-15 14:00",
    body="""
    Dear Sandra,

    My daughter Sarah (28) has been doing your online coaching. She mentioned she might stop. Could you tell me whether she's still attending and what her programme involves? She won't tell me much and I worry about her.

    With thanks,
    Linda Jennings
    """,
),

# ---------------------------------------------------- consent given
dict(
    key="en-neg-consent-to-recording",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: GIVING consent -> negative.
    **{"from": "Claire Donovan <claire.donovan@gmail.com>"},
    subject="Re: Recording our sessions?",
    date="2025-09-10 08:30",
    body="""
    Hi Sandra,

    Yes, that's absolutely fine – I consent to you recording our sessions for your supervision, as long as the recordings stay with you and your supervisor. Happy to sign something if you need it.

    Claire
    """,
    history=[dict(style="apple_en", date="2025-09-09 17:45", text="""
    Hi Claire,
    Would you be comfortable with me recording our sessions for my supervision? Recordings are kept 3 months and only shared with my supervisor.
    Sandra
    """)],
),

# ---------------------------------------------------- spam / phishing
dict(
    key="en-neg-phishing-stripe",
    rights=[], lang="en", var="en-nonnative",
    tz="utc",
    **{"from": "Stripe Support <support@stripe-accounts-verify.com>"},
    subject="Action required: your account will be restricted",
    date="2025-08-09 02:11",
    shape="html",
    body="""
    Dear Customer,

    We have detected unusual activity on your Stripe account. To comply with new GDPR and KYC regulation, your account will be restricted and your payouts suspended unless you verify your data within 24 hours.

    VERIFY MY ACCOUNT

    Stripe Compliance Department
    """,
),

dict(
    key="en-neg-gdpr-compliance-spam",
    rights=[], lang="en", var="en-nonnative",
    tz="utc",
    **{"from": "GDPR Shield <hello@gdprshield-audit.io>"},
    subject="Sandra, is Floraison de Soi ready for a GDPR audit?",
    date="2025-11-27 09:00",
    headers=[("List-Unsubscribe", "<https://gdprshield-audit.io/unsub?e=sd>"), ("Precedence", "bulk")],
    shape="alt",
    body="""
    Hi Sandra,

    Coaches and trainers handle sensitive client data every day – session notes, health information, payment details. One data-subject request handled wrong can cost you thousands.

    GDPR Shield automates access, erasure and portability requests in 3 clicks, and generates your record of processing automatically.

    → Book a free 15-min demo this week and get 40% off the first year.

    Cheers,
    Ryan from GDPR Shield

    Don't want these emails? Unsubscribe.
    """,
),

dict(
    key="en-neg-data-list-seller",
    rights=[], lang="en", var="en-nonnative",
    tz="utc",
    **{"from": "Daniel Smith <daniel@b2b-leads-europe.net>"},
    subject="Wellness professionals contact list – France 2025",
    date="2026-01-05 10:44",
    body="""
    Hi,

    Would you be interested in acquiring the verified email list of Wellness & Coaching professionals and HR decision-makers in France?

    We have 48,000 contacts with name, title, company, email, phone, all GDPR compliant and opt-in.

    If interested, reply "YES" and I will send the counts and pricing. If not, reply "REMOVE".

    Regards,
    Daniel Smith
    Marketing Executive
    """,
),

dict(
    key="en-neg-paypal-notification",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "PayPal <service@paypal.fr>"},
    subject="You've received a payment from Katrin Vogel",
    date="2025-01-07 17:26",
    headers=[("Auto-Submitted", "auto-generated")],
    shape="html",
    body="""
    Hello Floraison de Soi,

    You've received €97.00 EUR from Katrin Vogel (katrin.vogel@gmx.de).

    Note from buyer: "Self-compassion in 6 weeks – English version"

    Transaction ID: 5XK12349LM0987654

    Log in to your account to view the transaction details.
    PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
    """,
),

dict(
    key="en-neg-google-workspace-privacy-notice",
    rights=[], lang="en", var="en-native",
    tz="utc",
    **{"from": "Google Workspace <workspace-noreply@google.com>"},
    to="floraisondesoi.drive@gmail.com",
    subject="[Important] Updates to the Cloud Data Processing Addendum",
    date="2026-03-02 17:00",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    shape="alt",
    body="""
    Hello Administrator,

    We're writing to let you know that we are updating the Cloud Data Processing Addendum (CDPA) for Google Workspace, effective April 1, 2026.

    What's changing: updated list of subprocessors, new EU data boundary commitments, and clarifications on how we assist customers with data subject requests.

    What you need to do: no action is required. You can review the updated CDPA in the Admin console under Account > Legal and compliance.

    Thanks for choosing Google Workspace.
    © 2026 Google LLC
    """,
),

dict(
    key="en-neg-employee-thanks-feedback",
    rights=[], lang="en", var="en-native",
    # NEAR-LINE: thanks above a handled restriction and lifts it ("happy for it
    # to go to HR"); lifting a restriction is not a right -> negative.
    tz="uk",
    **{"from": "Owen Price <owen.price@harlowfinch.co.uk>"},
    subject="Re: My end-of-course evaluation",
    date="2026-03-13 17:25",
    body="""
    Hi Sandra,

    Thanks for going through the evaluation with me today – it makes a lot more sense now, and I'm happy for it to go to HR as it is. Really appreciated the care.

    Owen
    """,
    history=[dict(style="gmail_en", date="2026-03-05 12:10", text="""
    Hi Owen,
    Of course – I've put your evaluation on hold and it won't be sent or used until we've looked at it together. Shall we say Friday 13th at 4pm on Zoom?
    Sandra
    """)],
),

dict(
    key="en-neg-client-edit-data-word-coaching",
    rights=[], lang="en", var="en-native",
    **{"from": "Alex Harper <alex.harper@protonmail.com>"},
    subject="Homework – data from my week",
    date="2025-06-06 18:18",
    body="""
    Hi Sandra,

    Here's the "energy audit" homework – I tracked my data for the whole week like you suggested (sleep, meetings, time outside). Seeing it all in one spreadsheet was a bit of a shock! I've corrected a couple of entries from Tuesday where I'd mixed up the hours.

    Looking forward to unpacking it on Friday.
    Alex
    """,
    attach=[dict(name="energy_audit_week1.csv", text="""
    day,sleep_h,meetings,outside_min,energy_1to10
    Mon,6.5,5,10,4
    Tue,7,3,30,6
    Wed,5.5,7,0,3
    """)],
),

]
