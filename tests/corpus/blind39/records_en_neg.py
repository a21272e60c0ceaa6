"""English-language negatives (rights = [])."""
from common import R, Q, SANDRA, SANDRA_ORANGE, FLORAISON, NEWSLETTER_EN

RECORDS = [

R("en-neg-move-session", "en", [],
  "Priya Raman <priya.raman@outlook.com>",
  "Friday instead?",
  """Hi Sandra, could we move our session to Friday at the same time? Something's come up
at work on Thursday. Thanks! Priya""",
  quote=Q("apple_en", SANDRA, "Thursday", "Hi Priya,\n\nLooking forward to our session on Thursday at 9am.\n\nSandra")),

R("en-neg-invoice-copy", "en", [],
  "Tom Whitaker <tom.whitaker@protonmail.com>",
  "Invoice copy",
  """Hi Sandra,

Could you resend a copy of the invoice for the March sessions? My company will
reimburse it but I can't find the original email.

Cheers,
Tom"""),

R("en-neg-forgot-password", "en", [],
  "Margaret Ellis <maggie.ellis@btinternet.com>",
  "Can't get into the course",
  """Hello dear,

I have forgotten my password for the online course and the reset email never arrives.
I have looked in the spam folder as my grandson told me. What should I do?

Kind regards,
Margaret Ellis"""),

R("en-neg-cancel-subscription", "en", [],
  "Ben Carter <ben.carter@gmail.com>",
  "Cancel my subscription",
  """Hi,

Please cancel my monthly membership from next month. I've really enjoyed it but money
is tight at the moment.

Ben"""),

# NEAR-LINE: "close my account" with no mention of data -> negative
R("en-neg-close-account", "en", [],
  "Olga Ivanova <olga.ivanova@mail.ru>",
  "Account",
  """Hello, please close my account on the course platform, I will not use it anymore.
Thank you. Olga"""),

# NEAR-LINE: a question about how erasure works, asked hypothetically -> negative
R("en-neg-question-erasure", "en", [],
  "Liam Murphy <liam.murphy@gmail.com>",
  "GDPR question",
  """Hi Sandra,

Just curious - if someone asks you to delete their data, what happens to their payment
records in Stripe? Do those get deleted too, or do you have to keep them? I'm setting up
my own small business and trying to understand how it works in practice.

Thanks,
Liam"""),

R("en-neg-wife-sessions", "en", [],
  "Richard Moss <richard.moss@outlook.com>",
  "My wife's coaching",
  """Dear Ms Delomenie,

My wife Helen has been seeing you for a few months. I'm paying for these sessions, so I
think I'm entitled to know what's being discussed. Could you send me a summary of her
notes?

Richard Moss"""),

R("en-neg-thanks-above-handled", "en", [],
  "Daniel Foster <daniel.foster@gmail.com>",
  "Re: Request for erasure of personal data",
  """Thanks for confirming so quickly. All the best.

Daniel""",
  quote=Q("gmail_en", SANDRA, "Re: Request for erasure of personal data",
          """Dear Daniel,

I confirm that all personal data I held about you has been erased, including your
account on the course platform. Invoices are kept for 10 years as required by French
accounting law.

Kind regards,
Sandra

> Under Article 17 of the General Data Protection Regulation I request that you erase all
> personal data you hold about me without undue delay.""")),

R("en-neg-consent-testimonial", "en", [],
  "Hannah Lewis <hannah.lewis@gmail.com>",
  "Re: Testimonial",
  """Hi Sandra,

Of course - happy for you to use my testimonial on your website and in your brochure,
first name only please. The photo is fine too.

Hannah""",
  quote=Q("gmail_en", SANDRA, "Testimonial",
          """Hi Hannah,

Would you be happy for me to use the lovely feedback you wrote as a testimonial on my
website?

Sandra""")),

R("en-neg-delete-slot", "en", [],
  "Emma Clarke <emma.clarke@hotmail.co.uk>",
  "Double booking",
  """Hi Sandra, I think I booked the Tuesday slot twice by mistake - could you delete one
of them? Thanks! Emma"""),

R("en-neg-building-access", "en", [],
  "Sarah Mitchell <sarah.mitchell@gmail.com>",
  "Getting in on Saturday",
  """Hi Sandra,

How do we get access to the building for Saturday's workshop? Is there a door code or
will someone let us in? I'm coming from Bourges by car - any parking nearby?

Thanks,
Sarah"""),

R("en-neg-gdpr-training", "en", [],
  "Coaching Collective Europe <hello@coachingcollective.eu>",
  "Speaker request - GDPR for coaches",
  """Dear Sandra,

We're putting together a webinar series for independent coaches and would love to have
a session on "GDPR for solo practitioners: what you really need to do". Would you be
interested in presenting? 45 minutes plus Q&A, in English.

Best,
Maria
Programme Lead, Coaching Collective Europe"""),

R("en-neg-object-price", "en", [],
  "Peter Grant <peter.grant@gmail.com>",
  "Price increase",
  """Hi Sandra,

I have to say I object to the price increase for the membership - 30% in one go is a lot.
Is there any chance existing members could keep the old rate?

Peter"""),

R("en-neg-withdraw-workshop", "en", [],
  "Chloe Davies <chloe.davies@yahoo.co.uk>",
  "Withdrawing from Saturday",
  """Hi Sandra,

I'm so sorry but I need to withdraw from Saturday's workshop - my flight to France was
cancelled. Could I transfer my place to the next date?

Chloe"""),

R("en-neg-sent-own", "en", [],
  SANDRA,
  "Your access to \"Finding your inner compass\"",
  """Hi Laura,

Thank you for signing up! You'll find your login details for the course platform in a
separate email from Systeme.io. If you have any trouble accessing your space, just reply
to this message.

Warm wishes,
Sandra Delomenie
Floraison de Soi - Coaching & training""",
  to="Laura Schmidt <laura.schmidt@web.de>"),

R("en-neg-export-calendar", "en", [],
  "Kate Russell <kate.russell@icloud.com>",
  "Workshop dates",
  """Hi Sandra, is there a way to export the workshop calendar so I can add all the dates
to my iPhone? Thanks, Kate"""),

R("en-neg-exercise-data", "en", [],
  "Nikos Papadopoulos <nikos.papadopoulos@yahoo.gr>",
  "Values exercise",
  """Hello Sandra,

Here is my data from the values exercise (my top 10 values with the scores). I was not
sure if I must rank them or only give scores. See the file attached.

Nikos""",
  att=[("csv", "values_exercise.csv", "value,score\nfamily,10\nhonesty,9\nfreedom,9\nhealth,8\ncreativity,7\n")]),

R("en-neg-cnil-complaint-copy", "en", [],
  "Hans Becker <hans.becker@t-online.de>",
  "FYI - complaint to the CNIL",
  """Dear Mrs Delomenie,

For your information, I have today lodged a complaint with the CNIL about the
unsolicited emails I received after your stand at the Tours fair. A copy of my complaint
is below.

---
To: CNIL - Service des plaintes
I received marketing emails from Floraison de Soi without having given my consent.
---

Hans Becker"""),

R("en-neg-podcast-invite", "en", [],
  "Amy Walsh <amy@thebraveshift.fm>",
  "Podcast invitation - The Brave Shift",
  """Hi Sandra,

I host The Brave Shift, a podcast about career change for women over 40. A listener
recommended you and I'd love to have you on as a guest to talk about your work in rural
France. Recording is remote, around 40 minutes.

Let me know if you're interested!
Amy"""),

# ------------------------------------------------------------------ platform notifications
R("en-neg-calendly", "en", [],
  "Calendly <notifications@calendly.com>",
  "New Event: Priya Raman - 60 Minute Coaching Session",
  """Hi Sandra,

A new event has been scheduled.

Event Type: 60 Minute Coaching Session
Invitee: Priya Raman (priya.raman@outlook.com)
Event Date/Time: 09:00 - 10:00, Friday (Central European Time)
Location: Zoom

View event in Calendly""",
  shape="alt", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-zoom-recording", "en", [],
  "Zoom <no-reply@zoom.us>",
  "Cloud Recording - Online workshop: Finding your inner compass is now available",
  """Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Online workshop: Finding your inner compass
Share recording with viewers: https://us06web.zoom.us/rec/share/xyz789

Thank you for choosing Zoom.
-The Zoom Team""",
  shape="alt_qp", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-stripe-payout", "en", [],
  "Stripe <notifications@stripe.com>",
  "Your payout of €1,284.50 is on the way",
  """Floraison de Soi

A payout of €1,284.50 is on its way to your bank account ending in 7781.
Expected arrival: 2 business days.

View payout: https://dashboard.stripe.com/payouts

You're receiving this email because you're a team member of Floraison de Soi on Stripe.""",
  shape="alt", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-stripe-dispute", "en", [],
  "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a €97.00 payment to Floraison de Soi.

Reason: product_not_received
Respond by: 7 days from today

Submit evidence: https://dashboard.stripe.com/disputes

Stripe""",
  shape="html", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-google-security", "en", [],
  "Google <no-reply@accounts.google.com>",
  "Security alert",
  """A new sign-in on Mac

contact@floraisondesoi.fr

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you
don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account
and services.""",
  shape="alt", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),

R("en-neg-canva", "en", [],
  "Canva <marketing@engage.canva.com>",
  "New templates for coaches and wellness pros ✨",
  """Fresh templates just dropped!

Workbooks, social posts and session planners designed for coaches and wellness pros.

Browse templates: https://www.canva.com/templates/

Unsubscribe | Email preferences
Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australia""",
  shape="html", no_mailer=True,
  hdr={"List-Unsubscribe": "<https://engage.canva.com/unsubscribe?u=4f2>", "List-Id": "<marketing.engage.canva.com>",
       "Precedence": "bulk"}),

R("en-neg-linkedin", "en", [],
  "LinkedIn <messages-noreply@linkedin.com>",
  "Sandra, you have 3 new invitations",
  """You have 3 new invitations

Amy Walsh - Podcast host at The Brave Shift
Laura Bennett - Executive coach
Marc Dupont - HR Director

See all invitations: https://www.linkedin.com/mynetwork/

Unsubscribe: https://www.linkedin.com/psettings/email-unsubscribe""",
  shape="html", no_mailer=True,
  hdr={"List-Unsubscribe": "<https://www.linkedin.com/psettings/email-unsubscribe?x=1>", "Precedence": "bulk"}),

R("en-neg-mailchimp-dpa", "en", [],
  "Mailchimp <legal@mailchimp.com>",
  "Updates to our Data Processing Addendum",
  """Hello,

We're writing to let you know that we've updated our Data Processing Addendum to reflect
changes in the list of sub-processors and the latest Standard Contractual Clauses. The
updated DPA takes effect 30 days from today. No action is required.

You're receiving this mandatory service announcement because you have a Mailchimp
account.

Intuit Mailchimp, 405 N Angier Ave NE, Atlanta, GA 30308 USA""",
  shape="alt", no_mailer=True, hdr={"Precedence": "bulk"}),

R("en-neg-systemeio-update", "en", [],
  "Systeme.io <newsletter@systeme.io>",
  "New: AI course builder and improved GDPR tools",
  """Hi Sandra,

This month we're releasing an AI-assisted course builder, plus new GDPR tools: you can
now export or delete a contact's data in one click from the contact page.

Read the changelog: https://systeme.io/blog/changelog

Unsubscribe from product news: https://systeme.io/unsubscribe""",
  shape="alt", no_mailer=True,
  hdr={"List-Unsubscribe": "<https://systeme.io/unsubscribe?c=77a>", "List-Id": "Systeme.io product news <news.systeme.io>",
       "Precedence": "bulk"}),

R("en-neg-compliance-spam", "en", [],
  "GDPR Compliance Desk <alert@gdpr-audit-now.io>",
  "Action required: GDPR violation detected on floraisondesoi.fr",
  """Dear Website Owner,

Our automated scanner detected 5 GDPR violations on floraisondesoi.fr, including missing
cookie consent and an unprotected contact form. Fines can reach €20 million.

Get your full compliance report and fix kit for only €299:
https://gdpr-audit-now.io/report?site=floraisondesoi.fr

This offer expires in 48 hours.""",
  shape="html", no_mailer=True),

R("en-neg-phishing-domain", "en", [],
  "Domain Services <billing@domain-renewal-center.net>",
  "FINAL NOTICE: floraisondesoi.fr expiration",
  """Your domain floraisondesoi.fr will EXPIRE and your email and website will stop
working. Renew now to avoid losing your data:

http://domain-renewal-center.net/renew?d=floraisondesoi.fr

Domain Services Billing""",
  shape="html", no_mailer=True, reply_to="support@domain-renewal-center.net"),

R("en-neg-bounce-postfix", "en", [],
  "Mail Delivery System <MAILER-DAEMON@mx1.hosting-uk.net>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.hosting-uk.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<rebecca.holloway@old-employer.co.uk>: host mx.old-employer.co.uk said:
    550 5.1.1 User unknown""",
  shape="report", no_mailer=True, hdr={"Auto-Submitted": "auto-replied"},
  report=dict(mta="mx1.hosting-uk.net", orig_to="rebecca.holloway@old-employer.co.uk", status="5.1.1",
              diag="550 5.1.1 User unknown", orig_subj="Re: Subject Access Request",
              orig_text="Dear Rebecca,\n\nThank you for your request, which I received today. I will respond within one month.\n\nKind regards,\nSandra Delomenie")),

R("en-neg-autoreply-ooo", "en", [],
  "Mark Jennings <mark.jennings@jenningsltd.co.uk>",
  "Automatic reply: Finding your inner compass ✨",
  """Thank you for your email. I am out of the office until Monday 14th with limited access
to email. For urgent matters please contact office@jenningsltd.co.uk.

Mark""",
  hdr={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent",
       "X-Mailer": "Microsoft Exchange Server"}),

R("en-neg-autoreply-xautoreply", "en", [],
  "Giulia Bianchi <giulia.bianchi@libero.it>",
  "Out of office / Fuori sede",
  """I'm on holiday until 25 August. I will answer your message when I come back.
Sono in ferie fino al 25 agosto.

Giulia""",
  hdr={"X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-newsletter-other", "en", [],
  "The Coaching Hub <news@thecoachinghub.com>",
  "5 ways to get more referrals this quarter",
  """Hi Sandra,

Referrals are the lifeblood of any coaching practice. Here are five simple ways to ask
for them without feeling pushy...

Read more: https://thecoachinghub.com/blog/referrals

You're receiving this because you subscribed at thecoachinghub.com.
Unsubscribe: https://thecoachinghub.com/unsubscribe""",
  shape="alt", no_mailer=True,
  hdr={"List-Unsubscribe": "<https://thecoachinghub.com/unsubscribe?id=551>, <mailto:unsubscribe@thecoachinghub.com>",
       "List-Id": "The Coaching Hub <news.thecoachinghub.com>", "Precedence": "list"}),

R("en-neg-fwd-workshop-details", "en", [],
  "Sophie Turner <sophie.turner@gmail.com>",
  "Fwd: Workshop details",
  """Hi Sandra, forwarding this as my friend Jess would like to come too - is there still
a place for her? Thanks! Sophie""",
  fwd=Q("gmail_en", SANDRA, "Workshop details",
        """Hi Sophie,

Here are the details for the online workshop on Thursday: 7pm Paris time, Zoom link to
follow the day before.

Sandra""", to="Sophie Turner <sophie.turner@gmail.com>")),

R("en-neg-hr-employee-list", "en", [],
  "People Team - Northwind SAS <people@northwind-sas.com>",
  "Leadership programme - participants",
  """Dear Sandra,

Please find below the updated list of participants for the leadership programme. Could
you send each of them the pre-work questionnaire and share their completion status with
us before the first session?

- Julien Martin
- Aisha Khan
- Paul Ferreira

Thanks,
Anna - People Team"""),

R("en-neg-refund", "en", [],
  "Jordan Lee <jordan.lee@gmail.com>",
  "Refund for the course",
  """Hi, I bought the online course last week but the videos won't play on my laptop at all.
I'd like a refund please. Order number 55120. Thanks, Jordan"""),

R("en-neg-correct-handout", "en", [],
  "Laura Bennett <laura@bennettcoaching.co.uk>",
  "Handout for Thursday",
  """Hi Sandra,

Looks great! Could you correct the typo on page 2 of the handout ("recieve") and change
the start time to 10:30 before we print it? Then we're good to go.

Laura (co-facilitator)"""),

# NEAR-LINE: sister asks for another living adult's login and progress -> negative
R("en-neg-sister-login", "en", [],
  "Karen Price <karen.price@gmail.com>",
  "My sister's account",
  """Hi Sandra,

My sister Linda signed up for your course but she's hopeless with computers. Could you
send me her login details and tell me which modules she has done? I'll help her.

Karen"""),

# NEAR-LINE: giving (not withdrawing) consent to recordings -> negative
R("en-neg-consent-form-signed", "en", [],
  "Emma Clarke <emma.clarke@hotmail.co.uk>",
  "Signed consent form",
  """Hi Sandra,

Attached is the signed consent form for recording our sessions. Happy for you to keep
the recordings for my file.

Emma""",
  att=[("pdf", "consent_form_signed_EClarke.pdf", "Consent to recording of coaching sessions - Emma Clarke - signed")]),

R("en-neg-stripe-dpa", "en", [],
  "Stripe <legal-notices@stripe.com>",
  "Updates to the Stripe Data Processing Agreement",
  """We're updating the Stripe Data Processing Agreement and our list of subprocessors.
These updates will take effect in 30 days. You don't need to take any action.

Read the updated DPA: https://stripe.com/legal/dpa

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Ireland""",
  shape="alt_b64", no_mailer=True, hdr={"Precedence": "bulk"}),

R("en-neg-subject-only-thanks", "en", [],
  "Zoe Kim <zoe.kim@gmail.com>",
  "thanks for today!!",
  """Sent from my iPhone"""),

R("en-neg-thanks-data-received", "en", [],
  "Rebecca Holloway <rebecca.holloway@btinternet.com>",
  "RE: Subject Access Request",
  """Dear Sandra,

Thank you - I have received the files and everything appears to be in order.

Best wishes,
Rebecca""",
  quote=Q("outlook_en", SANDRA, "RE: Subject Access Request",
          """Dear Rebecca,

Please find attached a copy of all the personal data I hold about you, with the
information requested under Article 15.

Kind regards,
Sandra Delomenie

-----Original Message-----
I am writing to make a subject access request under Article 15 of the GDPR.""",
          to="Rebecca Holloway <rebecca.holloway@btinternet.com>")),

# NEAR-LINE: hypothetical question about how access works ("if I asked...") -> negative
R("en-neg-question-access-time", "en", [],
  "Sophie Turner <sophie.turner@gmail.com>",
  "Quick question",
  """Hi Sandra, just wondering - if I ever asked for a copy of my session notes, how long
would that normally take, and would it cost anything? Not asking now, just want to know
for later. Sophie"""),

R("en-neg-nonnative-reschedule", "en", [],
  "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "Change of our meeting",
  """Dear Sandra-san,

I am sorry, I have to change our meeting of next Wednesday because of my business trip.
Is it possible on Thursday same hour? I apologize for the inconvenience.

Best regards,
Yuki Tanaka"""),

R("en-neg-nonnative-opposite", "en", [],
  "Marco Rossi <marco.rossi@gmail.com>",
  "Feedback of the training",
  """Hello Sandra,

I want to give you a feedback about the training. It was very interesting, in
particular the part about the consent and the boundaries. Only one thing: I am opposite
to doing role plays in front of everybody, it was difficult for me. Maybe in small
groups next time?

Thanks for everything,
Marco"""),

R("en-neg-paypal-receipt", "en", [],
  "PayPal <service@paypal.com>",
  "Receipt for your payment to Canva Pty Ltd",
  """You sent a payment of €11.99 EUR to Canva Pty Ltd.

Transaction ID: 8JK23419LM772
Description: Canva Pro - monthly

PayPal (Europe) S.à r.l. et Cie, S.C.A.""",
  shape="alt", no_mailer=True, hdr={"Auto-Submitted": "auto-generated"}),
]
