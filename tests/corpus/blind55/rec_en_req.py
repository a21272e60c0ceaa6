# English requests.
from recbase import R

WP = "Floraison de Soi <wordpress@floraisondesoi.fr>"
PHPMAILER = "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"

RECORDS = [

R("en-what-do-you-hold-expat",
  "Quick question about my details",
  """Hi Sandra,

I came to two of your workshops last year when I was living in Issoudun (the English-speaking group, with Kate and Tom). I've since moved back to Bristol.

Could you tell me what information you still have about me on file? Just curious what's kept after a workshop.

Thanks so much, and say hi to the Saturday group if any of them are still around!
Rachel""",
  ["access"],
  frm="Rachel Whitmore <rachel.whitmore@btinternet.com>"),

R("en-formal-sar-art15",
  "Subject Access Request under Article 15 GDPR",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

Please provide me with:
1. a copy of all personal data you hold about me;
2. the purposes for which it is processed;
3. the recipients or categories of recipients to whom it has been disclosed;
4. the retention period;
5. the source of any data not collected from me.

I attach a copy of my passport as proof of identity. I look forward to your response within one month, as required.

Yours sincerely,

Graham Pettigrew""",
  ["access"],
  frm="Graham Pettigrew <g.pettigrew@outlook.com>", html="alt", cte="qp",
  attach=[("pdf", "passport_copy_Pettigrew.pdf",
           ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND - PASSPORT",
            "Surname: PETTIGREW  Given names: GRAHAM JOHN",
            "Copy provided for identity verification only"])]),

R("en-german-speaker-coaching-notes",
  "Notes from our coaching",
  """Hello Mrs Delomenie,

we had 5 coaching sessions in online in spring 2024, I am the engineer from Munich working in the Vierzon factory. For my next career step I want to look again on what we have worked, but I did not made notes myself.

Is it possible that you send me a copy from your notes of our sessions? This would help me a lot.

Many thanks and best regards
Stefan Huber""",
  ["access"],
  frm="Stefan Huber <stefan.huber@gmx.de>"),

R("en-spanish-speaker-who-shared",
  "my data",
  """Hello,

I participate in your webinar about stress in March. After that I receive emails from other companies about coaching and yoga retreats, in French and English. I want to know please if you give my email to other persons or companies, and which ones.

Thank you very much,
Lucía Fernández""",
  ["access"],
  frm="Lucía Fernández <lucia.fernandez.m@gmail.com>", cte="qp"),

R("en-rectify-surname-spelling",
  "Spelling of my surname",
  """Hi Sandra,

Tiny thing, but my surname is spelled O'Sullivan with an apostrophe, not Osullivan. It's like that on the training attendance list and in your emails, so I guess it's like that in your system too. Would you mind fixing it?

Cheers,
Niamh""",
  ["rectification"],
  frm="Niamh O'Sullivan <niamh.osullivan@gmail.com>"),

R("en-new-email-replace-old",
  "Please update my email",
  """Hello,

I'm leaving my job at the end of the month, so my work address (d.kaur@lintonpharma.co.uk) will stop working. Please use my personal one from now on: deepa.kaur.home@gmail.com, and remove the work address from your records.

Many thanks,
Deepa Kaur""",
  ["rectification"],
  frm="Deepa Kaur <d.kaur@lintonpharma.co.uk>", mailer="Microsoft Outlook 16.0"),

R("en-address-change",
  "New address",
  """Dear Sandra,

We've finally moved out of the village and into town. Could you please change my postal address in your files to:

Mrs Margaret Holloway
5 rue Pierre Brossolette
36100 Issoudun

The old one was La Grange, Saint-Aoustrille. Thank you!

Margaret""",
  ["rectification"],
  frm="Margaret Holloway <maggie.holloway@orange.fr>", to="orange"),

R("en-delete-all-my-data-polite",
  "Data deletion",
  """Hi there,

Would you be able to delete all the personal data you have about me? I did the online course in 2023 and don't plan to come back to it.

Thank you!
Owen Price""",
  ["erasure"],
  frm="Owen Price <owen.price@outlook.com>"),

R("en-delete-account-and-data",
  "Delete my account",
  """Please delete my account on your course platform and all the data associated with it (profile, progress, quiz answers, emails). I'd appreciate a confirmation once it's done.

Regards,
Hannah Brooks""",
  ["erasure"],
  frm="Hannah Brooks <hannah.brooks@yahoo.co.uk>", html="alt"),

R("en-formal-art17",
  "Request for erasure – Article 17 GDPR",
  """Dear Sir or Madam,

I hereby request that you erase, without undue delay, all personal data concerning me, pursuant to Article 17 of the GDPR. I withdraw from any further relationship with your business and the data is no longer necessary for the purposes for which it was collected.

Please confirm in writing once the erasure has been completed, including with any processors to whom the data was disclosed.

Kind regards,
Dr. Alistair Fraser""",
  ["erasure"],
  frm="Alistair Fraser <alistair.fraser@protonmail.com>", cte="qp"),

R("en-one-liner-phone",
  "",
  """pls remove all my info from your files, thanks

Sent from my iPhone""",
  ["erasure"],
  frm="Jake Turner <jake.turner91@icloud.com>"),

R("en-restriction-dispute-keep",
  "Please don't delete anything yet",
  """Hi Sandra,

I know my data would normally be deleted after a while, but I'm in the middle of a dispute with my former employer, and the attendance records and certificate from your training might matter.

Could you keep everything as it is, but not use it for anything else (no mailings, surveys, etc.) until this is sorted? I'll let you know when it's over.

Thanks a lot,
Priya Sharma""",
  ["restriction"],
  frm="Priya Sharma <priya.sharma@outlook.com>"),

R("en-contest-accuracy-pause",
  "Incorrect information in my file",
  """Dear Sandra,

After our last call you sent me a summary saying I had been "dismissed" from my previous role. That's not accurate – I resigned, and it's an important distinction for me.

Until we've discussed and agreed what the file should say, please don't use or share that record in any way.

Best regards,
Michael Grant""",
  ["restriction"],
  # NEAR-LINE: disputes accuracy and asks to pause use -> restriction only (policy).
  frm="Michael Grant <michael.grant@gmail.com>", html="alt"),

R("en-freeze-pending-complaint",
  "Freeze my records",
  """Hello,

I have raised a complaint about how my sessions ended and I'm waiting for the mediator. In the meantime I'd like my records frozen: not deleted, not changed, not used.

Thanks,
C. Baxter""",
  ["restriction"],
  frm="Carol Baxter <carol.baxter@hotmail.co.uk>"),

R("en-machine-readable-new-coach",
  "Export of my coaching data",
  """Hi Sandra,

I'm moving to Lyon and will carry on with a coach there. Could you send me my data (goals, session history, assessment results) in a machine-readable format like CSV or JSON so she can load it into her system?

Thanks for everything,
Emma""",
  ["portability"],
  frm="Emma Lindqvist <emma.lindqvist@gmail.com>"),

R("en-assessments-spreadsheet",
  "Assessment results",
  """Hello,

Would it be possible to get my results from the strengths assessment and the stress questionnaires as a spreadsheet file? I'd like to import them into the tracker I use for my own development.

Many thanks,
Ben Okafor""",
  ["portability"],
  frm="Ben Okafor <ben.okafor@outlook.com>", cte="7bit"),

R("en-formal-art20-direct-transfer",
  "Data portability request (Art. 20 GDPR)",
  """Dear Ms Dumot-Deloménie,

Under Article 20 GDPR I request that the personal data I provided to you in the course of my coaching programme be transmitted directly, in a structured, commonly used and machine-readable format, to my new provider:

Thrive Coaching Ltd, data@thrivecoaching.co.uk

Please confirm when the transfer has taken place.

Yours faithfully,
Victoria Ashby""",
  ["portability"],
  frm="Victoria Ashby <v.ashby@btinternet.com>", html="alt", cte="b64"),

R("en-unsubscribe-short",
  "Unsubscribe",
  """Please unsubscribe me from your newsletter. Thanks.""",
  ["objection"],
  frm="Laura Mitchell <laura.mitchell@gmail.com>", mailer=""),

R("en-stop-texting",
  "Text messages",
  """Hi,

I keep getting text messages about your workshops. I don't mind the occasional email but please stop the texts.

Thanks,
Dan""",
  ["objection"],
  frm="Daniel Hughes <dan.hughes@icloud.com>"),

R("en-object-profiling",
  "Tracking",
  """Hello Sandra,

I noticed your emails contain tracking pixels and that you seem to segment readers based on what they click. I object to this kind of profiling of my reading habits. Please exclude me from any tracking or segmentation – you can keep sending the newsletter itself.

Best,
Tom Reilly""",
  ["objection"],
  frm="Tom Reilly <tom@reilly.ie>", mailer="Mozilla Thunderbird"),

R("en-long-mail-buried-unsubscribe",
  "Re: Saturday workshop – practical details",
  """Hi Sandra,

Thanks for the details! I'll be there on Saturday, probably a bit early as the bus from Châteauroux arrives at 9:05. Is there somewhere I can leave my bike if I end up cycling instead? Also, I'm vegetarian, in case there's a shared lunch (I'll bring something anyway).

One more thing while I think of it – could you take me off the monthly newsletter? I love the workshops but I really can't keep up with the emails, my inbox is a disaster. I'll keep an eye on your website for dates instead.

See you Saturday!
Sophie""",
  ["objection"],
  # NEAR-LINE: request buried inside a practical reply -> still objection.
  frm="Sophie Walters <sophie.walters@gmail.com>",
  quote=dict(style="gmail-en", days=2, text="""Hello Sophie,

Here are the practical details for Saturday's workshop "Taming your inner critic":
- 9:30 to 12:30, 46 rue d'Estienne d'Orves, Issoudun (ground floor, blue door)
- bring a notebook and comfortable clothes

Looking forward to seeing you,
Sandra""")),

R("en-withdraw-testimonial",
  "My testimonial",
  """Dear Sandra,

A while ago I agreed to let you use my testimonial (with my first name and photo) on your website. I'd now like to withdraw that permission – could you take it down please?

No hard feelings at all, I'm just trying to keep a lower profile online.

Kind regards,
Fiona""",
  ["withdraw_consent"],
  frm="Fiona McLeod <fiona.mcleod@outlook.com>"),

R("en-instagram-photo",
  "Photo on Instagram",
  """hey, I'm in the photo from the retreat you posted on instagram last week (red jumper, 2nd from left). I said yes at the time but I'd rather not be on there now, could you remove it or crop me out? thanks!!
Alice""",
  ["withdraw_consent"],
  frm="Alice Bennett <alicebennett22@gmail.com>"),

R("en-webinar-recording",
  "Recording of the webinar",
  """Hello,

I took part in last Thursday's webinar and spoke quite openly during the Q&A. I agreed to the recording at the start, but I've changed my mind and don't want my contribution to be in the replay that is shared. Could you please remove or edit out my part?

Thank you for understanding,
James Whitfield""",
  ["withdraw_consent"],
  frm="James Whitfield <james.whitfield@yahoo.co.uk>", html="alt"),

R("en-questionnaire-research-withdraw",
  "Use of my questionnaire for your study",
  """Hi Sandra,

At the end of the programme I ticked the box allowing you to use my questionnaire answers (anonymised) for your research on caregiver burnout. I've thought about it and I'd like to withdraw that consent.

Thanks,
Helen Morris""",
  ["withdraw_consent"],
  frm="Helen Morris <helen.morris@gmail.com>"),

R("en-son-mother-died",
  "My mother, Patricia Lowe",
  """Dear Ms Delomenie,

I'm writing on behalf of my mother, Patricia Lowe, who passed away in January. She lived near Issoudun for twenty years and I know she enjoyed your workshops very much.

I'm trying to close down her accounts. Could you please remove her from your mailing lists and delete whatever you hold about her? I can send a copy of the death certificate if you need it.

With thanks,
Andrew Lowe""",
  ["post_mortem"],
  frm="Andrew Lowe <andrew.lowe@btinternet.com>"),

R("en-executor-letter",
  "Estate of the late Mr Peter Clarke",
  """Dear Madam,

We act as executors of the estate of the late Mr Peter Clarke, formerly of Reuilly, who died on 4 April 2025. A copy of the death certificate is attached.

We should be grateful if you could confirm whether Mr Clarke held any account or subscription with your business, cancel the same, and confirm that his personal data will no longer be used.

Yours faithfully,
Harrington & Cole Solicitors
Probate Department""",
  ["post_mortem"],
  frm="Harrington & Cole Probate <probate@harringtoncole.co.uk>", html="alt", cte="b64",
  mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "Death_certificate_Clarke.pdf",
           ["ACTE DE DECES - Peter Clarke", "Decede le 4 avril 2025 a Reuilly (Indre)",
            "Copie transmise par les executeurs testamentaires"])], date="2025-06-17 10:30"),

R("en-own-death-instructions",
  "For the future",
  """Dear Sandra,

This may seem a bit morbid, but I've been updating my will and my digital affairs. When I die, I would like my husband, Richard, to be able to receive a copy of the journal entries and letters I wrote during our coaching. Everything else can be deleted.

Thank you for keeping this on file.
Warmly,
Jennifer Adams""",
  ["post_mortem"],
  frm="Jennifer Adams <jennifer.adams@me.com>", html="alt"),

R("en-widow-session-notes",
  "David",
  """Hello Sandra,

I'm not sure if you heard – David died in October, very suddenly. He talked about your sessions a lot in the last year.

Would it be possible for me to have a copy of anything he wrote or that you noted? I know it's an unusual request. It would mean a great deal to me and the children.

Thank you,
Sarah Kendall""",
  ["post_mortem"],
  frm="Sarah Kendall <sarah.kendall@gmail.com>"),

R("en-daughter-stop-emails-father",
  "Emails to my late father",
  """Hello,

My father, Brian Walsh, died last month. He's still receiving your workshop invitations at this address, which I now manage. Please take him off your list and delete his details.

Thank you,
Claire Walsh (daughter)""",
  ["post_mortem"],
  frm="Brian Walsh <brian.walsh@orange.fr>", mailer=""),

R("en-see-then-delete",
  "Request",
  """Hi Sandra,

Before I close this chapter: could you send me a copy of everything you hold on me, and then delete it all? Thank you for your help over the years.

Best,
Kirsty""",
  ["access", "erasure"],
  frm="Kirsty Campbell <kirsty.campbell@gmail.com>"),

R("en-know-and-export",
  "What you hold + export",
  """Hello,

I'd like to know what data you have about me, and to receive it as a CSV file that I can reuse with another coach.

Regards,
Marco Rossi""",
  ["access", "portability"],
  frm="Marco Rossi <marco.rossi@libero.it>", cte="7bit"),

R("en-testimonial-and-everything",
  "Remove my testimonial and my data",
  """Hi,

Please take down my video testimonial from your website and YouTube, and delete all the personal data you have on me.

Thanks,
Leah Goldberg""",
  ["erasure", "withdraw_consent"],
  frm="Leah Goldberg <leah.goldberg@outlook.com>", html="alt"),

R("en-unsubscribe-and-delete",
  "Re: Your free e-book: 7 keys to self-confidence",
  """Thanks but no thanks. Please unsubscribe me and delete my email address from your system.""",
  ["erasure", "objection"],
  frm="Mark Jennings <mjennings@gmail.com>",
  quote=dict(style="gmail-en", days=4, who="Sandra - Floraison de Soi <contact@floraisondesoi.fr>",
             text="""Hi Mark,

Thank you for downloading "7 keys to self-confidence"!
Over the next few days I'll send you some extra exercises to go further.

See you soon,
Sandra

Unsubscribe | Manage preferences""")),

R("en-see-file-and-correct",
  "My file",
  """Dear Sandra,

Could you send me what you have in my file? I'd also like to correct a couple of things I suspect are out of date – my job title is now Head of Operations (not Operations Manager) and my mobile is +44 7700 900461.

Many thanks,
Rebecca Stone""",
  ["access", "rectification"],
  frm="Rebecca Stone <rebecca.stone@outlook.com>"),

R("en-lawyer-access-restriction",
  "Our client: Ms Joanna Price – data request",
  """Dear Ms Delomenie,

We act for Ms Joanna Price, whose signed authority is attached.

On her behalf we request (i) a copy of all personal data you hold about her, including session notes and correspondence, and (ii) that you restrict the processing of that data – i.e. retain it but neither use, amend nor delete it – pending resolution of an ongoing employment matter in which it may be relevant.

Kind regards,
Oliver Grant
Associate, Grant & Whitby LLP""",
  ["access", "restriction"],
  frm="Oliver Grant <o.grant@grantwhitby.co.uk>", html="alt", cte="qp", mailer="Microsoft Outlook 16.0",
  attach=[("pdf", "Letter_of_authority_Price.pdf",
           ["LETTER OF AUTHORITY",
            "I, Joanna Price, authorise Grant & Whitby LLP to request my personal data",
            "from Floraison de Soi and to act on my behalf. Signed: J. Price"])]),

R("en-withdraw-video-stop-newsletter",
  "two things",
  """Hello Sandra,

1) I no longer consent to my video from the group circle being used on your channels – please remove it.
2) Please also stop sending me the newsletter.

