from common import m

NL = "Sandra - Floraison de Soi <contact@floraisondesoi.fr>"

RECORDS = [
# ------------------------------------------------------------------ objection (EN)
m("en-obj-unsub-reply", "objection", "Emma Collins <emma.collins@gmail.com>",
  "Re: Spring circles are open 🌸",
  """Hi Sandra, please take me off the mailing list. Thanks!
Emma""",
  quote="""Dear friends,

Our spring speaking circles start again on Thursday evenings, in Issoudun and online (English-speaking group on the 2nd Tuesday).

Sign up before March 15.
Sandra

You receive this email because you subscribed to the Floraison de Soi newsletter. Unsubscribe""",
  qstyle="gmail_en", qfrom=NL,
  date="2026-03-03 21:44", qdate="2026-03-02 09:31"),

m("en-obj-marketing-formal", "objection", "David Harrington <d.harrington@btinternet.com>",
  "Objection to direct marketing",
  """Dear Ms Delomenie,

I attended your online talk on burnout last October. I have since been receiving promotional emails about workshops and individual coaching packages.

Under Article 21(2) GDPR I object to the processing of my personal data for direct marketing purposes. Please confirm that my details have been suppressed from any marketing lists.

Kind regards,
David Harrington"""),

m("en-obj-nonnative", "objection", "Katarzyna Nowak <kasia.nowak@wp.pl>",
  "no more emails please",
  """Hello,

I am getting your letters every week since the workshop in Bourges. Please I dont want to receive this anymore, also no messages on WhatsApp about events. Thank you for understanding.

Katarzyna""", cte="8bit"),

m("en-obj-profiling", "objection", "Liam O'Brien <liam.obrien@outlook.com>",
  "Analytics and email tracking",
  """Hi,

Your emails include tracking links and your site loads Google Analytics. I object to my data being used for audience measurement or for segmenting me into \"interest groups\" for marketing. Please stop profiling me. If that means removing me from the list, that's fine.

Liam"""),

m("en-obj-sms-short", "objection", "Priya Raman <priya.raman@yahoo.com>",
  "Text messages",
  """Hi Sandra - could you stop the SMS reminders about upcoming workshops? I'm not going to come to any more of them, and they come in at odd hours here in Singapore. Email is fine for invoices.
Thanks,
Priya""", html="alt"),

# ------------------------------------------------------------------ erasure (EN)
m("en-era-polite", "erasure", "Sarah Whitfield <sarah.whitfield@icloud.com>",
  "Removing my details",
  """Hello Sandra,

I did a few coaching sessions with you when I was living in Châteauroux in 2023. I've moved back to Leeds now. Could you please delete my personal data from your records?

Many thanks, and all the best,
Sarah

Sent from my iPhone""",
  date="2026-03-09 19:02"),

m("en-era-account-all", "erasure", "Marco Bianchi <marco.bianchi@libero.it>",
  "Delete my account",
  """Hello,

please delete my account on your e-learning platform and all my data (profile, answers, progress). I finished the course in English and do not need it anymore.

Best regards
Marco Bianchi"""),

m("en-era-art17-lawyer", "erasure", "Rebecca Stone <r.stone@stonepartners.co.uk>",
  "Erasure request on behalf of our client Ms Helen Carter",
  """Dear Madam,

We act for Ms Helen Carter, who attended your residential retreat in July 2025. We enclose her signed letter of authority.

On her behalf we request the erasure of all personal data you hold about her under Article 17 GDPR, including notes, questionnaires and correspondence, save for any records you are legally required to retain, which we ask you to identify.

Please reply to this office within one month.

Yours faithfully,
Rebecca Stone
Stone & Partners LLP
This email is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""",
  att=[("pdf", "Letter_of_authority_Carter.pdf", "LETTER OF AUTHORITY - I, Helen Carter, authorise Stone & Partners LLP to act on my behalf")],
  hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

m("en-era-parent", "erasure", "Michelle Dupont-Hayes <michelle.hayes@gmail.com>",
  "My son's data",
  """Hello Mrs Delomenie,

My son Noah (14) took part in the English-speaking teen confidence workshop last summer. As his mother I would like all his information to be deleted: registration form, the questionnaire he filled in, and any photos where he can be identified.

Thank you,
Michelle Dupont-Hayes""", cte="quoted-printable"),

# ------------------------------------------------------------------ access (EN)
m("en-acc-sar", "access", "James Whitmore <james.whitmore@gmail.com>",
  "Subject access request",
  """Dear Ms Delomenie,

I am making a subject access request under Article 15 GDPR. Please send me a copy of all personal data you hold about me, together with the purposes of processing, the recipients, the retention period and the source of the data.

Regards,
James Whitmore""",
  date="2026-02-24 10:05"),

m("en-acc-notes", "access", "Anna Lindqvist <anna.lindqvist@telia.se>",
  "Copy of my session notes",
  """Hi Sandra,

would it be possible to get a copy of the notes from our sessions last year? I am starting therapy back home in Sweden and it would help me to remember what we worked on.

Thank you so much,
Anna"""),

m("en-acc-shared", "access", "Tom Becker <tom.becker@gmx.de>",
  "Who did you share my data with?",
  """Hello,

My company paid for the leadership training in January. I would like to know whether you shared any information about me (evaluation, attendance, comments) with my employer or with anyone else, and what exactly.

Best,
Tom Becker""", cte="8bit",
  date="2026-04-01 11:25"),

m("en-acc-where-from", "access", "Grace Mensah <grace.mensah@hotmail.co.uk>",
  "How did you get my email?",
  """Hi, I got an email from you about a workshop but I have never been in touch with you. Where did you get my email address and what else do you have about me? Thanks""",
  cte="7bit"),

# ------------------------------------------------------------------ rectification (EN)
m("en-rect-email", "rectification", "Oliver Grant <oliver.grant@protonmail.com>",
  "New email address",
  """Hi Sandra,

I'm closing my old address (oliver.grant@yahoo.co.uk). Please replace it with this one, oliver.grant@protonmail.com, for invoices and session reminders.

Cheers,
Oliver"""),

m("en-rect-name", "rectification", "Siobhan Ni Bhriain <siobhan.nibhriain@gmail.com>",
  "Spelling of my name",
  """Hello,

My name has been entered as \"Shivaun Neebrian\" on my booking and on the certificate. The correct spelling is Siobhán Ní Bhriain. Could you correct it in your records please?

Go raibh maith agat,
Siobhán""", html="alt"),

m("en-rect-note", "rectification", "Daniel Kowalski <daniel.kowalski@outlook.com>",
  "Correction to my intake form",
  """Hi,

On the intake form I wrote that I have two children - that was a mistake, I have one daughter. Also my date of birth is 14/09/1985 not 1986. Please update my file.

Thanks
Daniel"""),

# ------------------------------------------------------------------ withdraw_consent (EN)
m("en-wc-testimonial", "withdraw_consent", "Rachel Adams <rachel.adams@gmail.com>",
  "Please remove my testimonial",
  """Hi Sandra,

I gave you permission to use my testimonial on the English page of your website. I'd like to withdraw that permission now, could you take it down?

Thanks for understanding,
Rachel""",
  date="2026-03-18 13:26"),

m("en-wc-video", "withdraw_consent", "Ahmed Farouk <ahmed.farouk@gmail.com>",
  "Recording of the online workshop",
  """Dear Sandra,

I agreed to be recorded during last Saturday's online workshop, but having thought about it I withdraw my consent. Please do not share the recording with my face and voice in it.

Kind regards,
Ahmed"""),

m("en-wc-research", "withdraw_consent", "Helen Park <helen.park@kcl.ac.uk>",
  "Withdrawal from questionnaire study",
  """Dear Ms Delomenie,

I consented in November for my answers to your wellbeing questionnaire to be used in your practice research. I am writing to withdraw that consent. Please exclude my responses from any analysis or publication.

Best wishes,
Helen Park""", cte="quoted-printable"),

# ------------------------------------------------------------------ restriction (EN)
m("en-res-contest", "restriction", "Mark Sullivan <mark.sullivan@gmail.com>",
  "Evaluation - please hold",
  """Hello,

I dispute the accuracy of the written evaluation you produced after the management training. Until we have sorted this out, please do not use it or send it to anyone, including HR.

Mark Sullivan"""),

m("en-res-keep-dont-use", "restriction", "Julia Fischer <julia.fischer@web.de>",
  "Do not delete - but do not use",
  """Dear Sandra,

I may need the documents from our sessions for an insurance matter. Please don't delete anything, but also please don't use my data any more for anything else until I tell you. Thank you!

Julia""", cte="8bit"),

m("en-res-art18", "restriction", "Peter van Dijk <p.vandijk@ziggo.nl>",
  "Restriction of processing (Art. 18 GDPR)",
  """Dear Ms Delomenie,

I hereby request restriction of processing of my personal data pursuant to Article 18(1)(a) GDPR, as I contest its accuracy (my employer and job title in your records are out of date and I have not yet been able to check what else is there). Please store the data but do not process it otherwise until the matter is resolved.

Yours sincerely,
Peter van Dijk""",
  # NEAR-LINE: contests accuracy and pauses processing -> restriction only (no corrected values given)
  ),

# ------------------------------------------------------------------ portability (EN)
m("en-port-csv", "portability", "Chloe Martin <chloe.martin@gmail.com>",
  "Export of my data",
  """Hi Sandra,

Could you send me the data I entered on the course platform (journal entries, exercise answers) as a CSV or JSON file? I'd like to import it into Notion.

Thanks!
Chloe"""),

m("en-port-transfer", "portability", "Benjamin Hall <ben.hall@icloud.com>",
  "Transfer to my new coach",
  """Hello Sandra,

I'm continuing coaching with someone in London (Ruth Evans, ruth@evanscoaching.co.uk). Could you transfer the assessments and goal sheets I gave you directly to her, in a format she can use?

Thank you for everything,
Ben

Sent from my iPhone"""),

m("en-port-art20", "portability", "Ingrid Solberg <ingrid.solberg@online.no>",
  "Data portability",
  """Dear Ms Delomenie,

Pursuant to Article 20 GDPR, please provide the personal data I have provided to you in a structured, commonly used and machine-readable format.

Regards,
Ingrid Solberg"""),

# ------------------------------------------------------------------ post_mortem (EN)
m("en-pm-daughter", "post_mortem", "Laura Bennett <laura.bennett@gmail.com>",
  "My mother, Margaret Bennett",
  """Dear Sandra,

I'm writing to let you know that my mother, Margaret Bennett, passed away on 18 February. She spoke warmly of the retreat she did with you in the Berry.

I'm handling her affairs. Could you please close anything you hold for her and stop the newsletters?

With thanks,
Laura Bennett""", cte="quoted-printable"),

m("en-pm-executor", "post_mortem", "Andrew Price <a.price@price-solicitors.co.uk>",
  "Estate of the late Mr George Hill",
  """Dear Madam,

We are the executors of the estate of the late Mr George Hill, who died on 3 January 2026. We understand he was a client of yours. Please let us know what personal data you hold concerning Mr Hill and provide copies to this office. A copy of the death certificate is attached.

Yours faithfully,
Andrew Price
Price Solicitors""",
  att=[("pdf", "Death_certificate_George_Hill.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH - George Hill - 3 January 2026")]),

m("en-pm-own-wishes", "post_mortem", "Margaret Lowe <margaret.lowe@btinternet.com>",
  "Instructions for after my death",
  """Dear Sandra,

I am 81 and putting my affairs in order. When I die, I would like everything you hold about me to be deleted, and I do not want my notes given to anyone, including my son. My friend Jean Marsh may contact you to check this has been done.

With warm regards,
Margaret"""),

m("en-pm-partner-informal", "post_mortem", "Chris Taylor <chris.taylor77@gmail.com>",
  "Sam's account",
  """hi, my partner Sam Okafor did one of your online courses. Sam died last month. the account keeps sending reminders about modules, can you please shut it all down and delete it. thanks. chris""",
  # NEAR-LINE: deletion asked by a partner after a death -> post_mortem only
  ),

# ------------------------------------------------------------------ multi-right (EN)
m("en-multi-era-wc", "erasure withdraw_consent", "Nicole Baker <nicole.baker@gmail.com>",
  "Photo and my data",
  """Hello Sandra,

Please remove the group photo from the retreat where I appear on your Instagram - I'm withdrawing my consent for it. I'd also like you to delete all my personal data, I'm not planning to book again.

Thanks,
Nicole""", html="alt"),

m("en-multi-era-wc-2", "erasure withdraw_consent", "Hannah Weber <hannah.weber@posteo.de>",
  "Testimonial + deletion",
  """Dear Sandra,

I withdraw my consent for the testimonial with my first name on your sales page. And could you also erase all other data you hold about me, including my emails and the intake questionnaire?

Kind regards,
Hannah""", cte="8bit"),

m("en-multi-acc-port", "access portability", "Noah Fischer <noah.fischer@gmail.com>",
  "What do you have about me + export",
  """Hi Sandra,

Could you tell me what data you keep about me, and send me my course answers and assessments in a reusable file format (CSV)? I'm moving everything into one place.

Thanks a lot,
Noah"""),

m("en-multi-acc-rect", "access rectification", "Emily Wright <emily.wright@outlook.com>",
  "My file",
  """Hello,

Please send me a copy of my client file. I also noticed my address on the last invoice is my old one - the right address is 4 Rue Pierre Brossolette, 36100 Issoudun. Please update it.

Thanks,
Emily Wright"""),

m("en-multi-era-obj", "erasure objection", "Robert Kingsley <rob.kingsley@gmail.com>",
  "unsubscribe and delete",
  """Unsubscribe me from everything and delete my details please.
R. Kingsley""",
  quote="""New in April: \"Finding your voice\" - a 4-week online programme in English.
Early bird price until March 31.""",
  qstyle="en", qfrom=NL, cte="7bit"),

m("en-multi-acc-obj", "access objection", "Fiona MacLeod <fiona.macleod@gmail.com>",
  "Phone calls",
  """Hello,

I received two calls from your office offering a coaching package. I object to being contacted for sales. Could you also tell me what personal information you hold on me and where it came from?

Fiona MacLeod"""),

m("en-multi-acc-res", "access restriction", "Stefan Novak <stefan.novak@seznam.cz>",
  "Assessment report",
  """Dear Sandra,

The assessment report from the team training contains statements about me that I believe are wrong. Please send me a copy of everything you hold about me, and until we clarify it, do not use or share that report.

Best regards,
Stefan Novak""", cte="quoted-printable"),

m("en-multi-port-era", "erasure portability", "Olivia Reed <olivia.reed@icloud.com>",
  "Closing out",
  """Hi Sandra,

Thanks for a great programme. Before I go: please export my journal entries and worksheets from the platform in a format I can reuse (JSON or CSV is perfect), and then delete my account and all my data.

Olivia""", html="alt"),
]
