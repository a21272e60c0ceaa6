# -*- coding: utf-8 -*-
"""Message records for the b23 corpus (English/international senders + French expats).
Each record: key, lang, rights, frm, subj, body, optional shape/quote/att/hdr/reply_to/to/cc/rfc822.
Rights follow the project's labelling policy. Near-line decisions are marked # NEAR-LINE:."""

RECORDS = []
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SP = "Floraison de Soi <contact@floraisondesoi.fr>"


def M(key, lang, rights, frm, subj, body, **kw):
    r = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    r.update(kw)
    RECORDS.append(r)


NEWS_EN = """Floraison de Soi - Newsletter (English edition)
This month: the "Spring Reset" online workshop, 3 evenings on Zoom.
To stop receiving these emails, reply or click the link below."""
NEWS_FR = """Floraison de Soi - La lettre du mois
Ce mois-ci : l'atelier « Oser dire non », samedi 14 à Issoudun.
Pour ne plus recevoir ces messages, cliquez sur le lien en bas de page."""

# ======================================================================
# ENGLISH REQUESTS
# ======================================================================

M("en-acc-dsar-uk-solicitorish", "en", ["access"], "Harriet Palmer <h.palmer@btinternet.com>",
  "Subject Access Request - Article 15 UK/EU GDPR",
  """Dear Ms Delomenie,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation.

Please provide me with:
1. confirmation of whether you process personal data concerning me;
2. a copy of that personal data, including any coaching notes, questionnaires and emails;
3. the purposes of processing, the recipients to whom it has been disclosed, and the retention period;
4. the source of the data where it was not collected from me.

For identification: I attended your "Confiance en soi" online programme in spring 2024 under the email address above. A copy of my passport is attached.

I look forward to your response within one calendar month.

Yours sincerely,
Harriet Palmer
14 Marlowe Close, Canterbury CT2 7QF""", att=["passport_HPalmer.pdf"])

M("en-acc-casual-us", "en", ["access"], "Kayla Brooks <kaylabrooks88@gmail.com>",
  "quick question re my info",
  """Hi Sandra!

Hope things are good in Issoudun. Random one - could you send me whatever info you've got stored on me? Like my intake form, notes from our sessions, that kind of thing. I'm trying to keep all my coaching stuff in one place and realized I never kept copies.

No rush at all, thanks so much!!
Kayla

Sent from my iPhone""")

M("en-acc-irish-what-held", "en", ["access"], "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>",
  "What personal data do you hold about me?",
  """Hello Sandra,

I did one of your weekend stages in 2023 and I've been getting bits and pieces from you since. Could you tell me exactly what personal data you hold about me, and where you got my mobile number from? I don't remember giving it.

Go raibh maith agat,
Siobhán""", shape="qp")

M("en-acc-shared-with-german", "en", ["access"], "Jens Hartmann <j.hartmann@posteo.de>",
  "Request: recipients of my personal data",
  """Dear Mrs Delomenie,

in accordance with Art. 15(1)(c) GDPR I kindly ask you to inform me to which recipients or categories of recipients my personal data have been disclosed. In particular I would like to know if my data was given to Systeme.io, Stripe, Google or to any other coach or partner.

Please also send me a copy of the data you are storing about me.

With kind regards
Jens Hartmann
Leipzig, Germany""")

M("en-acc-canada-html", "en", ["access"], "Geneviève Tremblay-Walsh <gtwalsh@videotron.ca>",
  "Copy of my file",
  """Hi Sandra,

I worked with you in 2024 (the 6-session package by video). I'm starting therapy here in Montréal and my therapist suggested it might be useful to have my own copy of the notes and the worksheets I filled in with you. Could you send me a copy of everything in my file?

Thanks a lot,
Geneviève""", shape="html")

M("en-acc-aus-short", "en", ["access"], "Mick O'Dowd <mick.odowd@bigpond.com>",
  "data request",
  """G'day Sandra,
Can you please send me a copy of all the personal data you have on me. Cheers.
Mick""")

M("en-acc-above-newsletter", "en", ["access"], "Laura Finch <laura.finch@outlook.com>",
  "RE: Floraison de Soi - Newsletter",
  """Hi, before I decide whether to stay on this list - what exactly do you have on file about me and where did you get my address? I don't recall signing up.

Laura""", quote=("outlook_en", SP, NEWS_EN), shape="alt")
# NEAR-LINE: request written above a quoted newsletter -> the new text counts: access (what held + source).

M("en-acc-dutch-nonnative", "en", ["access"], "Femke van Dijk <femke.vandijk@ziggo.nl>",
  "Question about my datas",
  """Dear Sandra,

I was in your online course "Retrouver son élan" last year. I want to ask you to send me all my datas that you have, also the answers of the questionnaire I have filled in the first week. I have the right for this I think by the GDPR.

Thank you in advance and greetings from Utrecht,
Femke""")

M("en-acc-por-spanish", "en", ["access", "portability"], "Lucía Moreno <lucia.moreno.g@gmail.com>",
  "GDPR request - copy and export of my data",
  """Hello Sandra,

I hope you are well. I would like to exercise two rights:

- access: please tell me what personal data you keep about me (sessions, payments, emails, course account) and send me a copy;
- portability: please give me my course progress and my questionnaire answers in a machine-readable format (CSV or JSON is fine) because I want to import them in my new coach's platform.

Many thanks,
Lucía Moreno
Valencia""")

M("en-acc-lawyer-mandate", "en", ["access"], "Oliver Grant <ogrant@grantandlowe-law.co.uk>",
  "Our client: Ms Rebecca Stanton - Data Subject Access Request",
  """Dear Ms Delomenie,

We act for Ms Rebecca Stanton, formerly a client of Floraison de Soi (individual coaching, October 2024 - February 2025). Her signed letter of authority is enclosed.

On behalf of our client, we request, pursuant to Article 15 GDPR, a copy of all personal data you hold relating to her, including session notes, correspondence, invoices and any health-related information collected, together with the information listed in Article 15(1)(a)-(h).

Please send the response to this office.

Yours faithfully,

Oliver Grant
Solicitor
Grant & Lowe LLP
--
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.""",
  att=["Letter_of_authority_RStanton.pdf", "RStanton_ID.pdf"])

M("en-acc-parent-minor", "en", ["access"], "Claire Hughes <claire.hughes72@yahoo.co.uk>",
  "My daughter's information (teen workshop)",
  """Dear Sandra,

My daughter Maisie (15) attended your "Teen confidence" workshop over Zoom in the February holidays. As her parent, I would like to know what personal information you hold about her - she filled in a questionnaire and I understand there were some notes - and to receive a copy.

Kind regards,
Claire Hughes""")

M("en-acc-italian-source", "en", ["access"], "Marco Bellini <marco.bellini@libero.it>",
  "Where did you get my contacts?",
  """Good morning,

I received yesterday an email from Floraison de Soi for a webinar. I never had contact with you. Can you please tell me from where you obtained my email and my name, and which other data you have of me?

Best regards
Marco Bellini""")

M("en-acc-polite-question", "en", ["access"], "Priya Raman <priya.raman@hotmail.co.uk>",
  "Re: your notes",
  """Hi Sandra,

Thank you for the lovely session last week. Would it be possible to have a copy of the notes you took during our sessions? I'd like to keep them.

Warmly,
Priya""")
# NEAR-LINE: polite "would it be possible to have a copy of the notes" = request for a copy of her data -> access.

# --- erasure ---
M("en-era-all-data-uk", "en", ["erasure"], "Tom Whitfield <tom.whitfield@gmail.com>",
  "Please delete my data",
  """Hi Sandra,

I've decided not to continue with coaching. Please delete my account and all my data - the intake form, session notes, everything. I'd be grateful for a short confirmation once done.

Thanks,
Tom""")

M("en-era-article17", "en", ["erasure"], "Anneliese Vogt <a.vogt@web.de>",
  "Request for erasure according to Art. 17 GDPR",
  """Dear Madam,

I hereby request the erasure of all personal data concerning me without undue delay, in accordance with Art. 17 GDPR. This includes data stored on Systeme.io, in your Google Drive and in your email archive.

Please confirm the erasure in writing.

Sincerely,
Anneliese Vogt""")

M("en-era-casual-ireland", "en", ["erasure"], "Ciara Doyle <ciaradoyle@icloud.com>",
  "hi",
  """hi sandra, hope you're well. I'd actually like you to wipe all my stuff from your system if that's ok, my details, notes, the lot. thanks a mil
ciara""")

M("en-era-course-account", "en", ["erasure"], "Ben Carter <ben.carter@protonmail.com>",
  "Remove my course account and personal information",
  """Hello,

I bought the "Mieux dormir, mieux vivre" course on Systeme.io last year. Please delete my student account and all the personal information attached to it (name, email, progress, comments). I no longer want any of my data kept.

Best,
Ben""")

M("en-era-health-data", "en", ["erasure"], "Rachel Goldberg <rgoldberg@verizon.net>",
  "Health information from our sessions",
  """Dear Sandra,

During our sessions I shared quite a lot about my medical history (burnout, medication). Now that we have finished, I'd like those notes and any health information about me to be deleted. I'm not comfortable with it being kept.

Thank you for understanding,
Rachel""")

M("en-era-polish-nonnative", "en", ["erasure"], "Katarzyna Nowak <k.nowak@wp.pl>",
  "delete me please",
  """Hello Mrs Sandra,

please can you erase all my personal data from your base? I participated in one webinar in 2023 and I dont want to be in your files anymore.

Thank you
Katarzyna""")

M("en-era-over-reminder", "en", ["erasure"], "Dan Kowalski <dan.kowalski@gmail.com>",
  "Re: Reminder: your session tomorrow",
  """Hi Sandra, I already cancelled last week and won't be rebooking. Please remove all my personal details and notes from your records. Thanks.""",
  quote=("gmail", SP, """Bonjour Dan,
This is a friendly reminder of your coaching session tomorrow at 10:00 (Paris time) on Zoom.
See you soon,
Sandra"""))

M("en-era-wc-testimonial", "en", ["erasure", "withdraw_consent"], "Naomi Fletcher <naomi.fletcher@gmail.com>",
  "Testimonial and my data",
  """Hi Sandra,

I'm withdrawing my consent for the testimonial and photo you have on your website and on the Systeme.io sales page - please take them down. And while you're at it, please erase all the other data you hold about me as well.

Thanks,
Naomi""")

M("en-era-obj-marketing", "en", ["erasure", "objection"], "Peter Lindqvist <peter.lindqvist@telia.se>",
  "Stop emails and delete data",
  """Hello,

I keep receiving your marketing emails. I object to any further direct marketing. Also please erase all personal data about me from your systems.

Regards,
Peter Lindqvist""")

M("en-era-aus-html", "en", ["erasure"], "Jessica Tran <jess.tran@outlook.com.au>",
  "Request to delete my information",
  """Hi Sandra,

I moved to Brisbane a while ago and I'm not going to continue the program. Could you please delete my information from your records - including the photos I uploaded to the shared Google Drive folder?

Kind regards,
Jess""", shape="html")

M("en-era-rest-pending", "en", ["erasure", "restriction"], "Martin Kessler <martin.kessler@bluewin.ch>",
  "Erasure request and interim restriction",
  """Dear Ms Delomenie,

I request the erasure of my personal data (Art. 17 GDPR). Should you consider that you have to keep some data (for example invoices for accounting), I ask that this data be restricted: please do not use it for anything else than the legal obligation until it can be deleted.

Kind regards,
Martin Kessler
Zürich""")

M("en-era-french-expat-en", "en", ["erasure"], "Aurélie Martin <aurelie.martin@gmail.com>",
  "Deleting my file",
  """Hi Sandra,

Writing in English as my French keyboard is gone since I moved to Dublin, sorry! I'd like my client file to be deleted completely - notes, forms and the recording of our last session. Thank you for everything.

Aurélie""")

# --- rectification ---
M("en-rect-name-spelling", "en", ["rectification"], "Siobhan McLaughlin <siobhan.mclaughlin@gmail.com>",
  "Spelling of my name",
  """Hi Sandra,

Small thing - on my certificate and in the course platform my surname is spelt "MacLoughlin". It's actually McLaughlin. Could you correct it in your records please? I need the certificate for my employer.

Thanks!
Siobhan""")

