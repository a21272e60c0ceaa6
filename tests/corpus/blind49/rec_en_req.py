# English messages that exercise at least one right.
from rec_util import R, CONTACT, ORANGE

RECORDS = [
# ------------------------------------------------------------ post_mortem
R("en-pm-son-mother", ("Richard Hollis", "richard.hollis@btinternet.com"), ["post_mortem"],
  "My mother, Margaret Hollis",
  """Dear Sandra,

I'm writing with sad news. My mother, Margaret Hollis, passed away peacefully at home in Saint-Benoît-du-Sault on 3 March. She spoke warmly of your relaxation workshops, they meant a great deal to her in her last year.

I'm sorting out her affairs. Could you please remove her from your mailing list and delete whatever records you hold for her? If you need a copy of the death certificate I can send one.

With thanks,
Richard Hollis"""),

R("en-pm-own-instructions", ("Dorothy Fenwick", "dot.fenwick@gmail.com"), ["post_mortem"],
  "A slightly morbid request!",
  """Hello Sandra,

Don't worry, I'm perfectly well! But after our chat about "leaving things tidy" I've been doing my paperwork, and I'd like to put in writing that when I die, my daughter Helen should be allowed to ask you for my session notes. Everything else can go in the bin, so to speak.

Could you make a note of that somewhere?

Love,
Dot"""),

R("en-pm-executor-formal", ("Harrington & Lowe Solicitors", "probate@harringtonlowe.co.uk"), ["post_mortem"],
  "Estate of the late Mr Peter Ashdown",
  """Dear Ms Delomenie,

We act as executors of the estate of the late Mr Peter Ashdown, formerly of Le Blanc (Indre), who died on 19 November 2025.

We should be grateful if you would confirm whether you hold any personal data or documents relating to Mr Ashdown and, if so, let us know how these will be handled. A certified copy of the death certificate is attached.

Yours sincerely,
Eleanor Price
Probate Department""",
  attachments=[("pdf", "death_certificate_Ashdown.pdf", "Certificate of death - Peter Ashdown - 19 November 2025")]),

R("en-pm-partner-short", ("Tom Brennan", "tombrennan@icloud.com"), ["post_mortem"],
  "Re: Your session next week",
  """Sandra, I'm so sorry to reply to this one. Aoife died last Tuesday. Please take her off everything, and delete her file. I can't deal with more reminders. Tom

Sent from my iPhone""",
  quote="""Hi Aoife,
Just a reminder of our session next Thursday at 6pm on Zoom. See you then!
Sandra""", quote_style="apple_en"),

# ------------------------------------------------------------ portability
R("en-port-new-coach", ("Ingrid Vermeulen", "ingrid.vermeulen@gmail.com"), ["portability"],
  "moving my file to new coach",
  """Hi Sandra,

I move back to Utrecht next month and I will continue coaching there with Mrs. de Boer. Is it possible you send her my questionnaires and progress sheets in a digital format she can use? Her email is info@deboercoaching.nl

Thank you so much for everything,
Ingrid"""),

R("en-port-json", ("Sam Okafor", "sam.okafor@proton.me"), ["portability"],
  "Data export",
  """Hey Sandra,

Quick one: could you export my stuff from the coaching platform (goals, check-ins, the habit tracker) as CSV or JSON? I'm moving everything into Obsidian and I'd rather not retype two years of notes 😅

Cheers,
Sam"""),

# ------------------------------------------------------------ restriction
R("en-restr-dispute-report", ("Martin Keller", "martin.keller@gmx.de"), ["restriction"],
  "Training report - please hold",
  """Dear Mrs. Delomenie,

In the training report you prepared for my employer there is a wrong statement about my attendance (I was not absent on day 2, I was in the other room for the group work). Until this is clarified, please do not use or send this report to anybody.

Best regards,
Martin Keller"""),

R("en-restr-keep-dont-use", ("Fiona Campbell", "fiona.campbell@outlook.com"), ["restriction"],
  "my notes",
  """Hi Sandra, hope the move went OK!

Slightly awkward one: I'm in the middle of a custody thing and my lawyer says I might need my coaching records later. So please don't delete anything, but also please don't use them for anything at all in the meantime (no reminders, no anonymised case studies, nothing). Just keep them locked away.

Thanks, F x"""),

# ------------------------------------------------------------ access
R("en-acc-what-you-have", ("Priya Nair", "priya.nair@gmail.com"), ["access"],
  "Re: Invoice #2025-044",
  """Paid, thanks! 🙏

Random thought while I'm here: I've no idea what info you actually keep on me after all these sessions. Could you send me whatever's on file at some point? No rush at all.

P.""",
  quote="""Hi Priya,
Please find attached the invoice for May. Thanks!
Sandra""", quote_style="gmail_en"),

R("en-acc-where-from", ("Gareth Lloyd", "gareth.lloyd@yahoo.co.uk"), ["access"],
  "How did you get my details?",
  """Hello,

I received a brochure for your workshops at my home address in Argenton. I've never been in touch with you. Could you tell me where you got my name and address from, and who else has it?

Regards,
Gareth Lloyd"""),

# ------------------------------------------------------------ rectification
R("en-rect-name-spelling", ("Siobhán Ní Bhriain", "siobhan.nibhriain@gmail.com"), ["rectification"],
  "My name :)",
  """Hi Sandra!

Loved the workshop. One tiny thing: my name keeps coming through as "Siobhan Ni Bhriain" or even "Siobhen" on the emails. It's Siobhán Ní Bhriain, with the fadas. Could you fix it in your system? I know it's a nightmare, Irish names, sorry!

Siobhán"""),

R("en-rect-new-email", ("Jonas Lindqvist", "jonas.lindqvist@outlook.com"), ["rectification"],
  "New email address",
  """Hi,
My old address jonas.l@telia.se will be closed at the end of the month. Please replace it with this one for everything (invoices, reminders).
Thanks!
Jonas"""),

# ------------------------------------------------------------ erasure
R("en-eras-clean-slate", ("Hannah Whitaker", "hannah.whitaker@gmail.com"), ["erasure"],
  "clean slate",
  """Hi Sandra,

I hope you're well. This is a bit of an odd message: I'm starting fresh after a hard couple of years and I'd really like there to be no trace of that time left anywhere. Would you be able to wipe my file and our emails? Nothing personal at all, you were wonderful.

Take care,
Hannah"""),
  # NEAR-LINE: euphemistic ("no trace", "wipe my file") = erasure.

R("en-eras-nonnative", ("Luca Bernardi", "luca.bernardi@libero.it"), ["erasure"],
  "cancel of my datas",
  """Good morning,
I have done the training of communication in 2024 with my company. Now I am not anymore in this company and I ask you please to cancel all my datas from your archive (name, email, evaluation).
Best regards
Luca Bernardi"""),
  # NEAR-LINE: "cancel my datas" in non-native English means delete the data, not cancel a booking.

# ------------------------------------------------------------ objection
R("en-obj-unsubscribe-joke", ("Oliver Grant", "ollie.grant@hotmail.co.uk"), ["objection"],
  "It's not you, it's my inbox",
  """Hi Sandra,

My inbox currently has 14,302 unread emails and my therapist says I need boundaries. So, with love: could you take me off the newsletter? 😂

Ollie"""),

R("en-obj-no-phone-calls", ("Karen Mitchell", "karen.mitchell@gmail.com"), ["objection"],
  "Please stop calling",
  """Hello,

I've had three calls this month about your autumn retreat. I'm not interested and I'd like you to stop contacting me for marketing purposes, by phone or otherwise.

Karen Mitchell"""),

# ------------------------------------------------------------ withdraw_consent
R("en-wc-testimonial", ("Emily Carter", "emily.carter@gmail.com"), ["withdraw_consent"],
  "my testimonial on your website",
  """Hi Sandra,

I've just started a new job in HR and I'm a bit self-conscious about my testimonial (with my full name!) being on your homepage. Would you mind taking it down? I'm still very grateful, just want to keep things separate.

Thanks so much,
Emily"""),

R("en-wc-recording", ("Andreas Becker", "andreas.becker@web.de"), ["withdraw_consent"],
  "Webinar recording",
  """Dear Sandra,

I agreed that my question could stay in the recording of the webinar on 14 October. I have changed my mind, please remove my part or don't publish the recording with me in it.

Kind regards,
Andreas"""),

# ------------------------------------------------------------ multi-right
R("en-multi-acc-port", ("Natalie Brooks", "natalie.brooks@gmail.com"), ["access", "portability"],
  "my data",
  """Hi Sandra,

Two things if you have a moment: could you let me know what personal data you hold about me, and could you send my assessment results and session summaries in a machine-readable format (spreadsheet is fine)? I'd like to bring them to a new practitioner.

Many thanks,
Natalie"""),

R("en-multi-eras-port", ("Daniel Weiss", "daniel.weiss@gmail.com"), ["erasure", "portability"],
  "Leaving the programme",
  """Hi Sandra,

I'm switching to another training provider to finish the certification. Please export my quiz results and submitted assignments in a format I can import there (CSV or similar), and then delete my account and all my data on your side.

Thanks for everything,
Daniel"""),

R("en-multi-acc-rect", ("Margaret O'Neill", "maggie.oneill@eircom.net"), ["access", "rectification"],
  "Re: Welcome to the spring workshop!",
  """Thanks Sandra, looking forward to it!

By the way, your email says I live in Châteauroux, but I moved to La Châtre last year: 4 rue Nationale, 36400 La Châtre. Could you update that? And could you send me a copy of what you have on file for me, just so I can check the rest is right?

Maggie""",
  quote="""Dear Margaret,
Welcome to the spring workshop! We'll meet on Saturday 12 April at 10am.
Sandra""", quote_style="gmail_en"),

R("en-multi-eras-obj", ("Chris Dawson", "chris.dawson@gmail.com"), ["erasure", "objection"],
  "unsubscribe + delete",
  """Please unsubscribe me from all marketing and delete my details from your database. Thanks. CD"""),

R("en-multi-eras-wc", ("Laura Schmidt", "laura.schmidt@gmx.net"), ["erasure", "withdraw_consent"],
  "Photo and data",
  """Dear Sandra,

Please remove the photo of me from the retreat gallery on your website, I no longer consent to it being used. And please also erase all the other data you have about me, I will not be coming back.

Thank you,
Laura Schmidt"""),

R("en-multi-restr-obj", ("Paul Jennings", "paul.jennings@outlook.com"), ["objection", "restriction"],
  "Assessment results",
  """Hello Sandra,

I believe the scores recorded for my personality questionnaire are wrong, someone else's answers may have been mixed up with mine. Please stop using those results until we've checked them. Also, I'd rather not be contacted about your other courses.

Paul"""),

R("en-multi-acc-eras", ("Jess Morgan", "jess.morgan@icloud.com"), ["access", "erasure"],
  "before you delete everything",
  """hey sandra!! so I've decided I want my file gone, BUT before you delete it could you send me a copy of my notes? I'd like to keep them for me. then bin the lot 🗑️ thanks!!
jess x

Sent from my iPhone""", mailer="iPhone Mail (22B91)"),

R("en-multi-acc-restr", ("Dr. Amir Haddad", "amir.haddad@uni-heidelberg.de"), ["access", "restriction"],
  "Evaluation sent to my institute",
  """Dear Ms Delomenie,

My institute financed the leadership training and I understand you will send them an individual evaluation. I have doubts about its accuracy. Please send me a copy of the evaluation and any notes about me, and do not transmit or use them until I have reviewed them.

Sincerely,
Amir Haddad"""),
  # NEAR-LINE: contesting + hold = restriction; plus a copy of his records = access.

R("en-multi-obj-port", ("Rachel Green", "rachel.green.coach@gmail.com"), ["objection", "portability"],
  "Two small things",
  """Hi Sandra,

Hope the summer's treating you well! Two small things:
1. Could you export my journaling entries from the platform as a file I can import elsewhere (CSV is fine)?
2. Please stop sending me the weekly tips emails.

Thanks a million!
Rachel"""),

R("en-rect-outlook-thread", ("Stephen Clarke", "stephen.clarke@nhs.net"), ["rectification"],
  "RE: Your certificate",
  """Hi Sandra,

Thanks for the certificate. My date of birth on it (and presumably in your records) is 14/07/1979 but it should be 17/04/1979. Could you correct your records and reissue?

Kind regards,
Stephen Clarke

This e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it.""",
  quote="""Dear Stephen,
Please find your training certificate attached.
Best,
Sandra""", quote_style="outlook_en"),
]

