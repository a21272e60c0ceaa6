# English-language requests (rights exercised).  Standard library only.
from _rec import R, SANDRA, ORANGE, CONTACT

RECORDS = []

# ----------------------------------------------------------------- access
RECORDS += [
R("en-access-sar-formal-uk", "en", ["access"],
  "Rebecca Holloway <rebecca.holloway@btinternet.com>", "Subject Access Request",
  """
Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide me
with a copy of all personal data you hold about me, together with the purposes of the
processing, the recipients, and how long you intend to keep it.

I purchased your online course "Rooted Confidence" in 2024 using this email address. A copy
of my passport photo page is attached to confirm my identity.

I look forward to hearing from you within one month.

Yours sincerely,
Rebecca Holloway
Harrogate, North Yorkshire
""", att=[("jpg", "passport_scan.jpg")]),

R("en-access-what-do-you-hold-casual", "en", ["access"],
  "Tom Fielding <tomfielding88@gmail.com>", "quick one",
  """
Hi Sandra,

Quick one - could you tell me what info you've got on me? I did the online course last year
and I'm just curious what's stored. Cheers!

Tom
"""),

R("en-access-where-did-you-get", "en", ["access"],
  "Priya Natarajan <priya.natarajan@outlook.com>", "How did you get my email?",
  """
Hello,

I've started receiving emails from "Floraison de Soi" but I've never heard of you and don't
remember signing up to anything. Where did you get my email address from, and did you share
it with anyone else?

Priya Natarajan
"""),

R("en-access-nonnative-copy", "en", ["access"],
  "Katarzyna Wójcik <kasia.wojcik@wp.pl>", "Request of my datas",
  """
Hello Mrs Sandra,

I am Kasia, I was participant of your online training in english version. Please can you send
me the copy of all my datas what you are having? I need it for my own documents.

Thank you very much and greetings from Poznań,
Kasia
"""),
]

# ----------------------------------------------------------------- rectification
RECORDS += [
R("en-rect-new-address-bristol", "en", ["rectification"],
  "Oliver Grant <oliver.grant@sky.com>", "Change of address",
  """
Hi,

Could you update my address on your records please? I've moved from Bath to Bristol.

New address: 42 Cotham Hill, Bristol BS6 6LA
(please remove the old Bath address - it's no longer valid)

Thanks,
Oliver
"""),

R("en-rect-name-spelling-certificate", "en", ["rectification"],
  "Siobhan O'Sullivan <siobhan.osullivan@eircom.net>", "Name spelt wrong on certificate",
  """
Hello Sandra,

My name is spelt "Shivon O Sullivan" on my course certificate and in your emails. It should
be Siobhan O'Sullivan. Would you mind correcting it in your system?

Many thanks,
Siobhan
"""),

R("en-rect-phone-replace", "en", ["rectification"],
  "Daniel Okafor <daniel.okafor@hotmail.co.uk>", "Phone number",
  """
Hi, my old mobile (07700 900461) is no longer in use - please replace it with 07700 900982.
Thanks, Dan
"""),
]

# ----------------------------------------------------------------- erasure
RECORDS += [
R("en-erase-delete-everything-polite", "en", ["erasure"],
  "Helen Marsh <helen.marsh@yahoo.co.uk>", "Please delete my data",
  """
Dear Sandra,

I've finished with coaching for now and would like all of my personal data deleted from your
systems, including the session notes and payment details.

Kind regards,
Helen Marsh
"""),

R("en-erase-right-to-be-forgotten", "en", ["erasure"],
  "James Whitaker <j.whitaker@protonmail.com>", "Right to erasure - Article 17",
  """
To whom it may concern,

I hereby exercise my right to erasure under Article 17 UK GDPR / EU GDPR. Please erase all
personal data relating to me without undue delay and confirm in writing once done.

J. Whitaker
"""),

R("en-erase-account-and-data", "en", ["erasure"],
  "Amy Chen <amy.chen.writes@gmail.com>", "",
  """
Please delete my account and all my data. Thanks.
Amy

Sent from my iPhone
"""),

# NEAR-LINE: a parent writing for a minor -> request (erasure).
R("en-erase-parent-minor", "en", ["erasure"],
  "Sarah Dawson <sarah.dawson@btinternet.com>", "My daughter's details",
  """
Hi Sandra,

My daughter Lily (14) signed up for your teen confidence mini-course using her own email,
without asking me. As her parent, I'd like you to remove her details and anything she
submitted from your system please.

Thanks,
Sarah Dawson
"""),
]