M("en-rect-new-email", "en", ["rectification"], "David Osei <david.osei@newmail.co.uk>",
  "Updated email address",
  """Hello Sandra,

My old email d.osei@oldcompany.co.uk is no longer active as I've left the company. Please replace it with this one (david.osei@newmail.co.uk) for everything - course access and invoices.

Best,
David""")

M("en-rect-address", "en", ["rectification"], "Emma Larsson <emma.larsson@gmail.com>",
  "New postal address for invoices",
  """Hi Sandra,

I have moved. Please update my address in your records:
Emma Larsson
Kungsgatan 12
411 19 Göteborg
Sweden

(The old Paris address should be removed.)

Tack!
Emma""")
# NEAR-LINE: replacing an old address with the new value given -> rectification only (not erasure).

M("en-rect-wrong-note", "en", ["rectification"], "Joanne Fairweather <jo.fairweather@sky.com>",
  "Correction to session summary",
  """Dear Sandra,

The summary you sent after session 3 says I "have two children". I have one child - the second person I mentioned is my niece. As that summary went into my file, please correct it.

Best wishes,
Jo""")

M("en-rect-dob", "en", ["rectification"], "Hiroshi Tanaka <h.tanaka@yahoo.co.jp>",
  "Wrong birth date",
  """Dear Sandra-san,

In the intake form you filled for me my date of birth is written 03/07/1986 but it is 07/03/1986 (7 March). Please rectify it.

Best regards,
Hiroshi Tanaka""")

M("en-rect-phone-outlook", "en", ["rectification"], "Gareth Evans <gareth.evans@ntlworld.com>",
  "RE: Workshop registration confirmation",
  """Hi Sandra,
Just noticed my phone number is wrong on the registration. It should be +44 7700 900412, not +44 7700 900421. Please change it in your file so the WhatsApp group reminders reach me.
Cheers, Gareth""",
  quote=("outlook_en", SP, """Hello Gareth,
Your registration for the workshop "Finding your voice" on 14 June is confirmed.
Name: Gareth Evans
Phone: +44 7700 900421"""))

M("en-rect-complete-pronoun", "en", ["rectification"], "Alex Rivera <alex.rivera@fastmail.com>",
  "Please update my name",
  """Hi Sandra,

I've legally changed my first name to Alex (previously Alexandra). Can you update your records, the course account and any future invoices accordingly? Documentation attached if needed.

Thank you,
Alex""", att=["name_change_deed.pdf"])

# --- restriction ---
M("en-rest-dont-use-dont-delete", "en", ["restriction"], "Sarah Jenkins <sarah.jenkins@gmail.com>",
  "Please don't delete my notes",
  """Hi Sandra,

I may need to use our session notes in an employment dispute. Please do NOT delete them, but also please don't use them for anything else in the meantime - just keep them frozen until I let you know.

Thanks,
Sarah""")

M("en-rest-contest-accuracy", "en", ["restriction"], "Robert Hall <robert.hall@btinternet.com>",
  "Dispute over your assessment",
  """Dear Ms Delomenie,

I dispute the accuracy of the "profile assessment" you wrote about me after the team seminar. Until this is resolved, I ask you to restrict processing of that assessment - it must not be shared with my manager or used in any way.

Robert Hall""")

M("en-rest-freeze-german", "en", ["restriction"], "Ulrike Baumann <ulrike.baumann@gmx.de>",
  "Restriction of processing Art. 18",
  """Dear Mrs Delomenie,

according to Art. 18 GDPR I request the restriction of the processing of my personal data. You may store it but please do not process it further.

Best regards
Ulrike Baumann""")

M("en-rest-hold-legal", "en", ["restriction"], "Chloe Bennett <chloe.bennett@me.com>",
  "Hold my file",
  """Hi Sandra,

I know your policy says notes are deleted after a while. Please keep my file - I need it for an insurance claim - but put it on hold: not to be used or looked at for anything else. My lawyer will request it later.

Chloe""", shape="alt")

M("en-rest-obj-pending", "en", ["restriction", "objection"], "Tomasz Zielinski <t.zielinski@onet.pl>",
  "Objection and restriction",
  """Hello,

I object to you using my workshop answers for your statistics and your "case studies". Until you decide on my objection, please restrict the processing of these answers.

Tomasz Zielinski""")

M("en-rest-canada-pause", "en", ["restriction"], "Megan Fraser <megan.fraser@shaw.ca>",
  "Questionnaire results - please pause",
  """Hi Sandra,

The questionnaire results in my profile are wrong - I think the scoring mixed me up with someone else. Please don't use them while we sort out whether they're accurate.

Thanks,
Megan""")
# NEAR-LINE: contesting accuracy and pausing processing -> restriction only (no explicit correction asked).

# --- portability ---
M("en-port-new-coach", "en", ["portability"], "Olivia Turner <olivia.turner@gmail.com>",
  "Transfer of my coaching records",
  """Hi Sandra,

I'm moving back to the UK and will continue with a coach here (Hannah Price, hannah@pricecoaching.co.uk). Could you transfer my coaching records and completed worksheets directly to her? Please send them in an electronic format she can import.

Thank you for everything,
Olivia""")

M("en-port-csv", "en", ["portability"], "Lars Mikkelsen <lars.mikkelsen@mail.dk>",
  "Export of my data - machine readable",
  """Dear Sandra,

under Article 20 GDPR I would like to receive the personal data I provided to you (registration data, questionnaires, course progress) in a structured, commonly used and machine-readable format such as CSV or JSON.

Kind regards,
Lars Mikkelsen""")

M("en-port-us-casual", "en", ["portability"], "Tyler Nguyen <tylernguyen@gmail.com>",
  "exporting my journal entries",
  """hey Sandra - I wrote a ton of journal entries in the course platform. can you export them for me in a file (json or csv or whatever) so I can import them into Notion? thx
Tyler""")

M("en-port-acc-both", "en", ["access", "portability"], "Isabelle Dupont-Reid <isabelle.reid@gmail.com>",
  "My data: what you have + export",
  """Hello Sandra,

Two things please:
1) Can you tell me what personal data you hold about me and send me a copy?
2) Can you also send me my worksheets and answers in a reusable digital format (spreadsheet) so I can take them to another platform?

Merci beaucoup,
Isabelle (ex-Lyon, now Edinburgh)""")

M("en-port-belgian", "en", ["portability"], "Pieter Claes <pieter.claes@telenet.be>",
  "Data portability request",
  """Hello,

I exercise my right to data portability. Please transmit my data (account, purchases, and course answers) directly to Coachlyst BV, privacy@coachlyst.example, in a structured format.

Best,
Pieter Claes""")

M("en-port-era", "en", ["erasure", "portability"], "Natasha Ivanova <natasha.ivanova@gmail.com>",
  "Export then delete",
  """Hi Sandra,

I'd like to get my data exported in a machine-readable format (CSV is fine) and once I've received it please delete everything you have about me.

Thanks,
Natasha""")

M("en-port-apple-reply", "en", ["portability"], "Hannah Price <hannah@pricecoaching.co.uk>",
  "Re: Olivia Turner - records",
  """Hi Sandra,

Olivia has asked me to follow up: she signed the attached consent form asking that her coaching records be sent to me in a format I can import. A PDF export plus a CSV of the worksheet answers would be perfect.

Best wishes,
Hannah Price
Price Coaching Ltd""",
  quote=("apple", "Olivia Turner <olivia.turner@gmail.com>", """Hannah, I've asked Sandra to transfer my records to you - can you chase if needed? O."""),
  att=["Olivia_Turner_signed_authorisation.pdf"])
# NEAR-LINE: third party (new coach) acting with the client's signed authorisation -> treated as a mandate -> portability.

# --- objection ---
M("en-obj-unsubscribe", "en", ["objection"], "Fiona Campbell <fiona.campbell@gmail.com>",
  "Unsubscribe",
  """Please unsubscribe me from your newsletter. The link at the bottom doesn't work.
Fiona""")

M("en-obj-stop-marketing-uk", "en", ["objection"], "Graham Booth <graham.booth@talktalk.net>",
  "Stop sending me promotions",
  """Madam,

I object to my personal data being used for direct marketing. Please stop sending me promotional emails and SMS about your workshops.

G. Booth""")

M("en-obj-sms", "en", ["objection"], "Ayesha Khan <ayesha.khan@live.co.uk>",
  "SMS messages",
  """Hi Sandra, could you take me off the text message reminders for your events? I'm happy to keep getting the odd email but not SMS. Thank you! Ayesha""")

M("en-obj-profiling", "en", ["objection"], "Daniel Schwarz <daniel.schwarz@t-online.de>",
  "Objection to profiling",
  """Dear Mrs Delomenie,

I noticed you are using Google Analytics and tags in your Systeme.io account to segment people by their interests. I object to this profiling of my person under Art. 21 GDPR.

Regards,
Daniel Schwarz""")

M("en-obj-stats-situation", "en", ["objection"], "Maria Papadopoulou <maria.papadopoulou@otenet.gr>",
  "Use of my answers in your statistics",
  """Dear Sandra,

I understand you use the anonymised-ish answers from the group questionnaire for statistics in your presentations. Because of my personal situation (I work in a very small company in the same field and could be recognised) I object to my answers being used in this way.

Kind regards,
Maria""")

M("en-obj-contact", "en", ["objection"], "Brian Kelly <briankelly@eircom.net>",
  "Please stop contacting me",
  """Sandra,

I've had three follow-up emails and a phone call after the free discovery call. I'm not interested. Please stop contacting me.

Brian""")
# NEAR-LINE: "stop contacting me" after prospecting = objection to direct marketing / being contacted.

M("en-obj-above-newsletter-html", "en", ["objection"], "Linda Moore <linda.moore@aol.com>",
  "Re: La lettre du mois",
  """Take me off this list please, I don't read French!""", quote=("gmail", SP, NEWS_FR), shape="html")

M("en-obj-swiss-marketing-list", "en", ["objection"], "Claudia Meier <claudia.meier@sunrise.ch>",
  "remove from mailing list",
  """Hello, please remove me from your mailing list. Thank you. C. Meier""")

M("en-obj-wc-newsletter", "en", ["objection", "withdraw_consent"], "Emily Walsh <emily.walsh@gmail.com>",
  "Newsletter and my video",
  """Hi Sandra,

Two things: please unsubscribe me from the newsletter, and I'd also like to withdraw my consent for the video testimonial I recorded in 2023 - please remove it from YouTube and your site.

Thanks,
Emily""")

M("en-obj-facebook-ads", "en", ["objection"], "Sven Andersson <sven.andersson@gmail.com>",
  "Custom audiences",
  """Hi,

I keep seeing your ads on Facebook and Instagram after I gave you my email for the free ebook. If you uploaded my email to Meta for ad targeting, please stop - I object to my data being used for advertising.

Sven""")

# --- withdraw consent ---
M("en-wc-testimonial", "en", ["withdraw_consent"], "Lucy Armstrong <lucy.armstrong@gmail.com>",
  "Testimonial",
  """Hi Sandra,

Hope you're well! I've had a change of job and I'd rather my testimonial wasn't online anymore (it has my full name and photo). Could you please remove it from your website and the course page? I withdraw the permission I gave back then.

Many thanks,
Lucy""")

M("en-wc-photo-workshop", "en", ["withdraw_consent"], "Agnieszka Wiśniewska <agnieszka.w@gmail.com>",
  "Photos from the workshop",
  """Dear Sandra,

at the workshop in Issoudun I signed that you can use photos. I changed my mind, please don't use photos where I am visible, and remove the ones on Facebook and Instagram.

Best regards,
Agnieszka""")

M("en-wc-recording", "en", ["withdraw_consent"], "James O'Connor <james.oconnor@gmail.com>",
  "Webinar replay",
  """Hi Sandra,

I agreed to be on camera during the live webinar and to the replay being shared. I've since reconsidered - could you edit me out of the replay or take it down? I withdraw my consent to the recording being used.

Thanks,
James""")

