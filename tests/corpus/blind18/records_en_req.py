# English requests (label non-empty).
from common import M, SANDRA

M("en-acc-expat-uk", "en", ["access"], "Rebecca Holloway <rebecca.holloway@gmail.com>",
  "My coaching file",
  """Dear Sandra,

I hope this finds you well. It has been almost two years since our last session. As you know, I moved to the Berry region with my husband when he retired, and those first months in a small town where I hardly spoke the language were much harder than I had expected. Our sessions, half in English and half in my terrible French, kept me afloat.

We have now decided to go back to Yorkshire to be closer to our grandchildren, and I am sorting through everything from our French chapter. I would very much like to have a copy of whatever you hold about me: your session notes, the questionnaires I filled in at the start, and the letters I wrote as homework. I would also be grateful to know whether anything was shared with anyone else, for instance the translator who helped during the first two sessions.

Email is perfectly fine. Thank you for everything.

Warm regards,
Rebecca Holloway""", mime="qp")

M("en-acc-formal-what-held", "en", ["access"], "Daniel Okafor <d.okafor@okafor-consulting.co.uk>",
  "Subject access request",
  """Dear Ms Delomenie,

I attended your leadership resilience workshop in Paris in October 2024, which my company booked for our European management team. I enjoyed it and found the material on decision fatigue genuinely useful.

I am writing to make a subject access request under Article 15 GDPR. Please provide me with a copy of the personal data you hold about me, the purposes for which it is processed, the recipients to whom it has been disclosed (including my employer, if any individual feedback was shared), the retention period and the source of any data that was not collected from me directly.

For identification, I attach a copy of my passport. I am happy to receive the information electronically.

Kind regards,
Daniel Okafor""", att=["passport_okafor_redacted.pdf"])

M("en-acc-widow-expat-own", "en", ["access"], "Margaret Lindqvist <m.lindqvist@telia.se>",
  "Records from our sessions",
  """Dear Sandra,

You may remember me: the Swedish lady from the grief circle in spring 2024, who always brought cardamom buns. After Lars died I could not stay alone in the house in Chârost, and I have moved back to Uppsala to be near my sister.

My counsellor here has asked me to bring anything written from the period just after his death, because I remember very little of those months. I know you kept notes during our individual sessions and that I completed a small questionnaire on sleep and appetite.

Could you please send me a copy of those notes and of anything else you keep about me? I would be so grateful.

With love,
Margaret""", mime="alt")

M("en-acc-who-shared", "en", ["access"], "Tom Birchall <tom.birchall@outlook.com>",
  "Who has my details?",
  """Hi Sandra,

Quick background: I did your online course on career transitions last spring after being made redundant from the aerospace plant in Bourges. It helped a lot and I'm now retraining as a electrician, which I love.

Since then I've been getting calls from a recruitment agency and a training provider who both mentioned "Floraison de Soi". I don't mind that much, but I'd like to understand how they got my number. Can you please tell me what personal data you have on me and which third parties it has been shared with? If it was a partner list, I'd like to know which partners.

Cheers,
Tom""")

M("en-era-new-life", "en", ["erasure"], "Olivia Grant <olivia.grant@icloud.com>",
  "Request to delete my data",
  """Dear Sandra,

I have been putting off writing this email for months. You supported me through the worst year of my life, when my marriage ended and I lost my job within the same fortnight, and I will always be grateful for how patient you were with me.

I am now living in Dublin, I have remarried, and I have a baby daughter. I am trying very hard to close that chapter. Part of that, for me, is knowing that the detailed notes about my panic attacks, my drinking at the time and my relationship with my ex no longer exist anywhere.

Please could you delete all the personal data you hold about me, including the session notes, the intake form, my emails and my account on your course platform? I understand you may have to keep invoices for tax reasons.

Thank you, truly.

Olivia""", mime="b64")

