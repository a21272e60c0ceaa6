# English messages that ARE requests (rights non-empty).
from recbase import R, FORM, CALENDLY, GFORM, FBMSG, IGMSG, SANDRA_C, SANDRA_O

NEWS_Q = (SANDRA_C,
    "Lettre d'été – Floraison de Soi\n\nBonjour à toutes et à tous,\n\nL'été est là : les cercles de parole "
    "font une pause en août et reprennent le jeudi 4 septembre. Le stage « Se relier à soi » affiche complet, "
    "une deuxième session est ouverte en octobre.\n\nBel été,\nSandra\n\nSe désinscrire")

# ------------------------------------------------------------------ website forms

FORM("en-form-delete-account-data", ["erasure"], "elementor_en", "Margaret Hollis", "maggie.hollis@btinternet.com",
     "Hello Sandra, I took your online course last year while I was living in Châteauroux. I'm back in "
     "Yorkshire now and won't be using it again, so please delete my account and all the personal data you "
     "have on me. Many thanks, Maggie")

FORM("en-form-copy-notes", ["access"], "cf7", "Peter Langley", "peter.langley@gmail.com",
     "Dear Sandra,\nCould you send me a copy of everything you hold about me, including your notes from our "
     "sessions in spring? I'm putting my own records together and would find them useful.\nKind regards,\n"
     "Peter Langley", sujet="Copy of my file")

FORM("en-form-unsubscribe-dutch", ["objection"], "divi", "Ingrid van Dijk", "ingrid.vandijk@ziggo.nl",
     "Hello, please I want to stop receive your newsletter. My french is not good enough for read it. Thank "
     "you and all the best, Ingrid")

FORM("en-form-export-kajabi", ["portability"], "systeme", "Hannah Moss", "hannah.moss@outlook.com",
     "Hi! I'm moving my learning over to a Kajabi community run by a friend. Is there a way to export my "
     "course progress and journal answers from Oser sa place as a CSV or similar, so I can import them there?")

FORM("en-form-remove-video", ["withdraw_consent"], "elementor_en", "Olivia Grant", "olivia.grant@icloud.com",
     "Hi Sandra, I agreed last year to let you use the short video of me talking about the retreat. I've "
     "changed my mind — please take it down from the website and Instagram. No hard feelings at all! Olivia")

FORM("en-form-pm-mother", ["post_mortem"], "elementor_en", "Rebecca Shaw", "rebecca.shaw@gmail.com",
     "Hello, I'm writing about my mother, Patricia Shaw, who lived near Le Blanc and came to several of your "
     "circles. She died on 2 March. I'd be grateful if you could close anything in her name and let me know if "
     "you need a copy of the death certificate. Rebecca Shaw (daughter)", date="2025-03-27 21:45")

# ------------------------------------------------------------------ platform relays

CALENDLY("en-calendly-new-email", ["rectification"], "James Whitfield", "j.whitfield@northbridge-consulting.co.uk",
         "Tuesday, 14 October 2025 11:00",
         "Quick admin note: my work email will stop working at the end of the month. Please use "
         "james.whitfield@proton.me from now on and update your records.",
         event="Coaching session (60 min)", lang="en", date="2025-10-03 16:20")

FBMSG("en-fb-photo-down", ["withdraw_consent"], "Sophie Turner-Hale",
      "Hi Sandra, lovely day on Saturday! Would you mind taking down the picture with me in it? I'd rather "
      "not be on social media at the moment. Thanks x", lang="en")

IGMSG("en-ig-broadcast-list", ["objection"], "kate.in.berry",
      "hiya, can you take me off your broadcast list pls? getting a bit much with the daily promos 🙈", lang="en")

# NEAR-LINE: contests the profile's accuracy and asks it not be used until retaken -> restriction only.
GFORM("en-gform-profile-wrong", ["restriction"], "Course feedback – Leading with empathy",
      [("Name", "Daniel Okafor"), ("Overall rating", "7"),
       ("What did you find most useful?", "The listening exercises"),
       ("Any other comments?", "The personality profile generated for me is wrong — I mixed up the answer "
        "scale. Please don't use it or pass it on to my manager until I've retaken it.")],
      lang="en", html="alt")

# ------------------------------------------------------------------ forwarded

# NEAR-LINE: new text only says she is resending; the forwarded message is her own access request.
R("en-fwd-own-request", ["access"], "Fwd: Request for a copy of my data",
  "Resending this as I haven't heard back — it's been over a month now.\n\nClaire",
  frm="Claire Pemberton <claire.pemberton@hotmail.co.uk>", to="contact",
  quote=[("Claire Pemberton <claire.pemberton@hotmail.co.uk>",
          "Dear Sandra,\n\nPlease could you send me a copy of the personal data you hold about me, including "
          "the intake questionnaire and your notes from our four sessions.\n\nThank you,\nClaire Pemberton")],
  qstyle="fwd_gmail_en", qsubj="Request for a copy of my data", headers={"X-Mailer": "Microsoft Outlook 16.0"})

