# -*- coding: utf-8 -*-
"""blind28 - English requests (native and non-native senders)."""

RECORDS = []


def R(**kw):
    RECORDS.append(kw)


R(key="en-req-expat-booking-and-copy-notes", rights=["access"], lang="en",
  frm="Margaret Hollis <maggie.hollis@btinternet.com>", date="2025-03-24 10:42",
  subject="Next session - and a favour",
  body="""Dear Sandra,

Thank you again for Thursday. I walked home along the river afterwards and for once I wasn't rehearsing arguments in my head, which Geoffrey noticed immediately.

Could we book the next session for the week of 7 April? Any morning except Wednesday, which is market day and I'm on the stall.

Also, a favour, which I gather is really a right: I'd like a copy of everything you hold about me - your session notes, the intake form, the questionnaire I did in French with my dictionary beside me (I dread to think what I actually wrote). My French is improving but I like to see things in black and white.

With best wishes from rue des Minimes,
Maggie Hollis""", shape="8bit")

R(key="en-req-us-course-feedback-export-csv", rights=["portability"], lang="en",
  frm="Jenna Whitaker <jenna.whitaker@gmail.com>", date="2025-06-02 03:14",
  subject="Loved the course! + export question",
  body="""Hi Sandra!

I just finished "Gentle Assertiveness" (the English version) and wanted to say it was honestly one of the best online courses I've done, and I've done way too many. The module on "the pause before yes" has already saved me from volunteering for two committees I'd have hated.

Tiny bit of feedback: the worksheet links in module 4 go to the French PDFs, not the English ones. Not a big deal, Google Translate helped.

Quick ask: is there a way to get all my journal entries and quiz answers out of the platform as a CSV or spreadsheet? I track everything in Notion and would love to import them rather than copy-paste 40 entries by hand.

Thanks so much, from a very sunny Portland,
Jenna""")

R(key="en-req-german-delete-datas-and-invoice", rights=["erasure"], lang="en",
  frm="Jürgen Hoffmann <j.hoffmann@t-online.de>", date="2025-02-17 09:05",
  subject="Invoice and my datas",
  body="""Dear Mrs. Delomenie,

I have two questions.

First, I did receive the invoice for the online workshop of January, but my company needs it with our VAT number (DE 281 447 903). Can you please make a new one?

Second, after the workshop I do not plan to continue. I want that you delete all my datas, also the account on the learning platform and my email in the newsletter. Please confirm me when it is done.

Thank you and kind regards from Stuttgart,
Jürgen Hoffmann""", shape="8bit")

R(key="en-req-dutch-unsubscribe-and-new-email", rights=["objection", "rectification"], lang="en",
  frm="Annelies de Vries <annelies.devries@ziggo.nl>", date="2025-09-10 15:38",
  subject="Change of email / newsletter",
  body="""Hello Sandra,

I am moving to a new email provider, so please replace my old address (a.devries@hetnet.nl) by this one, annelies.devries@ziggo.nl, for my course account and invoices.

And please stop the newsletter for me. It is nice but it is in French and my French is only good for the supermarket.

The course itself is going well, I am in module 3 now.

Groeten,
Annelies""", shape="8bit")

R(key="en-req-son-deceased-father-expat", rights=["post_mortem"], lang="en",
  frm="Richard Kemp <richard.kemp@outlook.com>", date="2025-10-29 19:51",
  subject="My father, David Kemp",
  body="""Dear Ms Delomenie,

I'm writing with sad news. My father, David Kemp, who lived in Chârost and saw you for coaching sessions after my mother died, passed away on 14 October.

I'm his executor and I'm working through his affairs from England, which is slow going. I found your invoices in his files. I would be grateful if you could close any account he had with you and delete his personal information, and let me know if there is anything outstanding on his side.

He spoke very warmly of your sessions on the phone. Thank you for helping him through a hard couple of years.

I can send a copy of the death certificate and the grant of probate if you need them.

Kind regards,
Richard Kemp""")

