# -*- coding: utf-8 -*-
"""English messages, off-theme mostly: own requests, platforms, automatic mail, bounces."""
from common import R

RECORDS = [
R("en-restrict-dispute-accuracy", "Please stop using my assessment",
"""Hello Sandra,

The summary of my assessment says I "struggle with authority", which I strongly dispute. Until we sort this out, please don't use or share that document with anyone. Don't delete it either, I may need it.

Regards,
Daniel Hughes""", ["restriction"]),
R("en-restrict-keep-for-claim", "Hold my records",
"""Hi, I read your retention policy. Please keep my data on file but do not process it any further — I need it for an insurance claim. Thanks, Olivia""", ["restriction"]),
R("en-restrict-freeze", "Freeze on my data",
"""Dear Ms Delomenie,
I'm asking you to restrict processing of my personal data under Article 18 GDPR while my complaint about the refund is pending. No marketing, no follow-ups, no transfers.
Kind regards,
Marco Rossi""", ["restriction"]),
R("en-restrict-nonnative", "about my datas",
"""Hello madam, i am Lukas from the online course. Some informations in my profile is wrong (birth year). Please not use my datas until i send you the good one, i am travelling now. Thank you very much, Lukas""", ["restriction"],
# NEAR-LINE: contests accuracy and asks to pause, no corrected value given -> restriction only
),
R("en-restrict-and-access", "Data request",
"""Hi Sandra,
Could you send me a copy of everything you hold on me? And in the meantime please don't use it for anything. Thanks, Hannah""", ["access", "restriction"]),
R("en-restrict-no-share-stop", "Do not pass my notes on",
"""Dear Sandra,

I've heard my company may ask for feedback on my coaching. Please do not delete my notes, but don't use or disclose them to anyone until I tell you otherwise.

Best,
Sarah Kowalski""", ["restriction"]),
R("en-portability-json", "Export of my course data",
"""Hi,
I'm switching to another coaching platform. Can you export my course progress, journal entries and quiz answers as CSV or JSON so I can import them there?
Thanks, James""", ["portability"]),
R("en-portability-direct", "Transfer my file to my new coach",
"""Hello Sandra,

Please send my session history and goal worksheets in a machine-readable format directly to my new coach, Ms Rachel Byrne (rachel@byrnecoaching.ie).

Many thanks,
Grace Murphy""", ["portability"]),
R("en-portability-access", "My data",
"""Hello, I'd like to know what personal data you have about me, and get a copy of my questionnaires in a reusable format (spreadsheet). Regards, Tom Jensen""", ["access", "portability"]),
R("en-portability-recordings", "Audio files",
"""Hi Sandra, could I get all my guided session recordings as downloadable audio files? I'd like to keep them on my own drive after the programme ends. Emma""", ["portability"]),
R("en-withdraw-testimonial", "My testimonial",
"""Hi Sandra, I'd like my testimonial removed from your website and Facebook page please. Nothing wrong, I just prefer privacy now. Thanks, Daniel""", ["withdraw_consent"]),
R("en-withdraw-research", "Withdrawing consent - questionnaire use",
"""Dear Sandra,

I withdraw my consent for my questionnaire answers to be used for your surveys and statistics. You may keep them for my own coaching.

Best wishes,
Hannah Clarke""", ["withdraw_consent"]),
R("en-withdraw-video-erase-all", "Video and all my data",
"""Hello,
Please remove the video interview I did for your course promotion, and erase all of my personal data. I'm leaving the programme.
Olivia Walsh""", ["erasure", "withdraw_consent"]),
R("en-withdraw-photo-group", "group photo",
"""hey, could you take me out of the retreat group photo on instagram? changed my mind about it. cheers, Tom""", ["withdraw_consent"]),
R("en-rectify-name", "Spelling of my name",
"""Hello, my name is spelled Siobhan, not Shivon, on my certificate and in your records. Could you correct it? Thank you! Siobhan Kelly""", ["rectification"]),
R("en-rectify-email", "New email address",
"""Hi Sandra, please replace my old address grace.t@yahoo.co.uk with grace.turner@proton.me in your records. Thanks, Grace""", ["rectification"]),
R("en-rectify-phone-old-removed", "Phone number",
"""Hello, please remove my old UK mobile +44 7700 900123 and use my French number 06 33 44 xx xx instead. Best, James Becker""", ["rectification"]),
R("en-rectify-wrong-note", "Correction to my file",
"""Hi Sandra,
Your session note from 12 May says I work in banking — I'm actually in insurance. Could you fix that? Small thing but it matters to me.
Sarah""", ["rectification"]),
R("en-access-formal", "Subject Access Request",
"""Dear Sir/Madam,

Under Article 15 of the GDPR I request a copy of all personal data you hold about me, the purposes of processing, recipients, and the source of the data.

Yours faithfully,
Peter Novak""", ["access"], html="alt"),
R("en-access-casual", "what do you have on me?",
"""Hi! Just curious — what info do you actually keep about me from the workshops? Could you send it over? Ta, Lukas""", ["access"]),
R("en-erasure-polite", "Delete my data please",
"""Hello Sandra, would you be able to delete all my personal data? I won't be continuing. Thanks for everything. Emma Becker""", ["erasure"]),
R("en-erasure-account-all", "Delete account",
"""Please delete my account and all the data associated with it. Regards""", ["erasure"]),
R("en-objection-unsubscribe", "Unsubscribe",
"""Please take me off your mailing list. Thanks.""", ["objection"]),
R("en-objection-above-quoted", "Re: New dates for spring retreats",
"""Please stop sending me these. Unsubscribe me.""", ["objection"],
quote="""New dates for our spring retreats are out! Book early — only 12 places.

Sandra""", quote_style="en"),
R("en-objection-profiling", "Ad tracking",
"""Hi, I object to my data being used for targeted ads or audience profiling. Please stop. - Marco""", ["objection"]),
R("en-multi-erase-object", "Enough",
"""Hello,
I've asked twice already. Stop emailing me, stop texting me, and delete everything you have on me.
J. Walsh""", ["erasure", "objection"]),
R("en-multi-access-erase", "GDPR request",
"""Hi Sandra,
Before deleting my data, please send me a copy of it. Then erase it all.
Thanks, Rachel""", ["access", "erasure"]),
# ---------- negatives ----------
R("en-neg-cancel-booking", "Cancel Thursday",
"""Hi Sandra, I need to cancel my session on Thursday, sick kid. Can we reschedule for next week? Emma""", []),
R("en-neg-close-account-only", "Close my account",
"""Hello, please close my account on the course platform. Thanks""", [],
# NEAR-LINE: close account alone, no data mentioned -> negative
),
R("en-neg-password-reset", "Can't log in",
"""Hi, the password reset email never arrives. Could you help me get back into the course? Thanks, Tom""", []),
R("en-neg-how-long-keep", "Question about retention",
"""Hello, how long do you keep session notes after coaching ends? Just wondering before I sign up. Thanks""", []),
R("en-neg-right-question", "GDPR question",
"""Hi, do I have the right to get my session notes if I stop coaching midway? Just asking for now. Sarah""", []),
R("en-neg-cnil-copy", "Copy of my complaint to the CNIL",
"""Dear Ms Delomenie,
For your information, please find below a copy of the complaint I filed today with the CNIL regarding unsolicited emails.
Regards, D. Turner""", []),
R("en-neg-thanks-after-export", "Re: Your data export",
"""Got it, thanks so much Sandra!""", [],
quote="""Hi James,

Please find attached your course data export as a CSV file.

Best,
Sandra""", quote_style="en"),
R("en-neg-giving-consent", "Happy for you to use my quote",
"""Hi Sandra, yes, you can use my feedback on your website with my first name. Good luck with the launch! Grace""", []),
R("en-neg-invoice-copy", "Invoice for my records",
"""Hello, could you send me a copy of my invoice from March? My employer reimburses it. Cheers, Daniel""", []),
R("en-neg-delete-slot", "Delete my slot",
"""Hi, please delete my 9am slot on the 14th, I booked it twice by mistake. Keep the one on the 21st. Thanks!""", []),
R("en-neg-training-gdpr-topic", "GDPR module in your train-the-trainer course?",
"""Hi Sandra, does your train-the-trainer course cover GDPR and consent basics for small practices? I'd like my team to attend. Best, Lucy""", []),
R("en-neg-autoreply-rights", "Automatic reply: Workshop dates",
"""Thank you for your email. I am out of the office until Monday 3 November.

Data protection notice: you have the right to access, rectify or erase your personal data by writing to privacy@example-consulting.com.""", [],
frm=("Anna Kowalski", "anna.kowalski@example-consulting.com"),
headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),
R("en-neg-bounce-gmail", "Delivery Status Notification (Failure)",
"""Address not found

Your message wasn't delivered to olivia.hughes@gmail.com because the address couldn't be found, or is unable to receive mail.
""", [], kind="bounce", frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=0,
dsn="""Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; olivia.hughes@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
""", orig_headers="""From: Sandra Delomenie <contact@floraisondesoi.fr>
To: olivia.hughes@gmail.com
Subject: Your data export
""", headers={"Auto-Submitted": "auto-replied"}),
R("en-neg-stripe-payout", "Your payout of €1,240.00 is on the way",
"""Your payout of €1,240.00 is scheduled to arrive in your bank account ending 0421 on 18 June.

Stripe""", [], frm=("Stripe", "notifications@stripe.com"), html="only", headers={"Auto-Submitted": "auto-generated"}),
R("en-neg-google-workspace-dpa", "Changes to the Cloud Data Processing Addendum",
"""Dear Google Workspace Administrator,

We're writing to let you know about updates to the Cloud Data Processing Addendum, effective 30 days from now. No action is required.

Google LLC""", [], frm=("Google Workspace", "workspace-noreply@google.com"), html="alt", headers={"Precedence": "bulk"}),
R("en-neg-calendly-new", "New Event: Discovery call with Hannah Clarke",
"""Hi Sandra,
A new event has been scheduled.
Event type: Discovery call (30 min)
Invitee: Hannah Clarke
Calendly""", [], frm=("Calendly", "notifications@calendly.com"), html="alt", headers={"Auto-Submitted": "auto-generated"}),
R("en-neg-phishing-paypal", "Your account has been limited",
"""Dear customer, we detected unusual activity. Confirm your identity within 24 hours or your account will be permanently closed: http://paypa1-secure-review.com/confirm""", [],
frm=("PayPal Security", "security@paypa1-secure-review.com"), html="only"),
R("en-neg-compliance-spam", "Is your coaching business GDPR compliant?",
"""Hi there,
78% of coaches are not GDPR compliant. Book a free 15-min audit with our experts and avoid fines up to €20M!
Unsubscribe""", [], frm=("GDPR Shield", "hello@gdprshield.io"), html="alt",
headers={"List-Unsubscribe": "<https://gdprshield.io/u/123>", "List-Id": "GDPR Shield news <news.gdprshield.io>", "Precedence": "bulk"}),
R("en-neg-zoom-update", "Zoom privacy statement update",
"""We've updated our Privacy Statement. The changes take effect on 1 March. Visit our Trust Center for details.
Zoom Video Communications""", [], frm=("Zoom", "no-reply@zoom.us"), html="only", headers={"Precedence": "bulk"}),
R("en-neg-forwarded-rfc822", "Fwd: retreat venue",
"""Sandra, forwarding the venue's reply below as an attachment — they can host us in May. Lucy""", [],
forward_msg={"from": "Bookings <bookings@moulin-du-berry.fr>", "subject": "Re: Retreat May 2026",
"body": "Hello Lucy,\nWe have availability 15-17 May for 12 guests. Deposit 30%.\nBest regards,\nMoulin du Berry"}),
R("en-neg-hr-training-dates", "Training dates for our team",
"""Hello Sandra,
Could you confirm the dates for the resilience training for our six staff members and send the attendance list template?
Thanks, People Ops, Northlight""", [], frm=("Northlight People Ops", "people@northlight.io")),
R("en-neg-sandra-export-sent", "Your course data",
"""Hi Tom,

As requested, attached is your course data in CSV format. Let me know if anything is missing.

Best,
Sandra""", [], frm=("Sandra Delomenie", "contact@floraisondesoi.fr"), to=("Tom Jensen", "tom.jensen@outlook.com"),
attachments=[("csv", "course_export_Jensen.csv", "module,completed,score\nbreathing,yes,8\nboundaries,yes,9\n")]),
R("en-neg-qonto-card", "Card payment declined",
"""A card payment of €29.00 at CANVA* was declined. Check your card settings in the Qonto app.""", [],
frm=("Qonto", "no-reply@qonto.com"), html="only", headers={"Auto-Submitted": "auto-generated"}),
R("en-neg-nonnative-info", "information about course",
"""Hello, i am interesting in your course of self-confidence. It is possible to follow in english or only french? Which price? Thank you, Marta""", []),
R("en-neg-linkedin-note", "Great meeting you at the conference",
"""Hi Sandra, lovely meeting you in Tours at the wellbeing conference. Would love to swap notes on running online cohorts sometime. Best, Rachel""", []),
R("en-neg-object-word", "Objection to the schedule",
"""Hi Sandra, a few of us object to the new Saturday start time — 8am is brutal! Could we go back to 9:30? Thanks, Grace (Saturday group)""", []),
R("en-neg-access-building", "Access to the building",
"""Hi, how do I get access to the building for the evening workshop? Is there a door code? Thanks, Olivia""", []),
R("en-neg-consent-workshop-topic", "Consent workshop for teens",
"""Hello, our youth club would like a workshop on consent and boundaries for 14-16 year olds. Do you run these in English? Best, Mark, Issoudun International Club""", []),
R("en-neg-systemeio-invoice", "Your Systeme.io invoice",
"""Your invoice for the Startup plan (€27.00) is available in your account. Thank you for using Systeme.io.""", [],
frm=("Systeme.io", "billing@systeme.io"), html="alt", headers={"Auto-Submitted": "auto-generated"}),
]
