"""English negatives written by people."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

R("en-neg-deleted-workbook", [], "en",
  "Amy Richardson <amy.richardson@gmail.com>",
  "Workbook for module 3",
  "2025-02-20 20:31",
  """Hi Sandra,

Slightly embarrassing - I deleted the module 3 workbook by accident when I was tidying my downloads folder. Could you resend it, or tell me where to find it on the platform?

Thanks!
Amy"""),

# NEAR-LINE: a copy of one invoice for expenses is an ordinary document request -> negative.
R("en-neg-invoice-copy", [], "en",
  "Paul Whitby <paul.whitby@outlook.com>",
  "Copy of invoice please",
  "2025-05-15 11:05",
  """Hello Sandra,

Could you send me a copy of the invoice for the April workshop? My company reimburses training and finance need it by Friday.

Many thanks,
Paul""",
  client="outlook"),

R("en-neg-company-po-modify", [], "en",
  "Procurement - Loire Valley Foods Ltd <procurement@loirevalleyfoods-example.com>",
  "PO 4500217 - please modify invoice reference",
  "2025-11-27 09:48",
  """Dear Ms Delomenie,

Thank you for delivering the team workshop last week. Please could you modify the invoice so that it references our purchase order number 4500217? Our accounts payable system will reject invoices without it.

Could you also correct the billing entity to "Loire Valley Foods SAS" rather than "Ltd"?

Kind regards,
Emma Stratton
Procurement Officer""",
  client="outlook", html="alt"),

R("en-neg-nonnative-workshop-language", [], "en-nonnative",
  "Martina Keller <martina.keller@gmx.ch>",
  "Workshop in english?",
  "2025-03-14 08:30",
  """Hello,

I live near Bourges since last year and my french is not yet very good. Is it possible to follow your workshop in english, or with some translation? And is the access by train easy from Bourges?

Thank you and greetings,
Martina""",
  client="thunderbird"),

R("en-neg-sleep-data", [], "en",
  "Daniel Price <daniel.price@gmail.com>",
  "My sleep log (homework!)",
  "2025-06-30 07:12",
  """Morning Sandra,

As promised, I collected data on my sleep for the last two weeks like you suggested - spreadsheet attached. The pattern is pretty obvious once you see it written down: anything after 10pm on the laptop and I'm awake at 3.

Looking forward to going through it on Thursday.

Dan""",
  att=[dict(name="sleep_log_june.csv", kind="csv",
            text="date,bedtime,wake,hours,screen_after_10pm,notes\n2025-06-16,23:40,06:30,6.8,yes,woke at 3\n2025-06-17,22:15,06:45,8.5,no,\n2025-06-18,00:10,06:30,6.3,yes,stressful call\n")]),

R("en-neg-export-certificate", [], "en",
  "Lisa Chang <lisa.chang@gmail.com>",
  "Certificate of completion",
  "2025-09-22 16:44",
  """Hi there,

I finished the last module today (yay!). How do I export or download my certificate of completion? The button on the final page just spins.

Thanks,
Lisa"""),

R("en-neg-objected-to-boss", [], "en",
  "Claire Donovan <claire.donovan@icloud.com>",
  "Update!",
  "2025-08-12 19:50",
  """Sandra!

Quick update before our next call: I actually objected in the team meeting today when my manager tried to hand me a third project. Calmly! Then I withdrew from the committee I'd been dreading. And I deleted the work email app from my phone for the holidays.

Feeling a bit shaky but mostly proud.

Claire

Sent from my iPhone"""),

R("en-neg-gdpr-clause-contract", [], "en",
  "Vendor Onboarding - Harcourt Engineering <vendors@harcourt-eng-example.com>",
  "Supplier onboarding: GDPR data processing clause to sign",
  "2025-10-13 14:20",
  """Dear Sandra,

Before we can confirm the leadership training for our Vierzon site, our legal team requires all suppliers to sign our standard Data Processing Agreement (attached), covering the personal data of the employees who will attend.