R(key="en-req-withdraw-testimonial-reply", rights=["withdraw_consent"], lang="en",
  frm="Olivia Grant <olivia.grant@icloud.com>", date="2025-05-07 18:10",
  subject="Re: Your testimonial is live!",
  body="""Hi Sandra,

Thank you, it looks lovely, and I'm touched you chose my words for the homepage.

That said, I've had a bit of a wobble about it. My ex follows your page (long story) and I'd rather he didn't read about my "year of rebuilding". Would you mind taking my testimonial and photo down? I'm withdrawing my consent for it, sorry to be a pain after all your work formatting it.

Still coming to the June circle!

Olivia""",
  quote=dict(style="apple_en", date="2025-05-07 09:30", text="""Dear Olivia,

Your testimonial is now live on the homepage of the website, with the photo you sent me. Thank you so much for your generous words, they will help other women take the first step.

Warmly,
Sandra"""), shape="8bit")

R(key="en-req-contest-training-report-restrict", rights=["restriction"], lang="en",
  frm="Daniel O'Brien <daniel.obrien@hallbridge-logistics.com>", date="2025-04-11 16:27",
  subject="Feedback report from the team training",
  body="""Dear Sandra,

Thanks for the two days of "Communication under pressure" last week - the team has been using the traffic-light check-in every morning, which must be a first for a training.

I understand you'll be sending individual feedback reports to our HR. From what a colleague told me, mine may state that I "disengaged" in the afternoon of day two. I dispute that: I stepped out for an urgent call from site, which I cleared with you at the time.

Until we've had a chance to talk it through and the report is accurate, please don't send or use my report. I'm not asking for it to be deleted, just held back.

I'm free for a call most afternoons.

Best,
Daniel O'Brien
Operations Lead, Hallbridge Logistics France""")

R(key="en-req-spanish-stop-promos-and-workshop", rights=["objection"], lang="en",
  frm="Lucía Fernández <lucia.fernandez@telefonica.net>", date="2025-11-14 12:46",
  subject="promotional emails",
  body="""Hello Sandra,

I hope you are well. I did your online workshop about stress in September, it was very good for me, thank you.

Please can you stop to send me the promotional emails? I receive two or three each week with offers and I don't want them anymore.

But I am interested in the workshop of January in English if it exists, can you tell me the date?

Best regards,
Lucía""", shape="8bit")

R(key="en-req-numbered-copy-source-delete", rights=["access", "erasure"], lang="en",
  frm="Simon Carter <simon.carter@fastmail.com>", date="2026-01-19 09:33",
  subject="Personal data - three points",
  body="""Dear Ms Delomenie,

Following the webinar on resilience last autumn, I'd like to tidy up my data with you. Specifically:

1. Please send me a copy of the personal data you hold about me.
2. Please tell me where you obtained it from - I registered for the webinar via a colleague's link, so I'm curious what came from where.
3. Once I've received the above, please delete it all, including any account on your course platform.

For the avoidance of doubt, I thought the webinar was excellent.

Regards,
Simon Carter

(Scan of my passport attached for identification.)""", shape="8bit",
  attach=[("passport_scan_S_Carter.jpg", "jpg")])

R(key="en-req-solicitor-client-erasure", rights=["erasure"], lang="en",
  frm="Fiona Mackay <f.mackay@mackay-lawson.co.uk>", date="2025-08-06 11:15",
  subject="Our client: Ms Helen Whitfield - erasure request",
  body="""Dear Ms Delomenie,

We act for Ms Helen Whitfield, who attended coaching sessions with you by video between 2022 and 2024. We enclose her signed letter of authority and a copy of her passport.

On our client's instructions, we request that you erase all personal data relating to her, in accordance with Article 17 of the GDPR, save for any records you are legally required to retain, and confirm in writing once this has been done.

Please direct all correspondence on this matter to this office.

Yours sincerely,

Fiona Mackay
Solicitor
Mackay Lawson LLP, Edinburgh

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""",
  attach=[("Letter_of_authority_Whitfield.pdf", "pdf",
           "LETTER OF AUTHORITY\nI, Helen Whitfield, authorise Mackay Lawson LLP to act on my behalf\nregarding my personal data held by Floraison de Soi."),
          ("Whitfield_passport.jpg", "jpg")])

R(key="en-req-parent-son-delete-and-photos", rights=["erasure", "withdraw_consent"], lang="en",
  frm="Rebecca Lyons <rebecca.lyons@gmail.com>", date="2025-07-18 20:02",
  subject="Oscar - teen workshop",
  body="""Hi Sandra,

Oscar (he's 13) did your summer workshop for teens in Reuilly last week. He came home quieter than usual, and it turns out he'd shared quite a lot in the "letter to my future self" exercise and now feels embarrassed.

As his mum, could you please delete everything you have on him - the registration form, his worksheets, the letter - and take down the group photos he's in from Facebook and the website? I signed the photo consent at registration but I'm withdrawing it now.

It's not a complaint, the workshop was clearly well run and the other parents loved it. He's just a very private boy.

Thanks,
Rebecca""")

