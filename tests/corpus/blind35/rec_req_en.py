# English requests (native and non-native).
from common import R, SANDRA, CONTACT

RECORDS = [
R("en-acc-sar", ["access"], "en", "Rachel Hughes <rachel.hughes@btinternet.com>",
  "Subject Access Request",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide me with a copy of all personal data you hold about me, together with the purposes of processing, the recipients, and the retention period.

I attended your online course "Find Your Voice" in 2024 (English cohort).

Kind regards,
Rachel Hughes
"""),

R("en-acc-shared", ["access"], "en", "Tom Walsh <tom.walsh@gmail.com>",
  "What do you have on me?",
"""Hi Sandra,

Quick one - could you tell me what personal data you hold about me and whether it's been shared with anyone (other coaches, partners, etc.)?

Cheers,
Tom
"""),

R("en-acc-nonnative", ["access"], "en", "Marta Kowalska <marta.kowalska@wp.pl>",
  "my datas",
"""Hello,

I was in your workshop in Tours in may. I want know which datas you have about me and where you take them, because I receive email from you but I dont remember give my email.

Thank you
Marta Kowalska
"""),

R("en-acc-copy-notes", ["access"], "en", "Emily Carter <emily.carter@outlook.com>",
  "Copy of my session notes",
"""Hi Sandra,

Hope you're well! Would you be able to send me a copy of everything you have on file for me - session notes, the intake questionnaire and the values assessment? I'd love to look back at how far I've come.

Thanks so much,
Emily
"""),

R("en-acc-de-nonnative", ["access"], "en", "Jonas Becker <jonas.becker@web.de>",
  "Request information about stored data",
"""Dear Mrs. Delomenie,

According to GDPR I request information about all personal data which are stored about me in your company, incl. the recipients to whom you have transferred them.

Please find attached a copy of my ID card.

Best regards
Jonas Becker
""", att=[("jpg", "Personalausweis_Becker.jpg")]),

R("en-rect-email", ["rectification"], "en", "Sarah Mitchell <sarah.mitchell.coach@gmail.com>",
  "Please update my email",
"""Hi,

Could you please update my email address on your records? The old one (s.mitchell@tiscali.co.uk) is being shut down. Please use sarah.mitchell.coach@gmail.com from now on.

Many thanks,
Sarah
"""),

R("en-rect-surname", ["rectification"], "en", "Aoife O'Connell <aoife.oconnell@eircom.net>",
  "Spelling of my surname on certificate",
"""Hello Sandra,

Thanks for the certificate! Small thing: my surname has been spelt "O'Conell" - it should be O'Connell, double n. Would you mind correcting it in your records and reissuing?

Thanks a million,
Aoife
"""),

R("en-rect-phone-nonnative", ["rectification"], "en", "Paolo Rinaldi <paolo.rinaldi@libero.it>",
  "new phone number",
"""Hello Sandra,
my phone number is change, now is +39 347 118 2290. Please replace the old one in your file.
Grazie,
Paolo
"""),

R("en-era-account-all", ["erasure"], "en", "Daniel Brooks <dan.brooks@yahoo.co.uk>",
  "Delete account",
"""Hello,

Please delete my account and all of my personal data. I no longer wish to use the platform.

Daniel Brooks
"""),

R("en-era-forgotten", ["erasure"], "en", "Claire Dawson <claire.dawson@gmail.com>",
  "Right to be forgotten",
"""Dear Sandra,

I would like to exercise my right to erasure ("right to be forgotten"). Please erase all personal information you hold about me, including anything stored in Systeme.io and Google Drive, and confirm once done.

Regards,
Claire Dawson
"""),

R("en-era-polite", ["erasure"], "en", "Nina Patel <nina.patel@hotmail.co.uk>", "",
"""Hi Sandra, could you erase all my information from your files please? Thank you, and best of luck with everything. Nina
"""),

R("en-era-nonnative-es", ["erasure"], "en", "Lucía Fernández <lucia.fernandez@gmail.com>",
  "Remove my information",
"""Hello,

I make the workshop online in january. Now I would like you remove all my personal informations from your system, please. Also the answers of questionnaire.

Thanks you,
Lucía
"""),

R("en-rst-insurance", ["restriction"], "en", "Mark Sullivan <mark.sullivan@gmail.com>",
  "Please don't delete my records",
"""Hi Sandra,

I may need my coaching records for an insurance claim related to my burnout leave, so please do NOT delete anything. At the same time, I'd ask you to stop using my data for anything else (no emails, no follow-ups, no case studies) until I get back to you.

Thanks,
Mark
"""),

R("en-rst-dispute", ["restriction"], "en", "Helen Ford <helen.ford@outlook.com>",
  "Dispute over session summary",
"""Dear Sandra,

I believe the summary of our session that was shared in the team report is inaccurate. Until we've had a chance to review it, please restrict any processing of that information - keep it, but don't use or share it further.

Best,
Helen Ford
"""),
# NEAR-LINE: contests accuracy and asks to pause -> restriction only.

R("en-rst-art18", ["restriction"], "en", "Pieter de Vries <pieter.devries@ziggo.nl>",
  "Restriction of processing (Art. 18 GDPR)",
"""Dear Madam,

I hereby request restriction of processing of my personal data under Article 18 GDPR. You may store it but not otherwise process it.

Kind regards,
Pieter de Vries
"""),

R("en-port-json", ["portability"], "en", "Oliver Grant <oliver.grant@proton.me>",
  "Data export",
"""Hi,

Could you send me the data I provided for the online programme (forms, module answers, uploaded journals) in a machine-readable format - JSON or CSV is fine? I want to move it into my own notes system.

Thanks,
Oliver
"""),

R("en-port-transfer", ["portability"], "en", "Grace Kim <grace.kim@gmail.com>",
  "Transfer my file to my new coach",
"""Dear Sandra,

I'm relocating to Lyon and will continue with a coach there, Julien Marchand (julien@marchand-coaching.fr). Could you please transmit my file directly to him, in an electronic format he can reuse? You have my consent to do so.

Warm regards,
Grace
"""),

R("en-port-art20", ["portability"], "en", "Anders Nilsson <anders.nilsson@telia.se>",
  "Data portability",
"""Hello,

I would like to use my right to data portability (Article 20). Please provide my personal data in a structured, commonly used and machine-readable format.

Best regards,
Anders Nilsson
"""),

R("en-obj-unsub", ["objection"], "en", "Laura Bennett <laura.bennett@gmail.com>",
  "Unsubscribe",
"""Please unsubscribe me from your newsletter. Thanks.
"""),

R("en-obj-mailing", ["objection"], "en", "Simon Clarke <simon.clarke@btinternet.com>",
  "Remove me from your mailing list",
"""Hello,

Please remove me from your mailing list - the unsubscribe link takes me to a page in French and I'm not sure it worked.

Thanks,
Simon
"""),

R("en-obj-texts", ["objection"], "en", "Jessica Moore <jess.moore@icloud.com>",
  "Marketing texts",
"""Hi Sandra, I keep getting promotional text messages about your workshops. Please stop sending me marketing texts. Thanks, Jess
"""),

R("en-obj-above-quoted", ["objection"], "en", "Brian Kelly <brian.kelly@gmail.com>",
  "Re: New workshop dates - Spring 2026",
"""Not interested, please take me off this list.
""", quote=("en", "Floraison de Soi <contact@floraisondesoi.fr>", "Mon, 2 Feb 2026 at 08:00",
"""Hello Brian,

Spring workshop dates are out! Join us in Issoudun or online.

Unsubscribe | Update preferences""")),

R("en-wc-testimonial", ["withdraw_consent"], "en", "Hannah Lewis <hannah.lewis@gmail.com>",
  "My testimonial",
"""Hi Sandra,

I'd like to withdraw my consent for you to use my testimonial on your website and social media. Could you take it down, please? No hard feelings at all - I just prefer to keep a lower profile these days.

Best,
Hannah
"""),

R("en-wc-video", ["withdraw_consent"], "en", "Michael Turner <michael.turner@yahoo.com>",
  "Workshop video",
"""Hello,

I'm visible in the promotional video from the March workshop. I no longer consent to its use - please remove the clips where I appear.

Michael Turner
"""),

R("en-wc-recording-nonnative", ["withdraw_consent"], "en", "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "about the recording",
"""Dear Sandra,

I accepted the recording of the group session last week, but now I change my mind. Please do not use the recording where I speak. I withdraw my agreement.

Thank you for understanding,
Yuki
"""),

R("en-pm-father", ["post_mortem"], "en", "Catherine Price <catherine.price@gmail.com>",
  "My father, Richard Price",
"""Dear Ms Delomenie,

I am the executor of my late father's estate. Richard Price passed away on 4 January 2026. He had attended several of your online workshops.

Could you please let me know what personal data you hold about him, and then close his account and delete it? A copy of the death certificate is attached.

Yours sincerely,
Catherine Price
""", att=[("pdf", "death_certificate_R_Price.pdf")],
  reply_to="Catherine Price <c.price@price-family-law.co.uk>"),
# NEAR-LINE: executor after a death asks access + deletion -> post_mortem only.

R("en-pm-own-instructions", ["post_mortem"], "en", "Graham Stewart <graham.stewart@gmail.com>",
  "Instructions regarding my data",
"""Dear Sandra,

I'm putting my affairs in order. Please note my wish that, after my death, all notes and recordings from our sessions be permanently deleted and not disclosed to anyone, including my family.

With gratitude,
Graham Stewart
"""),

R("en-pm-wife", ["post_mortem"], "en", "Peter Holmes <peter.holmes@btinternet.com>",
  "Emails to my late wife",
"""Hello,

My wife Anne passed away in November. Your emails keep arriving in her inbox, which I now manage. Please stop them and remove her from your records.

Peter Holmes
"""),

R("en-acc-port", ["access", "portability"], "en", "Rebecca Young <rebecca.young@gmail.com>",
  "My data",
"""Hi Sandra,

Could you tell me what data you hold about me, and send it over as a CSV or JSON file I can import elsewhere?

Thanks!
Rebecca
"""),

R("en-era-wc", ["erasure", "withdraw_consent"], "en", "Ian Fletcher <ian.fletcher@gmail.com>",
  "Photos and data",
"""Hi Sandra,

I'm withdrawing my consent for the workshop photos I'm in to be used on Instagram and your website. Please also erase all of my personal data from your systems.

Ian
"""),

R("en-obj-era", ["erasure", "objection"], "en", "Zoe Adams <zoe.adams@outlook.com>",
  "Stop emails + delete",
"""Hi, please unsubscribe me from all marketing emails and delete my details from your database. Thanks, Zoe Adams
"""),

R("en-rect-obj", ["objection", "rectification"], "en", "Chris Evans <chris.evans.uk@gmail.com>",
  "Update + newsletter",
"""Hi Sandra,

Two things: my new postal address is 14 Mill Lane, Bath BA1 2QT (please replace the London one for invoices), and I'd rather not get the newsletter any more.

Cheers,
Chris
"""),

R("en-acc-rst", ["access", "restriction"], "en", "Fiona Reid <fiona.reid@gmail.com>",
  "My coaching file",
"""Dear Sandra,

Please send me a copy of all the information you hold on me. Until I've reviewed it, please don't use it for anything - but don't delete it either.

Fiona
"""),

R("en-acc-era-wc", ["access", "erasure", "withdraw_consent"], "en", "Natalie Ross <natalie.ross@gmail.com>",
  "GDPR request",
"""Hello,

1. Please send me a copy of all personal data you hold about me.
2. I withdraw my consent for my testimonial and photo to be displayed on your sales page.
3. After sending the copy, please erase all my data.

Regards,
Natalie Ross
"""),

R("en-era-parent", ["erasure"], "en", "Andrew Miller <andrew.miller@gmail.com>",
  "My daughter's data",
"""Dear Ms Delomenie,

My daughter Chloe (15) attended your teen confidence workshop this summer. As her parent, I'd like you to delete all personal data you hold about her.

Regards,
Andrew Miller
"""),
# NEAR-LINE: parent writing for a minor child -> request.

R("en-port-era", ["erasure", "portability"], "en", "Samuel Wright <sam.wright@gmail.com>",
  "Export then delete",
"""Hi Sandra,

Before I leave the programme, can you export my course data in a reusable format (CSV) and send it to me? After that, please delete everything.

Sam
"""),
]