# ----------------------------------------------------------------- restriction
RECORDS += [
R("en-restrict-inaccurate-hold", "en", ["restriction"],
  "Mark Ellison <mark.ellison@ntlworld.com>", "Inaccurate information",
  """
Hello,

The feedback report you sent to my employer states that I "did not complete" module 3, which
is not correct. Until this is looked into, please stop using or sharing that report.

Mark Ellison
"""),

R("en-restrict-keep-dont-use", "en", ["restriction"],
  "Grace Adeyemi <grace.adeyemi@gmail.com>", "my data - please don't delete",
  """
Hi Sandra,

Please don't delete my data - I might need my course records for a visa application - but
please don't use it for anything in the meantime either. Just keep it as it is.

Thanks!
Grace
"""),

R("en-restrict-article18", "en", ["restriction"],
  "Dr Anneliese Vogel <a.vogel@uni-heidelberg.de>", "Restriction of processing (Art. 18 GDPR)",
  """
Dear Ms Delomenie,

I request the restriction of processing of my personal data pursuant to Art. 18(1)(a) GDPR,
as I contest the accuracy of the data recorded about my professional background in your
training file. Please confirm that the data will only be stored while this is verified.

Kind regards,
Dr Anneliese Vogel
"""),
]

# ----------------------------------------------------------------- portability
RECORDS += [
R("en-port-machine-readable", "en", ["portability"],
  "Liam Doherty <liam.doherty@gmail.com>", "Data portability request",
  """
Hi,

Under the right to data portability, please send me the data I provided to you (course
progress, journal entries, quiz answers) in a structured, machine-readable format such as CSV
or JSON.

Thanks,
Liam
"""),

R("en-port-transfer-new-coach", "en", ["portability"],
  "Emma Blackwood <emma.blackwood@icloud.com>", "Transferring my coaching file",
  """
Hi Sandra,

I'm continuing my coaching with someone closer to home in Edinburgh. Could you send my file
(goals, worksheets, progress notes) directly to her at hello@fiona-reid-coaching.co.uk, in a
format she can import?

Thank you for everything,
Emma
""", cc="hello@fiona-reid-coaching.co.uk"),

R("en-port-export-spreadsheet", "en", ["portability"],
  "Raj Patel <raj.patel@virginmedia.com>", "Export",
  """
Hello, is it possible to get an export of my workbook answers as a spreadsheet? I'm moving
everything into Notion. Cheers, Raj
"""),
]

# ----------------------------------------------------------------- objection
RECORDS += [
R("en-obj-unsubscribe", "en", ["objection"],
  "Claire Beaumont <claire.beaumont@hotmail.co.uk>", "Unsubscribe",
  """
Please unsubscribe me from your newsletter. Thank you.
"""),

R("en-obj-stop-marketing-reply", "en", ["objection"],
  "Paul Hendry <paul.hendry@gmail.com>", "Re: Last chance: 30% off Rooted Confidence",
  """
Please stop sending me marketing emails.

On Fri, 28 Nov 2025 at 07:00, Sandra - Floraison de Soi <contact@floraisondesoi.fr> wrote:
> Black Friday: 30% off the Rooted Confidence online programme until midnight!
> Use code BLOOM30 at checkout.
> Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe
""", date="2025-11-28 08:14", reply=True),

R("en-obj-article21-profiling", "en", ["objection"],
  "Ingrid Solberg <ingrid.solberg@online.no>", "Objection to processing",
  """
Dear Sandra,

I object to the use of my personal data for marketing analytics and for the "personalised
recommendations" mentioned in your privacy notice.

Best regards,
Ingrid Solberg
"""),

R("en-obj-no-more-texts", "en", ["objection"],
  "Gemma <gemma.lloyd@live.co.uk>", "texts",
  """
hiya, can you stop the promo texts please, getting one every few days. ta
"""),
]

# ----------------------------------------------------------------- withdraw_consent
RECORDS += [
R("en-wc-testimonial-website", "en", ["withdraw_consent"],
  "Jonathan Reeves <jon.reeves@gmail.com>", "My testimonial",
  """
Hi Sandra,

A while back I gave you a testimonial for your website. I'd now like to withdraw my consent
for it to be used - could you take it down please?

Thanks,
Jon
"""),

R("en-wc-video-recording", "en", ["withdraw_consent"],
  "Maria Fernandes <maria.fernandes@sapo.pt>", "Video of the workshop",
  """
Hello,

I agreed to be filmed at the online workshop in June for your promotional video. I have
changed my mind and I don't want my image in the video anymore. Please remove it.

Maria
"""),

R("en-wc-survey-research", "en", ["withdraw_consent"],
  "Dr Ruth Abernethy <r.abernethy@gmail.com>", "Survey responses - withdrawal",
  """
Dear Ms Delomenie,

I completed your wellbeing questionnaire in March and consented to my anonymised answers
being used in your published case study. I am withdrawing that consent.

Regards,
Ruth Abernethy
""", shape="alt"),
]