M("en-era-account-and-data", "en", ["erasure"], "Priya Natarajan <priya.natarajan@gmail.com>",
  "Delete my account and all my data",
  """Hello,

I signed up for the free mini-course on mindful mornings last year and later bought the full programme. I travel constantly for work and I have simply not been able to follow it; I think I logged in twice.

I am consolidating my online accounts after a data breach at a previous employer exposed my details. Please delete my account on your platform and all the personal data associated with it: name, email, phone number, payment details you may store, and course progress. A short confirmation once done would be appreciated.

Best regards,
Priya Natarajan""")

M("en-era-partner-found", "en", ["erasure"], "James Whitaker <jwhitaker.mail@proton.me>",
  "Please erase my information",
  """Hello Sandra,

I came to see you three times last autumn while I was working on the wind farm project near Issoudun. I talked to you about my doubts about my relationship and my sexuality, things I had never said out loud.

I am back in Scotland now. My partner and I share a laptop and a family email account that I used to book the sessions, and I am not ready for those conversations to come out this way. I have removed what I can on my side.

I would be very grateful if you could erase everything you hold about me, notes, emails, booking details, and reply only to this new address to confirm.

Thank you for understanding.

J.""")

M("en-rec-name-spelling", "en", ["rectification"], "Siobhan O'Sullivan <siobhan.osullivan@eircom.net>",
  "Spelling of my name",
  """Hi Sandra,

I loved the women's retreat in June. The walk along the river at dawn is something I'll remember for a long time, especially after the year I've had with my mum's illness.

A small thing, but it matters to me: on the certificate and in your emails, my name is spelled "Shivon O'Sulivan". It's Siobhan O'Sullivan, with the Irish spelling and a double L. I'm used to people getting it wrong in France, don't worry! Could you please correct it in your records and reissue the certificate?

Thanks a million,
Siobhan""")

M("en-rec-address-abroad", "en", ["rectification"], "Marcus Webb <marcus.webb@gmail.com>",
  "New postal address",
  """Dear Sandra,

Following my divorce I have sold the house in Bourges and moved back to Bristol for good. It was a hard decision, but my children are here and I needed a fresh start.

I still follow your online programme and would like to keep receiving the printed workbooks you send each quarter. Please replace my old address (17 rue Mirebeau, 18000 Bourges) with my new one: Flat 4, 22 Cotham Hill, Bristol BS6 6LA, United Kingdom. My French mobile number is no longer active; please remove it, my new number is +44 7700 900 482.

Many thanks,
Marcus""")

M("en-rec-wrong-note", "en", ["rectification"], "Hannah Schultz <hannah.schultz@posteo.de>",
  "Correction to my file",
  """Dear Sandra,

During our last call you read back the summary of my initial assessment and mentioned that I had "left my previous job after a conflict with colleagues". That is not accurate, and I would like it corrected.

I left my job at the clinic because my father was diagnosed with Alzheimer's and I needed to move back to Germany to care for him. There was no conflict at all; my colleagues organised a lovely farewell.

Please amend the note accordingly. I know it may seem minor, but I would not like a wrong version of my story to sit in a file.

Best wishes,
Hannah""", mime="qp")

M("en-res-dispute-hold", "en", ["restriction"], "Richard Coleman <richard.coleman@btinternet.com>",
  "Dispute over coaching package - please preserve records",
  """Dear Ms Delomenie,

As you know from my previous messages, I dispute the charge for the third month of the coaching package, which I believe I cancelled in time. I have opened a dispute with my card issuer.

While this is being resolved, I ask that you do not delete any of the records relating to my account: booking history, emails, session logs and payment records. At the same time, please do not use my data for anything other than resolving this dispute; in particular, I do not wish to be contacted by any collection agency.

I would appreciate written confirmation.

Yours sincerely,
Richard Coleman""")

