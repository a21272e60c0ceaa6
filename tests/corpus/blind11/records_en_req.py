# English-language requests (GDPR rights exercised towards Sandra / Floraison de Soi).
from rec import R, SANDRA, CONTACT
A, RE, E, RS, P, O, W, PM = ("access", "rectification", "erasure", "restriction",
                            "portability", "objection", "withdraw_consent", "post_mortem")
NL = dict(style="gmail_en", n="Floraison de Soi", a="contact@floraisondesoi.fr",
          t="""Floraison de Soi - la lettre du mois

Bonjour à toutes et à tous,
Spring is here and so is our new online circle "Reconnecter avec soi"...
Places are limited to 12 participants.

To unsubscribe, click here.""")

RECORDS = [
R("en_uk_sar_formal", "en", [A], ("Jonathan Pryce-Whitley", "j.pryce.whitley@btinternet.com"),
  "Subject Access Request - Jonathan Pryce-Whitley",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the UK/EU GDPR.

I attended your "Confidence at Work" programme (online, via Systeme.io) between September and December 2024 and had four one-to-one coaching calls with you. Please provide me with a copy of all personal data you hold about me, including any notes taken during or after our sessions, questionnaire answers, and any correspondence.

For identification: my registered email is this one, and my postal address is 14 Harrowby Lane, Grantham NG31 9LR.

I look forward to hearing from you within one calendar month.

Yours sincerely,
Jonathan Pryce-Whitley"""),

R("en_us_delete_everything", "en", [E], ("Kayla Brennan", "kaylabrennan88@gmail.com"),
  "please delete my account",
  """Hi Sandra,

I signed up for your self-esteem course last year when I was living in Lyon but I'm back in Ohio now and honestly I'm not going to use it anymore. Can you please delete my account and all the data you have on me? Email, payment info, the journal exercises I uploaded, everything.

Thanks so much, it was a great course while it lasted!
Kayla

Sent from my iPhone"""),

R("en_ie_newsletter_stop", "en", [O], ("Siobhán Ní Bhriain", "siobhan.nibhriain@eircom.net"),
  "Newsletter",
  """Hi Sandra,

Hope you're keeping well. Would you mind taking me off the newsletter list? I'm getting far too many emails these days and I'm trying to cut back. Nothing personal at all, I loved the workshop in Bourges.

Go raibh maith agat,
Siobhán"""),

R("en_au_testimonial_remove", "en", [W], ("Mel Hargreaves", "mel.hargreaves@bigpond.com"),
  "My testimonial on your website",
  """G'day Sandra,

Just a quick one - I noticed my testimonial is still up on the Floraison de Soi homepage (the one with my photo, under "Ils m'ont fait confiance"). I was happy to give it at the time but things have changed at work and I'd rather it wasn't public anymore. Could you please take it down, photo included? I'm withdrawing my OK for it to be used.

Cheers,
Mel""", shape="alt"),

R("en_de_copy_datas", "en", [A], ("Matthias Kröger", "m.kroeger@posteo.de"),
  "Request for my personal datas",
  """Dear Mrs. Delomenie,

according to Art. 15 DSGVO (in English GDPR) I would like to receive a copy of all personal datas which you are storing about me. I was participant in your online seminar "Stressmanagement" in March 2025.

Please inform me also for which purposes you are processing the datas and how long you will store them.

With kind regards
Matthias Kröger
Kassel, Germany""", cte="qp"),

R("en_es_name_accents", "en", [RE], ("María José García Núñez", "mjgarcianunez@hotmail.es"),
  "Correction of my name",
  """Hello Sandra,

I hope you are fine. I have see that in my account of the course and in the certificate you sent me my name is written "Maria Jose Garcia Nunez" without accents, and also my second surname is "Nunes" in the invoice. The correct is: María José García Núñez.

Can you correct it please in your files and in the invoice? I need the invoice for my company in Valencia.

Thank you very much!
María José"""),

R("en_it_erase_and_photo", "en", [E, W], ("Francesca Bellandi", "francesca.bellandi@libero.it"),
  "Cancellation of my data and photos",
  """Dear Sandra,

I write you because I want to be deleted from all your lists and files. Please cancel all my personal data (name, email, phone, the notes of our sessions, everything).

Also, in the workshop of June in Issoudun you made some group photos and I am in them; I gave the consent but now I withdraw it, please remove the photos where I appear from Facebook and from your site.

Thank you for your comprehension.
Best regards,
Francesca Bellandi"""),
# NEAR-LINE: Italian "cancel my data" = delete (false friend 'cancellare'); erasure of everything + photo consent withdrawal -> erasure + withdraw_consent.

R("en_nl_export_csv", "en", [P], ("Joost van der Meulen", "joost.vdmeulen@ziggo.nl"),
  "Export of my course data",
  """Hi Sandra,

I am switching to a Dutch-speaking coach for the next part of my trajectory. Could you send me my data from the Systeme.io course (progress, my answers to the weekly reflection forms, my intake questionnaire) in a format I can import somewhere else, like CSV or Excel? Or if it's easier you can send it directly to my new coach, her address is info@coachingmetlotte.nl.

Thanks for everything!
Groeten,
Joost"""),

R("en_pl_no_promo", "en", [O], ("Agnieszka Wróblewska", "a.wroblewska@wp.pl"),
  "no more promotions please",
  """Good morning,

I am receiving from you many emails with promotions of new workshops and trainings. Please I don't want to receive this advertising emails anymore. I still want to finish the course I bought, only no promotions.

Best regards
Agnieszka Wróblewska"""),

R("en_uk_contest_notes_pause", "en", [RS], ("Helen Ashcroft", "helen.ashcroft@outlook.com"),
  "Session notes - please don't use them for now",
  """Dear Sandra,

At the end of our last session you read back a summary of my file, and it said I had "a history of burnout and depression". That isn't accurate - I've never been diagnosed with depression and I'm not comfortable with it being written down.

Until we've had a chance to talk about it and sort out what the notes should actually say, please don't use that file for anything - not for the group programme preparation, not for supervision. I'm not asking you to delete it, just to leave it alone for now.

Kind regards,
Helen"""),

R("en_expat_new_address", "en", [RE], ("Graham Dutton", "graham.dutton@orange.fr"),
  "Change of address",
  """Hello Sandra,

Just to let you know Pam and I have finally sold the house in Saint-Gaultier and moved. Could you update my address on your records so the invoices come to the right place:

Old: Le Moulin Bas, 36800 Saint-Gaultier
New: 7 rue des Tanneurs, 36100 Issoudun

Same phone and email. See you Thursday.
Graham"""),

R("en_us_where_from", "en", [A], ("Dana Whitfield", "dana.whitfield@yahoo.com"),
  "How did you get my email address?",
  """Hello,

I received your newsletter "Floraison de Soi" this morning but I don't remember ever signing up. Where did you get my email address from, and have you shared it with anybody else (other mailing lists, partners)? I would like to know what you have on file about me.

Dana Whitfield
Portland, OR"""),

R("en_uk_son_mother_died", "en", [PM], ("Richard Holloway", "richard.holloway@sky.com"),
  "My mother, Margaret Holloway",
  """Dear Ms Delomenie,

I am writing to let you know that my mother, Margaret Holloway, passed away on 2 February. She spoke very warmly of the sessions she had with you after she moved to the Indre.

I am dealing with her affairs. Could you please close any account she had with you, stop the emails, and delete whatever personal information you hold on her? If there is any outstanding balance please let me know.

I can provide a copy of the death certificate if needed.

With thanks,
Richard Holloway"""),

R("en_au_own_instructions", "en", [PM], ("Trish Calloway", "trish.calloway@optusnet.com.au"),
  "Something a bit morbid, sorry!",
  """Hi Sandra,

This might sound strange but I've been getting my affairs in order before my surgery next month (doctors are optimistic, don't worry!). One thing I want to sort out: if anything happens to me, I'd like all my coaching notes and the journal entries I shared with you to be destroyed, and NOT passed on to my family, even if they ask. My daughter Jess knows this is my wish.

Could you confirm you've noted this?

Love,
Trish"""),

R("en_de_what_and_export", "en", [A, P], ("Sabine Hoffmann", "sabine.hoffmann@t-online.de"),
  "GDPR request - information and data export",
  """Dear Sandra,

I would like to make use of my rights under the GDPR:

1. Please tell me which personal data about me you process, for which purposes and to whom it was transmitted (e.g. Systeme.io, Stripe, Google).
2. Please send me the data I have provided to you (registration data, questionnaires, uploaded worksheets) in a structured, commonly used and machine-readable format, e.g. CSV or JSON.

Thank you in advance.

Best regards
Sabine Hoffmann
Freiburg im Breisgau"""),

R("en_ie_replay_video", "en", [W], ("Ciarán Doherty", "ciaran.doherty@gmail.com"),
  "Replay of the 12 March webinar",
  """Hi Sandra,

I spoke quite a bit in the webinar on the 12th (the one about saying no at work) and I've just seen that the replay is available to everyone on the course, with my camera on. I agreed to the recording on the day but on reflection I'd rather not be in it. Can you cut my part out or remove the video? I withdraw my consent to being in the replay.

Thanks a million,
Ciarán""", quote=dict(style="gmail_en", n="Floraison de Soi", a="contact@floraisondesoi.fr",
  t="Hello everyone,\nThe replay of our webinar \"Dire non sans culpabiliser\" is now online in your space.\nSee you soon,\nSandra"), subj_re=True),

R("en_us_stop_analytics", "en", [O], ("Bradley Nunes", "brad.nunes@protonmail.com"),
  "Opt out of tracking / analytics",
  """Hi,

I'm a student on your online course. I noticed that the course platform and your website use Google Analytics and some tracking on email opens. I object to my data being used for analytics, statistics or any kind of profiling. Please stop processing my data for those purposes. I still want access to the course itself.

Thanks,
Brad"""),

R("en_nl_polite_delete", "en", [E], ("Marieke de Boer", "marieke.deboer@kpnmail.nl"),
  "Question",
  """Dear Sandra,

Could you please delete my personal data from your files? I did the intake call with you in January but decided not to continue. I do not need anything kept.

Thank you and good luck with your work.
Marieke de Boer"""),

R("en_es_delete_and_stop", "en", [E, O], ("Javier Morcillo", "jmorcillo@telefonica.net"),
  "Stop contacting me",
  """Hello,

Is the third time I receive a call from your side about a new training. I am not interested. Please stop to contact me by phone and by email, and delete my data of your database.

Regards,
Javier Morcillo"""),

R("en_pl_wrong_dob", "en", [RE], ("Tomasz Kowalczyk", "tomasz.kowalczyk@onet.pl"),
  "wrong birth date in my file",
  """Hello Mrs Sandra,

In the registration form for the training I made a mistake, I wrote my birth date 03/11/1987 but it is 11/03/1987 (11 March). Polish format is different, sorry! Can you please correct in your file? It is also on the attestation of training.

Thank you
Tomasz"""),

R("en_it_session_notes", "en", [A], ("Giulia Santoro", "giulia.santoro@gmail.com"),
  "My session notes",
  """Hi Sandra!

I am starting therapy with a psychologist here in Turin and I think it could help if I could give her some context. Could I have a copy of the notes and the worksheets you have about me from our 8 sessions? I know it's my personal data so I think it's possible.

Thank you so much, un abbraccio,
Giulia"""),

R("en_uk_keep_for_claim", "en", [RS], ("Andrew Mackie", "andrew.mackie@mackie-partners.co.uk"),
  "Please do not delete my records",
  """Dear Sandra,

I understand from your policy that client data from inactive accounts is deleted after 12 months. My account will reach that point next month.

I am currently in a dispute with my former employer and the coaching records (in particular the notes from October and November 2024) may be relevant. Please do not delete them, but please also do not use them for any other purpose in the meantime - just keep them as they are until I tell you otherwise.

Regards,
Andrew Mackie"""),

R("en_expat_fb_photo", "en", [W], ("Lorraine Featherstone", "lorraine.featherstone@wanadoo.fr"),
  "Photo on Facebook",
  """Hi Sandra

Loved the circle on Saturday. BUT - I've just seen the group photo on the Floraison de Soi Facebook page and I really don't like how I look in it! I know I signed the form but could you take that one down, or crop me out? I'd rather not be in any of the photos online from now on.

Thanks lovely
Lorraine x"""),

R("en_us_lawyer", "en", [A, E], ("Whitman & Cole LLP", "mcole@whitmancole.com"),
  "Data request on behalf of our client Ms. Rebecca Lindqvist",
  """Dear Ms. Delomenie,

This firm represents Ms. Rebecca Lindqvist, who participated in your online coaching program between 2023 and 2024. A signed authorization from Ms. Lindqvist is attached.

On her behalf, we request (1) a complete copy of all personal data you hold concerning Ms. Lindqvist, including notes, recordings and communications; and (2) following provision of that copy, the permanent erasure of all such data from your systems and those of your processors.

Please direct all correspondence to the undersigned.

Very truly yours,
Michael Cole
Whitman & Cole LLP
1200 Sixth Avenue, New York, NY

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient and may contain privileged information.""",
  att=[("Lindqvist_authorization_signed.pdf", "application/pdf")]),

R("en_au_parent_daughter", "en", [E], ("Nicole Varga", "nicole.varga@iinet.net.au"),
  "My daughter Chloe's details",
  """Hi Sandra,

My daughter Chloe (15) did the teen confidence workshop with you during our stay in France last summer. I've just realised she's still on your mailing list and in the WhatsApp group, and there's a form with her school details and some fairly personal answers.

As her mum, I'd like you to delete all of Chloe's information please - the form, her email, her number, all of it.

Thanks,
Nicole Varga"""),

R("en_de_sms_stop", "en", [O], ("Jürgen Albrecht", "juergen.albrecht@gmx.de"),
  "SMS",
  """Hello,

I get SMS from Floraison de Soi with offers of new stages. Please stop send me these SMS. My number is +49 171 4428190.

Thanks
J. Albrecht"""),

R("en_uk_drive_transfer", "en", [P], ("Philippa Grange", "pip.grange@gmail.com"),
  "Transferring my documents",
  """Hi Sandra,

As discussed, I'm continuing with a coach closer to home (Bristol). Would you be able to send everything from my shared Google Drive folder - the values worksheets, the wheel of life, my intake form - directly to her at hello@sallywardcoaching.co.uk? Original files please, not PDFs, so she can reuse them.

Thanks so much for everything this year.
Pip"""),

R("en_ie_widow", "en", [PM], ("Maura Kavanagh", "maura.kavanagh@gmail.com"),
  "Re: Your session reminder",
  """Dear Sandra,

I'm sorry to tell you that Declan died suddenly at the beginning of the month. This reminder came to his email which I'm now looking after.

Please cancel his remaining sessions and stop sending emails to him. I'd also be grateful if you could let me have whatever notes you made during his sessions - he was struggling last year and I'd like to understand.

Maura Kavanagh""", quote=dict(style="gmail_en", n="Floraison de Soi", a="contact@floraisondesoi.fr",
  t="Hello Declan,\nThis is a reminder of your session on Thursday at 10:00 (visio).\nSandra")),

R("en_es_questionnaire_research", "en", [W], ("Lucía Ferrer", "lucia.ferrer.b@gmail.com"),
  "About the questionnaire",
  """Hi Sandra,

When I started the course I completed the questionnaire and I ticked the box to allow you to use my answers anonymously for your study about women and work-life balance. I changed my mind about this: I don't want my answers to be used for this study anymore. Please take them out.

Best,
Lucía"""),

R("en_nl_freeze", "en", [RS], ("Pieter Visser", "pieter.visser@xs4all.nl"),
  "Account on hold",
  """Hello Sandra,

I'm not sure yet if I want my data removed or not, I need to think about it. Could you in the meantime put my data on hold - so don't delete it, but also don't send me anything or use it for anything until I get back to you?

Thanks
Pieter"""),

R("en_it_new_email", "en", [RE], ("Stefano Marchetti", "stefano.marchetti@outlook.it"),
  "New email address",
  """Hello Sandra,

my old email stefano.marchetti@fastwebnet.it will be closed at the end of the month. Please replace it with this one (stefano.marchetti@outlook.it) in your records and for the course platform.

Thank you,
Stefano"""),

R("en_pl_who_has_it", "en", [A], ("Katarzyna Nowicka", "k.nowicka@interia.pl"),
  "Data question",
  """Dear Sandra,

I would like to know to which companies you have given my personal data. In your privacy policy I read about Systeme.io, Stripe, Google, an accountant, "partners"... Please send me the list of the recipients who received my data.

Best regards,
Katarzyna Nowicka"""),

R("en_us_delete_all_and_review", "en", [E, W], ("Amber Lockhart", "amber.lockhart@icloud.com"),
  "Removing my info + review",
  """Hey Sandra,

Two things:
1) please pull my review/testimonial from the course sales page, I don't want my name associated with it anymore
2) after that, please delete my account and any data you have about me

