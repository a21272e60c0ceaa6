from rec import m

# access
m("en-acc-sar", "Subject Access Request",
"""Dear Sir/Madam,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide a copy of all personal data you hold about me, the purposes of processing, recipients, and the retention period.

My full name is Margaret Ellison and I attended the "Find Your Voice" workshop in May 2025.

Yours faithfully,
Margaret Ellison""", ["access"], frm="Margaret Ellison <m.ellison@btinternet.com>", att=[("pdf", "passport_copy.pdf", "PASSPORT - UNITED KINGDOM - ELLISON MARGARET - copy for identification")])

m("en-acc-casual", "quick q",
"""hey Sandra! what info do you actually have on me? just curious what's stored since I signed up for the webinar. thx
-Jess""", ["access"], frm="Jess Carter <jesscarter92@gmail.com>")

m("en-acc-notes", "Session notes",
"""Hi Sandra,

Would you be able to send me a copy of the notes you took during our coaching sessions last autumn? I'm writing a reflection piece for my therapist and they'd really help.

Warmly,
Priya""", ["access"], frm="Priya Natarajan <priya.natarajan@outlook.com>", html="alt")

m("en-acc-source", "Where did you get my email?",
"""Hello,

I received your newsletter today but I don't remember ever signing up. Can you tell me where you got my email address from and what else you have about me?

Regards,
Daniel Hughes""", ["access"], frm="Daniel Hughes <dan.hughes@yahoo.co.uk>")

m("en-acc-nonnative", "Request my informations",
"""Good morning Madam,
I am participant of your training in english in 2024. I would like to receive all the informations you have stored about me, please, also the test results.
Thank you very much in advance.
Best regards
Oleksandr Kovalenko""", ["access"], frm="Oleksandr Kovalenko <o.kovalenko@ukr.net>")

# rectification
m("en-rect-email", "New email address",
"""Hi Sandra, please note my old address (kate.b@hotmail.co.uk) is being closed — could you replace it with this one? Thanks, Kate Bennett""",
  ["rectification"], frm="Kate Bennett <katebennett.coach@gmail.com>")

m("en-rect-name", "Spelling of my name",
"""Hello,

My certificate of attendance reads "Mathew Robbins". It should be Matthew Robins (double t, single b). Could you update your records and reissue it?

Many thanks,
Matthew Robins""", ["rectification"], frm="Matthew Robins <matthew.robins@gmail.com>")
# NEAR-LINE: reissuing a certificate is a business ask, but the core is correcting his name in records -> rectification

m("en-rect-note", "Correction to my intake form",
"""Hi Sandra,

On my intake form I wrote that I have two children — I actually have three (I think I miscounted in a hurry, ha). Also my job title is now "Operations Manager". Could you update my file?

Best,
Laura""", ["rectification"], frm="Laura Whitfield <laura.whitfield@icloud.com>")

m("en-rect-phone", "phone number",
"""Hi, my phone number has changed to +44 7700 900418, the old one ending 227 no longer works. Please update. Cheers, Mike""",
  ["rectification"], frm="Mike Donovan <mike.donovan@gmail.com>")

# erasure
m("en-era-short", "Delete my data please",
"""Please delete all the data you have about me. Thank you.
Sarah""", ["erasure"], frm="Sarah Lin <sarahlin@gmail.com>")

m("en-era-art17", "Erasure request – Art. 17 GDPR",
"""Dear Ms Delomenie,

I hereby request the erasure of all personal data concerning me pursuant to Article 17(1) GDPR, as the data are no longer necessary for the purposes for which they were collected. Please confirm erasure in writing, including any copies held by your processors.

Sincerely,
Robert Adeyemi""", ["erasure"], frm="Robert Adeyemi <r.adeyemi@outlook.com>")

m("en-era-account", "Remove my account and data",
"""Hi there,
Could you please close my account on your course platform and wipe all the data attached to it (profile, progress, forum posts)? I don't plan to come back.
Thanks
Chris""", ["erasure"], frm="Chris Gallagher <chris.gallagher@gmail.com>")

m("en-era-buried", "Thank you + one favour",
"""Dear Sandra,

I just wanted to say how much the retreat in Issoudun meant to me. The walk along the Théols and our evening circle are memories I'll keep for a long time. I've recommended you to two friends already.

One favour — since I live in Canada now and won't be able to come back, would you mind removing my details and everything from our sessions from your files? It feels like the right way to close the chapter.

With gratitude,
Emma""", ["erasure"], frm="Emma Sinclair <emma.sinclair@shaw.ca>")

m("en-era-parent", "My daughter's information",
"""Hello,

My 16-year-old daughter Mia attended your teen confidence workshop during our stay in France. As her parent, I'm asking you to delete all information you hold about her, including the registration form and any photos.

Regards,
Jennifer Walsh""", ["erasure"], frm="Jennifer Walsh <jen.walsh@gmail.com>")

# restriction
m("en-res-dispute", "Please hold my data",
"""Hi Sandra,

I'm disputing the accuracy of the assessment report you sent to my company. While we sort this out, please restrict processing of my data — don't delete it, but don't use or share it either.

Regards,
Andrew Cole""", ["restriction"], frm="Andrew Cole <andrew.cole@gmail.com>")

