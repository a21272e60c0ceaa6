"""English requests (single right), native and non-native writers."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

# ------------------------------------------------------------------ access
R("en-acc-sar-formal", ["access"], "en",
  "Jonathan Hale <jonathan.hale@btinternet.com>",
  "Subject Access Request",
  "2025-01-16 09:30",
  """Dear Ms Dumot-Deloménie,

I am writing to make a subject access request under Article 15 of the GDPR.

Please provide me with a copy of all personal data you hold about me, together with the purposes of the processing, the recipients to whom it has been disclosed and the period for which it will be stored. I attended your online leadership course in 2024 and two coaching calls in English.

A scan of my passport is attached for identification.

Yours sincerely,
Jonathan Hale""",
  client="outlook",
  att=[dict(name="passport_scan_JHale.jpg", kind="jpg")]),

# NEAR-LINE: "would you mind sending me..." is a polite request, not a question about rights.
R("en-acc-polite-would-you", ["access"], "en",
  "Emily Carter <emily.carter@gmail.com>",
  "Quick favour",
  "2025-04-22 15:12",
  """Hi Sandra,

Would you mind sending me a copy of everything you hold about me? I'm doing a bit of a digital clean-up and trying to get a picture of who has what.

No rush at all, and thank you!
Emily""",
  html="alt"),

R("en-acc-nonnative-what-data", ["access"], "en-nonnative",
  "Ana Ferreira <ana.ferreira@sapo.pt>",
  "Information about my data",
  "2025-08-04 10:40",
  """Dear Sandra,

I followed your webinar in english in March. Can you please tell me what datas you have saved about me, and from where you got them? I did not give my phone number but I received a SMS from you.

Kind regards,
Ana Ferreira"""),

# NEAR-LINE: an access request written above a quoted session reminder from her; a copy of
# the notes and assessments kept on file is a copy of their data -> access.
R("en-acc-above-reminder", ["access"], "en",
  "Tom Gallagher <tom.gallagher@outlook.com>",
  "RE: Reminder: coaching session tomorrow 10am",
  "2025-10-22 18:05",
  """Hi Sandra,

Confirming tomorrow is fine. Unrelated, but could you also send me a copy of the notes and assessments you keep on file for me? My new employer's wellbeing programme asked what I've done so far and I'd like to have my own record.

Cheers,
Tom""",
  quote=dict(frm=SANDRA, date="2025-10-22 09:00", subj="Reminder: coaching session tomorrow 10am",
             text="""Hello Tom,

Just a reminder of our session tomorrow, 23 October, at 10:00 (Paris time), on Zoom as usual. The link hasn't changed.

See you then,
Sandra"""), client="outlook"),

R("en-acc-who-shared", ["access"], "en",
  "Sarah Lindqvist <sarah.lindqvist@gmail.com>",
  "Who has my data?",
  "2026-02-10 11:44",
  """Hello,

After buying your course I started receiving emails from two other coaching businesses. Could you please tell me which third parties you have shared my personal data with, and send me a copy of the data you hold?

Thank you,
Sarah Lindqvist"""),

# ------------------------------------------------------------------ erasure
R("en-era-right-to-be-forgotten", ["erasure"], "en",
  "Mark Jennings <mark.jennings@hotmail.co.uk>",
  "Right to erasure",
  "2025-03-13 14:10",
  """Hello,

Please erase all personal data you hold about me, in accordance with Article 17 GDPR. I no longer wish to have any relationship with your business.

Please confirm once complete.

Regards,
Mark Jennings""",
  client="outlook", cte="b64",
  att=[dict(name="MJennings_passport.pdf", kind="pdf", text="PASSPORT\nJENNINGS Mark\nUnited Kingdom")]),

R("en-era-nonnative-remove-me", ["erasure"], "en-nonnative",
  "Piotr Nowak <piotr.nowak@wp.pl>",
  "remove my data",
  "2025-06-20 22:35",
  """Hello Mrs Sandra,

