# English messages that are NOT data-subject requests (rights = []).
from rec_util import R, CONTACT, ORANGE, SIG_SANDRA

RECORDS = [
# ------------------------------------------------------------ scheduling / trigger words
R("en-neg-delete-slot", ("Becky Turner", "becky.turner@gmail.com"), [],
  "thursday",
  """Hi Sandra, could you delete my slot on Thursday? Car's in the garage again 🙄 I'll book another one next week. B x"""),

R("en-neg-access-building", ("Mark Ellison", "mark.ellison@outlook.com"), [],
  "Access to the building",
  """Hi Sandra,

For Saturday's workshop, how do we get access to the building? Last time the front door was locked and we waited outside for ages. Is there a code?

Mark"""),

R("en-neg-copy-invoice", ("Janet Hughes", "janet.hughes@btinternet.com"), [],
  "Copy of invoice please",
  """Hello Sandra,
Could I have a copy of the invoice for the February sessions? My accountant needs it for my tax return (the joys of being self-employed in France!).
Thanks,
Janet"""),

R("en-neg-export-calendar", ("Tim Sørensen", "tim.sorensen@gmail.com"), [],
  "calendar export?",
  """Hey, does your booking page let me export all my upcoming sessions to Google Calendar in one go? Adding them one by one is killing me 😅"""),

R("en-neg-correct-handout", ("Alison Reid", "alison.reid@gmail.com"), [],
  "handout typo",
  """Hi Sandra, small thing: the handout from Tuesday says "affirmative communication" where I think you meant "assertive". Might want to correct the document before the next group! Alison"""),

R("en-neg-object-venue", ("Geoff Palmer", "geoff.palmer@yahoo.co.uk"), [],
  "Re: Change of venue",
  """I must object to the new venue, it's up three flights of stairs and my knee won't have it! Any chance we could stay at the old room?
Geoff""",
  quote="""Dear all,
From next month the Tuesday group will meet at the Maison des Associations, 2nd floor.
Sandra""", quote_style="gmail_en"),

R("en-neg-consent-workshop", ("Lisa Fernandes", "lisa.fernandes@gmail.com"), [],
  "consent workshop for teens?",
  """Hi Sandra,

Do you run anything on consent and boundaries for teenagers? My daughter's school is looking for someone, and I immediately thought of you. Happy to put you in touch with the head of year.

Lisa"""),

R("en-neg-gdpr-training", ("Helen Marsh", "h.marsh@oakridge-consulting.co.uk"), [],
  "GDPR awareness session - quote request",
  """Dear Ms Delomenie,

We're looking for a trainer to run a half-day session for our French subsidiary on GDPR basics, data subject rights and handling access requests, with a focus on communication with clients. Would this be within your scope? If so, could you send a quote for 10 people?

Best regards,
Helen Marsh
L&D Manager""", html="alt"),

R("en-neg-my-info-registration", ("Kate Holloway", "kate.holloway@gmail.com"), [],
  "Booking the retreat",
  """Hi Sandra,

I'd love to book a place on the June retreat. Here's my info for the registration: Kate Holloway, 11 Impasse des Vignes, 36200 Argenton-sur-Creuse, 07 82 11 45 90. Vegetarian, no allergies.

Do you need a deposit?
Kate"""),

# ------------------------------------------------------------ cancellations
R("en-neg-cancel-retreat", ("Michael Foster", "michael.foster@gmail.com"), [],
  "Cancelling my retreat booking",
  """Dear Sandra,

I'm very sorry but I need to cancel my place on the October retreat, my father is unwell and I'm flying back to the UK. I understand the deposit is non-refundable, no problem at all.

Best wishes,
Michael"""),

R("en-neg-cancel-subscription", ("Ana Morales", "ana.morales@gmail.com"), [],
  "stop my monthly plan",
  """Hi! Please cancel my monthly membership for the online circles from next month. Budget reasons, sadly. I loved it! Ana"""),

R("en-neg-subject-only", ("James Whitfield", "james.whitfield@gmail.com"), [],
  "Can't make it tomorrow - sorry!", ""),

# ------------------------------------------------------------ login / account
R("en-neg-password", ("Diane Walsh", "diane.walsh@hotmail.com"), [],
  "can't log in",
  """Hi Sandra, the password reset email never arrives and I've checked spam. I'd like to get back to module 4 before the weekend. Can you help? Diane"""),

R("en-neg-close-account", ("Peter Novak", "peter.novak@seznam.cz"), [],
  "close my account",
  """Hello Sandra, I finished the online course, thank you. Please close my account on the platform. Best regards, Peter"""),
  # NEAR-LINE: "close my account" alone, no data mentioned = negative.

R("en-neg-access-my-space", ("Rosa Lindgren", "rosa.lindgren@gmail.com"), [],
  "access to my area",
  """Hi, how do I access my personal area to download the workbook? The link in the welcome email goes to a blank page. Thanks, Rosa"""),

# ------------------------------------------------------------ how-rights-work questions
R("en-neg-question-keep", ("Ruth Abbott", "ruth.abbott@gmail.com"), [],
  "question about notes",
  """Hi Sandra, just curious: how long do you keep session notes after someone stops coming? No action needed, I was just chatting about it with a friend who's a counsellor. Ruth"""),

R("en-neg-question-right", ("Victor Duarte", "victor.duarte@gmail.com"), [],
  "GDPR question",
  """Hello,

Do I have the right to ask for my questionnaire answers to be sent to another coach, or is that only for big companies? I'm not asking for it now, just trying to understand how it works before I sign up.

Thanks,
Victor"""),

# ------------------------------------------------------------ CNIL / other adults
R("en-neg-cnil-copy", ("Brian Kerr", "brian.kerr@gmail.com"), [],
  "FYI - complaint lodged with the CNIL",
  """Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL regarding the photo of me published on your Facebook page. My complaint reference is attached. I will not be corresponding further on this matter.

Brian Kerr""",
  attachments=[("pdf", "CNIL_complaint_receipt.pdf", "CNIL - accuse de reception de plainte - reference 25-071234")]),

R("en-neg-wife-data", ("Robert Hayes", "robert.hayes@gmail.com"), [],
  "My wife's sessions",
  """Hello Sandra,

My wife Carol has been seeing you for a few months. I'd like to know what she's been saying in the sessions, as I'm worried about our marriage. Could you send me your notes?

Robert"""),

R("en-neg-employee-results", ("Nadia Petrova", "n.petrova@globaltech-eu.com"), [],
  "Results for our team",
  """Dear Sandra,

Could you please send me the individual assessment results for the five members of my team who attended your communication training, including any comments on each person? I'd like to use them for their performance reviews.

Kind regards,
Nadia Petrova
Team Lead"""),

R("en-neg-friend-delete", ("Sophie Gray", "sophie.gray@gmail.com"), [],
  "my friend Anna",
  """Hi Sandra, my friend Anna Kowalski did your workshop last year and she's asked me to tell you to delete her details. She's rubbish at email 🙈 Thanks! Sophie"""),
  # NEAR-LINE: a friend relaying for another living adult without a mandate = negative.

# ------------------------------------------------------------ thank-yous / replies to handled requests
R("en-neg-thanks-deleted", ("Hannah Whitaker", "hannah.whitaker@gmail.com"), [],
  "Re: clean slate",
  """Thank you, Sandra. That means a lot. All the best. H""",
  quote="""Dear Hannah,
I've deleted your file and our email history, as you asked. Only the invoice remains, which I'm legally required to keep.
Wishing you a gentle fresh start,
Sandra""", quote_style="gmail_en"),

R("en-neg-thanks-export", ("Sam Okafor", "sam.okafor@proton.me"), [],
  "Re: Data export",
  """Got it, imported perfectly into Obsidian. You're a star ⭐""",
  quote="""Hi Sam,
Here's your export as CSV and JSON. Let me know if anything's missing.
Sandra
> could you export my stuff from the coaching platform (goals, check-ins, the habit tracker) as CSV or JSON?""", quote_style="apple_en"),

R("en-neg-thanks-unsub", ("Oliver Grant", "ollie.grant@hotmail.co.uk"), [],
  "Re: It's not you, it's my inbox",
  """Ha, thanks Sandra! Inbox now at 14,301. Progress 😄""",
  quote="""Done, Ollie! You're off the list. Good luck with those boundaries 😉
Sandra""", quote_style="gmail_en"),

# ------------------------------------------------------------ giving consent
R("en-neg-yes-photos", ("Claire Summers", "claire.summers@gmail.com"), [],
  "Re: Photos from Saturday",
  """Yes of course, happy for you to use any of the photos I'm in, website and Instagram both fine! What a lovely day x""",
  quote="""Hi everyone,
May I use a few photos from Saturday's workshop on my website and social media? Just reply yes or no.
Sandra""", quote_style="gmail_en"),

R("en-neg-testimonial-given", ("Neil Robertson", "neil.robertson@gmail.com"), [],
  "Testimonial as promised",
  """Hi Sandra,

Here's my testimonial, feel free to use it with my first name:

"I came to Sandra feeling stuck in my career and left with a clear plan and a lot more confidence. Highly recommended for English speakers living in France!"

Neil"""),

# ------------------------------------------------------------ auto replies, bounces
R("en-neg-ooo", ("Julia Fischer", "julia.fischer@globaltech-eu.com"), [],
  "Automatic reply: Training materials",
  """Thank you for your email. I am out of the office until 2 January with no access to email. For urgent matters please contact hr@globaltech-eu.com.

Julia Fischer""", auto=True,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-autoreply-gdpr", ("Customer Care", "noreply@wellnessbooking-platform.com"), [],
  "We've received your message [Ticket #48213]",
  """Hi there,

Thanks for contacting us, we'll get back to you within 2 business days.

Your privacy matters to us. Under the GDPR you have the right to access, rectify, erase, restrict, port and object to the processing of your personal data. To exercise these rights, contact privacy@wellnessbooking-platform.com.

This is an automated message.""", auto=True,
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

R("en-neg-bounce-gmail", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), [],
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to emma.tayler@gmail.com because the address couldn't be found, or is unable to receive mail.""",
  kind="bounce", auto=True, headers={"Auto-Submitted": "auto-replied"}, mailer=None,
  bounce={"mta": "mx.google.com", "rcpt": "emma.tayler@gmail.com", "status": "5.1.1",
          "diag": "550-5.1.1 The email account that you tried to reach does not exist.",
          "orig_subject": "Your data export", "orig_from": "Sandra Delomenie <contact@floraisondesoi.fr>"}),

# ------------------------------------------------------------ platforms
R("en-neg-stripe", ("Stripe", "receipts@stripe.com"), [],
  "Payment received: €120.00 from Emily Carter",
  """You received a payment of €120.00 from emily.carter@gmail.com.

Description: Coaching package - 2 sessions
Payment method: Visa •••• 4242

View this payment in your Stripe Dashboard.""", html="alt", auto=True),

R("en-neg-zoom", ("Zoom", "no-reply@zoom.us"), [],
  "Cloud recording is now available",
  """Hi Sandra,

Your cloud recording "Webinar - Finding your calm" is now available.

Recording link: https://zoom.us/rec/share/abc123
Passcode: 7Hq!2pLz

The recording will be deleted automatically after 30 days.""", html="alt", auto=True),

R("en-neg-calendly", ("Calendly", "notifications@calendly.com"), [],
  "Canceled: Discovery call with Fiona Campbell",
  """Hi Sandra,

The event below has been canceled.

Event: Discovery call (30 min)
Invitee: Fiona Campbell
Reason: "Clash with school run, will rebook!"

Calendly""", auto=True),

R("en-neg-google-storage", ("Google Workspace", "workspace-noreply@google.com"), [],
  "Your storage is almost full",
  """Your Google Workspace storage for floraisondesoi.fr is 92% full. Delete unused files or upgrade your plan to keep receiving emails.

Manage storage""", html="only", auto=True),

R("en-neg-paypal-en", ("PayPal", "service@paypal.com"), [],
  "You've got money",
  """Hello Sandra Delomenie,

Dorothy Fenwick sent you €45.00 EUR.
Note: "Tuesday workshop - and a bit extra for the biscuits!"

PayPal""", auto=True, html="alt"),

R("en-neg-mailchimp-dpa", ("Mailchimp", "legal@mailchimp.com"), [],
  "Updates to our Data Processing Addendum",
  """Hi there,

We're writing to let you know that we've updated our Data Processing Addendum and list of sub-processors, effective 30 days from today. These changes reflect updates to the EU Standard Contractual Clauses.

You don't need to take any action. If you continue to use Mailchimp after this date, the updated terms will apply.

The Mailchimp Team""", html="alt", auto=True),

R("en-neg-zoom-privacy", ("Zoom", "privacy-updates@zoom.us"), [],
  "We're updating our Privacy Statement",
  """We're updating our Privacy Statement to provide more detail on how we process personal data, including AI features. The updated statement takes effect on 1 June.

No action is required on your part.""", auto=True),

# ------------------------------------------------------------ spam / phishing
R("en-neg-spam-compliance", ("GDPR Compliance Team", "alerts@eu-gdpr-register.org"), [],
  "Final notice: mandatory GDPR registration for floraisondesoi.fr",
  """Dear business owner,

Our records show your company has not yet completed its mandatory registration with the EU Data Protection Register. Failure to register may result in fines of up to 4% of annual turnover.

Complete your registration now for €289 (VAT excl.).

EU GDPR Register Services"""),

R("en-neg-phishing-docusign", ("DocuSign", "docs@docusign-secure-review.net"), [],
  "Sandra, please review and sign: Invoice_Payment_Authorization.pdf",
  """A document has been sent to you for review and signature.

Click REVIEW DOCUMENT and log in with your email password to access it.

This message was sent to sandra.delomenie@orange.fr. Do not share this email.""", html="only"),

R("en-neg-phishing-account-data", ("Microsoft 365", "security@ms365-account-verify.com"), [],
  "Unusual sign-in activity: confirm your personal data",
  """We detected unusual sign-in activity on your account. To avoid suspension, please confirm your personal data and password within 24 hours:

https://ms365-account-verify.com/confirm

Microsoft Account Team"""),

# ------------------------------------------------------------ her own sent mail
R("en-neg-her-erasure-confirm", CONTACT, [],
  "Re: unsubscribe + delete",
  """Dear Chris,

Confirming that you've been removed from all marketing lists and that your details have been deleted from my database.

Best wishes,""", to=[("Chris Dawson", "chris.dawson@gmail.com")], sig=SIG_SANDRA,
  quote="""Please unsubscribe me from all marketing and delete my details from your database. Thanks. CD""",
  quote_style="gmail_en", quote_from=("Chris Dawson", "chris.dawson@gmail.com")),

R("en-neg-her-export", CONTACT, [],
  "Your assessment results (spreadsheet)",
  """Hi Natalie,

As requested, here are your assessment results and session summaries as a spreadsheet, plus a short summary of the data I hold about you in the attached document.

Warmly,
Sandra""", to=[("Natalie Brooks", "natalie.brooks@gmail.com")], sig=SIG_SANDRA,
  attachments=[("csv", "N_Brooks_results.csv", "date,assessment,score\n2025-02-03,stress scale,21\n2025-04-14,stress scale,14\n"),
               ("docx", "N_Brooks_data_summary.docx", "Data held about Natalie Brooks\nContact details\nSession summaries (6)\nAssessment results (2)")]),

# ------------------------------------------------------------ misc everyday
R("en-neg-newsletter-other", ("Mindful Business Network", "news@mindfulbusiness.network"), [],
  "This month: pricing your coaching packages",
  """Hello Sandra,

In this month's issue: how to price your packages, three mistakes to avoid when running online retreats, and an interview with a sleep coach.

You're receiving this because you subscribed at mindfulbusiness.network. Unsubscribe or update your preferences at any time.""",
  html="alt", auto=True,
  headers={"List-Id": "Mindful Business Network <news.mindfulbusiness.network>",
           "List-Unsubscribe": "<https://mindfulbusiness.network/u?id=88a1>", "Precedence": "bulk"}),

R("en-neg-joke-forget", ("Dave Simmons", "dave.simmons@gmail.com"), [],
  "forgot everything",
  """Sandra, confession: I've already forgotten every single breathing technique from Tuesday. Please erase my shame and send me the cheat sheet? 😂 Dave"""),
  # NEAR-LINE: joke "erase my shame"; really asking for the handout.

R("en-neg-payment-question", ("Laura Bennett", "laura.bennett@gmail.com"), [],
  "Paying from a UK account",
  """Hi Sandra, what's the easiest way for you to receive payment from a UK bank? Wise transfer OK? Also, could I pay the 6 sessions in two instalments? Thanks! Laura"""),

R("en-neg-referral", ("Carol Hayes", "carol.hayes@gmail.com"), [],
  "A friend who'd love to meet you",
  """Hi Sandra,

My neighbour Jenny has just moved here from Bristol and is struggling a bit with the change. I told her all about you. She said it's fine for me to share her number: 06 44 87 21 09. She speaks a bit of French but would prefer English.

See you Thursday!
Carol"""),

R("en-neg-fwd-822-info", ("Margaret O'Neill", "maggie.oneill@eircom.net"), [],
  "Fwd: Your workshop booking",
  """Hi Sandra,

Forwarding the confirmation you sent me, just to check: is it OK if I bring my sister Bridget along on the 17th? She's visiting from Cork that week. Happy to pay for her place of course.

Maggie""", date=(2025, 3, 2, 18, 40), kind="fwd822",
  inner={"frm": ("Floraison de Soi", "contact@floraisondesoi.fr"), "subject": "Confirmation : atelier du 17 mai",
         "to_addr": ("Margaret O'Neill", "maggie.oneill@eircom.net"), "date": (2025, 2, 20, 10, 15),
         "body": "Bonjour Margaret,\n\nVotre inscription à l'atelier du 17 mai est confirmée.\n\nSandra"}),

R("en-neg-sms-style", ("Zara", "zara.k.ahmed@gmail.com"), [],
  "running late",
  """omw!! 5 mins late sorry, traffic on the rocade 🙏"""),

R("en-neg-ics-reschedule", ("Tom Whitfield", "tom.whitfield@outlook.com"), [],
  "Moving our session",
  """Hi Sandra, as discussed, moving us to Friday 3pm. Invite attached. Tom""",
  attachments=[("ics", "session.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Outlook//EN\r\nBEGIN:VEVENT\r\nUID:b49-ics-1@outlook.com\r\nDTSTAMP:20250404T090000Z\r\nDTSTART:20250404T130000Z\r\nDTEND:20250404T140000Z\r\nSUMMARY:Coaching session\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")]),
]