Thank you for understanding,
Amber"""),

R("en_uk_no_marketing_calls", "en", [O], ("Derek Simms", "derek.simms@talktalk.net"),
  "Phone calls",
  """Sandra,

I had a free discovery call with you in the spring and since then I've had three follow-up calls offering packages. I object to being contacted for marketing purposes. Please note this on my record.

Derek Simms"""),

R("en_expat_access_and_spelling", "en", [A, RE], ("Fiona McAllister", "fiona.mcallister@laposte.net"),
  "My file",
  """Hello Sandra,

Could you send me a copy of everything you hold about me? I'd like to see the intake form and your notes.

Also, while you're at it, my surname is spelt McAllister (double L), not MacAlister - it's wrong on every invoice and on the course platform.

Many thanks,
Fiona"""),

R("en_in_student_delete", "en", [E], ("Ananya Raghavan", "ananya.raghavan@gmail.com"),
  "Account deletion and data removal request",
  """Respected Madam,

I had enrolled in your online course "Leadership au féminin" in 2024 from Bangalore. I kindly request you to delete my account on the course platform along with all my personal data, including my payment details and assignments.

Kindly confirm once it is done.

Thanks and regards,
Ananya Raghavan"""),

R("en_ca_export_json", "en", [P], ("Olivier Tremblay-Clarke", "o.tremblayclarke@videotron.ca"),
  "Data portability request",
  """Hi Sandra,

