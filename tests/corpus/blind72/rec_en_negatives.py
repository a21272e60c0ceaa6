# English negatives.
from rec_common import R, HER, HER_ORANGE

R("en-neg-cancel-slot", "Cancel my slot on Friday",
  """Hi Sandra, something came up at work, could you delete my Friday 3pm slot? I'll rebook next week. Sorry!
Jake""", [], frm="Jake Morrison <jake.morrison@gmail.com>")

R("en-neg-invoice-copy", "Invoice copy",
  """Hello, could you send me a copy of the invoice for the March workshop? My employer needs it for reimbursement. Thanks, Anna""",
  [], frm="Anna Kovacs <anna.kovacs@gmail.com>")

R("en-neg-password", "Can't log in",
  """Hi, I can't access my account on the course platform — the password reset email never arrives. Could you help?
Mark""", [], frm="Mark Ellison <mark.ellison@outlook.com>")
# NEAR-LINE: "can't access my account" is a login problem, not the right of access -> negative

R("en-neg-close-account", "Close my account",
  """Please close my account, I don't need it anymore. Thanks.""", [], frm="Ryan Cole <ryan.cole@yahoo.com>")
# NEAR-LINE: close account alone, no data mentioned -> negative

R("en-neg-how-long", "Data retention question",
  """Hi Sandra,
Just out of curiosity — how long do you keep session notes after the coaching ends? And do you store them in the cloud?
Thanks,
Beth""", [], frm="Beth Harding <beth.harding@gmail.com>")

R("en-neg-right-question", "Quick question about GDPR",
  """Hello,
Do I have the right to ask you to delete my data even though I still owe you for one session? I'm not asking yet, just want to understand my options.
Regards,
Samuel""", [], frm="Samuel Okoro <samuel.okoro@gmail.com>")

R("en-neg-ico-complaint", "FYI: complaint filed",
  """For your information, I have filed a complaint with the CNIL regarding the handling of my earlier request. The reference is below.

Reference: CNIL-2025-118803

D. Walsh""", [], frm="Declan Walsh <declan.walsh@eircom.net>")
# NEAR-LINE: notice of a CNIL complaint, no new request in the text -> negative

R("en-neg-husband-data", "My wife's sessions",
  """Hi,
My wife Jennifer Hall has been seeing you for coaching. Can you tell me what you've discussed and send me her notes? I'm paying for the sessions.
Andrew Hall""", [], frm="Andrew Hall <andrew.hall@btinternet.com>")
# NEAR-LINE: paying spouse asking about another living adult -> negative

R("en-neg-thanks-above-request", "Re: Please delete my data",
  """Thank you Sandra, much appreciated!
Sarah""", [], frm="Sarah Whitfield <sarah.whitfield@yahoo.co.uk>",
  q="""Hi Sarah,
All done — your data has been deleted from my files and the training platform.
Best wishes,
Sandra

> Hi Sandra, could you please delete all my personal information from your records?""", qs="en")

R("en-neg-consent-given", "Re: Testimonial",
  """Hi Sandra, yes of course you can use my testimonial and first name on your website. Happy to help!
Rachel""", [], frm="Rachel Dunn <rachel.dunn@gmail.com>",
  q="""Hi Rachel, would you be happy for me to publish your lovely feedback on my website?
Sandra""", qs="en")

R("en-neg-autoreply", "Automatic reply: Workshop dates",
  """Thank you for your email. I am out of the office until Monday 14 April with limited access to email.

Under the GDPR you have the right to access, rectify or erase the personal data we hold about you. For data protection queries please contact privacy@northbridge-consulting.com.

Kind regards,
Helen Marsh""", [], frm="Helen Marsh <helen.marsh@northbridge-consulting.com>",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "bulk"})