# NEAR-LINE: an executive assistant relays the data subject's own erasure request at his instruction.
R("en-fwd-assistant-boss", ["erasure"], "FW: Personal data – David Thornton",
  "Dear Ms Delomenie,\n\nI'm writing on behalf of Mr David Thornton, who has asked me to forward the message "
  "below. Please reply to him directly at the address copied.\n\nKind regards,\nEmma Clarke\nExecutive "
  "Assistant to the CEO\nThornton Logistics Ltd\n\nThis e-mail and any attachments are confidential and "
  "intended solely for the addressee.",
  frm="Emma Clarke <emma.clarke@thorntonlogistics.co.uk>", to="contact",
  cc="David Thornton <david.thornton@thorntonlogistics.co.uk>",
  quote=[("David Thornton <david.thornton@thorntonlogistics.co.uk>",
          "Emma – please send this to the coach from last year's leadership workshop:\n\n"
          "I attended your leadership workshop in June 2024. I'd like all personal data you hold on me to be "
          "deleted. Thank you.\nDavid")],
  qstyle="outlook_en", qsubj="Personal data", quote_to="Emma Clarke <emma.clarke@thorntonlogistics.co.uk>",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}, html="alt")

# NEAR-LINE: the rfc822 attachment is a booking confirmation; the son's new text is what counts -> post_mortem.
R("en-fwd-son-pm", ["post_mortem"], "Fwd: Your booking confirmation",
  "Hello,\n\nMy father, Graham Pike, died last month. I found the attached email in his inbox while going "
  "through his things. Could you please close his account and make sure nothing more is sent to him?\n\n"
  "Thank you,\nAndrew Pike",
  frm="Andrew Pike <andy.pike@gmail.com>", to="contact",
  attach=[("eml", dict(frm=SANDRA_C, to="Graham Pike <graham.pike@orange.fr>", subject="Your booking confirmation",
                       body="Dear Graham,\n\nThank you for booking the English-language circle on 3 May. See "
                            "you at 46 rue d'Estienne d'Orves at 10am.\n\nWarm wishes,\nSandra\n",
                       html="alt", date="2025-04-24 10:12"))], date="2025-06-12 19:33")

# ------------------------------------------------------------------ replies on top

R("en-reply-newsletter-unsub", ["objection"], "Re: Lettre d'été – Floraison de Soi",
  "Sorry Sandra, my French isn't good enough to follow these — please take me off the list.\nBest, Rosie",
  frm="Rosie Atkinson <rosie.atkinson@yahoo.co.uk>", to="contact", quote=[NEWS_Q], qstyle="gmail_en", date="2025-07-04 13:48")

R("en-reply-new-address", ["rectification"], "Re: Re: Invoice for the October workshop",
  "We've moved! New address: La Petite Forge, 36400 Montgivray. Please update your records before the next "
  "invoice — the old one in Nohant is no longer ours.\n\nCheers,\nMike",
  frm="Mike Dawson <mike.dawson@orange.fr>", to="contact",
  quote=[(SANDRA_C, "Hello Mike, here is the invoice for the October workshop. Sandra"),
         ("Mike Dawson <mike.dawson@orange.fr>", "Could I have an invoice for the workshop? Thanks!")],
  qstyle="apple_en", qsubj="Invoice for the October workshop", sig="Sent from my iPad", date="2025-11-05 12:40")

R("en-reply-restrict-dispute", ["restriction"], "Re: Refund request – retreat deposit",
  "Until we've settled the refund question, please don't use my details for anything at all — but don't "
  "delete them either, I may need the records.\n\nRegards,\nLaura Bennett",
  frm="Laura Bennett <laura.bennett@gmail.com>", to="orange",
  quote=[(SANDRA_O, "Dear Laura,\nAs explained in the terms, the deposit is non-refundable within 30 days of "
          "the retreat, but I'm happy to move it to the spring session.\nSandra"),
         ("Laura Bennett <laura.bennett@gmail.com>", "Hello, I had to cancel for family reasons and I'd like my "
          "deposit back please."),
         (SANDRA_O, "Dear Laura, I'm sorry to hear you can't come. Let me check the terms and get back to you.")],
  qstyle="gmail_en", qsubj="Refund request – retreat deposit")

R("en-reply-pm-wife", ["post_mortem"], "Re: Reminder: Thursday circle",
  "I'm sorry to tell you that my wife Alison passed away in March. Please remove her from your list and "
  "delete her details.\n\nGeoff Marsh",
  frm="Alison Marsh <alison.marsh@orange.fr>", to="contact",
  quote=[("Floraison de Soi <no-reply@systeme.io>", "Hello Alison,\nThis is a reminder for the Thursday "
          "circle (English group) at 6.30pm.\nFloraison de Soi")], qstyle="gmail_en", date="2025-06-05 09:14")

