# English-language requests (new text in English).
from _rec import M

SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
WP = ("Floraison de Soi", "wordpress@floraisondesoi.fr")
SIO = ("Systeme.io", "no-reply@systeme.io")

RECORDS = [

M("en-uk-former-client-session-notes", ["access"],
  ("Harriet Collingwood", "h.collingwood@btinternet.com"),
  "Copy of my notes from our sessions",
  """
Dear Sandra,

I hope you're keeping well. I saw you for six sessions in the autumn of 2024 when I was living in Châteauroux, mostly around the career change business.

I'm now back in Leeds and starting with a therapist here, and it struck me that it would be useful to reread what we covered. Would you be able to send me a copy of the notes you kept on me during those sessions, and the two questionnaires I filled in at the start?

Happy to cover postage if paper is simpler for you.

Warm regards,
Harriet Collingwood
""", mailer="outlook"),

M("en-us-contact-form-what-data-where-from", ["access"],
  WP, "[Floraison de Soi] Nouveau message de Dana Whitfield",
  """
Nom : Dana Whitfield
E-mail : dana.whitfield@comcast.net
Téléphone :
Sujet : Question about my information

Message :
Hi there - I started getting your newsletter (in French) a couple months ago and I honestly don't remember ever signing up. I'm in Columbus, Ohio and I've never set foot in Issoudun. Could you tell me exactly what information you have on file about me and how you got my email address in the first place? Thanks.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", reply_to=("Dana Whitfield", "dana.whitfield@comcast.net"), to="c", mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"}),

M("en-ie-delete-account-everything", ["erasure"],
  ("Ciarán Ó Dálaigh", "ciaran.odalaigh@eircom.net"),
  "Deleting my account",
  """
Hi Sandra,

I did the online self-esteem programme on your platform last year and I've no plans to go back to it. Would you delete my account and everything you hold on me? The login, my progress, the journal bits I typed into the exercises, the lot.

Go raibh maith agat,
Ciarán
"""),

M("en-in-kindly-furnish-data", ["access"],
  ("Venkatesh Raghunathan", "venkat.raghunathan@rediffmail.com"),
  "Request for furnishing of personal data held",
  """
Respected Madam,

With reference to the online leadership webinar series attended by me in February 2025 (registration done through my official mail id), I am writing to request you to kindly furnish me all personal data pertaining to me which is presently held in your records, along with the details of any parties to whom the same has been disclosed.

I shall be highly obliged if the same may be sent to this mail id at the earliest.

Thanking you,

Yours faithfully,
Venkatesh Raghunathan
Chennai
""", cte="quoted-printable", date="2025-04-21 11:02"),

M("en-de-art15-formal-with-id", ["access"],
  ("Katrin Vogelsang", "k.vogelsang@gmx.de"),
  "Request according to Art. 15 GDPR",
  """
Dear Ms. Delomenie,

hereby I make use of my right of access according to Article 15 GDPR.

I ask you to inform me whether you process personal data concerning me. If this is the case, please provide me:

1. a copy of the personal data,
2. the purposes of the processing,
3. the recipients to whom the data were disclosed,
4. the planned storage duration,
5. the origin of the data, if they were not collected from me.

I participated in your seminar "Prendre sa place" in Bourges in May 2025 as an employee of Hallberg Antriebstechnik GmbH. For identification I attach a copy of my identity card.

I would be grateful for an answer within the period of one month foreseen in Art. 12 (3) GDPR.

With kind regards
Katrin Vogelsang
Lindenstraße 14
70563 Stuttgart
""", attach=[("pdf", "Ausweis_Vogelsang.pdf",
              "BUNDESREPUBLIK DEUTSCHLAND - PERSONALAUSWEIS\nVOGELSANG, KATRIN\nL01X00T47 - gueltig bis 2031\nKopie nur fuer Floraison de Soi")],
  mailer="thunderbird", date="2025-07-08 09:17"),

M("en-es-remove-photo-website", ["withdraw_consent"],
  ("Lucía Fernández Prieto", "luciafprieto@yahoo.es"),
  "my photo in your web",
  """
Hello Sandra,

I am Lucía, I was in the workshop of women and confidence in June in Issoudun (the one with the drawings). I see now that in your web page there is the group photo and I am in the first line. In that moment I said yes, but now I am not comfortable with this, my ex-partner follows your page.

Please can you take out my photo, or cut me from it? I withdraw the permission I gave you.

Thank you very much for understand,
Lucía
""", mailer="yahoo", date="2025-09-16 22:05"),

M("en-linkedin-take-me-off-list", ["objection"],
  ("Tom Bradshaw", "tom.bradshaw@outlook.com"),
  "newsletter",
  """
Hi Sandra - we connected on LinkedIn after the Tours HR meetup. Lovely to meet you, but could you take me off the mailing list? My French isn't up to it sadly! Cheers, Tom
"""),

M("en-ticket-portability-json", ["portability"],
  ("Priya Nair", "priya.nair@proton.me"),
  "[Request] Data export - course account",
  """
Request type: Data export
Account email: priya.nair@proton.me
Product: "Mieux dormir, mieux vivre" online course (systeme.io)

Description:
I'm moving my notes and course progress into another app (I keep everything in Notion now). Please send me my data from the course - completed modules, quiz answers, the worksheets I uploaded - in a machine-readable format. CSV or JSON is fine, screenshots are not really usable.

Priority: normal

Thanks,
Priya
""", date="2025-02-14 22:10"),

M("en-hr-lead-new-work-email", ["rectification"],
  ("Fiona McAllister", "fiona.mcallister@kelso-foods.co.uk"),
  "Change of email address",
  """
Hello Sandra,

Quick one: I'm the L&D lead at Kelso Foods who booked the two resilience days for our French team. Our domain changed after the merger, so my old address fiona.mcallister@kelsofoods.com stops working at the end of the month. Could you replace it with this one (fiona.mcallister@kelso-foods.co.uk) in your records? My mobile stays the same.

Many thanks,
Fiona

Fiona McAllister | Learning & Development Lead
Kelso Foods Ltd | Unit 4, Riverside Park, Dundee DD2 1XP

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kelso Foods Ltd is registered in Scotland, no. SC412875.
""", mailer="outlook", html="alt"),

M("en-lawyer-mandate-employee-erasure", ["erasure"],
  ("Jonathan Pryce", "j.pryce@harwood-legal.co.uk"),
  "Our client Mr Daniel Okafor - request for erasure of personal data",
  """
Dear Ms Delomenie,

We act for Mr Daniel Okafor, who attended your management coaching programme in 2024 while employed by Brightwater Systems SAS. A letter of authority signed by Mr Okafor is attached.

On his instructions, we request under Article 17 GDPR that you erase all personal data you hold concerning him, including any coaching notes, psychometric results and correspondence, and that you confirm in writing once this has been done. If you consider that any of it must be retained to comply with a legal obligation, please identify that data and the obligation relied upon.

Yours sincerely,

Jonathan Pryce
Senior Associate
Harwood Legal LLP, 18 Fetter Lane, London EC4A 1BW

Harwood Legal LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612044). This email is confidential and may be legally privileged.
""", cc=[("Daniel Okafor", "d.okafor@gmail.com")],
  attach=[("pdf", "Letter_of_authority_Okafor.pdf",
           "LETTER OF AUTHORITY\nI, Daniel Okafor, authorise Harwood Legal LLP to act on my behalf\nin all matters concerning my personal data held by Floraison de Soi.\nSigned: D. Okafor")],
  mailer="outlook", html="alt"),

M("en-training-manager-who-has-my-details", ["access"],
  ("Meredith Knowles", "mknowles@aldercrest.com"),
  "Who has my details?",
  """
Hi Sandra,

Since I arranged the team coaching contract with you last spring I've been getting calls from two training outfits in Tours that mention your name. Could be a coincidence, but I'd like to know which of my personal details you hold and whether you've passed them on to anyone - partners, a platform, anyone at all.

Not accusing you of anything, I'm just trying to find where the leak is!

Best,
Meredith Knowles
Training Manager, Aldercrest France
""", mailer="mac_outlook"),

M("en-uk-object-tracking-profile", ["objection"],
  ("Alistair Penhaligon", "a.penhaligon@yahoo.co.uk"),
  "Email tracking",
  """
Sandra,

I noticed your newsletters contain a tracking pixel and every link goes through a redirect. I don't mind reading the newsletter, but I object to my opens and clicks being logged and used to work out what I'm "interested in". Please stop doing that for my address.

Regards,
A. Penhaligon
"""),

# NEAR-LINE: she contests a line of the summary and asks that it not be used until sorted;
# contesting accuracy + pausing = restriction only (no corrected record requested yet).
M("en-us-contest-summary-pause", ["restriction"],
  ("Rebecca Holloway", "beckyholloway@gmail.com"),
  "Re: Summary of our session 4",
  """
Hi Sandra,

Thanks for sending this, but one thing in it is wrong and it worries me: I was never off work for burnout, twice or otherwise. I took unpaid leave once, to look after my dad. I'd really rather that line wasn't sitting in your file as it is.

Until we've sorted out what actually goes in there, can you please not use that summary for anything - not for the report my company asked for, not for prepping the next session. Just leave it parked.

Rebecca
""", quote=dict(style="gmail_en", who=SANDRA, text="""
Hi Rebecca,

As promised, a short summary of session 4:
- we revisited the "should" list and you picked three items to drop
- you mentioned having been on sick leave for burnout twice in your previous job
- next step: the conversation with your manager about the Lyon project

See you on the 14th,
Sandra
""")),

# NEAR-LINE: "don't delete, but don't use" while a dispute runs = restriction only, even though
# newsletters and statistics are named among the uses to stop.
M("en-de-block-not-delete-dispute", ["restriction"],
  ("Matthias Brenner", "matthias.brenner@web.de"),
  "Please do not delete my data - but do not use them",
  """
Dear Mrs. Delomenie,

I was coached by you in 2023 during my assignment in the French subsidiary of my employer. At the moment there is a legal conflict between me and this employer about my dismissal, and it can be that my lawyer needs the documents from the coaching later.

Therefore I ask you: please do not delete anything about me, also not after the normal storage time. But in the same time please do not use my data any more - not for newsletters, not for statistics - and do not give it to my former employer if they ask.

I will inform you when the conflict is finished.

Best regards
Matthias Brenner
""", wrap=True),

M("en-ie-webinar-replay-withdraw", ["withdraw_consent"],
  ("Niamh Gallagher", "niamhgallagher@icloud.com"),
  "The replay from Thursday's webinar",
  """
Hi Sandra,

I spoke quite a bit during Thursday's webinar on grief, and I said yes when you asked whether the replay could go up for participants. Having slept on it, I'm not OK with my face and voice being in it - I got very emotional. I'm taking back that yes. Could you cut my bits, or blur me, before it goes out?

Sorry to be a pain,
Niamh

Sent from my iPhone
""", mailer="iphone", date="2025-03-15 10:02"),

M("en-in-parent-minor-erasure", ["erasure"],
  ("Sunita Malhotra", "sunita.malhotra@yahoo.co.in"),
  "Data of my daughter Anaya (15 years)",
  """
Dear Sandra ma'am,

My daughter Anaya Malhotra attended your "Confiance en soi" workshop for teenagers in April during our stay in France. She is 15 years old. We have now shifted back to Pune and she will not be continuing.

As her mother and legal guardian I request you to please delete all the data you are having of Anaya - the registration form, the self-evaluation sheet she filled, and her number in the WhatsApp group.

Please confirm once done.

Regards,
Sunita Malhotra
""", mailer="yahoo", date="2025-05-27 17:45"),

# NEAR-LINE: heir asks to close account, unsubscribe and learn what is held = post_mortem only.
M("en-uk-late-mother-executor", ["post_mortem"],
  ("Graham Ashworth", "graham.ashworth@btinternet.com"),
  "My late mother, Margaret Ashworth",
  """
Dear Ms Delomenie,

I'm writing with some sad news. My mother, Margaret Ashworth, who came to your sophrology-and-coaching weekends while she lived in the Indre, passed away on 14 March. I am her son and the executor of her will.

She still receives your emails and I believe she had an online account with you. I'd be grateful if you could close the account and take her off your lists, and let me know whether there is anything else of hers you hold that the family ought to have.

With thanks,
Graham Ashworth
""", date="2025-04-07 19:42"),

M("en-us-own-death-instructions", ["post_mortem"],
  ("Carol Jankowski", "caroljankowski@comcast.net"),
  "In case something happens to me",
  """
Dear Sandra,

This is an odd email to write. I've been diagnosed with something serious and I'm putting my affairs in order, the digital ones included.

You have my coaching notes, my journaling exercises and the recordings of the two sessions we did by video. When I die, I'd like all of it deleted and nothing passed on to my family - with one exception: my daughter Emily (emily.jankowski@gmail.com) may have the recording of our last session if she asks for it.

Please keep this message on file as my instructions.

With gratitude for everything,
Carol
"""),

M("en-solicitor-estate-records", ["post_mortem"],
  ("Eleanor Whitcombe", "ewhitcombe@whitcombe-hart.co.uk"),
  "Estate of the late Mr Peter Langley (d. 2 September 2025)",
  """
Dear Madam,

We are instructed in the administration of the estate of the late Peter Langley of Vatan, Indre, who died on 2 September 2025. A copy of the death certificate is enclosed, together with our letter of appointment.

We understand Mr Langley was a client of your practice. His personal representatives ask that you provide us with copies of any records you hold in his name, including invoices and correspondence, so that the estate can be finalised. Please also cease any marketing communications addressed to him.

Yours faithfully,

Eleanor Whitcombe
Whitcombe Hart Solicitors
2 Cathedral Close, Exeter EX1 1EZ
""", attach=[("pdf", "Death_certificate_Langley.pdf",
              "REPUBLIQUE FRANCAISE - ACTE DE DECES\nLANGLEY Peter John\ndecede le 2 septembre 2025 a Vatan (Indre)\nCopie integrale"),
             ("pdf", "Letter_of_appointment.pdf",
              "WHITCOMBE HART SOLICITORS\nEstate of Peter Langley deceased\nWe confirm our appointment by the personal representatives.")],
  date="2025-10-02 10:15", mailer="outlook",
  reply_to=("Whitcombe Hart Probate", "probate@whitcombe-hart.co.uk")),

M("en-es-transfer-to-new-coach", ["portability"],
  ("Javier Ortega Ruiz", "javi.ortega.ruiz@telefonica.net"),
  "Pass my file to new coach",
  """
Dear Sandra,

As I told you in the last session, I move to Madrid in January and I will continue the coaching with a professional there, Marta Soler (marta@soler-coaching.es). She asked me if it is possible to receive my file - the objectives sheet, the values test and the tracking of progress - in a digital format that she can import, not on paper.

Could you send it directly to her, please? I give you my permission for this. If it is more easy, send it to me and I forward.

Thanks for all,
Javier
"""),

M("en-know-and-csv", ["access", "portability"],
  ("Sophie Marchetti-Lowe", "sophie.ml@outlook.com"),
  "My data - two things",
  """
Hi Sandra,

Two related things, if you don't mind.

First, I'd like to know what you actually keep about me. I've done the newsletter, two workshops and the 12-week programme, so I suspect it's spread across a few different tools.

Second, I'm consolidating my own records and would like the data itself in a spreadsheet or CSV that I can open, rather than a PDF.

Thanks so much,
Sophie
""", html="alt"),

M("en-testimonial-down-and-erase", ["erasure", "withdraw_consent"],
  ("Imogen Barrett", "imogen.barrett@gmail.com"),
  "Testimonial + my details",
  """
Hello Sandra,

I wrote a short testimonial for you back in 2023 ("I arrived exhausted and left with a plan..."). It's still on your homepage and on your Systeme page with my first name and town. Please take it down - I no longer consent to it being used anywhere.

While you're at it, I'd like everything else about me deleted too: contact details, notes, the lot. I'm closing that chapter.

Thank you,
Imogen
""", html="alt"),

M("en-ie-fada-name-and-copy", ["access", "rectification"],
  ("Sorcha Ní Bhriain", "sorcha.nibhriain@gmail.com"),
  "Name spelt wrong + copy of my info",
  """
Hi Sandra,

My certificate from the facilitation training came through - thank you! - but my name is spelt "Sorsha Ni Brian" on it and in the emails from your platform. It's Sorcha Ní Bhriain (fada on the í). Could you fix it in your records and reissue the certificate?

Also, would you mind sending me a copy of all the information you have on me? I've a feeling there are other mistakes floating about.

Go raibh míle maith agat,
Sorcha
"""),

M("en-unsub-and-video-permission", ["objection", "withdraw_consent"],
  ("Martin Hughes", "martin.hughes@sky.com"),
  "Two requests",
  """
Sandra,

Please remove me from your newsletter - I'm drowning in email generally.

Also, I gave you permission to use the short video I recorded after the October workshop. I'd prefer it didn't stay online, so please treat that permission as withdrawn.

Thanks and all the best,
Martin
"""),

M("en-in-copy-then-delete", ["access", "erasure"],
  ("Aditi Kulkarni", "aditi.kulkarni@outlook.in"),
  "Before you delete my data",
  """
Hello Sandra,

I've decided to stop the coaching programme - nothing wrong, just money and time. Before anything is erased I would like a copy of my file (session notes, the personality test results, any forms I filled) for myself. Once I've received it, please delete all my personal data from your systems and confirm to me.

Regards,
Aditi Kulkarni
"""),

M("en-se-freeze-and-tell-me", ["access", "restriction"],
  ("Hannah Lindqvist", "hannah.lindqvist@outlook.com"),
  "What do you hold on me - and please pause",
  """
Hi Sandra,

I've had a bit of a scare: someone at my company seems to know things I only said in our coaching sessions. I'm not saying it came from you. But until I understand what happened, please don't use, share or send anything about me to anyone, including my employer (who paid for the programme). Don't delete anything either, I may need it.

And could you tell me exactly what you hold about me, and to whom, if anyone, it has been sent?

Hannah Lindqvist
""", wrap=True, mailer="thunderbird"),

M("en-export-then-delete", ["erasure", "portability"],
  ("Raj Patel", "raj.patel.uk@gmail.com"),
  "Moving on - export then delete",
  """
Hi Sandra,

I'm switching to a coach closer to home. Can you export my programme data (goals tracker, session logs) as a CSV or similar so I can hand it to her, and then delete my data on your side?

Thanks for everything,
Raj
"""),

M("en-dob-swapped-on-attestation", ["rectification"],
  ("Oliver Grantham", "olivergrantham@icloud.com"),
  "Wrong date of birth",
  """
Hello,

The training attestation I received shows my date of birth as 03/11/1986. It should be 11/03/1986 (the 11th of March) - I suspect a US/European date mix-up somewhere along the line. Please correct it in your file so it doesn't cause issues with my employer's records.

Best regards,
Oliver Grantham
""", mailer="applemail"),

M("en-new-postal-address-bourges", ["rectification"],
  ("Bethany Crowe", "bethany.crowe@gmail.com"),
  "new address",
  """
Hi Sandra! I've moved - please update my postal address to 7 rue des Tanneurs, 18000 Bourges (the Vierzon one is no longer valid). Thanks, Beth x

Sent from my phone
"""),

# NEAR-LINE: the feedback form is not withdrawn, he objects to the statistical use = objection.
M("en-de-no-statistics", ["objection"],
  ("Klaus Ehrlich", "klaus.ehrlich@t-online.de"),
  "Use of my answers for statistics",
  """
Dear Mrs. Delomenie,

in the feedback form after the seminar there was the sentence that the answers can be used "for statistics and for the improvement of the offers". I do not agree that my answers are used for statistics. Please exclude my data from this evaluation.

Kind regards
Klaus Ehrlich
""", cte="quoted-printable"),

M("en-ie-questionnaire-book-consent", ["withdraw_consent"],
  ("Deirdre Kavanagh", "deirdre.kavanagh@gmail.com"),
  "My questionnaire for your book",
  """
Dear Sandra,

Last year I ticked the box agreeing that my anonymised answers to the "Burnout and recovery" questionnaire could be used in the book you're writing. I've changed my mind about that - please don't use my answers in the book or in anything else you publish. I'm withdrawing that consent.

Everything else is fine, and I'm still happy to get the newsletter.

Deirdre
"""),

M("en-es-facebook-red-coat", ["withdraw_consent"],
  WP, "[Floraison de Soi] Nouveau message de Marisol Herrera",
  """
Nom : Marisol Herrera
E-mail : marisol.herrera.g@gmail.com
Téléphone :
Sujet : photo facebook group

Message :
Hi Sandra, I saw the photo of the walking workshop in the facebook page, I am the one with the red coat. I prefer not to be in public photos, please can you remove me, I don't give the authorisation anymore. Thanks!! Marisol

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)
""", html="alt", reply_to=("Marisol Herrera", "marisol.herrera.g@gmail.com"), to="c", mid="generic",
  headers={"X-Mailer": "WPMailSMTP/Mailer/smtp 4.2.0"}),

M("en-sms-style-pls-delete", ["erasure"],
  ("Jake Thornton", "jakethornton99@gmail.com"),
  "pls delete",
  """
