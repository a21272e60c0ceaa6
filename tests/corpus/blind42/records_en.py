"""English-language records (native and non-native senders): requests and negatives."""
from common import (R, CONTACT, ORANGE, SANDRA_CONTACT, SANDRA_ORANGE, NEWSLETTER_EN, SIG_SANDRA,
                    gmail_en, apple_en, outlook_en, fwd_en, quote, notif_html)

BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}

REMINDER_EN = """Hi Rebecca,

Just a reminder that the online workshop "Calm Confidence" starts on Saturday at 10:00 (Paris time).
Zoom link: https://us06web.zoom.us/j/8812...

See you there,
Sandra"""

RECORDS = [
# ================================================================== REQUESTS
# ------------------------------------------------------------------ access
R("en-sar-uk-formal", "access",
  "Eleanor Whitfield <eleanor.whitfield@btinternet.com>",
  "Subject Access Request",
  """
Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the UK GDPR / EU GDPR.

Please provide me with a copy of all personal data you hold about me, including session notes, questionnaires, emails and payment records, together with the purposes of processing, the recipients to whom my data has been disclosed, the source of any data not collected from me, and the retention period.

I attended your online coaching programme between March and June 2024. A copy of my passport is attached for identification.

I look forward to your response within one month.

Yours sincerely,
Eleanor Whitfield
""", attach=[("pdf", "passport_Whitfield.pdf", "Passport - copy for identification\nWHITFIELD Eleanor")]),

R("en-nonnative-which-informations", "access",
  "Marco Bellini <marco.bellini@libero.it>",
  "personal informations",
  """
Good morning,

please I want to know which personal informations you have about me and to who you gave them. I did the english online course last year.

Thank you very much
Marco Bellini
"""),

R("en-where-did-you-get-my-email", "access",
  "Dan Kowalski <dan.kowalski@gmail.com>",
  "where did you get my email?",
  """
Hi,

I keep getting your newsletter and I never signed up for anything from you. Where did you get my email address, and what else do you have on me?

Dan
"""),

R("en-copy-of-session-notes", "access",
  "Priya Raman <priya.raman@outlook.com>",
  "Copy of my coaching file",
  """
Hi Sandra,

I hope you're well! We worked together in 2024 during my career transition. Would you be able to send me a copy of everything in my file - session notes, the assessments I filled in, and anything else you kept? I'd love to look back at it.

Many thanks,
Priya
""", html="alt"),

R("en-subject-only-data-request", "access",
  "Hannah Becker <hannah.becker@gmx.de>",
  "Request for a copy of my personal data (Art. 15 GDPR)",
  ""),

R("en-webform-what-data", "access",
  "Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] New message from the contact form",
  """
From: Oliver Grant <oliver.grant@yahoo.co.uk>
Subject: data

Message:
Hello, can you tell me what personal data you hold about me and where you got it? I don't remember giving you my details. Thanks, Oliver

--
This e-mail was sent from the contact form on Floraison de Soi (https://www.floraisondesoi.fr)
""", reply_to="Oliver Grant <oliver.grant@yahoo.co.uk>"),

# ------------------------------------------------------------------ erasure
R("en-please-delete-all", "erasure",
  "Sophie Turner <sophie.t.87@gmail.com>",
  "Data deletion",
  """
Please delete all my personal data. Thanks.

Sent from my iPhone
""", mailer="iPhone Mail (21H16)"),

R("en-right-to-be-forgotten-formal", "erasure",
  "James O'Connell <james.oconnell@eircom.net>",
  "Request for erasure - Article 17 GDPR",
  """
Dear Sir or Madam,

Pursuant to Article 17 of the General Data Protection Regulation, I hereby request the erasure of all personal data concerning me held by Floraison de Soi, including any copies held by your processors.

Please confirm in writing once the erasure has been completed.

Kind regards,
James O'Connell
""", html="only"),

R("en-delete-account-and-data", "erasure",
  "Laura Jensen <laura.jensen@hotmail.com>",
  "close account",
  """
Hi, please delete my account on your course platform and all my data. I won't be using it anymore. Thanks, Laura
"""),

R("en-german-erase-datas", "erasure",
  "Klaus Hoffmann <k.hoffmann@web.de>",
  "Erase of my datas",
  """
Dear Mrs. Delomenie,

I request you to erase my datas from all your systems (course platform, newsletter, payment). I have participated in the seminar in Lausanne 2024 and I do not need further contact.

With best regards
Klaus Hoffmann
"""),

R("en-reply-above-reminder-delete", "erasure",
  "Rebecca Lane <rebecca.lane@gmail.com>",
  "Re: Reminder: Calm Confidence workshop on Saturday",
  """
Hi Sandra, I won't be coming, and actually I'd like you to delete everything you have on me - I've decided coaching isn't for me right now. No hard feelings!
Rebecca
""" + gmail_en("Sandra Delomenie <contact@floraisondesoi.fr>", REMINDER_EN)),

# ------------------------------------------------------------------ rectification
R("en-update-email", "rectification",
  "Mark Ellison <mark.ellison@protonmail.com>",
  "New email address",
  """
Hi Sandra,

Could you update my email address in your records? Please replace mark.ellison@aol.com with mark.ellison@protonmail.com - the old one will be closed next month.

Cheers,
Mark
"""),

R("en-surname-spelled-wrong", "rectification",
  "Agnieszka Kowalczyk <a.kowalczyk@wp.pl>",
  "Wrong surname",
  """
Hello,

My surname is spelled wrong in your records and on the certificate: it is Kowalczyk, not Kowalczik. Could you please correct it?

Thank you,
Agnieszka Kowalczyk
"""),

R("en-old-number-replace", "rectification",
  "Tom Ashworth <tom.ashworth@gmail.com>",
  "phone number",
  """
Hi - please remove my old number (07700 900431) and use +44 7700 900872 from now on. Ta, Tom
""", reply=False),

# ------------------------------------------------------------------ restriction
R("en-dont-delete-stop-using", "restriction",
  "Rachel Moore <rachel.moore@icloud.com>",
  "My data - please read",
  """
Hi Sandra,

I'm in a dispute with my former employer, who paid for my coaching. Please don't delete my data - I may need it - but please stop using it and don't share it with anyone, including them, until I tell you otherwise.

Thanks for understanding,
Rachel
"""),

R("en-contest-attendance-restrict", "restriction",
  "Daniel Okafor <daniel.okafor@outlook.com>",
  "Attendance record - accuracy",
  """
Dear Sandra,

I contest the accuracy of the attendance record you hold for me for the May training (I am marked absent on day 2, which is wrong). Please restrict processing of that record, and do not send it to my employer or the funding body, until this is resolved.

Regards,
Daniel Okafor
"""),

R("en-nonnative-block-data", "restriction",
  "Ana Ferreira <ana.ferreira@sapo.pt>",
  "block my data",
  """
Hello Sandra,

I am not sure yet if I continue the coaching next year. Please can you block my data for now? Not delete, only not use it and not send to anybody, until I decide.

Obrigada,
Ana
"""),

# ------------------------------------------------------------------ portability
R("en-machine-readable", "portability",
  "Chloe Martin <chloe.martin@gmail.com>",
  "Data export",
  """
Hi Sandra,

Could you send me the data I gave you (intake form, questionnaires, goals tracker) in a machine-readable format - CSV or JSON would be perfect?

Thanks a lot,
Chloe
"""),

R("en-transfer-to-new-coach", "portability",
  "Michael Brennan <michael.brennan@gmail.com>",
  "Transferring my records",
  """
Dear Sandra,

As discussed, I'm moving to Dublin and will continue with a coach there, Dr Fiona Walsh. Please could you transfer my coaching records (assessments and progress sheets) directly to her at fiona.walsh@walshcoaching.ie?

Thank you for everything,
Michael
""", cc="fiona.walsh@walshcoaching.ie"),

R("en-nonnative-export-json", "portability",
  "Lukas Novák <lukas.novak@seznam.cz>",
  "export",
  """
Hello,
can you give me my course results and my answers as a file (json or excel) so I can put it in other platform? My company changes to another learning tool.
Thanks
Lukas
"""),

# ------------------------------------------------------------------ objection
R("en-unsubscribe-above-newsletter", "objection",
  "Gary Hughes <gary.hughes@gmail.com>",
  "Re: Three small habits for a calmer morning",
  """
unsubscribe
""" + gmail_en("Sandra Delomenie <contact@floraisondesoi.fr>", NEWSLETTER_EN)),

R("en-remove-mailing-list", "objection",
  "Susan Clarke <susan.clarke@sky.com>",
  "Mailing list",
  """
Please remove me from your mailing list.
Susan Clarke
"""),

R("en-stop-emailing-angry", "objection",
  "Brian Walsh <brianwalsh1972@yahoo.com>",
  "STOP",
  """
Stop emailing me. I've clicked unsubscribe twice. This is getting ridiculous.
""", html="only"),

R("en-formal-object-marketing", "objection",
  "Helen Price <helen.price@pricelegal.co.uk>",
  "Objection to direct marketing",
  """
Dear Ms Delomenie,

I object, under Article 21(2) GDPR, to the processing of my personal data for direct marketing purposes, including any profiling related to such marketing. Please ensure that no further marketing communications are sent to me by any channel.

Yours faithfully,
Helen Price

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
"""),

R("en-stop-texts", "objection",
  "Kerry Dawson <kerry.dawson@gmail.com>",
  "texts",
  """
hi can you stop sending me the promo texts for workshops pls, I'm not in France anymore anyway 🙃
""", reply=False),

# ------------------------------------------------------------------ withdraw_consent
R("en-take-testimonial-down", "withdraw_consent",
  "Grace Holloway <grace.holloway@gmail.com>",
  "My testimonial",
  """
Hi Sandra,

Would you mind taking my testimonial down from your website? I was happy to share it at the time but I've started a new job and I'd rather it wasn't out there with my name on it.

Thanks so much,
Grace
"""),

R("en-withdraw-photos", "withdraw_consent",
  "Natalie Greene <natalie.greene@outlook.com>",
  "Photos from the retreat",
  """
Hello,

I withdraw my consent for the photos taken of me at the May retreat to be used on your website and social media. Please remove the ones that are already posted.

Natalie Greene
"""),

R("en-voice-recording-module", "withdraw_consent",
  "Ahmed Siddiqui <ahmed.siddiqui@gmail.com>",
  "Recording in the course module",
  """
Hi Sandra,

I agreed last year that the audio of my coaching demo could be used in module 4 of the online course. I've changed my mind - I no longer want my voice recording used in the course. Could you remove it?

Best,
Ahmed
"""),

R("en-parent-minor-photo", "withdraw_consent",
  "Claire Dubois-Smith <claire.duboissmith@gmail.com>",
  "Photos of my daughter",
  """
Hello Sandra,

I signed the photo permission for my daughter Emma (11) at the kids' workshop in April. I'd like to withdraw that permission - please take down the pictures of her from your Facebook page and don't use them again.

Thank you,
Claire
"""),

# ------------------------------------------------------------------ post_mortem
R("en-mother-passed-close-delete", "post_mortem",
  "David Harrington <david.harrington@gmail.com>",
  "My mother, Margaret Harrington",
  """
Dear Sandra,

I'm sorry to tell you that my mother, Margaret Harrington, passed away in March. She spoke very warmly of your sessions. Could you please close her account and delete her data? She still gets emails from you and it's hard to see them arrive.

I've attached the death certificate.

Kind regards,
David Harrington
""", attach=[("pdf", "death_certificate_Harrington.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH\nMargaret Harrington")]),

R("en-executor-estate-letter", "post_mortem",
  "Whitmore & Lowe Solicitors <probate@whitmorelowe.co.uk>",
  "Estate of the late Mr Peter Sloane",
  """
Dear Madam,

We act as executors of the estate of the late Mr Peter Sloane, who died on 2 September.

We understand that Mr Sloane was a client of your business. We should be grateful if you would confirm whether any sums are due to or from the estate, let us know what personal data you hold about him, and thereafter close any account in his name.

Yours faithfully,
Whitmore & Lowe Solicitors
""", attach=[("pdf", "grant_of_probate_Sloane.pdf", "Grant of Probate\nEstate of Peter Sloane")], html="alt"),

R("en-in-case-of-my-death", "post_mortem",
  "Joanna Fields <joanna.fields@gmail.com>",
  "Instructions for my records",
  """
Hi Sandra,

This is a slightly strange email, sorry. I'm getting my affairs in order before my operation next month. In case of my death, I'd like my coaching records and session notes to be passed to my husband, Robert Fields (robert.fields@gmail.com), and everything else deleted.

Hopefully none of this will be needed!
Joanna
"""),

R("en-widow-recordings", "post_mortem",
  "Margaret Oyelaran <m.oyelaran@gmail.com>",
  "My husband's sessions",
  """
Dear Ms Delomenie,

My husband Tunde attended your online sessions in English last year. He died suddenly in January. I believe some of the sessions were recorded. Would it be possible for me to have a copy of those recordings? It would mean a great deal to me and our children.

With thanks,
Margaret Oyelaran
"""),

R("en-brother-passed-newsletter", "post_mortem",
  "Steven Marsh <steven.marsh@gmail.com>",
  "Fwd: Three small habits for a calmer morning",
  """
Hi, my brother Paul Marsh died last month. I manage his inbox now. Please stop sending these to him.
Steven
""" + fwd_en("Sandra Delomenie <contact@floraisondesoi.fr>", "paul.marsh@gmail.com", "Three small habits for a calmer morning", NEWSLETTER_EN)),

# ------------------------------------------------------------------ multi-right
R("en-access-portability-csv", "access portability",
  "Emily Sanders <emily.sanders@gmail.com>",
  "My data",
  """
Hi Sandra,

Could you send me a copy of everything you hold about me? And for my course progress and quiz results, could you also export them as a CSV so I can import them into another platform?

Thanks!
Emily
"""),

R("en-access-erasure-objection", "access erasure objection",
  "Robert Nash <robert.nash@gmail.com>",
  "GDPR request",
  """
Hello,

I'd like to know what personal data you hold about me and who you've shared it with. After that, please delete it all - and in the meantime stop sending me marketing emails.

Robert Nash
"""),

R("en-erasure-withdraw-testimonial", "erasure withdraw_consent",
  "Megan Phillips <megan.phillips@outlook.com>",
  "Testimonial + my data",
  """
Hi Sandra,

Please remove my testimonial and photo from your website, and delete all the personal data you have about me.

Thanks,
Megan
"""),

R("en-erasure-objection-unsub-delete", "erasure objection",
  "Paul Adeyemi <paul.adeyemi@yahoo.com>",
  "Unsubscribe and delete",
  """
Unsubscribe me from your newsletter and delete my details from your database please.
""", reply=False),

R("en-lawyer-mandate-access-erasure", "access erasure",
  "Harper & Coles LLP <dataprotection@harpercoles.co.uk>",
  "Our client: Ms Lucy Tremaine - data subject request",
  """
Dear Ms Delomenie,

We act for Ms Lucy Tremaine and enclose her signed authority for us to make this request on her behalf.

Our client requests (i) a copy of all personal data you hold concerning her, pursuant to Article 15 GDPR, and (ii) the erasure of that data once provided, pursuant to Article 17 GDPR, save where you are legally required to retain it.

Please direct your response to this office.

Yours faithfully,
Harper & Coles LLP

Harper & Coles LLP is authorised and regulated by the Solicitors Regulation Authority. This email is confidential.
""", attach=[("pdf", "signed_authority_Tremaine.pdf", "Letter of authority\nI, Lucy Tremaine, authorise Harper & Coles LLP\nto exercise my data protection rights on my behalf.")]),

R("en-restriction-access", "access restriction",
  "Samuel Brooks <samuel.brooks@gmail.com>",
  "Feedback report",
  """
Dear Sandra,

The feedback report from the leadership training contains statements about me that are simply not accurate. I want to see exactly what data you hold about me, and until this is sorted out, please don't use or share that report with anyone.

Samuel Brooks
"""),

R("en-new-email-and-no-promo", "objection rectification",
  "Ruth Cohen <ruth.cohen@gmail.com>",
  "Re: Three small habits for a calmer morning",
  """
Hi Sandra - two things: please change my email in your files to ruth.cohen@gmail.com (the old ruthc@btinternet.com is going), and please take me off the newsletter. I'll still book sessions directly. Thanks!
""" + gmail_en("Sandra Delomenie <contact@floraisondesoi.fr>", NEWSLETTER_EN)),

# ================================================================== NEGATIVES
R("en-stripe-payout", "",
  "Stripe <notifications@stripe.com>",
  "Your payout of €642.10 is on the way",
  """
Hi Floraison de Soi,

A payout of €642.10 is on its way to your bank account ending in 4417. It should arrive by Thursday.

View payout details in your Dashboard.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", html_body=notif_html("Your payout is on the way", ["A payout of €642.10 is on its way to your bank account ending in 4417.", "It should arrive by Thursday."], "Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080"),
  html="alt", headers=BULK),

R("en-stripe-receipt-customer", "",
  "Stripe <receipts@stripe.com>",
  "Your receipt from Floraison de Soi #2291-4471",
  """
Receipt from Floraison de Soi

Amount paid: €197.00
Payment method: Visa - 4242

Summary: 5 Keys to Confidence (online course) x 1

If you have any questions, contact us at contact@floraisondesoi.fr.
""", to="contact@floraisondesoi.fr", html="only", headers=BULK),

R("en-zoom-recording-deletion-notice", "",
  "Zoom <no-reply@zoom.us>",
  "Your cloud recordings will be deleted in 7 days",
  """
Hi Sandra,

The following cloud recordings will be moved to trash in 7 days according to your account's retention policy:

- Calm Confidence - group session 3
- 1:1 session (recording)

To keep them, download them or change your retention settings.

Thank you for choosing Zoom.
""", headers=BULK),

R("en-calendly-new-event", "",
  "Calendly <notifications@calendly.com>",
  "New Event: Oliver Grant - 10:00am Tue - Discovery call (30 min)",
  """
Hi Sandra,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Oliver Grant
Invitee Email: oliver.grant@yahoo.co.uk
Event Date/Time: 10:00am - Tuesday (Central European Time)
Location: Zoom

View event in Calendly
""", attach=[("ics", "invite.ics", "Discovery call - Oliver Grant")], headers=BULK),

R("en-google-drive-shared-template", "",
  "Ophélie Garnier (via Google Docs) <drive-shares-dm-noreply@google.com>",
  "Document shared with you: \"Modèle - réponse demande d'accès RGPD\"",
  """
Ophélie Garnier shared a document

Ophélie Garnier (ophelie.garnier@coaching-ouest.fr) has invited you to edit the following document:

Modèle - réponse demande d'accès RGPD

"Here's the template I mentioned for our module!"

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because ophelie.garnier@coaching-ouest.fr shared a document with you from Google Docs.
""", reply_to="Ophélie Garnier <ophelie.garnier@coaching-ouest.fr>", html="alt", headers={"Auto-Submitted": "auto-generated"}),

R("en-paypal-privacy-update", "",
  "PayPal <paypal@mail.paypal.com>",
  "Updates to our Privacy Statement",
  """
Hello Sandra Delomenie,

We're updating our Privacy Statement. The changes explain how we use your personal data, your rights to access, correct or delete it, and how to exercise them. The updated Privacy Statement takes effect in 30 days. You don't need to do anything.

PayPal
""", html_body=notif_html("Updates to our Privacy Statement", ["We're updating our Privacy Statement.", "You don't need to do anything."], "PayPal (Europe) S.à r.l. et Cie, S.C.A.", color="#003087"),
  html="only", headers=BULK),

R("en-zoom-dpa-notice", "",
  "Zoom <privacy-noreply@zoom.us>",
  "Important: Updates to Zoom's Data Processing Addendum",
  """
Dear Customer,

We are writing to let you know that we have updated our Global Data Processing Addendum (DPA) and our list of sub-processors. The updated DPA applies automatically to your account from next month.

For questions, contact privacy@zoom.us.

Zoom Communications, Inc.
""", headers=BULK),

R("en-brevo-product-news", "",
  "Brevo <newsletter@brevo.com>",
  "New: segment your contacts by engagement 🚀",
  """
Hi Sandra,

Meet engagement segments: automatically group contacts who haven't opened your emails in 90 days, and re-engage them or clean your list.

Try it now

You're receiving this email because you have a Brevo account. Unsubscribe | Manage preferences
""", html="alt", headers={"List-Id": "<product-news.brevo.com>", "List-Unsubscribe": "<https://brevo.com/unsub?id=77a1>, <mailto:unsub@brevo.com>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

R("en-ooo-autoreply", "",
  "Priya Raman <priya.raman@outlook.com>",
  "Automatic reply: Your session next week",
  """
Thank you for your email. I'm on annual leave until 18 August with no access to email. For anything urgent, please contact my colleague at team@ramanconsulting.co.uk.

Priya
""", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"}),

R("en-ooo-corporate-dpo", "",
  "Global Learning Team <learning@northbridge-group.com>",
  "Out of Office: Invoice INV-2025-044",
  """
Thank you for contacting the Global Learning Team. This mailbox is not monitored between 22 December and 2 January.

For data protection enquiries, including access or deletion requests regarding employee training records, please contact dpo@northbridge-group.com.

This is an automated message.
""", headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}),

R("en-bounce-gmail", "",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """
** Address not found **

Your message wasn't delivered to j.harlow@northbridge-group.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", bounce=dict(mta="googlemail.com", rcpt="j.harlow@northbridge-group.com", status="5.1.1",
                 diag="550 5.1.1 The email account that you tried to reach does not exist.",
                 orig_from=SANDRA_CONTACT, orig_subject="Re: Your data access request"),
  headers={"Auto-Submitted": "auto-replied"}),

