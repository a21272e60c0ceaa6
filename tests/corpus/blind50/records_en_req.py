# English-language requests (new text in English): native UK/US/IE/IN/CA writers,
# non-native writers, and expats in France who mix in French words.


def R(key, subject, body, rights=(), **kw):
    d = dict(key=key, subject=subject, body=body, rights=list(rights))
    d.update(kw)
    return d


RECORDS = [
# ------------------------------------------------------------------ access
R("en-acc-sar-uk", "Subject Access Request",
"""Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the GDPR. Please provide me with a copy of all personal data you hold about me, together with the purposes of processing, the recipients, the retention period and the source of any data not collected from me.

I attended your online workshop "Finding Your Voice" in October 2024 and had two one-to-one sessions afterwards.

Kind regards,
{name}""", ["access"], pool="uk"),

R("en-acc-expat-dossier", "my dossier",
"""Hi Sandra,

Hope all is well chez vous! Quick one: could you send me a copy of my dossier - the bilan from our first séance and whatever notes you kept? My French isn't good enough to remember everything we said, haha, and I'd love to reread it with a dictionary.

Merci mille fois,
{first}""", ["access"], pool="uk"),

R("en-acc-in-formal", "Request for information regarding my personal data",
"""Respected Madam,

Greetings of the day. I had enrolled for your online training programme on stress management in the month of February. Kindly let me know what all personal details of mine are stored in your system and whether the same have been shared with any third party.

Awaiting your kind response.

Thanks and regards,
{name}
Pune""", ["access"], pool="in"),

R("en-acc-us-short", "what do you have on me?",
"""Hey - can you tell me exactly what info you've got stored about me? Thanks, {first}""", ["access"], pool="us"),

R("en-acc-ie-source", "How did you get my details?",
"""Hello,

I've started receiving emails from Floraison de Soi and I've never been to France, let alone signed up for coaching there. Could you tell me where you got my email address from, and what else you have on file about me?

Thanks,
{first} {last}
Galway""", ["access"], pool="ie"),
# NEAR-LINE: no unsubscribe asked, only source and what is held -> access only

R("en-acc-nonnative-de", "Copy of my answers",
"""Hello Mrs. Delomenie,

I have participated on your training for managers in Strasbourg last year (my company has payed). We made a personality test there. I would like to receive a copy of my results of this test and also of the feedback sheet which was filled about me. Is it possible?

Best regards
{name}""", ["access"], pool="de"),

R("en-acc-ca-recordings", "Zoom recordings",
"""Hi Sandra,

I was part of the winter cohort of your online programme (joining from Halifax - early mornings, eh!). Do you keep recordings or transcripts of the group sessions where I spoke? If so, I'd like a copy of the parts that involve me, and to know who else has access to them.

Cheers,
{first}""", ["access"], pool="ca"),

# ------------------------------------------------------------------ rectification
R("en-rect-name-spelling", "Spelling of my name",
"""Hello,

My certificate and every email I get from you spell my name "Siobahn". It's Siobhán - S-I-O-B-H-Á-N. Would you mind fixing it in your records? Thank you!

Siobhán""", ["rectification"], sender=("Siobhán Kelly", "siobhan.kelly@eircom.net")),

R("en-rect-new-email", "Change of email address",
"""Dear Sandra,

Please replace my old address (j.pemberton@oldfirm.co.uk) with this one for all future correspondence - I've left that job.

Many thanks,
{first} Pemberton""", ["rectification"], sender=("Janet Pemberton", "janet.pemberton@btinternet.com")),

R("en-rect-expat-adresse", "new adresse",
"""Bonjour Sandra! We've finally moved out of the gîte and into our own maison in Reuilly. New address is 3 chemin des Vignes, 36260 Reuilly. Please update my fiche so the next facture doesn't go to the old place. Bisous, {first}""", ["rectification"], pool="uk"),

R("en-rect-note-correction", "Correction to my intake form",
"""Hi Sandra,

Looking back at the intake summary you sent, it says I have two children - I actually have three (my youngest was born in March, I think I forgot to update you!). It also lists my job as "teacher"; I'm a school counsellor now. Could you correct both?

Thanks so much,
{first}""", ["rectification"], pool="ca"),

R("en-rect-in-dob", "Correction of Date of Birth",
"""Dear Madam,

It is to bring to your kind notice that my date of birth has been wrongly entered as 12/08/1989 in the participant list. The correct date of birth is 08/12/1989. Kindly do the needful and rectify the same at the earliest.

Regards,
{name}""", ["rectification"], pool="in"),

# ------------------------------------------------------------------ erasure
R("en-era-art17-uk", "Erasure request - Article 17 UK/EU GDPR",
"""Dear Sir or Madam,

I hereby request the erasure of all personal data relating to me that you hold, pursuant to Article 17 of the General Data Protection Regulation. This includes any contact details, session records and correspondence.

Please confirm in writing once this has been done.

Yours faithfully,
{name}""", ["erasure"], pool="uk"),

R("en-era-us-delete-everything", "Please delete my info",
"""Hi there,

I'd like you to delete my account and all the data attached to it. I'm not going to be using the platform anymore. Thanks!

{first}""", ["erasure"], pool="us"),

R("en-era-polite-ie", "A small favour",
"""Hi Sandra,

I hope you had a lovely summer. Would you be able to remove my details from your files? Nothing wrong at all, I'm just having a bit of a digital clear-out.

Go raibh maith agat,
{first}""", ["erasure"], pool="ie"),

R("en-era-nonnative-es", "delete my datas",
"""Hello, I am {first}, I was in the workshop of April in Issoudun with my friend Claire. I want please that you delete all my datas from your computer, I dont need any more. Thank you very much and sorry for my english.""", ["erasure"], pool="es"),

R("en-era-parent-minor", "My son's data",
"""Dear Ms Delomenie,

My son Ethan (16) attended your exam-confidence sessions last spring; I booked and paid for them. We would now like all of his personal information, including the session notes, to be deleted. I am his mother and legal guardian.

Kind regards,
{name}""", ["erasure"], pool="uk"),

R("en-era-buried-expat", "Life update (long, sorry!)",
"""Hi Sandra!

It's been ages. So much has happened since our last séance in the spring - we sold the house in Saint-Aout in the end (the notaire took FOREVER, you know how it is), and we're heading back to Yorkshire for a while to be near Mum, who's not been well. The kids are thrilled, mostly because of proper Cadbury's.

I wanted to say again how much the work we did helped me. The "three circles" exercise is stuck to my fridge and it's coming with me.

Oh, and since we're leaving France for good, could you wipe everything you have on me? Notes, forms, the lot. No need to keep any of it.

Take care and bon courage with the new atelier space,
{first}""", ["erasure"], pool="uk"),

R("en-era-subject-only", "Delete all my personal data please", "", ["erasure"], pool="us"),

# ------------------------------------------------------------------ restriction
R("en-res-dont-use-dont-delete", "Hold my records",
"""Hello Sandra,

Please don't delete my file - I may need it as evidence in an employment tribunal - but please don't use it for anything else or share it with anyone until I tell you otherwise.

Thanks,
{name}""", ["restriction"], pool="uk"),

R("en-res-contest-accuracy", "Disputing the assessment summary",
"""Dear Ms Delomenie,

I do not agree with the accuracy of the assessment summary prepared after the leadership training (specifically the section on "conflict avoidance"). While we sort this out, I'm asking you to restrict processing of that document under Article 18 GDPR - please do not send it to my employer or use it in any way.

Regards,
{name}""", ["restriction"], pool="us"),

R("en-res-freeze-in", "Request to freeze my data",
"""Dear Madam,

Due to some personal circumstances I am unable to continue the coaching at present. I request you to kindly freeze my data - please do not delete it, as I intend to resume next year, but do not use it in the meantime.

Thanking you,
{name}""", ["restriction"], pool="in"),

R("en-res-nonnative-it", "please stop using but keep",
"""Dear Sandra, I have a dispute with the organism who paid my training (OPCO). Please, can you keep my documents but not use them or send to anybody until the problem is finished? Thank you a lot, {first}""", ["restriction"], pool="it"),

R("en-res-ca-pause", "Putting things on hold",
"""Hi Sandra,

I'd like to put my file on hold for now. Not deleted - just parked, so that nothing gets used or processed until I'm ready to come back. Is that doable? Please go ahead if so.

Thanks,
{first}""", ["restriction"], pool="ca"),

# ------------------------------------------------------------------ portability
R("en-port-csv", "Export in CSV",
"""Hi,

Could you export the data I provided to you (questionnaire answers, goals worksheet, session log) as a CSV or spreadsheet? I'm moving to a coach in London and would like to hand it over.

Thanks,
{first}""", ["portability"], pool="uk"),

R("en-port-direct-transfer", "Data portability - transfer to new provider",
"""Dear Ms Delomenie,

Under Article 20 GDPR, please transmit the personal data I have provided to you directly to my new practitioner, Dr. Anna Fischer (anna.fischer@praxis-fischer.de), in a structured, commonly used and machine-readable format.

Kind regards,
{name}""", ["portability"], pool="de"),

R("en-port-us-json", "machine readable copy?",
"""Hey Sandra! Any chance you could send me my progress data from the course platform in a machine-readable format (JSON would be perfect, CSV works too)? Building a little personal dashboard. Thanks a ton! - {first}""", ["portability"], pool="us"),

R("en-port-in-transfer", "Transfer of my records",
"""Dear Madam,

I have shifted to Bangalore and will be continuing my sessions with a local counsellor. I request you to kindly share my records in an electronic format which can be imported by her system (Excel or similar).

Regards,
{name}""", ["portability"], pool="in"),

R("en-port-expat-platform", "Re: your formation access",
"""Thanks Sandra. Before my access expires, could you export my exercises and quiz results from Systeme.io in a format I can re-use (xlsx or csv)? I'd like to import them into Notion. Merci!

{first}""", ["portability"], pool="uk",
  quote=dict(style="gmail_en", who="Sandra Delomenie <contact@floraisondesoi.fr>", text="Hello {first},\n\nJust a reminder that your access to the online formation ends on the 30th.\n\nBelle journée,\nSandra")),

# ------------------------------------------------------------------ objection
R("en-obj-unsubscribe", "unsubscribe", "unsubscribe", ["objection"], pool="us", cte="7bit"),

R("en-obj-marketing-uk", "Marketing emails",
"""Hello,

Please stop sending me marketing emails. I did one workshop two years ago and I'm getting three emails a week. Thank you.

{name}""", ["objection"], pool="uk"),

R("en-obj-profiling", "Objection to profiling",
"""Dear Sandra Delomenie,

I object, under Article 21 GDPR, to the processing of my personal data for profiling and audience measurement, including via Google Analytics and any tracking pixels in your newsletters.

Regards,
{name}""", ["objection"], pool="ie"),

R("en-obj-expat-sms", "texto",
"""Hi Sandra, I keep getting les textos about your ateliers on my French mobile. Lovely as they are, could you take me off the SMS list? Merci! {first}""", ["objection"], pool="uk"),

R("en-obj-no-contact", "Please don't contact me",
"""Hi,

I'd rather not be contacted anymore about new programmes, by phone or email. Thanks for understanding.

{first}""", ["objection"], pool="ca"),

R("en-obj-stats-in", "Use of my feedback for statistics",
"""Dear Madam,

I came to know that feedback forms are being used for preparing statistics and reports. I do not wish my data to be used for this purpose. Kindly exclude my information from such analysis.

Regards,
{name}""", ["objection"], pool="in"),

R("en-obj-reply-newsletter", "Re: New dates for the autumn circles 🍂",
"""Please remove me from this mailing list. Thanks.""", ["objection"], pool="uk",
  quote=dict(style="gmail_en", who="Floraison de Soi <contact@floraisondesoi.fr>", text="Dear friends,\n\nAutumn is here, and with it a new season of women's circles in Issoudun and online. Dates: 4 October, 8 November, 6 December.\n\nWith warmth,\nSandra\n\nUnsubscribe | Manage preferences")),

# ------------------------------------------------------------------ withdraw_consent
R("en-wc-testimonial", "My testimonial",
"""Hi Sandra,

I'm withdrawing my consent for you to use my testimonial on your website and Facebook page. I'm changing careers and I'd rather it not be out there with my name on it. Could you take it down please?

Thanks for understanding,
{first}""", ["withdraw_consent"], pool="us"),

R("en-wc-photo-ie", "Photo from the retreat",
"""Hi Sandra, I said yes to the group photo at the Berry retreat but I've changed my mind, I'm withdrawing my permission. Can it come down off Instagram? Thanks a million, {first}""", ["withdraw_consent"], pool="ie"),

R("en-wc-video-nonnative-nl", "video of me",
"""Hello Sandra,

In the webinar replay of 14 March I am speaking for some minutes. Before I agreed to this, but now I withdraw this agreement. Please can you cut me out of the replay? Thank you.

Greetings,
{first}""", ["withdraw_consent"], pool="nl", date_range=("2025-03-20", "2025-05-30")),

R("en-wc-recording-uk", "Audio recording consent",
"""Dear Sandra,

I gave consent for our session of 2 June to be recorded for your supervision training. On reflection I'd like to withdraw that consent. Please don't use the recording.

Best,
{first}""", ["withdraw_consent"], pool="uk"),

R("en-wc-research-in", "Withdrawal of consent for research questionnaire",
"""Dear Madam,

I had given consent for my questionnaire responses to be used in your study on work-life balance. I hereby withdraw my consent for the same.

Regards,
{name}""", ["withdraw_consent"], pool="in"),

# ------------------------------------------------------------------ post_mortem
R("en-pm-daughter", "My mother, Margaret",
"""Dear Sandra,

I'm very sorry to tell you that my mother, Margaret Ashworth, passed away on 2 February. She spoke very warmly of your sessions. I'm her daughter and executor. Could you let me know what you hold for her and then close her account and delete her records? I've attached the death certificate.

With thanks,
{name}""", ["post_mortem"], pool="uk", att=[("pdf", "death_certificate_M_Ashworth.pdf", "CERTIFIED COPY OF AN ENTRY OF DEATH - Margaret ASHWORTH - 2 February 2025")], date_range=("2025-02-15", "2025-04-10")),

R("en-pm-husband-newsletter", "Newsletter to my late wife",
"""Hello, my wife Linda passed away in the autumn and your newsletter still arrives in her inbox, which I look after now. Please take her off your list. Regards, {name}""", ["post_mortem"], pool="us"),
# NEAR-LINE: reads like an unsubscribe but written by a relative after a death -> post_mortem only

R("en-pm-own-instructions", "Instructions regarding my data after my death",
"""Dear Sandra,

I'm putting my affairs in order. In the event of my death I would like all records of our sessions destroyed, and no one - including my children - to be given access to them. Please keep this email on file.

With gratitude,
{first}""", ["post_mortem"], pool="ca"),

R("en-pm-son-in", "Regarding my late father's account",
"""Dear Madam,

With deep grief I wish to inform that my father Shri Ramesh Iyer expired on 11th November. He had registered for your online meditation course. As his son, I request you to kindly close his account and remove his details. Death certificate can be provided if required.

Regards,
{name}""", ["post_mortem"], pool="in", sender=("Arjun Iyer", "arjun.iyer82@gmail.com")),

R("en-pm-solicitor", "Estate of the late Mr Patrick Doyle",
"""Dear Ms Delomenie,

We act for the executors of the estate of the late Patrick Doyle, formerly of Kinsale, Co. Cork, who died on 9 April 2025. We understand Mr Doyle attended a coaching programme with you. We would be grateful if you would confirm whether you hold any personal data relating to him and, if so, arrange for its secure deletion.

Yours sincerely,

Áine Walsh
Solicitor
Walsh & Byrne Solicitors
This email and any attachments are confidential and may be legally privileged.""", ["post_mortem"], sender=("Áine Walsh", "awalsh@walshbyrne.ie"), cc="probate@walshbyrne.ie", date_range=("2025-05-05", "2025-07-30")),

R("en-pm-expat-sister", "ma soeur",
"""Sandra, I'm Helen's sister. I don't know if you heard - Helen died in the accident near Vatan last month. There are photos of her from your stage on your site. Could they be taken down? The family would be grateful. {first}""", ["post_mortem"], pool="uk"),

R("en-pm-access-son", "My late mother's letters",
"""Hi Sandra,

My mum, Kimberly, passed away in December. Going through her things, I found she'd been working with you and had written some letters during sessions that she left with you. As her son and only heir, could I have a copy of them? It would mean a lot.

Thanks,
{name}""", ["post_mortem"], pool="us", sender=("Tyler Brooks", "tbrooks.photo@gmail.com")),

# ------------------------------------------------------------------ multi-right
R("en-multi-access-rect", "Data request + correction",
"""Hi,

Please send me a copy of everything you hold about me. Also, your records still show my maiden name (Barker) - my surname is now Hughes. Please update that.

Thanks,
Emma Hughes""", ["access", "rectification"], sender=("Emma Hughes", "emma.hughes.84@gmail.com")),

R("en-multi-erasure-withdraw", "Removing everything",
"""Hi Sandra,

Please take down the video testimonial I recorded for you and delete all my data. I'm leaving coaching behind entirely.

Thanks for everything,
{first}""", ["erasure", "withdraw_consent"], pool="ca"),

R("en-multi-unsub-delete-in", "Unsubscribe and delete",
"""Dear Madam, kindly unsubscribe me from all your mailers and delete my data from your database. Regards, {name}""", ["erasure", "objection"], pool="in"),

R("en-multi-access-port-us", "Two requests",
"""Hi,

1) Tell me what personal data you hold about me and who you've shared it with.
2) Send me the data I gave you in a machine-readable format (CSV is fine).

Thanks,
{name}""", ["access", "portability"], pool="us"),

R("en-multi-restrict-access-uk", "Before I decide",
"""Dear Sandra,

Before I decide whether to ask you to delete anything, I'd like a copy of my session notes. Until I've seen them, please don't use or delete them.

Kind regards,
{first}""", ["access", "restriction"], pool="uk"),

R("en-multi-solicitor-mandate", "Our client Ms Fiona Marsh - data subject requests",
"""Dear Ms Delomenie,

We act for Ms Fiona Marsh, who has authorised us to write on her behalf (signed authority enclosed). Our client requests (i) a copy of all personal data you hold about her and (ii) that you cease processing her data for marketing purposes with immediate effect.

We look forward to your response within one month.

Yours sincerely,
Rachel Holloway
Holloway Cartwright LLP""", ["access", "objection"], sender=("Rachel Holloway", "r.holloway@hollowaycartwright.co.uk"),
  att=[("pdf", "Letter_of_Authority_F_Marsh.pdf", "LETTER OF AUTHORITY - I, Fiona Marsh, authorise Holloway Cartwright LLP to act on my behalf")]),

R("en-multi-expat-port-era", "Fin de l'accompagnement",
"""Hi Sandra, we've come to the end of our sessions - merci pour tout! Could you send me my worksheets and questionnaire answers as a file I can keep using (Word is fine), and then delete everything on your side? Bonne continuation, {first}""", ["portability", "erasure"], pool="uk"),

R("en-multi-obj-wc-ie", "Two things",
"""Hi Sandra, please take me off the newsletter, and I'm withdrawing consent for my photo on the workshop page too. Thanks, {first}""", ["objection", "withdraw_consent"], pool="ie"),

R("en-multi-html-access-era", "Data request",
"""Hello,

I would like to know what personal data you hold about me. Once you've sent it, please erase it.

Regards,
{name}""", ["access", "erasure"], pool="uk", html="alt"),

R("en-multi-rect-restrict", "Wrong information in my file",
"""Hi Sandra,

Your report says I left my last job because of burnout. That's not accurate - I was made redundant. Please correct it to say that, and in the meantime please don't send the report to the HR people at my company.

Thanks,
{first}""", ["rectification", "restriction"], pool="us"),
# NEAR-LINE: correction given (rectification) plus a pause on sharing meanwhile (restriction)

R("en-multi-triple-ca", "GDPR requests",
"""Hello,

I'd like to (a) get a copy of the personal data you have on me, (b) have my phone number removed from your SMS marketing, and (c) have my photo taken down from the testimonials page (I'm withdrawing my consent).

Thank you,
{name}""", ["access", "objection", "withdraw_consent"], pool="ca"),

R("en-multi-expat-acc-wc", "photo + my data",
"""Hi Sandra,

Two things, sorry to be a pain! I'd like a copy of whatever you hold on me (fiche, notes, etc.), and I'm withdrawing my OK for the photo from the marché de Noël stand - screenshot attached so you know which one. Merci!

{first}

Sent from my iPhone""", ["access", "withdraw_consent"], pool="uk", att=[("png", "IMG_4127.png")]),

R("en-multi-hr-own-data", "My own data from the managers' training",
"""Hi Sandra,

Writing in a personal capacity this time, not as HR! I'd prefer my evaluation from the managers' training not be used in your anonymised stats, and please don't delete it while our internal audit is running - just keep it aside and don't use it.

Thanks,
{first}
HR Business Partner""", ["objection", "restriction"], pool="uk"),
# NEAR-LINE: HR person writing about her own data -> request; stats objection + keep-but-don't-use restriction

R("en-multi-form-port-acc", "New contact form submission",
"""Name: Graham Fraser
Email: graham.fraser@rogers.com
Message: Please tell me what data you have on me and send it to me as a CSV so I can move it to my new coach. Thanks.

---
Sent from the contact form at floraisondesoi.fr""", ["access", "portability"],
  sender=("Floraison de Soi", "wordpress@floraisondesoi.fr"), reply_to="Graham Fraser <graham.fraser@rogers.com>",
  first="Graham", last="Fraser", no_mailer=True, to="contact@floraisondesoi.fr"),
]
