# English requests (b22).
from common import M, gq, oq, aq, fwd

M("en-acc-then-era", ["access", "erasure"], "en", "Rachel Hughes <rachel.hughes@gmail.com>",
  "My data",
  """Hi Sandra,

I'd like you to send me a copy of all the personal data you hold about me and then delete it all once I've confirmed I received it.

Thanks,
Rachel Hughes""")

M("en-list-acc-rect-obj", ["access", "objection", "rectification"], "en", "Tom Fletcher <tom.fletcher@outlook.com>",
  "Data request",
  """Hello,

Three things please:
1. Tell me what personal data you hold on me and who you've shared it with.
2. My surname is misspelled on my course account: it's Fletcher, not Flecher.
3. Stop sending me marketing emails.

Best,
Tom""")

M("en-ps-port", ["erasure", "portability"], "en", "Hannah Becker <hannah.becker@posteo.de>",
  "Delete my account and all my data",
  """Dear Ms Delomenie,

Please delete my account and all the data associated with it.

Regards,
Hannah Becker

P.S. Before you do, could you export my course notes and quiz answers as a CSV file so I can keep them?""")

M("en-subj-unsub-body-acc", ["access", "objection"], "en", "James O'Connor <james.oconnor@gmail.com>",
  "Unsubscribe",
  """Also, where did you get my email from? I don't remember signing up. Please tell me what you have on me.

James""")

M("en-reply-add-wc", ["erasure", "withdraw_consent"], "en", "Lucy Grant <lucy.grant@icloud.com>",
  "Re: Deletion request",
  """Hi again,

Just to be clear, that includes my testimonial on your website — I'm withdrawing my consent for it to be published.

Lucy""" + gq("Lucy Grant <lucy.grant@icloud.com>", "Tue, 8 Jul 2025 at 20:15",
  "Hi Sandra, please erase all my personal data. Thanks, Lucy Grant", "en"), irt=True)

M("en-para-restr-acc", ["access", "restriction"], "en", "Daniel Morgan <daniel.morgan@protonmail.com>",
  "Session notes",
  """Hi Sandra,

I disagree with some of what's written in my session summary from March. Until we can sort it out, please don't use or share it — but please don't delete it either.

Separately, can you send me a full copy of everything you hold about me?

Daniel""")

M("en-acc-only", ["access"], "en", "Emma Walsh <emma.walsh@gmail.com>",
  "Subject access request",
  """Dear Sandra,

Under Article 15 GDPR I'm requesting a copy of all personal data you hold about me. I'm not asking for anything to be deleted.

Kind regards,
Emma Walsh""", attach=[("passport_scan_walsh.pdf", "application/pdf")])

M("en-rect-only", ["rectification"], "en", "Oliver Bennett <oliver.bennett@yahoo.co.uk>",
  "Wrong address on invoice",
  """Hello,

My invoices still show my old address. Please update it to: 4 Rue Basse, 36100 Issoudun. You can remove the UK one.

Oliver""")

M("en-era-only", ["erasure"], "en", "Sophie Turner <sophie.turner@gmail.com>",
  "Please erase my data",
  """Hi, could you please erase all the data you have about me? I took the online course in 2023 and no longer need the account. I don't need a copy. Thanks, Sophie""")

M("en-restr-only", ["restriction"], "en", "Mark Davies <mark.davies@btinternet.com>",
  "Hold my data",
  """Sandra,

Please restrict processing of my data: keep it, don't use it, don't delete it. I may need the records for an insurance claim.

Mark Davies""")

M("en-port-only", ["portability"], "en", "Anna Kowalski <anna.kowalski@gmail.com>",
  "Transfer my course data",
  """Hi Sandra,

I'm moving to another coaching programme. Could you send my journal entries and worksheets in a machine-readable format (CSV/JSON) directly to my new coach at hello@brightpathcoaching.eu?

Thank you!
Anna""")

M("en-obj-only", ["objection"], "en", "Peter Lang <peter.lang@gmx.net>",
  "Please stop",
  """Please remove me from your mailing list. I don't want any more promotional emails. No need to delete anything else.
Peter""")

