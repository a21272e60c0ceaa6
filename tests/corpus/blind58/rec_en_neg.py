# English messages that are NOT requests to her (rights empty).
from recbase import R, FORM, CALENDLY, GFORM, FBMSG, IGMSG, SANDRA_C, SANDRA_O

# ------------------------------------------------------------------ website forms

FORM("en-form-price-english", [], "elementor_en", "Claire Robson", "claire.robson@gmail.com",
     "Hello! Do you offer one-to-one sessions in English, and what is the price for a block of five? I live in "
     "Argenton-sur-Creuse. Thank you, Claire")

# NEAR-LINE: asks how long records are kept before signing up; a question about a right, not a request.
FORM("en-form-how-long-keep", [], "cf7", "Daniel Price", "dan.price@outlook.com",
     "Hi, before I book: how long do you keep session notes after the coaching ends, and are they stored "
     "online or on paper? Just want to understand. Thanks, Dan", sujet="Question before booking")

FORM("en-form-spam-webdesign", [], "elementor_en", "Ryan", "ryan@pixelgrowth-studio.net",
     "Hi there, I came across your website and noticed it loads slowly on mobile. We redesign sites for "
     "wellness coaches at a fixed price of $499. Would you be open to a free audit?", ip="103.152.220.44")

FORM("en-form-gdpr-training", [], "elementor_en", "Sarah Whitmore", "s.whitmore@aldgate-care.co.uk",
     "Good afternoon, we run two care homes in the Dordogne with mostly British staff. We're looking for a "
     "bilingual half-day workshop on consent, dignity and GDPR basics for carers. Would this be something you "
     "could deliver? Best, Sarah Whitmore, HR")

# ------------------------------------------------------------------ platform notifications

R("en-stripe-dispute", [], "A payment has been disputed",
  "A customer has disputed a €120.00 payment to Floraison de Soi.\n\nReason: product not received\n"
  "Respond by: 18 September 2025\n\nSubmit evidence in your Dashboard to challenge the dispute.\n\n"
  "Stripe Payments Europe, Limited\n",
  frm="Stripe <notifications@stripe.com>", to="contact", html="alt", headers={"Auto-Submitted": "auto-generated"}, date="2025-09-04 03:12")

CALENDLY("en-calendly-boundaries", [], "Hannah Clarke", "hannah.clarke@gmail.com", "Wednesday, 5 March 2025 17:00",
         "I'd like to work on setting boundaries at work. I find it really hard to object when my team leader "
         "piles extra work on me.", lang="en", date="2025-02-26 12:09")

CALENDLY("en-calendly-cancel-travel", [], "Mark Evans", "mark.evans@gmail.com", "Friday, 16 May 2025 09:00",
         "Flight changed, I'm stuck in Bristol. I'll rebook as soon as I'm back.", lang="en", cancelled=True,
         event="Coaching session (60 min)", date="2025-05-14 21:30")

R("en-zoom-recording-chat", [], "Cloud Recording - English Circle is now available",
  "Hi Sandra Delomenie,\n\nYour cloud recording is now available.\n\nTopic: English Circle – Finding your "
  "voice\nDate: Jan 22, 2026 06:30 PM Paris\n\nShare recording with viewers:\nhttps://us06web.zoom.us/rec/"
  "share/Qm3...\nPasscode: 8$vHn2!r\n\nThe meeting chat is attached.\n\nThank you for choosing Zoom.\n",
  frm="Zoom <no-reply@zoom.us>", to="contact", html="alt", date="2026-01-22 20:05",
  attach=[("txt", "meeting_saved_chat.txt",
           "18:34:02 From Rosie A. to Everyone: Evening all!\n"
           "18:52:40 From Tom F. to Everyone: Sandra could you delete the last slide? it's hiding the exercise\n"
           "18:52:58 From Sandra Delomenie to Everyone: done!\n"
           "19:29:11 From Rosie A. to Everyone: lovely session, thanks\n")])

GFORM("en-gform-registration", [], "English Circle – registration",
      [("Full name", "Peter Quinlan"), ("Email", "peter.quinlan@gmail.com"), ("Which dates?", "7 and 21 May"),
       ("Anything we should know?", "I'm hard of hearing on the left side, I'll sit near the front.")],
      lang="en")

FBMSG("en-fb-comment-price", [], "Diane Foster",
      "Sounds wonderful! Is the retreat suitable for complete beginners? And is lunch included?",
      lang="en", subject="Diane Foster commented on your post")