I was in your course "Stress management" last year. Please remove all my personal data from your database and from the platform, I don't use it any more.

Thank you
Piotr"""),

R("en-era-account-and-data", ["erasure"], "en",
  "Chloe Baxter <chloe.baxter@icloud.com>",
  "Delete my account and data",
  "2025-09-01 07:20",
  """Hi,

Please delete my account on your course platform and all the data attached to it (progress, worksheets, contact details).

Thanks,
Chloe

Sent from my iPhone""",
  cte="b64"),

# NEAR-LINE: a parent writing for a minor child is a request (erasure).
R("en-era-parent-minor", ["erasure"], "en",
  "David Morgan <david.morgan@gmail.com>",
  "Our son's information",
  "2025-12-05 20:48",
  """Dear Sandra,

Our son Ethan (14) attended your teen confidence workshops while we were living in Issoudun last year. We've since moved back to Wales.

As his parents, we'd like all personal data relating to Ethan to be deleted - his registration form, questionnaires and any notes. Please let us know once that's done.

Best wishes,
David and Lucy Morgan""",
  html="alt"),

R("en-era-html-webmail", ["erasure"], "en",
  "Laura Mitchell <laura.mitchell@aol.com>",
  "Please delete my information",
  "2026-03-02 13:33",
  """Hello Sandra,

I signed up for your free ebook last year but I'm not interested in coaching after all. Could you please delete my information from your files?

Thank you,
Laura""",
  html="only"),

# ------------------------------------------------------------------ rectification
R("en-rec-new-phone", ["rectification"], "en",
  "Grace Thompson <grace.thompson@gmail.com>",
  "New phone number",
  "2025-02-13 12:01",
  """Hi Sandra,

I've switched to a French mobile now that I'm settled in Bourges. Please replace my old UK number (+44 7700 900123) with 06 45 92 17 38 on your records.

Thanks!
Grace"""),

R("en-rec-nonnative-address", ["rectification"], "en-nonnative",
  "Jan de Vries <jan.devries@ziggo.nl>",
  "Correction of my details",
  "2025-07-31 09:22",
  """Dear Madam,

In your records my address is still the old one in Utrecht. My new address is Herengracht 212, 1016 BS Amsterdam. Please correct it in your files so the invoice for the next module comes to the right place.

With kind regards,
Jan de Vries""",
  client="outlook"),

R("en-rec-pronouns-name", ["rectification"], "en",
  "Sam Whitaker <sam.whitaker@proton.me>",
  "Updating my name",
  "2025-10-02 16:16",
  """Hi Sandra,

I've legally changed my first name. Could you update your records from "Samantha Whitaker" to "Sam Whitaker"? That includes my course account and the name on future certificates.

Thanks so much,
Sam""",
  client="proton"),

# ------------------------------------------------------------------ restriction
# NEAR-LINE: contests accuracy and asks to pause use until checked -> restriction only.
R("en-res-contest-pause", ["restriction"], "en",
  "Rebecca Shaw <rebecca.shaw@outlook.com>",
  "Your report about me",
  "2025-05-14 08:50",
  """Dear Sandra,

The end-of-programme report you shared with my employer's HR says I "struggled to meet deadlines throughout". That is not accurate and I dispute it.

Until we've sorted this out, please don't use or share that report or the data behind it any further. I'm not asking you to delete it - I may need it myself.

Regards,
Rebecca Shaw""",
  client="outlook", html="alt", refs=2,
  quote=dict(frm=SANDRA, date="2025-05-12 16:45", subj="End-of-programme report",
             text="""Dear Rebecca,

As agreed with your HR department at the start of the programme, I have shared the end-of-programme report with them today. A copy is attached for you.

Kind regards,
Sandra""")),

R("en-res-nonnative-freeze", ["restriction"], "en-nonnative",
  "Matteo Bianchi <matteo.bianchi@gmail.com>",
  "Freeze my data please",
  "2025-09-25 19:40",
  """Hello Sandra,