hey, pls delete all my info from ur system, thx. jake thornton (signed up for the free ebook last yr)
"""),

M("en-de-art17-formal", ["erasure"],
  ("Dr. Ingrid Hoffmann", "ingrid.hoffmann@posteo.de"),
  "Erasure request pursuant to Art. 17 GDPR",
  """
Dear Madam,

pursuant to Art. 17 (1) (a) GDPR I request the erasure without undue delay of all personal data relating to my person that are stored by you. The purpose for which the data were collected (participation in the coaching seminar of 12 October 2024) no longer exists.

If you are subject to statutory retention obligations (e.g. for accounting), please tell me which data are concerned and until when they will be kept.

Please confirm the erasure in writing.

Sincerely
Dr. Ingrid Hoffmann
""", mailer="thunderbird", wrap=True),

M("en-ie-widow-husband-testimonial", ["post_mortem"],
  ("Patricia Donnelly", "patricia.donnelly@eircom.net"),
  "Seamus's piece on your website",
  """
Dear Sandra,

You may not have heard that my husband Seamus died in August. He thought the world of your men's group and wrote that piece for your website about it.

It is a lovely piece, but I find it very hard to come across his photo and his words every time I look for your workshop dates. I'd be grateful if it could be taken down now.

With kind regards,
Patricia Donnelly
""", date="2025-11-05 16:20"),

M("en-in-brother-late-sister-notes", ["post_mortem"],
  ("Arjun Mehta", "arjun.mehta@gmail.com"),
  "Request regarding my late sister Kavya Mehta",
  """