I'm building a personal archive of my coaching work. Under the GDPR portability right, could you send me the data I provided on your course platform (profile, the assessment results and my answers to the module exercises) as a CSV or JSON file?

Thanks!
Olivier
Montréal"""),

R("en_de_newsletter_and_quote", "en", [O, W], ("Heike Brandt", "heike.brandt@web.de"),
  "Newsletter and my quote on Instagram",
  """Dear Sandra,

please delete me from your newsletter distributor, I get too many mails.

And also, you used a sentence from my feedback with my first name on Instagram. I did agree at that time, but I withdraw it now, please remove the post.

Many greetings from Leipzig
Heike"""),

R("en_au_reply_above_newsletter", "en", [E], ("Brooke Sutherland", "brooke.sutherland@outlook.com.au"),
  "Re: Floraison de Soi - la lettre du mois",
  """Hi, please delete all my data from your system. I moved back to Brisbane and won't be using any of this. Thanks.

Brooke""", quote=NL),

R("en_uk_solicitor_estate", "en", [PM], ("Emma Whiteley - Harcourt Lewis Solicitors", "e.whiteley@harcourtlewis.co.uk"),
  "Estate of the late Mr Peter Ingram",
  """Dear Madam,

We act as executors of the estate of the late Mr Peter Ingram, formerly of La Châtre, who died on 18 November 2025.