Please return it signed, along with your certificate of insurance, by 24 October.

Best regards,
Vendor Onboarding Team
Harcourt Engineering""",
  client="outlook",
  att=[dict(name="Harcourt_DPA_supplier_v3.docx", kind="docx",
            text="Data Processing Agreement\nBetween Harcourt Engineering and the Supplier\n1. Subject matter and duration of the processing...")]),

R("en-neg-cancel-booking", [], "en",
  "Oliver Grant <oliver.grant@outlook.com>",
  "Cancelling Friday",
  "2025-09-03 07:40",
  """Hi Sandra,

I'm afraid I need to cancel our session this Friday - work trip came up at short notice. I'll rebook through Calendly when I'm back.

Sorry for the late notice,
Oliver""",
  client="outlook"),

R("en-neg-cancel-subscription", [], "en",
  "Hannah Clarke <hannah.clarke@icloud.com>",
  "Cancel monthly circle",
  "2025-12-30 18:18",
  """Hi Sandra,

Please cancel my monthly circle subscription from January. It's been lovely but I can't make the evenings work with the new job.

Happy New Year!
Hannah

Sent from my iPhone"""),

R("en-neg-nonnative-cancel-seat", [], "en-nonnative",
  "Javier Moreno <javier.moreno@gmail.com>",
  "cancel my place",
  "2026-03-18 10:10",
  """Hello Sandra,

Unfortunately I must cancel my place in the workshop of 28 march, my mother is sick in Valencia and I travel there. Maybe you can give my place to someone in the waiting list.

Sorry and thank you,
Javier"""),

# NEAR-LINE: "can't access my member area" is a login problem, not the right of access.
R("en-neg-cant-access-member-area", [], "en",
  "Grace Thompson <grace.thompson@gmail.com>",
  "Can't access my member area",
  "2025-04-05 21:27",
  """Hi Sandra,

I can't access my member area on the course platform any more - it keeps saying my email isn't recognised. Is it because I changed my details recently?

Thanks,
Grace"""),

R("en-neg-reset-link-expired", [], "en",
  "Ben Harrison <ben.harrison@gmail.com>",
  "Password reset link expired",
  "2025-07-07 06:55",
  """Hi,

The password reset link for the course platform says it has expired every time I click it, even straight away. Could you reset it manually for me?

Cheers,
Ben"""),

# NEAR-LINE: "close my account" alone, no data mentioned -> negative.
R("en-neg-close-account", [], "en",
  "Natalie Brooks <natalie.brooks@gmail.com>",
  "Closing my account",
  "2026-01-22 12:34",
  """Hi Sandra,

Could you close my account on the course platform? I've finished everything and won't need it again.

Thanks for a great programme,
Natalie"""),

# NEAR-LINE: asks whether the right exists, explicitly not asking yet -> negative.
R("en-neg-do-i-have-right-delete", [], "en",
  "Jonathan Hale <jonathan.hale@btinternet.com>",
  "Question about your privacy policy",
  "2025-01-09 19:02",
  """Dear Ms Delomenie,

Before I sign up for coaching: do I have the right to ask you to delete my session notes at the end of the programme, or do you have to keep them? I'm not asking you to delete anything - I just want to understand how it works.

Kind regards,
Jonathan Hale""",
  client="outlook"),

R("en-neg-how-long-recordings", [], "en",
  "Rebecca Shaw <rebecca.shaw@outlook.com>",
  "Workshop recordings",
  "2025-03-04 10:14",
  """Hi Sandra,

How long do you keep the recordings of the online workshops, and who can see them? Just checking before I turn my camera on next week.

Thanks,
Rebecca""",
  client="outlook"),

# NEAR-LINE: a copy of a complaint sent to the CNIL, cc'd to her -> negative.
R("en-neg-nonnative-cnil-complaint-copy", [], "en-nonnative",
  "Giulia Romano <giulia.romano@libero.it>",
  "Complaint - Floraison de Soi",
  "2025-12-01 15:45",
  """To the CNIL,