Thanks and all the best,
Naomi""",
  ["objection", "withdraw_consent"],
  frm="Naomi Fischer <naomi.fischer@gmail.com>"),

R("en-parent-teen-workshop-delete",
  "My son's details – teen confidence workshop",
  """Hello,

My son Ethan (14) attended your teen confidence workshop during the October half-term while we were staying with family in France. Could you please delete his registration form, the questionnaire he filled in and any photos of him?

Thank you,
Lisa Crawford (mother)""",
  ["erasure"],
  # NEAR-LINE: parent of a minor -> request on behalf of the child.
  frm="Lisa Crawford <lisa.crawford@hotmail.co.uk>", date="2025-11-12 20:00"),

R("en-triple-access-erase-object",
  "Data request",
  """Dear Sandra Delomenie,

I'm exercising my rights under the GDPR. Please (a) tell me what personal data you hold about me and where you obtained it, (b) stop using my details for marketing, and (c) then erase them.

I have never been a client, so I'd like to understand how I ended up on your list.

Regards,
Paul Nowak""",
  ["access", "erasure", "objection"],
  frm="Paul Nowak <paul.nowak@wp.pl>"),


# ---------------------------------------------------------------- added for balance

R("en-contact-form-keep-dont-use",
  "New message from the website: My records",
  """Name: Laura Bianchi