# ------------------------------------------------------------------ subject only

R("en-subject-only-unsubscribe", ["objection"], "Unsubscribe", "",
  frm="Alan Brooks <alan.brooks@gmail.com>", to="contact")

R("en-subject-only-delete", ["erasure"], "Please delete my data – Jonathan Reeve", "",
  frm="Jonathan Reeve <jon.reeve@icloud.com>", to="contact", date="2025-10-01 23:02")

R("en-subject-only-sar", ["access"], "Subject Access Request – Fiona McLeod", "Sent from my iPhone",
  frm="Fiona McLeod <fiona.mcleod@icloud.com>", to="orange")

# ------------------------------------------------------------------ one-liners

R("en-oneliner-restrict", ["restriction"], "my data",
  "Please stop processing my data for now but keep it — I'll explain when we speak.",
  frm="Nick Harper <nick.harper@outlook.com>", to="contact")

R("en-oneliner-port", ["portability"], "workbook",
  "Could I get my workbook entries from the online course as a spreadsheet file? Cheers, Jo",
  frm="Jo Whitaker <jo.whitaker@gmail.com>", to="contact")

R("en-oneliner-rect-name", ["rectification"], "spelling",
  "It's Siobhan, not Siobahn — could you fix that in your records? Thanks!",
  frm="Siobhan Kelly <siobhan.kelly@gmail.com>", to="contact", sig="Sent from my iPhone")

# ------------------------------------------------------------------ ordinary

R("en-formal-art15", ["access"], "Subject access request under Article 15 GDPR",
  "Dear Ms Delomenie,\n\nI am writing to make a subject access request under Article 15 of the General Data "
  "Protection Regulation. Please provide:\n\n1. a copy of all personal data you hold about me;\n2. the "
  "purposes of the processing;\n3. the recipients to whom my data has been disclosed;\n4. the retention "
  "period; and\n5. the source of any data not collected from me.\n\nI attended the residential retreat in "
  "September 2024 and two online workshops. A copy of my passport is attached for identification.\n\n"
  "Yours sincerely,\nRichard Hale",
  frm="Richard Hale <richard.hale@btinternet.com>", to="orange",
  attach=[("pdf", "passport_RHale.pdf", "UNITED KINGDOM PASSPORT - HALE Richard - copy for identification only")])

R("en-rect-wrong-note", ["rectification"], "Small correction",
  "Hi Sandra,\n\nReading back the summary you sent after our second session, it says I have two children. "
  "I have three (Noah, Ella and baby Finn!). Could you correct that in my file? Silly thing but it matters "
  "to me.\n\nThanks, Amy",
  frm="Amy Collins <amy.collins@gmail.com>", to="contact", html="alt")

R("en-erase-german", ["erasure"], "Deletion of my personal datas",
  "Dear Mrs Delomenie,\n\nI ask you kindly to delete all my personal datas from your systems. I participated "
  "at your online workshop in January 2025 but I will not continue.\n\nWith best regards\nJürgen Weber\n"
  "Freiburg",
  frm="Jürgen Weber <j.weber@gmx.de>", to="contact", date="2025-03-03 14:22")

R("en-restr-lawyer", ["restriction"], "Ms Karen Doyle – restriction of processing (Art. 18 GDPR)",
  "Dear Madam,\n\nWe act for Ms Karen Doyle, whose signed authority is enclosed. Our client contests the "
  "accuracy of the assessment report you prepared following the team coaching programme commissioned by her "
  "former employer. Pursuant to Article 18(1)(a) GDPR, she requires that you restrict the processing of that "
  "report, and of any data derived from it, for the period needed to verify its accuracy.\n\nPlease confirm "
  "within one month.\n\nYours faithfully,\nO'Brien & Walsh Solicitors\n12 Merrion Square, Dublin 2\n\n"
  "This email is confidential and may be legally privileged.",
  frm="O'Brien & Walsh Solicitors <dataprotection@obrienwalsh.ie>", to="orange",
  attach=[("pdf", "Doyle_signed_authority.pdf", "AUTHORITY - I, Karen Doyle, authorise O'Brien & Walsh Solicitors to act on my behalf regarding my personal data.")])

R("en-wc-recording", ["withdraw_consent"], "Webinar recording",
  "Hello Sandra,\n\nDuring last week's webinar I shared quite a personal story when you opened the floor. I "
  "said yes to the recording at the start, but I'd like to withdraw that consent — could you cut my part "
  "from the replay?\n\nThank you for understanding,\nLucy",
  frm="Lucy Brennan <lucy.brennan@gmail.com>", to="contact")

