# -*- coding: utf-8 -*-
"""English-language negatives written by people."""
from recbase import M

RECORDS = [

# ------------------------------------------------------------------ ordinary business mail
M("en.move-thursday-deleted-app", [],
  "Olivia Grant <olivia.grant@gmail.com>",
  "Thursday",
  """\
Hi Sandra,

Could we move Thursday's session to Friday at the same time? My daughter's school play got rescheduled.

Also, I've deleted that breathing app you recommended — it kept crashing on my phone. Is there another one you'd suggest? I'd like to keep doing the 4-7-8 exercise in the evenings.

Thanks!
Olivia
""",
  date="2025-03-18 07:55"),

# NEAR-LINE: slides plus an attendance sheet for HR records are training paperwork, not
# the sender's own personal data -> negative.
M("en.slides-attendance-sheet-hr", [],
  '"Hartley, Jonathan" <jonathan.hartley@northgate-logistics.co.uk>',
  "Leadership workshop – slides and attendance",
  """\
Hi Sandra,

Thanks again for running the leadership workshop for our Lyon team last week, the feedback has been excellent.

Could you send over a copy of the slides and the signed attendance sheet? Our L&D team needs them for the training records and for our funding claim.

Best regards,
Jonathan Hartley
Head of People – Northgate Logistics

This e-mail and any attachments are confidential and intended solely for the addressee.
""",
  date="2025-11-21 16:02", xm="Microsoft Outlook 16.0", fmt="alt"),

M("en.podcast-invitation-consent-form", [],
  "Tasha Okafor <tasha@thebloomingpodcast.com>",
  "Podcast invitation: The Blooming Podcast 🎙️",
  """\
Hi Sandra,

I'm Tasha, host of The Blooming Podcast (personal growth for women in their 40s and 50s). One of our listeners recommended your work on self-esteem and we'd love to have you as a guest!

Recording is remote (Riverside), about 45 minutes, in English. I've attached our standard guest consent and release form so you can have a look beforehand — no need to sign anything until we've fixed a date.

Would any Tuesday or Wednesday in February work for you?

Warmly,
Tasha
""",
  date="2026-01-13 17:40", att=[("Guest_release_form_BloomingPodcast.pdf", "pdf",
  "THE BLOOMING PODCAST - GUEST CONSENT AND RELEASE FORM\nGuest name: ____\nI consent to the recording, editing and publication of the episode.")]),

M("en.opposed-boss-erase-rewrite", [],
  "Daniel Kim <daniel.kim@gmail.com>",
  "It worked!!",
  """\
Sandra,

I had to share this: in today's team meeting I actually opposed my boss's plan, calmly, with arguments, in front of everyone. Two years ago I would have nodded and complained in the car park afterwards.

The "erase and rewrite" exercise (rewriting the story I tell myself about conflict) really did something. I've copied my rewritten version into my notebook so I can read it before meetings.

See you on the 14th,
Daniel
""",
  date="2025-09-30 19:13"),

M("en.prospect-english-zoom-privacy", [],
  "Anna Sokolova <anna.sokolova@gmail.com>",
  "Coaching in English?",
  """\
Hello,

I live in Orléans (moved from Riga two years ago) and my French is still not good enough for something as personal as coaching. Do you offer sessions in English?

Also, how do you handle privacy for online sessions — do you record the Zoom calls? I'd prefer not.

Thank you,
Anna
""",
  date="2025-02-03 20:20"),

M("en.uk-coach-review-privacy-notice", [],
  "Helen Marsh <helen@marshcoaching.co.uk>",
  "Favour to ask – privacy notice",
  """\
Hi Sandra,

Lovely to meet you at the ICF online meetup! As promised, here's my draft privacy notice. You mentioned you'd had yours reviewed by a lawyer in France — would you mind giving mine a quick read, particularly the bits about client rights (access, erasure, objection) and how long I keep session notes?

No rush at all, and happy to return the favour with your English-language sales page.

Helen
""",
  date="2025-06-17 11:48", att=[("Privacy_Notice_DRAFT_v3.docx", "docx",
  "Marsh Coaching - Privacy Notice (DRAFT v3)\n1. Who we are\n2. What data we collect\n3. Your rights: access, rectification, erasure, restriction, objection, portability\n4. How long we keep your data")]),

# NEAR-LINE: a broken PDF export of the course workbook is a technical problem, not a
# request for her personal data in a portable format -> negative.
M("en.pdf-export-workbook-blank", [],
  "Laura Jensen <laura.jensen@outlook.dk>",
  "Workbook export not working",
  """\
Hi Sandra,

When I click "Export to PDF" on the module 5 workbook, the file that downloads is completely blank. I tried Chrome and Firefox. Could you check whether it's a bug on the platform?

Thanks,
Laura
""",
  date="2025-12-08 09:31"),

M("en.corporate-amend-po-number", [],
  '"Accounts Payable – Veltris GmbH" <ap@veltris.de>',
  "Invoice FDS-2025-112 – please amend PO number",
  """\
Dear Sir or Madam,

We have received your invoice FDS-2025-112 for the workshop "Resilience for Team Leads". Unfortunately it cannot be processed because the purchase order number is missing.

Please amend the invoice to include PO 4500218761 and resend it to this address.

Kind regards,
Accounts Payable
Veltris GmbH – Stuttgart
""",
  date="2025-12-11 10:05"),

# ------------------------------------------------------------------ cancellations
M("en.cancel-saturday-workshop", [],
  "Sophie Turner <sophie.turner@hotmail.co.uk>",
  "Saturday workshop",
  """\
Hi Sandra,

I'm so sorry, I need to cancel my booking for Saturday's online workshop — I've been called in to work. Could I transfer to the next one instead of getting a refund?

Sophie
""",
  date="2025-04-10 13:39"),

M("en.cancel-monthly-membership", [],
  "Mark Davies <mark.davies@gmail.com>",
  "Cancel subscription",
  """\
Hello,

Please cancel my monthly subscription to the membership, effective at the end of this month. Thanks for the great content.

Mark
""",
  date="2025-08-19 06:50"),

# NEAR-LINE: "remove me from the waiting list" concerns a booking, not a mailing list
# -> cancellation, negative.
M("en.remove-from-retreat-waiting-list", [],
  "Isabella Rossi <isabella.rossi@gmail.com>",
  "June retreat waiting list",
  """\
Hi Sandra,

Could you remove me from the waiting list for the June retreat? I found another date that works better with my holidays, so I'll book the autumn one instead.

Grazie!
Isabella
""",
  date="2026-04-28 15:22"),

# ------------------------------------------------------------------ access / password
M("en.locked-out-reset-never-arrives", [],
  "Carlos Mendes <carlos.mendes@gmail.com>",
  "Locked out",
  """\
Hi,

I'm locked out of my account on the course platform. I've requested the password reset email four times but it never arrives (checked spam too).

Could you reset it manually or tell me what to do?

Thanks,
Carlos
""",
  date="2025-05-02 23:10"),

M("en.how-access-course-area", [],
  "Jessica Wong <jessica.wong@outlook.com>",
  "Access to my course",
  """\
Hello Sandra,

I bought the "Confidence at Work" course yesterday (payment through Stripe went through, I got the receipt), but how do I access my course area? I can't find any login link in the emails.

Thanks in advance,
Jessica
""",
  date="2025-10-01 08:29"),

# ------------------------------------------------------------------ close account alone
# NEAR-LINE: "close my account" with no mention of data -> negative per policy.
M("en.please-close-my-account", [],
  "Robert Fischer <robert.fischer@gmail.com>",
  "Account",
  """\
Please close my account. Thanks.

Robert
""",
  date="2025-07-31 12:01"),

M("en.close-account-course-site-finished", [],
  "Hannah Lee <hannah.lee@icloud.com>",
  "Closing my account",
  """\
Hi Sandra, I've finished the course (loved it!) — could you close my account on the course site? I won't be logging in again. Thank you!

Hannah

Sent from my iPad
""",
  date="2026-01-05 21:37"),

# ------------------------------------------------------------------ questions about rights
M("en.entitled-delete-notes-not-yet", [],
  "Tom Gallagher <tom.gallagher@gmail.com>",
  "A question about notes",
  """\
Hi Sandra,

Out of interest — am I entitled to ask you to delete your notes once the coaching ends? Not asking yet, we've still got four sessions, I'm just curious how it works in France compared to the UK.

Cheers,
Tom
""",
  date="2025-03-31 17:02"),

# NEAR-LINE: a general question about retention if she stops the programme; no request
# to see or delete anything -> negative.
M("en.what-happens-data-stop-programme", [],
  "Amara Nwosu <amara.nwosu@yahoo.com>",
  "Question before I sign up",
  """\
Hello,

Before I sign up for the 3-month programme: what happens to my data if I stop halfway? Do you keep it, and for how long? I'm asking because I'll be sharing some health information.

Thanks,
Amara
""",
  date="2025-09-19 14:44"),

# ------------------------------------------------------------------ CNIL copy
M("en.lodged-complaint-cnil-fyi", [],
  "Steven Clarke <steven.clarke@gmail.com>",
  "FYI – complaint to the CNIL",
  """\
Ms Delomenie,

For your information, I have lodged a complaint with the CNIL regarding the handling of my earlier request. A copy of the acknowledgement is attached.

I will await their decision.

S. Clarke
""",
  date="2025-08-22 09:08", att=[("CNIL_acknowledgement.pdf", "pdf",
  "CNIL - Acknowledgement of receipt\nComplaint reference 25-091133\nOrganisation: Floraison de Soi")]),

# ------------------------------------------------------------------ about another living adult
# NEAR-LINE: a wife unsubscribing her adult husband: the data subject is another living
# adult and did not write -> negative.
M("en.wife-unsubscribe-husband-tom", [],
  "Karen Walsh <karen.walsh@gmail.com>",
  "My husband's emails",
  """\
Hi,

Could you please unsubscribe my husband, Tom Walsh, from your emails? His address is tom.walsh.dublin@gmail.com. He did one webinar last year and has been getting your newsletter ever since, and he keeps asking me to "sort it out".

Thanks,
Karen
""",
  date="2025-06-27 18:26", cte="b64"),

M("en.hr-attendance-assessment-employee", [],
  '"People Team – Brightwave Ltd" <people@brightwave.co.uk>',
  "Records for Mark Evans",
  """\
Dear Sandra,

Could you send us the attendance records and your assessment notes for our employee Mark Evans, who completed your resilience programme in September? We need them for his performance review file.

Many thanks,
People Team
Brightwave Ltd
""",
  date="2025-11-03 11:50"),

# ------------------------------------------------------------------ thank-you above a handled request
M("en.thanks-no-longer-receiving", [],
  "Jack Morrison <jack.morrison@gmail.com>",
  "Re: Unsubscribe",
  """\
Thanks Sandra, confirmed — I'm no longer receiving the newsletter. All the best.

Jack

On Wed, 14 May 2025 at 09:12, Sandra Delomenie <sandra.delomenie@orange.fr> wrote:
> Hi Jack,
>
> Done: you've been removed from my newsletter list. Sorry for the
> inconvenience!
>
> Sandra
>
> On Tue, 13 May 2025 at 22:40, Jack Morrison <jack.morrison@gmail.com> wrote:
>> Please unsubscribe me from the newsletter, thanks.
""",
  date="2025-05-21 08:05", irt="orange", refs_extra=True),

M("en.got-it-access-response", [],
  "Eleanor Price <eleanor.price@btinternet.com>",
  "RE: Your subject access request",
  """\
Got it, thank you — much appreciated. Everything looks in order.

Eleanor

From: Sandra Delomenie <sandra.delomenie@orange.fr>
Sent: 12 February 2026 16:20
To: Eleanor Price <eleanor.price@btinternet.com>
Subject: Your subject access request

Dear Eleanor,

Further to your request of 20 January, please find attached a copy of all the personal data I hold about you, with details of where it is stored (Google Drive, Systeme.io, Stripe) and how long it is kept.

Kind regards,
Sandra
""",
  date="2026-02-13 09:41", irt="orange", xm="Microsoft Outlook 16.0", cte="qp"),

# ------------------------------------------------------------------ giving consent
M("en.happy-use-video-first-name", [],
  "Natalie Brooks <natalie.brooks@gmail.com>",
  "Re: Would you share a few words?",
  """\
Hi Sandra,

Of course! I'm happy for you to use my video testimonial on your website and Instagram — first name only, please (Natalie), no surname.

Let me know if you need me to re-record anything, the light was a bit dim.

Natalie x

On Sun, 6 Jul 2025 at 10:00, Sandra Delomenie <sandra.delomenie@orange.fr> wrote:
> Hi Natalie, would you be willing to share a few words about the
> course, and may I use them publicly?
""",
  date="2025-07-06 15:32", irt="orange"),

# ------------------------------------------------------------------ Sandra's own mail
M("en.sent-confirm-erasure-kylie", [],
  "Sandra Delomenie <sandra.delomenie@orange.fr>",
  "Re: Wiping my details",
  """\
Hi Kylie,

All done: I've deleted your account on the course platform, your contact record, the intake questionnaire and my notes. I'm legally required to keep your invoice for accounting purposes, but nothing else remains.

Wishing you all the best — and more sleep than during those 5am sessions!

Sandra

--
Sandra Delomenie
Coach & formatrice – Floraison de Soi
www.floraisondesoi.fr
""",
  date="2025-11-18 10:22", to="Kylie Thompson <kylie.thompson@bigpond.com>", irt="generic"),

]