Hello Ms Delomenie,

My sister Kavya Mehta was your client in 2024. She passed away in November. The family is trying to understand the last months of her life, and we know she was working with you on what she called her "new start".

Would it be possible for us to receive the notes or documents from her sessions? I can send her death certificate and proof that I am her brother. Our parents are elderly and have asked me to handle this.

Thank you for your understanding.
Arjun Mehta
""", date="2026-01-20 19:03"),

M("en-linkedin-where-did-you-get-it", ["access"],
  ("Natalie Brooks", "natalie.brooks@lumenpath.io"),
  "Where did you get my email?",
  """
Hi Sandra, I got your "Ateliers de printemps" email at my work address, which I only really use on LinkedIn. We've never spoken as far as I know. Where did you get it from? Would appreciate knowing.
Natalie
""", html="only"),

M("en-360-shared-with-employer", ["access"],
  ("Benjamin Adeyemi", "ben.adeyemi@gmail.com"),
  "My 360 results - shared with Northgate?",
  """
Hi Sandra,

My employer (Northgate Consulting) paid for the leadership coaching I did with you this year, including the 360 feedback. My manager quoted a comment from it in my appraisal, which surprised me.

Can you tell me exactly which of my results or notes were passed to Northgate, when, and to whom? And please send me my own copy of the 360 report and of your session notes.

