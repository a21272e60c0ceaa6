from common import m

RECORDS = [
m("en-neg-delete-slot", "", "Hannah Brooks <hannah.brooks@gmail.com>",
  "Thursday slot",
  """Hi Sandra, can you delete my Thursday 6pm slot? Work trip came up. I'll grab something the week after via the booking page. Thanks! H""",
  cte="7bit"),

m("en-neg-erase-whiteboard", "", "Facilities - Moulin de la Chaume <events@moulindelachaume.fr>",
  "Room booking 28 March - practical info",
  """Dear Sandra,

For your English-speaking workshop on 28 March: the main room is available from 9am. Please erase the whiteboard and switch off the heating before leaving; the cleaning team comes at 6pm. Access to the car park is via the side gate (code 4471).

Best regards,
Claire
Moulin de la Chaume - Events""", html="alt",
  # NEAR-LINE: "erase", "access", a code - all venue logistics
  ),

m("en-neg-invoice-copy", "", "Accounts Payable - Nordwind GmbH <ap@nordwind-gmbh.de>",
  "Invoice copy request - PO 55-2291",
  """Hello,

Could you please send us a copy of invoice F2026-011 (team workshop, 22 January)? Our system did not capture the original. Please quote PO 55-2291.

Kind regards,
Accounts Payable
Nordwind GmbH""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),

m("en-neg-correct-document", "", "Jessica Turner <jess.turner@gmail.com>",
  "Workbook corrections",
  """Hi Sandra,

I proofread the English workbook for the online programme. A few things to correct in the document: page 3 says \"principals\" instead of \"principles\", the worksheet on page 12 is cut off, and the link to the audio is broken. Comments are in the attached file.

Jess""", att=[("docx", "Workbook_EN_comments.docx", "Finding your voice - workbook\nComments: p.3 principles; p.12 worksheet cut off; audio link broken")]),

m("en-neg-object-meeting", "", "Liam Foster <liam.foster@outlook.com>",
  "For Tuesday's session",
  """Hi Sandra,

Something I'd like to work on next time: in meetings, whenever I object to a decision, I freeze and end up agreeing. My manager says I need to \"push back more\". Could we practise that?

Liam""",
  # NEAR-LINE: "object" about workplace meetings
  ),

m("en-neg-consent-training", "", "Dr. Amy Chen <amy.chen@iscparis.edu>",
  "Guest session on consent and boundaries",
  """Dear Ms Delomenie,

I coordinate the wellbeing week at our international school in Paris. We would love you to run a 90-minute session in English for our Year 11 students on consent and personal boundaries. Would late May work for you? We can cover travel from Issoudun.

Best wishes,
Amy Chen""", html="alt"),

m("en-neg-gdpr-module", "", "Mark Evans <mark.evans@berrybusinesshub.com>",
  "GDPR basics module for our coworking members",
  """Hi Sandra,

Several members of our coworking space have asked for a short, practical workshop on GDPR for freelancers - what a privacy notice is, how to answer an access or deletion request, that kind of thing. I know it's a bit outside coaching, but you mentioned you'd trained on it. Interested?

Mark""",
  # NEAR-LINE: GDPR as a training subject, mentions access/deletion requests generically
  ),

m("en-neg-cancel-retreat", "", "Sophie Williams <sophie.williams@btinternet.com>",
  "Cancelling my retreat booking",
  """Dear Sandra,

I'm so sorry, but I have to cancel my place on the June retreat - my father has had a fall and I need to be in Bristol. Could you let me know about the refund policy?

Warmest wishes,
Sophie"""),

m("en-neg-cancel-subscription", "", "Paul Jensen <paul.jensen@gmail.com>",
  "Cancel monthly membership",
  """Hi, please cancel my monthly membership to the online circle from April. Thanks, Paul""", cte="7bit"),

m("en-neg-password-reset", "", "Olga Petrova <olga.petrova@mail.ru>",
  "Cannot login",
  """Hello, I try to reset my password on the course website but the email with the link never arrives. I checked spam also. Can you help me please? Olga""", cte="8bit"),

m("en-neg-access-portal", "", "Ben Hall <ben.hall@icloud.com>",
  "Can't access the member area",
  """Hi Sandra, I paid for the English programme yesterday but when I click \"access my space\" it just loops back to the login page. Any idea?

Ben

Sent from my iPhone"""),

m("en-neg-close-account", "", "Victoria Lang <victoria.lang@gmail.com>",
  "Close my account",
  """Hi Sandra,

Please close my account on the course platform - I won't be using it anymore.

Thanks!
Victoria""",
  # NEAR-LINE: "close my account" alone, no data mentioned -> negative
  ),

m("en-neg-q-how-long", "", "Rachel Green <rachel.green@gmail.com>",
  "Question before booking",
  """Hello,

Before I sign up: how long do you keep session notes after coaching ends, and could I ask for them to be deleted at that point? I'm not asking for anything yet, just want to understand.

Thanks,
Rachel"""),

m("en-neg-q-right-access", "", "Georg Müller <georg.mueller@gmx.de>",
  "GDPR question",
  """Dear Sandra,

Am I right that under GDPR I could request a copy of my questionnaires at any time, even during the coaching? Just curious how you handle it in practice.

Regards,
Georg""",
  # NEAR-LINE: asks whether he could, not for the copy itself
  ),

m("en-neg-cnil-copy", "", "Kevin Doyle <kevin.doyle@eircom.net>",
  "FYI - complaint filed with the CNIL",
  """Ms Delomenie,

For your information, I have today filed a complaint with the CNIL regarding the marketing emails I keep receiving. Reference: 26-05102. I will not be corresponding further on this matter directly.

K. Doyle"""),

m("en-neg-other-adult", "", "Richard Morgan <richard.morgan@gmail.com>",
  "My wife's coaching",
  """Hello Sandra,

My wife Claire has been seeing you for a few months. Could you send me a summary of what you've discussed? I'd like to understand how to support her better.

Richard""",
  # NEAR-LINE: spouse asking for another living adult's data -> negative
  ),

m("en-neg-thanks-deleted", "", "Sarah Whitfield <sarah.whitfield@icloud.com>",
  "Re: Removing my details",
  """Thank you Sandra, that's perfect. Take care!
Sarah""",
  quote="""Hi Sarah,

I've deleted your personal data from my files, apart from the invoices I'm legally required to keep. It was lovely working with you - enjoy Leeds!

Sandra

On 9 Mar 2026, at 19:02, Sarah Whitfield <sarah.whitfield@icloud.com> wrote:
> Could you please delete my personal data from your records?""",
  qstyle="en",
  date="2026-03-12 08:31", qdate="2026-03-11 20:15"),

m("en-neg-thanks-outlook", "", "James Whitmore <james.whitmore@gmail.com>",
  "RE: Subject access request",
  """Received, thank you for the quick and complete response.

James""",
  quote="""Dear Mr Whitmore,

Please find attached a copy of the personal data I hold about you, together with the information required under Article 15.

Kind regards,
Sandra Delomenie""", qstyle="outlook_en",
  date="2026-03-20 16:40", qdate="2026-03-20 11:02"),

m("en-neg-consent-given", "", "Amelia Ross <amelia.ross@gmail.com>",
  "Re: Testimonial for the English page?",
  """Yes, happy for you to use it! First name and country only please.
Amelia""",
  quote="""Hi Amelia, would you be OK with me putting your lovely message on the English page of the website? Sandra""",
  qstyle="gmail_en"),

m("en-neg-enquiry", "", "Floraison de Soi - Contact form <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] New message from: Claire Dubois-Smith",
  """Name: Claire Dubois-Smith
Email: claire.duboissmith@gmail.com
Phone:
Subject: Information request

Message:
Hi, I'm British and live near Bourges. Do you offer coaching in English, in person? I'm struggling with isolation since moving here. Thanks

--
This e-mail was sent from the contact form on Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "claire.duboissmith@gmail.com", "X-Mailer": "WPForms"}, to="contact"),

m("en-neg-company-training", "", "Laura Schmidt - HR <l.schmidt@nordwind-gmbh.de>",
  "Follow-up team workshop in May",
  """Dear Sandra,

Thank you again for the January workshop with our French team - the feedback was excellent. We'd like to book a follow-up half-day in May for the same eight participants. Could you send a quote and your availability?

Best regards,
Laura Schmidt
HR Business Partner, Nordwind GmbH""",
  hdr={"X-Mailer": "Microsoft Outlook 16.0", "Cc": "Jonas Keller <j.keller@nordwind-gmbh.de>"}, html="alt"),

m("en-neg-forward-article", "", "Anna Lindqvist <anna.lindqvist@telia.se>",
  "Fwd: article you might like",
  """Hi Sandra! Saw this and thought of our conversation about perfectionism. No need to reply :)
Anna""",
  quote="""Why perfectionists procrastinate - and what helps

Perfectionism is often less about high standards than about fear of judgement...""",
  qstyle="fwd", qfrom="Psychology Weekly <newsletter@psychologyweekly.com>", qto="anna.lindqvist@telia.se"),
]