R("en-spam-gdpr-audit", "",
  "GDPR Compliance Team <audit@gdpr-shield-services.com>",
  "Your website FAILS 7 GDPR checks - fines up to €20M",
  """
Hello,

We ran a free GDPR scan on floraisondesoi.fr and found 7 critical issues (cookie consent, data subject request process, missing DPA with processors).

Businesses like yours are being fined every week. Book a 15-minute call and get compliant in 72 hours for just €299.

Reply STOP to opt out.
""", html="only", headers={"Precedence": "bulk"}),

R("en-phishing-paypal-data-deleted", "",
  "PayPal Security <security@paypal-resolution-centre.net>",
  "Your account data will be permanently deleted",
  """
Dear Customer,

Due to unusual activity, your PayPal account has been limited. If you don't verify your information within 24 hours, your account and all associated data will be permanently deleted.

Verify now: http://paypal-resolution-centre.net/verify

PayPal Security Team
""", reply_to="support-desk@resolve-help-mail.com"),

R("en-question-how-erasure-works", "",
  "Jessica Long <jessica.long@gmail.com>",
  "Question about deleting data",
  """
Hi Sandra,

Quick question - if someone asks you to delete their data, do you also delete it from Stripe and your email, or just the course platform? I'm setting up my own small business and trying to understand how it works in practice. No request, just curious!

Jess
"""),