M("en-wc-health-consent", "en", ["withdraw_consent"], "Megan Price <megan.price@hotmail.com>",
  "Consent for health information",
  """Dear Sandra,

When we started, I signed the consent form allowing you to collect health information. I would like to withdraw that consent from now on - please don't record any more health details about me in your notes.

Kind regards,
Megan""")
# NEAR-LINE: withdrawing the health-data consent signed at contract -> withdraw_consent (not erasure; nothing asked to be deleted).

M("en-wc-questionnaire-research", "en", ["withdraw_consent"], "Nikos Georgiou <nikos.georgiou@gmail.com>",
  "Questionnaire - consent withdrawal",
  """Hello,

I ticked the box to allow my questionnaire answers to be used for your training material. I withdraw this consent.

Regards,
Nikos""")

M("en-wc-canada-quote", "en", ["withdraw_consent"], "Sophie Lavigne <sophie.lavigne@gmail.com>",
  "Your Instagram post",
  """Hi Sandra, I saw you quoted me (with my first name and city) in an Instagram post about the retreat. I'd rather you didn't - please take it down, I'm withdrawing my ok for that. Thanks! Sophie""")

M("en-wc-acc-testimonial", "en", ["access", "withdraw_consent"], "Rebecca Lyons <rebecca.lyons@gmail.com>",
  "Testimonial + what do you keep",
  """Hi Sandra,

Please remove my testimonial from your website and sales pages - I withdraw my consent for it. Also, can you let me know what other information you still keep about me?

Rebecca""")

# --- post mortem ---
M("en-pm-son-uk", "en", ["post_mortem"], "Andrew Whitaker <andrew.whitaker@gmail.com>",
  "My mother, Margaret Whitaker",
  """Dear Ms Delomenie,

I am writing to let you know that my mother, Margaret Whitaker, passed away on 2 March. She spoke warmly of your sessions. As her executor, I would be grateful if you could close her account and delete her personal information, and stop any emails being sent to her address.

Yours sincerely,
Andrew Whitaker""", att=["death_certificate_MWhitaker.pdf"])

M("en-pm-widow-access", "en", ["post_mortem"], "Patricia Donnelly <pdonnelly@eircom.net>",
  "My late husband's coaching notes",
  """Dear Sandra,

My husband Seamus died suddenly in January. He was seeing you online in the months before. I'm trying to understand his state of mind and would like to know if I can have a copy of his notes.

With thanks,
Patricia Donnelly""")
# NEAR-LINE: relative asking access after a death -> post_mortem only, whatever they ask.

M("en-pm-notary-en", "en", ["post_mortem"], "Maître Olivier Renaud <o.renaud@notaires.fr>",
  "Estate of Mr Jonathan Blake - personal data",
  """Dear Madam,

I am handling the estate of Mr Jonathan Blake, a British national resident in Indre, who died on 18 November 2025. The heirs have asked me to request that all personal data relating to the deceased held by your business be deleted and that no further communications be sent.

Please find attached the attestation of death.

Kind regards,
Olivier Renaud
Notaire""", att=["attestation_deces_Blake.pdf"])

M("en-pm-own-instructions", "en", ["post_mortem"], "Helen Marsh <helen.marsh@gmail.com>",
  "Instructions for my data after I die",
  """Dear Sandra,

This is a slightly morbid email, sorry. I'm putting my affairs in order (nothing urgent!). I'd like to leave an instruction that when I die, all my coaching notes and files with you are destroyed and not passed on to anyone, including my family. My sister Jane (jane.marsh@gmail.com) can confirm my death if needed.

Thank you,
Helen""")

M("en-pm-daughter-newsletter", "en", ["post_mortem"], "Karen Mills <karen.mills@hotmail.co.uk>",
  "Re: Floraison de Soi - Newsletter",
  """Hello, this was my father's email address. He passed away last autumn. Please remove him from your list.
Karen Mills (daughter)""", quote=("gmail", SP, NEWS_EN))
# NEAR-LINE: unsubscribe for a deceased person -> post_mortem only (not objection).

M("en-pm-brother-photo", "en", ["post_mortem"], "Luca Romano <luca.romano@gmail.com>",
  "Photo of my sister on your website",
  """Dear Sandra,

My sister Giulia Romano passed away in August. There is still a photo of her with a testimonial on your website. The family asks you to remove it, it is very painful to see.

Luca Romano""")

M("en-pm-partner-account", "en", ["post_mortem"], "Mark Ellison <mark.ellison@outlook.com>",
  "Account of Susan Ellison (deceased)",
  """Hi,

My wife Susan passed away in October. She had a course account with you and recurring payments via Stripe which I believe have stopped. Please close her account and send me whatever you have about her - I'd like to keep her journal entries.

Mark Ellison""")

M("en-pm-us-executor", "en", ["post_mortem"], "Deborah Klein <dklein@kleinlaw.com>",
  "Estate of Ruth Adler",
  """Ms. Delomenie:

I am the executor of the estate of Ruth Adler, who died on April 3, 2026. Ms. Adler was a participant in your online programs. Please provide a list of the personal data you hold and confirm that any recurring communications have been stopped.

Deborah Klein, Esq.""", att=["Letters_Testamentary_Adler.pdf"])

M("en-pm-own-share-with-son", "en", ["post_mortem"], "George Patterson <g.patterson@btinternet.com>",
  "After my death",
  """Dear Sandra,

I have been unwell and I want to be practical. After my death I would like my son Michael to be able to receive a copy of my coaching journal - it may help him. Please note this in my file.

Kind regards,
George""")

M("en-pm-niece-rect", "en", ["post_mortem"], "Amy Collins <amy.collins@gmail.com>",
  "My aunt Dorothy",
  """Hi Sandra,

My aunt Dorothy Reeve died in May. Your system still emails her as "Dot Reeves" - I'd like it corrected and, honestly, her details just removed. I'm handling her emails for the family.

Amy""")

# --- more multi-right / misc english requests ---
M("en-multi-acc-rect", "en", ["access", "rectification"], "Ruth Abernathy <ruth.abernathy@gmail.com>",
  "My file",
  """Dear Sandra,

Could you send me a copy of what is in my client file? I suspect some details are out of date - my surname is now Abernathy (married, previously Cole) and my address is 3 Orchard Lane, Bath BA1 2PQ. Please update those too.

Thank you,
Ruth""")

M("en-multi-acc-era-obj", "en", ["access", "erasure", "objection"], "Victor Haines <victor.haines@gmail.com>",
  "GDPR",
  """Sandra,

Under GDPR:
- tell me what data you hold on me and who you shared it with;
- after that, delete it;
- and in the meantime stop sending me marketing.

V. Haines""")

M("en-multi-rect-obj", "en", ["objection", "rectification"], "Anna Kowalczyk <anna.kowalczyk@gmail.com>",
  "Wrong email + newsletter",
  """Hi Sandra,
My old address a.kowalczyk@uni-wroclaw.pl should be replaced by anna.kowalczyk@gmail.com for my course account. And please don't send me the newsletter any more, only course emails.
Thanks, Anna""")

M("en-multi-era-wc-photo", "en", ["erasure", "withdraw_consent"], "Zoe Parker <zoe.parker@gmail.com>",
  "Please remove me completely",
  """Hi Sandra,

I've asked before but I want to be clear: please remove the photos of me from the retreat gallery (I withdraw my consent), and delete my account and all the data you have on me.

Zoe""")

M("en-multi-acc-wc", "en", ["access", "withdraw_consent"], "Richard Mayhew <r.mayhew@gmail.com>",
  "Audio recording",
  """Dear Sandra,

I'd like to withdraw my consent for the audio recording of our session to be used as a training example. Please also let me know what recordings of me exist and send me copies.

Regards,
Richard""")

M("en-multi-rest-acc", "en", ["access", "restriction"], "Nadia Haddad <nadia.haddad@gmail.com>",
  "Notes from the team seminar",
  """Hello Sandra,

I believe some of what was written in the seminar feedback about me is inaccurate. Please send me a copy of those notes and, until I've had a chance to review them, don't use or pass them on to anyone.

Nadia""")

M("en-multi-obj-era-sms", "en", ["erasure", "objection"], "Craig Robertson <craig.robertson@gmail.com>",
  "STOP",
  """Stop the texts and emails. Delete my number and everything else you have on me. Craig""")

M("en-multi-port-rect", "en", ["portability", "rectification"], "Ingrid Solberg <ingrid.solberg@online.no>",
  "Export and correction",
  """Hello,

Please correct my name in the course platform (it is Ingrid Solberg, not Ingrid Solberger) and then send me an export of my course data in a machine-readable file so I can move it to my new platform.

Ingrid""")

M("en-multi-obj-rest", "en", ["objection", "restriction"], "Paul Lefebvre <paul.lefebvre@gmail.com>",
  "Case study",
  """Hi Sandra,

I heard you were planning to use my story (anonymised) as a case study in your training. Given my job in a small local community, I object to that use. Please freeze it until we've talked - don't use it anywhere in the meantime.

Paul""")

M("en-era-forwarded-old-request", "en", ["erasure"], "Gemma Hughes <gemma.hughes@gmail.com>",
  "Fwd: delete my data",
  """Sandra, I sent this a month ago and never heard back. Please confirm my data has been deleted.

Gemma""", quote=("fwd", "Gemma Hughes <gemma.hughes@gmail.com>", """Hi Sandra,
Please delete all my personal data, including my course account.
Thanks, Gemma"""), qsubj="delete my data")

M("en-acc-b64-ukrainian", "en", ["access"], "Oksana Bondarenko <oksana.bondarenko@ukr.net>",
  "Personal data request",
  """Dear Sandra,

I attended your free webinar for women in transition last year. Please tell me what data you have about me and send me a copy. I am refugee in France now and I need to know where my information is.

Thank you very much,
Oksana""", shape="b64")

M("en-era-minor-parent", "en", ["erasure"], "Steven Rowe <steven.rowe@gmail.com>",
  "My son's details",
  """Hello Sandra,

My son Jack (14) signed up to your teen newsletter and free mini-course without asking us. As his parent, please delete his account and all his personal data.

Regards,
Steven Rowe""")
# NEAR-LINE: parent for a minor -> request; includes "newsletter" but asks deletion of all data -> erasure only.

M("en-wc-group-photo-fr-expat", "en", ["withdraw_consent"], "Camille Bertrand <camille.bertrand@gmail.com>",
  "Group photo",
  """Hi Sandra, (writing from Montreal now!)
The group photo from the 2024 stage is still on your home page. I said yes back then but I'd prefer not to appear anymore - could you crop me out or replace it? Merci!
Camille""")

M("en-rect-complete-info", "en", ["rectification"], "Thomas Byrne <thomas.byrne@gmail.com>",
  "Missing info in my profile",
  """Hi Sandra,

My profile in the course platform is missing my company name for the invoice (Byrne Consulting Ltd, VAT IE9876543X). Could you add it and reissue the invoices with the complete details?

Thanks,
Thomas""")
# NEAR-LINE: completing incomplete data (invoice details) -> rectification.

M("en-obj-whatsapp-group", "en", ["objection"], "Helena Costa <helena.costa@sapo.pt>",
  "WhatsApp group",
  """Hello Sandra,

After the workshop ended I'm still in the WhatsApp group and I keep getting promotions for the next programmes. Please stop sending me your offers there and by email. Thank you.

Helena""")

# ======================================================================
# FRENCH REQUESTS (incl. French expats)
# ======================================================================

M("fr-acc-expat-london", "fr", ["access"], "Mathilde Garnier <mathilde.garnier@gmail.com>",
  "Demande d'accès à mes données",
  """Bonjour Sandra,

J'habite à Londres depuis un an et je fais un peu de tri dans ma vie numérique. Pourriez-vous m'envoyer une copie de toutes les données personnelles que vous conservez à mon sujet (fiche client, notes, factures) ?

Merci d'avance et belle journée,
Mathilde""")

M("fr-acc-formal-rgpd", "fr", ["access"], "Bernard Lacombe <bernard.lacombe@wanadoo.fr>",
  "Exercice du droit d'accès - article 15 RGPD",
  """Madame,

Conformément à l'article 15 du RGPD, je vous prie de bien vouloir me communiquer l'ensemble des données me concernant que vous détenez, leur origine, les destinataires auxquels elles ont été communiquées et la durée de conservation envisagée.

Vous trouverez ci-joint une copie de ma pièce d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Bernard Lacombe""", att=["CNI_Lacombe_recto_verso.pdf"], shape="qp")