# ----------------------------------------------------------------- post_mortem
RECORDS += [
R("en-pm-daughter-mother-died", "en", ["post_mortem"],
  "Fiona McAllister <fiona.mcallister@btinternet.com>", "My mother, Margaret McAllister",
  """
Dear Sandra,

I'm sorry to tell you that my mother, Margaret McAllister, passed away on 12 January. She
loved your online courses. Could you please close her account and remove her details? I've
attached a copy of the death certificate.

With thanks,
Fiona McAllister
""", att=[("pdf", "death_certificate_McAllister.pdf",
          "Certified copy of an entry of death - Margaret McAllister - General Register Office")]),

R("en-pm-executor-solicitor", "en", ["post_mortem"],
  "Hargreaves & Lowe Solicitors <probate@hargreaveslowe.co.uk>",
  "Estate of the late Mr David Pryce - Our ref DP/2291",
  """
Dear Madam,

We act as executors of the estate of the late Mr David Pryce, who died on 4 March. Please
let us know whether Mr Pryce held any subscription or account with you, provide details of any
personal data held, and cancel any recurring payments.

A copy of the Grant of Probate is attached.

Yours faithfully,
Hargreaves & Lowe Solicitors

This email is confidential and may be legally privileged. If you are not the intended
recipient, please notify us immediately and delete it.
""", att=[("pdf", "Grant_of_Probate_Pryce.pdf",
          "In the High Court of Justice - Grant of Probate - Estate of David Pryce deceased")]),

R("en-pm-own-instructions", "en", ["post_mortem"],
  "Gillian Shaw <gillian.shaw@talktalk.net>", "Instructions for after I'm gone",
  """
Dear Sandra,

I'm putting my affairs in order. If anything happens to me, I would like all my coaching notes
and course work with you to be permanently deleted, and nothing passed to my family. My
friend Alison Hart (alison.hart@gmail.com) knows about this and can confirm.

With love and gratitude,
Gillian
"""),

R("en-pm-husband-wife-emails", "en", ["post_mortem"],
  "Robert Kinnear <rob.kinnear@gmail.com>", "Emails to my late wife",
  """
Hi,

My wife Janet passed away in the autumn. Your emails are still arriving in her inbox, which
I'm managing now. Please stop sending them and remove her from your lists.

Rob Kinnear
"""),
]

# ----------------------------------------------------------------- multi-right
RECORDS += [
R("en-multi-unsub-and-delete", "en", ["erasure", "objection"],
  "Natalie Brooks <natalie.brooks@gmail.com>", "Unsubscribe + delete",
  """
Hi, please take me off your mailing list and delete any data you hold on me. Thanks, Natalie
"""),

R("en-multi-copy-then-delete", "en", ["access", "erasure"],
  "Stefan Müller <stefan.mueller@gmx.de>", "My data",
  """
Hello Sandra,

I would like first to receive a copy of all personal data you have about me, and after that
please delete everything. Thank you in advance.

Best regards,
Stefan Müller
"""),

R("en-multi-access-and-portable", "en", ["access", "portability"],
  "Hannah Lewis <hannah.lewis@outlook.com>", "Data request",
  """
Hi Sandra,

Could you let me know what personal data you hold on me, and send me my course data in a
portable format (CSV is fine) so I can take it elsewhere?

Thanks,
Hannah
"""),

R("en-multi-testimonial-and-erase", "en", ["erasure", "withdraw_consent"],
  "Peter Collins <peter.collins@sky.com>", "Testimonial and data",
  """
Dear Sandra,

Please remove my testimonial and photo from your website and social media, and erase all the
personal data you hold about me.

Regards,
Peter Collins
"""),

R("en-multi-see-and-correct", "en", ["access", "rectification"],
  "Aisha Rahman <aisha.rahman@gmail.com>", "Checking my details",
  """
Hi,

Could you send me a copy of the details you hold on me? I suspect my date of birth is wrong -
it should be 03/09/1991, not 09/03/1991 - so please correct that too.

Thanks,
Aisha
"""),

R("en-multi-freeze-and-no-marketing", "en", ["objection", "restriction"],
  "Conor Walsh <conor.walsh@gmail.com>", "Data",
  """
Hi Sandra,

I'm disputing the invoice details with my employer, so please keep my records but don't use
them until that's resolved. Also, I don't want any more marketing from you, please.

Conor
"""),

R("en-multi-transfer-then-erase", "en", ["erasure", "portability"],
  "Lucy Hammond <lucy.hammond@icloud.com>", "Moving to another platform",
  """
Hi,

I'd like my course data exported in a machine-readable format so I can move it to another
platform, and then my account and all associated data deleted.

Many thanks,
Lucy
"""),

R("en-multi-unsub-and-pull-photo", "en", ["objection", "withdraw_consent"],
  "Deborah Finch <debs.finch@gmail.com>", "Re: Your March newsletter 🌷",
  """
Hi Sandra - please unsubscribe me, and I'd like to withdraw my permission for the workshop
photo of me you used in this newsletter. Thanks, Debs

On 3 Mar 2026, at 07:30, Sandra - Floraison de Soi <contact@floraisondesoi.fr> wrote:
> Spring is here! Look at the beautiful group from our February workshop...
""", date="2026-03-03 12:48", reply=True),

R("en-multi-who-shared-and-object", "en", ["access", "objection"],
  "Michael Thornton <m.thornton@btinternet.com>", "Third-party contact",
  """
Dear Ms Delomenie,

A life coach in Manchester contacted me and mentioned your course. Please tell me which third
parties you have shared my personal data with, and note that I object to any further sharing
of my data for marketing purposes.

Michael Thornton
"""),
]