# NEAR-LINE: "would I be able to get a copy" is a question about the right, not a request.
R("en-question-how-long-keep", "",
  "Tomás García <tomas.garcia@gmail.com>",
  "retention",
  """
Hi, before I sign up: how long do you keep session notes after coaching ends, and would I be able to get a copy if I ever wanted one? Just want to know how it works. Thanks!
"""),

R("en-close-my-account", "",
  "Ben Carter <ben.carter@gmail.com>",
  "Close my account",
  """
Hi, please close my account. Thanks, Ben
"""),

R("en-password-reset-problem", "",
  "Linda Park <linda.park@icloud.com>",
  "Can't log in",
  """
Hi Sandra,

I requested a password reset three times but the email never arrives (checked spam). Can you help me get back into the course? Module 5 is due this week!

Linda

Sent from my iPad
""", mailer="iPad Mail (21H16)"),

R("en-cancel-workshop", "",
  "Owen Griffiths <owen.griffiths@gmail.com>",
  "Cancelling Saturday",
  """
Hi Sandra, sorry, I need to cancel my place at Saturday's workshop - family emergency. Could I transfer to the next one?
Owen
"""),

R("en-invoice-copy", "",
  "Accounts Payable - Northbridge <ap@northbridge-group.com>",
  "Invoice copy request - PO 4500218833",
  """
Hello,

Could you please send us a copy of invoice INV-2025-044 referencing PO 4500218833? It was not received by our accounts payable system.

Kind regards,
Accounts Payable
Northbridge Group
""", html="alt"),