M("en-res-contest-accuracy", "en", ["restriction"], "Claire Donovan <claire.donovan@gmail.com>",
  "Report to my employer",
  """Hi Sandra,

Thank you for sending the draft of the end-of-programme report that is supposed to go to my HR department. I have read it several times.

I don't agree with the part saying I "struggle to delegate and tend to micromanage". That may have been my own wording in a low moment, but it's not an accurate picture and, given that my team is being restructured next month, it could have real consequences for me.

Until we've had the chance to discuss it, please don't send the report or use it in any way. Please don't delete it either; I'd like to review it with you. Could we talk next week?

Claire""", mime="alt")

M("en-res-keep-not-use", "en", ["restriction"], "Ahmed Rahman <ahmed.rahman@gmail.com>",
  "Please keep my file but don't use it",
  """Dear Sandra,

My insurer is assessing a claim related to the accident I had last year, and my solicitor has told me that your notes from the sessions after the accident may be relevant evidence of the impact on my wellbeing.

I know your policy says data is deleted after a certain period. Please do not delete my file. At the same time, I would like you not to use it for anything else in the meantime, including supervision or anonymised case studies. I will let you know when the claim is settled.

Many thanks,
Ahmed""")

M("en-por-transfer-therapist", "en", ["portability"], "Laura Bianchi <laura.bianchi@libero.it>",
  "Transferring my progress data",
  """Dear Sandra,

As I mentioned in our last session, I'm moving back to Milan in September. It's bittersweet: I found a real home in the Berry and in your workshops, but my mother is unwell and I need to be near her.

I have found a counsellor in Milan who works with a similar tracking method. Could you send her directly the spreadsheet we used for my weekly mood and goal tracking, in its original format (Excel or Google Sheets), so she can import it? Her address is dott.ssa.ferri@studioferri.it. I consent to this transfer.

Grazie mille for everything,
Laura""")

M("en-por-csv-export", "en", ["portability"], "Kevin Matthews <kevin.matthews@gmail.com>",
  "Export of my course answers",
  """Hello,

I've been doing your online "Reset after burnout" course since January. The written exercises have become a kind of journal for me, and honestly they've been a lifeline since my divorce.

My subscription runs out soon and I'd like to keep everything I wrote. Could you please provide all my exercise answers, reflections and progress data in a machine-readable format like CSV or JSON, so I can import them into my own journaling app?

Thanks,
Kevin""", mime="b64")

M("en-por-stripe-data", "en", ["portability"], "Yuki Tanaka <yuki.tanaka@gmail.com>",
  "Data in a reusable format",
  """Dear Ms Delomenie,

I attended several of your workshops during my two years as a researcher in Orléans, and I am now returning to Kyoto. I am consolidating my records for my tax return and for my own archive.

Would it be possible to send me the data I provided to you (registration forms, attendance records and payment history) in a structured, commonly used format such as CSV? A PDF would unfortunately not work for my accounting software.

Thank you very much for your kindness during my stay in France.

Yuki Tanaka""")

M("en-obj-newsletter-grief", "en", ["objection"], "Diane Foster <diane.foster@gmail.com>",
  "Please take me off your mailing list",
  """Dear Sandra,

I signed up for your newsletter after a talk you gave at the English library in Châteauroux, two years ago. I enjoyed it for a long time.

My daughter died in the spring, and I find that I can no longer read anything about personal growth, gratitude or new beginnings. I know it is meant kindly, but each email is painful right now.

Please remove me from your mailing list. Perhaps one day I will sign up again.

With best wishes,
Diane Foster""")

M("en-obj-stop-calls", "en", ["objection"], "Paul Jennings <paul.jennings@yahoo.co.uk>",
  "No more marketing, please",
  """Hi,

I attended one free webinar on stress management in March while I was between contracts. Since then I've had follow-up emails almost weekly, a couple of WhatsApp messages and a call.

I'm now back at work and not in a position to buy a coaching package. Please stop contacting me for marketing purposes by any channel. I'm not asking you to do anything else.

Regards,
Paul Jennings""")