M("fr-acc-montreal-source", "fr", ["access"], "Élodie Fournier <elodie.fournier@videotron.ca>",
  "D'où vient mon adresse ?",
  """Bonjour,

Je reçois vos messages ici au Québec alors que je ne crois pas m'être inscrite. Pourriez-vous me dire d'où vient mon adresse courriel et quelles informations vous avez sur moi ?

Merci,
Élodie""")

M("fr-acc-partage", "fr", ["access"], "Julien Morel <julien.morel@free.fr>",
  "Question sur le partage de mes infos",
  """Bonjour Sandra,

Suite à l'atelier, j'ai été contacté par une sophrologue qui semblait connaître mon prénom et mon problème de sommeil. Avec qui avez-vous partagé mes informations ? Je souhaite avoir la liste.

Julien""")

M("fr-acc-copie-notes", "fr", ["access"], "Nathalie Bouvier <nathalie.bouvier@orange.fr>",
  "Mes notes de séances",
  """Coucou Sandra,

Est-ce que tu pourrais m'envoyer une copie des notes que tu as prises pendant nos séances ? J'aimerais les relire maintenant que j'ai un peu de recul.

Bises,
Nathalie""")

M("fr-acc-parent", "fr", ["access"], "Sylvie Renard <sylvie.renard@laposte.net>",
  "Informations concernant ma fille Léa",
  """Bonjour Madame,

Ma fille Léa, 16 ans, a participé au stage ado de juillet. En tant que mère, je souhaiterais savoir quelles informations vous avez conservées sur elle (questionnaire, photos, notes) et en recevoir une copie.

Cordialement,
Sylvie Renard""")

M("fr-acc-port-expat-singapore", "fr", ["access", "portability"], "Antoine Leroy <antoine.leroy@gmail.com>",
  "Récupération de mes données",
  """Bonjour Sandra,

Expatrié à Singapour depuis peu, je change de coach et je souhaiterais :
- savoir ce que vous détenez comme données sur moi ;
- récupérer mes réponses aux exercices et mon historique de formation dans un format réutilisable (CSV, Excel) pour les transmettre à ma nouvelle coach.

Merci beaucoup,
Antoine""")

M("fr-era-simple", "fr", ["erasure"], "Patricia Gauthier <patricia.gauthier@sfr.fr>",
  "Suppression",
  """Bonjour,
Merci de supprimer mon compte et toutes mes données personnelles. Je ne souhaite plus rien recevoir ni que vous gardiez quoi que ce soit.
Patricia Gauthier""")

M("fr-era-expat-brussels", "fr", ["erasure"], "Hugo Lambert <hugo.lambert@skynet.be>",
  "Effacement de mes informations",
  """Bonjour Madame Delomenie,

Installé à Bruxelles, je n'utiliserai plus vos services. Je vous demande d'effacer l'ensemble des informations me concernant, y compris sur la plateforme Systeme.io et dans votre Google Drive.

Bien à vous,
Hugo Lambert""")

M("fr-era-sante", "fr", ["erasure"], "Valérie Chevalier <valerie.chevalier@gmail.com>",
  "Données de santé",
  """Bonjour Sandra,

Nous avons terminé l'accompagnement il y a six mois. Pourriez-vous supprimer les notes concernant ma santé (dépression, traitement) ? Je préfère qu'elles ne soient plus conservées.

Merci,
Valérie""")

M("fr-era-obj", "fr", ["erasure", "objection"], "Gérard Petit <gerard.petit@orange.fr>",
  "RE: La lettre du mois",
  """Je ne veux plus recevoir vos mails publicitaires. Et effacez mes coordonnées de vos fichiers.
G. Petit""", quote=("outlook_fr", SP, NEWS_FR))

M("fr-era-wc", "fr", ["erasure", "withdraw_consent"], "Sophie Marchand <sophie.marchand@gmail.com>",
  "Retrait de mon témoignage et suppression",
  """Bonjour Sandra,

Je retire mon consentement pour la publication de mon témoignage (site et page de vente). Je souhaite aussi que toutes mes données soient effacées.

Sophie""")

M("fr-era-outlook-reply", "fr", ["erasure"], "Christophe Bernard <christophe.bernard@cabinet-bernard.fr>",
  "RE: Votre inscription à l'atelier",
  """Bonjour,

Finalement je ne viendrai pas et je ne souhaite pas être recontacté. Merci de supprimer toutes mes données de vos fichiers.

Christophe Bernard
Cabinet Bernard Expertise
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire.""",
  quote=("outlook_fr", SP, """Bonjour Christophe,
Votre inscription à l'atelier « Gérer son stress au travail » du 22 mai est bien enregistrée.
À bientôt,
Sandra"""))
# NEAR-LINE: cancels a workshop (negative on its own) but also asks deletion of all data -> erasure. "pas être recontacté" treated as part of erasure context, not separately labelled.

M("fr-era-dubai-html", "fr", ["erasure"], "Inès Haddad <ines.haddad@outlook.fr>",
  "Demande de suppression",
  """Bonjour,

Je vis maintenant à Dubaï et je souhaite faire le ménage : pouvez-vous effacer mon compte élève, mes coordonnées et mes paiements enregistrés chez vous (hors obligations comptables bien sûr) ?

Merci,
Inès""", shape="html")

M("fr-era-tutoiement", "fr", ["erasure"], "Léa Robin <learobin@hotmail.fr>",
  "coucou",
  """Coucou Sandra, je t'écris vite fait : tu peux virer toutes mes infos de tes fichiers ? Je préfère repartir de zéro. Merci ma belle !
Léa""")

M("fr-rect-nom", "fr", ["rectification"], "Anne-Sophie Dubois-Ferrand <as.duboisferrand@gmail.com>",
  "Correction de mon nom",
  """Bonjour Sandra,

Sur mon attestation de formation, mon nom est écrit « Anne Sophie Dubois ». Pourriez-vous le corriger en « Anne-Sophie Dubois-Ferrand » dans vos fichiers et rééditer l'attestation ?

Merci beaucoup,
Anne-Sophie""")

M("fr-rect-tel-expat", "fr", ["rectification"], "Romain Perrin <romain.perrin@gmail.com>",
  "Nouveau numéro",
  """Bonjour Sandra,

Je suis parti vivre à Montréal, mon numéro français (06 12 34 56 78) ne fonctionne plus. Mon nouveau numéro : +1 514 555 0182. Pouvez-vous le mettre à jour et supprimer l'ancien ?

Merci,
Romain""")
# NEAR-LINE: "supprimer l'ancien" numéro with new value given -> rectification only.

M("fr-rect-adresse", "fr", ["rectification"], "Monique Fabre <monique.fabre@orange.fr>",
  "Changement d'adresse",
  """Bonjour,
Merci de noter ma nouvelle adresse : 12 rue des Tilleuls, 36000 Châteauroux (au lieu de Déols).
Monique Fabre""")

M("fr-rect-note-erronee", "fr", ["rectification"], "Karine Lemoine <karine.lemoine@gmail.com>",
  "Erreur dans le compte-rendu",
  """Bonjour Sandra,

Dans le compte-rendu de notre séance du 12, il est noté que j'ai quitté mon poste pour « faute ». C'est inexact : il s'agit d'une rupture conventionnelle. Merci de corriger ma fiche.

Karine""")

M("fr-rect-email", "fr", ["rectification"], "Paul-Henri Vasseur <ph.vasseur@proton.me>",
  "Mise à jour adresse mail",
  """Bonjour,

Merci de remplacer mon ancienne adresse ph.vasseur@wanadoo.fr par celle-ci pour l'accès à la formation et les factures.

Paul-Henri Vasseur""")

M("fr-rest-litige", "fr", ["restriction"], "Isabelle Roux <isabelle.roux@gmail.com>",
  "Conservation de mon dossier",
  """Bonjour Sandra,

Je suis en litige avec mon ancien employeur et mon avocat pourrait avoir besoin du dossier de coaching. Ne le supprimez surtout pas, mais ne l'utilisez plus pour quoi que ce soit en attendant.

Isabelle""")

M("fr-rest-contestation", "fr", ["restriction"], "Frédéric Mallet <frederic.mallet@laposte.net>",
  "Contestation du bilan",
  """Madame,

Je conteste l'exactitude du bilan rédigé à l'issue du séminaire d'équipe. Je vous demande de suspendre tout traitement de ce document (pas de transmission à ma direction) jusqu'à ce que la question soit réglée.

F. Mallet""")

M("fr-rest-art18", "fr", ["restriction"], "Claire Vidal <claire.vidal@free.fr>",
  "Limitation du traitement",
  """Bonjour,

En application de l'article 18 du RGPD, je demande la limitation du traitement de mes données : vous pouvez les conserver mais plus les utiliser.

Claire Vidal""")

M("fr-rest-expat-geneve", "fr", ["restriction"], "Olivier Brun <olivier.brun@bluewin.ch>",
  "Gel de mes données",
  """Bonjour Sandra,

Je vis à Genève et j'ai une procédure en cours. Pourriez-vous geler mon dossier (ni suppression, ni utilisation) pendant quelques mois ? Je vous recontacterai.

Olivier""")

M("fr-rest-rect", "fr", ["rectification", "restriction"], "Aurore Colin <aurore.colin@gmail.com>",
  "Résultats du test",
  """Bonjour,

Les résultats du test de personnalité enregistrés dans mon profil sont faux (ce ne sont pas mes réponses). Merci de ne plus les utiliser en attendant et de les corriger avec mes vraies réponses, ci-jointes.

Aurore""", att=["mes_reponses_test.pdf"])

M("fr-port-export", "fr", ["portability"], "Damien Faure <damien.faure@gmail.com>",
  "Portabilité",
  """Bonjour,

Je souhaite exercer mon droit à la portabilité : merci de m'envoyer mes données (compte, progression, réponses aux quiz) dans un format structuré et lisible par machine.

Damien Faure""")

M("fr-port-transfert", "fr", ["portability"], "Céline Barbier <celine.barbier@gmail.com>",
  "Transfert de mon dossier",
  """Bonjour Sandra,

Je poursuis mon accompagnement avec une autre coach à Toulouse. Pourriez-vous lui transmettre directement mon dossier sous format numérique (Word/Excel) à l'adresse contact@coach-toulouse.example ?

Merci pour tout,
Céline""")

M("fr-port-era-expat", "fr", ["erasure", "portability"], "Benoît Giraud <benoit.giraud@gmail.com>",
  "Export puis suppression",
  """Bonjour,

Je m'installe au Canada. Merci de m'envoyer un export de mes données dans un fichier réutilisable (CSV), puis de tout supprimer.

Benoît""")

M("fr-obj-newsletter", "fr", ["objection"], "Martine Leclerc <martine.leclerc@orange.fr>",
  "Désinscription",
  """Bonjour,
Merci de me désinscrire de votre newsletter.
Martine Leclerc""")

M("fr-obj-sms", "fr", ["objection"], "Jean-Marc Blanc <jm.blanc@sfr.fr>",
  "Plus de SMS svp",
  """Bonjour, je ne souhaite plus recevoir vos SMS promotionnels. Merci. JM Blanc""")

M("fr-obj-prospection", "fr", ["objection"], "Dominique Guérin <dominique.guerin@gmail.com>",
  "Opposition à la prospection",
  """Madame,

Je m'oppose à l'utilisation de mes données à des fins de prospection commerciale. Je vous remercie de ne plus m'adresser d'offres par courriel, SMS ou téléphone.

Dominique Guérin""")

M("fr-obj-stats", "fr", ["objection"], "Sandrine Roche <sandrine.roche@gmail.com>",
  "Utilisation de mes réponses",
  """Bonjour Sandra,

Je travaille dans un petit établissement d'Issoudun et je pourrais être reconnue. Je m'oppose donc à ce que mes réponses au questionnaire collectif servent à vos statistiques ou à vos présentations.

Sandrine""")