RECORDS += [
R("en-neg-form-question", ("Formulaire Floraison de Soi", "wordpress@floraisondesoi.fr"), [],
  "[Floraison de Soi] Nouveau message de : Tom Hardcastle",
  """Nom : Tom Hardcastle
Email : tom.hardcastle@gmail.com
Sujet : Sessions in English?

Message :
Hello, do you offer coaching sessions in English, and can they be done over Zoom? My French isn't great yet. Thanks, Tom

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  headers={"Reply-To": "Tom Hardcastle <tom.hardcastle@gmail.com>"}, mailer="WordPress/6.5.3"),

R("en-neg-her-newsletter-en", ("Floraison de Soi", "contact@floraisondesoi.fr"), [],
  "News from Floraison de Soi - English corner 🌿",
  """Hello lovely English-speaking friends,

A few dates for your diary:
- Saturday 8 March: "Finding your voice" workshop, in English, at the Maison des Associations
- A new online circle every second Tuesday evening

You're receiving this because you signed up for the English-language news. You can unsubscribe at any time with the link below.

Warmly,
Sandra""", to=[("Floraison de Soi", "contact@floraisondesoi.fr")], html="alt", mailer="Brevo",
  headers={"List-Id": "English corner <english.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/unsubscribe?l=en>", "Precedence": "bulk",
           "Reply-To": "Sandra Delomenie <contact@floraisondesoi.fr>"}),
]

_EXTRA = {
    "en-neg-gdpr-training": {"cc": [("Tom Reyes", "t.reyes@oakridge-consulting.co.uk")]},
    "en-neg-employee-results": {"cc": [("HR Team", "hr@globaltech-eu.com")]},
    "en-neg-object-venue": {"cc": [("Janet Hughes", "janet.hughes@btinternet.com")]},
    "en-neg-calendly": {"headers": {"Reply-To": "Fiona Campbell <fiona.campbell@outlook.com>", "Auto-Submitted": "auto-generated"}},
    "en-neg-zoom": {"headers": {"Auto-Submitted": "auto-generated"}},
    "en-neg-google-storage": {"headers": {"Auto-Submitted": "auto-generated"}},
    "en-neg-mailchimp-dpa": {"headers": {"Precedence": "bulk"}},
    "en-neg-phishing-docusign": {"headers": {"Reply-To": "docusign-review@outlook-secure.cc"}},
    "en-neg-stripe": {"headers": {"Reply-To": "Emily Carter <emily.carter@gmail.com>"}},
}
for _r in RECORDS:
    _r.update(_EXTRA.get(_r["key"], {}))
