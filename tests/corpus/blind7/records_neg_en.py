# -*- coding: utf-8 -*-
"""English negatives."""

LANG = "en"
RECORDS = []


def R(key, frm, subj, body, **kw):
    d = dict(key=key, rights=[], lang=LANG, frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)


PDF = "application/pdf"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
PRO = "Sandra - Floraison de Soi <contact@floraisondesoi.fr>"

# questions about rights
R("n_en_q_later_delete", "Priya Sharma <priya.sharma@gmail.com>", "Question before signing up",
  """Hi Sandra,

Before I book the program: if I want my data deleted at the end, is that possible, or do you
have to keep everything for some years? Just want to understand how it works.

Priya""")

R("n_en_q_transfer", "Thomas Müller <thomas.mueller@gmx.de>", "data outside EU?",
  """Hello,

Is my data transfered outside of EU when I use your platform? I read something about Google and
Stripe in your policy. Only a question, thank you.

Thomas""")

# NEAR-LINE: asks what the right of access includes, does not ask for a copy -> negative.
R("n_en_q_access_scope", "Helen Carter <helen.carter@outlook.com>", "What does access include?",
  """Dear Sandra,

Out of curiosity: if someone makes an access request to a coach, does that include the coach's
personal notes, or only the forms? A friend and I were debating it after your workshop.

Best, Helen""")

# CNIL
R("n_en_cnil_copy", "Robert King <robert.king@gmail.com>", "Copy: complaint filed with the CNIL",
  """Ms Delomenie,

Please note I have today filed a complaint with the CNIL regarding the marketing emails I keep
receiving. The text of the complaint is attached for your records.

Robert King""", att=[("CNIL_complaint_RKing.pdf", PDF)])

# other adults
R("n_en_wife_unsub", "John Bennett <john.bennett@gmail.com>", "My wife's emails",
  """Hello,

My wife Anne gets your newsletter and she asked me to tell you to take her off the list. Her
address is anne.bennett@gmail.com.

John""")

R("n_en_adult_son", "Linda Harris <linda.harris@yahoo.com>", "My son's coaching file",
  """Dear Sandra,

My son Michael (24) had sessions with you last year. Could you send me a copy of his file? I
want to understand what happened with his job. He doesn't need to know.

Linda Harris""")

# her own sent mail
R("n_en_sent_ack", SANDRA, "Re: Subject Access Request under Article 15 GDPR",
  """Dear Mr Hughes,

Thank you for your request, which I received on the 3rd. I will send you a copy of your personal
data within one month, as required by the GDPR.

Kind regards,
Sandra Delomenie
Floraison de Soi""", to="Daniel Hughes <daniel.hughes@btinternet.com>")

R("n_en_sent_export", SANDRA, "Your data export",
  """Hello Mikko,

Please find attached the export of your course data (CSV), as requested. Your account and data
will be deleted at the end of the week.

Best,
Sandra""", to="Mikko Laine <mikko.laine@gmail.com>", att=[("export_Mikko_Laine.csv", "text/csv")])

# thanks above quoted request
R("n_en_thanks_deleted", "Laura Jensen <laura.jensen@outlook.dk>", "Re: Delete my account and my data",
  """Thank you Sandra, received. Have a nice day!""",
  quote=dict(style="gmail_en", who="Laura Jensen <laura.jensen@outlook.dk>", text="""Hi,

Please delete my account and all my data. I don't use the platform anymore.

Laura"""))

R("n_en_thanks_removed", "Rachel Green <rachel.green@gmail.com>", "Re: Testimonial on your website",
  """Perfect, I checked and it's gone. Thanks so much for being so quick!
Rachel""",
  quote=dict(style="apple_en", who=SANDRA, text="""Hi Rachel,
Done, your testimonial has been removed from the website and Instagram.
Sandra"""))

# cancellations
R("n_en_cancel_booking", "Fiona Walsh <fiona.walsh@gmail.com>", "Cancel my session",
  """Hi Sandra, I need to cancel my session on Friday, something came up at work. Can we find
another slot next week? Fiona""")

R("n_en_cancel_sub", "Oliver Brown <oliver.brown@gmail.com>", "Cancel subscription",
  """Hello,

Please cancel my monthly subscription to the membership from next month. I'll keep access
until the end of the paid period I guess?

Oliver""")