IGMSG("en-ig-english-sessions", [], "wanderingwithjess",
      "hi! do you do any sessions in english? just moved to issoudun 😊", lang="en")

R("en-google-security-alert", [], "Security alert",
  "A new sign-in on Windows\n\nfloraisondesoi.admin@gmail.com\n\nWe noticed a new sign-in to your Google "
  "Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure "
  "your account.\n\nCheck activity\n\nYou received this email to let you know about important changes to "
  "your Google Account and services.\n© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n",
  frm="Google <no-reply@accounts.google.com>", to="contact", html="alt")

R("en-canva-privacy-update", [], "We're updating our Privacy Policy",
  "Hi there,\n\nWe're making some updates to our Privacy Policy, effective 15 January 2026. These changes "
  "explain how we use data to improve our AI features and give you more control over your settings.\n\n"
  "You don't need to do anything. By continuing to use Canva, you agree to the updated policy.\n\n"
  "The Canva Team\n",
  frm="Canva <no-reply@engage.canva.com>", to="contact", html="alt",
  headers={"List-Unsubscribe": "<https://www.canva.com/unsubscribe>", "Precedence": "bulk"})

# ------------------------------------------------------------------ auto-replies

R("en-autoreply-ooo", [], "Automatic reply: Your retreat booking",
  "Thank you for your email. I am out of the office until Monday 8 September with no access to email. For "
  "anything urgent please contact my colleague Sam on sam.tait@thorntonlogistics.co.uk.\n\nDavid\n",
  frm="David Thornton <david.thornton@thorntonlogistics.co.uk>", to="contact",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"})

R("en-autoreply-gdpr-rights", [], "We've received your message [Ticket #48213]",
  "Hello,\n\nThanks for contacting Aldgate Care. A member of our team will respond within 2 working days.\n\n"
  "Data protection: we process your data in line with UK GDPR. You have the right to access, rectify, erase, "
  "restrict, object to processing and request portability of your data, and to complain to the ICO. To "
  "exercise your rights, write to privacy@aldgate-care.co.uk.\n",
  frm="Aldgate Care <support@aldgate-care.co.uk>", to="contact",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})

# ------------------------------------------------------------------ bounces