R("en-neg-stripe-dispute", "A payment has been disputed",
  """A customer has disputed a payment of €120.00.
Reason: product not received
Respond by 22 May to avoid losing the dispute.
— The Stripe team""", [], frm="Stripe <notifications@stripe.com>", html="alt",
  headers={"Auto-Submitted": "auto-generated"})

R("en-neg-paypal-policy", "Updates to our Privacy Statement",
  """Hello Sandra Delomenie,

We're updating our Privacy Statement, effective 1 July. The changes describe how we use personal data to personalise offers and how you can object to that use in your settings.

No action is required.

PayPal""", [], frm="PayPal <paypal@mail.paypal.com>", html="only",
  headers={"List-Unsubscribe": "<https://www.paypal.com/unsubscribe>"})

R("en-neg-zoom", "Your meeting attendees are waiting",
  """Hi Sandra,
Attendees are waiting for your meeting "Boundaries at work — online workshop" to start.
Start meeting""", [], frm="Zoom <no-reply@zoom.us>", headers={"Auto-Submitted": "auto-generated"})

R("en-neg-phishing-dsr", "Data Subject Request — action required",
  """Dear customer,

A data subject request has been filed against your domain. To avoid penalties, verify your mailbox within 24 hours:
https://gdpr-dsr-verify.net/secure

Compliance Department""", [], frm="GDPR Compliance <noreply@gdpr-dsr-verify.net>", html="only")
# NEAR-LINE: phishing using DSR vocabulary -> negative

R("en-neg-compliance-spam", "Is your coaching business GDPR-ready?",
  """Hi Sandra,

Most solo coaches don't realise they need a records-of-processing register and a procedure for access and erasure requests. Our 30-minute audit costs just €99.

Book here: calendly.com/gdpr-for-coaches

Best,
Lauren, GDPR for Coaches""", [], frm="Lauren Price <lauren@gdprforcoaches.io>",
  headers={"List-Unsubscribe": "<mailto:unsub@gdprforcoaches.io>"})

R("en-neg-her-export", "Your data export",
  """Hi Claire,

As requested, please find attached your data in CSV format. I've also sent it directly to Niamh.

All the best,
Sandra""", [], frm=HER, to="Claire Donnelly <claire.donnelly@eircom.net>",
  att=[("csv", "claire_donnelly_export.csv", "field,value\nname,Claire Donnelly\nsessions,8\nprogramme,Individual coaching")])

R("en-neg-her-erasure-confirm", "Confirmation: your data has been erased",
  """Dear Mr Kowalski,

This is to confirm that your account and the data linked to it have been deleted from the training platform and my records.

Kind regards,
Sandra Delomenie""", [], frm=HER, to="Daniel Kowalski <d.kowalski@wp.pl>")

R("en-neg-cancel-sub", "Cancel subscription",
  """Hello, please cancel my monthly subscription to the online programme from next month. I've enjoyed it but money is tight. Thanks, Priya""",
  [], frm="Priya Shah <priya.shah@gmail.com>")

R("en-neg-consent-workshop", "Workshop on consent?",
  """Hi Sandra,

I run a youth theatre in Bristol. Would you consider running an online session on consent and personal boundaries for our 16-18 year olds?

Cheers,
Owen""", [], frm="Owen Price <owen@bristolyouththeatre.org.uk>")

R("en-neg-export-calendar", "Calendar export",
  """Could you export the workshop calendar to an .ics file so I can add all dates at once? Thanks! Maya""",
  [], frm="Maya Jensen <maya.jensen@gmail.com>")

R("en-neg-correct-slides", "Typos in the slides",
  """Hi Sandra, loved the webinar! Small thing: slide 12 says "stakeholers". You might want to correct the document before sharing the replay.
Best, Tim""", [], frm="Tim Baker <tim.baker@gmail.com>")

R("en-neg-hr-attendance", "Attendance confirmation for our staff",
  """Dear Ms Delomenie,

Could you please confirm which of our five employees attended the full two days of the "Resilience at work" training, and send the attendance sheet? We need it for our training budget records.

Best regards,
Karen Doyle
HR Manager, Atlantic Foods Ltd""", [], frm="Karen Doyle <k.doyle@atlanticfoods.ie>")