M("en-wc-photo", ["withdraw_consent"], "en", "Grace Kim <grace.kim@gmail.com>",
  "Workshop photo",
  """Hi Sandra,

I'd like to withdraw my consent for the group photo from the May retreat to be used on your Instagram. Could you take it down? Everything else is fine, keep my details.

Grace""")

M("en-pm-son", ["post_mortem"], "en", "Michael Shaw <michael.shaw@gmail.com>",
  "My mother, Margaret Shaw",
  """Dear Ms Delomenie,

I'm writing to let you know my mother, Margaret Shaw, passed away on 14 September. As her executor I'd like to request a copy of her records and then have her account closed and her data deleted.

I've attached the death certificate.

Michael Shaw""", attach=[("death_certificate_M_Shaw.pdf", "application/pdf")])

M("en-pm-own", ["post_mortem"], "en", "Eleanor Price <eleanor.price@gmail.com>",
  "Instructions for after I die",
  """Dear Sandra,

I'm putting my affairs in order. Should I die, I want all my coaching records destroyed and not released to anyone. My daughter Kate Price will be my contact for this.

With warm regards,
Eleanor""")

M("en-pm-widow", ["post_mortem"], "en", "Janet Cole <janet.cole@outlook.com>",
  "Robert Cole",
  """Hello,
My husband Robert Cole died last month. He still gets your newsletter and reminders. Please remove him from your lists and delete his details.
Janet Cole""")

M("en-3-acc-port-era", ["access", "erasure", "portability"], "en", "Lukas Schneider <lukas.schneider@web.de>",
  "GDPR request",
  """Dear Sandra,

I would like to:
- know what personal data you process about me,
- receive my data in a structured, machine-readable format,
- and afterwards have it erased.

ID attached.
Lukas Schneider""", attach=[("Personalausweis.jpg", "image/jpeg")])

M("en-obj-rect", ["objection", "rectification"], "en", "Chloe Martin <chloe.martin@hotmail.co.uk>",
  "New email + no more newsletters",
  """Hi Sandra, please replace chloe.m@hotmail.com with chloe.martin@hotmail.co.uk on my account and take me off the newsletter. Thanks! Chloe""")

M("en-wc-obj-ps", ["objection", "withdraw_consent"], "en", "Isabel Ruiz <isabel.ruiz@gmail.com>",
  "Video testimonial",
  """Hello Sandra,

I've changed my mind about the video testimonial I recorded in June. I'm withdrawing my consent — please don't publish it anywhere.

Isabel

PS please also unsubscribe me from the weekly emails.""")

M("en-era-obj-then", ["erasure", "objection"], "en", "Kevin Brooks <kevin.brooks@gmail.com>",
  "Stop emailing me",
  """Stop sending me sales emails and then wipe my details from your list and your CRM. I never bought anything.
Kevin""")

M("en-rect-restr", ["rectification", "restriction"], "en", "Fiona Campbell <fiona.campbell@gmail.com>",
  "Inaccurate note",
  """Hi Sandra,

Your assessment notes say I left my job because of burnout. That's not accurate — I was made redundant. Please correct this, and until it's corrected don't include it in the group report.

Fiona""")

M("en-acc-wc", ["access", "withdraw_consent"], "en", "Ahmed Saleh <ahmed.saleh@gmail.com>",
  "Recording of my session",
  """Hi Sandra,

I withdraw my consent to you keeping the audio recording of our session for training purposes. Also, could you tell me what other data you have on me?

Ahmed""")

M("en-port-acc-reply", ["access", "portability"], "en", "Sarah Mitchell <sarah.mitchell@gmail.com>",
  "RE: Your course data",
  """Hi,

Adding to my earlier email: I'd also like the export to go directly to my new platform provider (data@learnwell.io), in CSV.

Sarah""" + oq("Sarah Mitchell", "Monday, February 2, 2026 9:03 AM", "sandra.delomenie@orange.fr", "Your course data",
  "Hi Sandra, could you tell me what personal data you hold about me? Thanks, Sarah Mitchell", "en"), irt=True)

M("en-parent-minor", ["erasure"], "en", "Laura Evans <laura.evans@gmail.com>",
  "My son's data",
  """Hello,

My son Noah (13) attended your teen confidence workshop in August. As his parent, I'd like his registration form and questionnaire answers deleted.

Laura Evans""")

