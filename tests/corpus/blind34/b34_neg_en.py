# -*- coding: utf-8 -*-
"""English-language negatives written by people (not systems)."""
from b34_helpers import (SANDRA, SIG_SANDRA, gmail_en, apple_en, outlook_en, fwd_en)

RECORDS = [

dict(
    key="en-neg-student-dissertation-survey",
    rights=[], lang="en",
    frm=("Ellie Robertson", "e.robertson.2@research.gla.ac.uk"),
    subject="Research invitation: GDPR practices among independent wellbeing practitioners",
    date="2025-02-13 10:20",
    body="""Dear Ms Delomenie,

I'm an MSc student at the University of Glasgow researching how independent coaches and therapists in the EU handle client data - consent forms, health information, retention periods, and how they respond to access or deletion requests.

I came across your (very thorough!) privacy policy and wondered whether you'd be willing to complete a 15-minute anonymous survey: https://glasgow.eu.qualtrics.com/jfe/form/SV_3xYq8pLmNw

The study has ethics approval (ref. 300240118). Participation is voluntary and you can withdraw at any time.

Many thanks for considering it,
Ellie Robertson
MSc Information Management
""",
    cte="qp",
),

dict(
    key="en-neg-us-coach-how-do-you-handle-deletion",
    rights=[], lang="en",
    frm=("Jenna Morales", "jenna@thrivewithjenna.com"),
    subject="GDPR question from across the pond",
    date="2025-05-07 16:45",
    body="""Hey Sandra!

Hope you're well - it's been ages since the Lisbon conference. I've got a question I think you're the right person for.

One of my clients is based in Germany and she just emailed asking me to "delete all her data under GDPR". I'm in Texas and honestly have no idea what I'm supposed to do. Do I have to delete my session notes? My invoices? Her emails in Gmail? What about the Zoom recordings?

How do you handle it on your side? Any template you could share would be amazing.

Hugs,
Jenna
""",
    html="auto",
),

dict(
    # NEAR-LINE: a trainee's role-play script containing a mock subject access
    # request; practice material, not her own request -> negative.
    key="en-neg-trainee-roleplay-script-dsar",
    rights=[], lang="en-nonnative",
    frm=("Ingrid Olsen", "ingrid.olsen@online.no"),
    subject="Homework module 5 - role play script",
    date="2025-05-15 19:30",
    body="""Hi Sandra,

Here is my script for the role play in the English cohort, as you asked. I wrote both parts.

CLIENT: "Hello, I would like a copy of all the personal data you hold about me, including your session notes."
COACH: "Thank you for your request. Could you confirm your identity? I will send you everything within one month."
CLIENT: "And please also tell me who you shared it with."
COACH: "I only share with my accountant for invoices, nothing else."

I am not sure if the coach should ask for an ID card or if that is too much? See you Saturday.

Ingrid
""",
    attach=[dict(name="roleplay_script_Olsen.docx", kind="docx",
                 text="Role play - subject access request\nCLIENT: Hello, I would like a copy of all the personal data you hold about me...\nCOACH: Thank you for your request...")],
),

dict(
    key="en-neg-friend-sar-old-employer-400-pages",
    rights=[], lang="en",
    frm=("Kate Willoughby", "kate.willoughby@gmail.com"),
    subject="You won't believe this",
    date="2025-08-20 21:10",
    body="""Sandra!!

Remember I told you I was going to do a subject access request to my old company? They sent it today. FOUR HUNDRED PAGES. Including Slack messages where my old manager called me "difficult" (lovely). My lawyer is thrilled, I'm slightly traumatised.

Anyway - are you still coming to London in October? The spare room is yours.

Kx
""",
    html="auto",
),

dict(
    key="en-neg-client-downloaded-meta-data",
    rights=[], lang="en",
    frm=("Tom Ashworth", "tom.ashworth@gmail.com"),
    subject="Re: Homework for Thursday",
    date="2025-11-10 22:30",
    irt="sandra-homework-ashworth",
    body="""Hi Sandra,

Quick update on the "notice where your attention goes" exercise. I downloaded my data from Instagram and Facebook to see how much time I actually spend there. The export listed every ad I'd clicked since 2014. Sobering!

I've since deleted the Instagram app from my phone. Let's talk about it Thursday.

Tom
""",
),

dict(
    key="en-neg-password-dashboard",
    rights=[], lang="en-nonnative",
    frm=("Marta Silva", "marta.silva@sapo.pt"),
    subject="Problem to login",
    date="2025-03-27 09:10",
    body="""Hello,

I cannot access to my space of the course since yesterday. It says "invalid password" and the reset email never arrives. Can you help me please? I am in the middle of module 4.

Thank you
Marta
""",
),

dict(
    # NEAR-LINE: "close my account" with nothing about data -> negative.
    key="en-neg-close-my-account",
    rights=[], lang="en",
    frm=("Adam Fletcher", "adam.fletcher@gmail.com"),
    subject=None,
    date="2025-09-03 13:15",
    body="""Hi, please close my account on the course site - I've finished and won't need it again. Thanks, Adam
""",
),

dict(
    # NEAR-LINE: "remove me from the list" = the workshop attendee list, i.e.
    # cancelling a booking -> negative.
    key="en-neg-cancel-workshop-booking",
    rights=[], lang="en",
    frm=("Zoe Campbell", "zoe.campbell@outlook.com"),
    subject="Cancelling Saturday",
    date="2025-05-21 08:05",
    body="""Hi Sandra,

So sorry but I need to cancel my booking for the online workshop on Saturday - my daughter's school play got moved. Could you remove me from the list and let me know if I can transfer to the June date?

Thanks,
Zoe
""",
),

dict(
    key="en-neg-cancel-monthly-circle-subscription",
    rights=[], lang="en",
    frm=("Helen Booth", "helen.booth@gmail.com"),
    subject="Cancel subscription",
    date="2026-01-05 17:40",
    body="""Hi Sandra,

I'd like to cancel my monthly subscription to the online circle from February. I've loved it, but money's tight after Christmas.

Helen
""",
),

dict(
    # NEAR-LINE: "am I allowed to ask ...?" - question about the right.
    key="en-neg-am-i-allowed-to-ask-notes",
    rights=[], lang="en",
    frm=("Natalie Reed", "natalie.reed@gmail.com"),
    subject="Just wondering",
    date="2025-10-16 20:45",
    body="""Hi Sandra,

Just wondering - am I allowed to ask to see the notes you take during our sessions? I'm not asking for them, I'm just curious how it works with coaching vs. therapy.

See you next week,
Natalie
""",
),

dict(
    # NEAR-LINE: general question on retention before signing up.
    key="en-neg-how-long-do-you-keep",
    rights=[], lang="en",
    frm=("Owen Griffiths", "owen.griffiths@gmail.com"),
    subject="Before I book",
    date="2025-07-02 11:30",
    body="""Hello Sandra,

Before I book the discovery call: how long do you keep client information after coaching ends, and is any of it stored outside the EU? I'm a bit cautious since my bank had a data breach last year.

Thanks,
Owen
""",
),

dict(
    key="en-neg-wife-asks-husband-notes",
    rights=[], lang="en",
    frm=("Jessica Marsh", "jessica.marsh@gmail.com"),
    subject="My husband's sessions",
    date="2025-06-30 23:10",
    body="""Dear Sandra,

My husband, Peter Marsh, has been having sessions with you since March. I'm worried about him. Could you send me his notes, or at least tell me what he's been talking about? I think I have a right to know as his wife.

Jessica
""",
),

dict(
    key="en-neg-manager-feedback-on-employees",
    rights=[], lang="en-nonnative",
    frm=("Pieter de Vries", "p.devries@lumenlogistics.nl"),
    subject="Feedback on our team - training 18/11",
    date="2025-11-24 10:00",
    body="""Dear Sandra,

Thank you for the training with our team last week. For our HR files, could you send us a short feedback per participant (attitude, participation, points to improve), especially for Joost van Dijk and Eva Smit?

Best regards,
Pieter de Vries
Operations Manager, Lumen Logistics
""",
),

dict(
    key="en-neg-perfect-thanks-testimonial-removed",
    rights=[], lang="en",
    frm=("Sophie Turner", "sophie.turner@gmail.com"),
    subject="Re: My testimonial",
    date="2025-03-21 08:40",
    irt="sandra-re-turner-testimonial", refs=["turner-testimonial"],
    body="""Perfect, thank you so much Sandra - really appreciate how quickly you sorted it.

Sophie

""" + gmail_en("Thu, 20 Mar 2025 at 17:15", "Sandra Delomenie", "sandra.delomenie@orange.fr",
               "Dear Sophie,\n\nOf course - your testimonial has been removed from the website and from the\ncourse sales page. Thank you for letting me know.\n\nWarmly,\nSandra\n\n"
               "> On Wed, 19 Mar 2025 at 12:00, Sophie Turner <sophie.turner@gmail.com> wrote:\n>\n> Would you mind taking my testimonial down from your website?"),
    html="auto",
),

dict(
    key="en-neg-happy-for-you-to-use-quote",
    rights=[], lang="en",
    frm=("Lily Chapman", "lily.chapman@icloud.com"),
    subject="Re: A small favour?",
    date="2025-08-12 14:22",
    irt="sandra-favour-chapman",
    body="""Hi Sandra,

Of course - I'm happy for you to use my quote on your website and socials. First name and country is fine ("Lily, UK"), but no photo please.

Lily x

""" + apple_en("11 Aug 2025 at 10:05", "Sandra Delomenie", "sandra.delomenie@orange.fr",
               "Hi Lily,\n\nWould you be OK with me sharing a few words from your feedback form on my\nwebsite? Only with your agreement, and you can change your mind at any time.\n\nSandra"),
),

dict(
    key="en-neg-ok-to-record-group-call",
    rights=[], lang="en-nonnative",
    frm=("Hiroshi Tanaka", "hiroshi.tanaka@gmail.com"),
    subject="Recording consent",
    date="2025-04-24 06:30",
    body="""Dear Sandra,

About your question before the group call: yes, I agree that the session is recorded for the replay. I will keep my camera off if this is possible.

Best regards,
Hiroshi
""",
),

dict(
    # NEAR-LINE: digital declutter story; she unsubscribed from other lists,
    # "not yours" -> negative.
    key="en-neg-decluttering-not-yours",
    rights=[], lang="en",
    frm=("Amy Coleman", "amy.coleman@gmail.com"),
    subject="Inbox zero!",
    date="2025-04-06 18:12",
    body="""Hi Sandra,

Following your challenge, I spent the weekend decluttering my digital life: deleted 4,000 emails, unsubscribed from about 50 mailing lists (not yours, don't worry!), removed old apps and asked two shops I never use to delete my accounts.

I feel lighter already. See you at the circle on Thursday.

Amy
""",
),

dict(
    # NEAR-LINE: "feel free to delete it" is about a superseded homework file
    # he re-uploaded, not a request to erase his data -> negative.
    key="en-neg-corrected-typo-in-homework",
    rights=[], lang="en",
    frm=("Chris Nolan", "chris.nolan@gmail.com"),
    subject="Updated worksheet",
    date="2025-12-04 07:25",
    body="""Morning Sandra,

I've re-uploaded the values worksheet - I'd made a mess of question 3 and corrected it. Please ignore the first version (feel free to delete it).

Chris
""",
    attach=[dict(name="values_worksheet_v2.docx", kind="docx",
                 text="Values worksheet\n1. Family\n2. Honesty\n3. Freedom (corrected)")],
),

dict(
    key="en-neg-va-export-contacts-migration",
    rights=[], lang="en",
    frm=("Rosie Adams", "rosie@rosieadamsva.co.uk"),
    subject="Contacts export for the migration",
    date="2025-06-17 10:30",
    body="""Hi Sandra,

Shall I export the English-speaking contacts from the old Mailchimp account to a CSV so we can import them into Systeme.io? I'd only include people who opted in (there's a consent column), and I'll delete the CSV from my drive once it's imported.

Also - Mailchimp wants us to re-confirm the data processing addendum before closing the account. I'll forward it.

Rosie
Virtual Assistant
""",
),

dict(
    key="en-neg-change-session-date",
    rights=[], lang="en-nonnative",
    frm=("Elena Petrova", "elena.petrova@mail.ru"),
    subject="change the date",
    date="2025-02-18 12:00",
    body="""Hello Sandra,

I want to change the date of my session from 20 February to 27 February if it is possible. Same hour.

Thank you,
Elena
""",
    cte="b64",
),

dict(
    key="en-neg-company-booking-participant-list",
    rights=[], lang="en",
    frm=("Laura Bennett", "laura.bennett@greenfieldtech.com"),
    subject="Wellbeing workshop - participant list",
    date="2025-09-11 15:00",
    body="""Hi Sandra,

Please find attached the participant list for the wellbeing workshop at our Tours office on 2 October (12 people). We've only included names, job titles and work emails - let us know if you need anything else.

Our DPO asked me to remind you that the list should only be used for this workshop and deleted afterwards.

Kind regards,
Laura Bennett
People & Culture, Greenfield Tech
""",
    attach=[dict(name="participants_2_october.csv", kind="csv",
                 text="name,job_title,email\nAlex Martin,Developer,alex.martin@greenfieldtech.com\nSarah Dubois,Project Manager,sarah.dubois@greenfieldtech.com\nYann Cole,Support,yann.cole@greenfieldtech.com\n")],
    cc=[("Tom Reilly", "tom.reilly@greenfieldtech.com")],
),

dict(
    # NEAR-LINE: one receipt copy for an employer reimbursement -> ordinary
    # billing, negative.
    key="en-neg-receipt-copy-reimbursement",
    rights=[], lang="en",
    frm=("Daniel Hughes", "daniel.hughes@gmail.com"),
    subject="Receipt",
    date="2025-10-30 09:50",
    body="""Hi Sandra,

Could you send me a copy of the receipt for the October workshop? My employer reimburses training and I can't find the original email.

Cheers,
Dan
""",
),

dict(
    # NEAR-LINE: a daughter asks on behalf of her living adult mother ->
    # another adult's data, negative.
    key="en-neg-daughter-mum-stop-emails",
    rights=[], lang="en",
    frm=("Sarah Collins", "sarah.collins@gmail.com"),
    subject="My mum's emails",
    date="2025-12-12 19:15",
    body="""Hi there,

My mum, Patricia Collins, gets your newsletters and she's asked me to sort out her inbox as she's not very techy. Could you take her off your list? Her address is pat.collins42@btinternet.com.

Thanks,
Sarah
""",
),

dict(
    # NEAR-LINE: only tells her a CNIL complaint was filed; no new request in
    # this message -> negative.
    key="en-neg-told-you-filed-with-cnil",
    rights=[], lang="en",
    frm=("Derek Sullivan", "dsullivan@comcast.net"),
    subject="Complaint",
    date="2025-10-03 16:30",
    body="""Hello,

FYI, since I never got an answer to my email from August, I've filed a complaint with the CNIL through their online form (a French friend helped with the translation).

I'll let them handle it from here.

Derek Sullivan
""",
),

dict(
    key="en-neg-friend-breach-training-week",
    rights=[], lang="en",
    frm=("Marie-Claire Dupont", "mc.dupont@hsbc-partners.co.uk"),
    subject="Long week",
    date="2025-03-28 19:45",
    body="""Sandra darling,

What a week. We had a data breach at work (someone emailed a client spreadsheet to the wrong "John Smith") and the whole team has been on GDPR refresher training since Monday. I can now recite Article 33 in my sleep.

Can we please talk about anything else when I'm in Issoudun next month? Wine. Gardens. Your new workshop.

Love,
MC

This email and any attachments are confidential and intended solely for the addressee.
""",
),

dict(
    key="en-neg-sandra-sent-transfer-done",
    rights=[], lang="en",
    frm=SANDRA,
    to=[("Emma Richardson", "emma.richardson@gmail.com")],
    cc=[("Sarah Brook Coaching", "hello@sarahbrookcoaching.co.uk")],
    subject="Re: Passing my file to my new coach",
    date="2025-04-11 16:30",
    irt="richardson-passing-file", irt_dom="gmail.com",
    body="""Dear Emma,

As requested, I've sent Sarah your assessments and questionnaires as editable files (spreadsheet and Word), copied here for your information. Nothing else has been shared.

It was a joy to work with you. Wishing you all the best for the next chapter.

Warmly,

""" + SIG_SANDRA + "\n\n" + gmail_en("Wed, 2 Apr 2025 at 09:15", "Emma Richardson", "emma.richardson@gmail.com",
                                       "Would you be able to send her my assessments and the questionnaires I\nfilled in, in a file she can actually import and edit rather than a PDF?"),
),

]