Thanks,
Ben
"""),

M("en-uk-keep-for-disability-claim", ["restriction"],
  ("Louise Farrington", "louise.farrington@hotmail.co.uk"),
  "please keep my file, but...",
  """
Hi Sandra,

I know from your privacy page that health information is kept for two years, and mine is nearly at that point. I'm in the middle of a disability assessment and my coaching file (including what I told you about my diagnosis) may be evidence I need. Please don't delete it when the two years are up.

In the meantime I don't want it used or looked at for anything else - just kept safely where it is.

Thank you,
Louise
""", cte="base64"),

M("en-in-ticket-export-to-teachable", ["portability"],
  ("Rohan Deshpande", "rohan.deshpande@gmail.com"),
  "Ticket: export my course account to Teachable",
  """
Hi team,

Issue: I bought your "Oser dire non" course on systeme.io and I am moving all my learning onto one platform (Teachable).

What I need: my account data and my submitted exercises in a format Teachable can import (CSV / JSON). If you can send it straight to their import address, that's also fine.

Order ref: SIO-58213

Thanks & regards,
Rohan Deshpande
""", date="2025-08-19 12:00"),

M("en-de-profiling-tags", ["access", "objection"],
  ("Maximilian Roth", "max.roth@mailbox.org"),
  "Profiling / segmentation",
  """
