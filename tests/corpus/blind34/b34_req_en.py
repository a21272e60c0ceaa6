# -*- coding: utf-8 -*-
"""English-language requests (native and non-native writers)."""
from b34_helpers import (SANDRA, NEWSLETTER_EXTRACT, gmail_en, apple_en, outlook_en)

NL_EN = (
    "Hello lovely people,\n\n"
    "Our next online workshop \"Saying no without guilt\" is open for booking -\n"
    "it runs in English on Zoom on 14 May. Early-bird price until Sunday.\n\n"
    "Warmly,\nSandra\n\n"
    "You are receiving this because you signed up at floraisondesoi.fr.\n"
    "Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"
)

RECORDS = [

# ------------------------------------------------------------------ access
dict(
    key="en-req-curious-whats-in-my-file",
    rights=["access"], lang="en",
    frm=("Harriet Cole", "harriet.cole@btinternet.com"),
    subject="Quick one",
    date="2025-03-12 20:33",
    body="""Hi Sandra,

Hope all is well in Issoudun! Quick one: I'm curious what you've actually got on file about me from the coaching last year. Session notes, the forms I filled in, anything really. Would you mind sending it over when you get a moment?

No rush at all.

Harriet x
""",
),

dict(
    key="en-req-nonnative-de-all-what-stored",
    rights=["access"], lang="en-nonnative",
    frm=("Katrin Hoffmann", "katrin.hoffmann@gmx.de"),
    subject="My data from the online course",
    date="2025-06-18 07:58",
    body="""Dear Mrs. Delomenie,

I took part in your online course in english last autumn. Could you please send me all what you have stored about me? Also the answers from the quizzes and what is in the payment system.

Thank you very much in advance.

Best regards
Katrin Hoffmann
Freiburg
""",
),

dict(
    key="en-req-where-did-you-get-my-email",
    rights=["access"], lang="en",
    frm=("Derek Sullivan", "dsullivan@comcast.net"),
    subject="How did I end up on your list?",
    date="2025-08-14 15:05",
    body="""Hello,

I've started getting emails from Floraison de Soi. I've never been to France and I don't remember signing up for anything.

Could you tell me where you got my email address and what other information you have on me?

Thanks,
Derek Sullivan
Portland, OR
""",
),

dict(
    key="en-req-irish-reread-session-notes",
    rights=["access"], lang="en",
    frm=("Aoife Brennan", "aoife.brennan@eircom.net"),
    subject="Notes from our sessions",
    date="2025-11-25 22:12",
    body="""Hi Sandra,

I hope you're keeping well. I've been thinking back on our sessions from the spring, and I'd love to read back over whatever you wrote down during them, along with the worksheets I sent you. I've lost my own copies when my laptop died.

Would that be possible? Grand if it takes a while.

Thanks a million,
Aoife
""",
    html="auto",
),

dict(
    # NEAR-LINE: wants to know what was passed to his employer = recipients
    # of his data -> access.
    key="en-req-nl-what-shared-with-employer",
    rights=["access"], lang="en-nonnative",
    frm=("Joost van Dijk", "joost.vandijk@ziggo.nl"),
    subject="Training stress management - feedback to my company?",
    date="2025-12-02 09:40",
    body="""Hello Sandra,

My employer sent me to your training in November (the English session). Now my manager mentioned he "received your feedback about the participants".

I would like to know which information about me you have given to my company, and what else you keep about me from the training.

Kind regards,
Joost van Dijk
""",
),

# ------------------------------------------------------------ rectification
dict(
    key="en-req-surname-back-after-divorce",
    rights=["rectification"], lang="en",
    frm=("Rachel Whitmore", "rachel.whitmore@outlook.com"),
    subject="Name change",
    date="2025-04-16 12:25",
    body="""Hi Sandra,

Just to let you know I've gone back to my maiden name after the divorce - it's Rachel Whitmore now, not Rachel Hughes. Could you update it on your records and on the course platform so my certificate comes out right?

Thanks so much,
Rachel
""",
),

dict(
    key="en-req-it-email-one-letter-wrong",
    rights=["rectification"], lang="en-nonnative",
    frm=("Giulia Rinaldi", "giulia.rinaldi@libero.it"),
    subject="wrong email in your system",
    date="2025-09-09 13:10",
    body="""Hello Sandra,

My friend told me she receives the workshop reminders but I don't. I think you have wrote my email with one letter wrong (giulia.rinaldl@libero.it with L at the end). The correct one is giulia.rinaldi@libero.it, with I.

Can you change it please? Grazie!

Giulia
""",
),

dict(
    key="en-req-new-home-address-invoice",
    rights=["rectification"], lang="en",
    frm=("Tom Ashworth", "tom.ashworth@gmail.com"),
    subject="Updated address for invoices",
    date="2025-10-27 10:02",
    body="""Hi Sandra,

We've moved house, so could you use my new address on future invoices?

Tom Ashworth
5 Clarendon Road
Bristol BS6 7EX
United Kingdom

The Bath address is no longer current.

Cheers,
Tom
""",
),

dict(
    # NEAR-LINE: "please bin it" about the old number, new number given ->
    # rectification only.
    key="en-req-uk-new-mobile",
    rights=["rectification"], lang="en",
    frm=("Priya Shah", "priya.shah@icloud.com"),
    subject="New number",
    date="2026-01-22 18:14",
    body="""Hi Sandra, new mobile number for the session reminders: +44 7700 900461. The old one's been cut off so please bin it.

Thanks!
Priya

Sent from my iPhone
""",
),

# ------------------------------------------------------------------ erasure
dict(
    key="en-req-wipe-me-off-your-systems",
    rights=["erasure"], lang="en",
    frm=("Mark Davies", "markdavies77@yahoo.com"),
    subject="Please remove me",
    date="2025-02-26 08:44",
    body="""Hello,

Please wipe me off your systems entirely - name, email, the course account, the lot. I won't be coming back to the course.

Regards,
Mark Davies
""",
),

dict(
    key="en-req-pl-delete-everything",
    rights=["erasure"], lang="en-nonnative",
    frm=("Agnieszka Nowak", "agnieszka.nowak@wp.pl"),
    subject="delete",
    date="2025-07-22 21:36",
    body="""Good evening,

I was in your workshop in Issoudun during my Erasmus in 2024. Now I am back in Poland. Please delete everything you have about me, I don't want my information to stay in France.

Thank you
Agnieszka Nowak
""",
    cte="b64",
),

dict(
    key="en-req-fresh-start-rather-not-keep",
    rights=["erasure"], lang="en",
    frm=("Leah Goldberg", "leah.goldberg@gmail.com"),
    subject="A fresh start",
    date="2025-10-08 23:05",
    body="""Dear Sandra,

Thank you for everything last year. I'm in a much better place now and I'm trying to leave that chapter behind.

I'd honestly rather you didn't keep anything about me: the intake form, your notes, our emails. Would you be able to get rid of all of it? A quick note when it's done would be lovely.

With gratitude,
Leah
""",
),

dict(
    key="en-req-delete-account-and-data",
    rights=["erasure"], lang="en",
    frm=("James O'Connor", "james.oconnor@protonmail.com"),
    subject="Account + data deletion",
    date="2026-03-03 07:20",
    body="""Hi,

Please delete my account on your course platform and all the personal data attached to it.

Thanks,
James O'Connor
""",
),

dict(
    key="en-req-chasing-unanswered-deletion",
    rights=["erasure"], lang="en",
    frm=("Fiona MacLeod", "fiona.macleod@gmail.com"),
    subject="Re: Removing my details",
    date="2025-06-03 11:50",
    irt="fiona-removing-details", irt_dom="gmail.com",
    body="""Hi Sandra,

Chasing this up as I haven't heard back. I'd still like my details removed as per my email below - could you confirm once it's done?

Fiona

""" + gmail_en("Tue, 6 May 2025 at 19:02", "Fiona MacLeod", "fiona.macleod@gmail.com",
               "Hi Sandra,\n\nI did the online mindfulness course last year. I'd like my details\nremoved from your records please (email, address, the platform account).\n\nMany thanks,\nFiona"),
),

# -------------------------------------------------------------- restriction
dict(
    key="en-req-hold-dont-delete-dont-use",
    rights=["restriction"], lang="en",
    frm=("Neil Patterson", "neil.patterson@gmail.com"),
    subject="Please keep my file - but don't use it",
    date="2025-05-14 14:30",
    body="""Hi Sandra,

I'm in a dispute with my income protection insurer and my solicitor says the records of our sessions could be relevant.

So please don't delete anything. At the same time, I'd ask that you don't use or share my file for anything else until this is sorted - just keep it as it is.

Thanks,
Neil
""",
),

dict(
    # NEAR-LINE: disputes the accuracy of the notes and asks to pause their
    # use until discussed -> restriction only.
    key="en-req-dispute-summary-pause",
    rights=["restriction"], lang="en",
    frm=("Chloe Bennett", "chloe.bennett@hotmail.co.uk"),
    subject="Session summary",
    date="2025-09-17 16:48",
    body="""Hi Sandra,

I've read the summary you sent after our last session and I don't think it reflects what I said - in particular the part about my relationship with alcohol, which I think was misunderstood.

Until we've had a chance to talk it through, could you please not use that summary or pass it on to anyone (including your supervisor)?

Chloe
""",
),

dict(
    key="en-req-es-freeze-my-data",
    rights=["restriction"], lang="en-nonnative",
    frm=("Lucía Fernández", "lucia.fernandez@telefonica.net"),
    subject="Freeze my data please",
    date="2026-02-12 12:12",
    body="""Hello Sandra,

I am not sure yet if I want to continue the program or to stop completely. Meanwhile I prefer that my data stays frozen: you keep it but you don't use it, no emails, no sharing, nothing. I will tell you my decision in some weeks.

Thank you for understanding,
Lucía
""",
),

# -------------------------------------------------------------- portability
dict(
    key="en-req-move-to-new-coach-format",
    rights=["portability"], lang="en",
    frm=("Emma Richardson", "emma.richardson@gmail.com"),
    subject="Passing my file to my new coach",
    date="2025-04-02 09:15",
    body="""Hi Sandra,

As discussed, I'm moving on to work with a coach closer to home in Leeds. Would you be able to send her my assessments and the questionnaires I filled in, in a file she can actually import and edit rather than a PDF? Her email is hello@sarahbrookcoaching.co.uk.

Thank you so much for everything.
Emma
""",
    html="auto",
),

dict(
    key="en-req-es-export-json",
    rights=["portability"], lang="en-nonnative",
    frm=("Javier Morales", "javier.morales@gmail.com"),
    subject="Export of my data",
    date="2025-08-28 17:03",
    body="""Hi,

I use a personal app to keep track of my progress. Is it possible to receive the data I entered in your course (profile, answers, progress) as a JSON or CSV file so I can import it? Screenshots will not work for me.

Thanks a lot,
Javier
""",
),

dict(
    key="en-req-journal-entries-spreadsheet",
    rights=["portability"], lang="en",
    frm=("Olivia Grant", "olivia.grant@me.com"),
    subject="My journal entries",
    date="2025-12-30 10:45",
    body="""Hi Sandra,

My access to the emotions course runs out on the 31st and I'd hate to lose the 60-odd journal entries I wrote on the platform. Could you pull them out for me in something like a spreadsheet or a Word file I can keep working on?

Happy new year in advance!
Olivia
""",
),

dict(
    key="en-req-us-transfer-to-therapist",
    rights=["portability"], lang="en",
    frm=("Megan Foster", "megan.foster@gmail.com"),
    subject="Transfer to my therapist",
    date="2026-04-20 15:30",
    body="""Hello Sandra,

I've started seeing a therapist here in Boston and she'd like to see the work I did with you. Could you send my intake questionnaire and the progress assessments directly to her, in a digital format she can load into her practice software? Her address: dr.alvarez@backbaycounseling.com

Thank you!
Megan
""",
),

# ---------------------------------------------------------------- objection
dict(
    key="en-req-take-me-off-above-newsletter",
    rights=["objection"], lang="en",
    frm=("Paul Jenkins", "paul.jenkins@gmail.com"),
    subject="Re: Saying no without guilt - booking open",
    date="2025-04-29 07:05",
    irt="nl-en-saying-no", irt_dom="floraisondesoi.fr",
    body="""Please take me off this list. Thanks.

""" + gmail_en("Mon, 28 Apr 2025 at 18:00", "Sandra - Floraison de Soi",
               "contact@floraisondesoi.fr", NL_EN),
),

dict(
    key="en-req-no-more-marketing",
    rights=["objection"], lang="en",
    frm=("Susan Clarke", "susan.clarke@sky.com"),
    subject="Marketing emails",
    date="2025-07-09 13:55",
    body="""Hello,

I'm happy to hear from you about my booked sessions, but I don't want any more marketing emails - offers, discounts, new courses. Please stop sending them.

Susan Clarke
""",
),

dict(
    key="en-req-stop-texts",
    rights=["objection"], lang="en",
    frm=("Ben Walker", "ben.walker@gmail.com"),
    subject="",
    date="2025-10-21 19:40",
    body="""hi, can you stop the promo texts please? I keep getting messages about workshops. I only gave my number for the retreat logistics.

ben
""",
),

dict(
    key="en-req-it-no-newsletter-please",
    rights=["objection"], lang="en-nonnative",
    frm=("Marco Bianchi", "marco.bianchi@tiscali.it"),
    subject="newsletter",
    date="2026-01-15 08:30",
    body="""Good morning,

please I don't want to receive the newsletter anymore. I tried the link but it ask me a password that I don't have.

Thank you
Marco Bianchi
""",
),

dict(
    # NEAR-LINE: objects to use of her email for ad targeting (marketing) ->
    # objection, not withdraw_consent.
    key="en-req-object-custom-audiences",
    rights=["objection"], lang="en",
    frm=("Hannah Price", "hannah.price@gmail.com"),
    subject="Facebook ads",
    date="2025-05-06 20:50",
    body="""Hi Sandra,

I keep seeing your ads on Facebook and Instagram, and I'm fairly sure it's because my email was uploaded to an ad audience. I object to my data being used for advertising or targeting of any kind. Please take me out of whatever audience list that is.

Thanks,
Hannah
""",
),

# --------------------------------------------------------- withdraw consent
dict(
    key="en-req-pull-my-testimonial",
    rights=["withdraw_consent"], lang="en",
    frm=("Sophie Turner", "sophie.turner@gmail.com"),
    subject="My testimonial",
    date="2025-03-19 12:00",
    body="""Hi Sandra,

Would you mind taking my testimonial down from your website? When I wrote it I was happy for it to go up, but I've since started working in a related field and I'd rather it wasn't public.

Thanks for understanding,
Sophie
""",
),

dict(
    key="en-req-zoom-recording-no-longer-ok",
    rights=["withdraw_consent"], lang="en",
    frm=("David Kim", "david.kim@outlook.com"),
    subject="Webinar recording",
    date="2025-06-25 22:02",
    body="""Hi Sandra,

I said yes when you asked if the group call could be recorded for the replay. Having rewatched it, I'm not OK with my bit being in there any more (I talk about my diagnosis). Could you remove me from the replay or take it down?

Thanks,
David
""",
),

dict(
    key="en-req-linkedin-photo-changed-mind",
    rights=["withdraw_consent"], lang="en-nonnative",
    frm=("Sven Lindqvist", "sven.lindqvist@telia.se"),
    subject="Photo on LinkedIn",
    date="2025-11-13 11:11",
    body="""Hello Sandra,

You posted a photo from the company training in Vierzon on LinkedIn and tagged me. I signed the image form that day, but I changed my mind. Please remove the photo, or at least remove me and the tag.

Best regards,
Sven
""",
),

dict(
    key="en-req-survey-research-withdraw",
    rights=["withdraw_consent"], lang="en",
    frm=("Grace Mitchell", "grace.mitchell@gmail.com"),
    subject="Research questionnaire",
    date="2026-03-26 16:20",
    body="""Dear Sandra,

Last year I agreed that my questionnaire answers could be used for your research on emotional wellbeing. I'd like to withdraw that agreement - please don't include my answers going forward.

Best wishes,
Grace Mitchell
""",
),

# ------------------------------------------------------------- post mortem
dict(
    key="en-req-pm-daughter-father-account",
    rights=["post_mortem"], lang="en",
    frm=("Karen Lloyd", "karen.lloyd@gmail.com"),
    subject="My father, Geoffrey Lloyd",
    date="2025-03-04 10:10",
    body="""Dear Ms Delomenie,

I'm writing to let you know that my father, Geoffrey Lloyd, passed away on 14 February. He lived near Issoudun for many years and had been doing your online course.

I'm looking after his affairs. Could you please close his account and stop the emails? I've attached the death certificate.

Kind regards,
Karen Lloyd
""",
    attach=[dict(name="death_certificate_G_Lloyd.pdf", kind="pdf",
                 text="ACTE DE DECES\nGeoffrey LLOYD\n14 février 2025 - Châteauroux")],
),

dict(
    key="en-req-pm-husband-wife-recordings",
    rights=["post_mortem"], lang="en",
    frm=("Andrew Hall", "andrew.hall@btinternet.com"),
    subject="Linda's recordings",
    date="2025-08-04 18:35",
    body="""Dear Sandra,

My wife Linda Hall, who attended your English-language retreat in 2023, died last month. She spoke so warmly of you.

She mentioned that the guided sessions were recorded and that she'd written letters during the retreat that you kept. If any of it still exists, our children and I would treasure a copy.

With thanks,
Andrew Hall
""",
),

dict(
    key="en-req-pm-executor-solicitor",
    rights=["post_mortem"], lang="en",
    frm=("Whitfield & Barnes LLP", "probate@whitfieldbarnes.co.uk"),
    subject="Estate of the late Margaret Evans - our ref MEV/2025/311",
    date="2025-10-02 11:00",
    body="""Dear Madam,

We act for the executors of the late Mrs Margaret Evans, who died on 11 August 2025.

We understand Mrs Evans was a client of yours. On the executors' instructions, please (a) confirm what personal information you hold relating to her, (b) cancel any recurring payments and (c) delete any data you are not legally required to retain.

A copy of the grant of probate and death certificate is enclosed.

Yours faithfully,
Whitfield & Barnes LLP
Probate Department

This email is confidential and may be legally privileged.
""",
    attach=[dict(name="Evans_death_certificate.pdf", kind="pdf",
                 text="Certified copy of an entry of death\nMargaret Evans\n11 August 2025")],
    cte="qp",
    cc=[("Gareth Evans", "gareth.evans@gmail.com")],
),

dict(
    key="en-req-pm-own-wishes",
    rights=["post_mortem"], lang="en",
    frm=("Ruth Abernethy", "ruth.abernethy@gmail.com"),
    subject="For your files",
    date="2026-02-16 14:40",
    body="""Dear Sandra,

As you know my health isn't good. I've been putting my affairs in order and want you to have this in writing.

When I die, I'd like my journals and the recordings of our sessions to go to my daughter Isla (isla.abernethy@gmail.com). Everything else you hold about me can be deleted.

Thank you for walking with me.
Ruth
""",
),

# ---------------------------------------------------------- multiple rights
dict(
    key="en-req-m-see-file-and-fix-dob",
    rights=["access", "rectification"], lang="en",
    frm=("Claire Thompson", "claire.thompson@gmail.com"),
    subject="My details",
    date="2025-05-22 09:05",
    body="""Hi Sandra,

Could you send me a copy of whatever you hold about me? I noticed my certificate has my date of birth as 03/08/1985 - it should be 08/03/1985 (the UK way round got flipped), so please fix that too.

Thanks!
Claire
""",
),

dict(
    key="en-req-m-unsubscribe-and-delete",
    rights=["erasure", "objection"], lang="en",
    frm=("Gary Holmes", "gary.holmes@hotmail.com"),
    subject="Unsubscribe and delete",
    date="2025-09-29 12:48",
    body="""Unsubscribe me from everything and delete my details from your database please.

Gary Holmes
""",
),

dict(
    key="en-req-m-whats-held-and-export",
    rights=["access", "portability"], lang="en-nonnative",
    frm=("Anna Kowalczyk", "anna.kowalczyk@onet.pl"),
    subject="Question about my information",
    date="2026-01-28 19:30",
    body="""Hello Sandra,

I would like to know what information about me you keep, and also to receive my course data (answers, progress, profile) as a file in CSV format, because I want to put it in another platform.

Thank you,
Anna
""",
),

dict(
    key="en-req-m-testimonial-and-erase",
    rights=["erasure", "withdraw_consent"], lang="en",
    frm=("Laura Hughes", "laura.hughes@gmail.com"),
    subject="Testimonial + my data",
    date="2025-07-17 08:25",
    body="""Hi Sandra,

Please take down my testimonial and photo from your site and Instagram, and then delete everything you have on me.

Thanks,
Laura
""",
    html="auto",
),

dict(
    key="en-req-m-send-to-new-coach-then-delete",
    rights=["erasure", "portability"], lang="en",
    frm=("Michael Brown", "michael.brown@gmail.com"),
    subject="Wrapping up",
    date="2025-11-04 17:45",
    body="""Hi Sandra,

I'm continuing with a coach back home in Manchester. Could you send her my files in an editable format (jo@northerncoaching.co.uk), and once that's done, delete them on your side?

Cheers for everything,
Michael
""",
),

dict(
    key="en-req-m-where-from-and-stop",
    rights=["access", "objection"], lang="en",
    frm=("Rebecca Lewis", "rebecca.lewis@aol.com"),
    subject="Your emails",
    date="2025-06-12 06:55",
    body="""Hello,

Where did you get my details, and what do you hold on me? And please stop emailing me offers.

Rebecca Lewis
""",
),

dict(
    key="en-req-m-copy-delete-unsubscribe",
    rights=["access", "erasure", "objection"], lang="en",
    frm=("Simon Parker", "simon.parker@gmail.com"),
    subject="Three things",
    date="2026-04-08 13:05",
    body="""Hi Sandra,

Three things please:
1. send me a copy of all the personal data you hold on me;
2. take me off the newsletter;
3. once I've got the copy, delete the lot.

Thanks,
Simon
""",
),

# ------------------------------------------------------------ added cases
dict(
    # NEAR-LINE: questions whether the attendance record is right and asks
    # to hold it back from the funder meanwhile -> restriction only.
    key="en-req-restr-attendance-funder-hold",
    rights=["restriction"], lang="en",
    frm=("Nia Okafor", "nia.okafor@gmail.com"),
    subject="Attendance record - please hold",
    date="2026-05-06 09:40",
    body="""Hi Sandra,

The attendance sheet for the March training shows me absent on the Friday afternoon, but I was there (I left my badge at reception, maybe that's why).

My funding body will use that record to decide on my grant. Until we've checked it together, please don't send it to them or use it for anything. Please don't delete it either.

Thanks,
Nia
""",
    cte="qp",
),

dict(
    key="en-req-pm-nonnative-brother-account",
    rights=["post_mortem"], lang="en-nonnative",
    frm=("Matteo Ricci", "matteo.ricci@fastwebnet.it"),
    subject="my brother Luca Ricci",
    date="2025-12-17 17:10",
    body="""Dear Sandra,

I am sorry to write you with a sad news. My brother Luca Ricci died in November in an accident. He was following your online course in english and he spoke well about it.

Our family want to close his account and that you don't keep his informations anymore. If you need the death certificate I can send it.

Thank you,
Matteo Ricci
""",
),

dict(
    key="en-req-m-unsubscribe-and-photo-down",
    rights=["objection", "withdraw_consent"], lang="en",
    frm=("Bethany Moore", "beth.moore@yahoo.co.uk"),
    subject="Re: Saying no without guilt - booking open",
    date="2025-04-30 21:05",
    irt="nl-en-saying-no", irt_dom="floraisondesoi.fr",
    body="""Hi Sandra,

Saying no without guilt - here goes! Please take me off the mailing list, and could you also remove the retreat photo I'm in from your Instagram? I agreed at the time but I'd rather not be online.

Beth

""" + gmail_en("Mon, 28 Apr 2025 at 18:00", "Sandra - Floraison de Soi",
               "contact@floraisondesoi.fr", NL_EN),
    html="auto",
),

]