R("en-delete-friday-slot", "",
  "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "Friday",
  """
Hi Sandra, can you delete my Friday slot? I booked it twice by mistake on Calendly. Keeping the Monday one. Thanks!
"""),

R("en-exercise-data", "",
  "Noah Fischer <noah.fischer@gmail.com>",
  "Module 2 exercise",
  """
Hi Sandra,

For the values exercise in module 2, where do I enter my data? The spreadsheet template seems locked. I've attached what I filled in so far.

Noah
""", attach=[("csv", "values_exercise.csv", "value,score,example\nfreedom,9,working remotely\nfamily,8,Sunday dinners\nlearning,7,evening classes\n")]),

R("en-withdraw-from-course", "",
  "Isabel Moreno <isabel.moreno@gmail.com>",
  "Withdrawing from the cohort",
  """
Hello Sandra,

I'm afraid I have to withdraw from the September cohort - my new job starts earlier than planned. Is a partial refund possible, or can I defer to the January cohort?

Best wishes,
Isabel
"""),

R("en-thanks-above-handled-deletion", "",
  "Laura Jensen <laura.jensen@hotmail.com>",
  "RE: close account",
  """
Great, thank you Sandra!
""" + outlook_en("Sandra Delomenie <contact@floraisondesoi.fr>", "Laura Jensen <laura.jensen@hotmail.com>", "RE: close account", """
Hi Laura,

Your account on the course platform and all your data have now been deleted. Only invoices are kept for the legal retention period.

Best wishes,
Sandra

-----Original Message-----
From: Laura Jensen
Subject: close account

Hi, please delete my account on your course platform and all my data. I won't be using it anymore. Thanks, Laura
""")),