I have a disagreement with my company about the training they paid. Please can you freeze my data: keep it but don't use it or send it to nobody until the problem is solved. I will write you again after.

Thank you,
Matteo"""),

R("en-res-keep-not-use", ["restriction"], "en",
  "Helen Foster <helen.foster@btinternet.com>",
  "Please hold my file",
  "2026-01-15 10:05",
  """Hello Sandra,

I'm taking a break from coaching for health reasons. Please don't delete anything, but equally I'd like my file not to be used in any way - no reviewing my notes, no processing of any kind - until I get back in touch.

Warm regards,
Helen""",
  client="outlook"),

# ------------------------------------------------------------------ portability
R("en-por-machine-readable", ["portability"], "en",
  "Ben Harrison <ben.harrison@gmail.com>",
  "Data portability request",
  "2025-03-31 17:45",
  """Hi,

I'd like to exercise my right to data portability. Please send me the personal data I provided (registration details, questionnaire answers, course submissions) in a structured, machine-readable format such as CSV or JSON.

Thanks,
Ben Harrison"""),

R("en-por-nonnative-transfer", ["portability"], "en-nonnative",
  "Sofia Papadopoulou <sofia.papadopoulou@yahoo.gr>",
  "Transfer my file",
  "2025-08-19 14:29",
  """Dear Sandra,

I continue my coaching with a therapist in Athens now. Is it possible that you send my questionnaires and exercises in a digital file directly to her (dr.k.ioannou@psyathens.gr)? So we don't start from zero.

Thank you for everything,
Sofia""",
  client="yahoo"),

R("en-por-export-json", ["portability"], "en",
  "Ryan Cooper <ryan.cooper@fastmail.com>",
  "Export of my course data",
  "2025-11-26 21:02",
  """Hello Sandra,

Could you export my course data - journal entries, quiz answers and worksheets - as a JSON or CSV file? I want to import it into my own notes app.

Thanks a lot,
Ryan"""),

# ------------------------------------------------------------------ objection
R("en-obj-unsubscribe", ["objection"], "en",
  "Karen Lewis <karen.lewis@gmail.com>",
  "Unsubscribe",
  "2025-02-06 08:14",
  """Please unsubscribe me from your mailing list. Thank you.

Karen Lewis"""),

# NEAR-LINE: negation - nothing to delete, just stop the newsletter -> objection only.
R("en-obj-negation-keep-file", ["objection"], "en",
  "Oliver Grant <oliver.grant@outlook.com>",
  "Newsletter",
  "2025-06-03 12:40",
  """Hi Sandra,

I'm not asking you to delete anything - I may well book more sessions later in the year. I'd just like to stop receiving the newsletter and the promotional emails for now.

Best,
Oliver""",
  client="outlook"),

R("en-obj-nonnative-stop-sms", ["objection"], "en-nonnative",
  "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "Stop SMS",
  "2025-10-09 07:33",
  """Hello,

Please stop send me marketing SMS about workshops. I am not interested. Thank you for understanding.

Yuki Tanaka"""),

# NEAR-LINE: "take me off" above a quoted newsletter -> objection.
R("en-obj-above-newsletter", ["objection"], "en",
  "Jessica Moore <jessica.moore@yahoo.com>",
  "Re: Your November letter from Floraison de Soi",
  "2025-11-05 19:02",
  """Take me off this list please, I never signed up for it.""",
  quote=dict(frm=CONTACT, date="2025-11-05 07:00", subj="Your November letter from Floraison de Soi",
             text="""Hello Jessica,

November is the month of gratitude here at Floraison de Soi. This month's free resource: a 10-minute evening journaling practice.

Unsubscribe | Update preferences"""), client="yahoo"),

# ------------------------------------------------------------------ withdraw_consent
R("en-wc-testimonial", ["withdraw_consent"], "en",
  "Natalie Brooks <natalie.brooks@gmail.com>",
  "My testimonial",
  "2025-04-29 10:10",
  """Hi Sandra,

