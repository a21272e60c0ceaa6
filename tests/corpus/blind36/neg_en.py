# English-language negatives (b36).
from common import R, SANDRA, CONTACT, gmail_en, apple_en, outlook_en, fwd_en

LU = lambda url, mail=None: ("<%s>" % url) + (", <mailto:%s>" % mail if mail else "")

RECORDS = [
R("neg-en-delete-slot", [], "en", "Hannah Reid <hannah.reid@gmail.com>", "Thursday slot",
  """Hi Sandra, I've booked the Tuesday 6pm session instead, so you can delete my Thursday slot. See you Tuesday! Hannah"""),

R("neg-en-cancel-workshop", [], "en", "Oliver Grant <oliver.grant@outlook.com>", "Cancelling my place",
  """Hello Sandra,

Unfortunately I have to cancel my place on the April workshop - work trip came up. Could the fee be moved to the June session?

Best,
Oliver"""),

R("neg-en-cancel-subscription", [], "en", "Jennifer Cole <jennifer.cole@yahoo.com>", "Cancel my monthly plan",
  """Hi, please cancel my monthly membership from next month. I've enjoyed it but I need to cut costs for a while. Thanks, Jen"""),

R("neg-en-password", [], "en", "Mark Sullivan <mark.sullivan@gmail.com>", "Can't log in",
  """Hi,

I can't access my account on the course platform - the password reset email never arrives. Could you reset it for me?

Mark"""),

R("neg-en-access-portal", [], "en", "Yuki Sato <yuki.sato@gmail.com>", "access to my space",
  """Hello Sandra, I cannot access to my student space since yesterday, it says "forbidden". Maybe my payment is not registered? Thank you, Yuki"""),
# NEAR-LINE: "access to my space" login problem -> negative.

R("neg-en-close-account", [], "en", "Peter Lang <peter.lang@gmx.at>", "Close my account",
  """Hello, please close my account on your course platform, I have finished the programme. Regards, Peter Lang"""),
# NEAR-LINE: "close my account" alone -> negative.

R("neg-en-question-right", [], "en", "Samantha Brooks <sam.brooks@gmail.com>", "Question before signing up",
  """Hi Sandra,

Before I sign up: if I decide later that I want my data deleted, can I do that, and would you have to keep anything? Just asking for now.

Thanks,
Sam"""),
# NEAR-LINE: question about how erasure works -> negative.

R("neg-en-am-i-entitled", [], "en", "Gareth Evans <gareth.evans@btinternet.com>", "Am I entitled to my notes?",
  """Hello,

Am I entitled to see the notes you took during my sessions, under GDPR? My previous counsellor said notes belonged to her. I'm only trying to understand how it works.

Gareth"""),

R("neg-en-cnil-complaint-copy", [], "en", "Harold Fitzgerald <harold.fitzgerald@gmail.com>", "FYI: complaint lodged with the CNIL",
  """Ms Delomenie,

For your information, I have lodged a complaint with the CNIL regarding the marketing emails I received from your business. The confirmation is attached.

H. Fitzgerald""", att=[("CNIL_complaint_receipt.pdf", "application/pdf")]),

R("neg-en-husband-wife", [], "en", "Richard Moore <richard.moore@gmail.com>", "My wife's coaching",
  """Hello Sandra,

My wife Linda has been seeing you for a few months. Could you send me what she's discussed with you? I'm worried about her and she won't tell me much.

Richard"""),
# NEAR-LINE: spouse asking about another living adult -> negative.

R("neg-en-daughter-adult", [], "en", "Patricia Young <patricia.young@gmail.com>", "My daughter's details",
  """Hi,

My daughter Amy (she's 27) did your online course. She's asked me to get you to delete her details because she's too busy to write. Can you do that?

Patricia"""),
# NEAR-LINE: parent for an adult child, no mandate -> negative.

R("neg-en-employer-employee", [], "en", "Andrew Mills <a.mills@millsandco.co.uk>", "Feedback on our staff",
  """Dear Sandra,

Could you send us a copy of the individual assessment results for the five staff members who attended your resilience training? We'd like to use them in appraisals.

Andrew Mills
Operations Director""", fmt="alt"),

R("neg-en-thanks-deleted", [], "en", "James Holloway <james.holloway@hotmail.co.uk>", "Re: Please delete my data",
  """Thanks very much, Sandra - much appreciated.

James""" + gmail_en("Wed, Jan 21, 2026 at 10:02 AM", "Sandra Delomenie <sandra.delomenie@orange.fr>",
  """Dear James,
I confirm that all your personal data has been deleted, apart from invoices I must keep for accounting purposes.
Best regards,
Sandra

On Mon, Jan 19, 2026 at 8:15 PM James Holloway <james.holloway@hotmail.co.uk> wrote:
> I'd like you to delete all personal data you hold on me."""), reply=True, date="2026-01-21 12:30"),
# NEAR-LINE: thank-you above quoted erasure request that has been handled -> negative.

R("neg-en-thanks-export", [], "en", "Aisha Khan <aisha.khan@gmail.com>", "RE: Export of my coaching data",
  """Got it, the CSV opens fine. Thank you so much!
Aisha""" + outlook_en("Sandra Delomenie <sandra.delomenie@orange.fr>", "Friday, February 6, 2026 3:11 PM",
  "Aisha Khan", "RE: Export of my coaching data",
  """Hi Aisha,
Please find attached your data as a CSV file, as requested.
Sandra"""), reply=True, date="2026-02-06 17:48"),

R("neg-en-consent-given", [], "en", "Lucy Harper <lucy.harper@gmail.com>", "Happy for you to use my review",
  """Hi Sandra,

Yes, you're very welcome to use my review and my first name on your website and Instagram. Here it is again:

"Sandra helped me find my voice at work. Six sessions that changed how I see myself."

Lucy"""),
# NEAR-LINE: giving consent, not withdrawing -> negative.

R("neg-en-autoreply", [], "en", "Emma Clarke <emma.clarke@gmail.com>", "Out of office: Your session summary",
  """Thank you for your email. I'm on annual leave until 2 September with no access to email. If your message concerns data, access or deletion requests for our team, please contact privacy@northlogistics.co.uk.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
# NEAR-LINE: auto-reply mentioning access/deletion -> negative.

R("neg-en-autoreply-ooo", [], "en", "Michael Brennan <m.brennan@eircom.net>", "Automatic reply: Data portability request",
  """I'm currently out of the office and will respond when I return on Monday.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}, fmt="alt"),

R("neg-en-bounce-gmail", [], "en", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to margaret.wells1947@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
  kind="report", dsn=dict(rcpt="margaret.wells1947@gmail.com", status="5.1.1", diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist",
  osubj="Your account and your data", ofrom=SANDRA, mta="mx.google.com")),

R("neg-en-bounce-outlook", [], "en", "Microsoft Outlook <postmaster@outlook.com>", "Undeliverable: Your access request - copy of your data",
  """Delivery has failed to these recipients or groups:

priya.raman@outlook.com
The recipient's mailbox is full and can't accept messages now.""",
  kind="report", dsn=dict(rcpt="priya.raman@outlook.com", status="5.2.2", diag="smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full",
  osubj="Your access request - copy of your data", ofrom=SANDRA, mta="outlook.com")),

R("neg-en-stripe-receipt", [], "en", "Stripe <receipts@stripe.com>", "Your receipt from Floraison de Soi #1482-7730",
  """Receipt from Floraison de Soi
Amount paid: €197.00
Date paid: 4 Feb 2026
Payment method: Visa - 4242

Questions? Contact Floraison de Soi at contact@floraisondesoi.fr.""", fmt="html",
  hdr={"Auto-Submitted": "auto-generated"}, to="Aisha Khan <aisha.khan@gmail.com>"),
# NEAR-LINE: a copy of a client's receipt reaching her inbox (bcc) -> negative.

R("neg-en-stripe-dispute", [], "en", "Stripe <notifications@stripe.com>", "A payment has been disputed",
  """A customer has disputed a €120.00 payment to Floraison de Soi. Reason: duplicate. You have until March 28, 2026 to submit evidence.

View dispute in your Dashboard.""", fmt="alt",
  hdr={"List-Unsubscribe": LU("https://dashboard.stripe.com/settings/user/notifications"), "List-Id": "<disputes.stripe.com>"}),

R("neg-en-zoom-update", [], "en", "Zoom <no-reply@zoom.us>", "Important updates to Zoom's Privacy Statement",
  """Hi Sandra,

We're updating our Privacy Statement to explain more clearly how we collect, use and share personal data, and how you can exercise your rights to access, correct or delete it. The changes take effect on April 1, 2026.

The Zoom Team""", fmt="html", hdr={"List-Unsubscribe": LU("https://zoom.us/unsubscribe"), "List-Id": "<privacy-updates.zoom.us>"}),

R("neg-en-google-workspace-dpa", [], "en", "Google Workspace <workspace-noreply@google.com>", "[Action advised] Review the updated Cloud Data Processing Addendum",
  """Hello Administrator,

We're writing to let you know that we've updated the Cloud Data Processing Addendum. No action is required to continue using Google Workspace, but we recommend reviewing the changes.

Google LLC""", fmt="alt", hdr={"Auto-Submitted": "auto-generated"}),

R("neg-en-calendly-new", [], "en", "Calendly <notifications@calendly.com>", "New Event: Daniel Okafor - Discovery call",
  """Hi Sandra,

A new event has been scheduled.
Event Type: Discovery call (30 min)
Invitee: Daniel Okafor
Event Date/Time: 10:00 - Tuesday, 24 February 2026 (Central European Time)
Invitee notes: "Want to discuss career change."
""", hdr={"List-Unsubscribe": LU("https://calendly.com/app/notifications/unsubscribe"), "Auto-Submitted": "auto-generated"},
  att=[("invite.ics", "text/calendar")]),

R("neg-en-coach-newsletter", [], "en", "Brené-style Leadership Circle <hello@braveleadershipcircle.com>", "How to unsubscribe from other people's expectations",
  """Hi friend,

This week: three ways to unsubscribe from other people's expectations, delete the 'shoulds', and opt out of the guilt.

Join our free masterclass on Thursday.

You're receiving this because you signed up at braveleadershipcircle.com. Unsubscribe | Update preferences""", fmt="html",
  hdr={"List-Unsubscribe": LU("https://braveleadershipcircle.com/unsub?e=5521", "unsubscribe@braveleadershipcircle.com"),
       "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Id": "Brave Leadership Circle <news.braveleadershipcircle.com>"}),
# NEAR-LINE: newsletter using "unsubscribe/delete/opt out" metaphorically -> negative.

R("neg-en-gdpr-spam", [], "en", "GDPR Compliance Team <alert@gdpr-audit-center.net>", "Final notice: GDPR violation detected on floraisondesoi.fr",
  """Dear Website Owner,

Our scanner found 7 GDPR violations on your website. Fines up to EUR 20,000,000 may apply. Download your compliance report and fix kit for only EUR 249 today.

Get my report now""", fmt="html", hdr={"Reply-To": "sales@gdpr-audit-center.net"}),

R("neg-en-phishing-m365", [], "en", "IT Mail Admin <admin@mailbox-quota-update.com>", "Your mailbox will be deleted",
  """Your mailbox sandra.delomenie@orange.fr has exceeded its storage limit and will be permanently deleted unless you verify your account data within 24 hours.

Verify now: http://mailbox-quota-update.com/verify

Mail Admin""", fmt="html"),

R("neg-en-sandra-reply", [], "en", SANDRA, "Re: Moving my course progress",
  """Hi Chloe,

Thanks for your message. I've exported your progress, quiz answers and assignments as a CSV and a ZIP file - you'll find them attached. Let me know if anything is missing.

Warm regards,
Sandra Delomenie
Floraison de Soi""", to="Chloe Dubois-Smith <chloe.ds@outlook.com>", reply=True,
  att=[("export_chloe_ds.csv", "text/csv")]),

R("neg-en-business-inquiry", [], "en", "Laura Finch <laura.finch@greenfieldhr.com>", "Training proposal for our French team",
  """Dear Ms Delomenie,

We are a UK HR consultancy with a team in Bourges. We'd like a one-day workshop on stress management for 10 employees in French. Could you send us your rates and availability for May?

Kind regards,
Laura Finch""", fmt="alt"),

R("neg-en-data-journal", [], "en", "Tom Gallagher <tom.gallagher@icloud.com>", "My mood data for this week",
  """Hi Sandra,

As agreed, here's my sleep and mood data for the week (spreadsheet attached). Tuesday was rough, let's talk about it.

Tom""", att=[("mood_tracker_week6.csv", "text/csv")]),
# NEAR-LINE: the client sends his own data as homework -> negative.

R("neg-en-correct-typo-website", [], "en", "Emily Watson <emily.watson@gmail.com>", "Small typo on your site",
  """Hi Sandra, just a heads up: on your English page, "worshop" should be "workshop" in the second paragraph. Feel free to correct it whenever. Emily"""),

R("neg-en-fwd-friend", [], "en", "Kate Morgan <kate.morgan@gmail.com>", "Fwd: Recommendation",
  """Hi Sandra, my friend Jo is looking for a coach and I suggested you. Forwarding her message below - she's happy for you to contact her directly.

Kate""" + fwd_en("Jo Bradley <jo.bradley@gmail.com>", "Mon, 9 Mar 2026 at 21:10", "Recommendation", "Kate Morgan <kate.morgan@gmail.com>",
  """Hey Kate, do you know a good coach in France who does English sessions on Zoom? Career change stuff. Jo"""), date="2026-03-10 08:02"),

R("neg-en-nonnative-cancel", [], "en", "Piotr Zielinski <piotr.zielinski@onet.pl>", "Annulation / cancel",
  """Hello, sorry for my english. I must cancel my reservation of the stage in July because my wife is pregnant. Please can you tell me if I get back the money? Thank you, Piotr"""),
]