R("en-thanks-above-data-export", "",
  "Chloe Martin <chloe.martin@gmail.com>",
  "Re: Data export",
  """
Got it, thanks so much - the JSON opened fine 👍
""" + gmail_en("Sandra Delomenie <contact@floraisondesoi.fr>", """
Hi Chloe,

Please find attached your data (intake form, questionnaires and goals tracker) in JSON and CSV.

All the best,
Sandra
""")),

R("en-consent-testimonial-yes", "",
  "Hannah Wright <hannah.wright@gmail.com>",
  "Re: Could I share your words?",
  """
Of course, happy for you to use my testimonial on the website with my first name. Photo is fine too!
Hannah
""" + apple_en("Sandra Delomenie <contact@floraisondesoi.fr>", """
Hi Hannah,

Would you be comfortable with me sharing the lovely message you sent after the retreat on my website? First name only, of course.

Sandra
""")),

# NEAR-LINE: husband asks for his living wife's data "she asked me" with no mandate -> negative.
R("en-wife-data-request", "",
  "Peter Lawson <peter.lawson@gmail.com>",
  "My wife's data",
  """
Hello,

My wife Karen attended your sessions last year. Can you send me what information you have on her? She's asked me to deal with it.

Peter Lawson
"""),

R("en-hr-employee-records", "",
  "Julia Harlow <julia.harlow@northbridge-group.com>",
  "Training records for our staff",
  """
Hi Sandra,

For our internal audit, could you send us the attendance records and individual assessment results for the 8 Northbridge employees who took your leadership training in May? A spreadsheet would be great.

Thanks,
Julia Harlow
HR Business Partner, Northbridge Group
"""),