R(key="en-req-own-directive-after-death", rights=["post_mortem"], lang="en",
  frm="Patricia Holloway <pat.holloway@gmail.com>", date="2026-02-26 14:40",
  subject="Something to put on file",
  body="""Dear Sandra,

I've been sorting my affairs with the notaire in Châteauroux - the diagnosis has a way of focusing the mind, as you know.

I'd like to put this on record with you: when I die, I want all of my coaching notes and the journals I left with you to be destroyed, not passed on. My sons are lovely but they don't need to read their mother's private thoughts. If anyone contacts you after my death, please follow this.

On a cheerier note, I'd love to keep our fortnightly sessions going as long as I can. Could we do the 10th and the 24th of March?

With love,
Pat""")

R(key="en-req-no-need-delete-just-photo", rights=["withdraw_consent"], lang="en",
  frm="Hannah Schmidt <hannah.schmidt@posteo.de>", date="2025-06-23 08:57",
  subject="photo on your website",
  body="""Dear Sandra,

There is no need to delete my account or anything like this, I still use the course. Only the photo from the retreat where I am doing the tree posture is on your "About" page. I don't want to be on it anymore, please remove it.

Thank you, and the new module is great!

Hannah""", shape="8bit")

R(key="en-req-not-delete-just-stop-using-while-check", rights=["restriction"], lang="en",
  frm="Marcus Bell <marcus.bell@protonmail.com>", date="2025-12-02 13:21",
  subject="Hold on my file please",
  body="""Hi Sandra,

I'm not asking you to delete anything. But your summary letter from our last session has my job history wrong (it says I was made redundant in 2023, I actually resigned) and my employer's outplacement service has asked for a copy.

Until we've sorted out what's accurate, please don't use my file or send it to anyone - just keep it as it is.

Can we talk on Friday?

Marcus""", shape="8bit")

R(key="en-req-while-youre-at-it-phone", rights=["rectification"], lang="en",
  frm="Tom Whitmore <tom.whitmore@yahoo.co.uk>", date="2025-04-30 17:09",
  subject="Booking for the May workshop",
  body="""Hi Sandra,

I'd like to book a place on the "Finding your footing" workshop on 17 May. Is lunch included or should I bring something?

And while you're at it, could you update my phone number? The old UK one (+44 7700 914 203) is gone, I'm on a French number now: 06 45 78 13 09.

Cheers,
Tom""", shape="8bit")

R(key="en-req-transfer-to-new-coach-london", rights=["portability"], lang="en",
  frm="Charlotte Evans <charlotte.evans@gmail.com>", date="2026-03-30 12:00",
  subject="Moving back to London",
  body="""Hi Sandra,

Well, it's happened - we're moving back to London at the end of April. Leaving the Berry countryside is harder than I thought. I'll miss the walks, the goat cheese, and our sessions most of all.

I've found a coach in Islington, Priya Shah, who works in a similar way. Would you be able to send her my session summaries, the values exercise and my action plan, as files she can actually use (Word or spreadsheet rather than scanned pages)? Her email is priya@shahcoaching.co.uk. I've told her to expect them.

I'll come and say goodbye properly before we go.

Charlotte""", shape="alt")

R(key="en-req-what-data-and-shared-with", rights=["access"], lang="en",
  frm="Aidan Murphy <aidan.murphy@eircom.net>", date="2025-08-18 10:26",
  subject="Data question",
  body="""Hello,

I attended your online conference on burnout in May. Since then I've been getting emails from at least two other French "wellness" businesses.

Could you please tell me what personal data you hold on me and which third parties you've shared it with?

Thanks,
Aidan Murphy
Cork""", shape="8bit")

