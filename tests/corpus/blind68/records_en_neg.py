# English-language negatives (not a data-subject request to her).
from common import R, HER, HER2, HER_FS

RECORDS = [
R("en-neg-cancel-session", [], ("Hugh Penrose", "hugh.penrose@gmail.com"),
  "Cancelling Thursday",
  """
  Hi Sandra,

  Afraid I'll have to cancel Thursday's session - my daughter's school has called a parents'
  evening at the same time. Could you delete that slot and let me know what you have next week?

  Many thanks,
  Hugh
  """),

R("en-neg-close-account-only", [], ("Jenna Marsh", "jenna.marsh@gmail.com"),
  "close my account",
  """
  Hi, can you close my account on the course platform? I finished the programme. Thanks, Jenna
  """),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative.

R("en-neg-password", [], ("Anil Kapoor", "anil.kapoor@gmail.com"),
  "Can't log in",
  """
  Hello Sandra,

  I am not able to access my account on the training portal. The password reset email never
  arrives. Can you help me get access to the module 3 videos?

  Thanks & regards,
  Anil
  """, att=[("png", "screenshot_login_error.png", "")]),

R("en-neg-how-long-keep", [], ("Beth Ryan", "beth.ryan@gmail.com"),
  "Quick question about records",
  """
  Hi Sandra,

  Out of curiosity - how long do you keep session notes after a coaching programme ends? I'm
  thinking of starting a practice myself and trying to get my head around GDPR.

  Beth
  """),
# NEAR-LINE: question about how retention works, not a request for her own data -> negative.

R("en-neg-right-question", [], ("Marcus Hale", "marcus.hale@outlook.com"),
  "GDPR question",
  """
  Hi,

  If I ever wanted my data deleted, would I have the right to that even though my employer paid
  for the coaching? Just asking for now, not asking you to do anything.

  Marcus
  """),

R("en-neg-wife-data", [], ("Stuart Gibbs", "stuart.gibbs@btinternet.com"),
  "My wife's sessions",
  """
  Sandra,

  My wife Lorraine has been seeing you on Tuesdays. Could you tell me what she's been talking
  about and send me a copy of her notes? I think I have a right to know as I'm paying.

  Stuart Gibbs
  """),
# NEAR-LINE: relative asking about another living adult's data -> negative.

R("en-neg-colleague-data", [], ("Lisa Hartmann", "lisa.hartmann@northbridge-group.com"),
  "Team coaching - individual results",
  """
  Hi Sandra,

  Could you forward me the individual self-assessment results for each member of my team from
  last week's workshop? I want to use them in the annual reviews.

  Thanks,
  Lisa Hartmann
  Head of Operations
  """, mailer="Microsoft Outlook 16.0"),

R("en-neg-thanks-above-request", [], ("Victoria Shaw", "victoria.shaw@gmail.com"),
  "Re: GDPR request",
  """
  Got it, thank you Sandra - that was very quick. All the best.

  Victoria
  """, quote="""
  Dear Victoria,
  As requested, please find attached a copy of your data. As agreed, I have now deleted
  your file and removed you from all my lists.
  Best regards, Sandra
  """, qstyle="gmail_en", qfrom=HER),

R("en-neg-thanks-outlook", [], ("Claire Henderson", "claire.henderson@abbeyfield-hr.co.uk"),
  "RE: Incorrect details on training record",
  """
  Perfect, the new certificate is exactly right. Thank you, Sandra.

  Claire
  """, quote="""
  Dear Claire,
  I've corrected your job title and attached the reissued certificate.
  Kind regards,
  Sandra
  """, qstyle="outlook_en", qfrom=HER2, mailer="Microsoft Outlook 16.0"),

R("en-neg-giving-consent", [], ("Ruth Adebayo", "ruth.adebayo@gmail.com"),
  "Testimonial - happy for you to use it",
  """
  Hi Sandra,

  Yes, of course you can use what I wrote in the feedback form as a testimonial on your site -
  first name and initial only, please. And feel free to use the photo from the last day too.

  Ruth
  """),

R("en-neg-ooo-gdpr", [], ("Thomas Reid", "thomas.reid@kingsleyaudit.co.uk"),
  "Automatic reply: Your invoice FS-2025-118",
  """
  Thank you for your email. I am out of the office until 2 September with limited access to email.

  For urgent matters, please contact accounts@kingsleyaudit.co.uk.

  Kingsley Audit LLP processes personal data in accordance with the UK GDPR. You have the right
  to request access to, rectification or erasure of your personal data. See our privacy notice
  at kingsleyaudit.co.uk/privacy.
  """, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"},
  mailer="Microsoft Outlook 16.0"),

R("en-neg-ooo-plain", [], ("Sinead Kelly", "sinead.kelly@gmail.com"),
  "Out of office",
  """
  I'm travelling until the 20th and checking email sporadically. I'll reply when I'm back!
  Sinead
  """, headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),

R("en-neg-bounce", [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """
  Address not found

  Your message wasn't delivered to tom.ashby@gmial.com because the domain gmial.com couldn't be
  found. Check for typos or unnecessary spaces and try again.
  """, kind="bounce", to=HER, mailer="",
  headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="mx.google.com", rcpt="tom.ashby@gmial.com", status="5.1.2",
              diag="550 5.1.2 Host unknown", orig_subject="Re: Your data request",
              orig_body="Dear Tom,\nAs requested I have deleted your data.\nSandra\n")),

R("en-neg-bounce-orange", [], ("Mail Delivery System", "MAILER-DAEMON@smtp.orange.fr"),
  "Undelivered Mail Returned to Sender",
  """
  This is the mail system at host smtp.orange.fr.

  I'm sorry to have to inform you that your message could not be delivered to one or more
  recipients.

  <k.mcbride@eircom.net>: host mail.eircom.net said: 550 5.1.1 User unknown
  """, kind="bounce", to=HER2, mailer="",
  headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(mta="smtp.orange.fr", rcpt="k.mcbride@eircom.net", status="5.1.1",
              diag="550 5.1.1 User unknown", orig_from=HER2,
              orig_subject="Your English coaching session - reminder",
              orig_body="Hello Kathleen,\nJust a reminder of our session on Monday at 10am.\nSandra\n")),

R("en-neg-stripe", [], ("Stripe", "notifications@stripe.com"),
  "Payment received from Olivia Grant",
  """
  You received a payment of €480.00 EUR from Olivia Grant (olivia.grant@me.com).

  Description: Leadership coaching - 6 sessions (English)
  Payment ID: pi_3QxL2bE7k9Z

  View payment in your Dashboard.

  Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
  """, html="alt", to=HER, mailer=""),

R("en-neg-zoom", [], ("Zoom", "no-reply@zoom.us"),
  "Cloud Recording - Confidence in English - Group 3 is now available",
  """
  Hi Sandra Delomenie,

  Your cloud recording is now available.

  Topic: Confidence in English - Group 3
  Date: Apr 9, 2025 06:00 PM Paris

  Share recording with viewers:
  https://us06web.zoom.us/rec/share/xyz

  Thank you for choosing Zoom.
  """, html="only", to=HER, mailer=""),

R("en-neg-calendly", [], ("Calendly", "notifications@calendly.com"),
  "Canceled: Jake Morrow and Sandra Delomenie",
  """
  Hi Sandra,

  The event below has been canceled.

  Event Type: Discovery call (English) - 30 min
  Invitee: Jake Morrow
  Invitee Email: jakemorrow88@gmail.com
  Cancellation reason: "work thing came up, will rebook!"
  """, html="alt", to=HER, mailer=""),

R("en-neg-google-security", [], ("Google", "no-reply@accounts.google.com"),
  "Security alert",
  """
  A new sign-in on Mac

  contact@floraisondesoi.fr
  We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't
  need to do anything. If not, we'll help you secure your account.

  You can also see security activity at https://myaccount.google.com/notifications
  """, html="alt", to=HER, mailer=""),

R("en-neg-paypal", [], ("PayPal", "service@paypal.fr"),
  "You've got money",
  """
  Hello Sandra Delomenie,

  Richard Ashworth sent you €95.00 EUR.
  Note from Richard: "Workshop 14 June - thanks!"

  Transaction ID: 8GH21345KL998302T
  """, html="only", to=HER2, mailer=""),

R("en-neg-vendor-dpa", [], ("Brevo", "legal@brevo.com"),
  "Important: Updates to our Data Processing Agreement",
  """
  Dear customer,

  We are updating our Data Processing Agreement (DPA) and list of sub-processors, effective
  1 March 2026. These changes reflect new Standard Contractual Clauses and our continued
  commitment to GDPR compliance.

  No action is required on your part. If you object to a new sub-processor, you may notify us
  within 30 days.

  The Brevo Team
  """, html="alt", to=HER, mailer="",
  headers={"List-Unsubscribe": "<https://brevo.com/unsub?u=88213>", "Precedence": "bulk"}),

R("en-neg-compliance-spam", [], ("GDPR Compliance Office", "audit@gdpr-euro-register.com"),
  "URGENT: Your website is not GDPR compliant - fine up to €20,000,000",
  """
  Dear Business Owner,

  Our automated scan found that floraisondesoi.fr does NOT comply with GDPR Article 13.
  Businesses face fines of up to €20 million. Register your business in the European Data
  Protection Register within 7 days to avoid penalties.

  Registration fee: €389 + VAT.
  Click here to comply: http://gdpr-euro-register.com/pay
  """, html="only", to=HER, mailer=""),

R("en-neg-phishing", [], ("Microsoft 365", "no-reply@m365-securemail.info"),
  "Action required: Your mailbox will be deactivated",
  """
  Dear user,

  Your mailbox sandra.delomenie@orange.fr has exceeded its storage limit. To avoid deactivation
  and loss of your data, verify your account within 24 hours:

  https://m365-securemail.info/verify

  IT Helpdesk
  """, html="only", to=HER2, mailer=""),

R("en-neg-her-sent-export", [], HER, "Your data - copy as requested",
  """
  Dear Olivia,

  As you asked, please find attached a CSV export of your course progress and quiz results, and
  below a summary of the personal data I hold about you.

  Kind regards,
  Sandra Delomenie
  Floraison de Soi
  """, to=("Olivia Grant", "olivia.grant@me.com"),
  att=[("csv", "export_OGrant.csv", "module,completed,score\nModule 1,2025-03-02,82\nModule 2,2025-03-16,91\n")]),

R("en-neg-her-sent-erasure", [], HER2, "Re: scrub my info",
  """
  Hi Brittany,

  Just to confirm that I have deleted your personal data from my files and from the course
  platform. You won't hear from me again - good luck with the move to Ohio!

  Sandra
  """, to=("Brittany Lawson", "brittlawson@gmail.com"),
  quote="""
  Please scrub all my info from your systems - name, email, phone, payment stuff, the works.
  """, qstyle="gmail_en", qfrom=("Brittany Lawson", "brittlawson@gmail.com")),

R("en-neg-her-newsletter", [], ("Floraison de Soi", "contact@floraisondesoi.fr"),
  "English Corner: Finding your voice at work",
  """
  Hello everyone,

  This month's English-language circle is on Thursday 15 May, 7pm, at 46 rue d'Estienne
  d'Orves. We'll work on speaking up in meetings - bring a situation you'd like to rehearse.

  Warmly,
  Sandra

  You receive this email because you subscribed on floraisondesoi.fr.
  Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe
  """, html="alt", to=("English Corner", "english-corner@floraisondesoi.fr"), mailer="Systeme.io",
  headers={"List-Id": "English Corner <english-corner.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.systeme.io/unsubscribe>",
           "Precedence": "bulk"}),

R("en-neg-cnil-copy", [], ("Gareth Price", "gareth.price@gmail.com"),
  "FYI - complaint lodged with CNIL",
  """
  Ms Delomenie,

  For your information, I have today lodged a complaint with the CNIL regarding the continued
  emails I received after unsubscribing last year. A copy of my submission is below.

  "I unsubscribed from the Floraison de Soi newsletter in March 2025 and continued to receive
  marketing emails until January 2026."

  Gareth Price
  """),
# NEAR-LINE: copy of a CNIL complaint, no request to her in the new text -> negative.

R("en-neg-training-topic", [], ("Sophie Clarke", "sophie.clarke@lyceeinternational.fr"),
  "Workshop on consent and boundaries for our staff",
  """
  Dear Sandra,

  We're an international school near Orléans and are looking for a trainer to run a half-day
  session in English for staff on consent, personal boundaries and GDPR awareness when dealing
  with pupils' data. Would this be something you could offer? We have budget for Q3.

  Best wishes,
  Sophie Clarke
  Deputy Head
  """),

R("en-neg-corporate-quote", [], ("Michael Grant", "m.grant@vantage-pharma.com"),
  "Quote request - leadership programme",
  """
  Hi Sandra,

  Following our call, could you send a quote for the 3-day leadership programme for 8 managers
  (English-speaking)? Please also include a copy of your invoice template and your training
  organisation number - our procurement team needs them to register you as a supplier.

  Regards,
  Michael Grant
  L&D Manager, Vantage Pharma France
  """, mailer="Microsoft Outlook 16.0"),

R("en-neg-invoice-copy", [], ("Rachel Evans", "rachel.evans@northbridge-group.com"),
  "Invoice copy",
  """
  Hi Sandra, could you resend a copy of the invoice for March? Accounts say they never got it.
  Thanks! Rachel
  """),

R("en-neg-export-calendar", [], ("Ian Morley", "ian.morley@gmail.com"),
  "calendar export?",
  """
  Sandra - is there any way you could export the workshop dates to an .ics so I can pop them
  in my Google calendar? Cheers, Ian
  """),

R("en-neg-withdraw-workshop", [], ("Hélène Park", "helene.park@gmail.com"),
  "Withdrawing from the June retreat",
  """
  Dear Sandra,

  I'm so sorry but I need to withdraw from the June retreat - my visa renewal appointment has
  been scheduled for that week. Could you let me know about the refund policy?

  Best,
  Hélène
  """),

R("en-neg-object-word", [], ("Tom Bradley", "tom.bradley@gmail.com"),
  "Re: Group agreement",
  """
  Hi Sandra,

  I don't object at all to the new Tuesday time - works better for me actually. And yes, I'm
  fine with the group agreement you circulated.

  Tom
  """, quote="""
  Hi all, would anyone object to moving our sessions to Tuesdays 6pm? Please also confirm
  you've read the group agreement. Sandra
  """, qstyle="gmail_en"),

R("en-neg-correct-doc", [], ("Anna Schmidt", "anna.schmidt@gmx.de"),
  "Cover letter",
  """
  Dear Sandra,

  As discussed in our last session, I attach my cover letter. Could you correct my English
  before I send it to the company on Friday? Especially the second paragraph.

  Thank you!
  Anna
  """, att=[("docx", "cover_letter_ASchmidt.docx", "Dear Hiring Manager, I am writing to apply for the position of...")]),

R("en-neg-delete-whiteboard", [], ("Neil Chapman", "neil.chapman@gmail.com"),
  "Photos of the flipchart",
  """
  Hi Sandra, did anyone take a photo of the flipchart before you wiped the board on Saturday?
  I wanted the list of values we came up with. Neil
  """),

R("en-neg-access-room", [], ("Grace Liu", "grace.liu@gmail.com"),
  "Access to the room",
  """
  Hello Sandra,

  How do I get access to the room on Saturday? Is there a code for the building at 46 rue
  d'Estienne d'Orves, or will someone let us in?

  Thanks,
  Grace
  """),

R("en-neg-remove-from-whatsapp-self", [], ("Lily Evans", "lily.evans@gmail.com"),
  "WhatsApp group",
  """
  Hi Sandra! How do I leave the WhatsApp group without it looking rude? Ha. The course is over
  and the notifications are a bit much. Lily
  """),
# NEAR-LINE: asks how to leave a group herself; not asking her to stop processing -> negative.

R("en-neg-registration-info", [], ("Pablo Ortega", "pablo.ortega@gmail.com"),
  "Registration for September",
  """
  Hello Sandra,

  I want to register for the English coaching group in September. Here my informations:
  Pablo Ortega, 34 years, 06 45 22 19 03, I work as engineer at the factory in Issoudun.

  Do you need something else from me?

  Pablo
  """),

R("en-neg-systemeio", [], ("Systeme.io", "no-reply@systeme.io"),
  "New sale: Confidence in English (online course)",
  """
  Congratulations! You have a new sale.

  Product: Confidence in English (online course)
  Customer: Megan Doherty - megan.doherty@gmail.com
  Amount: 149.00 EUR

  Go to your dashboard to see the details.
  """, html="only", to=HER, mailer=""),

R("en-neg-linkedin", [], ("LinkedIn", "messages-noreply@linkedin.com"),
  "Charlotte Ames has sent you a message",
  """
  Charlotte Ames
  Former HR Director | Coaching enthusiast

  "Hi Sandra, loved your post on burnout prevention. Would you be up for a coffee chat?"

  Reply on LinkedIn

  You are receiving notification emails. Unsubscribe.
  """, html="alt", to=HER, mailer="",
  headers={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"}),

R("en-neg-referral-friend", [], ("Kate Morrison", "kate.morrison@gmail.com"),
  "A friend who might contact you",
  """
  Hi Sandra,

  My friend Jess is struggling at work and I've given her your details. She may email you next
  week. She's English too so the sessions in English would suit her perfectly.

  Hope you're well!
  Kate
  """),

R("en-neg-forward-article", [], ("Ruth Adebayo", "ruth.adebayo@gmail.com"),
  "Fwd: The right to be forgotten - interesting read",
  """
  Thought you'd find this interesting given what you said about digital clutter!

  """, quote="""
  The "right to be forgotten" turned ten this year. Since the landmark ruling, search engines
  have received millions of delisting requests...
  Read more on theguardian.com
  """, qstyle="fwd_en", qfrom=("The Guardian Today", "newsletters@theguardian.com")),

R("en-neg-data-feedback-survey", [], ("Mark Sutton", "mark.sutton@gmail.com"),
  "Your survey",
  """
  Hi Sandra, filled in your satisfaction survey just now - happy for you to use my answers however
  you like. The workshop was brilliant. Mark
  """),

R("en-neg-cancel-subscription", [], ("Carol Young", "carol.young@gmail.com"),
  "Cancel monthly membership",
  """
  Hi Sandra,

  Please cancel my monthly membership to the online circle from next month. Money's a bit tight
  at the moment. I hope to be back later in the year.

  Carol
  """),

R("en-neg-unsubscribe-other-service", [], ("Derek Shaw", "derek.shaw@gmail.com"),
  "Question about the 'unsubscribe' exercise",
  """
  Hi Sandra,

  In the last group you talked about "unsubscribing" from other people's expectations. I've been
  thinking about it all week. Could we explore that more in our next session?

  Derek
  """),

R("en-neg-gdpr-training-buyer", [], ("Natasha Ivanova", "n.ivanova@alpinetech-hr.com"),
  "Training request: data protection awareness for managers",
  """
  Dear Ms Delomenie,

  We are looking for a trainer to deliver a GDPR awareness module in English for our managers
  in France: how to handle an employee's access request, erasure requests and retention periods.
  Could you send us your programme and daily rate?

  Kind regards,
  Natasha Ivanova
  HR Manager, AlpineTech France
  """, mailer="Microsoft Outlook 16.0"),

R("en-neg-cnil-question", [], ("Fiona Grey", "fiona.grey@gmail.com"),
  "How do I complain to the CNIL?",
  """
  Hi Sandra,

  Not about you at all! A different company won't stop texting me. Since you know GDPR stuff,
  do you know how I'd go about complaining to the CNIL? Is it all in French?

  Fiona
  """),

R("en-neg-her-sent-confirm-unsub", [], HER, "Re: opt me out",
  """
  Hi Chris,

  Done - you've been removed from all marketing emails. Sorry for the inconvenience.

  Best,
  Sandra
  """, to=("Chris Bauer", "chris.bauer@yahoo.com"), quote="""
  Please opt me out of all your marketing emails. Thanks.
  """, qstyle="apple_en", qfrom=("Chris Bauer", "chris.bauer@yahoo.com"),
  mailer="Apple Mail (2.3826.500.181.1.5)"),

R("en-neg-qonto", [], ("Qonto", "no-reply@qonto.com"),
  "Your monthly statement is ready",
  """
  Hello Sandra,

  Your statement for February 2026 is available in your Qonto app.

  Qonto - 20 bis rue La Fayette, 75009 Paris
  """, html="only", to=HER2, mailer=""),

R("en-neg-rebook", [], ("Olivia Grant", "olivia.grant@me.com"),
  "Moving my session",
  """
  Hi Sandra, could we move Wednesday to Friday same time? Something's come up. Thanks! O.
  Sent from my iPhone
  """, mailer="iPhone Mail (22E252)"),

R("en-neg-retrieve-parcel", [], ("Hugo Martin", "hugo.martin@gmail.com"),
  "Books",
  """
  Hi Sandra, I left my copy of "Daring Greatly" in the room last week. Could I come and pick it
  up Thursday? Hugo
  """),

R("en-neg-intro-expat", [], ("Janet Fowler", "janet.fowler@hotmail.co.uk"),
  "Coaching in English?",
  """
  Hello,

  I've lived near Issoudun for 8 years but my French still isn't good enough for something as
  personal as coaching. Do you offer sessions in English, and what would a first session cost?

  With best wishes,
  Janet Fowler
  """),

R("en-neg-dad-question-minor", [], ("Paul Okafor", "paul.okafor@gmail.com"),
  "Teen workshop",
  """
  Hello Sandra, does the teen workshop collect any personal info from kids beyond name and
  parent contact? Just checking before I sign my son up. Thanks, Paul
  """),

R("en-neg-thanks-testimonial-removed", [], ("Laura Benson", "laura.benson@gmail.com"),
  "Re: My testimonial on your website",
  """
  Thanks Sandra, I see it's gone. Really appreciate how gracious you've been about it. x
  """, quote="""
  Hi Laura, no problem at all - I've removed it from the website today. Sandra
  """, qstyle="apple_en", qfrom=HER),

R("en-neg-sister-deceased-question", [], ("Moira Callaghan", "moira.callaghan@gmail.com"),
  "Wondering about something",
  """
  Hi Sandra,

  Not urgent. I'm doing my will and my solicitor mentioned digital assets. What normally
  happens to client files when someone passes away - do you keep them or destroy them?

  Moira
  """),
# NEAR-LINE: general question about what happens after a death, no instruction given -> negative.

R("en-neg-google-workspace", [], ("Google Workspace", "workspace-noreply@google.com"),
  "[Action required] Review your data processing terms",
  """
  Hello Administrator,

  We're updating the Cloud Data Processing Addendum for Google Workspace. Review the updated
  terms in your Admin console by 30 June 2026.

  Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
  """, html="alt", to=HER, mailer=""),

R("en-neg-spam-seo", [], ("Ravi | Digital Growth", "ravi.growth@outreachpro.biz"),
  "Rank #1 on Google for coaching in Issoudun",
  """
  Hi,

  I was checking floraisondesoi.fr and noticed a few errors that are killing your rankings.
  Can I send you a free audit? Reply "YES" and I'll share it. If you're not interested, just
  reply "remove".

  Ravi
  """),

R("en-neg-zoom-join", [], ("Ciara Byrne", "ciara.byrne@eircom.net"),
  "Zoom link?",
  """
  Hi Sandra, I can't find the Zoom link for tonight - could you resend it? Sorry! Ciara
  """),

R("en-neg-hr-attendance", [], ("Claire Henderson", "claire.henderson@abbeyfield-hr.co.uk"),
  "Attendance sheets",
  """
  Hi Sandra,

  For our training audit, could you send the signed attendance sheets for the October sessions
  and the evaluation summary (anonymised is fine)?

  Many thanks,
  Claire
  """, mailer="Microsoft Outlook 16.0"),
# NEAR-LINE: a training buyer asking for attendance records of its staff -> business admin, negative.

R("en-neg-forwarded-rfc822", [], ("Graham Whitlock", "graham.whitlock@gmail.com"),
  "Fw: is this from you?",
  """
  Sandra, I got the attached email - is this a scam using your name? It looks odd.
  Graham
  """, kind="rfc822",
  inner=dict(**{"from": ("Floraison de Soi Support", "support@floraisondesoi-secure.com"),
                "to": ("Graham Whitlock", "graham.whitlock@gmail.com"),
                "subject": "Confirm your data to keep your account",
                "body": "Dear client,\nTo comply with GDPR, confirm your card details here: http://floraisondesoi-secure.com\n"})),

R("en-neg-remove-slot", [], ("Ana Ribeiro", "ana.ribeiro@gmail.com"),
  "Please remove me from Saturday",
  """
  Hi Sandra, please remove me from Saturday's workshop list - I've got the flu. Hopefully next
  month! Ana
  """),
# NEAR-LINE: "remove me" refers to a workshop attendance list -> cancellation, negative.

R("en-neg-urssaf-like", [], ("Docusign", "dse@docusign.net"),
  "Please DocuSign: Training agreement - Vantage Pharma",
  """
  Michael Grant sent you a document to review and sign.

  REVIEW DOCUMENT

  Please do not share this email. Powered by DocuSign.
  """, html="only", to=HER, mailer=""),

R("en-neg-consent-form-returned", [], ("Karen Lewis", "karen.lewis@gmail.com"),
  "Signed consent form",
  """
  Hi Sandra, attached is the signed parental consent form for Noah for the teen workshop. See
  you Monday! Karen
  """, att=[("pdf", "consent_form_Noah_Lewis.pdf", "Autorisation parentale - Noah Lewis - signed Karen Lewis")]),

R("en-neg-empty-subject-thanks", [], ("Tom H.", "tomhollis@icloud.com"),
  "Re: data",
  """
  cheers Sandra, all received
  """, quote="""
  Hi Tom, attached is everything I hold about you. Sandra
  """, qstyle="apple_en", qfrom=HER2, mailer="iPhone Mail (22D72)"),
]
