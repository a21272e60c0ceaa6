"""English requests (native and non-native), single and multi-right."""
from common import (M, SANDRA, CONTACT, SIG_SANDRA, q_gmail_en, q_outlook_en,
                    q_apple_en, fwd_gmail_en)

NEWS_EN = """\
Hello lovely people,

Our English-speaking online circle is back! Every second Thursday, 7pm Paris time, on Zoom.
This month's theme: "Letting go of the good-enough life".

Book your seat: https://floraisondesoi.systeme.io/circle-en

Warmly,
Sandra - Floraison de Soi

You are receiving this because you signed up at floraisondesoi.fr.
Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"""

RECORDS = [

# ------------------------------------------------------------------ access
M("en-acc-what-on-file", "en", ["access"],
  ("Rachel Whitmore", "rachel.whitmore@gmail.com"), "2025-03-20 19:12",
  "Quick one",
  """\
Hi Sandra,

Hope you're keeping well! I did the online circle with you a couple of years ago when I was living in Poitiers.

Quick one - what do you actually have on file about me? I'm trying to get a handle on where my stuff is scattered around the internet. If you could just send me whatever you've got, that'd be brilliant.

Thanks so much,
Rachel
"""),

M("en-acc-german-which-informations", "en", ["access"],
  ("Jürgen Hofmann", "j.hofmann@gmx.de"), "2025-06-26 08:45",
  "Question about my informations",
  """\
Dear Mrs. Delomenie,

I was participant in your workshop "Stress at work" in Munich in October (the one organized by my company together with the French office).

Please can you tell me which informations you are storing about me, and send me a copy of them? Also I would like to know if my company received something about me from you.

Thank you in advance and best regards,
Jürgen Hofmann
"""),

M("en-acc-who-shared-calls", "en", ["access"],
  ("Tom Beckett", "tombeckett@outlook.com"), "2025-10-16 13:27",
  "Who did you give my number to?",
  """\
Hello,

Ever since I signed up for your free ebook I've been getting calls from some "wellness consultancy" that seems to know I downloaded it.

Who did you share my details with? And what exactly do you have on me?

Tom
"""),

M("en-acc-sar-formal", "en", ["access"],
  ("Helen Marsh", "helen.marsh@btinternet.com"), "2026-02-05 10:00",
  "Subject Access Request",
  """\
Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR.

Please provide me with a copy of all personal data you hold about me, including session notes, questionnaires, emails and payment records, together with the purposes of processing, the recipients, and the retention periods.

I attended your coaching programme between May and September 2024. A copy of my passport is attached for identification.

Yours sincerely,
Helen Marsh
""", attach=[("passport_HMarsh.jpg",)]),

# ------------------------------------------------------------------ rectification
M("en-rect-not-my-number", "en", ["rectification"],
  ("Olivia Grant", "olivia.grant@icloud.com"), "2025-04-07 07:58",
  "new number",
  """\
Morning Sandra!

That's not my number anymore - I've switched to a French SIM now that I'm staying. The new one is 06 31 77 42 08.

See you Thursday x
Olivia

Sent from my iPhone
"""),

M("en-rect-surname-certificate", "en", ["rectification"],
  ("Siobhan O'Rourke", "siobhan.orourke@eircom.net"), "2025-09-25 16:40",
  "Certificate - spelling",
  """\
Hi Sandra,

Thanks for the certificate for the facilitation course, I'm delighted with it.

One small thing: my surname is spelled "O'Rouke" on it and in the welcome emails, it should be O'Rourke (with the second r). Could you fix it on your side and send me a corrected copy?

Many thanks,
Siobhan
"""),

M("en-rect-new-address", "en", ["rectification"],
  ("David Okafor", "david.okafor@yahoo.com"), "2026-01-19 12:20",
  "Change of address",
  """\
Dear Sandra,

Please note I've moved. My new postal address is:

Flat 4, 27 Hartington Road
Brighton BN2 3PA
United Kingdom

The old Lyon address is no longer valid. It's for the workbook you post out with the spring training.

Kind regards,
David
"""),

# ------------------------------------------------------------------ erasure
M("en-era-wipe-me", "en", ["erasure"],
  ("Ashley Turner", "ash.turner@gmail.com"), "2025-05-14 23:15",
  "",
  """\
Hi,

Please wipe me from your system. Everything - my name, email, the forms I filled in, all of it.

Thanks,
Ashley
"""),

M("en-era-forget-me", "en", ["erasure"],
  ("Mark Ellison", "mark.ellison@protonmail.com"), "2025-08-18 10:32",
  "Forget me",
  """\
Sandra,

I've decided to make a clean break from that whole chapter of my life, coaching included. Forget me, please. I don't want anything of mine left on your computer or your Drive.

Mark
"""),

M("en-era-dutch-remove-everything", "en", ["erasure"],
  ("Femke de Vries", "femke.devries@ziggo.nl"), "2025-11-03 14:05",
  "Removal",
  """\
Dear Sandra,

I followed your course online last year. Now I would like that you remove everything of me from your files and from the platform. I don't use it anymore.

Can you send me a short message when it is done?

Groetjes,
Femke de Vries
"""),

M("en-era-delete-account-and-data", "en", ["erasure"],
  ("Priya Raman", "priya.raman@outlook.com"), "2026-04-15 17:55",
  "Account",
  """\
Hi there,

Could you please delete my account and all my data from your courses platform? I tried to do it from the settings page but there's no option.

Thanks a lot,
Priya
"""),

# ------------------------------------------------------------------ restriction
M("en-rest-dont-use-dont-delete", "en", ["restriction"],
  ("Gemma Lloyd", "gemma.lloyd@gmail.com"), "2025-02-17 11:48",
  "my file",
  """\
Hi Sandra,

I'm in the middle of a dispute with my insurer and my lawyer may need records of our sessions later on.

For now, please don't use anything in my file and don't send it anywhere - but don't delete it either. Just leave it as it is until I get back to you.

Thanks for understanding,
Gemma
"""),

M("en-rest-dispute-attendance", "en", ["restriction"],
  ("Carlos Mendes", "carlos.mendes@sapo.pt"), "2025-07-10 09:18",
  "Attendance record",
  """\
Hello Sandra,

The attendance record for the June training says I missed the afternoon of day 2. That is not correct, I was there (I presented the case study, you may remember).

Until this is clarified, please do not share this record with my employer and do not use it. I will send you the proof.

Best regards,
Carlos Mendes
"""),

M("en-rest-on-hold", "en", ["restriction"],
  ("Naomi Fischer", "naomi.fischer@gmail.com"), "2025-12-11 15:33",
  "Putting things on hold",
  """\
Hi Sandra,

I'm taking a few months out to deal with some family stuff. Could you put my file on hold? Keep everything, but please don't do anything with it - no emails, no follow-ups, nothing shared - until I'm back in touch.

Thank you, really.
Naomi
"""),

# ------------------------------------------------------------------ portability
M("en-port-send-new-coach", "en", ["portability"],
  ("Jessica Hale", "jess.hale@gmail.com"), "2025-04-22 13:44",
  "Moving on",
  """\
Hi Sandra,

As you know, I'm moving back to Manchester. I've found a coach there, Claire Dobson, and I'd like to pick up where we left off.

Could you send everything straight to her - my assessments, the values exercise, your summary? Her email is claire@dobsoncoaching.co.uk.

Thank you for everything!
Jess
""", cc=("Claire Dobson", "claire@dobsoncoaching.co.uk")),

M("en-port-export-csv", "en", ["portability"],
  ("Ben Harrington", "ben.harrington@fastmail.com"), "2025-09-12 20:08",
  "Course progress export",
  """\
Hi,

I'm switching to a different learning platform and would love to bring my progress with me. Is there any way you can export my course data (completed lessons, quiz answers, journal entries) as a CSV or JSON file?

Cheers,
Ben
"""),

M("en-port-spanish-therapist-madrid", "en", ["portability"],
  ("Lucía Fernández", "lucia.fernandez@telefonica.net"), "2026-02-24 18:30",
  "Transfer of my documents",
  """\
Hello Sandra,

I am back in Madrid now and I will start with a therapist here, Dra. Marta Ortega. Could you transfer my documents (the questionnaires and the follow-up sheets) directly to her? Her mail is marta.ortega@psicologiaortega.es.

Thank you very much for your help and for the beautiful months in Issoudun.

Un abrazo,
Lucía
"""),

# ------------------------------------------------------------------ objection
M("en-obj-stop-emailing", "en", ["objection"],
  ("Gary Phillips", "gary.phillips@aol.com"), "2025-01-27 09:02",
  "Re: Last chance: Spring workshop",
  """\
Stop emailing me. I never signed up for this.
""", irt="nl-2025-01-en", irt_addr="contact@floraisondesoi.fr"),

M("en-obj-unsub-above-quote", "en", ["objection"],
  ("Emma Clarke", "emma.clarke@gmail.com"), "2025-10-09 12:51",
  "Re: The English circle is back 🌿",
  """\
Hi Sandra, please take me off this list - I'm not able to join anymore and my inbox is overflowing. Thank you and all the best!

Emma

""" + q_gmail_en("2025-10-09 07:00", "Floraison de Soi", "contact@floraisondesoi.fr", NEWS_EN),
  irt="nl-2025-10-en", irt_addr="contact@floraisondesoi.fr"),

M("en-obj-no-more-texts", "en", ["objection"],
  ("Liam Doyle", "liam.doyle@gmail.com"), "2025-06-04 16:16",
  "Texts",
  """\
Hi Sandra,

No more promotional texts please. Appointment reminders are fine, but the "last places!" messages are a bit much on my phone.

Thanks,
Liam
"""),

M("en-obj-no-marketing-use", "en", ["objection"],
  ("Margaret Hughes", "margaret.hughes@virginmedia.com"), "2026-03-05 10:47",
  "Marketing",
  """\
Dear Sandra,

I am happy to continue receiving invoices and practical information for the course I have booked. However, I do not want my details used for any marketing or promotional mailings from now on.

With kind regards,
Margaret Hughes
"""),

# ------------------------------------------------------------------ withdraw_consent
M("en-wc-take-down-testimonial", "en", ["withdraw_consent"],
  ("Sarah Bennett", "sarah.bennett@gmail.com"), "2025-05-08 14:24",
  "testimonial",
  """\
Hi Sandra,

I wrote a testimonial for your website after the retreat last year, and you've used it on the homepage with my full name. I'd rather it came down now - I've moved into a more public role and I'm keeping my personal life separate.

Could you take it down? Thank you, and no hard feelings at all.

Sarah
"""),

M("en-wc-no-recording", "en", ["withdraw_consent"],
  ("Daniel Ross", "daniel.ross@hotmail.co.uk"), "2025-08-28 08:22",
  "Recording our sessions",
  """\
Hi Sandra,

I said yes to recording our Zoom sessions back in the spring. I've thought about it and I'm no longer comfortable with it. Please don't record from our next session on.

See you Tuesday,
Dan
"""),

M("en-wc-photo-instagram", "en", ["withdraw_consent"],
  ("Chiara Bianchi", "chiara.bianchi@libero.it"), "2025-11-20 21:09",
  "Photo on Instagram",
  """\
Dear Sandra,

In the Instagram post about the weekend retreat of October there is a photo where I am in the middle of the group. I gave my OK at the moment but now I prefer not to be there. Can you remove the photo please, or cut me from it?

Thank you so much and a big hug,
Chiara
"""),

# ------------------------------------------------------------------ post_mortem
M("en-pm-widow", "en", ["post_mortem"],
  ("Patricia Coleman", "pat.coleman@gmail.com"), "2025-03-03 11:11",
  "My husband, Richard Coleman",
  """\
Dear Sandra,

I'm very sorry to write with sad news. My husband Richard passed away on 14 February. He spoke very warmly of his sessions with you last year.

I'm working through his accounts and I see he still has a login for your online course, and emails keep arriving. Could you let me know what you hold in his name, and close everything down?

With thanks,
Patricia Coleman
""", attach=[("death_certificate_R_Coleman.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH\nRichard Coleman\nDate of death: 14 February 2025")]),

# NEAR-LINE: asks for deletion ("erasure" wording) but writes as heir after the
# death -> post_mortem only.
M("en-pm-son", "en", ["post_mortem"],
  ("James Whitfield", "james.whitfield@outlook.com"), "2025-07-29 20:00",
  "My mother's account",
  """\
Hello,

My mother, Eileen Whitfield, died last month. She was one of your newsletter subscribers and did a couple of your online workshops.

I'd like her data deleted, please. I'm her son and the executor of her estate; happy to send paperwork.

James Whitfield
"""),

M("en-pm-solicitor", "en", ["post_mortem"],
  ("Harrison & Cole Solicitors", "probate@harrisoncole.co.uk"), "2025-11-06 09:30",
  "Estate of the late Mr Alan Pryce - our ref AP/2025/118",
  """\
Dear Madam,

We act for the executors of the late Mr Alan Pryce, who died on 22 September 2025.

We understand that Mr Pryce was a client of Floraison de Soi. We should be grateful if you would confirm any personal data and documents you hold in his name, any outstanding balance or subscription, and arrange for any recurring payments to be cancelled.

A copy of the grant of probate is enclosed.

Yours faithfully,

Harrison & Cole Solicitors
14 King Street, Bath BA1 1BW

This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
""", attach=[("Grant_of_Probate_Pryce.pdf", "GRANT OF PROBATE\nEstate of Alan Pryce, deceased 22 September 2025")]),

M("en-pm-own-instructions", "en", ["post_mortem"],
  ("Linda Baxter", "linda.baxter@gmail.com"), "2026-01-08 16:05",
  "Something to keep on file",
  """\
Dear Sandra,

This may sound morbid, but my diagnosis has made me sort out a lot of things.

When I die, I want my session notes and journals destroyed, not passed on. The only exception: my daughter Amy may have the letters I wrote in the "letter to myself" workshop, if she asks for them.

Please keep this email with my file.

Love,
Linda
"""),

# ------------------------------------------------------------------ multi-right
M("en-multi-see-then-delete", "en", ["access", "erasure"],
  ("Kate Morrison", "kate.morrison@gmail.com"), "2025-06-19 22:22",
  "",
  """\
Hi Sandra,

Could you send me everything you have on me, and then delete it all? I'd like to see it first, just out of curiosity, but after that I don't want it kept.

Thanks,
Kate
"""),

M("en-multi-copy-and-csv", "en", ["access", "portability"],
  ("Henrik Larsen", "henrik.larsen@outlook.dk"), "2025-09-04 11:41",
  "My data",
  """\
Hello Sandra,

Can you tell me what personal information you keep about me from the leadership training? And I would like the exercises and test results in a CSV file so I can load them into the tool my new employer uses.

Best regards,
Henrik
"""),

M("en-multi-see-and-correct", "en", ["access", "rectification"],
  ("Oliver Bennett", "oliver.bennett@gmail.com"), "2026-03-30 09:50",
  "What you've got on me",
  """\
Hi Sandra,

My date of birth on the trainee form is wrong - it says 1987, should be 1978 (my handwriting, sorry!). Please fix that.

While you're at it, could you send me a copy of everything you've got on me? My employer is asking what was shared about the training.

Cheers,
Oliver
"""),

M("en-multi-unsub-and-delete", "en", ["erasure", "objection"],
  ("Amanda Price", "amanda.price@yahoo.com"), "2025-02-10 18:03",
  "Re: New year, new you - 20% off",
  """\
Unsubscribe me and delete everything you have on me please.

Amanda

Sent from Yahoo Mail for iPhone
""", irt="nl-2025-02-en", irt_addr="contact@floraisondesoi.fr"),

M("en-multi-video-and-wipe", "en", ["erasure", "withdraw_consent"],
  ("Nina Kowalski", "nina.kowalski@wp.pl"), "2025-08-01 13:36",
  "Video and my data",
  """\
Dear Sandra,

I don't want my video testimonial on your website anymore, please remove it. Also please erase all my information, I am not continuing with coaching.

Thank you,
Nina
"""),

M("en-multi-new-email-stop-newsletter", "en", ["objection", "rectification"],
  ("Grace Palmer", "grace.palmer@icloud.com"), "2025-12-22 10:14",
  "New email",
  """\
Hi Sandra,

I'm using this address now (grace.palmer@icloud.com) - please replace the old gmail one in your records for our sessions.

And while you're updating things, could you take me off the newsletter? I'll just keep the one-to-one stuff.

Grace
"""),

# NEAR-LINE: disputes accuracy and asks to stop using the report -> restriction,
# not rectification; plus a copy of everything -> access.
M("en-multi-dispute-and-copy", "en", ["access", "restriction"],
  ("Peter Novak", "peter.novak@seznam.cz"), "2026-04-27 15:25",
  "Feedback report",
  """\
Dear Sandra,

The feedback report sent to my manager says I "refused to take part in role play". This is not true; I asked to swap roles because of my back problem.

Until we correct this misunderstanding, please stop using this report and do not send anything else about me to the company. Also, please send me a copy of all the information you have about me, including what was sent to my manager.

Regards,
Peter Novak
"""),

M("en-multi-transfer-then-delete", "en", ["erasure", "portability"],
  ("Sophie Laurent-Hill", "sophie.lhill@gmail.com"), "2025-10-27 17:07",
  "Handover to new coach",
  """\
Hi Sandra,

I'm continuing with Mia Jensen (mia@jensencoaching.com) from next month. Please send her my file in whatever format she can use, and once she's confirmed receipt, delete your copy.

Thank you for a wonderful year!
Sophie
"""),
]