RECORDS += [
R("en-wc-form-video", ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"), ["withdraw_consent"],
  "[Floraison de Soi] Nouveau message de : Grace Adeyemi",
  """Nom : Grace Adeyemi
Email : grace.adeyemi@gmail.com
Sujet : Video on your page

Message :
Hi Sandra, sorry to write in English! Last year I agreed to the short video interview after the retreat. I'd prefer it not to be online anymore. Could you take it down from your website and YouTube? Thank you, Grace

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Grace Adeyemi <grace.adeyemi@gmail.com>"}, mailer="WordPress/6.6.1"),

R("en-eras-id-attached", ("Wouter Jansen", "wouter.jansen@ziggo.nl"), ["erasure"],
  "Re: Your request",
  """Hello Sandra,

Here is a scan of my passport as you asked. So please now delete everything you have of me (I did the online stress course in 2024).

Groeten,
Wouter""",
  quote="""Dear Wouter,
To process your request I need to verify your identity. Could you send me a copy of an ID document?
Best regards,
Sandra""", quote_style="gmail_en",
  attachments=[("png", "passport_scan.png")]),
]

_EXTRA = {
    "en-port-new-coach": {"cc": [("Marieke de Boer", "info@deboercoaching.nl")]},
    "en-pm-executor-formal": {"cc": [("Richard Ashdown", "r.ashdown@gmail.com")]},
    "en-multi-acc-restr": {"cc": [("Personalabteilung", "personal@uni-heidelberg.de")]},
}
for _r in RECORDS:
    _r.update(_EXTRA.get(_r["key"], {}))
