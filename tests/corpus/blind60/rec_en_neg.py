# English messages that are NOT requests to Sandra (rights empty); most are hard negatives.
from recbase import R, Q, SANDRA, SANDRA_O, NEWS, FORM

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
BULK = [("Precedence", "bulk")]

RECORDS = [

# ------------------------------------------------------------ everyday sense
R("en-neg-cancel-session", "Helen Carter <helen.carter@gmail.com>",
  "Cancel Thursday's session",
"""Hi Sandra,

I'm so sorry, I need to cancel our session this Thursday - my flight back from Lyon was moved. Could we find another slot next week?

Best,
Helen""", []),

R("en-neg-password-reset", "Tom Fletcher <tom.fletcher@outlook.com>",
  "Can't log in",
"""Hi, the password reset link for the course platform says "token expired" every time. I've tried three times. Could you reset it for me manually? Thanks, Tom""", []),

R("en-neg-close-account", "Jennifer Walsh <jennifer.walsh@gmail.com>",
  "Close my account",
"""Hello, please close my account on the course site, I won't be using it again. Thanks, Jen""", []),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative (policy).

R("en-neg-withdraw-from-course", "Aisha Rahman <aisha.rahman@gmail.com>",
  "Withdrawing from the autumn course",
"""Dear Sandra,

Unfortunately I have to withdraw from the autumn course - I've been offered a job that starts in October. Could you let me know whether the deposit can be refunded or moved to the spring session?

Kind regards,
Aisha""", []),
# NEAR-LINE: "withdraw" from a course = cancellation, not withdrawal of consent -> negative.

R("en-neg-venue-access", "Mark Jenkins <mark.jenkins@gmail.com>",
  "Access to the venue on Saturday",
"""Hi Sandra, quick one: is there step-free access to the room for Saturday's workshop? My wife uses a stick these days. Thanks, Mark""", []),

R("en-neg-invoice-copy", "Accounts Payable - Lumen Analytics <ap@lumen-analytics.com>",
  "Copy of invoice FS-2025-044",
"""Hello,

Could you please send us a copy of invoice FS-2025-044 (team workshop, March) with our VAT number FR 82 912 334 556 added? Our auditors need it.

Many thanks,
Accounts Payable
Lumen Analytics""", [], exchange=True),

R("en-neg-objection-handling", "Rob Turner <rob.turner@northgate-sales.co.uk>",
  "Objection handling module",
"""Hi Sandra,

Our sales team loved your assertiveness training. Would you be able to add a half-day module on objection handling - how to stay calm when a client pushes back? We'd be looking at early next year.

Cheers,
Rob Turner
Head of Sales, Northgate""", [], exchange=True),
# NEAR-LINE: "objection" is a sales-training topic -> negative.

R("en-neg-consent-topic", "Dr. Emily Shaw <e.shaw@intl-school-berry.org>",
  "Workshop on consent for our Year 10s",
"""Dear Ms Delomenie,

Would you be available to run a workshop on consent and personal boundaries for our Year 10 students in English? Ideally two sessions of 90 minutes in March.

Best regards,
Emily Shaw
Pastoral Lead, International School of the Berry""", [], html="alt"),

R("en-neg-gdpr-training-topic", "Nadine Okafor <nadine.okafor@hopecharity.org>",
  "GDPR for our volunteers?",
"""Hi Sandra,

Our volunteers keep asking what they can and can't write down after listening sessions. Do you cover GDPR basics and confidentiality in your training for helpers, or could you recommend someone who does?

Thanks!
Nadine""", []),

R("en-neg-my-info-registration", "Carlos Mendes <carlos.mendes@gmail.com>",
  "My details for registration",
"""Hello Sandra,

Here are my details for the retreat registration:
Name: Carlos Mendes
Phone: +351 912 345 678
Dietary needs: vegetarian
Emergency contact: Rita Mendes, +351 913 222 111

Deposit sent via PayPal today.
Carlos""", []),

R("en-neg-delete-duplicate-booking", "Sophie Turner <sophie.turner@icloud.com>",
  "Duplicate booking",
"""Hi! I think I booked the 10am slot on the 14th twice by mistake (the page froze). Could you delete one of them? Thank you!

Sent from my iPhone""", []),
# NEAR-LINE: deleting a duplicate booking, no personal data erasure -> negative.

R("en-neg-how-long-keep", "Megan Price <megan.price@gmail.com>",
  "Data retention question",
"""Hi Sandra,

Before I sign up: how long do you keep session notes and intake forms after the coaching ends? I couldn't find it in the English part of your website.

Thanks,
Megan""", []),

R("en-neg-would-i-be-able", "Paul Dawson <paul.dawson@gmail.com>",
  "Just curious",
"""Hi Sandra,

Just curious - if I decided at some point to have my notes deleted, would I be able to do that, or do you have to keep them for legal reasons? No action needed, just want to understand.

Paul""", []),
# NEAR-LINE: asks how erasure works, explicitly no action needed -> negative.

R("en-neg-unsub-other-company", "Lisa Graham <lisa.graham@gmail.com>",
  "Reminders",
"""Hello, I clicked "unsubscribe" on some Calendly marketing emails last week. Will I still get your session reminders, or did I block those too? I don't want to miss them! Lisa""", []),
# NEAR-LINE: unsubscribed from a different company's marketing and wants to KEEP Sandra's reminders -> negative.

# -------------------------------------------------------------- third parties
R("en-neg-wife-data", "Richard Moore <richard.moore@gmail.com>",
  "My wife's information",
"""Hi Sandra,

My wife Karen did some sessions with you last year. Could you send me what you have on file for her? She's fine with it, she just hates dealing with emails.

Thanks,
Richard""", []),
# NEAR-LINE: spouse asks for another living adult's data without a mandate -> negative.

R("en-neg-hr-feedback", "People Team - Brightwave <people@brightwave.io>",
  "Coaching feedback for our managers",
"""Hello Sandra,

As the company funding the leadership coaching for our three managers, we'd like to receive a summary of each person's session notes and progress assessment for their annual reviews.

Best regards,
Hannah Lewis
People Partner, Brightwave""", [], exchange=True),
# NEAR-LINE: employer (payer) asks for its employees' personal records -> third party, negative.

R("en-neg-thanks-deletion", "Oliver Grant <oliver.grant@gmail.com>",
  "Re: Please delete my data",
"""Thanks Sandra, much appreciated. All the best with the business!
Oliver""", [],
  quote=Q("en", """Dear Oliver,

I confirm that all your personal data has been deleted from my files and from the course platform.

Best wishes,
Sandra""", who=SANDRA)),

R("en-neg-thanks-export", "Kevin Moore <kevin.moore@gmail.com>",
  "RE: Data export",
"""Got it, the JSON imported fine. Cheers!""", [],
  quote=Q("en_outlook", """Hi,

Could you send me the data I entered on the course platform in a machine-readable format like CSV or JSON?

Thanks,
Kevin""", who="Kevin Moore <kevin.moore@gmail.com>", to="contact@floraisondesoi.fr")),
# NEAR-LINE: the quoted part is his earlier portability request; new text is only thanks -> negative.

R("en-neg-thanks-testimonial-removed", "Natalie Cross <natalie.cross@gmail.com>",
  "Re: My testimonial on your website",
"""Perfect, I checked and it's gone. Thank you for being so kind about it x""", [],
  quote=Q("en", """Hi Natalie,

Of course - your testimonial has been removed from the website and the sales page.

Warmly,
Sandra""", who=SANDRA)),

# ------------------------------------------------------------- consent given
R("en-neg-yes-testimonial", "Grace Liu <grace.liu@gmail.com>",
  "Re: Would you share a few words?",
"""Hi Sandra, of course! You can use this on your website, with my first name and photo:

"Sandra helped me find my voice at work. Calm, kind and very practical."

Grace""", [],
  quote=Q("en", """Hi Grace,

Now that our sessions are over, would you be happy to share a few words about your experience for my website?

Sandra""", who=SANDRA)),

R("en-neg-consent-photo", "Eva Jansen <eva.jansen@gmail.com>",
  "photos ok",
"""Hi Sandra, yes I'm fine with appearing in the retreat photos on your site and Facebook. Have a lovely weekend! Eva""", []),

R("en-neg-subscribe", "Martin Hughes <martin.hughes@gmail.com>",
  "Newsletter sign-up",
"""Hello, I met you at the wellbeing fair in Bourges. Could you add me to your newsletter? Especially interested in anything in English. Thanks, Martin""", []),

# ----------------------------------------------------------------- auto-replies
R("en-neg-ooo", "Simon Blake <simon.blake@blake-partners.co.uk>",
  "Automatic reply: Workshop proposal",
"""Thank you for your email. I am out of the office until Monday 21 April with limited access to email. For urgent matters please contact office@blake-partners.co.uk.

Simon""", [], headers=AUTO + [("X-Auto-Response-Suppress", "All")], exchange=True, auto=True, reply=True),

R("en-neg-autoreply-gdpr", "Customer Care <noreply@wellnest-insurance.ie>",
  "We have received your message [Ref: 88213]",
"""Thank you for contacting WellNest. Your reference number is 88213.

Under the GDPR you have the right to access, rectify or erase your personal data, to restrict or object to its processing, and to data portability. To exercise these rights, contact our Data Protection Officer at dpo@wellnest-insurance.ie.

This is an automated message - please do not reply.""", [], headers=AUTO, html="only", auto=True),
# NEAR-LINE: an auto-reply listing every GDPR right -> negative.

# -------------------------------------------------------------------- bounce
R("en-neg-bounce-outlook", "Microsoft Outlook <postmaster@outlook.com>",
  "Undeliverable: Your Summer newsletter",
"""Your message to mike.oneill@hotmail.co.uk couldn't be delivered.

mike.oneill wasn't found at hotmail.co.uk.

Action Required: Recipient - Unknown To address""", [],
  to="contact@floraisondesoi.fr", return_path="", headers=[("Auto-Submitted", "auto-replied")], auto=True,
  bounce=dict(mta="DB9PR02MB7412.eurprd02.prod.outlook.com", rcpt="mike.oneill@hotmail.co.uk", status="5.1.10",
              remote="hotmail-com.olc.protection.outlook.com",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
              orig_from="Floraison de Soi <contact@floraisondesoi.fr>", orig_subject="Your Summer newsletter")),

# ----------------------------------------------------- platform notifications
R("en-neg-zoom-recording", "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Webinar: Taming stress is now available",
"""Hi Sandra,

Your cloud recording is now available.

Topic: Webinar: Taming stress
Date: Mar 3, 2026 07:00 PM Paris

Share recording with viewers: https://us06web.zoom.us/rec/share/...

Thank you for choosing Zoom.""", [], html="alt", headers=BULK, auto=True),

R("en-neg-stripe-payout", "Stripe <notifications@stripe.com>",
  "Your payout of €1,246.30 is on its way",
"""Hi Floraison de Soi,

A payout of €1,246.30 is on its way to your bank account ending in 7821. It should arrive within 2 business days.

View payout details in your Dashboard.

Stripe""", [], html="only", headers=BULK, auto=True),

R("en-neg-calendly-canceled", "Calendly <notifications@calendly.com>",
  "Canceled: James Whitaker and Sandra Delomenie",
"""Hi Sandra,

The event below has been canceled.

Event Type: Discovery call (30 min)
Invitee: James Whitaker (james.whitaker@gmail.com)
Event Date/Time: 11:00am - Friday, 6 June 2025 (Central European Time)
Cancellation reason: "Something came up at work, sorry!"

Calendly""", [], html="alt", headers=BULK, auto=True),

R("en-neg-paypal-received", "PayPal <service@intl.paypal.com>",
  "You've got money",
"""Hello Sandra Dumot-Deloménie,

Carlos Mendes sent you €150.00 EUR.
Note from Carlos: "Retreat deposit - vegetarian please!"

Transaction ID: 9AB12345CD678901E""", [], html="only", auto=True),

R("en-neg-linkedin", "LinkedIn <messages-noreply@linkedin.com>",
  "You appeared in 14 searches this week",
"""Sandra, you appeared in 14 searches this week.

See who's looking at your profile: https://www.linkedin.com/me/search-appearances

Unsubscribe | Help
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2""", [], html="alt",
  headers=BULK + [("List-Unsubscribe", "<https://www.linkedin.com/e/v2/unsubscribe>")], auto=True),

# ------------------------------------------------------- vendor privacy / DPA
R("en-neg-google-dpa", "Google Workspace <workspace-noreply@google.com>",
  "[Action advised] Updates to the Cloud Data Processing Addendum",
"""Hello Administrator,

We're writing to let you know that we are updating the Cloud Data Processing Addendum (CDPA) for Google Workspace, effective 30 days from this notice. The changes reflect updated subprocessors and international transfer mechanisms.

No action is required to continue using your services.

© 2025 Google LLC""", [], html="alt", auto=True),

R("en-neg-zoom-privacy", "Zoom <privacy@zoom.us>",
  "Updates to our Privacy Statement",
"""We're updating our Privacy Statement to give you more clarity about how we collect, use and share personal data, including data related to AI Companion features. The changes take effect on 1 September.

You can review the updated Privacy Statement at zoom.com/privacy.""", [], html="only", headers=BULK, auto=True),

R("en-neg-calendly-dpa", "Calendly Legal <legal@calendly.com>",
  "Calendly Data Processing Addendum - your copy",
"""Hello,

As requested in your account settings, please find the executed Calendly Data Processing Addendum attached for your records.

Calendly Legal""", [], auto=True, att=[("pdf", "Calendly_DPA_executed.pdf", "Calendly Data Processing Addendum - executed copy - Floraison de Soi")]),

# ---------------------------------------------------- compliance spam / phishing
R("en-neg-phishing-paypal", "PayPal Security <security@paypal-account-review.net>",
  "Your account has been limited",
"""Dear Customer,

We noticed unusual activity on your account and have temporarily limited it. To restore full access, please confirm your identity within 24 hours:

http://paypal-account-review.net/confirm

PayPal Security Team""", [], html="only"),

R("en-neg-gdpr-spam", "GDPR Compliance Team <team@gdpr-certify-now.com>",
  "Is floraisondesoi.fr GDPR-certified? Fines up to €20M",
"""Hi there,

Businesses like yours are being fined for missing cookie consent and privacy notices. Get your official GDPR certificate today for just €99 - includes a Data Subject Request template pack!

Reply YES to get started.

To stop receiving these emails, reply REMOVE.""", [], html="alt", headers=BULK),
# NEAR-LINE: cold marketing stuffed with GDPR vocabulary -> negative.

R("en-neg-cnil-complaint-copy", "Thomas Becker <thomas.becker@posteo.de>",
  "Copy: complaint lodged with the CNIL",
"""Dear Ms Delomenie,

For your information, please find attached a copy of the complaint I have lodged today with the CNIL regarding the handling of my enquiry in February.

Regards,
Thomas Becker""", [], att=[("pdf", "CNIL_complaint_Becker.pdf", "CNIL complaint - Thomas Becker - reference pending")]),

# ------------------------------------------------------------------ her own mail
R("en-neg-sandra-confirm", SANDRA,
  "Re: Right to be forgotten",
"""Dear Sarah,

Following your request, I confirm that your name, contact details and questionnaires have been erased from my files and from the online platform. Only the invoice remains, as required by French accounting law.

Kind regards,
Sandra Dumot-Deloménie
Floraison de Soi""", [], to="Sarah Kowalski <sarah.kowalski@proton.me>",
  quote=Q("en", """Dear Sandra,

I'm exercising my right to be forgotten. Please erase my name, contact details, questionnaires and anything else you keep on me, and confirm once done.

Sarah Kowalski""", who="Sarah Kowalski <sarah.kowalski@proton.me>")),
# NEAR-LINE: her own sent reply quoting an erasure request -> negative.

R("en-neg-sandra-newsletter", NEWS,
  "Your Summer newsletter ☀️",
"""Dear friends,

Summer is here! Our online workshops continue in July, in English and in French:

- "Taming stress" webinar, Tuesday 8 July, 7pm Paris time
- Mindful walk in the Berry countryside, Saturday 19 July

Take good care of yourselves,
Sandra

You are receiving this because you subscribed at floraisondesoi.fr.
Unsubscribe: https://floraisondesoi.fr/desinscription""", [], html="alt", to="subscribers@floraisondesoi.fr",
  headers=[("List-Id", "Floraison de Soi - English <news-en.floraisondesoi.fr>"),
           ("List-Unsubscribe", "<https://floraisondesoi.fr/desinscription>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),

R("en-neg-sandra-export-sent", SANDRA,
  "Your data, as requested",
"""Hi Naomi,

As requested, here is the data I hold about you: a summary below and the same information as a CSV file attached, which you can reuse as you like.

- Contact details (name, email, phone)
- Course enrolment (Resilience, spring 2025)
- Feedback form answers

Best,
Sandra""", [], to="Naomi Clarke <naomi.clarke@gmail.com>", reply=True,
  att=[("csv", "naomi_clarke_data.csv", "field,value\nname,Naomi Clarke\nemail,naomi.clarke@gmail.com\ncourse,Resilience spring 2025\n")]),

# --------------------------------------------------------------- forwarded / misc
R("en-neg-fwd-vat", "Daniel Price <daniel.price@lumen-analytics.com>",
  "Fwd: VAT number request",
"""Hi Sandra, forwarding this from our finance team as an attachment - they just need your VAT number for the invoice. Thanks! Dan""", [],
  fwd=dict(frm="Finance Team <finance@lumen-analytics.com>", to="daniel.price@lumen-analytics.com",
           subject="VAT number request",
           body="Hi Daniel,\n\nCould you ask the trainer (Floraison de Soi) for her intra-EU VAT number? We need it for the March invoice.\n\nThanks,\nFinance")),

R("en-neg-long-update", "Anna Kowalczyk <anna.kowalczyk@gmail.com>",
  "An update from me",
"""Dear Sandra,

It's been almost a year since our last session and I wanted to write to you properly. I moved to Kraków in the end, and I started the job at the foundation in January. Some days are still hard, but I use the breathing exercise every morning and I keep the little notebook you suggested.

My sister says I should "delete" the old version of me, but I think I'd rather keep her and thank her. Does that make sense? You taught me that.

I hope the workshops are going well and that Issoudun is as calm as I remember.

With love and gratitude,
Anna""", [], html="alt"),
# NEAR-LINE: a personal update using "delete" figuratively -> negative.

R("en-neg-subject-only-late", "Tom Fletcher <tom.fletcher@outlook.com>",
  "Running 10 min late for our call, sorry!", "", []),

R("en-neg-fwd-conference-details", "Ruth Gallagher <ruth.gallagher@gmail.com>",
  "Fwd: Wellbeing conference - speaker details",
"""Hi Sandra, see below - the organisers need your bio and a photo by Friday. I told them you'd send them directly. Ruth""", [],
  quote=Q("en_fwd", """Dear Ruth,

Could your French speaker send us a short bio (100 words) and a headshot for the programme by Friday?

Many thanks,
Conference team""", who="Mindful Cities Conference <team@mindfulcities.org>", to="ruth.gallagher@gmail.com",
          subject="Wellbeing conference - speaker details")),

]

EXTRA = {
    "en-neg-hr-feedback": dict(cc="Hannah Lewis <hannah.lewis@brightwave.io>, finance@brightwave.io"),
    "en-neg-calendly-canceled": dict(reply_to="James Whitaker <james.whitaker@gmail.com>"),
    "en-neg-password-reset": dict(att=[("png", "screenshot_error.png")]),
    "en-neg-consent-topic": dict(att=[("docx", "Year10_PSHE_outline.docx", "Year 10 PSHE - Consent and boundaries - outline")]),
}
for _r in RECORDS:
    _r.update(EXTRA.get(_r["key"], {}))