In the course of administering the estate we have found invoices from Floraison de Soi. We should be grateful if you would confirm what personal data you hold relating to Mr Ingram and, subject to any legal retention obligations, arrange for its deletion. Please also confirm whether any sums are owed to or by the estate.

A copy of the grant of probate can be provided on request.

Yours faithfully,
Emma Whiteley
Harcourt Lewis Solicitors

This email is confidential and may be legally privileged."""),

R("en_nl_sister_died", "en", [PM], ("Anouk Jansen", "anouk.jansen@gmail.com"),
  "My sister Lieke",
  """Dear Sandra,

I am the sister of Lieke Jansen. She died in December. I found in her mailbox that she was following your online course. Could you close her account and remove her photo from the group page? For our family it is painful to see her there.

Thank you,
Anouk Jansen"""),

R("en_us_outlook_access_above_reminder", "en", [A], ("Gregory Tan", "gtan@tanwellness.com"),
  "RE: Your invoice FDS-2025-118",
  """Sandra,

Before I pay this, I'd like a full copy of the personal information your business holds about me - contact details, billing data, notes, anything stored on Stripe or Google Drive. Please send it to this address.

Regards,
Greg Tan

Greg Tan | Tan Wellness Consulting
+1 (415) 555-0193""", quote=dict(style="outlook_en", n="Floraison de Soi", a="contact@floraisondesoi.fr",
  t="Hello Gregory,\n\nPlease find attached invoice FDS-2025-118 for your coaching package.\n\nKind regards,\nSandra Delomenie\nFloraison de Soi"), shape="alt"),

R("en_es_statistics", "en", [O], ("Carmen Ibáñez", "carmen.ibanez@gmail.com"),
  "Use of my data for statistics",
  """Hello Sandra,

