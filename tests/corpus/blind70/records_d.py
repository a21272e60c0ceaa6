# English requests, relayed and direct.
from common import M

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
FB = "Facebook <notification@facebookmail.com>"

RECORDS = [
M("en-wpforms-delete-everything", "New Entry: Contact Form (English)",
"""Name
Rachel Whitmore

Email
rachel.whitmore@btinternet.com

Message
Hello, I attended your online workshop on resilience last spring while living in Tours. I've moved back to the UK and would like you to delete all the personal data you hold about me. Thank you.

---
Sent from Floraison de Soi - https://floraisondesoi.fr/en/contact
""", ["erasure"], frm=WP, to=0, reply_to="rachel.whitmore@btinternet.com"),

M("en-messenger-video-testimonial", "Emma Larsen sent you a message",
"""Emma Larsen sent you a message.

"Hi Sandra! Hope you're well. Could you take down the video testimonial I recorded after the retreat? I'm really grateful for everything but I'd rather it wasn't public anymore. Thanks so much x"

Reply in Messenger

Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland
""", ["withdraw_consent"], frm=FB, to=0, html="alt"),

M("en-linkedin-what-data-where-from", "Daniel Osei sent you a message",
"""Daniel Osei
Operations Manager

Hi Sandra, I keep receiving your newsletters although I don't remember signing up. Could you tell me what personal data you hold on me and where you got my email address from?
Best, Daniel

View message on LinkedIn
""", ["access"], frm="Daniel Osei via LinkedIn <messages-noreply@linkedin.com>", to=1),

M("en-instagram-stop-promos", "chloe.bakes sent you a message",
"""chloe.bakes sent you a message

chloe.bakes: hey, pls stop sending me promo messages here and on email, not interested anymore. ty

See message on Instagram
""", ["objection"], frm="Instagram <no-reply@mail.instagram.com>", to=0),

M("en-fwd-update-email", "Fwd: Your invoice - Floraison de Soi",
"""Hi Sandra,
Forwarding this from my old university account, which closes next week. Please replace j.keane@ucd.ie with julia.keane@gmail.com in your records for invoices and everything else.
Thanks!
Julia
""", ["rectification"], frm="Julia Keane <julia.keane@gmail.com>", to=0,
q=dict(style="fwd_gmail_en", who="Floraison de Soi <contact@floraisondesoi.fr>", to="j.keane@ucd.ie",
subject="Your invoice - Floraison de Soi", text="Hello Julia,\nPlease find attached your invoice for the coaching package.\nKind regards,\nSandra")),

M("en-voicemail-late-mother", "New voicemail from +44 7700 900412",
"""You have a new voicemail.

From: +44 7700 900412
Length: 1:06

Transcript:
"Hi, this is Mark Hollis, I'm calling about my mother, Margaret Hollis, who I believe did some coaching sessions with you a couple of years ago. She passed away in March. I'm dealing with her estate and I'd like to know what you still have on file for her and, er, to have it closed down. You can reach me on this number or at mark.hollis@outlook.com. Thanks, bye."

Transcribed by Google Voice. Transcripts may contain errors.
""", ["post_mortem"], frm="Google Voice <voice-noreply@google.com>", to=1),

M("en-pdf-letter-access-portability", "Data request",
"""Please find my letter attached.
Regards, P. Novak
""", ["access", "portability"], frm="Petra Novak <petra.novak@seznam.cz>", to=1,
att=[("pdf", "GDPR_request_Novak.pdf",
"Petra Novak, Brno\nSubject: Requests under Articles 15 and 20 GDPR\nI request a copy of all personal data you hold about me,\nand the data I provided to you in a structured, machine-readable format.\nPetra Novak")]),

M("en-solicitor-mandate-erasure", "Our client: Mr Thomas Reid - erasure request",
"""Dear Ms Delomenie,

We act for Mr Thomas Reid, who attended your leadership programme in 2023 through his former employer. A signed letter of authority is attached.

On our client's instructions, we request that you erase all personal data you hold relating to him, pursuant to Article 17 of the UK and EU GDPR, and confirm in writing once this has been done.

Yours sincerely,

Hannah Patel
Associate, Patel & Grove LLP
14 King Street, Manchester M2 4LQ

This email is confidential and may be legally privileged.
""", ["erasure"], frm="Hannah Patel <h.patel@patelgrove.co.uk>", to=1,
att=[("pdf", "Letter_of_Authority_Reid.pdf", "LETTER OF AUTHORITY\nI, Thomas Reid, authorise Patel & Grove LLP to act on my behalf\nin respect of my personal data held by Floraison de Soi.\nSigned: T. Reid")]),

M("en-parent-teen-course", "My daughter's data - teen confidence course",
"""Hello,

My daughter Maya (15) took your online "Confident Teens" course last term. As her parent, I'd like a copy of whatever information you collected about her (sign-up form, worksheets, chat messages), and then for all of it to be deleted.

Kind regards,
Sarah Goldberg
""", ["access", "erasure"], frm="Sarah Goldberg <sarah.goldberg@gmail.com>", to=0),

M("en-nonnative-german-statistics", "Use of my datas",
"""Dear Mrs Delomenie,

I was participant in your seminar in Strasbourg. I want that you stop to use my datas for your statistics and the reports you are making about the seminar. Please confirm me this.

With kind regards
Jürgen Hoffmann
""", ["objection"], frm="Jürgen Hoffmann <j.hoffmann@web.de>", to=1),

M("en-nonnative-spanish-surname", "correction of my name",
"""Hello Sandra,
In the certificate and in your list my surname is wrote Fernandes. The correct is Fernández, with z and accent. Can you correct it please?
Thank you very much
Lucía Fernández
""", ["rectification"], frm="Lucía Fernández <lucia.fdz@telefonica.net>", to=0, cte="8bit"),

M("en-dispute-notes-restrict", "Session notes - dispute",
"""Hi Sandra,

I've read the summary you sent after session 4 and I don't agree with how my situation at work is described. I'd like to talk about it, but until we've sorted it out please don't use those notes for anything or share them with anyone.

Thanks,
Priya
""", ["restriction"], frm="Priya Raman <priya.raman@outlook.com>", to=0),

M("en-keep-for-insurance-stop-processing", "Please keep but don't use my file",
"""Dear Sandra,

Please do NOT delete my file - I may need it for an insurance claim related to my burnout. At the same time, I'd like you to stop using it in any way until I tell you otherwise. Just keep it stored, nothing else.

Best regards,
Oliver Grant
""", ["restriction"], frm="Oliver Grant <oliver.grant@icloud.com>", to=1),

M("en-transfer-to-new-coach", "Transferring my coaching records",
"""Hi Sandra,

I'm continuing my coaching with Claire Dubois in Lyon. Could you send my coaching records directly to her (claire@duboiscoaching.fr) in a common electronic format, so she doesn't have to start from scratch?

Many thanks for everything,
Ben
""", ["portability"], frm="Ben Carter <ben.carter@protonmail.com>", to=0),

M("en-teachable-progress-csv", "New message from a student in Mindful Leadership",
"""A student sent you a message.

Student: Aisha Khan (aisha.khan@yahoo.co.uk)
Course: Mindful Leadership (self-paced)

"Hi! Before my access ends, can you export my course progress, quiz results and journal entries as a CSV so I can keep them in my own system? Thanks a lot."

Reply from your Teachable dashboard.
""", ["portability"], frm="Teachable <no-reply@teachable.com>", to=0, reply_to="aisha.khan@yahoo.co.uk"),

M("en-withdraw-quote-website", "My quote on your website",
"""Hi Sandra,
I withdraw my consent for you to use my quote ("Sandra helped me find my voice again...") on your website and brochure. Could you remove it when you get a moment?
Thanks,
Grace
""", ["withdraw_consent"], frm="Grace O'Neill <grace.oneill@eircom.net>", to=0),

M("en-zoom-recording-training-materials", "Recording of our session",
"""Dear Sandra,

You mentioned you sometimes use anonymised extracts of session recordings in your training materials for other coaches. I had agreed to that at the time, but I'd now like to withdraw that consent for the recording of my session of 9 October.

Warm regards,
Nicole
""", ["withdraw_consent"], frm="Nicole Brandt <nicole.brandt@gmx.de>", to=1, html="alt"),

M("en-executor-docx", "Estate of the late Mr Peter Dawson",
"""Dear Madam, please see the attached letter regarding my late father's estate.
Simon Dawson
""", ["post_mortem"], frm="Simon Dawson <simon.dawson@gmail.com>", to=1,
att=[("docx", "Letter_Estate_Dawson.docx",
"Dear Ms Delomenie,\nI am the executor of the estate of my father, Peter Dawson, who died on 2 May.\nHe attended several workshops with you. Please let me know what personal data you hold\nabout him, cancel his membership and delete his records once I have received a copy.\nYours faithfully, Simon Dawson")]),

M("en-own-death-instructions", "In case something happens to me",
"""Dear Sandra,

This may sound morbid, but I'm updating my will and want to be thorough. If I die, I want everything you hold about me - notes, recordings, emails - to be permanently deleted, and nothing passed on to my family. My partner knows about this email.

With gratitude,
Ruth
""", ["post_mortem"], frm="Ruth Abernethy <ruth.abernethy@gmail.com>", to=0),

M("en-form-widow-husband", "New submission from Contact (EN)",
"""Your Name: Linda Morrison
Your Email: linda.morrison@shaw.ca
Subject: My husband Graham

Your Message:
Hello, my husband Graham Morrison passed away in January. He had signed up for your online course and I keep getting reminder emails addressed to him. Could you please close his account? Thank you for your kindness.

--
This e-mail was sent from a contact form on Floraison de Soi (https://floraisondesoi.fr)
""", ["post_mortem"], frm=WP, to=0, reply_to="linda.morrison@shaw.ca"),

M("en-art17-formal", "Request for erasure under Article 17 GDPR",
"""Dear Sir or Madam,

I hereby request the erasure of all personal data concerning me that you process, in accordance with Article 17 of the General Data Protection Regulation. I no longer consent to, nor have any contract requiring, the processing of my data.

Please confirm completion within one month.

Yours faithfully,
Edward Blake
""", ["erasure"], frm="Edward Blake <edward.blake@fastmail.com>", to=1),

M("en-delete-all-including-testimonial", "Deleting everything",
"""Hi Sandra,
I'm closing this chapter. Please remove my testimonial from your site and delete all my data - contact details, forms, the lot.
All the best,
Megan
""", ["erasure", "withdraw_consent"], frm="Megan Price <megan.price@hotmail.co.uk>", to=0),

M("en-promo-texts", "Text messages",
"""Hi, please stop sending me promotional text messages about your workshops. Thanks. - Tom (+33 6 12 90 44 71)
""", ["objection"], frm="Tom Becker <tom.becker@gmail.com>", to=0),

M("en-stop-contacting-erase", "Stop contacting me",
"""I have asked twice on the phone. Stop contacting me and erase my details from your lists.
K. Walsh
""", ["erasure", "objection"], frm="Kevin Walsh <kwalsh77@yahoo.com>", to=1),

M("en-questionnaire-copy", "Intake questionnaire",
"""Hello Sandra,
Would you be able to send me a copy of the intake questionnaire I filled in before we started? I'd like to compare with where I am now.
Kind regards,
Hiroko
""", ["access"], frm="Hiroko Sato <hiroko.sato@gmail.com>", to=0),

M("en-copy-and-fix-phone", "My details",
"""Hi,
Could you send me a copy of the details you have on me? I suspect my phone number is wrong - the correct one is +44 7911 123456.
Cheers,
Liam
""", ["access", "rectification"], frm="Liam Doyle <liam.doyle@gmail.com>", to=0),

M("en-job-title-update", "Update to my profile",
"""Dear Sandra,
Following a reorganisation, my job title in your trainee records should now read "Head of People Development" (previously "HR Officer"). Please update it, as it appears on the certificate.
Best,
Fiona Clarke
""", ["rectification"], frm="Fiona Clarke <fiona.clarke@arlen-group.com>", to=1, mailer="Microsoft Outlook 16.0"),

M("en-limit-to-storage", "Limit processing",
"""Dear Ms Delomenie,
Pending the outcome of a complaint I have raised with my former employer, please limit the processing of my personal data to storage only. Do not use, share or delete it.
Regards,
Arjun Mehta
""", ["restriction"], frm="Arjun Mehta <arjun.mehta@outlook.com>", to=1),

M("en-google-business-what-info", "New message from a customer",
"""Floraison de Soi

New message from Anna W.

"Hi, I visited your studio once for a free trial. What information do you have about me from that visit?"

Reply in Business Profile
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", ["access"], frm="Google Business Profile <businessprofile-noreply@google.com>", to=0),

# NEAR-LINE: cancelling the booking alone is a negative; the explicit deletion of contact details and intake notes makes it erasure.
M("en-airbnb-cancel-and-delete", "Message from guest: Stress-release walk in the Berry",
"""Airbnb Experiences

New message from Jonas

"Hi Sandra, I had to cancel my booking for Saturday, sorry. Also, please delete my contact details and what I wrote on the intake form - I won't be coming back to the area."

Reply on Airbnb
Airbnb Ireland UC, 8 Hanover Quay, Dublin 2
""", ["erasure"], frm="Airbnb <automated@airbnb.com>", to=0, html="alt"),

M("en-eventbrite-marketing-list", "Message from an attendee: Finding Balance Webinar",
"""An attendee sent you a message

From: Paul Hastings (paul.hastings@sky.com)
Event: Finding Balance - free webinar

Message:
Please remove me from your marketing list. I only wanted to attend the webinar, not receive weekly offers.

Eventbrite
""", ["objection"], frm="Eventbrite <noreply@order.eventbrite.com>", to=0, reply_to="paul.hastings@sky.com"),

M("en-whatsapp-group-photo", "WhatsApp message from Zoe (+33 7 81 22 09 55)",
"""[WhatsApp -> email relay]
From: Zoe Harper (+33 7 81 22 09 55)

hi sandra, could you take the photo of me off the retreat album you posted on your page? i said yes at the time but i'm not comfortable with it now. thanks!!
""", ["withdraw_consent"], frm="Zapier <notifications@zapier.com>", to=0, headers={"Auto-Submitted": "auto-generated"}),

M("en-son-forwards-father-mail", "Fwd: Thursday session",
"""Dear Sandra,

I'm sorry to tell you that my father, Richard Lowe, passed away last week. I found the email below in his inbox. Could you please close his file and send me copies of his records? I am his only son and can send the death certificate.

Regards,
James Lowe
""", ["post_mortem"], frm="James Lowe <james.lowe@gmail.com>", to=0,
q=dict(style="fwd_gmail_en", who="Richard Lowe <richard.lowe@orange.fr>", to="contact@floraisondesoi.fr",
subject="Thursday session", text="Hello Sandra,\nI'll be there on Thursday as planned.\nRichard")),

M("en-fw-work-address-copy-delete", "FW: coaching data",
"""Sandra - sending this from work as my personal inbox is playing up. As per my earlier message: I'd like a copy of all the data you have on me, and then have it deleted.
Thanks, Nadia
""", ["access", "erasure"], frm="Nadia Hussain <n.hussain@kpmg.co.uk>", to=1, mailer="Microsoft Outlook 16.0",
q=dict(style="outlook_en", who="Nadia Hussain <nadia.h@gmail.com>", to="sandra.delomenie@orange.fr",
text="Hi Sandra, can I get a copy of my data and then have it deleted? Thanks")),

M("en-object-custom-audiences", "Facebook ads",
"""Hello,
I noticed I'm being shown your ads on Facebook and Instagram. If you uploaded my email to build a custom audience, I object to that use of my data. Please stop.
Regards,
Sven Andersson
""", ["objection"], frm="Sven Andersson <sven.andersson@telia.se>", to=1),

M("en-voicemail-new-number", "Voicemail from Olivia (0:21)",
"""New voicemail
From: +33 6 45 78 12 03

"Hi Sandra, it's Olivia Reyes. Just to let you know my number has changed, the new one is 06 45 78 12 03 - this one. Please update it and drop the old one. Thanks, bye!"

OnOff
""", ["rectification"], frm="OnOff Telecom <voicemail@onoff.app>", to=1),

M("en-contest-restrict-and-tell", "Accuracy of my records",
"""Dear Sandra,
I contest the accuracy of the assessment written about me after the team workshop. Please restrict its use while this is checked, and tell me what else you hold about me.
Regards,
Martin Kowalski
""", ["access", "restriction"], frm="Martin Kowalski <m.kowalski@onet.pl>", to=1),

M("en-port-then-delete", "Moving my data",
"""Hello,
Please send my data in a machine-readable format to my new practitioner (details below) and then delete it from your systems.
New practitioner: Wellbeing Hub Ltd, data@wellbeinghub.co.uk
Thank you,
Rosa Bianchi
""", ["erasure", "portability"], frm="Rosa Bianchi <rosa.bianchi@libero.it>", to=0),
]