M("en-obj-research-use", "en", ["objection"], "Fiona McLeod <fiona.mcleod@gmail.com>",
  "Use of my data in your case study",
  """Dear Sandra,

In your latest newsletter you mentioned you would be presenting anonymised case studies of expatriate clients at a professional conference in Lyon.

I was one of very few Scottish clients you had, a single mother with a specific story, and I'm quite sure people in our small English-speaking community would recognise me even without my name. I object to my data being used for this purpose, given my particular situation. Everything else is fine.

Thank you for understanding,
Fiona""")

M("en-wdc-testimonial", "en", ["withdraw_consent"], "Natalie Brooks <natalie.brooks@gmail.com>",
  "Withdrawing my testimonial",
  """Hi Sandra,

When I finished the programme last year I was so happy to write a testimonial for your website, about how you helped me cope after my redundancy and leave a job that was making me ill.

I've since started a new job in a very small industry where everyone knows everyone, and my new manager came across the testimonial. It was awkward. I'd like to withdraw my consent for it to be published, on your website and on social media.

Thanks so much, and sorry for the hassle,
Natalie""")

M("en-wdc-video", "en", ["withdraw_consent"], "Gareth Evans <gareth.evans@gmail.com>",
  "The interview video",
  """Dear Sandra,

I agreed in the spring to be filmed for a short video about my experience of your men's circle and of going through prostate cancer. I was proud to do it.

My wife has asked me to reconsider, as our grandchildren have started using YouTube and she doesn't want them to find it yet. I am withdrawing my consent for the video to be shown. Please take it down wherever it is published.

With thanks,
Gareth Evans""", mime="qp")

M("en-wdc-recording", "en", ["withdraw_consent"], "Emma Clarke <emma.clarke@hotmail.co.uk>",
  "Recording of the group session",
  """Hello Sandra,

At the start of last week's online group session, you asked whether we were all happy for the session to be recorded and shared with participants who missed it. I said yes.

I've changed my mind. I shared things about my miscarriage that I'm not comfortable having on a recording that other people can replay. Please take me out of the recording or don't share it. I'm withdrawing the consent I gave.

Emma""")

M("en-pm-daughter", "en", ["post_mortem"], "Sarah Whitfield <sarah.whitfield@gmail.com>",
  "My mother, Anne Whitfield",
  """Dear Sandra,

I'm writing to let you know that my mother, Anne Whitfield, passed away on 3 September after a short illness. She moved to the Indre in 2015 and often told me how much your workshops helped her feel part of the local community.

As her executor, I am closing her accounts. Could you please remove her from your newsletter and delete her online account? Also, she mentioned that she had written some pieces during your writing workshop; if you still have them, my brother and I would love a copy before they are deleted.

I've attached the death certificate and grant of probate.

With thanks for the kindness you showed her,
Sarah Whitfield""", att=["death_certificate_Whitfield.pdf", "probate_grant.pdf"], mime="alt")

M("en-pm-son-notes", "en", ["post_mortem"], "Michael Harris <michael.harris@gmail.com>",
  "About my father, Robert Harris",
  """Dear Ms Delomenie,

My father Robert Harris died last month. Going through his diary, we found regular entries "Sandra - 10am" over the past year. We didn't know he was seeing anyone; he was a very private man.

My sister and I would like to understand what he was going through in his last year. Is there any way we could see your notes, or at least speak with you? We can provide the death certificate and proof that we are his children and heirs.

Kind regards,
Michael Harris""")

M("en-pm-own-instructions", "en", ["post_mortem"], "Edward Pryce <edward.pryce@btinternet.com>",
  "Instructions regarding my data after my death",
  """Dear Sandra,

As you know, my condition is progressing. I am putting my affairs in order while I still can, which our sessions have helped me face with some serenity.

I would like to leave you clear instructions: after my death, please destroy all your notes and recordings concerning me, and do not give them to anyone, including my family. The only exception is the letter I wrote to my son during the legacy exercise; please send that to him, Thomas Pryce, at thomas.pryce@gmail.com.

Thank you for honouring this.

Edward""")

