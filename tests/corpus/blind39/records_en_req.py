"""English-language requests (native and non-native writers)."""
from common import R, Q, SANDRA, NEWSLETTER_EN

RECORDS = [

R("en-acc-sar-formal", "en", ["access"],
  "Rebecca Holloway <rebecca.holloway@btinternet.com>",
  "Subject Access Request",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR.

Please provide me with a copy of all personal data you hold about me, including
session notes, emails, payment records and any data held by your service providers
(Systeme.io, Stripe, Google). Please also tell me the purposes of processing, who
the data has been disclosed to and how long you intend to keep it.

I attended your online coaching programme between January and April 2024 under the
email address above. I understand you have one month to respond.

Yours sincerely,
Rebecca Holloway
Bristol, UK"""),

R("en-acc-german-source", "en", ["access"],
  "Jürgen Hoffmann <j.hoffmann@gmx.de>",
  "Question about my datas",
  """Hello Mrs. Delomenie,

I would like to know which datas you have stored about me and from where you got them.
I never registered for your newsletter, I think. Maybe from the seminar in Strasbourg?

Please answer me in English or German, my french is not good.

With kind regards
Jürgen Hoffmann"""),

R("en-acc-recordings", "en", ["access"],
  "Priya Raman <priya.raman@outlook.com>",
  "Copies of my session recordings and notes",
  """Hi Sandra,

Hope you're well! Could you please send me copies of the recordings and notes from our
coaching sessions last year, and anything else you have on file for me? I'm working
with a therapist now and would find it useful to look back over them.

Thanks so much,
Priya"""),

# ------------------------------------------------------------------ rectification
R("en-rect-new-email", "en", ["rectification"],
  "Tom Whitaker <tom.whitaker@protonmail.com>",
  "New email address",
  """Hi Sandra,

Quick one - I'm no longer using tom.whitaker@yahoo.co.uk. Could you swap it for this
address (tom.whitaker@protonmail.com) on your records and the course platform?

Cheers,
Tom"""),

R("en-rect-name-spelling", "en", ["rectification"],
  "Siobhan O'Sullivan <siobhan.osullivan@eircom.net>",
  "Spelling of my name",
  """Hello,

My name keeps appearing as "Shivon O'Sulivan" on your emails and on my course
certificate record. The correct spelling is Siobhan O'Sullivan. Could you correct it on
your files please?

Many thanks,
Siobhan""",
  shape="qp"),

# ------------------------------------------------------------------ erasure
R("en-era-formal", "en", ["erasure"],
  "Daniel Foster <daniel.foster@gmail.com>",
  "Request for erasure of personal data",
  """Dear Sandra Delomenie,

Under Article 17 of the General Data Protection Regulation I request that you erase all
personal data you hold about me without undue delay. This includes data held on my
behalf by any processors you use.

Please confirm in writing once this has been completed.

Regards,
Daniel Foster"""),

R("en-era-casual", "en", ["erasure"],
  "jenna <jennaxo@icloud.com>",
  "",
  """hey pls delete my stuff from your system, not doing the course anymore. thanks x

Sent from my iPhone"""),

R("en-era-italian", "en", ["erasure"],
  "Giulia Bianchi <giulia.bianchi@libero.it>",
  "Cancellation of my personal data",
  """Good morning Mrs Sandra,

I have participated to your workshop in Paris last year. Now I ask you kindly to cancel
all my personal data from your database, the email, the phone and also the forms I have
compiled. I don't want to remain in your archives.

Thank you very much and best regards,
Giulia Bianchi"""),

# ------------------------------------------------------------------ restriction
R("en-res-legal-hold", "en", ["restriction"],
  "Mark Jennings <mark.jennings@jenningsltd.co.uk>",
  "Please don't delete - but stop using",
  """Hi Sandra,

I'm in a dispute with my former employer, who paid for the coaching I did with you.
My solicitor has asked me to make sure nothing gets deleted, as it may be needed as
evidence. At the same time I'd ask that you stop using my data for anything else
(no emails, no surveys, no case studies) until this is resolved.

Thanks for understanding,
Mark

--
Mark Jennings
Director, Jennings Ltd
This email and any attachments are confidential and intended solely for the addressee."""),

# NEAR-LINE: contests accuracy of a session summary + "don't use or share" -> restriction only
R("en-res-contest-notes", "en", ["restriction"],
  "Hannah Lewis <hannah.lewis@gmail.com>",
  "Re: Summary of our last session",
  """Hi Sandra,

I don't think this summary is accurate - I never said I wanted to leave my job, and the
bit about my relationship is wrong. Please don't use or share this summary with anyone
(including the HR contact) until we've gone through it together.

Hannah""",
  quote=Q("gmail_en", SANDRA, "Summary of our last session",
          """Hi Hannah,

As agreed, here's a short summary of today's session, which I'll add to your file:
- you're considering leaving your current role by the end of the year
- tension at home around working hours

Speak soon,
Sandra""")),

R("en-res-spanish", "en", ["restriction"],
  "Alejandro Ruiz <alejandro.ruiz@telefonica.net>",
  "About my data",
  """Hello,

Please I want that you stop to process my data for the moment, only keep them, don't
erase them. I need to check some informations you have that I think they are not
correct (the dates of my sessions and the price).

Thank you,
Alejandro Ruiz"""),

# ------------------------------------------------------------------ portability
R("en-por-transfer-coach", "en", ["portability"],
  "Emma Clarke <emma.clarke@hotmail.co.uk>",
  "Transferring my file to a new coach",
  """Hi Sandra,

I'm moving back to the UK and will continue with a coach in Manchester. Could you send
my coaching file (goals, session history, questionnaire answers) directly to her at
laura@northcoaching.co.uk in a format she can import?

Thanks ever so much for everything,
Emma"""),

R("en-por-json-dutch", "en", ["portability"],
  "Daan de Vries <daan.devries@ziggo.nl>",
  "Data export",
  """Hi,

I would like to receive my personal data (profile, course progress, quiz answers) in
a machine-readable format, for example JSON or CSV, so I can move it to another
platform. Is this possible?

Kind regards,
Daan de Vries"""),

# NEAR-LINE: lawyer with a mandate asks transfer to a new provider -> portability (a request, via mandate)
R("en-por-lawyer-mandate", "en", ["portability"],
  "Catherine Moore <cmoore@moore-legal.ie>",
  "Data portability request on behalf of Ms Aoife Byrne",
  """Dear Ms Delomenie,

We act for Ms Aoife Byrne (signed authority attached). On her behalf we request, under
Article 20 GDPR, that the personal data she provided to you be transmitted in a
structured, commonly used and machine-readable format directly to her new provider,
Wellbeing Partners Ltd (data@wellbeingpartners.ie).

Yours faithfully,
Catherine Moore
Moore Legal, Dublin

The information in this email is confidential and may be legally privileged.""",
  att=[("pdf", "Authority_Aoife_Byrne.pdf", "Letter of authority - Aoife Byrne authorises Moore Legal to act on her behalf")]),

# ------------------------------------------------------------------ objection
R("en-obj-unsub", "en", ["objection"],
  "Gary Hughes <gary.hughes@aol.com>",
  "unsubscribe",
  """Please unsubscribe me from your mailing list."""),

R("en-obj-reply-newsletter", "en", ["objection"],
  "Olivia Bennett <olivia.bennett@gmail.com>",
  "Re: Finding your inner compass ✨",
  """Hi, please take me off this list, I don't remember signing up. Thanks""",
  quote=Q("gmail_en", "Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
          "Finding your inner compass ✨", NEWSLETTER_EN)),

R("en-obj-texts", "en", ["objection"],
  "Nikos Papadopoulos <nikos.papadopoulos@yahoo.gr>",
  "Promotional messages",
  """Hello,

I receive promotional SMS about your workshops almost every week. I object to receive
marketing messages by SMS or email. Please stop it.

Regards,
Nikos"""),

# ------------------------------------------------------------------ withdraw_consent
R("en-wc-recording", "en", ["withdraw_consent"],
  "Sophie Turner <sophie.turner@gmail.com>",
  "Workshop recording",
  """Hi Sandra,

At the online workshop I agreed to you keeping the recording to share with people who
couldn't attend. I've changed my mind - I'd rather my part (I'm the one who talks about
my divorce) isn't shared. Could you please take it out or stop sharing it?

Sorry for the hassle,
Sophie"""),

R("en-wc-photo-polish", "en", ["withdraw_consent"],
  "Agnieszka Nowak <agnieszka.nowak@wp.pl>",
  "My photo on your website",
  """Dear Sandra,

I have given you my agreement for using my photo from the training day on your
website. Now I withdraw this agreement, please remove the photo. My employer saw it
and it was not comfortable for me.

Thank you in advance,
Agnieszka""",
  att=[("png", "screenshot_website.png", "screenshot of training day photo on website")]),

# NEAR-LINE: withdrawing questionnaire-use consent in roundabout wording
R("en-wc-questionnaire-research", "en", ["withdraw_consent"],
  "Ruth Abernathy <ruth.abernathy@gmail.com>",
  "Your research project",
  """Dear Sandra,

When I filled in the long questionnaire at the start of the programme I ticked the box
allowing you to use my answers for your research on career transitions. I'd prefer
they were left out of it now, if that's all right.

Best wishes,
Ruth"""),

# ------------------------------------------------------------------ post_mortem
R("en-pm-daughter-mother", "en", ["post_mortem"],
  "Claire Addison <claire.addison@gmail.com>",
  "My mother, Margaret Addison",
  """Dear Sandra,

I'm writing to let you know that my mother, Margaret Addison, passed away last month.
She enjoyed your online meditation course very much.

Could you please close her account and remove her from your mailing list? We keep
getting emails addressed to her and it's quite upsetting.

With thanks,
Claire Addison"""),

R("en-pm-solicitor-executor", "en", ["post_mortem"],
  "Probate Team - Harrison & Cole <probate@harrisoncole.co.uk>",
  "Estate of the late Mr Peter Lang - our ref PL/2025/118",
  """Dear Sirs,

We act as executors of the estate of the late Mr Peter Lang, who died on 2 March.

We understand the deceased held an account with your business. Please let us know what
personal data and any subscriptions you hold in his name, cancel any recurring
payments, and confirm the steps you will take regarding his data.

A copy of the death certificate is attached.

Yours faithfully,
Harrison & Cole LLP - Probate Department""",
  att=[("pdf", "Death_Certificate_P_Lang.pdf", "Certified copy of an entry of death - Peter Lang")],
  shape="alt"),

R("en-pm-own-instructions", "en", ["post_mortem"],
  "David Okafor <david.okafor@gmail.com>",
  "Something I'd like on record",
  """Dear Sandra,

As you know, my prognosis isn't good. I wanted to put something in writing while I can:
after my death, I'd like all my session notes and recordings to be destroyed. My wife
Grace (grace.okafor@gmail.com) may ask you for my invoices for the estate, and she has
my permission to have them.

Thank you for everything these last months.
David"""),

# NEAR-LINE: widower asks to see deceased wife's notes -> post_mortem only (not access)
R("en-pm-husband-notes", "en", ["post_mortem"],
  "Michael Reid <michael.reid@icloud.com>",
  "My wife Anna",
  """Sandra,

My wife Anna Reid died in June. She saw you for coaching for most of last year. I'd like
to see her session notes, whatever she wrote or said. I think it would help me
understand some things.

I can send the death certificate.

Michael

Sent from my iPad"""),

# ------------------------------------------------------------------ multi-right
R("en-m-copy-then-wipe", "en", ["access", "erasure"],
  "Zoe Kim <zoe.kim@gmail.com>",
  "my data",
  """hiya, can you send me whatever info you've got on me and then wipe it all? ty 🙂"""),

R("en-m-account-and-emails", "en", ["erasure", "objection"],
  "Ahmed Hassan <ahmed.hassan@outlook.com>",
  "Delete my account",
  """Hello,

Please delete my account and all my data, and stop sending me emails about new
courses.

Ahmed"""),

R("en-m-see-and-export", "en", ["access", "portability"],
  "Laura Schmidt <laura.schmidt@web.de>",
  "Request: copy and export of my data",
  """Dear Mrs Delomenie,

I would like to see what personal data you hold about me, and to receive the data I
provided (forms, quiz results, course progress) as a CSV file that I can upload to
another coaching platform.

Best regards,
Laura Schmidt""",
  shape="b64"),

R("en-m-testimonial-and-data", "en", ["erasure", "withdraw_consent"],
  "Rachel Green <rachel.green@gmail.com>",
  "Removing my testimonial",
  """Hi Sandra,

Please remove my testimonial and headshot from your website, and delete all the
personal data you hold about me.

Thanks,
Rachel""",
  shape="alt"),

R("en-m-spanish-phone-newsletter", "en", ["objection", "rectification"],
  "Lucía Fernández <lucia.fernandez@gmail.com>",
  "Change of phone and newsletter",
  """Hello Sandra,

My phone number is changed, the new one is +34 612 448 903, please change it in your
file because the old one is not working. And please I don't want anymore the
newsletter, it is too much emails for me.

Thank you!
Lucía""",
  hdr={"X-Mailer": "Android Mail"}),
]
