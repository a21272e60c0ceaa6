"""English requests (native and non-native writers)."""
from common import (rec, TO_SANDRA, TO_SANDRA_BARE, TO_CONTACT, TO_CONTACT_NAMED,
                    SANDRA, SIG_SANDRA, gmail_fr, gmail_en, apple_en, outlook_en,
                    NL_AVRIL, NL_SEPT, NL_DEC)

RECORDS = [

# ---------------------------------------------------------------- access
rec("acc-en-uk-sar", ["access"], "en", "2025-02-12 10:02",
    ("Rebecca Hollis", "rebecca.hollis@btinternet.com"),
    "Subject Access Request",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR.

I attended your online course "Finding Your Calm" in 2024 and had two individual coaching calls with you. Please provide me with a copy of all personal data you hold about me, including any notes from our calls, together with the purposes of processing, the recipients, and how long you intend to keep it.

I look forward to hearing from you within one month.

Kind regards,
Rebecca Hollis
Bath, UK""",
    to=TO_SANDRA, fmt="alt"),

rec("acc-en-nn-german-copy", ["access"], "en-nn", "2025-04-29 08:31",
    ("Jürgen Hoffmann", "j.hoffmann@web.de"),
    "Request for information about my personal data",
"""Dear Mrs. Delomenie,

in May last year I took part in your workshop during my holidays in the Berry region. Now I would like to receive a copy of all personal data you are storing about me, please also including the data in your online platform.

Thank you in advance.

With kind regards
Jürgen Hoffmann""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

# NEAR-LINE: written above a quoted French newsletter; the new text asks what is held and the source -> access.
rec("acc-en-above-newsletter", ["access"], "en", "2025-09-16 07:20",
    ("Mark Ellison", "mark.ellison@gmail.com"),
    "Re: La Lettre de Floraison de Soi - rentrée",
"""Hello,

I'm not sure how I ended up on this list - I live in Limoges and I don't remember signing up. Could you tell me what information you have about me and where you got my email address from?

Thanks,
Mark

""" + gmail_fr("lun. 15 sept. 2025 à 18:00", "Floraison de Soi", "contact@floraisondesoi.fr", NL_SEPT),
    to=TO_CONTACT, fmt="alt", irt="nl-2025-09"),

rec("acc-en-nn-dutch-trainee", ["access"], "en-nn", "2025-06-04 13:26",
    ("Pieter van Dijk", "pieter.vandijk@ziggo.nl"),
    "My evaluation and attendance",
"""Hello Sandra,

My company sent me to your two-day training in Tours in March. For my own files I would like to have a copy of what you keep about me: the attendance sheet with my name, my evaluation form and the feedback notes you made during the role play. It's for me personally, not for my employer.

Thanks a lot and greetings from Utrecht,
Pieter""",
    to=TO_SANDRA, fmt="alt", reply_to="Pieter van Dijk <p.vandijk.prive@gmail.com>"),

rec("acc-en-nn-spanish-which-data", ["access"], "en-nn", "2025-11-10 19:44",
    ("María José Castillo", "mjcastillo@telefonica.net"),
    "information about my data",
"""Hello,

I write you because I want to know which data you have from me and to who you gave it. I did your online course about self-confidence in 2024 and after that I receive emails from other companies in France. Maybe is not related but I want to be sure.

Thank you very much,
María José Castillo""",
    to=TO_CONTACT),

# ---------------------------------------------------------------- rectification
rec("rect-en-new-phone", ["rectification"], "en", "2025-03-10 16:50",
    ("Hannah Brooks", "hannah.brooks@outlook.com"),
    "Updated phone number",
"""Hi Sandra,

Just a quick one - I've switched to a French number. Could you replace the UK mobile you have for me (+44 7700 900461) with 06 58 14 73 20? That way the session reminders will actually reach me.

Thanks!
Hannah""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0"),

rec("rect-en-nn-spanish-accents", ["rectification"], "en-nn", "2025-08-18 11:03",
    ("Maria Jose Ruiz", "mariajose.ruiz@gmail.com"),
    "my name is wrong",
"""Hi,

In the online platform and in the certificate my name appears as "Maria Jose Ruis". The correct is María José Ruiz (with Z and with the accents). Can you please correct it in your system? Is important for me because I need the certificate for my job application.

Thanks a lot!
María José""",
    to=TO_CONTACT, fmt="alt"),

rec("rect-en-first-name", ["rectification"], "en", "2025-10-24 09:38",
    ("Alex Whitmore", "alex.whitmore@protonmail.com"),
    "Name update",
"""Hi Sandra,

I hope you're well. I wanted to let you know that I now go by Alex rather than Alexandra, and my pronouns are they/them. Could you please update my first name in your client records and on the course platform? My email stays the same.

Really appreciate it,
Alex""",
    to=TO_SANDRA),

# ---------------------------------------------------------------- erasure
rec("era-en-delete-account-and-data", ["erasure"], "en", "2025-01-31 21:15",
    ("Tom Gallagher", "tom.gallagher@icloud.com"),
    "Delete my account",
"""Hi,

Please delete my account and all my data. I signed up for the free mini-course a while back and I don't use it.

Cheers,
Tom

Sent from my iPhone""",
    to=TO_CONTACT),

# NEAR-LINE: "cancel" used by a non-native writer to mean "delete" the data -> erasure (not a cancellation).
rec("era-en-nn-italian-cancel-datas", ["erasure"], "en-nn", "2025-05-05 14:12",
    ("Francesca Bellini", "francesca.bellini@libero.it"),
    "cancellation of my personal datas",
"""Good morning,

I participated to your webinar in february. I kindly ask you to cancel all my personal datas from your database (name, email, phone number), I don't want that they are conserved.

Best regards
Francesca Bellini""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("era-en-documents-cv", ["erasure"], "en", "2025-08-14 15:47",
    ("Oliver Grant", "oliver.grant@gmail.com"),
    "Documents I sent you",
"""Hi Sandra,

Back in the spring I sent you my CV, my last two performance reviews and the psychometric report from my old employer, to prepare our career sessions. Now that we've finished, please could you delete those documents from your email and your Google Drive? They contain quite a bit of personal detail.

Thanks,
Oliver""",
    to=TO_SANDRA, fmt="alt"),

rec("era-en-short-phone", ["erasure"], "en", "2025-11-29 08:04",
    ("Karen", "karen.mitchell63@yahoo.co.uk"),
    "",
"""Please erase my data. Thank you.

Karen Mitchell

Sent from Yahoo Mail for iPhone""",
    to=TO_CONTACT),

# ---------------------------------------------------------------- restriction
rec("restr-en-freeze-complaint", ["restriction"], "en", "2025-03-24 12:21",
    ("Daniel Reeves", "daniel.reeves@gmail.com"),
    "Please freeze my data",
"""Hello Sandra,

I'm currently in a dispute with my insurer about a sick-leave claim, and the coaching notes from last autumn may turn out to be relevant.

Please freeze my data: don't delete anything, but also don't use it or share it with anyone until I tell you otherwise.

Best,
Daniel Reeves""",
    to=TO_SANDRA, fmt="alt"),

rec("restr-en-nn-art18", ["restriction"], "en-nn", "2025-07-22 10:55",
    ("Katarzyna Nowak", "k.nowak@wp.pl"),
    "Restriction of processing - Art. 18 GDPR",
"""Dear Madam,

I am asking for restriction of processing of my personal data according to Art. 18 GDPR. I think some information in my profile (my job and my city) is not correct and I want that you don't use my data until it is checked.

Please confirm.
Katarzyna Nowak""",
    to=TO_SANDRA_BARE, cte="quoted-printable"),

rec("restr-en-dont-use-dont-delete", ["restriction"], "en", "2025-12-05 17:30",
    ("Emma Lawson", "emma.lawson@me.com"),
    "Re: My recordings",
"""Hi Sandra,

Following our chat on the phone: please don't use the recordings of our sessions for anything anymore, and don't delete them either. Just keep them as they are until I've decided what I want to do.

Thanks so much,
Emma

""" + apple_en("3 Dec 2025, at 09:14", "Sandra Delomenie", "sandra.delomenie@orange.fr",
"""Hello Emma,

Of course, let's talk about it on the phone. I'm available Thursday afternoon.

""" + SIG_SANDRA),
    to=TO_SANDRA, irt="sandra-emma-recordings", mailer="Apple Mail (2.3826.500.181.1.5)"),

# ---------------------------------------------------------------- portability
rec("port-en-json", ["portability"], "en", "2025-04-17 09:09",
    ("Liam O'Connor", "liam.oconnor@eircom.net"),
    "Data portability request",
"""Hello,

Under Article 20 GDPR I'd like to receive the personal data I provided to you (account details, course progress, exercise answers) in a structured, commonly used and machine-readable format such as JSON or CSV.

Many thanks,
Liam O'Connor""",
    to=TO_SANDRA, fmt="alt"),

rec("port-en-nn-other-provider", ["portability"], "en-nn", "2025-09-26 14:40",
    ("Ana Ferreira", "ana.ferreira@sapo.pt"),
    "transfer my data",
"""Hi Sandra,

I want to continue my coaching with a coach in Lisbon, who works with the same tools. Is it possible that you port my data (questionnaires, session notes, goals) to her platform? Her name is Marta Sousa, email marta@martasousacoaching.pt.

Obrigada!
Ana""",
    to=TO_SANDRA),

rec("port-en-export-platform", ["portability"], "en", "2026-01-22 20:11",
    ("Jake Morrison", "jake.morrison@gmail.com"),
    "Export of my course data",
"""Hi there,

I'm moving my learning stuff over to a different platform. Can you export my course data (completed lessons, quiz results, uploaded worksheets) as a CSV or spreadsheet I can import? The course dashboard doesn't have an export button as far as I can see.

Thanks!
Jake""",
    to=TO_CONTACT, fmt="alt"),

# ---------------------------------------------------------------- objection
# NEAR-LINE: unsubscribe request above a quoted newsletter -> objection.
rec("obj-en-unsubscribe-above-nl", ["objection"], "en", "2025-12-11 18:02",
    ("Sarah Kent", "sarah.kent@gmail.com"),
    "Re: Floraison de Soi - la lettre de décembre",
"""Please unsubscribe me from this mailing list. Thank you.

""" + gmail_en("Wed, 10 Dec 2025 at 18:00", "Floraison de Soi", "contact@floraisondesoi.fr", NL_DEC),
    to=TO_CONTACT, fmt="alt", irt="nl-2025-12"),

rec("obj-en-stop-marketing", ["objection"], "en", "2025-06-27 09:14",
    ("Paul Hendry", "paul.hendry@hotmail.co.uk"),
    "Marketing emails",
"""Hi Sandra,

I really enjoyed the workshop last month, but I'd rather not receive the marketing emails and promotional offers. Could you stop sending them to me please?

Best,
Paul""",
    to=TO_SANDRA),

rec("obj-en-direct-marketing-art21", ["objection"], "en", "2025-10-30 11:47",
    ("Claire Donovan", "c.donovan@outlook.ie"),
    "Objection to direct marketing",
"""To whom it may concern,

I object to the processing of my personal data for direct marketing purposes, including profiling related to such marketing, pursuant to Article 21(2) GDPR.

Regards,
Claire Donovan""",
    to=TO_SANDRA_BARE, fmt="alt", mailer="Microsoft Outlook 16.0"),

# ---------------------------------------------------------------- withdraw consent
rec("wc-en-video-testimonial", ["withdraw_consent"], "en", "2025-02-25 15:33",
    ("Laura Bennett", "laura.bennett@gmail.com"),
    "My video testimonial",
"""Hi Sandra,

I hope this doesn't come across badly - I loved working with you. But I've started a new job and I'd rather my video testimonial wasn't on your website and Instagram anymore. I'm withdrawing my consent for it to be used.

Thanks for understanding,
Laura""",
    to=TO_SANDRA, fmt="alt"),

rec("wc-en-nn-photo", ["withdraw_consent"], "en-nn", "2025-07-31 22:07",
    ("Lukas Becker", "lukas.becker@gmx.de"),
    "photo permission",
"""Hello Sandra,

in the team seminar in June you took photos and I said ok to use them. Now I take back my permission for the photo where I am in front, please don't use it on your website or social media.

Best regards
Lukas""",
    to=TO_SANDRA),

# NEAR-LINE: withdrawing consent to tracking cookies/analytics (consent-based) -> withdraw_consent.
rec("wc-en-cookies", ["withdraw_consent"], "en", "2025-11-14 13:13",
    ("Ruth Abernathy", "ruth.abernathy@fastmail.com"),
    "Analytics cookies",
"""Hello,

I accepted the cookie banner on your website without thinking. I now withdraw my consent to Google Analytics and any other tracking on floraisondesoi.fr; please stop processing my browsing data on that basis.

Regards,
Ruth Abernathy""",
    to=TO_SANDRA),

# ---------------------------------------------------------------- post mortem
# NEAR-LINE: son after his father's death asks to stop the newsletter -> post_mortem only.
rec("pm-en-son-abroad", ["post_mortem"], "en", "2025-03-17 06:48",
    ("James Whitfield", "james.whitfield@gmail.com"),
    "My father, Robert Whitfield",
"""Dear Ms Delomenie,

I'm writing to let you know that my father, Robert Whitfield, passed away in February at his home near Châteauroux. He had been receiving your newsletter and had attended a few of your workshops.

I'm handling his affairs from London. Could you please remove him from your mailing list? I'm happy to send a copy of the death certificate if needed.

With thanks,
James Whitfield""",
    to=TO_CONTACT, fmt="alt"),

rec("pm-en-own-instructions", ["post_mortem"], "en", "2025-06-30 16:16",
    ("Margaret Ellis", "margaret.ellis@btinternet.com"),
    "Instructions for my data",
"""Dear Sandra,

I've been putting my affairs in order with my solicitor and wanted to include this. Should anything happen to me, I would like my coaching journals and the letters we worked on to be passed to my partner, David Hale (davidhale@btinternet.com). Everything else you hold on me can be deleted.

Please keep this email on my file.

Warmly,
Margaret""",
    to=TO_SANDRA, fmt="alt"),

# NEAR-LINE: an executor (estate) asks to cancel, for a statement and for the data held -> post_mortem only.
rec("pm-en-executor", ["post_mortem"], "en", "2025-10-10 10:29",
    ("Helen Carter", "helen.carter@carterlegal.co.uk"),
    "Estate of the late Mr Graham Pike",
"""Dear Ms Delomenie,

I act as executor of the estate of Mr Graham Pike, who died on 21 August 2025. Our records show payments to Floraison de Soi via Stripe for an online programme.

Please confirm whether any subscription remains active, cancel it if so, and let us have a statement of the account and of the personal data held on Mr Pike. A copy of the grant of probate is attached.

Yours sincerely,
Helen Carter
Carter Legal LLP""",
    to=TO_SANDRA, fmt="alt", mailer="Microsoft Outlook 16.0",
    cc="Probate Team <probate@carterlegal.co.uk>",
    attach=[("Grant_of_Probate_Pike.pdf", "application/pdf", "Grant of Probate - Estate of Graham Pike deceased")]),

# ---------------------------------------------------------------- multi
rec("multi-en-copy-then-delete", ["access", "erasure"], "en", "2025-02-19 12:40",
    ("Nicola Hart", "nicola.hart@gmail.com"),
    "GDPR request",
"""Hi Sandra,

I'd like a copy of everything you hold about me, please, and once I've received it I'd like all of it deleted.

I've attached a photo of my passport in case you need to verify my identity.

Thanks,
Nicola Hart""",
    to=TO_SANDRA, fmt="alt",
    attach=[("passport.jpg", "image/jpeg", None)]),

rec("multi-en-what-held-and-csv", ["access", "portability"], "en", "2025-05-28 18:55",
    ("Ben Atkinson", "ben.atkinson@zoho.eu"),
    "Access + portability",
"""Hello,

Two things please:
1. Confirm what personal data you hold on me and who it has been shared with.
2. Send the data I provided in a machine-readable format (CSV/JSON) so I can move it to another provider.

Thanks in advance,
Ben Atkinson""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-en-photo-and-erase", ["erasure", "withdraw_consent"], "en-nn", "2025-08-01 09:30",
    ("Sofia Lindqvist", "sofia.lindqvist@telia.se"),
    "Photos and my data",
"""Hello Sandra,

I withdraw my consent for the photos from the summer retreat where I can be seen (on your Facebook page and website). Also please erase all the personal data you have about me, I will not come back to the workshops.

Thank you and best wishes,
Sofia""",
    to=TO_SANDRA, cte="quoted-printable"),

rec("multi-en-unsub-and-delete", ["erasure", "objection"], "en", "2025-09-08 07:37",
    ("Gary Thornton", "gary.thornton@sky.com"),
    None,
"""Hi,

Please take me off your newsletter and remove my details from your database entirely.

Gary""",
    to=TO_CONTACT),

rec("multi-en-three-rights", ["access", "erasure", "portability"], "en", "2025-10-15 21:21",
    ("Priya Raman", "priya.raman@gmail.com"),
    "Data request - access, export and deletion",
"""Dear Sandra,

I'm closing this chapter and would like to do three things with my data:

- first, please confirm what you hold on me;
- second, send me my course work and session notes as files I can reuse (CSV, DOCX, whatever you have);
- finally, once that's done, delete everything.

Many thanks for all your support this year.
Priya""",
    to=TO_SANDRA, fmt="alt"),

rec("multi-en-copy-and-testimonial", ["access", "withdraw_consent"], "en", "2025-12-29 14:46",
    ("Fiona MacLeod", "fiona.macleod@gmail.com"),
    "Testimonial + my data",
"""Hi Sandra,

Happy holidays! A couple of admin things before the new year:

I no longer consent to my written testimonial being used on your website - could you take it down? And could you send me a copy of all the personal data you hold about me? Just want to keep my records straight.

Thanks,
Fiona""",
    to=TO_SANDRA),

rec("multi-en-source-and-stop", ["access", "objection"], "en-nn", "2026-01-05 10:18",
    ("Dimitris Papadopoulos", "d.papadopoulos@otenet.gr"),
    "Where you got my email?",
"""Hello,

Please tell me from where you have my email address and what other data you have about me. And stop sending me promotional emails, I never asked for them.

Regards,
Dimitris Papadopoulos""",
    to=TO_CONTACT, fmt="alt"),
# ---------------------------------------------------------------- added for balance
rec("rect-en-us-new-address", ["rectification"], "en", "2025-05-23 16:08",
    ("Megan Foster", "megan.foster@comcast.net"),
    "Address change for my certificate",
"""Hi Sandra,

I moved back to the States last month, so the address you have on file for me (14 rue Porte Neuve, Bourges) is out of date. Please update it to:

2217 Maple Ridge Drive
Asheville, NC 28803
USA

I'd like the paper certificate to go to the new one.

Thanks so much!
Megan""",
    to=TO_SANDRA, fmt="alt"),

rec("era-en-nn-kindly-delete", ["erasure"], "en-nn", "2025-08-27 06:50",
    ("Arjun Mehta", "arjun.mehta@rediffmail.com"),
    "Kindly delete my details",
"""Respected Madam,

I had registered for your free webinar on stress management in June from India. I request you to kindly delete all my details (name, email id, mobile number) from your records and from your online platform at the earliest.

Thanking you,
Arjun Mehta""",
    to=TO_CONTACT, cte="quoted-printable"),

rec("pm-en-daughter-australia", ["post_mortem"], "en", "2025-09-04 23:37",
    ("Chloe Nguyen", "chloe.nguyen@bigpond.com"),
    "Mum - Linh Nguyen",
"""Hi Sandra,

I'm so sorry to write with sad news. My mum, Linh Nguyen, passed away in Issoudun on 14 August. She talked about your circle a lot.

I'm in Melbourne and trying to gather memories for the family. If you have any photos of her from the workshops, or the little texts she wrote, could you send them to me? I can provide the death certificate.

Thank you,
Chloe""",
    to=TO_SANDRA, fmt="alt"),

rec("obj-en-stop-texts", ["objection"], "en", "2025-04-24 12:03",
    ("Natalie Price", "natalie.price@gmail.com"),
    "Texts",
"""Hi Sandra,

I've started getting promotional text messages about the workshops on my mobile. Please stop sending me marketing SMS - email about my bookings is fine.

Thanks,
Natalie""",
    to=TO_SANDRA),
]