# NEAR-LINE: "withdraw" from a retreat = cancelling a booking -> negative.
R("n_en_withdraw_retreat", "Ingrid Olsen <ingrid.olsen@gmail.com>", "Withdrawing from the retreat",
  """Dear Sandra,

Unfortunately I have to withdraw from the September retreat for family reasons. Is the deposit
refundable, or can it be transferred to next year?

Ingrid""")

# password / access
R("n_en_pwd", "Kenji Tanaka <kenji.tanaka@gmail.com>", "password reset not working",
  """Hello, I try to reset my password for the course but I never receive the email. Can you
help me access my space? Thanks, Kenji""")

R("n_en_access_video", "Maria Santos <maria.santos@gmail.com>", "can't access the videos",
  """Hi Sandra,

I can log in but the videos of module 2 don't load, it says "access denied". Is it my browser?

Maria""")

# close account alone
R("n_en_close_account", "David Levy <david.levy@gmail.com>", "Close account",
  """Hi, please close my account on the course platform, I finished. Thanks!
David""")

# ordinary mail using the same words
R("n_en_invoice_copy", "Sophie Martin <sophie.martin@gmail.com>", "Copy of invoice",
  """Hello Sandra,

Could you send me a copy of the invoice for the workshop? My employer needs it for
reimbursement, with the company name Lumen SAS on it please.

Sophie""")

R("n_en_deleted_zoom", "Ben Roberts <ben.roberts@gmail.com>", "Zoom link",
  """Hi! I deleted the email with the Zoom link by mistake. Could you resend it? Thanks, Ben""")

R("n_en_feedback_data", "Anna Kowalski <anna.kowalski@gmail.com>", "After the workshop",
  """Dear Sandra,

The workshop was great. I work in data protection and your exercise about boundaries made me
think about how I object to my manager all the time but never say no to my family!
Looking forward to the next one.

Anna""")

