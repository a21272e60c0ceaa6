# -*- coding: utf-8 -*-
"""English-language requests (native and non-native writers)."""
from recbase import M

RECORDS = [

# ------------------------------------------------------------------ access
M("en.uk-subject-access-request", ["access"],
  "Rebecca Holloway <rebecca.holloway@btinternet.com>",
  "Subject Access Request",
  """\
Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR.

I attended your online course "Confidence at Work" (English cohort) between October and December 2024. Please provide me with a copy of all personal data you hold about me, together with the purposes of processing, the recipients to whom it has been disclosed, and the period for which it will be stored.

I have attached a copy of my passport photo page for identification.

I look forward to hearing from you within one month.

Kind regards,
Rebecca Holloway
Bristol, UK
""",
  date="2025-01-20 09:12", att=[("passport_RHolloway.jpg", "jpg")], xm="Microsoft Outlook 16.0"),

M("en.de-which-informations-where-from", ["access"],
  "Matthias Krüger <m.krueger@web.de>",
  "Question about my data",
  """\
Hello Mrs. Delomenie,

since some weeks I receive emails from "Floraison de Soi". Please can you tell me which personal informations you are storing about me, and where you got my e-mail adress from? I never registered on your website as far as I know.

Thank you in advance and best regards from Freiburg,
Matthias Krüger
""",
  date="2025-05-19 07:33"),

M("en.us-iphone-whatever-on-file", ["access"],
  "Jenna Morales <jennamorales.coach@gmail.com>",
  "quick one",
  """\
hey Sandra!

quick one — could you send me whatever you have on file for me? session notes, the intake form, the assessment thing we did in week 1, etc. I'm putting together a portfolio for my own coaching certification and I'd love to see it all in one place.

thx so much!! 🙏
Jenna

Sent from my iPhone
""",
  date="2025-08-14 16:22"),

M("en.who-shared-insurance-broker", ["access"],
  "Patrick O'Brien <patrick.obrien@eircom.net>",
  "Who has my details?",
  """\
Hi Sandra,

Since I signed up for your webinar in March I've been getting phone calls from an insurance broker who seems to know I "attended a wellbeing event in France".

Could you tell me who, if anyone, you've shared my details with? And what details exactly? I'd just like to get to the bottom of it.

Cheers,
Pat O'Brien
Cork
""",
  date="2025-04-28 20:05"),

# NEAR-LINE: explicit negation of deletion; she only wants to see what is kept -> access.
M("en.es-not-delete-only-see", ["access"],
  "Lucía Herrera <lucia.herrera@telefonica.net>",
  "My data",
  """\
Hello Sandra,

I hope you are well. I don't want you to delete anything, I am happy with the coaching and I will continue in September. I only would like to see what information you keep about me (the forms, the notes of sessions, the payments). Is it possible to receive this by email?

Many thanks,
Lucía
Valencia
""",
  date="2025-07-23 10:47"),

# ------------------------------------------------------------------ rectification
M("en.ie-changed-email", ["rectification"],
  "Aoife Brennan <aoife.brennan.work@gmail.com>",
  "Updated email address",
  """\
Hi Sandra,

Just a heads-up that I've changed my email. Could you please update your records from aoife.brennan@yahoo.ie to this one (aoife.brennan.work@gmail.com)? The Yahoo account is being closed.

Thanks a million,
Aoife
""",
  date="2025-02-06 12:15"),

M("en.siobhan-fada-certificate", ["rectification"],
  "Siobhán Ní Mhurchú <siobhan.nimhurchu@gmail.com>",
  "Name spelling",
  """\
Hello Sandra,

Thanks for the certificate! Small thing: my name is spelled wrong on it, and I suspect in your records too. It's Siobhán (with the accent on the a) and Ní Mhurchú, not "Siobhan Murphy".

Would you mind correcting it in your files and re-issuing the certificate?

Many thanks,
Siobhán
""",
  date="2025-06-24 14:08"),

M("en.it-new-phone-number", ["rectification"],
  "Giulia Ferraro <giulia.ferraro@libero.it>",
  "new phone number",
  """\
Dear Sandra,

please correct my phone number in your data, the old one is not working anymore. The new one is +39 347 ... .. 12. The reminders for the sessions by sms are going to the old number.

Thank you very much and see you on thursday,
Giulia
""",
  date="2025-10-02 08:44", cte="b64"),

M("en.us-billing-address-update", ["rectification"],
  "Michael Chen <mchen.designs@outlook.com>",
  "Address change",
  """\
Hi,

I moved last month. Please update my address on file.

Old: 1420 Lakeview Ave, Apt 3B, Oakland CA 94610
New: 88 Rue Saint-Sabin, 75011 Paris, France

I need the invoices for the coaching package to show the new address for my French tax return.

Thanks,
Michael Chen
""",
  date="2026-01-14 17:26"),

# ------------------------------------------------------------------ erasure
M("en.uk-right-to-erasure-formal", ["erasure"],
  "Dr Alistair Grant <alistair.grant@nhs.net>",
  "Right to erasure request",
  """\
Dear Ms Delomenie,

Under Article 17 of the UK/EU GDPR I request the erasure of all personal data you hold relating to me, including any data held by your processors (course platform, payment provider, email marketing tool) to the extent you are not legally required to retain it.

Please confirm in writing once this has been done.

Yours sincerely,
Alistair Grant

This email may contain confidential information. If you are not the intended recipient please inform the sender and delete it.
""",
  date="2025-03-04 13:37", xm="Microsoft Outlook 16.0"),

M("en.us-delete-all-info-2023", ["erasure"],
  "Tammy Reynolds <tammy.reynolds77@yahoo.com>",
  "Please delete my info",
  """\
Hello,

I took your online confidence course back in 2023. I don't need anything kept on my end, so please delete all of my info from your system (account, email, whatever forms I filled out).

Thank you!
Tammy

Sent from Yahoo Mail on Android
""",
  date="2025-09-11 03:21", cte="b64"),

M("en.nl-remove-personal-data", ["erasure"],
  "Pieter van Dijk <pieter.vandijk@ziggo.nl>",
  "Removal of my personal data",
  """\
Dear Madam,

Could you remove my personal data from your files? I followed one workshop online in 2024 and I do not plan to follow more.

Thank you in advance.

Met vriendelijke groet / Kind regards,
Pieter van Dijk
Utrecht
""",
  date="2025-05-08 11:02"),

M("en.au-wipe-details", ["erasure"],
  "Kylie Thompson <kylie.thompson@bigpond.com>",
  "Wiping my details",
  """\
Hi Sandra,

Hope you're well! I did your "Reset & Bloom" online program last year from Perth (those 5am sessions, never again haha).

Would you mind wiping my details from your records? Everything — the intake questionnaire, notes, email, the lot. Nothing's wrong, I'm just having a bit of a digital clean-out.

Cheers,
Kylie
""",
  date="2025-11-13 23:55"),

# ------------------------------------------------------------------ restriction
M("en.restrict-pending-verification-health", ["restriction"],
  "Hannah Whitfield <hannah.whitfield@gmail.com>",
  "Restriction of processing",
  """\
Dear Sandra,

I've reviewed the summary notes you sent me and one statement about my health is inaccurate: I've never been diagnosed with an anxiety disorder, I said my GP had *ruled it out*.

I'm asking you to restrict processing of my data while this is checked — please don't use or share the notes until it's been sorted out.

Best wishes,
Hannah
""",
  date="2025-02-13 18:40"),

# NEAR-LINE: "don't delete, but stop using (incl. surveys/marketing)" is the policy's
# "don't use, don't delete" pattern -> restriction only, not objection.
M("en.dont-delete-stop-using-employer", ["restriction"],
  "Daniel Osei <daniel.osei@hotmail.co.uk>",
  "My coaching records",
  """\
Hi Sandra,

I'm in the middle of a grievance with my employer, who paid for our coaching sessions last year. Please don't delete anything — I may need the records — but please stop using my data for anything (including sending me surveys or marketing) until the matter is resolved. I'll let you know when.

Thanks for understanding,
Daniel
""",
  date="2025-07-02 12:58"),

M("en.pl-block-not-erase", ["restriction"],
  "Katarzyna Wiśniewska <k.wisniewska@wp.pl>",
  "block my data",
  """\
Good morning,

I ask you to block my data for now, not to erase it. There is a mistake in my training certificate (the hours) and I am checking it with my company. Until this is clarified please do not use or send my data to anybody.

Best regards,
Katarzyna Wiśniewska
""",
  date="2025-12-18 07:12"),

# ------------------------------------------------------------------ portability
M("en.article20-json-csv", ["portability"],
  "Oliver Bennett <oliver.bennett@protonmail.com>",
  "Data portability request (Art. 20 GDPR)",
  """\
Hello,

Under Article 20 GDPR I request that you provide the personal data I have supplied to you (account details, course progress, workbook answers, questionnaire responses) in a structured, commonly used and machine-readable format such as JSON or CSV.

Regards,
Oliver Bennett
""",
  date="2025-04-03 21:14"),

M("en.ie-send-records-dublin-coach", ["portability"],
  "Niamh Kelly <niamh.kelly@gmail.com>",
  "Transferring to a new coach",
  """\
Hi Sandra,

As I mentioned in our last session, I'm moving back to Dublin and I'll be continuing with a local coach, Orla Doyle. Could you send my session records and assessment results directly to her? Her email is orla@doylecoaching.ie.

Thank you so much for everything this year, I'll really miss our chats.

Niamh
""",
  date="2025-08-29 09:36"),

M("en.export-progress-spreadsheet", ["portability"],
  "Ravi Menon <ravi.menon@outlook.com>",
  "export?",
  """\
hi sandra, can i get an export of my course progress and my journal entries as a spreadsheet (csv/xlsx)? i want to import them into the habit app i'm using now. thanks!
ravi
""",
  date="2026-03-10 22:47"),

# ------------------------------------------------------------------ objection
M("en.take-me-off-mailing-list", ["objection"],
  "Gordon MacLeod <gordon.macleod@btopenworld.com>",
  "Mailing list",
  """\
Please take me off your mailing list.

G. MacLeod
""",
  date="2025-01-31 10:03"),

M("en.object-marketing-formal", ["objection"],
  "Sarah Lindqvist <sarah.lindqvist@telia.se>",
  "Objection to marketing",
  """\
Dear Sir or Madam,

I hereby object to the processing of my personal data for direct marketing purposes, including profiling related to such marketing. Please stop sending me promotional emails and text messages.

Kind regards,
Sarah Lindqvist
Gothenburg
""",
  date="2025-06-05 14:50"),

M("en.pt-stop-newsletters", ["objection"],
  "João Carvalho <joao.carvalho@sapo.pt>",
  "newsletters",
  """\
Hello,

please stop the newsletters, they land every week and i dont read them. I liked the workshop but it is enough for me.

thanks
João
""",
  date="2025-09-26 19:19", cte="b64"),

# ------------------------------------------------------------------ withdraw_consent
M("en.withdraw-testimonial-website", ["withdraw_consent"],
  "Emily Sanderson <emily.sanderson@icloud.com>",
  "Testimonial",
  """\
Dear Sandra,

I'm writing to withdraw my consent for you to use my written testimonial (and headshot) on your website and sales pages. I've recently started working in a role where I need to keep a lower profile online.

I hope you understand — I'm still very grateful for the course.

Warmly,
Emily
""",
  date="2025-03-21 11:29", xm="Apple Mail (2.3774.600.62)"),

M("en.take-down-instagram-video", ["withdraw_consent"],
  "Marcus Webb <marcus.webb@gmail.com>",
  "Instagram video",
  """\
Hi Sandra,

Could you please take down the video of me from your Instagram (the one from the June workshop where I talk about my burnout)? I no longer consent to it being used. No hard feelings at all.

Thanks,
Marcus
""",
  date="2025-07-10 08:17"),

M("en.podcast-recording-consent", ["withdraw_consent"],
  "Priya Sharma <priya.sharma@rediffmail.com>",
  "Recording of my session",
  """\
Dear Ms. Sandra,

During the group session of 12th February I had agreed that the recording can be used for your online course replays. Kindly note that I am withdrawing this consent, as some personal matters of my family were discussed. Request you to not use the recording portions where I am speaking.

Thanking you,
Priya Sharma
Pune
""",
  date="2026-02-15 06:02"),

# ------------------------------------------------------------------ post_mortem
M("en.father-passed-close-account", ["post_mortem"],
  "Laura Mitchell <laura.mitchell@gmail.com>",
  "My father, David Mitchell",
  """\
Dear Sandra,

I'm sorry to have to tell you that my father, David Mitchell, passed away in March. He'd been doing your online course and spoke very warmly of it.

Could you please close his account and remove his details? I've attached a copy of the death certificate. The emails are still arriving in his inbox and it's rather hard to see them.

With thanks,
Laura Mitchell
""",
  date="2025-04-11 15:48", att=[("death_certificate_D_Mitchell.pdf", "pdf",
  "CERTIFIED COPY OF AN ENTRY OF DEATH\nName: David John MITCHELL\nDate of death: 4 March 2025\nPlace: Canterbury, Kent")]),

M("en.solicitor-executor-copy", ["post_mortem"],
  '"Harper & Lowe Solicitors" <probate@harperlowe.co.uk>',
  "Estate of the late Mrs Margaret Ellis – request for information",
  """\
Dear Ms Delomenie,

Re: Estate of Margaret Anne Ellis, deceased (date of death 2 October 2025)

We act for the executors of the above estate. We understand from the deceased's papers that she was a client of your coaching practice.

We should be grateful if you would provide us with a copy of the personal data you hold in respect of the deceased, and confirm whether any subscription or sums remain outstanding. A copy of the Grant of Probate is enclosed.

Yours sincerely,

James Lowe
Partner, Harper & Lowe Solicitors
Taunton, Somerset

Harper & Lowe is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged.
""",
  date="2025-12-03 10:05", att=[("Grant_of_Probate_Ellis.pdf", "pdf",
  "GRANT OF PROBATE\nIn the High Court of Justice\nEstate of Margaret Anne ELLIS, deceased")], xm="Microsoft Outlook 16.0", cte="qp"),

# NEAR-LINE: a widower asking to remove his late wife's testimonial -> post_mortem only
# (not withdraw_consent): whoever writes after a death gets post_mortem.
M("en.de-wife-died-testimonial", ["post_mortem"],
  "Thomas Becker <thomas.becker@gmx.de>",
  "My wife Anna Becker",
  """\
Dear Mrs. Delomenie,

my wife Anna Becker died in January. She was in your coaching and she wrote a testimonial with her photo, it is still on your website. For me it is very hard to see it when I search her name.

Please can you remove it, and also what else you have about her? I can send the documents that you need.

Thank you,
Thomas Becker
""",
  date="2026-03-02 20:44"),

# ------------------------------------------------------------------ multi-right
M("en.copy-then-delete-everything", ["access", "erasure"],
  "Grace Whitaker <grace.whitaker@gmail.com>",
  "Your records of me",
  """\
Hi Sandra,

Please send me a copy of everything you hold about me — forms, notes, emails, payment records. Once I've confirmed I've received it, please delete it all.

Thanks,
Grace
""",
  date="2025-05-15 13:06"),

M("en.what-data-machine-readable", ["access", "portability"],
  "Lukas Novak <lukas.novak@seznam.cz>",
  "GDPR request",
  """\
Hello,

I would like to know what data you hold on me, and to receive it in a machine-readable format (CSV or JSON) so that I can take it to another platform.

Best regards,
Lukas Novak
Brno
""",
  date="2025-10-30 09:58"),

M("en.remove-photo-delete-all", ["erasure", "withdraw_consent"],
  "Chloe Harrington <chloe.harrington@outlook.com>",
  "Photo and data",
  """\
Hi Sandra,

Please remove the photo of me from the retreat page on your website — I no longer consent to it being used — and delete all the data you have on me.

Thank you,
Chloe
""",
  date="2025-06-20 17:35"),

M("en.unsubscribe-and-delete-data", ["erasure", "objection"],
  "Brian Kowalski <brian.kowalski@comcast.net>",
  "unsubscribe + delete",
  """\
Unsubscribe me from all your emails and delete my data please. Thanks.

Brian

On Mon, Feb 9, 2026 at 7:00 AM Sandra - Floraison de Soi <contact@floraisondesoi.fr> wrote:
> Hi Brian,
> Spring is coming — and so is the new English cohort of "Confidence at Work"!
> Early-bird price until February 28.
> Unsubscribe | Manage preferences
""",
  date="2026-02-09 14:22", irt="generic"),

M("en.what-you-hold-fix-surname", ["access", "rectification"],
  "Sophie Laurent-Hughes <sophie.lh@gmail.com>",
  "Records check",
  """\
Hello Sandra,

Could you let me know what personal information you have about me? I'd also like my surname corrected — it's Laurent-Hughes (double-barrelled), but your emails and my invoices say just "Hughes".

Many thanks,
Sophie
""",
  date="2025-09-04 12:44"),

M("en.new-email-but-no-newsletter", ["objection", "rectification"],
  "Ben Carter <ben.carter.uk@gmail.com>",
  "Email change",
  """\
Hi Sandra,

Please replace ben.carter@mycompany.co.uk with ben.carter.uk@gmail.com for my course account — I'm leaving that job.

And please don't add the new address to your newsletter; I'd rather not get marketing emails any more.

Cheers,
Ben
""",
  date="2025-11-06 08:21"),

# NEAR-LINE: contests accuracy and asks not to use the notes meanwhile (restriction) and
# for a full copy of them (access).
M("en.contest-notes-copy-and-freeze", ["access", "restriction"],
  "Rachel Goldberg <rachel.goldberg@gmail.com>",
  "Session notes — accuracy",
  """\
Dear Sandra,

I believe your notes from our last three sessions contain inaccurate statements about my relationship with my manager.

Could you please (a) send me a full copy of those notes so I can identify the errors, and (b) in the meantime not use them or pass them to anyone, including the HR department that sponsored the coaching?

Best,
Rachel
""",
  date="2026-04-21 19:51"),

M("en.unsubscribe-and-pull-testimonial", ["objection", "withdraw_consent"],
  "Fiona Campbell <fiona.campbell@btinternet.com>",
  "Two things",
  """\
Hi Sandra,

Two things, if you don't mind:
1. Please unsubscribe me from the newsletter.
2. Please take my testimonial off your website — I no longer wish it to be published.

Thanks, and all the best with the business,
Fiona
""",
  date="2025-10-10 10:10"),

M("en.what-where-remove-delete", ["access", "erasure", "objection"],
  "Ahmed Karimi <ahmed.karimi@gmx.net>",
  "Your emails",
  """\
Hello,

I keep receiving your promotional emails. Please tell me what data you have about me and where you got my email address from. Then remove me from your marketing list and delete my data.

Regards,
Ahmed Karimi
""",
  date="2026-05-26 11:37"),

M("en.send-to-new-coach-then-erase", ["erasure", "portability"],
  "Megan Hughes <megan.hughes@sky.com>",
  "Moving on",
  """\
Hi Sandra,

I've decided to continue my coaching with someone in London. Could you please send my records (assessments and progress notes) in a standard file format to her at hello@ameliaroseco.uk, and then erase everything on your side?

Thank you so much for the support this year.
Megan
""",
  date="2025-08-01 15:03"),

# NEAR-LINE: the new text restates a "keep but don't use" instruction and forwards the
# original unanswered message as an attachment -> restriction.
M("en.fwd-attached-keep-but-dont-use", ["restriction"],
  "Nicola Ferrari <nicola.ferrari@fastwebnet.it>",
  "Fw: My data – second request",
  """\
Dear Sandra,

I am forwarding you my message of 3 November as attachment, as I did not get any answer.

To repeat: please do NOT delete my records, because I need them for my dispute with the insurance about my sick leave. But until this is finished you must not use them for anything — no emails, no surveys, no sharing.

Please confirm.

Regards,
Nicola Ferrari
Milano
""",
  date="2025-11-24 09:02",
  fwd=dict(frm="Nicola Ferrari <nicola.ferrari@fastwebnet.it>",
           to="sandra.delomenie@orange.fr",
           subject="My data",
           date="2025-11-03 18:45",
           body="Dear Sandra,\n\nplease keep my data but stop using it until my dispute with the insurance is closed. Do not delete it.\n\nThank you,\nNicola Ferrari\n")),

]