R(key="en-req-withdraw-zoom-recording", rights=["withdraw_consent"], lang="en",
  frm="Grace Adeyemi <grace.adeyemi@hotmail.co.uk>", date="2026-01-28 21:30",
  subject="Recording of Monday's group session",
  body="""Hi Sandra,

Thanks for Monday's group session, I found the breathing practice really grounding.

I ticked yes when you asked about recording at the start, but I spoke quite openly about my health during the sharing round. I'm no longer comfortable with the recording including me. Please remove my part or don't share the recording with the group.

See you next Monday,
Grace""")

R(key="en-req-stop-sms-offers", rights=["objection"], lang="en",
  frm="Peter Lawson <peter.lawson@sky.com>", date="2025-10-06 08:14",
  subject="Text messages",
  body="""Morning Sandra,

I keep getting text messages with special offers (last one at 7am on a Sunday!). Please take me off the SMS marketing list. Appointment reminders are fine.

Regards,
Peter""", shape="8bit")

R(key="en-req-subject-delete-body-invoice", rights=["erasure"], lang="en",
  frm="Laura Bennett <laura.bennett@gmail.com>", date="2025-03-04 11:40",
  subject="Data deletion request",
  body="""Hi Sandra,

First, sorry for the late payment of invoice 2025-011, it's now done (bank transfer on Monday).

As per the subject line: now that the coaching is finished, please delete my personal data - my client file, session notes and my login on the course platform. You can of course keep whatever the accountant needs.

Thank you for everything, it really did make a difference.

Laura""")

R(key="en-req-canadian-copy-and-newsletter", rights=["access", "objection"], lang="en",
  frm="Megan Fraser <megan.fraser@rogers.com>", date="2025-11-21 16:55",
  subject="A couple of things",
  body="""Hi Sandra,

Hope things are well in France! Winter has arrived in Toronto, we had our first snow yesterday.

A couple of things:
- Could you send me a copy of the information you have on file for me? I'm putting together my records for my new therapist and it would be handy.
- Also please unsubscribe me from the newsletter, I get too much email at the moment.

Thanks a bunch, and thanks again for the course, I still use the morning check-in.

Megan""", shape="8bit")

R(key="en-req-indian-copy-and-json", rights=["access", "portability"], lang="en",
  frm="Ravi Menon <ravi.menon@rediffmail.com>", date="2025-05-15 06:48",
  subject="Request for my data kindly",
  body="""Respected Madam,

I am a participant of your online programme "Leading with calm" from January batch. Kindly note that I am shifting to another learning platform for my further studies.

Kindly provide me:
(a) the details of all personal data you are having about me, and
(b) my assignments and progress records in JSON or CSV format so that I can upload the same to the new platform.

Also the certificate of module 2 is not yet received, kindly do the needful.

Thanking you,
Ravi Menon
Kochi""", shape="8bit")

R(key="en-req-executor-estate", rights=["post_mortem"], lang="en",
  frm="Jonathan Price <jprice@price-partners.co.uk>", date="2026-04-14 09:30",
  subject="Estate of the late Mrs Anne Price",
  body="""Dear Ms Delomenie,

I am writing as executor of the estate of my late mother, Mrs Anne Price, of La Châtre, who died on 2 March 2026. I understand she took part in several of your workshops and your online course.

Please could you confirm what personal data you hold relating to her, close her online account, and remove her from any mailing lists. I attach a copy of the death certificate.

Many thanks,
Jonathan Price""",
  attach=[("Death_certificate_Anne_Price.pdf", "pdf", "Acte de deces\nAnne Price\n2 mars 2026")])

R(key="en-req-restrict-and-copy", rights=["access", "restriction"], lang="en",
  frm="Chloe Turner <chloe.turner@gmail.com>", date="2025-09-19 19:04",
  subject="My file",
  body="""Hi Sandra,

I read the summary you sent my company after the leadership programme and I really don't agree with the part about my "resistance to feedback". I'd like to go through it with you.

In the meantime:
- please don't use or forward anything from my file until we've cleared this up (don't delete it either, I want it checked, not gone);
- and please send me a full copy of everything you hold on me, so I know what else is in there.

Otherwise the programme was genuinely useful, which is why this stings a bit.

Chloe""")

R(key="en-req-withdraw-analytics-cookies", rights=["withdraw_consent"], lang="en",
  frm="Nils Andersson <nils.andersson@telia.se>", date="2025-07-29 14:22",
  subject="Cookies on your site",
  body="""Hello,

I accepted the cookie banner on floraisondesoi.fr when I bought the English course, but I would like to withdraw my consent for the Google Analytics tracking. The banner does not seem to come back so I could not change it myself.

Best regards,
Nils Andersson""", shape="8bit")