m("en-res-keep-legal", "Don't delete my file",
"""Hello,

I understand you delete client files after a while. I may need my session records for a legal claim, so please keep them aside and not use them for anything else until I get back to you.

Thanks,
Natalie Brooks""", ["restriction"], frm="Natalie Brooks <natalie.brooks@outlook.com>")

m("en-res-pause", "pause",
"""hi, could you put a pause on using my info for now? Not delete, just stop using it til I decide what I want. thanks. -Ben""",
  ["restriction"], frm="Ben Ortiz <ben.ortiz@gmail.com>")

# portability
m("en-por-transfer", "Transfer my coaching records",
"""Hi Sandra,

I'm continuing with a coach in Dublin. Could you send my coaching records directly to her in a standard digital format she can import? Her email is aoife@brightpathcoaching.ie.

Thank you!
Ciara""", ["portability"], frm="Ciara Byrne <ciara.byrne@gmail.com>")

m("en-por-json", "export",
"""Hello, can I get my data from your platform as a CSV or JSON file please? I want to keep my journal entries in my own app.
Thanks, Noah""", ["portability"], frm="Noah Fischer <noah.fischer@posteo.de>")

m("en-por-formal", "Data portability request",
"""Dear Ms Delomenie,

Pursuant to Article 20 GDPR, please provide the personal data I supplied to Floraison de Soi in a structured, commonly used and machine-readable format.

Kind regards,
Lucy Harper""", ["portability"], frm="Lucy Harper <lucy.harper@gmail.com>", html="only")

# objection
m("en-obj-unsub", "unsubscribe", "", ["objection"], frm="Paul Jennings <pauljennings@aol.com>")

m("en-obj-marketing", "No more marketing please",
"""Hi, please stop sending me marketing emails about your programmes. I'm not interested. Regards, Fiona""",
  ["objection"], frm="Fiona Grant <fiona.grant@gmail.com>")

m("en-obj-profiling", "Ads",
"""Hello,

I've noticed I'm being targeted by your ads on Facebook after attending your free webinar. I object to my email being used for advertising audiences. Please stop.

Best,
Karen Doyle""", ["objection"], frm="Karen Doyle <karen.doyle@icloud.com>")

m("en-obj-above-newsletter", "Re: Your February letter from Floraison de Soi",
"""Take me off this list please.""", ["objection"], frm="Gary Pike <gary.pike@hotmail.com>", reply=True,
  quote="""Dear friends,

February is the month of small beginnings. In this letter: a gentle breathing practice, our next online circle (in English!) and a few spots left for the spring retreat.

Unsubscribe | Manage preferences""", qstyle="en", qwho="Floraison de Soi <contact@floraisondesoi.fr>")

# withdraw_consent
m("en-wc-video", "My video testimonial",
"""Hi Sandra,

I gave permission last year for you to use my video testimonial on your website. I'd now like to withdraw that consent — please remove it.

Many thanks,
Olivia""", ["withdraw_consent"], frm="Olivia Reed <olivia.reed@gmail.com>")

m("en-wc-recording", "recordings",
"""Hello Sandra, I'm withdrawing my consent for our sessions to be recorded. Please don't record any further sessions and don't use the existing recordings. Thanks, Martin""",
  ["withdraw_consent"], frm="Martin Kowalski <martin.kowalski@gmail.com>")

m("en-wc-survey", "survey answers",
"""Hi,
I agreed for my survey answers to be used in your case studies but I've changed my mind. Please don't use them.
Best wishes
Hannah""", ["withdraw_consent"], frm="Hannah Moore <hannah.moore@yahoo.co.uk>")

# post_mortem
m("en-pm-son", "My mother's account",
"""Dear Ms Delomenie,

I'm writing to let you know that my mother, Patricia Hale, passed away in March. She was enrolled in your online programme. Could you please close her account and remove her details? I've attached the death certificate.

Regards,
Simon Hale""", ["post_mortem"], frm="Simon Hale <simon.hale@gmail.com>",
  att=[("pdf", "death_certificate_Hale.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH - Patricia Hale - 14 March 2025")])

m("en-pm-own-wishes", "Instructions regarding my data",
"""Dear Sandra,

I'd like to leave instructions regarding my personal data in the event of my death: please delete all my session notes and recordings, and do not pass anything on to my family.

Thank you for honouring this.
Eleanor""", ["post_mortem"], frm="Eleanor Whitcombe <eleanor.whitcombe@gmail.com>")

m("en-pm-executor", "Estate of the late Mr David Frost",
"""Dear Madam,

We act as executors for the estate of the late David Frost, who died on 2 November 2025. We'd be grateful if you could provide copies of any records you hold relating to Mr Frost and confirm whether any sums are outstanding.

Yours faithfully,
Harrington & Shaw LLP
Probate Department""", ["post_mortem"], frm="Probate Team <probate@harringtonshaw.co.uk>", mailer="Microsoft Outlook 16.0")