I make a complaint against Floraison de Soi (Issoudun). I asked to know my personal data and to cancel it on 17 October 2025 and I did not receive a complete answer after more than one month.

I put the company in copy of this message.

Giulia Romano""",
  to="CNIL <plaintes@cnil.fr>", cc="Sandra Delomenie <sandra.delomenie@orange.fr>"),

# NEAR-LINE: a husband asking about his living wife's data -> negative.
R("en-neg-wife-data", [], "en",
  "Richard Hayes <richard.hayes@gmail.com>",
  "My wife's sessions",
  "2025-06-17 22:05",
  """Dear Sandra,

My wife Julia has been seeing you for coaching since January. Could you tell me what information you hold on her, and whether she's mentioned our finances? I think I have a right to know as we share the account that pays you.

Richard Hayes"""),

# NEAR-LINE: a line manager asking for an employee's coaching notes -> another adult's
# data, negative.
R("en-neg-manager-employee-records", [], "en",
  "Mark Sullivan <m.sullivan@harcourt-eng-example.com>",
  "Coaching notes for Tom Reid",
  "2026-02-18 09:12",
  """Hi Sandra,

Tom Reid from my team completed six coaching sessions with you, paid for by us. For his annual review, could you send me your notes and assessment of his progress? HR says it's fine since we funded it.

Thanks,
Mark Sullivan
Site Manager, Harcourt Engineering (Vierzon)""",
  client="outlook", html="alt"),

# NEAR-LINE: thank-you above a quoted, handled deletion request -> negative.
R("en-neg-thanks-above-deletion", [], "en",
  "Mark Jennings <mark.jennings@hotmail.co.uk>",
  "RE: Right to erasure",
  "2025-03-20 08:15",
  """Thank you, that's very helpful. Appreciate the quick response.

Mark""",
  quote=dict(frm=SANDRA, date="2025-03-19 17:30", subj="RE: Right to erasure",
             text="""Dear Mr Jennings,

I confirm that all personal data I held about you has been erased from my systems.

Kind regards,
Sandra

From: Mark Jennings
Sent: Thursday, March 13, 2025 2:10 PM
Subject: Right to erasure

Please erase all personal data you hold about me, in accordance with Article 17 GDPR."""),
  client="outlook"),

R("en-neg-thanks-above-export", [], "en",
  "Ryan Cooper <ryan.cooper@fastmail.com>",
  "Re: Export of my course data",
  "2025-12-04 19:40",
  """Perfect - imported it without any trouble. Thanks Sandra!

Ryan""",
  quote=dict(frm=SANDRA, date="2025-12-03 11:00", subj="Re: Export of my course data",
             text="""Hello Ryan,

Here is your course data (journal entries, quiz answers, worksheets) as a CSV file, as requested.

Best,
Sandra

> Could you export my course data - journal entries, quiz answers and worksheets - as a JSON or CSV file?""", style="apple"),
  client="apple"),

R("en-neg-consent-recording", [], "en",
  "Natalie Brooks <natalie.brooks@gmail.com>",
  "Re: Recording consent for Thursday",
  "2025-03-25 13:30",
  """Hi Sandra,

Yes, I'm happy for Thursday's session to be recorded and for short excerpts to be used in your course, first name only. Consent form signed and attached.

See you Thursday,
Natalie""",
  quote=dict(frm=SANDRA, date="2025-03-24 18:00", subj="Recording consent for Thursday",
             text="""Hi Natalie,

Would you be comfortable with our demo session being recorded? If so, could you sign the attached consent form?

Sandra"""),
  att=[dict(name="recording_consent_signed.pdf", kind="pdf",
            text="Recording consent form\nI, Natalie Brooks, agree to be recorded...\nSigned 25/03/2025")]),
]
