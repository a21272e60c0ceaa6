# -*- coding: utf-8 -*-
"""English-language requests (native and non-native writers)."""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [

dict(
    key="en-req-employee-what-shared-with-hr",
    rights=["access"], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: an employee sent by his company asks what is held on HIM and
    # who received it -> access (own data), not an HR query about staff.
    **{"from": "Ciarán Doyle <ciaran.doyle@nordvik-components.ie>"},
    subject="Leadership programme – my personal data",
    date="2025-03-06 10:14",
    body="""
    Hi Sandra,

    I attended the two-day "Leading Through Change" workshop you ran for Nordvik in Bourges last month.

    Could you let me know what personal information you hold about me – the pre-course questionnaire, the 360 feedback summary, your notes from the one-to-one slot – and whether any of it was passed on to our HR team in Dublin or to my line manager? I'd like a copy of whatever you have.

    Thanks very much,
    Ciarán Doyle
    Production Planner | Nordvik Components Europe Ltd
    Little Island, Cork, Ireland

    This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
    """,
),

dict(
    key="en-req-german-quiz-copy-export",
    rights=["access", "portability"], lang="en", var="en-nonnative",
    **{"from": "Katrin Vogel <katrin.vogel@gmx.de>"},
    subject="Request for my data from online course",
    date="2025-04-16 08:31",
    body="""
    Dear Mrs. Delomenie,

    I have taken part in your online course "Self-compassion in 6 weeks" (the English version) in winter. I would like to receive a copy of all personal data which you are storing about me, inclusive my answers in the quizzes and the reflection journal.

    Additionally please send the journal entries as a file which I can import again (CSV or similar), because I want to continue the practice in another app.

    Thank you in advance and kind regards from Freiburg,
    Katrin Vogel
    """,
),

dict(
    key="en-req-access-above-newsletter",
    rights=["access"], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: new text above a quoted newsletter asks for her data -> access.
    **{"from": "Rachel Thornton <rachel.thornton@btinternet.com>"},
    subject="Re: Your spring letter from Floraison de Soi",
    date="2025-04-24 19:40",
    parent_domain="floraisondesoi.fr",
    body="""
    Hello,

    I don't remember ever signing up for this, although I did attend one of your English-language webinars last year. Before I decide whether to stay on the list, can you tell me exactly what information you have on me and where you got it from?

    Rachel Thornton
    """,
    history=[dict(style="gmail_en", who="Sandra – Floraison de Soi <contact@floraisondesoi.fr>",
                  date="2025-04-23 18:00", text="""
                  Hello Rachel,

                  Spring is here, and with it our new series of online circles in English!
                  Join us on Thursday evenings from 8 May.

                  Warmly,
                  Sandra

                  You are receiving this email because you subscribed to Floraison de Soi updates.
                  Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe
                  """)],
),

dict(
    key="en-req-access-and-csv-for-new-coach",
    rights=["access", "portability"], lang="en", var="en-native",
    tz="us_west",
    **{"from": "Megan O'Riley <megan.oriley@gmail.com>"},
    subject="My coaching records",
    date="2025-06-09 16:05",
    body="""
    Hi Sandra!

    I'm back in California now and I've found a coach here to continue the work we started in Issoudun. Two things:

    1) Can you tell me what you've got on file for me (notes, assessments, payment info)?
    2) Could you send me my session notes and the values worksheet as a CSV or spreadsheet so my new coach can load them into her system?

    Thanks so much for everything – I still use the morning practice every day.

    Megan
    """,
),

dict(
    key="en-req-hr-manager-own-data-and-title",
    rights=["access", "rectification"], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: an HR manager writing about her OWN file (she took part in the
    # programme), not about her staff.
    **{"from": "Joanna Whitfield <j.whitfield@harlowfinch.co.uk>"},
    subject="My own record – Managers' Resilience Programme",
    date="2025-07-01 09:52",
    shape="alt",
    body="""
    Dear Sandra,

    Slightly unusual one from me: as well as booking our managers onto your resilience programme, I took part myself in the June cohort.

    Could you please send me a copy of the personal data you hold about me personally? I also noticed the attendance certificate lists me as "HR Assistant" – I've been Head of People since 2023, so please correct that in your records.

    Many thanks,
    Joanna

    Joanna Whitfield
    Head of People | Harlow & Finch Ltd
    14 Cornmarket Street, Oxford OX1 3HA
    """,
),

dict(
    key="en-req-tell-me-then-erase",
    rights=["access", "erasure"], lang="en", var="en-native",
    **{"from": "Daniel Brooks <dan.brooks@outlook.com>"},
    subject="Data request",
    date="2025-09-11 13:18",
    body="""
    Hello,

    Under GDPR I'd like to know what personal data you hold about me, and once you've told me, I want all of it deleted. I was on one of your taster calls in 2023 and never went further.

    Regards,
    Daniel Brooks
    """,
),

dict(
    key="en-req-certificate-name-misspelled",
    rights=["rectification"], lang="en", var="en-native",
    tz="uk",
    **{"from": "Siobhan McAllister <siobhan.mcallister@gmail.com>"},
    subject="Name spelled wrong on certificate",
    date="2025-02-24 11:03",
    history=[dict(style="gmail_en", date="2025-02-23 20:12", text="""
    Hi Siobhan,

    It was a joy to have you on the retreat! Please find your certificate of attendance attached, and your access to the follow-up videos is now open on the platform.

    Warmly,
    Sandra
    """)],
    body="""
    Hi Sandra,

    Thanks for the lovely weekend retreat! Small thing: my name is spelled "Siobhan MacAlister" on the certificate and in the course platform. It's McAllister – Mc, double L. Could you fix it in your records and reissue the certificate?

    Cheers,
    Siobhan
    """,
),

dict(
    key="en-req-first-name-change",
    rights=["rectification"], lang="en", var="en-native",
    **{"from": "Alex Harper <alex.harper@protonmail.com>"},
    subject="Updating my name",
    date="2025-05-07 17:20",
    body="""
    Hi Sandra,

    I hope you're well. I've transitioned since we worked together and I now go by Alex (he/him). My old first name still shows up in your emails and on my course account.

    Could you update my first name to Alex everywhere in your records, and make sure the old name isn't used anymore? My email address stays the same.

    Thank you – it means a lot.
    Alex Harper
    """,
),

dict(
    key="en-req-polish-new-address-no-newsletter",
    rights=["objection", "rectification"], lang="en", var="en-nonnative",
    **{"from": "Agnieszka Nowak <agnieszka.nowak@wp.pl>"},
    subject="change of my adress",
    date="2025-08-18 20:27",
    history=[dict(style="gmail_en", date="2025-08-14 11:20", text="""
    Hello Agnieszka,
    Please find attached your invoice for the August sessions. Thank you!
    Sandra
    """)],
    body="""
    Hello Sandra,

    I moved to new flat, my old adress in Bourges (12 rue Mirebeau) is not actual anymore. New one is: 7 avenue Marx Dormoy, 18000 Bourges. Please change it for the invoices.

    Also I dont want to receive more the newsletter, it is too much emails for me, sorry :)

    Best regards
    Agnieszka Nowak
    """,
),

dict(
    key="en-req-delete-account-and-all-data",
    rights=["erasure"], lang="en", var="en-native",
    **{"from": "Tom Gallagher <tom.gallagher@icloud.com>"},
    subject="Delete my account",
    date="2025-10-02 07:45",
    body="""
    Hi,

    Please delete my account on your course platform and all my data with it. I bought the "Calm Mornings" mini-course last year and won't be using it again.

    Thanks,
    Tom
    """,
),

dict(
    key="en-req-spanish-please-delete-informations",
    rights=["erasure"], lang="en", var="en-nonnative",
    **{"from": "Lucía Fernández <lucia.fernandez.r@gmail.com>"},
    subject="my informations",
    date="2025-11-07 12:12",
    body="""
    Hello Sandra,

    I did the workshop of breathing with you in Issoudun when I was doing my Erasmus in Tours. Now I am back in Valencia. Please to delete all my personal informations from your files, the phone number, email, the form I completed with my health things, everything.

    Thank you very much and un abrazo,
    Lucía
    """,
),

dict(
    key="en-req-hr-remove-staff-list-uk",
    rights=["erasure"], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: company asks her to delete the staff list it sent, and the
    # HR sender explicitly includes her own contact details -> erasure (theme).
    **{"from": "Priya Shah <priya.shah@harlowfinch.co.uk>"},
    subject="Post-training data clean-up – attendee list",
    date="2025-12-03 15:36",
    body="""
    Dear Sandra,

    Thank you again for delivering the Communication Skills day for our Oxford team. Now that certificates are out and our records are complete, we're doing our post-event data clean-up.

    Please could you delete the attendee spreadsheet we sent you on 12 November (names, job titles, work emails and mobile numbers of 14 colleagues), along with my own contact details as the organiser, from your files and from Systeme.io? We'd be grateful for a short confirmation once done.

    Kind regards,
    Priya Shah
    L&D Coordinator | Harlow & Finch Ltd
    """,
),

dict(
    key="en-req-erase-all-and-withdraw-photo",
    rights=["erasure", "withdraw_consent"], lang="en", var="en-native",
    **{"from": "Hannah Lewis <hannah.lewis@yahoo.co.uk>"},
    subject="Photos and my data",
    date="2026-01-14 18:02",
    tz="uk",
    body="""
    Hi Sandra,

    I said yes to being in the retreat photos you use on the website and Instagram, but I'd like to take that back now – please remove any photos of me. And while you're at it, please erase everything else you hold about me too; I'm not planning to come back to the retreats.

    Thanks for understanding,
    Hannah
    """,
),

dict(
    key="en-req-freeze-for-legal-claim",
    rights=["restriction"], lang="en", var="en-native",
    **{"from": "Graham Pearce <graham.pearce@pearce-consulting.co.uk>"},
    tz="uk",
    subject="Please do not delete – restriction of processing",
    date="2025-03-27 14:44",
    body="""
    Dear Ms Delomenie,

    I understand that under your retention policy you may soon delete records relating to the coaching sessions I attended in 2022. I'm currently preparing an employment claim in which those records may be relevant.

    I therefore ask you to restrict processing of my personal data: please keep it, but do not use, alter or share it in any way until I confirm the matter is closed.

    Yours sincerely,
    Graham Pearce
    """,
),

dict(
    key="en-req-italian-stop-using-until-check",
    rights=["restriction"], lang="en", var="en-nonnative",
    **{"from": "Giulia Romano <giulia.romano@libero.it>"},
    subject="About my data – please wait",
    date="2025-06-19 09:26",
    body="""
    Good morning Sandra,

    In the report you sent after the retreat there are some informations about me that I think are not correct (my job, my family situation). Until we clarify together, I ask you to not use my data for anything, only keep them. Please don't cancel them, I just want that they stay "stopped".

    Thank you and a warm greeting from Torino,
    Giulia
    """,
),

dict(
    key="en-req-contest-pause-and-copy",
    rights=["access", "restriction"], lang="en", var="en-native",
    **{"from": "Marcus Bell <marcus.bell@nordvik-components.ie>"},
    tz="uk",
    subject="Assessment from the leadership programme",
    date="2025-10-15 16:58",
    body="""
    Hi Sandra,

    My manager mentioned an "assessment" from your programme describing me as "resistant to feedback". I don't recognise that at all.

    Until we've talked it through, please stop using that assessment and don't share it any further. I'd also like a copy of everything you hold on me, including that assessment and any notes behind it.

    Thanks,
    Marcus Bell
    Quality Engineer, Nordvik Components Europe
    """,
),

dict(
    key="en-req-restrict-and-no-marketing",
    rights=["objection", "restriction"], lang="en", var="en-native",
    **{"from": "Emily Carter <emily.carter@gmail.com>"},
    subject="Two requests",
    date="2026-02-09 21:14",
    body="""
    Hi Sandra,

    While we sort out the refund for the cancelled retreat, please don't do anything with my data apart from keeping it – no follow-ups, no surveys, nothing – and don't delete it either.

    Separately, and permanently: please take me off your marketing emails.

    Thanks,
    Emily Carter
    """,
),

dict(
    key="en-req-employee-hold-evaluation",
    rights=["restriction"], lang="en", var="en-native",
    tz="uk",
    **{"from": "Owen Price <owen.price@harlowfinch.co.uk>"},
    subject="My end-of-course evaluation",
    date="2026-03-05 08:49",
    history=[dict(style="outlook_en", date="2026-03-04 17:30", to="Owen Price", subject="Resilience course – next steps", text="""
    Dear all,

    Thank you for a wonderful final session. As agreed with Harlow & Finch, individual evaluations will be shared with the HR team on Friday 6 March. Do let me know if you'd like to go through yours first.

    Best wishes,
    Sandra
    """)],
    body="""
    Morning Sandra,

    I gather individual evaluations from the resilience course are due to go to our HR team on Friday. I'd like mine held back for now – please don't send or use it until I've had a chance to review it with you. No need to delete it.

    Cheers,
    Owen
    """,
),

dict(
    key="en-req-transfer-to-new-coach",
    rights=["portability"], lang="en", var="en-native",
    **{"from": "Sarah Jennings <sarah.jennings@gmail.com>"},
    subject="Transferring my file",
    date="2025-05-22 12:40",
    tz="uk",
    body="""
    Hi Sandra,

    As discussed on our last call, I'm continuing with a coach closer to home. Could you send my coaching file – goals, session summaries, the assessments I completed – directly to her at hello@ruthmorgancoaching.co.uk, in an electronic format she can import?

    Many thanks for all your help over the past year.

    Sarah
    """,
),

dict(
    key="en-req-json-export",
    rights=["portability"], lang="en", var="en-native",
    **{"from": "Ben Okafor <ben.okafor@fastmail.com>"},
    subject="Data portability request",
    date="2025-09-25 10:02",
    body="""
    Hello,

    I'd like to exercise my right to data portability. Please provide the personal data I've given you through the course platform (profile, course progress, quiz answers, journal entries) in a structured, commonly used, machine-readable format – JSON would be ideal.

    Best,
    Ben Okafor
    """,
),

dict(
    key="en-req-dutch-export-then-delete",
    rights=["erasure", "portability"], lang="en", var="en-nonnative",
    **{"from": "Sanne de Vries <sanne.devries@ziggo.nl>"},
    subject="Export and delete my data",
    date="2026-01-29 15:15",
    body="""
    Dear Sandra,

    I am leaving your membership program at end of this month. Can you first give me my data (my journal, the exercises I uploaded, the results of the tests) in a format I can use again, like CSV or Excel? After that I want that you delete all my data and my account.

    Thanks and greetings from Utrecht,
    Sanne de Vries
    """,
),

dict(
    key="en-req-stop-marketing-emails",
    rights=["objection"], lang="en", var="en-native",
    **{"from": "Lisa Morgan <lisa.morgan@hotmail.com>"},
    to=CONTACT,
    subject="Unsubscribe",
    date="2025-02-13 06:58",
    history=[dict(style="outlook_en", who="Floraison de Soi <contact@floraisondesoi.fr>", to="lisa.morgan@hotmail.com", date="2025-02-12 18:00",
                  subject="Last chance: Valentine's self-love workshop", text="""
    Hello Lisa,

    Only 4 places left for our online self-love workshop this Saturday! Book now and get the guided meditation pack free.

    Unsubscribe | Manage preferences
    """)],
    body="""
    Please stop sending me marketing emails. I've clicked the unsubscribe link twice and I'm still getting them.

    Lisa Morgan
    """,
),

dict(
    key="en-req-partner-coach-off-newsletter",
    rights=["objection"], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: a partner coach (business contact) unsubscribing from the
    # newsletter -> objection like any subscriber.
    **{"from": "Amanda Pryce <amanda@pryce-coaching.co.uk>"},
    subject="Re: Co-hosting in September?",
    date="2025-07-14 12:24",
    body="""
    Hi Sandra,

    September works for me – let's pencil in the 18th and I'll send a draft outline next week.

    One admin thing: I seem to have ended up on your French newsletter list after we swapped details in Lyon. Lovely as it is, my French isn't up to it! Could you take me off that list? Keep my address for our planning emails, of course.

    Speak soon,
    Amanda
    """,
    history=[dict(style="gmail_en", date="2025-07-12 10:11", to="Amanda Pryce <amanda@pryce-coaching.co.uk>", text="""
    Hi Amanda,
    Would you be up for co-hosting an English-language online circle in September? Let me know which dates suit you.
    Sandra
    """)],
),

dict(
    key="en-req-withdraw-recording-supervision",
    rights=["withdraw_consent"], lang="en", var="en-native",
    **{"from": "Claire Donovan <claire.donovan@gmail.com>"},
    subject="Session recording",
    date="2025-11-18 19:33",
    history=[dict(style="gmail_en", date="2025-11-14 19:02", text="""
    Hi Claire,
    Here are the key points from today's session, and the journaling prompt we talked about. Same time next week?
    Sandra
    """)],
    body="""
    Dear Sandra,

    When we started, I agreed that you could record our sessions for your supervision. I've thought about it a lot and I'm no longer comfortable with that – I withdraw my consent. Please don't record future sessions or use the existing recordings for supervision.

    We can keep working together otherwise; this isn't about you.

    Warmly,
    Claire
    """,
),

dict(
    key="en-req-romanian-testimonial-and-unsubscribe",
    rights=["objection", "withdraw_consent"], lang="en", var="en-nonnative",
    **{"from": "Ioana Popescu <ioana.popescu@yahoo.com>"},
    subject="testimonial",
    date="2026-03-12 13:07",
    body="""
    Hello Mrs Sandra,

    Last year I accepted that you put my testimonial with my name on your site. Now I want to take back this accept, please remove it. Also please dont send me anymore the newsletter, I dont read it.

    Thank you,
    Ioana Popescu
    """,
),

dict(
    key="en-pm-son-abroad-father",
    rights=["post_mortem"], lang="en", var="en-native",
    tz="qc",
    **{"from": "Julien Marchetti <julien.marchetti@gmail.com>"},
    subject="My father, Jean-Paul Marchetti",
    date="2025-03-31 21:10",
    body="""
    Hello Ms Delomenie,

    I'm writing from Montreal – I'm afraid my father, Jean-Paul Marchetti, passed away on 9 March. He had attended your meditation workshops in Issoudun and his email account keeps getting your reminders.

    As his son and executor, I'd be grateful if you could close his account and remove his information. I can send a copy of the death certificate if needed.

    With thanks,
    Julien Marchetti
    """,
),

dict(
    key="en-pm-own-directives",
    rights=["post_mortem"], lang="en", var="en-native",
    tz="uk",
    # NEAR-LINE: the client is alive and gives instructions for after her death
    # -> post_mortem.
    **{"from": "Margaret Ellis <margaret.ellis@btinternet.com>"},
    subject="Instructions for after I'm gone",
    date="2025-08-26 11:45",
    body="""
    Dear Sandra,

    I'm putting my affairs in order, as one does at 78. Should anything happen to me, I'd like my coaching notes and the letters I wrote during our sessions to be destroyed rather than passed to anyone. My son Peter will know to contact you, but please treat this email as my instruction.

    With gratitude for our conversations,
    Margaret Ellis
    """,
),

dict(
    key="en-pm-daughter-unsubscribe-late-mother",
    rights=["post_mortem"], lang="en", var="en-native",
    # NEAR-LINE: a daughter unsubscribing her late mother -> post_mortem only.
    **{"from": "Kate Summers <kate.summers@gmail.com>"},
    subject="Please stop emails to my late mother",
    date="2025-12-22 09:17",
    history=[dict(style="gmail_en", who="Sandra – Floraison de Soi <contact@floraisondesoi.fr>", to="patricia.summers@gmail.com", date="2025-12-20 18:00", text="""
    Hello Patricia,

    As the year draws to a close, I'd like to invite you to our winter solstice circle online, on 21 December at 7pm.

    Warmly,
    Sandra

    Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe
    """)],
    body="""
    Hi,

    My mum, Patricia Summers, died in October. I'm going through her email and keep seeing your newsletters. Could you please take her off your list?

    Thank you,
    Kate
    """,
),

dict(
    key="en-pm-solicitor-executor",
    rights=["post_mortem"], lang="en", var="en-native",
    tz="uk",
    **{"from": "Hargreaves & Lowe Solicitors <probate@hargreaveslowe.co.uk>"},
    subject="Estate of the late Mr David Lowther – personal data held",
    date="2026-04-09 14:00",
    shape="alt",
    body="""
    Dear Madam,

    We act for the executors of the estate of the late Mr David Lowther, who died on 14 February 2026. Our client has informed us that Mr Lowther attended coaching sessions with you in 2025.

    We should be grateful if you would confirm what personal data you hold relating to the deceased, provide copies of any invoices outstanding or paid, and thereafter delete his data save where you are required by law to retain it. A copy of the Grant of Probate is attached.

    Yours faithfully,

    Hargreaves & Lowe LLP
    Probate Department
    """,
    attach=[dict(name="Grant_of_Probate_Lowther.pdf", text="""
    IN THE HIGH COURT OF JUSTICE - GRANT OF PROBATE
    Estate of David LOWTHER, deceased 14 February 2026
    Executors: Susan Lowther
    """)],
),

]