M("en-lawyer-acc", ["access"], "en", "Harper & Lowe LLP <dataprotection@harperlowe.co.uk>",
  "Subject Access Request on behalf of Ms Rebecca Lowe",
  """Dear Madam,

We act for Ms Rebecca Lowe and enclose her signed authority. Please provide copies of all personal data you hold about our client, together with details of the recipients of that data.

Yours faithfully,
Harper & Lowe LLP
This email is confidential and may be legally privileged.""", attach=[("Signed_authority_R_Lowe.pdf", "application/pdf")])

M("en-obj-profiling", ["objection"], "en", "Nina Patel <nina.patel@gmail.com>",
  "Analytics",
  """Hi Sandra, I object to my questionnaire answers being used for your internal statistics. Please exclude me. Nothing else needs to change. Nina""")

M("en-rect-dob-html", ["rectification"], "en", "George Hill <george.hill@gmail.com>",
  "Date of birth",
  """<p>Hi,</p><p>My date of birth on the certificate is wrong: it should be <b>22/08/1990</b>. Could you fix it?</p><p>George</p>""", shape="html")

M("en-wc-questionnaire", ["withdraw_consent"], "en", "Ruth Adams <ruth.adams@gmail.com>",
  "Research questionnaire",
  """Hi Sandra,
I consented to my anonymised answers being used in your case study. I'd like to withdraw that consent please.
Ruth""")

M("en-restr-obj", ["objection", "restriction"], "en", "Paul Wright <paul.wright@gmail.com>",
  "Two requests",
  """Hi Sandra,

First, I'm disputing the accuracy of the attendance record for the October course — please freeze use of it until it's checked.

Second, please stop sending me SMS promotions.

Paul""")

M("en-era-restr-alt", ["erasure", "restriction"], "en", "Megan Lewis <megan.lewis@gmail.com>",
  "My records",
  """Hello,

Please delete my Systeme.io account and the data tied to it. But keep the invoices and the final assessment unchanged — don't use them or send them anywhere, I might need them for my employer's dispute.

Megan""", shape="alt")
# NEAR-LINE: erase account data + keep-but-don't-use the assessment -> erasure + restriction.

M("en-acc-3para-obj-wc", ["access", "objection", "withdraw_consent"], "en", "Victoria Reed <victoria.reed@gmail.com>",
  "Several things",
  """Dear Sandra,

I'd like a copy of my data.

I'd like to withdraw consent for my photo being used on your website.

And please unsubscribe me from all marketing.

Best,
Victoria""")

M("en-rect-acc", ["access", "rectification"], "en", "Ian Foster <ian.foster@gmail.com>",
  "Fix my details",
  """Hi, my phone number is now +33 6 55 41 28 90, please replace the old one. And could you also let me know what else you hold about me? Thanks, Ian""")

M("en-port-wc", ["portability", "withdraw_consent"], "en", "Zoe Carter <zoe.carter@gmail.com>",
  "Leaving the programme",
  """Hi Sandra,

Could you send me my workbook entries as a CSV so I can move them to my own app? Also, I no longer consent to my quote being used in your marketing — please remove it.

Zoe""")

M("en-era-port-obj-qp", ["erasure", "objection", "portability"], "en", "Jack Wilson <jack.wilson@gmail.com>",
  "Data",
  """Hi,
1) Export my course progress in a reusable format;
2) then erase everything;
3) in the meantime, no more marketing emails please.
Jack""", shape="qp")

M("en-acc-obj-fwd", ["access", "objection"], "en", "Helen Ward <helen.ward@gmail.com>",
  "Fwd: Stop contacting me",
  """Sandra, forwarding my earlier message as I had no reply. I'd also like to know what information you hold on me.
Helen""" + fwd("Helen Ward <helen.ward@gmail.com>", "Sat, 15 Nov 2025 at 18:20", "sandra.delomenie@orange.fr",
  "Stop contacting me", "Please stop calling me to offer new workshops. I'm not interested. Helen Ward", "en"))

M("en-rect-era", ["erasure", "rectification"], "en", "Diane Morris <diane.morris@gmail.com>",
  "Corrections",
  """Hi Sandra,

Could you correct my name to Diane Morris-Hale on my account? And please erase the intake form from 2022, it contains medical information I'd rather not be kept.

Thanks,
Diane""")
