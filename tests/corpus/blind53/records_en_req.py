# English messages that exercise at least one right.
from rec import R

RECORDS = [
R("en-acc-copy-all", "Copy of my personal data",
"""Hi Sandra,

I took your online course "Finding your place" last spring through the Systeme.io platform. Could you please send me a copy of all the personal data you hold about me?

Thanks,
{prenom}""", ["access"]),

R("en-acc-art15-formal", "Subject Access Request under Article 15 GDPR",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation. Please provide:

1. confirmation of whether you process personal data concerning me;
2. a copy of that data;
3. the purposes of processing and the recipients to whom it has been disclosed;
4. the source of the data where it was not collected from me.

I look forward to your response within one month.

Yours sincerely,
{name}""", ["access"], html="alt"),

R("en-acc-nonnative", "About my datas",
"""Hello Mrs Sandra,

I was in your workshop in Issoudun during my Erasmus. Please I want to know which datas you are keeping about me and from where you have my phone number, because I never gave it I think.

Thank you very much,
{prenom}""", ["access"]),

R("en-acc-session-notes", "Notes from our sessions",
"""Hi Sandra, would you be able to share the notes you took during our coaching sessions? I'd love to have a record of them for myself. Thanks so much! {prenom}""", ["access"]),

R("en-acc-shared-with", "Who did you share my details with?",
"""Hello,

After your group session in June I received an email from a yoga studio mentioning your workshop. Have my contact details been passed to anyone else? If so, to whom?

Regards,
{name}""", ["access"]),

R("en-rect-name", "Wrong spelling of my name",
"""Hi,

My surname is spelt "McAllister" not "Macalister" on my certificate and in the course platform. Could you correct it in your records please?

Many thanks,
Helen McAllister""", ["rectification"], frm=("Helen McAllister", "helen.mcallister@btinternet.com")),

R("en-rect-new-email", "Please update my email address",
"""Hello Sandra,

Please use my new address, {prenom}.works@proton.me, from now on and remove this old one - it will be closed at the end of the month.

Best,
{prenom}""", ["rectification"]),  # NEAR-LINE: remove old email + new value -> rectification only

R("en-rect-company-title", "Correction to my participant record",
"""Hi,
Your attendance record lists me as working for "Nordlicht GmbH" - that was my previous employer. I'm now at Helix Bio Ltd, as Team Lead. Could you update that?
Cheers, {prenom}""", ["rectification"]),

R("en-rect-birthdate", "Date of birth",
"""Dear Sandra,

The date of birth in my enrolment form is wrong (typed 1898 instead of 1989!). The correct one is 14 March 1989. Please fix it.

Kind regards,
{name}""", ["rectification"]),

R("en-eras-delete-all", "Delete my data",
"""Hi,

Please delete all of my personal data from your systems, including the course platform and your mailing tool. Please confirm once done.

{name}""", ["erasure"]),

R("en-eras-art17", "Right to erasure request",
"""Dear Sir or Madam,

Under Article 17 GDPR I request the erasure of all personal data concerning me without undue delay. I withdrew from your programme more than a year ago and there is no longer a purpose for retaining my data.

Sincerely,
{name}""", ["erasure"], html="only"),

R("en-eras-account-and-data", "Remove my account",
"""Hi Sandra - please remove my member account and wipe all the data attached to it. I won't be continuing. Thanks""", ["erasure"], cte="7bit"),

R("en-eras-roundabout", "Moving on",
"""Hello Sandra,

I've decided to close this chapter. I'd rather there were no trace of me left in your files - contact details, notes, everything. I hope you understand.

Warmly,
{prenom}""", ["erasure"]),

R("en-restr-contest", "Inaccurate assessment – please stop using it",
"""Dear Sandra,

I dispute the accuracy of the summary in my assessment report. Until we have resolved this, please restrict processing of it: don't share it or use it, but don't delete it either as I may need it.

Regards,
{name}""", ["restriction"]),

R("en-restr-hold", "Please put my file on hold",
"""Hi,
Could you keep my records as they are but stop using them for now - no follow-ups, no reporting - until I've spoken to my employer? Thanks.
{prenom}""", ["restriction"]),

R("en-port-csv", "Export of my data",
"""Hello,

I'm switching to another coach. Could you send my data (profile, goals, session history) in a machine-readable format such as CSV or JSON so I can hand it over?

Thanks,
{name}""", ["portability"]),

R("en-port-art20", "Data portability request",
"""Dear Ms Delomenie,

Pursuant to Article 20 GDPR, please transmit the personal data I provided to you directly to my new provider, MindPath Coaching Ltd (data@mindpath.co.uk), in a structured, commonly used and machine-readable format.

Yours faithfully,
{name}""", ["portability"]),

R("en-port-progress", "Course progress export?",
"""Hey Sandra! Is there any way to get my course progress and the journal entries I typed in the modules as a file (CSV or whatever)? I want to import them into my own app. Cheers, {prenom}""", ["portability"]),

R("en-obj-unsubscribe", "Unsubscribe",
"""Please unsubscribe me from your newsletter. Thank you.""", ["objection"], cte="7bit"),

R("en-obj-marketing", "Stop marketing emails",
"""Hello,

I keep getting promotional emails about new programmes. I object to the use of my data for direct marketing. Please stop.

{name}""", ["objection"]),

R("en-obj-above-reminder", "Re: Reminder: your group session starts tomorrow",
"""Please take me off this mailing list, I'm no longer part of the group.""", ["objection"],
  quote=("en", """Hi there,
Just a reminder that the group session starts tomorrow at 18:30 (Paris time).
Zoom link: https://us02web.zoom.us/j/83456789012"""), qfrom=("Floraison de Soi", "noreply@floraisondesoi.fr")),

R("en-obj-tracking", "Email tracking",
"""Hi Sandra,

I noticed your newsletters track opens and clicks. I object to being profiled this way - could you turn that off for me, or exclude me from any analytics?

Thanks,
{prenom}""", ["objection"]),

R("en-obj-subject-only", "unsubscribe me please", "", ["objection"]),

R("en-wc-testimonial", "My testimonial",
"""Hi Sandra,

A while ago I agreed to let you use my testimonial (and first name) on your sales page. I'd like to withdraw that consent now, please take it down.

Thank you,
{prenom}""", ["withdraw_consent"]),

R("en-wc-recording", "Group session recording",
"""Hello,

I agreed to the group session being recorded, but I'm withdrawing my consent - I'd rather my part weren't in the replay on the members' area.

Best,
{name}""", ["withdraw_consent"]),

R("en-wc-photo", "Workshop photo on Instagram",
"""Hi! I'm in the photo from the retreat you posted on Instagram. I said yes at the time but I've changed my mind, could you remove it please? x {prenom}""", ["withdraw_consent"]),

R("en-pm-daughter", "My mother's account",
"""Dear Sandra,

I'm writing to let you know that my mother, Margaret Ellis, passed away in March. She had enrolled in your online course. As her daughter and executor, I'd like her account closed and her details removed. I've attached the death certificate.

Kind regards,
{name}""", ["post_mortem"], att=[("pdf", "death_certificate.pdf", "Certified copy of an entry of death - Margaret Ellis")]),

R("en-pm-own-instructions", "Instructions for after my death",
"""Dear Sandra,

I am putting my affairs in order. When I die, I would like all my coaching notes and recordings to be destroyed, and I don't want them passed on to anyone. My partner, Jonas, knows about this instruction.

With gratitude,
{prenom}""", ["post_mortem"]),

R("en-pm-solicitor", "Estate of the late Mr Peter Walsh",
"""Dear Madam,

We act for the executors of the estate of the late Mr Peter Walsh. Our clients request a copy of any personal records you hold about the deceased, and thereafter their deletion.

Yours faithfully,
Harrow & Lane Solicitors""", ["post_mortem"], frm=("Harrow & Lane Solicitors", "probate@harrowlane.co.uk"),
  att=[("pdf", "grant_of_probate.pdf", "Grant of Probate - Estate of Peter Walsh")]),  # NEAR-LINE: solicitor for heirs asking access + deletion -> post_mortem only

R("en-pm-husband", "wife passed away",
"""Hello. My wife Anja died last month. She still gets your emails and reminders. Please stop and delete her stuff. Thank you.""", ["post_mortem"]),

# multi
R("en-multi-acc-eras", "Copy then delete",
"""Hi Sandra,

Before I leave the programme I'd like a copy of everything you hold about me. Once I've got it, please erase it all.

Thanks,
{prenom}""", ["access", "erasure"]),

R("en-multi-obj-eras", "Unsubscribe + delete",
"""Hello, please unsubscribe me from all mailings AND delete my details from your database. Regards, {name}""", ["erasure", "objection"]),

R("en-multi-wc-eras", "Withdrawing consent and erasure",
"""Dear Sandra,

I withdraw my consent for the use of my video testimonial, and I'd also like you to erase all the personal data you have about me.

Kind regards,
{name}""", ["erasure", "withdraw_consent"]),

R("en-multi-port-acc", "What do you have on me + export",
"""Hi,

Could you tell me what personal information you hold about me, and send me an export of my course data in CSV so I can reuse it?

Thanks,
{name}""", ["access", "portability"]),

R("en-multi-employer-paid", "Data from the leadership training",
"""Dear Ms Delomenie,

My employer paid for the leadership training I attended in April. I'd like to know what data about me you shared with them, and I object to any further reports about me being sent to my manager.

Regards,
{name}""", ["access", "objection"]),

R("en-multi-rect-restr", "Incorrect note in my file",
"""Hi Sandra,

Your session summary says I'm on sick leave - that's not correct, I was on unpaid leave. Please correct this, and please don't use or share the summary until it's fixed.

{prenom}""", ["rectification", "restriction"]),  # NEAR-LINE: explicit correction asked (not merely contesting) plus a pause -> rectification + restriction

R("en-multi-parent-minor", "My son's data – teen workshop",
"""Hello,

My son Liam (14) attended your teen confidence workshop. I'm his mother and I'd like a copy of the questionnaire he filled in, and then please delete his data.

Thanks,
{name}""", ["access", "erasure"]),
]

RECORDS += [
R("en-multi-restr-obj", "Please hold my data and stop the emails",
"""Dear Sandra,

Two things. First, please stop sending me marketing emails. Second, I'm in a dispute with my former employer about the coaching they funded - please don't delete my file, but don't use or disclose it either until this is settled.

Regards,
{name}""", ["objection", "restriction"], cc=["j.hughes@hughes-legal.co.uk"]),

R("en-multi-port-eras-nonnative", "Take my data and delete",
"""Hello Sandra,

I go back to Poland and continue with a coach there. Please can you send my file in format she can import (excel or csv), and after this delete everything from your side.

Thank you for all,
{prenom}""", ["erasure", "portability"]),

R("en-pm-restr-executor", "Late father – please keep his file",
"""Dear Ms Delomenie,

My father, Richard Stone, died on 2 July. As executor I'd ask that you do not delete his coaching file for now, and do not use it in any way, as the family may need it for an insurance matter.

Yours sincerely,
{name}""", ["post_mortem"]),  # NEAR-LINE: heir asking for restriction-like freeze -> post_mortem only
]