Hello Ms. Delomenie,

your last newsletter greeted me with "as someone interested in career transitions". I never told you this, so it seems you are segmenting subscribers by their behaviour.

I object to this profiling. Please stop categorising me.

In addition I want to know which categories or tags are attached to my profile and on which data they are based.

Regards
Maximilian Roth
""", mailer="thunderbird"),

# NEAR-LINE: unsubscribe (objection) plus removal of all details (erasure) - both asked.
M("en-ie-unsub-and-remove-details", ["erasure", "objection"],
  ("Shauna Keating", "shaunakeating@gmail.com"),
  "unsubscribe + remove my details",
  """
Hi, please unsubscribe me from all your emails and remove my details from your database entirely. Thanks, Shauna
""", quote=dict(style="gmail_en", who=("Floraison de Soi", "newsletter@floraisondesoi.fr"),
                subject="Les ateliers de novembre sont ouverts",
                text="""
Bonjour,

Les inscriptions aux ateliers de novembre sont ouvertes ! Au programme : "Poser ses limites sans culpabiliser" (8/11) et "Retrouver de l'élan" (22/11).

Se désinscrire : https://floraisondesoi.fr/desinscription
"""), date="2025-10-24 13:05"),

M("en-new-mobile-no-sms-promos", ["objection", "rectification"],
  ("Dan Whitaker", "dan.whitaker@gmail.com"),
  "wrong number / texts",
  """
