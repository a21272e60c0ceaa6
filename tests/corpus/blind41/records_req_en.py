# -*- coding: utf-8 -*-
"""English-language requests (UK, Ireland, native and non-native speakers)."""
from _rec import R

RECORDS = [

R("en-req-acc-sar-uk-formal", "en-GB", ["access"],
  "Rebecca Hollis <rebecca.hollis@btinternet.com>",
  "Subject Access Request",
  """\
Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data
Protection Regulation.

I attended your online course "Finding Your Voice" in 2025 and had three one-to-one
coaching calls with you. Please provide me with:

1. a copy of all personal data you hold about me, including session notes, emails
   and course platform records;
2. the purposes for which it is processed;
3. the recipients to whom it has been disclosed;
4. how long you intend to keep it.

I have enclosed a copy of my passport photo page to confirm my identity. I look
forward to your response within one month.

Yours sincerely,

Rebecca Hollis
14 Cranbrook Road
Bristol BS6 7BP
""",
  att=[("jpg", "passport_photo_page.jpg")]),

R("en-req-acc-irish-casual", "en-IE", ["access"],
  "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>",
  "bits and pieces",
  """\
Hi Sandra,

Hope you're keeping well! The retreat in Issoudun was only gorgeous, I'm still
talking about it.

Quick one - could you send me on whatever info you have on me from the retreat and
the coaching calls? I'm putting together a bit of a portfolio for my CPD and would
love to see what's on file.

Thanks a million,
Siobhán
"""),

# NEAR-LINE: only asks where the address came from and who supplied it -> access.
R("en-req-acc-how-got-email", "en-GB", ["access"],
  "Mark Pennington <mark.pennington@yahoo.co.uk>",
  "How did you get my email?",
  """\
Hello,

I've started receiving emails from Floraison de Soi about workshops in France. I've
never signed up to anything of yours. How did you get my email address, and who gave
it to you?

Mark Pennington
"""),

R("en-req-acc-solicitor-uk", "en-GB", ["access"],
  "Harrington Walsh LLP <dataprotection@harringtonwalsh.co.uk>",
  "Our client: Ms Amelia Croft - Data Subject Access Request",
  """\
Dear Madam,

We act for Ms Amelia Croft, who was a participant in your leadership programme
between March and June 2025. Please find enclosed her signed letter of authority.

On behalf of our client, we request, pursuant to Article 15 GDPR, copies of all
personal data relating to her which you process, together with the supplementary
information set out in Article 15(1)(a) to (h).

Please send your response to this office, quoting our reference HW/AC/2291.

Yours faithfully,

Harrington Walsh LLP
Solicitors
3 Temple Row, Birmingham B2 5LG

This email is confidential and may be legally privileged. If you have received it in
error please notify the sender and delete it. Harrington Walsh LLP is authorised and
regulated by the Solicitors Regulation Authority.
""",
  shape="alt",
  att=[("pdf", "Letter_of_Authority_Croft.pdf", "LETTER OF AUTHORITY\nI, Amelia Croft, authorise Harrington Walsh LLP to request\nmy personal data from Floraison de Soi on my behalf.")],
  reply_to="Daniel Okafor <d.okafor@harringtonwalsh.co.uk>"),

R("en-req-acc-nonnative-german", "en", ["access"],
  "Katrin Vogel <katrin.vogel@web.de>",
  "Request about my datas",
  """\
Dear Mrs. Delomenie,

I was participant in your english-french online workshop in last year. I would like
to know which datas you have saved about me and I ask you to send me a copy of it.

Thank you in advance and best regards
Katrin Vogel
"""),

R("en-req-acc-who-shared-list", "en-GB", ["access"],
  "Oliver Grant <oliver.grant@gmail.com>",
  "Third parties",
  """\
Hi Sandra,

Could you tell me whether you've shared my details with any third parties (Stripe,
Systeme, Google, anyone else) and list who they are? I'd like to know where my
information has ended up.

Cheers,
Oliver
"""),

R("en-req-rect-email-update", "en-GB", ["rectification"],
  "Jenny Marsh <jenny.marsh@outlook.com>",
  "New email address",
  """\
Hi Sandra,

Please update my email to jenny.marsh.coaching@gmail.com and remove the old outlook
one - I'm closing that account next month.

Thanks!
Jenny
"""),

R("en-req-rect-surname-spelling", "en-IE", ["rectification"],
  "Aoife McGillicuddy <aoife.mcgillicuddy@gmail.com>",
  "Spelling of my name",
  """\
Hi there,

My surname has been spelled "McGillicudy" on my course certificate and in your
records. It should be McGillicuddy (double d). Would you mind correcting it
everywhere, and re-issuing the certificate?

Many thanks,
Aoife
"""),

R("en-req-rect-new-address-uk", "en-GB", ["rectification"],
  "Graham Whitfield <g.whitfield@btinternet.com>",
  "Change of address",
  """\
Dear Sandra,

I've moved house. Could you amend my postal address on your records to:

Flat 2, 18 Marine Parade
Brighton BN2 1TL

The old Hove address is no longer valid.

Kind regards,
Graham Whitfield
"""),

R("en-req-eras-one-liner", "en-GB", ["erasure"],
  "Tom Ashby <tom.ashby@gmail.com>",
  "Data",
  """\
Please delete all my data. Thanks.
"""),

R("en-req-eras-art17-ireland", "en-IE", ["erasure"],
  "Declan Byrne <declan.byrne@eircom.net>",
  "Right to erasure - Article 17 GDPR",
  """\
Dear Ms Delomenie,

I am writing to exercise my right to erasure under Article 17 of the GDPR. As I am
no longer a client, the data is no longer necessary for the purposes for which it
was collected. Please erase all personal data you hold about me, including any
copies held by your processors, and confirm in writing once this has been done.

Yours sincerely,
Declan Byrne
Cork
"""),

R("en-req-eras-account-all-data", "en", ["erasure"],
  "Priya Raman <priya.raman@outlook.com>",
  "Account deletion",
  """\
Hello,

Delete my account and all my data please. I won't be continuing with the programme.

Priya
"""),

R("en-req-eras-subject-only-empty", "en-GB", ["erasure"],
  "Chris Dunmore <chris.dunmore@icloud.com>",
  "Please erase my personal data",
  "",
  ua="iPhone Mail (21G93)"),

R("en-req-eras-parent-minor", "en-GB", ["erasure"],
  "Helen Carver <helen.carver@gmail.com>",
  "My son's details - teen confidence workshop",
  """\
Dear Sandra,

My son Jamie Carver (15) took part in the online teen confidence workshop in July.
He's decided it's not for him, and as his parent I'd like you to delete his
registration details, his questionnaire answers and his email address from your
systems.

Thank you,
Helen Carver
"""),

R("en-req-restr-claim-dont-delete", "en-GB", ["restriction"],
  "Samuel Hirst <sam.hirst@gmail.com>",
  "Please hold my records",
  """\
Hi Sandra,

I'm in a dispute with my former employer, who paid for my coaching. Please don't
delete anything - I may need it for an employment tribunal claim - but please stop
using my data for anything else in the meantime, including sending any reports to
the company.

Best,
Sam
"""),

R("en-req-restr-inaccurate-pause", "en-IE", ["restriction"],
  "Fiona Keane <fiona.keane@gmail.com>",
  "Inaccurate notes",
  """\
Hi Sandra,

The summary you sent after our last session says I was "considering leaving my job
due to conflict with my manager". That's not accurate. Until we've sorted this out,
please pause any processing of those notes - don't share them or use them for
anything.

Thanks,
Fiona
"""),

R("en-req-restr-art18-uk-formal", "en-GB", ["restriction"],
  "Dr Ian Calloway <ian.calloway@nhs.net>",
  "Request for restriction of processing (Article 18 GDPR)",
  """\
Dear Ms Delomenie,

I hereby request the restriction of processing of my personal data pursuant to
Article 18(1)(b) GDPR. I consider that certain processing (namely the use of my
course feedback in your marketing analytics) is unlawful, but I do not wish the data
to be erased at this stage. Please store it only and confirm that no further
processing will take place without my consent.

Yours sincerely,
Dr Ian Calloway
""",
  shape="alt"),

R("en-req-port-machine-readable", "en-GB", ["portability"],
  "Lauren Pike <lauren.pike@gmail.com>",
  "Data portability request",
  """\
Hi,

Under my right to data portability, please send me the personal data I provided to
you (intake form, goal sheets, quiz answers and course progress) in a structured,
machine-readable format, e.g. CSV or JSON.

Thanks,
Lauren Pike
"""),

# NEAR-LINE: direct transfer to another coach in an importable format -> portability only.
R("en-req-port-transfer-new-coach", "en-IE", ["portability"],
  "Ciara Doyle <ciara.doyle@gmail.com>",
  "Moving to a new coach",
  """\
Hi Sandra,

Thanks so much for everything this year. I'm moving back to Galway and will be
working with a coach there, Niamh Walsh (niamh@walshcoaching.ie). Could you transfer
my coaching records directly to her, in a format she can import? I consent to you
sharing them with her.

All the best,
Ciara
"""),

R("en-req-port-course-export", "en", ["portability"],
  "Marco Bianchi <marco.bianchi@libero.it>",
  "Export of my course progress",
  """\
Hello Sandra,

is it possible to have an export of my course progress and all my answers to the
exercises from your platform? I want to import them in my personal notes app. A CSV
file would be perfect.

Grazie mille,
Marco
"""),

R("en-req-obj-unsubscribe-oneword", "en-GB", ["objection"],
  "Pete Lowther <pete.lowther@sky.com>",
  "Unsubscribe",
  """\
Unsubscribe
"""),

R("en-req-obj-direct-marketing-uk", "en-GB", ["objection"],
  "Margaret Ellison <margaret.ellison@btinternet.com>",
  "Objection to direct marketing",
  """\
Dear Sir or Madam,

I object to the processing of my personal data for direct marketing purposes,
including by email and SMS. Please ensure that I receive no further marketing
communications from you.

Yours faithfully,
Margaret Ellison
""",
  shape="html"),

R("en-req-obj-reply-above-newsletter", "en-IE", ["objection"],
  "Brendan Fahy <brendan.fahy@gmail.com>",
  "Re: Your June letter from Floraison 🌿",
  """\
Please take me off this list, thanks.

On Thu, 12 Jun 2025 at 07:00, Floraison de Soi <contact@floraisondesoi.fr> wrote:
> Hello Brendan,
>
> This month: our summer retreat has two places left, a 5-minute breathing
> exercise, and Lucy's story of changing careers at 50.
>
> To unsubscribe, click here.
""",
  shape="alt",
  reply=True),

R("en-req-obj-legit-interest-analytics", "en-GB", ["objection"],
  "Naomi Sheridan <naomi.sheridan@protonmail.com>",
  "Objection - Article 21",
  """\
Hello,

Your privacy notice says you process participants' data for "service improvement and
analytics" on the basis of legitimate interests. I object to this processing under
Article 21(1) GDPR on grounds relating to my particular situation. Please stop using
my data for these purposes.

Naomi Sheridan
"""),

R("en-req-wc-testimonial", "en-GB", ["withdraw_consent"],
  "Hannah Blake <hannah.blake@gmail.com>",
  "My testimonial on your website",
  """\
Hi Sandra,

Last year I was happy for you to use my testimonial with my name and photo, but I've
changed jobs and I'd rather it wasn't online any more. Could you take it down
please? I withdraw my consent for it.

Thanks so much, and no hard feelings at all!
Hannah
"""),

R("en-req-wc-group-photo", "en-IE", ["withdraw_consent"],
  "Eoin Gallagher <eoin.gallagher@gmail.com>",
  "Group photo",
  """\
Hi Sandra,

I said yes to the group photo at the end of the retreat, but I'd rather not be in it
online after all. Could you remove it from Facebook and the website, or crop me out?

Cheers,
Eoin
"""),

R("en-req-wc-recording", "en-GB", ["withdraw_consent"],
  "Rachel Ng <rachel.ng@outlook.com>",
  "Workshop recording - 14 Oct",
  """\
Hello Sandra,

I shared quite a lot about my family during the recorded Zoom workshop on 14 October.
I withdraw my consent to the recording being shared with the group and in the course
replay library. Please remove my part or the whole recording.

Regards,
Rachel
"""),

R("en-req-pm-daughter-uk", "en-GB", ["post_mortem"],
  "Susan Pritchard <susan.pritchard@btinternet.com>",
  "My late mother, Mrs Joan Pritchard",
  """\
Dear Sandra,

I'm sorry to tell you that my mother, Joan Pritchard, passed away in March. She loved
your online meditation circle. I'm dealing with her affairs and would be grateful if
you could close her account and remove her from your mailing list. I can send a copy
of the death certificate if needed.

Kind regards,
Susan Pritchard
""",
  shape="alt"),

R("en-req-pm-executor-ireland", "en-IE", ["post_mortem"],
  "Michael O'Sullivan <michael.osullivan@osullivanlaw.ie>",
  "Estate of the late Patrick Kennedy",
  """\
Dear Ms Delomenie,

We act as executors of the estate of the late Patrick Kennedy of Limerick, who died on
2 May 2026. We understand he was a client of your coaching practice.

We should be obliged if you would let us know whether any subscription or balance
remains outstanding, provide us with copies of any agreements and correspondence held
in his name, and thereafter close his records.

Yours faithfully,
Michael O'Sullivan
O'Sullivan & Co. Solicitors, Limerick
""",
  shape="alt",
  att=[("pdf", "Grant_of_Probate_Kennedy.pdf", "GRANT OF PROBATE (copy)\nEstate of Patrick Kennedy, deceased\nExecutor: Michael O'Sullivan")]),

R("en-req-pm-self-instruction", "en-GB", ["post_mortem"],
  "Eleanor Vance <eleanor.vance@gmail.com>",
  "In the event of my death",
  """\
Dear Sandra,

This may seem a strange email, but I'm putting my affairs in order after my diagnosis.
In the event of my death, I would like all of my personal data with you to be deleted,
and my husband, Richard Vance (richard.vance@gmail.com), to be told once it's done.
Please keep this instruction on my file.

With love and thanks for everything,
Eleanor
"""),

# NEAR-LINE: solicitor for the estate asks to cancel payments and delete the account -> post_mortem only.
R("en-req-pm-probate-solicitor", "en-GB", ["post_mortem"],
  "Pemberton & Lyle Solicitors <probate@pembertonlyle.co.uk>",
  "Re: The late Mr Alan Hughes - our ref PL/PROB/0457",
  """\
Dear Madam,

We are instructed by the personal representatives of the late Mr Alan Hughes. We
enclose a copy of the death certificate.

We should be grateful if you would cancel any recurring payments, delete his online
account and confirm whether you hold any personal data or documents relating to him
which should be returned to the estate.

Yours faithfully,

Pemberton & Lyle
""",
  att=[("pdf", "Death_Certificate_Hughes.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH\nName: Alan HUGHES\nDistrict: Leeds")],
  reply=True),

R("en-req-multi-eras-obj-mailing", "en-GB", ["erasure", "objection"],
  "Diane Cole <diane.cole@hotmail.co.uk>",
  "Mailing list",
  """\
Please take me off your mailing list and delete my details from your records.

Diane Cole
"""),

# NEAR-LINE: asks to know what is held (access) as well as a CSV export (portability).
R("en-req-multi-acc-port", "en-GB", ["access", "portability"],
  "Ben Atherton <ben.atherton@gmail.com>",
  "My data",
  """\
Hi Sandra,

Two things please: let me know what personal data you hold on me and where it's
stored, and send me an export of my course data in CSV so I can move it to another
platform.

Thanks,
Ben
"""),

R("en-req-multi-eras-wc-photos", "en-IE", ["erasure", "withdraw_consent"],
  "Orla Quinn <orla.quinn@gmail.com>",
  "Photos and data",
  """\
Hi Sandra,

I'd like to withdraw my consent for the retreat photos you posted of me, and please
delete all the data you have on me as well.

Thanks,
Orla
"""),

R("en-req-multi-acc-eras-nonnative", "en", ["access", "erasure"],
  "Ana Ferreira <ana.ferreira@sapo.pt>",
  "Personal informations",
  """\
Hello Mrs Sandra,

I want to know what personal informations you have from me and after that you can
delete everything please. I not use your courses anymore.

Best regards,
Ana Ferreira
"""),

R("en-req-multi-rect-obj", "en-GB", ["objection", "rectification"],
  "Stuart Fenwick <stuart.fenwick@gmail.com>",
  "A couple of things",
  """\
Hi,

My phone number on your system is out of date - it's now 07700 900 412 - please
change it. Also, please stop sending me the promotional emails, I only want messages
about the course I'm on.

Stuart
"""),

R("en-req-multi-restr-port", "en-GB", ["portability", "restriction"],
  "Alison Reid <alison.reid@gmail.com>",
  "Hold and export",
  """\
Hi Sandra,

Please stop using my data for now while I decide what to do, but don't delete
anything. In the meantime could you send me an export of my course data in CSV?

Thanks,
Alison
"""),

R("en-req-multi-acc-rect-ie", "en-IE", ["access", "rectification"],
  "Padraig Lynch <padraig.lynch@gmail.com>",
  "Records",
  """\
Hello Sandra,

Could you send me a copy of the information you have on file for me? I think my date
of birth is wrong on it - it should be 3 September 1979 - so please correct that
while you're at it.

Thanks,
Padraig
"""),

]

# Pinned dates (Paris wall clock) where the text or quoted history names a date.
_DATES = {
    'en-req-obj-reply-above-newsletter': '2025-06-12 08:14',
    'en-req-eras-one-liner': '2025-06-16 09:12',
    'en-req-port-machine-readable': '2025-09-02 10:00',
    'en-req-acc-sar-uk-formal': '2025-08-20 09:00',
    'en-req-pm-executor-ireland': '2026-07-09 11:30',
    'en-req-acc-solicitor-uk': '2025-09-30 14:48',
    'en-req-wc-recording': '2025-10-27 20:15',
    'en-req-pm-daughter-uk': '2026-04-20 17:33',
}

for _r in RECORDS:
    if _r["key"] in _DATES:
        _r["date"] = _DATES[_r["key"]]
