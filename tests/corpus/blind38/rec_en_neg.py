"""English-language negatives (records)."""
from recbase import R

SANDRA = "Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"

R("en_neg_cancel_session", "en", [],
  "Karen Hughes <karen.hughes@gmail.com>",
  "Cancelling Thursday",
  """
Hi Sandra,

So sorry, I need to cancel Thursday's session - the builders are finally
coming to do the roof and I have to be there. Could we do the following
week?

Karen
""")

R("en_neg_delete_booking", "en", [],
  "Steve Collins <steve.collins@outlook.com>",
  "Booking",
  """
Hi, please delete my booking for Tuesday 3pm, I booked twice by mistake.
Keep the Wednesday one. Cheers, Steve
""")

R("en_neg_password", "en", [],
  "Alison Reed <alison.reed@gmail.com>",
  "Password reset not working",
  """
Hello,

I've tried the "forgot password" link three times and the reset email never
arrives. Could you reset it for me or tell me what I'm doing wrong?

Alison
""")

R("en_neg_cant_access_module", "en", [],
  "Priya Raman <priya.raman.home@gmail.com>",
  "Can't access module 4",
  """
Hi Sandra, module 4 still shows as locked for me even though I finished
module 3 yesterday. Is it released on a schedule? Thanks, Priya
""")

# NEAR-LINE: "close my account" with no mention of data -> negative per policy
R("en_neg_close_account", "en", [],
  "Gordon McKay <gordon.mckay@gmail.com>",
  "Close my account",
  """
Hello, could you close my account please? I won't be continuing the course.
Thanks, Gordon
""")

R("en_neg_invoice_copy", "en", [],
  "Laura Bennett <laura.bennett@gmail.com>",
  "Copy of invoice",
  """
Hi Sandra,

Could you send me a copy of the invoice for the March workshop? My employer
reimburses professional development and their finance team is asking for it.

Thanks,
Laura
""")

R("en_neg_export_calendar", "en", [],
  "Mark Jennings <mark.jennings.fr@gmail.com>",
  "Calendar",
  """
Hi Sandra - is there a way to export the session calendar so it shows up in
Outlook? The .ics link on the site gives me an error.
Mark
""")

R("en_neg_question_access_right", "en", [],
  "Eleanor Marsh <eleanor.marsh@outlook.com>",
  "Question about data requests",
  """
Hello,

Out of interest, how does the right of access work with a small business
like yours in France? Would I need to send ID, and is there a fee? I'm not
asking for anything now, just curious after our discussion at the workshop.

Eleanor
""")

# NEAR-LINE: asking what unsubscribing would do, without asking to be unsubscribed -> negative
R("en_neg_unsub_question", "en", [],
  "Jane Porter <jane.porter@gmail.com>",
  "Newsletter question",
  """
Hi Sandra, if I unsubscribe from the newsletter, will I still get the
course reminders and access to the replays? I don't want to lose those.
Jane
""")

R("en_neg_cnil_complaint_copy", "en", [],
  "Martin Hollis <martin.hollis@gmail.com>",
  "FYI - complaint lodged with the CNIL",
  """
Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL
regarding the handling of my earlier request. A copy of the complaint form
is attached.

Martin Hollis
""", att=[("pdf", "CNIL_complaint_Hollis.pdf", "COMPLAINT TO CNIL - Martin Hollis - copy")])

R("en_neg_other_adult_husband", "en", [],
  "Susan Wright <susan.wright@gmail.com>",
  "My husband's sessions",
  """
Dear Sandra,

My husband David has been seeing you for coaching since January. He's been
very withdrawn lately. Could you tell me what he's been discussing, or send
me his notes? I'm worried about him.

Susan
""")

# NEAR-LINE: manager asking for a living team member's data -> negative
R("en_neg_other_adult_colleague", "en", [],
  "Tom Fielding <tom.fielding@altamira-systems.com>",
  "Re: leadership programme",
  """
Hi Sandra,

One of my team, Priya Raman, asked me whether you still hold her 360
results. Could you send me what you have on her so I can check?

Tom Fielding
Engineering Manager
""")

R("en_neg_thanks_above_quote", "en", [],
  "Sarah Pennington <sarah.pennington@gmail.com>",
  "Re: My data",
  """
Got it, thank you so much Sandra! All good now.
Sarah
""", quote=dict(style="gmail_en", who=SANDRA, subj="My data",
               body="""Hi Sarah,

Attached is a copy of everything I held about you. As requested, it has now
all been deleted (except invoices, which I must keep for 10 years).

Best wishes,
Sandra

> Could you send me a copy of all the data you hold on me, and then delete
> it all? Thank you!"""), reply=True)

R("en_neg_consent_photo_yes", "en", [],
  "Oliver Grant <oliver.grant@outlook.com>",
  "Photo - fine by me",
  """
Hi Sandra, yes, happy for you to use the group photo on your website and
Instagram. Tag me if you like! Oliver
""")

