# English messages (requests and hard negatives) — theme: third parties and go-betweens.
from rec import R

SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
AUTO = {"Auto-Submitted": "auto-generated"}
RECORDS = [
# ================= REQUESTS =================
R("en-pm-daughter-mother-died", "M", "Rebecca Hollis <rebecca.hollis@gmail.com>",
  "My mother, Margaret Hollis",
  """Dear Ms Delomenie,

I'm writing to let you know that my mother, Margaret Hollis, passed away on 4 March. She attended your online workshops from England and spoke warmly of them.

Could you please remove her from your mailing list and delete whatever you hold about her? I've attached the death certificate in case you need it.

With thanks,
Rebecca Hollis""", att=[("pdf", "death_certificate_M_Hollis.pdf", "Certified copy of an entry of death - Margaret Hollis")]),
R("en-pm-executor-copy", "M", "David Kerr <d.kerr@kerr-solicitors.co.uk>",
  "Estate of the late Mr Alan Fraser - request for records",
  """Dear Madam,

We act as executors of the estate of the late Mr Alan Fraser, who died on 2 November 2025. Our records show payments from Mr Fraser to Floraison de Soi for a coaching programme.

We should be grateful if you would provide copies of any contract, invoices and personal records you hold in relation to Mr Fraser, and confirm whether any balance is outstanding.

Yours faithfully,
David Kerr
Kerr & Co Solicitors, Edinburgh""", att=[("pdf", "grant_of_confirmation.pdf", "Confirmation - Executors of Alan Fraser")], cte="qp"),
R("en-pm-own-instructions", "M", "Helen Whitmore <helen.whitmore@icloud.com>",
  "Instructions for after I'm gone",
  """Hi Sandra,

Bit of an odd one. I've been diagnosed with something serious and I'm getting my affairs in order. When I die, I'd like everything you hold about me deleted, except the recording of my testimonial, which I'd like you to send to my husband Tom (tom.whitmore@icloud.com).

Thank you for everything,
Helen""", html="alt"),
R("en-pm-widower-testimonial", "M", "Peter Langley <peter.langley@btinternet.com>",
  "Re: Your newsletter - my late wife",
  """Hello,

Sarah passed away last autumn. Her photo and testimonial are still on your website and it's painful to see. Please take them down.

Peter Langley""",
  q="""Floraison de Soi - April letter
New online circle for English speakers...""", qs="en", qf="Floraison de Soi <contact@floraisondesoi.fr>"),
R("en-pm-son-account", "M", "Marcus Oyelaran <marcus.oyelaran@outlook.com>",
  "Deceased client - account closure",
  """Hello,

My father Samuel Oyelaran died in January. He had an account on your online training platform. As his next of kin I'd like the account closed and his personal data erased, and would like to know what data you held about him first.

Regards,
Marcus Oyelaran"""),
# NEAR-LINE: heir asks access + erasure -> post_mortem only.
R("en-pm-voicemail-brother", "M", "Orange Voicemail <messagerie-vocale@orange.fr>",
  "New voicemail from +44 7700 900412",
  """You have a new voicemail.
From: +44 7700 900412
Length: 0 min 39 s

Transcription (automatic, may contain errors):
"Hello, this is Graham Pike, I'm Janet Pike's brother. Janet died two weeks ago. She's still getting your emails and text reminders. Could you please stop them and take her off everything. Thank you."
""", hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Orange Messagerie Vocale Visuelle"}, to="o"),
# --- parents / lawyers / mandates ---
R("en-parent-minor-access", "A", "Jennifer Walsh <jen.walsh@gmail.com>",
  "My son's records",
  """Hi Sandra,

My son Dylan (14) did your teen confidence course last spring. As his mum, could you send me a copy of the information you keep on him — his sign-up form and the questionnaires he filled in?

Thanks so much,
Jennifer"""),
R("en-parent-minor-erase-photos", "EW", "Tom Brennan <tom.brennan@yahoo.com>",
  "Please remove my daughter",
  """Hello,

My daughter Aoife is 13. I no longer consent to her photo being used on your Instagram page, please take it down. I would also like all her data deleted, she won't be attending again.

Tom Brennan (father)"""),
R("en-lawyer-mandate-access", "A", "Amanda Price - Price Legal <a.price@pricelegal.ie>",
  "Subject access request on behalf of Ms Niamh Doyle",
  """Dear Ms Delomenie,

We act for Ms Niamh Doyle and enclose her signed authority. Pursuant to Article 15 GDPR, please provide a copy of all personal data you hold about our client, together with the purposes of processing, the recipients and the retention period.

Kind regards,
Amanda Price
Solicitor, Price Legal, Dublin""", att=[("pdf", "authority_Doyle.pdf", "Letter of authority - Niamh Doyle authorises Price Legal")]),
R("en-lawyer-mandate-restrict", "L", "James Okafor <j.okafor@okafor-law.co.uk>",
  "Our client Mr Daniel Reeve - preservation of data",
  """Dear Madam,

We are instructed by Mr Daniel Reeve (authority attached). Our client disputes the accuracy of notes recorded during his coaching sessions paid for by his former employer. Pending resolution, he requests that you restrict processing of those records: retain them, but do not use or disclose them.

Yours faithfully,
James Okafor""", att=[("pdf", "authority_Reeve.pdf", "Authority - Daniel Reeve instructs Okafor Law")]),
R("en-webform-portability", "P", "Floraison de Soi - Formulaire <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de : Katrin Vogel",
  """Nom : Katrin Vogel
E-mail : katrin.vogel@web.de
Sujet : Other

Message :
Hello, I'm moving my coaching to a practitioner in Freiburg. Could you send my questionnaires and progress data in a machine-readable format (CSV or JSON) so she can import them? Thank you!

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  hdr={"Reply-To": "katrin.vogel@web.de", "X-Mailer": "WordPress/6.7.1"}, to="c"),
R("en-assistant-forwards-boss-words", "O", "Chloe Adams <chloe.adams@harlowpartners.com>",
  "FW: Marketing emails",
  """Hi,

Forwarding on behalf of Richard, who asked me to send this on as he's travelling.

Best,
Chloe Adams
EA to Richard Harlow""",
  q="""Chloe - please send this to the coaching lady in France:

"Please stop sending me marketing emails and newsletters. I do not wish to receive them. Richard Harlow"

Thanks, R""", qs="outlook_en", qf="Richard Harlow <r.harlow@harlowpartners.com>", qto="Chloe Adams <chloe.adams@harlowpartners.com>", qsub="Marketing emails"),
# NEAR-LINE: EA forwards the person's own quoted words -> counts by those words (objection), though quoted.
R("en-wife-types-for-husband", "R", "Linda Carver <linda.carver@gmail.com>",
  "From Bill Carver",
  """Hi, Bill asked me to type this for him as he's hopeless with email. His words:

"Sandra, my surname is spelled Carver, not Carvers, on the certificate and your records. And please use my new mobile 07911 123456 instead of the old landline."

Linda"""),
# NEAR-LINE: spouse types the person's own words -> rectification.
R("en-systemeio-form-erasure", "E", "Systeme.io <no-reply@systeme.io>",
  "New message from your contact page",
  """Hi Sandra,

You've received a new message from your "Contact" page:

From: Owen Griffiths (owen.griffiths@gmail.com)
Message: "Hi, please delete my account and all of my personal data from your course platform. I signed up by mistake."

Reply to this contact from your dashboard.
The Systeme.io team""", hdr={"Reply-To": "owen.griffiths@gmail.com", "Auto-Submitted": "auto-generated"}, html="alt"),
# --- direct requests ---
R("en-access-simple", "A", "Priya Natarajan <priya.natarajan@gmail.com>",
  "Data request",
  """Hello Sandra,

Could you please send me a copy of all the personal data you hold about me? I attended two of your online workshops in 2025.

Many thanks,
Priya"""),
R("en-access-source", "A", "Stefan Kowalski <s.kowalski@wp.pl>",
  "Where you got my email",
  """Hello,

I receive your emails but I never registered. Please tell me where you got my email address and to whom you gave it.

Stefan Kowalski"""),
# non-native
R("en-access-session-notes", "A", "Giulia Ferri <giulia.ferri@libero.it>",
  "notes of our sessions",
  """Dear Sandra,

I would like to have a copy of the notes you have taken during our sessions and my answers to the questionnaire, if it is possible. I want to read them again.

Thank you very much,
Giulia"""),
R("en-access-formal", "A", "Oliver Bennett <oliver.bennett@protonmail.com>",
  "Article 15 GDPR - Subject Access Request",
  """Dear Data Controller,

Under Article 15 of the GDPR I request confirmation as to whether you process personal data concerning me and, if so, a copy of that data, the purposes, the categories, the recipients, the retention period and the source.

Please respond within one month.

Oliver Bennett""", att=[("pdf", "passport_Bennett.pdf", "Passport copy - Oliver Bennett - for GDPR request only")]),
R("en-erasure-polite", "E", "Hannah Cole <hannah.cole@outlook.com>",
  "Deleting my details",
  """Hi Sandra,

Would you be able to delete all my details from your records? I've moved back to Canada and won't be doing any more sessions.

Thanks a lot,
Hannah"""),
R("en-erasure-one-liner", "E", "Matt <matt.dunne@gmail.com>",
  "erase my data",
  """pls erase my data, thx"""),
R("en-erasure-buried", "E", "Caroline Ashworth <caroline.ashworth@btinternet.com>",
  "Catching up",
  """Dear Sandra,

It's been ages! We finally bought the little house near Aubusson and I spend my days with paint pots and the garden. Your breathing exercises still help when the builders drive me mad.

One thing while I think of it: I'd rather you didn't keep my old file and contact details any more — could you wipe them? Nothing wrong at all, I'm just simplifying my life.

Warmly,
Caroline"""),
R("en-rectif-email", "R", "Daniel Moss <daniel.moss@fastmail.com>",
  "Updated email address",
  """Hello,

Please replace my old address dan.moss@aol.com with this one, daniel.moss@fastmail.com. The old one will be closed.

Daniel"""),
R("en-rectif-wrong-note", "R", "Aisha Rahman <aisha.rahman@gmail.com>",
  "Correction to my file",
  """Hi Sandra, your follow-up summary says I have two children — I have three (you missed my youngest, Zara!). Could you correct that in my file? Thanks, Aisha"""),
R("en-restrict-dispute", "L", "Mark Sutherland <mark.sutherland@gmail.com>",
  "Please hold my file",
  """Hello,

I think some information in my coaching file is inaccurate. Until we've sorted it out, please don't use it for anything — but please don't delete it either.

Mark"""),
R("en-restrict-freeze", "L", "Emma Lindqvist <emma.lindqvist@gmail.se>",
  "Freeze my data",
  """Hello Sandra, I want my data to be freezed — not deleted, only kept, no use, until I decide about continuing the coaching in September. Is it ok? Best regards, Emma"""),
# NEAR-LINE: "Is it ok?" but it is an ask, not a how-does-it-work question -> restriction.
R("en-portability-direct", "P", "Lucy Hamilton <lucy.hamilton@gmail.com>",
  "Transfer of my data",
  """Hi Sandra,

I'm continuing with a coach in London, Ms Rachel Stone. Could you send my assessments and questionnaire results directly to her (rachel@stonecoaching.co.uk) in a format she can import?

Thank you,
Lucy"""),
R("en-objection-unsubscribe", "O", "Greg Thompson <greg.thompson@yahoo.com>",
  "Unsubscribe",
  """Please unsubscribe me from your newsletter. Thank you."""),
R("en-objection-profiling", "O", "Nina Schulz <nina.schulz@gmx.de>",
  "Tracking in your emails",
  """Hello,

I object to you tracking my email opens and clicks and using them to choose which offers to send me. Please stop.

Nina Schulz"""),
R("en-objection-above-quote", "O", "Rosie Palmer <rosie.palmer@hotmail.co.uk>",
  "Re: Reminder: your free e-book is waiting",
  """Please stop emailing me offers. I only wanted the e-book.""",
  q="""Hi Rosie,
Your free e-book "7 keys to assert yourself" is waiting for you! And don't miss our spring programme -20%.""", qs="en", qf="Floraison de Soi <contact@floraisondesoi.fr>"),
R("en-withdraw-testimonial", "W", "Simon Clarke <simon.clarke@gmail.com>",
  "My testimonial",
  """Hello Sandra,

I'd like to withdraw my consent for my testimonial and photo to be published. Please take them off the website and Systeme.io page.

Kind regards,
Simon"""),
R("en-withdraw-recording", "W", "Maya Goldberg <maya.goldberg@gmail.com>",
  "Recording of the circle",
  """Hi, I said yes to the recording of last week's online circle but I've changed my mind. Please don't use or share the part where I speak. Thanks, Maya"""),
# --- multi ---
R("en-multi-access-erasure", "AE", "Victoria Ellis <victoria.ellis@gmail.com>",
  "My data - copy then delete",
  """Hi Sandra,

Could you first send me a copy of everything you hold on me, and then delete it all? Thanks.

Victoria"""),
R("en-multi-rectif-objection", "RO", "Connor Walsh <connor.walsh@icloud.com>",
  "Two things",
  """Hi — my name is Connor, not Conor, please fix it. Also I don't want any more promotional texts. Cheers"""),
R("en-multi-portability-erasure", "PE", "Anna Berg <anna.berg@outlook.com>",
  "Export and delete",
  """Hello,

Please send me my course data in CSV format so I can reuse it, and afterwards delete my account and all my data.

Anna"""),
R("en-multi-withdraw-erasure-assistant-fwd", "EW", "Sophie Turner <sophie.turner@turner-interiors.co.uk>",
  "Fwd: note from Mum",
  """Hi Sandra, forwarding a note from my mother, who is not very comfortable with email. Sophie""",
  q="""Dear Sandra,
I no longer want my testimonial on your site, and I would like you to erase all my personal information.
Thank you,
Patricia Turner""", qs="fwd_en", qf="Patricia Turner <pat.turner@btinternet.com>", qto="sophie.turner@turner-interiors.co.uk", qsub="Testimonial"),
# NEAR-LINE: daughter forwards her living mother's own words -> counts by the mother's words.
R("en-multi-access-restriction", "AL", "Ben Harper <ben.harper@gmail.com>",
  "Session records",
  """Hello,

Please send me a copy of my session records. I believe parts are wrong, and until they are checked please don't use them.

Ben Harper"""),
R("en-multi-objection-withdraw-spouse-cc", "OW", "Kate Morgan <kate.morgan@gmail.com>",
  "Our photos and emails",
  """Hi Sandra,

Writing for myself (my husband James, in cc, will confirm for himself): please take down my photos from the workshop album — I withdraw my consent — and stop the marketing emails.

Kate""", cc="James Morgan <james.morgan@gmail.com>"),

R("en-guardian-portability", "P", "Fiona McLeod - Court-appointed deputy <fiona.mcleod@deputyservices.co.uk>",
  "Mr Ian Baxter - transfer of coaching records",
  """Dear Ms Delomenie,

I am the court-appointed deputy for Mr Ian Baxter (order attached). Mr Baxter is continuing his support with a practitioner closer to his care home. Please transfer the questionnaires and progress records he provided to you, in a structured, machine-readable format, to hello@glenview-wellbeing.co.uk.

Kind regards,
Fiona McLeod""", att=[("pdf", "deputyship_order_Baxter.pdf", "Court of Protection - Deputyship order - Ian Baxter")]),
# NEAR-LINE: court-appointed deputy with an order treated like a lawyer with a mandate -> portability.

# ================= NEGATIVES =================
R("en-neg-husband-wife-data", "", "Robert Hale <robert.hale@gmail.com>",
  "My wife's sessions",
  """Hello,

My wife Claire has been seeing you for coaching. I'd like to know what she discusses with you and get a copy of her notes. We're married, so I assume that's fine.

Robert Hale"""),
R("en-neg-assistant-boss-paraphrase", "", "Laura Chen <laura.chen@northgate-capital.com>",
  "Mr Ward's details",
  """Hi,

I'm the PA to Jonathan Ward. He'd like his details removed from your list — can you confirm once done?

Thanks,
Laura Chen
PA to the CEO""", hdr={"X-Mailer": "Microsoft Outlook 16.0"}),
# NEAR-LINE: PA paraphrases a living adult's wish, no mandate or his words -> negative.
R("en-neg-hr-attendance", "", "HR Team - Brightwell Ltd <hr@brightwell.co.uk>",
  "Attendance records for our employees",
  """Dear Sandra,

Please could you send us the attendance records and final assessment results for the five Brightwell employees who attended your resilience training in May?

Best regards,
HR Team""", html="alt"),
R("en-neg-mother-adult-daughter", "", "Deborah Finch <deborah.finch@gmail.com>",
  "My daughter's file",
  """Hi,

My daughter Ellie is 22 and has been doing sessions with you. I'd like her file deleted; I don't think it's doing her any good. Please don't tell her I wrote.

Deborah"""),
R("en-neg-friend-new-address", "", "Tina Russo <tina.russo@gmail.com>",
  "Jo's new email",
  """Hi Sandra, my friend Jo from the Thursday group asked me to tell you her email changed but I don't remember the new one, she'll send it. Tina"""),
R("en-neg-question-retention", "", "Alex Porter <alex.porter@gmail.com>",
  "Question",
  """How long do you keep session notes after the coaching ends? Just curious, not asking you to do anything."""),
R("en-neg-question-heirs", "", "Margaret Flynn <margaret.flynn@eircom.net>",
  "After my death?",
  """Dear Sandra,

Would my children have the right to see my file after I die? I haven't made up my mind what I want yet, I'm just trying to understand how it works.

Margaret"""),
R("en-neg-question-proxy", "", "Priya Shah <priya.shah@gmail.com>",
  "Can my husband ask for me?",
  """Hi, can my husband request my data on my behalf if I give him permission, or does it have to come from me directly? Thanks, Priya"""),
R("en-neg-thanks-after-deletion", "", "Hannah Cole <hannah.cole@outlook.com>",
  "Re: Deleting my details",
  """Perfect, thank you Sandra! All the best.""",
  q="""Hi Hannah,

Done: I've deleted all your details from my files and from the platform. Only invoices are kept as required by law.

Warm wishes,
Sandra

On Tue, Mar 3, 2026 at 9:12 AM Hannah Cole wrote:
> Would you be able to delete all my details from your records?""", qs="en"),
R("en-neg-executor-thanks", "", "David Kerr <d.kerr@kerr-solicitors.co.uk>",
  "RE: Estate of the late Mr Alan Fraser - request for records",
  """Dear Ms Delomenie,

Thank you for the documents, safely received. We have nothing further to request.

Yours sincerely,
David Kerr""",
  q="""Dear Mr Kerr,
Please find attached the contract and invoices for Mr Fraser. No balance is outstanding.
Sandra Delomenie""", qs="outlook_en"),
R("en-neg-cancel-on-behalf", "", "Grace Okonkwo <grace.okonkwo@gmail.com>",
  "Cancelling mum's booking",
  """Hi Sandra, mum (Florence Okonkwo) has broken her wrist and won't make Saturday's workshop. Could you cancel her place and delete the slot? She'll rebook later. Grace"""),
R("en-neg-password-reset", "", "Liam Foster <liam.foster@gmail.com>",
  "Can't log in",
  """Hi, I can't access my account on the course platform — the password reset email never arrives. Can you help? Liam"""),
R("en-neg-close-account-only", "", "Ruth Adler <ruth.adler@gmail.com>",
  "Close my account",
  """Please close my account. Thanks, Ruth"""),
# NEAR-LINE: close my account alone, no data mentioned -> negative.
R("en-neg-consent-given", "", "Sam Whitaker <sam.whitaker@gmail.com>",
  "Testimonial - yes!",
  """Hi Sandra, happy for you to use my testimonial and the photo on your site. Signed form attached. Sam""",
  att=[("jpg", "signed_form.jpg", "")]),
R("en-neg-gdpr-training-topic", "", "Rachel Burns <rachel.burns@charity-connect.org>",
  "GDPR & consent workshop for volunteers?",
  """Hello,

Do you run a workshop on consent, boundaries and GDPR basics for charity volunteers? We'd be a group of about 12.

Rachel Burns""", html="alt"),
R("en-neg-invoice-copy-company", "", "Accounts Payable - Lumen Tech <ap@lumentech.io>",
  "Invoice copy request",
  """Hello,

Could you resend a copy of invoice FA-2025-077 for the training delivered to our team? It's missing from our system.

Accounts Payable""", cte="qp"),
R("en-neg-cnil-copy", "", "Stefan Kowalski <s.kowalski@wp.pl>",
  "Copy of my complaint",
  """FYI, I have filed a complaint with the CNIL. Copy below.""",
  q="""Complaint regarding Floraison de Soi: unsolicited marketing emails, no answer on the source of my data.
Stefan Kowalski""", qs="fwd_en", qf="Stefan Kowalski <s.kowalski@wp.pl>", qto="plaintes@cnil.fr", qsub="Complaint"),
R("en-neg-autoreply-ooo", "", "Chloe Adams <chloe.adams@harlowpartners.com>",
  "Automatic reply: Re: Marketing emails",
  """Thank you for your email. I am out of the office until Monday 14 April with limited access to email. For urgent matters please contact reception@harlowpartners.com.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Mailer": "Microsoft Outlook 16.0"}),
R("en-neg-autoreply-gdpr-listing", "", "Support - Kerr & Co <no-reply@kerr-solicitors.co.uk>",
  "Auto: we have received your message",
  """Thank you for contacting Kerr & Co. This is an automated acknowledgement.

Privacy notice: under the UK GDPR you have the right to access, rectify, erase, restrict or object to the processing of your personal data, and to data portability. Contact dpo@kerr-solicitors.co.uk to exercise these rights.""",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),
R("en-neg-bounce-gmail", "", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to janet.pike1958@gmail.com because the address couldn't be found, or is unable to receive mail.""",
  kind="bounce", bounce_to="janet.pike1958@gmail.com", bounce_subject="Reminder: your session tomorrow", hdr=AUTO),
R("en-neg-stripe-refund", "", "Stripe <notifications@stripe.com>",
  "Refund of €45.00 to grace.okonkwo@gmail.com succeeded",
  """Your refund of €45.00 to grace.okonkwo@gmail.com has succeeded. It may take 5-10 business days to appear on the customer's statement.""", hdr=AUTO, html="only"),
R("en-neg-calendly-booked-by-assistant", "", "Calendly <notifications@calendly.com>",
  "New Event: Rachel Stone - Discovery call",
  """Hi Sandra Delomenie,

A new event has been scheduled.

Invitee: Rachel Stone
Invitee Email: rachel@stonecoaching.co.uk
Event Date/Time: 10:00am - Thursday, 22 January 2026 (Central European Time)
Additional notes: "Booked by my assistant to discuss a client transfer." """, hdr=AUTO, html="alt"),
R("en-neg-zoom-registration", "", "Zoom <no-reply@zoom.us>",
  "New registration for your webinar",
  """A new registrant has registered for "Resilience for expats":
Name: Katrin Vogel
Email: katrin.vogel@web.de""", hdr=AUTO),
R("en-neg-paypal-received", "", "PayPal <service@paypal.com>",
  "You've got money",
  """Hello Sandra Delomenie,
Rebecca Hollis sent you €30.00 EUR.
Note: "Gift voucher for my aunt's birthday" """, hdr=AUTO, html="alt"),
R("en-neg-vendor-dpa", "", "Calendly Legal <legal@calendly.com>",
  "Updates to our Data Processing Addendum",
  """We're updating our Data Processing Addendum and Subprocessor list, effective 1 February 2026. No action is required; continued use of Calendly constitutes acceptance.""",
  hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://calendly.com/unsubscribe>"}, html="only"),
R("en-neg-phishing-dropbox", "", "Dropbox <no-reply@dropbox-secure-files.co>",
  "Sandra, a document has been shared with you",
  """A secure document "Client_Data_Deletion_Request.pdf" has been shared with you. Sign in to view: http://dropbox-secure-files.co/view""", html="only"),
R("en-neg-compliance-spam", "", "GDPR Shield <hello@gdprshield-pro.io>",
  "Are your client data requests GDPR-compliant?",
  """Hi Sandra,

Solo coaches face fines for mishandling data subject requests. Our DSR automation handles access, erasure and portability for you — €19/month. Book a demo!""",
  hdr={"List-Unsubscribe": "<mailto:unsubscribe@gdprshield-pro.io>", "Precedence": "bulk"}, html="alt"),
R("en-neg-sent-export", "", SANDRA_C,
  "Your data export",
  """Hi Katrin,

As requested, please find attached your questionnaires and progress data in CSV format.

Best wishes,
Sandra""", to="Katrin Vogel <katrin.vogel@web.de>", reply=True,
  att=[("csv", "katrin_vogel_export.csv", "field,value\nname,Katrin Vogel\nquestionnaire_1,completed\nprogress,75%\n")]),
R("en-neg-sent-reply-husband", "", SANDRA_C,
  "Re: My wife's sessions",
  """Dear Mr Hale,

I'm afraid I can't share any information about another adult's coaching, even with a spouse. If Claire wishes to receive a copy of her notes, she is welcome to ask me herself.

Kind regards,
Sandra Delomenie""", to="Robert Hale <robert.hale@gmail.com>", reply=True),
R("en-neg-hr-booking", "", "Emily Stone - People Team <emily.stone@brightwell.co.uk>",
  "Booking for 4 staff + their details",
  """Hi Sandra,

We'd like to book four places on the June resilience training. Details of the attendees are in the attached spreadsheet. Please send the invoice to accounts@brightwell.co.uk.

Emily""", att=[("csv", "attendees.csv", "name,email\nTom Reid,t.reid@brightwell.co.uk\nAmy Lo,a.lo@brightwell.co.uk\nRaj Patel,r.patel@brightwell.co.uk\nZoe King,z.king@brightwell.co.uk\n")]),
R("en-neg-friend-recommend", "", "Olivia Grant <olivia.grant@gmail.com>",
  "Referral",
  """Hi Sandra! I've passed your details to my friend Beth who's looking for a coach. Hope that's ok. x Olivia"""),
R("en-neg-forward-822-newsletter", "", "Paul Jennings <paul.jennings@gmail.com>",
  "Fwd: interesting newsletter",
  """Sandra, thought you'd like to see what another coach sends to her list — very slick. Paul""",
  kind="fwd822", inner_from="Bright Path Coaching <hello@brightpath.coach>", inner_subject="Your June boost",
  inner_body="""Hello friend,

This month: boundaries, saying no, and a free masterclass.

Unsubscribe | Manage preferences"""),
R("en-neg-parent-question-18", "", "Karen Doyle <karen.doyle@gmail.com>",
  "When my son turns 18",
  """Hello, once my son turns 18 will he be the only one who can ask about his records, or can I still do it? Just want to understand. Karen"""),
R("en-neg-lawyer-other-side", "", "Mark Fielding <m.fielding@fieldinglaw.co.uk>",
  "Re: Hale v Hale",
  """Dear Ms Delomenie,

We act for Mr Robert Hale in divorce proceedings. We would be grateful for copies of any records concerning Mrs Claire Hale, which may be relevant to the proceedings.

Yours faithfully,
Mark Fielding""", cte="qp"),
# NEAR-LINE: lawyer for another person (not the data subject) -> negative.
R("en-neg-voicemail-reschedule", "", "Orange Voicemail <messagerie-vocale@orange.fr>",
  "New voicemail from +33 6 44 10 77 21",
  """You have a new voicemail.
From: +33 6 44 10 77 21
Transcription (automatic, may contain errors):
"Hi Sandra, it's Lucy's partner, Lucy asked me to tell you she's stuck in Paris and needs to move tomorrow's session. She'll email you. Cheers." """,
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "Orange Messagerie Vocale Visuelle"}, to="o"),
R("en-neg-hr-object-schedule", "", "Tom Reid <t.reid@brightwell.co.uk>",
  "Objection to the training date",
  """Hi Sandra, a few of us would object to the 9am start on the Friday — most of the team commutes from Bourges. Any chance of 9:30? Tom"""),
R("en-neg-erase-whiteboard", "", "Venue Bookings - Le Moulin <bookings@lemoulin-events.fr>",
  "Room checklist for your workshop",
  """Hello Sandra,

Reminder for Saturday: please erase the whiteboard, return the projector remote to reception and leave the access badge in the box. Access to the room is from 8:30.

Le Moulin team""", to="c"),
]
