# -*- coding: utf-8 -*-
"""English requests (native and non-native senders). Field meanings: see rec_fr_req_a.py."""

R = [

# ------------------------------------------------------------------ access

# P: Hilary, 61, retired British nurse living near Le Blanc (Indre), did a "settling in France"
# coaching programme in English. Polite, slightly verbose, BT address kept from the UK, iPad.
dict(key="en-acc-hilary-uk-expat", rights=["access"], lang="en",
     frm="Hilary Pemberton <hilary.pemberton@btinternet.com>", mailer="apple",
     date="2025-04-15 10:41", subj="Copy of my file, please",
     body="""
Dear Sandra,

I hope you are keeping well. I so enjoyed our sessions last year - they really helped me find my feet here.

I'm putting my paperwork in order and I would be grateful if you could send me a copy of all the personal information you hold about me: the session notes, the questionnaires I filled in and anything else on file. Email is absolutely fine.

With warm regards,
Hilary Pemberton

Sent from my iPad
"""),

# P: Joris, 38, Dutch engineer working in Lyon, took an online workshop in English. Good but
# non-native English, very direct, Gmail.
dict(key="en-acc-joris-which-data", rights=["access"], lang="en-nonnative",
     frm="Joris van der Berg <joris.vdberg@gmail.com>", mailer="gmail",
     date="2025-09-04 13:27", subj="Which data do you have about me",
     body="""
Hello Mrs. Delomenie,

I did your online workshop "Stress at work" in June. I would like to know which personal data you have stored about me, and for what purpose. Please send me an overview and a copy.

Thanks in advance,
Joris van der Berg
"""),

# P: Dana, 44, American, HR consultant in Paris, attended a corporate training. Suspects her
# email was passed to a partner coach who now spams her. Crisp US English, Outlook.
dict(key="en-acc-dana-shared-with", rights=["access"], lang="en",
     frm="Dana Whitfield <dana.whitfield@whitfield-hr.com>", mailer="outlook",
     date="2026-02-26 16:50", subj="Who did you share my contact details with?",
     body="""
Hi Sandra,

Since your leadership training in January I've started getting emails from two other coaching businesses I've never dealt with, both mentioning "our partner Floraison de Soi".

Could you please tell me exactly which third parties you have shared my personal data with, and what data each of them received? I'd also like to know what you hold on me yourself.

Thanks,
Dana Whitfield
"""),

# ------------------------------------------------------------------ rectification

# P: Ciarán, 35, Irish, fed up with his name being mangled. Works in tech in Toulouse. Gmail.
dict(key="en-rect-ciaran-name", rights=["rectification"], lang="en",
     frm="Ciarán Ó Súilleabháin <ciaran.osullivan@gmail.com>", mailer="gmail",
     date="2025-06-18 09:05", subj="My name on your records",
     body="""
Hi Sandra,

Small thing, but my name shows up as "Ciaran O Sulleabhain" on the course platform and on my certificate. The correct spelling is Ciarán Ó Súilleabháin (with the accents, and "Súilleabháin" with an i after the ll).

Could you please correct it in your records? The certificate is going into my professional file.

Go raibh maith agat,
Ciarán
"""),

# P: Agnieszka, 31, Polish, moved within Bordeaux. Non-native, short sentences.
dict(key="en-rect-agnieszka-address", rights=["rectification"], lang="en-nonnative",
     frm="Agnieszka Nowak <a.nowak.bdx@wp.pl>", mailer="thunderbird",
     date="2025-11-06 19:48", subj="change my address",
     body="""
Hello,

I am in your coaching program by correspondence. I move to new flat. Please change my address in your file:

old: 14 rue Camille Godard, 33000 Bordeaux
new: 7 cours de la Marne, apt 23, 33800 Bordeaux

Then the workbook is coming to right place. Thank you very much.

Agnieszka Nowak
"""),

# P: Tom, 29, Australian, switched from university email to personal after graduating.
dict(key="en-rect-tom-new-email", rights=["rectification"], lang="en",
     frm="Tom Halloran <tom.halloran.au@outlook.com>", mailer="outlook",
     date="2026-01-22 07:14", subj="Update email address",
     body="""
Hey Sandra,

I signed up for the online confidence course with my uni address (t.halloran@student.unimelb.edu.au) which gets shut off at the end of the month. Can you swap it for this one, tom.halloran.au@outlook.com, for the course login and receipts?

Cheers,
Tom
"""),

# ------------------------------------------------------------------ erasure

# P: Brittany, 27, American student on exchange in Tours, did one discovery call. Short and
# to the point from her iPhone.
dict(key="en-era-brittany-delete", rights=["erasure"], lang="en",
     frm="Brittany Coleman <bcoleman98@gmail.com>", mailer="apple",
     date="2025-03-21 17:36", subj="Delete my info",
     body="""
Hi! I had a discovery call with you in February but I've decided not to go ahead. Please delete all my personal info from your systems. Thanks!

Brittany

Sent from my iPhone
"""),

# P: Ioana, 42, Romanian, works in Paris, did a workshop. Non-native, formal, polite question.
# NEAR-LINE: "could you please delete" - a polite question asking for the thing: erasure.
dict(key="en-era-ioana-could-you", rights=["erasure"], lang="en-nonnative",
     frm="Ioana Popescu <ioana.popescu@yahoo.com>", mailer="yahoo",
     date="2025-07-03 12:22", subj="Request",
     body="""
Dear Madam,

I participated to your workshop "Find your balance" in 2024. Could you please delete all my personal datas from your files and from the online platform? I don't need the account anymore.

Thank you in advance for your understanding.

Best regards,
Ioana Popescu
"""),

# P: Graham, 55, English businessman, formerly coached. Formal, cites Article 17, attaches
# passport scan. Outlook with long corporate disclaimer.
dict(key="en-era-graham-art17-passport", cte="b64", rights=["erasure"], lang="en",
     frm="Graham Ashworth <graham.ashworth@ashworth-holdings.co.uk>", mailer="outlook",
     date="2025-10-09 11:02", subj="Erasure request under Article 17 UK/EU GDPR",
     att=[("Passport_Ashworth.pdf", "application/pdf")],
     body="""
Dear Ms Delomenie,

I was a client of yours for executive coaching between March and September 2024.

Pursuant to Article 17 of the GDPR, I request that you erase all personal data you hold concerning me, including session notes, psychometric results, correspondence and any recordings. Please confirm once this has been completed, and let me know if any data must be retained for legal reasons.

A copy of my passport is attached for identification.

Yours sincerely,
Graham Ashworth

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Ashworth Holdings Ltd, registered in England and Wales no. 04418822.
"""),

# P: Mariana, 33, Portuguese, yoga teacher in Nantes, did a course. Non-native, friendly.
dict(key="en-era-mariana-account-data", rights=["erasure"], lang="en-nonnative",
     frm="Mariana Costa <mariana.costa.yoga@gmail.com>", mailer="gmail",
     date="2026-03-27 20:40", subj="Delete my account and data",
     body="""
Hi Sandra,

I hope you are fine. I want to ask you to delete my account on the course platform and all my data with it (profile, answers, payment info if you have). I finished the course and I want to keep less things online.

Thank you so much for everything, it was beautiful course.
Mariana
"""),

# ------------------------------------------------------------------ restriction

# P: Paul, 48, British, dispute with his former company which paid for his coaching.
# Needs data kept but not used. Gmail, measured.
dict(key="en-res-paul-keep-dont-use", rights=["restriction"], lang="en",
     frm="Paul Redfern <paul.redfern@gmail.com>", mailer="gmail",
     date="2025-08-13 18:18", subj="Please don't delete - but please don't use",
     body="""
Hello Sandra,

I'm in a dispute with my former employer (who funded my coaching with you last year). My solicitor has advised me to ask you to preserve everything relating to my sessions - please don't delete anything.

At the same time, I'd ask that you restrict processing: don't use the data, don't share it with the company or anyone else, just keep it stored until this is resolved.

Many thanks,
Paul Redfern
"""),

# P: Katrin, 50, German, lives in Strasbourg. Uses "block" (Sperrung) vocabulary from German
# law. Non-native, structured.
dict(key="en-res-katrin-block", rights=["restriction"], lang="en-nonnative",
     frm="Katrin Hoffmann <katrin.hoffmann@web.de>", mailer="thunderbird",
     date="2025-12-04 09:33", subj="Blocking of my personal data",
     body="""
Dear Ms. Delomenie,

I ask you to block my personal data. This means: please do not delete them, but also do not process them anymore for any purpose (no newsletter, no statistics, no transfer), only store them.

The reason is that I may need the documents later for my health insurance.

With kind regards,
Katrin Hoffmann
"""),

# P: Sam, 36, US, non-binary, contests the accuracy of an assessment report sent to their
# manager. Wants processing paused. Gmail.
# NEAR-LINE: contests accuracy and asks to pause use until reviewed, no corrected value -
# restriction only.
dict(key="en-res-sam-contest-report", rights=["restriction"], lang="en",
     frm="Sam Okafor <sam.okafor@protonmail.com>", mailer="gmail",
     date="2026-04-02 15:58", subj="Assessment report - I dispute its accuracy",
     body="""
Hi Sandra,

I've read the assessment summary from the team workshop, and several statements about me are simply inaccurate (e.g. "avoids conflict", "low engagement").

Until we've gone through it together, please stop using that report and don't send it or discuss it with my manager. I'm not asking you to delete it - I want it reviewed.

Thanks,
Sam
"""),

# P: Lucía, 40, Spanish, in a billing dispute. Non-native, uses "limit".
dict(key="en-res-lucia-limit", rights=["restriction"], lang="en-nonnative",
     frm="Lucía Fernández <lucia.fernandez@telefonica.net>", mailer="outlook",
     date="2025-05-19 14:46", subj="limitation of my data",
     body="""
Hello,

Because we have still a disagreement about the invoice of the retreat in April, I want that you limit the processing of my personal data. Please do not use it for reminders or send to collection agency, and do not erase it, until we find solution.

Regards,
Lucía Fernández
"""),

# ------------------------------------------------------------------ portability

# P: Rebecca, 39, Canadian (Vancouver) doing online coaching, switching to a local coach.
dict(key="en-por-rebecca-transfer", rights=["portability"], lang="en",
     frm="Rebecca Liu <rebecca.liu@shaw.ca>", mailer="gmail",
     date="2025-10-23 03:12", subj="Transferring my coaching data",
     body="""
Hi Sandra,

I'm going to continue my coaching with someone closer to home (Lindsay Park, lindsay@parkcoaching.ca). Would you be able to send her the data I provided to you - intake questionnaire, values exercise, weekly check-ins - in a format she can import, like CSV or a spreadsheet?

Thank you for everything!
Rebecca
"""),

# P: Erik, 45, Swede, software architect. Asks for JSON export, non-native but fluent.
dict(key="en-por-erik-json", rights=["portability"], lang="en-nonnative",
     frm="Erik Lindqvist <erik.lindqvist@telia.se>", mailer="thunderbird",
     date="2026-02-05 08:21", subj="Data export (Art. 20)",
     body="""
Hi,

According to article 20 GDPR I would like to receive the personal data I have provided to you, in a structured, commonly used and machine-readable format. JSON is preferred, CSV is also OK.

It concerns my participation in the online programme "Leadership from within" (2025).

Best regards,
Erik Lindqvist
"""),

# P: Fiona, 52, Scottish, online course student, wants her progress and journal entries
# exported to keep after the course closes.
dict(key="en-por-fiona-course-export", rights=["portability"], lang="en",
     frm="Fiona MacLeod <fiona.macleod@icloud.com>", mailer="apple",
     date="2025-06-06 21:09", subj="Exporting my course journal",
     body="""
Hello Sandra,

The online course platform says my access ends in July. I've written a lot in the journal sections and the weekly reflections. Could you export my entries and progress as a file I can reuse elsewhere (a CSV or a spreadsheet would be perfect - not screenshots)?

Kind regards,
Fiona MacLeod
"""),

# P: Matteo, 30, Italian, uses "export" and "reusable format". Non-native.
dict(key="en-por-matteo-reusable", rights=["portability"], lang="en-nonnative",
     frm="Matteo Ricci <matteo.ricci90@libero.it>", mailer="gmail",
     date="2025-09-26 10:10", subj="my data in reusable format",
     body="""
Good morning,

I was doing your coaching program online until August. Please can you send me my datas (the tests, the questionnaires I filled) in a reusable format like excel or csv? I want to give them to a new coach in Milano.

Grazie mille,
Matteo
"""),

# ------------------------------------------------------------------ objection

# P: Jenny, 34, English, replying to the newsletter from her phone.
# NEAR-LINE: request above a quoted newsletter (Outlook mobile quote) - the new text asks to
# unsubscribe: objection.
dict(key="en-obj-jenny-reply-newsletter", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["objection"], lang="en",
     frm="Jenny Barker <jenny.barker@hotmail.co.uk>", mailer="outlook",
     date="2025-05-01 07:22", subj="RE: May newsletter: bloom where you're planted 🌷",
     irt="<nl-2025-05.8823@floraisondesoi.fr>",
     body="""
Please unsubscribe me from this list. Thanks.

Jenny

Get Outlook for iOS
________________________________
From: Floraison de Soi <contact@floraisondesoi.fr>
Sent: Thursday, May 1, 2025 7:00:12 AM
To: jenny.barker@hotmail.co.uk
Subject: May newsletter: bloom where you're planted 🌷

Hello Jenny,

This month's theme is rootedness. Here's a short grounding practice...

Unsubscribe | Manage preferences
"""),

# P: Richard, 58, American, marketing exec who hates marketing email. Terse.
dict(key="en-obj-richard-stop-marketing", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["objection"], lang="en",
     frm="Richard Haines <rhaines@hainesgroup.com>", mailer="outlook",
     date="2025-11-24 15:40", subj="Stop marketing emails",
     body="""
Sandra -

I attended one conference session two years ago. I do not want promotional emails, offers or "last chance" reminders. Please stop all marketing to this address.

Richard Haines
"""),

# P: Helga, 63, Austrian, formal, objects to use of her data for marketing and "customer loyalty".
dict(key="en-obj-helga-object", rights=["objection"], lang="en-nonnative",
     frm="Helga Brunner <helga.brunner@aon.at>", mailer="thunderbird",
     date="2026-01-08 11:55", subj="Objection according to Art. 21 GDPR",
     body="""
Dear Madam,

I hereby object, according to Art. 21 GDPR, to the processing of my personal data for direct marketing and for your "customer loyalty" actions. Please do not contact me anymore with offers or invitations.

Yours faithfully,
Helga Brunner
"""),

# P: Nadia, 37, British-Moroccan, receives satisfaction survey emails after every session.
# NEAR-LINE: stopping the satisfaction-survey mailings is treated like leaving a mailing
# list - objection (not withdraw_consent: no questionnaire-use consent is withdrawn).
dict(key="en-obj-nadia-surveys", rights=["objection"], lang="en",
     frm="Nadia Elamrani <nadia.elamrani@gmail.com>", mailer="gmail",
     date="2025-07-14 19:02", subj="No more survey emails please",
     body="""
Hi Sandra,

I get a "how was your session?" survey email after every single session, plus the quarterly satisfaction survey. Please take me off those mailings - I'm happy to give feedback in person.

Thanks!
Nadia
"""),

# ------------------------------------------------------------------ withdraw_consent

# P: Olivia, 45, English author, gave a written testimonial; now wants it gone before her
# book launch. Apple Mail.
dict(key="en-wc-olivia-testimonial", rights=["withdraw_consent"], lang="en",
     frm="Olivia Grant <olivia@oliviagrant.co.uk>", mailer="apple",
     date="2025-08-29 09:44", subj="Withdrawing my testimonial",
     body="""
Dear Sandra,

I'm writing to withdraw my consent for the use of my testimonial (the one with my full name and headshot on your "Kind words" page and in your sales emails). Please remove it from your website, Systeme.io pages and any social media.

No hard feelings at all - I just need to keep my public profile tidy ahead of a book launch.

Warmly,
Olivia
"""),

# P: Pedro, 28, Brazilian, appeared in a workshop video reel. Non-native, friendly.
dict(key="en-wc-pedro-video", rights=["withdraw_consent"], lang="en-nonnative",
     frm="Pedro Almeida <pedro.almeida.br@gmail.com>", mailer="gmail",
     date="2025-12-15 22:17", subj="video of the workshop",
     body="""
Hi Sandra!

I saw the video reel of the October workshop on your Instagram and YouTube, I am there speaking in the circle. I said yes in the moment but now I prefer not. I take back my consent, please remove the parts with me or the video.

Obrigado and sorry for the trouble!
Pedro
"""),

# P: Emily, 41, American, agreed to her recorded session being used (anonymised) for coach
# training. Changed her mind.
dict(key="en-wc-emily-recording", rights=["withdraw_consent"], lang="en",
     frm="Emily Sanders <emily.sanders@me.com>", mailer="apple",
     date="2026-04-23 13:29", subj="My session recording",
     body="""
Hi Sandra,

Last autumn I signed the form allowing you to use the recording of my session #4 for your supervision group and training material. I've thought about it a lot and I'm withdrawing that consent. Please don't use the recording for training or share it with anyone.

Thank you for understanding,
Emily
"""),

# ------------------------------------------------------------------ post_mortem

# P: Sarah, 49, daughter of an English client who died in Indre. Writes from UK, sad, practical.
dict(key="en-pm-sarah-mother", rights=["post_mortem"], lang="en",
     frm="Sarah Whitmore <sarah.whitmore@gmail.com>", mailer="gmail",
     date="2025-11-10 12:05", subj="My mother, Margaret Whitmore",
     att=[("Death_certificate_M_Whitmore.pdf", "application/pdf")],
     body="""
Dear Sandra,

I'm very sorry to let you know that my mother, Margaret Whitmore, passed away on 21 October at her home in Argenton-sur-Creuse. She spoke very fondly of your workshops.

As her next of kin I'm closing her accounts. Please could you delete her details and stop any emails to her address? I've attached the death certificate.

With thanks,
Sarah Whitmore
"""),

# P: Michael, 60, US attorney acting as executor of his brother's estate. Formal.
dict(key="en-pm-michael-executor", cte="b64", rights=["post_mortem"], lang="en",
     frm="Michael J. Dorsey <mdorsey@dorseylaw.com>", mailer="outlook",
     date="2026-03-18 17:26", subj="Estate of Daniel Dorsey - request for records",
     att=[("Letters_Testamentary_Dorsey.pdf", "application/pdf")],
     body="""
Dear Ms. Delomenie,

I am the executor of the estate of my brother, Daniel R. Dorsey, who passed away on February 9, 2026. Our records show he purchased an online program from your business in 2025.

Please provide copies of any records you hold relating to him, confirm any outstanding subscriptions or balances, and advise me of your process for closing his account. Letters testamentary are attached.

Sincerely,
Michael J. Dorsey
Executor
"""),

# P: Hugh, 77, English widower in the Creuse, terminally ill, leaves instructions. Types slowly.
# NEAR-LINE: instructions for his own data after his death (delete, nothing passed on) -
# post_mortem only, not erasure.
dict(key="en-pm-hugh-instructions", rights=["post_mortem"], lang="en",
     frm="Hugh Bellamy <hugh.bellamy@orange.fr>", mailer="orange",
     date="2025-06-23 10:30", subj="Instructions for after I'm gone",
     body="""
Dear Sandra,

As you know my health is not what it was, and the doctors are being frank with me. I am trying to put things in order.

When I die, I would like all my session notes and the letters I wrote during our work together to be deleted, with nothing passed on to anyone - except that my son Robert (robert.bellamy@gmail.com) may be told that I did this work with you. He will be in charge of my affairs.

Thank you for being such a help this past year.

Hugh
"""),

# ------------------------------------------------------------------ multi-right

# P: Rachel, 37, English, ex-client. Wants a copy then deletion. Gmail.
dict(key="en-multi-rachel-copy-delete", rights=["access", "erasure"], lang="en",
     frm="Rachel Doyle <rachel.doyle@gmail.com>", mailer="gmail",
     date="2025-02-19 20:51", subj="Subject access + deletion",
     body="""
Hi Sandra,

I'd like a copy of all the personal data you hold about me (notes, forms, emails, payment records). Once I've received it, please delete everything you're not legally required to keep.

Thanks very much,
Rachel Doyle
"""),

# P: Jürgen, 57, German, leaving the platform. Wants CSV export, then deletion. Non-native.
dict(key="en-multi-jurgen-export-delete", rights=["erasure", "portability"], lang="en-nonnative",
     frm="Jürgen Schäfer <juergen.schaefer@t-online.de>", mailer="thunderbird",
     date="2025-09-30 08:08", subj="Export and deletion of my data",
     body="""
Dear Mrs. Delomenie,

Please send me my personal data from the online programme (profile, answers, progress) as CSV file, so that I can use it with my new coach. After this please delete my account and all my data.

Kind regards
Jürgen Schäfer
"""),

# P: Kayla, 32, American, annoyed by emails after a free webinar. Wants off and out.
dict(key="en-multi-kayla-unsub-erase", to="Floraison de Soi <contact@floraisondesoi.fr>", rights=["erasure", "objection"], lang="en",
     frm="Kayla Brooks <kaylabrooks@yahoo.com>", mailer="yahoo",
     date="2025-04-22 23:30", subj="unsubscribe AND delete",
     body="""
Hi,

I signed up for one free webinar and I've been getting emails ever since. Please unsubscribe me from everything AND erase my data from your systems - not just mark me as unsubscribed.

Kayla
"""),

# P: Sanne, 46, Dutch, disputes a report sent to her employer; wants copy and freeze.
dict(key="en-multi-sanne-copy-freeze", rights=["access", "restriction"], lang="en-nonnative",
     frm="Sanne de Vries <sanne.devries@ziggo.nl>", mailer="outlook",
     date="2026-01-28 14:37", subj="Copy of data and freeze",
     body="""
Dear Sandra,

Please send me a copy of all personal data you hold about me, including the evaluation you wrote after the team training. Until I have seen it, please freeze this data: do not delete it, do not use it and do not send it to my employer.

Best regards,
Sanne de Vries
"""),

# P: Giulia, 35, Italian, wants to know what is held and get it in spreadsheet for new coach.
dict(key="en-multi-giulia-see-and-export", rights=["access", "portability"], lang="en-nonnative",
     frm="Giulia Romano <giulia.romano@gmail.com>", mailer="gmail",
     date="2025-07-22 11:49", subj="What do you have + export",
     body="""
Hi Sandra,

Can you tell me what personal information you have about me, and send me the questionnaires and tests I filled in as a spreadsheet (xlsx or csv)? My new coach in Torino wants to import them.

Thank you!
Giulia
"""),

# P: Lucy, 43, English, in newsletter and on testimonials page; wants both gone.
dict(key="en-multi-lucy-photo-unsub", rights=["objection", "withdraw_consent"], lang="en",
     frm="Lucy Fairfax <lucy.fairfax@outlook.com>", mailer="outlook",
     date="2026-03-09 09:09", subj="Photo and newsletter",
     body="""
Hi Sandra,

Two quick things: please take my photo down from the workshop gallery on your website - I no longer consent to it being used. And please unsubscribe me from the newsletter.

Thanks so much,
Lucy
"""),


# P: Marek, 34, Czech UX designer in Lille. Two asks in clipped non-native English.
dict(key="en-multi-marek-fix-and-export", rights=["portability", "rectification"], lang="en-nonnative",
     frm="Marek Dvořák <marek.dvorak@seznam.cz>", mailer="gmail",
     date="2025-12-18 13:21", subj="email change + export",
     body="""
Hi Sandra,

1) My email in your system is wrong, there is typo: "marek.dvorack@seznam.cz". Correct is marek.dvorak@seznam.cz (without c). Please fix it.

2) Can you send me export of my data from the course (answers, progress) in CSV or JSON? I want to import it into my own tool.

Thanks,
Marek
"""),

# P: Becky, 26, English, no subject line, typed on phone in a hurry; the plain text is sent
# base64 by her mail app.
dict(key="en-multi-becky-nosubject", rights=["erasure", "withdraw_consent"], lang="en",
     frm="Becky Turner <becky.turner01@gmail.com>", mailer="apple", cte="b64",
     date="2026-05-04 23:52", subj="",
     body="""
hi sandra, please take down the video of me from the breathwork workshop, I don't consent to it being online anymore. and honestly just delete everything you have on me, account and all. thanks. becky
"""),

]