In your newsletter you wrote that you analyse the results of participants to make statistics for your new book. I don't want my results used for that. I object to the use of my data in your statistics, for personal reasons (I work in HR and I prefer to be discreet).

Thank you,
Carmen"""),

R("en_it_wrong_invoice_address_pause", "en", [RS], ("Paolo Ferraris", "paolo.ferraris@tiscali.it"),
  "Data in my file not correct",
  """Dear Sandra,

The data about my company in your file is not correct - you have my old employer "Ferraris Consulting" with its VAT number, but I don't work there anymore and I contest this information. Until we verify it together, please don't use these data for the invoices or anything else.

Regards,
Paolo"""),
# NEAR-LINE: contests accuracy and asks to pause use until verified, without supplying the new value -> restriction only.

R("en_pl_delete_and_photo", "en", [E, W], ("Magdalena Zielińska", "magda.zielinska@o2.pl"),
  "Removal",
  """Hello Sandra,

I would like to finish all contact with Floraison de Soi. Please remove all my personal data from your databases, and my photo from the testimonial on your website (I don't agree anymore to its publication).

Best regards,
Magdalena Zielińska""", cte="b64"),

R("en_ie_new_phone", "en", [RE], ("Niamh O'Sullivan", "niamh.osullivan@gmail.com"),
  "new number",
  """Hi Sandra,

Quick note - I've a new French number now, can you replace the Irish one on my file?
Old: +353 87 214 5590
New: 07 68 42 19 03

Thanks!
Niamh"""),

R("en_uk_podcast_audio", "en", [W], ("Rosalind Price", "ros.price@virginmedia.com"),
  "Podcast recording",
  """Dear Sandra,

You kindly recorded our conversation in October for your podcast episode about career transitions. I signed the consent form at the time, but I have since started a new job and I would prefer it not to be broadcast. Please consider my consent withdrawn and don't publish the recording.

Many thanks for understanding,
Rosalind"""),

R("en_us_see_export_delete", "en", [A, E, P], ("Jordan Ellis", "jordan.ellis@fastmail.com"),
  "GDPR: access, portability, then erasure",
  """Hello,

I'm exercising my GDPR rights as follows:

- Access: tell me what personal data you hold about me and send me a copy.
- Portability: provide the data I gave you (account info, journal uploads, quiz answers) in a machine-readable format (CSV/JSON).
- Erasure: once I've confirmed receipt, delete all of my personal data, including on Systeme.io and Google Drive.

Thank you,
Jordan Ellis"""),

R("en_expat_whatsapp_stop", "en", [O], ("Carol Bentley", "carol.bentley@sfr.fr"),
  "WhatsApp messages",
  """Hi Sandra,

Please could you stop messaging me on WhatsApp about upcoming workshops and offers? I'm not interested at the moment and I'd rather not be contacted that way. Thanks for understanding.

Carol"""),

R("en_de_father_deceased", "en", [PM], ("Katrin Weber", "katrin.weber@icloud.com"),
  "Death of my father Wolfgang Weber",
  """Dear Mrs. Delomenie,

My father Wolfgang Weber died on 3 January in Châteauroux. He was your client in 2025. As his heir I would like to receive the documents you have from him and afterwards you can delete everything.

I attach the death certificate.

Kind regards
Katrin Weber""", att=[("Sterbeurkunde_Wolfgang_Weber.pdf", "application/pdf")]),

R("en_us_certificate_name", "en", [RE], ("Taylor Gomez", "taylor.gomez@gmail.com"),
  "Name on certificate + account",
  """Hi Sandra!

I legally changed my first name last month (from Tiffany to Taylor). Could you update it in my course account and reissue my completion certificate with Taylor Gomez? Happy to send the court document if needed.

Thanks,
Taylor (they/them)"""),

R("en_au_polite_what_info", "en", [A], ("Steve Pritchard", "steve.pritchard@gmail.com"),
  "Quick question",
  """Hi Sandra,

Could you tell me what information you have about me on file? I did a couple of sessions in 2024 and just want to know what's kept.

Cheers,
Steve"""),

R("en_uk_html_erasure", "en", [E], ("Victoria Lang", "victoria.lang@hotmail.co.uk"),
  "Erasure request",
  """Dear Sandra,

Please erase all personal data you hold about me under Article 17 GDPR. I no longer consent to you holding my information and I am not a current client.

Kind regards,
Victoria Lang""", shape="html"),

R("en_es_access_and_excel", "en", [A, P], ("Pablo Serrano", "pablo.serrano@yahoo.es"),
  "My information",
  """Hello Sandra,

Can you tell me which data you have of me? And I would like to have my answers of the tests and the exercises in Excel or CSV, because I want to use them with my new coach in Madrid.

Thank you very much
Pablo"""),

R("en_it_stop_and_delete", "en", [E, O], ("Chiara Lombardi", "chiara.lombardi@alice.it"),
  "Please",
  """Hello,

I asked already one time to not receive more your emails and I continue to receive them. I oppose to the use of my email for publicity. And please delete my data.

Chiara Lombardi"""),

R("en_nl_name_on_testimonial", "en", [W], ("Femke Bakker", "femke.bakker@hotmail.nl"),
  "My name on the testimonial",
  """Hi Sandra,

You can keep my review on the website, that's fine, but I no longer agree to my full name and photo being shown next to it. Please change it to "Femke B." and remove the photo.

Thanks!
Femke"""),
# NEAR-LINE: partial withdrawal of consent for publication of name+photo with testimonial -> withdraw_consent (not rectification: the data is not inaccurate).

R("en_pl_hold_decision", "en", [RS], ("Paweł Jabłoński", "pawel.jablonski@gmail.com"),
  "Please stop processing until I decide",
  """Dear Sandra,

I don't agree with how my data was used in the group programme (my results were shown in the group call). I asked a lawyer about it. Until this is clarified please limit the processing of my data: don't erase anything but don't use it.

Paweł Jabłoński"""),

R("en_us_own_death_directive", "en", [PM], ("Linda Marsh", "linda.marsh@comcast.net"),
  "Instructions in case of my death",
  """Dear Sandra,

I'm updating my estate planning and my attorney suggested I leave instructions with the services I use. If I die, I want my son Michael Marsh (michael.marsh@comcast.net) to be able to receive a copy of my coaching files, and everything else should then be deleted.

Please keep this on file.

Linda Marsh"""),

R("en_ie_parent_son", "en", [E], ("Aoife Brennan", "aoife.brennan@gmail.com"),
  "Data for my son Oisín",
  """Hi Sandra,

My son Oisín (14) did the exam-stress workshop over Zoom in the spring. He's not doing any more and I'd like all his info deleted please - his registration form, the email address, and any notes from the sessions.

Thanks,
Aoife (Oisín's mum)"""),

R("en_uk_wrong_note_children", "en", [RE], ("Claire Wetherby", "claire.wetherby@gmail.com"),
  "Small correction to my file",
  """Hi Sandra,

When you sent me the session summary I noticed it says I have two children - I actually have three (Sophie, Max and baby Ellie who arrived in May!). Could you correct that in my file so it's accurate for the next sessions?

Thanks,
Claire"""),

R("en_expat_b64_delete", "en", [E], ("Patrick & Jean Lowther", "lowther.jean@orange.fr"),
  "Suppression de données / Deletion of data",
  """Hello Sandra,

(Sorry, my French is still not good enough for this!)

I would like you to delete all the personal information you have about me, Jean Lowther, from your files and from the online platform. I stopped the sessions last year.

Kind regards
Jean Lowther""", cte="b64"),

R("en_de_b64_access", "en", [A], ("Dr. Ulrike Schmitt", "u.schmitt@uni-mannheim.de"),
  "Auskunftsersuchen / data access request",
  """Dear Ms Delomenie,

I hereby request information pursuant to Art. 15 GDPR about the personal data concerning me that you process, including the categories of data, purposes, recipients, storage period and the source of the data, as well as a copy of the data.

Kind regards
Dr. Ulrike Schmitt

--
Universität Mannheim
This e-mail may contain confidential information.""", cte="b64"),

R("en_br_student_unsub", "en", [O], ("Rafael Azevedo", "rafael.azevedo@gmail.com"),
  "unsubscribe from marketing emails",
  """Hi,

I'm a student on your course from Brazil. The unsubscribe link in your promotional emails doesn't work for me (it gives an error). Please remove me from marketing emails. I still want the course emails.

Thanks,
Rafael"""),

R("en_au_fix_and_pause", "en", [RE, RS], ("Jacinta O'Neill", "jacinta.oneill@gmail.com"),
  "Incorrect info",
  """Hi Sandra,

Your intake summary says I'm a nurse - I'm actually a pharmacist. Could you fix that please? And until it's corrected, please don't share the summary with the group facilitator.

Thanks,
Jacinta"""),

R("en_es_aunt_died", "en", [PM], ("Irene Castaño", "irene.castano@gmail.com"),
  "My aunt Pilar Castaño",
  """Hello,

I write to inform that my aunt Pilar Castaño, who did coaching with you in 2024, died last month. I am her only family. Please can you tell me if you have documents of her and delete her data after? Also please stop the newsletter to her email.

Thank you
Irene Castaño"""),

R("en_it_portability", "en", [P], ("Luca Bernardi", "luca.bernardi@gmail.com"),
  "Transfer of my data",
  """Hello Sandra,

I want to move my coaching to the platform of my company (they use CoachHub). Can you transfer my data from your course - the assessments and my progress - to them in a standard file format? Their DPO address is privacy@example-coachhub.com, or you can send it to me and I'll upload it.

Grazie,
Luca"""),

R("en_uk_testimonial_and_newsletter", "en", [O, W], ("Gillian Forsyth", "gillian.forsyth@gmail.com"),
  "A couple of things",
  """Hi Sandra,

Please take my testimonial off the website and the sales page - I'm withdrawing my consent for it. And could you also take me off the newsletter please?

Hope all is well in Issoudun.
Gill"""),

R("en_us_restrict_not_delete", "en", [RS], ("Marcus Reyes", "marcus.reyes@gmail.com"),
  "Don't delete my account yet",
  """Hey Sandra,

I see the course platform says inactive accounts get deleted after 12 months. I'm not using it right now but I'll come back to it. Please don't delete my data - but also don't use it for anything else in the meantime (no emails, no surveys). Just keep it parked.

Thanks,
Marcus"""),
# NEAR-LINE: "don't delete, don't use" -> restriction only, per policy.

R("en_nl_access_with_id", "en", [A], ("Hendrik Smit", "h.smit@planet.nl"),
  "Request copy personal data",
  """Dear Madam,

Hereby I request a copy of all personal data you process about me. As asked in your privacy policy, I attach a copy of my ID card and a signed letter.

Kind regards,
Hendrik Smit
Utrecht""", att=[("ID_Hendrik_Smit.jpg", "image/jpeg"), ("verzoek_inzage_signed.pdf", "application/pdf")]),

R("en_ch_fwd_own_request", "en", [E], ("Beatrice Keller", "beatrice.keller@bluewin.ch"),
  "Fwd: Deletion request",
  """Hello Sandra, I sent this to the wrong address last month and never got an answer - resending below. Please delete my data as requested.

Beatrice""", fwd=dict(style="gmail_en", n="Beatrice Keller", a="beatrice.keller@bluewin.ch", to="info@floraison-de-soi.com",
  subj="Deletion request", t="Dear Sandra,\nplease delete all my personal data (account, emails, notes). Thank you.\nBeatrice Keller")),
# NEAR-LINE: the new text itself asks for deletion ("Please delete my data as requested") -> erasure.

R("en_uk_retired_formal_objection", "en", [O], ("Major (retd) Hugh Ferrers", "hugh.ferrers@btopenworld.com"),
  "Cessation of correspondence",
  """Dear Madame Delomenie,

I attended one of your talks at the Issoudun library last year and gave my address on your sign-up sheet. I have since received a considerable quantity of promotional material by email.

I should be obliged if you would cease sending me any further marketing correspondence of any description.

Yours faithfully,
H. J. Ferrers"""),

R("en_de_erasure_qp", "en", [E], ("Lena Vogt", "lena.vogt@mailbox.org"),
  "Löschung / erasure of my data",
  """Hello Sandra,

please erase my personal data completely (Art. 17 GDPR): my account on the learning platform, my address, my payment data as far as you are not obliged to keep them for tax reasons, and the questionnaires.

Thank you and best wishes,
Lena Vogt""", cte="qp"),

R("en_expat_access_apple", "en", [A], ("Susan Oakley", "susan.oakley@me.com"),
  "Re: Bilan de votre accompagnement",
  """Thanks Sandra - that was a lovely summary. Would you be able to send me copies of all the notes and documents you kept on me over the year? I'd like to keep them myself.

Susan

Sent from my iPad""", quote=dict(style="apple_en", n="Sandra Delomenie", a="sandra.delomenie@orange.fr",
  t="Bonjour Susan,\nVoici le bilan de votre accompagnement, comme promis.\nBelle continuation,\nSandra")),
R("en_de_fix_email_export", "en", [P, RE], ("Florian Neumann", "florian.neumann@mailbox.org"),
  "Two requests regarding my data",
  """Dear Sandra,

first, you still have my old address florian.neumann@arcor.de in the course platform - please replace it with florian.neumann@mailbox.org (Arcor closes its mail service).

Second, I would like to receive my course data (progress, quiz results, reflection answers) as a CSV or JSON file so that I can import it into my own tool.

Thanks a lot and best regards
Florian"""),

R("en_expat_what_and_stop", "en", [A, O], ("Brian Tolland", "brian.tolland@free.fr"),
  "Fwd: this newsletter",
  """Sandra,

I've attached one of the newsletters I keep getting. I'm fairly sure I never signed up - I only came to one talk at the library. What personal information do you actually have about me, and where did it come from? And please stop sending these.

Brian Tolland""", att=[("newsletter.eml", "message/rfc822")],
  fwd_msg=dict(n="Floraison de Soi", a="contact@floraisondesoi.fr", to="brian.tolland@free.fr",
  subj="Floraison de Soi - la lettre du mois", t="Bonjour,\nDécouvrez notre nouveau cercle...\nSe désinscrire")),
]