I'm withdrawing my consent for you to use my testimonial (the quote with my first name and photo on your course sales page). Please remove it at your earliest convenience.

Nothing wrong - I'm just starting a new role and want a smaller online footprint.

Thanks,
Natalie""",
  quote=dict(frm=SANDRA, date="2025-02-17 12:30", subj="Your testimonial is live!",
             text="""Hi Natalie,

Thank you again for your lovely words - your testimonial is now on the course page. You can ask me to take it down at any time.

Warmly,
Sandra""")),

R("en-wc-recording", ["withdraw_consent"], "en",
  "Michael Evans <michael.evans@outlook.com>",
  "Workshop recording",
  "2025-09-11 15:50",
  """Dear Sandra,

I agreed to be recorded during the online workshop on 4 September, but I've changed my mind. I withdraw my consent to the recording - please remove my video and voice from the replay.

Kind regards,
Michael Evans""",
  client="outlook"),

R("en-wc-nonnative-photo", ["withdraw_consent"], "en-nonnative",
  "Elena Popescu <elena.popescu@yahoo.com>",
  "Photo on Facebook",
  "2026-02-26 13:13",
  """Hello Sandra,

I see that my photo from the workshop is in your Facebook page. I said yes that day but now I don't agree anymore, please remove it.

Thank you,
Elena""",
  client="yahoo"),

# ------------------------------------------------------------------ post_mortem
R("en-pm-son-father", ["post_mortem"], "en",
  "James Whitfield <james.whitfield@gmail.com>",
  "My father, Robert Whitfield",
  "2025-05-05 11:11",
  """Dear Ms Delomenie,

I'm sorry to let you know that my father, Robert Whitfield, passed away in March. He spoke warmly of his coaching sessions with you after he retired to the Indre.

As his son and executor, I'd be grateful if you could close his account and delete his personal information. I can send a copy of the death certificate if required.

With thanks,
James Whitfield"""),

R("en-pm-executor-solicitor", ["post_mortem"], "en",
  "Harper & Lowe Solicitors <probate@harperlowe.co.uk>",
  "Estate of the late Mrs Margaret Ellis - data held",
  "2025-08-26 09:40",
  """Dear Madam,

We act as executors of the estate of the late Mrs Margaret Ellis, who died on 3 July 2025. Our records indicate that Mrs Ellis purchased an online course from your business.

We should be grateful if you would confirm what personal data you hold relating to the deceased, whether any subscriptions remain active, and that her account will be closed.

A copy of the Grant of Probate is enclosed.

Yours faithfully,
Thomas Harper
Harper & Lowe Solicitors LLP

This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.""",
  client="outlook", html="alt",
  att=[dict(name="Grant_of_Probate_Ellis.pdf", kind="pdf",
            text="GRANT OF PROBATE\nEstate of Margaret Ellis, deceased 3 July 2025")]),

R("en-pm-daughter-nonnative", ["post_mortem"], "en-nonnative",
  "Ingrid Müller <ingrid.mueller@web.de>",
  "My mother Hanna Müller",
  "2025-12-12 16:28",
  """Dear Sandra,

My mother Hanna Müller died in November. She was your client for the online course. I am her daughter. Please can you delete her data and stop the emails to her address? I attach the death certificate.

Thank you,
Ingrid Müller""",
  client="thunderbird",
  att=[dict(name="Sterbeurkunde_Hanna_Mueller.pdf", kind="pdf",
            text="Sterbeurkunde\nMueller, Hanna\nverstorben am 09.11.2025")]),

R("en-pm-own-instructions", ["post_mortem"], "en",
  "George Palmer <george.palmer@btinternet.com>",
  "Instructions for after my death",
  "2026-03-12 10:02",
  """Dear Sandra,

I'm putting my affairs in order. Should I die, I would like all of my coaching records to be handed to my wife, Anne Palmer, and everything else deleted. Could you please keep this instruction on my file?

With warm regards,
George""",
  client="outlook"),
]