R("en-ico-complaint-copy", "",
  "Alan Foster <alan.foster@btinternet.com>",
  "Complaint to the ICO - copy for your information",
  """
Dear Ms Delomenie,

For your information, I have today submitted the complaint below to the Information Commissioner's Office and copied it to the CNIL.

"I have received repeated marketing emails from Floraison de Soi (France) despite never consenting. I ask the regulator to investigate."

Alan Foster
"""),

R("en-sandra-sent-reply", "",
  SANDRA_CONTACT,
  "Re: Subject Access Request",
  """
Dear Ms Whitfield,

Thank you for your request, which I received on the 3rd. Please find attached a copy of the personal data I hold about you: intake form, session notes, questionnaires, email correspondence and payment records. Your data has not been shared with any third party other than my processors (Systeme.io, Stripe, Google).

Kind regards,
""" + SIG_SANDRA + "\n", to="Eleanor Whitfield <eleanor.whitfield@btinternet.com>",
  attach=[("pdf", "data_export_Whitfield.pdf", "Floraison de Soi\nPersonal data export - Eleanor Whitfield")]),

R("en-partner-gdpr-workshop-topic", "",
  "Martina Rossi <martina@rossi-training.eu>",
  "Workshop idea: GDPR for coaches",
  """
Hi Sandra,

Lovely to meet you at the Lyon conference! As discussed, would you like to co-host an online workshop for English-speaking coaches on GDPR basics - consent forms, handling access and erasure requests, storing session notes? I can do the legal part.

Let me know,
Martina
"""),