R("en-bounce-gmail", [], "Delivery Status Notification (Failure)",
  "** Address not found **\n\nYour message wasn't delivered to peter.langly@gmail.com because the address "
  "couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
  "550 5.1.1 The email account that you tried to reach does not exist.\n",
  frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="contact", kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=[[("Reporting-MTA", "dns; googlemail.com")],
       [("Final-Recipient", "rfc822; peter.langly@gmail.com"), ("Action", "failed"), ("Status", "5.1.1"),
        ("Remote-MTA", "dns; gmail-smtp-in.l.google.com"),
        ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist.")]],
  orig_headers="From: Floraison de Soi <contact@floraisondesoi.fr>\nTo: peter.langly@gmail.com\n"
               "Subject: Re: Copy of my file\n")

R("en-bounce-outlook", [], "Undeliverable: English Circle – dates for spring",
  "Delivery has failed to these recipients or groups:\n\nkate.milton@hotmail.co.uk\nThe recipient's mailbox "
  "is full and can't accept messages now. Please try resending this message later.\n",
  frm="Microsoft Outlook <postmaster@outlook.com>", to="orange", kind="report",
  headers={"Auto-Submitted": "auto-replied"},
  dsn=[[("Reporting-MTA", "dns; AM9P192MB1234.EURP192.PROD.OUTLOOK.COM")],
       [("Final-Recipient", "rfc822; kate.milton@hotmail.co.uk"), ("Action", "failed"), ("Status", "5.2.2"),
        ("Diagnostic-Code", "smtp; 554 5.2.2 mailbox full")]],
  orig_headers="From: Sandra Delomenie <sandra.delomenie@orange.fr>\nTo: kate.milton@hotmail.co.uk\n"
               "Subject: English Circle - dates for spring\n")

# ------------------------------------------------------------------ her own sent mail

R("en-sandra-confirm-erasure", [], "Re: Deletion of my personal datas",
  "Dear Mr Weber,\n\nThis is to confirm that your account and personal data have been deleted, apart from the "
  "invoice I am legally required to keep for ten years.\n\nKind regards,\nSandra Delomenie\nFloraison de Soi",
  frm=SANDRA_C, to="Jürgen Weber <j.weber@gmx.de>", cc="sandra.delomenie@orange.fr",
  quote=[("Jürgen Weber <j.weber@gmx.de>", "Dear Mrs Delomenie, I ask you kindly to delete all my personal "
          "datas from your systems.")], qstyle="gmail_en", date="2025-03-12 11:16")

R("en-sandra-sends-file", [], "Your coaching file",
  "Dear Ciara,\n\nAs requested, please find attached your coaching file. I've also sent a copy to Aoife.\n\n"
  "Wishing you all the best in Dublin,\nSandra",
  frm=SANDRA_C, to="Ciara Quinn <ciara.quinn@gmail.com>", cc="sandra.delomenie@orange.fr",
  attach=[("docx", "Coaching_file_Ciara_Quinn.docx", "Coaching file - Ciara Quinn\nGoals\nSession summaries\nValues exercise")], date="2025-11-10 09:47")

# ------------------------------------------------------------------ thank-you replies

R("en-thanks-after-deletion", [], "Re: Please delete my data – Jonathan Reeve",
  "Brilliant, thanks for sorting that so quickly.\nJon",
  frm="Jonathan Reeve <jon.reeve@icloud.com>", to="contact",
  quote=[(SANDRA_C, "Dear Jonathan, your data has now been deleted. Best wishes, Sandra"),
         ("Jonathan Reeve <jon.reeve@icloud.com>", "Please delete my data.")],
  qstyle="apple_en", sig="Sent from my iPhone", date="2025-10-06 08:19")

R("en-thanks-after-unsub", [], "Re: Re: Lettre d'été",
  "Thank you Sandra, that's lovely of you. Maybe I'll join the English circle one day!\nRosie",
  frm="Rosie Atkinson <rosie.atkinson@yahoo.co.uk>", to="contact",
  quote=[(SANDRA_C, "Dear Rosie, done — you're off the list. By the way, there's an English-speaking circle "
          "on Thursdays if you ever fancy it!"),
         ("Rosie Atkinson <rosie.atkinson@yahoo.co.uk>", "please take me off the list.")],
  qstyle="gmail_en", qsubj="Lettre d'été", date="2025-07-07 19:26")

# ------------------------------------------------------------------ questions, CNIL, other people

R("en-question-entitled-erasure", [], "Quick question",
  "Hi Sandra,\n\nAm I entitled to ask you to delete my notes once we finish, or do you have to keep them for "
  "a certain time? Not asking you to do it, I'm just curious how it works in France.\n\nEmma",
  frm="Emma Rhodes <emma.rhodes@gmail.com>", to="contact")

R("en-question-portability-later", [], "Switching coaches?",
  "Hello — hypothetically, if I moved away next year and wanted to continue with someone else, would it be "
  "possible to take my file with me? Just planning ahead. Thanks, Owen",
  frm="Owen Parry <owen.parry@outlook.com>", to="contact")

R("en-cnil-complaint-copy", [], "Copy: complaint to the CNIL",
  "Ms Delomenie,\n\nFor your information, I have today lodged a complaint with the CNIL about the marketing "
  "emails I kept receiving after unsubscribing. A copy of the submission is attached.\n\nG. Holt",
  frm="Gary Holt <gary.holt@yahoo.com>", to="contact",
  attach=[("pdf", "CNIL_complaint_Holt.pdf", "CNIL - Complaint form submitted - reference 26-011873 - Gary Holt")], date="2025-09-22 10:10")

# NEAR-LINE: a husband asking what his living wife has said in sessions -> another adult's data, negative.
R("en-other-husband-asks", [], "My wife's sessions",
  "Hello Sandra,\n\nMy wife Jane has been seeing you since the autumn. I'm worried about her and would like "
  "to know what she's been discussing and what's in her file. I think, as her husband, I have a right to "
  "know.\n\nRegards,\nPaul Ingram",
  frm="Paul Ingram <paul.ingram@orange.fr>", to="contact")

R("en-other-friend-contact", [], "Contact details",
  "Hi Sandra, could you pass on Lucy's email address? We got on so well at the retreat and forgot to swap "
  "numbers. Thanks! Kate",
  frm="Kate Milton <kate.milton@hotmail.co.uk>", to="contact")

# ------------------------------------------------------------------ cancellations, accounts

R("en-cancel-session", [], "Tomorrow",
  "Hi Sandra, so sorry, I need to cancel tomorrow's session — the car's broken down. Could we do next week "
  "instead? Amy",
  frm="Amy Collins <amy.collins@gmail.com>", to="contact")

# NEAR-LINE: "close my account" with no data mentioned -> negative per policy.
R("en-close-account-alone", [], "Account",
  "Hi, please close my account on the course platform, I won't be using it anymore. Thanks.",
  frm="Liam Foster <liam.foster@gmail.com>", to="contact")

R("en-cant-access-space", [], "Can't get into my course",
  "Hello, I can't access my member area — it says my password is wrong and the reset email never arrives. "
  "Could you help? I'm halfway through module 2.\nThanks, Gwen",
  frm="Gwen Morgan <gwen.morgan@outlook.com>", to="contact")

R("en-consent-testimonial-yes", [], "Re: Would you share a few words?",
  "Of course! You can use this with my first name: \"Sandra helped me find my feet in a new country and a new "
  "job. I felt heard from the first session.\" — Megan\nHappy for it to go on the website and Instagram.",
  frm="Megan Rowe <megan.rowe@gmail.com>", to="contact",
  quote=[(SANDRA_C, "Dear Megan, would you be willing to share a few words about our work together for my "
          "website?")], qstyle="gmail_en")

# ------------------------------------------------------------------ spam, phishing, business

R("en-phishing-docusign", [], "Sandra, please review and sign: Invoice_Payment_Confirmation.pdf",
  "DocuSign\n\nYou have received a document to review and sign.\n\nREVIEW DOCUMENT\n\nPlease do not share "
  "this email. Powered by DocuSign.\n",
  frm="DocuSign via Secure <dse@docusign-secure-mail.top>", to="contact", html="only")

R("en-spam-gdpr-compliance", [], "Is your website GDPR compliant? Avoid fines up to €20M",
  "Hi,\n\nOur automated scan found 7 GDPR issues on floraisondesoi.fr, including a missing cookie banner "
  "and an outdated privacy policy. Fix them in one click with ComplyFast – 30% off this week only.\n\n"
  "Unsubscribe\n",
  frm="ComplyFast <offers@complyfast.io>", to="contact",
  headers={"List-Unsubscribe": "<https://complyfast.io/u/8812>", "Precedence": "bulk"})

R("en-hr-attendance-invoice", [], "Leadership workshop – attendance sheets and invoice copy",
  "Dear Sandra,\n\nThank you again for the workshop. For our training records, could you send us the signed "
  "attendance sheets and a copy of the invoice? Our finance team can't find the original.\n\nBest regards,\n"
  "Emma Clarke\nThornton Logistics Ltd",
  frm="Emma Clarke <emma.clarke@thorntonlogistics.co.uk>", to="contact",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})

R("en-fwd-friend-retreat-flyer", [], "Fwd: Autumn retreats in the Berry",
  "Sandra — my sister sent me this, thought you might know the venue? Could be a nice place for your retreat "
  "next year. Helen",
  frm="Helen Marsden <helen.marsden@gmail.com>", to="contact",
  quote=[("Sarah Marsden <sarah.marsden@gmail.com>", "Look at this place Hels! Old farmhouse near La "
          "Châtre, they host yoga and coaching retreats. xx")], qstyle="fwd_gmail_en",
  qsubj="Autumn retreats in the Berry", quote_to="Helen Marsden <helen.marsden@gmail.com>")

R("en-oneliner-thanks", [], "today", "Thanks so much for today, I feel lighter already.",
  frm="Priya Nair <priya.nair@gmail.com>", to="contact", sig="Sent from my iPhone")

R("en-subject-only-late", [], "Running 10 min late, sorry!", "",
  frm="Mike Dawson <mike.dawson@orange.fr>", to="contact")

R("en-reply-thread-see-you", [], "Re: Re: Re: English Circle – dates for spring",
  "Sounds good, see you Thursday. I'll bring the book I mentioned.\nTom",
  frm="Tom Fletcher <tom.fletcher@gmail.com>", to="contact",
  quote=[(SANDRA_C, "Perfect Tom, I've put you down for the 12th. Sandra"),
         ("Tom Fletcher <tom.fletcher@gmail.com>", "Could I join from the 12th rather than the 5th?"),
         (SANDRA_C, "Hello everyone, here are the spring dates for the English Circle: 5, 12, 19 and 26 March, "
          "6.30pm.")],
  qstyle="gmail_en", qsubj="English Circle – dates for spring")
