# English-language negatives (not a data-subject request to Sandra).
from rec import R, SANDRA, CONTACT

RECORDS = [
# ---------- human mail using the same vocabulary ----------
R("enn_how_delete_journal", "en", [], ("Holly Carmichael", "holly.carmichael@gmail.com"),
  "How do I delete a journal entry?",
  """Hi Sandra,

Silly question - in Module 3 of the course there's the daily journal. I wrote an entry yesterday that I'd rather rewrite. Is there a way to delete or edit it myself in the app? I can't find a button.

Thanks!
Holly"""),

R("enn_copy_workbook", "en", [], ("Sanjay Mehta", "sanjay.mehta@outlook.com"),
  "Copy of the workbook",
  """Hello Sandra,

I accidentally deleted the workbook PDF from my laptop when I was cleaning up my downloads. Could you send me another copy? The one for Module 2 (values and priorities).

Many thanks,
Sanjay"""),

R("enn_remove_from_tuesday", "en", [], ("Beth Harlow", "beth.harlow@gmail.com"),
  "Tuesday session",
  """Hi Sandra, so sorry but can you remove me from Tuesday's group session? My son has a hospital appointment I can't move. Can I join the Thursday one instead?

Beth"""),

R("enn_rights_question", "en", [], ("Oliver Grant", "oliver.grant@gmail.com"),
  "Before I sign up - data question",
  """Hi Sandra,

I'm thinking of booking the 6-session package. I'm a bit careful about privacy since my job is in IT security. If I ask later for my data to be deleted, how does that work exactly - do you delete the session notes straight away or are there things you have to keep for accounting? And how long would it take?

Just trying to understand before committing.
Oliver"""),
# NEAR-LINE: asks how erasure would work, does not ask to exercise it -> negative.

R("enn_husband_asks_wife", "en", [], ("Martin Kessler", "martin.kessler@gmx.net"),
  "My wife's data",
  """Dear Mrs Delomenie,

My wife Andrea Kessler was your client last year. I would like to know which personal data you have stored about her, and please send me a copy. She is very busy at the moment.

Regards
Martin Kessler"""),
# NEAR-LINE: husband asking about another living adult's data, no mandate -> negative per policy.

R("enn_cnil_complaint_copy", "en", [], ("Rebecca Lindholm", "rebecca.lindholm@gmail.com"),
  "Copy of my complaint to the CNIL",
  """Sandra,

For your information, please find below a copy of the complaint I have submitted today to the CNIL via their online form.

---
Complaint: I asked Floraison de Soi (Sandra Delomenie, Issoudun) on 3 March to stop sending me marketing emails and to delete my data. I received no answer and the emails continue.
---

Rebecca Lindholm"""),
# NEAR-LINE: copy of a CNIL complaint -> negative per policy, even though it restates past requests.

R("enn_close_account_only", "en", [], ("Tyler Brooks", "tyler.brooks@gmail.com"),
  "Close my account",
  """Hi, I finished the course and won't be renewing. Please close my account. Thanks for everything!

Tyler"""),
# NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

R("enn_password_reset", "en", [], ("Ingrid Solberg", "ingrid.solberg@online.no"),
  "Can't log in",
  """Hello Sandra,

I tried to reset my password for the course platform three times but the reset email never arrives (I checked spam). Could you help me get access to my space again? My login is this email.

Thank you,
Ingrid"""),

R("enn_thanks_after_deletion", "en", [], ("Victoria Lang", "victoria.lang@hotmail.co.uk"),
  "Re: Erasure request",
  """Thank you Sandra, that's very clear and much appreciated.

Best wishes,
Victoria""", quote=dict(style="gmail_en", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Dear Victoria,\nI confirm that all your personal data has been erased from my files, the course platform and my Google Drive, apart from invoices I must keep for 10 years.\nKind regards,\nSandra\n\nLe lun. 3 févr. 2025, Victoria Lang a écrit :\n> Dear Sandra,\n> Please erase all personal data you hold about me under Article 17 GDPR.")),
# NEAR-LINE: thank-you above a quoted erasure request -> negative (only new text counts).

R("enn_typo_workbook", "en", [], ("Anna Kowalski", "anna.kowalski@gmail.com"),
  "Small typo",
  """Hi Sandra, just so you know, on page 12 of the English workbook there's "you're values" instead of "your values". Could you correct it for future participants? Not a big deal!

Anna"""),

R("enn_export_calendar", "en", [], ("Derek Li", "derek.li@hotmail.com"),
  "Exporting session dates",
  """Hi Sandra,

Is there a way to export all my upcoming session dates to Outlook? The Calendly emails only add them one by one.

Derek"""),

R("enn_cancel_subscription", "en", [], ("Harriet Moss", "harriet.moss@gmail.com"),
  "Cancelling my monthly circle subscription",
  """Hello Sandra,

I'd like to cancel my monthly subscription to the "Cercle des femmes" from next month - money is a bit tight. Could you stop the Stripe payments please? I've loved being part of it.

Harriet"""),
# NEAR-LINE: cancelling a subscription -> negative per policy.

R("enn_coach_colleague_template", "en", [], ("Rachel Bloom", "rachel@bloomcoaching.ie"),
  "GDPR templates for coaches?",
  """Hi Sandra,

We met at the ICF webinar last month. I'm setting up my practice in Cork and I'm drowning in GDPR paperwork - consent forms, what to do when a client asks for their data, deletion policy, etc. Would you be willing to share how you handle access and deletion requests, or the template you use? Happy to return the favour!

Rachel Bloom
Bloom Coaching"""),

R("enn_story_bank", "en", [], ("Jenny Walsh", "jenny.walsh@gmail.com"),
  "Ha, you'll like this",
  """Sandra,

Remember our session about assertiveness? I finally did it: I wrote to my old phone company and demanded they delete all my data and stop calling me. They actually replied! Small victory, but I wanted to tell you.

Jen x"""),

R("enn_give_spot_friend", "en", [], ("Monica Reyes", "monica.reyes@gmail.com"),
  "Transfer my workshop place",
  """Hi Sandra,

I can't make the 14 June workshop after all. My friend Laura Pinto would love to take my place - could you change the registration to her name? Her email is laura.pinto@gmail.com.

Thank you!
Monica"""),
# NEAR-LINE: changing a booking to another person is booking logistics, not correction of her data -> negative.

R("enn_delete_double_slot", "en", [], ("Ahmed Rahman", "ahmed.rahman@gmail.com"),
  "Double booking",
  """Hi Sandra, I think I booked two slots on Thursday by mistake (10:00 and 11:00). Please delete the 11:00 one. Sorry!

Ahmed"""),

R("enn_resubscribe", "en", [], ("Louise Hartley", "louise.hartley@gmail.com"),
  "Oops - unsubscribed by mistake",
  """Hi Sandra,

I think I clicked "unsubscribe" on your newsletter by mistake while scrolling on my phone. Could you add me back? I don't want to miss the autumn programme!

Louise"""),

R("enn_give_consent_recording", "en", [], ("Peter Lindgren", "peter.lindgren@telia.se"),
  "Consent form for the recording",
  """Hi Sandra,

Attached is the signed consent form for the webinar recording. Happy for you to use the replay with my first name.

Best,
Peter""", att=[("consent_form_signed_Lindgren.pdf", "application/pdf")]),

R("enn_breach_worry", "en", [], ("Catherine Doyle", "cdoyle@eircom.net"),
  "Is my data safe?",
  """Hi Sandra,

I read something online about a data leak at one of these course platforms. Is Systeme.io affected? I'd just like to know my payment data and the personal stuff I wrote in the exercises are safe. No need to do anything, just reassure me!

Catherine"""),

R("enn_colleague_for_anna", "en", [], ("Eva Schneider", "eva.schneider@siemens-example.com"),
  "For my colleague Anna",
  """Hi Sandra,

My colleague Anna Berger (she did the team workshop with us in May) asked me to let you know she doesn't want to receive the newsletter anymore and she'd like her data removed. She doesn't have much time so I'm writing for her.

Best regards,
Eva Schneider"""),
# NEAR-LINE: a colleague writing about another living adult's data -> negative per policy.

R("enn_help_letter_gym", "en", [], ("Sharon Pike", "sharon.pike@orange.fr"),
  "Could you help me with a letter in French?",
  """Hi Sandra,

You always write so well in French. I need to send a letter to my old gym in Châteauroux asking them to delete my data and stop charging my card. Could you help me word it? I'll bring a draft on Thursday.

Sharon"""),

R("enn_invoice_copy", "en", [], ("Thomas Becker", "thomas.becker@becker-engineering.de"),
  "Invoice copy",
  """Hello Sandra,

Our accounting department needs a copy of the invoice for the leadership training in October (invoice FDS-2025-087). Could you send it again?

Regards,
Thomas Becker"""),
# NEAR-LINE: copy of one invoice for accounting -> ordinary admin, not access request.

R("enn_withdraw_from_programme", "en", [], ("Sofia Costa", "sofia.costa@sapo.pt"),
  "Withdrawing from the programme",
  """Dear Sandra,

I am sorry but I have to withdraw from the 3-month programme. I have a new job which starts in September and I won't have the time. Can you tell me if it's possible to have a partial refund?

Best regards,
Sofia"""),

R("enn_offer_testimonial", "en", [], ("Margaret O'Hara", "margaret.ohara@gmail.com"),
  "Testimonial",
  """Hi Sandra,

You asked if I'd write a few words - here they are! Feel free to use them on your website with my first name and my photo from the workshop.

"Sandra helped me find my voice again after thirty years of putting everyone else first."

Maggie"""),

R("enn_typo_policy", "en", [], ("Helen Foster", "helen.foster@gmail.com"),
  "Your privacy policy",
  """Hi Sandra,

Not a complaint at all! But as a retired proofreader I couldn't help noticing your privacy policy says "RGDP" in a couple of places instead of RGPD, and "la politique ... exclue" should be "exclut". Thought you'd want to know.

Warmly,
Helen"""),

R("enn_stay_after_all", "en", [], ("Pieter Visser", "pieter.visser@xs4all.nl"),
  "Re: Account on hold",
  """Hi Sandra,

Thanks for putting things on hold. I've decided: I'm staying! No need to remove anything. Let's book a session for next month.

Pieter""", quote=dict(style="gmail_en", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Hello Pieter,\nNo problem, I have put your data on hold in the meantime.\nSandra")),

R("enn_group_photo_copy", "en", [], ("Diane Keating", "diane.keating@gmail.com"),
  "Group photo",
  """Hi Sandra!

Would you be able to send me a copy of the group photo from Saturday? The one in the garden. I'd love to print it for my fridge!

Diane x"""),
# NEAR-LINE: wants a souvenir photo file, not a copy of data held about her -> negative.

R("enn_found_replay", "en", [], ("Ciarán Doherty", "ciaran.doherty@gmail.com"),
  "Re: Replay of the 12 March webinar",
  """Sandra - ignore my last email! I rewatched it and I'm actually only in it for a few seconds, it's grand. No need to cut anything.

Ciarán"""),

R("enn_unsubscribe_question", "en", [], ("Kim Nguyen", "kim.nguyen@gmail.com"),
  "Newsletter vs course emails",
  """Hello,

If I unsubscribe from the newsletter, will I still get the emails for the course (new modules, live session links)? I don't want to miss those.

Kim"""),
# NEAR-LINE: question about consequences of unsubscribing, not an unsubscribe -> negative.

R("enn_invoice_to_company", "en", [], ("Nadia Haddad", "nadia.haddad@gmail.com"),
  "Invoice to my employer",
  """Hi Sandra,

Good news, my employer agreed to pay for the programme! Could you make out the next invoice to Haddad & Partners GmbH, Lindenstraße 4, 10969 Berlin, VAT DE298765432 instead of to me personally?

Thanks,
Nadia"""),
# NEAR-LINE: changing who is billed is not correcting her personal data -> negative.

R("enn_parent_logistics", "en", [], ("Sarah Whitmore", "sarah.whitmore@orange.fr"),
  "Teen workshop - Emily",
  """Hi Sandra,

Emily is really looking forward to Saturday. Do you need any information from us (allergies, emergency contact)? I can fill in the form if you send it. Also, is it OK if she brings her phone, or do you collect them?

Sarah (Emily's mum)"""),

R("enn_zoom_data_tip", "en", [], ("Richard Yates", "richard.yates@gmail.com"),
  "Zoom settings",
  """Hi Sandra,

FYI in the last session the recording started automatically. You might want to turn that off in Zoom settings > Recording > "Automatic recording". Otherwise you'd have to delete recordings manually each time. Just a techie tip!

Richard"""),

R("enn_move_notes_tool", "en", [], ("Laura Chen", "laura.chen@gmail.com"),
  "App recommendation",
  """Hi Sandra,

You mentioned you were looking for a better tool than Google Drive for client notes. I use Notion for my own practice - you can export everything to CSV or Markdown, and delete pages easily. Happy to show you.

Laura"""),

R("enn_expat_correct_french", "en", [], ("Ian Redfern", "ian.redfern@orange.fr"),
  "Could you correct my French?",
  """Hi Sandra,

Sorry to bother you - could you correct the French in this email to the mairie before I send it? I'm asking them to modify the address on my carte de séjour file.

"Madame, Monsieur, je voudrais modifier mon adresse sur mon dossier..."

Cheers,
Ian"""),

R("enn_remove_from_whatsapp_self", "en", [], ("Gemma Rowe", "gemma.rowe@gmail.com"),
  "Left the WhatsApp group",
  """Hi Sandra, just so you know I left the workshop WhatsApp group - too many notifications on my phone! Nothing personal, I'll still come on the 20th. Can you send me the address by email instead?

Gemma"""),

R("enn_access_course_space", "en", [], ("Mateo Rossi", "mateo.rossi@gmail.com"),
  "Access to my course",
  """Hello,

I paid for the "Confiance en soi" course yesterday (Stripe receipt attached) but I still have no access to my space on the platform. Can you check?

Mateo""", att=[("Receipt-2291-5530.pdf", "application/pdf")]),

R("enn_feedback_survey_later", "en", [], ("Janet Hughes", "janet.hughes@gmail.com"),
  "Re: Your feedback matters",
  """Hi Sandra, happy to fill in the questionnaire, but could you send it to my personal email instead (janet.h.1962@gmail.com)? Work blocks these links.

Janet""", quote=dict(style="outlook_en", n="Floraison de Soi", a="contact@floraisondesoi.fr",
  t="Hello Janet,\nThank you for attending the workshop. Could you take 3 minutes to answer our satisfaction questionnaire?\nSandra")),
# NEAR-LINE: asks to send one questionnaire elsewhere, not to replace her address on file -> negative.

R("enn_sister_died_condolence", "en", [], ("Anouk Jansen", "anouk.jansen@gmail.com"),
  "Re: My sister Lieke",
  """Dear Sandra,

Thank you so much for your kind words and for taking care of everything so quickly. It means a lot to our family.

Anouk""", quote=dict(style="gmail_en", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Dear Anouk,\nI am so sorry for your loss. I have closed Lieke's account and removed her photo.\nWith warm thoughts,\nSandra")),

R("enn_uk_privacy_consultant_pitch", "en", [], ("Marcus Hale | DataShield Consulting", "marcus@datashield-consult.co.uk"),
  "Are you ready for a Subject Access Request?",
  """Hi Sandra,

Small businesses like Floraison de Soi are increasingly receiving data subject requests - access, erasure, portability. A single mishandled request can lead to fines.

Our fixed-fee GDPR Health Check (€490) includes templates for responding to every type of request. Can I book you in for a 15-minute call next week?

Best,
Marcus Hale
DataShield Consulting
Reply STOP to opt out.""", hdr={"List-Unsubscribe": "<mailto:unsubscribe@datashield-consult.co.uk>"}),

R("enn_sent_sandra_confirm", "en", [], SANDRA, "Re: Subject Access Request - Jonathan Pryce-Whitley",
  """Dear Jonathan,

Thank you for your message. I confirm receipt of your access request. You will receive a copy of your personal data (session notes, questionnaires and our correspondence) within one month, as required by the GDPR.

Kind regards,
Sandra Delomenie
Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun""",
  to=("Jonathan Pryce-Whitley", "j.pryce.whitley@btinternet.com"), reply=True),

R("enn_sent_sandra_newsletter_en", "en", [], CONTACT, "Floraison de Soi - English-speaking circle starts in May",
  """Hello,

Our English-speaking online circle "Blossom from within" starts on 6 May. Six evenings, 12 participants maximum.

Book your place: https://floraisondesoi.fr/circle-en

You receive this email because you subscribed to our newsletter. To unsubscribe, click here: https://floraisondesoi.fr/unsubscribe
Your personal data is processed in accordance with our privacy policy.""",
  to=("Floraison de Soi subscribers", "contact@floraisondesoi.fr"), shape="alt",
  hdr={"List-Unsubscribe": "<https://floraisondesoi.fr/unsubscribe?u=sandra>", "Precedence": "bulk"}),

R("enn_expat_invite_dinner", "en", [], ("Penny Aldridge", "penny.aldridge@orange.fr"),
  "Supper on Friday?",
  """Sandra!

Tom and I are having a few people round on Friday. Would you and Marc like to come? Nothing fancy. And don't worry, I've deleted that awful photo of me from the market, you were right it was hideous, ha!

Penny"""),

R("enn_mentee_gdpr_homework", "en", [], ("Olga Petrova", "olga.petrova@gmail.com"),
  "Coach training - homework",
  """Hi Sandra,

For my coaching certification I have to write a short essay on "confidentiality and GDPR in coaching practice". Could you tell me in two lines how you handle a client's request to access their notes? I'll quote you anonymously.

Olga"""),

# ---------- automatic mail ----------
R("enn_stripe_payment", "en", [], ("Stripe", "notifications@stripe.com"),
  "Payment of €390.00 from Kayla Brennan",
  """You received a payment

Amount: €390.00
From: Kayla Brennan (kaylabrennan88@gmail.com)
Description: Programme "Confiance en soi" - 3 instalments (1/3)
Payment method: Visa •••• 4417

View payment in the Dashboard: https://dashboard.stripe.com/payments/py_3Q

You're receiving this email because you enabled payment notifications. Manage your email preferences in your Dashboard settings.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""", shape="alt"),

R("enn_stripe_privacy_update", "en", [], ("Stripe", "notifications@stripe.com"),
  "Updates to Stripe's Privacy Policy",
  """Hello,

We're writing to let you know that we're updating our Privacy Policy, effective 1 September 2025. The changes clarify how we process personal data about your customers, how they can exercise their rights to access, correct or delete their data, and our use of data for fraud prevention.

No action is required on your part.

The Stripe team""", shape="html"),

R("enn_zoom_recording", "en", [], ("Zoom", "no-reply@zoom.us"),
  "Cloud Recording - Atelier \"Dire non\" is now available",
  """Hi Sandra Delomenie,

Your cloud recording is now available.

Topic: Atelier "Dire non sans culpabiliser"
Date: Mar 12, 2025 06:00 PM Paris

Share recording with viewers: https://zoom.us/rec/share/XyZ

Recordings are automatically deleted after 30 days according to your account settings. To keep a copy, download it before then.

Thank you for choosing Zoom.""", shape="alt"),

R("enn_zoom_dpa", "en", [], ("Zoom Privacy", "privacy@zoom.us"),
  "Important: Zoom Data Processing Addendum update",
  """Dear Zoom customer,

We are updating our Global Data Processing Addendum (DPA). The updated DPA explains how Zoom, as processor, assists you in responding to data subject requests (access, rectification, erasure, restriction, portability) and how long meeting data is retained.

The updated DPA will take effect on 15 January 2026. Your continued use of the services constitutes acceptance.

Zoom Video Communications, Inc.""", shape="html"),

R("enn_calendly_new", "en", [], ("Calendly", "notifications@calendly.com"),
  "New Event: Greg Tan - 10:00am Thu, 6 Nov 2025 - Discovery call (30 min)",
  """Hi Sandra,

A new event has been scheduled.

Event Type: Discovery call (30 min)
Invitee: Greg Tan
Invitee Email: gtan@tanwellness.com
Event Date/Time: 10:00am - Thursday, 6 November 2025 (Central European Time)
Questions: What would you like to work on? "Work-life balance, delegating"

View event in Calendly""", att=[("invite.ics", "text/calendar")]),

R("enn_calendly_cancel", "en", [], ("Calendly", "notifications@calendly.com"),
  "Canceled: Beth Harlow and Sandra Delomenie",
  """Hi Sandra,

The event below has been canceled.

Event Type: Group session
Invitee: Beth Harlow
Cancellation reason: "Hospital appointment for my son, sorry"

Calendly"""),

R("enn_google_security", "en", [], ("Google", "no-reply@accounts.google.com"),
  "Security alert",
  """A new sign-in on Windows

sandra.floraison@gmail.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity

You can also see security activity at https://myaccount.google.com/notifications
You received this email to let you know about important changes to your Google Account and services.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""", shape="html",
  to=("Sandra Delomenie", "sandra.floraison@gmail.com")),

R("enn_google_takeout", "en", [], ("Google Takeout", "noreply@google.com"),
  "Your Google data is ready to download",
  """Your Google data is ready

The archive you requested on 2 April 2026 containing your Drive data is ready to download. You can download it until 9 April 2026.

Download your files

This archive includes: Drive
Didn't request this archive? Secure your account.""", shape="html",
  to=("Sandra Delomenie", "sandra.floraison@gmail.com")),

R("enn_drive_share", "en", [], ("Philippa Grange (via Google Drive)", "drive-shares-dm-noreply@google.com"),
  "Document shared with you: \"Wheel of life - Pip - updated\"",
  """Philippa Grange shared a document

Philippa Grange (pip.grange@gmail.com) has invited you to edit the following document:
Wheel of life - Pip - updated

"Here's the updated version, I corrected the career section!"

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because pip.grange@gmail.com shared a document with you from Google Docs.""",
  shape="alt", hdr={"Reply-To": "Philippa Grange <pip.grange@gmail.com>"}),

R("enn_bounce", "en", [], ("Mail Delivery System", "MAILER-DAEMON@smtp-out.orange.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp-out.orange.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

<stefano.marchetti@fastwebnet.it>: host mx.fastwebnet.it said: 550 5.1.1 User unknown""",
  kind="report", bounce_to="stefano.marchetti@fastwebnet.it",
  orig=dict(subj="Votre accès à la formation", t="Hello Stefano,\nYour course access has been updated.\nSandra")),

R("enn_bounce_quota", "en", [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  "Delivery Status Notification (Failure)",
  """** Message not delivered **

Your message couldn't be delivered to kaylabrennan88@gmail.com because the recipient's inbox is full.

The response from the remote server was:
452 4.2.2 The email account that you tried to reach is over quota.""",
  kind="report", bounce_to="kaylabrennan88@gmail.com", status="4.2.2",
  diag="smtp; 452 4.2.2 The email account that you tried to reach is over quota",
  orig=dict(subj="Confirmation: your data has been deleted",
            t="Hi Kayla,\nAs requested, your account and personal data have been deleted.\nSandra")),

R("enn_ooo_reply", "en", [], ("Michael Cole", "mcole@whitmancole.com"),
  "Automatic reply: Re: Data request on behalf of our client Ms. Rebecca Lindqvist",
  """Thank you for your email. I am out of the office until Monday, 12 January with limited access to email. For urgent matters please contact my assistant, Dana Ruiz (druiz@whitmancole.com).

Please note that this firm will never ask you to send personal data or payment details by email without prior confirmation by phone.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, reply=True),

R("enn_ooo_student", "en", [], ("Ananya Raghavan", "ananya.raghavan@gmail.com"),
  "Out of office Re: Confirmation",
  """Hi, I'm travelling until 20 August with no internet access. I will reply on my return. If urgent please call my office.

Regards,
Ananya""", hdr={"Auto-Submitted": "auto-replied"}, reply=True),

R("enn_newsletter_pt", "en", [], ("Psychology Today", "newsletter@psychologytoday.com"),
  "5 ways to help clients set boundaries",
  """This week in Psychology Today

- 5 ways to help clients set boundaries
- Why "delete" isn't always forgetting: memory and trauma
- The data on coaching outcomes: what actually works

Read more on psychologytoday.com

You are receiving this email because you subscribed. Unsubscribe | Manage preferences | Privacy""",
  shape="html", hdr={"List-Unsubscribe": "<https://www.psychologytoday.com/unsubscribe?e=sdelomenie>",
  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}),

R("enn_newsletter_icf", "en", [], ("ICF Global", "news@coachingfederation.org"),
  "ICF Update: Ethics, AI and client data",
  """ICF Update

Ethics corner: a client asks you to delete your session notes. What does the ICF Code of Ethics say, and how does it interact with GDPR retention duties? Join our webinar on 14 October.

Also: new research on AI note-takers and client consent.

Unsubscribe from ICF Update""", shape="alt",
  hdr={"List-Unsubscribe": "<mailto:unsubscribe@coachingfederation.org?subject=unsubscribe>", "Precedence": "list"}),

R("enn_phishing_gdpr", "en", [], ("EU GDPR Compliance Office", "compliance-office@gdpr-eu-register.net"),
  "URGENT: Your business is not registered in the EU GDPR Data Controllers Register",
  """Dear data controller,

According to Regulation (EU) 2016/679, all businesses processing personal data must register in the EU Data Controllers Register. Our records show that FLORAISON DE SOI has not completed registration.

Failure to register within 7 days may result in a fine of up to €20,000,000.

Complete your registration now (fee: €289): http://gdpr-eu-register.net/reg?id=FR36100

Compliance Department""", shape="html"),

R("enn_phishing_systeme", "en", [], ("Systeme Support", "support@systerne-io.com"),
  "Action required: verify your account data",
  """Dear customer,

Due to new data protection rules, we must verify your account data. Your account will be suspended and all your contacts deleted if you don't confirm your identity within 24h.

Verify now: http://systerne-io.com/verify

Systeme.io Security Team"""),

R("enn_linkedin", "en", [], ("LinkedIn", "messages-noreply@linkedin.com"),
  "Oliver Grant sent you a message",
  """Oliver Grant
IT Security Lead

"Hi Sandra, thanks for accepting my connection. Quick question about your coaching packages - do you have anything in English?"

View message

This email was intended for Sandra Delomenie (Coach & Trainer). Unsubscribe | Help
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""", shape="html",
  hdr={"List-Unsubscribe": "<https://www.linkedin.com/e/unsub>"}),

R("enn_paypal_policy", "en", [], ("PayPal", "service@paypal.fr"),
  "Upcoming changes to our Privacy Statement",
  """Hello Sandra Delomenie,

We're updating our Privacy Statement. Among other things, these updates explain how you can exercise your rights to access, rectify, erase or port your personal data, and how we share data with partners for marketing. You may object to some of these uses in your account settings.

The changes take effect on 27 November 2025.

PayPal (Europe) S.à r.l. et Cie, S.C.A.""", shape="html"),

R("enn_canva_share", "en", [], ("Canva", "no-reply@canva.com"),
  "Your design was exported",
  """Your design "Témoignages clients - carrousel Instagram" has been exported as PNG (6 pages).

Download

To delete this design or manage sharing, open it in Canva.

Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Australia""", shape="alt"),

R("enn_facebook_group", "en", [], ("Facebook", "notification@facebookmail.com"),
  "Lorraine Featherstone commented on your photo",
  """Lorraine Featherstone commented on your photo in Floraison de Soi:

"What a lovely day! 🌸 Can't wait for the next one"

Reply  |  View photo

This message was sent to sandra.delomenie@orange.fr. If you don't want to receive these emails from Meta in the future, please unsubscribe.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025""", shape="html",
  hdr={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=unsub>"}),

R("enn_systeme_en_export", "en", [], ("Systeme.io", "no-reply@systeme.io"),
  "Your contacts export is ready",
  """Hello Sandra,

The export of your contacts (tag: "newsletter") you requested is ready. Download the CSV file from your dashboard within 7 days.

The systeme.io team""", shape="alt"),

R("enn_wordpress_gdpr_plugin", "en", [], ("WordPress", "wordpress@floraisondesoi.fr"),
  "[Floraison de Soi] Action request: confirm export of personal data",
  """Howdy,

A request has been made to perform the following action on your account:

     Export Personal Data

To confirm this, please click on the following link:
https://floraisondesoi.fr/wp-login.php?action=confirmaction&request_id=41

You can safely ignore and delete this email if you do not want to take this action.

Regards,
All at Floraison de Soi
https://floraisondesoi.fr""", to=("admin", "contact@floraisondesoi.fr")),
# NEAR-LINE: WordPress tool confirmation mail to the site admin (automatic), not a person's request -> negative.

R("enn_trustpilot_like_spam", "en", [], ("Reviews Boost", "hello@reviewsboost.io"),
  "Get 50 five-star testimonials this month",
  """Hi there,

Testimonials sell. We help coaches collect and publish client testimonials automatically - with built-in GDPR consent capture so clients can withdraw anytime.

Start free trial

Don't want these emails? Unsubscribe.""", shape="html",
  hdr={"List-Unsubscribe": "<https://reviewsboost.io/u/xyz>"}),

R("enn_ovh_en_ticket", "en", [], ("OVHcloud", "support@ovh.com"),
  "Ticket closed: website data deletion",
  """Hello,

Your ticket CS1948211 "Delete old backup of floraisondesoi.fr" has been closed. The backup data from 2023 has been permanently deleted as requested.

OVHcloud Support""", to=("Sandra Delomenie", "contact@floraisondesoi.fr")),

R("enn_course_student_thanks", "en", [], ("Rafael Azevedo", "rafael.azevedo@gmail.com"),
  "Re: unsubscribe from marketing emails",
  """Perfect, thanks Sandra! Got the new module email this morning and no promos. Obrigado!

Rafael""", quote=dict(style="gmail_en", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Hi Rafael,\nDone: you won't receive marketing emails any more, only course emails.\nSandra")),

R("enn_au_holiday_chat", "en", [], ("Trish Calloway", "trish.calloway@optusnet.com.au"),
  "Re: Something a bit morbid, sorry!",
  """Thanks Sandra, that's a weight off. Surgery went well by the way! Home now and bored stiff. Will book a session once I'm back on my feet.

Trish xx""", quote=dict(style="apple_en", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Dear Trish,\nI have noted your wishes carefully. Sending you strength for the surgery.\nSandra")),
# NEAR-LINE: follow-up to an earlier post-mortem instruction; new text contains no request -> negative.
]
