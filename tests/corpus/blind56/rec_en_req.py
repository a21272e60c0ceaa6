"""English requests (single and multi-right)."""
from recbase import M

RECORDS = [
    # ------------------------------------------------------------------ access
    M("en-invoice-query-and-session-notes", ["access"],
      "Helen Whitcombe <helen.whitcombe@btinternet.com>",
      "Invoice for October",
      """Hi Sandra,

Thanks for the October invoice. Just one thing: it says 4 sessions but I think we only had 3, as the one on the 21st was moved to November. Could you double-check?

Also, while I have you - would it be possible to get a copy of the notes you've kept on me? My French isn't good enough to have followed everything in the moment and I'd like to go back over them with a dictionary.

Cheers,
Helen""",
      mailer="applemail"),

    M("en-follow-up-still-waiting-access", ["access"],
      "Mark Ellison <mark.ellison@gmail.com>",
      "Re: Subject access request",
      """Hello,

Following up on the request below, sent over five weeks ago. I haven't had an acknowledgement. Please send me a copy of all the personal data you hold about me, as requested.

Regards,
Mark Ellison""",
      quote={"style": "en", "who": "Mark Ellison <mark.ellison@gmail.com>", "days": 38,
             "text": """Dear Ms Delomenie,

Under Article 15 GDPR I'd like a copy of all personal data you hold about me, together with the purposes of processing and the recipients.

Kind regards,
Mark Ellison"""}),

    M("en-just-intake-form-answers", ["access"],
      "Priya Raman <priya.raman@outlook.com>",
      "Quick one",
      """Hi Sandra,

Quick one - I don't need my whole file, just the answers I gave on the intake questionnaire before our first Zoom session. My new therapist asked what I'd written back then about sleep and I honestly can't remember. Could you send them over when you get a minute?

Thanks so much,
Priya""",
      mailer="outlook"),

    M("en-who-did-you-share-with", ["access"],
      "Geert Van Damme <geert.vandamme@telenet.be>",
      "Question about my information",
      """Hello Mrs Delomenie,

I am participant of your online training last year. Since some weeks I receive calls from a company selling wellness retreats and they know I did your course. I would like to know to which companies or partners you have given my data, and what data exactly you have of me.

Thank you for your answer.
Best regards,
Geert Van Damme"""),
    # NEAR-LINE: non-native, suspicious tone; asks who received the data and what is held -> access only.

    # ------------------------------------------------------------------ rectification
    M("en-moved-new-address", ["rectification"],
      "Julia Frampton <julia.frampton@gmail.com>",
      "New address",
      """Hi Sandra,

Hope you're well! We've finally moved out of the gîte and into our own place. Could you update my address for invoices to: La Petite Borde, 36260 Reuilly? The old one in Chârost is no longer valid.

See you at the circle on Thursday,
Julia"""),

    M("en-wrong-job-in-record", ["rectification"],
      "Tom Gallagher <tom.gallagher@icloud.com>",
      "Correction to my profile",
      """Hi,

I noticed in the welcome email for the leadership course that my job title is listed as "Sales Assistant". I'm actually Regional Sales Manager, and it matters a bit because the course groups people by level. Could you correct that in your records?

Thanks,
Tom

Sent from my iPhone""",
      mailer="iphone"),

    M("en-maiden-name-on-certificate", ["rectification"],
      "Rebecca Holt <rebecca.holt@yahoo.co.uk>",
      "Name on my file",
      """Dear Sandra,

My certificate from the stress-management course came with my maiden name, Rebecca Dunn. I've been Rebecca Holt for six years; I suspect an old registration got merged with the new one. Please could you change the name on my file to Holt and send a corrected certificate?

Many thanks,
Rebecca Holt"""),

    # ------------------------------------------------------------------ erasure
    M("en-thanks-and-please-delete", ["erasure"],
      "Daniel Okafor <daniel.okafor@gmail.com>",
      "Thank you",
      """Hi Sandra,

Just wanted to say a proper thank you for the six months of coaching. The work on public speaking paid off - I gave the keynote in Lyon last week and didn't faint.

One last thing: now that we're done, I'd rather you didn't keep my file. Could you delete everything you have on me?

All the best,
Daniel""",
      html="alt"),

    M("en-delete-account-and-data", ["erasure"],
      "Sarah Lindqvist <sarah.lindqvist@proton.me>",
      "Account deletion",
      """Hello, please delete my account on the course platform and all the data associated with it. I won't be using it again. Thank you, Sarah Lindqvist"""),

    M("en-if-not-too-much-trouble-remove-file", ["erasure"],
      "Margaret Cole <margaret.cole@orange.fr>",
      "My details",
      """Dear Sandra,

I hope you don't mind me asking. I came to a couple of your English-language workshops in 2022, when I first moved here. If it's not too much trouble, I think I'd prefer that my details and the little questionnaire I filled in were removed from your files altogether. I'm simplifying things at my age!

With kind regards,
Margaret Cole""",
      to="orange"),

    M("en-chaser-deletion-still-receiving", ["erasure"],
      "Chris Doherty <chris.doherty@hotmail.co.uk>",
      "RE: Deletion",
      """Hi again,

Still no confirmation of my deletion request from last month, and I've just had a "we miss you" email from your course platform, so clearly my details are still there. Please erase my data and confirm.

Chris""",
      quote={"style": "outlook_en", "who": "Chris Doherty <chris.doherty@hotmail.co.uk>", "days": 33,
             "text": """Hi Sandra, please erase all personal data you hold about me. Thanks, Chris Doherty"""},
      mailer="outlook"),
    # NEAR-LINE: mentions receiving marketing, but only erasure is asked.

    # ------------------------------------------------------------------ restriction
    M("en-dispute-hold-dont-use", ["restriction"],
      "Andrew Pryce <andrew.pryce@gmail.com>",
      "Session summary dispute",
      """Hello Sandra,

I don't agree with the summary of our last session that you sent my employer's HR, in particular the line saying I "refused to engage". Until we've sorted this out, please don't use or share that summary or anything else in my file. I'm not asking you to delete it - I may need it.

Regards,
Andrew Pryce"""),

    M("en-freeze-while-deciding", ["restriction"],
      "Lena Hoffmann <lena.hoffmann@gmx.de>",
      "My data - please wait",
      """Dear Sandra,

I am not yet sure if I want my data deleted or not. Until I decide, could you please keep everything as it is but not use it anymore? I will write you again in a few weeks.

Best greetings from Freiburg,
Lena Hoffmann"""),

    M("en-legal-hold-do-not-delete", ["restriction"],
      "Simon Ashworth <simon.ashworth@ashworth-law.co.uk>",
      "Data concerning myself - please preserve",
      """Dear Ms Delomenie,

I am writing in a personal capacity. I am currently involved in a dispute with a former business partner and the coaching correspondence we exchanged in 2024 may be relevant.

Please do not delete any records relating to me, even if your retention period expires, but restrict their processing to storage only until I confirm the matter has concluded.

Yours sincerely,
Simon Ashworth""",
      mailer="outlook"),

    # ------------------------------------------------------------------ portability
    M("en-transfer-to-new-coach", ["portability"],
      "Emily Harcourt <emily.harcourt@gmail.com>",
      "Moving on - transfer of my file",
      """Hi Sandra,

As discussed, I'm moving back to Bristol in March and I'll continue with a coach there, Nadia Burke. Could you send her my file directly, in a format she can import (she said CSV or a standard export is fine)? Her email is nadia@burkecoaching.co.uk.

Thank you for everything,
Emily""",
      cc="Nadia Burke <nadia@burkecoaching.co.uk>"),

    M("en-machine-readable-journal", ["portability"],
      "Pieter de Vries <pieter.devries@ziggo.nl>",
      "Export of my course journal",
      """Hello,

My access to the online program is ending. I wrote a lot in the daily journal inside the platform. Can you give me my entries in a machine-readable file, like JSON or CSV? I want to load them in my notes app.

Thanks a lot,
Pieter""",
      html="only"),

    M("en-portability-article20", ["portability"],
      "Olivia Brennan <olivia.brennan@gmail.com>",
      "Data portability request (Art. 20 GDPR)",
      """Dear Sandra,

Under Article 20 GDPR, please provide the personal data I supplied to you (registration details, questionnaires, session records) in a structured, commonly used and machine-readable format.

Kind regards,
Olivia Brennan""",
      html="alt"),

    # ------------------------------------------------------------------ objection
    M("en-unsubscribe-after-thanks", ["objection"],
      "Nigel Barker <nigel.barker@btinternet.com>",
      "Thanks for the workshop",
      """Hi Sandra,

Thanks for Saturday's workshop, it was a lovely group and your English is much better than my French!

Could you take me off the newsletter though? I'm getting a bit buried in email.

Best,
Nigel"""),

    M("en-stop-contacting-me-calls", ["objection"],
      "Rachel Kim <rachel.kim@outlook.com>",
      "Please stop the follow-ups",
      """Hi,

I did your free webinar in May and since then I've had several follow-up emails and a phone call inviting me to book a "discovery session". I'm not interested - please stop contacting me for sales purposes.

Rachel""",
      mailer="outlook"),

    M("en-subject-only-unsubscribe", ["objection"],
      "Ian McLeod <ian.mcleod@gmail.com>",
      "unsubscribe",
      ""),

    M("en-object-profiling-ads", ["objection"],
      "Astrid Nilsen <astrid.nilsen@gmail.com>",
      "Use of my email for ads",
      """Hello Sandra,

I think my email address is being used to target me with your Instagram ads since I downloaded your free ebook. I object to my data being used for advertising or profiling of that kind. The ebook was great though!

Astrid"""),

    # ------------------------------------------------------------------ withdraw_consent
    M("en-remove-testimonial-new-job", ["withdraw_consent"],
      "Jessica Moore <jessica.moore@gmail.com>",
      "My testimonial",
      """Hi Sandra,

Good news - I got the job at the agency! Thank you again.

Slightly awkward request though: my testimonial on your website mentions my anxiety and uses my full name. Now that I'm starting somewhere new, I'd like it taken down. I'm withdrawing my consent for it to be published.

Jess""",
      html="alt"),

    M("en-recording-workshop-withdraw", ["withdraw_consent"],
      "Martin Schulz <martin.schulz@web.de>",
      "Recording of the online workshop",
      """Dear Sandra,

In the online workshop of last month I agreed to be recorded, but I spoke about my family more than I planned. I withdraw my consent for the recording. Please remove my part from the replay.

Kind regards,
Martin Schulz"""),

    M("en-photo-brochure", ["withdraw_consent"],
      "Grace Thornton <grace.thornton@hotmail.com>",
      "Photo in your brochure",
      """Hello Sandra,

A friend showed me your new printed brochure and the photo from the retreat is on the second page, with me right in the middle. I know I signed the form, but I'd rather not appear in it any more - can you leave it out of the next print run and take it off the website too?

Thanks for understanding,
Grace"""),

    # ------------------------------------------------------------------ post_mortem
    M("en-husband-passed-cancel-everything", ["post_mortem"],
      "Patricia Long <patricia.long@orange.fr>",
      "My husband, Richard Long",
      """Dear Sandra,

I'm sorry to tell you that Richard passed away on the 3rd, quite suddenly. He enjoyed your sessions so much and spoke of you often.

Could you please close his account and delete his information? I don't feel able to go through it all.

With thanks,
Patricia Long""",
      to="orange"),

    M("en-son-executor-documents", ["post_mortem"],
      "Oliver Grant <oliver.grant@gmail.com>",
      "Estate of Mrs Eleanor Grant",
      """Dear Ms Delomenie,

I am the executor of my late mother's estate, Eleanor Grant, who attended your coaching programme in 2024. I am attaching her death certificate.

Could you let me know what records you hold for her, and whether any payments are outstanding or refundable?

Yours sincerely,
Oliver Grant""",
      att=[{"kind": "pdf", "name": "death_certificate_E_Grant.pdf",
            "text": "CERTIFIED COPY OF AN ENTRY OF DEATH\nName: Eleanor Mary GRANT\nGeneral Register Office"}]),

    M("en-own-instructions-after-death", ["post_mortem"],
      "Barbara Quinn <barbara.quinn@gmail.com>",
      "Instructions for the future",
      """Dear Sandra,

This is not a sad email, don't worry! I'm updating my will and my solicitor suggested I think about my digital affairs too. So, for the record: when I die, I'd like all your notes and records about me to be destroyed, and none of it passed to my family.

Please add this to my file.

Warmly,
Barbara"""),

    M("en-daughter-testimonial-late-father", ["post_mortem"],
      "Hannah Price <hannah.price@icloud.com>",
      "Dad's testimonial",
      """Hi Sandra,

My dad, Geoffrey Price, died in the spring. I found his testimonial on your website while searching for photos for the memorial. It's lovely, and we would actually like you to keep it up, but could you send us a copy of the video version you filmed? We don't have many recordings of his voice.

Thank you,
Hannah""",
      mailer="iphone"),
    # NEAR-LINE: the daughter wants the testimonial kept and a copy of the video; still a relative writing after a death -> post_mortem only.

    # ------------------------------------------------------------------ multi-right
    M("en-see-then-delete", ["access", "erasure"],
      "Natalie Brooks <natalie.brooks@gmail.com>",
      "My information",
      """Hi Sandra,

Could you first send me a copy of whatever you have on file for me, and then delete it all? I'd just like to see what was there before it goes.

Thanks,
Natalie"""),

    M("en-what-you-hold-and-csv", ["access", "portability"],
      "Kenji Watanabe <kenji.watanabe@gmail.com>",
      "Data request",
      """Hello Sandra,

I would like to know what personal data you hold about me, and I would also like my session history and questionnaire results exported as a CSV file so I can keep them.

Best regards,
Kenji Watanabe""",
      html="alt"),

    M("en-export-to-new-provider-then-erase", ["erasure", "portability"],
      "Claire Donnelly <claire.donnelly@outlook.com>",
      "Switching coach",
      """Hi Sandra,

I'm switching to a coach closer to home. Please transfer my records to her (info@aileencoaching.ie) in a standard digital format, and once that's done please erase everything on your side.

Thanks for all your help,
Claire""",
      mailer="outlook"),

    M("en-withdraw-photo-delete-everything", ["erasure", "withdraw_consent"],
      "Sophie Turner-Blake <sophie.tb@gmail.com>",
      "Removal request",
      """Hello,

Please remove my photo and testimonial from your site - I no longer consent to them being published. And I'd like all my personal data deleted as well.

Sophie Turner-Blake"""),

    M("en-contest-copy-and-hold", ["access", "restriction"],
      "Gareth Evans <gareth.evans@btinternet.com>",
      "Notes from our sessions",
      """Dear Sandra,

I understand from my ex-wife's solicitor that your notes from our joint session may be used in our divorce proceedings. Please send me a copy of any notes about me, and until I've seen them, please don't use or disclose them to anyone.

Regards,
Gareth Evans"""),

    M("en-unsubscribe-and-what-data", ["access", "objection"],
      "Laura Bennett <laura.bennett@yahoo.com>",
      "Newsletter + question",
      """Hi Sandra,

Please unsubscribe me from your newsletter - I'm cutting down.

Also, out of curiosity, what personal information do you actually have on me? I signed up for a free workbook ages ago and I'm not sure what else was collected.

Laura""",
      mailer="iphone"),

    M("en-see-correct-delete-three", ["access", "erasure", "rectification"],
      "Michael Harper <michael.harper@gmail.com>",
      "A few data requests",
      """Hello Sandra,

A few things, in order of importance:
1. Please send me a copy of everything you hold about me.
2. My date of birth is wrong on the registration form (it should be 14/02/1979, not 14/12/1979) - please correct it.
3. The health questionnaire from 2023 - please delete it, I'm no longer comfortable with it being kept.

Thanks,
Michael Harper"""),

    M("en-unsubscribe-and-erase", ["erasure", "objection"],
      "Fiona Walsh <fiona.walsh@gmail.com>",
      "Please remove me",
      """Hi,

Please take me off all your mailing lists and delete my details entirely. I signed up for one webinar and I've been getting emails ever since.

Fiona"""),

    M("en-testimonial-and-newsletter-stop", ["objection", "withdraw_consent"],
      "Anna Kowalski <anna.kowalski@wp.pl>",
      "Testimonial and emails",
      """Dear Sandra,

I would like you to take down my testimonial from your website, I don't give consent anymore. Also please stop sending me the newsletter.

Thank you and all the best,
Anna Kowalska"""),

    M("en-correct-email-and-see-file", ["access", "rectification"],
      "Robert Chen <robert.chen@fastmail.com>",
      "Updating my email + copy of my file",
      """Hi Sandra,

Please replace my old address (rchen1982@hotmail.com) with this one, robert.chen@fastmail.com, for all communication.

Also, could I get a copy of my client file? I'd like to see what's in it.

Best,
Robert"""),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "en-invoice-query-and-session-notes": "2025-11-07 16:22",
    "en-transfer-to-new-coach": "2026-01-29 19:37",
    "en-husband-passed-cancel-everything": "2025-09-23 11:48",
    "en-daughter-testimonial-late-father": "2025-10-09 21:12",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