Hi Sandra,

The mobile number you've got for me (07700 900412) is an old one - my new number is +44 7700 900873. Please change it.

And while you're at it, I'd rather not get the SMS adverts about new workshops. Appointment confirmations are fine.

Thanks, Dan
"""),

M("en-video-testimonial-new-job", ["withdraw_consent"],
  ("Amelia Sutton-Hale", "amelia.suttonhale@icloud.com"),
  "Video testimonial",
  """
Dear Sandra,

I'm about to start a new job at a fairly conservative firm and I'd rather my video testimonial weren't public any more. Could you remove it from YouTube and from your site? I'm withdrawing my consent for the video; the written quote with just my initials can stay.

With thanks,
Amelia
""", mailer="applemail", html="alt"),

M("en-us-long-update-buried-delete", ["erasure"],
  ("Jessica Dunmore", "jess.dunmore@gmail.com"),
  "Update from Jess (long overdue!)",
  """
Hi Sandra!!

It's been forever. I keep meaning to write and then life happens. So - the big news first: I did it. I handed in my notice in May, took the summer off (mostly gardening and sleeping, honestly), and in September I started at a small nonprofit in Portland that does literacy programs. Half the salary, twice the sleep. You told me in our very first session that I talked about "someday" a lot, and that line has been in my head for two years.

