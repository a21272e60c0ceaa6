# English messages written by people, not requests to her.
from common import R, C, O, SANDRA_C, SANDRA_O

RECORDS = [
R("en-neg-cancel-booking", "Alice Warren <alice.warren@gmail.com>",
  "Cancel Thursday",
  """Hi Sandra, could you cancel my Thursday slot? Something came up at work. I'll rebook next week. Alice""", []),

R("en-neg-password", "Greg Thompson <greg.thompson@outlook.com>",
  "Can't log in",
  """Hello, I can't access my course area — password reset email never arrives. Can you help? Greg""", []),

R("en-neg-close-account-only", "Megan Foster <megan.foster@gmail.com>",
  "Close my account",
  """Hi, please close my account on the course platform. I've finished. Thanks!""", []),
# NEAR-LINE: close account alone, no data mentioned -> negative.

R("en-neg-how-long-keep", "Robert King <robert.king@gmail.com>",
  "Question",
  """Hello Sandra, how long do you keep session notes after coaching ends? Just curious. Robert""", []),

R("en-neg-right-question", "Isabel Cruz <isabel.cruz@hotmail.com>",
  "GDPR question",
  """Hi Sandra,

Am I allowed to ask for my data to be moved to another coach one day? Not asking now, just want to know how it works.

Isabel""", []),

R("en-neg-thanks-handled", "Chloe Bennett <chloe.bennett@gmail.com>",
  "Re: Please delete my data",
  """Thank you, much appreciated!""", [],
  quote=dict(style="gmail", frm=SANDRA_C, text="""Dear Chloe,

I confirm your personal data has been erased from my records.

Best wishes,
Sandra""")),

R("en-neg-husband-data", "Mike Sanders <mike.sanders@gmail.com>",
  "My wife's sessions",
  """Hi,

My wife Laura has been seeing you. Can you tell me what she's been discussing and send me her file? We share finances so I'd like to know.

Mike""", []),

R("en-neg-invoice-copy", "Deborah Lane <deborah.lane@yahoo.co.uk>",
  "Invoice copy",
  """Hello, could you send me a copy of the invoice for February? My employer reimburses it. Thanks, Deborah""", []),

R("en-neg-gdpr-training-topic", "HR Team - Northwind Europe <hr@northwind-eu.com>",
  "Workshop on consent and GDPR for managers",
  """Dear Ms Delomenie,

We're looking for a half-day workshop for our French managers on handling employee personal data and consent. Would you be able to run this in English in May?

Best regards,
Tanya Roberts
HR Business Partner""", []),

R("en-neg-registration-info", "Oliver Reed <oliver.reed@gmail.com>",
  "Registration",
  """Hi Sandra, here's my information for the online circle: Oliver Reed, based in Limoges, oliver.reed@gmail.com, +33 6 22 14 56 70. Looking forward to it!""", []),

R("en-neg-give-consent", "Emma Hughes <emma.hughes@gmail.com>",
  "Re: Testimonial",
  """Of course — happy for you to use my testimonial and first name on your website!

Emma""", [],
  quote=dict(style="apple", frm=SANDRA_C, subj="Testimonial", text="""Hi Emma, would you mind if I shared your lovely feedback on my website? Sandra""")),

R("en-neg-cnil-complaint-copy", "Paul Hendricks <paul.hendricks@gmail.com>",
  "FYI - complaint lodged with CNIL",
  """Ms Delomenie,

For your information, I have lodged a complaint with the CNIL regarding your handling of my earlier request. Reference attached.

P. Hendricks""", [],
  att=[("pdf", "CNIL_complaint_receipt.pdf", "CNIL - Complaint receipt - Paul Hendricks - ref 26-044871")]),

R("en-neg-feedback", "Sunita Patel <sunita.patel@gmail.com>",
  "Thank you",
  """Dear Sandra, the retreat was wonderful. I feel I finally know how to set boundaries. Thank you for creating such a safe space. Sunita""", []),

R("en-neg-export-calendar", "Jane Howard <jane.howard@va-services.co.uk>",
  "Calendar export done",
  """Hi Sandra,

I've exported your Calendly bookings to the Google sheet and deleted the duplicated test slots. Let me know if you want the sheet shared with your accountant.

Jane (VA)""", []),

R("en-neg-friend-asks", "Tom Baxter <tom.baxter@gmail.com>",
  "My friend's course",
  """Hello, my friend Nils Andersen did your course. Could you tell me whether he completed it? Thanks, Tom""", []),

R("en-neg-phishing-paypal", "PayPal <service@paypa1-secure-check.com>",
  "Your account has been limited",
  """Dear Customer,

We noticed unusual activity. To restore access, verify your personal information within 48 hours or your account and data will be permanently deleted.

Verify now: https://paypa1-secure-check.com/verify""", [], html="only"),

R("en-neg-unsub-how", "Grace Liu <grace.liu@gmail.com>",
  "Newsletter question",
  """Hi Sandra, if I subscribe to your newsletter, can I unsubscribe easily later? I get so many emails already. Grace""", []),

R("en-neg-workshop-oppose", "Matt Hughes <matt.hughes@gmail.com>",
  "Following up",
  """Hi Sandra, after the assertiveness workshop I finally opposed my manager's plan in a meeting — calmly! It worked. Thanks, Matt""", []),

R("en-neg-parent-adult-son", "Linda Scott <linda.scott@gmail.com>",
  "My son",
  """Hello, my son Jamie (24) is one of your clients. Could you send me his notes? I'm worried about him. Linda""", []),

R("en-neg-forward-article", "Peter Walsh <peter.walsh@gmail.com>",
  "Fwd: Mindfulness at work",
  """Thought you'd like this one, Sandra.""", [],
  quote=dict(style="fwd", frm="HBR <newsletters@hbr.org>", subj="Mindfulness at work", to="peter.walsh@gmail.com", text="""Mindfulness at work: what the research says

A new study finds that short daily practices reduce stress...""")),
]

RECORDS += [
R("en-neg-screenshot-login", "Hollie Parker <hollie.parker@gmail.com>",
  "Login error (screenshot)",
  """Hi Sandra, this is what I get when I try to open module 2 — screenshot attached. Am I doing something wrong? Hollie""", [],
  att=[("png", "screenshot_error.png", None)]),

R("en-neg-company-paid-invoice", "Accounts Payable - Brightline Ltd <ap@brightline.co.uk>",
  "PO 44812 - invoice required",
  """Dear Sandra,

Please could you reissue the invoice for the team workshop with our PO number 44812 on it? Our finance system rejects invoices without it.

Kind regards,
Accounts Payable""", [], mailer="Microsoft Outlook 16.0"),
]
