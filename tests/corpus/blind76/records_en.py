# English messages, requests and negatives.
from common import R

S = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SO = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

RECORDS = [
# ---------------- requests ----------------
R("en-acc-brit-retiree", "My details",
"""Dear Sandra,

I hope you are keeping well. My husband and I came to two of your English-language workshops in Issoudun last year (the ones for expats, which we enjoyed enormously).

I am having a bit of a tidy-up of my online life and would be grateful if you could let me know what personal information you have on file for me, and send me a copy.

Kind regards,
Margaret Hollis
Le Moulin Bas, Saint-Août""", ["access"], frm=("Margaret Hollis", "maggie.hollis@btinternet.com")),

R("en-acc-art15-formal", "Subject Access Request under Article 15 GDPR",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

Please provide me with:
1. a copy of all personal data you hold about me;
2. the purposes for which it is processed;
3. the recipients to whom it has been disclosed;
4. the source of any data not collected from me.

A copy of my passport is attached for identification. I look forward to your response within one month.

Yours sincerely,
Daniel Whitmore""", ["access"], frm=("Daniel Whitmore", "d.whitmore@outlook.com"), to="sandra.delomenie@orange.fr",
 attach=[("pdf", "passport_Whitmore.pdf", "Passport - WHITMORE Daniel James - United Kingdom")]),

R("en-acc-german-nonnative", "Request of information",
"""Hello Mrs. Delomenie,

I have participated at your online seminar about stress management in october. I would like to get the information which datas you have stored about me and for which purpose. Please send it to this mail adress.

Thank you and best regards
Katrin Vogel
Freiburg""", ["access"], frm=("Katrin Vogel", "katrin.vogel@web.de")),

R("en-acc-session-notes-us", "Copy of my session notes",
"""Hi Sandra!

Hope all is well in France. I'm starting work with a therapist back home in Portland and she suggested it would be useful to have the notes from our coaching sessions last spring. Could you send me copies of whatever you wrote down about me? PDF is totally fine.

Thanks so much,
Jenna""", ["access"], frm=("Jenna Alvarez", "jenna.alvarez@gmail.com"), html="alt"),

R("en-era-simple", "Data deletion",
"""Hello,

Please delete all personal data you hold about me. I no longer wish to be a client.

Thanks,
Owen Price""", ["erasure"], frm=("Owen Price", "owen.price@yahoo.co.uk")),

R("en-era-account-data", "Delete my account",
"""Hi,

Could you please delete my account on your training platform along with all the data attached to it? I've finished the course and won't be using it again.

Cheers,
Liam""", ["erasure"], frm=("Liam O'Connor", "liam.oconnor@eircom.net")),
# NEAR-LINE: account deletion WITH the data -> erasure (not the "close my account" negative).

R("en-era-dutch", "Removal of my data",
"""Dear Sandra,

Last summer I did the retreat week with you. Now I want that you remove my data from your systems, also the forms I filled in on the first day. Can you confirm me when it is done?

Groeten,
Femke de Vries""", ["erasure"], frm=("Femke de Vries", "femke.devries@ziggo.nl")),

R("en-rect-name", "Spelling of my surname",
"""Hi Sandra, tiny thing: my surname is spelt MacAllister (capital A, double L). Your emails and my certificate say "Macalister". Could you fix it in your records? Thanks! Fiona""",
 ["rectification"], frm=("Fiona MacAllister", "fiona.macallister@gmail.com")),

R("en-rect-email-new", "New email address",
"""Hello,

Please note my new email address: robert.kingsley@protonmail.com. My old address (rob.kingsley@aol.co.uk) will be closed next month, so please replace it in your records.

Many thanks,
Robert Kingsley""", ["rectification"], frm=("Robert Kingsley", "rob.kingsley@aol.co.uk"), reply_to="robert.kingsley@protonmail.com"),

R("en-res-contest-pause", "Disputed assessment",
"""Dear Sandra,

I have read the end-of-programme assessment that was shared with my employer's HR department and I strongly disagree with the statement that I "struggle to take feedback". Until we have discussed this, please do not use or share this assessment any further.

Regards,
Priya Nair""", ["restriction"], frm=("Priya Nair", "priya.nair@hotmail.co.uk")),
# NEAR-LINE: contesting accuracy + pausing use -> restriction only.

R("en-res-legal-hold", "Please keep my file – but don't use it",
"""Hi Sandra,

I'm in the middle of an employment tribunal claim against my former employer and my solicitor says the records from our sessions may be relevant. Please don't delete anything from my file, but please also don't use it or pass it to anyone until this is over.

Thank you for understanding,
Gareth Evans""", ["restriction"], frm=("Gareth Evans", "gareth.evans@sky.com")),

R("en-res-freeze", "Put things on hold?",
"""hey sandra, can you just freeze my stuff for now? not delete, just not do anything with it. taking a break, will get back to you in the autumn. thx, Sam""",
 ["restriction"], frm=("Sam Whitfield", "samwhitfield@icloud.com"), headers={"X-Mailer": "iPhone Mail (22D72)"}),

R("en-port-csv-new-coach", "Exporting my coaching records",
"""Hi Sandra,

I'm moving back to Manchester and will continue with a coach there. Would you be able to export my records (goals, worksheets, session log) in a spreadsheet or CSV so I can hand them over?

Thanks for everything,
Hannah""", ["portability"], frm=("Hannah Brooks", "hannah.brooks@gmail.com")),

R("en-port-transfer", "Data transfer request (Art. 20)",
"""Dear Ms Delomenie,

Pursuant to Article 20 GDPR, I request that the personal data I provided to you be transmitted directly to my new provider, Bright Path Coaching Ltd (data@brightpathcoaching.co.uk), in a structured, commonly used and machine-readable format.

Kind regards,
Thomas Reid""", ["portability"], frm=("Thomas Reid", "thomas.reid@outlook.com"), cc=["data@brightpathcoaching.co.uk"]),

R("en-obj-unsubscribe", "Unsubscribe",
"""Please take me off your mailing list. Thank you.""", ["objection"], frm=("", "pjharrington@btinternet.com"),
 quote=("en", "Floraison de Soi", "contact@floraisondesoi.fr", "Spring workshops in English",
 "Hello everyone,\nOur English-speaking workshops are back this spring in Issoudun!\nUnsubscribe: https://floraisondesoi.systeme.io/unsubscribe")),

R("en-obj-marketing-calls", "Marketing calls",
"""Hello,

I keep getting phone calls about your leadership courses. I'm not interested and I object to being contacted for marketing purposes, by phone or email. Please record this.

Mark Jennings
Operations Director, Jennings Logistics""", ["objection"], frm=("Mark Jennings", "m.jennings@jenningslogistics.com")),

R("en-wc-testimonial", "My testimonial",
"""Hi Sandra,

A couple of years ago I was happy for you to use my testimonial (with my first name and photo) on your website. Circumstances have changed and I'd now like to withdraw that consent. Could you take it down please?

Best,
Rachel""", ["withdraw_consent"], frm=("Rachel Doyle", "rachel.doyle@gmail.com")),

R("en-wc-video", "Workshop video",
"""Dear Sandra,

At the February workshop I agreed to be filmed for your promotional video. Having thought about it, I no longer consent to my image being used. Please remove me from the video or don't publish it.

With thanks,
Ingrid Larsen""", ["withdraw_consent"], frm=("Ingrid Larsen", "ingrid.larsen@online.no")),

R("en-pm-son-mother", "My mother, Patricia Dunn",
"""Dear Ms Delomenie,

I am writing to let you know that my mother, Patricia Dunn, passed away on 4 February. She spoke warmly of the sessions she had with you.

As her executor, I would be grateful if you could close her file and delete her details. Her death certificate is attached.

Yours sincerely,
Michael Dunn""", ["post_mortem"], frm=("Michael Dunn", "michael.dunn@virginmedia.com"),
 attach=[("pdf", "death_certificate_Dunn.pdf", "Certified copy of an entry of death - Patricia DUNN")]),

R("en-pm-own-instructions", "For after I'm gone",
"""Dear Sandra,

You know my diagnosis. I'd like to put in writing what should happen to my information when I die: please delete everything, notes and recordings included. My partner Chris (chris.holm@gmail.com) knows about this and can confirm.

With gratitude for all our work together,
Alex Holm""", ["post_mortem"], frm=("Alex Holm", "alex.holm@gmail.com")),

R("en-pm-solicitor-probate", "Estate of the late Mr George Whitaker",
"""Dear Madam,

We act for the executors of the late Mr George Whitaker of Le Blanc, who died on 12 January 2026. We understand he was a client of yours.

We should be grateful if you would confirm whether any sums are owed to or by the estate, and provide copies of any records you hold relating to him.

Yours faithfully,
Harrington & Cole Solicitors""", ["post_mortem"], frm=("Harrington & Cole", "probate@harringtoncole.co.uk"),
 attach=[("pdf", "grant_of_probate_Whitaker.pdf", "Grant of Probate - George WHITAKER deceased")]),

R("en-pm-widow-newsletter", "Please stop writing to my husband",
"""My husband Peter passed away in November. Your newsletters are still coming to his address. Please remove him and everything you have about him. Thank you. Joan Barker""",
 ["post_mortem"], frm=("Joan Barker", "peter.barker@talktalk.net")),
# NEAR-LINE: unsubscribe + delete for a deceased spouse -> post_mortem only.

R("en-acc-port-combo", "What you hold + an export",
"""Hi,

Can you tell me what data you have about me, and also send it to me as a machine-readable file (CSV/JSON) so I can keep it? Thanks.

Noah Fischer""", ["access", "portability"], frm=("Noah Fischer", "noah.fischer@gmx.de")),

R("en-era-wc-combo", "Testimonial and my data",
"""Hello Sandra,

Please remove my testimonial from your website and Instagram – I withdraw my consent for it – and after that please erase all the personal data you have about me.

Thank you,
Claire Simmons""", ["erasure", "withdraw_consent"], frm=("Claire Simmons", "claire.simmons@gmail.com")),

R("en-res-acc-combo", "Notes from the group programme",
"""Hi Sandra,

Someone from the group mentioned that you keep observation notes on each participant. I'd like to see what's been written about me, and in the meantime please don't use those notes or share them with the co-facilitator.

Thanks,
Ben Okafor""", ["access", "restriction"], frm=("Ben Okafor", "ben.okafor@gmail.com")),

R("en-rect-obj-combo", "Address change + no more promos",
"""Hello,

We've moved: new address is 4 Chemin des Vignes, 36260 Reuilly – please update your records and delete the old one in Paudy. Also, I'd rather not receive the promotional emails any more.

Best wishes,
Sue Carrington""", ["objection", "rectification"], frm=("Sue Carrington", "sue.carrington@orange.fr")),

R("en-port-era-combo", "Export then delete",
"""Hi Sandra,

I'd like to take my coaching data with me: please send me my worksheets and session history in a format I can import elsewhere, and then delete everything you hold on me.

Many thanks,
Aisha Rahman""", ["erasure", "portability"], frm=("Aisha Rahman", "aisha.rahman@outlook.com")),

R("en-obj-acc-source", "How did you get my email?",
"""Hello,

I received a marketing email from Floraison de Soi but I've never signed up. Where did you get my address from, and who else has it? And please stop using it for marketing.

Regards,
Erik Lindqvist""", ["access", "objection"], frm=("Erik Lindqvist", "erik.lindqvist@telia.se")),

R("en-wc-obj-combo", "Photo and emails",
"""Hi Sandra, two quick things: I've changed my mind about the group photo from the retreat being on your website, please take it down. And please unsubscribe me from the newsletter. Thanks! Lucy""",
 ["objection", "withdraw_consent"], frm=("Lucy Hammond", "lucy.hammond@gmail.com")),

R("en-res-port-combo", "Don't delete – but please send a copy",
"""Dear Sandra,

Please do not delete my file, and don't use it for anything while my complaint with my insurer is ongoing. I'd also like a copy of my questionnaires in a machine-readable format to give to their assessor.

Best regards,
Martin Keller""", ["portability", "restriction"], frm=("Martin Keller", "martin.keller@bluewin.ch")),

R("en-acc-rect-combo", "Checking my details",
"""Hi,

Could you send me a copy of the information you hold on me? I think my date of birth is wrong in your system (it should be 22/09/1984, not 1948 – I'm not that old!), please correct it.

Thanks,
Nadia Petrova""", ["access", "rectification"], frm=("Nadia Petrova", "nadia.petrova@gmail.com")),

R("en-lawyer-mandate-combo", "Our client Ms Lucía Ortega – GDPR request",
"""Dear Madam,

We act on behalf of Ms Lucía Ortega, who attended your leadership programme in 2025. Her signed authorisation is attached.

On her behalf we request (i) a copy of all personal data you hold concerning her (Art. 15 GDPR) and (ii) the erasure of that data once provided (Art. 17 GDPR).

Yours faithfully,
Ortiz & Molina Abogados, Madrid""", ["access", "erasure"], frm=("Ortiz & Molina Abogados", "gdpr@ortizmolina.es"),
 attach=[("pdf", "authorisation_Ortega.pdf", "Authorisation - Lucia ORTEGA authorises Ortiz & Molina to exercise GDPR rights")]),

R("en-port-acc-era-trio", "Full GDPR request",
"""Hello,

1. Please tell me what personal data you hold about me.
2. Send it to me in a machine-readable format.
3. Then delete it.

Regards,
Jonas Weber""", ["access", "erasure", "portability"], frm=("Jonas Weber", "jonas.weber@posteo.de")),

R("en-obj-stats", "Use of my survey answers",
"""Hi Sandra,

I've just seen that survey answers are used for "improving services" and studies. I object to my answers being used for statistics of any kind. Happy to keep doing the coaching though!

Tom""", ["objection"], frm=("Tom Gallagher", "tom.gallagher@gmail.com")),

R("en-wc-recording-rect", "Recording + name",
"""Hi Sandra,

Please don't use the audio recording of our supervision session any more – I withdraw my consent for it. Also, I got married: my surname is now Thompson (formerly Reilly), please update your records.

Thanks,
Emma Thompson""", ["rectification", "withdraw_consent"], frm=("Emma Thompson", "emma.reilly84@gmail.com")),

R("en-era-obj-outlook", "RE: March newsletter",
"""Please remove me from your list and delete my details from your database.

Sent from Outlook for iOS""", ["erasure", "objection"], frm=("Derek Moss", "derek.moss@hotmail.com"),
 quote=("enoutlook", "Floraison de Soi", "contact@floraisondesoi.fr", "March newsletter",
 "Hello friends,\nThis month's letter is all about slowing down...\nSandra")),

R("en-pm-daughter-access", "My late father's sessions",
"""Hello Sandra,

My dad, Richard Lowe, died in December. I found your invoices among his papers. I'd really like to understand what he was going through – would you be able to share any notes you kept from his sessions? I can send proof that I'm his next of kin.

Best,
Kate Lowe""", ["post_mortem"], frm=("Kate Lowe", "kate.lowe@gmail.com")),

# ---------------- negatives ----------------
R("en-neg-cancel-booking", "Cancelling Thursday",
"""Hi Sandra, so sorry but I need to cancel my session on Thursday, my daughter's school called. Can we rebook for next week? Jo""",
 [], frm=("Jo Parker", "jo.parker@gmail.com")),

R("en-neg-password", "Can't log in",
"""Hello, I'm trying to log in to the course portal but the password reset email never arrives. I've checked spam. Could you help? Thanks, Simon""",
 [], frm=("Simon Clarke", "simon.clarke@gmail.com")),

R("en-neg-close-account", "Close my account",
"""Hi, I'd like to close my account on the training platform please. Thanks. Paul""",
 [], frm=("Paul Henderson", "paul.henderson@gmail.com")),
# NEAR-LINE: "close my account" alone -> negative.

R("en-neg-how-long", "Quick question about your privacy policy",
"""Hi Sandra,

Before I book, how long do you keep the notes from sessions? And are they stored on paper or online? Just curious.

Thanks,
Grace""", [], frm=("Grace Lee", "grace.lee@gmail.com")),
# NEAR-LINE: how-long question -> negative.

R("en-neg-do-i-have-right", "GDPR question",
"""Hi Sandra, do I have the right to ask you to delete my notes once we've finished? Not asking you to now – just want to understand how it works. Ellie""",
 [], frm=("Ellie Ward", "ellie.ward@yahoo.com")),

R("en-neg-ico-complaint-copy", "Complaint lodged",
"""Dear Ms Delomenie,

For your information, I have today lodged a complaint with the CNIL regarding your failure to respond to my earlier request. The complaint reference is 26-005880.

D. Whitmore""", [], frm=("Daniel Whitmore", "d.whitmore@outlook.com"), to="sandra.delomenie@orange.fr"),
# NEAR-LINE: notice of a CNIL complaint -> negative.

R("en-neg-husband-data", "My husband's sessions",
"""Hi Sandra,

My husband James has been seeing you for a few months. He's been very withdrawn and I'm worried. Could you tell me what you've been discussing, or send me your notes? I think I have a right to know as his wife.

Sarah""", [], frm=("Sarah Mitchell", "sarah.mitchell@gmail.com")),

R("en-neg-thanks-handled", "Re: Your data request",
"""That's brilliant, thank you Sandra. All received.

Margaret""", [], frm=("Margaret Hollis", "maggie.hollis@btinternet.com"), reply=True,
 quote=("en", "Sandra Delomenie", "contact@floraisondesoi.fr", "Your data request",
 "Dear Margaret,\nPlease find attached a copy of all the personal information I hold about you.\nKind regards,\nSandra\n\n> Could you send me a copy of what you have on file for me?")),

R("en-neg-consent-given", "Testimonial – yes!",
"""Hi Sandra,

Yes, of course you can use my testimonial on your website and socials, first name only please. So glad it might help someone.

Warmly,
Olivia""", [], frm=("Olivia Grant", "olivia.grant@gmail.com")),

R("en-neg-ooo", "Automatic reply: Leadership programme – dates",
"""Thank you for your email. I am out of the office until 6 April with limited access to email. For urgent matters please contact hr@jenningslogistics.com.

Mark Jennings""", [], frm=("Mark Jennings", "m.jennings@jenningslogistics.com"),
 headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply", "X-Mailer": "Microsoft Exchange Server"}),

R("en-neg-auto-gdpr", "We've received your message",
"""Thanks for contacting Bright Path Coaching. We'll reply within 2 working days.

Your privacy matters: under UK GDPR you have the right to access, rectify, erase, restrict and port your data, and to object to processing. Contact privacy@brightpathcoaching.co.uk to exercise these rights.""",
 [], frm=("Bright Path Coaching", "hello@brightpathcoaching.co.uk"),
 headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply"}),

R("en-neg-bounce-gmail", "Delivery Status Notification (Failure)",
"""Address not found

Your message wasn't delivered to jenna.alvarezz@gmail.com because the address couldn't be found, or is unable to receive mail.""",
 [], frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), shape="report",
 orig=("Sandra Delomenie <contact@floraisondesoi.fr>", "jenna.alvarezz@gmail.com", "Your session notes",
 "Hi Jenna,\nAs requested, here are the notes from our sessions.\nSandra"), headers={"Auto-Submitted": "auto-replied"}),

R("en-neg-stripe-dispute", "A payment has been disputed",
"""A customer has disputed a payment of €120.00.

Customer: k.mcbride@gmail.com
Reason: product not received
Respond by: 28 March 2026

View dispute in your Dashboard.""", [], frm=("Stripe", "notifications@stripe.com"), html="alt", headers=AUTO),

R("en-neg-zoom-invite", "Zoom meeting invitation – Intervision group",
"""Claire Besson is inviting you to a scheduled Zoom meeting.

Topic: Intervision group – April
Time: Apr 13, 2026 09:30 AM Paris

Join Zoom Meeting
https://us06web.zoom.us/j/81234567890""", [], frm=("Claire Besson", "no-reply@zoom.us"), reply_to="claire.besson.coach@gmail.com",
 attach=[("ics", "invite.ics", "BEGIN:VCALENDAR")]),

R("en-neg-calendly-new", "New Event: Hannah Brooks – Discovery call",
"""Hi Sandra,

A new event has been scheduled.

Event type: Discovery call (30 min)
Invitee: Hannah Brooks
Date: Tuesday, 24 March 2026, 17:00 (Central European Time)""", [], frm=("Calendly", "notifications@calendly.com"), html="alt", headers=AUTO),

R("en-neg-paypal-received", "You've got money",
"""Hello Sandra Delomenie,

Margaret Hollis sent you €60.00 EUR.
Note: "English workshop – 2 places"

PayPal""", [], frm=("PayPal", "service@paypal.co.uk"), html="only", headers=AUTO),

R("en-neg-google-dpa", "[Action advised] Updates to the Cloud Data Processing Addendum",
"""Hello Administrator,

We're writing to let you know that we are updating the Cloud Data Processing Addendum, effective 15 April 2026. These changes reflect updated subprocessor information and international transfer mechanisms.

No action is required to continue using Google Workspace.

— The Google Workspace Team""", [], frm=("Google Workspace", "workspace-noreply@google.com"), html="alt", headers=AUTO),

R("en-neg-calendly-privacy", "We're updating our Privacy Notice",
"""Hi there,

We're updating our Privacy Notice to make it clearer how we collect and use your information. The updated notice takes effect on 1 May 2026. You don't need to do anything.

The Calendly Team""", [], frm=("Calendly", "updates@calendly.com"), html="only",
 headers={"List-Unsubscribe": "<https://calendly.com/unsubscribe>", "Precedence": "bulk"}),

R("en-neg-phishing-docusign", "Please review: Invoice_2026_0331.pdf",
"""DocuSign

You have received a document to review and sign.

REVIEW DOCUMENT
http://docusign-secure-view.top/s/8832

Do not share this email.""", [], frm=("DocuSign Service", "dse@docusign-mailer.top"), html="only"),

R("en-neg-spam-gdpr", "Is your coaching business GDPR compliant? 73% aren't",
"""Hi Sandra,

Did you know 73% of small coaching businesses in the EU are not GDPR compliant? Fines can reach €20m.

Our AI-powered compliance audit takes 5 minutes. Book a free call this week and get 40% off.

Best,
Ryan @ ComplyFast""", [], frm=("Ryan at ComplyFast", "ryan@complyfast.io"), html="alt",
 headers={"List-Unsubscribe": "<https://complyfast.io/u/1881>"}),

R("en-neg-own-export-sent", "Your data – copy attached",
"""Dear Margaret,

Please find attached a copy of all the personal information I hold about you, as requested on 2 March. Do let me know if anything is missing.

Kind regards,
Sandra Delomenie
Floraison de Soi""", [], frm=S, to="sandra.delomenie@orange.fr",
 attach=[("pdf", "Hollis_data_copy.pdf", "Personal data held about Margaret HOLLIS - Floraison de Soi")]),
# NEAR-LINE: her own sent mail sending an access export -> negative.

R("en-neg-own-erasure-confirm", "Confirmation: your data has been deleted",
"""Dear Owen,

Further to your request, I confirm that your personal data has been deleted from my records and from my online platform. Invoices are kept for 10 years as required by French law.

Best regards,
Sandra""", [], frm=SO, to="contact@floraisondesoi.fr", cc=["owen.price@yahoo.co.uk"]),

R("en-neg-corporate-training", "Resilience workshop for our team",
"""Hi Sandra,

I'm the HR manager at a small software company in Tours with an English-speaking team. We'd like a half-day resilience workshop in English in June for about 12 people. Could you send a proposal and pricing?

Thanks,
Anna Kowalski""", [], frm=("Anna Kowalski", "anna.kowalski@lumensoft.fr"), html="alt"),

R("en-neg-invoice-copy", "Invoice copy please",
"""Hi Sandra, could you resend the invoice for my February sessions? My company reimburses it but I've lost the email. Thanks! Raj""",
 [], frm=("Raj Patel", "raj.patel@gmail.com")),
# NEAR-LINE: copy of an invoice -> negative.

R("en-neg-duplicate-booking", "Double booking",
"""Hello, I think I booked the same discovery call twice by mistake (Tuesday 5pm). Could you delete one of them? Thanks, Hannah""",
 [], frm=("Hannah Brooks", "hannah.brooks@gmail.com")),

R("en-neg-building-access", "Access to the building",
"""Hi Sandra, is there step-free access to your practice? My mum uses a walker and would like to come to the English workshop with me. Thanks, Debbie""",
 [], frm=("Debbie Shaw", "debbie.shaw@btinternet.com")),

R("en-neg-object-date", "Proposed date for the team day",
"""Hi Sandra,

Our finance director objects to the 14 May date – it's month-end closing. Could we look at the 21st or the 28th instead?

Best,
Anna""", [], frm=("Anna Kowalski", "anna.kowalski@lumensoft.fr"), reply=True,
 quote=("enoutlook", "Sandra Delomenie", "contact@floraisondesoi.fr", "Team day – proposed dates",
 "Dear Anna,\nFollowing our call, I can offer 14 May for the resilience workshop.\nBest,\nSandra")),

R("en-neg-consent-topic", "Module on consent?",
"""Hi Sandra,

I'm a fellow coach in Bordeaux. Do you cover informed consent and contracting in your supervision training? I'm looking for something practical on how to set up consent at the start of coaching.

Thanks,
Louise""", [], frm=("Louise Bernard", "louise.bernard.coach@gmail.com")),

R("en-neg-gdpr-webinar-subject", "GDPR for coaches – webinar speaker?",
"""Hello Sandra,

We run an international network of coaches and are planning a webinar on "GDPR in everyday coaching practice". Would you be willing to speak for 20 minutes about how you handle client data as a solo practitioner?

Best regards,
Marta Silva
Coaching Europe Network""", [], frm=("Marta Silva", "marta.silva@coachingeurope.org")),

R("en-neg-registration-info", "Registration – English workshop",
"""Hi Sandra,

Here's my info for the workshop registration:
Name: Geoff Turner
Phone: 06 71 22 58 13
Email: geoff.turner@orange.fr
Dietary: vegetarian

See you on the 18th!""", [], frm=("Geoff Turner", "geoff.turner@orange.fr")),

R("en-neg-expat-question", "Workshops for English speakers",
"""Hello! We've just bought a house near Châteauroux and I saw your flyer at the mairie. Do you still run workshops in English? My French is still very basic. Kind regards, Wendy""",
 [], frm=("Wendy Marsh", "wendy.marsh@gmail.com")),

R("en-neg-systemeio-en", "Payment failed for your subscription",
"""Hi Sandra,

We were unable to process the payment for your Systeme.io Startup plan. Please update your card details to avoid interruption of service.

Systeme.io Team""", [], frm=("Systeme.io", "no-reply@systeme.io"), html="alt", headers=AUTO),

R("en-neg-linkedin-message", "New message from David Kim",
"""David Kim: "Hi Sandra, loved your post about burnout recovery. Would you be open to a podcast interview?" 

Reply on LinkedIn""", [], frm=("LinkedIn", "messaging-digest-noreply@linkedin.com"), html="only", headers=AUTO),

R("en-neg-friend-referral", "A friend of mine",
"""Hi Sandra,

My friend Lisa is going through a rough patch at work and I've told her about you. She'll probably get in touch next week. Is it okay if I give her your number?

Cheers,
Kate""", [], frm=("Kate Lowe", "kate.lowe@gmail.com")),

R("en-neg-reschedule-iphone", "Re: Session reminder",
"""Can we do 11 instead of 10 tomorrow? Traffic on the N151 is awful in the mornings.

Sent from my iPhone""", [], frm=("Geoff Turner", "geoff.turner@orange.fr"), reply=True,
 quote=("en", "Floraison de Soi", "contact@floraisondesoi.fr", "Session reminder",
 "Hello Geoff,\nReminder: your session is tomorrow at 10am.\nSandra"), headers={"X-Mailer": "iPhone Mail (22D72)"}),

R("en-neg-thanks-workshop", "Thank you!",
"""Dear Sandra,

Thank you so much for Saturday. It was the first time I felt I could say things out loud in a group. I'll be back for the next one.

Love,
Niamh""", [], frm=("Niamh Byrne", "niamh.byrne@gmail.com")),

R("en-neg-fwd-article", "Fwd: Article on coaching ethics",
"""Thought you'd find this interesting, especially the bit about note-keeping. Louise""",
 [], frm=("Louise Bernard", "louise.bernard.coach@gmail.com"),
 quote=("fwden", "ICF Newsletter", "news@coachingfederation.org", "Ethics corner: keeping client records",
 "How long should coaches keep session notes? Our ethics committee looks at good practice across Europe...")),

R("en-neg-colleague-asks-client", "Former participant",
"""Hi Sandra, one of your former trainees, Ben Okafor, applied for a job with us and listed your programme. Could you tell me how he did and whether he completed it? Best, Tom (HR, Lumensoft)""",
 [], frm=("Tom Hardy", "tom.hardy@lumensoft.fr")),
# NEAR-LINE: third party asking about another living adult -> negative.

R("en-neg-pay-by-transfer", "Bank transfer",
"""Hi Sandra, could you send me your IBAN so I can pay for the six-session package by bank transfer? My UK card charges a fee. Thanks, Margaret""",
 [], frm=("Margaret Hollis", "maggie.hollis@btinternet.com")),

R("en-neg-subject-only", "Running 10 min late, sorry!", "", [], frm=("Sam Whitfield", "samwhitfield@icloud.com"),
 headers={"X-Mailer": "iPhone Mail (22D72)"}),
]