R("en-neg-friend-delete", "My friend Tom",
  """Hi Sandra, my friend Tom Reid asked me to tell you he'd like to be removed from your mailing list. He's not great with email. Cheers, Liam""",
  [], frm="Liam Foster <liam.foster@gmail.com>")
# NEAR-LINE: relaying for another living adult without mandate -> negative

R("en-neg-bounce", "Undeliverable: Your data export",
  "", [], frm="Microsoft Outlook <postmaster@outlook.com>", shape="bounce",
  headers={"Auto-Submitted": "auto-replied"},
  bounce=dict(text="""Delivery has failed to these recipients or groups:

m.becker-old@outlook.com
The email address you entered couldn't be found.""", rcpt="m.becker-old@outlook.com",
              orig_subject="Your data export", mta="EUR03-AM7-obe.outbound.protection.outlook.com"))

R("en-neg-fwd-newsletter", "Fwd: thought you'd like this",
  """Sandra — saw this newsletter about GDPR for wellness practitioners and thought of our chat last week. The bit on "right to be forgotten vs right to object" is quite clear.
x Jo""", [], frm="Joanna Reeves <joanna.reeves@gmail.com>", shape="fwd822",
  inner=dict(frm="Wellness Business Weekly <hello@wellnessbizweekly.com>", to="joanna.reeves@gmail.com",
             subject="GDPR for practitioners: erasure, objection and everything in between",
             body="""This week: what the right to be forgotten means for your client files, when the right to object applies, and how to handle consent withdrawal for testimonials."""))

R("en-neg-objection-meeting", "Objections in sales calls",
  """Hi Sandra,
For my next session I'd like to work on handling objections in sales calls — I freeze every time a client says "it's too expensive". Could we role-play that?
Nick""", [], frm="Nick Turner <nick.turner@gmail.com>")

R("en-neg-access-building", "Access to the building",
  """Hello, will the building be open from 8:30 on Saturday? I'd like to set up early for my part of the workshop. Thanks, Sophie""",
  [], frm="Sophie Grant <sophie.grant@gmail.com>")

R("en-neg-portability-question", "Moving coaches — possible?",
  """Hi,
If I switched to another coach at some point, would you be able to send my file across? Not planning to, just asking how it works.
Thanks,
Helen""", [], frm="Helen Carr <helen.carr@gmail.com>")

R("en-neg-registration-info", "My details for the retreat",
  """Hi Sandra,
Here are my details for the retreat booking: Emma Lewis, born 04/02/1990, allergic to nuts, arriving by train on Friday.
See you soon!""", [], frm="Emma Lewis <emma.lewis@gmail.com>")

R("en-neg-thanks-quoted-outlook", "RE: Your data",
  """Received, thanks very much.
Martin""", [], frm="Martin Becker <martin.becker@gmx.de>",
  q="""Dear Mr Becker,
Please find attached your data in a structured format as requested under Article 20.
Kind regards,
Sandra Delomenie""", qs="en_outlook")

R("en-neg-google-workspace", "Your Google Workspace invoice is available",
  """Your invoice for Google Workspace (floraisondesoi.fr) is available. Amount: €6.80. View it in the Admin console.""",
  [], frm="Google Workspace <payments-noreply@google.com>", html="alt", headers={"Auto-Submitted": "auto-generated"})

R("en-neg-dead-pet", "Rest in peace, Biscuit",
  """Hi Sandra, sorry I missed Tuesday — our old dog Biscuit passed away and I was in no state to come. Could we reschedule to next week? I'm doing okay.
Kate""", [], frm="Kate Holloway <kate.holloway@gmail.com>")
# NEAR-LINE: mentions a death but not of a person whose data she holds, no data request -> negative