R("en-object-price-increase", "",
  "Graham Lewis <graham.lewis@gmail.com>",
  "Price change",
  """
Hi Sandra,

I have to object to the price increase mid-programme - we agreed €480 for the six sessions. Can we stick to that?

Graham
"""),

R("en-restrict-group-size", "",
  "Venue Bookings - Le Moulin <bookings@lemoulin-events.fr>",
  "Retreat booking - capacity",
  """
Dear Sandra,

Following the fire safety inspection, we have to restrict the group size in the Orangery room to 14 people. Please confirm your final numbers for the June retreat by Friday.

Best regards,
Le Moulin - Events
"""),

R("en-export-calendar", "",
  "Chris Taylor <chris.taylor@outlook.com>",
  "calendar",
  """
Hi, is there a way to export all the session dates into my Google Calendar at once? Adding them one by one is painful 😅
"""),

R("en-erase-whiteboard-photo", "",
  "Megan Hill <megan.hill@gmail.com>",
  "whiteboard",
  """
Hi Sandra, did anyone take a photo of the whiteboard before it was erased at the end of Saturday? I didn't get the last part of the goals framework down. Thanks!
"""),

R("en-access-venue", "",
  "Sarah Nguyen <sarah.nguyen@gmail.com>",
  "Access to the building",
  """
Hi, how do I get access to the building on Saturday? Is there a door code or will someone be at reception? I'll be coming from the station on foot.
Sarah
"""),
]