R(key="en-req-fix-name-on-certificate", rights=["rectification"], lang="en",
  frm="Siobhan Ní Bhriain <siobhan.nibhriain@gmail.com>", date="2025-12-11 10:09",
  subject="Certificate + a correction",
  body="""Hi Sandra,

Thanks for the certificate for the stress management course, it came through fine.

One thing: my name is spelled "Siobhan Ni Brian" on it and in your records. It should be Siobhán Ní Bhriain (with the accents if your system allows). Could you correct it in your file and reissue the certificate?

I know Irish names are a nightmare, you're not the first!

Siobhán""", shape="qp")

R(key="en-req-informal-wipe-my-stuff", rights=["erasure"], lang="en",
  frm="jake <jakeyboy92@gmail.com>", date="2025-05-25 00:38",
  subject="hey",
  body="""hey sandra

did ur online thing last year, was good tbh. anyway im not using it anymore so pls wipe all my stuff, account and everything

thx""", shape="8bit")

# NEAR-LINE: unmarried partner of a deceased client asks to remove her and to read her letter ->
# relative after a death = post_mortem only.
R(key="en-req-partner-deceased", rights=["post_mortem"], lang="en",
  frm="Alan Reeves <alan.reeves@btinternet.com>", date="2025-12-19 12:12",
  subject="Sue Marshall",
  body="""Dear Sandra,

I'm Sue Marshall's partner - we weren't married but we lived together for twenty years in Vatan. Sue died last month, very suddenly.

I'm still getting your newsletters and workshop reminders addressed to her on our shared computer. Could you please take her off everything, and remove her details? I'd also like to know if there's anything of hers you're keeping - she mentioned writing a letter in one of your workshops and I would dearly love to read it, if that's possible.

Thank you for the joy those Saturdays gave her.

Alan Reeves""", shape="8bit")

R(key="en-req-withdraw-questionnaire-research", rights=["withdraw_consent"], lang="en",
  frm="Dr. Ingrid Larsen <ingrid.larsen@uio.no>", date="2026-05-05 15:48",
  subject="Use of my questionnaire responses",
  body="""Dear Sandra,

I enjoyed the webinar series very much and I'm glad to hear your survey on "women and career transitions" is taking shape.

When I filled in the questionnaire, I ticked the box allowing you to use my answers in your published findings. Having thought about it as a researcher myself, I'd rather my responses were not used, given how small the sample is - I would likely be identifiable. Please consider my consent withdrawn.

Best of luck with the write-up.

Ingrid""")

R(key="en-req-export-then-delete", rights=["erasure", "portability"], lang="en",
  frm="Ben Gallagher <ben.gallagher@gmail.com>", date="2025-10-17 09:52",
  subject="Leaving the platform",
  body="""Hi Sandra,

I'm consolidating all my learning in one place, so I'm closing my account on your course platform. Before you delete it, please send me my course data (progress, notes, quiz results) in a machine-readable format like CSV so I can import it elsewhere. After that, please delete my account and all my personal data.

Really appreciated the course, just simplifying.

Ben""", shape="8bit")

R(key="en-req-freeze-employer-dispute", rights=["restriction"], lang="en",
  frm="Katarzyna Nowak <k.nowak@wp.pl>", date="2026-02-10 18:18",
  subject="Please keep my data, but don't use it",
  body="""Dear Sandra,

I have a dispute with my former employer, who paid for my coaching with you last year. They asked me to give them the reports.

Please, do not delete my file, I might need it for my lawyer. But also do not use it or give it to anyone, including my ex-employer, until the dispute is finished. I will tell you when.

Thank you for understanding, and sorry for the complicated situation.

Katarzyna Nowak""", shape="8bit")

R(key="en-req-formal-object-marketing", rights=["objection"], lang="en",
  frm="Geoffrey Lyle <g.lyle@lyleconsulting.com>", date="2025-08-27 07:45",
  subject="Objection to direct marketing",
  body="""Ms Delomenie,

I object to the processing of my personal data for direct marketing purposes, including your newsletter, promotional emails and any retargeting. Please confirm that my details have been removed from your marketing lists.

I remain happy to receive invoices and administrative correspondence relating to the training my company has booked with you for October.

G. Lyle
Managing Director, Lyle Consulting""", shape="8bit")