Email: laura.bianchi@gmail.com
Phone: +39 347 *** ****
Subject: My records

Message:
Hello Sandra, I did the online programme last year. I am now in a legal dispute with my ex-employer about a burn-out, and my lawyer says your attendance certificates could matter. Please do not delete my data when the retention time ends, but also please do not use it for anything (no emails, no surveys) until the case is finished. Thank you.

--
This e-mail was sent via the contact form of Floraison de Soi (https://floraisondesoi.fr)""",
  ["restriction"],
  frm=WP, reply_to="Laura Bianchi <laura.bianchi@gmail.com>", to="contact", mailer=PHPMAILER,
  msgid_addr="wordpress@floraisondesoi.fr"),

R("en-transfer-to-therapist-dublin",
  "Moving my records to my therapist",
  """Dear Sandra,

I've moved back to Dublin and started working with a therapist here, Dr. Ciara Byrne. She'd like to build on the work we did together. Could you send her my data (intake questionnaire, goals, session summaries) directly, in a format her practice software can import? Her secure address is records@byrnepractice.ie.

I've copied her on this email.

Many thanks for everything,
Siobhán""",
  ["portability"],
  frm="Siobhán Kelly <siobhan.kelly@eircom.net>", cc="Dr Ciara Byrne <records@byrnepractice.ie>", html="alt"),
]
