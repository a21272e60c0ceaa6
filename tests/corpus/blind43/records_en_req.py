# English requests (single and multi-right).
from rec_common import SC, SO, FS, SIG_SANDRA, SIG_SANDRA_SHORT

RECORDS = [

# ----------------------------------------------------------------------------- ACCESS
dict(
    key="en-access-copy-session-notes-expat",
    frm=("Fiona McAllister", "fiona.mcallister@gmail.com"),
    subject="Copy of my coaching notes",
    rights=["access"],
    body="""Hello Sandra,

I hope you're keeping well. I had a series of sessions with you in English last spring when we'd just moved to Saint-Août, if you remember (the one with the barn conversion that never ends!).

Could you send me a copy of the notes you took during our sessions and anything else you have on file about me? My new therapist in Limoges suggested it would be useful to look back at them.

Many thanks,
Fiona""",
),

dict(
    key="en-access-reminder-after-a-month",
    date="2025-10-20 09:05",
    frm=("Daniel Hughes", "dan.hughes@outlook.com"),
    subject="Re: Subject access request",
    rights=["access"],
    body="""Hi Sandra,

Just following up on my email below, sent just over a month ago. I still haven't received the copy of my personal data. Could you let me know when I can expect it? A PDF by email is fine.

Thanks,
Dan""",
    qstyle="gmail_en",
    thread=[dict(frm=("Daniel Hughes", "dan.hughes@outlook.com"), ago=34, subject="Subject access request",
                 body="""Dear Ms Delomenie,

Under Article 15 GDPR, I'd like a copy of all personal data you hold about me, including session notes, questionnaires and any emails, and details of who it has been shared with.

Best regards,
Daniel Hughes""")],
),

dict(
    key="en-access-where-did-you-get-email-german",
    frm=("Matthias Brenner", "m.brenner@web.de"),
    subject="Question about my e-mail address",
    rights=["access"],
    body="""Dear Madam,

since some weeks I receive your newsletter in French. I never registered at your website, I am sure of this. Please can you tell me from where you have my e-mail address and which data about me you are storing?

Kind regards
Matthias Brenner
Freiburg""",
    cte="7bit",
),

# ----------------------------------------------------------------------------- ERASURE
dict(
    key="en-erasure-one-liner",
    date="2025-04-28 23:10",
    frm=("", "jess.w.1989@gmail.com"),
    subject="delete my data",
    rights=["erasure"],
    body="""please delete all my personal data, thanks. Jess (did the zoom workshop in Feb)""",
),

dict(
    key="en-erasure-escalation-uk-formal",
    date="2025-03-28 16:10",
    frm=("Graham Whitworth", "graham.whitworth@btinternet.com"),
    subject="RE: Erasure request - second reminder",
    rights=["erasure"],
    body="""Dear Ms Delomenie,

I refer to my request of 2 February, copied below, and my reminder of 3 March, neither of which has been acknowledged.

I once again ask that you erase all personal data relating to me under Article 17 GDPR. If I do not receive confirmation within 14 days I shall consider referring the matter to the supervisory authority.

Yours sincerely,
Graham Whitworth""",
    qstyle="outlook_en",
    thread=[
        dict(frm=("Graham Whitworth", "graham.whitworth@btinternet.com"), ago=25, subject="RE: Erasure request",
             body="""Dear Ms Delomenie,

I have not had a reply to my email below. Please confirm receipt.

Graham Whitworth"""),
        dict(frm=("Graham Whitworth", "graham.whitworth@btinternet.com"), ago=54, subject="Erasure request",
             body="""Dear Ms Delomenie,

I attended your "Confident Public Speaking" workshop in English in 2023. I no longer wish you to hold any personal data about me. Please erase it and confirm once done.

Yours sincerely,
Graham Whitworth"""),
    ],
    # NEAR-LINE: threatens the supervisory authority but restates the erasure request -> erasure, not a complaint.
),

dict(
    key="en-erasure-course-account-and-data",
    date="2025-08-04 14:20",
    frm=("Priya Raman", "priya.raman@outlook.com"),
    subject="Please remove my account and data",
    rights=["erasure"],
    body="""Hi,

I signed up for your online course "Mindful Leadership" through Systeme.io last year. Could you please delete my account along with all the data linked to it (progress, uploaded exercises, contact details)? I won't be using it again.

Thank you,
Priya""",
),

dict(
    key="en-erasure-dutch-non-native",
    frm=("Annelies de Vries", "annelies.devries@ziggo.nl"),
    subject="Removing of my information",
    rights=["erasure"],
    body="""Hello Sandra,

We have met at the retreat in the Berry in August, I was the Dutch lady with the bike :)

I would like that you remove all my informations from your files, also the form with my health questions. I do not need it anymore now the retreat is over.

Thank you very much and greetings from Utrecht,
Annelies""",
),

# ----------------------------------------------------------------------------- RECTIFICATION
dict(
    key="en-rect-name-spelling-certificate",
    date="2025-07-07 10:20",
    frm=("Siobhan O'Callaghan", "siobhan.ocallaghan@gmail.com"),
    subject="Spelling of my name",
    rights=["rectification"],
    body="""Hi Sandra,

Thanks for the lovely weekend. Small thing: my name is spelled Siobhan O'Callaghan (with the apostrophe and two l's). It appears as "Siobahn Ocalaghan" in your records and on the attendance certificate. Could you correct it in your files?

Best,
Siobhan""",
),

dict(
    key="en-rect-moved-new-address",
    frm=("Peter and Ann Holloway", "holloway.pa@btinternet.com"),
    subject="My new address",
    rights=["rectification"],
    body="""Dear Sandra,

Ann here, writing from our joint email as usual. We have finally sold the house in Ardentes and moved into town, so could you please update my address on your records to:

12 rue des Capucins
36100 Issoudun

The old Ardentes address is no longer valid. My phone number stays the same.

Kind regards,
Ann Holloway""",
    # NEAR-LINE: shared household mailbox, but the data subject herself writes and gives the new value -> rectification.
),

dict(
    key="en-rect-wrong-job-in-summary",
    frm=("Marcus Lindqvist", "marcus.lindqvist@gmail.com"),
    subject="Re: Summary of our first session",
    rights=["rectification"],
    body="""Hi Sandra,

Thanks for the summary, very helpful. One correction though: I'm not a "project manager at Airbus", I'm a systems engineer at Safran. Could you fix that in the summary and in your file, since it frames the whole career question differently?

Cheers,
Marcus""",
    qstyle="gmail_en",
    thread=[dict(frm="SC", ago=1, subject="Summary of our first session",
                 body="""Hi Marcus,

Here is a short summary of our first session.

Context: project manager at Airbus, considering a move into people management.
Focus for next time: what energises you in your current role.

Best,
Sandra""")],
),

# ----------------------------------------------------------------------------- PORTABILITY
dict(
    key="en-port-transfer-to-new-coach-uk",
    date="2025-05-20 19:00",
    frm=("Rebecca Lowe", "rebecca.lowe@gmail.com"),
    subject="Transferring my coaching file",
    rights=["portability"],
    body="""Hi Sandra,

As we discussed, I'm moving back to Bristol in July and will continue with a coach there (Helen Marsh, helen@marshcoaching.co.uk).

Would you be able to send her my data - the intake questionnaire, goals and progress notes I provided - in a format she can import, ideally a spreadsheet or CSV rather than scans?

Thanks so much for everything,
Rebecca""",
),

dict(
    key="en-port-json-export-platform",
    frm=("Tomasz Wiśniewski", "tomasz.wisniewski@gmail.com"),
    subject="Data export request (Art. 20)",
    rights=["portability"],
    body="""Hello,

I would like to receive the personal data I provided to you (course progress, quiz answers, profile data) in a structured, machine-readable format such as JSON or CSV, in accordance with Article 20 GDPR.

Best regards,
Tomasz Wiśniewski""",
),

dict(
    key="en-port-reply-which-format",
    frm=("Hannah Fischer", "hannah.fischer@gmx.de"),
    subject="Re: Your data request",
    rights=["portability"],
    body="""Dear Sandra,

Excel or CSV would be best, so I can put it in my own tracking file. I don't need it printed.

Thank you!
Hannah""",
    qstyle="gmail_en",
    thread=[
        dict(frm="SC", ago=1.5, subject="Your data request",
             body="""Dear Hannah,

Thank you for your message. In which format would you like to receive your workbook answers and goals?

Best wishes,
Sandra"""),
        dict(frm=("Hannah Fischer", "hannah.fischer@gmx.de"), ago=3, subject="Your data request",
             body="""Dear Sandra, can I get my workbook answers and goals from the program in a file to keep? Hannah"""),
    ],
    # NEAR-LINE: the new text is only a format answer, but it is the writer asking for a reusable file -> portability.
),

# ----------------------------------------------------------------------------- OBJECTION
dict(
    key="en-obj-unsubscribe-above-newsletter",
    date="2025-03-24 18:05",
    frm=("Karen Blackwood", "karen.blackwood@yahoo.co.uk"),
    subject="Re: Spring news from Floraison de Soi",
    rights=["objection"],
    body="""Please take me off your mailing list. Thank you.

Sent from Yahoo Mail for iPhone""",
    qstyle="gmail_en",
    thread=[dict(frm=FS, ago=0.4, to=("Karen Blackwood", "karen.blackwood@yahoo.co.uk"),
                 subject="Spring news from Floraison de Soi",
                 body="""Hello Karen,

Spring is here! Join our English-speaking circle on 5 April in Issoudun, and don't miss the free webinar "Slowing down" on 10 April.

Warmly,
Sandra

You are receiving this email because you subscribed to Floraison de Soi news.
Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="en-obj-stop-marketing-texts",
    frm=("Owen Parry", "owen.parry@hotmail.co.uk"),
    subject="Text messages",
    rights=["objection"],
    body="""Hi,

I keep getting promotional text messages about your workshops on my French mobile. Please stop sending them - I'm not interested in marketing texts.

Owen Parry""",
),

dict(
    key="en-obj-no-profiling-ads",
    frm=("Laura Bianchi", "laura.bianchi@libero.it"),
    subject="Use of my data for advertising",
    rights=["objection"],
    body="""Dear Sandra,

After your webinar I started seeing your ads everywhere on Instagram. I object to my email being used for targeted advertising or any profiling. Please remove it from any advertising audiences.

Best,
Laura Bianchi""",
),

dict(
    key="en-obj-still-receiving-after-unsubscribe",
    frm=("Michael Brennan", "mbrennan@eircom.net"),
    subject="Re: Unsubscribe",
    rights=["objection"],
    body="""Hi Sandra,

You confirmed below that I'd been removed, but I've had two more promotional emails since (including the "last call" for the summer retreat). Please make sure I'm really off every list.

Michael""",
    qstyle="gmail_en",
    thread=[
        dict(frm="SC", ago=18, subject="Re: Unsubscribe",
             body="""Hi Michael,

Done, you've been removed from the list. Take care!

Sandra"""),
        dict(frm=("Michael Brennan", "mbrennan@eircom.net"), ago=19, subject="Unsubscribe",
             body="Please unsubscribe me. Michael Brennan"),
    ],
),

# ----------------------------------------------------------------------------- WITHDRAW CONSENT
dict(
    key="en-wc-remove-testimonial-website",
    frm=("Claire Whitfield", "claire.whitfield@gmail.com"),
    subject="My testimonial",
    rights=["withdraw_consent"],
    body="""Dear Sandra,

A couple of years ago I happily agreed to you using my testimonial and photo on your website. I'm now applying for jobs in a very conservative sector and would rather it wasn't online anymore. I'm withdrawing my permission - could you take it down?

Thank you, and no hard feelings at all!
Claire""",
),

dict(
    key="en-wc-zoom-recording-withdraw",
    frm=("Aisha Okafor", "aisha.okafor@outlook.com"),
    subject="Recording of the webinar",
    rights=["withdraw_consent"],
    body="""Hi Sandra,

During Thursday's webinar I agreed to be recorded during the Q&A, but I shared more than I intended about my family. I'd like to withdraw my consent to the recording - please cut my part from the replay or take it down.

Thanks for understanding,
Aisha""",
),

dict(
    key="en-wc-photo-added-after-access-handled",
    date="2026-01-22 21:15",
    frm=("Emma Sinclair", "emma.sinclair@icloud.com"),
    subject="Re: Your data",
    rights=["withdraw_consent"],
    body="""Thanks Sandra, got the file, all looks fine.

Having looked through it, I noticed you still have the photo consent from the 2024 retreat. I'd like to withdraw that - please don't use my photos anymore, including the one on the retreat page.

Emma

Sent from my iPhone""",
    qstyle="apple_en",
    thread=[
        dict(frm="SC", ago=2, subject="Your data",
             body="""Hi Emma,

As requested, please find attached a copy of the data I hold about you.

Best,
Sandra"""),
        dict(frm=("Emma Sinclair", "emma.sinclair@icloud.com"), ago=12, subject="Your data",
             body="Hi Sandra, could you send me a copy of what you have on file for me? Thanks, Emma"),
    ],
    # NEAR-LINE: thanks for a handled access request, plus a NEW photo-consent withdrawal -> withdraw_consent only.
),

# ----------------------------------------------------------------------------- RESTRICTION
dict(
    key="en-restr-dispute-accuracy",
    frm=("Julian Spencer", "julian.spencer@gmail.com"),
    subject="Inaccurate information in my assessment",
    rights=["restriction"],
    body="""Dear Sandra,

The assessment summary you prepared for my employer describes me as "resistant to feedback". I strongly dispute that and believe it misrepresents our sessions.

Until we have discussed it and you have checked your notes, please do not use or share that summary or the underlying data any further.

Regards,
Julian Spencer""",
),

dict(
    key="en-restr-keep-for-legal-claim",
    frm=("Natalia Kowalczyk", "natalia.kowalczyk@wp.pl"),
    subject="Please keep my data but do not use",
    rights=["restriction"],
    body="""Dear Mrs Delomenie,

I am in a legal dispute with my former employer and my lawyer says your session reports could be important. Please do not delete anything about me, even if your retention time is over, but also do not use it for anything else until I tell you.

Thank you very much,
Natalia Kowalczyk""",
    cte="7bit",
),

dict(
    key="en-restr-hold-while-complaint",
    date="2025-06-03 12:10",
    frm=("Robert Ashdown", "rob.ashdown@gmail.com"),
    subject="Re: Invoice 2025-077",
    rights=["restriction"],
    body="""Sandra,

While we sort out the disagreement over this invoice, I'm asking you to put my personal data on hold - keep it, but don't process it for anything else (no reminders, no newsletters, no reuse) until it's resolved.

Rob""",
    qstyle="outlook_en",
    thread=[dict(frm="SC", ago=3, subject="Invoice 2025-077",
                 body="""Dear Robert,

Please find attached invoice 2025-077 for the coaching package (6 sessions). Payment is due within 30 days.

Kind regards,
Sandra Delomenie""")],
    # NEAR-LINE: "keep it but don't process it" -> restriction (the no-newsletter part is covered by the freeze).
),

# ----------------------------------------------------------------------------- POST MORTEM
dict(
    key="en-pm-son-late-mother-uk",
    date="2025-03-21 11:00",
    frm=("James Thornton", "james.thornton@gmail.com"),
    subject="My late mother, Margaret Thornton",
    rights=["post_mortem"],
    body="""Dear Ms Delomenie,

I'm writing to let you know that my mother, Margaret Thornton, passed away on 2 March at her home in Mézières-en-Brenne. She enjoyed your English-speaking circles very much.

As her son and executor, I'd be grateful if you could close her account and delete whatever information you hold about her. Please let me know if you need a copy of the death certificate.

With thanks,
James Thornton""",
),

dict(
    key="en-pm-executor-reminder",
    date="2025-06-13 10:30",
    frm=("Sarah Pemberton", "s.pemberton@pembertonlaw.co.uk"),
    subject="RE: Estate of the late Mr David Ellison",
    rights=["post_mortem"],
    body="""Dear Ms Delomenie,

Further to our letter of 14 May (below), we have not yet received a reply. We would be grateful for confirmation of any data and documents you hold in relation to the late Mr Ellison, and of any sums owed to or by him.

Yours sincerely,
Sarah Pemberton
Pemberton & Co Solicitors, Exeter""",
    qstyle="outlook_en",
    thread=[dict(frm=("Sarah Pemberton", "s.pemberton@pembertonlaw.co.uk"), ago=30,
                 subject="Estate of the late Mr David Ellison",
                 body="""Dear Ms Delomenie,

We act for the executors of the estate of Mr David Ellison, who died on 1 April. We understand he attended sessions with you in 2025. Please let us have details of any records you hold and any outstanding account.

Yours sincerely,
Sarah Pemberton""")],
),

dict(
    key="en-pm-own-instructions-after-death",
    frm=("Patricia Gould", "pat.gould@orange.fr"),
    subject="In case something happens to me",
    rights=["post_mortem"],
    attach=[("docx", "Instructions for Sandra.docx", "Instructions regarding my coaching file after my death\nPatricia Gould\n1. Destroy session notes and questionnaires.\n2. The letter to my younger self may be given to my daughter Lucy Gould on request.")],
    body="""Dear Sandra,

This may seem a strange email. I've been putting my affairs in order after my diagnosis, and I wanted to leave clear instructions with you.

When I die, I'd like my session notes and questionnaires to be destroyed and not passed on to anyone, with one exception: the letter I wrote to my younger self during the workshop may be given to my daughter Lucy if she ever asks for it.

Thank you for everything.
Pat""",
),

dict(
    key="en-pm-daughter-forwards-notice",
    date="2025-09-22 20:10",
    frm=("Olivia Grant", "olivia.grant@gmail.com"),
    subject="Fwd: Booking confirmation - Autumn retreat",
    rights=["post_mortem"],
    body="""Dear Sandra,

I'm forwarding this from my father's inbox. Dad (Robert Grant) died suddenly last week. He'd booked your autumn retreat, below. Please could you remove him from your list and delete his details - and let me know about the deposit when you can.

Olivia Grant""",
    qstyle="fwd_en",
    thread=[dict(frm=FS, ago=40, to=("Robert Grant", "robert.grant@orange.fr"),
                 subject="Booking confirmation - Autumn retreat",
                 body="""Dear Robert,

Your place on the Autumn retreat (17-19 October) is confirmed. Deposit received: 150 EUR.

See you soon,
Sandra""")],
),

# ----------------------------------------------------------------------------- MULTI
dict(
    key="en-multi-access-then-erasure",
    frm=("Ben Carter", "ben.carter@protonmail.com"),
    subject="Data request",
    rights=["access", "erasure"],
    body="""Hi Sandra,

Before I leave France for good, I'd like a copy of all the personal data you hold on me, and after that please delete everything.

Thanks,
Ben""",
),

dict(
    key="en-multi-access-rect-check-and-fix",
    frm=("Ingrid Svensson", "ingrid.svensson@telia.se"),
    subject="My personal details",
    rights=["access", "rectification"],
    body="""Hello Sandra,

I noticed that your invoices still have my old address in Stockholm. The correct one is Rue du Château 3, 36120 Ardentes. Please correct it.

Could you also send me what information you have stored about me, so I can check the rest?

Best regards,
Ingrid Svensson""",
),

dict(
    key="en-multi-access-portability-csv",
    frm=("Carlos Mendes", "carlos.mendes@sapo.pt"),
    subject="Re: End of coaching programme",
    rights=["access", "portability"],
    body="""Hi Sandra,

Thanks again for the programme. Could you tell me what data you keep about me, and send me my goals, assessments and progress log as a CSV file that I can load into the HR tool at my new company?

Obrigado,
Carlos""",
    qstyle="gmail_en",
    thread=[dict(frm="SC", ago=3, subject="End of coaching programme",
                 body="""Hi Carlos,

That was our last session - congratulations on the journey. I'll send your certificate this week.

Best,
Sandra""")],
),

dict(
    key="en-multi-erasure-withdraw-testimonial",
    frm=("Megan Price", "megan.price@gmail.com"),
    subject="Testimonial and my data",
    rights=["erasure", "withdraw_consent"],
    body="""Hi Sandra,

I'd like to withdraw my consent for my video testimonial to be used, and please also delete all the personal data you have about me afterwards.

Thanks,
Megan""",
),

dict(
    key="en-multi-unsubscribe-and-erase",
    date="2025-09-30 21:12",
    frm=("Steve Hamilton", "steve.hamilton@gmail.com"),
    subject="Re: Floraison de Soi - Autumn news",
    rights=["erasure", "objection"],
    body="""Hi, please unsubscribe me from all mailings and erase all my data from your systems. Thanks, Steve""",
    qstyle="gmail_en",
    thread=[dict(frm=FS, ago=0.2, to=("Steve Hamilton", "steve.hamilton@gmail.com"),
                 subject="Floraison de Soi - Autumn news",
                 body="""Hello Steve,

Autumn workshops are open for booking! Join us for "Letting go" on 18 October.

Sandra

Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe""")],
),

dict(
    key="en-multi-where-from-and-stop-contacting",
    frm=("Rachel Goldberg", "rachel.goldberg@gmail.com"),
    subject="Unsolicited calls",
    rights=["access", "objection"],
    body="""Hello,

I received two phone calls from your business offering a "discovery session". I have no memory of giving you my number. Where did you get it, and who else has it?

Please don't contact me again for marketing purposes.

Rachel Goldberg""",
),

dict(
    key="en-multi-freeze-and-copy",
    frm=("Victor Nguyen", "victor.nguyen@outlook.com"),
    subject="Freeze my file and send a copy",
    rights=["access", "restriction"],
    body="""Dear Ms Delomenie,

Pending resolution of my complaint about the cancelled programme, please restrict processing of my personal data (retain it but do not use it), and send me a full copy of what you hold.

Regards,
Victor Nguyen""",
),

dict(
    key="en-multi-transfer-then-delete",
    frm=("Sophie Laurent-Baker", "sophie.lb@gmail.com"),
    subject="Moving to another coach",
    rights=["erasure", "portability"],
    body="""Hi Sandra,

I'm going to continue my coaching closer to home in Poitiers. Could you export my file (questionnaires, goals, progress) in a reusable digital format and send it to my new coach, Anne Michaud (anne.michaud.coach@gmail.com)? Once that's done, please delete it on your side.

Thank you for everything,
Sophie""",
),

dict(
    key="en-multi-unsubscribe-and-remove-photo",
    date="2025-08-26 10:40",
    frm=("Lucy Fairbairn", "lucy.fairbairn@gmail.com"),
    subject="Newsletter and photo",
    rights=["objection", "withdraw_consent"],
    body="""Hi Sandra,

Two things: please stop sending me the newsletter, and I'd like to withdraw my consent for the group photo from the May retreat - could you take it off Facebook?

Thanks a lot,
Lucy""",
),


dict(
    key="en-followup-after-rect-stop-texts",
    date="2025-07-09 08:45",
    frm=("Siobhan O'Callaghan", "siobhan.ocallaghan@gmail.com"),
    subject="Re: Spelling of my name",
    rights=["objection"],
    body="""Perfect, thank you Sandra!

One more thing while I have you: I'd rather not get the promotional text messages about upcoming workshops anymore. Email is fine for anything to do with my sessions, but no marketing texts please.

Siobhan""",
    qstyle="gmail_en",
    thread=[
        dict(frm="SC", ago=0.5, body="""Hi Siobhan,

Apologies for the typo - your name is now correct in my files and I'll reissue the certificate.

Best,
Sandra"""),
        dict(frm=("Siobhan O'Callaghan", "siobhan.ocallaghan@gmail.com"), ago=2,
             body="Hi Sandra, my name is spelled Siobhan O'Callaghan, could you correct it in your files? Best, Siobhan"),
    ],
    # NEAR-LINE: thanks for a handled rectification plus a NEW objection to marketing texts -> objection only.
),

]