R(key="en-req-html-only-access", rights=["access"], lang="en",
  frm="Emily Chen <emily.chen@outlook.com>", date="2025-04-19 13:25",
  subject="Request for a copy of my personal data",
  body="""Hi Sandra,

I hope you're keeping well! I'm finishing my coaching journey with you next month and I'd love to have a copy of all the personal data you hold about me: the notes, assessments, forms and emails. I'd like to keep them as a record of how far I've come.

Also - is the May 22nd session still on at 5pm?

Thanks so much,
Emily""", shape="html")

R(key="en-req-new-address-back-to-uk", rights=["rectification"], lang="en",
  frm="Sarah Jennings <sarah.jennings@gmail.com>", date="2026-06-15 16:30",
  subject="New address",
  body="""Hi Sandra,

We're back in the UK after six years in Berry! Please update my postal address for the certificate and anything else you post me: 27 Abbey Road, Bath BA1 3RT, United Kingdom. The old address in Issoudun is no longer valid.

The boxes are mostly unpacked and the children are adjusting. I miss the boulangerie more than I can say.

Warmly,
Sarah""", shape="8bit")

R(key="en-req-irish-daughter-deceased-mother", rights=["post_mortem"], lang="en",
  frm="Niamh Walsh <niamh.walsh@gmail.com>", date="2025-07-31 21:07",
  subject="My mother Maureen Walsh",
  body="""Dear Sandra,

My mother Maureen passed away in June at home in Valençay. I know she went to your women's circle and talked about you a lot.

I'd like to ask what you hold about her, and if possible for a copy of anything she wrote herself. After that, please delete her details from your lists.

I have the death certificate in French, I can scan it if needed.

Thank you for being kind to her.

Niamh""", shape="8bit")

R(key="en-req-copy-and-fix-job-title", rights=["access", "rectification"], lang="en",
  frm="Owen Price <owen.price@mailbox.org>", date="2026-03-06 11:11",
  subject="Couple of data things",
  body="""Hi Sandra,

Two things while I think of them:

- Your records still show me as "Project Manager, Atelia". I've moved on - I'm now a freelance consultant, so please update that.
- Could you send me a copy of the data you've got on me? I'm doing this with everyone I've dealt with this year.

Also, loved the last newsletter on "seasons of work".

Owen""", shape="8bit")

R(key="en-req-short-restriction-please-pause", rights=["restriction"], lang="en",
  frm="Lena Fischer <lena.fischer@web.de>", date="2026-05-19 07:34",
  subject="pause my data",
  body="""Hi Sandra,

Please do not delete my data, but please stop processing it for now - no emails, no reminders, no use in your courses stats. I'm going through a difficult time and will come back to you.

Lena""", shape="8bit")

# NEAR-LINE: unsubscribes only one of two addresses (work one) -> still objection.
R(key="en-req-ps-unsubscribe-after-thanks", rights=["objection"], lang="en",
  frm="Rachel Moore <rachel.moore@gmail.com>", date="2025-06-29 20:48",
  subject="Thank you for Saturday",
  body="""Dear Sandra,

Just a short note to say thank you for Saturday's workshop. The exercise with the stones has stayed with me all week, and I've started writing in the mornings again.

I'll definitely be back for the autumn retreat if I can get the time off.

Rachel

P.S. I've been getting your newsletter twice (once at my work address, once at home). Please unsubscribe rachel.moore@kestrelhomes.co.uk - the home one is fine.""", shape="8bit")

R(key="en-req-new-email-and-withdraw-testimonial", rights=["rectification", "withdraw_consent"], lang="en",
  frm="Victoria Hale <victoria.hale@proton.me>", date="2026-04-24 17:55",
  subject="New email + testimonial",
  body="""Hi Sandra,

Hope spring is treating you well! A couple of housekeeping things:

- I've left my old job, so v.hale@brightwater-studio.com will stop working next week. Please use victoria.hale@proton.me from now on.

- And on the same theme of fresh starts: please take my testimonial (and the headshot) off your website. I wrote it when I was at Brightwater and it mentions them by name, which is now a bit awkward. I'm withdrawing my permission for it - nothing personal!

I'll be in touch about a session in May once I've settled into the new role.

Victoria""", shape="8bit")
