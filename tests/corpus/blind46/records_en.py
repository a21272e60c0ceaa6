# English messages written by people: requests then negatives.
from recordlib import M, SANDRA, SANDRA_O

RECORDS = [

# ----------------------------------------------------------------- requests

M("en-ashamed-erase-notes",
  "My sessions last spring",
  """Dear Sandra,

I've been putting off writing this for weeks. During our sessions in Issoudun I told you things about my marriage and my relationship with my mother that I have never told anyone, not even my sister. At the time it felt like the right thing to do. Now, back home in Bristol, I just feel exposed and ashamed that it exists on paper somewhere.

Please could you delete your notes about me, the intake form and anything else you hold? I'd be grateful for a short confirmation once it's done.

You were kind to me and this isn't a complaint.

Rebecca""",
  ["erasure"], ("Rebecca Holloway", "rebecca.holloway@gmail.com"),
  date="2025-08-19 22:48"),

M("en-formal-sar",
  "Subject Access Request under Article 15 GDPR",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (EU) 2016/679.

Please provide me with:
1. confirmation of whether you process personal data concerning me;
2. a copy of that personal data;
3. the purposes of the processing, the categories of data and the recipients to whom it has been disclosed;
4. the envisaged retention period;
5. the source of any data not collected from me directly.

I attended your online training "Coaching Skills for Managers" in 2024. My full name and email address are given below. I look forward to your response within one month.

Yours sincerely,
Daniel Whitaker
daniel.whitaker@outlook.com""",
  ["access"], ("Daniel Whitaker", "daniel.whitaker@outlook.com"), mailer="outlook"),

M("en-unsubscribe-fourth-time",
  "UNSUBSCRIBE - 4th request",
  """This is the fourth time I'm asking. Take me off your mailing list. The unsubscribe link in your emails leads to an error page.

I don't want to hear about your spring retreat or anything else.""",
  ["objection"], ("Mark Ellison", "mark.ellison@yahoo.co.uk"), mailer="yahoo",
  attachments=[dict(kind="png", name="unsubscribe_error.png")],
  date="2025-08-08 12:04"),

M("en-cnil-threat-delete",
  "Deletion of my data - final notice",
  """Hello,

I asked you in February to delete all the personal data you hold about me. Two months later I'm still receiving your workshop invitations, which tells me nothing has been deleted.

Delete everything you have on me and confirm it in writing within 30 days. If I don't hear back, I will lodge a complaint with the CNIL. I've already looked up how to do it.

Tom Brennan""",
  ["erasure"], ("Tom Brennan", "tom.brennan@gmail.com"),
  date="2026-04-08 08:51"),
# NEAR-LINE: a CNIL threat combined with an explicit erasure demand -> request.

M("en-refund-dispute-copy",
  "Refund refused - request for my records",
  """Ms Delomenie,

I'm deeply disappointed by your refusal to refund the remaining sessions of my package. I had to stop for medical reasons and I sent you the doctor's note.

Since you won't reconsider, I'd like a copy of my contract, my invoices and all the notes and records you've kept about me, so I can take advice on my options.

Regards,
Claire Donovan""",
  ["access"], ("Claire Donovan", "claire.donovan@icloud.com"), mailer="iphone"),

M("en-portability-new-coach",
  "Transferring my file to my new coach",
  """Hi Sandra,

I'm moving to Lyon next month and will continue my coaching with someone local. Could you send my data (intake questionnaire, goals, session summaries) in an electronic format she can reuse, ideally straight to her at emma.roux@coach-lyon.fr?

Thanks so much for everything,
Hannah""",
  ["portability"], ("Hannah Fischer", "hannah.fischer@gmx.net")),

M("en-access-and-portability",
  "Data request",
  """Hello,

Two things please:
- I'd like to know what personal data you hold about me;
- and I'd like a copy of the data I provided (questionnaires, journal entries, goals) in a machine-readable format like CSV or JSON so I can move it to another app.

Many thanks,
Priya Nair""",
  ["access", "portability"], ("Priya Nair", "priya.nair@proton.me"), mailer="none"),

M("en-rectify-name-nonnative",
  "Mistake in my name",
  """Hello Mrs Delomenie,

In your system my name is written "Katarzyna Novak" but the correct is "Katarzyna Nowak", with W. It is also wrong on the emails I receive. Can you please correct it in my file?

Thank you very much,
Katarzyna""",
  ["rectification"], ("Katarzyna Nowak", "k.nowak@wp.pl")),

M("en-new-email-replace",
  "Please update my email address",
  """Hi Sandra,

Please replace my old address (james.t.cole@btinternet.com) with this one for everything: reminders, invoices, the member area. I'm closing the BT account at the end of the month.

Cheers,
James""",
  ["rectification"], ("James Cole", "jamescole.uk@gmail.com"),
  date="2025-05-21 13:06"),

M("en-contest-note-pause",
  "Inaccurate information in my file",
  """Dear Sandra,

I've just read the summary you shared with my employer's HR at the end of the programme. It states that I "struggle with authority". I dispute this; it doesn't reflect what we discussed, and it could harm me.

Until we have clarified this, please stop using that summary and don't send it anywhere else. I'm not asking you to delete it.

Best regards,
Oliver Grant""",
  ["restriction"], ("Oliver Grant", "oliver.grant@outlook.com"), mailer="outlook"),

M("en-legal-hold-dont-delete",
  "Please do not delete my data",
  """Hello,

I'm in a legal dispute with my former employer, who paid for my coaching sessions with you. My solicitor has advised me to ask you not to delete anything relating to me, because it may be needed as evidence.

At the same time, I don't want my data used for anything else in the meantime. Please keep it, but don't use it.

Thank you,
Sophie Lang""",
  ["restriction"], ("Sophie Lang", "sophie.lang@gmail.com")),

M("en-object-profiling",
  "Tracking and targeted emails",
  """Hi,

I noticed your newsletters include tracking pixels and personalised links, and that the offers I get seem to follow the pages I visited on your site. I object to my behaviour being used to profile me for marketing purposes.

Please stop.

Lukas Weber""",
  ["objection"], ("Lukas Weber", "lukas.weber@web.de")),

M("en-withdraw-testimonial",
  "My testimonial on your website",
  """Dear Sandra,

Two years ago I agreed to let you publish my testimonial with my first name and photo. A lot has changed since then and I no longer feel comfortable with it being online, especially the part about my depression.

I'm withdrawing my consent. Could you take it down from the website and the Facebook page?

Thank you for understanding,
Anna""",
  ["withdraw_consent"], ("Anna Kowalczyk", "anna.kowalczyk@outlook.com")),

M("en-video-and-everything",
  "Remove my video and delete my data",
  """Sandra,

I want my video testimonial removed, I'm withdrawing my consent for it. And please delete all the rest of my data as well. I've decided to leave that chapter of my life behind.

Regards,
Michael""",
  ["erasure", "withdraw_consent"], ("Michael O'Connor", "michael.oconnor@eircom.net")),

M("en-son-after-mother-death",
  "My mother, Margaret Hughes",
  """Dear Ms Delomenie,

I'm writing to let you know that my mother, Margaret Hughes, passed away in March. She spoke very warmly of the workshops she attended with you when she lived in the Berry.

As her son and executor, I'd be grateful if you could close her account, stop any emails to her address and delete her details, keeping only what you're legally required to keep.

With thanks,
Peter Hughes""",
  ["post_mortem"], ("Peter Hughes", "peter.hughes@btinternet.com"),
  date="2025-05-12 19:02"),

M("en-own-instructions-after-death",
  "Instructions regarding my data",
  """Dear Sandra,

As you know, I've been unwell for some time. I'm putting my affairs in order and wanted to leave you clear instructions.

When I die, I would like everything you hold about me to be destroyed, including the letters I wrote during our sessions. Please do not give anything to my ex-husband if he asks. My daughter Lily may have a copy of the final summary if she wants it.

Thank you for everything you did for me this year.

Susan""",
  ["post_mortem"], ("Susan Clarke", "susan.clarke@icloud.com"), mailer="applemail"),

M("en-executor-solicitor",
  "Estate of the late Mr Graham Turner",
  """Dear Madam,

We act as solicitors for the executors of the estate of the late Mr Graham Turner, who died on 4 January 2026. We understand that Mr Turner was a client of your coaching practice.

We should be grateful if you would confirm whether you hold any personal data relating to Mr Turner, provide copies of any contractual documents and invoices, and confirm that marketing communications to his address have ceased.

A copy of the death certificate and grant of probate is attached.

Yours faithfully,
Harrison & Pryce LLP
Private Client Department

This email and any attachments are confidential and may be legally privileged.""",
  ["post_mortem"], ("Harrison & Pryce LLP", "probate@harrisonpryce.co.uk"), mailer="outlook",
  attachments=[dict(kind="pdf", name="Turner_death_certificate.pdf",
                    text="CERTIFIED COPY OF AN ENTRY OF DEATH\nName: Graham Arthur TURNER\nDate of death: 4 January 2026\nPlace: Cheltenham, Gloucestershire")],
  reply_to=("Probate team", "probate-team@harrisonpryce.co.uk"),
  date="2026-03-02 14:40"),

M("en-parent-minor-access",
  "My daughter's workshop records",
  """Hello,

My daughter Ella (13) attended your teen confidence workshop during the Easter holidays while we were staying with my in-laws in Issoudun. As her mother, I'd like a copy of the forms she filled in and any notes you made about her.

Best wishes,
Jennifer Moss""",
  ["access"], ("Jennifer Moss", "jennifer.moss@gmail.com"),
  date="2025-05-06 09:58"),

M("en-lawyer-mandate-erasure",
  "Our client Ms Laura Bennett - erasure request",
  """Dear Ms Delomenie,

We are instructed by Ms Laura Bennett, whose signed authority is attached.

On her behalf, we request that you erase all personal data relating to Ms Bennett pursuant to Article 17 GDPR, and that you confirm in writing once this has been done, specifying any data you are obliged to retain and the legal basis for doing so.

Kind regards,
Rachel Osei
Associate, Osei Morgan Solicitors""",
  ["erasure"], ("Rachel Osei", "r.osei@oseimorgan.co.uk"), mailer="outlook",
  attachments=[dict(kind="pdf", name="Bennett_letter_of_authority.pdf",
                    text="LETTER OF AUTHORITY\nI, Laura BENNETT, authorise Osei Morgan Solicitors to act on my behalf\nin all matters relating to my personal data held by Floraison de Soi.\nSigned: L. Bennett - 12 February 2026")],
  cc=[("Laura Bennett", "laura.bennett@gmail.com")],
  date="2026-02-16 15:32"),

M("en-nonnative-delete-informations",
  "delete my informations",
  """Hello Madam,

I was in your workshop of breathing in last summer when I was au pair in Châteauroux. Now I am back in Spain. Please to delete all my informations from your files, also my phone number.

Thank you and have nice day,
Lucía""",
  ["erasure"], ("Lucía Fernández", "lucia.fernandez@hotmail.es")),

M("en-breakup-my-part",
  "Couples coaching - my data",
  """Hi Sandra,

Ben and I have split up. I don't know how you handle things when two people attended together, but I'd like all of MY data deleted: my questionnaires, my emails, my account on the platform. Ben can decide for himself about his.

It's been a rough few months. Thanks for understanding.

Chloe""",
  ["erasure"], ("Chloe Sutton", "chloe.sutton@gmail.com")),
# NEAR-LINE: the ex is mentioned, but she asks for erasure of her own data only -> request.

M("en-withdraw-photo",
  "Workshop photo",
  """Hello Sandra,

I'm the woman in the green scarf on the group photo from the mindful walking day (it's on your Instagram). I said yes at the time, but I've changed my mind. Could you take it down or crop me out?

Thanks,
Fiona""",
  ["withdraw_consent"], ("Fiona McLeod", "fiona.mcleod@btinternet.com")),

M("en-stop-emails-and-delete",
  "Stop emailing me + delete",
  """Please stop sending me marketing emails and remove my personal data from your database altogether. I only signed up for one free webinar.

Thanks,
R. Patel""",
  ["erasure", "objection"], ("Rohan Patel", "rohan.patel@outlook.com")),

M("en-where-did-you-get-my-email",
  "How did you get my address?",
  """Hello,

I have never been in contact with you, yet I've received three emails from Floraison de Soi this month. Where did you get my email address from, and who gave it to you? I'd like to know what else you have on me.

Gareth Lewis""",
  ["access"], ("Gareth Lewis", "gareth.lewis@gmail.com")),

M("en-reply-newsletter-take-me-off",
  "Re: Spring newsletter - Blossom from within",
  """Please take me off this list. Thanks.

Sent from my iPhone""",
  ["objection"], ("Mary Jenkins", "mary.jenkins@icloud.com"), mailer="iphone",
  quote=dict(style="apple_en", frm=("Floraison de Soi", "contact@floraisondesoi.fr"),
             subject="Spring newsletter - Blossom from within",
             text="""Hello lovely souls,

Spring is here, and with it the urge to open the windows, inside and out.

In this issue:
- A 5-minute morning practice to reconnect with your body
- Our English-speaking workshop "Finding your voice" on 12 April (online)
- Early-bird prices for the summer retreat

Warmly,
Sandra

You are receiving this email because you subscribed on floraisondesoi.fr.
Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"""),
  date="2025-03-25 20:11"),

M("en-contest-and-copy",
  "My assessment results",
  """Hi Sandra,

I think the stress assessment result in my file is wrong: I filled it in the week my father was in hospital, and it doesn't reflect how I usually am. I'd like a copy of my answers and the scoring.

Also, until we've talked about it, please don't use that result in our sessions or in the report for my company.

Thanks,
Ahmed""",
  ["access", "restriction"], ("Ahmed Khan", "ahmed.khan@outlook.com")),

M("en-new-address-no-post",
  "Change of address",
  """Dear Sandra,

Please note my new postal address: 17 Rose Lane, Canterbury CT1 2AB, UK. The French address in Bourges is no longer valid.

Also, I'd rather not receive any more printed brochures by post. Email is fine.

Best,
Helen Ward""",
  ["objection", "rectification"], ("Helen Ward", "helen.ward@gmail.com")),

M("en-withdraw-questionnaire",
  "Survey answers",
  """Hello,

At the end of the training you asked whether we agreed for our questionnaire answers to be used, anonymised, in your research article on burnout. I said yes, but I'm withdrawing that consent now. Please don't use my answers.

Regards,
Nikos Papadopoulos""",
  ["withdraw_consent"], ("Nikos Papadopoulos", "nikos.papadopoulos@gmail.com")),
# NEAR-LINE: research use of questionnaire answers, framed as withdrawing the consent he gave -> withdraw_consent.

M("en-burnout-long-copy-notes",
  "A year on",
  """Dear Sandra,

I hope this finds you well. It's been almost a year since our last session and I've been meaning to write for months.

After I left the agency, I took three months off entirely. I slept, I walked the dog, I read novels for the first time in ten years. Then I started a part-time role at a small charity in Leeds, three days a week. Some days I still feel the old panic creeping up in the morning, but I recognise it now and I use the breathing we practised. My partner says I laugh more.

I've also started seeing a therapist here, which I think you'd approve of. She suggested it might help to look back at how I described things at the height of the burnout, because I genuinely don't remember much of that period. Would you be able to send me a copy of your session notes and the questionnaires I filled in? Only if that's not too much trouble.

I'll never forget how patient you were with me during those sessions on Zoom when I couldn't string a sentence together.

With gratitude,
Emily""",
  ["access"], ("Emily Thornton", "emily.thornton@gmail.com")),

M("en-certificate-results-machine-readable",
  "Training records for my new employer",
  """Dear Ms Delomenie,

I completed your "Facilitation Essentials" e-learning course last year. My new employer would like to import my completion data and quiz scores into their learning management system. Could you provide my records in a structured, machine-readable format (CSV or xAPI export)?

Kind regards,
Thomas Berg""",
  ["portability"], ("Thomas Berg", "thomas.berg@gmail.com"),
  date="2025-09-24 23:25"),

M("en-wife-passed-away",
  "My wife Linda",
  """Hello,

My wife Linda Parker died on 19 October. She'd been doing your online course on resilience, which she loved.

I don't really know what I'm supposed to ask for. I'd like her account closed and I'd like to know if there is anything of hers I should keep, her journal entries perhaps. I'm her husband and sole heir.

Robert Parker""",
  ["post_mortem"], ("Robert Parker", "robert.parker@gmail.com"),
  date="2025-11-10 22:37"),

M("en-subject-only-erasure",
  "Right to erasure request - Art. 17 GDPR",
  "",
  ["erasure"], ("Jessica Moore", "jessica.moore@outlook.com")),

M("en-stop-calling",
  "Phone calls",
  """Hi, I've had two calls this week about your summer retreat. I'm not interested and I don't want to be contacted by phone for sales purposes again. Thank you.
Alan""",
  ["objection"], ("Alan Baker", "alan.baker@gmail.com")),

M("en-withdraw-recording-unsubscribe",
  "Recording and newsletter",
  """Hello Sandra,

I consented to the recording of the group session on 3 May, but having thought about it I'm withdrawing that consent, please remove my part or don't share it. And please unsubscribe me from the newsletter too.

Thanks,
Zoe""",
  ["objection", "withdraw_consent"], ("Zoe Campbell", "zoe.campbell@gmail.com"),
  date="2025-05-20 17:26"),

M("en-freeze-after-divorce",
  "Please don't delete anything yet",
  """Dear Sandra,

With the divorce going through I can't think straight, and I don't know whether I'll come back to coaching or want everything gone. Please don't delete my file, but don't use it or contact me about it either until I tell you otherwise. Just leave it as it is.

Thank you for your patience with me.

Karen""",
  ["restriction"], ("Karen Mitchell", "karen.mitchell@yahoo.com"), mailer="yahoo"),

M("en-erase-health",
  "Health information",
  """Hi Sandra,

When I started with you I mentioned my eating disorder and filled in the health questionnaire. I'd now like all health-related information about me deleted. I'm happy for you to keep my contact details and invoices.

Best,
Megan""",
  ["erasure"], ("Megan Hall", "megan.hall@gmail.com")),

M("en-copy-then-delete",
  "Request",
  """Hello,

I'm not happy with how things ended between us. Please send me a copy of everything you hold about me, and once I've received it, delete it all.

Sarah Cooper""",
  ["access", "erasure"], ("Sarah Cooper", "sarah.cooper@btinternet.com")),

M("en-rectify-birthdate-and-copy",
  "Wrong date of birth",
  """Hello,

The registration form you sent back to me says I was born on 03/11/1990. That's the American format mix-up: I was born on 11 March 1990. Could you please correct it? And while you're at it, could you send me a copy of what's on my file so I can check there's nothing else wrong?

Thanks,
Laura Jensen""",
  ["access", "rectification"], ("Laura Jensen", "laura.jensen@gmail.com")),

M("en-portability-and-erase-german",
  "Export and deletion of my data",
  """Dear Mrs Delomenie,

I would like to receive my personal data (my workbook entries, the weekly check-ins and my goals) in a common digital format, to transfer it to another coaching platform. After that please erase my data completely.

Kind regards,
Julia Schneider""",
  ["erasure", "portability"], ("Julia Schneider", "julia.schneider@gmx.de")),

M("en-objection-stats-nonnative",
  "about my answers",
  """Hello Sandra,

I am not agree that my answers in the satisfaction survey are used for statistics on your website. I object to this use. You can keep them for you only.

Best regards,
Marco Rossi""",
  ["objection"], ("Marco Rossi", "marco.rossi@libero.it")),

M("en-health-data-restrict-not-erase",
  "My health questionnaire",
  """Dear Ms Delomenie,

I don't believe I ever signed the consent form for the health questionnaire I filled in at the start of the programme; I was just handed it with the other forms. Even so, I don't want it deleted, because my insurer may need it for a claim I'm making.

Please restrict it instead: keep it on file, but don't use it or share it with anyone until I say otherwise.

Regards,
Fatima Hussain""",
  ["restriction"], ("Fatima Hussain", "fatima.hussain@outlook.com"), mailer="outlook"),
# NEAR-LINE: questions the lawfulness but explicitly opts for keeping-without-use -> restriction, not erasure.

M("en-send-file-to-dublin-therapist",
  "Sending my records to my new therapist",
  """Hi Sandra,

I've started working with a therapist in Dublin, Dr Siobhan Kelly. Would you be able to send her my coaching file (the initial assessment and the session summaries) in digital form, so she can reuse it rather than starting from scratch? Her secure address is skelly@kellypractice.ie.

I'm happy for you to send it directly.

Thanks a million,
Aoife""",
  ["portability"], ("Aoife Murphy", "aoife.murphy@eircom.net")),

# ----------------------------------------------------------------- negatives

M("en-neg-thanks-after-erasure",
  "Re: Your erasure request",
  """Thank you Sandra, that's a relief. Wishing you all the best.
Rebecca""",
  [], ("Rebecca Holloway", "rebecca.holloway@gmail.com"),
  quote=dict(style="gmail_en", frm=SANDRA,
             text="""Dear Rebecca,

I confirm that all your data (notes, intake form, emails and contact details) has been deleted today. Only the invoices remain, as French accounting law requires me to keep them for ten years.

Take good care of yourself,
Sandra""", days=6),
  date="2025-08-31 12:21"),
# NEAR-LINE: thank-you above a handled erasure -> negative.

M("en-neg-complaint-copy",
  "Fwd: Complaint submitted to the CNIL",
  """FYI. This is the complaint I filed today. Any further communication will go through them.""",
  [], ("Andrew Miller", "andrew.miller@gmail.com"),
  quote=dict(style="fwd_en", frm=("Andrew Miller", "andrew.miller@gmail.com"),
             subject="Complaint submitted to the CNIL",
             text="""Complaint against: Floraison de Soi (Sandra Delomenie), Issoudun, France

Summary: I requested the deletion of my data on 3 January 2026. I have received no reply and continue to receive marketing emails.

Documents attached: my original request, screenshots of subsequent emails.""", days=0),
  attachments=[dict(kind="png", name="cnil_submission_confirmation.png")],
  date="2026-02-20 21:17"),
# NEAR-LINE: a copy of a CNIL complaint with no new request -> negative.

M("en-neg-threat-only-refund",
  "Unacceptable",
  """I paid 320 euros for a retreat that was cancelled two days before, and I'm told I'll get a voucher instead of my money back. That is not acceptable.

If I don't get a full refund by the end of the week, I'm reporting you to the CNIL, to the consumer authorities and to anyone who will listen.

Daniel Rees""",
  [], ("Daniel Rees", "daniel.rees@outlook.com")),
# NEAR-LINE: threatens the CNIL over a refund; there is no request about his data -> negative.

M("en-neg-delete-ex-husband",
  "My ex-husband's file",
  """Hello,

My ex-husband, Paul Adams, has been seeing you for coaching. I know he talks about me in those sessions. I want everything you have about him deleted, and anything he said about me destroyed. It's my private life.

Jane Adams""",
  [], ("Jane Adams", "jane.adams@gmail.com")),
# NEAR-LINE: break-up; asks to delete the data of her ex (another living adult) -> negative.

M("en-neg-how-long-keep",
  "Data retention question",
  """Hi Sandra,

Before I sign up for the 6-month programme, could you tell me how long you keep session notes once the coaching has ended? And are they stored on paper or digitally?

Thanks,
Amy""",
  [], ("Amy Robinson", "amy.robinson@gmail.com")),

M("en-neg-am-i-allowed",
  "Quick question",
  """Hello Sandra,

Am I allowed to ask you to delete my notes later on, once we've finished? I'm not asking now, I just want to know that I could if I wanted to. It would help me feel safer opening up.

Best,
Lauren""",
  [], ("Lauren Evans", "lauren.evans@outlook.com")),
# NEAR-LINE: asks whether a right exists, explicitly not exercising it -> negative.

M("en-neg-cancel-grief",
  "Cancelling Thursday",
  """Hi Sandra,

My grandmother passed away last night and I'm flying back to Dublin tomorrow. I'm so sorry, I'll have to cancel Thursday's session. I'll be in touch when I'm back.

Niamh""",
  [], ("Niamh Byrne", "niamh.byrne@gmail.com"), mailer="iphone2"),

M("en-neg-password-reset",
  "Can't log in",
  """Hello, I can't log in to the course platform. The reset password email never arrives. Could you reset it for me? Thanks, David""",
  [], ("David Lee", "david.lee@outlook.com")),

M("en-neg-close-account",
  "Close my account",
  """Hi, could you close my account on the training platform please? I've finished the course. Thanks, Grace""",
  [], ("Grace Taylor", "grace.taylor@gmail.com")),
# NEAR-LINE: "close my account" alone, no mention of data -> negative.

M("en-neg-give-consent-testimonial",
  "Re: Would you share a few words?",
  """Of course! Yes, you can publish my testimonial with my first name. Happy for the photo to be used too.

Warmly,
Olivia""",
  [], ("Olivia Harris", "olivia.harris@gmail.com"),
  quote=dict(style="gmail_en", frm=SANDRA,
             text="""Hi Olivia,

Thank you for your lovely feedback after the workshop. Would you be happy for me to publish it on my website, with your first name? You can withdraw your agreement at any time.

Sandra""")),

M("en-neg-colleague-email",
  "Contact details",
  """Hi Sandra,

I met a lovely lady called Marianne at the Saturday workshop, she's a nurse in Bourges. Could you give me her email address? We wanted to stay in touch but forgot to swap details.

Thanks,
Kate""",
  [], ("Kate Morris", "kate.morris@gmail.com")),

M("en-neg-delete-slot",
  "Wrong slot",
  """Hi Sandra, I booked the 4pm slot on Tuesday by mistake, could you delete it? I'll rebook for Wednesday. Sorry! Ben""",
  [], ("Ben Walker", "ben.walker@gmail.com")),

M("en-neg-invoice-copy",
  "Invoice copy",
  """Hello,

Could you send me a copy of the invoice for my January sessions? My employer reimburses professional development and needs it by Friday.

Regards,
Simon Clarke""",
  [], ("Simon Clarke", "simon.clarke@outlook.com")),
# NEAR-LINE: invoice copy for reimbursement is a business document request -> negative.

M("en-neg-access-building",
  "Access to the venue",
  """Hi, is there step-free access to the room for Saturday's workshop? My mother uses a walker and is coming with me. Thanks, Tessa""",
  [], ("Tessa Green", "tessa.green@gmail.com")),

M("en-neg-object-to-idea",
  "Your talk on perfectionism",
  """Hello Sandra,

I enjoyed your talk, but I have to say I object to the idea that perfectionism is always a defence mechanism. For some of us it's just how we're wired, and that's fine. I'd love to hear your thoughts.

Best,
Martin""",
  [], ("Martin Hughes", "martin.hughes@gmail.com")),

M("en-neg-gdpr-training",
  "Training enquiry - consent and confidentiality",
  """Dear Ms Delomenie,

We're a small NGO based in Poitiers with English-speaking volunteers who support survivors of domestic violence. We're looking for a one-day training on consent, confidentiality and GDPR basics for volunteers who receive very personal disclosures.

Would this fit your offer? Please let us know your rates.

Kind regards,
Eleanor Bright
Volunteer coordinator""",
  [], ("Eleanor Bright", "eleanor@safeharbour-poitiers.org")),

M("en-neg-grief-thanks",
  "Thank you",
  """Dear Sandra,

I wanted to thank you for last week's session. Talking about Dad's death out loud, for the first time since the funeral, was harder than I expected, but I left lighter. I'm grateful.

See you next month,
Hugh""",
  [], ("Hugh Bennett", "hugh.bennett@gmail.com")),

M("en-neg-embarrassed-crying",
  "After the group session",
  """Hi Sandra,

I was so embarrassed about crying in front of everyone on Saturday. I kept apologising. But honestly, it was the first time in months I didn't feel alone. Thank you for holding the space.

Rachel""",
  [], ("Rachel Young", "rachel.young@gmail.com")),

M("en-neg-refund-only",
  "Refund for the cancelled retreat",
  """Hello,

I'm still waiting for the refund of my deposit for the April retreat, which you cancelled. It's been six weeks. Please transfer the 150 euros to the account I gave you. I'm very disappointed with how this has been handled.

Lisa Wright""",
  [], ("Lisa Wright", "lisa.wright@gmail.com")),

M("en-neg-access-course-area",
  "How do I access the course?",
  """Hi, I paid for the online course yesterday but I don't know how to access my member area. Where do I log in? Thanks, Sam""",
  [], ("Sam Turner", "sam.turner@outlook.com")),

M("en-neg-thanks-unsubscribed",
  "Re: Unsubscribe",
  """Thanks for sorting it so quickly, much appreciated.
Mark""",
  [], ("Mark Ellison", "mark.ellison@yahoo.co.uk"), mailer="yahoo",
  quote=dict(style="gmail_en", frm=SANDRA,
             text="""Dear Mark,

I'm sorry for the trouble with the unsubscribe link. I've removed your address from the mailing list manually; you won't receive any more newsletters.

Best regards,
Sandra""", days=1),
  date="2025-08-10 09:15"),

M("en-neg-husband-wife-sessions",
  "My wife's coaching",
  """Dear Ms Delomenie,

My wife has been seeing you for several months. I'm worried about her. Could you tell me what she's been discussing and send me her file? I'm the one paying for it, after all.

Regards,
Geoffrey Lane""",
  [], ("Geoffrey Lane", "geoffrey.lane@gmail.com")),

M("en-neg-hr-certificates",
  "Certificates for our staff",
  """Dear Sandra,

Four members of our team attended your "Resilient Leadership" training in March. Could you send us their attendance certificates and the evaluation summary for our training records?

Many thanks,
Caroline Reid
HR Business Partner, Linden Analytics Ltd""",
  [], ("Caroline Reid", "caroline.reid@lindenanalytics.co.uk"), mailer="outlook",
  cc=[("Linden HR", "hr@lindenanalytics.co.uk")],
  date="2025-07-18 15:20"),
# NEAR-LINE: employer asking for documents about its staff (other adults) -> negative.

M("en-neg-export-calendar",
  "Workshop dates as calendar file",
  """Hi Sandra, is there a way to export the autumn workshop dates to my Outlook calendar? An .ics file or a calendar link would be perfect. Thanks! Anna""",
  [], ("Anna Price", "anna.price@gmail.com")),

M("en-neg-correct-slides",
  "Typo in the slides",
  """Hi Sandra,

Just a heads-up: slide 12 of the module 3 deck says "active listning". Might be worth correcting the document before the next cohort.

Great session otherwise!
Tom""",
  [], ("Tom Phillips", "tom.phillips@gmail.com"),
  attachments=[dict(kind="png", name="slide12.png")]),

M("en-neg-registration-details",
  "Registration - Finding your voice",
  """Hello,

Here are my details for the online workshop on 12 April:
Name: Patricia Walsh
Email: this one
Phone: +44 7700 900412
Time zone: UK

I've paid via PayPal. Looking forward to it!
Patricia""",
  [], ("Patricia Walsh", "patricia.walsh@gmail.com"),
  date="2025-04-01 22:40"),

]