R("n_en_correct_english", "Chloé Lambert <chloe.lambert@gmail.com>", "Could you correct my text?",
  """Hi Sandra,

For the English circle, could you correct the short presentation I wrote? I removed the part
about my ex, I think it was too personal. Thank you!

Chloé""", att=[("my_presentation.docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

R("n_en_photo_copy", "Grace Lee <grace.lee@gmail.com>", "photos from Saturday",
  """Hello Sandra, can I have a copy of the group photo from Saturday? I'd love to keep it.
Grace""")

R("n_en_export_error", "Luca Romano <luca.romano@gmail.com>", "export button",
  """Hi, the "export my journal" button gives an error 500. Can you check? I want to print my
journal for myself.

Luca""")

R("n_en_partner_proposal", "Jessica Moore <jessica@mindfulhr.co.uk>", "Collaboration - GDPR-friendly coaching tools",
  """Hi Sandra,

I run a UK start-up building a GDPR-compliant note-taking app for coaches (auto-delete after
retention, client data export in one click). Would you be open to a 20-minute demo call?

Jessica Moore""")

R("n_en_testimonial_yes", "Emily Ward <emily.ward@gmail.com>", "Re: Would you leave a testimonial?",
  """Of course! You can use my first name and my words below. I consent to it being on your
website.

"Sandra helped me find my voice again." - Emily""",
  quote=dict(style="gmail_en", who=SANDRA, text="""Hi Emily,
Would you be willing to write a few words about our work together for my website?
Sandra"""))

# automatic
R("n_en_stripe_payout", "Stripe <notifications@stripe.com>", "Your payout of €1,240.00 is on the way",
  """A payout of €1,240.00 EUR is expected to arrive in your bank account ending in 0231.

View payout in Dashboard""", shape="alt", to=PRO)

R("n_en_stripe_data", "Stripe <notifications@stripe.com>", "Update to the Stripe Privacy Policy",
  """We're updating our Privacy Policy and Data Processing Agreement. You can review the changes,
export your account data, or close your account from the Dashboard at any time.

Stripe, 510 Townsend Street, San Francisco, CA 94103""", shape="html", to=PRO,
  hdr={"List-Unsubscribe": "<https://stripe.com/unsubscribe?x=9>"})

R("n_en_zoom_privacy", "Zoom <no-reply@zoom.us>", "Important: Zoom's updated Privacy Statement",
  """We've updated our Privacy Statement to better explain how we collect and use personal data,
and how you can access, correct or delete your data.""", shape="html")

R("n_en_calendly_dpa", "Calendly <no-reply@calendly.com>", "Calendly Data Processing Addendum update",
  """Hi Sandra,

We've updated our Data Processing Addendum (DPA) to reflect the latest Standard Contractual
Clauses. No action is required.

The Calendly Team""", shape="alt")

R("n_en_calendly_cancel", "Calendly <notifications@calendly.com>", "Canceled: Discovery call with Hannah Schmidt",
  """The event below has been canceled.
Event type: Discovery call (30 min)
Invitee: Hannah Schmidt
Cancellation reason: "Please delete this slot, I'll rebook." """, shape="html")

R("n_en_google_workspace", "Google Workspace <workspace-noreply@google.com>", "Action advised: review data processing terms",
  """Dear Administrator,

We've updated the Cloud Data Processing Addendum. Review and accept the terms in the Admin
console to keep using Google Drive for customer data.""", shape="html")

R("n_en_news_canva", "Canva <marketing@engage.canva.com>", "New templates for coaches ✨",
  """Fresh templates for your workshops and social posts.

You're receiving this because you signed up for Canva. Unsubscribe | Manage preferences""",
  shape="html", hdr={"List-Unsubscribe": "<https://www.canva.com/unsubscribe?t=77>",
                     "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"})

R("n_en_news_substack", "The Coaching Letter <coachingletter@substack.com>", "Should coaches delete their notes?",
  """This week: the data question every coach avoids. Should you keep session notes, delete them,
or hand a copy to the client?

Unsubscribe""", shape="alt", hdr={"List-Unsubscribe": "<https://coachingletter.substack.com/action/disable_email>",
                                   "Precedence": "bulk"})

R("n_en_spam_gdpr", "EU GDPR Compliance Office <notice@gdpr-eu-office.com>", "Final notice: GDPR violation detected on your website",
  """Dear website owner,

Our scan found your website is processing visitor data without a valid consent banner. To avoid
a fine, pay the compliance certification fee within 72 hours.

GDPR Compliance Office""", shape="html")

R("n_en_phish_deletion", "Domain Services <support@domain-data-center.net>", "Data deletion request for floraisondesoi.fr",
  """We received a request to delete all data associated with your domain floraisondesoi.fr.
If you did not request this, verify your account immediately to cancel the deletion.""",
  shape="html")

R("n_en_autoreply", "Anneke de Vries <anneke.devries@ziggo.nl>", "Automatic reply: Blooming at work",
  """Thank you for your email. I am on holiday until 2 September with limited access to my email.""",
  hdr={"Auto-Submitted": "auto-replied"})

R("n_en_bounce", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to wolfgang.braun@t-online.de because the address couldn't be found.""",
  special="bounce", bounce_rcpt="wolfgang.braun@t-online.de",
  bounce_orig="""From: Sandra Delomenie <sandra.delomenie@orange.fr>
To: wolfgang.braun@t-online.de
Subject: Re: instructions for after my death
Date: Wed, 7 May 2025 11:02:00 +0200""")

R("n_en_sent_reply_q", SANDRA, "Re: Question before signing up",
  """Hi Priya,

Yes, you can ask me to delete your data at any time; I only keep invoices for the legal period.
Happy to talk about it on a call.

Sandra""", to="Priya Sharma <priya.sharma@gmail.com>",
  quote=dict(style="gmail_en", who="Priya Sharma <priya.sharma@gmail.com>", text="""Hi Sandra,
Before I book the program: if I want my data deleted at the end, is that possible?
Priya"""))

# NEAR-LINE: forwards an access-request TEMPLATE for her slides; the new text asks nothing -> negative.
R("n_en_forward_request_colleague", "Nadia Benali <nadia.benali@gmail.com>", "Fwd: GDPR request template",
  """Sandra, here is the template my lawyer friend uses for access requests, you asked me last
time for your training slides. Hope it helps!""",
  quote=dict(style="fwd_en", who="Paul Grant <paul.grant@grantlaw.co.uk>", to="nadia.benali@gmail.com",
             subj="GDPR request template", text="""Dear [Controller],
I hereby request a copy of all personal data you hold about me pursuant to Article 15 GDPR.
[Name]"""))