R("en-pm-own-instructions", ["post_mortem"], "For my file – after I'm gone",
  "Dear Sandra,\n\nThis is a slightly odd email. I've been putting my affairs in order after my diagnosis, "
  "and I'd like to leave instructions for my data with you too. When I die, please delete everything, "
  "except that my husband Tom may have a copy of the letters I wrote during our sessions if he asks.\n\n"
  "With love and thanks,\nJanet",
  frm="Janet Wells <janet.wells@orange.fr>", to="orange")

R("en-port-dublin-coach", ["portability"], "Transferring my coaching file",
  "Hi Sandra,\n\nI've moved to Dublin and will continue with a coach here, Aoife Byrne "
  "(aoife@byrnecoaching.ie). Could you send her my file — goals, session summaries, the values exercise — in "
  "a digital format she can work with (Word or PDF is fine)?\n\nMany thanks,\nCiara",
  frm="Ciara Quinn <ciara.quinn@gmail.com>", to="contact", date="2025-11-03 20:16")

R("en-pm-executor", ["post_mortem"], "Estate of the late Mr Howard Finch",
  "Dear Madam,\n\nWe are instructed as executors of the estate of the late Mr Howard Finch of Saint-Benoît-"
  "du-Sault, who died on 11 November 2025. We understand he was a client of yours. We should be grateful if "
  "you would confirm what personal data you hold in his name and close any account. A copy of the death "
  "certificate is enclosed.\n\nYours faithfully,\nHarrington Probate Services",
  frm="Harrington Probate <probate@harringtonprobate.co.uk>", to="orange",
  attach=[("pdf", "death_certificate_Finch.pdf", "ACTE DE DECES - Howard FINCH - decede le 11 novembre 2025 - Saint-Benoit-du-Sault")], date="2026-01-14 10:27")

# ------------------------------------------------------------------ multi-right

R("en-multi-erase-wc", ["erasure", "withdraw_consent"], "Testimonial and my details",
  "Hi Sandra,\n\nPlease take my testimonial down from the website — I no longer consent to it being used — "
  "and delete everything else you have about me too.\n\nThanks,\nGemma",
  frm="Gemma Price <gemma.price@gmail.com>", to="contact")

R("en-multi-access-port", ["access", "portability"], "Data request",
  "Hello,\n\nPlease tell me what personal data you hold about me and send it to me in a machine-readable "
  "format (JSON or CSV), so I can reuse it.\n\nBest,\nLukas Schmidt",
  frm="Lukas Schmidt <lukas.schmidt@posteo.de>", to="contact")

R("en-multi-parent-son", ["access", "erasure"], "My son's data – teen workshop",
  "Dear Sandra,\n\nMy son Oliver (14) attended the teen confidence workshop in April. As his parent, I'd "
  "like to see what information you hold about him, and then for it to be deleted.\n\nKind regards,\n"
  "Helen Marsden",
  frm="Helen Marsden <helen.marsden@gmail.com>", to="contact")

R("en-multi-access-rect", ["access", "rectification"], "My file",
  "Hi,\nCould you send me a copy of my file? Also my surname is double-barrelled — Ashworth-Price, with the "
  "hyphen — and I think you only have Price. Please update it.\nThanks, Natalie",
  frm="Natalie Ashworth-Price <natalie.ap@outlook.com>", to="contact")

R("en-multi-erase-obj", ["erasure", "objection"], "Stop",
  "Stop emailing me and remove me from your database entirely. I never signed up for this.",
  frm="Gary Holt <gary.holt@yahoo.com>", to="contact", date="2025-08-11 22:40")

R("en-multi-obj-wc", ["objection", "withdraw_consent"], "Newsletter + photo",
  "Hi Sandra, please unsubscribe me from the newsletter, and could you also remove the photo of me from "
  "the retreat page? I don't want it up any more. Thanks, Becky",
  frm="Becky Lowe <becky.lowe@gmail.com>", to="contact", sig="Sent from my iPhone")

R("en-multi-port-erase", ["erasure", "portability"], "Closing my account",
  "Hello,\n\nBefore you close my account, please export my data (profile, course answers, purchase history) "
  "as a CSV file and email it to me. After that, delete the account and all associated data.\n\nRegards,\n"
  "Sven Larsson",
  frm="Sven Larsson <sven.larsson@outlook.com>", to="contact")

R("en-multi-access-port-erase", ["access", "erasure", "portability"], "GDPR request – Articles 15, 17 and 20",
  "Dear Ms Delomenie,\n\nUnder Articles 15, 17 and 20 GDPR I request (a) confirmation of what personal data "
  "you process about me, (b) a copy of the data I provided, in a structured, machine-readable format, and "
  "(c) erasure of all my data once (b) has been provided.\n\nYours sincerely,\nAnna Kowalski",
  frm="Anna Kowalski <anna.kowalski@wp.pl>", to="orange")