The boundaries stuff is still a work in progress. My mom visited for three weeks in October and I caught myself saying yes to everything again, but I did the pause-and-breathe thing you taught me and I managed to keep two evenings for myself. Small wins.

I also finally read the book you recommended (the one about the inner critic) and passed it on to my sister, who is going through her own version of all this.

One practical thing while I think of it: since I won't be doing coaching again for the foreseeable future, could you please delete the information you have about me - my file, notes, contact details? No hard feelings at all, I just like to keep my digital footprint small these days.

Anyway, thank you again. Truly. If you ever come to Oregon, dinner's on me.

Love,
Jess
""", html="alt", date="2025-11-16 03:22"),

M("en-de-employee-own-feedback", ["access"],
  ("Stefanie Krüger", "stefanie.krueger@hallberg-antrieb.de"),
  "My evaluation from the intercultural training",
  """
Dear Mrs. Delomenie,

our company sent me to your training "Communication interculturelle" in Bourges in September. At the end we did a self-evaluation, and you wrote a feedback for each participant.

My HR department says they did not receive the individual feedbacks, only the attendance list. I would like to have my own feedback and my self-evaluation, for myself. Can you send me a copy, please?

Best regards
Stefanie Krüger
Hallberg Antriebstechnik GmbH | Einkauf
""", mailer="outlook", cte="quoted-printable", date="2025-10-14 16:35"),

M("en-in-late-father-remove", ["post_mortem"],
  ("Meera Iyer", "meera.iyer@gmail.com"),
  "Regarding my late father Mr. S. Krishnan",
  """
Respected Madam,

I am writing to inform you that my father, Mr. Subramanian Krishnan, expired on 28th June. He had attended your online mindfulness sessions and he is still receiving the mails.

Kindly remove his name and mail id from your list and delete his account. I am his daughter and only legal heir.

Regards,
Meera Iyer
""", date="2025-07-25 10:48"),

# NEAR-LINE: contests the attendance record and asks that it not be used or sent until checked
# = restriction only.
M("en-ie-attendance-contested", ["restriction"],
  ("Liam Fitzgerald", "liam.fitzgerald@kerrygold-logistics.ie"),
  "Attendance record - day 2",
  """
Hello Sandra,

The attendance list that went to my employer shows me as absent on day 2 of the assertiveness training. I was there all day - I left at 4pm, with your agreement, for a medical appointment.

Until this is checked, please don't send that record to anyone else or use it for the certificate.

Liam
"""),

M("en-journal-entries-as-file", ["portability"],
  ("Greta Sandoval", "greta.sandoval@yahoo.com"),
  "Journal entries export",
  """
Hi Sandra, the 30-day journaling challenge I did on your platform - I wrote a LOT in there. Is there any way to get all my entries back as a file (txt, csv, whatever) so I can put them in my own journal app? Copy-pasting 30 pages seems crazy.
Thank you!!
Greta
""", mailer="yahoo"),

M("en-de-werbewiderspruch", ["objection"],
  ("Jörg Lindemann", "joerg.lindemann@gmx.net"),
  "Objection to advertising",
  """
Good day,

I do not wish to receive offers for your trainings any more, neither by e-mail nor by phone. Please register my objection to the use of my data for advertising purposes.

My booking for the seminar in March stays valid, of course.

Regards
J. Lindemann
"""),

M("en-uk-systemeio-form-remove-everything", ["erasure"],
  SIO, "Nouveau message depuis votre formulaire \"Contact\"",
  "", html="only", reply_to=("Owen Pritchard", "owen.pritchard@btinternet.com"), mid="ses",
  html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #e5e5e5">
<tr><td style="background:#0c67ff;color:#fff;padding:16px;font-size:18px">Nouveau message de contact</td></tr>
<tr><td style="padding:16px">
<p><b>Nom :</b> Owen Pritchard</p>
<p><b>Email :</b> owen.pritchard@btinternet.com</p>
<p><b>Message :</b><br>Please remove every bit of data you have about me. I'm not interested in coaching any more and I don't want my details sitting on some platform. A short confirmation would be appreciated.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">Ce message a été envoyé depuis une page hébergée par Systeme.io.</td></tr>
</table></body></html>
"""),

M("en-uk-sar-subject-only", ["access"],
  ("Rachel Osei", "rachel.osei@hotmail.co.uk"),
  "Subject Access Request - Rachel Osei",
  ""),

