# English negatives.
from common import R, SANDRA, CONTACT
from rec_neg_fr2 import AUTO, LU

RECORDS = [
R("n-en-reschedule", [], "en", "Emily Carter <emily.carter@outlook.com>", "Can we move Thursday?",
"""Hi Sandra,

Something's come up at work - could we move Thursday's session to Friday at the same time? If not, no worries, I'll make it work.

Emily
"""),

R("n-en-deleted-app", [], "en", "Tom Walsh <tom.walsh@gmail.com>", "Journaling app",
"""Hi Sandra,

Update on the homework: I deleted Instagram and TikTok from my phone like we discussed, and I've been using the journaling app every morning instead. Ten days so far!

See you next week,
Tom
"""),

R("n-en-export-calendar", [], "en", "Grace Kim <grace.kim@gmail.com>", "Workshop dates",
"""Hello Sandra,

Is there a way to export the workshop dates to my Google Calendar? The link on the course page only gives me a PDF.

Thanks!
Grace
"""),

R("n-en-cancel-workshop", [], "en", "Michael Turner <michael.turner@yahoo.com>", "Cancelling my spot",
"""Hi Sandra,

I'm afraid I need to cancel my spot on the 12 April workshop - family emergency. Could you let me know about the refund policy?

Best,
Michael
"""),

R("n-en-cancel-subscription", [], "en", "Sarah Mitchell <sarah.mitchell.coach@gmail.com>", "Cancel monthly membership",
"""Hi,

Please cancel my monthly membership to the online circle from next month. I've loved it but need to cut costs for now.

Sarah
"""),

R("n-en-password", [], "en", "Oliver Grant <oliver.grant@proton.me>", "Can't log in",
"""Hi, I'm locked out of the course platform - the password reset email never arrives. Could you reset it for me or tell me what I'm doing wrong? Thanks, Oliver
"""),

R("n-en-access-course", [], "en", "Paolo Rinaldi <paolo.rinaldi@libero.it>", "access to course",
"""Hello Sandra,
I buy the course yesterday but I cannot access to my space, it say "no product". Can you help me please?
Paolo
"""),

R("n-en-close-account", [], "en", "Daniel Brooks <dan.brooks@yahoo.co.uk>", "Close account",
"""Hi, could you close my account on the course site please? Thanks, Dan
"""),
# NEAR-LINE: "close my account" alone -> negative.

R("n-en-how-right-works", [], "en", "Laura Bennett <laura.bennett@gmail.com>", "Question about GDPR",
"""Hi Sandra,

Before I sign up for the 1:1 programme: am I allowed to ask you to delete my session notes afterwards? And if I did, would I lose access to the course materials? Just want to understand how it works.

Laura
"""),
# NEAR-LINE: question about how a right works -> negative.

R("n-en-portability-question", [], "en", "Anders Nilsson <anders.nilsson@telia.se>", "Data portability - question",
"""Hello,

Does the right to data portability also cover the audio recordings of sessions, or only the forms I filled in? I am not requesting anything at this stage, just researching for a blog post.

Best regards,
Anders
"""),

R("n-en-cnil-complaint-copy", [], "en", "James O'Brien <james.obrien@gmail.com>", "FYI - complaint lodged",
"""Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL (reference 26-004512) regarding the handling of my earlier request. A copy of the complaint is attached.

J. O'Brien
""", att=[("pdf", "CNIL_complaint_26-004512.pdf")]),

R("n-en-wife-data", [], "en", "Robert Hall <robert.hall@gmail.com>", "My wife's information",
"""Hello Sandra,

My wife Julia did some coaching with you last year. Could you send me what you have on file for her? She's been struggling and I want to understand what's going on.

Robert
"""),
# NEAR-LINE: spouse asking for another living adult's data -> negative.

R("n-en-adult-son", [], "en", "Karen Wood <karen.wood@btinternet.com>", "My son's account",
"""Hi,

My son Josh (24) signed up for your online course using my card. Can you delete his account and details? He's not very organised so I'm handling it.

Karen Wood
"""),
# NEAR-LINE: parent of an adult child -> another living adult -> negative.

R("n-en-employee-data", [], "en", "HR Team – Nordlicht GmbH <hr@nordlicht-gmbh.de>", "Employee training records",
"""Dear Ms Delomenie,

Could you please send us the assessment results and attendance records for our employee Ms. Schneider, who completed your leadership training in October? We need them for her annual review.

Kind regards,
HR Team
"""),
# NEAR-LINE: employer about an employee -> negative.

R("n-en-thanks-deleted", [], "en", "Claire Dawson <claire.dawson@gmail.com>", "Re: Your erasure request",
"""Thank you Sandra, much appreciated. All the best!
""", quote=("en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Tue, 9 Sep 2025 at 14:05",
"""Dear Claire,

I confirm that all your personal data has been erased from my systems, except invoices which I must keep for accounting purposes.

Kind regards,
Sandra

On Mon, 1 Sep 2025, Claire Dawson wrote:
> I would like to exercise my right to erasure. Please erase all personal information you hold about me.""")),
# NEAR-LINE: thank-you above a quoted, handled request -> negative.

R("n-en-thanks-export", [], "en", "Oliver Grant <oliver.grant@proton.me>", "Re: Data export",
"""Got it, the CSV opens fine. Thanks!
""", quote=("en", "Sandra Delomenie <sandra.delomenie@orange.fr>", "Fri, 21 Nov 2025 at 10:30",
"""Hi Oliver,
Please find your data export attached (CSV).
Sandra

> Could you send me the data I provided for the online programme in a machine-readable format?""")),

R("n-en-consent-given", [], "en", "Hannah Lewis <hannah.lewis@gmail.com>", "Re: Testimonial",
"""Hi Sandra,

Yes, of course - you have my consent to use the testimonial and my first name on your website. Happy to help!

Hannah
"""),

R("n-en-consent-newsletter", [], "en", "Rebecca Young <rebecca.young@gmail.com>", "Newsletter",
"""Hi! I met you at the wellbeing fair in Tours - please add me to your English newsletter, I'd love to hear about the online workshops. rebecca.young@gmail.com. Thanks!
"""),
# NEAR-LINE: subscribing / giving consent is not a right exercised.

R("n-en-auto-ooo", [], "en", "Rachel Hughes <rachel.hughes@btinternet.com>", "Automatic reply: Your subject access request",
"""Thank you for your email. I am out of the office until Monday 3 March with limited access to email. For urgent matters please call 020 7946 0000.

Rachel
""", hdr=AUTO),
# NEAR-LINE: auto-reply whose subject repeats a request subject -> negative.

R("n-en-auto-ooo-de", [], "en", "Jonas Becker <jonas.becker@web.de>", "Abwesenheitsnotiz / Out of office",
"""Ich bin bis 15.08. nicht im Büro. / I am out of office until 15 August. Your message will not be forwarded.
""", hdr=AUTO),

R("n-en-bounce", [], "en", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
"""Address not found

Your message wasn't delivered to s.mitchell@tiscali.co.uk because the address couldn't be found, or is unable to receive mail.
""", kind="bounce", orig_to="s.mitchell@tiscali.co.uk", orig_subj="Re: Please update my email",
  diag="smtp; 550 5.1.1 <s.mitchell@tiscali.co.uk>: Recipient address rejected"),

R("n-en-stripe-dispute", [], "en", "Stripe <notifications@stripe.com>", "A payment has been disputed",
"""A customer has disputed a payment of €180.00.

Reason: product not received
Respond by: 14 January 2026

Submit evidence in the Dashboard. You're receiving this email because you're an administrator of Floraison de Soi.
""", shape="html", hdr=LU("<notifications.stripe.com>", "https://dashboard.stripe.com/settings/user")),

R("n-en-stripe-dpa", [], "en", "Stripe <legal-notices@stripe.com>", "Updates to the Stripe Data Processing Agreement",
"""Hello,

We're writing to let you know about updates to the Stripe Data Processing Agreement and our list of sub-processors, effective 1 March 2026. These changes reflect new EU data transfer mechanisms. No action is needed.

The Stripe Team
""", shape="html", hdr=LU("<legal.stripe.com>", "https://stripe.com/legal/unsubscribe")),

R("n-en-zoom-gdpr", [], "en", "Zoom <privacy@zoom.us>", "Important update to our Privacy Statement",
"""Hi Sandra,

We have updated our Privacy Statement to provide more details on how we process personal data and how users can exercise their rights to access, delete or correct their data.

Zoom Video Communications
""", shape="html", hdr=LU("<privacy.zoom.us>", "https://zoom.us/unsubscribe")),

R("n-en-calendly-cancel", [], "en", "Calendly <notifications@calendly.com>", "Canceled: Discovery call with Priya Shah",
"""Hi Sandra,

The event below has been canceled.

Event type: Discovery call (30 min)
Invitee: Priya Shah
Cancellation reason: "Need to reschedule, sorry!"
""", shape="alt", hdr=LU("<calendly.com>", "https://calendly.com/app/notifications")),

R("n-en-google-security", [], "en", "Google <no-reply@accounts.google.com>", "Security alert",
"""New sign-in to your account

sandra.floraison@gmail.com
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
""", shape="html", hdr=[("Auto-Submitted", "auto-generated")]),

R("n-en-coach-newsletter", [], "en", "Hayley at Bloom & Grow Coaching <hello@bloomandgrow.co.uk>", "Your data, your story (and this week's journal prompt)",
"""Hi friend,

This week's theme: owning your story. Your data is yours - and so are your stories. Here's a journal prompt to help you reclaim the narrative...

You're receiving this because you signed up at bloomandgrow.co.uk. Unsubscribe or update your preferences anytime.
""", shape="html", hdr=LU("<weekly.bloomandgrow.co.uk>", "https://bloomandgrow.co.uk/unsub?id=4471", "unsubscribe@bloomandgrow.co.uk")),

R("n-en-gdpr-spam", [], "en", "GDPR Compliance Team <alerts@gdpr-audit-now.com>", "Final notice: GDPR compliance audit for floraisondesoi.fr",
"""Dear Website Owner,

Our automated scan found that floraisondesoi.fr does not display a compliant cookie banner. Under GDPR you may be fined up to 4% of annual turnover. Reply within 48 hours to book your compliance audit (€399).

Click here to remove this risk.
""", shape="html"),

R("n-en-phishing-stripe", [], "en", "Stripe Support <support@stripe-account-verify.net>", "Action required: verify your account to avoid suspension",
"""Dear customer,

Due to new GDPR regulations we need to verify your identity. Your Stripe account and all associated data will be deleted if you do not verify within 24 hours.

Verify now

Stripe Support Team
""", shape="html", hdr=[("Reply-To", "verify@stripe-account-verify.net")]),

R("n-en-course-question", [], "en", "Yuki Tanaka <yuki.tanaka@gmail.com>", "question about module 2",
"""Dear Sandra,

In module 2 you ask to write "what I want to remove from my life". Should I write it in my notebook or upload it on the platform? I don't want other students see it.

Thank you,
Yuki
"""),

R("n-en-corporate-inquiry", [], "en", "Maria Santos <maria.santos@lumen-pharma.eu>", "Training for our Paris team",
"""Dear Ms Delomenie,

We're looking for a trainer to run a two-day stress-management workshop in French for 10 people at our Paris office. Our procurement team will need your GDPR documentation (processing register, DPA) as part of onboarding. Could you send a quote?

Best regards,
Maria Santos
People & Culture
""", shape="alt"),
# NEAR-LINE: asks for her GDPR documentation as a vendor, not for personal data -> negative.

R("n-en-correct-typo-slides", [], "en", "Aoife O'Connell <aoife.oconnell@eircom.net>", "Small typo",
"""Hi Sandra, loved the session! Tiny thing: on slide 8 "effect" should be "affect". Feel free to ignore! Aoife
"""),

R("n-en-fwd-article", [], "en", "Mark Sullivan <mark.sullivan@gmail.com>", "Fwd: Article you mentioned",
"""Here's the article on burnout I mentioned last session - thought you'd find it interesting.
""", quote=("fwd", "Harvard Business Review <newsletters@hbr.org>", "Sat, 11 Oct 2025 at 07:00",
"""The Hidden Costs of Always Being On
Research shows that ... Read more.
Unsubscribe | Manage preferences""", "The Hidden Costs of Always Being On")),

R("n-en-sent-reply", [], "en", SANDRA, "Re: My coaching file",
"""Dear Fiona,

Thank you for your message. I've restricted the use of your file as requested and attached a copy of all the information I hold. Please let me know once you've reviewed it.

Kind regards,
Sandra
""", to="Fiona Reid <fiona.reid@gmail.com>", att=[("pdf", "dossier_F_Reid.pdf")]),

R("n-en-invoice-request", [], "en", "Ian Fletcher <ian.fletcher@gmail.com>", "Invoice",
"""Hi Sandra, could you send me an invoice for the October workshop with my company name (Fletcher Design Ltd) on it? My accountant needs it. Thanks, Ian
"""),
# NEAR-LINE: asking for a new invoice for bookkeeping, not correcting her records.

R("n-en-delete-duplicate-booking", [], "en", "Natalie Ross <natalie.ross@gmail.com>", "Double booking",
"""Hi, I accidentally booked the same slot twice on Calendly (Tuesday 3pm). Could you delete one of them? Thanks! Natalie
"""),
]