M("fr-obj-above-newsletter-apple", "fr", ["objection"], "Thierry Moulin <thierry.moulin@icloud.com>",
  "Re: La lettre du mois",
  """Bonjour, merci de me retirer de la liste de diffusion. Bonne continuation.
Thierry

Envoyé de mon iPhone""", quote=("apple", SP, NEWS_FR))

M("fr-obj-expat-lisbonne", "fr", ["objection"], "Caroline Henry <caroline.henry@gmail.com>",
  "Newsletter",
  """Bonjour Sandra,
Depuis Lisbonne, je ne participerai plus aux ateliers en présentiel : merci de ne plus m'envoyer les annonces marketing. Je reste abonnée à rien d'autre.
Caroline""")

M("fr-wc-temoignage", "fr", ["withdraw_consent"], "Laurence Meyer <laurence.meyer@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra,

J'avais accepté que mon témoignage soit publié sur votre site. Je souhaite aujourd'hui retirer mon accord : pourriez-vous le retirer, ainsi que ma photo ?

Merci,
Laurence""")

M("fr-wc-photos-stage", "fr", ["withdraw_consent"], "Émilie Arnaud <emilie.arnaud@hotmail.fr>",
  "Photos du stage",
  """Bonjour,

Je retire mon consentement à l'utilisation des photos prises pendant le stage de juin, sur lesquelles j'apparais. Merci de les retirer de Facebook et Instagram.

Émilie Arnaud""")

M("fr-wc-video", "fr", ["withdraw_consent"], "Yann Le Goff <yann.legoff@gmail.com>",
  "Vidéo du webinaire",
  """Salut Sandra,
Finalement je préfère ne pas apparaître dans le replay du webinaire. Tu peux me couper ou le retirer ? Je retire mon accord pour cet enregistrement.
Yann""")

M("fr-wc-questionnaire", "fr", ["withdraw_consent"], "Agnès Poirier <agnes.poirier@laposte.net>",
  "Consentement questionnaire",
  """Bonjour,

J'avais coché la case autorisant l'utilisation de mes réponses au questionnaire pour vos supports de formation. Je retire ce consentement.

Agnès Poirier""")

M("fr-wc-obj", "fr", ["objection", "withdraw_consent"], "Vincent Garcia <vincent.garcia@gmail.com>",
  "Témoignage + newsletter",
  """Bonjour Sandra,

Merci de retirer ma vidéo-témoignage de votre chaîne, je ne donne plus mon accord. Et désinscrivez-moi de la newsletter par la même occasion.

Vincent""")

M("fr-pm-fils", "fr", ["post_mortem"], "Pierre Lefort <pierre.lefort@orange.fr>",
  "Décès de ma mère, Mme Jacqueline Lefort",
  """Madame,

Je vous informe du décès de ma mère, Jacqueline Lefort, survenu le 14 février. Elle suivait vos ateliers à Issoudun. Je vous remercie de supprimer ses données et de cesser tout envoi à son adresse.

Pierre Lefort""", att=["acte_de_deces_Lefort.pdf"])

M("fr-pm-notaire", "fr", ["post_mortem"], "Office notarial Chaumette <accueil@chaumette-notaires.fr>",
  "Succession de M. Alain Rivière",
  """Madame,

Dans le cadre du règlement de la succession de M. Alain Rivière, décédé le 3 septembre 2025, nous vous remercions de bien vouloir nous indiquer si vous détenez des données ou documents le concernant, et le cas échéant de nous en adresser une copie à l'attention des héritiers.

Veuillez agréer, Madame, nos salutations distinguées.

Me Hélène Chaumette
Notaire""", att=["acte_notoriete_Riviere.pdf"])

M("fr-pm-directives", "fr", ["post_mortem"], "Françoise Delage <francoise.delage@orange.fr>",
  "Mes directives",
  """Chère Sandra,

À 74 ans je mets mes affaires en ordre. Je souhaite qu'après mon décès toutes mes notes et mes documents chez vous soient détruits, et que personne, même mes enfants, n'y ait accès.

Avec toute mon affection,
Françoise""")

M("fr-pm-expat-epoux", "fr", ["post_mortem"], "Marc Duval <marc.duval@gmail.com>",
  "Compte de mon épouse",
  """Bonjour Sandra,

Mon épouse Sabine est décédée à Barcelone où nous vivions. Elle avait un compte sur votre plateforme de formation. Pourriez-vous le fermer et me transmettre ses carnets d'exercices ? J'aimerais les garder.

Marc Duval""")

M("fr-pm-soeur-photo", "fr", ["post_mortem"], "Catherine Noël <catherine.noel@free.fr>",
  "Photo de ma sœur",
  """Bonjour,

Ma sœur Brigitte est décédée cet été. Sa photo et son témoignage sont toujours sur votre site. La famille souhaiterait qu'ils soient retirés.

Catherine Noël""")

M("fr-pm-fille-desinscription", "fr", ["post_mortem"], "Julie Marchal <julie.marchal@gmail.com>",
  "RE: La lettre du mois",
  """Bonjour, mon père est décédé, merci de retirer son adresse de votre liste.
Julie Marchal""", quote=("outlook_fr", SP, NEWS_FR))

M("fr-multi-acc-era", "fr", ["access", "erasure"], "Serge Lopez <serge.lopez@gmail.com>",
  "Mes données",
  """Bonjour,

Merci de m'indiquer quelles données vous avez sur moi et à qui elles ont été transmises, puis de les effacer.

Serge Lopez""")

M("fr-multi-acc-rect", "fr", ["access", "rectification"], "Hélène Rousseau <helene.rousseau@gmail.com>",
  "Copie et correction",
  """Bonjour Sandra,

Pourriez-vous m'envoyer une copie de ma fiche client ? Je crois que ma date de naissance est fausse : c'est le 21/04/1979. Merci de la corriger.

Hélène""")

M("fr-multi-obj-rest-expat", "fr", ["objection", "restriction"], "Nicolas Fontaine <nicolas.fontaine@gmail.com>",
  "Étude de cas",
  """Bonjour Sandra,

Je m'oppose à l'utilisation de mon parcours comme étude de cas dans vos formations : même anonymisé, je serais reconnaissable dans mon secteur (nous ne sommes que trois Français dans ce domaine à Berlin). En attendant votre réponse, merci de ne pas l'utiliser.

Nicolas""")

M("fr-acc-b64-avocat", "fr", ["access"], "Me Laure Bonnet <l.bonnet@avocat-bonnet.fr>",
  "Demande de communication de données - Mme Estelle Picard",
  """Madame,

J'interviens en qualité de conseil de Mme Estelle Picard, qui m'a donné mandat (ci-joint). À ce titre, je vous prie de me communiquer l'intégralité des données personnelles la concernant que vous détenez, conformément à l'article 15 du RGPD.

Je vous prie de croire, Madame, en l'assurance de mes sentiments distingués.

Laure Bonnet
Avocate au Barreau de Bourges""", att=["mandat_Picard.pdf"], shape="b64")

# ======================================================================
# ENGLISH NEGATIVES
# ======================================================================
LU = lambda url: [("List-Unsubscribe", "<%s>" % url), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
AUTO = [("Auto-Submitted", "auto-generated")]

M("en-neg-thanks-above-dsar", "en", [], "Harriet Palmer <h.palmer@btinternet.com>",
  "Re: Subject Access Request - Article 15 UK/EU GDPR",
  """Dear Sandra,

Thank you for sending the documents so promptly - everything is there. Much appreciated.

Harriet""", quote=("gmail", S, """Dear Ms Palmer,
Please find attached a copy of the personal data I hold about you, as requested under Article 15.
Kind regards, Sandra Delomenie"""))

M("en-neg-how-does-access-work", "en", [], "Jonathan Reed <jon.reed@gmail.com>",
  "Question about your privacy policy",
  """Hi Sandra,

Before I sign up for the programme, I read your privacy policy. How would it work if I ever wanted a copy of my data - do I email you, and how long does it take? Just curious, not asking now.

Thanks,
Jon""")
# NEAR-LINE: question about how the right works, explicitly not exercising it -> negative.

M("en-neg-cancel-booking", "en", [], "Amelia Scott <amelia.scott@gmail.com>",
  "Cancel my session Thursday",
  """Hi Sandra, I need to cancel Thursday's session - please delete the slot from your calendar and I'll rebook next month. Sorry! Amelia""")

M("en-neg-password-reset", "en", [], "Oscar Murphy <oscar.murphy@gmail.com>",
  "Can't access my course",
  """Hello, I can't access my space on the course platform anymore - the password reset email never arrives. Can you help me get back in? Thanks, Oscar""")

M("en-neg-close-account-alone", "en", [], "Ella Watson <ella.watson@outlook.com>",
  "Close my account",
  """Hi, I've finished the course, you can close my account. Thanks for everything! Ella""")
# NEAR-LINE: "close my account" with no data mentioned -> negative per policy.

M("en-neg-cancel-subscription", "en", [], "Ryan Cooper <ryan.cooper@gmail.com>",
  "Cancel monthly membership",
  """Hi Sandra,
Please cancel my monthly membership from next month - the Stripe subscription. Budget reasons, nothing personal!
Ryan""")

M("en-neg-friend-about-wife", "en", [], "Michael Grant <michael.grant@gmail.com>",
  "My wife's sessions",
  """Hi Sandra,

My wife Louise has been seeing you. I'd like to know what she's been saying about our marriage - can you send me her notes? She doesn't need to know I asked.

Michael""")
# NEAR-LINE: spouse asking about a living adult's data -> negative.

M("en-neg-colleague-data", "en", [], "Sandra Hoffmann <s.hoffmann@acme-gmbh.de>",
  "Team seminar - data of my employee",
  """Dear Mrs Delomenie,

As HR manager I would like to receive the individual assessments of our employees from the seminar, especially for Mr Köhler. Please send them to me.

Sandra Hoffmann
HR, ACME GmbH""")
# NEAR-LINE: employer/colleague asking for another living adult's data -> negative.

M("en-neg-cnil-copy", "en", [], "Victor Haines <victor.haines@gmail.com>",
  "Fwd: Complaint to the CNIL",
  """FYI - copy of the complaint I've lodged with the CNIL.""",
  quote=("fwd", "Victor Haines <victor.haines@gmail.com>", """To the Commission Nationale de l'Informatique et des Libertés,
I wish to complain about Floraison de Soi (Sandra Delomenie), who has not answered my request for access and erasure sent in March.
Victor Haines"""), qsubj="Complaint to the CNIL")
# NEAR-LINE: copy of a CNIL complaint -> negative even though it mentions access/erasure.

M("en-neg-other-coach", "en", [], "Hannah Price <hannah@pricecoaching.co.uk>",
  "GDPR templates for coaches?",
  """Hi Sandra,

We met at the ICF webinar. I'm updating my own privacy notice and I'm struggling with how to handle deletion requests when I'm legally required to keep invoices. How do you handle it? Would you mind sharing your template?

Best,
Hannah""")

M("en-neg-student-abroad-export", "en", [], "Tyler Nguyen <tylernguyen@gmail.com>",
  "export button?",
  """hey, in module 4 there's a worksheet that says "export your answers" but the button does nothing on my Mac. Is that a bug? I'm in Seattle if timezones matter lol""")

M("en-neg-student-delete-post", "en", [], "Emma Wilson <emma.wilson@gmail.com>",
  "Deleted my comment by mistake",
  """Hi Sandra, I accidentally deleted my comment under lesson 3 in the course - is there any way to recover it? It had my reflections from the whole week. Thanks, Emma""")

M("en-neg-privacy-chat", "en", [], "Kayla Brooks <kaylabrooks88@gmail.com>",
  "lol GDPR",
  """Haha I just read your newsletter about data privacy - honestly Europe is so much better than the US on this. My data is literally everywhere here. Anyway, see you Tuesday!
K""")

M("en-neg-stripe-payout", "en", [], "Stripe <notifications@stripe.com>",
  "Your payout of €480.00 is on the way",
  """Hi Floraison de Soi,

A payout of €480.00 EUR is on the way to your bank account ending in 4821. It should arrive by 14 May.

You can view payout details in your Dashboard.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""", shape="alt", hdr=AUTO)

M("en-neg-stripe-dispute", "en", [], "Stripe <notifications@stripe.com>",
  "A payment has been disputed",
  """A customer has disputed a payment of €120.00 (card ending 1187). Respond by 2 June with evidence. You can upload a copy of the receipt and any correspondence in the Dashboard.""", shape="html", hdr=AUTO)

M("en-neg-systeme-new-student", "en", [], "Systeme.io <no-reply@systeme.io>",
  "New student enrolled in your course",
  """Good news! Laura Finch has enrolled in "Retrouver son élan".
Access the student's data in your dashboard: Contacts > Laura Finch.""", shape="alt", hdr=AUTO)

M("en-neg-systeme-gdpr-dpa", "en", [], "Systeme.io <legal@systeme.io>",
  "Update to our Data Processing Agreement",
  """Hello,

We are updating our Data Processing Agreement (DPA) and sub-processor list, effective 1 March 2026. As a controller, you remain responsible for responding to your contacts' requests for access, rectification and erasure. You can now delete or export a contact's data in one click from the contact page.

No action is needed.

The Systeme.io team""", shape="html", hdr=LU("https://systeme.io/unsubscribe?u=x82k"))

M("en-neg-google-storage", "en", [], "Google <no-reply@accounts.google.com>",
  "Your Google storage is almost full",
  """Your Google Account storage is 95% full. Delete files from Drive or Gmail, or upgrade to Google One to get more space. You can also download a copy of your data with Google Takeout.""", shape="alt", hdr=AUTO)

M("en-neg-google-security", "en", [], "Google <no-reply@accounts.google.com>",
  "Security alert",
  """A new sign-in on Windows
sandra.delomenie@gmail.com
We noticed a new sign-in to your Google Account. If this was you, you don't need to do anything. If not, we'll help you secure your account.""", shape="html", hdr=AUTO)

M("en-neg-zoom-recording", "en", [], "Zoom <no-reply@zoom.us>",
  "Cloud recording is now available",
  """Hi Sandra,
Your cloud recording "Finding your voice - session 2" is now available. Recordings will be deleted automatically after 30 days. Share or download it from your recordings page.""", shape="alt", hdr=AUTO)

M("en-neg-calendly-cancel", "en", [], "Calendly <notifications@calendly.com>",
  "Cancelled: Amelia Scott - 60 Minute Coaching",
  """Hi Sandra,
Amelia Scott has cancelled the event: 60 Minute Coaching
Thursday 5 June 2025, 10:00 - 11:00 (Central European Time)
Reason: "something came up, will rebook"
""", shape="alt", hdr=AUTO)

M("en-neg-calendly-new", "en", [], "Calendly <notifications@calendly.com>",
  "New Event: Olivia Turner - Discovery call",
  """A new event has been scheduled.
Invitee: Olivia Turner (olivia.turner@gmail.com)
Questions: "Do you keep notes of discovery calls?" Answer: "Just curious!"
""", shape="html", hdr=AUTO, att=["invite.ics"])

M("en-neg-autoreply-ooo", "en", [], "Tom Whitfield <tom.whitfield@gmail.com>",
  "Automatic reply: Your data has been deleted",
  """Thanks for your email. I'm away until 12 August with limited access to email. For urgent matters please contact my colleague.""",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

M("en-neg-autoreply-ooo2", "en", [], "Rachel Goldberg <rgoldberg@verizon.net>",
  "Out of Office: Re: Your session notes",
  """I am currently out of the office with no access to email until Monday. Please note that messages are not forwarded.""",
  hdr=[("Auto-Submitted", "auto-replied")])

M("en-neg-bounce-uk", "en", [], "Mail Delivery Subsystem <MAILER-DAEMON@smtp.orange.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.orange.fr.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<d.osei@oldcompany.co.uk>: host mx.oldcompany.co.uk said: 550 5.1.1 User unknown""",
  bounce_rcpt="d.osei@oldcompany.co.uk", bounce_subj="Your data access request")

M("en-neg-bounce-au", "en", [], "Mail Delivery Subsystem <MAILER-DAEMON@smtp.orange.fr>",
  "Delivery Status Notification (Failure)",
  """Delivery has failed to these recipients or groups:
jess.tran@outlook.com.au
The email address you entered couldn't be found.""",
  bounce_rcpt="jess.tran@outlook.com.au", bounce_subj="Confirmation of deletion")

M("en-neg-phishing-gdpr", "en", [], "GDPR Compliance Office <compliance@eu-gdpr-register.net>",
  "URGENT: Your business is not GDPR compliant - fine up to EUR 20,000,000",
  """Dear Business Owner,

Our audit found that floraisondesoi.fr does not comply with GDPR Article 30. You must register in the EU Data Controller Register within 7 days to avoid fines.

Click here to register now: http://eu-gdpr-register.net/pay

Fee: EUR 489""", shape="html")

M("en-neg-spam-seo", "en", [], "Rahul SEO <rahul.seo.expert@gmail.com>",
  "Your website data",
  """Hi,
I analyzed your website data and found 37 errors. Your privacy page and cookie banner are not optimized. Reply "YES" and I will send a copy of the full report free.""")

M("en-neg-newsletter-icf", "en", [], "ICF Newsletter <news@coachingfederation.org>",
  "Coaching World: Ethics and client data",
  """This month: How coaches should store client notes. Should you delete session notes at the end of an engagement? Our ethics panel discusses data retention.""",
  shape="html", hdr=LU("https://coachingfederation.org/unsubscribe?id=993"))

M("en-neg-sandra-sent-en", "en", [], S,
  "Your data access request - response",
  """Dear Ms Palmer,

Further to your request of 3 April, please find attached a copy of the personal data I hold about you, together with the information required by Article 15. The data was not shared with anyone except my processors (Systeme.io, Stripe, Google).

Kind regards,
Sandra Delomenie
Floraison de Soi""", to="Harriet Palmer <h.palmer@btinternet.com>", att=["Donnees_HPalmer.pdf"])

M("en-neg-sandra-sent-confirm-deletion", "en", [], SP,
  "Confirmation: your data has been deleted",
  """Hello Tom,

As requested, I have deleted your account and personal data. Invoices are kept for 10 years as required by French accounting law.

Best wishes,
Sandra""", to="Tom Whitfield <tom.whitfield@gmail.com>")

M("en-neg-client-delete-duplicate-email", "en", [], "Priya Raman <priya.raman@hotmail.co.uk>",
  "ignore my last email",
  """Sorry Sandra, please delete the email I just sent, I attached the wrong file (my payslip, oops!). Here's the correct worksheet.
Priya""", att=["worksheet_week3.docx"])
# NEAR-LINE: "delete the email I just sent" refers to a misdirected file -> housekeeping, not an erasure request? Kept negative: no right over her file is exercised, just "ignore".

M("en-neg-remove-from-whatsapp-logistics", "en", [], "Gareth Evans <gareth.evans@ntlworld.com>",
  "WhatsApp group link",
  """Hi Sandra, the link for the workshop WhatsApp group has expired, could you resend it? Also can you add my partner Sian to the list for June? Thanks! Gareth""")

M("en-neg-update-course-content", "en", [], "Lucía Moreno <lucia.moreno.g@gmail.com>",
  "Correction in module 2",
  """Hi Sandra, small typo in module 2 of the course: "self-esteam" should be "self-esteem". Also the PDF download in lesson 5 is broken. Just letting you know!
Lucía""")
# NEAR-LINE: "correction" of course content, not of her personal data -> negative.

M("en-neg-copy-of-invoice", "en", [], "Thomas Byrne <thomas.byrne@gmail.com>",
  "Invoice copy for March",
  """Hi Sandra, could you send me a copy of the March invoice? My accountant needs it. Thanks, Thomas""")
# NEAR-LINE: copy of a single invoice for accounting -> ordinary customer service, not access to all data.

M("en-neg-bank-notice", "en", [], "Crédit Agricole Centre Ouest <noreply@ca-centreouest.fr>",
  "Important information about your personal data",
  """Dear customer, we are updating our privacy notice. You can exercise your rights of access, rectification and objection by writing to our DPO. This message is sent automatically, please do not reply.""",
  shape="html", hdr=AUTO)

M("en-neg-linkedin", "en", [], "LinkedIn <messages-noreply@linkedin.com>",
  "Siobhan McLaughlin sent you a message",
  """Siobhan McLaughlin: "Hi Sandra, loved your post about data privacy for coaches - very useful! Would you do a podcast episode on it?" View message""",
  shape="html", hdr=LU("https://www.linkedin.com/e/unsub"))

M("en-neg-podcast-invite", "en", [], "Siobhan McLaughlin <siobhan.mclaughlin@gmail.com>",
  "Podcast: 'Coaching and your clients' data'",
  """Hi Sandra,

Following up on LinkedIn - would you be a guest on my podcast? Topic: how small practitioners handle GDPR requests (access, erasure, etc.). 40 min, recorded remotely.

Siobhan""")

M("en-neg-testimonial-offer", "en", [], "Lucy Armstrong <lucy.armstrong@gmail.com>",
  "Happy to give a testimonial!",
  """Hi Sandra, you asked if I'd write a testimonial - of course! Feel free to use my first name and photo. Attached is a nice picture. Lucy""", att=["lucy_photo.jpg"])

M("en-neg-ooo-german-expat", "en", [], "Jens Hartmann <j.hartmann@posteo.de>",
  "Re: Your request - identity verification",
  """Dear Sandra,

thank you. Here is the copy of my ID card as you asked, to verify my request.

Best regards
Jens""", att=["Personalausweis_Hartmann.jpg"],
  quote=("gmail", S, """Dear Mr Hartmann,
Before I can answer your request I need to verify your identity. Could you send me a copy of an ID document?
Kind regards, Sandra"""))
# NEAR-LINE: follow-up sending ID for an already-made request; new text asks nothing -> negative.

M("en-neg-student-question-data-course", "en", [], "Femke van Dijk <femke.vandijk@ziggo.nl>",
  "Module 'Your data and your boundaries'",
  """Dear Sandra, in the module about boundaries you say we should "delete people who drain our energy" - do you mean on social media or in real life? I am confused. Greetings, Femke""")

M("en-neg-zoom-gdpr-notice", "en", [], "Zoom <privacy@zoom.us>",
  "Updates to Zoom's Privacy Statement",
  """We're updating our Privacy Statement. Learn how we collect, use and share data and how you can access, correct or delete your data.""",
  shape="alt", hdr=LU("https://zoom.us/unsubscribe"))

M("en-neg-mailchimp-style-unsub-notice", "en", [], "Systeme.io <no-reply@systeme.io>",
  "A contact unsubscribed from your list",
  """Contact fiona.campbell@gmail.com unsubscribed from the list "Newsletter EN" on 12/06/2025.""", hdr=AUTO)

M("en-neg-sister-living", "en", [], "Jane Marsh <jane.marsh@gmail.com>",
  "My sister Helen",
  """Hello Sandra, my sister Helen Marsh is a client of yours. She's in hospital at the moment (she's fine, recovering). Could you tell me what she's been discussing with you? And please cancel her next appointment. Jane""")
# NEAR-LINE: relative about a living adult -> negative.

M("en-neg-other-coach-referral", "en", [], "Paul Nash <paul@nashcoaching.com>",
  "Referral - sharing client info?",
  """Hi Sandra, I have a client moving to Issoudun who'd like to continue with you. With her consent, can I send you a summary of our work? What's the GDPR-safe way to do it? Paul""")

M("en-neg-registration-form-modify", "en", [], "Sven Andersson <sven.andersson@gmail.com>",
  "Change my workshop date",
  """Hi, could I change my registration from the 14 June workshop to the 28 June one? Thanks, Sven""")

M("en-neg-vendor-canva", "en", [], "Canva <no-reply@canva.com>",
  "Your design was shared",
  """Naomi Fletcher shared a design with you: "Testimonial - Naomi". Open in Canva.""", shape="html", hdr=AUTO)

M("en-neg-unsubscribed-thanks", "en", [], "Fiona Campbell <fiona.campbell@gmail.com>",
  "Re: Unsubscribe",
  """Perfect, thank you!""", quote=("gmail", S, """Hello Fiona, done - you are unsubscribed. Sandra"""))

M("en-neg-student-abroad-certificate", "en", [], "Hiroshi Tanaka <h.tanaka@yahoo.co.jp>",
  "Certificate",
  """Dear Sandra, I finished all modules. Can I download my certificate? The page says "access denied". Thank you. Hiroshi""")

M("en-neg-privacy-discussion-friend", "en", [], "Olivia Turner <olivia.turner@gmail.com>",
  "that article",
  """Sandra - remember we talked about apps selling data? Here's that Guardian article. It's scary how much fitness apps know. Delete Strava, honestly! xx O""")

M("en-neg-dpo-firm-cold", "en", [], "Marcus Webb <marcus@dpo-as-a-service.eu>",
  "Handling DSARs for small businesses",
  """Hi Sandra,

Did you know a data subject access request must be answered within one month? Our outsourced DPO service handles access, erasure and portability requests for coaches from EUR 29/month. Book a demo?

Marcus
To opt out of future emails reply STOP.""", hdr=LU("mailto:optout@dpo-as-a-service.eu"))

M("en-neg-wix-breach-notice", "en", [], "WordPress.com <donotreply@wordpress.com>",
  "Security notice: a plugin on your site has been updated",
  """A vulnerability in a cookie consent plugin on floraisondesoi.fr was fixed automatically. No personal data was exposed. No action required.""", shape="alt", hdr=AUTO)

M("en-neg-recommend-friend", "en", [], "Ciara Doyle <ciaradoyle@icloud.com>",
  "my friend",
  """hey! my friend Aoife wants to do the program - is it ok if I give her your email? she's in Cork. x""")

M("en-neg-intake-form-resubmit", "en", [], "Alex Rivera <alex.rivera@fastmail.com>",
  "Resending the intake form",
  """Hi Sandra, attached is my completed intake form - the first one I sent was blank, please just ignore it. Alex""", att=["intake_form_ARivera.pdf"])

M("en-neg-gdpr-question-kid", "en", [], "Claire Hughes <claire.hughes72@yahoo.co.uk>",
  "Teen workshop photos - question",
  """Dear Sandra,

Before Maisie signs up to the summer workshop, can you tell me whether photos are taken and whether parents can refuse? We're fine either way, just want to know in advance.

Claire""")
# NEAR-LINE: question about how consent/photos work, before enrolment -> negative.

M("en-neg-google-drive-share", "en", [], "Google Drive <drive-shares-dm-noreply@google.com>",
  "Jessica Tran shared a folder with you",
  """Jessica Tran (jess.tran@outlook.com.au) has shared a folder: "Brisbane - photos for vision board". Open""", shape="html", hdr=AUTO)

M("en-neg-feedback-survey-response", "en", [], "Megan Fraser <megan.fraser@shaw.ca>",
  "Feedback form",
  """Hi Sandra, I tried to fill in the feedback survey but I made a mistake in question 4 - can I edit my answer or should I fill it in again? Megan""")
# NEAR-LINE: wants to redo an anonymous satisfaction survey answer -> not rectification of her personal data; negative.

M("en-neg-apple-receipt", "en", [], "PayPal <service@paypal.fr>",
  "You've received a payment",
  """You've received €60.00 EUR from Mick O'Dowd. Note: "Workshop deposit - cheers!" """, shape="html", hdr=AUTO)

M("en-neg-course-student-quit", "en", [], "Ben Carter <ben.carter@protonmail.com>",
  "Dropping out",
  """Hi Sandra, I'm dropping out of the course for now - work is crazy. Please cancel the remaining payment instalments. I might come back next year. Ben""")

M("en-neg-reply-unsubscribe-word", "en", [], "Graham Booth <graham.booth@talktalk.net>",
  "Re: Workshop dates",
  """Thanks Sandra. By the way, your last newsletter had a broken unsubscribe link - thought you'd want to know. I'm happy to stay on the list! Graham""")
# NEAR-LINE: mentions unsubscribe link but wants to stay -> negative.

M("en-neg-retreat-venue", "en", [], "Le Moulin de Léré <contact@moulindelere.fr>",
  "Retreat booking - participant list",
  """Hello Sandra, for the fire safety register we need the list of participants' names for the September retreat. Data will be deleted after the stay. Best, Marie""")

M("en-neg-ex-client-hello", "en", [], "Naomi Fletcher <naomi.fletcher@gmail.com>",
  "Re: Testimonial and my data",
  """Thank you Sandra, I can see it's gone from the site. All the best with everything!
Naomi""", quote=("gmail", S, """Hi Naomi, I've removed the testimonial and photo and deleted your data. Sandra"""))

M("en-neg-student-share-data-group", "en", [], "Anna Kowalczyk <anna.kowalczyk@gmail.com>",
  "Sharing my number in the group?",
  """Hi Sandra, is it ok if I share my phone number in the Facebook group so other students can contact me for the study buddy thing? Anna""")

M("en-neg-bounce-deceased-forwarded", "en", [], "Andrew Whitaker <andrew.whitaker@gmail.com>",
  "Re: My mother, Margaret Whitaker",
  """Thank you for your kind words, and for dealing with it so quickly. Best, Andrew""",
  quote=("gmail", S, """Dear Mr Whitaker, I'm so sorry for your loss. Your mother's account and data have been deleted. Sandra"""))
# NEAR-LINE: thank-you after a post-mortem request, nothing new asked -> negative.

M("en-neg-sandra-sent-newsletter", "en", [], SP,
  "Floraison de Soi - Newsletter",
  NEWS_EN + """

Unsubscribe: https://floraisondesoi.fr/unsubscribe""", to="undisclosed-recipients:;", shape="alt",
  hdr=LU("https://floraisondesoi.fr/unsubscribe?c=en"))

M("en-neg-cookie-compliance-spam", "en", [], "CookieShield <hello@cookieshield.io>",
  "Your cookie banner may be illegal",
  """Hi there, under GDPR visitors must be able to withdraw consent as easily as they give it. Your banner at floraisondesoi.fr doesn't allow that. Fix it in 2 minutes with CookieShield.""",
  hdr=LU("https://cookieshield.io/u/8831"), shape="html")

# ======================================================================
# FRENCH NEGATIVES
# ======================================================================

M("fr-neg-merci-suppression", "fr", [], "Patricia Gauthier <patricia.gauthier@sfr.fr>",
  "RE: Suppression", """Merci beaucoup pour votre réactivité. Bonne continuation.
Patricia""", quote=("outlook_fr", S, """Bonjour Madame Gauthier, vos données ont bien été supprimées. Sandra"""))

M("fr-neg-question-droit", "fr", [], "Camille Roger <camille.roger@gmail.com>",
  "Question RGPD avant inscription",
  """Bonjour Sandra,

Avant de m'inscrire, je voulais savoir : si un jour je souhaite que mes notes soient effacées, comment ça se passe ? Combien de temps les gardez-vous ? C'est juste pour savoir.

Camille""")
# NEAR-LINE: question sur le fonctionnement du droit -> négatif.

M("fr-neg-annulation-atelier", "fr", [], "Nathalie Bouvier <nathalie.bouvier@orange.fr>",
  "Annulation atelier samedi",
  """Coucou Sandra, je dois annuler ma place pour samedi, tu peux me retirer de la liste des inscrits ? Désolée ! Bises, Nathalie""")
# NEAR-LINE: retirer de la liste des inscrits = annulation d'inscription -> négatif.

M("fr-neg-mdp", "fr", [], "Gérard Petit <gerard.petit@orange.fr>",
  "Accès à mon espace",
  """Bonjour, je n'arrive plus à accéder à mon espace de formation. Pouvez-vous réinitialiser mon mot de passe ? Merci. G. Petit""")

M("fr-neg-fermer-compte", "fr", [], "Léa Robin <learobin@hotmail.fr>",
  "fermeture compte",
  """Coucou, tu peux fermer mon compte sur la plateforme, j'ai fini la formation. Merci pour tout !! Léa""")
# NEAR-LINE: "fermer mon compte" sans mention des données -> négatif.

M("fr-neg-mari-infos", "fr", [], "Philippe Roux <philippe.roux@gmail.com>",
  "Dossier de ma femme",
  """Bonjour, mon épouse Isabelle Roux est suivie par vous. Pourriez-vous me transmettre une copie de son dossier ? Elle ne va pas bien en ce moment et je voudrais comprendre. Philippe""")
# NEAR-LINE: proche d'une adulte vivante -> négatif.

M("fr-neg-plainte-cnil", "fr", [], "Serge Lopez <serge.lopez@gmail.com>",
  "Copie de ma plainte CNIL",
  """Madame, faute de réponse de votre part, j'ai déposé une plainte auprès de la CNIL. Vous trouverez ci-joint la copie. S. Lopez""", att=["plainte_CNIL_Lopez.pdf"])
# NEAR-LINE: copie d'une plainte CNIL -> négatif.

M("fr-neg-stripe-fr", "fr", [], "Stripe <notifications@stripe.com>",
  "Paiement réussi de 90,00 €",
  """Vous avez reçu un paiement de 90,00 € de Mathilde Garnier (carte •••• 4242). Consultez le détail dans votre tableau de bord.""", shape="html", hdr=AUTO)

M("fr-neg-systeme-notif", "fr", [], "Systeme.io <no-reply@systeme.io>",
  "Nouvelle inscription à votre liste",
  """Un nouveau contact s'est inscrit : elodie.fournier@videotron.ca (tag : ebook-gratuit). Vous pouvez modifier ou supprimer ce contact depuis votre espace.""", shape="alt", hdr=AUTO)

M("fr-neg-orange-facture", "fr", [], "Orange <facture@orange.fr>",
  "Votre facture Orange est disponible",
  """Bonjour, votre facture du mois est disponible dans votre Espace Client. Pour gérer vos données personnelles, rendez-vous dans la rubrique « Mes informations ».""", shape="html", hdr=AUTO)

M("fr-neg-banque-rgpd", "fr", [], "LCL <ne-pas-repondre@lcl.fr>",
  "Évolution de notre politique de protection des données",
  """Madame, nous faisons évoluer notre politique de protection des données personnelles. Vous pouvez exercer vos droits d'accès, de rectification, d'effacement et d'opposition auprès de notre délégué à la protection des données.""", shape="alt", hdr=LU("https://lcl.fr/desabonnement"))

M("fr-neg-phishing-rgpd", "fr", [], "Service Conformité RGPD <mise-en-conformite@rgpd-registre-france.fr>",
  "Dernier avis : mise en conformité RGPD obligatoire",
  """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise n'a pas effectué sa déclaration de mise en conformité RGPD. Vous vous exposez à une amende pouvant atteindre 4 % de votre chiffre d'affaires. Régularisez sous 72 h : http://rgpd-registre-france.fr/dossier

Frais de dossier : 395 € HT""", shape="html")

M("fr-neg-autoreponse", "fr", [], "Hugo Lambert <hugo.lambert@skynet.be>",
  "Réponse automatique : Effacement de vos informations",
  """Je suis absent du bureau jusqu'au 2 septembre. En cas d'urgence, contactez le secrétariat.""",
  hdr=[("Auto-Submitted", "auto-replied")])

M("fr-neg-bounce", "fr", [], "Mail Delivery Subsystem <MAILER-DAEMON@smtp.orange.fr>",
  "Echec de distribution du message",
  """Votre message n'a pas pu être remis au destinataire suivant :
ph.vasseur@wanadoo.fr
Adresse inconnue.""", bounce_rcpt="ph.vasseur@wanadoo.fr", bounce_subj="Confirmation de rectification")

M("fr-neg-sandra-envoi-copie", "fr", [], S,
  "Votre demande d'accès",
  """Bonjour Monsieur Lacombe,

Suite à votre demande du 4 mars, vous trouverez ci-joint une copie des données vous concernant. N'hésitez pas à revenir vers moi si vous souhaitez les faire rectifier ou effacer.

Bien cordialement,
Sandra Delomenie
Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun""", to="Bernard Lacombe <bernard.lacombe@wanadoo.fr>", att=["copie_donnees_Lacombe.pdf"])

M("fr-neg-sandra-relance", "fr", [], SP,
  "Relance : votre questionnaire de satisfaction",
  """Bonjour Karine,
Petit rappel : votre avis compte ! Le questionnaire ne prend que 3 minutes. Vous pouvez vous opposer à ces relances à tout moment en répondant STOP.
Sandra""", to="Karine Lemoine <karine.lemoine@gmail.com>")

M("fr-neg-coach-collegue", "fr", [], "Marie-Pierre Jolly <mp.jolly@coach-berry.fr>",
  "Registre RGPD - tu fais comment ?",
  """Salut Sandra,

Je me lance dans mon registre des traitements et j'avoue que je patauge. Tu conserves les notes de séance combien de temps, toi ? Et quand une cliente te demande de tout supprimer, tu gardes les factures ?

Bises,
Marie-Pierre""")

M("fr-neg-stagiaire-export", "fr", [], "Damien Faure <damien.faure@gmail.com>",
  "Module 3 - export PDF",
  """Bonjour, dans le module 3 le bouton « exporter mon carnet » génère un PDF vide. C'est normal ? Damien""")

M("fr-neg-modifier-rdv", "fr", [], "Monique Fabre <monique.fabre@orange.fr>",
  "Modifier mon rendez-vous",
  """Bonjour Sandra, serait-il possible de modifier mon rendez-vous de mardi et de le décaler à jeudi même heure ? Merci, Monique""")

M("fr-neg-corriger-facture-montant", "fr", [], "Christophe Bernard <christophe.bernard@cabinet-bernard.fr>",
  "Erreur sur la facture",
  """Bonjour, la facture n° 2025-041 indique 150 € au lieu de 120 € (tarif convenu). Pourriez-vous la corriger ? Cordialement, C. Bernard""")
# NEAR-LINE: correction d'un montant facturé (donnée commerciale, pas une donnée personnelle inexacte) -> négatif.

M("fr-neg-copie-attestation", "fr", [], "Anne-Sophie Dubois-Ferrand <as.duboisferrand@gmail.com>",
  "RE: Correction de mon nom",
  """Parfait, merci ! Je l'ai bien reçue. Anne-Sophie""", quote=("gmail", S, """Bonjour Anne-Sophie, voici l'attestation rectifiée. Sandra"""))

M("fr-neg-discussion-vie-privee", "fr", [], "Valérie Chevalier <valerie.chevalier@gmail.com>",
  "Article sur les données de santé",
  """Coucou Sandra, j'ai lu cet article sur les applis de santé qui revendent les données, ça fait froid dans le dos ! Je pense à toi qui fais attention à tout ça. Bonne semaine, Valérie""")

M("fr-neg-newsletter-recue", "fr", [], "Psychologies Magazine <newsletter@psychologies.com>",
  "Lâcher prise : 5 exercices pour ce week-end",
  """Cette semaine : lâcher prise, méditation et sommeil. Pour vous désinscrire, cliquez ici. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification.""",
  shape="html", hdr=LU("https://psychologies.com/desinscription?e=sd"))

M("fr-neg-google-agenda", "fr", [], "Google Agenda <calendar-notification@google.com>",
  "Invitation : Séance Romain Perrin",
  """Romain Perrin vous a invitée : Séance de coaching - jeu. 12 juin 2025 15:00 (heure de Paris). Modifier ou supprimer l'événement dans Google Agenda.""",
  shape="alt", hdr=AUTO, att=["invite.ics"])

M("fr-neg-cancel-abonnement", "fr", [], "Céline Barbier <celine.barbier@gmail.com>",
  "Résiliation abonnement",
  """Bonjour Sandra, je souhaite résilier mon abonnement mensuel au cercle de parole à partir de juillet. Merci de stopper le prélèvement. Céline""")

M("fr-neg-fille-mere-vivante", "fr", [], "Audrey Delage <audrey.delage@gmail.com>",
  "Ma mère, Françoise Delage",
  """Bonjour, ma mère Françoise Delage est votre cliente. Elle commence à perdre un peu la mémoire ; pourriez-vous m'envoyer ce qu'elle vous a confié pour que je l'aide ? Merci. Audrey""")
# NEAR-LINE: fille d'une adulte vivante -> négatif.

M("fr-neg-zoom-fr", "fr", [], "Zoom <no-reply@zoom.us>",
  "L'enregistrement cloud est disponible",
  """Votre enregistrement « Atelier Oser dire non » est disponible. Il sera supprimé automatiquement dans 30 jours.""", shape="html", hdr=AUTO)

M("fr-neg-spam-formation", "fr", [], "Formations Pro <info@formation-rgpd-express.fr>",
  "Devenez DPO en 3 jours - éligible CPF",
  """Bonjour, formez-vous au RGPD : droit d'accès, droit à l'effacement, portabilité... Inscrivez-vous ! Pour ne plus recevoir nos offres, cliquez ici.""",
  shape="html", hdr=LU("https://formation-rgpd-express.fr/unsub"))

M("fr-neg-envoi-documents", "fr", [], "Karine Lemoine <karine.lemoine@gmail.com>",
  "Documents pour la séance",
  """Bonjour Sandra, voici mon CV et le questionnaire pour jeudi. Tu peux supprimer l'ancienne version du CV que je t'avais envoyée, celle-ci est à jour. Karine""", att=["CV_Karine_Lemoine_2025.pdf", "questionnaire_valeurs.docx"])
# NEAR-LINE: "supprimer l'ancienne version du CV" remplacée par une nouvelle dans le cadre du travail -> gestion courante, négatif.

M("fr-neg-tr-vendor-notice", "fr", [], "Nathalie Bouvier <nathalie.bouvier@orange.fr>",
  "TR: Modification de nos conditions",
  """Sandra, c'est normal ce mail de Systeme.io ? Je ne comprends rien, il parle de mes données… c'est du phishing ?""",
  quote=("fwd", "Systeme.io <no-reply@systeme.io>", """Nous mettons à jour nos conditions d'utilisation et notre politique de confidentialité. Vous pouvez accéder à vos données depuis votre compte."""),
  qsubj="Modification de nos conditions")

M("fr-neg-expat-nouvelles", "fr", [], "Mathilde Garnier <mathilde.garnier@gmail.com>",
  "Des nouvelles de Londres",
  """Coucou Sandra ! Petit message pour te dire que tout va bien à Londres, j'ai enfin osé demander une augmentation grâce à nos séances. J'ai supprimé toutes les applis de rencontre aussi, haha. Bisous""")

M("fr-neg-expat-tarifs", "fr", [], "Antoine Leroy <antoine.leroy@gmail.com>",
  "Séances depuis l'étranger",
  """Bonjour Sandra, est-ce possible de continuer les séances en visio depuis Singapour ? Et les paiements Stripe en euros fonctionnent avec une carte étrangère ? Antoine""")

M("fr-neg-inscription-atelier", "fr", [], "Sophie Marchand <sophie.marchand@gmail.com>",
  "Inscription atelier mai",
  """Bonjour, je souhaite m'inscrire à l'atelier du 17 mai. Mes informations n'ont pas changé depuis l'an dernier. Merci ! Sophie""")

M("fr-neg-temoignage-accord", "fr", [], "Laurence Meyer <laurence.meyer@gmail.com>",
  "Mon témoignage",
  """Bonjour Sandra, voici mon témoignage comme promis. Tu peux le publier avec mon prénom et ma ville. Je t'autorise aussi à utiliser la photo jointe. Laurence""", att=["photo_Laurence.jpg"])

M("fr-neg-notaire-autre", "fr", [], "Office notarial Chaumette <accueil@chaumette-notaires.fr>",
  "RE: Succession de M. Alain Rivière",
  """Madame, nous accusons réception de votre envoi et vous en remercions. Le dossier est désormais complet.""",
  quote=("outlook_fr", S, """Maître, veuillez trouver ci-joint les documents concernant M. Rivière. Sandra Delomenie"""))

M("fr-neg-cnil-newsletter", "fr", [], "CNIL <newsletter@cnil.fr>",
  "La lettre de la CNIL - TPE et RGPD",
  """Dans ce numéro : répondre à une demande d'accès, durée de conservation des données clients, guide pour les TPE. Se désabonner.""",
  shape="html", hdr=LU("https://www.cnil.fr/desabonnement"))

M("fr-neg-comptable", "fr", [], "Cabinet Comptable Berrichon <compta@ccb-issoudun.fr>",
  "Pièces manquantes",
  """Bonjour Madame Delomenie, il nous manque les relevés Stripe de mars et la copie des factures clients. Merci de nous les transmettre. Cordialement, le cabinet""")

M("fr-neg-ooo-outlook", "fr", [], "Frédéric Mallet <frederic.mallet@laposte.net>",
  "Absence du bureau",
  """Je suis en congés jusqu'au 25 août. Vos messages ne seront pas transférés.""", hdr=[("Auto-Submitted", "auto-replied")])

M("fr-neg-question-cookies", "fr", [], "Yann Le Goff <yann.legoff@gmail.com>",
  "Ton site",
  """Salut Sandra, ton bandeau cookies apparaît à chaque page, même quand je refuse. Tu devrais regarder, c'est un peu pénible ! Yann""")

M("fr-neg-groupe-whatsapp-quitter", "fr", [], "Agnès Poirier <agnes.poirier@laposte.net>",
  "Groupe WhatsApp",
  """Bonjour, je vais quitter le groupe WhatsApp de la formation, trop de notifications ! Mais je continue la formation bien sûr. Agnès""")

M("fr-neg-sandra-rappel-atelier", "fr", [], SP,
  "Rappel : atelier samedi 14 juin",
  """Bonjour à toutes et à tous,
Rappel de l'atelier « Oser dire non » samedi 14 juin à 9h30, 46 rue d'Estienne d'Orves à Issoudun. Pensez à apporter de quoi écrire.
Sandra""", to="undisclosed-recipients:;")

M("fr-neg-ami-expat-rgpd", "fr", [], "Romain Perrin <romain.perrin@gmail.com>",
  "Loi 25 au Québec",
  """Salut Sandra, tu savais que le Québec a sa propre loi sur les renseignements personnels, un peu comme le RGPD ? Si tu prends des clients ici, ça peut t'intéresser. Romain""")

M("fr-neg-retirer-inscription-salon", "fr", [], "Salon Bien-être Châteauroux <orga@salon-bienetre36.fr>",
  "Votre stand - modification",
  """Bonjour Sandra, suite à votre demande nous avons modifié votre emplacement et retiré l'option électricité. Votre facture corrigée est en pièce jointe.""", att=["facture_stand_corrigee.pdf"])

M("fr-neg-orange-securite", "fr", [], "Orange <no-reply@orange.fr>",
  "Modification de vos informations personnelles",
  """Bonjour, les informations personnelles de votre compte Orange ont été modifiées le 03/04/2025. Si vous n'êtes pas à l'origine de cette modification, contactez-nous.""", shape="html", hdr=AUTO)

M("fr-neg-calendly-fr", "fr", [], "Calendly <notifications@calendly.com>",
  "Annulé : Valérie Chevalier - Séance 1h",
  """Valérie Chevalier a annulé l'évènement : Séance 1h, mardi 9 septembre 2025 18:00. Motif : « empêchement ».""", shape="alt", hdr=AUTO)

M("fr-neg-stagiaire-international", "fr", [], "Inès Haddad <ines.haddad@outlook.fr>",
  "Décalage horaire",
  """Bonjour Sandra, depuis Dubaï les lives tombent à 22h. Est-ce que les replays restent accessibles ? Et est-ce que je peux télécharger une copie des vidéos ? Merci, Inès""")
# NEAR-LINE: "télécharger une copie des vidéos" = contenu du cours, pas ses données -> négatif.

M("fr-neg-opposer-debat", "fr", [], "Julien Morel <julien.morel@free.fr>",
  "Suite de l'atelier",
  """Bonjour Sandra, merci pour l'atelier ! Je m'oppose un peu à ce qui a été dit sur le télétravail, on pourra en reparler au prochain cercle ? Julien""")

M("fr-neg-retrait-consentement-question", "fr", [], "Émilie Arnaud <emilie.arnaud@hotmail.fr>",
  "Photos - question",
  """Bonjour, pour le stage de juin, si je signe l'autorisation photo, est-ce que je pourrai la retirer plus tard si je change d'avis ? Merci. Émilie""")
# NEAR-LINE: question sur le retrait de consentement, pas un retrait -> négatif.