M("en-pm-partner-photos", "en", ["post_mortem"], "Daniel Moreau-Smith <danny.ms@gmail.com>",
  "Photos of Chris",
  """Hi Sandra,

I'm sorry to be writing with sad news. Chris, my husband, died in a cycling accident in July. You'll remember him from the retreat last autumn.

There are photos of him on your website and your Instagram from that retreat. I'd like to have them taken down, please. It hurts to stumble on them. If possible, could you send me the originals first? He looked so happy that weekend.

Thank you,
Danny""")

M("en-multi-acc-era", "en", ["access", "erasure"], "Rachel Adams <rachel.adams@gmail.com>",
  "Copy then delete",
  """Hi Sandra,

I hope you're well. It's been about a year since we stopped our sessions after my divorce was finalised. I'm in a much better place now, living in Bordeaux with my kids.

I'd like to ask two things. First, could you send me a copy of all the data you hold about me, notes, forms, emails? I'd like to keep a record of that period for myself. Second, once I've received it, please delete everything on your side. My ex-husband's lawyer has been trying to use anything he can in the custody review and I don't want those notes to exist anywhere I don't control.

Thank you for understanding,
Rachel""")

M("en-multi-obj-wdc", "en", ["objection", "withdraw_consent"], "Sophie Turner <sophie.turner@gmail.com>",
  "Newsletter and my photo",
  """Hello Sandra,

I'm taking a break from the wellness world for a while; I've realised I was spending more time reading about self-care than actually resting!

Please unsubscribe me from your newsletter and your event announcements. Also, I'm withdrawing permission for the photo of me at the yoga and journaling day to be used on your website and flyers.

Thank you for everything, and take care,
Sophie""")

M("en-multi-acc-por", "en", ["access", "portability"], "Benjamin Clarke <ben.clarke@gmail.com>",
  "Data request before moving",
  """Dear Sandra,

I'm relocating to Toronto in the new year for work. Before I go, I'd like to know exactly what data you hold about me and who it's been shared with, and to receive my tracking sheets and assessment results in a machine-readable format (CSV or Excel) so I can take them to a coach over there.

Thanks for all your support through the redundancy last year.

Ben""", mime="b64")

M("en-multi-era-wdc", "en", ["erasure", "withdraw_consent"], "Hayley Morgan <hayley.morgan@gmail.com>",
  "Withdraw testimonial and delete data",
  """Dear Sandra,

I'm writing because my situation has changed a lot. I've started legal proceedings against my former partner, and my solicitor advised me to remove any public trace of my story.

Please take down my testimonial and photo from your website and social media. I withdraw my consent. I'd also like you to erase all the personal data you hold about me.

Thank you so much for your help through a very dark time.

Hayley""")

M("en-multi-rec-res", "en", ["rectification", "restriction"], "Oliver Grant <oliver.grant@gmail.com>",
  "Incorrect information in my file",
  """Dear Sandra,

I saw in the summary you emailed that my file states I was "dismissed for misconduct". That is wrong: I took voluntary redundancy during the restructuring in 2024, and I have the documents to prove it.

Please correct this in your records. Until it's fixed, please don't use or share the summary with anyone, including the outplacement firm.

Regards,
Oliver Grant""")

M("en-multi-era-obj", "en", ["erasure", "objection"], "Linda Fraser <linda.fraser@yahoo.com>",
  "Stop emailing me and remove my details",
  """Hello,

I downloaded your free guide to sleeping better last year when my husband was in hospital and I wasn't sleeping at all. Since then I've had a steady stream of emails trying to sell me courses.

Please stop sending me marketing emails and delete my details from your lists and files. I don't want to hear from you again.

Linda Fraser""")