R("en_neg_ooo_autoreply", "en", [],
  "Tom Fielding <tom.fielding@altamira-systems.com>",
  "Automatic reply: Programme dates 2026",
  """
Thank you for your email. I am out of the office until Monday 5 January
with limited access to email. For urgent matters please contact
hr@altamira-systems.com.

Tom
""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
          "Precedence": "auto_reply"}, reply=True)

R("en_neg_bounce_gmail", "en", [],
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """
Address not found

Your message wasn't delivered to becky.lawson@gmial.com because the domain
gmial.com couldn't be found. Check for typos or unnecessary spaces and try
again.
""", shape="report", bounce=dict(rcpt="becky.lawson@gmial.com", status="5.1.2",
  diag="DNS; Domain name not found", mta="mx.google.com",
  orig_from="contact@floraisondesoi.fr", orig_subj="Re: quick one"),
  to="contact@floraisondesoi.fr")

R("en_neg_stripe_receipt", "en", [],
  "Stripe <notifications@stripe.com>",
  "[Floraison de Soi] Payment of €190.00 from Daniel Brooks",
  """
You received a payment of €190.00 from dan.brooks@fastmail.com.

Payment method: Visa ending 4242
Description: Programme Floraison - instalment 2/3

View payment in Dashboard

Stripe Payments Europe, Ltd.
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

R("en_neg_stripe_dpa", "en", [],
  "Stripe <legal@stripe.com>",
  "Updates to the Stripe Data Processing Agreement",
  """
Hello,

We're writing to let you know about updates to the Stripe Data Processing
Agreement (DPA), effective in 30 days. The updates reflect changes to our
list of sub-processors and international data transfer mechanisms. No
action is required on your part.

The Stripe team
""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

R("en_neg_zoom_notif", "en", [],
  "Zoom <no-reply@zoom.us>",
  "Your meeting attendees are waiting!",
  """
Hi Sandra,

Emily Barbier has joined your meeting "Discovery session 30 min" and is
waiting for you to start it.

Start meeting

Copyright Zoom Communications, Inc.
""", shape="html", hdr={"Auto-Submitted": "auto-generated"})

R("en_neg_google_security", "en", [],
  "Google <no-reply@accounts.google.com>",
  "Security alert",
  """
A new sign-in on Mac

contact@floraisondesoi.fr

We noticed a new sign-in to your Google Account on a Mac device. If this
was you, you don't need to do anything. If not, we'll help you secure your
account.

Check activity

You received this email to let you know about important changes to your
Google Account and services.
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

R("en_neg_paypal_policy", "en", [],
  "PayPal <paypal@mail.paypal.com>",
  "We're updating our Privacy Statement",
  """
Hello Floraison de Soi,

We're making some changes to our Privacy Statement, effective next month.
You don't need to take any action. To read the updated statement, log in to
your account.

PayPal
""", shape="html", hdr={"List-Unsubscribe": "<mailto:unsubscribe@mail.paypal.com>",
                        "Precedence": "bulk"})

R("en_neg_phishing_docusign", "en", [],
  "DocuSign <dse@docusign-secure-mail.net>",
  "Sandra, please review and sign: Training Contract 2026.pdf",
  """
You have received a document to review and sign.

REVIEW DOCUMENT

Please complete within 24 hours to avoid cancellation of the agreement.
Do not share this email.
""", shape="html", replyto="noreply@docu-sign-review.top")

R("en_neg_gdpr_audit_spam", "en", [],
  "GDPR Compliance Team <audit@gdpr-shield-services.com>",
  "Your website may be exposing personal data - free GDPR audit",
  """
Dear Business Owner,

Our automated scan found potential GDPR issues on floraisondesoi.fr.
Fines can reach EUR 20,000,000 or 4% of turnover. Book a free 15-minute
audit with our experts today.

To opt out of future emails, reply REMOVE.
""")

R("en_neg_corporate_inquiry", "en", [],
  "Rebecca Stone <rebecca.stone@northbridge-consulting.com>",
  "Leadership coaching for our French team",
  """
Dear Ms Delomenie,

I'm HR Business Partner at Northbridge Consulting. We've recently opened an
office in Bourges and our six team leads - mostly British and Irish
expats - would benefit from coaching on managing in a French context.

Would you offer this in English? Could you send us a proposal with rates
for a 3-month programme?

Kind regards,
Rebecca Stone
HR Business Partner, Northbridge Consulting
""", shape="alt")

R("en_neg_expat_registration", "en", [],
  "Wendy Parker <wendy.parker@orange.fr>",
  "Workshop in English?",
  """
Hello!

My French is still pretty basic (we moved to Valençay last year). Is the
"Oser sa place" workshop in French only, or could I follow along? I'd love
to come and meet people.

Wendy
""")

R("en_neg_gdpr_training_topic", "en", [],
  "Rebecca Stone <rebecca.stone@northbridge-consulting.com>",
  "Re: Proposal",
  """
Hi Sandra,

Thanks for the proposal. One extra request: could half a day cover how
team leads should handle employees' data requests under GDPR - for example
when someone asks for access to their appraisal notes? Or is that outside
your remit?

Rebecca
""", quote=dict(style="outlook_en", who=SANDRA, subj="Proposal",
               body="""Dear Rebecca,
Please find attached my proposal for the team leads programme.
Best regards,
Sandra"""), reply=True)

# NEAR-LINE: 'withdraw' from a programme = cancellation -> negative
R("en_neg_withdraw_programme", "en", [],
  "Philip Grey <philip.grey@gmail.com>",
  "Withdrawing from the programme",
  """
Dear Sandra,

I'm afraid I have to withdraw from the six-month programme for health
reasons. Could you let me know what the cancellation terms are for the
remaining instalments?

Best,
Philip
""")

R("en_neg_team_objects_schedule", "en", [],
  "Rebecca Stone <rebecca.stone@northbridge-consulting.com>",
  "Friday sessions",
  """
Hi Sandra,

The team objects to Friday afternoon sessions - half of them drive back to
the UK on Fridays. Could we move to Tuesdays?

Rebecca
""")

R("en_neg_data_exercise", "en", [],
  "Daniel Brooks <dan.brooks@fastmail.com>",
  "Values exercise results",
  """
Hi Sandra,

I've entered all my data into the values exercise spreadsheet but the
scores look odd - everything comes out as "Security". Did I fill it in
wrong? Spreadsheet attached.

Dan
""", att=[("csv", "values_exercise.csv", "value;score\nSecurity;9\nFreedom;8\nFamily;9\n")])

R("en_neg_sent_own", "en", [],
  SANDRA, "Your session notes and next steps",
  """
Dear Fiona,

As promised, here is a short summary of today's session and the two
exercises for next week. Feel free to correct anything I've misunderstood.

Warmly,
Sandra Delomenie
Floraison de Soi - Coaching & Training
""", to="Fiona MacLeod <fiona.macleod@gmail.com>", shape="alt")

R("en_neg_fwd_article", "en", [],
  "Claire Whitfield <claire.whitfield@gmail.com>",
  "Fwd: Expat life in rural France",
  """
Thought you'd enjoy this, Sandra - you're quoted in paragraph 4!
C x
""", fwd=dict(style="gmail_en", frm="The Connexion <newsletter@connexionfrance.com>",
             to="claire.whitfield@gmail.com", subj="Expat life in rural France",
             body="""Loneliness, paperwork and finding your place: three expats in the
Indre share how coaching and local workshops helped them settle."""))

R("en_neg_corporate_end_contract", "en", [],
  "Rebecca Stone <rebecca.stone@northbridge-consulting.com>",
  "Ending our coaching contract",
  """
Dear Sandra,

Following budget cuts at group level, we will not renew the coaching
contract after the current quarter. Thank you for your excellent work with
the team leads - the feedback has been very positive.

Kind regards,
Rebecca
""")

R("en_neg_other_newsletter", "en", [],
  "ICF France Chapter <news@icf-france-chapter.org>",
  "Coaching ethics webinar: confidentiality and client records",
  """
Dear member,

Join our webinar on coaching ethics: confidentiality, storing client
records, and what to do when a client asks to see their notes.

Register now

You are receiving this as a member. Manage preferences or unsubscribe.
""", shape="html", hdr={"List-Id": "ICF France members <members.icf-france-chapter.org>",
                        "List-Unsubscribe": "<https://icf-france-chapter.org/unsubscribe>",
                        "Precedence": "list"})

R("en_neg_systemeio_payment_failed", "en", [],
  "Systeme.io <no-reply@systeme.io>",
  "Payment failed for your customer",
  """
Hello,

A subscription payment from one of your customers has failed.
Offer: Programme Floraison - monthly
Customer: m***@hotmail.co.uk

We will retry automatically in 3 days.
""", shape="alt", hdr={"Auto-Submitted": "auto-generated"})

R("en_neg_nonnative_schedule", "en", [],
  "Andrzej Kowalski <andrzej.kowalski@wp.pl>",
  "Re: question about my data",
  """
Thank you for explain. Now I remember, I was registered in salon in
Châteauroux. Is ok, no problem. Have a nice day.
Andrzej
""", quote=dict(style="gmail_en", who=SANDRA, subj="question about my data",
               body="""Hello Andrzej,
Your address was collected at the wellbeing fair in Châteauroux last
September, where you filled in a contact card. Attached is everything I hold
about you.
Kind regards,
Sandra"""), reply=True)