M("en-ie-podcast-voice", ["withdraw_consent"],
  ("Declan Moriarty", "declan.moriarty@gmail.com"),
  "podcast episode",
  """
Hi Sandra, I was one of the voices in the "Témoignages" episode of your podcast, talking about my redundancy. I'd like to withdraw my agreement for that recording to be used - could you take my part out of the episode and any clips on Instagram? Cheers, Declan
"""),

M("en-uk-directive-no-nephews", ["post_mortem"],
  ("Hilary Sinclair", "hilary.sinclair@btinternet.com"),
  "My wishes regarding my data",
  """
Dear Sandra,

I am 78 and tidying things up. Your privacy notice says people may leave directions about what happens to their data after death, so here are mine: after my death, please keep nothing. Delete my file, and release nothing to my nephews, even if they ask.

My solicitor has a copy of this email.

Yours,
Hilary Sinclair
""", wrap=True),

M("en-hr-director-own-data", ["access"],
  ("Catherine Lowell", "c.lowell@fenwick-instruments.com"),
  "My own data (not the company's)",
  """
Dear Sandra,

As you know, I'm HR director at Fenwick Instruments and we've sent a number of managers to your programmes. This message is not about them.

I took part in the executive coaching myself in 2024 and I'd simply like to see what you hold about me personally: notes, assessments, anything that goes beyond my business card. Could you send me a copy to this address?

Kind regards,
Catherine Lowell
HR Director, Fenwick Instruments Europe
""", mailer="outlook"),

# NEAR-LINE: in-house counsel asking about her own data; deleting her personal mobile (no new
# value given) is a partial erasure, plus access.
M("en-inhouse-counsel-own-data", ["access", "erasure"],
  ("Helen Marsh", "helen.marsh@corvane.com"),
  "Personal data relating to me",
  """
Dear Ms Delomenie,

I am in-house counsel at Corvane Europe and was your contact for the framework agreement on manager coaching. I am writing in a personal capacity.

Could you please confirm what personal data relating to me you process beyond my business contact details, and provide a copy? Separately, I gave you my personal mobile number by mistake during the onboarding call; please delete it from your records. My work number is sufficient.

Kind regards,
Helen Marsh
Legal Counsel, Corvane Europe Ltd
""", mailer="outlook", html="alt"),

M("en-es-freeze-notes-complaint", ["restriction"],
  ("Alejandro Vidal", "alejandro.vidal.m@gmail.com"),
  "About my notes - please stop",
  """
Hello Sandra,

I am not happy about the last session, I think some things were written in the notes that I did not say like this (about my marriage). I am thinking about what to do. Meanwhile, I ask you to block my file: don't delete it, but also don't use it, don't share it with the other coach of your team, nothing. Only keep it.

Regards
Alejandro
""", date="2026-02-11 22:47"),

M("en-in-update-name-and-copy", ["access", "rectification"],
  ("Lakshmi Venkataraman", "lakshmi.v@outlook.com"),
  "Change of surname after marriage and request for copy",
  """
Dear Sandra,

Greetings. I attended your online course "Find your voice" in 2025 under my maiden name Lakshmi Subramaniam. I am now married and my name has changed to Lakshmi Venkataraman. Kindly update my name in your records and in the course platform.

Also I request you to please share a copy of the details you are having about me, as I have to submit proof of the course to my new employer and want to check what is recorded.

Thanks and regards,
Lakshmi
""", date="2026-02-24 07:58"),

M("en-us-pdf-to-new-platform", ["portability"],
  ("Kevin O'Malley", "kevin.omalley@comcast.net"),
  "Transfer of my coaching data",
  """
Hello Sandra,

My company is moving its coaching benefit to Coachbridge and my new coach there asked whether my history could follow me. Could you transmit my goal sheets and progress data directly to Coachbridge's intake team (intake@coachbridge.io) in whatever structured format you export - they handle CSV, XLSX or JSON?

I'm fine with them receiving it. Thank you for two great years.

Kevin
"""),

M("en-in-hold-file-appraisal-dispute", ["restriction"],
  ("Karthik Subramanian", "karthik.subramanian@outlook.com"),
  "Request to hold my coaching records",
  """
Dear Sandra,

I am writing regarding the coaching sessions that my employer arranged for me in 2025. There is presently an internal grievance about my appraisal and I am told the coaching outcome may be referred to.

I request you to kindly keep my records exactly as they are, without deleting or changing anything, and not to process or share them with anybody (including my employer) till the grievance is closed. I will intimate you when that happens.

Thanks and regards,
Karthik Subramanian

Sent from Outlook for Android
""", mailer="android"),

]
